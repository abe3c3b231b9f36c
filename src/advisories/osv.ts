import { InputError } from '../errors.js';
import { normalisePackageName } from './names.js';
import { type Comparator, type ParsedVersion, printable } from './versions/comparator.js';
import { goComparator } from './versions/go.js';
import { comparatorFor, ecosystemBase } from './versions/registry.js';
import { semverComparator } from './versions/semver.js';

// OSV records (schema 1.6) and the question every scan asks of them: does this
// record affect this package at this version? Semantics follow the OSV
// specification's evaluation algorithm: a version is affected when it is listed
// in `versions`, or when any SEMVER/ECOSYSTEM range holds it (ranges are ORed);
// within a range, events are sorted by version and swept: `introduced` opens,
// `fixed` (version >= fixed) and `last_affected` (version > last_affected) close,
// and `limit` events cap the whole range. GIT ranges speak of commits and never
// decide for a package that has versions. Withdrawn records affect nothing.

export type OsvSeverityType = 'CVSS_V2' | 'CVSS_V3' | 'CVSS_V4' | 'Ubuntu';
export interface OsvSeverity {
  type: OsvSeverityType;
  score: string;
}
export interface OsvPackage {
  ecosystem: string;
  name: string;
  purl?: string;
}
export type OsvEvent =
  | { introduced: string }
  | { fixed: string }
  | { last_affected: string }
  | { limit: string };
export type OsvRangeType = 'SEMVER' | 'ECOSYSTEM' | 'GIT';
export interface OsvRange {
  type: OsvRangeType;
  repo?: string;
  events: OsvEvent[];
  database_specific?: Record<string, unknown>;
}
export interface OsvAffected {
  package?: OsvPackage;
  severity?: OsvSeverity[];
  ranges?: OsvRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}
export interface OsvReference {
  type: string;
  url: string;
}
export interface OsvRecord {
  schema_version?: string;
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: OsvSeverity[];
  affected?: OsvAffected[];
  references?: OsvReference[];
  credits?: unknown[];
  database_specific?: Record<string, unknown>;
}

