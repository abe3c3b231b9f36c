import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalisePackageName } from '../../src/advisories/names.js';
import { affects, type OsvRecord, osvProblems, validateOsvRecord } from '../../src/advisories/osv.js';
import { parseOsvText } from '../../src/advisories/osv-text.js';
import { InputError } from '../../src/errors.js';
import { needShared } from '../harness/peers.js';

// OSV semantics on real records from ../shared/testdata/osv, with versions just
// below, at and above every boundary the record states.

const OSV = needShared('testdata/osv');
const load = (rel: string): OsvRecord => {
  const file = join(OSV as string, rel);
  return parseOsvText(readFileSync(file, 'utf8'), file);
};
const verdict = (r: OsvRecord, eco: string, name: string, v: string) => affects(r, eco, name, v).verdict;

function expectBoundaries(r: OsvRecord, eco: string, name: string, table: Record<string, boolean>): void {
  for (const [v, want] of Object.entries(table)) {
    expect(verdict(r, eco, name, v), `${r.id} ${eco} ${name}@${v}`).toBe(want ? 'affected' : 'not-affected');
  }
}

describe.skipIf(!OSV)('OSV range semantics on real advisories', () => {
  it('GHSA npm lodash: introduced 0, fixed, and last_affected for lodash.trim', () => {
    const r = load('ghsa/npm/GHSA-29mw-wpgm-hmr9.json');
    expectBoundaries(r, 'npm', 'lodash', {
      '0.0.1': true,
      '4.17.20': true,
      '4.17.21': false,
      '4.17.22': false,
    });
    expectBoundaries(r, 'npm', 'lodash-es', { '4.17.21-rc.1': true, '4.17.21': false });
    expectBoundaries(r, 'npm', 'lodash.trim', { '4.5.0': true, '4.5.1': true, '4.5.2': false });
    const hit = affects(r, 'npm', 'lodash', '4.17.20');
    expect(hit).toMatchObject({ verdict: 'affected', via: 'range', fixed: ['4.17.21'] });
    // last_affected has no fix to offer
    expect(affects(r, 'npm', 'lodash.trim', '4.5.1')).toMatchObject({ verdict: 'affected', fixed: [] });
    expect(verdict(r, 'npm', 'underscore', '1.0.0')).toBe('not-affected');
  });

  it('GHSA npm express: a second range made of prereleases', () => {
    const r = load('ghsa/npm/GHSA-rv95-896h-c2vc.json');
    expectBoundaries(r, 'npm', 'express', {
      '4.19.1': true,
      '4.19.2': false,
      '5.0.0-alpha.0': false,
      '5.0.0-alpha.1': true,
      '5.0.0-beta.2': true,
      '5.0.0-beta.3': false,
      '5.0.0': false,
    });
    expect(affects(r, 'npm', 'express', '5.0.0-beta.1')).toMatchObject({ fixed: ['5.0.0-beta.3'] });
  });

  it('GHSA Maven log4j-core (Log4Shell): three ranges ORed, Maven ordering', () => {
    const r = load('ghsa/Maven/GHSA-jfh8-c2jp-5v3q.json');
    expectBoundaries(r, 'Maven', 'org.apache.logging.log4j:log4j-core', {
      '2.0-beta9': true,
      '2.3': true,
      '2.3.1': false,
      '2.3.2': false,
      '2.4': true,
      '2.12.1': true,
      '2.12.2': false,
      '2.12.4': false,
      '2.13.0': true,
      '2.14.1': true,
      '2.15.0-rc1': true,
      '2.15.0': false,
      '2.17.1': false,
    });
    expect(verdict(r, 'Maven', 'org.apache.logging.log4j/log4j-core', '2.14.1')).toBe('affected');
  });

  it('GHSA NuGet: ids are case-insensitive, 4-part versions compare', () => {
    const r = load('ghsa/NuGet/GHSA-98g6-xh36-x2p7.json');
    expectBoundaries(r, 'NuGet', 'microsoft.data.sqlclient', {
      '2.1.6': true,
      '2.1.7': false,
      '2.1.7.0': false,
      '3.0.0': true,
      '3.1.4.9': true,
      '3.1.5': false,
      '5.1.2': true,
      '5.1.3': false,
    });
    expectBoundaries(r, 'NuGet', 'System.Data.SqlClient', { '4.8.5': true, '4.8.6': false });
    expectBoundaries(load('ghsa/NuGet/GHSA-5crp-9r3c-p9vr.json'), 'NuGet', 'NEWTONSOFT.JSON', {
      '12.0.3': true,
      '13.0.1': false,
    });
  });

  it('GHSA RubyGems, Packagist, crates.io, Go and PyPI', () => {
    expectBoundaries(load('ghsa/RubyGems/GHSA-c2f4-cvqm-65w2.json'), 'RubyGems', 'puma', {
      '5.6.7': true,
      '5.6.8': false,
      '5.6.9': false,
      '6.0.0': true,
      '6.4.2.pre': true,
      '6.4.2': false,
    });
    expectBoundaries(load('ghsa/Packagist/GHSA-25mq-v84q-4j7r.json'), 'Packagist', 'GuzzleHttp/Guzzle', {
      '6.5.7': true,
      'v6.5.8': false,
      '6.5.9': false,
      '7.0.0-beta1': false,
      '7.0.0': true,
      '7.4.5-RC1': true,
      '7.4.5': false,
    });
    expectBoundaries(load('ghsa/crates.io/GHSA-7rrj-xr53-82p7.json'), 'crates.io', 'tokio', {
      '1.6.9': false,
      '1.7.0': true,
      '1.18.3': true,
      '1.18.4': false,
      '1.19.0': true,
      '1.20.3': false,
      '1.23.0': true,
      '1.23.1': false,
    });
    expectBoundaries(load('ghsa/Go/GHSA-m425-mq94-257g.json'), 'Go', 'google.golang.org/grpc', {
      'v1.56.2': true,
      'v1.56.3': false,
      'v1.57.0': true,
      'v1.57.1': false,
      'v1.58.3': false,
      'v1.0.0-20170101000000-abcdefabcdef': true,
    });
    expectBoundaries(load('ghsa/PyPI/GHSA-j8r2-6x86-q33q.json'), 'PyPI', 'Requests', {
      '2.2.1': false,
      '2.3.0': true,
      '2.31.0rc1': true,
      '2.30.0': true,
      '2.31.0': false,
      '2.31.0.post1': false,
    });
  });

  it('PyPA YAML: explicit versions list, and a GIT range that does not decide', () => {
    const r = load('pypa/PyPI/requests/PYSEC-2023-74.yaml');
    const listed = affects(r, 'PyPI', 'requests', '2.9.2');
    expect(listed).toMatchObject({ verdict: 'affected', via: 'versions', fixed: ['2.31.0'] });
    // PEP 503 name and PEP 440 spelling both normalise onto the listed entry
    expect(verdict(r, 'PyPI', 'Requests', '2.9.2.0')).toBe('affected');
    expectBoundaries(r, 'PyPI', 'requests', { '2.2.1': false, '2.31.0': false, '2.32.0': false });
  });

  it('PyPA YAML: only the versions list decides when no range covers a version', () => {
    const yaml = `id: PYSEC-TEST-1\nmodified: "2024-01-01T00:00:00Z"\naffected:\n  - package: {ecosystem: PyPI, name: demo}\n    versions: ["1.0", "1.2"]\n`;
    const r = parseOsvText(yaml, 'constructed.yaml');
    expectBoundaries(r, 'PyPI', 'demo', { '1.0': true, '1.0.0': true, '1.1': false, '1.2': true });
  });

  it('Go vulndb: SEMVER ranges without v prefix match module versions with it', () => {
    const r = load('golang-vulndb/Go/GO-2021-0067.json');
    expectBoundaries(r, 'Go', 'stdlib', {
      '1.15.8': false,
      '1.16.0-rc1': true,
      'go1.16rc1': true,
      '1.16.0': true,
      'v1.16.0': true,
      '1.16.1': false,
      'go1.16.1': false,
    });
  });

  it('RustSec: several introduced/fixed pairs inside one range', () => {
    const r = load('rustsec/crates.io/RUSTSEC-2021-0124.json');
    expectBoundaries(r, 'crates.io', 'tokio', {
      '0.1.13': false,
      '0.1.14': true,
      '1.8.3': true,
      '1.8.4': false,
      '1.8.5': false,
      '1.9.0': true,
      '1.13.0': true,
      '1.13.1': false,
    });
  });

  it('AlmaLinux: RPM epochs and releases', () => {
    const r = load('almalinux/almalinux9/ALSA-2022:7288.json');
    expectBoundaries(r, 'AlmaLinux:9', 'openssl-libs', {
      '1:3.0.1-41.el9_0': true,
      '1:3.0.1-43.el9_0': false,
      '1:3.0.1-43.el9_0.1': false,
      '1:3.0.7-24.el9': false,
      // without its epoch 1 the package is older than any 1:… fix
      '3.0.7-24.el9': true,
    });
    expect(verdict(r, 'AlmaLinux:8', 'openssl-libs', '1:1.1.1k-1.el8')).toBe('not-affected');
  });

  it('withdrawn records affect nothing', () => {
    for (const rel of [
      'pypa/PyPI/redis/PYSEC-2023-73.yaml',
      'rustsec/crates.io/RUSTSEC-2023-0002.json',
      'golang-vulndb/Go/GO-2022-0617.json',
    ]) {
      const r = load(rel);
      expect(r.withdrawn).toBeTruthy();
      const pkg = r.affected?.[0]?.package;
      expect(affects(r, pkg?.ecosystem as string, pkg?.name as string, '0.6.0')).toEqual({
        verdict: 'not-affected',
        withdrawn: true,
      });
    }
  });

  it('every stored record is valid OSV', () => {
    const dirs = [
      'ghsa/npm',
      'ghsa/Maven',
      'ghsa/NuGet',
      'ghsa/PyPI',
      'ghsa/Go',
      'ghsa/RubyGems',
      'ghsa/Packagist',
      'ghsa/crates.io',
      'golang-vulndb/Go',
      'rustsec/crates.io',
      'almalinux/almalinux8',
      'almalinux/almalinux9',
    ];
    let n = 0;
    for (const d of dirs) {
      for (const f of readdirSync(join(OSV as string, d))) {
        load(join(d, f));
        n++;
      }
    }
    for (const pkg of readdirSync(join(OSV as string, 'pypa/PyPI'))) {
      for (const f of readdirSync(join(OSV as string, 'pypa/PyPI', pkg))) {
        load(join('pypa/PyPI', pkg, f));
        n++;
      }
    }
    expect(n).toBeGreaterThan(1100);
  });
});

