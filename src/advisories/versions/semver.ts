import semver from 'semver';
import { type Comparator, defineComparator, type Ordering } from './comparator.js';

// SemVer 2.0 precedence (npm, crates.io, Hex, SwiftURL, Bitnami and OSV's SEMVER
// range type), parsed by the `semver` package. Build metadata does not take part
// in precedence, so it is dropped from the normalised form.

export function semverText(v: semver.SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length > 0 ? `${core}-${v.prerelease.join('.')}` : core;
}

export function parseSemver(version: string): { key: semver.SemVer; normalised: string } | string {
  // The package tolerates surrounding spaces and a leading '='; a version string
  // from an advisory or a lockfile carries neither.
  if (version.trim() !== version || version.startsWith('=')) return 'not a SemVer 2.0 version';
  const parsed = semver.parse(version);
  if (!parsed) return 'not a SemVer 2.0 version';
  return { key: parsed, normalised: semverText(parsed) };
}

export const semverComparator: Comparator = defineComparator<semver.SemVer>({
  ecosystem: 'semver',
  parse: parseSemver,
  compareKeys: (a, b) => a.compare(b) as Ordering,
});