const SEVERITY_TYPES = new Set(['CVSS_V2', 'CVSS_V3', 'CVSS_V4', 'Ubuntu']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
// RFC 3339 date-time as OSV writes it; checked without backtracking-prone patterns.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * Collects problems, each naming the field it is about. Every record of an
 * export passes through here on each fill, so field names are built only when
 * a problem is found: the common, valid case checks types and moves on.
 */
class Checker {
  readonly problems: string[] = [];

  bad(field: string, what: string): void {
    this.problems.push(`field ${field}: ${what}`);
  }

  str(v: unknown, field: string, required: boolean): v is string {
    if (isNonEmptyString(v)) return true;
    if (v === undefined) {
      if (required) this.bad(field, 'is missing');
      return false;
    }
    this.bad(field, 'must be a non-empty string');
    return false;
  }

  time(v: unknown, field: string, required: boolean): void {
    if (this.str(v, field, required) && !TIMESTAMP.test(v)) {
      this.bad(field, `'${printable(v)}' is not an RFC 3339 timestamp`);
    }
  }

  strings(v: unknown, field: string): void {
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.bad(field, 'must be an array of strings');
      return;
    }
    for (let i = 0; i < v.length; i++)
      if (typeof v[i] !== 'string') this.bad(`${field}[${i}]`, 'must be a string');
  }

  object(v: unknown, field: string): void {
    if (v !== undefined && !isObject(v)) this.bad(field, 'must be an object');
  }

  severities(v: unknown, field: string): void {
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.bad(field, 'must be an array');
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const s = v[i] as unknown;
      if (!isObject(s)) {
        this.bad(`${field}[${i}]`, 'must be an object');
        continue;
      }
      if (typeof s.type !== 'string' || !SEVERITY_TYPES.has(s.type)) {
        this.bad(
          `${field}[${i}].type`,
          `'${printable(String(s.type))}' is not one of CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu`,
        );
      }
      if (!isNonEmptyString(s.score)) this.str(s.score, `${field}[${i}].score`, true);
    }
  }

  references(v: unknown): void {
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.bad('references', 'must be an array');
      return;
    }
    for (let i = 0; i < v.length; i++) {
      const r = v[i] as unknown;
      if (!isObject(r)) {
        this.bad(`references[${i}]`, 'must be an object');
        continue;
      }
      if (!isNonEmptyString(r.type)) this.str(r.type, `references[${i}].type`, true);
      if (!isNonEmptyString(r.url)) this.str(r.url, `references[${i}].url`, true);
    }
  }

  affected(a: unknown, i: number): void {
    const at = `affected[${i}]`;
    if (!isObject(a)) {
      this.bad(at, 'must be an object');
      return;
    }
    const ranges = a.ranges;
    const pkg = a.package;
    if (pkg === undefined) {
      const onlyGit =
        Array.isArray(ranges) && ranges.length > 0 && ranges.every((r) => isObject(r) && r.type === 'GIT');
      if (!onlyGit) this.bad(`${at}.package`, 'is missing (required unless every range is GIT)');
    } else if (!isObject(pkg)) {
      this.bad(`${at}.package`, 'must be an object');
    } else {
      if (!isNonEmptyString(pkg.ecosystem)) this.str(pkg.ecosystem, `${at}.package.ecosystem`, true);
      if (!isNonEmptyString(pkg.name)) this.str(pkg.name, `${at}.package.name`, true);
      if (pkg.purl !== undefined && !isNonEmptyString(pkg.purl))
        this.str(pkg.purl, `${at}.package.purl`, false);
    }
    if (a.versions !== undefined) this.strings(a.versions, `${at}.versions`);
    if (a.severity !== undefined) this.severities(a.severity, `${at}.severity`);
    if (a.ecosystem_specific !== undefined) this.object(a.ecosystem_specific, `${at}.ecosystem_specific`);
    if (a.database_specific !== undefined) this.object(a.database_specific, `${at}.database_specific`);
    if (ranges === undefined) return;
    if (!Array.isArray(ranges)) {
      this.bad(`${at}.ranges`, 'must be an array');
      return;
    }
    for (let j = 0; j < ranges.length; j++) this.range(ranges[j], at, j);
  }

  range(r: unknown, parent: string, j: number): void {
    const at = () => `${parent}.ranges[${j}]`;
    if (!isObject(r)) {
      this.bad(at(), 'must be an object');
      return;
    }
    const type = r.type;
    if (type !== 'SEMVER' && type !== 'ECOSYSTEM' && type !== 'GIT') {
      this.bad(`${at()}.type`, `'${printable(String(type))}' is not one of SEMVER, ECOSYSTEM, GIT`);
    }
    if (type === 'GIT' && !isNonEmptyString(r.repo)) this.str(r.repo, `${at()}.repo`, true);
    const events = r.events;
    if (!Array.isArray(events) || events.length === 0) {
      this.bad(`${at()}.events`, 'must be a non-empty array');
      return;
    }
    let introduced = 0;
    for (let k = 0; k < events.length; k++) {
      const e = events[k] as unknown;
      if (!isObject(e)) {
        this.bad(`${at()}.events[${k}]`, 'must be an object');
        continue;
      }
      let key: (typeof EVENT_KEYS)[number] | undefined;
      let keys = 0;
      for (const name of EVENT_KEYS)
        if (e[name] !== undefined) {
          key = name;
          keys++;
        }
      if (keys !== 1 || key === undefined) {
        this.bad(`${at()}.events[${k}]`, 'must have exactly one of introduced, fixed, last_affected, limit');
        continue;
      }
      if (!isNonEmptyString(e[key])) this.str(e[key], `${at()}.events[${k}].${key}`, true);
      else if (key === 'introduced') introduced++;
    }
    if (introduced === 0) this.bad(`${at()}.events`, "has no 'introduced' event");
  }
}

/**
 * Every way `data` fails to be an OSV record, each naming the field
 * (`affected[0].ranges[1].events[2]`). Empty when the record is valid.
 * Unknown fields are allowed, as the schema allows them.
 */
