import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../src/advisories/versions/comparator.js';
import { comparatorFor, ecosystemBase } from '../../src/advisories/versions/registry.js';
import { rpmvercmp } from '../../src/advisories/versions/rpm.js';
import { InputError } from '../../src/errors.js';

// Known orderings taken from each ecosystem's own documentation or test suite
// (named per table). Each list is strictly increasing; every pair is checked
// both ways, so a table of n versions makes n*(n-1) assertions.

function must(ecosystem: string): Comparator {
  const c = comparatorFor(ecosystem);
  if (!c) throw new Error(`no comparator for ${ecosystem}`);
  return c;
}

function expectIncreasing(ecosystem: string, versions: string[]): void {
  const c = must(ecosystem);
  for (let i = 0; i < versions.length; i++) {
    for (let j = 0; j < versions.length; j++) {
      const want = Math.sign(i - j);
      const got = c.compare(versions[i] as string, versions[j] as string);
      if (got !== want) {
        throw new Error(`${ecosystem}: compare(${versions[i]}, ${versions[j]}) = ${got}, expected ${want}`);
      }
    }
  }
}

function expectEqual(ecosystem: string, versions: string[]): void {
  const c = must(ecosystem);
  for (const a of versions) {
    for (const b of versions) {
      expect(c.compare(a, b), `${ecosystem}: ${a} == ${b}`).toBe(0);
      expect(c.normalise(a)).toBe(c.normalise(b));
    }
  }
}

function expectInvalid(ecosystem: string, versions: string[]): void {
  const c = must(ecosystem);
  for (const v of versions) {
    const p = c.parse(v);
    expect(p.valid, `${ecosystem}: '${v}' should be invalid`).toBe(false);
    expect(() => c.compare(v, v)).toThrow(InputError);
    expect(() => c.compare('1.0.0', v)).toThrow(`version '${v.replace(/[\r\n\t]/g, ' ')}'`);
  }
}

describe('semver (semver.org §11 precedence example)', () => {
  const order = [
    '1.0.0-alpha',
    '1.0.0-alpha.1',
    '1.0.0-alpha.beta',
    '1.0.0-beta',
    '1.0.0-beta.2',
    '1.0.0-beta.11',
    '1.0.0-rc.1',
    '1.0.0',
    '2.0.0',
    '2.1.0',
    '2.1.1',
  ];
  it.each(['npm', 'crates.io', 'Hex'])('%s orders the SemVer example', (eco) => expectIncreasing(eco, order));
  it('ignores build metadata', () => expectEqual('npm', ['1.0.0', '1.0.0+build.1', '1.0.0+sha.5114f85']));
  it('rejects what is not SemVer', () =>
    expectInvalid('npm', ['1.0', '1.0.0.0', '01.0.0', '1.0.0-01', ' 1.0.0', '=1.0.0', 'latest']));
});

describe('Go (module versions, pseudo-versions, +incompatible)', () => {
  it('orders pseudo-versions by their timestamp and before the release they precede', () =>
    expectIncreasing('Go', [
      'v0.0.0-20191109021931-daa7c04131f5',
      'v0.0.0-20200101000000-0123456789ab',
      'v0.1.0',
      '1.2.3',
      'v1.2.4-0.20191109021931-daa7c04131f5',
      'v1.2.4-pre',
      'v1.2.4-pre.0.20200101000000-0123456789ab',
      '1.2.4',
      'v2.0.0+incompatible',
      'v2.0.1',
    ]));
  it('treats +incompatible as metadata and shorthands as full versions', () => {
    expectEqual('Go', ['v2.0.0+incompatible', '2.0.0', 'v2.0.0']);
    expectEqual('Go', ['v1', 'v1.0', '1.0.0']);
  });
  it('orders Go toolchain versions as osv.dev maps them', () =>
    expectIncreasing('Go', ['1.21.0-0', 'go1.21rc2', 'go1.21.0', '1.21.1', 'go1.22']));
  it('rejects what is not a module version', () =>
    expectInvalid('Go', ['vv1.2.3', '1.2.3.4', 'latest', 'v1.2.3-']));
});

describe('PyPI (PEP 440 ordering example)', () => {
  it('orders the PEP 440 suffix example', () =>
    expectIncreasing('PyPI', [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
      '1!0.1',
    ]));
  it('normalises spellings PEP 440 declares equal', () => {
    expectEqual('PyPI', ['1.0', '1.0.0', '1', 'v1.0.0', '1.0.0.0']);
    expectEqual('PyPI', ['1.0a1', '1.0alpha1', '1.0-a1', '1.0.a.1', '1.0A1']);
    expectEqual('PyPI', ['1.0-1', '1.0.post1', '1.0post1', '1.0-post1', '1.0.rev1', '1.0r1']);
    expectEqual('PyPI', ['1.0c1', '1.0rc1', '1.0pre1', '1.0preview1']);
  });
  it('rejects what is not PEP 440', () => expectInvalid('PyPI', ['1.0.x', 'dev', '1.0_x', '1..0', '1.0+']));
});

