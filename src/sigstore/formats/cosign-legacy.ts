import type { Readable } from 'node:stream';
import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { NotFoundError } from '../../errors.js';
import { type Digest, digestOf, hexOf } from '../../oci/digest.js';
import { MediaType } from '../../oci/mediatype.js';
import type { Store } from '../../oci/store.js';
import type { Descriptor, ImageManifest } from '../../oci/types.js';
import { fetchSmallBlob } from './small-blob.js';

// cosign's original signature format, the one Harbor before 2.15 recognises:
// the tag `sha256-<hex>.sig` holds an image manifest whose layers are
// simple-signing payloads, one per signature, each signed in an annotation.

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
export const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle';
export const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** `sha256:abc…` → `sha256-abc….sig`. */
export function legacySignatureTag(digest: Digest): string {
  return `${digest.slice(0, digest.indexOf(':'))}-${hexOf(digest)}.sig`;
}

/** The payload cosign signs: byte for byte what `cosign sign --new-bundle-format=false` writes. */
export function simpleSigningPayload(repository: string, digest: Digest): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': repository },
        image: { 'docker-manifest-digest': digest },
        type: SIMPLE_SIGNING_TYPE,
      },
      optional: null,
    }),
  );
}

/** The verification material cosign's annotations carry beside a signature or attestation. */
export interface LegacyMaterial {
  /** PEM of the Fulcio leaf certificate (keyless). */
  certificate?: string;
  /** PEM of the rest of the chain (keyless). */
  chain?: string;
  /** cosign's Rekor bundle JSON (`{SignedEntryTimestamp, Payload:{body,integratedTime,logIndex,logID}}`). */
  rekorBundle?: string;
  /** cosign's timestamp JSON (`{SignedRFC3161Timestamp}`). */
  timestamp?: string;
}

/** One legacy signature: the payload layer and what its annotations carry. */
export interface LegacySignature extends LegacyMaterial {
  payload: Buffer;
  /** Base64, as in the annotation. */
  signature: string;
}

/**
 * The annotations of a legacy signature made from a message-signature bundle:
 * the Rekor entry and the RFC 3161 timestamp are carried over in cosign's
 * own encodings.
 */
export function legacySignatureFromBundle(payload: Buffer, bundle: Bundle): LegacySignature {
  if (bundle.content.$case !== 'messageSignature')
    throw new Error('a legacy signature needs a message signature');
  return {
    payload,
    signature: bundle.content.messageSignature.signature.toString('base64'),
    ...legacyMaterialFromBundle(bundle),
  };
}

/** A bundle's certificate, chain, first Rekor entry and first timestamp, as cosign's annotations carry them. */
export function legacyMaterialFromBundle(bundle: Bundle): LegacyMaterial {
  const material = bundle.verificationMaterial;
  const out: LegacyMaterial = {};
  const content = material.content;
  if (content.$case === 'certificate') out.certificate = toPem(content.certificate.rawBytes);
  if (content.$case === 'x509CertificateChain') {
    const [leaf, ...rest] = content.x509CertificateChain.certificates;
    if (leaf) out.certificate = toPem(leaf.rawBytes);
    if (rest.length) out.chain = rest.map((c) => toPem(c.rawBytes)).join('');
  }
  const entry = material.tlogEntries[0];
  if (entry?.inclusionPromise) {
    out.rekorBundle = JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
      Payload: {
        body: entry.canonicalizedBody.toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: entry.logId.keyId.toString('hex'),
      },
    });
  }
  const ts = material.timestampVerificationData?.rfc3161Timestamps[0];
  if (ts) out.timestamp = JSON.stringify({ SignedRFC3161Timestamp: ts.signedTimestamp.toString('base64') });
  return out;
}

function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function annotationsOf(sig: LegacySignature): Record<string, string> {
  return { [ANNOTATION_SIGNATURE]: sig.signature, ...materialAnnotations(sig) };
}

/** The certificate, chain, Rekor entry and timestamp annotations, in cosign's encodings. */
export function materialAnnotations(material: LegacyMaterial): Record<string, string> {
  return {
    ...(material.certificate ? { [ANNOTATION_CERTIFICATE]: material.certificate } : {}),
    ...(material.chain ? { [ANNOTATION_CHAIN]: material.chain } : {}),
    ...(material.rekorBundle ? { [ANNOTATION_BUNDLE]: material.rekorBundle } : {}),
    ...(material.timestamp ? { [ANNOTATION_TIMESTAMP]: material.timestamp } : {}),
  };
}

