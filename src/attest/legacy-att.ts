import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Bundle } from '@sigstore/bundle';
import { NotFoundError, OperationError } from '../errors.js';
import { type Digest, digestOf, hexOf } from '../oci/digest.js';
import { MediaType } from '../oci/mediatype.js';
import type { Store } from '../oci/store.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import {
  ANNOTATION_BUNDLE,
  ANNOTATION_CERTIFICATE,
  ANNOTATION_CHAIN,
  ANNOTATION_SIGNATURE,
  ANNOTATION_TIMESTAMP,
  legacySignatureFromBundle,
} from '../sigstore/formats/cosign-legacy.js';

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
  const sig = bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0);
  // The verification material is read the same way whatever the content; a
  // message-signature view of the bundle lets the signature format's encoder do it.
  const material = legacySignatureFromBundle(Buffer.alloc(0), {
    ...bundle,
    content: {
      $case: 'messageSignature',
      messageSignature: { signature: sig, messageDigest: undefined },
    },
  } as unknown as Bundle);
  return {
    [ANNOTATION_SIGNATURE]: '',
    ...(material.certificate ? { [ANNOTATION_CERTIFICATE]: material.certificate } : {}),
    ...(material.chain ? { [ANNOTATION_CHAIN]: material.chain } : {}),
    ...(material.rekorBundle ? { [ANNOTATION_BUNDLE]: material.rekorBundle } : {}),
    ...(material.timestamp ? { [ANNOTATION_TIMESTAMP]: material.timestamp } : {}),
    [ANNOTATION_LEGACY_PREDICATE_TYPE]: predicateType,
  };
}

async function existingAttestations(store: Store, tag: string): Promise<ImageManifest | undefined> {
  try {
    const descriptor = await store.resolve(tag);
    const { manifest } = await store.fetchManifest(descriptor);
    return 'layers' in manifest ? manifest : undefined;
  } catch (e) {
    if (e instanceof NotFoundError) return undefined;
    throw e;
  }
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
  const tag = legacyAttestationTag(subject);
  const { size, chunks } = envelopeChunks(bundle);
  const hash = createHash('sha256');
  for (const c of chunks()) hash.update(c);
  const layer: Descriptor = {
    mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
    size,
    digest: `sha256:${hash.digest('hex')}`,
    annotations: legacyAttestationAnnotations(bundle, predicateType),
  };
  const previous = await existingAttestations(store, tag);
  const layers = previous?.layers ?? [];
  if (layers.some((l) => l.digest === layer.digest)) return store.resolve(tag);
  await store.pushBlob(layer, Readable.from(chunks(), { objectMode: false }));
  const all = [...layers, layer];
  // An image config like the one go-containerregistry's mutate.Append gives an empty base.
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: all.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: all.map((l) => l.digest) },
      config: {},
    }),
  );
  const configDescriptor: Descriptor = {
    mediaType: MediaType.ociConfig,
    size: config.length,
    digest: digestOf(config),
  };
  await store.pushBlob(configDescriptor, config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: all,
  };
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest, tag);
}
