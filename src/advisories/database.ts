import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { OperationError } from '../errors.js';
import { normalisePackageName } from './names.js';
import {
  type AffectsResult,
  affects,
  affectsCompiled,
  CompiledQuery,
  compileMatchData,
  type OsvAffected,
  type OsvRange,
  type OsvRecord,
} from './osv.js';
import { ecosystemBase } from './versions/registry.js';

// The local advisory database: one index file per OSV export ecosystem, and a
// manifest that names them. Built for a scan's hot path: opening reads only the
// manifest; the first lookup in an ecosystem reads that file's header and
// columns (no JSON beyond a small header); a record is read with a positioned
// read and parsed the first time a package asks for it. So a scan pays for the
// records of its packages, not for the whole ecosystem.
//
// Index file: `LADOSV03`, a u32 LE header length, a small JSON header (counts),
// padding to 4 bytes, then columns: u32 record offsets (n+1), u32 affected
// entries per record (n), u32 match data offsets (n+1), u32 posting starts per
// key (k+1), u32 postings (record numbers), the record ids and the sorted keys
// as newline-joined UTF-8, each record's pre-compiled match data (osv.ts:
// keys, range events and listed versions as written; what a lookup decides
// with, read whole with the columns, no JSON); then the records, each a compact
// OSV record (details, references and credits dropped; only this ecosystem's
// affected entries and their non-GIT ranges kept) as JSON, back to back,
// ordered by their least key, then id, so that one package's records are
// adjacent. Keys are `<affected ecosystem>\0<normalised name>`. The bytes
// depend only on the set of records, never on the order they were added in.
//
// Build cost matters as much as lookup cost: a fill indexes a whole export. So
// no version is parsed at build time (a lookup parses the few bounds it reads),
// each record is encoded to UTF-8 once when added, and keys are numbered so the
// build sorts each distinct key once.
//
// Writes are atomic: new files are written and fsynced in a temp dir, moved
// into `data/`, and only then does the manifest (renamed into place, then the
// directory fsynced) point at them. A crash at any moment leaves either the old
// manifest with its old files or the new one with its new files; temp dirs and
// unreferenced files left behind are ignored and removed by the next write.

export const INDEX_FORMAT = 'lading-osv-index';
export const INDEX_VERSION = 3;
const MAGIC = Buffer.from('LADOSV03', 'ascii');
const MANIFEST = 'manifest.json';
const STALE_TEMP_MS = 60 * 60 * 1000;

export interface EcosystemState {
  /** Relative to the database directory. */
  file: string;
  bytes: number;
  records: number;
  /** affected[] entries indexed: the size that lookups scale with. */
  entries: number;
  /** Newest `modified` seen: where the next incremental refresh starts. */
  lastModified?: string;
  /** When the source was last read successfully (filled, or confirmed current). */
  fetchedAt: string;
  source: string;
}

export interface DatabaseManifest {
  format: typeof INDEX_FORMAT;
  version: number;
  ecosystems: Record<string, EcosystemState>;
}

export type DatabaseProblem = 'missing' | 'corrupt' | 'version';

/** The database cannot be used as it is; the caller may rebuild it. */
export class DatabaseError extends OperationError {
  readonly problem: DatabaseProblem;
  constructor(message: string, problem: DatabaseProblem) {
    super(message);
    this.problem = problem;
  }
}

// ---- building -------------------------------------------------------------

interface Item {
  id: string;
  /** The compact record's JSON as UTF-8: encoded when added, or the stored bytes of one carried over. */
  body: Uint8Array;
  /** Pre-compiled match data (osv.ts compileMatchData). */
  match: Uint8Array;
  /** Numbers of its keys in the builder's key table. */
  keys: number[];
  entries: number;
}

export function indexKey(ecosystem: string, name: string): string {
  return `${ecosystem}\u0000${normalisePackageName(ecosystem, name)}`;
}

// What severity.ts reads of `ecosystem_specific`/`database_specific`: a label,
// Debian's urgency, RustSec's vector. The rest (affected functions, imports) is dropped.
const SEVERITY_FIELDS = ['severity', 'urgency', 'cvss'] as const;

