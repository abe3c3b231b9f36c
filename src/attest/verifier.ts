import type { KeyObject } from 'node:crypto';
import { type Bundle, bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { type SignedEntity, toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import { ANNOTATION_PREDICATE_TYPE, BUNDLE_MEDIA_TYPE } from '../sigstore/formats/cosign-bundle.js';
import { certificateIdentity, identityMismatch } from '../sigstore/identity-policy.js';
import type { VerifyOptions } from '../sigstore/verifier.js';
import { type AttestationRequirement, predicateMismatch } from './checks.js';
import { PREDICATE_SIZE_LIMIT, predicateTypesOf } from './predicates.js';
import { namesDigest, parseStatement, subjectDigests } from './statement.js';

// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.

/** A bundle over the largest predicate: base64 adds a third, the envelope a little more. */
const BUNDLE_LIMIT = Math.ceil((PREDICATE_SIZE_LIMIT * 4) / 3) + 1024 * 1024;

export interface AttestationVerdict {
  /** The referrer manifest. */
  location: string;
  predicateType: string;
  ok: boolean;
  reason: string;
  /** in-toto Statement version the attestation used (cosign attest writes v0.1). */
  statement?: string;
}

export interface AttestationResult {
  requirement: AttestationRequirement;
  satisfied: boolean;
  attestations: AttestationVerdict[];
}

class Rejected extends Error {}

const EMPTY_ROOT = TrustedRoot.fromJSON({
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
});

export async function verifyAttestations(
  store: Store,
  subject: Descriptor,
  requirement: AttestationRequirement,
  options: VerifyOptions,
): Promise<AttestationResult> {
  const types = predicateTypesOf(requirement.kind);
  const referrers = (await store.referrers(subject.digest, { artifactType: BUNDLE_MEDIA_TYPE })).filter(
    (d) => {
      const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
      return p === undefined || types.includes(p);
    },
  );
  const attestations: AttestationVerdict[] = [];
  for (const descriptor of referrers) {
    const location = `${store.name}@${descriptor.digest}`;
    const annotated = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
    try {
      const bundle = await readBundle(store, descriptor, location);
      verifySignature(bundle, options);
      const statement = statementOf(bundle);
      // An unannotated referrer may be any attestation, or a signature: skip other types quietly.
      if (!types.includes(statement.predicateType)) {
        if (annotated === undefined) continue;
        throw new Rejected(
          `the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`,
        );
      }
      if (!namesDigest(statement.subjects, subject.digest)) {
        throw new Rejected(
          `the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject.digest}`,
        );
      }
      const mismatch = predicateMismatch(statement.predicate, requirement, options.now ?? new Date());
      if (mismatch) throw new Rejected(mismatch);
      attestations.push({
        location,
        predicateType: statement.predicateType,
        ok: true,
        reason: 'signature verified; the statement names this digest; the predicate meets every check',
        statement: statement.type,
      });
    } catch (e) {
      attestations.push({
        location,
        predicateType: annotated ?? '(unannotated)',
        ok: false,
        reason: reasonOf(e),
      });
    }
  }
  return { requirement, satisfied: attestations.some((a) => a.ok), attestations };
}

async function readBundle(store: Store, descriptor: Descriptor, where: string): Promise<Bundle> {
  const { manifest } = await store.fetchManifest(descriptor);
  const layer =
    'layers' in manifest ? manifest.layers.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE) : undefined;
  if (!layer) throw new Rejected(`no ${BUNDLE_MEDIA_TYPE} layer`);
  if (layer.size > BUNDLE_LIMIT) {
    throw new Rejected(
      `the bundle ${layer.digest} is ${layer.size} bytes, over the ${BUNDLE_LIMIT}-byte limit`,
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of await store.fetchBlob(layer)) {
    total += (c as Buffer).length;
    if (total > BUNDLE_LIMIT) throw new Rejected(`the bundle ${layer.digest} is over the size limit`);
    chunks.push(c as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Rejected(`${where}: the bundle is not JSON`);
  }
  try {
    return bundleFromJSON(json);
  } catch (e) {
    throw new Rejected(`not a valid Sigstore bundle: ${(e as Error).message}`);
  }
}

function statementOf(bundle: Bundle) {
  if (bundle.content.$case !== 'dsseEnvelope')
    throw new Rejected('not a DSSE attestation (a message signature)');
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new Rejected(`payloadType is ${envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`);
  }
  try {
    return parseStatement(envelope.payload);
  } catch (e) {
    throw new Rejected((e as Error).message);
  }
}

/** As `cosign verify-attestation`: a key checks the signature alone; a trusted root also the certificate, its time and identity. */
function verifySignature(bundle: Bundle, options: VerifyOptions): void {
  const entity = toSignedEntity(bundle);
  if ('publicKey' in options.trust) {
    verifyWithKey(entity, options.trust.publicKey);
    return;
  }
  if (entity.key.$case !== 'certificate')
    throw new Rejected('signed with a key, not a certificate: verify it with --key');
  const content = bundle.verificationMaterial.content;
  const der =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!der) throw new Rejected('the bundle has no certificate');
  const timed = entity.timestamps.some(
    (t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0,
  );
  if (!timed)
    throw new Rejected(
      'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed',
    );
  const requireTlog = options.requireTransparencyLog ?? true;
  new Verifier(toTrustMaterial(options.trust.trustedRoot), {
    tlogThreshold: requireTlog ? 1 : 0,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  }).verify(entity);
  const mismatch = options.policy ? identityMismatch(options.policy, certificateIdentity(der)) : undefined;
  if (mismatch) throw new Rejected(`identity policy: ${mismatch}`);
}

function verifyWithKey(entity: SignedEntity, publicKey: KeyObject): void {
  const material = toTrustMaterial(EMPTY_ROOT, () => ({ publicKey, validFor: () => true }));
  const keyed: SignedEntity = {
    ...entity,
    key: { $case: 'public-key', hint: '' },
    tlogEntries: [],
    timestamps: [],
  };
  new Verifier(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(keyed);
}

function reasonOf(e: unknown): string {
  if (e instanceof Rejected) return e.message;
  const err = e as Error & { code?: string };
  const text = (err.message ?? String(e)).split('\n')[0] ?? '';
  if (err.code === 'SIGNATURE_ERROR') {
    return 'the signature does not match the signed content (tampered payload, or another key or certificate)';
  }
  return err.code ? `${err.code}: ${text}` : text;
}