describe('Maven (ComparableVersionTest of maven-artifact)', () => {
  it('orders qualifiers', () =>
    expectIncreasing('Maven', [
      '1-alpha2snapshot',
      '1-alpha2',
      '1-alpha-123',
      '1-beta-2',
      '1-beta123',
      '1-m2',
      '1-m11',
      '1-rc',
      '1-cr2',
      '1-rc123',
      '1-SNAPSHOT',
      '1',
      '1-sp',
      '1-sp2',
      '1-sp123',
      '1-abc',
      '1-def',
      '1-pom-1',
      '1-1-snapshot',
      '1-1',
      '1-2',
      '1-123',
    ]));
  it('orders numbers', () =>
    expectIncreasing('Maven', [
      '2.0',
      '2.0.a',
      '2-1',
      '2.0.2',
      '2.0.123',
      '2.1.0',
      '2.1-a',
      '2.1b',
      '2.1-c',
      '2.1-1',
      '2.1.0.1',
      '2.2',
      '2.123',
      '11.a2',
      '11.a11',
      '11.b2',
      '11.b11',
      '11.m2',
      '11.m11',
      '11',
      '11.a',
      '11b',
      '11c',
      '11m',
    ]));
  it('orders the Maven version-order examples', () => {
    expectIncreasing('Maven', ['1.0-alpha', '1.0', '1.0-sp']);
    expectIncreasing('Maven', ['6.1.0rc3', '6.1.0', '6.1H.5-beta']); // MNG-5568
    expectIncreasing('Maven', ['1-0.alpha', '1-0.beta', '1']); // MNG-6964
    expectIncreasing('Maven', ['1.0.0.X1', '1.0.0-X2']); // MNG-7644
    expectIncreasing('Maven', ['2.14.1', '2.15.0-rc1', '2.15.0', '2.16.0', '2.17.0', '2.17.1']); // log4j
  });
  it('treats aliases, case and padding as equal', () => {
    expectEqual('Maven', [
      '1',
      '1.0',
      '1.0.0',
      '1-0',
      '1.0-0',
      '1ga',
      '1release',
      '1final',
      '1-GA',
      '1.FINAL',
    ]);
    expectEqual('Maven', ['1a', '1-a', '1.0-a', '1.0.0-a', '1.0a', '1.0.0a']);
    expectEqual('Maven', ['1a1', '1-alpha-1', '1A1', '1-ALPHA.1'.replace('.', '-')]);
    expectEqual('Maven', ['1cr', '1rc', '1.0.0.RC1'.replace('.RC1', '-rc'), '1-rc']);
    expectEqual('Maven', ['1.0.0.RC1', '1.0.0-RC1']); // MNG-7644
  });
  it("keeps Maven's own answers where ComparableVersion is not transitive", () => {
    // These cycles are Maven's (maven-artifact 3.9 gives the same three answers
    // each time); lading matches advisories written against Maven, so it does
    // not reorder them.
    const c = must('Maven');
    expect([c.compare('1.a.2', '1-alpha'), c.compare('1-alpha', '1'), c.compare('1', '1.a.2')]).toEqual([
      -1, -1, -1,
    ]);
    expect([
      c.compare('10-jre', '10-RELEASE-SNAPSHOT'),
      c.compare('10-RELEASE-SNAPSHOT', '10'),
      c.compare('10', '10-jre'),
    ]).toEqual([-1, -1, -1]);
  });
  it('rejects whitespace and control characters', () => expectInvalid('Maven', ['1.0 beta', '1.0\n', '1,0']));
});

describe('NuGet (NuGet docs: version precedence)', () => {
  it('orders SemVer 2 prereleases and a fourth part', () =>
    expectIncreasing('NuGet', [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.0.1',
      '1.0.1',
      '13.0.1',
    ]));
  it('treats padding, leading zeros, prerelease case and metadata as equal', () => {
    expectEqual('NuGet', ['1', '1.0', '1.0.0', '1.0.0.0', '1.0.0+build', '01.00']);
    expectEqual('NuGet', ['1.0.0-Beta.1', '1.0.0-beta.1', '1.0.0-BETA.01']);
  });
  it('rejects what is not a NuGet version', () =>
    expectInvalid('NuGet', ['1.0.0.0.0', 'v1.0', '1.0-', '1.0.0-a..b']));
});

