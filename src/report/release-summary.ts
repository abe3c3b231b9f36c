import type { SeverityLevel } from '../advisories/severity.js';
import { fitSummary } from '../github/summary.js';
import type { ReviewedFinding } from '../scan/finding.js';
import type { ReleaseResult, StageRecord } from '../steps/release.js';
import { bySeverity } from './scan-summary.js';

// One summary for the whole release, in the order the chain ran: the image,
// what the SBOM found, what the scan and its gate decided, what was signed and
// attested and where it lives, what changed in Harbor, and whether it all
// verified. Markdown for the job summary, text for the terminal.

export type SummaryFormat = 'markdown' | 'text';

export interface ReleaseSummaryOptions {
  /** Open findings listed (default 10): the rest are in the scan report. */
  top?: number;
}

const LEVELS: SeverityLevel[] = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];
const STATUS_ICON: Record<StageRecord['status'], string> = {
  done: '✅',
  denied: '❌',
  failed: '💥',
  skipped: '⏭️',
};

export function renderReleaseSummary(
  result: ReleaseResult,
  format: SummaryFormat,
  options: ReleaseSummaryOptions = {},
): string {
  const doc = format === 'markdown' ? markdown(result, options) : text(result, options);
  return format === 'markdown'
    ? fitSummary(doc, `The summary was cut at 1 MiB; the full scan report is ${result.files.scanJson}.`)
    : doc;
}

function verdict(result: ReleaseResult): string {
  if (result.released) return 'released: signed, attested and verified';
  const stopped = result.stages.find((s) => s.status === 'denied' || s.status === 'failed');
  return stopped ? `not released: ${stopped.stage} ${stopped.status}: ${stopped.note ?? ''}` : 'not released';
}

/** Log index → link to the public log's entry, or just the index. */
function logEntry(result: ReleaseResult, index: string, md: boolean): string {
  if (!result.logSearchUrl) return `tlog ${index}`;
  const url = `${result.logSearchUrl}${index}`;
  return md ? `[tlog ${index}](${url})` : `tlog ${index} ${url}`;
}

function logEntries(result: ReleaseResult, indexes: readonly string[], md: boolean): string {
  if (indexes.length > 0) return indexes.map((i) => logEntry(result, i, md)).join(', ');
  return result.signedWith === 'key' ? 'key-signed, no tlog' : 'no tlog entry';
}

/** The gate's reason without the verdict word the summary already shows. */
function gateReason(reason: string): string {
  return reason.replace(/^(passed|failed):\s*/, '');
}

function severityCounts(result: ReleaseResult): string {
  const counts = result.scan?.decision.counts;
  if (!counts) return '';
  return LEVELS.filter((l) => counts[l] > 0)
    .map((l) => `${counts[l]} ${l}`)
    .join(', ');
}

function openFindings(result: ReleaseResult): ReviewedFinding[] {
  return (result.scan?.findings ?? []).filter((f) => f.state === 'open').sort(bySeverity);
}

