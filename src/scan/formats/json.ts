import type { SkippedPackage } from '../../advisories/matcher.js';
import type { SeverityLevel } from '../../advisories/severity.js';
import type { Platform } from '../../oci/types.js';
import { platformText } from '../../sbom/formats/subject.js';
import type { FilterMark, FilterName, ReviewedFinding, VexVerdict } from '../finding.js';
import type { GateDecision } from '../gate.js';
import { packageIdentity } from '../gate.js';

// lading's JSON scan report: every finding, open or suppressed (with the
// marks of the filters that touched it), the gate's decision, and counts.
// Its shape is `schemas/scan-report.schema.json` (schemaVersion 1); fields are
// only ever added within a schemaVersion.

export type ReportSubject =
  | { kind: 'image'; repository: string; digest: string; tag?: string; platform?: Platform }
  | { kind: 'directory'; name: string }
  | { kind: 'sbom'; file: string };

export interface ScanReportInput {
  toolVersion: string;
  generatedAt: Date;
  subject: ReportSubject;
  findings: readonly ReviewedFinding[];
  decision?: GateDecision;
  filters?: { vex?: string[]; allowlist?: string; ignoreUnfixed?: boolean };
  /** When the advisory data was last refreshed (ISO 8601). */
  advisoriesUpdatedAt?: string;
  skipped?: readonly SkippedPackage[];
  warnings?: readonly string[];
}

export interface ReportFinding {
  id: string;
  ids: string[];
  advisories: string[];
  summary?: string;
  severity: { level: SeverityLevel; basis: string; score?: number; vector?: string };
  package: { name: string; version: string; type: string; purl: string; identity: string; paths: string[] };
  ecosystem: string;
  matchStatus: 'affected' | 'undetermined';
  fixed: string[];
  state: 'open' | 'suppressed';
  suppressedBy?: FilterName;
  marks: FilterMark[];
  vex?: VexVerdict;
  /** Whether the gate counted it against the threshold. */
  failsGate: boolean;
  /** With fail-on-new-only: whether the change introduced it. */
  introduced?: boolean;
}

export interface ScanReport {
  schemaVersion: 1;
  tool: { name: 'lading'; version: string };
  generatedAt: string;
  subject: Record<string, unknown>;
  advisoriesUpdatedAt?: string;
  filters: { vex: string[]; allowlist?: string; ignoreUnfixed: boolean };
  summary: {
    total: number;
    open: Record<SeverityLevel, number>;
    suppressed: Record<FilterName, number>;
    fixable: number;
  };
  gate?: {
    passed: boolean;
    failOn: string;
    unknownAs: string;
    newOnly: boolean;
    reason: string;
    failing: number;
    introduced?: number;
    resolved?: { id: string; package: string }[];
  };
  findings: ReportFinding[];
  skipped: { purl: string; name: string; reason: string }[];
  warnings: string[];
}

const LEVELS: SeverityLevel[] = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];

export function buildJsonReport(input: ScanReportInput): ScanReport {
  const failing = new Set(input.decision?.failing ?? []);
  const introduced = input.decision?.introduced ? new Set(input.decision.introduced) : undefined;
  const open = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<SeverityLevel, number>;
  const suppressed: Record<FilterName, number> = { vex: 0, allowlist: 0, 'ignore-unfixed': 0 };
  let fixable = 0;
  for (const r of input.findings) {
    if (r.state === 'open') {
      open[r.finding.severity.level]++;
      if (r.finding.fixed.length > 0) fixable++;
    } else if (r.suppressedBy) suppressed[r.suppressedBy]++;
  }
  const report: ScanReport = {
    schemaVersion: 1,
    tool: { name: 'lading', version: input.toolVersion },
    generatedAt: input.generatedAt.toISOString(),
    subject: subjectOf(input.subject),
    filters: {
      vex: input.filters?.vex ?? [],
      ignoreUnfixed: input.filters?.ignoreUnfixed ?? false,
    },
    summary: { total: input.findings.length, open, suppressed, fixable },
    findings: input.findings.map((r) =>
      findingOf(r, failing.has(r), introduced ? introduced.has(r) : undefined),
    ),
    skipped: (input.skipped ?? []).map((s) => ({
      purl: s.package.purl,
      name: s.package.name,
      reason: s.reason,
    })),
    warnings: [...(input.warnings ?? [])],
  };
  if (input.filters?.allowlist) report.filters.allowlist = input.filters.allowlist;
  if (input.advisoriesUpdatedAt) report.advisoriesUpdatedAt = input.advisoriesUpdatedAt;
  const d = input.decision;
  if (d) {
    report.gate = {
      passed: d.passed,
      failOn: d.failOn,
      unknownAs: d.unknownAs,
      newOnly: d.introduced !== undefined,
      reason: d.reason,
      failing: d.failing.length,
    };
    if (d.introduced) report.gate.introduced = d.introduced.length;
    if (d.resolved) report.gate.resolved = d.resolved.map((f) => ({ id: f.id, package: packageIdentity(f) }));
  }
  return report;
}

export function writeJsonReport(input: ScanReportInput): string {
  return `${JSON.stringify(buildJsonReport(input), null, 2)}\n`;
}

function subjectOf(s: ReportSubject): Record<string, unknown> {
  if (s.kind !== 'image') return { ...s };
  const out: Record<string, unknown> = { kind: 'image', repository: s.repository, digest: s.digest };
  if (s.tag) out.tag = s.tag;
  if (s.platform) out.platform = platformText(s.platform);
  return out;
}

function findingOf(r: ReviewedFinding, failsGate: boolean, introduced: boolean | undefined): ReportFinding {
  const f = r.finding;
  const severity: ReportFinding['severity'] = { level: f.severity.level, basis: f.severity.basis };
  if (f.severity.score) {
    severity.score = f.severity.score.baseScore;
    severity.vector = f.severity.score.vector;
  }
  const out: ReportFinding = {
    id: f.id,
    ids: f.ids,
    advisories: f.advisories,
    severity,
    package: {
      name: f.package.name,
      version: f.package.version,
      type: f.package.type,
      purl: f.package.purl,
      identity: packageIdentity(f),
      paths: f.package.locations.map((l) => l.path),
    },
    ecosystem: f.ecosystem,
    matchStatus: f.status,
    fixed: f.fixed,
    state: r.state,
    marks: r.marks,
    failsGate,
  };
  if (f.summary) out.summary = f.summary;
  if (r.suppressedBy) out.suppressedBy = r.suppressedBy;
  if (r.vex) out.vex = r.vex;
  if (introduced !== undefined) out.introduced = introduced;
  return out;
}
