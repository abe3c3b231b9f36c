import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Bundle, bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { OperationError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { EMPTY_JSON, MediaType } from '../oci/mediatype.js';
import type { Store } from '../oci/store.js';
import type { Descriptor, ImageManifest } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import {
  ANNOTATION_CONTENT,
  ANNOTATION_CREATED,
  ANNOTATION_PREDICATE_TYPE,
  BUNDLE_MEDIA_TYPE,
} from '../sigstore/formats/cosign-bundle.js';
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

/** sigstore-js's DSSE builder, handed the PAE already laid out. */
class FramedDsseBuilder extends DSSEBundleBuilder {
  constructor(
    options: ConstructorParameters<typeof DSSEBundleBuilder>[0],
    private readonly pae: Buffer,
  ) {
    super(options);
  }
  protected override async prepare(): Promise<Buffer> {
    return this.pae;
  }
}

/** Signs a framed statement as DSSE with `signer`, witnessed by `witnesses`. The statement is not copied into the bundle. */
export async function signStatement(
  framed: Pick<FramedStatement, 'pae' | 'statement'>,
  signer: Signer,
  witnesses: Witness[],
): Promise<Bundle> {
  const builder = new FramedDsseBuilder({ signer, witnesses }, framed.pae);
  let bundle: Bundle;
  try {
    bundle = await builder.create({ data: framed.statement, type: IN_TOTO_PAYLOAD_TYPE });
  } catch (e) {
    if (e instanceof OperationError) throw e;
    const err = e as Error & { code?: string; cause?: unknown };
    const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
    throw new OperationError(
      `signing the attestation failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`,
      { cause: e },
    );
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw new OperationError('the signer made no DSSE envelope');
  // As for signatures (see sigstore/bundle.ts): sigstore-go skips a signature
  // whose keyid names a key its verifier was not given, so cosign would too.
  for (const s of bundle.content.dsseEnvelope.signatures) s.keyid = '';
  return bundle;
}

/** A whole statement already in memory (small ones), framed for signing. */
export function framedCopy(statement: Buffer): FramedStatement {
  const framed = frameStatement({ prefix: Buffer.alloc(0), suffix: Buffer.alloc(0) }, statement.length);
  statement.copy(framed.predicate);
  return framed;
}

/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const CHUNK = 3 * 256 * 1024;

/**
 * The bundle's JSON as chunks: everything but the payload serialised once, the
 * payload encoded chunk by chunk where it belongs.
 */
export function bundleChunks(bundle: Bundle): { size: number; chunks: () => Generator<Buffer> } {
  if (bundle.content.$case !== 'dsseEnvelope') throw new OperationError('not a DSSE bundle');
  const payload = bundle.content.dsseEnvelope.payload;
  // A stand-in payload marks the place (an empty one would be left out as a protobuf default).
  const standIn = Buffer.from('lading-payload-stand-in');
  const hollow = {
    ...bundle,
    content: { ...bundle.content, dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: standIn } },
  } as Bundle;
  const text = JSON.stringify(bundleToJSON(hollow));
  const marker = `"payload":"${standIn.toString('base64')}"`;
  const at = text.indexOf(marker);
  if (at < 0) throw new OperationError('cannot place the payload in the bundle JSON');
  const head = Buffer.from(text.slice(0, at + '"payload":"'.length));
  const tail = Buffer.from(text.slice(at + marker.length - 1));
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

/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
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
  const { size, chunks } = bundleChunks(bundle);
  const hash = createHash('sha256');
  for (const c of chunks()) hash.update(c);
  const layer: Descriptor = { mediaType: BUNDLE_MEDIA_TYPE, size, digest: `sha256:${hash.digest('hex')}` };
  const config: Descriptor = {
    mediaType: EMPTY_JSON.mediaType,
    size: EMPTY_JSON.size,
    digest: EMPTY_JSON.digest,
  };
  await store.pushBlob(config, Buffer.from('{}'));
  await store.pushBlob(layer, Readable.from(chunks(), { objectMode: false }));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config,
    layers: [layer],
    annotations: {
      [ANNOTATION_CONTENT]: 'dsse-envelope',
      [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
      [ANNOTATION_CREATED]: createdStamp(options.created),
    },
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    artifactType: BUNDLE_MEDIA_TYPE,
  };
  const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
  return {
    subject: subject.digest,
    predicateType: options.predicateType,
    referrer,
    bundle: layer,
    transparencyLog: bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex),
  };
}
