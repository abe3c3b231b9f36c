import { createHash, type KeyObject, verify } from 'node:crypto';
import { type Bundle, bundleFromJSON } from '@sigstore/bundle';
import { dsse } from '@sigstore/core';
import { HashAlgorithm, type TrustedRoot } from '@sigstore/protobuf-specs';
import type { SignedEntity } from '@sigstore/verify';
import { type Digest, hexOf } from '../oci/digest.js';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from './bundle.js';
import { COSIGN_SIGN_PREDICATE, findBundles } from './formats/cosign-bundle.js';
import {
  certificatesFromPem,
  findLegacySignatures,
  type LegacyMaterial,
  type LegacySignature,
  SIMPLE_SIGNING_TYPE,
} from './formats/cosign-legacy.js';
import {
  type CertificateIdentity,
  certificateIdentity,
  type IdentityPolicy,
  identityMismatch,
} from './identity-policy.js';

// Finds every signature of an image in both cosign formats and judges each
// one on its own: cryptography first (sigstore-js's verifier against a public
// key or a trusted root), then that it signs this very digest, then the
// identity policy. The image is verified when at least one signature passes;
// the verdict on every other one is kept, so a user sees why it failed.

/** What signatures are checked against: a public key, or a trusted root for Fulcio certificates. */
export type Trust = { publicKey: KeyObject } | { trustedRoot: TrustedRoot };

export interface VerifyOptions {
  trust: Trust;
  /** Identity rules for certificate signatures; unused with a public key. */
  policy?: IdentityPolicy;
  /** Demand a transparency-log entry for certificate signatures (default true); with false an RFC 3161 timestamp suffices. */
  requireTransparencyLog?: boolean;
  /** The clock for certificate validity when no timestamp exists (tests). */
  now?: Date;
}

export interface SignatureVerdict {
  format: 'bundle' | 'legacy';
  /** Where the signature lives: the referrer manifest, or the `.sig` tag and layer. */
  location: string;
  ok: boolean;
  /** Why it passed or failed, in one line. */
  reason: string;
  identity?: CertificateIdentity;
  /** Transparency-log indexes of the entries that back it. */
  transparencyLog?: string[];
}

export interface VerificationResult {
  digest: Digest;
  verified: boolean;
  signatures: SignatureVerdict[];
}

/** A signature or attestation refused, with the reason a user reads. */
export class Rejected extends Error {}

/** The cosign signatures stored for an image, read but not yet judged. */
export interface FoundSignatures {
  bundles: Awaited<ReturnType<typeof findBundles>>;
  legacy: Awaited<ReturnType<typeof findLegacySignatures>>;
}

/** Bundles among the referrers of `digest` and the signatures under its `.sig` tag, looked up together. */
export async function findImageSignatures(store: Store, digest: Digest): Promise<FoundSignatures> {
  const [bundles, legacy] = await Promise.all([
    findBundles(store, digest),
    findLegacySignatures(store, digest),
  ]);
  return { bundles, legacy };
}

/**
 * Verifies every signature of `subject` found in `store`. `found` is the
 * lookup when the caller started it early (findImageSignatures).
 */
export async function verifyImageSignatures(
  store: Store,
  subject: Descriptor,
  options: VerifyOptions,
  found: Promise<FoundSignatures> = findImageSignatures(store, subject.digest),
): Promise<VerificationResult> {
  const { bundles, legacy } = await found;
  let manifestBytes: Buffer | undefined;
  const subjectBytes = async () => {
    manifestBytes ??= (await store.fetchManifest(subject)).bytes;
    return manifestBytes;
  };
  const verdicts: SignatureVerdict[] = [];
  for (const one of bundles) {
    const location = `${store.name}@${one.descriptor.digest}`;
    if (one.error || one.bundle === undefined) {
      verdicts.push({ format: 'bundle', location, ok: false, reason: one.error ?? 'unreadable bundle' });
      continue;
    }
    verdicts.push(
      await judge('bundle', location, options, async () => {
        let bundle: Bundle;
        try {
          bundle = bundleFromJSON(one.bundle);
        } catch (e) {
          throw new Rejected(`not a valid Sigstore bundle: ${(e as Error).message}`);
        }
        const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
        return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
      }),
    );
  }
  for (const one of legacy) {
    const location = `${store.name}:${one.manifest.digest} layer ${one.layer.digest}`;
    if (one.error || !one.signature) {
      verdicts.push({ format: 'legacy', location, ok: false, reason: one.error ?? 'unreadable signature' });
      continue;
    }
    const sig = one.signature;
    verdicts.push(
      await judge('legacy', location, options, async () => ({
        bundle: legacyBundle(sig),
        artifact: sig.payload,
        bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
      })),
    );
  }
  return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}

