import { Version } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import { type Comparator, defineComparator, type Ordering, sign } from './comparator.js';

// Gem::Version rules, from @renovatebot/ruby-semver (a port of RubyGems' own
// class): numeric and letter segments, a letter making a prerelease, trailing zero
// segments ignored, so `1.0` == `1` and `1.0.a` == `1.a`. The canonical segments
// are exactly what Gem::Version#<=> compares, hence the normalised form.

function parse(version: string): { key: Version; normalised: string } | string {
  if (version.trim() !== version) return 'surrounding whitespace';
  const v = Version.create(version);
  if (!v) return 'not a RubyGems version';
  return { key: v, normalised: v.canonicalSegments().join('.') };
}

export const rubygemsComparator: Comparator = defineComparator<Version>({
  ecosystem: 'RubyGems',
  parse,
  compareKeys: (a, b) => sign(a.compare(b)) as Ordering,
});
