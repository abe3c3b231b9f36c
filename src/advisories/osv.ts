import YAML from 'yaml';
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
const RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
// RFC 3339 date-time as OSV writes it; checked without backtracking-prone patterns.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects problems, each naming the field it is about. */
class Checker {
  readonly problems: string[] = [];

  bad(field: string, what: string): void {
    this.problems.push(`field ${field}: ${what}`);
  }

  str(v: unknown, field: string, required: boolean): v is string {
    if (v === undefined) {
      if (required) this.bad(field, 'is missing');
      return false;
    }
    if (typeof v !== 'string' || v.length === 0) {
      this.bad(field, 'must be a non-empty string');
      return false;
    }
    return true;
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
    for (const [i, s] of v.entries())
      if (typeof s !== 'string') this.bad(`${field}[${i}]`, 'must be a string');
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
    for (const [i, s] of v.entries()) {
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
      this.str(s.score, `${field}[${i}].score`, true);
    }
  }

  references(v: unknown): void {
    if (v === undefined) return;
    if (!Array.isArray(v)) {
      this.bad('references', 'must be an array');
      return;
    }
    for (const [i, r] of v.entries()) {
      if (!isObject(r)) {
        this.bad(`references[${i}]`, 'must be an object');
        continue;
      }
      this.str(r.type, `references[${i}].type`, true);
      this.str(r.url, `references[${i}].url`, true);
    }
  }

  affected(a: unknown, at: string): void {
    if (!isObject(a)) {
      this.bad(at, 'must be an object');
      return;
    }
    const ranges = Array.isArray(a.ranges) ? a.ranges : [];
    const onlyGit = ranges.length > 0 && ranges.every((r) => isObject(r) && r.type === 'GIT');
    if (a.package === undefined) {
      if (!onlyGit) this.bad(`${at}.package`, 'is missing (required unless every range is GIT)');
    } else if (!isObject(a.package)) {
      this.bad(`${at}.package`, 'must be an object');
    } else {
      this.str(a.package.ecosystem, `${at}.package.ecosystem`, true);
      this.str(a.package.name, `${at}.package.name`, true);
      if (a.package.purl !== undefined) this.str(a.package.purl, `${at}.package.purl`, false);
    }
    this.strings(a.versions, `${at}.versions`);
    this.severities(a.severity, `${at}.severity`);
    this.object(a.ecosystem_specific, `${at}.ecosystem_specific`);
    this.object(a.database_specific, `${at}.database_specific`);
    if (a.ranges === undefined) return;
    if (!Array.isArray(a.ranges)) {
      this.bad(`${at}.ranges`, 'must be an array');
      return;
    }
    for (const [j, r] of a.ranges.entries()) this.range(r, `${at}.ranges[${j}]`);
  }

