import type { Witness } from '@sigstore/sign';

// Witnesses testify that a signature existed at a time: a transparency log
// (Rekor) entry, an RFC 3161 timestamp, or both. A short-lived Fulcio
// certificate is only verifiable later through one of them.

export type { Witness };

/** sigstore-js's default, repeated so that naming it does not load that package. */
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

export interface WitnessOptions {
  /** Rekor base URL; omit for no transparency-log entry. DSSE bundles are logged as `dsse`, message signatures as `hashedrekord`. */
  rekorUrl?: string;
  /** Rekor API major version (1 or 2), from the signing config. */
  rekorVersion?: number;
  /** TSA URL (base or full `/api/v1/timestamp`); omit for no timestamp. */
  tsaUrl?: string;
}

/**
 * The witnesses asked for. @sigstore/sign (and its HTTP stack) is loaded on the
 * first testimony, so that a key signature without witnesses never loads it.
 */
export function createWitnesses(options: WitnessOptions): Witness[] {
  const fetch = { timeout: 30_000, retry: { retries: 2 } };
  const out: Witness[] = [];
  const { rekorUrl, tsaUrl } = options;
  if (rekorUrl) {
    out.push(
      lazyWitness(
        async () =>
          new (await import('@sigstore/sign')).RekorWitness({
            rekorBaseURL: rekorUrl,
            majorApiVersion: options.rekorVersion ?? 1,
            ...fetch,
          }),
      ),
    );
  }
  if (tsaUrl) {
    out.push(
      lazyWitness(
        async () => new (await import('@sigstore/sign')).TSAWitness({ tsaBaseURL: tsaUrl, ...fetch }),
      ),
    );
  }
  return out;
}

function lazyWitness(make: () => Promise<Witness>): Witness {
  let made: Promise<Witness> | undefined;
  return {
    testify: async (signature, publicKey) => {
      made ??= make();
      return (await made).testify(signature, publicKey);
    },
  };
}
