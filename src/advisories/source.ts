import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, LadingError, OperationError } from '../errors.js';
import { displayUrl, Fetcher, type FetcherOptions } from './fetcher.js';
import { type OsvRecord, validateOsvRecord } from './osv.js';
import { exportUrl, type ModifiedEntry, parseModifiedLine, readZipEntries } from './osv-export.js';
import { parseOsvText } from './osv-text.js';
import { ecosystemBase } from './versions/registry.js';

// Where advisories come from: OSV's public bucket (the default), a mirror of it
// (any HTTP base in the same export layout), or a local directory of OSV JSON or
// YAML files for air-gapped runners. A source hands out parsed, valid records;
// a record that is not valid OSV is skipped with a warning naming its id and
// field, never fatal, because one bad upstream record must not stop every scan.

export const OSV_PUBLIC_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

export interface FillResult {
  records: number;
  skipped: number;
  /** The newest `modified` among the records: where the next incremental refresh starts. */
  lastModified?: string;
}

export interface Changes {
  /** Newest first, each id once (its newest time). */
  changes: ModifiedEntry[];
  /** The newest time listed, even when nothing is newer than `since`. */
  newest?: string;
}

export interface AdvisorySource {
  /** The base as users see it (a URL without credentials, or an absolute path). */
  readonly location: string;
  readonly remote: boolean;
  /** Every valid record of an export ecosystem (`npm`, `Alpine`, `Debian`…). */
  all(ecosystem: string, onRecord: (record: OsvRecord) => void): Promise<FillResult>;
  /** What changed after `since`; undefined when the source cannot tell (then refill). */
  changesSince(ecosystem: string, since: string): Promise<Changes | undefined>;
  /** One record; undefined when the source no longer has it, 'invalid' when it is not valid OSV. */
  record(ecosystem: string, id: string): Promise<OsvRecord | undefined | 'invalid'>;
  /** Bytes received so far. */
  readonly bytes: number;
  readonly requests: number;
}

export interface SourceOptions extends FetcherOptions {
  warn?: (message: string) => void;
  /** Where downloads wait to be read; default the OS temp dir. */
  tmpDir?: string;
  /** Resolves relative directory paths. */
  cwd?: string;
}

/** `http(s)://…` is an export base, `file://…` or anything else a local directory. */
export function openSource(location: string | undefined, options: SourceOptions = {}): AdvisorySource {
  const where = location ?? OSV_PUBLIC_URL;
  if (/^https?:\/\//i.test(where)) return new HttpExportSource(where, options);
  const dir = where.startsWith('file:') ? fileURLToPath(where) : resolve(options.cwd ?? '.', where);
  return new DirectorySource(dir, options.warn ?? (() => {}));
}

/** The export ecosystems (bucket folders) a record belongs to. */
export function exportEcosystemsOf(record: OsvRecord): Set<string> {
  const out = new Set<string>();
  for (const a of record.affected ?? [])
    if (a.package?.ecosystem) out.add(ecosystemBase(a.package.ecosystem));
  return out;
}

function newer(a: string | undefined, b: string): string {
  return a === undefined || Date.parse(b) > Date.parse(a) ? b : a;
}

/** Parses and validates one JSON record, or says why it was skipped. */
function recordFrom(bytes: Buffer, shown: string, warn: (m: string) => void): OsvRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    warn(`${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)}); skipped`);
    return undefined;
  }
  try {
    return validateOsvRecord(data, shown);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    warn(`${err.message}; skipped`);
    return undefined;
  }
}

export class HttpExportSource implements AdvisorySource {
  readonly remote = true;
  readonly location: string;
  readonly #base: string;
  readonly #fetcher: Fetcher;
  readonly #warn: (m: string) => void;
  readonly #tmp: string;