  range(r: unknown, at: string): void {
    if (!isObject(r)) {
      this.bad(at, 'must be an object');
      return;
    }
    if (typeof r.type !== 'string' || !RANGE_TYPES.has(r.type)) {
      this.bad(`${at}.type`, `'${printable(String(r.type))}' is not one of SEMVER, ECOSYSTEM, GIT`);
    }
    if (r.type === 'GIT') this.str(r.repo, `${at}.repo`, true);
    if (!Array.isArray(r.events) || r.events.length === 0) {
      this.bad(`${at}.events`, 'must be a non-empty array');
      return;
    }
    let introduced = 0;
    for (const [k, e] of r.events.entries()) {
      const eat = `${at}.events[${k}]`;
      if (!isObject(e)) {
        this.bad(eat, 'must be an object');
        continue;
      }
      const keys = EVENT_KEYS.filter((key) => e[key] !== undefined);
      if (keys.length !== 1) {
        this.bad(eat, 'must have exactly one of introduced, fixed, last_affected, limit');
        continue;
      }
      const key = keys[0] as (typeof EVENT_KEYS)[number];
      if (this.str(e[key], `${eat}.${key}`, true) && key === 'introduced') introduced++;
    }
    if (introduced === 0) this.bad(`${at}.events`, "has no 'introduced' event");
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
  c.time(data.published, 'published', false);
  c.time(data.withdrawn, 'withdrawn', false);
  if (data.schema_version !== undefined) c.str(data.schema_version, 'schema_version', false);
  c.strings(data.aliases, 'aliases');
  c.strings(data.related, 'related');
  c.strings(data.upstream, 'upstream');
  if (data.summary !== undefined && typeof data.summary !== 'string') c.bad('summary', 'must be a string');
  if (data.details !== undefined && typeof data.details !== 'string') c.bad('details', 'must be a string');
  c.severities(data.severity, 'severity');
  c.object(data.database_specific, 'database_specific');
  c.references(data.references);
  if (data.affected !== undefined) {
    if (!Array.isArray(data.affected)) c.bad('affected', 'must be an array');
    else for (const [i, a] of data.affected.entries()) c.affected(a, `affected[${i}]`);
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

/** Parses OSV JSON, or YAML for `.yaml`/`.yml` files (PyPA's form), and validates it. */
export function parseOsvText(text: string, source: string): OsvRecord {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(source) ? YAML.parse(text) : JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(`${source}: is not valid ${/\.ya?ml$/i.test(source) ? 'YAML' : 'JSON'}: ${why}`);
  }
  return validateOsvRecord(data, source);
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
// compact binary form written at build time: each affected entry's index key,
// its `versions` list (raw and normalised), and its non-GIT ranges with events
// already sorted (limits last). A lookup decides with it, without parsing the
// record's JSON or sorting events again; only a match, or a case the form does
// not settle (a listed version, a version or bound that does not parse), goes
// back to the full record and `affects`, so the verdict is the same by construction.
//
// Layout: u8 flags (1: always use the full record), u16 entries; per entry:
// str key, u16 affected index, u16 versions, (str raw, str normalised or '')
// per version, u8 ranges; per range: u8 range index, u8 type (0 SEMVER,
// 1 ECOSYSTEM), u16 events, (u8 kind, str version) per event. A str is a u16
// byte length then UTF-8.

const KINDS = ['introduced', 'last_affected', 'fixed', 'limit'] as const;
const FULL_RECORD = 1;
const U16 = 0xffff;

// One scratch buffer reused for every record of a build; each result is copied out.
class MatchWriter {
  #buf = Buffer.allocUnsafe(4096);
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
    this.#buf.writeUInt16LE(v, this.#at);
    this.#at += 2;
  }
  /** False when the string is too long for the form. */
  str(s: string): boolean {
    // Versions and keys are nearly always ASCII: copied here, cheaper than a native write per string.
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
        buf.writeUInt16LE(len, this.#at);
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
  done(): Uint8Array {
    return Uint8Array.prototype.slice.call(this.#buf, 0, this.#at) as Uint8Array;
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
  for (const [ai, a] of affected.entries()) {
    if (!a.package || !w.str(keyOf(a.package))) return FULL_ONLY;
    w.u16(ai);
    const versions = a.versions ?? [];
    if (versions.length > U16) return FULL_ONLY;
    w.u16(versions.length);
    const ec = comparatorFor(a.package.ecosystem);
    for (const lv of versions) {
      const p = ec?.parse(lv);
      if (!w.str(lv) || !w.str(p?.valid ? p.normalised : '')) return FULL_ONLY;
    }
    const ranges = a.ranges ?? [];
    let count = 0;
    for (const r of ranges) if (r.type !== 'GIT') count++;
    if (ranges.length > 255) return FULL_ONLY;
    w.u8(count);
    for (const [ri, r] of ranges.entries()) {
      if (r.type === 'GIT') continue;
      const c = comparatorForRange(r.type, a.package.ecosystem);
      if (!c || r.events.length > U16) return FULL_ONLY;
      w.u8(ri);
      w.u8(r.type === 'SEMVER' ? 0 : 1);
      w.u16(r.events.length);
      if (!writeSortedEvents(w, r, c)) return FULL_ONLY;
    }
  }
  return w.done();
}

const KIND_NUMBER: Record<string, number> = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };

/**
 * Writes a range's events sorted as compileWith sorts them, limits last; false
 * when a bound does not parse. Events are nearly always written in order
 * already: that is checked in one pass, and only others are sorted.
 */
function writeSortedEvents(w: MatchWriter, r: OsvRange, c: Comparator): boolean {
  let prev: Bound | undefined;
  let prevKind = -1;
  let inOrder = true;
  let seenLimit = false;
  for (const e of r.events) {
    let key = 'introduced';
    for (const k in e) {
      key = k;
      break;
    }
    const kind = KIND_NUMBER[key] as number;
    const raw = (e as Record<string, string>)[key] as string;
    let at: Bound;
    if (kind === 0 && raw === '0') at = 'zero';
    else if (kind === 3 && raw === '*') at = 'infinity';
    else {
      const p = c.parse(raw);
      if (!p.valid) return false;
      at = p;
    }
    if (kind === 3) {
      seenLimit = true;
      continue;
    }
    // A non-limit after a limit, or out of (version, introduced < last_affected < fixed) order.
    if (seenLimit) inOrder = false;
    else if (prev !== undefined) {
      // Kind numbers of non-limits are their tie ranks.
      const cmp = compareBound(c, prev, at);
      if (cmp > 0 || (cmp === 0 && prevKind > kind)) inOrder = false;
    }
    prev = at;
    prevKind = kind;
  }
  if (inOrder) {
    for (const e of r.events) {
      for (const k in e) {
        w.u8(KIND_NUMBER[k] as number);
        if (!w.str((e as Record<string, string>)[k] as string)) return false;
        break;
      }
    }
    return true;
  }
  const compiled = compileWith(r, c);
  if (typeof compiled === 'string') return false;
  for (const e of compiled.events) {
    w.u8(KINDS.indexOf(e.kind));
    if (!w.str(e.raw)) return false;
  }
  for (const l of compiled.limits) {
    w.u8(3);
    if (!w.str(typeof l === 'string' ? '*' : l.raw)) return false;
  }
  return true;
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

/** Evaluates pre-compiled data (bytes `start` to `end` of `data`) as `affects` would. */
export function affectsCompiled(data: Buffer, start: number, end: number, q: CompiledQuery): CompiledVerdict {
  if (end - start < 3 || (data[start] as number) & FULL_RECORD) return FULL;
  let at = start + 1;
  const u16 = () => {
    const v = data.readUInt16LE(at);
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
      for (let i = 0; i < 2 * versions; i++) {
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
      const v = q.parsed(ecoComparator);
      for (let i = 0; i < versions; i++) {
        const rawLength = u16();
        const raw = data.toString('utf8', at, at + rawLength);
        at += rawLength;
        const normLength = u16();
        const norm = normLength > 0 ? data.toString('utf8', at, at + normLength) : '';
        at += normLength;
        if (raw === q.version || (v !== undefined && norm !== '' && norm === v.normalised)) return FULL;
      }
    }
    const ranges = data[at++] as number;
    for (let r = 0; r < ranges; r++) {
      const rangeIndex = data[at++] as number;
      const type = data[at++] === 0 ? 'SEMVER' : 'ECOSYSTEM';
      const events = u16();
      const c = comparatorForRange(type, q.ecosystem);
      const v = q.parsed(c);
      if (!c || !v) return FULL;
      let affected = false;
      let limited = false;
      let belowLimit = false;
      let fixed: string[] | undefined;
      for (let e = 0; e < events; e++) {
        const kind = data[at++] as number;
        const length = u16();
        const raw = data.toString('utf8', at, at + length);
        at += length;
        let cmp: number;
        if (kind === 0 && raw === '0') cmp = 1;
        else if (kind === 3 && raw === '*') cmp = -1;
        else {
          const p = c.parse(raw);
          if (!p.valid) return FULL;
          cmp = c.compareParsed(v, p);
        }
        if (kind === 0) {
          if (cmp >= 0) affected = true;
        } else if (kind === 2) {
          if (cmp >= 0) affected = false;
          else {
            fixed ??= [];
            fixed.push(raw);
          }
        } else if (kind === 1) {
          if (cmp > 0) affected = false;
        } else {
          limited = true;
          if (cmp < 0) belowLimit = true;
        }
      }
      if (affected && (!limited || belowLimit))
        return { verdict: 'affected', affectedIndex, rangeIndex, fixed: fixed ?? [] };
    }
  }
  return NOT_AFFECTED;
}
