import {
  type Comparator,
  compareDigits,
  defineComparator,
  isAsciiLetter,
  isDigit,
  type Ordering,
  stripZeros,
} from './comparator.js';

// Debian version comparison as dpkg's verrevcmp does it (Debian Policy 5.6.12):
// [epoch:]upstream[-revision]; each part is read as alternating non-digit and
// digit runs; in non-digit runs '~' sorts before everything (even the end),
// letters before other characters; digit runs compare as numbers. Written out
// here because no maintained npm package implements it. Used for Debian and
// Ubuntu.

/** A part as (non-digit run, digit run) pairs, trailing ("", 0) pairs dropped. */
type Pairs = readonly (readonly [string, string])[];
interface Key {
  epoch: string;
  upstream: Pairs;
  revision: Pairs;
}

function pairs(part: string): Pairs {
  const out: [string, string][] = [];
  let i = 0;
  while (i < part.length) {
    const s = i;
    while (i < part.length && !isDigit(part.charCodeAt(i))) i++;
    const text = part.slice(s, i);
    const d = i;
    while (i < part.length && isDigit(part.charCodeAt(i))) i++;
    out.push([text, stripZeros(part.slice(d, i))]);
  }
  while (out.length > 0 && out[out.length - 1]?.[0] === '' && out[out.length - 1]?.[1] === '0') out.pop();
  return out;
}

function order(code: number | undefined): number {
  if (code === undefined) return 0;
  if (code === 126 /* ~ */) return -1;
  if (isAsciiLetter(code)) return code;
  return code + 256;
}

function compareText(a: string, b: string): Ordering {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = order(i < a.length ? a.charCodeAt(i) : undefined);
    const y = order(i < b.length ? b.charCodeAt(i) : undefined);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const EMPTY: readonly [string, string] = ['', '0'];

function comparePairs(a: Pairs, b: Pairs): Ordering {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? EMPTY;
    const y = b[i] ?? EMPTY;
    const t = compareText(x[0], y[0]);
    if (t !== 0) return t;
    const d = compareDigits(x[1], y[1]);
    if (d !== 0) return d;
  }
  return 0;
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;

function parse(version: string): { key: Key; normalised: string } | string {
  let rest = version;
  let epoch = '0';
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const e = rest.slice(0, colon);
    if (!/^\d{1,10}$/.test(e)) return `epoch '${e}' is not a number`;
    epoch = stripZeros(e);
    rest = rest.slice(colon + 1);
  }
  let revision = '';
  const hyphen = rest.lastIndexOf('-');
  if (hyphen !== -1) {
    revision = rest.slice(hyphen + 1);
    rest = rest.slice(0, hyphen);
    if (!REVISION.test(revision))
      return `revision '${revision}' is empty or has characters outside [A-Za-z0-9.+~]`;
  }
  if (!UPSTREAM.test(rest))
    return `upstream version '${rest}' must start with a digit and use [A-Za-z0-9.+~:-]`;
  // A colon in the upstream part is allowed only after an explicit epoch.
  if (colon === -1 && rest.includes(':')) return 'colon in the upstream version without an epoch';
  const key: Key = { epoch, upstream: pairs(rest), revision: pairs(revision) };
  const show = (p: Pairs): string => p.map(([t, d]) => `${t}${d}`).join('');
  return { key, normalised: `${key.epoch}:${show(key.upstream)}-${show(key.revision)}` };
}

function compareKeys(a: Key, b: Key): Ordering {
  return (
    compareDigits(a.epoch, b.epoch) ||
    comparePairs(a.upstream, b.upstream) ||
    comparePairs(a.revision, b.revision)
  );
}

export const dpkgComparator: Comparator = defineComparator<Key>({
  ecosystem: 'dpkg',
  parse,
  compareKeys,
});
