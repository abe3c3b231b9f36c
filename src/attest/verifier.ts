import { type Bundle, bundleFromJSON } from '@sigstore/bundle';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import { ANNOTATION_PREDICATE_TYPE, BUNDLE_MEDIA_TYPE } from '../sigstore/formats/cosign-bundle.js';
import {
  checkIdentityPolicy,
  Rejected,
  rejectionReason,
  type SignerSeen,
  type VerifyOptions,
  verifyBundleSignature,
} from '../sigstore/verifier.js';
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
      // As `cosign verify-attestation`: the signature, then who made it.
      const seen: SignerSeen = {};
      await verifyBundleSignature(bundle, undefined, options, seen);
      if (seen.identity) checkIdentityPolicy(options, seen.identity);
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
        reason: rejectionReason(e),
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
