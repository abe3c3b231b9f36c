import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type OsvRecord, validateOsvRecord } from '../../src/advisories/osv.js';
import { parseOsvText } from '../../src/advisories/osv-text.js';
import { cvssBaseScore, levelOfLabel, levelOfScore, severityOf } from '../../src/advisories/severity.js';
import { InputError } from '../../src/errors.js';
import { needShared } from '../harness/peers.js';
import { debianPartsToOsv } from './osv-fixtures.js';

// Base scores for the worked examples published by FIRST: the CVSS v2 guide
// (section 3.3), the CVSS v3.0/v3.1 "Examples" documents and the CVSS v4.0
// examples. The score is computed from the vector; a wrong formula fails here.
describe('CVSS base scores from FIRST examples', () => {
  it.each([
    ['AV:N/AC:L/Au:N/C:N/I:N/A:C', 7.8, '2.0'], // CVE-2002-0392
    ['(AV:N/AC:L/Au:N/C:C/I:C/A:C)', 10.0, '2.0'], // CVE-2003-0818
    ['AV:L/AC:H/Au:N/C:C/I:C/A:C', 6.2, '2.0'], // CVE-2003-0062
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1, '3.0'], // CVE-2013-1937
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4, '3.0'], // CVE-2013-0375
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1, '3.0'], // CVE-2014-3566
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5, '3.1'], // CVE-2014-0160
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, '3.1'], // CVE-2014-6271
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9, '3.1'], // CVE-2012-1516
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3, '4.0'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N', 8.7, '4.0'], // CVE-2014-0160
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5, '4.0'], // CVE-2022-41741
  ])('%s = %d', (vector, score, version) => {
    const s = cvssBaseScore(vector);
    expect(s.baseScore).toBe(score);
    expect(s.version).toBe(version);
  });

  it('rates scores on the v3/v4 scale and v2 without critical', () => {
    expect(levelOfScore(0, '3.1')).toBe('none');
    expect(levelOfScore(3.9, '3.1')).toBe('low');
    expect(levelOfScore(4.0, '4.0')).toBe('medium');
    expect(levelOfScore(8.9, '3.0')).toBe('high');
    expect(levelOfScore(9.0, '3.1')).toBe('critical');
    expect(levelOfScore(10, '2.0')).toBe('high');
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y', "unknown CVSS 3.1 metric 'XX'"],
    ['CVSS:3.1/AV:N/AC:L', 'lacks base metrics'],
    [
      'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      'cannot be read: Unknown component value Q for component AV',
    ],
    ['CVSS:3.2/AV:N', "unsupported version '3.2'"],
    ['CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', "repeats metric 'AV'"],
    ['garbage', "malformed metric 'garbage'"],
  ])('rejects %s, naming it', (vector, why) => {
    expect(() => cvssBaseScore(vector)).toThrow(InputError);
    expect(() => cvssBaseScore(vector)).toThrow(`CVSS vector '${vector}' `);
    expect(() => cvssBaseScore(vector)).toThrow(why);
  });
});

const OSV = needShared('testdata/osv');
const load = (rel: string): OsvRecord => {
  const file = join(OSV as string, rel);
  return parseOsvText(readFileSync(file, 'utf8'), file);
};

