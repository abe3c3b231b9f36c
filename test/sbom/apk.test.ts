import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import parseSpdx from 'spdx-expression-parse';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { apkCataloger } from '../../src/sbom/catalogers/apk.js';
import type { CapturedFile } from '../../src/sbom/model.js';
import { detectDistro, wantsDistroFile } from '../../src/sbom/os-release.js';
import { parsePurl } from '../../src/sbom/purl.js';
import { needShared } from '../harness/peers.js';

// The layer walker is not part of this module, so the test reads the few wanted
// files out of the real minirootfs tarballs itself, asking the cataloger and the
// distro reader which paths they want.
async function capture(tarGz: string, wants: (path: string) => boolean): Promise<CapturedFile[]> {
  const out: CapturedFile[] = [];
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      const path = header.name.replace(/^\.?\//, '');
      if (header.type !== 'file' || !wants(path)) {
        stream.on('end', next);
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        out.push({ path, bytes: Buffer.concat(chunks) });
        next();
      });
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  createReadStream(tarGz)
    .pipe(createGunzip({ chunkSize: 1 << 20 }))
    .pipe(ex);
  await done;
  return out;
}

interface ListedPackage {
  name: string;
  version: string;
  arch: string;
  origin: string;
  license: string;
  purl: string;
}

/** purls compared as values: syft and the lists beside the tarballs write qualifiers unsorted, the spec sorts them. */
function samePurl(actual: string, expected: string): void {
  const a = parsePurl(actual);
  const e = parsePurl(expected);
  expect({ ...a, qualifiers: { ...a.qualifiers } }).toEqual({ ...e, qualifiers: { ...e.qualifiers } });
}

describe('apk cataloger on the Alpine minirootfs tarballs', () => {
  for (const release of ['3.19.4', '3.20.3']) {
    it(`finds every installed package of ${release} with its origin, licence and purl`, async () => {
      const tarGz = needShared(`testdata/rootfs/alpine-minirootfs-${release}-x86_64.tar.gz`);
      const listed = needShared(`testdata/rootfs/alpine-minirootfs-${release}-x86_64.packages.json`);
      if (!tarGz || !listed) return;
      const expected = JSON.parse(readFileSync(listed, 'utf8')).packages as ListedPackage[];
      const files = await capture(tarGz, (p) => apkCataloger.wants(p) || wantsDistroFile(p));
      const distro = detectDistro(files);
      expect(distro).toMatchObject({ id: 'alpine', versionId: release });

      const result = apkCataloger.catalog(
        files.filter((f) => apkCataloger.wants(f.path)),
        { distro },
      );
      expect(result.warnings).toEqual([]);
      expect(result.packages.map((p) => p.name).sort()).toEqual(expected.map((p) => p.name).sort());
      for (const want of expected) {
        const got = result.packages.find((p) => p.name === want.name);
        expect(got, want.name).toBeDefined();
        if (!got) continue;
        expect(got.version).toBe(want.version);
        expect(got.arch).toBe(want.arch);
        expect(got.type).toBe('apk');
        expect(got.source).toEqual({ name: want.origin, version: want.version });
        expect(got.licenses.map((l) => l.declared)).toEqual([want.license]);
        // Alpine declares SPDX already: the expression is kept as written and is valid.
        expect(got.licenses[0]?.spdx).toBe(want.license);
        expect(() => parseSpdx(got.licenses[0]?.spdx ?? '')).not.toThrow();
        expect(got.locations).toEqual([{ path: 'lib/apk/db/installed' }]);
        expect(got.distro?.versionId).toBe(release);
        samePurl(got.purl, want.purl);
      }
    });
  }
});

const SYFT = 'testdata/cataloger-fixtures/syft/alpine';