export function osvProblems(data: unknown): string[] {
  if (!isObject(data)) return ['not a JSON object'];
  const c = new Checker();
  c.str(data.id, 'id', true);
  if (typeof data.id === 'string' && /\s/.test(data.id)) c.bad('id', 'must not contain whitespace');
  c.time(data.modified, 'modified', true);
  if (data.published !== undefined) c.time(data.published, 'published', false);
  if (data.withdrawn !== undefined) c.time(data.withdrawn, 'withdrawn', false);
  if (data.schema_version !== undefined) c.str(data.schema_version, 'schema_version', false);
  c.strings(data.aliases, 'aliases');
  c.strings(data.related, 'related');
  c.strings(data.upstream, 'upstream');
  if (data.summary !== undefined && typeof data.summary !== 'string') c.bad('summary', 'must be a string');
  if (data.details !== undefined && typeof data.details !== 'string') c.bad('details', 'must be a string');
  c.severities(data.severity, 'severity');
  c.object(data.database_specific, 'database_specific');
  c.references(data.references);
  const affected = data.affected;
  if (affected !== undefined) {
    if (!Array.isArray(affected)) c.bad('affected', 'must be an array');
    else for (let i = 0; i < affected.length; i++) c.affected(affected[i], i);
  }
  return c.problems;
}

/** The record, typed, or an InputError naming the source, the record id and every bad field. */
export function validateOsvRecord(data: unknown, source: string): OsvRecord {
  const problems = osvProblems(data);
  if (problems.length > 0) {
    const id = isObject(data) && typeof data.id === 'string' ? ` record ${printable(data.id)}` : '';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new InputError(`${source}:${id} is not valid OSV: ${problems[0]}${more}`);
  }
  return data as unknown as OsvRecord;
}

// ---- evaluation -------------------------------------------------------------

export type AffectsResult =
  | {
      verdict: 'affected';
      /** The affected[] entry that matched. */
      affected: OsvAffected;
      /** The range that holds the version; absent when the `versions` list decided. */
      range?: OsvRange;
      via: 'versions' | 'range';
      /** `fixed` versions above the queried version, lowest first: the upgrade targets. */
      fixed: string[];
    }
  | { verdict: 'not-affected'; withdrawn?: boolean }
  /** The record names the package but its versions could not be compared; never read as safe. */
  | { verdict: 'unknown'; reasons: string[] };

type Bound = ParsedVersion | 'zero' | 'infinity';
interface Compiled {
  events: { kind: 'introduced' | 'fixed' | 'last_affected'; at: Bound; raw: string }[];
  limits: Bound[];
}

// A range is almost always read with one comparator: that one is kept in the
// first slot, others (a SEMVER range in Go and elsewhere) in a map.
interface CompiledSlot {
  c: Comparator;
  out: Compiled | string;
  more?: Map<Comparator, Compiled | string>;
}
const compiledRanges = new WeakMap<OsvRange, CompiledSlot>();

function compile(range: OsvRange, c: Comparator): Compiled | string {
  const slot = compiledRanges.get(range);
  if (slot) {
    if (slot.c === c) return slot.out;
    const hit = slot.more?.get(c);
    if (hit) return hit;
  }
  const out = compileWith(range, c);
  if (!slot) compiledRanges.set(range, { c, out });
  else {
    slot.more ??= new Map();
    slot.more.set(c, out);
  }
  return out;
}

