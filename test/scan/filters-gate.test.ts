import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllowlist } from '../../src/scan/allowlist.js';
import { applyFilters } from '../../src/scan/filters.js';
import { decide } from '../../src/scan/gate.js';
import { parseOpenVex } from '../../src/scan/vex.js';
import { finding, gjson, IMAGE_DIGEST, libcrypto, libssl, pkg, xtext } from './findings.js';

const vex = parseOpenVex(
  readFileSync(fileURLToPath(new URL('../fixtures/vex/vexctl-image.openvex.json', import.meta.url)), 'utf8'),
  'vex.json',
);
const allowlist = parseAllowlist(
  `entries:
  - id: CVE-2024-9143
    reason: also allowlisted, but VEX comes first
  - id: CVE-2024-4741
    reason: accepted until the base image moves
    expires: 2025-01-31
  - id: CVE-2020-36067
    reason: parser input is trusted
`,
  'allow.yaml',
);

const findings = [
  finding('CVE-2024-9143', libssl, 'low', { fixed: ['3.3.2-r1'] }), // VEX not_affected (subcomponent)
  finding('CVE-2024-9143', libcrypto, 'low', { fixed: ['3.3.2-r1'] }), // VEX not for it; allowlisted
  finding('CVE-2024-4741', libcrypto, 'high', { fixed: ['3.3.2-r1'] }), // VEX affected; allowlist entry
  finding('CVE-2020-36067', gjson, 'high'), // permanent allowlist entry
  finding('CVE-2020-14040', xtext, 'high'), // no fix: ignore-unfixed
  finding('GO-2099-0001', xtext, 'medium', { status: 'undetermined' }), // undetermined, no fix: kept
];

describe('filters', () => {
  const run = (now: string) =>
    applyFilters(findings, {
      vex: { documents: [vex], subject: { digests: [IMAGE_DIGEST] } },
      allowlist,
      ignoreUnfixed: true,
      now: new Date(now),
    });

  it('apply VEX, then the allowlist, then ignore-unfixed, recording each on the finding', () => {
    const { findings: r, warnings } = run('2025-01-10T00:00:00Z');
    expect(warnings).toEqual([]);
    expect(r.map((f) => [f.state, f.suppressedBy])).toEqual([
      ['suppressed', 'vex'],
      ['suppressed', 'allowlist'],
      ['suppressed', 'allowlist'],
      ['suppressed', 'allowlist'],
      ['suppressed', 'ignore-unfixed'],
      ['open', undefined],
    ]);
    // VEX decided first: the allowlist did not touch it.
    expect(r[0]?.marks).toEqual([
      {
        filter: 'vex',
        effect: 'suppressed',
        reason: 'not_affected (vulnerable_code_not_in_execute_path)',
        source: 'vex.json#statements[0]',
      },
    ]);
    // VEX said affected (kept, recorded), then the allowlist suppressed it.
    expect(r[2]?.marks.map((m) => `${m.filter}:${m.effect}`)).toEqual(['vex:kept', 'allowlist:suppressed']);
    expect(r[2]?.vex?.actionStatement).toMatch(/Upgrade/);
    expect(r[2]?.marks[1]?.reason).toBe('allowlisted until 2025-01-31: accepted until the base image moves');
    // No expiry: allowed and shown as such.
    expect(r[3]?.marks[0]?.reason).toBe('allowlisted without expiry: parser input is trusted');
    expect(r[5]?.marks).toEqual([expect.objectContaining({ filter: 'ignore-unfixed', effect: 'kept' })]);
  });

  it('an expired entry stops suppressing and is named in a warning', () => {
    const { findings: r, warnings } = run('2025-02-01T00:00:00Z');
    expect(r[2]?.state).toBe('open');
    expect(r[2]?.marks.map((m) => `${m.filter}:${m.effect}`)).toEqual(['vex:kept', 'allowlist:kept']);
    expect(r[2]?.marks[1]?.reason).toMatch(/^allowlist entry expired 2025-01-31/);
    expect(warnings).toEqual([
      'allowlist entry CVE-2024-4741 at allow.yaml#entries[1] expired 2025-01-31: it no longer suppresses anything',
    ]);
  });

  it('without filters nothing is touched', () => {
    const { findings: r } = applyFilters(findings, { now: new Date(0) });
    expect(r.every((f) => f.state === 'open' && f.marks.length === 0)).toBe(true);
  });
});

