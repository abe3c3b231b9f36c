import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import tar from 'tar-stream';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { MediaType } from '../../src/oci/mediatype.js';
import type { Descriptor, ImageManifest } from '../../src/oci/types.js';

// Layers written entry by entry, so a test can say exactly what a layer tar
// holds (whiteouts, links, odd names) and how it is compressed, then store
// them as an image in a fresh OCI layout.

export type Entry =
  | { name: string; content: string | Buffer }
  | { name: string; type: 'directory' }
  | { name: string; type: 'symlink' | 'link'; linkname: string }
  | { name: string; type: 'fifo' };

export async function tarOf(entries: readonly Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const ended = new Promise<void>((resolve, reject) => {
    pack.on('end', () => resolve());
    pack.on('error', reject);
  });
  for (const e of entries) {
    if ('content' in e) pack.entry({ name: e.name, mode: 0o644 }, e.content);
    else if (e.type === 'symlink' || e.type === 'link')
      pack.entry({ name: e.name, type: e.type, linkname: e.linkname });
    else pack.entry({ name: e.name, type: e.type, mode: 0o755 });
  }
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

export type Compression = 'gzip' | 'zstd' | 'none';

export const LAYER_TYPE: Record<Compression, string> = {
  gzip: MediaType.ociLayerGzip,
  zstd: MediaType.ociLayerZstd,
  none: MediaType.ociLayerTar,
};

export function compress(bytes: Buffer, how: Compression): Buffer {
  if (how === 'gzip') return gzipSync(bytes);
  if (how === 'zstd') return zstdCompressSync(bytes);
  return bytes;
}

/** A layer as stored: raw blob bytes and the media type to declare for them. */
export interface RawLayer {
  blob: Buffer;
  mediaType: string;
  /** sha256 of the uncompressed tar. */
  diffId: Digest;
}

export async function layer(entries: readonly Entry[], how: Compression = 'gzip'): Promise<RawLayer> {
  const plain = await tarOf(entries);
  return { blob: compress(plain, how), mediaType: LAYER_TYPE[how], diffId: digestOf(plain) };
}

export interface StoredImage {
  store: LayoutStore;
  dir: string;
  manifest: Descriptor;
  layers: Descriptor[];
}

/** Stores the layers as one linux/amd64 image tagged `latest` in a new layout. */
export async function storeImage(layers: readonly RawLayer[], dir?: string): Promise<StoredImage> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'lading-image-')));
  const store = await LayoutStore.create(root);
  const descriptors: Descriptor[] = [];
  for (const l of layers) {
    const d: Descriptor = { mediaType: l.mediaType, digest: digestOf(l.blob), size: l.blob.length };
    if (!(await store.hasBlob(d))) await store.pushBlob(d, l.blob);
    descriptors.push(d);
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    }),
  );
  const configDescriptor: Descriptor = {
    mediaType: MediaType.ociConfig,
    digest: digestOf(config),
    size: config.length,
  };
  await store.pushBlob(configDescriptor, config);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: configDescriptor,
    layers: descriptors,
  };
  const descriptor = await store.pushManifest(
    Buffer.from(JSON.stringify(manifest)),
    MediaType.ociManifest,
    'latest',
  );
  return { store, dir: root, manifest: descriptor, layers: descriptors };
}

export function digestOfLayer(l: RawLayer): Digest {
  return digestOf(l.blob);
}
