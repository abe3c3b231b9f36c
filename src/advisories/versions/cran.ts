import {
  type Comparator,
  compareDigits,
  compareLists,
  defineComparator,
  type Ordering,
  stripZeros,
} from './comparator.js';

// R's package_version: at least two non-negative integers separated by '.' or
// '-' (`1.2-3` is the same as `1.2.3`), ordered as integer lists, so `1.0` <
// `1.0.0`. Used for CRAN and Bioconductor.

const SHAPE = /^\d{1,20}(?:[.-]\d{1,20})+$/;

function parse(version: string): { key: string[]; normalised: string } | string {
  if (!SHAPE.test(version)) return "not an R package version (two or more numbers separated by '.' or '-')";
  const key = version.split(/[.-]/).map(stripZeros);
  return { key, normalised: key.join('.') };
}

export const cranComparator: Comparator = defineComparator<string[]>({
  ecosystem: 'CRAN',
  parse,
  compareKeys: (a, b): Ordering => compareLists(a, b, compareDigits),
});
