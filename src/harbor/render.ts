import type { ApplyOutcome, ApplyResult } from './applier.js';
import type { DriftReport } from './drift.js';
import { type Change, inApplyOrder, type Plan } from './planner.js';
import { HARBOR_SEVERITIES, type HarborScanner, type HarborScanReport } from './scan-waiter.js';

// The plan for people: plain text for the log, Markdown for the job summary
// and the pull-request comment. Nothing here ever sees a robot secret: the
// plan carries none, and ApplyResult.secrets is deliberately not read.

const SYMBOL: Record<Change['action'], string> = { create: '+', update: '~', delete: '-' };

export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  const { create, update, delete: del } = counts(plan);
  lines.push(
    `Plan: ${create} to create, ${update} to update, ${del} to delete, ${plan.unmanaged.length} unmanaged.`,
  );
  for (const [scope, changes] of groupByScope(plan)) {
    lines.push('', scope === 'system' ? 'system:' : `project ${scope}:`);
    for (const c of changes) {
      lines.push(`  ${SYMBOL[c.action]} ${c.resource} ${c.name}`);
      for (const d of c.details) lines.push(`      ${d}`);
    }
  }
  if (plan.unmanaged.length > 0) {
    lines.push('', 'Unmanaged (in Harbor, not in the file; kept, --prune deletes them):');
    for (const u of plan.unmanaged) lines.push(`  ? ${u.scope}: ${u.resource} ${u.name}`);
  }
  if (plan.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const n of plan.notes) lines.push(`  * ${n}`);
  }
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

export function renderPlanMarkdown(
  plan: Plan,
  extra: { apply?: ApplyResult; drift?: DriftReport; harborScan?: HarborScanReport } = {},
): string {
  const out: string[] = [];
  const { create, update, delete: del } = counts(plan);
  const title = extra.apply
    ? 'Harbor policy apply'
    : extra.drift
      ? 'Harbor policy drift'
      : 'Harbor policy plan';
  out.push(`### ${title}`, '');
  if (extra.drift) {
    out.push(
      extra.drift.drifted ? '**Harbor differs from the policy file.**' : 'Harbor matches the policy file.',
      '',
    );
  }
  out.push(
    `**${create}** to create, **${update}** to update, **${del}** to delete, **${plan.unmanaged.length}** unmanaged.`,
    '',
  );
  const status = new Map<Change, ApplyOutcome>();
  for (const o of extra.apply?.outcomes ?? []) status.set(o.change, o);
  if (plan.changes.length > 0) {
    out.push(
      `| scope | action | resource | name | details |${extra.apply ? ' result |' : ''}`,
      `| --- | --- | --- | --- | --- |${extra.apply ? ' --- |' : ''}`,
    );
    for (const [, changes] of groupByScope(plan)) {
      for (const c of changes) {
        const o = status.get(c);
        const result = o ? ` ${o.status}${o.reason ? `: ${cell(o.reason)}` : ''} |` : extra.apply ? ' |' : '';
        out.push(
          `| ${cell(c.scope)} | ${c.action} | ${c.resource} | \`${cell(c.name)}\` | ${c.details.map(cell).join('<br>')} |${result}`,
        );
      }
    }
    out.push('');
  } else {
    out.push('No changes.', '');
  }
  if (plan.unmanaged.length > 0) {
    out.push('<details><summary>Unmanaged resources (kept; <code>--prune</code> deletes them)</summary>', '');
    for (const u of plan.unmanaged) out.push(`- ${cell(u.scope)}: ${u.resource} \`${cell(u.name)}\``);
    out.push('', '</details>', '');
  }
  if (plan.notes.length > 0) {
    out.push('**Notes**', '');
    for (const n of plan.notes) out.push(`- ${cell(n)}`);
    out.push('');
  }
  for (const w of plan.warnings) out.push(`> [!WARNING]`, `> ${cell(w)}`, '');
  if (extra.harborScan) out.push(renderScanMarkdown(extra.harborScan));
  return out.join('\n');
}

/** Harbor's own vulnerability report of the scanned digest, for the log. */
export function renderScanText(report: HarborScanReport): string {
  const lines = [
    '',
    `Harbor scan of ${artifactName(report)}: ${severityLine(report)} (${report.total} total, ${report.fixable} fixable; ${scannerName(report.scanner)})`,
  ];
  for (const f of report.top) {
    lines.push(
      `  ${f.severity.padEnd(10)} ${f.id} ${f.package} ${f.version}${f.fixVersion ? ` → fixed in ${f.fixVersion}` : ' (no fix)'}`,
    );
  }
  if (report.sbom)
    lines.push(`  SBOM: ${report.sbom.status}${report.sbom.digest ? ` ${report.sbom.digest}` : ''}`);
  return `${lines.join('\n')}\n`;
}

/** A table by severity, the top findings and whose data it is. */
export function renderScanMarkdown(report: HarborScanReport): string {
  const out: string[] = [`#### Harbor scan of \`${cell(artifactName(report))}\``, ''];
  out.push(
    `| ${HARBOR_SEVERITIES.join(' | ')} | total | fixable |`,
    `|${' ---: |'.repeat(HARBOR_SEVERITIES.length + 2)}`,
    `| ${HARBOR_SEVERITIES.map((s) => report.counts[s]).join(' | ')} | ${report.total} | ${report.fixable} |`,
    '',
  );
  if (report.top.length > 0) {
    const more = report.total - report.top.length;
    out.push(
      `**Top findings**${more > 0 ? ` (${report.top.length} of ${report.total})` : ''}`,
      '',
      '| severity | vulnerability | package | installed | fixed in |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of report.top) {
      out.push(
        `| ${f.severity} | ${cell(f.id)}${f.score !== undefined ? ` (${f.score})` : ''} | ${cell(f.package)} | ${cell(f.version)} | ${f.fixVersion ? cell(f.fixVersion) : '—'} |`,
      );
    }
    out.push('');
  } else {
    out.push('No vulnerabilities found.', '');
  }
  const generated = report.generatedAt ? `, report generated ${cell(report.generatedAt)}` : '';
  out.push(`Data: Harbor's scanner ${cell(scannerName(report.scanner))}${generated}.`);
  if (report.sbom) {
    out.push(
      '',
      `Harbor SBOM: ${cell(report.sbom.status)}${report.sbom.digest ? ` (\`${cell(report.sbom.digest)}\`)` : ''}.`,
    );
  }
  out.push('');
  return out.join('\n');
}

function artifactName(r: HarborScanReport): string {
  return `${r.project}/${r.repository}@${r.digest}`;
}

function severityLine(r: HarborScanReport): string {
  return (
    HARBOR_SEVERITIES.filter((s) => r.counts[s] > 0)
      .map((s) => `${r.counts[s]} ${s}`)
      .join(', ') || 'no vulnerabilities'
  );
}

function scannerName(s: HarborScanner | undefined): string {
  if (!s?.name) return 'unknown scanner';
  return [s.name, s.version, s.vendor ? `by ${s.vendor}` : undefined].filter(Boolean).join(' ');
}

function counts(plan: Plan): Record<Change['action'], number> {
  const n = { create: 0, update: 0, delete: 0 };
  for (const c of plan.changes) n[c.action]++;
  return n;
}

function groupByScope(plan: Plan): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const c of inApplyOrder(plan.changes)) {
    const list = groups.get(c.scope) ?? [];
    list.push(c);
    groups.set(c.scope, list);
  }
  return groups;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
