import { describeError, OperationError } from '../errors.js';
import { type CacheAdapter, cacheKeys } from './cache.js';
import { AdvisoryDatabase, DatabaseError } from './database.js';
import type { RefreshMode } from './refresh.js';
import type { AdvisorySource } from './source.js';

// How old advisory data may be, and what a run does about it. The rules:
// - data younger than `refreshAfterHours` is used as it is: a warm run with
//   fresh data makes no network request at all;
// - older data is refreshed (incrementally); `offline` never touches the network;
// - when a refresh fails, the run goes on with the last good data and says how
//   old it is; if that is older than `maxAgeHours`, it warns or fails, as asked;
// - an ecosystem with no data at all fails the run: scanning without its
//   advisories would report "no vulnerabilities" for every package in it.

export type StaleAction = 'warn' | 'fail';

export interface FreshnessPolicy {
  /** Data older than this that cannot be refreshed is stale. Undefined: any age is used. */
  maxAgeHours?: number;
  onStale: StaleAction;
  offline: boolean;
  /** Data younger than this is not refreshed. */
  refreshAfterHours: number;
}

export const DEFAULT_POLICY: FreshnessPolicy = { onStale: 'warn', offline: false, refreshAfterHours: 6 };

/** Data was too old, could not be refreshed, and the policy says fail. */
export class StaleDataError extends OperationError {}

export interface FreshnessLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface PrepareOptions {
  dir: string;
  /** Export ecosystems the run needs (`npm`, `Alpine`…). */
  ecosystems: readonly string[];
  /** Called only when the network is needed, so an offline run never even builds one. */
  source: () => AdvisorySource | Promise<AdvisorySource>;
  policy?: Partial<FreshnessPolicy>;
  cache?: CacheAdapter;
  log: FreshnessLog;
  now?: () => Date;
  /** Refresh whatever the age (`lading db update`). */
  force?: boolean;
  /** Refill from all.zip instead of refreshing incrementally. */
  full?: boolean;
}

export interface EcosystemStatus {
  ecosystem: string;
  /** What this run did: a refresh mode, 'fresh' (young enough, not asked), or 'offline'. */
  action: RefreshMode | 'fresh' | 'offline';
  records: number;
  fetchedAt?: string;
  ageHours?: number;
  lastModified?: string;
  stale: boolean;
  error?: string;
}

export interface PreparedDatabase {
  db: AdvisoryDatabase;
  ecosystems: EcosystemStatus[];
  cache: { key?: string; restoredKey?: string; saved: boolean; error?: string };
  bytes: number;
  requests: number;
}

export function ageHours(fetchedAt: string, now: Date): number {
  return (now.getTime() - Date.parse(fetchedAt)) / 3_600_000;
}

function hours(h: number): string {
  return h < 1 ? `${Math.round(h * 60)} minutes` : `${Math.round(h * 10) / 10} hours`;
}

async function openTolerant(dir: string, log: FreshnessLog): Promise<AdvisoryDatabase | undefined> {
  try {
    return await AdvisoryDatabase.openIfPresent(dir);
  } catch (err) {
    if (!(err instanceof DatabaseError)) throw err;
    log.warn(err.message);
    return undefined;
  }
}