function compileWith(range: OsvRange, c: Comparator): Compiled | string {
  const events: Compiled['events'] = [];
  const limits: Bound[] = [];
  let problem: string | undefined;
  for (const e of range.events) {
    // Each event has exactly one key (validated): the first own key is it.
    let kind = 'introduced' as 'introduced' | 'fixed' | 'last_affected' | 'limit';
    for (const k in e) {
      kind = k as typeof kind;
      break;
    }
    const raw = (e as Record<string, string>)[kind] as string;
    let at: Bound;
    if (kind === 'introduced' && raw === '0') at = 'zero';
    else if (kind === 'limit' && raw === '*') at = 'infinity';
    else {
      const p = c.parse(raw);
      if (!p.valid) {
        problem = `${kind} '${printable(raw)}' is not a valid ${c.ecosystem} version (${p.reason})`;
        break;
      }
      at = p;
    }
    if (kind === 'limit') limits.push(at);
    else events.push({ kind: kind as Compiled['events'][number]['kind'], at, raw });
  }
  // Ties keep introduced before last_affected before fixed: `introduced: 1.0,
  // fixed: 1.0` is an empty range, as its author meant.
  const tieRank = { introduced: 0, last_affected: 1, fixed: 2 } as const;
  return (
    problem ??
    ({
      events: events.sort((x, y) => compareBound(c, x.at, y.at) || tieRank[x.kind] - tieRank[y.kind]),
      limits,
    } satisfies Compiled)
  );
}

function compareBound(c: Comparator, a: Bound, b: Bound): number {
  if (a === b) return 0;
  if (a === 'zero' || b === 'infinity') return -1;
  if (b === 'zero' || a === 'infinity') return 1;
  return c.compareParsed(a, b);
}

function rangeHolds(compiled: Compiled, c: Comparator, v: ParsedVersion): boolean {
  let affected = false;
  for (const e of compiled.events) {
    const cmp = compareBound(c, v, e.at);
    if (e.kind === 'introduced') {
      if (cmp >= 0) affected = true;
    } else if (e.kind === 'fixed') {
      if (cmp >= 0) affected = false;
    } else if (cmp > 0) affected = false;
  }
  if (!affected) return false;
  return compiled.limits.length === 0 || compiled.limits.some((l) => compareBound(c, v, l) < 0);
}

function comparatorForRange(type: OsvRangeType, ecosystem: string): Comparator | undefined {
  if (type === 'SEMVER') return ecosystemBase(ecosystem) === 'Go' ? goComparator : semverComparator;
  return comparatorFor(ecosystem);
}

/** Whether an affected[] entry names this package; an entry with a bare distro name covers all its releases. */
function namesPackage(a: OsvAffected, ecosystem: string, name: string): boolean {
  const pkg = a.package;
  if (!pkg) return false;
  if (pkg.ecosystem !== ecosystem && pkg.ecosystem !== ecosystemBase(ecosystem)) return false;
  return normalisePackageName(ecosystem, pkg.name) === name;
}

/** `fixed` versions of the entry's ranges above the version, lowest first (for a `versions`-list match). */
function fixedAbove(ranges: readonly OsvRange[], ecosystem: string, version: string): string[] {
  const found: { raw: string; at: ParsedVersion; c: Comparator }[] = [];
  for (const r of ranges) {
    const c = r.type === 'GIT' ? undefined : comparatorForRange(r.type, ecosystem);
    const v = c?.parse(version);
    if (!c || !v?.valid) continue;
    for (const e of r.events) {
      if (!('fixed' in e) || found.some((f) => f.raw === e.fixed)) continue;
      const p = c.parse(e.fixed);
      if (p.valid && c.compareParsed(p, v) > 0) found.push({ raw: e.fixed, at: p, c });
    }
  }
  return found.sort((x, y) => (x.c === y.c ? x.c.compareParsed(x.at, y.at) : 0)).map((f) => f.raw);
}

/**
 * Does `record` affect `packageName` at `version` in `ecosystem` (an OSV
 * ecosystem name such as `npm`, `PyPI`, `Debian:12`, `Alpine:v3.20`)?
 */