function markdown(r: ReleaseResult, options: ReleaseSummaryOptions): string {
  const top = options.top ?? 10;
  const out: string[] = [];
  out.push(`## lading release: ${code(`${r.image}@${r.digest}`)}`, '');
  out.push(`${r.released ? '✅' : '❌'} **${cell(verdict(r))}**`, '');
  if (r.platforms.length > 0) out.push(`Platforms: ${r.platforms.map(code).join(', ')}`, '');
  out.push('| Stage | Result |', '| --- | --- |');
  for (const s of r.stages) {
    out.push(`| ${s.stage} | ${STATUS_ICON[s.status]} ${s.status}${s.note ? `: ${cell(s.note)}` : ''} |`);
  }
  out.push('');

  const sbom = r.sbom?.results[0];
  if (sbom) {
    out.push('### SBOM', '');
    out.push(
      `**${sbom.packages}** package(s)${sbom.distro ? ` on ${cell(sbom.distro.prettyName)}` : ''}` +
        `${sbom.platform ? ` (${sbom.platform})` : ''}, from ${sbom.files} file(s) of interest in ${sbom.layers.length} layer(s).`,
      '',
    );
    const types = Object.entries(sbom.byType);
    if (types.length > 0) {
      out.push('| Type | Packages |', '| --- | ---: |');
      for (const [type, n] of types) out.push(`| ${cell(type)} | ${n} |`);
      out.push('');
    }
    for (const d of sbom.documents) if (d.file) out.push(`- ${d.format}: ${code(d.file)}`);
    out.push('');
  }

  if (r.scan) {
    const d = r.scan.decision;
    const open = openFindings(r);
    const suppressed = r.scan.findings.length - open.length;
    out.push('### Vulnerabilities', '');
    out.push(
      `${d.passed ? '✅ **Gate passed**' : '❌ **Gate failed**'} (fail-on: ${code(d.failOn)}): ${cell(gateReason(d.reason))}`,
      '',
    );
    out.push('| Severity | Open |', '| --- | ---: |');
    for (const level of LEVELS) out.push(`| ${level} | ${d.counts[level]} |`);
    out.push(`| suppressed | ${suppressed} |`, '');
    if (open.length > 0) {
      const failing = new Set(d.failing);
      out.push(
        `Top findings${open.length > top ? ` (${top} of ${open.length})` : ''}:`,
        '',
        '| Severity | Vulnerability | Package | Installed | Fixed in | Gate |',
        '| --- | --- | --- | --- | --- | --- |',
      );
      for (const f of open.slice(0, top)) {
        out.push(
          `| ${f.finding.severity.level} | ${link(f.finding.id)} | ${cell(f.finding.package.name)} | ${cell(f.finding.package.version)} | ${cell(f.finding.fixed.join(', ') || 'no fix yet')} | ${failing.has(f) ? 'fails' : ''} |`,
        );
      }
      out.push('');
    }
    out.push(`Reports: ${code(r.files.scanJson)}, ${code(r.files.sarif)}`, '');
  }

  if (r.sign || r.attestations.length > 0) {
    out.push('### Signatures and attestations', '');
    out.push('| What | Subject | Referrer | Transparency log |', '| --- | --- | --- | --- |');
    for (const s of r.sign?.signatures ?? []) {
      out.push(
        `| signature (${s.format}) | ${code(short(s.subject))} | ${code(s.digest)} | ${logEntries(
          r,
          s.transparencyLog.map((t) => t.index),
          true,
        )} |`,
      );
    }
    for (const a of r.attestations) {
      for (const w of a.attestations) {
        out.push(
          `| ${predicateName(w.predicateType)} | ${code(short(w.subject))} | ${code(w.digest)} | ${logEntries(r, w.transparencyLog, true)} |`,
        );
      }
    }
    out.push('');
  }

  // The policy renderer titles its own section (plan, apply or drift).
  if (r.policy) out.push(r.policy.markdown.trim(), '');

  if (r.verify) {
    const v = r.verify;
    out.push('### Verification', '');
    out.push(`${v.verified ? '✅ **Verified**' : '❌ **Not verified**'}: ${code(v.image)}`, '');
    for (const s of v.signatures) {
      out.push(`- ${s.ok ? '✅' : '❌'} signature (${s.format}) ${code(s.location)}: ${cell(s.reason)}`);
    }
    for (const a of v.attestations ?? []) {
      if (a.attestations.length === 0) out.push(`- ❌ ${a.requirement.kind}: none found`);
      for (const x of a.attestations) {
        out.push(`- ${x.ok ? '✅' : '❌'} ${a.requirement.kind} ${code(x.location)}: ${cell(x.reason)}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function text(r: ReleaseResult, options: ReleaseSummaryOptions): string {
  const top = options.top ?? 10;
  const out: string[] = [];
  out.push(`release   ${r.image}@${r.digest}`);
  out.push(`verdict   ${verdict(r)}`);
  if (r.platforms.length > 0) out.push(`platforms ${r.platforms.join(', ')}`);
  out.push(
    `stages    ${r.stages.map((s) => `${s.stage} ${s.status}`).join(', ')}`,
    ...r.stages.filter((s) => s.note && s.status !== 'done').map((s) => `          ${s.stage}: ${s.note}`),
  );

  const sbom = r.sbom?.results[0];
  if (sbom) {
    const types = Object.entries(sbom.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    out.push(
      '',
      `sbom      ${sbom.packages} package(s)${types ? ` (${types})` : ''}${sbom.distro ? ` on ${sbom.distro.prettyName}` : ''}, ${sbom.files} file(s) of interest in ${sbom.layers.length} layer(s)`,
    );
    for (const d of sbom.documents) if (d.file) out.push(`          ${d.format} ${d.file}`);
  }

  if (r.scan) {
    const d = r.scan.decision;
    const open = openFindings(r);
    const suppressed = r.scan.findings.length - open.length;
    out.push(
      '',
      `vulns     ${open.length} open${open.length ? ` (${severityCounts(r)})` : ''}, ${suppressed} suppressed`,
      `gate      ${d.passed ? 'passed' : 'FAILED'} (fail-on ${d.failOn}): ${gateReason(d.reason)}`,
    );
    const failing = new Set(d.failing);
    for (const f of open.slice(0, top)) {
      const fixed = f.finding.fixed.length ? `fixed in ${f.finding.fixed.join(', ')}` : 'no fix yet';
      out.push(
        `          ${f.finding.severity.level.padEnd(8)} ${f.finding.id} ${f.finding.package.name}@${f.finding.package.version} (${fixed})${failing.has(f) ? ' fails the gate' : ''}`,
      );
    }
    if (open.length > top) out.push(`          … ${open.length - top} more in ${r.files.scanJson}`);
    out.push(`          reports ${r.files.scanJson}, ${r.files.sarif}`);
  }

  if (r.sign || r.attestations.length > 0) out.push('');
  for (const s of r.sign?.signatures ?? []) {
    out.push(
      `signed    ${s.format} ${s.location} (${logEntries(
        r,
        s.transparencyLog.map((t) => t.index),
        false,
      )})`,
    );
  }
  for (const a of r.attestations) {
    for (const w of a.attestations) {
      out.push(
        `attested  ${predicateName(w.predicateType)} ${w.location} (${logEntries(r, w.transparencyLog, false)})`,
      );
    }
  }

  if (r.policy) out.push('', r.policy.text.trimEnd());

  if (r.verify) {
    const v = r.verify;
    out.push('', `verify    ${v.verified ? 'VERIFIED' : 'NOT VERIFIED'} ${v.image}`);
    for (const s of v.signatures) {
      out.push(`          ${s.ok ? 'valid  ' : 'invalid'} signature ${s.format} ${s.location}: ${s.reason}`);
    }
    for (const a of v.attestations ?? []) {
      if (a.attestations.length === 0) out.push(`          missing ${a.requirement.kind} attestation`);
      for (const x of a.attestations) {
        out.push(
          `          ${x.ok ? 'valid  ' : 'invalid'} ${a.requirement.kind} attestation ${x.location}: ${x.reason}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}

const PREDICATE_NAMES: Record<string, string> = {
  'https://slsa.dev/provenance/v1': 'SLSA provenance',
  'https://spdx.dev/Document': 'SBOM (SPDX)',
  'https://cyclonedx.org/bom': 'SBOM (CycloneDX)',
  'https://cosign.sigstore.dev/attestation/vuln/v1': 'vulnerability scan',
  'https://openvex.dev/ns': 'OpenVEX',
};

function predicateName(type: string): string {
  return PREDICATE_NAMES[type] ?? type;
}

/** `sha256:0123456789ab…`: subjects are long and repeated; the full digest is in the header. */
function short(digest: string): string {
  const colon = digest.indexOf(':');
  return colon > 0 && digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest;
}

function link(id: string): string {
  if (/^CVE-\d+-\d+$/.test(id)) return `[${id}](https://nvd.nist.gov/vuln/detail/${id})`;
  if (/^(GHSA|GO|PYSEC|RUSTSEC)-/.test(id)) return `[${id}](https://osv.dev/vulnerability/${id})`;
  return cell(id);
}

function cell(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``;
}
