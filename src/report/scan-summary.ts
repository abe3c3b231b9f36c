import type { Finding } from '../advisories/matcher.js';
import type { SeverityLevel } from '../advisories/severity.js';
import { fitSummary } from '../github/summary.js';
import { type ReviewedFinding, suppression } from '../scan/finding.js';
import { type GateDecision, packageIdentity } from '../scan/gate.js';

// What a scan shows where people look: the job summary (counts after the
// filters, the gate's decision and why, the worst open findings with the
// versions that fix them, what was suppressed and by what, how old the
// advisory data is) and the pull-request comment (what the change introduced
// and what it fixed, against the base).

export interface ScanSummaryInput {
  /** The image or directory as the user knows it: `ghcr.io/acme/app@sha256:…`. */
  subject: string;
  findings: readonly ReviewedFinding[];
  decision: GateDecision;
  dbAge: readonly { ecosystem: string; fetchedAt?: string; ageHours?: number; stale: boolean }[];
  warnings: readonly string[];
  /** Where the full JSON report is, for the note when the summary is cut. */
  reportPath?: string;
  /** The workflow artifact holding the full report, when it was uploaded. */
  artifact?: string;
  /** OpenVEX attestations found but not applied, and why. */
  vexIgnored?: readonly { source: string; because: string; reason: string }[];
}

const LEVELS: SeverityLevel[] = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];
const ORDER: Record<SeverityLevel, number> = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4, none: 5 };
const ICON: Record<SeverityLevel, string> = {
  critical: '🟥',
  high: '🟧',
  medium: '🟨',
  low: '🟦',
  none: '⬜',
  unknown: '❔',
};

export interface SummaryOptions {
  /** Open findings listed (default 25). */
  top?: number;
  /** Suppressed findings listed (default 50). */
  suppressed?: number;
}

/** Worst first: severity, then fixable before not, then id and package. */
export function bySeverity(a: ReviewedFinding, b: ReviewedFinding): number {
  return (
    ORDER[a.finding.severity.level] - ORDER[b.finding.severity.level] ||
    Number(b.finding.fixed.length > 0) - Number(a.finding.fixed.length > 0) ||
    a.finding.id.localeCompare(b.finding.id) ||
    a.finding.package.name.localeCompare(b.finding.package.name)
  );
}

