import { DEFAULT_FULCIO_URL, FulcioSigner } from '@sigstore/sign';
import type { Signer } from './signer.js';

/** Hands out an OIDC identity token when the signer needs one (the Actions runtime, a file, a test issuer). */
export type IdentityTokenProvider = () => Promise<string>;

export { DEFAULT_FULCIO_URL };

/**
 * Keyless signing: an ephemeral ECDSA key, certified by Fulcio for the identity
 * in the OIDC token. The token is fetched only when a signature is made, since
 * Actions tokens are short-lived.
 */
export function keylessSigner(options: { fulcioUrl?: string; identityToken: IdentityTokenProvider }): Signer {
  return new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
    identityProvider: { getToken: options.identityToken },
    timeout: 30_000,
    retry: { retries: 2 },
  });
}
