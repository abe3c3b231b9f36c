import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../src/advisories/versions/comparator.js';
import { comparatorFor } from '../../src/advisories/versions/registry.js';

// Every comparator must be a total order consistent with its own equality:
// antisymmetric, transitive, total on valid versions, and compare(a, b) == 0
// exactly when the normalised forms are equal. Generators draw realistic
// versions from small alphabets so that near-collisions (padding, leading
// zeros, aliases, case) happen often.

const small = fc.integer({ min: 0, max: 12 });
const digits = fc.oneof(
  small.map(String),
  fc.constantFrom('0', '00', '01', '10', '010', '2024', '20191109021931'),
);
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const join = (parts: fc.Arbitrary<string[]>, sep = '.') => parts.map((p) => p.join(sep));
const opt = (a: fc.Arbitrary<string>) => fc.option(a, { nil: '' });

const semverCore = fc.tuple(small, small, small).map((t) => t.join('.'));
const semverIdent = fc.oneof(small.map(String), pick('alpha', 'beta', 'rc', 'x-y', 'A', 'a1'));
const semverPre = opt(join(fc.array(semverIdent, { minLength: 1, maxLength: 3 })).map((s) => `-${s}`));
const semverBuild = opt(
  join(fc.array(pick('1', '01', 'sha', 'b7'), { minLength: 1, maxLength: 2 })).map((s) => `+${s}`),
);
const semver = fc.tuple(semverCore, semverPre, semverBuild).map((t) => t.join(''));

const go = fc.oneof(
  fc.tuple(pick('', 'v'), semverCore, semverPre, pick('', '+incompatible')).map((t) => t.join('')),
  fc
    .tuple(
      pick('v0.0.0-', 'v1.2.4-0.', 'v1.2.4-pre.0.'),
      pick('20191109021931', '20200101000000', '20191109021930'),
    )
    .map(([p, ts]) => `${p}${ts}-daa7c04131f5`),
  fc.tuple(small, small).map(([a, b]) => `v${a}.${b}`),
);

const pep440 = fc
  .tuple(
    pick('', '1!', '0!'),
    join(fc.array(digits, { minLength: 1, maxLength: 4 })),
    opt(fc.tuple(pick('a', 'b', 'rc', 'alpha', 'c', 'pre', '-beta', '.RC'), small).map((t) => t.join(''))),
    opt(fc.tuple(pick('.post', '-', 'post', '.rev'), small).map((t) => t.join(''))),
    opt(fc.tuple(pick('.dev', 'dev', '-dev'), small).map((t) => t.join(''))),
    opt(
      join(fc.array(pick('abc', '5', '05', 'ubuntu', 'X'), { minLength: 1, maxLength: 3 })).map(
        (s) => `+${s}`,
      ),
    ),
  )
  .map((t) => t.join(''));

// Maven's ComparableVersion is not a total order on every string it accepts
// (see the cycles pinned in versions-table.test.ts): a qualifier directly inside
// a list sorts below any sub-list while a sub-list may sort below "nothing", and
// a release alias followed by more (`-RELEASE-SNAPSHOT`) leaves a sub-list that
// starts with a sub-list. lading keeps Maven's answers, so the properties are
// checked on the shapes Maven Central versions take: numbers, then an optional
// qualifier with an optional number (`rc1`, `-rc-1`, `.M2`), then an optional
// -SNAPSHOT; a dotted qualifier without a number (`.Final`, `.jre`) and release
// aliases end the version.
const mavenQualifier = pick(
  'alpha',
  'a',
  'b',
  'beta',
  'M',
  'milestone',
  'rc',
  'CR',
  'sp',
  'jre',
  'android',
  'X',
);
const maven = fc
  .tuple(
    join(fc.array(digits, { minLength: 1, maxLength: 4 })),
    fc.oneof(
      fc
        .tuple(
          pick('-', ''),
          mavenQualifier,
          opt(fc.tuple(pick('-', ''), digits).map((t) => t.join(''))),
          pick('', '-SNAPSHOT'),
        )
        .map((t) => t.join('')),
      fc.tuple(pick('.'), mavenQualifier, digits, pick('', '-SNAPSHOT')).map((t) => t.join('')),
      mavenQualifier.map((q) => `.${q}`),
      pick('', '-SNAPSHOT', '.RELEASE', '.Final', '-ga', '.GA'),
    ),
  )
  .map((t) => t.join(''));

const nuget = fc
  .tuple(
    join(fc.array(digits, { minLength: 1, maxLength: 4 })),
    opt(
      join(
        fc.array(pick('alpha', 'Alpha', 'BETA', 'beta', '1', '01', '2', 'rc'), {
          minLength: 1,
          maxLength: 3,
        }),
      ).map((s) => `-${s}`),
    ),
    pick('', '+meta', '+1.2'),
  )
  .map((t) => t.join(''));

const rubygems = fc
  .tuple(
    join(fc.array(digits, { minLength: 1, maxLength: 4 })),
    opt(
      join(
        fc.array(fc.oneof(pick('a', 'b', 'pre', 'rc', 'beta'), small.map(String)), {
          minLength: 1,
          maxLength: 3,
        }),
      ).map((s) => `.${s}`),
    ),
  )
  .map((t) => t.join(''));

