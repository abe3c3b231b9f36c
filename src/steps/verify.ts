import { InputError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import type { IdentityPolicy } from '../sigstore/identity-policy.js';
import { type Trust, type VerificationResult, verifyImageSignatures } from '../sigstore/verifier.js';
import type { Reporter } from './reporter.js';

export interface VerifyStepOptions {
  image: string;
  access: AccessOptions;
  trust: Trust;
  policy?: IdentityPolicy;
  /** Certificate signatures must have a transparency-log entry (default true). */
  requireTransparencyLog?: boolean;
}

export interface VerifyStepResult extends VerificationResult {
  image: string;
}

/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
export async function verifyStep(options: VerifyStepOptions, reporter: Reporter): Promise<VerifyStepResult> {
  if (!('publicKey' in options.trust)) {
    const p = options.policy;
    if (!p?.subject || !p.issuer) {
      throw new InputError(
        'keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
      );
    }
  }
  const location = await openLocation(options.image, 'read', options.access);
  try {
    const root = await location.store.resolve(location.reference);
    if (!isDigest(location.reference)) reporter.debug(`${options.image} is ${root.digest}`);
    const result = await verifyImageSignatures(location.store, root, {
      trust: options.trust,
      ...(options.policy ? { policy: options.policy } : {}),
      ...(options.requireTransparencyLog !== undefined
        ? { requireTransparencyLog: options.requireTransparencyLog }
        : {}),
    });
    for (const s of result.signatures) {
      reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
    }
    return { image: `${location.display}@${root.digest}`, ...result };
  } finally {
    await location.close();
  }
}
