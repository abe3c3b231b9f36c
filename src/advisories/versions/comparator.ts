import { InputError } from '../../errors.js';

// One contract for every ecosystem's version rules. A matcher compares the same
// few thousand version strings against hundreds of thousands of range bounds, so
// each comparator parses a string once into a key and keeps it; comparisons then
// only walk keys. An invalid version is a value, never a silent zero: callers
// decide whether to report it or to throw.

export type Ordering = -1 | 0 | 1;

export interface ParsedVersion {
  readonly valid: true;
  readonly raw: string;
  /** Canonical text: two versions compare equal exactly when these are equal. */
  readonly normalised: string;
  /** Comparator-private sort key. */
  readonly key: unknown;
}

export interface InvalidVersion {
  readonly valid: false;
  readonly raw: string;
  /** Why the string is not a version of this ecosystem, in a few words. */
  readonly reason: string;
}

export interface Comparator {
  /** The version scheme, e.g. `dpkg`, `semver`, `maven`. */
  readonly ecosystem: string;
  parse(version: string): ParsedVersion | InvalidVersion;
  isValid(version: string): boolean;
  /** Throws InputError naming the version and scheme when either side is invalid. */
  compare(a: string, b: string): Ordering;
  /** compareParsed skips the cache lookups when the caller already holds parsed versions. */
  compareParsed(a: ParsedVersion, b: ParsedVersion): Ordering;
  /** Throws InputError when the version is invalid. */
  normalise(version: string): string;
}

export interface ComparatorRules<K> {
  readonly ecosystem: string;
  /** A key, or a string saying why the version is invalid. */
  parse(version: string): { key: K; normalised: string } | string;
  compareKeys(a: K, b: K): Ordering;
}

// Bounded so a long-running process cannot grow without limit; a full cache is
// dropped whole, which is cheaper than tracking recency on the hot path.
const CACHE_LIMIT = 250_000;

export function defineComparator<K>(rules: ComparatorRules<K>): Comparator {
  let cache = new Map<string, ParsedVersion | InvalidVersion>();

  const parse = (version: string): ParsedVersion | InvalidVersion => {
    const hit = cache.get(version);
    if (hit) return hit;
    let out: ParsedVersion | InvalidVersion;
    if (typeof version !== 'string') {
      out = { valid: false, raw: String(version), reason: 'not a string' };
    } else if (version.length === 0) {
      out = { valid: false, raw: version, reason: 'empty version' };
    } else if (version.length > 256) {
      out = { valid: false, raw: version, reason: 'longer than 256 characters' };
    } else {
      const r = rules.parse(version);
      out =
        typeof r === 'string'
          ? { valid: false, raw: version, reason: r }
          : { valid: true, raw: version, normalised: r.normalised, key: r.key };
    }
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(version, out);
    return out;
  };

  const mustParse = (version: string): ParsedVersion => {
    const p = parse(version);
    if (!p.valid) {
      throw new InputError(`invalid ${rules.ecosystem} version '${printable(version)}': ${p.reason}`);
    }
    return p;
  };

  const compareParsed = (a: ParsedVersion, b: ParsedVersion): Ordering =>
    a.normalised === b.normalised ? 0 : rules.compareKeys(a.key as K, b.key as K);

  return {
    ecosystem: rules.ecosystem,
    parse,
    isValid: (v) => parse(v).valid,
    compare: (a, b) => compareParsed(mustParse(a), mustParse(b)),
    compareParsed,
    normalise: (v) => mustParse(v).normalised,
  };
}

/** Error messages quote user data on one line and at a bounded length. */
export function printable(s: string): string {
  const flat = String(s).replace(/[\r\n\t]/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

export function sign(n: number): Ordering {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Strips leading zeros from a run of ASCII digits ("" and "000" become "0"). */
export function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.length === 0 ? '0' : digits.slice(i);
}

/**
 * Compares two runs of digits without leading zeros as numbers of any size:
 * versions carry dates and build stamps longer than a double holds exactly.
 */
export function compareDigits(a: string, b: string): Ordering {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareStrings(a: string, b: string): Ordering {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Lexicographic comparison of two lists with a per-element comparison; a proper prefix sorts first. */
export function compareLists<T>(a: readonly T[], b: readonly T[], each: (x: T, y: T) => Ordering): Ordering {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = each(a[i] as T, b[i] as T);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