export function affects(
  record: OsvRecord,
  ecosystem: string,
  packageName: string,
  version: string,
): AffectsResult {
  if (record.withdrawn) return { verdict: 'not-affected', withdrawn: true };
  const name = normalisePackageName(ecosystem, packageName);
  const reasons: string[] = [];
  const ecoComparator = comparatorFor(ecosystem);
  const parsedVersion = ecoComparator?.parse(version);
  const validVersion = parsedVersion?.valid ? parsedVersion : undefined;

  for (const a of record.affected ?? []) {
    if (!namesPackage(a, ecosystem, name)) continue;
    const ranges = a.ranges ?? [];

    // The explicit list is exact strings; a comparator also accepts equal spellings (`1.0` == `1.0.0` in PyPI).
    if (a.versions && a.versions.length > 0) {
      const listed =
        a.versions.includes(version) ||
        (validVersion !== undefined &&
          a.versions.some((lv) => {
            const p = ecoComparator?.parse(lv);
            return p?.valid === true && p.normalised === validVersion.normalised;
          }));
      if (listed)
        return {
          verdict: 'affected',
          affected: a,
          via: 'versions',
          fixed: fixedAbove(ranges, ecosystem, version),
        };
    }

    for (const r of ranges) {
      if (r.type === 'GIT') continue;
      const c = comparatorForRange(r.type, ecosystem);
      if (!c) {
        reasons.push(`${record.id}: no version rules for ecosystem '${ecosystem}'`);
        continue;
      }
      const v = c.parse(version);
      if (!v.valid) {
        reasons.push(
          `${record.id}: '${printable(version)}' is not a valid ${c.ecosystem} version (${v.reason})`,
        );
        continue;
      }
      const compiled = compile(r, c);
      if (typeof compiled === 'string') {
        reasons.push(`${record.id}: ${a.package?.name} ${r.type} range: ${compiled}`);
        continue;
      }
      if (rangeHolds(compiled, c, v)) {
        const fixed = compiled.events
          .filter((e) => e.kind === 'fixed' && compareBound(c, e.at, v) > 0)
          .map((e) => e.raw);
        return { verdict: 'affected', affected: a, range: r, via: 'range', fixed };
      }
    }
  }
  return reasons.length > 0 ? { verdict: 'unknown', reasons } : { verdict: 'not-affected' };
}

// ---- pre-compiled ranges ------------------------------------------------------
//
// The advisory index stores, per record, what `affects` reads of it in a
// compact binary form: each affected entry's index key, its `versions` list and
// its non-GIT ranges' events, as written. The build only copies strings: no
// version is parsed there, because a build handles every record of an
// ecosystem while a scan evaluates the few records of its packages. A lookup
// parses the bounds it reads (comparators cache parses), sorts a range's events
// when the record did not write them in order, and decides without parsing the
// record's JSON. Only a match, or a case the form does not settle (a listed
// version, a version or bound that does not parse), goes back to the full record
// and `affects`, so the verdict is the same by construction.
//
// Layout: u8 flags (1: always use the full record), u16 entries; per entry:
// str key, u16 affected index, u16 versions, str per version, u8 ranges; per
// range: u8 range index, u8 type (0 SEMVER, 1 ECOSYSTEM), u16 events, (u8 kind,
// str version) per event in record order. Kinds: 0 introduced, 1 last_affected,
// 2 fixed, 3 limit (the first three are also their tie ranks when sorting). A str
// is a u16 byte length then UTF-8.

const FULL_RECORD = 1;
const U16 = 0xffff;
const KIND_NUMBER: Record<string, number> = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };

