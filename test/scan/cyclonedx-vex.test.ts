import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/oci/digest.js';
import { buildCyclonedx } from '../../src/sbom/formats/cyclonedx.js';
import { parseAllowlist } from '../../src/scan/allowlist.js';
import { applyFilters } from '../../src/scan/filters.js';
import { cyclonedxVulnerabilities } from '../../src/scan/formats/cyclonedx-vex.js';
import { parseOpenVex } from '../../src/scan/vex.js';
import { finding, IMAGE_DIGEST, libcrypto, libssl, xtext } from './findings.js';

// The official CycloneDX 1.6 schema as @cyclonedx/cyclonedx-library ships it
// (the same loading as test/sbom/formats.test.ts).
const require = createRequire(import.meta.url);
const dir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res/schema');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
ajv.addFormat('iri-reference', /^[^\s<>"{}|\\^`]*$/u);
ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
ajv.addSchema(JSON.parse(read('spdx.SNAPSHOT.schema.json')));
ajv.addSchema(JSON.parse(read('jsf-0.82.SNAPSHOT.schema.json')));
const validate = ajv.compile(
  JSON.parse(
    read('bom-1.6.SNAPSHOT.schema.json')
      .replaceAll('spdx.SNAPSHOT.schema.json', 'spdx.schema.json')
      .replaceAll('jsf-0.82.SNAPSHOT.schema.json', 'jsf-0.82.schema.json'),
  ),
);

const vex = parseOpenVex(
  readFileSync(fileURLToPath(new URL('../fixtures/vex/vexctl-image.openvex.json', import.meta.url)), 'utf8'),
  'vex.json',
);
const withScores = (f: ReturnType<typeof finding>) => {
  f.severity.scores = f.severity.score ? [f.severity.score] : [];
  f.severity.labels = [{ source: 'database_specific.severity', label: 'LOW', level: 'low' }];
  return f;
};
const reviewed = applyFilters(
  [
    withScores(
      finding('CVE-2024-9143', libssl, 'low', {
        fixed: ['3.3.2-r1'],
        score: 3.7,
        ids: ['CVE-2024-9143', 'ALPINE-CVE-2024-9143'],
        summary: 'GF(2^m)',
      }),
    ),
    finding('CVE-2024-4741', libcrypto, 'high', { fixed: ['3.3.2-r1'] }),
    finding('CVE-2020-14040', xtext, 'unknown'),
  ],
  {
    vex: { documents: [vex], subject: { digests: [IMAGE_DIGEST] } },
    allowlist: parseAllowlist(
      'entries:\n  - id: CVE-2020-14040\n    reason: vendored copy unused\n',
      'allow.yaml',
    ),
    now: new Date('2025-01-01T00:00:00Z'),
  },
).findings;

const inventory = { packages: [libssl, libcrypto, xtext], warnings: [] };
const subject = { kind: 'image' as const, name: 'ghcr.io/acme/app', digest: IMAGE_DIGEST as Digest };
const options = { created: new Date('2025-01-01T00:00:00Z'), toolVersion: '0.1.0' };

describe('CycloneDX with vulnerabilities', () => {
  const bom = buildCyclonedx(inventory, subject, {
    ...options,
    vulnerabilities: cyclonedxVulnerabilities(reviewed),
  });
  const vulns = bom.vulnerabilities ?? [];
  // biome-ignore lint/suspicious/noExplicitAny: CdxVulnerability leaves the CycloneDX fields open
  const byId = (id: string) => vulns.find((v) => v.id === id) as Record<string, any>;

  it('validates against the CycloneDX 1.6 schema', () => {
    expect(validate(bom)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const broken = { ...bom, vulnerabilities: [{ ...vulns[0], analysis: { state: 'maybe' } }] };
    expect(validate(broken)).toBe(false);
  });

  it('points each vulnerability at its package component by bom-ref', () => {
    const refs = new Set(bom.components.map((c) => c['bom-ref']));
    expect(vulns).toHaveLength(3);
    for (const v of vulns) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
    expect(byId('CVE-2024-9143').affects[0].ref).toBe(libssl.purl);
  });

  it('carries ratings, aliases and the fix', () => {
    const v = byId('CVE-2024-9143');
    expect(v.ratings).toEqual([
      {
        score: 3.7,
        severity: 'low',
        method: 'CVSSv31',
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      },
      { severity: 'low', method: 'other', source: { name: 'database_specific.severity' } },
    ]);
    expect(v.references).toEqual([
      {
        id: 'ALPINE-CVE-2024-9143',
        source: { name: 'OSV', url: 'https://osv.dev/vulnerability/ALPINE-CVE-2024-9143' },
      },
    ]);
    expect(v.recommendation).toBe('Upgrade libssl3 to 3.3.2-r1 or later.');
    // An unknown severity is written as unknown, not left out.
    expect(byId('CVE-2020-14040').ratings).toEqual([
      { severity: 'unknown', method: 'other', justification: 'test' },
    ]);
  });

  it('writes the VEX analysis, and marks other suppressions as properties', () => {
    expect(byId('CVE-2024-9143').analysis).toMatchObject({
      state: 'not_affected',
      justification: 'code_not_reachable',
      detail: expect.stringContaining('OpenVEX justification: vulnerable_code_not_in_execute_path'),
    });
    expect(byId('CVE-2024-4741').analysis).toMatchObject({ state: 'exploitable', response: ['update'] });
    const allowlisted = byId('CVE-2020-14040');
    expect(allowlisted.analysis).toBeUndefined();
    expect(allowlisted.properties).toEqual([
      { name: 'lading:state', value: 'suppressed' },
      { name: 'lading:suppressed-by', value: 'allowlist' },
      {
        name: 'lading:suppression-reason',
        value: 'allowlisted without expiry: vendored copy unused (allow.yaml#entries[0])',
      },
    ]);
  });

  it('rejects a finding for a package the SBOM does not hold, naming it', () => {
    const other = { packages: [libssl], warnings: [] };
    expect(() =>
      buildCyclonedx(other, subject, { ...options, vulnerabilities: cyclonedxVulnerabilities(reviewed) }),
    ).toThrow(
      /CycloneDX vulnerabilities: finding CVE-2024-4741 names package pkg:apk\/alpine\/libcrypto3@3\.3\.2-r0.*not in the SBOM's inventory/,
    );
  });
});
