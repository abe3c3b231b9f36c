import { InputError, NotFoundError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { MediaType } from '../oci/mediatype.js';
import { type AccessOptions, type Location, openLocation } from '../oci/opener.js';
import {
  formatPlatform,
  matchPlatform,
  normalizePlatform,
  parsePlatform,
  selectPlatform,
} from '../oci/platform.js';
import { formatReference, type ImageReference } from '../oci/reference.js';
import { detectSource } from '../oci/source.js';
import type { Store } from '../oci/store.js';
import { type Descriptor, isIndex, type Platform } from '../oci/types.js';

/** The image a build starts from, read and checked before anything is written. */
export interface BaseImage {
  /** Where its blobs are read from; closed by `close()`. */
  store: Store;
  /** The SOURCE as the user typed it, for messages. */
  source: string;
  /** For `org.opencontainers.image.base.name`: a registry reference, or undefined for local sources. */
  name?: string;
  /** What the source resolved to: the index when the base is multi-platform. */
  digest: Digest;
  /** The platform image used. */
  manifest: Descriptor;
  platform: Platform;
  config: Record<string, unknown>;
  /** The base's layers with OCI media types, in order. */
  layers: Descriptor[];
  close(): Promise<void>;
}

const CONFIG_MAX_BYTES = 8 * 1024 * 1024;
const IMAGE_CONFIG_TYPES = [MediaType.ociConfig, MediaType.dockerConfig] as string[];

// The new manifest is OCI; a Docker base's layers are the same bytes under
// other names, so only the media type changes and the digests stay.
const LAYER_TYPES: Record<string, string> = {
  [MediaType.dockerLayerGzip]: MediaType.ociLayerGzip,
  'application/vnd.docker.image.rootfs.diff.tar': MediaType.ociLayerTar,
  [MediaType.dockerForeignLayerGzip]: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  [MediaType.ociLayerGzip]: MediaType.ociLayerGzip,
  [MediaType.ociLayerTar]: MediaType.ociLayerTar,
  [MediaType.ociLayerZstd]: MediaType.ociLayerZstd,
  'application/vnd.oci.image.layer.nondistributable.v1.tar':
    'application/vnd.oci.image.layer.nondistributable.v1.tar',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip':
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd':
    'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
};

/** The OCI media type for a base layer; InputError for anything that is not an image layer. */
export function ociLayerType(mediaType: string, where: string): string {
  const mapped = LAYER_TYPES[mediaType];
  if (!mapped) throw new InputError(`${where} has media type ${mediaType}, not an image layer`);
  return mapped;
}

/**
 * Opens and reads the base: resolves SOURCE, picks the platform's image from
 * an index (`platform`, default linux/amd64), reads its config and checks that
 * it is a container image whose config and layers agree. Throws before
 * anything is written elsewhere.
 */
export async function openBaseImage(
  source: string,
  platform: string | undefined,
  access: AccessOptions,
): Promise<BaseImage> {
  const parsed = await detectSource(source);
  const location = await openLocation(source, 'read', access);
  try {
    return await readBase(
      location,
      source,
      parsed.kind === 'registry' ? parsed.reference : undefined,
      platform,
    );
  } catch (err) {
    await location.close();
    throw err;
  }
}

async function readBase(
  location: Location,
  source: string,
  reference: ImageReference | undefined,
  platformText: string | undefined,
): Promise<BaseImage> {
  const where = `build: base ${source}`;
  const store = location.store;
  const root = await store.resolve(location.reference).catch((err: unknown) => {
    if (err instanceof NotFoundError) throw new NotFoundError(`${where}: ${err.message}`, { cause: err });
    throw err;
  });
  const fetched = await store.fetchManifest(root);
  const wanted = platformText === undefined ? undefined : parsePlatform(platformText);
  let image = fetched;
  if (isIndex(fetched.manifest)) {
    let entry: Descriptor;
    try {
      entry = selectPlatform(fetched.manifest, wanted ?? { os: 'linux', architecture: 'amd64' }, source);
    } catch (err) {
      // The user chose the base and the platform: a platform the base lacks is their input to fix.
      if (err instanceof NotFoundError)
        throw new InputError(`${where}: ${err.message}; choose one with --platform`, { cause: err });
      throw err;
    }
    image = await store.fetchManifest(entry);
    if (isIndex(image.manifest))
      throw new InputError(
        `${where}: the ${formatPlatform(entry.platform!)} entry is an index, not an image`,
      );
  }
  const manifest = image.manifest;
  if (isIndex(manifest)) throw new InputError(`${where}: not an image`);
  if (!IMAGE_CONFIG_TYPES.includes(manifest.config.mediaType)) {
    throw new InputError(
      `${where}: not a container image (its config is ${manifest.config.mediaType}${
        manifest.artifactType ? `, artifact type ${manifest.artifactType}` : ''
      })`,
    );
  }
  if (manifest.config.size > CONFIG_MAX_BYTES)
    throw new InputError(
      `${where}: config of ${manifest.config.size} bytes is too large to be an image config`,
    );
  const config = await readJson(store, manifest.config, where);
  const layers = manifest.layers.map((l, i) => ({
    mediaType: ociLayerType(l.mediaType, `${where}: layer ${i} (${l.digest})`),
    digest: l.digest,
    size: l.size,
    ...(l.urls ? { urls: l.urls } : {}),
  }));
  const rootfs = config.rootfs as { diff_ids?: unknown } | undefined;
  const diffIds = Array.isArray(rootfs?.diff_ids) ? rootfs.diff_ids : undefined;
  if (!diffIds || diffIds.length !== layers.length || diffIds.some((d) => typeof d !== 'string')) {
    throw new InputError(
      `${where}: its config lists ${diffIds?.length ?? 'no'} diff_ids for ${layers.length} layers; not a usable image`,
    );
  }
  if (typeof config.os !== 'string' || typeof config.architecture !== 'string')
    throw new InputError(`${where}: its config names no os and architecture`);
  const platform = normalizePlatform({
    os: config.os,
    architecture: config.architecture,
    ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
    ...(typeof config['os.version'] === 'string' ? { 'os.version': config['os.version'] } : {}),
  });
  if (wanted && !isIndex(fetched.manifest) && !matchPlatform(wanted, platform)) {
    throw new InputError(
      `${where}: the base is ${formatPlatform(platform)}, not ${formatPlatform(wanted)}; drop --platform or choose another base`,
    );
  }
  return {
    store,
    source,
    // Scanners and update bots read base.name as a pullable reference; a local
    // path would be meaningless elsewhere and would change the digest per machine.
    ...(reference ? { name: nameOf(reference) } : {}),
    // The digest the name resolved to (the index for a multi-platform base), so
    // name@digest pulls exactly the base on every platform.
    digest: fetched.descriptor.digest,
    manifest: image.descriptor,
    platform,
    config,
    layers,
    close: () => location.close(),
  };
}

async function readJson(store: Store, d: Descriptor, where: string): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of await store.fetchBlob(d)) chunks.push(c as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new InputError(`${where}: its config ${d.digest} is not a JSON object`);
}

/** The reference without its digest: `docker.io/library/alpine:3.20`, as BuildKit writes base.name. */
function nameOf(reference: ImageReference): string {
  const { digest: _, ...named } = reference;
  return formatReference(named);
}
