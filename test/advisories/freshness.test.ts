import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CacheAdapter, cacheKeys } from '../../src/advisories/cache.js';
import { type PrepareOptions, prepareDatabase, StaleDataError } from '../../src/advisories/freshness.js';
import type { OsvRecord } from '../../src/advisories/osv.js';
import { openSource } from '../../src/advisories/source.js';
import { OperationError } from '../../src/errors.js';
import { OSV_DIR, OsvExportServer, realRecords } from './osv-fixtures.js';

// Freshness across runs, as CI sees it: a cache that restores by exact key or
// by prefix (newest first) and refuses to overwrite a key, like the Actions
// cache; a server in OSV's export layout with real advisories; a clock per run.

/** The Actions cache's contract: immutable keys, prefix restore-keys picking the newest entry. */
class MemoryCache implements CacheAdapter {
  readonly entries: { key: string; dir: string }[] = [];
  readonly root = mkdtempSync(join(tmpdir(), 'lading-cache-'));
  failRestore = false;
  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    if (this.failRestore) throw new Error('Cache service responded with 503');
    const hit =
      this.entries.find((e) => e.key === key) ??
      restoreKeys.map((p) => this.entries.findLast((e) => e.key.startsWith(p))).find(Boolean);
    if (!hit) return undefined;
    rmSync(paths[0] as string, { recursive: true, force: true });
    cpSync(hit.dir, paths[0] as string, { recursive: true });
    return hit.key;
  }
  async save(paths: string[], key: string): Promise<void> {
    if (this.entries.some((e) => e.key === key)) throw new Error(`Unable to reserve cache with key ${key}`);
    const dir = join(this.root, String(this.entries.length));
    cpSync(paths[0] as string, dir, { recursive: true });
    this.entries.push({ key, dir });
  }
}

