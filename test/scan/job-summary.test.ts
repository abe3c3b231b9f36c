import { describe, expect, it } from 'vitest';
import { scanSummaryMarkdown } from '../../src/report/scan-summary.js';
import { applyFilters } from '../../src/scan/filters.js';
import { decide } from '../../src/scan/gate.js';
import { finding, libssl, pkg } from './findings.js';

// The job summary names every OpenVEX attestation the scan found but did not
// trust, and why: a reviewer who expected a suppression sees what happened.

describe('job summary: ignored OpenVEX attestations', () => {
  const { findings } = applyFilters([finding('CVE-2024-9143', libssl, 'high', { fixed: ['3.3.2-r1'] })], {
    now: new Date('2025-06-01T00:00:00Z'),
  });
  const base = {
    subject: 'ghcr.io/acme/app@sha256:abc',
    findings,
    decision: decide(findings, { failOn: 'high' }),
    dbAge: [],
    warnings: [],
  };

  it('lists each with what it is and why it was ignored', () => {
    const summary = scanSummaryMarkdown({
      ...base,
      vexIgnored: [
        {
          source: 'attestation:ghcr.io/acme/app@sha256:111',
          because: 'signature invalid',
          reason:
            'the signature does not match the signed content (tampered payload, or another key or certificate)',
        },
        {
          source: 'attestation:ghcr.io/acme/app@sha256:222',
          because: 'identity mismatch',
          reason: 'identity policy: subject is https://github.com/evil/x | y',
        },
      ],
    });
    expect(summary).toContain('### OpenVEX attestations ignored');
    expect(summary).toContain(
      '| `attestation:ghcr.io/acme/app@sha256:111` | signature invalid | the signature does not match the signed content',
    );
    expect(summary).toContain(
      '| identity mismatch | identity policy: subject is https://github.com/evil/x \\| y |',
    );
    // The finding it would have suppressed is still open and still fails the gate.
    expect(summary).toContain('❌ **Gate failed**');
  });

  it('says nothing about attestations when none was ignored', () => {
    expect(scanSummaryMarkdown({ ...base, vexIgnored: [] })).not.toContain('OpenVEX attestations ignored');
    expect(scanSummaryMarkdown(base)).not.toContain('OpenVEX attestations ignored');
  });
});

describe('job summary over 1 MiB, with the full report uploaded', () => {
  it('the note names the workflow artifact that holds the full report', () => {
    const many = Array.from({ length: 9000 }, (_, i) =>
      finding(
        `CVE-2024-${String(i).padStart(5, '0')}`,
        pkg(`pkg:npm/p${i}@1.0.0`, `p${i}-${'x'.repeat(120)}`, '1.0.0', 'npm'),
        'low',
      ),
    );
    const { findings } = applyFilters(many, { now: new Date('2025-06-01T00:00:00Z') });
    const summary = scanSummaryMarkdown(
      {
        subject: 'ghcr.io/acme/app@sha256:abc',
        findings,
        decision: decide(findings, { failOn: 'none' }),
        dbAge: [],
        warnings: [],
        reportPath: '/tmp/r.json',
        artifact: 'lading-scan-app-3f2a9c1b7d4e',
      },
      { top: 9000 },
    );
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toMatch(
      /> The summary was cut at 1 MiB; the full report is in the workflow artifact lading-scan-app-3f2a9c1b7d4e\.\n$/,
    );
  });
});
