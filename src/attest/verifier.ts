import { createHash } from 'node:crypto';
import { type Bundle, bundleFromJSON } from '@sigstore/bundle';
import type { Digest } from '../oci/digest.js';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import { ANNOTATION_PREDICATE_TYPE, BUNDLE_MEDIA_TYPE } from '../sigstore/formats/cosign-bundle.js';
import {
  checkIdentityPolicy,
  legacyAttestationBundle,
  Rejected,
  rejectionReason,
  type SignerSeen,
  type VerifyOptions,
  verifyBundleSignature,
} from '../sigstore/verifier.js';
import { type AttestationRequirement, predicateMismatch } from './checks.js';
import { ENVELOPE_LIMIT, type FoundLegacyAttestation, findLegacyAttestations } from './legacy-att.js';
import { predicateTypesOf } from './predicates.js';
import { namesDigest, type ParsedStatement, parseStatement, subjectDigests } from './statement.js';

// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.

/** A bundle is the envelope plus a little verification material: the envelope's limit has room for it. */
const BUNDLE_LIMIT = ENVELOPE_LIMIT;

export interface AttestationVerdict {
  /** The referrer manifest, or the `.att` tag and layer. */
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

export interface AttestationSources {
  /**
   * When no referrer meets the requirement, also judge the legacy `.att` tag,
   * as `cosign verify-attestation` does: cosign 2 and `cosign attest
   * --new-bundle-format=false` write nothing else.
   */
  legacyAtt?: boolean;
}

export async function verifyAttestations(
  store: Store,
  subject: Descriptor,
  requirement: AttestationRequirement,
  options: VerifyOptions,
  sources: AttestationSources = {},
): Promise<AttestationResult> {
  const types = predicateTypesOf(requirement.kind);
  const referrers = (await store.referrers(subject.digest, { artifactType: BUNDLE_MEDIA_TYPE })).filter(
    (d) => {
      const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
      return p === undefined || types.includes(p);
    },
  );
  const attestations: AttestationVerdict[] = [];
  // Envelopes judged: `lading attest --legacy-att` writes each one as a referrer and into the `.att`.
  const judged = new Set<string>();
  for (const descriptor of referrers) {
    const location = `${store.name}@${descriptor.digest}`;
    const annotated = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
    try {
      const bundle = await readBundle(store, descriptor, location);
      if (bundle.content.$case === 'dsseEnvelope') {
        const { payload, signatures } = bundle.content.dsseEnvelope;
        judged.add(
          envelopeKey(
            payload,
            signatures.map((s) => s.sig),
          ),
        );
      }
      const statement = await checkAttestation(bundle, subject.digest, requirement, options, annotated);
      // An unannotated referrer may be any attestation, or a signature: skip other types quietly.
      if (statement === undefined) continue;
      attestations.push(passed(location, statement));
    } catch (e) {
      attestations.push({
        location,
        predicateType: annotated ?? '(unannotated)',
        ok: false,
        reason: rejectionReason(e),
      });
    }
  }
  if (sources.legacyAtt && !attestations.some((a) => a.ok)) {
    const found = (await findLegacyAttestations(store, subject.digest, types)).filter((f) => {
      const key = legacyEnvelopeKey(f.envelope);
      if (key === undefined) return true;
      if (judged.has(key)) return false;
      judged.add(key);
      return true;
    });
    for (const f of found) {
      attestations.push(await verifyLegacyAttestation(store, f, subject.digest, requirement, options));
    }
  }
  return { requirement, satisfied: attestations.some((a) => a.ok), attestations };
}

/** The same statement under the same signatures, wherever and however it is stored. */
function envelopeKey(payload: Buffer, signatures: Buffer[]): string {
  const hash = createHash('sha256').update(payload);
  for (const sig of signatures) hash.update('\0').update(sig.toString('base64'));
  return hash.digest('hex');
}

/** The key of a `.att` layer's envelope (base64 fields, unchecked JSON); undefined when it has none. */
function legacyEnvelopeKey(envelope: unknown): string | undefined {
  const e = envelope as { payload?: unknown; signatures?: unknown } | undefined;
  if (typeof e?.payload !== 'string' || !Array.isArray(e.signatures)) return undefined;
  const sigs = e.signatures.map((s) => (s as { sig?: unknown })?.sig);
  if (!sigs.every((s): s is string => typeof s === 'string')) return undefined;
  return envelopeKey(
    Buffer.from(e.payload, 'base64'),
    sigs.map((s) => Buffer.from(s, 'base64')),
  );
}

/**
 * Judges the attestations of one kind in the legacy `.att` tag of `subject`
 * (`cosign attest --new-bundle-format=false`, `lading attest --legacy-att`) by
 * the same checks as a bundle referrer: the envelope's signature with the key,
 * or the certificate, trusted time and Rekor entry cosign put in the layer's
 * annotations, then the identity policy, the subject and the predicate.
 */
export async function verifyLegacyAttestations(
  store: Store,
  subject: Descriptor,
  requirement: AttestationRequirement,
  options: VerifyOptions,
): Promise<AttestationVerdict[]> {
  const found = await findLegacyAttestations(store, subject.digest, predicateTypesOf(requirement.kind));
  return Promise.all(
    found.map((f) => verifyLegacyAttestation(store, f, subject.digest, requirement, options)),
  );
}

/** The verdict on one attestation found in a `.att` tag; its location is `STORE:TAG layer DIGEST`. */
export async function verifyLegacyAttestation(
  store: Store,
  found: FoundLegacyAttestation,
  subject: Digest,
  requirement: AttestationRequirement,
  options: VerifyOptions,
): Promise<AttestationVerdict> {
  const location = `${store.name}:${found.tag} layer ${found.layer.digest}`;
  try {
    if (found.error !== undefined || found.envelope === undefined)
      throw new Rejected(found.error ?? 'unreadable envelope');
    const bundle = legacyAttestationBundle(found.envelope, found.material);
    const statement = await checkAttestation(bundle, subject, requirement, options, found.predicateType);
    if (statement === undefined) throw new Rejected('not an attestation of this kind');
    return passed(location, statement);
  } catch (e) {
    return { location, predicateType: found.predicateType, ok: false, reason: rejectionReason(e) };
  }
}

/**
 * As `cosign verify-attestation`: the signature, then who made it, then what
 * it says. Undefined for a statement of another kind whose holder did not
 * claim this kind (`annotated`); throws Rejected on every refusal.
 */
async function checkAttestation(
  bundle: Bundle,
  subject: Digest,
  requirement: AttestationRequirement,
  options: VerifyOptions,
  annotated: string | undefined,
): Promise<ParsedStatement | undefined> {
  const types = predicateTypesOf(requirement.kind);
  const seen: SignerSeen = {};
  await verifyBundleSignature(bundle, undefined, options, seen);
  if (seen.identity) checkIdentityPolicy(options, seen.identity);
  const statement = statementOf(bundle);
  if (!types.includes(statement.predicateType)) {
    if (annotated === undefined) return undefined;
    throw new Rejected(
      `the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`,
    );
  }
  if (!namesDigest(statement.subjects, subject)) {
    throw new Rejected(
      `the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject}`,
    );
  }
  const mismatch = predicateMismatch(statement.predicate, requirement, options.now ?? new Date());
  if (mismatch) throw new Rejected(mismatch);
  return statement;
}

function passed(location: string, statement: ParsedStatement): AttestationVerdict {
  return {
    location,
    predicateType: statement.predicateType,
    ok: true,
    reason: 'signature verified; the statement names this digest; the predicate meets every check',
    statement: statement.type,
  };
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
