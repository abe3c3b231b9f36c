import type { Signer } from './signer.js';

/** Hands out an OIDC identity token when the signer needs one (the Actions runtime, a file, a test issuer). */
export type IdentityTokenProvider = () => Promise<string>;

/** sigstore-js's default, repeated so that naming it does not load that package. */
export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';

/**
 * Keyless signing: an ephemeral ECDSA key, certified by Fulcio for the identity
 * in the OIDC token. The token is fetched only when a signature is made, since
 * Actions tokens are short-lived; @sigstore/sign's Fulcio client is loaded then
 * too, so that the key-pair path never loads it.
 */
export function keylessSigner(options: { fulcioUrl?: string; identityToken: IdentityTokenProvider }): Signer {
  let made: Promise<Signer> | undefined;
  const make = async (): Promise<Signer> =>
    new (await import('@sigstore/sign')).FulcioSigner({
      fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
      identityProvider: { getToken: options.identityToken },
      timeout: 30_000,
      retry: { retries: 2 },
    });
  return {
    sign: async (data) => {
      made ??= make();
      return (await made).sign(data);
    },
  };
}
