import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rpmCataloger, rpmEvr } from '../../src/sbom/catalogers/rpm.js';
import type { CapturedFile, Distro } from '../../src/sbom/model.js';
import { parsePurl } from '../../src/sbom/purl.js';
import { readBdbHash } from '../../src/sbom/rpmdb/bdb.js';
import { parseRpmHeader, parseSourceRpm } from '../../src/sbom/rpmdb/header.js';
import { adler32, readNdb } from '../../src/sbom/rpmdb/ndb.js';
import { readRpmSqlite } from '../../src/sbom/rpmdb/sqlite.js';
import { needShared } from '../harness/peers.js';

interface RpmTruth {
  name: string;
  epoch: number | null;
  version: string;
  release: string;
  arch: string;
  source_rpm: string;
  license: string;
  vendor: string;
}

const MARINER = 'testdata/cataloger-fixtures/go-rpmdb/cbl-mariner-2.0';
const LIBUUID = 'testdata/cataloger-fixtures/go-rpmdb/libuuid';
const SYFT = 'testdata/cataloger-fixtures/syft/redhat';

function load(rel: string, file: string): { bytes: Buffer; truth: RpmTruth[] } | undefined {
  const dir = needShared(rel);
  if (!dir) return undefined;
  return {
    bytes: readFileSync(join(dir, file)),
    truth: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).packages,
  };
}

/** Every package rpm 4.18 itself listed from the same file is found, field by field. */
function expectSameAsRpm(path: string, bytes: Buffer, truth: RpmTruth[]): void {
  const r = rpmCataloger.catalog([{ path, bytes }], {});
  expect(r.warnings).toEqual([]);
  expect(r.packages).toHaveLength(truth.length);
  for (const t of truth) {
    const p = r.packages.find((x) => x.name === t.name && x.arch === t.arch);
    expect(p, t.name).toBeDefined();
    if (!p) continue;
    const epoch = t.epoch ?? undefined;
    expect(p.version).toBe(rpmEvr({ epoch, version: t.version, release: t.release }));
    expect(p.metadata?.release).toBe(t.release);
    expect(p.metadata?.epoch).toBe(epoch);
    expect(p.metadata?.sourceRpm).toBe(t.source_rpm);
    expect(p.metadata?.vendor).toBe(t.vendor);
    expect(p.licenses.map((l) => l.declared)).toEqual([t.license]);
    const src = parseSourceRpm(t.source_rpm);
    expect(p.source?.name).toBe(src?.name);
    const purl = parsePurl(p.purl);
    expect([purl.type, purl.name, purl.version]).toEqual(['rpm', t.name, `${t.version}-${t.release}`]);
    expect(purl.qualifiers?.epoch).toBe(epoch === undefined ? undefined : String(epoch));
  }
}

