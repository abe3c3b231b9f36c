import { InputError } from '../errors.js';
import { type AttestationRequirement, parseAge, parseSeverity } from './checks.js';
import { parsePredicateKind } from './predicates.js';

// `lading verify --require-attestation …` and actions/verify's
// `require-attestation` take the same requirements under different names; the
// parsing lives here so both refuse the same mistakes, each naming its own
// flag or input.

/** The requirements as the user gave them, still text. */
export interface RequirementText {
  kinds: string[];
  builderId?: string | undefined;
  sourceRepository?: string | undefined;
  sourceRef?: string | undefined;
  maxSeverity?: string | undefined;
  maxScanAge?: string | undefined;
}

/** What the user calls each field (`--max-severity` on the command line, `max-severity` in a workflow). */
export type RequirementNames = Record<keyof RequirementText, string>;

export const CLI_REQUIREMENT_NAMES: RequirementNames = {
  kinds: '--require-attestation',
  builderId: '--attestation-builder-id',
  sourceRepository: '--attestation-source-repository',
  sourceRef: '--attestation-source-ref',
  maxSeverity: '--max-severity',
  maxScanAge: '--max-scan-age',
};

/** Each required kind once, with the predicate checks that apply to it; a check without its kind is an error. */
export function attestationRequirements(
  text: RequirementText,
  names: RequirementNames,
): AttestationRequirement[] {
  const provenanceChecks = {
    ...(text.builderId !== undefined ? { builderId: text.builderId } : {}),
    ...(text.sourceRepository !== undefined ? { sourceRepository: text.sourceRepository } : {}),
    ...(text.sourceRef !== undefined ? { sourceRef: text.sourceRef } : {}),
  };
  const hasScanChecks = text.maxSeverity !== undefined || text.maxScanAge !== undefined;
  const provenanceNames = `${names.builderId}, ${names.sourceRepository} and ${names.sourceRef}`;
  const scanNames = `${names.maxSeverity} and ${names.maxScanAge}`;
  if (!text.kinds.length) {
    if (Object.keys(provenanceChecks).length || hasScanChecks) {
      throw new InputError(
        `${names.builderId}, ${names.sourceRepository}, ${names.sourceRef}, ${scanNames} need ${names.kinds}`,
      );
    }
    return [];
  }
  const parsed = text.kinds.map((k) => parsePredicateKind(k, names.kinds));
  if (Object.keys(provenanceChecks).length && !parsed.includes('slsaprovenance1')) {
    throw new InputError(`${provenanceNames} need ${names.kinds} slsaprovenance1`);
  }
  if (hasScanChecks && !parsed.includes('vuln')) {
    throw new InputError(`${scanNames} need ${names.kinds} vuln`);
  }
  // Parsed once, before any kind is built, so a bad value fails whatever the order of kinds.
  const maxSeverity =
    text.maxSeverity !== undefined ? parseSeverity(text.maxSeverity, names.maxSeverity) : undefined;
  const maxAgeMs = text.maxScanAge !== undefined ? parseAge(text.maxScanAge, names.maxScanAge) : undefined;
  return [...new Set(parsed)].map((kind) => ({
    kind,
    ...(kind === 'slsaprovenance1' ? provenanceChecks : {}),
    ...(kind === 'vuln' && maxSeverity !== undefined ? { maxSeverity } : {}),
    ...(kind === 'vuln' && maxAgeMs !== undefined ? { maxAgeMs } : {}),
  }));
}
