import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elfExcerptSink } from '../../src/image/elf-excerpt.js';
import { golangCataloger } from '../../src/sbom/catalogers/golang.js';
import type { Package } from '../../src/sbom/model.js';
import { catalog, sbomStep } from '../../src/steps/sbom.js';
import { buildTestImage, tempDir, testAccess } from '../fixtures/images.js';
import { needPeer } from '../harness/peers.js';

// Large executables are streamed into an excerpt holding only what the Go and
// Rust catalogers read. These tests hold the excerpt to the whole file: the
// same packages, found in real Go binaries (the peers lading tests against).

function stream(bytes: Buffer, sections: string[], chunk = 1 << 20): Buffer {
  let out: Buffer | undefined;
  const sink = elfExcerptSink({ size: bytes.length, sections, where: 'test', done: (b) => (out = b) });
  for (let at = 0; at < bytes.length; at += chunk) sink.write(bytes.subarray(at, at + chunk));
  sink.end();
  if (!out) throw new Error('the sink never called done');
  return out;
}

const key = (p: Package) => `${p.purl} ${JSON.stringify(p.metadata ?? {})}`;

describe('ELF excerpt of a streamed executable', () => {
  it('gives the Go cataloger the same build info as the whole binary, from far fewer bytes', async () => {
    const cosign = needPeer('cosign');
    if (!cosign) return;
    const whole = await readFile(cosign);
    const excerpt = stream(whole, ['.go.buildinfo'], 777_777);
    expect(excerpt.length).toBe(whole.length);
    const file = { path: 'usr/local/bin/cosign', layer: `sha256:${'a'.repeat(64)}` as const };
    const fromWhole = catalog([{ ...file, bytes: whole }], [golangCataloger]).packages;
    const fromExcerpt = catalog([{ ...file, bytes: excerpt }], [golangCataloger]).packages;
    expect(fromWhole.filter((p) => p.name === 'stdlib')).toHaveLength(1);
    expect(fromExcerpt.map(key)).toEqual(fromWhole.map(key));
    // Only headers and the build info were copied: nearly all of the excerpt is the zero fill.
    let filled = 0;
    for (let at = 0; at < excerpt.length; at += 4096) {
      if (excerpt.subarray(at, at + 4096).some((b) => b !== 0)) filled += 4096;
    }
    expect(filled).toBeLessThan(whole.length / 20);
  });

  it('hands a file that is not ELF over as its first bytes only, and spills nothing', () => {
    const text = Buffer.alloc(3 << 20, '#!/bin/sh\necho hello\n');
    const excerpt = stream(text, ['.go.buildinfo']);
    expect(excerpt.length).toBeLessThanOrEqual(64);
    expect(catalog([{ path: 'usr/bin/x', bytes: text }], [golangCataloger]).packages).toEqual([]);
  });

  it('survives an ELF file whose tables point past its end', () => {
    const bytes = Buffer.alloc(1 << 20);
    bytes.write('\x7fELF', 0, 'latin1');
    bytes[4] = 2;
    bytes[5] = 1;
    bytes.writeBigUInt64LE(0xffff_ffffn, 0x20); // program headers beyond the file
    bytes.writeBigUInt64LE(BigInt(bytes.length - 8), 0x28); // section headers cut off
    bytes.writeUInt16LE(56, 0x36);
    bytes.writeUInt16LE(3, 0x38);
    bytes.writeUInt16LE(64, 0x3a);
    bytes.writeUInt16LE(40, 0x3c);
    bytes.writeUInt16LE(2, 0x3e);
    const excerpt = stream(bytes, ['.go.buildinfo', '.dep-v0']);
    expect(excerpt.length).toBe(bytes.length);
    expect(catalog([{ path: 'usr/bin/x', bytes: excerpt }], [golangCataloger]).packages).toEqual([]);
  });
});

describe('sbom step on an image with a large Go executable', () => {
  it('finds the modules of a binary over the streaming threshold exactly as from the whole file', async () => {
    const cosign = needPeer('cosign');
    if (!cosign) return;
    const whole = await readFile(cosign);
    expect(whole.length).toBeGreaterThan(16 * 1024 * 1024);
    const dir = await tempDir('elf-excerpt');
    try {
      await buildTestImage(`oci-dir:${join(dir, 'layout')}:v1`, { files: { 'bin/cosign': whole } });
      const result = await sbomStep(
        {
          source: `oci-dir:${join(dir, 'layout')}:v1`,
          outputs: [],
          access: testAccess(dir),
          created: new Date(0),
          toolVersion: '0.0.0-test',
          defaultPlatform: { os: 'linux', architecture: 'amd64' },
        },
        { info() {}, warn() {}, debug() {} },
      );
      const found = result.results[0]?.inventory.packages.filter((p) => p.type === 'golang') ?? [];
      const expected = catalog([{ path: 'app/bin/cosign', bytes: whole }], [golangCataloger]).packages;
      // The peers are built without module info: the toolchain (stdlib) is what the build info holds.
      expect(found.map((p) => p.name)).toContain('stdlib');
      expect(found.map((p) => p.purl)).toEqual(expected.map((p) => p.purl));
      expect(found.every((p) => p.locations.some((l) => l.path === 'app/bin/cosign'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
