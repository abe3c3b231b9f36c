import { createReadStream } from 'node:fs';
import { digestOf } from '../oci/digest.js';
import { MediaType } from '../oci/mediatype.js';
import type { Store } from '../oci/store.js';
import type { Descriptor, ImageManifest, Platform } from '../oci/types.js';
import { type PackedLayer, packDirectory } from './packer.js';

export interface BuildOptions {
  /** Directories to add, each as one layer, in order: `{ source: './app', destination: '/app' }`. */
  layers: { source: string; destination: string }[];
  platform: Platform;
  /** Seconds since the epoch for `created` and every file's mtime (SOURCE_DATE_EPOCH; 0 when unset). */
  created: number;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  workingDir?: string;
  labels?: Record<string, string>;
  tag?: string;
}

export interface BuildResult {
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
}

/**
 * Assembles an image from scratch out of directories and pushes it to a store,
 * blobs first and the tagged manifest last. The result is reproducible: the
 * same directories and options give the same digest.
 */
export async function buildImage(target: Store, options: BuildOptions): Promise<BuildResult> {
  const packed: PackedLayer[] = [];
  try {
    for (const layer of options.layers) {
      packed.push(
        await packDirectory(layer.source, { destination: layer.destination, mtime: options.created }),
      );
    }
    const layers: Descriptor[] = packed.map((p) => ({
      mediaType: MediaType.ociLayerGzip,
      digest: p.digest,
      size: p.size,
    }));
    for (const [i, p] of packed.entries()) {
      const d = layers[i]!;
      if (!(await target.hasBlob(d)))
        await target.pushBlob(d, createReadStream(p.file, { highWaterMark: 1 << 20 }));
    }
    const createdIso = new Date(options.created * 1000).toISOString();
    const config = {
      created: createdIso,
      architecture: options.platform.architecture,
      os: options.platform.os,
      ...(options.platform.variant ? { variant: options.platform.variant } : {}),
      config: {
        ...(options.env?.length ? { Env: options.env } : {}),
        ...(options.entrypoint ? { Entrypoint: options.entrypoint } : {}),
        ...(options.cmd ? { Cmd: options.cmd } : {}),
        ...(options.workingDir ? { WorkingDir: options.workingDir } : {}),
        ...(options.labels && Object.keys(options.labels).length ? { Labels: options.labels } : {}),
      },
      rootfs: { type: 'layers', diff_ids: packed.map((p) => p.diffId) },
      history: options.layers.map((l) => ({
        created: createdIso,
        created_by: `lading build: ${l.source} -> ${l.destination}`,
      })),
    };
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDescriptor: Descriptor = {
      mediaType: MediaType.ociConfig,
      digest: digestOf(configBytes),
      size: configBytes.length,
    };
    if (!(await target.hasBlob(configDescriptor))) await target.pushBlob(configDescriptor, configBytes);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: configDescriptor,
      layers,
      ...(options.labels && Object.keys(options.labels).length ? { annotations: options.labels } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const descriptor = await target.pushManifest(bytes, MediaType.ociManifest, options.tag);
    return { manifest: { ...descriptor, platform: options.platform }, config: configDescriptor, layers };
  } finally {
    await Promise.all(packed.map((p) => p.dispose()));
  }
}
