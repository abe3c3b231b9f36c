import type semver from 'semver';
import { type Comparator, defineComparator, type Ordering } from './comparator.js';
import { parseSemver } from './semver.js';

// Go modules use SemVer with a mandatory `v` (which OSV drops), accept `v1` and
// `v1.2` as shorthands for `v1.0.0` and `v1.2.0`, and mark pre-module majors with
// `+incompatible`, which, being build metadata, does not change precedence.
// Pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
// `v1.2.4-0.20191109021931-daa7c04131f5`) are ordinary prereleases whose
// timestamp makes them sort in commit order; no special case is needed.
// Toolchain versions (`go1.21rc2`, `go1.20`) map to SemVer the way osv.dev does.

const SHORTHAND = /^v?(0|[1-9]\d{0,15})(?:\.(0|[1-9]\d{0,15}))?$/;
const TOOLCHAIN = /^go(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?(?:(beta|rc)(\d{1,6}))?$/;

function parseGo(version: string): { key: semver.SemVer; normalised: string } | string {
  let v = version;
  const tool = TOOLCHAIN.exec(v);
  if (tool) {
    const [, major, minor, patch, pre, preNumber] = tool;
    v = `${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${preNumber}` : ''}`;
  } else {
    const short = SHORTHAND.exec(v);
    if (short) v = `${short[1]}.${short[2] ?? '0'}.0`;
    else if (v.startsWith('v')) v = v.slice(1);
  }
  const r = v.startsWith('v') ? 'double v' : parseSemver(v);
  return typeof r === 'string' ? 'not a Go module version (vMAJOR.MINOR.PATCH[-pre][+build])' : r;
}

export const goComparator: Comparator = defineComparator<semver.SemVer>({
  ecosystem: 'Go',
  parse: parseGo,
  compareKeys: (a, b) => a.compare(b) as Ordering,
});
