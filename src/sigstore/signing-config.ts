import { SigningConfig } from '@sigstore/protobuf-specs';
import { InputError } from '../errors.js';

/** The services a signature is made with. */
export interface SigningServices {
  fulcioUrl?: string;
  rekorUrl?: string;
  rekorVersion?: number;
  tsaUrl?: string;
}

interface Service {
  url: string;
  majorApiVersion: number;
  validFor?: { start?: Date; end?: Date };
}

/** The newest service still valid now whose API version lading speaks, as sigstore-js and cosign choose. */
function pick(services: Service[], maxVersion: number, now: Date): Service | undefined {
  return services
    .filter((s) => s.majorApiVersion <= maxVersion && (!s.validFor?.end || s.validFor.end >= now))
    .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0))[0];
}

/**
 * Reads a Sigstore signing config (`application/vnd.dev.sigstore.signingconfig.v0.2+json`,
 * as `cosign signing-config create` writes it). `where` names the file in messages.
 */
export function parseSigningConfig(text: string, where: string, now = new Date()): SigningServices {
  let config: SigningConfig;
  try {
    config = SigningConfig.fromJSON(JSON.parse(text));
  } catch (e) {
    throw new InputError(`${where}: not a Sigstore signing config (${(e as Error).message})`);
  }
  if (!config.mediaType.startsWith('application/vnd.dev.sigstore.signingconfig.')) {
    throw new InputError(
      `${where}: mediaType must be application/vnd.dev.sigstore.signingconfig.v0.2+json, got ${config.mediaType || '(none)'}`,
    );
  }
  const ca = pick(config.caUrls, 1, now);
  const tlog = pick(config.rekorTlogUrls, 2, now);
  const tsa = pick(config.tsaUrls, 1, now);
  return {
    ...(ca ? { fulcioUrl: ca.url } : {}),
    ...(tlog ? { rekorUrl: tlog.url, rekorVersion: tlog.majorApiVersion } : {}),
    ...(tsa ? { tsaUrl: tsa.url } : {}),
  };
}
