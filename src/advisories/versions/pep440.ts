import pep440 from '@renovatebot/pep440';
import { type Comparator, compareLists, defineComparator, type Ordering, sign } from './comparator.js';

// PEP 440, parsed by @renovatebot/pep440 (which follows `packaging`). The sort key
// is packaging's `_cmpkey`, built once per version rather than on every compare
// as the package's own compare does: release without trailing zeros, then
// pre-release (a dev release with no pre or post sorts before any pre-release),
// post, dev and local segments (numbers after strings).

type Local = readonly (number | string)[];
interface Key {
  epoch: number;
  release: readonly number[];
  pre: readonly [number, number];
  post: number;
  dev: number;
  local: Local | null;
}

const PRE_RANK: Record<string, number> = { a: 0, b: 1, rc: 2 };

function trimZeros(release: readonly number[]): number[] {
  let n = release.length;
  while (n > 0 && release[n - 1] === 0) n--;
  return release.slice(0, n);
}

function parse(version: string): { key: Key; normalised: string } | string {
  const p = pep440.explain(version);
  if (!p) return 'not a PEP 440 version';
  const release = trimZeros(p.release);
  const preRaw = p.pre as unknown as [string, number] | null;
  const post = p.post as unknown as number | null;
  const dev = p.dev as unknown as number | null;
  const pre: [number, number] =
    preRaw === null
      ? post === null && dev !== null
        ? [Number.NEGATIVE_INFINITY, 0]
        : [Number.POSITIVE_INFINITY, 0]
      : [PRE_RANK[preRaw[0]] ?? Number.NaN, preRaw[1]];
  if (Number.isNaN(pre[0])) return `unknown pre-release label '${preRaw?.[0]}'`;
  const local: Local | null =
    p.local === null ? null : p.local.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const key: Key = {
    epoch: p.epoch,
    release,
    pre,
    post: post ?? Number.NEGATIVE_INFINITY,
    dev: dev ?? Number.POSITIVE_INFINITY,
    local,
  };
  const text =
    (p.epoch ? `${p.epoch}!` : '') +
    (release.length ? release.join('.') : '0') +
    (preRaw ? `${preRaw[0]}${preRaw[1]}` : '') +
    (post !== null ? `.post${post}` : '') +
    (dev !== null ? `.dev${dev}` : '') +
    (local ? `+${local.join('.')}` : '');
  return { key, normalised: text };
}

function compareLocalPart(a: number | string, b: number | string): Ordering {
  if (typeof a === 'number') return typeof b === 'number' ? sign(a - b) : 1;
  if (typeof b === 'number') return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: Key, b: Key): Ordering {
  return (
    sign(a.epoch - b.epoch) ||
    compareLists(a.release, b.release, (x, y) => sign(x - y)) ||
    compareNumber(a.pre[0], b.pre[0]) ||
    compareNumber(a.pre[1], b.pre[1]) ||
    compareNumber(a.post, b.post) ||
    compareNumber(a.dev, b.dev) ||
    compareLocal(a.local, b.local)
  );
}

function compareNumber(a: number, b: number): Ordering {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLocal(a: Local | null, b: Local | null): Ordering {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return compareLists(a, b, compareLocalPart);
}

export const pep440Comparator: Comparator = defineComparator<Key>({
  ecosystem: 'PyPI',
  parse,
  compareKeys,
});