describe('RubyGems (Gem::Version docs)', () => {
  it('orders prereleases before releases', () =>
    expectIncreasing('RubyGems', [
      '1.0.a',
      '1.0.a.2',
      '1.0.b1',
      '1.0.rc1',
      '1.0',
      '1.0.1',
      '1.1',
      '2.0.0.pre',
      '2.0.0',
    ]));
  it('ignores trailing zeros', () => {
    expectEqual('RubyGems', ['1.9.3', '1.9.3.0', '1.9.3.0.0']);
    expectEqual('RubyGems', ['1.0.a', '1.a']);
  });
  it('rejects what is not a gem version', () => expectInvalid('RubyGems', ['junk', '1.0 beta', ' 1.0']));
});

describe('Packagist (Composer VersionParser and version_compare)', () => {
  it('orders stabilities', () =>
    expectIncreasing('Packagist', [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-beta1-dev',
      '1.0.0-beta1',
      '1.0.0-beta2',
      '1.0.0-RC1',
      '1.0.0',
      '1.0.0-patch1',
      '1.0.1',
      '7.4.5',
      'v7.5.0',
    ]));
  it('normalises as Composer does', () => {
    expectEqual('Packagist', ['1.0.0', 'v1.0.0', '1.0', '1.0.0.0', '1.0.0-stable']);
    expectEqual('Packagist', [
      '1.0.0-b1',
      '1.0.0-beta1',
      '1.0.0-beta.1',
      '1.0.0.beta1',
      '1.0.0beta1',
      '1.0.0-BETA1',
    ]);
    expectEqual('Packagist', ['1.0.0-rc1', '1.0.0-RC1']);
    expectEqual('Packagist', ['1.0.0-p1', '1.0.0-pl1', '1.0.0-patch1']);
  });
  it('rejects branches and garbage', () =>
    expectInvalid('Packagist', ['dev-master', '1.x-dev', 'foo', '1.0.0-beta1x']));
});

describe('dpkg (Debian Policy 5.6.12 and dpkg tests)', () => {
  it('orders tilde, letters and revisions', () =>
    expectIncreasing('Debian:12', [
      '1.0~~',
      '1.0~~a',
      '1.0~',
      '1.0~rc1',
      '1.0',
      '1.0-1',
      '1.0-1ubuntu1',
      '1.0-1+deb12u1',
      '1.0-2',
      '1.0a',
      '1.0+dfsg',
      '1.0+dfsg1',
      '1.2',
      '1.10',
      '1:0.1',
      '2:0.0.1',
    ]));
  it('treats epoch 0, revision 0 and leading zeros as equal', () =>
    expectEqual('Ubuntu:22.04:LTS', ['1.2.3', '0:1.2.3', '1.2.3-0', '1.02.3', '00:1.2.03-00']));
  it('rejects what dpkg rejects', () =>
    expectInvalid('Debian:11', ['a1.0', '1.0-', 'x:1.0', '1.0 1', '1.0-a_b', ':1.0']));
});

describe('rpm (rpmvercmp test suite of rpm)', () => {
  const cases: [string, string, number][] = [
    ['1.0', '1.0', 0],
    ['1.0', '2.0', -1],
    ['2.0', '2.0.1', -1],
    ['2.0.1a', '2.0.1', 1],
    ['5.5p1', '5.5p2', -1],
    ['5.5p10', '5.5p1', 1],
    ['10xyz', '10.1xyz', -1],
    ['xyz10', 'xyz10.1', -1],
    ['xyz.4', '8', -1],
    ['5.6p1', '6.5p1', -1],
    ['6.0.rc1', '6.0', 1],
    ['10b2', '10a1', 1],
    ['1.0a', '1.0aa', -1],
    ['10.0001', '10.1', 0],
    ['10.0001', '10.0039', -1],
    ['4.999.9', '5.0', -1],
    ['20101121', '20101122', -1],
    ['2.0', '2_0', 0],
    ['a+', 'a_', 0],
    ['_+', '+_', 0],
    ['1.0~rc1', '1.0', -1],
    ['1.0~rc1', '1.0~rc2', -1],
    ['1.0~rc1~git123', '1.0~rc1', -1],
    ['1.0^', '1.0', 1],
    ['1.0^git1', '1.0', 1],
    ['1.0^git1', '1.0^git2', -1],
    ['1.0^git1', '1.01', -1],
    ['1.0^20160101', '1.0.1', -1],
    ['1.0^20160102', '1.0^20160101^git1', 1],
    ['1.0~rc1^git1', '1.0~rc1', 1],
    ['1.0^git1~pre', '1.0^git1', -1],
  ];
  it.each(cases)('rpmvercmp(%s, %s) = %i', (a, b, want) => {
    expect(rpmvercmp(a, b)).toBe(want);
    expect(rpmvercmp(b, a)).toBe(-want || 0);
  });
  it('compares epoch, then version, then release', () =>
    expectIncreasing('AlmaLinux:9', [
      '3.0.7-24.el9',
      '3.0.7-27.el9',
      '3.0.7-27.el9_4.1',
      '3.0.8-1.el9',
      '1:1.0-1.el9',
      '1:3.0.7-27.el9',
    ]));
  it('treats a missing epoch as 0', () => expectEqual('Rocky Linux:9', ['0:1.0-1', '1.0-1', '1.00-01']));
  it('rejects what is not an RPM EVR', () =>
    expectInvalid('Red Hat:enterprise_linux:9', ['a:1.0', '1.0-', '1 0', '~']));
});