// Records built from the OSV specification's own examples, for event kinds the
// stored data does not use (`limit`) and for broken input.
const base = { id: 'TEST-1', modified: '2024-01-01T00:00:00Z' };
const record = (affected: unknown[]): OsvRecord => validateOsvRecord({ ...base, affected }, 'constructed');

describe('OSV semantics on constructed records', () => {
  it('limit caps a range; "*" is no limit', () => {
    const r = record([
      {
        package: { ecosystem: 'npm', name: 'p' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { limit: '2.0.0' }] }],
      },
    ]);
    expectBoundaries(r, 'npm', 'p', {
      '0.9.9': false,
      '1.0.0': true,
      '1.9.9': true,
      '2.0.0': false,
      '3.0.0': false,
    });
    const star = record([
      {
        package: { ecosystem: 'npm', name: 'p' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { limit: '*' }] }],
      },
    ]);
    expect(verdict(star, 'npm', 'p', '99.0.0')).toBe('affected');
  });

  it('GIT ranges never decide for versioned packages', () => {
    const r = record([
      {
        package: { ecosystem: 'npm', name: 'p' },
        ranges: [{ type: 'GIT', repo: 'https://example.invalid/p', events: [{ introduced: '0' }] }],
      },
    ]);
    expect(verdict(r, 'npm', 'p', '1.0.0')).toBe('not-affected');
  });

  it('introduced and fixed at the same version is an empty range', () => {
    const r = record([
      {
        package: { ecosystem: 'npm', name: 'p' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ fixed: '1.0.0' }, { introduced: '1.0.0' }] }],
      },
    ]);
    expect(verdict(r, 'npm', 'p', '1.0.0')).toBe('not-affected');
  });

  it('an unreadable version is unknown, never safe, and says why', () => {
    const r = record([
      {
        package: { ecosystem: 'Debian:12', name: 'openssl' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u1' }] }],
      },
    ]);
    expect(verdict(r, 'Debian:12', 'openssl', '3.0.9-1')).toBe('affected');
    const res = affects(r, 'Debian:12', 'openssl', 'not a version');
    expect(res.verdict).toBe('unknown');
    expect(res.verdict === 'unknown' && res.reasons[0]).toMatch(
      /TEST-1: 'not a version' is not a valid dpkg version/,
    );
    const badBound = record([
      {
        package: { ecosystem: 'npm', name: 'p' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: 'x.y' }] }],
      },
    ]);
    const why = affects(badBound, 'npm', 'p', '1.0.0');
    expect(why.verdict === 'unknown' && why.reasons[0]).toMatch(
      /introduced 'x\.y' is not a valid semver version/,
    );
    const noRules = record([
      {
        package: { ecosystem: 'Linux', name: 'kernel' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
      },
    ]);
    expect(affects(noRules, 'Linux', 'kernel', '6.1')).toEqual({
      verdict: 'unknown',
      reasons: ["TEST-1: no version rules for ecosystem 'Linux'"],
    });
  });

  it('an affected entry with a bare distro name covers every release', () => {
    const r = record([
      {
        package: { ecosystem: 'Debian', name: 'zlib' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
      },
    ]);
    expect(verdict(r, 'Debian:12', 'zlib', '1:1.2.13.dfsg-1')).toBe('affected');
    expect(verdict(r, 'Ubuntu:22.04:LTS', 'zlib', '1:1.2.13.dfsg-1')).toBe('not-affected');
  });
});

