import {
  type Comparator,
  compareDigits,
  compareStrings,
  defineComparator,
  isDigit,
  type Ordering,
  stripZeros,
} from './comparator.js';

// Maven's ComparableVersion (maven-artifact 3.9), written out here because no
// maintained npm package implements it. A version is a tree: '.' separates items
// of a list, '-' and every digit/letter transition open a sub-list; numbers are
// compared as numbers, known qualifiers by rank
// (alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp),
// unknown qualifiers after them by text; trailing "null" items (0, "", empty
// lists) are dropped from every list so `1` == `1.0` == `1-0`.

type Item = { t: 'int'; v: string } | { t: 'str'; v: string } | { t: 'list'; v: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function comparableQualifier(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function stringItem(value: string, followedByDigit: boolean): Item {
  let v = value;
  if (followedByDigit && v.length === 1) {
    if (v === 'a') v = 'alpha';
    else if (v === 'b') v = 'beta';
    else if (v === 'm') v = 'milestone';
  }
  return { t: 'str', v: ALIASES[v] ?? v };
}

function parseItem(isNumber: boolean, text: string): Item {
  return isNumber ? { t: 'int', v: stripZeros(text) } : stringItem(text, false);
}

function isNull(item: Item): boolean {
  if (item.t === 'int') return item.v === '0';
  if (item.t === 'str') return comparableQualifier(item.v) === RELEASE_INDEX;
  return item.v.length === 0;
}

function normalizeList(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i] as Item;
    if (isNull(last)) list.splice(i, 1);
    else if (last.t !== 'list') break;
  }
}

function parseTree(version: string): Item[] {
  const s = version.toLowerCase();
  const root: Item[] = [];
  let list = root;
  const stack: Item[][] = [root];
  const open = (): void => {
    const sub: Item[] = [];
    list.push({ t: 'list', v: sub });
    list = sub;
    stack.push(sub);
  };
  let digit = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */ || c === 45 /* - */) {
      list.push(i === start ? { t: 'int', v: '0' } : parseItem(digit, s.slice(start, i)));
      start = i + 1;
      if (c === 45) open();
    } else if (isDigit(c)) {
      if (!digit && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: a qualifier after a dot behaves as after a hyphen
        if (list.length > 0) open();
        list.push(stringItem(s.slice(start, i), true));
        start = i;
        open();
      }
      digit = true;
    } else {
      if (digit && i > start) {
        list.push(parseItem(true, s.slice(start, i)));
        start = i;
        open();
      }
      digit = false;
    }
  }
  if (s.length > start) {
    if (!digit && list.length > 0) open();
    list.push(parseItem(digit, s.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalizeList(stack[i] as Item[]);
  return root;
}

function compareItem(a: Item | undefined, b: Item | undefined): Ordering {
  if (a === undefined) return b === undefined ? 0 : (-compareItem(b, undefined) as Ordering);
  if (a.t === 'int') {
    if (b === undefined) return a.v === '0' ? 0 : 1;
    return b.t === 'int' ? compareDigits(a.v, b.v) : 1;
  }
  if (a.t === 'str') {
    if (b === undefined) return compareStrings(comparableQualifier(a.v), RELEASE_INDEX);
    if (b.t === 'str') return compareStrings(comparableQualifier(a.v), comparableQualifier(b.v));
    return -1;
  }
  if (b === undefined) {
    for (const item of a.v) {
      const r = compareItem(item, undefined);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (b.t === 'int') return -1;
  if (b.t === 'str') return 1;
  return compareTrees(a.v, b.v);
}

function compareTrees(a: Item[], b: Item[]): Ordering {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const r = compareItem(a[i], b[i]);
    if (r !== 0) return r;
  }
  return 0;
}

function canonical(list: Item[]): string {
  let out = '';
  for (const item of list) {
    if (out.length > 0) out += item.t === 'list' ? '-' : '.';
    out += item.t === 'list' ? `(${canonical(item.v)})` : item.t === 'str' ? `'${item.v}'` : item.v;
  }
  return out;
}

// Whitespace and control characters are not part of any published Maven version;
// rejecting them keeps garbage from being ranked as an unknown qualifier.
const ALLOWED = /^[0-9A-Za-z._+\-~]+$/;

function parse(version: string): { key: Item[]; normalised: string } | string {
  if (!ALLOWED.test(version)) return 'contains characters outside [0-9A-Za-z._+-~]';
  const tree = parseTree(version);
  return { key: tree, normalised: canonical(tree) };
}

export const mavenComparator: Comparator = defineComparator<Item[]>({
  ecosystem: 'Maven',
  parse,
  compareKeys: compareTrees,
});
