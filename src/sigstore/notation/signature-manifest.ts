import { createPrivateKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { InputError } from '../../errors.js';
import { digestOf } from '../../oci/digest.js';
import { MediaType } from '../../oci/mediatype.js';
import type { Store } from '../../oci/store.js';
import type { Descriptor, ImageManifest } from '../../oci/types.js';
import { fetchSmallBlob } from '../formats/small-blob.js';
import { certificatesFromPemText, chainThumbprints } from './certificates.js';
import { JWS_MEDIA_TYPE, type JwsEnvelope, signJws } from './jws.js';

// Notation's signature artifact: an OCI image manifest whose config type is
// the notary signature type (notation 1.3 writes no artifactType; the
// referrers API derives it from the config), one JWS layer, the image as
// subject and the chain thumbprints as an annotation.

export const NOTARY_SIGNATURE_TYPE = 'application/vnd.cncf.notary.signature';
export const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';

/** A Notation signing identity: a private key and its certificate chain, leaf first. */
export interface NotationIdentity {
  key: KeyObject;
  chain: X509Certificate[];
}

/** Reads the PEM key and certificate (chain) files; the key must belong to the first certificate. */
export function notationIdentity(
  keyPem: string,
  certPem: string,
  where: { key: string; cert: string },
): NotationIdentity {
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    // The parser's message can quote the key's text; say only what was wrong.
    throw new InputError(`${where.key}: not a PEM private key (PKCS#1, PKCS#8 or SEC1, unencrypted)`);
  }
  const chain = certificatesFromPemText(certPem, where.cert);
  if (!(chain[0] as X509Certificate).checkPrivateKey(key)) {
    throw new InputError(`${where.key}: does not belong to the first certificate of ${where.cert}`);
  }
  return { key, chain };
}

/** Signs `subject` and pushes the signature as its referrer; returns the signature manifest's descriptor. */
export async function pushNotationSignature(
  store: Store,
  subject: Descriptor,
  identity: NotationIdentity,
  options: { signingTime: Date; agent: string },
): Promise<Descriptor> {
  const envelope = signJws(subject, identity.key, identity.chain, options);
  const bytes = Buffer.from(JSON.stringify(envelope));
  const layer: Descriptor = { mediaType: JWS_MEDIA_TYPE, size: bytes.length, digest: digestOf(bytes) };
  const configBytes = Buffer.from('{}');
  const config: Descriptor = {
    mediaType: NOTARY_SIGNATURE_TYPE,
    size: configBytes.length,
    digest: digestOf(configBytes),
  };
  await store.pushBlob(config, configBytes);
  await store.pushBlob(layer, bytes);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config,
    layers: [layer],
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    annotations: {
      [THUMBPRINT_ANNOTATION]: chainThumbprints(identity.chain),
      'org.opencontainers.image.created': options.signingTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  };
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
}

/** A Notation signature found as a referrer, not yet verified. */
export interface FoundNotationSignature {
  descriptor: Descriptor;
  envelope?: JwsEnvelope;
  /** The envelope's media type when it is not JWS (COSE is not read). */
  error?: string;
}

export async function findNotationSignatures(
  store: Store,
  subject: Descriptor,
): Promise<FoundNotationSignature[]> {
  const referrers = await store.referrers(subject.digest, { artifactType: NOTARY_SIGNATURE_TYPE });
  return Promise.all(
    referrers.map(async (descriptor): Promise<FoundNotationSignature> => {
      const where = `${store.name}@${descriptor.digest}`;
      try {
        const { manifest } = await store.fetchManifest(descriptor);
        const layers = 'layers' in manifest ? manifest.layers : [];
        const layer = layers.find((l) => l.mediaType === JWS_MEDIA_TYPE);
        if (!layer) {
          return {
            descriptor,
            error: `envelope ${layers[0]?.mediaType ?? '(none)'} is not read; lading verifies ${JWS_MEDIA_TYPE} only`,
          };
        }
        const envelope = JSON.parse(
          (await fetchSmallBlob(store, layer, where)).toString('utf8'),
        ) as JwsEnvelope;
        return { descriptor, envelope };
      } catch (e) {
        return { descriptor, error: `unreadable: ${(e as Error).message.split('\n')[0]}` };
      }
    }),
  );
}
