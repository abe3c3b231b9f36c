import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAllowlist } from '../../src/scan/allowlist.js';
import { applyFilters } from '../../src/scan/filters.js';
import { buildSarif, sarifCategory, writeSarif } from '../../src/scan/formats/sarif.js';
import { finding, IMAGE_DIGEST, libcrypto, libssl, pkg, xtext } from './findings.js';

// The schema is the SARIF 2.1.0 JSON schema (rtm.5, the release the OASIS
// standard was published from) as @microsoft/jest-sarif ships it; no npm
// package ships the OASIS errata01 file itself. Its `language` pattern is not
// valid as a unicode regular expression, hence unicodeRegExp: false.
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// CommonJS default export: the class itself at run time, `.default` in the typings.
const Ajv04 = Ajv04Module as unknown as typeof Ajv04Module.default;
type Ajv04 = InstanceType<typeof Ajv04>;
const addFormats = addFormatsModule as unknown as (a: Ajv04) => Ajv04;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const bumped = pkg('pkg:apk/alpine/libssl3@3.3.2-r1?arch=x86_64', 'libssl3', '3.3.2-r1');
const reviewed = (fs = defaultFindings()) =>
  applyFilters(fs, {
    allowlist: parseAllowlist('entries:\n  - id: CVE-2024-6119\n    reason: not used\n', 'allow.yaml'),
    now: new Date('2025-01-01T00:00:00Z'),
  }).findings;
function defaultFindings() {
  return [
    finding('CVE-2024-9143', libssl, 'low', {
      fixed: ['3.3.2-r1'],
      score: 3.7,
      summary: 'Low-level invalid GF(2^m) parameters may lead to OOB memory access',
    }),
    finding('CVE-2024-9143', libcrypto, 'low', { fixed: ['3.3.2-r1'], score: 3.7 }),
    finding('CVE-2024-6119', libssl, 'high', { fixed: ['3.3.2-r0'] }),
    finding('CVE-2024-0001', libssl, 'unknown'),
  ];
}
const amd64 = {
  repository: 'ghcr.io/acme/app',
  digest: IMAGE_DIGEST,
  tag: '1.2',
  platform: { os: 'linux', architecture: 'amd64' },
};
const arm64 = { ...amd64, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } };

