import {
  type Comparator,
  compareDigits,
  compareLists,
  compareStrings,
  defineComparator,
  type Ordering,
  stripZeros,
} from './comparator.js';

// NuGet's NuGetVersion: SemVer 2.0 widened to one to four numeric parts
// (`1`, `1.0`, `1.0.0`, `1.0.0.0` are all the same version; leading zeros are
// tolerated for legacy packages), prerelease labels compared case-insensitively,
// metadata after '+' ignored. No maintained npm package implements these rules.

interface Key {
  release: [string, string, string, string];
  pre: string[];
}

const SHAPE =
  /^(\d{1,20})(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

function parse(version: string): { key: Key; normalised: string } | string {
  const m = SHAPE.exec(version);
  if (!m) return 'not a NuGet version (1 to 4 numeric parts, optional -prerelease and +metadata)';
  const release: Key['release'] = [
    stripZeros(m[1] ?? '0'),
    stripZeros(m[2] ?? '0'),
    stripZeros(m[3] ?? '0'),
    stripZeros(m[4] ?? '0'),
  ];
  const pre = m[5] ? m[5].toLowerCase().split('.') : [];
  let text = release.slice(0, 3).join('.');
  if (release[3] !== '0') text += `.${release[3]}`;
  if (pre.length > 0) text += `-${pre.map((p) => (/^\d+$/.test(p) ? stripZeros(p) : p)).join('.')}`;
  return { key: { release, pre }, normalised: text };
}

function comparePreLabel(a: string, b: string): Ordering {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return compareDigits(stripZeros(a), stripZeros(b));
  if (an) return -1;
  if (bn) return 1;
  return compareStrings(a, b);
}

function compareKeys(a: Key, b: Key): Ordering {
  const r = compareLists(a.release, b.release, compareDigits);
  if (r !== 0) return r;
  if (a.pre.length === 0 || b.pre.length === 0) {
    return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  }
  return compareLists(a.pre, b.pre, comparePreLabel);
}

export const nugetComparator: Comparator = defineComparator<Key>({
  ecosystem: 'NuGet',
  parse,
  compareKeys,
});
