import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { EMPTY_JSON, MediaType } from '../../src/oci/mediatype.js';
import type { Store } from '../../src/oci/store.js';
import type { Descriptor } from '../../src/oci/types.js';

// Base images for `lading build --from`, made of the real Alpine minirootfs:
// the tarball is a gzip'd layer as it is, so the base carries a real distro
// (its apk database, /bin/sh) and the digests are those of the published file.

export const ALPINE_ENV = [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'LANG=C.UTF-8',
];

export interface BaseFixtures {
  /** Docker schema 2 manifest, Docker config and layer types: tag `docker`. */
  docker: Descriptor;
  /** OCI index of linux/amd64 (Alpine) and linux/arm64 (one small layer): tag `multi`. */
  index: Descriptor;
  amd64: Descriptor;
  arm64: Descriptor;
  /** An OCI artifact (empty config), not an image: tag `artifact`. */
  artifact: Descriptor;
  alpineLayer: Descriptor;
  alpineDiffId: Digest;
}

function config(architecture: string, diffIds: Digest[], extra: Record<string, unknown> = {}) {
  return {
    architecture,
    os: 'linux',
    ...extra,
    config: {
      Env: ALPINE_ENV,
      Cmd: ['/bin/sh'],
      WorkingDir: '/',
      ExposedPorts: { '22/tcp': {} },
      Labels: { 'org.opencontainers.image.vendor': 'alpine-fixture', keep: 'base' },
      StopSignal: 'SIGQUIT',
    },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: [{ created: '2024-09-06T12:00:00Z', created_by: 'ADD alpine-minirootfs.tar.gz /' }],
  };
}

async function blob(store: Store, mediaType: string, bytes: Buffer): Promise<Descriptor> {
  const d = { mediaType, digest: digestOf(bytes), size: bytes.length };
  if (!(await store.hasBlob(d))) await store.pushBlob(d, bytes);
  return d;
}

async function manifest(store: Store, doc: object, mediaType: string, tag?: string): Promise<Descriptor> {
  return store.pushManifest(Buffer.from(JSON.stringify(doc)), mediaType, tag);
}

async function tinyLayer(): Promise<Buffer> {
  const tar = tarPack();
  tar.entry({ name: 'etc/arch', mode: 0o644, mtime: new Date(0) }, 'arm64\n');
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const c of tar) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Pushes the fixtures into `store` (a registry repository or a layout). */
export async function pushAlpineBases(store: Store, rootfsTarGz: string): Promise<BaseFixtures> {
  const gz = await readFile(rootfsTarGz);
  const alpineDiffId = digestOf(gunzipSync(gz));
  const dockerLayer = await blob(store, MediaType.dockerLayerGzip, gz);
  const dockerConfig = await blob(
    store,
    MediaType.dockerConfig,
    Buffer.from(JSON.stringify(config('amd64', [alpineDiffId]))),
  );
  const docker = await manifest(
    store,
    { schemaVersion: 2, mediaType: MediaType.dockerManifest, config: dockerConfig, layers: [dockerLayer] },
    MediaType.dockerManifest,
    'docker',
  );

  const ociLayer = { ...dockerLayer, mediaType: MediaType.ociLayerGzip };
  const amdConfig = await blob(
    store,
    MediaType.ociConfig,
    Buffer.from(JSON.stringify(config('amd64', [alpineDiffId], { created: '2024-09-06T12:00:00Z' }))),
  );
  const amd64 = await manifest(
    store,
    { schemaVersion: 2, mediaType: MediaType.ociManifest, config: amdConfig, layers: [ociLayer] },
    MediaType.ociManifest,
  );
  const tiny = await tinyLayer();
  const tinyGz = gzipSync(tiny);
  const armLayer = await blob(store, MediaType.ociLayerGzip, tinyGz);
  const armConfig = await blob(
    store,
    MediaType.ociConfig,
    Buffer.from(JSON.stringify(config('arm64', [digestOf(tiny)], { variant: 'v8' }))),
  );
  const arm64 = await manifest(
    store,
    { schemaVersion: 2, mediaType: MediaType.ociManifest, config: armConfig, layers: [armLayer] },
    MediaType.ociManifest,
  );
  const index = await manifest(
    store,
    {
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [
        { ...amd64, platform: { os: 'linux', architecture: 'amd64' } },
        { ...arm64, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      ],
    },
    MediaType.ociIndex,
    'multi',
  );

  const empty = await blob(store, MediaType.ociEmpty, Buffer.from('{}'));
  const payload = await blob(store, 'application/vnd.example.note', Buffer.from('just a note\n'));
  const artifact = await manifest(
    store,
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: 'application/vnd.example.note',
      config: { ...empty, mediaType: EMPTY_JSON.mediaType },
      layers: [payload],
    },
    MediaType.ociManifest,
    'artifact',
  );
  return { docker, index, amd64, arm64, artifact, alpineLayer: dockerLayer, alpineDiffId };
}