describe('SARIF', () => {
  const log = buildSarif(
    [
      { image: amd64, findings: reviewed(), dockerfile: { path: 'docker/Dockerfile', line: 3 } },
      { image: arm64, findings: reviewed() },
      {
        directory: 'services/api',
        findings: reviewed([finding('CVE-2020-14040', xtext, 'high', { fixed: ['v0.3.3'] })]),
        locate: (p) =>
          p.name === 'golang.org/x/text' ? { path: 'services/api/go.sum', line: 12 } : undefined,
      },
    ],
    { toolVersion: '0.1.0', informationUri: 'https://github.com/lading/lading' },
  );

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator does reject what breaks the schema.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {} }] }] })).toBe(false);
  });

  it('gives each image its own category, from repository and platform, and names its digest after it', () => {
    // Code scanning's category is the id up to its last "/"; what follows names this analysis.
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual([
      `lading/image/ghcr.io/acme/app/linux/amd64/${IMAGE_DIGEST}`,
      `lading/image/ghcr.io/acme/app/linux/arm64/v8/${IMAGE_DIGEST}`,
      'lading/dir/services/api/',
    ]);
    expect(log.runs[0]?.automationDetails?.description?.text).toBe(
      `lading scan of ghcr.io/acme/app:1.2@${IMAGE_DIGEST} (linux/amd64)`,
    );
    expect(() =>
      buildSarif(
        [
          { image: amd64, findings: [] },
          { image: amd64, findings: [] },
        ],
        { toolVersion: '0' },
      ),
    ).toThrow(/SARIF: two runs share the category lading\/image\/ghcr\.io\/acme\/app\/linux\/amd64\//);
  });

  it('has one rule per vulnerability with help, severity and fixed versions', () => {
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(['CVE-2024-0001', 'CVE-2024-6119', 'CVE-2024-9143']);
    const r = rules[2];
    expect(r?.properties?.['security-severity']).toBe('3.7');
    expect(r?.defaultConfiguration?.level).toBe('note');
    expect(r?.help?.markdown).toContain('| libssl3 | 3.3.2-r0 | 3.3.2-r1 |');
    expect(r?.help?.markdown).toContain('| libcrypto3 | 3.3.2-r0 | 3.3.2-r1 |');
    expect(r?.help?.text).toContain('Fixed in: libssl3 3.3.2-r1; libcrypto3 3.3.2-r1');
    // A label-only high gets the band's score; unknown gets none but is an error, never a note.
    expect(rules[1]?.properties?.['security-severity']).toBe('8.0');
    expect(rules[0]?.properties?.['security-severity']).toBeUndefined();
    expect(rules[0]?.defaultConfiguration?.level).toBe('error');
    expect(rules[0]?.properties?.tags).toContain('unknown-severity');
  });

  it("names the image (reference, digest, platform) in every alert's message and properties", () => {
    for (const result of log.runs[1]?.results ?? []) {
      expect(result.message.text).toContain(`In ghcr.io/acme/app:1.2@${IMAGE_DIGEST} (linux/arm64/v8).`);
      expect(result.properties?.image).toBe(`ghcr.io/acme/app:1.2@${IMAGE_DIGEST} (linux/arm64/v8)`);
    }
    expect(log.runs[2]?.results?.[0]?.message.text).toContain('In directory services/api.');
    expect(log.runs[2]?.results?.[0]?.properties?.image).toBeUndefined();
  });

  it('points results at the lockfile line, else the Dockerfile, else the image', () => {
    const loc = (run: number) => log.runs[run]?.results?.[0]?.locations?.[0]?.physicalLocation;
    expect(loc(0)).toEqual({ artifactLocation: { uri: 'docker/Dockerfile' }, region: { startLine: 3 } });
    expect(loc(1)?.artifactLocation?.uri).toBe('ghcr.io/acme/app');
    expect(loc(2)).toEqual({ artifactLocation: { uri: 'services/api/go.sum' }, region: { startLine: 12 } });
  });

  it("points at the Dockerfile line that produced the package's layer when known", () => {
    const layer = `sha256:${'c'.repeat(64)}` as const;
    const inLayer = { ...libssl, locations: [{ path: 'lib/apk/db/installed', layer }] };
    const s = buildSarif(
      [
        {
          image: amd64,
          findings: reviewed([
            finding('CVE-2024-9143', inLayer, 'low'),
            finding('CVE-2024-4741', libcrypto, 'low'),
          ]),
          dockerfile: { path: 'Dockerfile', line: 1, lineOfLayer: (d) => (d === layer ? 7 : undefined) },
        },
      ],
      { toolVersion: '0' },
    );
    const lines = (s.runs[0]?.results ?? []).map((r) => [
      r.ruleId,
      r.locations?.[0]?.physicalLocation?.region?.startLine,
    ]);
    expect(lines).toEqual([
      ['CVE-2024-4741', 1],
      ['CVE-2024-9143', 7],
    ]);
  });

  it('keeps suppressed findings, marked with what suppressed them', () => {
    const results = log.runs[0]?.results ?? [];
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId)).toEqual(['CVE-2024-6119']);
    expect(suppressed[0]?.suppressions?.[0]?.justification).toBe(
      'allowlist: allowlisted without expiry: not used (allow.yaml#entries[0])',
    );
  });

  it('fingerprints are stable across runs and version bumps, distinct across images and packages', () => {
    const fp = (s: ReturnType<typeof buildSarif>, run = 0, i = 0) =>
      s.runs[run]?.results?.[i]?.partialFingerprints?.['ladingFinding/v1'];
    const again = buildSarif([{ image: amd64, findings: reviewed() }], { toolVersion: '0.2.0' });
    expect(fp(again)).toBe(fp(log));
    const bump = buildSarif(
      [{ image: amd64, findings: reviewed([finding('CVE-2024-0001', bumped, 'unknown')]) }],
      {
        toolVersion: '0',
      },
    );
    expect(fp(bump)).toBe(fp(log));
    expect(fp(log, 1)).not.toBe(fp(log, 0));
    const all = (log.runs[0]?.results ?? []).map((r) => r.partialFingerprints?.['ladingFinding/v1']);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes JSON text', () => {
    expect(JSON.parse(writeSarif([{ image: amd64, findings: [] }], { toolVersion: '0' })).version).toBe(
      '2.1.0',
    );
    expect(sarifCategory({ image: { repository: 'App' } })).toBe('lading/image/app/any/');
  });
});
