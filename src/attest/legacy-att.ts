import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Bundle } from '@sigstore/bundle';
import { IntegrityError, OperationError } from '../errors.js';
import { type Digest, hexOf } from '../oci/digest.js';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import {
  ANNOTATION_SIGNATURE,
  appendLegacyLayer,
  type LegacyMaterial,
  legacyManifest,
  legacyMaterialFromBundle,
  materialAnnotations,
  materialOfAnnotations,
} from '../sigstore/formats/cosign-legacy.js';
import { PREDICATE_SIZE_LIMIT } from './predicates.js';

// The attestation format cosign wrote before bundles (and still writes with
// --new-bundle-format=false): the tag `sha256-<hex>.att` holds an image
// manifest whose layers are DSSE envelopes, one per attestation, with the
// verification material in cosign's annotations. cosign 3's
// verify-attestation still reads it, and older verifiers read nothing else.

export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** cosign names the predicate type in a bare `predicateType` annotation. */
export const ANNOTATION_LEGACY_PREDICATE_TYPE = 'predicateType';

/** `sha256:abc…` → `sha256-abc….att`. */
export function legacyAttestationTag(digest: Digest): string {
  return `${digest.slice(0, digest.indexOf(':'))}-${hexOf(digest)}.att`;
}

/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const CHUNK = 3 * 256 * 1024;

/**
 * The DSSE envelope as cosign serialises it (Go's field order, the empty keyid
 * left out), its base64 payload encoded chunk by chunk so a tens-of-MB
 * statement is never held as one string.
 */
export function envelopeChunks(bundle: Bundle): { size: number; chunks: () => Generator<Buffer> } {
  if (bundle.content.$case !== 'dsseEnvelope') throw new OperationError('not a DSSE bundle');
  const { payload, signatures } = bundle.content.dsseEnvelope;
  const head = Buffer.from('{"payload":"');
  const tail = Buffer.from(
    `","payloadType":${JSON.stringify(IN_TOTO_PAYLOAD_TYPE)},"signatures":${JSON.stringify(
      signatures.map((s) =>
        s.keyid ? { keyid: s.keyid, sig: s.sig.toString('base64') } : { sig: s.sig.toString('base64') },
      ),
    )}}`,
  );
  return {
    size: head.length + 4 * Math.ceil(payload.length / 3) + tail.length,
    *chunks() {
      yield head;
      for (let i = 0; i < payload.length; i += CHUNK) {
        yield Buffer.from(payload.subarray(i, i + CHUNK).toString('base64'));
      }
      yield tail;
    },
  };
}

/**
 * The layer annotations: the signature itself lives in the envelope, so its
 * annotation is empty, as cosign leaves it; the certificate, Rekor entry and
 * timestamp are carried in the same encodings as for a legacy signature.
 */
export function legacyAttestationAnnotations(bundle: Bundle, predicateType: string): Record<string, string> {
  if (bundle.content.$case !== 'dsseEnvelope') throw new OperationError('not a DSSE bundle');
  return {
    [ANNOTATION_SIGNATURE]: '',
    ...materialAnnotations(legacyMaterialFromBundle(bundle)),
    [ANNOTATION_LEGACY_PREDICATE_TYPE]: predicateType,
  };
}

/**
 * Appends the attestation to the `.att` manifest of `subject`, keeping every
 * attestation already there (cosign's, another run's). The same envelope
 * twice changes nothing. The manifest, pushed last, is the commit point.
 */
export async function pushLegacyAttestation(
  store: Store,
  subject: Digest,
  bundle: Bundle,
  predicateType: string,
): Promise<Descriptor> {
  const { size, chunks } = envelopeChunks(bundle);
  const hash = createHash('sha256');
  for (const c of chunks()) hash.update(c);
  const layer: Descriptor = {
    mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
    size,
    digest: `sha256:${hash.digest('hex')}`,
    annotations: legacyAttestationAnnotations(bundle, predicateType),
  };
  return appendLegacyLayer(store, legacyAttestationTag(subject), layer, () =>
    Readable.from(chunks(), { objectMode: false }),
  );
}

/** An envelope over the largest predicate: base64 adds a third, the envelope (or bundle) a little more. */
export const ENVELOPE_LIMIT = Math.ceil((PREDICATE_SIZE_LIMIT * 4) / 3) + 1024 * 1024;

/** One attestation in a `.att` manifest as found, not yet verified, or why it could not be read. */
export interface FoundLegacyAttestation {
  /** `sha256-<hex>.att`. */
  tag: string;
  /** The `.att` manifest and the layer within it. */
  manifest: Descriptor;
  layer: Descriptor;
  /** The layer's `predicateType` annotation. */
  predicateType: string;
  /** The DSSE envelope, parsed JSON, as yet unchecked. */
  envelope?: unknown;
  /** The certificate, chain, Rekor entry and timestamp from the layer's annotations. */
  material: LegacyMaterial;
  error?: string;
}

/**
 * The attestations in the `.att` manifest of `subject` whose predicateType
 * annotation is one of `predicateTypes`, each envelope read; none when the tag
 * does not exist. Other layers are not read at all: an SBOM of tens of MB is
 * not fetched to look for a VEX document.
 */
export async function findLegacyAttestations(
  store: Store,
  subject: Digest,
  predicateTypes: readonly string[],
): Promise<FoundLegacyAttestation[]> {
  const tag = legacyAttestationTag(subject);
  const found = await legacyManifest(store, tag);
  if (!found) return [];
  const out: FoundLegacyAttestation[] = [];
  for (const layer of found.manifest.layers) {
    const predicateType = layer.annotations?.[ANNOTATION_LEGACY_PREDICATE_TYPE];
    if (
      layer.mediaType !== DSSE_ENVELOPE_MEDIA_TYPE ||
      predicateType === undefined ||
      !predicateTypes.includes(predicateType)
    )
      continue;
    const base = {
      tag,
      manifest: found.descriptor,
      layer,
      predicateType,
      material: materialOfAnnotations(layer.annotations),
    };
    try {
      out.push({ ...base, envelope: JSON.parse((await readEnvelope(store, layer)).toString('utf8')) });
    } catch (e) {
      const why = e instanceof SyntaxError ? 'the DSSE envelope is not JSON' : (e as Error).message;
      out.push({ ...base, error: `${store.name}:${tag} layer ${layer.digest}: ${why.split('\n')[0]}` });
    }
  }
  return out;
}

async function readEnvelope(store: Store, layer: Descriptor): Promise<Buffer> {
  if (layer.size > ENVELOPE_LIMIT)
    throw new IntegrityError(`the envelope is ${layer.size} bytes, over the ${ENVELOPE_LIMIT}-byte limit`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of await store.fetchBlob(layer)) {
    total += (c as Buffer).length;
    if (total > ENVELOPE_LIMIT) throw new IntegrityError('the envelope is over the size limit');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
