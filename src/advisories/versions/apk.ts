import { type Comparator, defineComparator, isDigit, type Ordering } from './comparator.js';

// apk-tools' version rules (src/version.c, Gentoo-style):
// digits{.digits}[letter]{_suffix[digits]}[-r digits]. The comparison walks a
// token stream: values compare first; when values tie but the kinds of the next
// tokens differ, a pre-release suffix (_alpha, _beta, _pre, _rc) sorts lowest,
// otherwise the kind further along the grammar sorts lower (so `1.2` < `1.2.1`,
// `1.2a` < `1.2.1`, `1.2_rc1` < `1.2` < `1.2_p1` < `1.2-r1`). A digit run after a
// dot that starts with zeros counts as minus the number of zeros (apk's
// "fractional" rule: `1.05` < `1.1`). Written out here: no npm package
// implements it. Used for Alpine, Wolfi and Chainguard.

enum T {
  DigitOrZero = 0,
  Digit = 1,
  Letter = 2,
  Suffix = 3,
  SuffixNo = 4,
  RevisionNo = 5,
  End = 6,
  Invalid = -1,
}

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

interface Cursor {
  s: string;
  i: number;
  type: T;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function nextToken(cur: Cursor): void {
  let n = T.Invalid;
  const { s } = cur;
  if (cur.i >= s.length) {
    n = T.End;
  } else if ((cur.type === T.Digit || cur.type === T.DigitOrZero) && isLower(s.charCodeAt(cur.i))) {
    n = T.Letter;
  } else if (cur.type === T.Letter && isDigit(s.charCodeAt(cur.i))) {
    n = T.Digit;
  } else if (cur.type === T.Suffix && isDigit(s.charCodeAt(cur.i))) {
    n = T.SuffixNo;
  } else {
    const c = s[cur.i];
    if (c === '.') n = T.DigitOrZero;
    else if (c === '_') n = T.Suffix;
    else if (c === '-' && s[cur.i + 1] === 'r') {
      n = T.RevisionNo;
      cur.i++;
    }
    cur.i++;
  }
  if (n < cur.type) {
    const allowed =
      (n === T.DigitOrZero && cur.type === T.Digit) ||
      (n === T.Suffix && cur.type === T.SuffixNo) ||
      (n === T.Digit && cur.type === T.Letter);
    if (!allowed) n = T.Invalid;
  }
  cur.type = n;
}

/** Reads the token of kind cur.type and returns its value; advances cur.type to the next kind. */
function getToken(cur: Cursor): number {
  const { s } = cur;
  let v = 0;
  let i = cur.i;
  let nt = T.Invalid;
  if (i >= s.length) {
    cur.type = T.End;
    return 0;
  }
  switch (cur.type) {
    case T.DigitOrZero:
    case T.Digit:
    case T.SuffixNo:
    case T.RevisionNo:
      if (cur.type === T.DigitOrZero && s.charCodeAt(i) === 48) {
        // leading zeros after a dot: the value is minus their count
        while (i < s.length && s.charCodeAt(i) === 48) i++;
        nt = T.Digit;
        v = -(i - cur.i);
        break;
      }
      while (i < s.length && isDigit(s.charCodeAt(i))) {
        v = v * 10 + (s.charCodeAt(i) - 48);
        i++;
      }
      break;
    case T.Letter:
      v = s.charCodeAt(i);
      i++;
      break;
    case T.Suffix: {
      const rest = s.slice(i);
      const pre = PRE_SUFFIXES.findIndex((x) => rest.startsWith(x));
      if (pre !== -1) {
        v = pre - PRE_SUFFIXES.length;
        i += (PRE_SUFFIXES[pre] as string).length;
        break;
      }
      const post = POST_SUFFIXES.findIndex((x) => rest.startsWith(x));
      if (post !== -1) {
        v = post;
        i += (POST_SUFFIXES[post] as string).length;
        break;
      }
      cur.type = T.Invalid;
      return -1;
    }
    default:
      cur.type = T.Invalid;
      return -1;
  }
  cur.i = i;
  if (i >= s.length) cur.type = T.End;
  else if (nt !== T.Invalid) cur.type = nt;
  else nextToken(cur);
  return v;
}

/**
 * The token stream flattened into numbers so that comparing two versions is a
 * lexicographic walk: value, next-kind rank, value, next-kind rank, …, ending
 * with the rank of End. Ranks encode apk's tie-break between differing kinds.
 */
function kindRank(type: T, cur: Cursor): number {
  if (type === T.Suffix) {
    const probe: Cursor = { s: cur.s, i: cur.i, type: T.Suffix };
    if (getToken(probe) < 0) return -100;
  }
  return -type;
}

const MAX_DIGITS = 15;

function parse(version: string): { key: number[]; normalised: string } | string {
  if (!isDigit(version.charCodeAt(0))) return 'must start with a digit';
  if (/\d{16}/.test(version)) return `a number longer than ${MAX_DIGITS} digits`;
  const cur: Cursor = { s: version, i: 0, type: T.Digit };
  const key: number[] = [];
  for (;;) {
    const v = getToken(cur);
    if (cur.type === T.Invalid)
      return `unexpected text at offset ${cur.i} (apk: digits{.digits}[a-z]{_suffix[N]}[-rN])`;
    key.push(v, kindRank(cur.type, cur));
    if (cur.type === T.End) break;
  }
  return { key, normalised: key.join(',') };
}

function compareKeys(a: number[], b: number[]): Ordering {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const apkComparator: Comparator = defineComparator<number[]>({
  ecosystem: 'apk',
  parse,
  compareKeys,
});
