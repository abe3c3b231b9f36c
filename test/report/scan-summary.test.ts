import { describe, expect, it } from 'vitest';
import { scanPullRequestComment, scanSummaryMarkdown } from '../../src/report/scan-summary.js';
import { applyFilters } from '../../src/scan/filters.js';
import { decide } from '../../src/scan/gate.js';
import { finding, libcrypto, libssl, pkg } from '../scan/findings.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('scan job summary and pull-request comment', () => {
  const head = [
    finding('CVE-2024-9143', libssl, 'high', { fixed: ['3.3.2-r1'] }),
    finding('CVE-2024-9143', libcrypto, 'high', { fixed: ['3.3.2-r1'] }),
    finding('CVE-2099-0001', libssl, 'low'),
  ];
  const baseOnly = finding('CVE-2023-0001', pkg('pkg:apk/alpine/zlib@1.3-r0', 'zlib', '1.3-r0'), 'medium');

  it('the PR comment lists what the change introduced and what it fixed; the summary says why the gate decided', () => {
    const { findings } = applyFilters(head, { ignoreUnfixed: true, now: NOW });
    const decision = decide(findings, { failOn: 'high', base: [head[1]!, baseOnly] });
    const input = {
      subject: 'ghcr.io/acme/app@sha256:abc',
      findings,
      decision,
      dbAge: [{ ecosystem: 'Alpine', fetchedAt: '2025-05-31T12:00:00Z', ageHours: 12, stale: false }],
      warnings: ['a | pipe\nand a newline'],
    };
    const comment = scanPullRequestComment(input);
    expect(comment).toContain('#### New vulnerabilities (1)');
    expect(comment).toMatch(/\| \[CVE-2024-9143\]\([^)]+\) \| libssl3 3\.3\.2-r0 \| 3\.3\.2-r1 \|/);
    expect(comment).not.toMatch(/libcrypto3 3\.3\.2-r0 \|/);
    expect(comment).toContain('#### Fixed vulnerabilities (1)');
    expect(comment).toContain('`pkg:apk/alpine/zlib`');

    const summary = scanSummaryMarkdown(input);
    expect(summary).toContain('❌ **Gate failed**');
    expect(summary).toContain('Compared with the base: 1 new open finding(s), 1 fixed.');
    expect(summary).toMatch(/\| suppressed \| 1 \(1 by ignore-unfixed\) \|/);
    expect(summary).toContain('no fixed version published');
    expect(summary).toContain('| Alpine | 2025-05-31T12:00:00Z | 12 h |');
    expect(summary).toContain('- a \\| pipe and a newline');
  });

  it('a summary over 1 MiB is cut with a note naming the full report', () => {
    const many = Array.from({ length: 9000 }, (_, i) =>
      finding(
        `CVE-2024-${String(i).padStart(5, '0')}`,
        pkg(`pkg:npm/p${i}@1.0.0`, `p${i}-${'x'.repeat(80)}`, '1.0.0', 'npm'),
        'low',
      ),
    );
    const { findings } = applyFilters(many, {
      allowlist: {
        file: 'a.yaml',
        entries: many.map((f, i) => ({ id: f.id, reason: 'r'.repeat(60), source: `a.yaml#entries[${i}]` })),
      },
      now: NOW,
    });
    const summary = scanSummaryMarkdown(
      {
        subject: 'dir:.',
        findings,
        decision: decide(findings, { failOn: 'none' }),
        dbAge: [],
        warnings: [],
        reportPath: '/tmp/r.json',
      },
      { suppressed: 9000 },
    );
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain('the full report is in /tmp/r.json (upload it as an artifact)');
  });
});