function pickSeverity(o: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!o) return undefined;
  let out: Record<string, unknown> | undefined;
  for (const k of SEVERITY_FIELDS)
    if (o[k] !== undefined && o[k] !== null) {
      out ??= {};
      out[k] = o[k];
    }
  return out;
}

/** The part of a record that matching and severity read, for one export ecosystem. */
function compact(record: OsvRecord, ecosystem: string, keys: KeyTable): Item | undefined {
  const affected: OsvAffected[] = [];
  const numbers: number[] = [];
  for (const a of record.affected ?? []) {
    const pkg = a.package;
    if (!pkg || ecosystemBase(pkg.ecosystem) !== ecosystem) continue;
    const ranges: OsvRange[] = [];
    for (const r of a.ranges ?? []) if (r.type !== 'GIT') ranges.push({ type: r.type, events: r.events });
    if (ranges.length === 0 && !(a.versions && a.versions.length > 0)) continue;
    const out: OsvAffected = { package: { ecosystem: pkg.ecosystem, name: pkg.name } };
    if (ranges.length > 0) out.ranges = ranges;
    if (a.versions && a.versions.length > 0) out.versions = a.versions;
    if (a.severity) out.severity = a.severity;
    const es = pickSeverity(a.ecosystem_specific);
    if (es) out.ecosystem_specific = es;
    const ds = pickSeverity(a.database_specific);
    if (ds) out.database_specific = ds;
    affected.push(out);
    const k = keys.numberOf(pkg.ecosystem, pkg.name);
    if (!numbers.includes(k)) numbers.push(k);
  }
  if (affected.length === 0) return undefined;
  const c: OsvRecord = { id: record.id, modified: record.modified };
  if (record.published) c.published = record.published;
  if (record.aliases?.length) c.aliases = record.aliases;
  if (record.upstream?.length) c.upstream = record.upstream;
  if (record.summary) c.summary = record.summary;
  if (record.severity?.length) c.severity = record.severity;
  const ds = pickSeverity(record.database_specific);
  if (ds) c.database_specific = ds;
  c.affected = affected;
  return {
    id: record.id,
    // Encoded now, while the string is young: the build then copies bytes, and
    // a hundred thousand retained strings never burden the old generation.
    body: Buffer.from(JSON.stringify(c), 'utf8'),
    match: compileMatchData(c, (pkg) => keys.text(keys.numberOf(pkg.ecosystem, pkg.name))),
    keys: numbers,
    entries: affected.length,
  };
}

/**
 * Index keys numbered as first seen: items hold numbers, and the build sorts
 * each distinct key once. Looked up by ecosystem and name as the record spells
 * them, so the common case hashes strings the record already holds instead of
 * building and normalising a key per affected entry.
 */
class KeyTable {
  readonly #byName = new Map<string, Map<string, number>>();
  readonly #byKey = new Map<string, number>();
  readonly #texts: string[] = [];

  get size(): number {
    return this.#texts.length;
  }

  text(k: number): string {
    return this.#texts[k] as string;
  }

  numberOf(ecosystem: string, name: string): number {
    let names = this.#byName.get(ecosystem);
    if (!names) {
      names = new Map();
      this.#byName.set(ecosystem, names);
    }
    let k = names.get(name);
    if (k === undefined) {
      // Spellings that normalise alike (PyPI `Foo_Bar`, `foo-bar`) share one number.
      k = this.numberOfKey(indexKey(ecosystem, name));
      names.set(name, k);
    }
    return k;
  }

  numberOfKey(key: string): number {
    let k = this.#byKey.get(key);
    if (k === undefined) {
      k = this.#texts.length;
      this.#texts.push(key);
      this.#byKey.set(key, k);
    }
    return k;
  }
}

const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Collects one ecosystem's records (new, or those of an existing index) and writes its file. */
export class EcosystemIndexBuilder {
  readonly #items = new Map<string, Item>();
  readonly #keys = new KeyTable();

  readonly ecosystem: string;
  constructor(ecosystem: string) {
    this.ecosystem = ecosystem;
  }