/** The job summary, cut at GitHub's 1 MiB limit with a note naming the full report. */
export function scanSummaryMarkdown(input: ScanSummaryInput, options: SummaryOptions = {}): string {
  const top = options.top ?? 25;
  const maxSuppressed = options.suppressed ?? 50;
  const open = input.findings.filter((f) => f.state === 'open').sort(bySeverity);
  const suppressed = input.findings.filter((f) => f.state === 'suppressed').sort(bySeverity);
  const d = input.decision;
  const out: string[] = [];
  out.push(`## lading scan: ${code(input.subject)}`, '');
  out.push(
    `${d.passed ? '✅ **Gate passed**' : '❌ **Gate failed**'} (fail-on: \`${d.failOn}\`, unknown-as: \`${d.unknownAs}\`): ${cell(d.reason)}`,
    '',
  );
  if (d.introduced) {
    out.push(
      `Compared with the base: ${d.introduced.length} new open finding(s), ${d.resolved?.length ?? 0} fixed.`,
      '',
    );
  }

  out.push('| Severity | Open |', '| --- | ---: |');
  for (const level of LEVELS) out.push(`| ${ICON[level]} ${level} | ${d.counts[level]} |`);
  const byFilter = new Map<string, number>();
  for (const f of suppressed)
    byFilter.set(f.suppressedBy ?? '?', (byFilter.get(f.suppressedBy ?? '?') ?? 0) + 1);
  const filterText = [...byFilter].map(([k, n]) => `${n} by ${k}`).join(', ');
  out.push(`| suppressed | ${suppressed.length}${filterText ? ` (${filterText})` : ''} |`, '');

  if (open.length > 0) {
    out.push(`### Open findings${open.length > top ? ` (the ${top} worst of ${open.length})` : ''}`, '');
    out.push(
      '| Severity | Vulnerability | Package | Installed | Fixed in | Gate |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const failing = new Set(d.failing);
    for (const f of open.slice(0, top)) {
      out.push(
        `| ${ICON[f.finding.severity.level]} ${f.finding.severity.level} | ${link(f.finding)} | ${cell(f.finding.package.name)} | ${cell(f.finding.package.version)} | ${cell(f.finding.fixed.join(', ') || 'no fix yet')} | ${failing.has(f) ? 'fails' : ''} |`,
      );
    }
    out.push('');
  } else {
    out.push('No open findings.', '');
  }

  if (suppressed.length > 0) {
    out.push(
      `### Suppressed${suppressed.length > maxSuppressed ? ` (${maxSuppressed} of ${suppressed.length})` : ''}`,
      '',
    );
    out.push('| Vulnerability | Package | By | Why | Where |', '| --- | --- | --- | --- | --- |');
    for (const f of suppressed.slice(0, maxSuppressed)) {
      const m = suppression(f);
      out.push(
        `| ${link(f.finding)} | ${cell(f.finding.package.name)} ${cell(f.finding.package.version)} | ${f.suppressedBy ?? ''} | ${cell(m?.reason ?? '')} | ${m?.source ? code(m.source) : ''} |`,
      );
    }
    out.push('');
  }

  if (input.vexIgnored && input.vexIgnored.length > 0) {
    out.push(
      '### OpenVEX attestations ignored',
      '',
      'They suppress nothing: only attestations signed by the key or identity given are applied.',
      '',
      '| Attestation | Ignored: | Why |',
      '| --- | --- | --- |',
    );
    for (const v of input.vexIgnored)
      out.push(`| ${code(v.source)} | ${cell(v.because)} | ${cell(v.reason)} |`);
    out.push('');
  }

  if (input.dbAge.length > 0) {
    out.push('### Advisory data', '', '| Ecosystem | Fetched | Age |', '| --- | --- | --- |');
    for (const a of input.dbAge) {
      const age =
        a.ageHours === undefined ? '-' : `${Math.round(a.ageHours * 10) / 10} h${a.stale ? ' ⚠️ stale' : ''}`;
      out.push(`| ${cell(a.ecosystem)} | ${a.fetchedAt ?? '-'} | ${age} |`);
    }
    out.push('');
  }
  if (input.warnings.length > 0) {
    out.push('### Warnings', '');
    for (const w of input.warnings.slice(0, 30)) out.push(`- ${cell(w)}`);
    if (input.warnings.length > 30) out.push(`- … and ${input.warnings.length - 30} more`);
    out.push('');
  }
  return fitSummary(
    out.join('\n'),
    input.artifact
      ? `The summary was cut at 1 MiB; the full report is in the workflow artifact ${input.artifact}.`
      : `The summary was cut at 1 MiB; the full report is ${input.reportPath ? `in ${input.reportPath}` : 'in the JSON report'} (upload it as an artifact).`,
  );
}

/** The pull-request comment: new and fixed vulnerabilities against the base. */
export function scanPullRequestComment(input: ScanSummaryInput, options: { max?: number } = {}): string {
  const max = options.max ?? 50;
  const d = input.decision;
  const out: string[] = [`### lading scan: ${code(input.subject)}`, ''];
  out.push(`${d.passed ? '✅ Gate passed' : '❌ Gate failed'}: ${cell(d.reason)}`, '');
  if (!d.introduced) {
    const open = input.findings.filter((f) => f.state === 'open').length;
    out.push(`${open} open finding(s); no base was given, so new and fixed cannot be told apart.`);
    return out.join('\n');
  }
  const introduced = [...d.introduced].sort(bySeverity);
  out.push(`#### New vulnerabilities (${introduced.length})`, '');
  if (introduced.length === 0) out.push('None.', '');
  else {
    out.push('| Severity | Vulnerability | Package | Fixed in |', '| --- | --- | --- | --- |');
    for (const f of introduced.slice(0, max)) {
      out.push(
        `| ${ICON[f.finding.severity.level]} ${f.finding.severity.level} | ${link(f.finding)} | ${cell(f.finding.package.name)} ${cell(f.finding.package.version)} | ${cell(f.finding.fixed.join(', ') || 'no fix yet')} |`,
      );
    }
    if (introduced.length > max) out.push(`| | … ${introduced.length - max} more | | |`);
    out.push('');
  }
  const resolved = d.resolved ?? [];
  out.push(`#### Fixed vulnerabilities (${resolved.length})`, '');
  if (resolved.length === 0) out.push('None.');
  else {
    out.push('| Vulnerability | Package |', '| --- | --- |');
    for (const f of resolved.slice(0, max)) out.push(`| ${link(f)} | ${code(packageIdentity(f))} |`);
    if (resolved.length > max) out.push(`| … ${resolved.length - max} more | |`);
  }
  return out.join('\n');
}

function link(f: Finding): string {
  const id = f.id;
  if (/^CVE-\d+-\d+$/.test(id)) return `[${id}](https://nvd.nist.gov/vuln/detail/${id})`;
  if (/^(GHSA|GO|PYSEC|RUSTSEC)-/.test(id)) return `[${id}](https://osv.dev/vulnerability/${id})`;
  return cell(id);
}

/** Table cells: no pipes or newlines, no Markdown surprises from package text. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
