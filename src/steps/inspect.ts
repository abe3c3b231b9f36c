import { readImageConfig } from '../oci/image-config.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import { formatPlatform, parsePlatform, platformEntries, selectPlatform } from '../oci/platform.js';
import type { Store } from '../oci/store.js';
import { type Descriptor, type ImageManifest, isIndex, type Manifest, type Platform } from '../oci/types.js';

export interface InspectStepOptions {
  source: string;
  /** `os/arch[/variant]`: which image of an index to detail. */
  platform?: string;
  access: AccessOptions;
}

export interface ImageDetail {
  descriptor: Descriptor;
  platform?: Platform;
  created?: string;
  config: Descriptor;
  layers: Descriptor[];
  /** Compressed bytes of config and layers: what a pull transfers. */
  size: number;
  labels: Record<string, string>;
  referrers: Descriptor[];
}

export interface InspectStepResult {
  source: string;
  descriptor: Descriptor;
  manifest: Manifest;
  /** For an index: every entry with its platform. */
  platforms: { platform: string; digest: string; mediaType: string }[];
  /** The image detailed: the manifest itself, or the one chosen by platform. */
  image?: ImageDetail;
  referrers: Descriptor[];
}

/** `lading inspect`: manifest, config, platforms and referrers, read with every digest verified. */
export async function inspectStep(options: InspectStepOptions): Promise<InspectStepResult> {
  const source = await openLocation(options.source, 'read', options.access);
  try {
    const store = source.store;
    const descriptor = await store.resolve(source.reference);
    const fetched = await store.fetchManifest(descriptor);
    const referrers = await store.referrers(fetched.descriptor.digest);
    const result: InspectStepResult = {
      source: source.display,
      descriptor: fetched.descriptor,
      manifest: fetched.manifest,
      platforms: [],
      referrers,
    };
    if (isIndex(fetched.manifest)) {
      result.platforms = platformEntries(fetched.manifest).map((d) => ({
        platform: formatPlatform(d.platform),
        digest: d.digest,
        mediaType: d.mediaType,
      }));
      if (options.platform) {
        const chosen = selectPlatform(fetched.manifest, parsePlatform(options.platform), source.display);
        const child = await store.fetchManifest(chosen);
        if (!isIndex(child.manifest)) {
          result.image = await detail(store, child.descriptor, child.manifest, chosen.platform);
        }
      }
    } else {
      result.image = await detail(store, fetched.descriptor, fetched.manifest, undefined, referrers);
    }
    return result;
  } finally {
    await source.close();
  }
}

async function detail(
  store: Store,
  descriptor: Descriptor,
  manifest: ImageManifest,
  platform: Platform | undefined,
  referrers?: Descriptor[],
): Promise<ImageDetail> {
  const config = await readImageConfig(store, manifest.config);
  const size = manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0);
  const fromConfig =
    typeof config.os === 'string' && typeof config.architecture === 'string' && config.os
      ? {
          os: config.os,
          architecture: config.architecture,
          ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        }
      : undefined;
  const labels = (config.config as { Labels?: Record<string, string> } | undefined)?.Labels ?? {};
  return {
    descriptor,
    ...((platform ?? fromConfig) ? { platform: platform ?? fromConfig } : {}),
    ...(typeof config.created === 'string' ? { created: config.created } : {}),
    config: manifest.config,
    layers: manifest.layers,
    size,
    labels,
    referrers: referrers ?? (await store.referrers(descriptor.digest)),
  };
}
