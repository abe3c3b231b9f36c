import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { InputError, OperationError } from '../errors.js';

export type { TrustedRoot };

/** Reads a trusted root file (`cosign --trusted-root`, the offline Sigstore's `trusted_root.json`). */
export function parseTrustedRoot(text: string, where: string): TrustedRoot {
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text));
  } catch (e) {
    throw new InputError(`${where}: not a Sigstore trusted root (${(e as Error).message})`);
  }
  if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new InputError(
      `${where}: mediaType must be application/vnd.dev.sigstore.trustedroot+json;version=0.1, got ${root.mediaType || '(none)'}`,
    );
  }
  if (root.certificateAuthorities.length === 0) {
    throw new InputError(`${where}: certificateAuthorities is empty; nothing could be trusted`);
  }
  return root;
}

/**
 * The public-good instance's trusted root, updated through TUF and cached in
 * `cacheDir`, so a later run without network still verifies (forceCache).
 */
export async function publicTrustedRoot(cacheDir: string, offline = false): Promise<TrustedRoot> {
  try {
    return await getTrustedRoot({ cachePath: cacheDir, ...(offline ? { forceCache: true } : {}) });
  } catch (e) {
    throw new OperationError(
      `could not get Sigstore's trusted root through TUF (cache ${cacheDir}): ${(e as Error).message.split('\n')[0]}; pass --trusted-root FILE to verify offline`,
    );
  }
}
