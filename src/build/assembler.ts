import { createReadStream } from 'node:fs';
import { digestOf } from '../oci/digest.js';
import { MediaType } from '../oci/mediatype.js';
import type { Store } from '../oci/store.js';
import type { Descriptor, ImageManifest, Platform } from '../oci/types.js';
import { type CarriedBlobs, carryBaseBlobs } from './base-blobs.js';
import { type ConfigChanges, deriveConfig } from './base-config.js';
import type { BaseImage } from './base-image.js';
import type { DirSpec } from './dir-spec.js';
import { gzipLayer, type PackedLayer, packDirectory } from './packer.js';

export const BASE_NAME_ANNOTATION = 'org.opencontainers.image.base.name';
export const BASE_DIGEST_ANNOTATION = 'org.opencontainers.image.base.digest';

export interface BuildOptions {
  /** Directories to add, each as one layer, in order. */
  layers: DirSpec[];
  /** The image to start from; FROM scratch when absent. */
  base?: BaseImage;
  /** FROM scratch only: the platform written into the config (a base brings its own). */
  platform: Platform;
  /** Seconds since the epoch for `created` and every file's mtime (SOURCE_DATE_EPOCH; 0 when unset). */
  created: number;
  changes: ConfigChanges;
  /** Overrides `org.opencontainers.image.base.name` (a local base has none by default). */
  baseName?: string;
}

/**
 * An image ready to be written: layers packed into temp files, config and
 * manifest bytes computed. Nothing has touched the destination yet, so a bad
 * directory or option fails before a single blob is written.
 */
export interface PreparedImage {
  manifest: Buffer;
  manifestDigest: Descriptor['digest'];
  config: Descriptor;
  configBytes: Buffer;
  /** Every layer of the image, base layers first. */
  layers: Descriptor[];
  platform: Platform;
  warnings: string[];
  base?: BaseImage;
  /** Base blobs to carry over from the base's store as they are. */
  baseBlobs: Descriptor[];
  /** Layers written from temp files: the new ones, and base layers gzip'd here. */
  files: { descriptor: Descriptor; file: string }[];
  dispose(): Promise<void>;
}

export interface BuildResult {
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  base?: CarriedBlobs;
}

export async function prepareImage(options: BuildOptions): Promise<PreparedImage> {
  const packed: PackedLayer[] = [];
  const gzipped: PackedLayer[] = [];
  const dispose = () => Promise.all([...packed, ...gzipped].map((p) => p.dispose())).then(() => {});
  try {
    const base = options.base;
    const baseLayers: Descriptor[] = [];
    const baseBlobs: Descriptor[] = [];
    for (const l of base?.layers ?? []) {
      if (base && l.mediaType === MediaType.ociLayerTar) {
        const g = await gzipLayer(await base.store.fetchBlob(l));
        gzipped.push(g);
        baseLayers.push({ mediaType: MediaType.ociLayerGzip, digest: g.digest, size: g.size });
      } else {
        baseLayers.push(l);
        baseBlobs.push(l);
      }
    }
    for (const layer of options.layers) {
      packed.push(
        await packDirectory(layer.source, { destination: layer.destination, mtime: options.created }),
      );
    }
    const platform = base?.platform ?? options.platform;
    const { config, warnings } = deriveConfig({
      ...(base ? { base: base.config } : {}),
      changes: options.changes,
      platform,
      created: options.created,
      diffIds: packed.map((p) => p.diffId),
      createdBy: options.layers.map((l) => `lading build --dir ${l.label}:${l.destination}`),
    });
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDescriptor: Descriptor = {
      mediaType: MediaType.ociConfig,
      digest: digestOf(configBytes),
      size: configBytes.length,
    };
    const fileLayer = (p: PackedLayer) => ({
      descriptor: { mediaType: MediaType.ociLayerGzip, digest: p.digest, size: p.size },
      file: p.file,
    });
    const layers: Descriptor[] = [...baseLayers, ...packed.map((p) => fileLayer(p).descriptor)];
    const baseName = options.baseName ?? base?.name;
    const annotations: Record<string, string> = {
      ...(options.changes.labels ?? {}),
      ...(base && baseName ? { [BASE_NAME_ANNOTATION]: baseName } : {}),
      ...(base ? { [BASE_DIGEST_ANNOTATION]: base.digest } : {}),
    };
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: configDescriptor,
      layers,
      ...(Object.keys(annotations).length ? { annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    return {
      manifest: bytes,
      manifestDigest: digestOf(bytes),
      config: configDescriptor,
      configBytes,
      layers,
      platform,
      warnings,
      ...(base ? { base } : {}),
      baseBlobs,
      files: [...gzipped, ...packed].map(fileLayer),
      dispose,
    };
  } catch (err) {
    await dispose();
    throw err;
  }
}

/**
 * Writes a prepared image: the base's blobs (mounted or copied, missing ones
 * only), the new layers, the config, and the manifest last, under `tag` when
 * given. A failure part-way leaves no tag and no manifest naming missing blobs.
 */
export async function writeImage(prepared: PreparedImage, target: Store, tag?: string): Promise<BuildResult> {
  const carried = prepared.base
    ? await carryBaseBlobs(prepared.base.store, target, prepared.baseBlobs)
    : undefined;
  for (const { descriptor, file } of prepared.files) {
    if (!(await target.hasBlob(descriptor)))
      await target.pushBlob(descriptor, createReadStream(file, { highWaterMark: 1 << 20 }));
  }
  if (!(await target.hasBlob(prepared.config))) await target.pushBlob(prepared.config, prepared.configBytes);
  const descriptor = await target.pushManifest(prepared.manifest, MediaType.ociManifest, tag);
  return {
    manifest: { ...descriptor, platform: prepared.platform },
    config: prepared.config,
    layers: prepared.layers,
    ...(carried ? { base: carried } : {}),
  };
}
