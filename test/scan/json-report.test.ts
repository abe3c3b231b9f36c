import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAllowlist } from '../../src/scan/allowlist.js';
import { applyFilters } from '../../src/scan/filters.js';
import { buildJsonReport, writeJsonReport } from '../../src/scan/formats/json.js';
import { decide } from '../../src/scan/gate.js';
import { parseOpenVex } from '../../src/scan/vex.js';
import { finding, IMAGE_DIGEST, libcrypto, libssl, pkg } from './findings.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../schemas/scan-report.schema.json', import.meta.url)), 'utf8'),
);
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const vex = parseOpenVex(
  readFileSync(fileURLToPath(new URL('../fixtures/vex/vexctl-image.openvex.json', import.meta.url)), 'utf8'),
  'vex.json',
);

describe('JSON report', () => {
  const now = new Date('2025-02-10T00:00:00Z');
  const { findings, warnings } = applyFilters(
    [
      finding('CVE-2024-9143', libssl, 'low', { fixed: ['3.3.2-r1'], score: 3.7, summary: 'GF(2^m)' }),
      finding('CVE-2024-4741', libcrypto, 'high', { fixed: ['3.3.2-r1'] }),
      finding('CVE-2024-0001', libcrypto, 'unknown'),
    ],
    {
      vex: { documents: [vex], subject: { digests: [IMAGE_DIGEST] } },
      allowlist: parseAllowlist(
        'entries:\n  - id: CVE-2024-4741\n    reason: r\n    expires: 2025-01-31\n',
        'allow.yaml',
      ),
      now,
    },
  );
  const base = [
    finding('CVE-2024-4741', pkg('pkg:apk/alpine/libcrypto3@3.3.1-r0', 'libcrypto3', '3.3.1-r0'), 'high'),
  ];
  const decision = decide(findings, { failOn: 'high', base });
  const report = buildJsonReport({
    toolVersion: '0.1.0',
    generatedAt: now,
    subject: {
      kind: 'image',
      repository: 'ghcr.io/acme/app',
      digest: IMAGE_DIGEST,
      tag: '1.2',
      platform: { os: 'linux', architecture: 'amd64' },
    },
    findings,
    decision,
    filters: { vex: ['vex.json'], allowlist: 'allow.yaml' },
    advisoriesUpdatedAt: '2025-02-09T06:00:00Z',
    warnings,
  });

  it('validates against schemas/scan-report.schema.json', () => {
    expect(validate(report)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
  });

  it('says what is open, what is suppressed and by what, and what failed the gate', () => {
    expect(report.summary).toEqual({
      total: 3,
      open: { critical: 0, high: 1, medium: 0, low: 0, none: 0, unknown: 1 },
      suppressed: { vex: 1, allowlist: 0, 'ignore-unfixed': 0 },
      fixable: 1,
    });
    expect(
      report.findings.map((f) => [f.id, f.state, f.suppressedBy ?? null, f.failsGate, f.introduced]),
    ).toEqual([
      ['CVE-2024-9143', 'suppressed', 'vex', false, false],
      ['CVE-2024-4741', 'open', null, false, false],
      ['CVE-2024-0001', 'open', null, true, true],
    ]);
    expect(report.gate).toMatchObject({
      passed: false,
      newOnly: true,
      failing: 1,
      introduced: 1,
      resolved: [],
    });
    expect(report.warnings[0]).toMatch(/CVE-2024-4741 .* expired 2025-01-31/);
    expect(report.findings[1]?.marks.map((m) => `${m.filter}:${m.effect}`)).toEqual([
      'vex:kept',
      'allowlist:kept',
    ]);
    expect(report.subject).toEqual({
      kind: 'image',
      repository: 'ghcr.io/acme/app',
      digest: IMAGE_DIGEST,
      tag: '1.2',
      platform: 'linux/amd64',
    });
  });

  it('writes the same object as text', () => {
    const text = writeJsonReport({
      toolVersion: '0',
      generatedAt: now,
      subject: { kind: 'directory', name: '.' },
      findings: [],
    });
    expect(validate(JSON.parse(text))).toBe(true);
  });
});