  /** Starts from an existing index; unchanged records are carried over as they are, unparsed. */
  static from(index: EcosystemIndex): EcosystemIndexBuilder {
    const b = new EcosystemIndexBuilder(index.ecosystem);
    index.loadAll();
    const keysOf = index.keysByRecord();
    for (let i = 0; i < index.size; i++) {
      const id = index.idAt(i);
      b.#items.set(id, {
        id,
        body: index.bytesAt(i),
        match: index.matchAt(i),
        keys: (keysOf[i] ?? []).map((key) => b.#keys.numberOfKey(key)),
        entries: index.entriesAt(i),
      });
    }
    return b;
  }

  /**
   * Adds or replaces a record. A withdrawn record, or one with nothing for
   * this ecosystem, removes any earlier version of it. Returns whether it is indexed.
   */
  add(record: OsvRecord): boolean {
    const item = record.withdrawn ? undefined : compact(record, this.ecosystem, this.#keys);
    if (!item) {
      this.#items.delete(record.id);
      return false;
    }
    this.#items.set(record.id, item);
    return true;
  }

  remove(id: string): boolean {
    return this.#items.delete(id);
  }

  has(id: string): boolean {
    return this.#items.has(id);
  }

  get size(): number {
    return this.#items.size;
  }

  get entries(): number {
    let n = 0;
    for (const item of this.#items.values()) n += item.entries;
    return n;
  }

  build(): Buffer {
    const items = [...this.#items.values()];
    // Rank the keys still in use (a refresh may have removed every record of some).
    const table = this.#keys;
    const postingsPerKey = new Uint32Array(table.size);
    let total = 0;
    for (const item of items)
      for (const k of item.keys) {
        postingsPerKey[k] = (postingsPerKey[k] as number) + 1;
        total++;
      }
    const keys: string[] = [];
    for (let k = 0; k < table.size; k++) if ((postingsPerKey[k] as number) > 0) keys.push(table.text(k));
    keys.sort();
    const rank = new Uint32Array(table.size);
    for (let j = 0; j < keys.length; j++) rank[table.numberOfKey(keys[j] as string)] = j;

    // Records ordered by their least key, then id, so one package's records sit
    // together and a lookup reads them in one span: a counting sort by key rank,
    // then the few records that share a least key by id. Only sorted orders
    // decide, never the order records or their keys came in: a fill and a
    // refresh of the same records write the same bytes.
    const filedAt = new Uint32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      let least = rank[item.keys[0] as number] as number;
      for (let j = 1; j < item.keys.length; j++)
        least = Math.min(least, rank[item.keys[j] as number] as number);
      filedAt[i] = least;
    }
    const bucketStart = new Uint32Array(keys.length + 1);
    for (let i = 0; i < items.length; i++) {
      const r = filedAt[i] as number;
      bucketStart[r + 1] = (bucketStart[r + 1] as number) + 1;
    }
    for (let j = 0; j < keys.length; j++)
      bucketStart[j + 1] = (bucketStart[j + 1] as number) + (bucketStart[j] as number);
    const fill = bucketStart.slice(0, keys.length);
    const n = items.length;
    const order: Item[] = new Array(n);
    for (let i = 0; i < items.length; i++) {
      const r = filedAt[i] as number;
      order[fill[r] as number] = items[i] as Item;
      fill[r] = (fill[r] as number) + 1;
    }
    for (let j = 0; j < keys.length; j++) {
      const from = bucketStart[j] as number;
      const to = bucketStart[j + 1] as number;
      if (to - from > 1) {
        const run = order.slice(from, to).sort(byId);
        for (let i = from; i < to; i++) order[i] = run[i - from] as Item;
      }
    }

    const postingStart = new Uint32Array(keys.length + 1);
    for (let j = 0; j < keys.length; j++)
      postingStart[j + 1] =
        (postingStart[j] as number) + (postingsPerKey[table.numberOfKey(keys[j] as string)] as number);
    const next = postingStart.slice(0, keys.length);
    const postings = new Uint32Array(total);
    const ids: string[] = new Array(n);
    const offsets = new Uint32Array(n + 1);
    const entries = new Uint32Array(n);
    const matchOffsets = new Uint32Array(n + 1);
    let matchAt = 0;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const item = order[i] as Item;
      ids[i] = item.id;
      at += item.body.length;
      offsets[i + 1] = at;
      entries[i] = item.entries;
      matchAt += item.match.length;
      matchOffsets[i + 1] = matchAt;
      // Records are visited in order, so each key's postings come out ascending.
      for (const k of item.keys) {
        const r = rank[k] as number;
        postings[next[r] as number] = i;
        next[r] = (next[r] as number) + 1;
      }
    }
    const idsBytes = Buffer.from(ids.join('\n'), 'utf8');
    const keysBytes = Buffer.from(keys.join('\n'), 'utf8');
    const header = Buffer.from(
      JSON.stringify({
        format: INDEX_FORMAT,
        version: INDEX_VERSION,
        ecosystem: this.ecosystem,
        records: n,
        keys: keys.length,
        postings: total,
        idsBytes: idsBytes.length,
        keysBytes: keysBytes.length,
        matchBytes: matchAt,
      }),
      'utf8',
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const pad = Buffer.alloc((4 - ((12 + header.length) % 4)) % 4, 0x20);
    const u32 = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const parts: Uint8Array[] = [
      MAGIC,
      length,
      header,
      pad,
      u32(offsets),
      u32(entries),
      u32(matchOffsets),
      u32(postingStart),
      u32(postings),
      idsBytes,
      keysBytes,
    ];
    let size = at + matchAt;
    for (const p of parts) size += p.length;
    // One allocation for the whole file: match data and records are copied once, straight from their own bytes.
    const out = Buffer.allocUnsafe(size);
    let pos = 0;
    for (const p of parts) {
      out.set(p, pos);
      pos += p.length;
    }
    for (const item of order) {
      out.set(item.match, pos);
      pos += item.match.length;
    }
    for (const item of order) {
      out.set(item.body, pos);
      pos += item.body.length;
    }
    return out;
  }
}

// ---- reading --------------------------------------------------------------

interface Header {
  format: string;
  version: number;
  ecosystem: string;
  records: number;
  keys: number;
  postings: number;
  idsBytes: number;
  keysBytes: number;
  matchBytes: number;
}

/**
 * One ecosystem's index file. Opening reads the header and the columns
 * (offsets, postings, keys); record bodies are read with positioned reads when
 * a lookup needs them, and parsed once.
 */
export class EcosystemIndex {
  readonly #fd: number;
  readonly #file: string;
  readonly #header: Header;
  readonly #offsets: Uint32Array;
  readonly #entries: Uint32Array;
  readonly #matchOffsets: Uint32Array;
  readonly #match: Buffer;
  readonly #postingStart: Uint32Array;
  readonly #postings: Uint32Array;
  readonly #keyText: string;
  /** Record ids as stored, decoded on first use: a scan names only the records it reports. */
  readonly #idBytes: Buffer;
  readonly #bodyStart: number;
  readonly #parsed: (OsvRecord | undefined)[];
  #keyList?: string[];
  #ids?: string[];
  #body?: Buffer;

  private constructor(fd: number, file: string, header: Header, columns: Uint8Array, bodyStart: number) {
    this.#fd = fd;
    this.#file = file;
    this.#header = header;
    const n = header.records;
    let at = 0;
    const take = (count: number) => {
      const a = new Uint32Array(columns.buffer, columns.byteOffset + at, count);
      at += count * 4;
      return a;
    };
    this.#offsets = take(n + 1);
    this.#entries = take(n);
    this.#matchOffsets = take(n + 1);
    this.#postingStart = take(header.keys + 1);
    this.#postings = take(header.postings);
    const text = Buffer.from(columns.buffer, columns.byteOffset + at, header.idsBytes + header.keysBytes);
    this.#idBytes = text.subarray(0, header.idsBytes);
    this.#keyText = text.toString('utf8', header.idsBytes);
    this.#match = Buffer.from(
      columns.buffer,
      columns.byteOffset + at + header.idsBytes + header.keysBytes,
      header.matchBytes,
    );
    this.#bodyStart = bodyStart;
    this.#parsed = new Array(n);
  }

  /** Opens an index file; throws DatabaseError when it is not one, has another version, or is cut short. */
  static open(file: string): EcosystemIndex {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (err) {
      throw new DatabaseError(`advisory index ${file} cannot be read: ${(err as Error).message}`, 'corrupt');
    }
    try {
      return EcosystemIndex.#read(fd, file);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  static #read(fd: number, file: string): EcosystemIndex {
    const corrupt = (why: string): never => {
      throw new DatabaseError(
        `advisory index ${file} is corrupt: ${why}; run 'lading db update' to rebuild it`,
        'corrupt',
      );
    };
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    if (size < 12 || !head.subarray(0, 8).equals(MAGIC)) {
      if (head.subarray(0, 6).equals(MAGIC.subarray(0, 6)))
        throw new DatabaseError(
          `advisory index ${file} has another format version; run 'lading db update' to rebuild it`,
          'version',
        );
      corrupt('not a lading advisory index');
    }
    const headerLength = head.readUInt32LE(8);
    if (12 + headerLength > size) corrupt('header runs past the end of the file');
    const headerBytes = Buffer.alloc(headerLength);
    readSync(fd, headerBytes, 0, headerLength, 12);
    let header: Header;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as Header;
    } catch {
      return corrupt('header is not JSON');
    }
    if (header.version !== INDEX_VERSION || header.format !== INDEX_FORMAT) {
      throw new DatabaseError(
        `advisory index ${file} has format version ${String(header.version)}, lading reads ${INDEX_VERSION}; run 'lading db update' to rebuild it`,
        'version',
      );
    }
    const counts = [
      header.records,
      header.keys,
      header.postings,
      header.idsBytes,
      header.keysBytes,
      header.matchBytes,
    ];
    if (!counts.every((c) => Number.isInteger(c) && c >= 0)) corrupt('header is incomplete');
    const columnsStart = 12 + headerLength + ((4 - ((12 + headerLength) % 4)) % 4);
    const columnsLength =
      4 * (3 * header.records + 2 + header.keys + 1 + header.postings) +
      header.idsBytes +
      header.keysBytes +
      header.matchBytes;
    if (columnsStart + columnsLength > size) corrupt('columns are truncated');
    // A fresh ArrayBuffer keeps the Uint32 columns aligned.
    const columns = new Uint8Array(new ArrayBuffer(columnsLength + ((4 - (columnsLength % 4)) % 4)));
    readSync(fd, columns, 0, columnsLength, columnsStart);
    const index = new EcosystemIndex(fd, file, header, columns, columnsStart + columnsLength);
    if (index.#bodyStart + (index.#offsets[header.records] as number) !== size)
      corrupt('records are truncated');
    if (index.#matchOffsets[header.records] !== header.matchBytes) corrupt('match data does not add up');
    return index;
  }

  close(): void {
    try {
      closeSync(this.#fd);
    } catch {}
  }

  get ecosystem(): string {
    return this.#header.ecosystem;
  }
  get size(): number {
    return this.#header.records;
  }
  idAt(i: number): string {
    this.#ids ??= this.#header.records === 0 ? [] : this.#idBytes.toString('utf8').split('\n');
    return this.#ids[i] as string;
  }
  entriesAt(i: number): number {
    return this.#entries[i] ?? 0;
  }

  /** Reads record bodies from `from` to `to` (exclusive) in one positioned read. */
  #span(from: number, to: number): Buffer {
    const start = this.#offsets[from] as number;
    const end = this.#offsets[to] as number;
    if (this.#body) return this.#body.subarray(start, end);
    const buf = Buffer.allocUnsafe(end - start);
    readSync(this.#fd, buf, 0, end - start, this.#bodyStart + start);
    return buf;
  }

  rawAt(i: number): string {
    return this.#span(i, i + 1).toString('utf8');
  }

  /** A record's bytes as stored (a view into the loaded body after loadAll). */
  bytesAt(i: number): Uint8Array {
    return this.#span(i, i + 1);
  }

  /** A record's pre-compiled match data, as stored. */
  matchAt(i: number): Uint8Array {
    return this.#match.subarray(this.#matchOffsets[i], this.#matchOffsets[i + 1]);
  }

  /** Reads every record body at once (a refresh rewrites them all). */
  loadAll(): void {
    this.#body ??= this.#span(0, this.size);
  }

  #parse(i: number, text: string): OsvRecord {
    try {
      const r = JSON.parse(text) as OsvRecord;
      this.#parsed[i] = r;
      return r;
    } catch {
      throw new DatabaseError(
        `advisory index ${this.#file} is corrupt: record ${this.idAt(i)} is not JSON; run 'lading db update' to rebuild it`,
        'corrupt',
      );
    }
  }

  recordAt(i: number): OsvRecord {
    return this.#parsed[i] ?? this.#parse(i, this.rawAt(i));
  }

  #keyNumber(key: string): number | undefined {
    // Keys are stored sorted (code unit order, as `<` compares): a binary search
    // needs no table of every key, which a scan of a few packages would not repay.
    this.#keyList ??= this.#header.keys === 0 ? [] : this.#keyText.split('\n');
    const keys = this.#keyList;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid] as string;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return undefined;
  }

  /** Records filed under this exact key (`Alpine:v3.20\0openssl`). */
  lookupKey(key: string): OsvRecord[] {
    const j = this.#keyNumber(key);
    if (j === undefined) return [];
    const list = this.#postings.subarray(this.#postingStart[j], this.#postingStart[j + 1]);
    const out: OsvRecord[] = [];
    // Records of one package are adjacent (sorted by first key): read the run at once.
    let lo = Number.POSITIVE_INFINITY;
    let hi = -1;
    for (const i of list) {
      if (this.#parsed[i]) continue;
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
    if (hi >= 0 && !this.#body && hi - lo < 4 * list.length) {
      const span = this.#span(lo, hi + 1);
      const base = this.#offsets[lo] as number;
      for (const i of list) {
        if (this.#parsed[i]) continue;
        const text = span.toString(
          'utf8',
          (this.#offsets[i] as number) - base,
          (this.#offsets[i + 1] as number) - base,
        );
        this.#parse(i, text);
      }
    }
    for (const i of list) out.push(this.recordAt(i));
    return out;
  }

  /**
   * The records filed under `names` that affect (or cannot be decided for)
   * `version`, decided from the pre-compiled match data: a record's JSON is
   * parsed only when it matches. Each record once, for the first name that finds it.
   */
  matchKeys(
    names: readonly { name: string; keys: readonly string[] }[],
    ecosystem: string,
    version: string,
  ): IndexHit[] {
    const out: IndexHit[] = [];
    const seen = new Set<number>();
    for (const { name, keys } of names) {
      const query = new CompiledQuery(ecosystem, version, keys);
      for (const key of keys) {
        const j = this.#keyNumber(key);
        if (j === undefined) continue;
        for (let p = this.#postingStart[j] as number; p < (this.#postingStart[j + 1] as number); p++) {
          const i = this.#postings[p] as number;
          if (seen.has(i)) continue;
          seen.add(i);
          const fast = affectsCompiled(
            this.#match,
            this.#matchOffsets[i] as number,
            this.#matchOffsets[i + 1] as number,
            query,
          );
          if (fast.verdict === 'not-affected') continue;
          const record = this.recordAt(i);
          let result: Exclude<AffectsResult, { verdict: 'not-affected' }>;
          if (fast.verdict === 'full') {
            const full = affects(record, ecosystem, name, version);
            if (full.verdict === 'not-affected') continue;
            result = full;
          } else {
            const affected = record.affected?.[fast.affectedIndex];
            const range = affected?.ranges?.[fast.rangeIndex];
            if (!affected || !range)
              throw new DatabaseError(
                `advisory index ${this.#file} is corrupt: match data of record ${this.idAt(i)} names a missing range; run 'lading db update' to rebuild it`,
                'corrupt',
              );
            result = { verdict: 'affected', affected, range, via: 'range', fixed: fast.fixed };
          }
          out.push({ record, name, result });
        }
      }
    }
    return out;
  }

  /** Every key, for status and tests. */
  keys(): string[] {
    return this.#header.keys === 0 ? [] : this.#keyText.split('\n');
  }

  keysByRecord(): string[][] {
    const out: string[][] = Array.from({ length: this.size }, () => []);
    const keys = this.keys();
    for (let j = 0; j < keys.length; j++) {
      for (let p = this.#postingStart[j] as number; p < (this.#postingStart[j + 1] as number); p++)
        out[this.#postings[p] as number]?.push(keys[j] as string);
    }
    return out;
  }

  *records(): Generator<OsvRecord> {
    for (let i = 0; i < this.size; i++) yield this.recordAt(i);
  }
}

/** A record that affects a package, or cannot be decided for it, and the name that found it. */
export interface IndexHit {
  record: OsvRecord;
  name: string;
  result: Exclude<AffectsResult, { verdict: 'not-affected' }>;
}

/** An opened database: the manifest now, each ecosystem's index on first use. */
export class AdvisoryDatabase {
  readonly #indexes = new Map<string, EcosystemIndex>();

  readonly dir: string;
  readonly manifest: DatabaseManifest;
  private constructor(dir: string, manifest: DatabaseManifest) {
    this.dir = dir;
    this.manifest = manifest;
  }

  /** Throws DatabaseError: 'missing' when there is no database, 'corrupt' or 'version' when it cannot be read. */
  static async open(dir: string): Promise<AdvisoryDatabase> {
    const path = join(dir, MANIFEST);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new DatabaseError(
          `no advisory database in ${dir} (no ${MANIFEST}); run 'lading db update'`,
          'missing',
        );
      throw new OperationError(`${path}: ${(err as Error).message}`);
    }
    let manifest: DatabaseManifest;
    try {
      manifest = JSON.parse(text) as DatabaseManifest;
    } catch {
      throw new DatabaseError(
        `${path} is corrupt: not JSON; run 'lading db update' to rebuild it`,
        'corrupt',
      );
    }
    if (manifest?.format !== INDEX_FORMAT)
      throw new DatabaseError(`${path} is not a lading advisory database manifest`, 'corrupt');
    if (manifest.version !== INDEX_VERSION)
      throw new DatabaseError(
        `${path} has format version ${String(manifest.version)}, lading reads ${INDEX_VERSION}; run 'lading db update' to rebuild it`,
        'version',
      );
    if (typeof manifest.ecosystems !== 'object' || manifest.ecosystems === null)
      throw new DatabaseError(`${path} is corrupt: field ecosystems is missing`, 'corrupt');
    for (const [eco, state] of Object.entries(manifest.ecosystems)) {
      let size = -1;
      try {
        size = statSync(join(dir, state.file)).size;
      } catch {}
      if (size !== state.bytes)
        throw new DatabaseError(
          `${path}: index file ${state.file} of ecosystem ${eco} is ${size < 0 ? 'missing' : `${size} bytes, not ${state.bytes}`}; run 'lading db update' to rebuild it`,
          'corrupt',
        );
    }
    return new AdvisoryDatabase(dir, manifest);
  }

  /** undefined when there is no database yet; other problems still throw. */
  static async openIfPresent(dir: string): Promise<AdvisoryDatabase | undefined> {
    try {
      return await AdvisoryDatabase.open(dir);
    } catch (err) {
      if (err instanceof DatabaseError && err.problem === 'missing') return undefined;
      throw err;
    }
  }

  /** Closes the index files opened so far. */
  close(): void {
    for (const index of this.#indexes.values()) index.close();
    this.#indexes.clear();
  }

  ecosystems(): string[] {
    return Object.keys(this.manifest.ecosystems).sort();
  }

  has(exportEcosystem: string): boolean {
    return Object.hasOwn(this.manifest.ecosystems, exportEcosystem);
  }

  state(exportEcosystem: string): EcosystemState | undefined {
    return Object.hasOwn(this.manifest.ecosystems, exportEcosystem)
      ? this.manifest.ecosystems[exportEcosystem]
      : undefined;
  }

  /** The index of an export ecosystem (`Alpine`), read on first use; undefined when not in the database. */
  index(exportEcosystem: string): EcosystemIndex | undefined {
    const hit = this.#indexes.get(exportEcosystem);
    if (hit) return hit;
    const state = this.state(exportEcosystem);
    if (!state) return undefined;
    const index = EcosystemIndex.open(join(this.dir, state.file));
    this.#indexes.set(exportEcosystem, index);
    return index;
  }

  /**
   * Records naming `name` in `ecosystem` (`npm`, `Alpine:v3.20`), including
   * entries filed under the bare distribution (`Alpine`), which cover every release.
   */
  lookup(ecosystem: string, name: string): OsvRecord[] {
    const base = ecosystemBase(ecosystem);
    const index = this.index(base);
    if (!index) return [];
    const hits = index.lookupKey(indexKey(ecosystem, name));
    if (base === ecosystem) return hits;
    const more = index.lookupKey(indexKey(base, name));
    return more.length === 0 ? hits : [...new Set([...hits, ...more])];
  }

  /**
   * The records that affect a package at `version` (or cannot be decided for
   * it), looked up under each of `names` in order, as `lookup` then `affects`
   * would find them, without parsing the records that do not match.
   */
  hits(ecosystem: string, names: readonly string[], version: string): IndexHit[] {
    const base = ecosystemBase(ecosystem);
    const index = this.index(base);
    if (!index) return [];
    const queries = names.map((name) => ({
      name,
      keys:
        base === ecosystem ? [indexKey(ecosystem, name)] : [indexKey(ecosystem, name), indexKey(base, name)],
    }));
    return index.matchKeys(queries, ecosystem, version);
  }
}

// ---- writing --------------------------------------------------------------

export interface EcosystemUpdate {
  /** New index content; absent when only the state changes (e.g. confirmed current). */
  content?: Buffer;
  state: Omit<EcosystemState, 'file' | 'bytes'>;
}

async function writeSynced(path: string, data: Buffer | string): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function syncDir(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Commits new states (and index files) for some ecosystems, keeping the others
 * of `previous` as they are. Atomic, see the top of this file. Returns the new manifest.
 */
export async function writeDatabase(
  dir: string,
  previous: DatabaseManifest | undefined,
  updates: ReadonlyMap<string, EcosystemUpdate>,
): Promise<DatabaseManifest> {
  await mkdir(join(dir, 'data'), { recursive: true });
  const tmp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
  await mkdir(tmp);
  try {
    const manifest: DatabaseManifest = {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      ecosystems: { ...(previous?.ecosystems ?? {}) },
    };
    const moves: [string, string][] = [];
    for (const [eco, update] of updates) {
      const before = manifest.ecosystems[eco];
      let file: string;
      let bytes: number;
      if (update.content) {
        const hash = createHash('sha256').update(update.content).digest('hex').slice(0, 16);
        const name = `${eco.replace(/[^A-Za-z0-9.-]+/g, '_')}-${hash}.idx`;
        await writeSynced(join(tmp, name), update.content);
        moves.push([join(tmp, name), join(dir, 'data', name)]);
        file = `data/${name}`;
        bytes = update.content.length;
      } else if (before) {
        file = before.file;
        bytes = before.bytes;
      } else {
        throw new OperationError(`advisory database ${dir}: no index content for new ecosystem ${eco}`);
      }
      manifest.ecosystems[eco] = { file, bytes, ...update.state };
    }
    await writeSynced(join(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const [from, to] of moves) await rename(from, to);
    await syncDir(join(dir, 'data'));
    await rename(join(tmp, MANIFEST), join(dir, MANIFEST));
    await syncDir(dir);
    await collectGarbage(dir, manifest);
    return manifest;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Removes index files no manifest names and temp dirs abandoned by a crash. */
async function collectGarbage(dir: string, manifest: DatabaseManifest): Promise<void> {
  const live = new Set(Object.values(manifest.ecosystems).map((s) => s.file));
  for (const name of await readdir(join(dir, 'data'))) {
    if (!live.has(`data/${name}`)) await rm(join(dir, 'data', name), { force: true });
  }
  const now = Date.now();
  for (const name of await readdir(dir)) {
    if (!name.startsWith('.tmp-')) continue;
    try {
      // Young temp dirs may belong to a writer still running in another process.
      if (now - (await stat(join(dir, name))).mtimeMs > STALE_TEMP_MS)
        await rm(join(dir, name), { recursive: true, force: true });
    } catch {}
  }
}
