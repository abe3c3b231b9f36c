import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, IntegrityError, NotFoundError } from '../../src/errors.js';
import {
  DOCKER_LAYER_TAR,
  DockerArchiveStore,
  OciArchiveStore,
  writeOciArchive,
} from '../../src/oci/archive.js';
import { digestOf, hexOf } from '../../src/oci/digest.js';
import { LayoutStore } from '../../src/oci/layout.js';
import { MediaType } from '../../src/oci/mediatype.js';
import type { Store } from '../../src/oci/store.js';
import type { Descriptor } from '../../src/oci/types.js';
import { needPeer } from '../harness/peers.js';

let root: string;
let scratch: string; // the tmpDir handed to the archive stores, to see what they leave behind
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lading-archive-test-'));
  scratch = join(root, 'scratch');
  await mkdir(scratch);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
const fresh = (ext = '') => join(root, `f${n++}${ext}`);

type TarEntry = {
  name: string;
  content?: string | Buffer;
  type?: 'symlink' | 'link' | 'directory';
  linkname?: string;
};
async function tarOf(entries: TarEntry[] | Record<string, string | Buffer>): Promise<Buffer> {
  const list: TarEntry[] = Array.isArray(entries)
    ? entries
    : Object.entries(entries).map(([name, content]) => ({ name, content }));
  const pack = tar.pack();
  for (const e of list) {
    if (e.type) pack.entry({ name: e.name, type: e.type, ...(e.linkname ? { linkname: e.linkname } : {}) });
    else pack.entry({ name: e.name }, e.content ?? '');
  }
  pack.finalize();
  return buffer(pack);
}

interface Built {
  manifest: Buffer;
  descriptor: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  tars: Buffer[];
  blobs: Map<string, Buffer>;
}

async function buildImage(seed: string): Promise<Built> {
  const blobs = new Map<string, Buffer>();
  const tars = [
    await tarOf({ 'etc/seed': seed }),
    await tarOf({ [`app/${seed}`]: `data ${seed}\n`.repeat(100) }),
  ];
  const layers = tars.map((t) => {
    const gz = gzipSync(t);
    const d: Descriptor = { mediaType: MediaType.ociLayerGzip, digest: digestOf(gz), size: gz.length };
    blobs.set(d.digest, gz);
    return d;
  });
  const configBytes = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: tars.map((t) => digestOf(t)) },
      config: {},
    }),
  );
  const config: Descriptor = {
    mediaType: MediaType.ociConfig,
    digest: digestOf(configBytes),
    size: configBytes.length,
  };
  blobs.set(config.digest, configBytes);
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers }),
  );
  const descriptor = { mediaType: MediaType.ociManifest, digest: digestOf(manifest), size: manifest.length };
  return { manifest, descriptor, config, layers, tars, blobs };
}

async function pushImage(store: Store, image: Built, tag?: string): Promise<Descriptor> {
  for (const d of [image.config, ...image.layers]) await store.pushBlob(d, image.blobs.get(d.digest)!);
  return store.pushManifest(image.manifest, MediaType.ociManifest, tag);
}

async function layoutWith(image: Built, tag = 'v1'): Promise<string> {
  const dir = fresh();
  await pushImage(await LayoutStore.create(dir), image, tag);
  return dir;
}