describe('rpm cataloger against listings made by rpm itself', () => {
  it('SQLite rpmdb (CBL-Mariner 2.0): all 129 packages', () => {
    const f = load(MARINER, 'rpmdb.sqlite');
    if (!f) return;
    expectSameAsRpm('var/lib/rpm/rpmdb.sqlite', f.bytes, f.truth);
  });

  it('Berkeley DB Packages (RHEL 8 libuuid)', () => {
    const f = load(LIBUUID, 'Packages');
    if (!f) return;
    expectSameAsRpm('var/lib/rpm/Packages', f.bytes, f.truth);
  });

  it('NDB Packages.db carrying the same real headers reads back identically', () => {
    // No NDB database is published with its listing here and Debian's rpm is built
    // without ndb, so the file is written by ndbFile() below from rpm's own
    // rpmpkg.c layout, around the real header blobs of the Mariner database.
    const f = load(MARINER, 'rpmdb.sqlite');
    if (!f) return;
    const blobs = readRpmSqlite(f.bytes).blobs;
    expectSameAsRpm('usr/lib/sysimage/rpm/Packages.db', ndbFile(blobs), f.truth);
  });

  it('gives the source package and the distro-qualified purl advisories are keyed by', () => {
    const f = load(MARINER, 'rpmdb.sqlite');
    if (!f) return;
    const distro: Distro = { id: 'mariner', versionId: '2.0', prettyName: 'CBL-Mariner/Linux' };
    const r = rpmCataloger.catalog([{ path: 'var/lib/rpm/rpmdb.sqlite', bytes: f.bytes }], { distro });
    const curl = r.packages.find((p) => p.name === 'curl');
    expect(curl).toMatchObject({
      version: '7.76.0-6.cm2',
      arch: 'x86_64',
      source: { name: 'curl', version: '7.76.0-6.cm2' },
      licenses: [{ declared: 'MIT', spdx: 'MIT', known: true }],
      purl: 'pkg:rpm/mariner/curl@7.76.0-6.cm2?arch=x86_64&distro=mariner-2.0&upstream=curl-7.76.0-6.cm2.src.rpm',
    });
    const ca = r.packages.find((p) => p.name === 'ca-certificates-base');
    expect(ca?.version).toBe('1:2.0.0-1.cm2');
    expect(ca?.source).toEqual({ name: 'ca-certificates', version: '1:2.0.0-1.cm2' });
    expect(r.packages.find((p) => p.name === 'audit-libs')?.source?.name).toBe('audit');
  });

  it('one database reached by two paths gives one package with two locations', () => {
    const f = load(LIBUUID, 'Packages');
    if (!f) return;
    const r = rpmCataloger.catalog(
      [
        { path: 'var/lib/rpm/Packages', bytes: f.bytes },
        { path: 'usr/share/rpm/Packages', bytes: f.bytes },
      ],
      {},
    );
    expect(r.packages).toHaveLength(1);
    expect(r.packages[0]?.locations.map((l) => l.path)).toEqual([
      'var/lib/rpm/Packages',
      'usr/share/rpm/Packages',
    ]);
  });
});

describe('rpm cataloger on the syft fixtures', () => {
  it('Berkeley DB Packages: the purl syft expects', () => {
    const dir = needShared(SYFT);
    if (!dir) return;
    const bytes = readFileSync(join(dir, 'fixtures/testdata/Packages'));
    const r = rpmCataloger.catalog([{ path: 'var/lib/rpm/Packages', bytes }], {});
    expect(r.warnings).toEqual([]);
    // syft's TestParseRpmDB lists dive twice (two metadata shapes of one package); the DB holds one.
    expect(r.packages.map((p) => [p.name, p.version, p.type, p.purl])).toEqual([
      ['dive', '0.9.2-1', 'rpm', 'pkg:rpm/dive@0.9.2-1?arch=x86_64&upstream=dive-0.9.2-1.src.rpm'],
    ]);
  });

  it('CBL-Mariner container-manifest-2: every package and purl syft expects', () => {
    const dir = needShared(SYFT);
    if (!dir) return;
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const want = expected.cases.find(
      (c: { test: string }) => c.test === 'TestParseRpmManifest',
    ).expected_entries;
    const bytes = readFileSync(join(dir, 'fixtures/testdata/container-manifest-2'));
    const r = rpmCataloger.catalog([{ path: 'var/lib/rpmmanifest/container-manifest-2', bytes }], {});
    expect(r.warnings).toEqual([]);
    expect(want).toHaveLength(5);
    for (const e of want) {
      const p = r.packages.find((x) => x.name === e.name);
      expect({ name: p?.name, version: p?.version, type: p?.type, purl: p?.purl }).toEqual({
        name: e.name,
        version: e.version,
        type: e.type,
        purl: e.purl,
      });
    }
  });

  it('purl shapes of syft’s Test_packageURL table', () => {
    const rhel: Distro = { id: 'rhel', versionId: '8.4', prettyName: 'RHEL' };
    const bytesOf = (text: string) => ({
      path: 'var/lib/rpmmanifest/container-manifest-2',
      bytes: Buffer.from(text),
    });
    const one = (line: string, distro?: Distro) =>
      rpmCataloger.catalog([bytesOf(line)], { distro }).packages[0]?.purl;
    expect(one('p\tv-r\t0\t0\tV\t(none)\t1\t\t0\t(none)', rhel)).toBe('pkg:rpm/redhat/p@v-r?distro=rhel-8.4');
    expect(
      one('p\tv-r\t0\t0\tV\t1\t1\ta\t0\t(none)', { id: 'centos', versionId: '7', prettyName: 'CentOS' }),
    ).toBe('pkg:rpm/centos/p@v-r?arch=a&distro=centos-7&epoch=1');
    expect(one('p\tv-r\t0\t0\tV\t(none)\t1\t\t0\t(none)')).toBe('pkg:rpm/p@v-r');
    expect(one('p\tv-r\t0\t0\tV\t(none)\t1\t\t0\tsourcerpm', rhel)).toBe(
      'pkg:rpm/redhat/p@v-r?distro=rhel-8.4&upstream=sourcerpm',
    );
  });

  it('the placeholder databases of syft’s glob-paths fixture are warnings naming the file', () => {
    const dir = needShared(SYFT);
    if (!dir) return;
    const files: CapturedFile[] = [
      'var/lib/rpm/rpmdb.sqlite',
      'var/lib/rpm/Packages',
      'var/lib/rpm/Packages.db',
    ].map((p) => ({ path: p, bytes: readFileSync(join(dir, 'fixtures/testdata/glob-paths', p)) }));
    expect(files.every((f) => rpmCataloger.wants(f.path))).toBe(true);
    const r = rpmCataloger.catalog(files, {});
    expect(r.packages).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'var/lib/rpm/rpmdb.sqlite: not an SQLite database (header "SQLite format 3" missing)',
      'var/lib/rpm/Packages: 5 bytes is too short for a Berkeley DB metadata page',
      'var/lib/rpm/Packages.db: not an rpm ndb file (magic "RpmP" missing)',
    ]);
  });
});

