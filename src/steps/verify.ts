import type { X509Certificate } from 'node:crypto';
import type { AttestationRequirement } from '../attest/checks.js';
import type { AttestationResult } from '../attest/verifier.js';
import { InputError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import type { IdentityPolicy } from '../sigstore/identity-policy.js';
import type { NotationVerdict } from '../sigstore/notation/verifier.js';
import {
  findImageSignatures,
  type SignatureVerdict,
  type Trust,
  type VerificationResult,
  type VerifyOptions,
  verifyImageSignatures,
} from '../sigstore/verifier.js';
import type { Reporter } from './reporter.js';

export interface VerifyStepOptions {
  image: string;
  access: AccessOptions;
  /** cosign signatures are checked against this; without it only Notation signatures are. */
  trust?: Trust;
  /** Notation signatures are checked against these certificates (a Notation trust store). */
  notationTrustStore?: X509Certificate[];
  policy?: IdentityPolicy;
  /** Certificate signatures must have a transparency-log entry (default true). */
  requireTransparencyLog?: boolean;
  /** Attestations that must be present and valid (`--require-attestation`), each with its predicate checks. */
  requireAttestations?: AttestationRequirement[];
}

export interface VerifyStepResult extends Omit<VerificationResult, 'signatures'> {
  image: string;
  signatures: (SignatureVerdict | NotationVerdict)[];
  /** One entry per required attestation kind; `verified` is false unless each is satisfied. */
  attestations?: AttestationResult[];
}

/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
export async function verifyStep(options: VerifyStepOptions, reporter: Reporter): Promise<VerifyStepResult> {
  if (!options.trust && !options.notationTrustStore?.length) {
    throw new InputError(
      'nothing to verify against: give a key, an identity, or Notation trust-store certificates',
    );
  }
  if (options.trust && !('publicKey' in options.trust)) {
    const p = options.policy;
    if (!p?.subject || !p.issuer) {
      throw new InputError(
        'keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
      );
    }
  }
  // What every signature and attestation is checked with, beside the trust itself.
  const verifyOptions = (trust: Trust): VerifyOptions => ({
    trust,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.requireTransparencyLog !== undefined
      ? { requireTransparencyLog: options.requireTransparencyLog }
      : {}),
  });
  const location = await openLocation(options.image, 'read', options.access);
  try {
    // A digest already names the image: its signatures are looked up while the
    // registry confirms it exists, one round trip fewer before the verdict.
    const early =
      options.trust && isDigest(location.reference)
        ? findImageSignatures(location.store, location.reference)
        : undefined;
    early?.catch(() => {});
    const root = await location.store.resolve(location.reference);
    if (!isDigest(location.reference)) reporter.debug(`${options.image} is ${root.digest}`);
    const cosign: VerificationResult = options.trust
      ? await verifyImageSignatures(location.store, root, verifyOptions(options.trust), early)
      : { digest: root.digest, verified: false, signatures: [] };
    // Notation's and the attestations' code loads only when they are asked for.
    const notation = options.notationTrustStore?.length
      ? await (await import('../sigstore/notation/verifier.js')).verifyNotationSignatures(
          location.store,
          root,
          options.notationTrustStore,
        )
      : [];
    const signatures = [...cosign.signatures, ...notation];
    const result = { digest: root.digest, verified: signatures.some((s) => s.ok), signatures };
    for (const s of result.signatures) {
      reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
    }
    if (!options.requireAttestations?.length)
      return { image: `${location.display}@${root.digest}`, ...result };
    const attestations: AttestationResult[] = [];
    const trust = options.trust;
    if (!trust)
      throw new InputError('attestations are verified with a key or an identity, not Notation certificates');
    const { verifyAttestations } = await import('../attest/verifier.js');
    for (const requirement of options.requireAttestations) {
      // As cosign verify-attestation: the `.att` tag is read when no referrer satisfies the kind.
      const checked = await verifyAttestations(location.store, root, requirement, verifyOptions(trust), {
        legacyAtt: true,
      });
      for (const a of checked.attestations) {
        reporter.debug(
          `${a.ok ? 'valid' : 'invalid'} ${requirement.kind} attestation ${a.location}: ${a.reason}`,
        );
      }
      attestations.push(checked);
    }
    return {
      image: `${location.display}@${root.digest}`,
      ...result,
      verified: result.verified && attestations.every((a) => a.satisfied),
      attestations,
    };
  } finally {
    await location.close();
  }
}
