import { createHash } from 'node:crypto';
import {
  type Bundle,
  type BundleWithDsseEnvelope,
  bundleToJSON,
  type SerializedBundle,
  toDSSEBundle,
  toMessageSignatureBundle,
} from '@sigstore/bundle';
import { dsse, pem } from '@sigstore/core';
import { OperationError } from '../errors.js';
import type { Signature, Signer } from './signer.js';
import type { Witness } from './witnesses.js';

// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).
// It is @sigstore/sign's BaseBundleBuilder, twenty lines, kept here so that a
// key signature loads neither that package nor the HTTP stack it brings
// (make-fetch-happen, proxy agents: over a megabyte, a third of `lading sign`'s
// start-up); witnesses and Fulcio load it themselves when they are used.

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** What signing produced: the bundle as stored, and the parsed one for callers that read its parts. */
export interface SignedBundle {
  bundle: Bundle;
  json: SerializedBundle;
}

/** A DSSE envelope over `payload`, witnessed. */
export async function signDsse(
  payload: Buffer,
  payloadType: string,
  signer: Signer,
  witnesses: Witness[],
): Promise<SignedBundle> {
  const bundle = await signPreEncoded(dsse.preAuthEncoding(payloadType, payload), payload, payloadType, {
    signer,
    witnesses,
  });
  return { bundle, json: bundleToJSON(bundle) };
}

/**
 * A DSSE envelope over `payload` whose pre-authentication encoding `pae` the
 * caller laid out already (attestations put a tens-of-MB statement in place
 * behind its header, so it is never copied). The bundle refers to `payload`.
 */
export async function signPreEncoded(
  pae: Buffer,
  payload: Buffer,
  payloadType: string,
  by: { signer: Signer; witnesses: Witness[]; what?: string },
): Promise<BundleWithDsseEnvelope> {
  const bundle = await wrap(by.what ?? 'signing', async () => {
    const signature = await by.signer.sign(pae);
    return witness(
      toDSSEBundle({
        artifact: payload,
        artifactType: payloadType,
        signature: signature.signature,
        ...keyMaterial(signature),
        certificateChain: false,
      }),
      signature,
      by.witnesses,
    );
  });
  // sigstore-go (cosign) skips a signature whose envelope keyid its verifier
  // does not know, so the key hint stays in verificationMaterial only, as
  // cosign writes it.
  for (const s of bundle.content.dsseEnvelope.signatures) s.keyid = '';
  return bundle;
}

/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
export async function signMessage(
  payload: Buffer,
  signer: Signer,
  witnesses: Witness[],
): Promise<SignedBundle> {
  const bundle = await wrap('signing', async () => {
    const signature = await signer.sign(payload);
    return witness(
      toMessageSignatureBundle({
        digest: createHash('sha256').update(payload).digest(),
        signature: signature.signature,
        ...keyMaterial(signature),
        certificateChain: true,
      }),
      signature,
      witnesses,
    );
  });
  return { bundle, json: bundleToJSON(bundle) };
}

function keyMaterial(signature: Signature): { certificate?: Buffer; keyHint?: string } {
  return signature.key.$case === 'x509Certificate'
    ? { certificate: pem.toDER(signature.key.certificate) }
    : signature.key.hint !== undefined
      ? { keyHint: signature.key.hint }
      : {};
}

/** Every witness in parallel, each over the signed content; their entries and timestamps join the bundle. */
async function witness<B extends Bundle>(bundle: B, signature: Signature, witnesses: Witness[]): Promise<B> {
  const key = signature.key.$case === 'publicKey' ? signature.key.publicKey : signature.key.certificate;
  const materials = await Promise.all(witnesses.map((w) => w.testify(bundle.content, key)));
  bundle.verificationMaterial.tlogEntries = materials.flatMap((m) => m.tlogEntries ?? []);
  bundle.verificationMaterial.timestampVerificationData = {
    rfc3161Timestamps: materials.flatMap((m) => m.rfc3161Timestamps ?? []),
  };
  return bundle;
}

/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap<T>(what: string, make: () => Promise<T>): Promise<T> {
  try {
    return await make();
  } catch (e) {
    if (e instanceof OperationError) throw e;
    const err = e as Error & { code?: string; cause?: unknown };
    const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
    throw new OperationError(`${what} failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
      cause: e,
    });
  }
}
