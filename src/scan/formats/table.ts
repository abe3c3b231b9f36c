import type { SeverityLevel } from '../../advisories/severity.js';
import { type ReviewedFinding, suppression } from '../finding.js';

// A plain table for the log: severity, id, package, installed, fixed, status.
// Open findings first, worst first; suppressed ones after them, with what
// suppressed them. No colours: the Actions log and a pipe read the same text.

const ORDER: Record<SeverityLevel, number> = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4, none: 5 };
const HEADERS = ['SEVERITY', 'ID', 'PACKAGE', 'INSTALLED', 'FIXED', 'STATUS'] as const;

export interface TableOptions {
  /** Cut a cell (status aside) longer than this; the full text is in the JSON report. Default 60. */
  maxCell?: number;
}

export function renderTable(findings: readonly ReviewedFinding[], options: TableOptions = {}): string {
  if (findings.length === 0) return 'No vulnerabilities found.\n';
  const max = options.maxCell ?? 60;
  const sorted = [...findings].sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === 'open' ? -1 : 1) ||
      ORDER[a.finding.severity.level] - ORDER[b.finding.severity.level] ||
      a.finding.id.localeCompare(b.finding.id) ||
      a.finding.package.name.localeCompare(b.finding.package.name),
  );
  const rows = sorted.map((r) =>
    [
      r.finding.severity.level.toUpperCase(),
      r.finding.id,
      r.finding.package.name,
      r.finding.package.version,
      r.finding.fixed.join(', ') || '-',
      statusOf(r),
    ].map((cell, i) => {
      const text = cell.replace(/\s+/g, ' ');
      // The status is the last column and the explanation: never cut.
      return i === HEADERS.length - 1 ? text : cut(text, max);
    }),
  );
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return `${[line(HEADERS), ...rows.map(line)].join('\n')}\n`;
}

function statusOf(r: ReviewedFinding): string {
  const s = suppression(r);
  if (s) return `suppressed by ${s.filter}: ${s.reason}`;
  const notes = r.marks.map((m) => `${m.filter}: ${m.reason}`);
  const base = r.finding.status === 'undetermined' ? 'open (undetermined)' : 'open';
  return notes.length > 0 ? `${base}; ${notes.join('; ')}` : base;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