describe.skipIf(!OSV)('severity of real records', () => {
  it('GHSA with CVSS v3.1 and v4.0: the higher base score decides, the label is kept', () => {
    const s = severityOf(load('ghsa/RubyGems/GHSA-vmwr-mc7x-5vc3.json'));
    expect(s.scores.map((x) => [x.version, x.baseScore])).toEqual([
      ['3.1', 5.9],
      ['4.0', 8.2],
    ]);
    expect(s.level).toBe('high');
    expect(s.basis).toBe('CVSS 4.0 base score');
    expect(s.labels).toEqual([{ source: 'database_specific.severity', label: 'MODERATE', level: 'medium' }]);
  });

  it('GHSA Log4Shell is critical from its vector', () => {
    const s = severityOf(load('ghsa/Maven/GHSA-jfh8-c2jp-5v3q.json'));
    expect([s.level, s.score?.baseScore]).toEqual(['critical', 10]);
  });

  it('GHSA without a vector falls back to its label, lower-case spelling included', () => {
    expect(severityOf(load('ghsa/NuGet/GHSA-5crp-9r3c-p9vr.json'))).toMatchObject({
      level: 'low',
      basis: "label 'LOW' (database_specific.severity)",
    });
    const lower = load('ghsa/npm/GHSA-x5rq-j2xg-h7qm.json');
    expect(lower.database_specific?.severity).toBe('moderate');
    expect(severityOf({ ...lower, severity: [] }).level).toBe('medium');
  });

  it('AlmaLinux takes the Red Hat word in its summary', () => {
    expect(severityOf(load('almalinux/almalinux9/ALSA-2022:7288.json'))).toMatchObject({
      level: 'high',
      basis: "label 'Important' (summary)",
    });
  });

  it('RustSec: the vector in affected[].database_specific.cvss counts, once, even without a severity list', () => {
    const record = load('rustsec/crates.io/RUSTSEC-2016-0001.json');
    const both = severityOf(record);
    // The same vector in `severity` and `database_specific.cvss` is one score, not two.
    expect(both.scores.map((x) => [x.vector, x.baseScore])).toEqual([
      ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.1],
    ]);
    const { severity: _dropped, ...withoutList } = record;
    expect(severityOf(withoutList)).toMatchObject({
      level: 'high',
      basis: 'CVSS 3.0 base score',
      score: { baseScore: 8.1 },
    });
  });

  it('Debian (osv.dev parts): the tracker urgency is a label per release; unassigned is unknown', () => {
    const parts = (cve: string) =>
      debianPartsToOsv(
        cve,
        readFileSync(join(OSV as string, `debian/osv.dev-testdata/${cve}.debian-parts.json`), 'utf8'),
        '2024-01-01T00:00:00Z',
      );
    const unimportant = parts('CVE-2016-1585');
    const bookworm = unimportant.affected?.find((a) => a.package?.ecosystem === 'Debian:12');
    expect(severityOf(unimportant, bookworm)).toMatchObject({
      level: 'low',
      basis: "label 'unimportant' (affected.ecosystem_specific.urgency)",
    });
    const unassigned = severityOf(parts('CVE-2017-6507'));
    expect(unassigned.level).toBe('unknown');
    expect(unassigned.labels[0]).toEqual({
      source: 'affected.ecosystem_specific.urgency',
      label: 'not yet assigned',
      level: 'unknown',
    });
    // NVD-derived urgencies carry asterisks in the tracker
    expect(levelOfLabel('medium**')).toBe('medium');
    expect(levelOfLabel('end-of-life')).toBe('unknown');
  });

  it('a Go vulndb record with no severity is unknown, not low', () => {
    const s = severityOf(load('golang-vulndb/Go/GO-2021-0067.json'));
    expect(s.level).toBe('unknown');
    expect(s.basis).toBe('no CVSS vector or severity label');
  });
});

describe('severity rules on constructed records', () => {
  const rec = (patch: Record<string, unknown>) =>
    validateOsvRecord({ id: 'T-1', modified: '2024-01-01T00:00:00Z', ...patch }, 'constructed');

  it('prefers v3/v4 over a higher v2 score', () => {
    const s = severityOf(
      rec({
        severity: [
          { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' },
          { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N' },
        ],
      }),
    );
    expect([s.level, s.score?.baseScore, s.basis]).toEqual(['low', 3.1, 'CVSS 3.1 base score']);
  });

  it('uses v2 when it is the only vector', () => {
    const s = severityOf(rec({ severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:C/I:C/A:C' }] }));
    expect([s.level, s.score?.baseScore]).toEqual(['high', 10]);
  });

  it('a broken vector never decides and is reported', () => {
    const s = severityOf(
      rec({
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' }],
        database_specific: { severity: 'LOW' },
      }),
    );
    expect(s.level).toBe('low');
    expect(s.problems).toEqual(["T-1: CVSS vector 'CVSS:3.1/AV:N' lacks base metrics"]);
  });

  it('takes the highest label and reads distro words', () => {
    const s = severityOf(
      rec({
        affected: [
          {
            package: { ecosystem: 'Ubuntu:22.04:LTS', name: 'openssl' },
            severity: [{ type: 'Ubuntu', score: 'medium' }],
            ecosystem_specific: { severity: 'negligible' },
          },
        ],
      }),
    );
    expect(s.level).toBe('medium');
    expect(levelOfLabel('Important')).toBe('high');
    expect(levelOfLabel('unimportant')).toBe('low');
    expect(levelOfLabel('not yet assigned')).toBe('unknown');
  });

  it('an unrecognised label is unknown, not low', () => {
    expect(severityOf(rec({ database_specific: { severity: 'whatever' } })).level).toBe('unknown');
  });
});
