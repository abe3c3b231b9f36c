import type { SlsaProvenance } from '../attest/provenance.js';
import type { ReviewedFinding } from '../scan/finding.js';
import type { ScanReport } from '../scan/formats/json.js';

// The two predicates the release makes itself: the vulnerability scan in
// cosign's `vuln/v1` shape, and, outside GitHub Actions, a provenance that
// says honestly that it was a local run.

export const LOCAL_BUILD_TYPE = 'urn:lading:buildtypes:local:v1';
export const LOCAL_BUILDER_ID = 'urn:lading:builder:local';

export interface CosignVulnPredicate {
  invocation: { parameters: unknown; uri: string; event_id: string; 'builder.id': string };
  scanner: {
    uri: string;
    version: string;
    db: { uri: string; version: string };
    result: VulnResult;
  };
  metadata: { scanStartedOn: string; scanFinishedOn: string };
}

interface VulnResult {
  gate?: ScanReport['gate'];
  summary: ScanReport['summary'];
  /**
   * Open findings only carry a `severity` string: `verify --max-severity`
   * reads every `severity` field of the result, and a finding VEX or the
   * allowlist suppressed must not count against the image.
   */
  findings: {
    id: string;
    aliases: string[];
    package: { name: string; version: string; purl: string };
    severity: string;
    fixed: string[];
  }[];
  suppressed: { id: string; package: { name: string; version: string; purl: string }; by: string }[];
}

/**
 * cosign's vulnerability attestation predicate
 * (https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md)
 * with lading's findings as the scanner result.
 */
export function vulnerabilityPredicate(input: {
  report: ScanReport;
  findings: readonly ReviewedFinding[];
  toolVersion: string;
  dbUri: string;
  startedAt: Date;
  finishedAt: Date;
  /** The run that scanned, when known (Actions run URL). */
  invocationUri?: string;
}): CosignVulnPredicate {
  const pkg = (f: ReviewedFinding) => ({
    name: f.finding.package.name,
    version: f.finding.package.version,
    purl: f.finding.package.purl,
  });
  return {
    invocation: {
      parameters: { failOn: input.report.gate?.failOn ?? 'none', filters: input.report.filters },
      uri: input.invocationUri ?? '',
      event_id: '',
      'builder.id': '',
    },
    scanner: {
      uri: `pkg:generic/lading@${input.toolVersion}`,
      version: input.toolVersion,
      db: { uri: input.dbUri, version: input.report.advisoriesUpdatedAt ?? '' },
      result: {
        ...(input.report.gate ? { gate: input.report.gate } : {}),
        summary: input.report.summary,
        findings: input.findings
          .filter((f) => f.state === 'open')
          .map((f) => ({
            id: f.finding.id,
            aliases: f.finding.ids.filter((id) => id !== f.finding.id),
            package: pkg(f),
            severity: f.finding.severity.level,
            fixed: f.finding.fixed,
          })),
        suppressed: input.findings
          .filter((f) => f.state === 'suppressed')
          .map((f) => ({ id: f.finding.id, package: pkg(f), by: f.suppressedBy ?? '' })),
      },
    },
    metadata: {
      scanStartedOn: input.startedAt.toISOString(),
      scanFinishedOn: input.finishedAt.toISOString(),
    },
  };
}

/**
 * SLSA provenance v1 for a release run outside GitHub Actions: the builder is
 * "lading, locally", and nothing claims a source repository or workflow it
 * cannot vouch for. Policies that check a builder id reject it, as they should.
 */
export function localProvenance(input: {
  image: string;
  digest: string;
  toolVersion: string;
  startedAt: Date;
}): Omit<SlsaProvenance, 'buildDefinition' | 'runDetails'> & {
  buildDefinition: { buildType: string; externalParameters: Record<string, unknown> };
  runDetails: { builder: { id: string; version: Record<string, string> }; metadata: Record<string, string> };
} {
  return {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: { image: input.image, digest: input.digest },
    },
    runDetails: {
      builder: { id: LOCAL_BUILDER_ID, version: { lading: input.toolVersion } },
      metadata: { startedOn: input.startedAt.toISOString() },
    },
  };
}
