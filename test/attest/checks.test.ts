import { describe, expect, it } from 'vitest';
import { parseAge, parseSeverity, predicateMismatch, worstFinding } from '../../src/attest/checks.js';

const now = new Date('2026-02-01T00:00:00Z');

describe('attestation predicate checks', () => {
  it('finds the worst finding in grype, Trivy and free-form results', () => {
    expect(
      worstFinding({
        matches: [
          { vulnerability: { id: 'A', severity: 'Low' } },
          { vulnerability: { id: 'B', severity: 'High' } },
        ],
      }),
    ).toEqual({ severity: 'high', id: 'B' });
    expect(
      worstFinding({ Results: [{ Vulnerabilities: [{ VulnerabilityID: 'C', Severity: 'CRITICAL' }] }] }),
    ).toEqual({ severity: 'critical', id: 'C' });
    expect(worstFinding({ matches: [] })).toBeUndefined();
  });

  it('judges severity and scan age', () => {
    const scan = {
      scanner: { uri: 'x', result: { matches: [{ vulnerability: { id: 'CVE-1', severity: 'High' } }] } },
      metadata: { scanFinishedOn: '2026-01-31T00:00:00Z' },
    };
    expect(
      predicateMismatch(scan, { kind: 'vuln', maxSeverity: 'high', maxAgeMs: 2 * 86_400_000 }, now),
    ).toBeUndefined();
    expect(predicateMismatch(scan, { kind: 'vuln', maxSeverity: 'medium' }, now)).toBe(
      'a finding is high (CVE-1), above the maximum medium',
    );
    expect(predicateMismatch(scan, { kind: 'vuln', maxAgeMs: parseAge('12h', 'x') }, now)).toBe(
      'the scan finished at 2026-01-31T00:00:00.000Z, 24h ago, older than 12h',
    );
    expect(predicateMismatch({ scanner: {} }, { kind: 'vuln', maxAgeMs: 1 }, now)).toBe(
      'the scan has no metadata.scanFinishedOn time',
    );
  });

  it('judges provenance builder and source', () => {
    const p = {
      buildDefinition: {
        externalParameters: {
          workflow: { repository: 'https://github.com/example/app', ref: 'refs/heads/main' },
        },
      },
      runDetails: { builder: { id: 'B' } },
    };
    expect(
      predicateMismatch(
        p,
        {
          kind: 'slsaprovenance1',
          builderId: 'B',
          sourceRepository: 'example/app',
          sourceRef: 'refs/heads/main',
        },
        now,
      ),
    ).toBeUndefined();
    expect(
      predicateMismatch(
        p,
        { kind: 'slsaprovenance1', sourceRepository: 'https://github.com/example/app' },
        now,
      ),
    ).toBeUndefined();
    expect(predicateMismatch(p, { kind: 'slsaprovenance1', sourceRepository: 'ample/app' }, now)).toBe(
      'source repository is "https://github.com/example/app", not "ample/app"',
    );
    expect(predicateMismatch(p, { kind: 'slsaprovenance1', builderId: 'C' }, now)).toBe(
      'builder id is "B", not "C"',
    );
  });

  it('refuses bad severities and durations, naming the flag', () => {
    expect(() => parseSeverity('severe', '--max-severity')).toThrow(
      '--max-severity: must be one of negligible, low, medium, high, critical, got "severe"',
    );
    expect(() => parseAge('1 week', '--max-scan-age')).toThrow(
      '--max-scan-age: "1 week" is not a duration such as 90m, 24h or 7d',
    );
  });
});