interface Prepared {
  bundle: Bundle;
  artifact?: Buffer;
  /** Throws Rejected when the signed content is not about this image. */
  bindsTo: (bundle: Bundle) => void;
}

async function judge(
  format: SignatureVerdict['format'],
  location: string,
  options: VerifyOptions,
  prepare: () => Promise<Prepared>,
): Promise<SignatureVerdict> {
  const seen: SignerSeen = {};
  try {
    const { bundle, artifact, bindsTo } = await prepare();
    await verifyBundleSignature(bundle, artifact, options, seen);
    bindsTo(bundle);
    const { identity, transparencyLog } = seen;
    if (!identity) return { format, location, ok: true, reason: 'signature verified with the public key' };
    checkIdentityPolicy(options, identity);
    return {
      format,
      location,
      ok: true,
      reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
      identity,
      ...(transparencyLog?.length ? { transparencyLog } : {}),
    };
  } catch (e) {
    return {
      format,
      location,
      ok: false,
      reason: rejectionReason(e),
      ...(seen.identity ? { identity: seen.identity } : {}),
      ...(seen.transparencyLog?.length ? { transparencyLog: seen.transparencyLog } : {}),
    };
  }
}

/** What a certificate signature revealed, kept for the verdict even when a later check fails. */
export interface SignerSeen {
  identity?: CertificateIdentity;
  transparencyLog?: string[];
}

/**
 * Checks one bundle's signature, as cosign does: with a public key the
 * signature alone; with a trusted root the Fulcio certificate, a trusted time
 * and the transparency log (the identity policy is the caller's next step,
 * checkIdentityPolicy). `artifact` is what a message signature signs. Throws
 * on refusal; `seen` gets the certificate's identity and log entries as they
 * are read.
 */
export async function verifyBundleSignature(
  bundle: Bundle,
  artifact: Buffer | undefined,
  options: VerifyOptions,
  seen: SignerSeen = {},
): Promise<void> {
  if ('publicKey' in options.trust) {
    verifyWithKey(bundle, artifact, options.trust.publicKey);
    return;
  }
  // Certificates, logs and timestamps need sigstore-js's verifier, loaded
  // only here: it is most of a key verification's start-up otherwise.
  const sigstore = await import('@sigstore/verify');
  const entity = sigstore.toSignedEntity(bundle, artifact);
  if (entity.key.$case !== 'certificate') {
    throw new Rejected('signed with a key, not a certificate: verify it with --key');
  }
  seen.identity = certificateIdentity(certDer(bundle));
  verifyWithRoot(sigstore, entity, options);
  seen.transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
}

/** The identity policy on a verified certificate's identity; throws Rejected naming what differs. */
export function checkIdentityPolicy(options: VerifyOptions, identity: CertificateIdentity): void {
  const mismatch = options.policy ? identityMismatch(options.policy, identity) : undefined;
  if (mismatch) throw new Rejected(`identity policy: ${mismatch}`);
}

function certDer(bundle: Bundle): Buffer {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'certificate') return content.certificate.rawBytes;
  if (content.$case === 'x509CertificateChain') {
    const leaf = content.x509CertificateChain.certificates[0];
    if (leaf) return leaf.rawBytes;
  }
  throw new Rejected('the bundle has no certificate');
}

