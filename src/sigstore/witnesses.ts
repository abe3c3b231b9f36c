import { DEFAULT_REKOR_URL, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';

// Witnesses testify that a signature existed at a time: a transparency log
// (Rekor) entry, an RFC 3161 timestamp, or both. A short-lived Fulcio
// certificate is only verifiable later through one of them.

export type { Witness };
export { DEFAULT_REKOR_URL };

export interface WitnessOptions {
  /** Rekor base URL; omit for no transparency-log entry. DSSE bundles are logged as `dsse`, message signatures as `hashedrekord`. */
  rekorUrl?: string;
  /** Rekor API major version (1 or 2), from the signing config. */
  rekorVersion?: number;
  /** TSA URL (base or full `/api/v1/timestamp`); omit for no timestamp. */
  tsaUrl?: string;
}

export function createWitnesses(options: WitnessOptions): Witness[] {
  const fetch = { timeout: 30_000, retry: { retries: 2 } };
  const out: Witness[] = [];
  if (options.rekorUrl) {
    out.push(
      new RekorWitness({
        rekorBaseURL: options.rekorUrl,
        majorApiVersion: options.rekorVersion ?? 1,
        ...fetch,
      }),
    );
  }
  if (options.tsaUrl) out.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, ...fetch }));
  return out;
}