/** Restores, refreshes and checks the database a run will read, per the policy. */
export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const policy: FreshnessPolicy = { ...DEFAULT_POLICY, ...options.policy };
  const now = options.now ?? (() => new Date());
  const { log, dir } = options;
  const ecosystems = [...new Set(options.ecosystems)].sort();
  const cache: PreparedDatabase['cache'] = { saved: false };
  const keys = cacheKeys(ecosystems, now());

  if (options.cache) {
    cache.key = keys.key;
    try {
      const hit = await options.cache.restore([dir], keys.key, keys.restoreKeys);
      if (hit) cache.restoredKey = hit;
      log.info(hit ? `advisory database restored from cache ${hit}` : 'no cached advisory database');
    } catch (err) {
      cache.error = describeError(err);
      log.warn(`advisory cache restore failed (${cache.error}); going on with what is in ${dir}`);
    }
  }

  let db = await openTolerant(dir, log);
  const ageOf = (eco: string): number | undefined => {
    const s = db?.state(eco);
    return s ? ageHours(s.fetchedAt, now()) : undefined;
  };
  const due = ecosystems.filter((eco) => {
    const age = ageOf(eco);
    return options.force || options.full || age === undefined || age >= policy.refreshAfterHours;
  });

  const done = new Map<string, { mode: RefreshMode; error?: string }>();
  let bytes = 0;
  let requests = 0;
  if (due.length > 0 && !policy.offline) {
    // The network side loads only when a refresh is due: a warm scan never needs it.
    const [source, { refreshDatabase }] = await Promise.all([options.source(), import('./refresh.js')]);
    const result = await refreshDatabase({
      dir,
      source,
      ecosystems: due,
      warn: (m) => log.warn(m),
      now,
      ...(options.full ? { full: true } : {}),
    });
    bytes = result.bytes;
    requests = result.requests;
    for (const r of result.ecosystems)
      done.set(r.ecosystem, r.error ? { mode: r.mode, error: r.error } : { mode: r.mode });
    db?.close();
    db = await openTolerant(dir, log);
  }

  const statuses: EcosystemStatus[] = [];
  const missing: string[] = [];
  const stale: string[] = [];
  for (const eco of ecosystems) {
    const state = db?.state(eco);
    const outcome = done.get(eco);
    const action: EcosystemStatus['action'] =
      outcome?.mode ?? (policy.offline && due.includes(eco) ? 'offline' : 'fresh');
    if (!state) {
      missing.push(
        `${eco} (${policy.offline ? 'offline: not fetched' : `could not be fetched: ${outcome?.error ?? 'unknown error'}`})`,
      );
      continue;
    }
    const age = ageHours(state.fetchedAt, now());
    const status: EcosystemStatus = {
      ecosystem: eco,
      action,
      records: state.records,
      fetchedAt: state.fetchedAt,
      ageHours: age,
      stale: false,
    };
    if (state.lastModified) status.lastModified = state.lastModified;
    if (outcome?.error) status.error = outcome.error;
    const notRefreshed = action === 'failed' || action === 'offline';
    if (notRefreshed) {
      const why = action === 'offline' ? 'offline' : 'refresh failed';
      const line = `advisories for ${eco} are ${hours(age)} old (fetched ${state.fetchedAt}; ${why})`;
      if (policy.maxAgeHours !== undefined && age > policy.maxAgeHours) {
        status.stale = true;
        stale.push(`${line}, older than max-age ${policy.maxAgeHours} hours`);
      } else {
        log.warn(`using the last good data: ${line}`);
      }
    }
    statuses.push(status);
  }

  if (missing.length > 0) {
    throw new OperationError(`no advisory data in ${dir} for ${missing.join('; ')}`);
  }
  for (const line of stale) {
    if (policy.onStale === 'warn') log.warn(`${line}; going on with it as max-age allows (on-stale: warn)`);
  }
  if (stale.length > 0 && policy.onStale === 'fail') {
    throw new StaleDataError(`${stale.join('; ')} (on-stale: fail)`);
  }

  const changed = [...done.values()].some((o) => o.mode !== 'failed');
  if (options.cache && changed && cache.restoredKey !== keys.key) {
    try {
      await options.cache.save([dir], keys.key);
      cache.saved = true;
      log.info(`advisory database saved to cache ${keys.key}`);
    } catch (err) {
      log.warn(`advisory cache save failed (${describeError(err)}); the next run will refresh again`);
    }
  }

  return { db: db as AdvisoryDatabase, ecosystems: statuses, cache, bytes, requests };
}
