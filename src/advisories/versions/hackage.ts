import {
  type Comparator,
  compareDigits,
  compareLists,
  defineComparator,
  type Ordering,
} from './comparator.js';

// Hackage (Cabal's Version, PVP): one or more dot-separated non-negative
// integers without leading zeros, ordered as lists, so `1.0` < `1.0.0`.

const SHAPE = /^(?:0|[1-9]\d{0,19})(?:\.(?:0|[1-9]\d{0,19}))*$/;

function parse(version: string): { key: string[]; normalised: string } | string {
  if (!SHAPE.test(version)) return 'not a Hackage version (dot-separated numbers without leading zeros)';
  return { key: version.split('.'), normalised: version };
}

export const hackageComparator: Comparator = defineComparator<string[]>({
  ecosystem: 'Hackage',
  parse,
  compareKeys: (a, b): Ordering => compareLists(a, b, compareDigits),
});
