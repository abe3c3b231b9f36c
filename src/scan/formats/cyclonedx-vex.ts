import type { SeverityLevel } from '../../advisories/severity.js';
import { InputError } from '../../errors.js';
import type { CdxVulnerability, CycloneDxOptions } from '../../sbom/formats/cyclonedx.js';
import type { Package } from '../../sbom/model.js';
import { type ReviewedFinding, suppression } from '../finding.js';

// Findings into the CycloneDX writer's `vulnerabilities` (CycloneDX 1.6), one
// entry per finding (vulnerability × package), so each can carry its own
// analysis: the same CVE can be not_affected in one package and exploitable in
// another. Ratings are the CVSS scores the severity rule saw, and the labels;
// an unknown severity is written as `unknown`, never left out.
//
// VEX-decided findings get `analysis`: not_affected → not_affected, fixed →
// resolved, affected → exploitable, under_investigation → in_triage; the
// OpenVEX justification is mapped to CycloneDX's nearest one and kept verbatim
// in `detail`. Findings suppressed by the allowlist or ignore-unfixed have no
// analysis (no one analysed them) but `lading:suppressed-by` and
// `lading:suppression-reason` properties.

const JUSTIFICATION: Record<string, string> = {
  component_not_present: 'code_not_present',
  vulnerable_code_not_present: 'code_not_present',
  vulnerable_code_not_in_execute_path: 'code_not_reachable',
  vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
  inline_mitigations_already_exist: 'protected_by_mitigating_control',
};

const STATE: Record<string, string> = {
  not_affected: 'not_affected',
  fixed: 'resolved',
  affected: 'exploitable',
  under_investigation: 'in_triage',
};

const METHOD: Record<string, string> = {
  '2.0': 'CVSSv2',
  '3.0': 'CVSSv3',
  '3.1': 'CVSSv31',
  '4.0': 'CVSSv4',
};

type Vulnerabilities = NonNullable<CycloneDxOptions['vulnerabilities']>;

export function cyclonedxVulnerabilities(findings: readonly ReviewedFinding[]): Vulnerabilities {
  return (refOf: (pkg: Package) => string | undefined) =>
    findings.map((r) => {
      const ref = refOf(r.finding.package);
      if (!ref) {
        throw new InputError(
          `CycloneDX vulnerabilities: finding ${r.finding.id} names package ${r.finding.package.purl || r.finding.package.name}, which is not in the SBOM's inventory`,
        );
      }
      return vulnerabilityOf(r, ref);
    });
}

function vulnerabilityOf(r: ReviewedFinding, ref: string): CdxVulnerability {
  const f = r.finding;
  const advisory = f.advisories[0] ?? f.id;
  const affects = [
    {
      ref,
      versions: [{ version: f.package.version, status: f.status === 'affected' ? 'affected' : 'unknown' }],
    },
  ];
  const v: CdxVulnerability = {
    'bom-ref': `vulnerability:${f.id}:${ref}`,
    id: f.id,
    source: sourceOf(f.id),
    affects,
  };
  const aliases = f.ids.filter((i) => i !== f.id);
  if (aliases.length > 0) v.references = aliases.map((id) => ({ id, source: sourceOf(id) }));
  v.ratings = ratingsOf(r);
  if (f.summary) v.description = f.summary;
  if (f.fixed.length > 0) v.recommendation = `Upgrade ${f.package.name} to ${f.fixed[0]} or later.`;
  v.advisories = [{ url: `https://osv.dev/vulnerability/${encodeURIComponent(advisory)}` }];
  if (r.vex) {
    const analysis: Record<string, unknown> = { state: STATE[r.vex.status] };
    const justification = r.vex.justification ? JUSTIFICATION[r.vex.justification] : undefined;
    if (justification) analysis.justification = justification;
    if (r.vex.status === 'affected' && r.vex.actionStatement) analysis.response = ['update'];
    const detail = [
      r.vex.justification ? `OpenVEX justification: ${r.vex.justification}` : '',
      r.vex.impactStatement ?? '',
      r.vex.actionStatement ?? '',
      r.vex.statusNotes ?? '',
      `(${r.vex.source})`,
    ].filter(Boolean);
    analysis.detail = detail.join('. ');
    analysis.lastUpdated = r.vex.timestamp;
    v.analysis = analysis;
  }
  const properties: { name: string; value: string }[] = [{ name: 'lading:state', value: r.state }];
  const s = suppression(r);
  if (s) {
    properties.push({ name: 'lading:suppressed-by', value: s.filter });
    properties.push({
      name: 'lading:suppression-reason',
      value: s.source ? `${s.reason} (${s.source})` : s.reason,
    });
  }
  v.properties = properties;
  return v;
}

function ratingsOf(r: ReviewedFinding): Record<string, unknown>[] {
  const s = r.finding.severity;
  const ratings: Record<string, unknown>[] = s.scores.map((score) => ({
    score: score.baseScore,
    severity: cdxSeverity(score.level),
    method: METHOD[score.version],
    vector: score.vector,
  }));
  for (const label of s.labels) {
    ratings.push({ severity: cdxSeverity(label.level), method: 'other', source: { name: label.source } });
  }
  if (ratings.length === 0 && s.score) {
    ratings.push({
      score: s.score.baseScore,
      severity: cdxSeverity(s.level),
      method: METHOD[s.score.version],
      vector: s.score.vector,
    });
  }
  if (ratings.length === 0)
    ratings.push({ severity: cdxSeverity(s.level), method: 'other', justification: s.basis });
  return ratings;
}

function cdxSeverity(level: SeverityLevel): string {
  return level;
}

function sourceOf(id: string): { name: string; url: string } {
  if (id.startsWith('CVE-')) return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
  if (id.startsWith('GHSA-')) return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
  return { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
}