/** What a layer's annotations carry besides the signature; the inverse of materialAnnotations. */
export function materialOfAnnotations(a: Record<string, string> | undefined): LegacyMaterial {
  const m = a ?? {};
  return {
    ...(m[ANNOTATION_CERTIFICATE] ? { certificate: m[ANNOTATION_CERTIFICATE] } : {}),
    ...(m[ANNOTATION_CHAIN] ? { chain: m[ANNOTATION_CHAIN] } : {}),
    ...(m[ANNOTATION_BUNDLE] ? { rekorBundle: m[ANNOTATION_BUNDLE] } : {}),
    ...(m[ANNOTATION_TIMESTAMP] ? { timestamp: m[ANNOTATION_TIMESTAMP] } : {}),
  };
}

/** The image manifest at `tag` and its descriptor; undefined when the tag does not exist. */
export async function legacyManifest(
  store: Store,
  tag: string,
): Promise<{ descriptor: Descriptor; manifest: ImageManifest } | undefined> {
  let descriptor: Descriptor;
  try {
    descriptor = await store.resolve(tag);
  } catch (e) {
    if (e instanceof NotFoundError) return undefined;
    throw e;
  }
  const { manifest } = await store.fetchManifest(descriptor);
  return 'layers' in manifest ? { descriptor, manifest } : undefined;
}

/**
 * Adds `layer` to the image manifest at `tag` (cosign's `.sig` and `.att`
 * tags alike), keeping every layer already there: another signer's, cosign's,
 * an earlier run's. When a layer already there is `same` as this one nothing
 * is written. The blob goes first and the manifest, pushed last, is the commit
 * point; `content` is called only when the blob is pushed, so a large layer
 * can be streamed.
 */
export async function appendLegacyLayer(
  store: Store,
  tag: string,
  layer: Descriptor,
  content: () => Buffer | Readable,
  same: (existing: Descriptor) => boolean = (l) => l.digest === layer.digest,
): Promise<Descriptor> {
  const previous = await legacyManifest(store, tag);
  const layers = previous?.manifest.layers ?? [];
  if (previous && layers.some(same)) return previous.descriptor;
  await store.pushBlob(layer, content());
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

/**
 * Adds `signature` to the `.sig` manifest of `subject`, keeping every
 * signature already there (another signer's, or an earlier run's). Signing the
 * same payload with the same signature twice changes nothing.
 */
export async function pushLegacySignature(
  store: Store,
  subject: Digest,
  signature: LegacySignature,
): Promise<Descriptor> {
  const layer: Descriptor = {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    size: signature.payload.length,
    digest: digestOf(signature.payload),
    annotations: annotationsOf(signature),
  };
  return appendLegacyLayer(
    store,
    legacySignatureTag(subject),
    layer,
    () => signature.payload,
    (l) => l.digest === layer.digest && l.annotations?.[ANNOTATION_SIGNATURE] === signature.signature,
  );
}

/** A legacy signature as found, not yet verified, or why it could not be read. */
export interface FoundLegacySignature {
  /** The `.sig` manifest and the layer within it. */
  manifest: Descriptor;
  layer: Descriptor;
  signature?: LegacySignature;
  error?: string;
}

/** Every signature in the `.sig` manifest of `subject`; none when the tag does not exist. */
export async function findLegacySignatures(store: Store, subject: Digest): Promise<FoundLegacySignature[]> {
  const tag = legacySignatureTag(subject);
  const found = await legacyManifest(store, tag);
  if (!found) return [];
  const { descriptor } = found;
  return Promise.all(
    found.manifest.layers
      .filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
      .map(async (layer): Promise<FoundLegacySignature> => {
        const where = `${store.name}:${tag} layer ${layer.digest}`;
        const sig = layer.annotations?.[ANNOTATION_SIGNATURE];
        if (!sig)
          return { manifest: descriptor, layer, error: `${where}: no ${ANNOTATION_SIGNATURE} annotation` };
        try {
          const payload = await fetchSmallBlob(store, layer, where);
          return {
            manifest: descriptor,
            layer,
            signature: { payload, signature: sig, ...materialOfAnnotations(layer.annotations) },
          };
        } catch (e) {
          return { manifest: descriptor, layer, error: `${where}: ${(e as Error).message.split('\n')[0]}` };
        }
      }),
  );
}

/** Parses a PEM certificate (or chain) into DER blobs; throws on anything else. */
export function certificatesFromPem(pem: string): Buffer[] {
  const out: Buffer[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
    X509Certificate.parse(der);
    out.push(der);
  }
  return out;
}