describe('gate', () => {
  const open = (fs: ReturnType<typeof finding>[]) => applyFilters(fs, { now: new Date(0) }).findings;
  const unknown = finding('CVE-2024-0001', libssl, 'unknown');

  it('fails at or above the threshold, only on open findings', () => {
    const reviewed = applyFilters(findings, {
      vex: { documents: [vex], subject: { digests: [IMAGE_DIGEST] } },
      allowlist,
      ignoreUnfixed: true,
      now: new Date('2025-01-10T00:00:00Z'),
    }).findings;
    // Only the undetermined medium finding is left open.
    expect(decide(reviewed, { failOn: 'high' }).passed).toBe(true);
    const medium = decide(reviewed, { failOn: 'medium' });
    expect(medium.passed).toBe(false);
    expect(medium.failing.map((f) => f.finding.id)).toEqual(['GO-2099-0001']);
    expect(medium.counts).toMatchObject({ medium: 1, high: 0, low: 0 });
    expect(decide(open(findings), { failOn: 'high' }).failing).toHaveLength(3);
  });

  it('fail-on none is report only', () => {
    const d = decide(open(findings), { failOn: 'none' });
    expect(d.passed).toBe(true);
    expect(d.reason).toMatch(/gate off/);
  });

  it('an unknown severity fails every threshold by default', () => {
    for (const failOn of ['low', 'medium', 'high', 'critical'] as const) {
      const d = decide(open([unknown]), { failOn });
      expect(d.passed).toBe(false);
      expect(d.reason).toMatch(/1 of unknown severity, counted as critical/);
    }
  });

  it('unknown-as maps unknown to a severity; ignore lets it pass but says so', () => {
    expect(decide(open([unknown]), { failOn: 'high', unknownAs: 'medium' }).passed).toBe(true);
    expect(decide(open([unknown]), { failOn: 'medium', unknownAs: 'medium' }).passed).toBe(false);
    const ignored = decide(open([unknown]), { failOn: 'low', unknownAs: 'ignore' });
    expect(ignored.passed).toBe(true);
    expect(ignored.ignoredUnknown).toHaveLength(1);
    expect(ignored.reason).toMatch(/1 finding\(s\) of unknown severity let through by unknown-as: ignore/);
  });

  it('a finding rated none never fails', () => {
    expect(decide(open([finding('CVE-2024-0002', libssl, 'none')]), { failOn: 'low' }).passed).toBe(true);
  });

  describe('fail-on-new-only', () => {
    const bumped = pkg(
      'pkg:apk/alpine/libssl3@3.3.2-r1?arch=x86_64&distro=alpine-3.20.4&upstream=openssl',
      'libssl3',
      '3.3.2-r1',
    );
    const base = [finding('CVE-2024-9143', libssl, 'critical'), finding('CVE-2024-6119', libssl, 'high')];

    it('a version bump keeping the same CVE is not new; a new CVE is', () => {
      const head = open([
        finding('CVE-2024-9143', bumped, 'critical'),
        finding('CVE-2025-0001', bumped, 'high'),
      ]);
      const d = decide(head, { failOn: 'high', base });
      expect(d.passed).toBe(false);
      expect(d.introduced?.map((f) => f.finding.id)).toEqual(['CVE-2025-0001']);
      expect(d.failing.map((f) => f.finding.id)).toEqual(['CVE-2025-0001']);
      expect(d.resolved?.map((f) => f.id)).toEqual(['CVE-2024-6119']);
      expect(d.reason).toMatch(/^failed: 1 new open finding/);
    });

    it('the same vulnerability under an alias is not new', () => {
      const head = open([
        finding('GHSA-aaaa-bbbb-cccc', bumped, 'critical', { ids: ['GHSA-aaaa-bbbb-cccc', 'CVE-2024-9143'] }),
      ]);
      expect(decide(head, { failOn: 'low', base }).passed).toBe(true);
    });

    it('the same CVE in another package is new', () => {
      const head = open([finding('CVE-2024-9143', libcrypto, 'critical')]);
      expect(decide(head, { failOn: 'critical', base }).failing).toHaveLength(1);
    });
  });
});