async function caught(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('oci-archive', () => {
  it('writes an archive that reads back with the same digests and cleans up after itself', async () => {
    const file = fresh('.tar');
    const image = await buildImage('round');
    const writer = await OciArchiveStore.create(file, { tmpDir: scratch });
    await pushImage(writer, image, 'v1');
    // The tagged push is the commit point: the archive exists before close.
    const early = await OciArchiveStore.open(file, { tmpDir: root });
    expect(await early.listTags()).toEqual(['v1']);
    await early.close();
    // A referrer pushed afterwards, untagged, reaches the archive at close.
    const note = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType: 'application/vnd.example.note',
        config: image.config,
        layers: [],
        subject: image.descriptor,
      }),
    );
    const noteDesc = await writer.pushManifest(note, MediaType.ociManifest);
    await writer.close();
    expect(await readdir(scratch)).toEqual([]);
    expect((await readdir(root)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const reader = await OciArchiveStore.open(file, { tmpDir: scratch });
    expect(reader.name).toBe(`oci-archive:${file}`);
    const d = await reader.resolve('v1');
    expect(d).toEqual(image.descriptor);
    for (const blob of [image.config, ...image.layers]) {
      expect((await buffer(await reader.fetchBlob(blob))).equals(image.blobs.get(blob.digest)!)).toBe(true);
    }
    expect((await reader.referrers(image.descriptor.digest)).map((r) => r.digest)).toEqual([noteDesc.digest]);
    const err = await caught(reader.pushManifest(image.manifest, MediaType.ociManifest, 'v2'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(`oci-archive: sources are read-only (${file})`);
    await reader.close();
    expect(await readdir(scratch)).toEqual([]);
  });

  it('writes byte-identical archives for the same content (fixed mtimes and owners)', async () => {
    const image = await buildImage('same');
    const dir = await layoutWith(image);
    const a = fresh('.tar');
    const b = fresh('.tar');
    await writeOciArchive(dir, a);
    await writeOciArchive(dir, b);
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
  });

  it('reads a gzip-compressed oci-archive too', async () => {
    const image = await buildImage('gz');
    const plain = fresh('.tar');
    await writeOciArchive(await layoutWith(image), plain);
    const gz = fresh('.tar.gz');
    await writeFile(gz, gzipSync(await readFile(plain)));
    const store = await OciArchiveStore.open(gz, { tmpDir: scratch });
    expect(await store.resolve('')).toEqual(image.descriptor);
    await store.close();
  });

  it('refuses entries that climb out with ../ and writes nothing outside', async () => {
    const file = fresh('.tar');
    const victim = join(root, 'evil');
    await writeFile(
      file,
      await tarOf([
        { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
        { name: '../evil', content: 'pwned' },
      ]),
    );
    const err = await caught(OciArchiveStore.open(file, { tmpDir: scratch }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `oci-archive:${file}: archive entry "../evil" climbs out of the archive with ".."; refusing to unpack it`,
    );
    expect(existsSync(victim)).toBe(false);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('refuses absolute entry names and links', async () => {
    const abs = fresh('.tar');
    await writeFile(abs, await tarOf([{ name: '/etc/passwd', content: 'x' }]));
    expect((await caught(OciArchiveStore.open(abs, { tmpDir: scratch }))).message).toBe(
      `oci-archive:${abs}: archive entry "/etc/passwd" has an absolute path; refusing to unpack it`,
    );
    const link = fresh('.tar');
    await writeFile(link, await tarOf([{ name: 'index.json', type: 'symlink', linkname: '/etc/passwd' }]));
    const err = await caught(OciArchiveStore.open(link, { tmpDir: scratch }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `oci-archive:${link}: archive entry "index.json" is a link; an OCI image layout holds only files`,
    );
    expect(await readdir(scratch)).toEqual([]);
  });

  it('says what is wrong with a file that is not a tar, a tar without a layout, or no file', async () => {
    const junk = fresh('.tar');
    await writeFile(junk, Buffer.alloc(2048, 0x41));
    const notTar = await caught(OciArchiveStore.open(junk, { tmpDir: scratch }));
    expect(notTar).toBeInstanceOf(InputError);
    expect(notTar.message).toMatch(
      new RegExp(`^oci-archive:${junk}: ${junk} is not a readable tar archive \\(`),
    );
    const noLayout = fresh('.tar');
    await writeFile(noLayout, await tarOf({ 'readme.txt': 'hi' }));
    expect((await caught(OciArchiveStore.open(noLayout, { tmpDir: scratch }))).message).toBe(
      `oci-archive:${noLayout}: the archive has no oci-layout; it is not an OCI archive`,
    );
    const missing = join(root, 'absent.tar');
    const gone = await caught(OciArchiveStore.open(missing, { tmpDir: scratch }));
    expect(gone).toBeInstanceOf(InputError);
    expect(gone.message).toBe(`oci-archive:${missing}: ${missing} does not exist`);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('leaves an existing archive untouched when a push fails before the commit', async () => {
    const file = fresh('.tar');
    const image = await buildImage('keep');
    await writeOciArchive(await layoutWith(image), file);
    const before = await readFile(file);
    const writer = await OciArchiveStore.create(file, { tmpDir: scratch });
    const partial = await buildImage('partial');
    await writer.pushBlob(partial.config, partial.blobs.get(partial.config.digest)!);
    const err = await caught(writer.pushManifest(partial.manifest, MediaType.ociManifest, 'v1'));
    expect(err).toBeInstanceOf(IntegrityError);
    await writer.close();
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(scratch)).toEqual([]);
    // discard never writes, even after an untagged referrer changed the index.
    const other = await OciArchiveStore.create(file, { tmpDir: scratch });
    const note = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: partial.config,
        layers: [],
        subject: image.descriptor,
      }),
    );
    await other.pushBlob(partial.config, partial.blobs.get(partial.config.digest)!);
    await other.pushManifest(note, MediaType.ociManifest);
    await other.discard();
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(scratch)).toEqual([]);
  });

  const skopeo = needPeer('skopeo');
  const run = (...args: string[]) =>
    execFileSync(skopeo!, ['--insecure-policy', ...args], { encoding: 'utf8', stdio: 'pipe' });

  it.skipIf(!skopeo)('skopeo reads an oci-archive lading wrote, with the same digest', async () => {
    const file = fresh('.tar');
    const image = await buildImage('for-skopeo');
    const writer = await OciArchiveStore.create(file, { tmpDir: scratch });
    await pushImage(writer, image, 'v1');
    await writer.close();
    const inspected = JSON.parse(run('inspect', `oci-archive:${file}:v1`));
    expect(inspected.Digest).toBe(image.descriptor.digest);
    expect(inspected.Layers).toEqual(image.layers.map((l) => l.digest));
  });

  it.skipIf(!skopeo)('lading reads an oci-archive skopeo wrote, with identical digests', async () => {
    const image = await buildImage('from-skopeo');
    const file = fresh('.tar');
    run('copy', `oci:${await layoutWith(image)}:v1`, `oci-archive:${file}:shipped`);
    const store = await OciArchiveStore.open(file, { tmpDir: scratch });
    const d = await store.resolve('shipped');
    expect(d.digest).toBe(image.descriptor.digest);
    const { manifest } = await store.fetchManifest(d);
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    expect([manifest.config, ...manifest.layers].map((x) => x.digest)).toEqual(
      [image.config, ...image.layers].map((x) => x.digest),
    );
    for (const blob of manifest.layers) {
      expect((await buffer(await store.fetchBlob(blob))).equals(image.blobs.get(blob.digest)!)).toBe(true);
    }
    await store.close();
  });
});

describe('docker-archive', () => {
  const skopeo = needPeer('skopeo');
  const run = (...args: string[]) =>
    execFileSync(skopeo!, ['--insecure-policy', ...args], { encoding: 'utf8', stdio: 'pipe' });

  it.skipIf(!skopeo)('reads what skopeo writes: same config digest, layers as their diff_ids', async () => {
    const image = await buildImage('docker');
    const file = fresh('.tar');
    run('copy', `oci:${await layoutWith(image)}:v1`, `docker-archive:${file}:example.com/demo/app:v1`);
    const store = await DockerArchiveStore.open(file, { tmpDir: scratch });
    expect(await store.listTags()).toEqual(['example.com/demo/app:v1']);
    const d = await store.resolve('example.com/demo/app:v1');
    expect(await store.resolve('')).toEqual(d);
    expect(await store.resolve('v1')).toEqual(d);
    expect(d.mediaType).toBe(MediaType.dockerManifest);
    const { manifest, bytes } = await store.fetchManifest(d);
    expect(digestOf(bytes)).toBe(d.digest);
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    expect(manifest.config).toEqual({
      mediaType: MediaType.dockerConfig,
      size: image.config.size,
      digest: image.config.digest,
    });
    expect(manifest.layers).toEqual(
      image.tars.map((t) => ({ mediaType: DOCKER_LAYER_TAR, size: t.length, digest: digestOf(t) })),
    );
    // Same config and layer digests as skopeo's own view of the archive; only the layer type differs.
    const theirs = JSON.parse(run('inspect', '--raw', `docker-archive:${file}`));
    expect(theirs.config.digest).toBe(manifest.config.digest);
    expect(theirs.layers.map((l: Descriptor) => l.digest)).toEqual(manifest.layers.map((l) => l.digest));
    for (const [i, layer] of manifest.layers.entries()) {
      expect((await buffer(await store.fetchBlob(layer))).equals(image.tars[i]!)).toBe(true);
    }
    const configBytes = await buffer(await store.fetchBlob(manifest.config));
    expect(configBytes.equals(image.blobs.get(image.config.digest)!)).toBe(true);
    const ro = await caught(store.pushBlob());
    expect(ro).toBeInstanceOf(InputError);
    expect(ro.message).toBe(`docker-archive: sources are read-only (${file})`);
    expect(await store.referrers()).toEqual([]);
    await store.close();
    expect(await readdir(scratch)).toEqual([]);
  });

  it.skipIf(!skopeo)('copies from a docker-archive into a layout, digests intact', async () => {
    const image = await buildImage('onward');
    const file = fresh('.tar');
    run('copy', `oci:${await layoutWith(image)}:v1`, `docker-archive:${file}:app:v1`);
    const src = await DockerArchiveStore.open(file, { tmpDir: scratch });
    const dir = fresh();
    const dst = await LayoutStore.create(dir);
    const root = await src.resolve('app:v1');
    const { manifest, bytes } = await src.fetchManifest(root);
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    for (const blob of [manifest.config, ...manifest.layers])
      await dst.pushBlob(blob, await src.fetchBlob(blob));
    await dst.pushManifest(bytes, root.mediaType, 'v1');
    await src.close();
    // skopeo 1.9 skips index.json entries of Docker media types, so the layout is read back by lading.
    const read = await LayoutStore.open(dir);
    const copied = await read.fetchManifest(await read.resolve('v1'));
    expect(copied.descriptor).toEqual(root);
    expect(copied.bytes.equals(bytes)).toBe(true);
    for (const [i, layer] of manifest.layers.entries()) {
      expect((await buffer(await read.fetchBlob(layer))).equals(image.tars[i]!)).toBe(true);
    }
  });

  /** The Docker 25+ `docker save` shape: blobs/sha256 files plus legacy `<id>/layer.tar` symlinks. */
  async function dockerSave(
    images: Array<{ tags: string[]; config: Buffer; layers: Buffer[]; legacy?: boolean }>,
  ) {
    const entries: TarEntry[] = [];
    const manifest = images.map((img, i) => {
      const configPath = `blobs/sha256/${hexOf(digestOf(img.config))}`;
      entries.push({ name: configPath, content: img.config });
      const layers = img.layers.map((l, j) => {
        const blobPath = `blobs/sha256/${hexOf(digestOf(l))}`;
        entries.push({ name: blobPath, content: l });
        if (!img.legacy) return blobPath;
        const legacy = `id${i}${j}/layer.tar`;
        entries.push({ name: legacy, type: 'symlink', linkname: `../${blobPath}` });
        return legacy;
      });
      return { Config: configPath, RepoTags: img.tags, Layers: layers };
    });
    entries.push({ name: 'manifest.json', content: JSON.stringify(manifest) });
    const file = fresh('.tar');
    await writeFile(file, await tarOf(entries));
    return file;
  }

  it('selects among several images by RepoTag, @N or digest, and lists them when none is named', async () => {
    const la = await tarOf({ a: 'a' });
    const lb = await tarOf({ b: 'b' });
    const file = await dockerSave([
      { tags: ['alpine:3.19'], config: Buffer.from('{"os":"linux","rootfs":{"diff_ids":[]}}'), layers: [la] },
      {
        tags: ['docker.io/acme/tool:2'],
        config: Buffer.from('{"os":"linux"}'),
        layers: [la, lb],
        legacy: true,
      },
    ]);
    const store = await DockerArchiveStore.open(file, { tmpDir: scratch });
    const alpine = await store.resolve('docker.io/library/alpine:3.19');
    const tool = await store.resolve('acme/tool:2');
    expect(alpine.digest).not.toBe(tool.digest);
    expect(await store.resolve('@1')).toEqual(tool);
    expect(await store.resolve(tool.digest)).toEqual(tool);
    const { manifest } = await store.fetchManifest(tool);
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    expect(manifest.layers.map((l) => l.digest)).toEqual([digestOf(la), digestOf(lb)]);
    expect((await buffer(await store.fetchBlob(manifest.layers[1]!))).equals(lb)).toBe(true);

    const none = await caught(store.resolve(''));
    expect(none).toBeInstanceOf(InputError);
    expect(none.message).toBe(
      `docker-archive:${file}: holds 2 images; name one (it has alpine:3.19, docker.io/acme/tool:2)`,
    );
    const wrong = await caught(store.resolve('busybox'));
    expect(wrong).toBeInstanceOf(NotFoundError);
    expect(wrong.message).toBe(
      `docker-archive:${file}: no image tagged "busybox" (it has alpine:3.19, docker.io/acme/tool:2)`,
    );
    await store.close();
  });

  it('a layer altered after unpacking fails its read with a digest error', async () => {
    const layer = await tarOf({ f: 'content' });
    const file = await dockerSave([{ tags: ['x:1'], config: Buffer.from('{}'), layers: [layer] }]);
    const store = await DockerArchiveStore.open(file, { tmpDir: scratch });
    const { manifest } = await store.fetchManifest(await store.resolve(''));
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    const [unpacked] = await readdir(scratch);
    const onDisk = join(scratch, unpacked!, 'blobs', 'sha256', hexOf(manifest.layers[0]!.digest));
    const bytes = await readFile(onDisk);
    bytes[0]! ^= 1;
    await writeFile(onDisk, bytes);
    const err = await caught(buffer(await store.fetchBlob(manifest.layers[0]!)));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(/content does not match digest/);
    await store.close();
  });

  it('names the manifest.json field that points at a missing file, or a link out of the archive', async () => {
    const file = fresh('.tar');
    await writeFile(
      file,
      await tarOf({
        'manifest.json': JSON.stringify([{ Config: 'c.json', RepoTags: [], Layers: ['nope/layer.tar'] }]),
        'c.json': '{}',
      }),
    );
    const err = await caught(DockerArchiveStore.open(file, { tmpDir: scratch }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `docker-archive:${file}: manifest.json[0].Layers[0] names "nope/layer.tar", which is not in the archive`,
    );
    const outside = fresh('.tar');
    await writeFile(
      outside,
      await tarOf([{ name: 'l/layer.tar', type: 'symlink', linkname: '../../outside' }]),
    );
    expect((await caught(DockerArchiveStore.open(outside, { tmpDir: scratch }))).message).toBe(
      `docker-archive:${outside}: archive entry "l/layer.tar" links to "../../outside", outside the archive`,
    );
    const noManifest = fresh('.tar');
    await writeFile(noManifest, await tarOf({ 'x.txt': 'x' }));
    expect((await caught(DockerArchiveStore.open(noManifest, { tmpDir: scratch }))).message).toBe(
      `docker-archive:${noManifest}: the archive has no manifest.json; is it a docker save tarball?`,
    );
    expect(await readdir(scratch)).toEqual([]);
  });
});