const MESSAGE_HASHES: Partial<Record<HashAlgorithm, string>> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with. The check is sigstore-js's own for a key
 * (the DSSE pre-authentication encoding, or the artifact with the message
 * digest's hash), done here so that a key verification does not load it.
 */
function verifyWithKey(bundle: Bundle, artifact: Buffer | undefined, publicKey: KeyObject): void {
  let ok: boolean;
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope;
    const signature = envelope.signatures[0]?.sig ?? Buffer.alloc(0);
    ok = safeVerify(
      undefined,
      dsse.preAuthEncoding(envelope.payloadType, envelope.payload),
      publicKey,
      signature,
    );
  } else {
    const { messageDigest, signature } = bundle.content.messageSignature;
    const hash = MESSAGE_HASHES[messageDigest?.algorithm ?? HashAlgorithm.SHA2_256];
    if (!hash) throw new Rejected(`message digest algorithm ${messageDigest?.algorithm} is not supported`);
    if (!artifact) throw new Rejected('no signed content to check the message signature against');
    // Ed25519 signs the message itself (cosign and KeySigner alike); the
    // digest's algorithm names only how the bundle records the message.
    const pure = publicKey.asymmetricKeyType === 'ed25519' || publicKey.asymmetricKeyType === 'ed448';
    ok = safeVerify(pure ? undefined : hash, artifact, publicKey, signature);
  }
  if (!ok) throw new Rejected(SIGNATURE_MISMATCH);
}

/** OpenSSL throws on some malformed signatures instead of saying no; either way it is not valid. */
function safeVerify(hash: string | undefined, data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify(hash, data, key, signature);
  } catch {
    return false;
  }
}

const SIGNATURE_MISMATCH =
  'the signature does not match the signed content (tampered payload, or another key or certificate)';