const packagist = fc
  .tuple(
    pick('', 'v'),
    join(fc.array(digits, { minLength: 1, maxLength: 4 })),
    opt(
      fc
        .tuple(
          pick('-', '.', '', '_'),
          pick('alpha', 'a', 'beta', 'b', 'RC', 'rc', 'patch', 'pl', 'p', 'stable'),
          opt(fc.tuple(pick('', '.', '-'), digits).map((t) => t.join(''))),
        )
        .map((t) => t.join('')),
    ),
    pick('', '-dev', '.dev'),
  )
  .map((t) => t.join(''));

const dpkgPart = (first: fc.Arbitrary<string>) =>
  fc
    .tuple(
      first,
      fc.array(fc.oneof(digits, pick('.', '~', '+', 'a', 'b', 'z', 'dfsg', 'ubuntu', '~rc', '+deb12u')), {
        maxLength: 5,
      }),
    )
    .map(([f, rest]) => f + rest.join(''));
const dpkg = fc
  .tuple(
    pick('', '0:', '1:', '00:', '2:'),
    dpkgPart(digits),
    opt(dpkgPart(fc.oneof(digits, pick('a', '~', '+'))).map((r) => `-${r}`)),
  )
  .map((t) => t.join(''));

const rpmPart = fc
  .array(fc.oneof(digits, pick('.', '_', '~', '^', 'a', 'b', 'el', 'rc', 'git', '+')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(''))
  .filter((s) => /[0-9A-Za-z]/.test(s));
const rpm = fc
  .tuple(pick('', '0:', '1:', '2:'), rpmPart, opt(rpmPart.map((r) => `-${r}`)))
  .map((t) => t.join(''));

const apk = fc
  .tuple(
    small.map(String),
    fc
      .array(
        digits.map((d) => `.${d}`),
        { maxLength: 3 },
      )
      .map((p) => p.join('')),
    pick('', 'a', 'b', 'z'),
    fc
      .array(
        fc.tuple(
          pick('_alpha', '_beta', '_pre', '_rc', '_cvs', '_svn', '_git', '_hg', '_p'),
          opt(small.map(String)),
        ),
        { maxLength: 2 },
      )
      .map((s) => s.map((t) => t.join('')).join('')),
    opt(small.map((n) => `-r${n}`)),
  )
  .map((t) => t.join(''));

const pub = fc.tuple(semverCore, semverPre, semverBuild).map((t) => t.join(''));

const hackage = join(fc.array(small.map(String), { minLength: 1, maxLength: 4 }));
const cran = fc
  .tuple(digits, fc.array(fc.tuple(pick('.', '-'), digits), { minLength: 1, maxLength: 3 }))
  .map(([f, rest]) => f + rest.map((t) => t.join('')).join(''));

const GENERATORS: [string, fc.Arbitrary<string>][] = [
  ['npm', semver],
  ['Go', go],
  ['PyPI', pep440],
  ['Maven', maven],
  ['NuGet', nuget],
  ['RubyGems', rubygems],
  ['Packagist', packagist],
  ['Debian:12', dpkg],
  ['AlmaLinux:9', rpm],
  ['Alpine:v3.20', apk],
  ['Pub', pub],
  ['Hackage', hackage],
  ['CRAN', cran],
];

function cmp(c: Comparator, a: string, b: string): number {
  const pa = c.parse(a);
  const pb = c.parse(b);
  if (!pa.valid || !pb.valid)
    throw new Error(`generator made an invalid ${c.ecosystem} version: ${a} / ${b}`);
  // compareParsed bypasses the "same normalised text" shortcut of compare(),
  // so the key comparison itself is what the properties check.
  return c.compareParsed(pa, pb);
}

const RUNS = { numRuns: Number(process.env.LADING_FC_RUNS ?? 400) };

describe.each(GENERATORS)('%s comparator is a total order consistent with equality', (ecosystem, gen) => {
  const c = comparatorFor(ecosystem) as Comparator;

  it('accepts every generated version', () => {
    fc.assert(
      fc.property(gen, (v) => {
        const p = c.parse(v);
        if (!p.valid) throw new Error(`'${v}' rejected: ${p.reason}`);
      }),
      RUNS,
    );
  });

  it('is reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(gen, gen, (a, b) => {
        expect(cmp(c, a, a)).toBe(0);
        expect(cmp(c, a, b)).toBe(-cmp(c, b, a) || 0);
      }),
      RUNS,
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(gen, gen, gen, (a, b, d) => {
        if (cmp(c, a, b) <= 0 && cmp(c, b, d) <= 0) expect(cmp(c, a, d)).toBeLessThanOrEqual(0);
        if (cmp(c, a, b) < 0 && cmp(c, b, d) <= 0) expect(cmp(c, a, d)).toBe(-1);
      }),
      RUNS,
    );
    // Sorting a list and checking every ordered pair catches intransitivity
    // that three random values rarely hit.
    fc.assert(
      fc.property(fc.array(gen, { minLength: 2, maxLength: 12 }), (vs) => {
        const sorted = [...vs].sort((x, y) => cmp(c, x, y));
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            expect(cmp(c, sorted[i] as string, sorted[j] as string)).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: RUNS.numRuns / 2 },
    );
  });

  it('returns 0 exactly when the normalised forms are equal', () => {
    fc.assert(
      fc.property(gen, gen, (a, b) => {
        expect(cmp(c, a, b) === 0).toBe(c.normalise(a) === c.normalise(b));
        expect(c.compare(a, b)).toBe(cmp(c, a, b));
      }),
      { numRuns: 1000 },
    );
  });
});