  constructor(base: string, options: SourceOptions) {
    this.#base = base.replace(/\/+$/, '');
    this.location = displayUrl(this.#base);
    this.#warn = options.warn ?? (() => {});
    this.#tmp = options.tmpDir ?? tmpdir();
    this.#fetcher = new Fetcher({ ...options, ...(options.warn ? { onRetry: options.warn } : {}) });
  }

  get bytes(): number {
    return this.#fetcher.bytes;
  }
  get requests(): number {
    return this.#fetcher.requests;
  }

  async all(ecosystem: string, onRecord: (record: OsvRecord) => void): Promise<FillResult> {
    const url = exportUrl(this.#base, ecosystem, 'all.zip');
    const shown = displayUrl(url);
    // A zip's directory is at its end, so the archive lands on disk first and
    // is read from there entry by entry; memory stays flat whatever its size.
    const dir = await mkdtemp(join(this.#tmp, 'lading-osv-'));
    try {
      const file = join(dir, 'all.zip');
      await this.#fetcher.toFile(url, file);
      const result: FillResult = { records: 0, skipped: 0 };
      await readZipEntries(file, shown, (name, bytes) => {
        const record = recordFrom(bytes, `${shown}!${name}`, this.#warn);
        if (!record) {
          result.skipped++;
          return;
        }
        result.records++;
        result.lastModified = newer(result.lastModified, record.modified);
        onRecord(record);
      });
      return result;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async changesSince(ecosystem: string, since: string): Promise<Changes> {
    const url = exportUrl(this.#base, ecosystem, 'modified_id.csv');
    const shown = displayUrl(url);
    const sinceAt = Date.parse(since);
    let changes: ModifiedEntry[] = [];
    let newest: string | undefined;
    let seen = new Set<string>();
    await this.#fetcher.lines(
      url,
      () => {
        changes = [];
        newest = undefined;
        seen = new Set();
      },
      (line, lineNo) => {
        if (line.trim() === '') return true;
        const entry = parseModifiedLine(line);
        if (typeof entry === 'string') {
          this.#warn(`${shown}: line ${lineNo}: ${entry}; skipped`);
          return true;
        }
        newest = newer(newest, entry.modified);
        // Newest first: the first line at or before `since` ends what is new.
        if (entry.at <= sinceAt) return false;
        if (!seen.has(entry.id)) {
          seen.add(entry.id);
          changes.push(entry);
        }
        return true;
      },
    );
    return newest === undefined ? { changes } : { changes, newest };
  }

  async record(ecosystem: string, id: string): Promise<OsvRecord | undefined | 'invalid'> {
    const url = exportUrl(this.#base, ecosystem, `${id}.json`);
    const bytes = await this.#fetcher.bytesOrMissing(url);
    if (!bytes) return undefined;
    return recordFrom(bytes, displayUrl(url), this.#warn) ?? 'invalid';
  }
}

/**
 * A local directory: OSV JSON or YAML files at any depth (a checkout of an
 * advisory repository works as it is), or a copy of the export layout with
 * `<ecosystem>/all.zip`. It is read whole on every refresh: it is local.
 */
export class DirectorySource implements AdvisorySource {
  readonly remote = false;
  readonly bytes = 0;
  readonly requests = 0;
  #grouped?: Promise<Map<string, OsvRecord[]>>;

  readonly location: string;
  readonly warn: (m: string) => void;
  constructor(location: string, warn: (m: string) => void) {
    this.location = location;
    this.warn = warn;
  }

  async all(ecosystem: string, onRecord: (record: OsvRecord) => void): Promise<FillResult> {
    const zip = join(this.location, ecosystem, 'all.zip');
    const result: FillResult = { records: 0, skipped: 0 };
    if (await isFile(zip)) {
      await readZipEntries(zip, zip, (name, bytes) => {
        const record = recordFrom(bytes, `${zip}!${name}`, this.warn);
        if (!record) return void result.skipped++;
        result.records++;
        result.lastModified = newer(result.lastModified, record.modified);
        onRecord(record);
      });
      return result;
    }
    this.#grouped ??= this.#readAll();
    for (const record of (await this.#grouped).get(ecosystem) ?? []) {
      result.records++;
      result.lastModified = newer(result.lastModified, record.modified);
      onRecord(record);
    }
    return result;
  }

  async changesSince(): Promise<undefined> {
    return undefined;
  }

  async record(): Promise<undefined> {
    return undefined;
  }

  async #readAll(): Promise<Map<string, OsvRecord[]>> {
    let top: string[];
    try {
      top = await readdir(this.location);
    } catch (err) {
      throw new InputError(
        `advisory directory ${this.location}: ${(err as NodeJS.ErrnoException).code ?? err}`,
      );
    }
    const grouped = new Map<string, OsvRecord[]>();
    const visit = async (dir: string, names: string[]): Promise<void> => {
      for (const name of names.sort()) {
        if (name.startsWith('.')) continue;
        const path = join(dir, name);
        const info = await stat(path);
        if (info.isDirectory()) {
          await visit(path, await readdir(path));
          continue;
        }
        if (!/\.(json|ya?ml)$/i.test(name)) continue;
        let record: OsvRecord;
        try {
          record = parseOsvText(await readFile(path, 'utf8'), path);
        } catch (err) {
          if (!(err instanceof LadingError)) throw err;
          this.warn(`${err.message}; skipped`);
          continue;
        }
        for (const eco of exportEcosystemsOf(record)) {
          const list = grouped.get(eco) ?? [];
          list.push(record);
          grouped.set(eco, list);
        }
      }
    };
    await visit(this.location, top);
    return grouped;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new OperationError(`${path}: ${(err as Error).message}`);
  }
}
