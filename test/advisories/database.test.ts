import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvisoryDatabase,
  DatabaseError,
  EcosystemIndexBuilder,
  writeDatabase,
} from '../../src/advisories/database.js';
import { affects, type OsvRecord } from '../../src/advisories/osv.js';
import { refreshDatabase } from '../../src/advisories/refresh.js';
import { openSource } from '../../src/advisories/source.js';
import { OSV_DIR, OsvExportServer, realRecords } from './osv-fixtures.js';

// The on-disk index, filled and refreshed from a local server in OSV's export
// layout publishing real advisories.

const tmp = () => mkdtempSync(join(tmpdir(), 'lading-db-'));
const clock = (iso: string) => () => new Date(iso);

describe.skipIf(!OSV_DIR)('advisory database: fill and incremental refresh', () => {
  const server = new OsvExportServer();
  let real: Map<string, OsvRecord[]>;
  let dir: string;
  let warnings: string[];
  const source = () => openSource(server.url, { warn: (m) => warnings.push(m) });

  beforeAll(async () => {
    real = realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec');
    await server.start();
    for (const eco of ['npm', 'PyPI', 'Go', 'Maven']) await server.publish(eco, real.get(eco) ?? []);
  });
  afterAll(() => server.stop());
  afterEach(() => {
    server.log.length = 0;
  });

  it('fills only the ecosystems asked for, then refreshes incrementally: one record changed, one withdrawn, one added', async () => {
    dir = tmp();
    warnings = [];
    const npm = real.get('npm') as OsvRecord[];
    const first = await refreshDatabase({
      dir,
      source: source(),
      ecosystems: ['npm', 'PyPI'],
      warn: (m) => warnings.push(m),
      now: clock('2025-06-01T00:00:00Z'),
    });
    expect(first.ecosystems.map((e) => [e.ecosystem, e.mode, e.records])).toEqual([
      ['npm', 'full', npm.length],
      // withdrawn records (PyPA has two) are not indexed
      ['PyPI', 'full', (real.get('PyPI') as OsvRecord[]).filter((r) => !r.withdrawn).length],
    ]);
    expect((real.get('PyPI') as OsvRecord[]).filter((r) => r.withdrawn)).toHaveLength(2);
    expect(server.log.sort()).toEqual(['/PyPI/all.zip', '/npm/all.zip']);
    const fullBytes = first.bytes;

    let db = await AdvisoryDatabase.open(dir);
    expect(db.ecosystems()).toEqual(['PyPI', 'npm']);
    expect(db.state('npm')).toMatchObject({
      records: npm.length,
      fetchedAt: '2025-06-01T00:00:00.000Z',
      source: server.url,
    });
    const lodashBefore = db
      .lookup('npm', 'lodash')
      .map((r) => r.id)
      .sort();
    expect(lodashBefore).toContain('GHSA-29mw-wpgm-hmr9');
    expect(lodashBefore).toContain('GHSA-35jh-r3h4-6jhm');
    // PEP 503: the index and the query are normalised the same way
    expect(db.lookup('PyPI', 'Requests').map((r) => r.id)).toEqual(
      db.lookup('PyPI', 'requests').map((r) => r.id),
    );
    expect(db.lookup('PyPI', 'requests').length).toBeGreaterThan(0);

    // Upstream moves on: a record is changed, one withdrawn, one published.
    const changed = structuredClone(npm.find((r) => r.id === 'GHSA-29mw-wpgm-hmr9') as OsvRecord);
    changed.modified = '2025-06-02T10:00:00Z';
    changed.summary = 'changed upstream';
    const withdrawn = structuredClone(npm.find((r) => r.id === 'GHSA-35jh-r3h4-6jhm') as OsvRecord);
    withdrawn.modified = '2025-06-02T11:00:00Z';
    withdrawn.withdrawn = '2025-06-02T11:00:00Z';
    const added: OsvRecord = {
      id: 'GHSA-test-0000-0001',
      modified: '2025-06-02T12:00:00Z',
      aliases: ['CVE-2099-0001'],
      affected: [
        {
          package: { ecosystem: 'npm', name: 'left-pad' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.1' }] }],
        },
      ],
    };
    const next = npm.map((r) => (r.id === changed.id ? changed : r.id === withdrawn.id ? withdrawn : r));
    await server.publish('npm', [...next, added]);
    server.log.length = 0;

    const second = await refreshDatabase({
      dir,
      source: source(),
      ecosystems: ['npm'],
      warn: (m) => warnings.push(m),
      now: clock('2025-06-03T00:00:00Z'),
    });
    expect(second.ecosystems).toEqual([
      {
        ecosystem: 'npm',
        mode: 'incremental',
        records: npm.length,
        added: 1,
        changed: 1,
        removed: 1,
        skipped: 0,
      },
    ]);
    // no archive: the top of the CSV and the three records
    expect(server.log.sort()).toEqual([
      '/npm/GHSA-29mw-wpgm-hmr9.json',
      '/npm/GHSA-35jh-r3h4-6jhm.json',
      '/npm/GHSA-test-0000-0001.json',
      '/npm/modified_id.csv',
    ]);
    expect(second.bytes).toBeLessThan(fullBytes / 5);

    db = await AdvisoryDatabase.open(dir);
    const lodash = db.lookup('npm', 'lodash');
    expect(lodash.map((r) => r.id)).not.toContain('GHSA-35jh-r3h4-6jhm');
    expect(lodash.find((r) => r.id === 'GHSA-29mw-wpgm-hmr9')?.summary).toBe('changed upstream');
    expect(db.lookup('npm', 'left-pad').map((r) => r.id)).toEqual(['GHSA-test-0000-0001']);
    expect(db.state('npm')).toMatchObject({
      lastModified: '2025-06-02T12:00:00Z',
      fetchedAt: '2025-06-03T00:00:00.000Z',
    });
    // PyPI was not asked for: untouched
    expect(db.state('PyPI')?.fetchedAt).toBe('2025-06-01T00:00:00.000Z');

    // Nothing new upstream: one request, the index file is kept, only the time moves.
    const fileBefore = db.state('npm')?.file;
    server.log.length = 0;
    const third = await refreshDatabase({
      dir,
      source: source(),
      ecosystems: ['npm'],
      warn: (m) => warnings.push(m),
      now: clock('2025-06-04T00:00:00Z'),
    });
    expect(third.ecosystems[0]?.mode).toBe('current');
    expect(third.requests).toBe(1);
    db = await AdvisoryDatabase.open(dir);
    expect(db.state('npm')?.file).toBe(fileBefore);
    expect(db.state('npm')?.fetchedAt).toBe('2025-06-04T00:00:00.000Z');
    expect(warnings).toEqual([]);
  });

  it('a failed ecosystem keeps its last good data and does not stop the others', async () => {
    warnings = [];
    server.fail('/npm/modified_id.csv', ...Array(5).fill({ status: 500 }));
    const before = (await AdvisoryDatabase.open(dir)).state('npm');
    const result = await refreshDatabase({
      dir,
      source: openSource(server.url, { warn: (m) => warnings.push(m), sleep: async () => {} }),
      ecosystems: ['npm', 'Go'],
      warn: (m) => warnings.push(m),
      now: clock('2025-06-05T00:00:00Z'),
    });
    expect(result.ecosystems.map((e) => e.mode)).toEqual(['failed', 'full']);
    expect(result.ecosystems[0]?.error).toContain(
      '/npm/modified_id.csv: HTTP 500 (gave up after 5 attempts)',
    );
    const db = await AdvisoryDatabase.open(dir);
    expect(db.state('npm')).toEqual(before);
    expect(db.ecosystems()).toEqual(['Go', 'PyPI', 'npm']);
    expect(warnings.at(-1)).toMatch(
      /^advisories for npm could not be refreshed from http:\/\/127\.0\.0\.1:\d+: GET/,
    );
    server.faults.clear();
  });

  it('rebuilds a database whose index file is corrupt', async () => {
    warnings = [];
    const d = tmp();
    await refreshDatabase({
      dir: d,
      source: source(),
      ecosystems: ['Maven'],
      warn: () => {},
      now: clock('2025-06-01T00:00:00Z'),
    });
    const state = (await AdvisoryDatabase.open(d)).state('Maven');
    writeFileSync(join(d, state?.file as string), 'LADOSV03garbage');
    await expect(AdvisoryDatabase.open(d)).rejects.toThrow(
      /index file data\/Maven-[0-9a-f]+\.idx of ecosystem Maven is 15 bytes/,
    );
    const result = await refreshDatabase({
      dir: d,
      source: source(),
      ecosystems: ['Maven'],
      warn: (m) => warnings.push(m),
    });
    expect(result.ecosystems[0]?.mode).toBe('full');
    expect(warnings[0]).toMatch(/rebuilding it$/);
    expect(
      (await AdvisoryDatabase.open(d)).lookup('Maven', 'org.apache.logging.log4j:log4j-core').length,
    ).toBe(1);
    rmSync(d, { recursive: true, force: true });
  });
});

describe.skipIf(!OSV_DIR)('advisory database: the same records write the same bytes', () => {
  // A seeded shuffle: the order records come in must not reach the file.
  const shuffled = <T>(list: readonly T[], seed: number): T[] => {
    const out = [...list];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  it('whatever order the records come in, and when a refresh carries them over unchanged', async () => {
    const real = realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec');
    let multiKey = 0;
    for (const [eco, records] of real) {
      const build = (list: readonly OsvRecord[]) => {
        const b = new EcosystemIndexBuilder(eco);
        for (const r of list) b.add(r);
        return b.build();
      };
      const forward = build(records);
      for (const order of [[...records].reverse(), shuffled(records, 7), shuffled(records, 99)])
        expect(build(order).equals(forward), eco).toBe(true);

      const dir = tmp();
      await writeDatabase(
        dir,
        undefined,
        new Map([
          [eco, { content: forward, state: { records: 0, entries: 0, fetchedAt: 'x', source: 'test' } }],
        ]),
      );
      const db = await AdvisoryDatabase.open(dir);
      const index = db.index(eco);
      if (!index) throw new Error(`no index for ${eco}`);
      multiKey += index.keysByRecord().filter((keys) => keys.length > 1).length;
      expect(EcosystemIndexBuilder.from(index).build().equals(forward), `${eco} carried over`).toBe(true);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // records filed under several packages are where an order could leak in
    expect(multiKey).toBeGreaterThan(0);
  });
});

describe('advisory database: atomic writes and checks on open', () => {
  const record = (id: string, name: string): OsvRecord => ({
    id,
    modified: '2025-01-01T00:00:00Z',
    details: 'long text that the index drops',
    references: [{ type: 'WEB', url: 'https://example.org' }],
    affected: [
      {
        package: { ecosystem: 'npm', name },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
      },
      {
        package: { ecosystem: 'PyPI', name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
      },
      { ranges: [{ type: 'GIT', repo: 'https://example.org/x.git', events: [{ introduced: '0' }] }] },
    ],
  });

  async function oneEcosystem(dir: string, ids: string[]) {
    const b = new EcosystemIndexBuilder('npm');
    for (const id of ids) b.add(record(id, `pkg-${id}`));
    return writeDatabase(
      dir,
      (await AdvisoryDatabase.openIfPresent(dir))?.manifest,
      new Map([
        [
          'npm',
          {
            content: b.build(),
            state: { records: b.size, entries: b.entries, fetchedAt: '2025-01-01T00:00:00Z', source: 'test' },
          },
        ],
      ]),
    );
  }

  it('keeps only what matching needs, for the ecosystem of the file', async () => {
    const dir = tmp();
    await oneEcosystem(dir, ['A-1']);
    const [r] = (await AdvisoryDatabase.open(dir)).lookup('npm', 'pkg-A-1');
    expect(r).toEqual({
      id: 'A-1',
      modified: '2025-01-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'pkg-A-1' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
        },
      ],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('never reads a half-built index: a temp dir and an unreferenced file left by a killed build are ignored, then removed', async () => {
    const dir = tmp();
    await oneEcosystem(dir, ['A-1']);
    // What a build killed before its commit leaves behind: its temp dir with a
    // half-written index and manifest, and a new file already moved into data/.
    const crashed = join(dir, '.tmp-deadbeef0000');
    mkdirSync(crashed);
    writeFileSync(join(crashed, 'npm-0123456789abcdef.idx'), 'LADOSV03\x10\x00');
    writeFileSync(join(crashed, 'manifest.json'), '{"format":"lading-osv-index","vers');
    writeFileSync(join(dir, 'data', 'npm-fedcba9876543210.idx'), 'LADOSV03 half');
    const db = await AdvisoryDatabase.open(dir);
    expect(db.lookup('npm', 'pkg-A-1').map((r) => r.id)).toEqual(['A-1']);

    // The next write removes the orphan file; the crashed temp dir goes once it is old enough
    // (a young one may belong to a writer still running in another process).
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(crashed, old, old);
    await oneEcosystem(dir, ['A-1', 'B-2']);
    expect(existsSync(crashed)).toBe(false);
    expect(readdirSync(join(dir, 'data'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['data', 'manifest.json']);
    expect((await AdvisoryDatabase.open(dir)).lookup('npm', 'pkg-B-2').map((r) => r.id)).toEqual(['B-2']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a corrupt manifest, another format version, a missing or truncated index: clear errors', async () => {
    const dir = tmp();
    await expect(AdvisoryDatabase.open(dir)).rejects.toMatchObject({ problem: 'missing' });
    expect(await AdvisoryDatabase.openIfPresent(dir)).toBeUndefined();
    await oneEcosystem(dir, ['A-1']);
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: 99 }));
    const v = await AdvisoryDatabase.open(dir).catch((e) => e);
    expect(v).toBeInstanceOf(DatabaseError);
    expect(v).toMatchObject({ problem: 'version' });
    expect(v.message).toBe(
      `${manifestPath} has format version 99, lading reads 3; run 'lading db update' to rebuild it`,
    );

    writeFileSync(manifestPath, '{"format": "lading-osv-index", "vers');
    await expect(AdvisoryDatabase.open(dir)).rejects.toMatchObject({
      problem: 'corrupt',
      message: `${manifestPath} is corrupt: not JSON; run 'lading db update' to rebuild it`,
    });

    writeFileSync(manifestPath, JSON.stringify(manifest));
    const file = join(dir, manifest.ecosystems.npm.file);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    await expect(AdvisoryDatabase.open(dir)).rejects.toThrow(
      `${manifestPath}: index file ${manifest.ecosystems.npm.file} of ecosystem npm is ${bytes.length - 3} bytes, not ${bytes.length}; run 'lading db update' to rebuild it`,
    );

    // Same size, damaged inside: found when the ecosystem is first read.
    const damaged = Buffer.from(bytes);
    damaged.write('X', damaged.length - 5);
    damaged.write('XXXXXXX', 0);
    writeFileSync(file, damaged);
    const db = await AdvisoryDatabase.open(dir);
    expect(() => db.lookup('npm', 'pkg-A-1')).toThrow(
      `advisory index ${file} is corrupt: not a lading advisory index; run 'lading db update' to rebuild it`,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});

/** What matching got before pre-compiled ranges: every record under the names, then `affects` on each. */
function reference(db: AdvisoryDatabase, ecosystem: string, names: string[], version: string) {
  const out: { id: string; name: string; result: ReturnType<typeof affects> }[] = [];
  const seen = new Set<string>();
  for (const name of names)
    for (const record of db.lookup(ecosystem, name)) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      const result = affects(record, ecosystem, name, version);
      if (result.verdict !== 'not-affected') out.push({ id: record.id, name, result });
    }
  return out;
}

function viaIndex(db: AdvisoryDatabase, ecosystem: string, names: string[], version: string) {
  return db.hits(ecosystem, names, version).map((h) => ({ id: h.record.id, name: h.name, result: h.result }));
}

/** Every version a record's ranges and lists name, and their neighbours, as probes. */
function probesOf(records: readonly OsvRecord[]): string[] {
  const out = new Set<string>(['0', '0.0.1', '1.0.0', '999.0.0', 'not-a-version']);
  for (const r of records)
    for (const a of r.affected ?? []) {
      for (const v of a.versions ?? []) out.add(v);
      for (const range of a.ranges ?? [])
        for (const e of range.events)
          for (const v of Object.values(e)) {
            out.add(v);
            out.add(`${v}.1`);
            out.add(v.replace(/\d+$/, (d) => String(Math.max(0, Number(d) - 1))));
          }
    }
  return [...out];
}

describe('advisory database: pre-compiled ranges decide as affects() does', () => {
  const entry = (
    ecosystem: string,
    name: string,
    extra: Partial<NonNullable<OsvRecord['affected']>[number]>,
  ) => ({
    package: { ecosystem, name },
    ...extra,
  });
  const crafted: OsvRecord[] = [
    {
      id: 'X-unsorted',
      modified: '2025-01-01T00:00:00Z',
      aliases: ['CVE-2025-0001'],
      summary: 'events out of order, two ranges, a limit',
      affected: [
        entry('npm', 'left', {
          ranges: [
            {
              type: 'SEMVER',
              events: [
                { fixed: '1.4.0' },
                { introduced: '1.0.0' },
                { introduced: '2.0.0' },
                { fixed: '2.1.3' },
              ],
            },
            { type: 'ECOSYSTEM', events: [{ introduced: '3.0.0' }, { last_affected: '3.2.0' }] },
            { type: 'SEMVER', events: [{ introduced: '0' }, { limit: '0.5.0' }] },
          ],
        }),
      ],
    },
    {
      id: 'X-list',
      modified: '2025-01-01T00:00:00Z',
      affected: [
        entry('PyPI', 'Some_Pkg', {
          versions: ['1.0', '1.1'],
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { fixed: '1.2' }] }],
        }),
        entry('PyPI', 'other', { versions: ['2.0'] }),
      ],
    },
    {
      id: 'X-bad-bound',
      modified: '2025-01-01T00:00:00Z',
      affected: [
        entry('npm', 'left', {
          ranges: [{ type: 'SEMVER', events: [{ introduced: 'one' }, { fixed: '2' }] }],
        }),
      ],
    },
    {
      id: 'X-empty',
      modified: '2025-01-01T00:00:00Z',
      affected: [
        entry('npm', 'left', {
          ranges: [{ type: 'SEMVER', events: [{ introduced: '1.5.0' }, { fixed: '1.5.0' }] }],
        }),
      ],
    },
    {
      id: 'ALPINE-CVE-2024-9143',
      modified: '2025-01-01T00:00:00Z',
      upstream: ['CVE-2024-9143'],
      affected: [
        entry('Alpine:v3.20', 'openssl', {
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.3.2-r1' }] }],
        }),
        entry('Alpine', 'openssl', {
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '3.3.3-r0' }, { fixed: '3.3.3-r2' }] }],
        }),
        entry('Alpine:v3.19', 'openssl', {
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.7-r1' }] }],
        }),
      ],
    },
  ];

  async function dbOf(
    records: OsvRecord[],
    ecosystems: string[],
  ): Promise<{ dir: string; db: AdvisoryDatabase }> {
    const dir = tmp();
    const updates = new Map();
    for (const eco of ecosystems) {
      const b = new EcosystemIndexBuilder(eco);
      for (const r of records) b.add(r);
      updates.set(eco, {
        content: b.build(),
        state: { records: b.size, entries: b.entries, fetchedAt: '2025-01-01T00:00:00Z', source: 'test' },
      });
    }
    await writeDatabase(dir, undefined, updates);
    return { dir, db: await AdvisoryDatabase.open(dir) };
  }

  it('crafted ranges: unsorted events, limit, last_affected, versions lists, a bad bound, bare distro entries', async () => {
    const { dir, db } = await dbOf(crafted, ['npm', 'PyPI', 'Alpine']);
    const probes = [
      ...probesOf(crafted),
      '1.3.9',
      '2.1.2',
      '3.2.0',
      '3.2.1',
      '0.4.9',
      '1.0.0',
      '1.1',
      '1.1.0',
      '3.3.2-r0',
      '3.3.3-r1',
    ];
    const queries: [string, string[]][] = [
      ['npm', ['left']],
      ['PyPI', ['some-pkg']],
      ['PyPI', ['Some.Pkg', 'other']],
      ['Alpine:v3.20', ['openssl']],
      ['Alpine:v3.19', ['openssl']],
    ];
    let affected = 0;
    for (const [eco, names] of queries)
      for (const v of probes) {
        const got = viaIndex(db, eco, names, v);
        expect(got, `${eco} ${names.join(',')} ${v}`).toEqual(reference(db, eco, names, v));
        affected += got.filter((h) => h.result.verdict === 'affected').length;
      }
    expect(affected).toBeGreaterThan(20);
    // Spot checks a user would notice.
    const left = (v: string) => viaIndex(db, 'npm', ['left'], v).map((h) => [h.id, h.result.verdict]);
    expect(left('1.3.9')).toEqual([
      ['X-bad-bound', 'unknown'],
      ['X-unsorted', 'affected'],
    ]);
    expect(left('1.4.0')).toEqual([['X-bad-bound', 'unknown']]);
    expect(left('0.4.9')).toEqual([
      ['X-bad-bound', 'unknown'],
      ['X-unsorted', 'affected'],
    ]);
    expect(viaIndex(db, 'npm', ['left'], '2.1.0').find((h) => h.id === 'X-unsorted')?.result).toMatchObject({
      via: 'range',
      fixed: ['2.1.3'],
    });
    expect(viaIndex(db, 'PyPI', ['some-pkg'], '1.1.0')[0]?.result).toMatchObject({
      via: 'versions',
      fixed: ['1.2'],
    });
    expect(viaIndex(db, 'Alpine:v3.20', ['openssl'], '3.3.2-r0').map((h) => h.id)).toEqual([
      'ALPINE-CVE-2024-9143',
    ]);
    expect(viaIndex(db, 'Alpine:v3.20', ['openssl'], '3.3.2-r1')).toEqual([]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses a record only when it matches: a damaged record stays unread until a version it affects is asked', async () => {
    const { dir, db } = await dbOf(crafted, ['npm']);
    db.close();
    const file = join(dir, db.state('npm')?.file as string);
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf('"id":"X-empty"');
    expect(at).toBeGreaterThan(0);
    bytes.write('#', at - 1); // the record's opening brace: same size, no longer JSON
    writeFileSync(file, bytes);
    const damaged = await AdvisoryDatabase.open(dir);
    // X-empty affects nothing: decided from the pre-compiled ranges, its JSON never read.
    expect(damaged.hits('npm', ['left'], '1.5.0').map((h) => h.record.id)).toEqual(['X-bad-bound']);
    expect(() => damaged.lookup('npm', 'left')).toThrow(
      `advisory index ${file} is corrupt: record X-empty is not JSON; run 'lading db update' to rebuild it`,
    );
    damaged.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an index of format version 2 (ranges sorted at build) is refused as another version, and a refresh rebuilds it', async () => {
    const server = await new OsvExportServer().start();
    try {
      await server.publish(
        'npm',
        crafted.filter((r) => r.affected?.[0]?.package?.ecosystem === 'npm'),
      );
      const dir = tmp();
      const warnings: string[] = [];
      const refresh = () =>
        refreshDatabase({
          dir,
          source: openSource(server.url),
          ecosystems: ['npm'],
          warn: (m) => warnings.push(m),
        });
      await refresh();
      const manifestPath = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      expect(manifest.version).toBe(3);
      // What the previous lading left: its magic in the file, version 2 in the manifest.
      const file = join(dir, manifest.ecosystems.npm.file);
      const bytes = readFileSync(file);
      bytes.write('LADOSV02', 0, 'ascii');
      writeFileSync(file, bytes);
      const db = await AdvisoryDatabase.open(dir);
      expect(() => db.hits('npm', ['left'], '1.0.0')).toThrow(
        expect.objectContaining({
          problem: 'version',
          message: `advisory index ${file} has another format version; run 'lading db update' to rebuild it`,
        }),
      );
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: 2 }));
      await expect(AdvisoryDatabase.open(dir)).rejects.toMatchObject({
        problem: 'version',
        message: `${manifestPath} has format version 2, lading reads 3; run 'lading db update' to rebuild it`,
      });
      const rebuilt = await refresh();
      expect(rebuilt.ecosystems[0]?.mode).toBe('full');
      expect(warnings.at(-1)).toMatch(/has format version 2, lading reads 3.*rebuilding it$/);
      const again = await AdvisoryDatabase.open(dir);
      expect(again.manifest.version).toBe(3);
      expect(again.hits('npm', ['left'], '1.0.0').map((h) => h.record.id)).toEqual([
        'X-bad-bound',
        'X-unsorted',
      ]);
      again.close();
      rmSync(dir, { recursive: true, force: true });
    } finally {
      await server.stop();
    }
  });

  it.skipIf(!OSV_DIR)(
    'real GHSA, PyPA, Go and RustSec records: the same verdicts at every version their ranges name',
    async () => {
      const real = realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec');
      const ecosystems = [...real.keys()];
      const all = [...new Map([...real.values()].flat().map((r) => [r.id, r])).values()];
      const { dir, db } = await dbOf(all, ecosystems);
      let compared = 0;
      let affected = 0;
      for (const eco of ecosystems) {
        const index = db.index(eco);
        for (const key of index?.keys() ?? []) {
          const [keyEco, name] = key.split('\u0000') as [string, string];
          const records = db.lookup(keyEco, name);
          for (const v of probesOf(records)) {
            const got = viaIndex(db, keyEco, [name], v);
            expect(got, `${keyEco} ${name} ${v}`).toEqual(reference(db, keyEco, [name], v));
            compared++;
            affected += got.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(500);
      expect(affected).toBeGreaterThan(100);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