describe('rpm databases that are damaged', () => {
  it('a truncated SQLite database is a warning, never a throw', () => {
    const f = load(MARINER, 'rpmdb.sqlite');
    if (!f) return;
    for (const n of [100, 4096, f.bytes.length >> 1]) {
      const r = rpmCataloger.catalog(
        [{ path: 'var/lib/rpm/rpmdb.sqlite', bytes: f.bytes.subarray(0, n) }],
        {},
      );
      expect(r.warnings.length, `cut at ${n}`).toBeGreaterThan(0);
      expect(r.warnings[0]?.message).toMatch(
        /^var\/lib\/rpm\/rpmdb\.sqlite: SQLite could not read the Packages table: /,
      );
    }
  });

  it('a truncated Berkeley DB says so and keeps what is whole', () => {
    const f = load(LIBUUID, 'Packages');
    if (!f) return;
    const half = f.bytes.subarray(0, f.bytes.length >> 1);
    const r = rpmCataloger.catalog([{ path: 'var/lib/rpm/Packages', bytes: half }], {});
    expect(r.warnings[0]?.message).toMatch(
      /^var\/lib\/rpm\/Packages: truncated: the database declares \d+ pages/,
    );
  });

  it('an overflow chain that loops ends in a warning', () => {
    const f = load(LIBUUID, 'Packages');
    if (!f) return;
    const { blobs } = readBdbHash(f.bytes);
    expect(blobs).toHaveLength(1);
    // Point every overflow page's "next page" back at itself.
    const bytes = Buffer.from(f.bytes);
    const pageSize = bytes.readUInt32LE(20);
    for (let off = pageSize; off < bytes.length; off += pageSize) {
      if (bytes[off + 25] === 7) bytes.writeUInt32LE(bytes.readUInt32LE(off + 8), off + 16);
    }
    const r = readBdbHash(bytes);
    expect(r.blobs).toEqual([]);
    expect(r.problems.some((p) => /overflow chain loops at page \d+/.test(p))).toBe(true);
  });

  it('NDB: a flipped byte fails the adler32 check of that package only; truncation is named', () => {
    const f = load(MARINER, 'rpmdb.sqlite');
    if (!f) return;
    const blobs = readRpmSqlite(f.bytes).blobs;
    const ndb = ndbFile(blobs);
    const firstBlob = ndb.readUInt32LE(32 + 8) * 16;
    ndb[firstBlob + 100] = (ndb[firstBlob + 100] as number) ^ 0xff;
    const r = readNdb(ndb);
    expect(r.blobs).toHaveLength(blobs.length - 1);
    expect(r.problems).toEqual([`package 1: blob at offset ${firstBlob} fails its tail or adler32 check`]);
    const cut = readNdb(ndbFile(blobs).subarray(0, 3000));
    expect(cut.problems[0]).toMatch(/^truncated: 1 slot pages need 4096 bytes/);
  });

  it('a header whose index runs past the blob is a warning naming the record', () => {
    const blob = Buffer.alloc(16);
    blob.writeUInt32BE(1000, 0);
    blob.writeUInt32BE(10, 4);
    expect(() => parseRpmHeader(blob)).toThrow(/header needs 16018 bytes but the blob has 16 \(truncated\)/);
    const huge = Buffer.alloc(8);
    huge.writeUInt32BE(0x7fffffff, 0);
    expect(() => parseRpmHeader(huge)).toThrow(/header declares 2147483647 index entries/);
  });

  it('no damage to a real database makes a reader throw (random bit flips and cuts)', () => {
    const sqlite = load(MARINER, 'rpmdb.sqlite');
    const bdb = load(LIBUUID, 'Packages');
    if (!sqlite || !bdb) return;
    const ndb = ndbFile(readRpmSqlite(sqlite.bytes).blobs.slice(0, 5));
    const cases: [string, Buffer][] = [
      ['var/lib/rpm/Packages', bdb.bytes],
      ['var/lib/rpm/Packages.db', ndb],
    ];
    for (const [path, original] of cases) {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 1, max: 255 })), {
            maxLength: 20,
          }),
          fc.nat(original.length),
          (flips, cut) => {
            const bytes = Buffer.from(original.subarray(0, Math.max(cut, 1)));
            for (const [at, x] of flips) if (at < bytes.length) bytes[at] = (bytes[at] as number) ^ x;
            const r = rpmCataloger.catalog([{ path, bytes }], {});
            for (const w of r.warnings) expect(w.message.startsWith(`${path}: `)).toBe(true);
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});

