import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Bundle, bundleToJSON } from '@sigstore/bundle';
import { OperationError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { EMPTY_JSON, MediaType } from '../oci/mediatype.js';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE, signPreEncoded } from '../sigstore/bundle.js';
import { BUNDLE_MEDIA_TYPE, bundleReferrerManifest } from '../sigstore/formats/cosign-bundle.js';
import type { Signer } from '../sigstore/signer.js';
import type { Witness } from '../sigstore/witnesses.js';

// An attestation is a DSSE envelope over an in-toto Statement, in a Sigstore
// bundle, pushed as an OCI referrer exactly as `cosign attest` (v3) does: the
// bundle is the referrer's one layer, a blob, so a tens-of-MB SBOM fits where
// an annotation never would. The bundle's base64 payload is streamed to the
// registry, never built as one string.

export interface PushedAttestation {
  subject: Digest;
  predicateType: string;
  /** The referrer manifest. */
  referrer: Descriptor;
  /** The bundle blob. */
  bundle: Descriptor;
  /** Transparency-log indexes of the entries that witness it. */
  transparencyLog: string[];
}

/**
 * A Statement laid out in one buffer behind its DSSE pre-authentication
 * header, so signing reads the bytes in place: sigstore-js would otherwise
 * build the PAE as a second copy of a tens-of-MB statement.
 */
export interface FramedStatement {
  /** `DSSEv1 <len> <type> <len> <statement>`: what is signed. */
  pae: Buffer;
  /** The statement itself (a view into `pae`). */
  statement: Buffer;
  /** Where the predicate goes (a view into `pae`), for the caller to fill. */
  predicate: Buffer;
}

export function frameStatement(
  frame: { prefix: Buffer; suffix: Buffer },
  predicateSize: number,
): FramedStatement {
  const length = frame.prefix.length + predicateSize + frame.suffix.length;
  const header = Buffer.from(
    `DSSEv1 ${Buffer.byteLength(IN_TOTO_PAYLOAD_TYPE)} ${IN_TOTO_PAYLOAD_TYPE} ${length} `,
    'utf8',
  );
  const pae = Buffer.allocUnsafe(header.length + length);
  header.copy(pae, 0);
  frame.prefix.copy(pae, header.length);
  frame.suffix.copy(pae, pae.length - frame.suffix.length);
  const statement = pae.subarray(header.length);
  return {
    pae,
    statement,
    predicate: statement.subarray(frame.prefix.length, frame.prefix.length + predicateSize),
  };
}

/** Signs a framed statement as DSSE with `signer`, witnessed by `witnesses`. The statement is not copied into the bundle. */
export function signStatement(
  framed: Pick<FramedStatement, 'pae' | 'statement'>,
  signer: Signer,
  witnesses: Witness[],
): Promise<Bundle> {
  return signPreEncoded(framed.pae, framed.statement, IN_TOTO_PAYLOAD_TYPE, {
    signer,
    witnesses,
    what: 'signing the attestation',
  });
}

/** A whole statement already in memory (small ones), framed for signing. */
export function framedCopy(statement: Buffer): FramedStatement {
  const framed = frameStatement({ prefix: Buffer.alloc(0), suffix: Buffer.alloc(0) }, statement.length);
  statement.copy(framed.predicate);
  return framed;
}

/**
 * 3 × 16 KiB: a multiple of 3, so each chunk encodes to base64 without
 * padding, and small enough that each encoded chunk is a young object the
 * next scavenge frees. Megabyte chunks lived until a full collection, which
 * V8 runs only after 64 MiB of them: more than the predicate itself.
 */
const CHUNK = 3 * 16 * 1024;

/**
 * The bundle's JSON in pieces: everything but the payload serialised once, the
 * payload encoded piece by piece where it belongs. `size` is the JSON's length;
 * `text()` yields its pieces as strings (to hash), `chunks()` as bytes (to send).
 */
export function bundleChunks(bundle: Bundle): {
  size: number;
  text: () => Generator<string>;
  chunks: () => Generator<Buffer>;
} {
  if (bundle.content.$case !== 'dsseEnvelope') throw new OperationError('not a DSSE bundle');
  const payload = bundle.content.dsseEnvelope.payload;
  // A stand-in payload marks the place (an empty one would be left out as a protobuf default).
  const standIn = Buffer.from('lading-payload-stand-in');
  const hollow = {
    ...bundle,
    content: { ...bundle.content, dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: standIn } },
  } as Bundle;
  const json = JSON.stringify(bundleToJSON(hollow));
  const marker = `"payload":"${standIn.toString('base64')}"`;
  const at = json.indexOf(marker);
  if (at < 0) throw new OperationError('cannot place the payload in the bundle JSON');
  const head = json.slice(0, at + '"payload":"'.length);
  const tail = json.slice(at + marker.length - 1);
  function* text(): Generator<string> {
    yield head;
    for (let i = 0; i < payload.length; i += CHUNK) yield payload.toString('base64', i, i + CHUNK);
    yield tail;
  }
  return {
    size: Buffer.byteLength(head) + 4 * Math.ceil(payload.length / 3) + Buffer.byteLength(tail),
    text,
    *chunks() {
      for (const piece of text()) yield Buffer.from(piece);
    },
  };
}

/**
 * Pushes a signed attestation as a referrer of `subject`: the bundle blob,
 * the empty config, then the manifest (the commit point: a failure before it
 * leaves only unreferenced blobs, never a referrer pointing at nothing).
 */
export async function pushAttestation(
  store: Store,
  subject: Descriptor,
  bundle: Bundle,
  options: { predicateType: string; created: Date },
): Promise<PushedAttestation> {
  const { size, text, chunks } = bundleChunks(bundle);
  const hash = createHash('sha256');
  for (const piece of text()) hash.update(piece);
  const layer: Descriptor = { mediaType: BUNDLE_MEDIA_TYPE, size, digest: `sha256:${hash.digest('hex')}` };
  const config: Descriptor = {
    mediaType: EMPTY_JSON.mediaType,
    size: EMPTY_JSON.size,
    digest: EMPTY_JSON.digest,
  };
  // Independent uploads, side by side; both are over before a failure is
  // reported, and the manifest still comes last.
  const uploads = await Promise.allSettled([
    store.pushBlob(config, Buffer.from('{}')),
    store.pushBlob(layer, Readable.from(chunks(), { objectMode: false })),
  ]);
  for (const u of uploads) if (u.status === 'rejected') throw u.reason;
  const manifest = bundleReferrerManifest(subject, layer, { content: 'dsse-envelope', ...options });
  const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
  return {
    subject: subject.digest,
    predicateType: options.predicateType,
    referrer,
    bundle: layer,
    transparencyLog: bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex),
  };
}
