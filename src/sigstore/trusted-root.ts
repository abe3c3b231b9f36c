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
  return checked(root, where, InputError);
}

function checked(
  root: TrustedRoot,
  where: string,
  Failure: typeof InputError | typeof OperationError,
): TrustedRoot {
  if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new Failure(
      `${where}: mediaType must be application/vnd.dev.sigstore.trustedroot+json;version=0.1, got ${root.mediaType || '(none)'}`,
    );
  }
  if (root.certificateAuthorities.length === 0) {
    throw new Failure(`${where}: certificateAuthorities is empty; nothing could be trusted`);
  }
  return root;
}

/** Where a trusted root comes from through TUF (`cosign initialize` names the same two things). */
export interface TufSource {
  /** Where the verified TUF metadata and target are kept between runs, one subdirectory per mirror. */
  cacheDir: string;
  /** Use the cache as it is, without asking the mirror; needs one earlier run online. */
  offline?: boolean;
  /** A TUF repository other than Sigstore's public-good CDN (a private Sigstore deployment's). */
  mirror?: string;
  /** The mirror's initial root.json (a file): the trust TUF starts from until the cache holds a root. */
  rootFile?: string;
}

export const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * Checks that `text` is TUF root metadata (a mirror's `root.json`) before TUF
 * is given it: TUF itself would only say it cannot initialise its cache.
 */
export function checkTufRoot(text: string, where: string): void {
  let type: unknown;
  try {
    type = (JSON.parse(text) as { signed?: { _type?: unknown } } | null)?.signed?._type;
  } catch {
    type = undefined;
  }
  if (type !== 'root') throw new InputError(`${where}: not TUF root metadata (root.json)`);
}

/**
 * `trusted_root.json` from a TUF repository, updated and checked by TUF
 * (signatures, thresholds, versions, expiry, the target's hash) and cached in
 * `cacheDir`, so a later run without network still verifies (`offline`).
 * Without a mirror it is the public-good instance's, starting from the root
 * @sigstore/tuf ships.
 */
export async function tufTrustedRoot(source: TufSource): Promise<TrustedRoot> {
  const mirror = source.mirror ?? PUBLIC_GOOD_TUF;
  if (source.mirror !== undefined && !/^https?:\/\/[^/]/.test(source.mirror)) {
    throw new InputError(`TUF mirror '${source.mirror}' is not an http(s) URL`);
  }
  const where = `TUF ${mirror} (cache ${source.cacheDir})`;
  let root: TrustedRoot;
  try {
    root = await getTrustedRoot({
      cachePath: source.cacheDir,
      mirrorURL: mirror,
      ...(source.rootFile ? { rootPath: source.rootFile } : {}),
      ...(source.offline ? { forceCache: true } : {}),
    });
  } catch (e) {
    // No root to start from is the caller's omission, not the mirror's failure.
    const Failure = (e as { code?: string }).code === 'TUF_INIT_CACHE_ERROR' ? InputError : OperationError;
    throw new Failure(`could not get the trusted root from ${where}: ${reason(e, mirror, source.offline)}`);
  }
  return checked(root, `trusted_root.json from ${where}`, OperationError);
}

/** tuf-js's own words are in the cause; @sigstore/tuf wraps them in a generic message. */
function reason(e: unknown, mirror: string, offline: boolean | undefined): string {
  const err = e as Error & { code?: string; cause?: unknown };
  const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
  const said = `${err.message.split('\n')[0]}${cause}`;
  if (err.code === 'TUF_DOWNLOAD_TARGET_ERROR') {
    // @sigstore/tuf's own message names no target ("error downloading target undefined").
    return `trusted_root.json from TUF ${mirror} is not the one its signed metadata names${cause}`;
  }
  if (err.code === 'TUF_INIT_CACHE_ERROR') {
    return `${said}; give the mirror's initial root.json`;
  }
  if (offline) {
    return `${said}; offline, the cache must hold what an earlier run online fetched (or verify with a trusted root file)`;
  }
  return `${said}; a trusted root file verifies without TUF`;
}
