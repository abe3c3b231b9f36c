import { type Bundle, bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, MessageSignatureBundleBuilder } from '@sigstore/sign';
import { OperationError } from '../errors.js';
import type { Signer } from './signer.js';
import type { Witness } from './witnesses.js';

// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).

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
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  const bundle = await wrap(() => builder.create({ data: payload, type: payloadType }));
  // sigstore-js copies the key hint into the envelope's keyid; sigstore-go (cosign)
  // then skips the signature unless its verifier has that very key ID, so the
  // hint stays in verificationMaterial only, as cosign writes it.
  for (const s of bundle.content.dsseEnvelope.signatures) s.keyid = '';
  return { bundle, json: bundleToJSON(bundle) };
}

/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
export async function signMessage(
  payload: Buffer,
  signer: Signer,
  witnesses: Witness[],
): Promise<SignedBundle> {
  const builder = new MessageSignatureBundleBuilder({ signer, witnesses });
  const bundle = await wrap(() => builder.create({ data: payload }));
  return { bundle, json: bundleToJSON(bundle) };
}

/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap<T>(make: () => Promise<T>): Promise<T> {
  try {
    return await make();
  } catch (e) {
    if (e instanceof OperationError) throw e;
    const err = e as Error & { code?: string; cause?: unknown };
    const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
    throw new OperationError(`signing failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
      cause: e,
    });
  }
}