describe('apk (apk-tools version rules)', () => {
  it('orders suffixes, letters and revisions', () =>
    expectIncreasing('Alpine:v3.20', [
      '1.2.3_alpha',
      '1.2.3_alpha2',
      '1.2.3_beta',
      '1.2.3_pre',
      '1.2.3_rc1',
      '1.2.3',
      '1.2.3-r0',
      '1.2.3-r1',
      '1.2.3_cvs',
      '1.2.3_svn',
      '1.2.3_git',
      '1.2.3_hg',
      '1.2.3_p1',
      '1.2.3a',
      '1.2.3.1',
      '1.2.10',
      '3.3.2-r0',
      '3.3.2-r1',
    ]));
  it('reads a leading zero after a dot as a fraction', () =>
    expectIncreasing('Alpine:v3.19', ['1.005', '1.05', '1.1']));
  it('rejects what apk rejects', () =>
    expectInvalid('Alpine:v3.20', ['a1', '1.0_foo', '1.0-1', '1.0A', '1.0-r1x']));
});

describe('Pub (pub_semver ordering)', () => {
  it('orders pre-releases before and builds after the release', () =>
    expectIncreasing('Pub', [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0-rc.1+build.1',
      '1.0.0',
      '1.0.0+0.3.7',
      '1.3.7+build',
      '1.3.7+build.2.b8f12d7',
      '1.3.7+build.11.e0f985a',
      '2.0.0',
    ]));
  it('rejects what is not a pub version', () => expectInvalid('Pub', ['1.0', 'v1.0.0', '1.0.0-']));
});

describe('Hackage (PVP) and CRAN (package_version)', () => {
  it('orders Hackage versions as number lists', () =>
    expectIncreasing('Hackage', ['0.9', '1', '1.0', '1.0.0', '1.0.1', '1.1', '2']));
  it('rejects leading zeros in Hackage', () => expectInvalid('Hackage', ['1.01', '1.', 'a', '1.0-1']));
  it('orders CRAN versions, with - and . alike', () => {
    expectIncreasing('CRAN', ['0.9-12', '0.10-1', '1.0', '1.0-1', '1.0-10', '1.1']);
    expectEqual('CRAN', ['1.0-1', '1.0.1', '1.00.01']);
  });
  it('rejects single numbers and letters in CRAN', () => expectInvalid('CRAN', ['1', '1.a', '1..0']));
});

describe('comparatorFor', () => {
  it('maps distro ecosystems by their base name', () => {
    expect(ecosystemBase('Ubuntu:Pro:18.04:LTS')).toBe('Ubuntu');
    expect(comparatorFor('Debian:12')?.ecosystem).toBe('dpkg');
    expect(comparatorFor('Ubuntu:22.04:LTS')?.ecosystem).toBe('dpkg');
    expect(comparatorFor('Alpine:v3.20')?.ecosystem).toBe('apk');
    expect(comparatorFor('AlmaLinux:9')?.ecosystem).toBe('rpm');
    expect(comparatorFor('Rocky Linux:9')?.ecosystem).toBe('rpm');
    expect(comparatorFor('Red Hat:rhel_aus:8.4::appstream')?.ecosystem).toBe('rpm');
    expect(comparatorFor('SUSE:Linux Enterprise Server 15 SP5')?.ecosystem).toBe('rpm');
    expect(comparatorFor('openSUSE:Leap 15.5')?.ecosystem).toBe('rpm');
    expect(comparatorFor('npm')?.ecosystem).toBe('semver');
    expect(comparatorFor('Go')?.ecosystem).toBe('Go');
  });
  it('has no rules for ecosystems without versions', () => {
    expect(comparatorFor('GIT')).toBeUndefined();
    expect(comparatorFor('constructor')).toBeUndefined();
    expect(comparatorFor('')).toBeUndefined();
  });
});
