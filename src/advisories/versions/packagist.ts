import {
  type Comparator,
  compareDigits,
  compareLists,
  defineComparator,
  type Ordering,
  stripZeros,
} from './comparator.js';

// Composer's rules: VersionParser::normalize turns `v1.2`, `1.2.0-beta.1`,
// `1.2-RC1` into four numeric parts plus a stability (`1.2.0.0-beta1`), and
// Comparator then applies PHP's version_compare to those strings, in which
// dev < alpha = a < beta = b < RC = rc < (release) < patch = pl = p. Both are
// PHP, so they are written out here. Branch names (`dev-main`, `1.x-dev`) are
// not orderable versions and are reported as invalid.

const STABILITY_RANK: Record<string, number> = {
  dev: 0,
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  rc: 3,
  stable: 4,
  patch: 5,
  pl: 5,
  p: 5,
};
const STABILITY_NAME = ['dev', 'alpha', 'beta', 'RC', '', 'patch'];

interface Key {
  release: string[];
  stability: number;
  numbers: string[];
  dev: boolean;
}

// Classical `1.2.3.4` and date-like `2010.01.02` versions, then Composer's
// modifier: [._-]? stability numbers* ([.-]?dev)?
const CLASSICAL = /^v?(\d{1,20})(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?/;
const DATED = /^v?(\d{4}(?:[.:-]?\d{2}){1,6}(?:[.:-]?\d{1,3}){0,2})/;
const MODIFIER = /^[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d{1,20}(?!\d))*))?([.-]?dev)?$/;

function parse(version: string): { key: Key; normalised: string } | string {
  const lower = version.toLowerCase();
  let release: string[];
  let rest: string;
  const dated = DATED.exec(lower);
  const classical = CLASSICAL.exec(lower);
  if (
    classical &&
    (!dated || classical[0].length >= dated[0].length || MODIFIER.test(lower.slice(classical[0].length)))
  ) {
    release = [classical[1], classical[2], classical[3], classical[4]].map((p) => stripZeros(p ?? '0'));
    rest = lower.slice(classical[0].length);
  } else if (dated) {
    release = (dated[1] as string).split(/[.:-]/).map(stripZeros);
    while (release.length < 4) release.push('0');
    rest = lower.slice(dated[0].length);
  } else {
    return 'not a Composer version';
  }
  const m = MODIFIER.exec(rest);
  if (!m) return `not a Composer version (cannot read '${rest}' after the numbers)`;
  const label = m[1];
  let stability = label ? (STABILITY_RANK[label] as number) : 4;
  let numbers = label && m[2] ? (m[2].replace(/^[.-]/, '').match(/\d+/g) ?? []).map(stripZeros) : [];
  let dev = Boolean(m[3]);
  if (stability === 4) {
    // "stable" carries no numbers and Composer drops whatever follows it
    numbers = [];
    if (label) dev = false;
    else if (dev) {
      stability = 0;
      dev = false;
    }
  }
  let text = release.join('.');
  if (stability !== 4) text += `-${STABILITY_NAME[stability]}${numbers.join('.')}`;
  if (dev) text += '-dev';
  return { key: { release, stability, numbers, dev }, normalised: text };
}

function compareKeys(a: Key, b: Key): Ordering {
  return (
    compareLists(a.release, b.release, compareDigits) ||
    (a.stability < b.stability ? -1 : a.stability > b.stability ? 1 : 0) ||
    compareLists(a.numbers, b.numbers, compareDigits) ||
    (a.dev === b.dev ? 0 : a.dev ? -1 : 1)
  );
}

export const packagistComparator: Comparator = defineComparator<Key>({
  ecosystem: 'Packagist',
  parse,
  compareKeys,
});
