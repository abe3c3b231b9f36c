import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { elfOnlySink } from '../../src/image/elf-excerpt.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { sbomStep } from '../../src/steps/sbom.js';
import { layer, storeImage } from '../image/layer-fixtures.js';
import { elfWith } from './elf-fixture.js';

// Executables are looked for by place (bin/, app/…), where most files are not
// programs. Only files that start as ELF files are kept for the Go and Rust
// readers; the lockfiles those catalogers read by name are kept whatever they
// hold. What is found must not depend on that shortcut.

const audit = (name: string, version: string) =>
  deflateSync(
    JSON.stringify({ packages: [{ name, version, source: 'crates.io', root: true, dependencies: [] }] }),
  );

describe('executable candidates in the sbom step', () => {
  it('finds crates in ELF files and lockfiles among many files that are not programs', async () => {
    const binary = elfWith({ '.text': Buffer.alloc(4096, 0x90), '.dep-v0': audit('myapp', '0.3.1') });
    const cargoLock = `version = 3\n\n[[package]]\nname = "itoa"\nversion = "1.0.9"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`;
    const l = await layer([
      { name: 'app/bin/myapp', content: binary },
      { name: 'usr/local/bin/myapp', type: 'symlink', linkname: '/app/bin/myapp' },
      { name: 'app/Cargo.lock', content: cargoLock },
      { name: 'app/node_modules/lib/index.d.ts', content: 'export declare const x: number;\n' },
      { name: 'app/LICENSE', content: 'MIT License\n'.repeat(100) },
      { name: 'usr/bin/tiny', content: 'EL' },
      { name: 'usr/bin/fake', content: '\x7fELX not an executable at all' },
    ]);
    const image = await storeImage([l]);
    const result = await sbomStep(
      {
        source: `oci-dir:${image.dir}`,
        outputs: [],
        access: { userAgent: 'lading-test', cwd: image.dir, insecureRegistries: [] },
        created: new Date(0),
        toolVersion: '0.0.0-test',
        defaultPlatform: { os: 'linux', architecture: 'amd64' },
      },
      silentReporter,
    );
    const r = result.results[0];
    expect(r?.warnings).toEqual([]);
    const found = r?.inventory.packages.map((p) => ({
      purl: p.purl,
      paths: p.locations.map((x) => x.path),
    }));
    expect(found).toEqual([
      { purl: 'pkg:cargo/itoa@1.0.9', paths: ['app/Cargo.lock'] },
      { purl: 'pkg:cargo/myapp@0.3.1', paths: ['app/bin/myapp', 'usr/local/bin/myapp'] },
    ]);
  });
});

describe('elfOnlySink', () => {
  const feed = (bytes: Buffer, chunk: number) => {
    let out: Buffer | undefined;
    const sink = elfOnlySink(bytes.length, (b) => {
      out = Buffer.from(b);
    });
    for (let at = 0; at < bytes.length; at += chunk) sink.write(bytes.subarray(at, at + chunk));
    sink.end();
    return out;
  };

  it('hands an ELF file over whole, even when its magic arrives a byte at a time', () => {
    const binary = elfWith({ '.dep-v0': audit('a', '1.0.0') });
    for (const chunk of [1, 3, 5, 64, binary.length]) expect(feed(binary, chunk)).toEqual(binary);
  });

  it('keeps nothing of a file that is not ELF, nor of one shorter than the magic', () => {
    expect(feed(Buffer.from('#!/bin/sh\necho hello\n'), 2)).toBeUndefined();
    expect(feed(Buffer.from([0x7f, 0x45, 0x4c]), 1)).toBeUndefined();
    expect(feed(Buffer.alloc(0), 1)).toBeUndefined();
  });
});