describe('apk cataloger on the syft fixtures', () => {
  it('finds every package syft expects in the fixtures that are present', () => {
    const root = needShared(SYFT);
    if (!root) return;
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8'));
    let checked = 0;
    for (const c of expected.cases) {
      for (const e of c.expected_entries) {
        if (e.kind !== 'Package' || !e.version) continue;
        const fixture = c.fixtures_present.length === 1 ? c.fixtures_present[0] : e.near_fixture_heuristic;
        if (!fixture || !c.fixtures_present.includes(fixture)) continue;
        const rel =
          fixture.endsWith('-1') || fixture.endsWith('-2') ? `${fixture}/lib/apk/db/installed` : fixture;
        const bytes = readFileSync(join(root, 'fixtures', rel));
        const { packages } = apkCataloger.catalog([{ path: 'lib/apk/db/installed', bytes }], {});
        const got = packages.find((p) => p.name === e.name);
        expect(got, `${e.name} in ${rel}`).toMatchObject({ name: e.name, version: e.version, type: e.type });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });

  it('reads every stanza of every fixture the way a plain reading does (P, V, A, o)', () => {
    const root = needShared(SYFT);
    if (!root) return;
    const derived = JSON.parse(readFileSync(join(root, 'apk-fields-derived.json'), 'utf8')).results as Record<
      string,
      { name: string; version: string; arch: string; origin: string }[]
    >;
    for (const [rel, want] of Object.entries(derived)) {
      const bytes = readFileSync(join(root, 'fixtures', rel));
      const { packages } = apkCataloger.catalog([{ path: 'lib/apk/db/installed', bytes }], {});
      expect(
        packages.map((p) => ({ name: p.name, version: p.version, arch: p.arch, origin: p.source?.name })),
        rel,
      ).toEqual(want);
    }
  });

  it('skips the corrupt stanza of the corrupt fixture with a warning naming the file and line', () => {
    const root = needShared(SYFT);
    if (!root) return;
    const bytes = readFileSync(join(root, 'fixtures/testdata/corrupt/lib/apk/db/installed'));
    const r = apkCataloger.catalog([{ path: 'lib/apk/db/installed', bytes }], {});
    expect(r.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['alpine-baselayout-data@3.2.0-r22']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toMatch(
      /^lib\/apk\/db\/installed: stanza at line 1: line 1 is not a "X:value" field/,
    );
    expect(r.warnings[0]?.message).toContain('this is a corrupt db');
  });

  it('keeps "custom" licences as a LicenseRef and the declared text', () => {
    const root = needShared(SYFT);
    if (!root) return;
    const bytes = readFileSync(join(root, 'fixtures/testdata/extra-file-attributes'));
    const [pkg] = apkCataloger.catalog([{ path: 'lib/apk/db/installed', bytes }], {}).packages;
    expect(pkg?.licenses).toEqual([{ declared: 'custom', spdx: 'LicenseRef-custom', known: false }]);
    expect(pkg?.source?.name).toBe('openjdk8');
    expect(pkg?.purl).toBe('pkg:apk/alpine/openjdk8-jre@8.212.04-r0?arch=x86_64&upstream=openjdk8');
  });
});

describe('apk cataloger on bad input', () => {
  const db = (text: string): CapturedFile => ({
    path: 'lib/apk/db/installed',
    layer: `sha256:${'a'.repeat(64)}`,
    bytes: Buffer.from(text),
  });

  it('wants only the installed database, however the path is spelled', () => {
    expect(apkCataloger.wants('lib/apk/db/installed')).toBe(true);
    expect(apkCataloger.wants('/lib/apk/db/installed')).toBe(true);
    expect(apkCataloger.wants('./lib/apk/db/installed')).toBe(true);
    expect(apkCataloger.wants('lib/apk/db/installed.bak')).toBe(false);
    expect(apkCataloger.wants('usr/lib/apk/db/installed')).toBe(false);
  });

  it('skips a malformed stanza in the middle and keeps its neighbours, naming the line', () => {
    const r = apkCataloger.catalog([db('P:a\nV:1-r0\n\nP:b\ngarbage here\nV:2\n\nP:c\nV:3-r0\n')], {});
    expect(r.packages.map((p) => p.name)).toEqual(['a', 'c']);
    expect(r.warnings).toEqual([
      {
        path: 'lib/apk/db/installed',
        layer: `sha256:${'a'.repeat(64)}`,
        message:
          'lib/apk/db/installed: stanza at line 4: line 5 is not a "X:value" field ("garbage here"); package skipped',
      },
    ]);
    expect(r.packages[0]?.locations).toEqual([
      { path: 'lib/apk/db/installed', layer: `sha256:${'a'.repeat(64)}` },
    ]);
  });

  it('warns about a stanza without a version', () => {
    const r = apkCataloger.catalog([db('P:lonely\nA:x86_64\n')], {});
    expect(r.packages).toEqual([]);
    expect(r.warnings[0]?.message).toBe(
      'lib/apk/db/installed: stanza at line 1: stanza has no V: field; skipped',
    );
  });

  it('skips a stanza with a huge field, without decoding it, and keeps the rest', () => {
    const huge = `P:big\nV:1\nT:${'x'.repeat(8 * 1024 * 1024)}\n\nP:small\nV:2\n`;
    const r = apkCataloger.catalog([db(huge)], {});
    expect(r.packages.map((p) => p.name)).toEqual(['small']);
    expect(r.warnings[0]?.message).toMatch(
      /line 3 is 8388608 bytes, over the 65536-byte limit; package skipped$/,
    );
  });

  it('reads a file without a final newline, with CRLF line ends and several blank lines', () => {
    const r = apkCataloger.catalog([db('\r\n\r\nP:a\r\nV:1\r\no:src\r\n\r\n\r\nP:b\nV:2')], {});
    expect(r.packages.map((p) => [p.name, p.version, p.source?.name])).toEqual([
      ['a', '1', 'src'],
      ['b', '2', 'b'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reports a file of binary garbage as warnings, never a throw', () => {
    const bytes = Buffer.alloc(100_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    const r = apkCataloger.catalog([{ path: 'lib/apk/db/installed', bytes }], {});
    expect(r.packages).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
    for (const w of r.warnings)
      expect(w.message.startsWith('lib/apk/db/installed: stanza at line')).toBe(true);
  });
});