/** An ndb Packages.db as rpm's rpmpkg.c writes it (one slot page, blobs packed after it). */
function ndbFile(blobs: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  const slots = Buffer.alloc(4096);
  slots.write('RpmP', 0, 'latin1');
  slots.writeUInt32LE(0, 4);
  slots.writeUInt32LE(1, 8);
  slots.writeUInt32LE(1, 12);
  slots.writeUInt32LE(blobs.length + 1, 16);
  for (let at = 32; at < 4096; at += 16) slots.write('Slot', at, 'latin1');
  parts.push(slots);
  let blk = 4096 / 16;
  blobs.forEach((blob, i) => {
    const pkgIdx = i + 1;
    const blkCnt = Math.ceil((16 + blob.length + 12) / 16);
    const out = Buffer.alloc(blkCnt * 16);
    out.write('BlbS', 0, 'latin1');
    out.writeUInt32LE(pkgIdx, 4);
    out.writeUInt32LE(1_700_000_000, 8);
    out.writeUInt32LE(blob.length, 12);
    blob.copy(out, 16);
    const tail = out.length - 12;
    out.writeUInt32LE(adler32(out, 0, tail), tail);
    out.writeUInt32LE(blob.length, tail + 4);
    out.write('BlbE', tail + 8, 'latin1');
    const slot = 32 + i * 16;
    slots.writeUInt32LE(pkgIdx, slot + 4);
    slots.writeUInt32LE(blk, slot + 8);
    slots.writeUInt32LE(blkCnt, slot + 12);
    blk += blkCnt;
    parts.push(out);
  });
  return Buffer.concat(parts);
}

describe('adler32', () => {
  it('matches RFC 1950’s value for "Wikipedia"', () => {
    const b = Buffer.from('Wikipedia');
    expect(adler32(b, 0, b.length)).toBe(0x11e60398);
  });
  it('stays exact across the 5552-byte reduction boundary', () => {
    const b = Buffer.alloc(100_000, 0xff);
    let a = 1;
    let s = 0;
    for (const x of b) {
      a = (a + x) % 65521;
      s = (s + a) % 65521;
    }
    expect(adler32(b, 0, b.length)).toBe(((s << 16) | a) >>> 0);
  });
});
