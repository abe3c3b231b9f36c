import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { displayUrl, Fetcher } from '../../src/advisories/fetcher.js';
import type { OsvRecord } from '../../src/advisories/osv.js';
import { parseModifiedLine } from '../../src/advisories/osv-export.js';
import { OSV_PUBLIC_URL, openSource } from '../../src/advisories/source.js';
import { NotFoundError, OperationError } from '../../src/errors.js';
import { OSV_DIR, OsvExportServer, realRecords } from './osv-fixtures.js';

// The source against a local server in OSV's export layout, publishing real
// advisories (GHSA, PyPA — YAML published as JSON, as OSV's export is —, Go
// vulndb, RustSec, AlmaLinux), and against the testdata directories as they are.

describe.skipIf(!OSV_DIR)('OSV export source over HTTP', () => {
  const server = new OsvExportServer();
  let real: Map<string, OsvRecord[]>;
  let warnings: string[] = [];
  const sleeps: number[] = [];
  const source = () =>
    openSource(server.url, { warn: (m) => warnings.push(m), sleep: async (ms) => void sleeps.push(ms) });

  beforeAll(async () => {
    real = realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec', 'almalinux');
    await server.start();
    for (const eco of ['npm', 'PyPI', 'Go', 'crates.io', 'AlmaLinux', 'Maven'])
      await server.publish(eco, real.get(eco) ?? []);
  });
  afterAll(() => server.stop());
  afterEach(() => {
    warnings = [];
    sleeps.length = 0;
    server.log.length = 0;
  });

  it('fills an ecosystem from all.zip with every record, and fetches only the ecosystems asked for', async () => {
    const src = source();
    for (const eco of ['PyPI', 'Go']) {
      const got: OsvRecord[] = [];
      const result = await src.all(eco, (r) => got.push(r));
      const want = real.get(eco) ?? [];
      expect(want.length).toBeGreaterThan(100);
      expect(result).toMatchObject({ records: want.length, skipped: 0 });
      expect(new Set(got.map((r) => r.id))).toEqual(new Set(want.map((r) => r.id)));
      const newest = want.reduce(
        (a, r) => (Date.parse(r.modified) > Date.parse(a) ? r.modified : a),
        '1970-01-01T00:00:00Z',
      );
      expect(result.lastModified).toBe(newest);
    }
    expect(server.log).toEqual(['/PyPI/all.zip', '/Go/all.zip']);
    expect(src.bytes).toBe(server.bytesSent);
    expect(warnings).toEqual([]);
  });

  it('escapes ecosystem and record ids with spaces and colons in URLs', async () => {
    const alma = real.get('AlmaLinux')?.find((r) => r.id.includes(':')) as OsvRecord;
    const got = await source().record('AlmaLinux', alma.id);
    expect(got).toMatchObject({ id: alma.id });
    expect(server.log).toEqual([`/AlmaLinux/${alma.id}.json`]);
    expect(await source().record('AlmaLinux', 'ALSA-0000:0000')).toBeUndefined();
  });

  it('a truncated zip is an error naming the URL', async () => {
    const whole = server.files.get('/npm/all.zip') as Buffer;
    server.files.set('/broken/all.zip', whole.subarray(0, Math.floor(whole.length / 2)));
    const err = await source()
      .all('broken', () => {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect(err.message).toContain(`${server.url}/broken/all.zip`);
    expect(err.message).toMatch(/truncated or corrupt zip/);
  });

  it('a record that is not valid OSV is skipped with a warning naming its id and field', async () => {
    const good = real.get('crates.io') as OsvRecord[];
    const bad = { ...good[0], id: 'RUSTSEC-0000-0001', modified: 'yesterday' };
    await server.publish('crates-bad', good, [
      { name: 'RUSTSEC-0000-0001.json', bytes: Buffer.from(JSON.stringify(bad)) },
      { name: 'garbage.json', bytes: Buffer.from('{"id": ') },
    ]);
    const got: OsvRecord[] = [];
    const result = await source().all('crates-bad', (r) => got.push(r));
    expect(result).toMatchObject({ records: good.length, skipped: 2 });
    expect(got.map((r) => r.id)).not.toContain('RUSTSEC-0000-0001');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /record RUSTSEC-0000-0001 is not valid OSV: field modified: 'yesterday' is not an RFC 3339/,
    );
    expect(warnings[0]).toContain('all.zip!RUSTSEC-0000-0001.json');
    expect(warnings[1]).toMatch(/garbage\.json: not valid JSON/);
  });

  it('reads only the new lines of modified_id.csv and warns about bad lines by number', async () => {
    server.files.set(
      '/csv/modified_id.csv',
      Buffer.from(
        [
          '2025-03-04T10:00:00Z,GHSA-aaaa-bbbb-cccc',
          'not a line',
          '2025-03-03T10:00:00Z,PYSEC-2025-1',
          'yesterday,PYSEC-2025-2',
          '2025-03-02T10:00:00Z,has space',
          '2025-03-02T09:00:00Z,GHSA-aaaa-bbbb-cccc',
          '2025-03-01T00:00:00Z,OLD-1',
          '2025-02-01T00:00:00Z,OLDER-1',
        ].join('\n'),
      ),
    );
    const changes = await source().changesSince('csv', '2025-03-01T00:00:00Z');
    expect(changes?.changes.map((c) => c.id)).toEqual(['GHSA-aaaa-bbbb-cccc', 'PYSEC-2025-1']);
    expect(changes?.newest).toBe('2025-03-04T10:00:00Z');
    expect(warnings).toEqual([
      `${server.url}/csv/modified_id.csv: line 2: no comma between time and id; skipped`,
      `${server.url}/csv/modified_id.csv: line 4: 'yesterday' is not an RFC 3339 time; skipped`,
      `${server.url}/csv/modified_id.csv: line 5: 'has space' is not an advisory id; skipped`,
    ]);
  });

  it('retries 500 and 429 (honouring Retry-After) and gives up after a bounded number of attempts', async () => {
    server.fail('/PyPI/modified_id.csv', { status: 500 }, { status: 429, retryAfter: '7' }, 'reset');
    const changes = await source().changesSince('PyPI', '2100-01-01T00:00:00Z');
    expect(changes?.changes).toEqual([]);
    expect(server.log).toEqual(Array(4).fill('/PyPI/modified_id.csv'));
    // exponential backoff from 500 ms, and the server's 7 s for the 429
    expect(sleeps).toEqual([500, 7000, 2000]);
    expect(warnings[1]).toMatch(/HTTP 429; retrying in 7 s/);

    server.fail('/npm/modified_id.csv', ...Array(10).fill({ status: 503 }));
    const err = await source()
      .changesSince('npm', '2000-01-01T00:00:00Z')
      .catch((e) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect(err.message).toBe(`GET ${server.url}/npm/modified_id.csv: HTTP 503 (gave up after 5 attempts)`);
    server.faults.clear();
  });

  it('an ecosystem the server does not publish is a not-found error naming the URL', async () => {
    const err = await source()
      .all('NoSuchEcosystem', () => {})
      .catch((e) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe(`GET ${server.url}/NoSuchEcosystem/all.zip: HTTP 404 not found`);
  });
});

describe.skipIf(!OSV_DIR)('local directory source (air-gapped)', () => {
  it('reads OSV YAML and JSON files at any depth, per ecosystem, warning about files that are not OSV', async () => {
    const warnings: string[] = [];
    const src = openSource(OSV_DIR as string, { warn: (m) => warnings.push(m) });
    expect(src.remote).toBe(false);
    const pypi: OsvRecord[] = [];
    await src.all('PyPI', (r) => pypi.push(r));
    const want = realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec', 'almalinux').get('PyPI') ?? [];
    expect(pypi.map((r) => r.id).sort()).toEqual(want.map((r) => r.id).sort());
    expect(pypi.some((r) => r.id.startsWith('PYSEC-'))).toBe(true);
    // ghsa/provenance.json, the Alpine secdb and Debian tracker JSON are not OSV
    expect(warnings.some((w) => /provenance\.json.*not valid OSV.*skipped/.test(w))).toBe(true);
    expect(await src.changesSince('PyPI', '2020-01-01T00:00:00Z')).toBeUndefined();
  });

  it('a directory in the export layout is read from its all.zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lading-osv-dir-'));
    try {
      const server = new OsvExportServer();
      const records = realRecords('rustsec').get('crates.io') as OsvRecord[];
      await server.publish('crates.io', records);
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(join(dir, 'crates.io'));
      writeFileSync(join(dir, 'crates.io', 'all.zip'), server.files.get('/crates.io/all.zip') as Buffer);
      const got: string[] = [];
      const result = await openSource(`file://${dir}`).all('crates.io', (r) => got.push(r.id));
      expect(result.records).toBe(records.length);
      expect(got.sort()).toEqual(records.map((r) => r.id).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('source details', () => {
  it('defaults to OSV public bucket', () => {
    expect(openSource(undefined).location).toBe(OSV_PUBLIC_URL);
    expect(openSource(undefined).remote).toBe(true);
  });

  it('never shows credentials of a mirror URL', () => {
    expect(displayUrl('https://user:s3cret@mirror.example/osv')).toBe('https://mirror.example/osv');
    expect(openSource('https://user:s3cret@mirror.example/osv').location).not.toContain('s3cret');
  });

  it('parses modified_id.csv lines', () => {
    expect(parseModifiedLine('2024-10-10T12:00:00.123456Z,ALSA-2024:1234')).toMatchObject({
      id: 'ALSA-2024:1234',
      modified: '2024-10-10T12:00:00.123456Z',
    });
    expect(parseModifiedLine('2024-10-10,X')).toMatch(/not an RFC 3339 time/);
  });

  it('a network error on every attempt names the URL, not a stack', async () => {
    const f = new Fetcher({
      retries: 1,
      sleep: async () => {},
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
      },
    });
    await expect(f.bytesOf('http://127.0.0.1:9/npm/all.zip')).rejects.toThrow(
      'GET http://127.0.0.1:9/npm/all.zip: fetch failed: connect ECONNREFUSED 127.0.0.1:9 (gave up after 2 attempts)',
    );
  });
});