function verifyWithRoot(
  sigstore: typeof import('@sigstore/verify'),
  entity: SignedEntity,
  options: VerifyOptions,
): void {
  if (!('trustedRoot' in options.trust)) return;
  if (entity.key.$case !== 'certificate') return;
  // A Fulcio certificate lives minutes; only a trusted time (a log entry's
  // integrated time or an RFC 3161 timestamp) shows it was valid at signing.
  const timed = entity.timestamps.some(
    (t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0,
  );
  if (!timed) {
    const notAfter = entity.key.certificate.notAfter;
    const now = options.now ?? new Date();
    throw new Rejected(
      notAfter < now
        ? `certificate expired at ${notAfter.toISOString()} and no trusted timestamp shows it signed while valid`
        : 'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed',
    );
  }
  const requireTlog = options.requireTransparencyLog ?? true;
  const material = sigstore.toTrustMaterial(options.trust.trustedRoot);
  new sigstore.Verifier(material, {
    tlogThreshold: requireTlog ? 1 : 0,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  }).verify(entity);
}

/** A DSSE bundle must be cosign's signing statement naming this digest; a message signature signs the manifest itself. */
function checkBundleSubject(bundle: Bundle, digest: Digest): void {
  if (bundle.content.$case !== 'dsseEnvelope') return;
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new Rejected(`payloadType is ${envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  }
  let statement: { predicateType?: unknown; subject?: { digest?: Record<string, unknown> }[] };
  try {
    statement = JSON.parse(envelope.payload.toString('utf8'));
  } catch {
    throw new Rejected('the signed payload is not JSON');
  }
  if (statement.predicateType !== COSIGN_SIGN_PREDICATE) {
    throw new Rejected(`predicateType is ${String(statement.predicateType)}, not ${COSIGN_SIGN_PREDICATE}`);
  }
  const algorithm = digest.slice(0, digest.indexOf(':'));
  const signed = (statement.subject ?? [])
    .map((s) => s.digest?.[algorithm])
    .filter((d) => typeof d === 'string');
  if (!signed.includes(hexOf(digest))) {
    throw new Rejected(
      `the signature is for ${signed.map((h) => `${algorithm}:${h}`).join(', ') || 'no digest'}, not ${digest}`,
    );
  }
}

function checkSimpleSigning(payload: Buffer, digest: Digest): void {
  let doc: { critical?: { type?: unknown; image?: { 'docker-manifest-digest'?: unknown } } };
  try {
    doc = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new Rejected('the signed payload is not JSON');
  }
  if (doc.critical?.type !== SIMPLE_SIGNING_TYPE) {
    throw new Rejected(`critical.type is ${String(doc.critical?.type)}, not "${SIMPLE_SIGNING_TYPE}"`);
  }
  const signed = doc.critical.image?.['docker-manifest-digest'];
  if (signed !== digest) throw new Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}

/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig: LegacySignature): Bundle {
  return bundleOfLegacy(sig, {
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(sig.payload).digest('base64'),
      },
      signature: sig.signature,
    },
  });
}

/**
 * A `.att` layer as a DSSE bundle: the envelope the layer holds, with the
 * certificate, Rekor entry and timestamp cosign put in its annotations, so an
 * attestation in the legacy format is checked exactly as a bundle is.
 */
export function legacyAttestationBundle(envelope: unknown, material: LegacyMaterial): Bundle {
  const e = envelope as { payload?: unknown; payloadType?: unknown; signatures?: unknown };
  if (typeof e !== 'object' || e === null || Array.isArray(e)) throw new Rejected('not a DSSE envelope');
  // cosign < 2 wrote an empty keyid; the bundle schema wants a string either way.
  const signatures = Array.isArray(e.signatures)
    ? e.signatures.map((s: { keyid?: unknown; sig?: unknown }) => ({ keyid: s?.keyid ?? '', sig: s?.sig }))
    : e.signatures;
  return bundleOfLegacy(material, {
    dsseEnvelope: { payload: e.payload, payloadType: e.payloadType, signatures },
  });
}

function bundleOfLegacy(material: LegacyMaterial, content: Record<string, unknown>): Bundle {
  const certificates = material.certificate
    ? [
        ...certificatesFromPem(material.certificate),
        ...(material.chain ? certificatesFromPem(material.chain) : []),
      ]
    : [];
  const tlogEntries: unknown[] = [];
  if (material.rekorBundle) {
    let rb: {
      SignedEntryTimestamp?: string;
      Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string };
    };
    try {
      rb = JSON.parse(material.rekorBundle);
    } catch {
      throw new Rejected('the dev.sigstore.cosign/bundle annotation is not JSON');
    }
    const body = Buffer.from(rb.Payload?.body ?? '', 'base64');
    let kind: { kind?: string; apiVersion?: string } = {};
    try {
      kind = JSON.parse(body.toString('utf8'));
    } catch {
      throw new Rejected('the Rekor entry body in dev.sigstore.cosign/bundle is not JSON');
    }
    tlogEntries.push({
      logIndex: String(rb.Payload?.logIndex ?? 0),
      logId: { keyId: Buffer.from(rb.Payload?.logID ?? '', 'hex').toString('base64') },
      kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
      integratedTime: String(rb.Payload?.integratedTime ?? 0),
      inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp ?? '' },
      canonicalizedBody: body.toString('base64'),
    });
  }
  const rfc3161Timestamps: unknown[] = [];
  if (material.timestamp) {
    try {
      const t = JSON.parse(material.timestamp) as { SignedRFC3161Timestamp?: string };
      if (t.SignedRFC3161Timestamp) rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
    } catch {
      throw new Rejected('the dev.sigstore.cosign/rfc3161timestamp annotation is not JSON');
    }
  }
  const json = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      ...(certificates.length
        ? {
            x509CertificateChain: {
              certificates: certificates.map((c) => ({ rawBytes: c.toString('base64') })),
            },
          }
        : { publicKey: { hint: '' } }),
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps },
    },
    ...content,
  };
  try {
    return bundleFromJSON(json);
  } catch (e) {
    const what =
      'dsseEnvelope' in content
        ? "legacy attestation's envelope or annotations"
        : "legacy signature's annotations";
    throw new Rejected(`the ${what} are malformed: ${(e as Error).message}`);
  }
}

/** A refusal in one line: Rejected's own words, or sigstore-js's error codes said plainly. */
export function rejectionReason(e: unknown): string {
  if (e instanceof Rejected) return e.message;
  const err = e as Error & { code?: string };
  const text = (err.message ?? String(e)).split('\n')[0] ?? '';
  switch (err.code) {
    case 'SIGNATURE_ERROR':
      return SIGNATURE_MISMATCH;
    case 'CERTIFICATE_ERROR':
      return `the certificate is not trusted: ${text}`;
    case 'TLOG_BODY_ERROR':
      return `the transparency-log entry does not record this signature: ${text}`;
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_ERROR':
      return `the transparency-log entry is not trusted: ${text}`;
    case 'TIMESTAMP_ERROR':
      return `the timestamp is not trusted: ${text}`;
    default:
      return err.code ? `${err.code}: ${text}` : text;
  }
}
