import { describe, expect, it } from 'vitest';
import {
  entryMatches,
  entryState,
  exportHarborAllowlist,
  importHarborAllowlist,
  parseAllowlist,
  purlPatternMatches,
} from '../../src/scan/allowlist.js';
import { finding, libcrypto, libssl } from './findings.js';

const YAML_TEXT = `# accepted risks
entries:
  - id: CVE-2024-9143
    reason: curve APIs unused
    expires: 2025-01-31
  - id: CVE-2024-6119
    reason: hostname checks not used
    package: pkg:apk/alpine/libssl3*
    expires: 2025-03-01T12:00:00Z
  - id: GHSA-xxxx-yyyy-zzzz
    reason: vendor says false positive
`;

describe('allowlist file', () => {
  const list = parseAllowlist(YAML_TEXT, '.lading/allowlist.yaml');

  it('reads entries; a date expires at the end of that day UTC', () => {
    const [a, b, c] = list.entries;
    expect(a).toMatchObject({
      id: 'CVE-2024-9143',
      expiresText: '2025-01-31',
      source: '.lading/allowlist.yaml#entries[0]',
    });
    expect(entryState(a!, new Date('2025-01-31T23:59:59Z'))).toBe('active');
    expect(entryState(a!, new Date('2025-02-01T00:00:00Z'))).toBe('expired');
    expect(entryState(b!, new Date('2025-03-01T11:59:59Z'))).toBe('active');
    expect(entryState(b!, new Date('2025-03-01T12:00:00Z'))).toBe('expired');
    // Without expiry: allowed, and shown as permanent.
    expect(entryState(c!, new Date('2099-01-01T00:00:00Z'))).toBe('permanent');
  });

  it('scopes an entry to packages by purl pattern', () => {
    const b = list.entries[1]!;
    expect(entryMatches(b, finding('CVE-2024-6119', libssl, 'high'))).toBe(true);
    expect(entryMatches(b, finding('CVE-2024-6119', libcrypto, 'high'))).toBe(false);
    // By alias too.
    const a = list.entries[0]!;
    expect(
      entryMatches(
        a,
        finding('ALPINE-CVE-2024-9143', libssl, 'low', { ids: ['ALPINE-CVE-2024-9143', 'CVE-2024-9143'] }),
      ),
    ).toBe(true);
  });

  it('purl patterns: without version any version; npm scopes encoded or not', () => {
    expect(purlPatternMatches('pkg:npm/@scope/lib', 'pkg:npm/%40scope/lib@1.2.3')).toBe(true);
    expect(purlPatternMatches('pkg:npm/@scope/lib@1.*', 'pkg:npm/%40scope/lib@1.2.3')).toBe(true);
    expect(purlPatternMatches('pkg:npm/@scope/lib@2.*', 'pkg:npm/%40scope/lib@1.2.3')).toBe(false);
    expect(purlPatternMatches('pkg:npm/lib', 'pkg:npm/lib-extra@1.0.0')).toBe(false);
  });

  const bad = (text: string) => () => parseAllowlist(text, 'allow.yaml');
  it('rejects bad input naming file, field and line', () => {
    expect(bad('entries:\n  - id: CVE-1\n')).toThrow(
      "allow.yaml: entries[0] (line 2): field 'reason' is required",
    );
    expect(bad('entries:\n  - id: CVE-1\n    reason: r\n    expires: next week\n')).toThrow(
      "allow.yaml: entries[0].expires (line 4): 'next week' is not a date",
    );
    expect(bad('entries:\n  - id: CVE-1\n    reason: r\n    until: 2025-01-01\n')).toThrow(
      "allow.yaml: entries[0] (line 2): unknown field 'until'",
    );
    expect(bad('entries:\n  - id: CVE-1\n    reason: r\n    package: lodash\n')).toThrow(
      "allow.yaml: entries[0].package (line 4): 'lodash' is not a purl pattern",
    );
    expect(bad('entries: [\n')).toThrow(/^allow\.yaml:\d+: not valid YAML/);
    expect(bad('allow:\n  - CVE-1\n')).toThrow("allow.yaml: unknown top-level field 'allow' (line 1)");
    expect(bad('entries:\n  - id: CVE-1\n    reason: a\n  - id: CVE-1\n    reason: b\n')).toThrow(
      'allow.yaml: entries[1] (line 4): repeats id CVE-1 of entries[0]',
    );
  });
});

describe("Harbor's CVE allowlist format", () => {
  it('round-trips', () => {
    const harbor = { items: [{ cve_id: 'CVE-2024-1' }, { cve_id: 'CVE-2024-2' }], expires_at: 1767225600 };
    const imported = importHarborAllowlist(JSON.stringify(harbor), 'harbor.json');
    expect(imported.entries.map((e) => e.id)).toEqual(['CVE-2024-1', 'CVE-2024-2']);
    expect(imported.entries[0]?.expires).toBe(1767225600 * 1000);
    const out = exportHarborAllowlist(imported, new Date('2025-06-01T00:00:00Z'));
    expect(out).toEqual({ allowlist: harbor, warnings: [] });
  });

  it('reads a project as Harbor returns it, and a list that never expires', () => {
    const project = {
      cve_allowlist: { id: 3, project_id: 7, items: [{ cve_id: 'CVE-2024-3' }], expires_at: null },
    };
    const imported = importHarborAllowlist(JSON.stringify(project), 'project.json');
    expect(entryState(imported.entries[0]!, new Date('2999-01-01T00:00:00Z'))).toBe('permanent');
    expect(exportHarborAllowlist(imported, new Date()).allowlist).toEqual({
      items: [{ cve_id: 'CVE-2024-3' }],
    });
  });

  it('exports with the earliest expiry, leaving out package-scoped and expired entries with a warning', () => {
    const list = parseAllowlist(YAML_TEXT, 'allow.yaml');
    const before = exportHarborAllowlist(list, new Date('2025-01-15T00:00:00Z'));
    expect(before.allowlist).toEqual({
      items: [{ cve_id: 'CVE-2024-9143' }, { cve_id: 'GHSA-xxxx-yyyy-zzzz' }],
      expires_at: Date.parse('2025-02-01T00:00:00Z') / 1000,
    });
    expect(before.warnings).toEqual([
      'allow.yaml#entries[1]: CVE-2024-6119 left out: Harbor cannot scope an entry to package pkg:apk/alpine/libssl3*',
    ]);
    const after = exportHarborAllowlist(list, new Date('2025-02-15T00:00:00Z'));
    expect(after.allowlist).toEqual({ items: [{ cve_id: 'GHSA-xxxx-yyyy-zzzz' }] });
    expect(after.warnings).toContain('allow.yaml#entries[0]: CVE-2024-9143 left out: expired 2025-01-31');
  });

  it('rejects bad Harbor input naming the field', () => {
    expect(() => importHarborAllowlist('{"items":[{"cve_id":""}]}', 'h.json')).toThrow(
      'h.json: items[0].cve_id must be a non-empty string',
    );
    expect(() => importHarborAllowlist('{"items":[{"cve_id":"A"},{"cve_id":"A"}]}', 'h.json')).toThrow(
      'h.json: items[1].cve_id A is a duplicate',
    );
    expect(() => importHarborAllowlist('{"items":[],"expires_at":"soon"}', 'h.json')).toThrow(
      "h.json: field 'expires_at' must be Unix seconds",
    );
  });
});