describe('OSV validation', () => {
  const problemsOf = (patch: Record<string, unknown>) => osvProblems({ ...base, ...patch });

  it('names the field of each problem', () => {
    expect(osvProblems('x')).toEqual(['not a JSON object']);
    expect(osvProblems({ modified: base.modified })).toEqual(['field id: is missing']);
    expect(problemsOf({ modified: 'yesterday' })).toEqual([
      "field modified: 'yesterday' is not an RFC 3339 timestamp",
    ]);
    expect(problemsOf({ aliases: 'CVE-1' })).toEqual(['field aliases: must be an array of strings']);
    expect(problemsOf({ severity: [{ type: 'CVSS_V9', score: 'x' }] })).toEqual([
      "field severity[0].type: 'CVSS_V9' is not one of CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu",
    ]);
    expect(
      problemsOf({ affected: [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }] }),
    ).toEqual(['field affected[0].package: is missing (required unless every range is GIT)']);
    const pkg = { ecosystem: 'npm', name: 'p' };
    expect(
      problemsOf({
        affected: [{ package: pkg, ranges: [{ type: 'RANGE', events: [{ introduced: '0' }] }] }],
      }),
    ).toEqual(["field affected[0].ranges[0].type: 'RANGE' is not one of SEMVER, ECOSYSTEM, GIT"]);
    expect(
      problemsOf({ affected: [{ package: pkg, ranges: [{ type: 'GIT', events: [{ introduced: '0' }] }] }] }),
    ).toEqual(['field affected[0].ranges[0].repo: is missing']);
    expect(
      problemsOf({
        affected: [
          { package: pkg, ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1.0.0' }] }] },
        ],
      }),
    ).toEqual([
      'field affected[0].ranges[0].events[0]: must have exactly one of introduced, fixed, last_affected, limit',
      "field affected[0].ranges[0].events: has no 'introduced' event",
    ]);
    expect(
      problemsOf({
        affected: [{ package: pkg, ranges: [{ type: 'SEMVER', events: [{ fixed: '1.0.0' }] }] }],
      }),
    ).toEqual(["field affected[0].ranges[0].events: has no 'introduced' event"]);
    expect(problemsOf({ affected: [{ package: { ecosystem: 'npm' }, versions: [1] }] })).toEqual([
      'field affected[0].package.name: is missing',
      'field affected[0].versions[0]: must be a string',
    ]);
  });

  it('throws one line naming the file, the record id and the first field', () => {
    const bad = {
      ...base,
      affected: [{ package: { ecosystem: 'npm', name: 'p' }, ranges: [{ type: 'SEMVER', events: [] }] }],
    };
    expect(() => validateOsvRecord(bad, 'db/npm/TEST-1.json')).toThrow(
      new InputError(
        'db/npm/TEST-1.json: record TEST-1 is not valid OSV: field affected[0].ranges[0].events: must be a non-empty array',
      ),
    );
    expect(() => parseOsvText('{"id": ', 'x/bad.json')).toThrow(/^x\/bad\.json: is not valid JSON: /);
    expect(() => parseOsvText('id: [', 'x/bad.yaml')).toThrow(/^x\/bad\.yaml: is not valid YAML: /);
    expect(() => parseOsvText('{"id":"A B","modified":"2024-01-01T00:00:00Z"}', 'y.json')).toThrow(
      'y.json: record A B is not valid OSV: field id: must not contain whitespace',
    );
  });
});

describe('package names', () => {
  it('normalises as each ecosystem does', () => {
    expect(normalisePackageName('PyPI', 'Zope.Interface__x')).toBe('zope-interface-x');
    expect(normalisePackageName('NuGet', 'Newtonsoft.Json')).toBe('newtonsoft.json');
    expect(normalisePackageName('Packagist', 'GuzzleHttp/Guzzle')).toBe('guzzlehttp/guzzle');
    expect(normalisePackageName('Maven', 'org.apache.logging.log4j/log4j-core')).toBe(
      'org.apache.logging.log4j:log4j-core',
    );
    expect(normalisePackageName('Go', 'github.com/BurntSushi/toml')).toBe('github.com/BurntSushi/toml');
    expect(normalisePackageName('npm', '@Scope/Pkg')).toBe('@Scope/Pkg');
  });
});
