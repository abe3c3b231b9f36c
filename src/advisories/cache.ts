import { createHash } from 'node:crypto';
import { INDEX_VERSION } from './database.js';

// The advisory database travels between CI runs in the Actions cache. Cache
// entries are immutable, so a fixed key would pin the data to the day it was
// first saved; the key therefore carries the date, and restore-keys fall back
// to the newest entry of an earlier day (the cache service picks the most
// recent entry that matches a prefix), which an incremental refresh then brings
// up to date before it is saved under today's key. The adapter is an interface
// so that domain code never imports @actions/*: the real one is src/github/cache.ts.

export interface CacheAdapter {
  /** Restores `paths`; the key that matched, or undefined on a miss. Throws on failure. */
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`. Throws on failure (including "key already exists"). */
  save(paths: string[], key: string): Promise<void>;
}

export interface CacheKeys {
  key: string;
  restoreKeys: string[];
}

/** A short, order-independent name for a set of export ecosystems. */
export function ecosystemsHash(ecosystems: readonly string[]): string {
  const canonical = [...new Set(ecosystems)].sort().join('\n');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/**
 * `lading-osv-v<format>-<ecosystems-hash>-<YYYY-MM-DD>` (UTC day); restore-keys:
 * the same ecosystems on an earlier day, then any ecosystems (a superset or an
 * overlap still saves most of a fill).
 */
export function cacheKeys(ecosystems: readonly string[], now: Date): CacheKeys {
  const prefix = `lading-osv-v${INDEX_VERSION}-`;
  const withEcosystems = `${prefix}${ecosystemsHash(ecosystems)}-`;
  return {
    key: `${withEcosystems}${now.toISOString().slice(0, 10)}`,
    restoreKeys: [withEcosystems, prefix],
  };
}
