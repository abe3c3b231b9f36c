import { describe, expect, it } from 'vitest';
import { parseAllowlist } from '../../src/scan/allowlist.js';
import { applyFilters } from '../../src/scan/filters.js';
import { renderTable } from '../../src/scan/formats/table.js';
import { finding, libcrypto, libssl, pkg, xtext } from './findings.js';

describe('table', () => {
  it('lists open findings worst first, then suppressed ones with what suppressed them', () => {
    const { findings } = applyFilters(
      [
        finding('CVE-2024-9143', libssl, 'low', { fixed: ['3.3.2-r1'] }),
        finding('CVE-2024-6119', libcrypto, 'critical', { fixed: ['3.3.2-r0', '3.3.3-r0'] }),
        finding('CVE-2020-14040', xtext, 'high'),
        finding('CVE-2024-0001', libssl, 'unknown', { fixed: ['3.3.2-r5'] }),
      ],
      {
        allowlist: parseAllowlist(
          'entries:\n  - id: CVE-2024-9143\n    reason: unused\n    expires: 2030-01-01\n',
          'a.yaml',
        ),
        ignoreUnfixed: true,
        now: new Date('2025-01-01T00:00:00Z'),
      },
    );
    const lines = renderTable(findings).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SEVERITY\s+ID\s+PACKAGE\s+INSTALLED\s+FIXED\s+STATUS$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['CRITICAL', 'CVE-2024-6119', 'libcrypto3', '3.3.2-r0', '3.3.2-r0, 3.3.3-r0', 'open'],
      ['UNKNOWN', 'CVE-2024-0001', 'libssl3', '3.3.2-r0', '3.3.2-r5', 'open'],
      [
        'HIGH',
        'CVE-2020-14040',
        'golang.org/x/text',
        'v0.3.2',
        '-',
        'suppressed by ignore-unfixed: no fixed version published',
      ],
      [
        'LOW',
        'CVE-2024-9143',
        'libssl3',
        '3.3.2-r0',
        '3.3.2-r1',
        'suppressed by allowlist: allowlisted until 2030-01-01: unused',
      ],
    ]);
    // Columns line up: every row's ID starts where the header's does.
    const col = lines[0]?.indexOf('ID');
    for (const l of lines.slice(1)) expect(l.slice(col).startsWith('CVE-')).toBe(true);
  });

  it('cuts long cells but never the status', () => {
    const long = pkg(`pkg:npm/${'x'.repeat(80)}@1.0.0`, 'x'.repeat(80), '1.0.0', 'npm');
    const { findings } = applyFilters([finding('CVE-2024-0003', long, 'high', { fixed: ['1.0.1'] })], {
      now: new Date(0),
    });
    const row = renderTable(findings, { maxCell: 20 }).split('\n')[1] ?? '';
    expect(row).toContain(`${'x'.repeat(19)}…`);
    expect(row.endsWith('open')).toBe(true);
  });

  it('says so when there is nothing', () => {
    expect(renderTable([])).toBe('No vulnerabilities found.\n');
  });
});
