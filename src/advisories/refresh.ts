import { describeError, LadingError } from '../errors.js';
import {
  AdvisoryDatabase,
  DatabaseError,
  type DatabaseManifest,
  EcosystemIndexBuilder,
  type EcosystemUpdate,
  writeDatabase,
} from './database.js';
import type { AdvisorySource } from './source.js';

// Bringing ecosystems of the database up to date from a source: a full fill
// from `all.zip` the first time (or when the index cannot be read, or when so
// much changed that one archive is cheaper), else an incremental refresh that
// reads only the newest lines of `modified_id.csv` and fetches just the records
// modified since the last refresh. Ecosystems fail one by one: one export that
// cannot be read leaves the others' refresh intact, and its last good data in place.

export type RefreshMode = 'full' | 'incremental' | 'current' | 'failed';

export interface EcosystemRefresh {
  ecosystem: string;
  mode: RefreshMode;
  /** Records in the index afterwards. */
  records: number;
  added: number;
  changed: number;
  /** Withdrawn upstream, or no longer published: taken out of the index. */
  removed: number;
  /** Records the source had but that were not valid OSV (each was warned about). */
  skipped: number;
  /** Why a refresh failed (one line). */
  error?: string;
}

export interface RefreshOptions {
  dir: string;
  source: AdvisorySource;
  /** Export ecosystem names (`npm`, `PyPI`, `Alpine`, `Debian`). */
  ecosystems: readonly string[];
  warn: (message: string) => void;
  now?: () => Date;
  /** A refresh that would fetch more records than this share of the index refills instead. Default 0.25. */
  refillRatio?: number;
  /** Records fetched at once in an incremental refresh. Default 8. */
  concurrency?: number;
  /** Refill even when an incremental refresh is possible. */
  full?: boolean;
}

export interface RefreshResult {
  manifest: DatabaseManifest | undefined;
  ecosystems: EcosystemRefresh[];
  /** Bytes received from the source in this refresh. */
  bytes: number;
  requests: number;
}

async function openForRefresh(dir: string, warn: (m: string) => void): Promise<AdvisoryDatabase | undefined> {
  try {
    return await AdvisoryDatabase.openIfPresent(dir);
  } catch (err) {
    if (!(err instanceof DatabaseError)) throw err;
    warn(`${err.message}; rebuilding it`);
    return undefined;
  }
}

export async function refreshDatabase(options: RefreshOptions): Promise<RefreshResult> {
  const { source, warn } = options;
  const now = options.now ?? (() => new Date());
  const db = await openForRefresh(options.dir, warn);
  const bytesBefore = source.bytes;
  const requestsBefore = source.requests;
  const updates = new Map<string, EcosystemUpdate>();
  const results: EcosystemRefresh[] = [];
  for (const ecosystem of [...new Set(options.ecosystems)]) {
    try {
      const { result, update } = await refreshOne(ecosystem, db, options, now);
      results.push(result);
      updates.set(ecosystem, update);
    } catch (err) {
      if (!(err instanceof LadingError)) throw err;
      const error = describeError(err);
      warn(`advisories for ${ecosystem} could not be refreshed from ${source.location}: ${error}`);
      results.push({
        ecosystem,
        mode: 'failed',
        records: db?.state(ecosystem)?.records ?? 0,
        added: 0,
        changed: 0,
        removed: 0,
        skipped: 0,
        error,
      });
    }
  }
  const manifest = updates.size > 0 ? await writeDatabase(options.dir, db?.manifest, updates) : db?.manifest;
  db?.close();
  return {
    manifest,
    ecosystems: results,
    bytes: source.bytes - bytesBefore,
    requests: source.requests - requestsBefore,
  };
}

async function refreshOne(
  ecosystem: string,
  db: AdvisoryDatabase | undefined,
  options: RefreshOptions,
  now: () => Date,
): Promise<{ result: EcosystemRefresh; update: EcosystemUpdate }> {
  const { source, warn } = options;
  const previous = db?.state(ecosystem);
  let index: ReturnType<AdvisoryDatabase['index']>;
  if (previous && db && !options.full) {
    try {
      index = db.index(ecosystem);
    } catch (err) {
      if (!(err instanceof DatabaseError)) throw err;
      warn(`${err.message}; refilling ${ecosystem}`);
    }
  }
  const base = { ecosystem, added: 0, changed: 0, removed: 0, skipped: 0 };

  if (index && previous?.lastModified) {
    const listed = await source.changesSince(ecosystem, previous.lastModified);
    const limit = Math.max(100, Math.ceil(index.size * (options.refillRatio ?? 0.25)));
    if (listed && listed.changes.length === 0) {
      return {
        result: { ...base, mode: 'current', records: index.size },
        update: { state: { ...stateOf(previous), fetchedAt: now().toISOString(), source: source.location } },
      };
    }
    if (listed && listed.changes.length <= limit) {
      const builder = EcosystemIndexBuilder.from(index);
      const counts = { ...base };
      await eachLimited(listed.changes, options.concurrency ?? 8, async (change) => {
        const record = await source.record(ecosystem, change.id);
        if (record === 'invalid') {
          counts.skipped++; // the old version, if any, stays: better than nothing
          return;
        }
        const existed = builder.has(change.id);
        if (!record) {
          if (builder.remove(change.id)) counts.removed++;
          return;
        }
        const indexed = builder.add(record);
        if (existed && !indexed) counts.removed++;
        else if (existed) counts.changed++;
        else if (indexed) counts.added++;
      });
      const newest = listed.newest ?? previous.lastModified;
      return {
        result: { ...counts, mode: 'incremental', records: builder.size },
        update: {
          content: builder.build(),
          state: {
            records: builder.size,
            entries: builder.entries,
            lastModified: laterOf(previous.lastModified, newest),
            fetchedAt: now().toISOString(),
            source: source.location,
          },
        },
      };
    }
  }

  const builder = new EcosystemIndexBuilder(ecosystem);
  const fill = await source.all(ecosystem, (record) => {
    builder.add(record);
  });
  const state: EcosystemUpdate['state'] = {
    records: builder.size,
    entries: builder.entries,
    fetchedAt: now().toISOString(),
    source: source.location,
  };
  if (fill.lastModified) state.lastModified = fill.lastModified;
  return {
    result: { ...base, mode: 'full', records: builder.size, added: builder.size, skipped: fill.skipped },
    update: { content: builder.build(), state },
  };
}

function stateOf(s: NonNullable<ReturnType<AdvisoryDatabase['state']>>): EcosystemUpdate['state'] {
  const { file: _file, bytes: _bytes, ...rest } = s;
  return rest;
}

function laterOf(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
