import type { SerializedBundle } from '@sigstore/bundle';
import { type Digest, digestOf, hexOf } from '../../oci/digest.js';
import { EMPTY_JSON, MediaType } from '../../oci/mediatype.js';
import type { Store } from '../../oci/store.js';
import type { Descriptor, ImageManifest } from '../../oci/types.js';
import { fetchSmallBlob } from './small-blob.js';

// cosign 3's signature format: a Sigstore bundle v0.3 stored as an OCI 1.1
// referrer of the image, with the manifest layout, artifact type and
// annotations cosign writes, so that `cosign verify` finds and accepts it.

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
export const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
export const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';

/**
 * The in-toto Statement v1 that `cosign sign` signs for an image: the digest
 * alone as subject (no name, as cosign writes it) and an empty predicate.
 */
export function cosignSignStatement(digest: Digest): Buffer {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { [algorithm]: hexOf(digest) }, annotations: {} }],
      predicateType: COSIGN_SIGN_PREDICATE,
      predicate: {},
    }),
  );
}

/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Pushes `bundle` as a referrer of `subject` and returns the referrer's
 * descriptor. The store records it through the referrers API or the
 * `sha256-<hex>` fallback index, merging with whatever is already there.
 */
export async function pushBundleReferrer(
  store: Store,
  subject: Descriptor,
  bundle: SerializedBundle,
  options: { predicateType: string; created: Date },
): Promise<Descriptor> {
  const bytes = Buffer.from(JSON.stringify(bundle));
  const layer: Descriptor = { mediaType: BUNDLE_MEDIA_TYPE, size: bytes.length, digest: digestOf(bytes) };
  const config: Descriptor = {
    mediaType: EMPTY_JSON.mediaType,
    size: EMPTY_JSON.size,
    digest: EMPTY_JSON.digest,
  };
  // Independent uploads: one round trip instead of two on a distant registry.
  await Promise.all([store.pushBlob(config, Buffer.from('{}')), store.pushBlob(layer, bytes)]);
  const manifest = bundleReferrerManifest(subject, layer, {
    content: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
    ...options,
  });
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
}

/**
 * The referrer manifest cosign 3 writes around a bundle blob `layer` (signatures
 * and attestations alike): the empty config, the bundle as its one layer, and
 * the annotations cosign and `oras discover` read.
 */
export function bundleReferrerManifest(
  subject: Descriptor,
  layer: Descriptor,
  options: { content: 'dsse-envelope' | 'message-signature'; predicateType: string; created: Date },
): ImageManifest {
  return {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: EMPTY_JSON.mediaType, size: EMPTY_JSON.size, digest: EMPTY_JSON.digest },
    layers: [layer],
    annotations: {
      [ANNOTATION_CONTENT]: options.content,
      [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
      [ANNOTATION_CREATED]: createdStamp(options.created),
    },
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    artifactType: BUNDLE_MEDIA_TYPE,
  };
}

/** A Sigstore bundle found as a referrer, not yet verified. */
export interface FoundBundle {
  /** The referrer manifest that carries it. */
  descriptor: Descriptor;
  predicateType?: string;
  /** Parsed JSON, or the reason it could not be read. */
  bundle?: unknown;
  error?: string;
}

/**
 * Bundles among the referrers of `subject` whose predicate type is
 * `predicateType` (attestations of other types are left unread: cosign reads
 * every referrer, and pays for it). A bundle without the annotation is read too.
 */
export async function findBundles(
  store: Store,
  subject: Digest,
  predicateType = COSIGN_SIGN_PREDICATE,
): Promise<FoundBundle[]> {
  const referrers = await store.referrers(subject, { artifactType: BUNDLE_MEDIA_TYPE });
  const wanted = referrers.filter((d) => {
    const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
    return p === undefined || p === predicateType;
  });
  return Promise.all(
    wanted.map(async (descriptor): Promise<FoundBundle> => {
      const where = `${store.name}@${descriptor.digest}`;
      const predicate = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
      const base = { descriptor, ...(predicate ? { predicateType: predicate } : {}) };
      try {
        const { manifest } = await store.fetchManifest(descriptor);
        const layer =
          'layers' in manifest ? manifest.layers.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE) : undefined;
        if (!layer) return { ...base, error: `${where}: no ${BUNDLE_MEDIA_TYPE} layer` };
        const bytes = await fetchSmallBlob(store, layer, where);
        return { ...base, bundle: JSON.parse(bytes.toString('utf8')) };
      } catch (e) {
        return { ...base, error: `${where}: ${(e as Error).message.split('\n')[0]}` };
      }
    }),
  );
}