describe.skipIf(!OSV_DIR)('advisory freshness across runs', () => {
  const server = new OsvExportServer();
  let npm: OsvRecord[];
  let logs: { info: string[]; warn: string[] };
  let sourceBuilt = 0;

  const run = (over: Partial<PrepareOptions> & { at: string; dir: string }) =>
    prepareDatabase({
      ecosystems: ['npm', 'PyPI'],
      source: () => {
        sourceBuilt++;
        return openSource(server.url, { sleep: async () => {}, warn: (m) => logs.warn.push(m) });
      },
      log: { info: (m) => logs.info.push(m), warn: (m) => logs.warn.push(m) },
      now: () => new Date(over.at),
      ...over,
    });

  beforeAll(async () => {
    const real = realRecords('ghsa', 'pypa');
    npm = real.get('npm') as OsvRecord[];
    await server.start();
    await server.publish('npm', npm);
    await server.publish('PyPI', real.get('PyPI') as OsvRecord[]);
  });
  afterAll(() => server.stop());
  afterEach(() => {
    server.log.length = 0;
    server.faults.clear();
    sourceBuilt = 0;
  });

  it('fills once, is restored from a daily cache key, makes no request while fresh, and refreshes incrementally the next day', async () => {
    const cache = new MemoryCache();
    logs = { info: [], warn: [] };
    // Day 1, first run: nothing cached, a full fill, saved under today's key.
    const day1 = mkdtempSync(join(tmpdir(), 'lading-run-'));
    const first = await run({ dir: day1, cache, at: '2025-06-01T08:00:00Z' });
    expect(first.ecosystems.map((e) => e.action)).toEqual(['full', 'full']);
    expect(first.cache).toMatchObject({
      saved: true,
      key: cacheKeys(['npm', 'PyPI'], new Date('2025-06-01')).key,
    });
    expect(cache.entries.map((e) => e.key)).toEqual([first.cache.key]);
    const fullBytes = first.bytes;

    // Day 1, a later job on a fresh runner: exact cache hit, fresh data, no request at all.
    server.log.length = 0;
    sourceBuilt = 0;
    const warm = await run({
      dir: mkdtempSync(join(tmpdir(), 'lading-run-')),
      cache,
      at: '2025-06-01T10:00:00Z',
    });
    expect(warm.cache).toMatchObject({ restoredKey: first.cache.key, saved: false });
    expect(warm.ecosystems.map((e) => e.action)).toEqual(['fresh', 'fresh']);
    expect(server.log).toEqual([]);
    expect(sourceBuilt).toBe(0);
    expect(warm.db.lookup('npm', 'lodash').length).toBeGreaterThan(0);

    // Day 2: yesterday's entry via restore-keys, an incremental refresh, saved under today's key.
    const changed = { ...(npm[0] as OsvRecord), modified: '2025-06-01T20:00:00Z', summary: 'updated' };
    await server.publish('npm', [changed, ...npm.slice(1)]);
    server.log.length = 0;
    const day2 = await run({
      dir: mkdtempSync(join(tmpdir(), 'lading-run-')),
      cache,
      at: '2025-06-02T08:00:00Z',
    });
    expect(day2.cache.restoredKey).toBe(first.cache.key);
    expect(day2.ecosystems.map((e) => [e.ecosystem, e.action])).toEqual([
      ['PyPI', 'current'],
      ['npm', 'incremental'],
    ]);
    expect(server.log.sort()).toEqual([
      '/PyPI/modified_id.csv',
      `/npm/${changed.id}.json`,
      '/npm/modified_id.csv',
    ]);
    expect(day2.bytes).toBeLessThan(fullBytes / 10);
    expect(day2.cache).toMatchObject({
      saved: true,
      key: cacheKeys(['npm', 'PyPI'], new Date('2025-06-02')).key,
    });
    expect(
      day2.db.lookup('npm', changed.affected?.[0]?.package?.name as string).find((r) => r.id === changed.id)
        ?.summary,
    ).toBe('updated');
    expect(logs.warn).toEqual([]);
    rmSync(cache.root, { recursive: true, force: true });
  });

  it('a cache restore failure and a failing server: the run goes on with the last good data and says how old it is', async () => {
    logs = { info: [], warn: [] };
    const dir = mkdtempSync(join(tmpdir(), 'lading-run-'));
    await run({ dir, at: '2025-06-01T00:00:00Z' });
    const cache = new MemoryCache();
    cache.failRestore = true;
    server.fail('/npm/modified_id.csv', ...Array(5).fill({ status: 500 }));
    server.fail('/PyPI/modified_id.csv', ...Array(5).fill({ status: 429 }));
    const later = await run({ dir, cache, at: '2025-06-03T00:00:00Z', policy: { maxAgeHours: 72 } });
    expect(later.ecosystems.map((e) => [e.ecosystem, e.action, e.ageHours, e.stale])).toEqual([
      ['PyPI', 'failed', 48, false],
      ['npm', 'failed', 48, false],
    ]);
    expect(logs.warn).toContain(
      `advisory cache restore failed (Cache service responded with 503); going on with what is in ${dir}`,
    );
    expect(logs.warn).toContain(
      'using the last good data: advisories for npm are 48 hours old (fetched 2025-06-01T00:00:00.000Z; refresh failed)',
    );
    expect(later.db.lookup('npm', 'lodash').length).toBeGreaterThan(0);
    // nothing new: nothing saved
    expect(cache.entries).toEqual([]);

    // Older than max-age: warn and go on, or fail, as the policy says.
    server.fail('/npm/modified_id.csv', ...Array(5).fill({ status: 500 }));
    server.fail('/PyPI/modified_id.csv', ...Array(5).fill({ status: 500 }));
    logs = { info: [], warn: [] };
    const warned = await run({
      dir,
      at: '2025-06-03T00:00:00Z',
      policy: { maxAgeHours: 24, onStale: 'warn' },
    });
    expect(warned.ecosystems.every((e) => e.stale)).toBe(true);
    expect(logs.warn).toContain(
      'advisories for npm are 48 hours old (fetched 2025-06-01T00:00:00.000Z; refresh failed), older than max-age 24 hours; going on with it as max-age allows (on-stale: warn)',
    );

    server.fail('/npm/modified_id.csv', ...Array(5).fill({ status: 500 }));
    server.fail('/PyPI/modified_id.csv', ...Array(5).fill({ status: 500 }));
    const err = await run({
      dir,
      at: '2025-06-03T00:00:00Z',
      policy: { maxAgeHours: 24, onStale: 'fail' },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(StaleDataError);
    expect(err.message).toBe(
      'advisories for PyPI are 48 hours old (fetched 2025-06-01T00:00:00.000Z; refresh failed), older than max-age 24 hours; ' +
        'advisories for npm are 48 hours old (fetched 2025-06-01T00:00:00.000Z; refresh failed), older than max-age 24 hours (on-stale: fail)',
    );
  });

  it('offline never touches the network: old data is judged by max-age, missing data is an error', async () => {
    logs = { info: [], warn: [] };
    const dir = mkdtempSync(join(tmpdir(), 'lading-run-'));
    await run({ dir, at: '2025-06-01T00:00:00Z' });
    sourceBuilt = 0;
    server.log.length = 0;
    const offline = await run({
      dir,
      at: '2025-06-01T12:00:00Z',
      policy: { offline: true, maxAgeHours: 24 },
    });
    expect(offline.ecosystems.map((e) => e.action)).toEqual(['offline', 'offline']);
    expect(logs.warn).toContain(
      'using the last good data: advisories for npm are 12 hours old (fetched 2025-06-01T00:00:00.000Z; offline)',
    );
    await expect(
      run({ dir, at: '2025-06-05T00:00:00Z', policy: { offline: true, maxAgeHours: 24, onStale: 'fail' } }),
    ).rejects.toThrow(/advisories for PyPI are 96 hours old .*offline\), older than max-age 24 hours/);
    const err = await run({
      dir,
      ecosystems: ['npm', 'Go'],
      at: '2025-06-01T12:00:00Z',
      policy: { offline: true },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect(err.message).toBe(`no advisory data in ${dir} for Go (offline: not fetched)`);
    expect(sourceBuilt).toBe(0);
    expect(server.log).toEqual([]);
  });

  it('a corrupt database is rebuilt when the network is allowed', async () => {
    logs = { info: [], warn: [] };
    const dir = mkdtempSync(join(tmpdir(), 'lading-run-'));
    await run({ dir, at: '2025-06-01T00:00:00Z' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'manifest.json'), '{ broken');
    const again = await run({ dir, at: '2025-06-01T01:00:00Z' });
    expect(again.ecosystems.map((e) => e.action)).toEqual(['full', 'full']);
    expect(logs.warn[0]).toBe(
      `${join(dir, 'manifest.json')} is corrupt: not JSON; run 'lading db update' to rebuild it`,
    );
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});

describe('cache keys', () => {
  it('change daily, do not depend on ecosystem order, and fall back to older days', () => {
    const k1 = cacheKeys(['npm', 'Alpine'], new Date('2025-06-01T23:59:00Z'));
    const k2 = cacheKeys(['Alpine', 'npm', 'npm'], new Date('2025-06-02T00:01:00Z'));
    expect(k1.key).toMatch(/^lading-osv-v3-[0-9a-f]{12}-2025-06-01$/);
    expect(k2.key).toBe(k1.key.replace('2025-06-01', '2025-06-02'));
    expect(k1.restoreKeys).toEqual([k1.key.slice(0, -'2025-06-01'.length), 'lading-osv-v3-']);
    expect(cacheKeys(['npm'], new Date('2025-06-01')).key).not.toBe(k1.key);
  });
});
