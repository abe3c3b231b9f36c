import { createPublicKey } from 'node:crypto';
import { InputError } from '../errors.js';
import { type IdentityPolicy, type Matcher, validatePolicy } from '../sigstore/identity-policy.js';
import { parseTrustedRoot, type TufSource, tufTrustedRoot } from '../sigstore/trusted-root.js';
import type { VerifyOptions } from '../sigstore/verifier.js';

// What a VEX attestation's signature is checked against, from the inputs
// `lading verify` takes (a public key, or a keyless identity with a trusted
// root), shared by `lading scan` and actions/scan so both refuse the same
// half-given identities with the same words.

export interface VexTrustInputs {
  /** A PEM public key and where it came from. */
  key?: { text: string; where: string };
  /** A trusted root JSON; without one, keyless trust is the public instance's, through TUF. */
  trustedRoot?: { text: string; where: string };
  subject?: Matcher;
  issuer?: Matcher;
  /** Accept an RFC 3161 timestamp where a transparency-log entry is missing. */
  insecureIgnoreTlog?: boolean;
  /** Where the public (or a named) instance's root comes from when no trusted root is given. */
  tuf: TufSource;
  /** How the caller spells each input, for errors. */
  names: { key: string; subject: string; issuer: string; subjectRegexp: string; issuerRegexp: string };
}

/** The trust to verify VEX attestations with, or undefined when the caller gave none. */
export async function vexTrust(inputs: VexTrustInputs): Promise<VerifyOptions | undefined> {
  const { names } = inputs;
  const hasIdentity = Boolean(inputs.subject || inputs.issuer);
  if (inputs.key) {
    if (hasIdentity) {
      throw new InputError(
        `${names.key} and the ${names.subject}/${names.issuer} identity exclude each other`,
      );
    }
    try {
      return { trust: { publicKey: createPublicKey(inputs.key.text) } };
    } catch {
      throw new InputError(
        `${names.key}${inputs.key.where ? ` ${inputs.key.where}` : ''}: not a PEM public key`,
      );
    }
  }
  if (!hasIdentity && !inputs.trustedRoot) return undefined;
  if (!inputs.subject || !inputs.issuer) {
    // A certificate from anyone the root trusts is no statement about who vouched for the VEX.
    throw new InputError(
      `keyless VEX attestations need both ${names.subject}[-regexp] and ${names.issuer}[-regexp]`,
    );
  }
  const policy: IdentityPolicy = { subject: inputs.subject, issuer: inputs.issuer };
  validatePolicy(policy, { subject: names.subjectRegexp, issuer: names.issuerRegexp });
  const trustedRoot = inputs.trustedRoot
    ? parseTrustedRoot(inputs.trustedRoot.text, inputs.trustedRoot.where)
    : await tufTrustedRoot(inputs.tuf);
  return { trust: { trustedRoot }, policy, requireTransparencyLog: !inputs.insecureIgnoreTlog };
}

/** `--x` or `--x-regexp`, never both. */
export function identityMatcher(
  exact: string | undefined,
  pattern: string | undefined,
  name: string,
): Matcher | undefined {
  if (exact && pattern) throw new InputError(`${name} and ${name}-regexp exclude each other`);
  if (exact) return { exact };
  if (pattern) return { pattern };
  return undefined;
}
