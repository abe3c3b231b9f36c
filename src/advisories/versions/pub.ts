import {
  type Comparator,
  compareDigits,
  compareLists,
  compareStrings,
  defineComparator,
  type Ordering,
  stripZeros,
} from './comparator.js';

// Dart's pub_semver: SemVer-shaped, but unlike SemVer 2.0 the build part takes
// part in ordering (a version without build sorts before one with), and every
// dot-separated pre-release or build part that reads as an integer is compared
// as one, before all textual parts. Written out here: no npm package.

type Part = { n: string } | { s: string };
interface Key {
  core: [string, string, string];
  pre: Part[];
  build: Part[];
}

const SHAPE =
  /^(\d{1,20})\.(\d{1,20})\.(\d{1,20})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parts(text: string | undefined): Part[] {
  if (!text) return [];
  return text.split('.').map((p) => (/^\d+$/.test(p) ? { n: stripZeros(p) } : { s: p }));
}

function show(ps: Part[]): string {
  return ps.map((p) => ('n' in p ? p.n : `'${p.s}`)).join('.');
}

function parse(version: string): { key: Key; normalised: string } | string {
  const m = SHAPE.exec(version);
  if (!m) return 'not a pub version (MAJOR.MINOR.PATCH[-pre][+build])';
  const key: Key = {
    core: [stripZeros(m[1] as string), stripZeros(m[2] as string), stripZeros(m[3] as string)],
    pre: parts(m[4]),
    build: parts(m[5]),
  };
  const normalised = `${key.core.join('.')}${m[4] ? `-${show(key.pre)}` : ''}${m[5] ? `+${show(key.build)}` : ''}`;
  return { key, normalised };
}

function comparePart(a: Part, b: Part): Ordering {
  if ('n' in a) return 'n' in b ? compareDigits(a.n, b.n) : -1;
  return 'n' in b ? 1 : compareStrings(a.s, b.s);
}

function compareKeys(a: Key, b: Key): Ordering {
  const core = compareLists(a.core, b.core, compareDigits);
  if (core !== 0) return core;
  const aPre = a.pre.length > 0;
  const bPre = b.pre.length > 0;
  if (aPre !== bPre) return aPre ? -1 : 1;
  const pre = compareLists(a.pre, b.pre, comparePart);
  if (pre !== 0) return pre;
  return compareLists(a.build, b.build, comparePart);
}

export const pubComparator: Comparator = defineComparator<Key>({
  ecosystem: 'Pub',
  parse,
  compareKeys,
});
