import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { InputError } from '../errors.js';

// Who may have signed: the identity Fulcio wrote into the certificate (the
// subject alternative name and the OIDC issuer) and, for GitHub Actions, the
// workflow facts Fulcio copied from the token into extensions.

/** A value matched exactly, or by a regular expression that must match all of it. */
export type Matcher = { exact: string } | { pattern: string };

export interface IdentityPolicy {
  subject?: Matcher;
  issuer?: Matcher;
  /** GitHub workflow facts, each matched exactly. */
  github?: { repository?: string; ref?: string; workflow?: string; trigger?: string; sha?: string };
}

/** What a certificate says about its holder. */
export interface CertificateIdentity {
  subject?: string;
  issuer?: string;
  github: { repository?: string; ref?: string; workflow?: string; trigger?: string; sha?: string };
}

const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  triggerV1: '1.3.6.1.4.1.57264.1.2',
  shaV1: '1.3.6.1.4.1.57264.1.3',
  workflowV1: '1.3.6.1.4.1.57264.1.4',
  repositoryV1: '1.3.6.1.4.1.57264.1.5',
  refV1: '1.3.6.1.4.1.57264.1.6',
  issuer: '1.3.6.1.4.1.57264.1.8',
  sourceRepository: '1.3.6.1.4.1.57264.1.12',
  sourceDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRef: '1.3.6.1.4.1.57264.1.14',
  trigger: '1.3.6.1.4.1.57264.1.20',
} as const;

/** Compiles a user's pattern anchored at both ends, so `…/release.yml` never matches `…/release.yml.evil`. */
export function anchoredPattern(pattern: string, where: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch (e) {
    throw new InputError(`${where}: not a regular expression: ${(e as Error).message}`);
  }
}

/** Checks every pattern of `policy` compiles; `names` maps matcher keys to the flag or input the user wrote. */
export function validatePolicy(policy: IdentityPolicy, names: { subject: string; issuer: string }): void {
  if (policy.subject && 'pattern' in policy.subject) anchoredPattern(policy.subject.pattern, names.subject);
  if (policy.issuer && 'pattern' in policy.issuer) anchoredPattern(policy.issuer.pattern, names.issuer);
}

function legacy(cert: X509Certificate, oid: string): string | undefined {
  return cert.extension(oid)?.value.toString('utf8');
}

/** Newer Fulcio extensions hold a DER UTF8String rather than raw bytes. */
function derString(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  try {
    return ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
  } catch {
    return undefined;
  }
}

export function certificateIdentity(der: Buffer): CertificateIdentity {
  const cert = X509Certificate.parse(Buffer.from(der));
  const repositoryUrl = derString(cert, OID.sourceRepository);
  const github = {
    repository: legacy(cert, OID.repositoryV1) ?? repositoryUrl?.replace(/^https:\/\/[^/]+\//, ''),
    ref: legacy(cert, OID.refV1) ?? derString(cert, OID.sourceRef),
    workflow: legacy(cert, OID.workflowV1),
    trigger: legacy(cert, OID.triggerV1) ?? derString(cert, OID.trigger),
    sha: legacy(cert, OID.shaV1) ?? derString(cert, OID.sourceDigest),
  };
  const subject = cert.subjectAltName;
  const issuer = derString(cert, OID.issuer) ?? legacy(cert, OID.issuerV1);
  return {
    ...(subject ? { subject } : {}),
    ...(issuer ? { issuer } : {}),
    github: Object.fromEntries(Object.entries(github).filter(([, v]) => v !== undefined)),
  };
}

function matches(m: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return 'exact' in m ? m.exact === value : anchoredPattern(m.pattern, 'pattern').test(value);
}

function describe(m: Matcher): string {
  return 'exact' in m ? JSON.stringify(m.exact) : `/^(?:${m.pattern})$/`;
}

/** Why `identity` fails `policy`, or undefined when it passes. */
export function identityMismatch(policy: IdentityPolicy, identity: CertificateIdentity): string | undefined {
  if (policy.issuer && !matches(policy.issuer, identity.issuer)) {
    return `issuer ${JSON.stringify(identity.issuer ?? '(none)')} does not match ${describe(policy.issuer)}`;
  }
  if (policy.subject && !matches(policy.subject, identity.subject)) {
    return `subject ${JSON.stringify(identity.subject ?? '(none)')} does not match ${describe(policy.subject)}`;
  }
  for (const [key, want] of Object.entries(policy.github ?? {})) {
    if (want === undefined) continue;
    const got = identity.github[key as keyof CertificateIdentity['github']];
    if (got !== want) {
      return `GitHub ${key} ${JSON.stringify(got ?? '(none)')} in the certificate is not ${JSON.stringify(want)}`;
    }
  }
  return undefined;
}
