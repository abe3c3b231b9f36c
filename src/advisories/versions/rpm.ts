import {
  type Comparator,
  compareDigits,
  compareStrings,
  defineComparator,
  isAsciiLetter,
  isDigit,
  type Ordering,
  stripZeros,
} from './comparator.js';

// RPM's rpmvercmp (rpm >= 4.15) with epochs: [epoch:]version[-release]. Each
// part is read as runs of ASCII digits or letters; every other character only
// separates runs. '~' sorts before everything, even the end of the string; '^'
// sorts after the end but before any further run; numbers beat letters, numbers
// compare as numbers and letters as bytes. That makes rpmvercmp a plain
// lexicographic order over tokens, which is how it is written here (no
// maintained npm package implements it). Used for AlmaLinux, Rocky, Red Hat,
// SUSE, openSUSE and other RPM distributions.

// Token ranks: '~' < end < '^' < letters < digits.
const TILDE = 0;
const END = 1;
const CARET = 2;
const ALPHA = 3;
const NUM = 4;
type Token = readonly [rank: number, text: string];
const END_TOKEN: Token = [END, ''];

function tokens(part: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < part.length) {
    const c = part.charCodeAt(i);
    if (c === 126) {
      out.push([TILDE, '~']);
      i++;
    } else if (c === 94) {
      out.push([CARET, '^']);
      i++;
    } else if (isDigit(c)) {
      const s = i;
      while (i < part.length && isDigit(part.charCodeAt(i))) i++;
      out.push([NUM, stripZeros(part.slice(s, i))]);
    } else if (isAsciiLetter(c)) {
      const s = i;
      while (i < part.length && isAsciiLetter(part.charCodeAt(i))) i++;
      out.push([ALPHA, part.slice(s, i)]);
    } else {
      i++;
    }
  }
  return out;
}

function compareToken(a: Token, b: Token): Ordering {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[0] === NUM) return compareDigits(a[1], b[1]);
  return compareStrings(a[1], b[1]);
}

function compareTokens(a: readonly Token[], b: readonly Token[]): Ordering {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const r = compareToken(a[i] ?? END_TOKEN, b[i] ?? END_TOKEN);
    if (r !== 0) return r;
  }
  return 0;
}

interface Key {
  epoch: string;
  version: Token[];
  release: Token[];
}

const PRINTABLE = /^[\x21-\x7e]+$/;

function parse(input: string): { key: Key; normalised: string } | string {
  if (!PRINTABLE.test(input)) return 'contains spaces or non-ASCII characters';
  let rest = input;
  let epoch = '0';
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const e = rest.slice(0, colon);
    if (!/^\d{1,10}$/.test(e)) return `epoch '${e}' is not a number`;
    epoch = stripZeros(e);
    rest = rest.slice(colon + 1);
  }
  let release = '';
  const hyphen = rest.lastIndexOf('-');
  if (hyphen !== -1) {
    release = rest.slice(hyphen + 1);
    rest = rest.slice(0, hyphen);
    if (release.length === 0) return 'empty release after the last hyphen';
  }
  const version = tokens(rest);
  if (!version.some((t) => t[0] === NUM || t[0] === ALPHA))
    return `version '${rest}' has no digits or letters`;
  const key: Key = { epoch, version, release: tokens(release) };
  const show = (ts: Token[]): string => ts.map((t) => (t[0] === NUM ? `#${t[1]}` : t[1])).join('.');
  return { key, normalised: `${epoch}:${show(key.version)}-${show(key.release)}` };
}

function compareKeys(a: Key, b: Key): Ordering {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareTokens(a.version, b.version) ||
    compareTokens(a.release, b.release)
  );
}

/** Compares two bare version strings (no epoch or release) as rpmvercmp does. */
export function rpmvercmp(a: string, b: string): Ordering {
  return compareTokens(tokens(a), tokens(b));
}

export const rpmComparator: Comparator = defineComparator<Key>({
  ecosystem: 'rpm',
  parse,
  compareKeys,
});
