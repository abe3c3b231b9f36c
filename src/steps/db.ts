import { resolve } from 'node:path';
import type { CacheAdapter } from '../advisories/cache.js';
import { AdvisoryDatabase, type EcosystemState } from '../advisories/database.js';
import {
  ageHours,
  type EcosystemStatus,
  prepareDatabase,
  type StaleAction,
  StaleDataError,
} from '../advisories/freshness.js';
import { OSV_PUBLIC_URL, openSource } from '../advisories/source.js';
import { ecosystemBase } from '../advisories/versions/registry.js';
import { InputError, OperationError } from '../errors.js';
import type { Reporter } from './reporter.js';

// `lading db update|status`: the advisory database outside a scan, e.g. to
// fill a directory that air-gapped runners then read with --offline.

export interface DbOptions {
  /** Database directory. */
  dir: string;
  /** OSV export base URL or local directory; default OSV's public bucket. */
  osvUrl?: string;
  /** Export ecosystems (`npm`, `Alpine`…); `Alpine:v3.20` means `Alpine`. Update: default those already in the database. */
  ecosystems: string[];
  offline: boolean;
  maxAgeHours?: number;
  onStale: StaleAction;
  /** Refill from all.zip instead of refreshing incrementally. */
  full?: boolean;
  cache?: CacheAdapter;
  now?: () => Date;
  userAgent?: string;
}

export interface DbEcosystemReport {
  ecosystem: string;
  action?: EcosystemStatus['action'];
  records: number;
  entries?: number;
  fetchedAt?: string;
  ageHours?: number;
  lastModified?: string;
  source?: string;
  stale: boolean;
}

export interface DbResult {
  dir: string;
  ecosystems: DbEcosystemReport[];
  /** Bytes received from the source (update only). */
  bytes: number;
  requests: number;
}

function exportNames(ecosystems: readonly string[]): string[] {
  const out = new Set<string>();
  for (const e of ecosystems) {
    const trimmed = e.trim();
    if (!trimmed) throw new InputError('--ecosystem: an ecosystem name is empty');
    out.add(ecosystemBase(trimmed));
  }
  return [...out].sort();
}

function report(status: EcosystemStatus, state: EcosystemState | undefined): DbEcosystemReport {
  const r: DbEcosystemReport = {
    ecosystem: status.ecosystem,
    action: status.action,
    records: status.records,
    stale: status.stale,
  };
  if (state) {
    r.entries = state.entries;
    r.source = state.source;
  }
  if (status.fetchedAt) r.fetchedAt = status.fetchedAt;
  if (status.ageHours !== undefined) r.ageHours = Math.round(status.ageHours * 100) / 100;
  if (status.lastModified) r.lastModified = status.lastModified;
  return r;
}

/** Fills or refreshes the database (incrementally where it can); obeys --offline and --max-age. */
export async function dbUpdateStep(options: DbOptions, reporter: Reporter): Promise<DbResult> {
  const dir = resolve(options.dir);
  let ecosystems = exportNames(options.ecosystems);
  if (ecosystems.length === 0) {
    const existing = await AdvisoryDatabase.openIfPresent(dir).catch(() => undefined);
    ecosystems = existing?.ecosystems() ?? [];
    if (ecosystems.length === 0)
      throw new InputError(
        `db update: name the ecosystems to fetch with --ecosystem (the database in ${dir} has none yet)`,
      );
  }
  const prepared = await prepareDatabase({
    dir,
    ecosystems,
    source: () =>
      openSource(options.osvUrl ?? OSV_PUBLIC_URL, {
        warn: (m) => reporter.warn(m),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      }),
    policy: {
      offline: options.offline,
      onStale: options.onStale,
      ...(options.maxAgeHours !== undefined ? { maxAgeHours: options.maxAgeHours } : {}),
    },
    log: reporter,
    force: !options.offline,
    ...(options.full ? { full: true } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  for (const e of prepared.ecosystems) {
    reporter.info(`${e.ecosystem}: ${e.action}, ${e.records} advisories`);
  }
  return {
    dir,
    ecosystems: prepared.ecosystems.map((s) => report(s, prepared.db.state(s.ecosystem))),
    bytes: prepared.bytes,
    requests: prepared.requests,
  };
}

/** What the database holds and how old it is; with --max-age, stale data warns or fails per --on-stale. */
export async function dbStatusStep(options: DbOptions, reporter: Reporter): Promise<DbResult> {
  const dir = resolve(options.dir);
  const db = await AdvisoryDatabase.open(dir);
  const now = (options.now ?? (() => new Date()))();
  const wanted = options.ecosystems.length > 0 ? exportNames(options.ecosystems) : db.ecosystems();
  const missing = wanted.filter((e) => !db.has(e));
  if (missing.length > 0) throw new OperationError(`no advisory data in ${dir} for ${missing.join(', ')}`);
  const stale: string[] = [];
  const ecosystems = wanted.map((eco) => {
    const state = db.state(eco) as EcosystemState;
    const age = ageHours(state.fetchedAt, now);
    const isStale = options.maxAgeHours !== undefined && age > options.maxAgeHours;
    if (isStale) stale.push(`${eco} is ${Math.round(age * 10) / 10} hours old (fetched ${state.fetchedAt})`);
    const r: DbEcosystemReport = {
      ecosystem: eco,
      records: state.records,
      entries: state.entries,
      fetchedAt: state.fetchedAt,
      ageHours: Math.round(age * 100) / 100,
      source: state.source,
      stale: isStale,
    };
    if (state.lastModified) r.lastModified = state.lastModified;
    return r;
  });
  if (stale.length > 0) {
    const line = `advisory data older than max-age ${options.maxAgeHours} hours: ${stale.join('; ')}`;
    if (options.onStale === 'fail') throw new StaleDataError(`${line} (on-stale: fail)`);
    reporter.warn(line);
  }
  return { dir, ecosystems, bytes: 0, requests: 0 };
}
