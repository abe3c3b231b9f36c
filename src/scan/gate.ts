import { compareSeverity, type SeverityLevel } from '../advisories/severity.js';
import { parsePurl } from '../sbom/purl.js';
import type { Finding, ReviewedFinding } from './finding.js';

// The gate: one decision from the findings left open after the filters.
//
// `fail-on` uses the names of Harbor's "prevent vulnerable images" threshold:
// `low`, `medium`, `high` and `critical` fail when an open finding is at or
// above that severity, as Harbor blocks a pull. `none` turns the gate off (the
// report is still written); note that Harbor's own `severity: none` blocks
// every vulnerable image, which is lading's `fail-on: low` with the default
// `unknown-as`. A finding rated `none` (CVSS 0.0) never fails the gate.
//
// UNKNOWN severity never passes silently. Harbor ranks Unknown with None (code 0),
// so a `low` threshold lets it through; lading does not: `unknown-as` says which
// severity an unknown finding counts as, `critical` by default, so any enabled
// gate fails on it. `unknown-as: ignore` lets such findings pass, and the
// decision then names them, so even that is never silent.
//
// Findings the matcher could not decide (`undetermined`) count like affected ones.
//
// `fail-on-new-only`: only findings the change introduced count. A finding is
// the same across base and head when it is for the same vulnerability (any id
// in common, aliases included) in the same package identity (purl type,
// namespace, name and subpath; version and qualifiers left out), so a version
// bump that keeps a CVE does not make it new. Every base finding counts,
// suppressed or not: what the base already had is not the change's doing.

export const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'] as const;
export type UnknownAs = (typeof UNKNOWN_AS)[number];

export interface GateOptions {
  failOn: FailOn;
  /** Default `critical`. */
  unknownAs?: UnknownAs;
  /** For pull requests: the base's findings; only findings not in it count. */
  base?: readonly Finding[];
}

export interface GateDecision {
  passed: boolean;
  failOn: FailOn;
  unknownAs: UnknownAs;
  /** The open findings that made the gate fail. */
  failing: ReviewedFinding[];
  /** Open findings with unknown severity that `unknown-as: ignore` let through. */
  ignoredUnknown: ReviewedFinding[];
  /** Open findings, by severity as reported (before `unknown-as`). */
  counts: Record<SeverityLevel, number>;
  /** With `base`: open findings the change introduced, and base findings gone from head. */
  introduced?: ReviewedFinding[];
  resolved?: Finding[];
  /** One line for the log and the job summary. */
  reason: string;
}

export function decide(findings: readonly ReviewedFinding[], options: GateOptions): GateDecision {
  const unknownAs = options.unknownAs ?? 'critical';
  const open = findings.filter((f) => f.state === 'open');
  const counts: Record<SeverityLevel, number> = {
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
    none: 0,
    unknown: 0,
  };
  for (const f of open) counts[f.finding.severity.level]++;

  let considered = open;
  const decision: Partial<GateDecision> = {};
  if (options.base) {
    const baseKeys = options.base.map(identityOf);
    considered = open.filter((f) => !baseKeys.some((b) => sameVulnerability(b, identityOf(f.finding))));
    const headKeys = findings.map((f) => identityOf(f.finding));
    decision.introduced = considered;
    decision.resolved = options.base.filter(
      (b) => !headKeys.some((h) => sameVulnerability(identityOf(b), h)),
    );
  }

  const ignoredUnknown: ReviewedFinding[] = [];
  const failing: ReviewedFinding[] = [];
  if (options.failOn !== 'none') {
    for (const f of considered) {
      let level = f.finding.severity.level;
      if (level === 'unknown') {
        if (unknownAs === 'ignore') {
          ignoredUnknown.push(f);
          continue;
        }
        level = unknownAs;
      }
      if (level !== 'none' && compareSeverity(level, options.failOn) >= 0) failing.push(f);
    }
  }
  const scope = options.base ? 'new ' : '';
  let reason: string;
  if (options.failOn === 'none') reason = 'gate off (fail-on: none): report only';
  else if (failing.length > 0) {
    const unknown = failing.filter((f) => f.finding.severity.level === 'unknown').length;
    reason =
      `failed: ${failing.length} ${scope}open finding(s) at or above ${options.failOn}` +
      (unknown > 0 ? ` (${unknown} of unknown severity, counted as ${unknownAs})` : '') +
      `, e.g. ${describe(failing[0] as ReviewedFinding)}`;
  } else reason = `passed: no ${scope}open finding at or above ${options.failOn}`;
  if (ignoredUnknown.length > 0) {
    reason += `; ${ignoredUnknown.length} ${scope}finding(s) of unknown severity let through by unknown-as: ignore`;
  }
  return {
    passed: failing.length === 0,
    failOn: options.failOn,
    unknownAs,
    failing,
    ignoredUnknown,
    counts,
    ...decision,
    reason,
  };
}

function describe(f: ReviewedFinding): string {
  return `${f.finding.id} in ${f.finding.package.name} ${f.finding.package.version} (${f.finding.severity.level})`;
}

interface Identity {
  ids: string[];
  pkg: string;
}

/** The package without version or qualifiers: what stays the same across an upgrade. */
export function packageIdentity(finding: Finding): string {
  try {
    const p = parsePurl(finding.package.purl);
    return `pkg:${p.type}/${p.namespace ? `${p.namespace}/` : ''}${p.name}${p.subpath ? `#${p.subpath}` : ''}`;
  } catch {
    return `${finding.package.type}/${finding.package.name}`;
  }
}

function identityOf(finding: Finding): Identity {
  return { ids: finding.ids.length > 0 ? finding.ids : [finding.id], pkg: packageIdentity(finding) };
}

function sameVulnerability(a: Identity, b: Identity): boolean {
  return a.pkg === b.pkg && a.ids.some((id) => b.ids.includes(id));
}