/** Appends match data of many records to one growing buffer; a record's bytes are copied out whole. */
class MatchWriter {
  #buf = Buffer.allocUnsafe(64 * 1024);
  #at = 0;
  reset(): void {
    this.#at = 0;
  }
  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#at + n));
    this.#buf.copy(next, 0, 0, this.#at);
    this.#buf = next;
  }
  u8(v: number): void {
    this.#room(1);
    this.#buf[this.#at++] = v;
  }
  u16(v: number): void {
    this.#room(2);
    const buf = this.#buf;
    buf[this.#at] = v & 0xff;
    buf[this.#at + 1] = v >>> 8;
    this.#at += 2;
  }
  /** False when the string is too long for the form. */
  str(s: string): boolean {
    // Versions and keys are short and nearly always ASCII: copied here, cheaper than a native call per string.
    const len = s.length;
    if (len <= 255) {
      this.#room(2 + len);
      const buf = this.#buf;
      let at = this.#at + 2;
      let ascii = true;
      for (let i = 0; i < len; i++) {
        const ch = s.charCodeAt(i);
        if (ch > 0x7f) {
          ascii = false;
          break;
        }
        buf[at++] = ch;
      }
      if (ascii) {
        buf[this.#at] = len;
        buf[this.#at + 1] = 0;
        this.#at = at;
        return true;
      }
    }
    const n = Buffer.byteLength(s, 'utf8');
    if (n > U16) return false;
    this.u16(n);
    this.#room(n);
    this.#buf.write(s, this.#at, n, 'utf8');
    this.#at += n;
    return true;
  }
  /** A copy of what was written since reset (small copies come from Node's buffer pool, not one allocation each). */
  done(): Buffer {
    return Buffer.from(this.#buf.subarray(0, this.#at));
  }
}

const FULL_ONLY = Uint8Array.of(FULL_RECORD, 0, 0);
const writer = new MatchWriter();

/**
 * The pre-compiled matching data of a (compact) record; `keyOf` gives an
 * affected entry's index key. A record the form cannot hold is marked to be
 * evaluated from its JSON.
 */
export function compileMatchData(record: OsvRecord, keyOf: (pkg: OsvPackage) => string): Uint8Array {
  const affected = record.affected ?? [];
  if (record.withdrawn || affected.length > U16) return FULL_ONLY;
  const w = writer;
  w.reset();
  w.u8(0);
  w.u16(affected.length);
  for (let ai = 0; ai < affected.length; ai++) {
    const a = affected[ai] as OsvAffected;
    if (!a.package || !w.str(keyOf(a.package))) return FULL_ONLY;
    w.u16(ai);
    const versions = a.versions ?? [];
    if (versions.length > U16) return FULL_ONLY;
    w.u16(versions.length);
    for (const lv of versions) if (!w.str(lv)) return FULL_ONLY;
    const ranges = a.ranges ?? [];
    if (ranges.length > 255) return FULL_ONLY;
    let count = 0;
    for (const r of ranges) if (r.type !== 'GIT') count++;
    w.u8(count);
    for (let ri = 0; ri < ranges.length; ri++) {
      const r = ranges[ri] as OsvRange;
      if (r.type === 'GIT') continue;
      if (r.events.length > U16) return FULL_ONLY;
      w.u8(ri);
      w.u8(r.type === 'SEMVER' ? 0 : 1);
      w.u16(r.events.length);
      for (const e of r.events) {
        // Each event has exactly one key (validated): the first own key is it.
        for (const k in e) {
          w.u8(KIND_NUMBER[k] as number);
          if (!w.str((e as Record<string, string>)[k] as string)) return FULL_ONLY;
          break;
        }
      }
    }
  }
  return w.done();
}

export type CompiledVerdict =
  | { verdict: 'not-affected' }
  /** The pre-compiled form does not settle it: evaluate the full record with `affects`. */
  | { verdict: 'full' }
  | { verdict: 'affected'; affectedIndex: number; rangeIndex: number; fixed: string[] };

const NOT_AFFECTED: CompiledVerdict = { verdict: 'not-affected' };
const FULL: CompiledVerdict = { verdict: 'full' };

/** The package side of a pre-compiled evaluation, reused across the records of one package. */
export class CompiledQuery {
  readonly ecosystem: string;
  readonly version: string;
  /** Index keys the package is filed under (release and bare distribution), as UTF-8. */
  readonly keys: Buffer[];
  readonly #parsed = new Map<Comparator | undefined, ParsedVersion | undefined>();

  constructor(ecosystem: string, version: string, keys: readonly string[]) {
    this.ecosystem = ecosystem;
    this.version = version;
    this.keys = keys.map((k) => Buffer.from(k, 'utf8'));
  }

  parsed(c: Comparator | undefined): ParsedVersion | undefined {
    if (this.#parsed.has(c)) return this.#parsed.get(c);
    const p = c?.parse(this.version);
    const out = p?.valid ? p : undefined;
    this.#parsed.set(c, out);
    return out;
  }
}

interface ReadEvent {
  kind: number;
  at: Bound;
  raw: string;
}

/** Evaluates pre-compiled data (bytes `start` to `end` of `data`) as `affects` would. */
export function affectsCompiled(data: Buffer, start: number, end: number, q: CompiledQuery): CompiledVerdict {
  if (end - start < 3 || (data[start] as number) & FULL_RECORD) return FULL;
  let at = start + 1;
  const u16 = () => {
    const v = (data[at] as number) | ((data[at + 1] as number) << 8);
    at += 2;
    return v;
  };
  const entries = u16();
  const ecoComparator = comparatorFor(q.ecosystem);
  for (let n = 0; n < entries; n++) {
    const keyLength = u16();
    const keyStart = at;
    at += keyLength;
    let names = false;
    for (const k of q.keys)
      if (k.length === keyLength && k.compare(data, keyStart, keyStart + keyLength) === 0) names = true;
    const affectedIndex = u16();
    const versions = u16();
    if (!names) {
      // Not `at += u16()`: that reads `at` before u16 moves it.
      for (let i = 0; i < versions; i++) {
        const length = u16();
        at += length;
      }
      const ranges = data[at++] as number;
      for (let r = 0; r < ranges; r++) {
        at += 2;
        const events = u16();
        for (let e = 0; e < events; e++) {
          at += 1;
          const length = u16();
          at += length;
        }
      }
      continue;
    }
    if (versions > 0) {
      // As `affects`: the exact string, or an equal spelling under the ecosystem's rules.
      const v = q.parsed(ecoComparator);
      for (let i = 0; i < versions; i++) {
        const length = u16();
        const raw = data.toString('utf8', at, at + length);
        at += length;
        if (raw === q.version) return FULL;
        if (v !== undefined) {
          const p = ecoComparator?.parse(raw);
          if (p?.valid && p.normalised === v.normalised) return FULL;
        }
      }
    }
    const ranges = data[at++] as number;
    for (let r = 0; r < ranges; r++) {
      const rangeIndex = data[at++] as number;
      const type = data[at++] === 0 ? 'SEMVER' : 'ECOSYSTEM';
      const count = u16();
      const c = comparatorForRange(type, q.ecosystem);
      const v = q.parsed(c);
      if (!c || !v) return FULL;
      // The sorted sweep of `rangeHolds` ends in the state set by the greatest
      // event (by version, ties introduced < last_affected < fixed) that the
      // version has reached; that event is found in one pass over the events as
      // written, so a range is never sorted and mostly compared only with `v`.
      let last: ReadEvent | undefined;
      let fixed: ReadEvent[] | undefined;
      let limited = false;
      let belowLimit = false;
      for (let e = 0; e < count; e++) {
        const kind = data[at++] as number;
        const length = u16();
        const raw = data.toString('utf8', at, at + length);
        at += length;
        let bound: Bound;
        if (kind === 0 && raw === '0') bound = 'zero';
        else if (kind === 3 && raw === '*') bound = 'infinity';
        else {
          const p = c.parse(raw);
          if (!p.valid) return FULL;
          bound = p;
        }
        const cmp = compareBound(c, v, bound);
        if (kind === 3) {
          limited = true;
          if (cmp < 0) belowLimit = true;
          continue;
        }
        if (kind === 2 && cmp < 0) {
          fixed ??= [];
          fixed.push({ kind, at: bound, raw });
        }
        // introduced and fixed apply from their version on, last_affected above it.
        if (kind === 1 ? cmp <= 0 : cmp < 0) continue;
        if (last) {
          const order = compareBound(c, bound, last.at);
          if (order < 0 || (order === 0 && kind <= last.kind)) continue;
        }
        last = { kind, at: bound, raw };
      }
      if (last?.kind !== 0 || (limited && !belowLimit)) continue;
      if (fixed && fixed.length > 1) fixed.sort((x, y) => compareBound(c, x.at, y.at));
      return {
        verdict: 'affected',
        affectedIndex,
        rangeIndex,
        fixed: fixed ? fixed.map((f) => f.raw) : [],
      };
    }
  }
  return NOT_AFFECTED;
}
