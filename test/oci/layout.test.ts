import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, IntegrityError, NotFoundError } from '../../src/errors.js';
import { type Digest, digestOf, hexOf } from '../../src/oci/digest.js';
import { LayoutStore, REF_NAME } from '../../src/oci/layout.js';
import { MediaType } from '../../src/oci/mediatype.js';
import type { Descriptor } from '../../src/oci/types.js';
import { needPeer } from '../harness/peers.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lading-layout-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
const fresh = () => join(root, `l${n++}`);

async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, content);
  pack.finalize();
  return buffer(pack);
}

interface Built {
  manifest: Buffer;
  descriptor: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  blobs: Map<string, Buffer>;
}

/** A small but real image: gzip tar layers and a config whose diff_ids match them. */
async function buildImage(seed: string, platform = { os: 'linux', architecture: 'amd64' }): Promise<Built> {
  const blobs = new Map<string, Buffer>();
  const tars = [
    await tarOf({ 'etc/seed': seed }),
    await tarOf({ [`app/${seed}.txt`]: `payload ${seed}\n`.repeat(50) }),
  ];
  const layers = tars.map((t) => {
    const gz = gzipSync(t);
    const d: Descriptor = { mediaType: MediaType.ociLayerGzip, digest: digestOf(gz), size: gz.length };
    blobs.set(d.digest, gz);
    return d;
  });
  const configBytes = Buffer.from(
    JSON.stringify({
      ...platform,
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
  return {
    manifest,
    descriptor: { mediaType: MediaType.ociManifest, digest: digestOf(manifest), size: manifest.length },
    config,
    layers,
    blobs,
  };
}

async function pushImage(store: LayoutStore, image: Built, tag?: string): Promise<Descriptor> {
  for (const d of [image.config, ...image.layers]) await store.pushBlob(d, image.blobs.get(d.digest)!);
  return store.pushManifest(image.manifest, MediaType.ociManifest, tag);
}

async function caught(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

const indexJson = async (dir: string) => JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));

describe('opening and creating', () => {
  it('creates a layout that follows the image-layout spec', async () => {
    const dir = fresh();
    await LayoutStore.create(dir);
    expect(JSON.parse(await readFile(join(dir, 'oci-layout'), 'utf8'))).toEqual({
      imageLayoutVersion: '1.0.0',
    });
    expect(await indexJson(dir)).toEqual({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] });
    expect(await readdir(join(dir, 'blobs'))).toEqual(['sha256']);
  });

  it('refuses a missing directory, naming it', async () => {
    const dir = join(root, 'nowhere');
    const err = await caught(LayoutStore.open(dir));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(`oci-dir:${dir}: directory ${dir} does not exist`);
  });

  it('refuses a directory without oci-layout, and will not write into a non-empty one', async () => {
    const dir = fresh();
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    expect((await caught(LayoutStore.open(dir))).message).toBe(
      `oci-dir:${dir}: ${dir} is not an OCI image layout (no oci-layout file)`,
    );
    const err = await caught(LayoutStore.create(dir));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/is not empty and not an OCI image layout; refusing to write into it/);
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses an oci-layout of another version, naming the file and field', async () => {
    const dir = fresh();
    await mkdir(dir);
    await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    await writeFile(join(dir, 'index.json'), '{"schemaVersion":2,"manifests":[]}');
    const err = await caught(LayoutStore.open(dir));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(
      `oci-dir:${dir}: ${join(dir, 'oci-layout')} field imageLayoutVersion is "2.0.0", expected "1.0.0"`,
    );
  });

  it('reports an index.json that is not JSON, naming the file', async () => {
    const dir = fresh();
    await LayoutStore.create(dir);
    await writeFile(join(dir, 'index.json'), '{"schemaVersion":2,');
    const store = await LayoutStore.open(dir);
    const err = await caught(store.listTags());
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(new RegExp(`^${join(dir, 'index.json')}: manifest is not JSON`));
  });
});

describe('reading and writing', () => {
  it('round-trips an image by tag, by digest and by default', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('one');
    const pushed = await pushImage(store, image, 'v1');
    expect(pushed).toEqual(image.descriptor);
    expect(await store.resolve('v1')).toEqual(image.descriptor);
    expect(await store.resolve('')).toEqual(image.descriptor);
    expect(await store.resolve(image.descriptor.digest)).toEqual(image.descriptor);
    const fetched = await store.fetchManifest(pushed);
    expect(fetched.bytes.equals(image.manifest)).toBe(true);
    for (const d of [image.config, ...image.layers]) {
      expect((await buffer(await store.fetchBlob(d))).equals(image.blobs.get(d.digest)!)).toBe(true);
      expect(await store.hasBlob(d)).toBe(true);
    }
    expect(await store.listTags()).toEqual(['v1']);
    // Reopening sees the same state: nothing lives only in memory.
    expect(await (await LayoutStore.open(dir)).resolve('v1')).toEqual(image.descriptor);
  });

  it('leaves no temp files behind', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    await pushImage(store, await buildImage('clean'), 'v1');
    expect((await readdir(dir)).sort()).toEqual(['blobs', 'index.json', 'oci-layout']);
    expect(await readdir(join(dir, 'blobs'))).toEqual(['sha256']);
  });

  it('moves a tag to a new manifest and keeps other tags', async () => {
    const store = await LayoutStore.create(fresh());
    const a = await buildImage('a');
    const b = await buildImage('b');
    await pushImage(store, a, 'stable');
    await pushImage(store, a, 'latest');
    await pushImage(store, b, 'latest');
    expect(await store.resolve('latest')).toEqual(b.descriptor);
    expect(await store.resolve('stable')).toEqual(a.descriptor);
    expect((await store.listTags()).sort()).toEqual(['latest', 'stable']);
  });

  it('keeps every tag when many pushes race in one process', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const other = await LayoutStore.open(dir);
    const image = await buildImage('race');
    for (const d of [image.config, ...image.layers]) await store.pushBlob(d, image.blobs.get(d.digest)!);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? store : other).pushManifest(image.manifest, MediaType.ociManifest, `t${i}`),
      ),
    );
    expect((await store.listTags()).length).toBe(12);
  });

  it('streams a blob pushed as a stream and verifies it', async () => {
    const store = await LayoutStore.create(fresh());
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const d: Descriptor = { mediaType: MediaType.ociLayerTar, digest: digestOf(big), size: big.length };
    const { Readable } = await import('node:stream');
    await store.pushBlob(d, Readable.from([big.subarray(0, 1000), big.subarray(1000)]));
    expect((await buffer(await store.fetchBlob(d))).equals(big)).toBe(true);
  });

  it('pushes a multi-platform index only after its children', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const amd = await buildImage('amd');
    const arm = await buildImage('arm', { os: 'linux', architecture: 'arm64' });
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: [
          { ...amd.descriptor, platform: { os: 'linux', architecture: 'amd64' } },
          { ...arm.descriptor, platform: { os: 'linux', architecture: 'arm64' } },
        ],
      }),
    );
    await pushImage(store, amd);
    const err = await caught(store.pushManifest(index, MediaType.ociIndex, 'multi'));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toContain(
      `referenced blob ${arm.descriptor.digest} (${MediaType.ociManifest}) is missing from ${dir}`,
    );
    await pushImage(store, arm);
    const pushed = await store.pushManifest(index, MediaType.ociIndex, 'multi');
    expect(await store.resolve('multi')).toEqual(pushed);
    // Children are blobs, not index.json entries, as skopeo writes them.
    expect((await indexJson(dir)).manifests).toHaveLength(1);
  });
});

describe('bad content and missing pieces', () => {
  it('never tags a manifest whose layer is missing, and leaves index.json and blobs/ untouched', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    await pushImage(store, await buildImage('base'), 'base');
    const before = await readFile(join(dir, 'index.json'));
    const blobsBefore = (await readdir(join(dir, 'blobs', 'sha256'))).sort();
    const image = await buildImage('partial');
    await store.pushBlob(image.config, image.blobs.get(image.config.digest)!);
    await store.pushBlob(image.layers[0]!, image.blobs.get(image.layers[0]!.digest)!);
    const err = await caught(store.pushManifest(image.manifest, MediaType.ociManifest, 'v2'));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toBe(
      `oci-dir:${dir}@${image.descriptor.digest}: referenced blob ${image.layers[1]!.digest} (${MediaType.ociLayerGzip}) is missing from ${dir}`,
    );
    expect((await readFile(join(dir, 'index.json'))).equals(before)).toBe(true);
    const blobsAfter = await readdir(join(dir, 'blobs', 'sha256'));
    expect(blobsAfter).not.toContain(hexOf(image.descriptor.digest));
    expect(blobsAfter.length).toBe(blobsBefore.length + 2);
    expect(await caught(store.resolve('v2'))).toBeInstanceOf(NotFoundError);
  });

  it('a missing blob is NotFoundError naming the layout directory and digest', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('gone');
    await pushImage(store, image, 'v1');
    const layer = image.layers[0]!;
    await rm(join(dir, 'blobs', 'sha256', hexOf(layer.digest)));
    const err = await caught(store.fetchBlob(layer));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toBe(`oci-dir:${dir}@${layer.digest}: blob not found in ${dir}`);
    expect(await store.hasBlob(layer)).toBe(false);
    await rm(join(dir, 'blobs', 'sha256', hexOf(image.descriptor.digest)));
    const m = await caught(store.fetchManifest(image.descriptor));
    expect(m).toBeInstanceOf(NotFoundError);
    expect(m.message).toBe(`oci-dir:${dir}@${image.descriptor.digest}: manifest blob not found in ${dir}`);
  });

  it('a corrupt layer fails the read stream with a digest error', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('rot');
    await pushImage(store, image, 'v1');
    const layer = image.layers[1]!;
    const flipped = Buffer.from(image.blobs.get(layer.digest)!);
    flipped[flipped.length - 9]! ^= 0xff;
    await writeFile(join(dir, 'blobs', 'sha256', hexOf(layer.digest)), flipped);
    const err = await caught(buffer(await store.fetchBlob(layer)));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(
      new RegExp(
        `^blob oci-dir:${dir}@${layer.digest}: content does not match digest ${layer.digest} \\(got sha256:`,
      ),
    );
  });

  it('a corrupt manifest is an IntegrityError naming where', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('m');
    await pushImage(store, image, 'v1');
    await writeFile(
      join(dir, 'blobs', 'sha256', hexOf(image.descriptor.digest)),
      image.manifest.toString().replace('2', '3'),
    );
    const err = await caught(store.fetchManifest(image.descriptor));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(
      new RegExp(`^oci-dir:${dir}@${image.descriptor.digest}: content does not match digest`),
    );
  });

  it('refuses a pushed blob whose bytes do not match, leaving nothing behind', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const d: Descriptor = { mediaType: MediaType.ociLayerTar, digest: digestOf('right'), size: 5 };
    const { Readable } = await import('node:stream');
    const err = await caught(store.pushBlob(d, Readable.from([Buffer.from('wrong')])));
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(`blob oci-dir:${dir}@${d.digest}: content does not match digest`);
    const short = await caught(store.pushBlob({ ...d, size: 9 }, Buffer.from('right')));
    expect(short.message).toMatch(/content is 5 bytes, its descriptor says 9/);
    expect(await readdir(join(dir, 'blobs', 'sha256'))).toEqual([]);
    expect((await readdir(join(dir, 'blobs'))).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a multi-megabyte stream that is cut short or corrupt, leaving nothing behind', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const { PassThrough, Readable } = await import('node:stream');
    const big = Buffer.alloc(2 * 1024 * 1024 + 5, 3);
    const d: Descriptor = { mediaType: MediaType.ociLayerTar, digest: digestOf(big), size: big.length };
    const cut = new PassThrough();
    // As fetchBlob's streams do: an error before the store attaches its reader is not an uncaught one.
    cut.on('error', () => {});
    const pushing = store.pushBlob(d, cut);
    cut.write(big.subarray(0, 1024 * 1024));
    cut.destroy(new Error('socket hang up'));
    expect((await caught(pushing)).message).toMatch(
      `oci-dir:${dir}@${d.digest}: writing blob failed: socket hang up`,
    );
    const corrupt = Buffer.from(big);
    corrupt[corrupt.length - 1] = 4;
    const err = await caught(
      store.pushBlob(d, Readable.from([corrupt.subarray(0, 70_000), corrupt.subarray(70_000)])),
    );
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message).toMatch(`blob oci-dir:${dir}@${d.digest}: content does not match digest`);
    expect(await readdir(join(dir, 'blobs', 'sha256'))).toEqual([]);
    expect((await readdir(join(dir, 'blobs'))).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('names the tags it has when a tag is unknown or none was named among several', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    await pushImage(store, await buildImage('x'), 'a');
    await pushImage(store, await buildImage('y'), 'b');
    const unknown = await caught(store.resolve('c'));
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown.message).toBe(`oci-dir:${dir}: no tag "c" (it has a, b)`);
    const none = await caught(store.resolve(''));
    expect(none).toBeInstanceOf(InputError);
    expect(none.message).toBe(
      `oci-dir:${dir}: holds 2 tagged images (a, b); name one as oci-dir:${dir}:TAG or @DIGEST`,
    );
    const badTag = await caught(
      store.pushManifest((await buildImage('z')).manifest, MediaType.ociManifest, 'no spaces'),
    );
    expect(badTag).toBeInstanceOf(InputError);
    expect(badTag.message).toBe(`oci-dir:${dir}: "no spaces" is not a valid tag`);
    const badDigest = await caught(store.resolve('sha256:nothex'));
    expect(badDigest).toBeInstanceOf(InputError);
  });

  it('reads containerd image names as tags', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('ctr');
    await pushImage(store, image);
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          { ...image.descriptor, annotations: { 'io.containerd.image.name': 'docker.io/library/ctr:1.2' } },
        ],
      }),
    );
    expect(await store.resolve('docker.io/library/ctr:1.2')).toEqual(image.descriptor);
    expect(await store.resolve('1.2')).toEqual(image.descriptor);
    expect(await store.listTags()).toEqual(['docker.io/library/ctr:1.2']);
  });
});

describe('referrers', () => {
  async function artifact(subject: Descriptor, type: string, note: string) {
    const blob = Buffer.from(note);
    const layer: Descriptor = {
      mediaType: 'application/vnd.example.note',
      digest: digestOf(blob),
      size: blob.length,
    };
    const empty = Buffer.from('{}');
    const config: Descriptor = { mediaType: MediaType.ociEmpty, digest: digestOf(empty), size: 2 };
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType: type,
        config,
        layers: [layer],
        subject,
        annotations: { 'org.example.note': note },
      }),
    );
    return { manifest, blobs: [[layer, blob] as const, [config, empty] as const] };
  }

  it('records a referrer as an untagged index.json entry and finds it by subject and type', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const image = await buildImage('subject');
    const subject = await pushImage(store, image, 'v1');
    const sig = await artifact(subject, 'application/vnd.example.sig', 'signed');
    const sbom = await artifact(subject, 'application/vnd.example.sbom', 'listed');
    for (const a of [sig, sbom]) for (const [d, b] of a.blobs) await store.pushBlob(d, b);
    const sigDesc = await store.pushManifest(sig.manifest, MediaType.ociManifest);
    const sbomDesc = await store.pushManifest(sbom.manifest, MediaType.ociManifest);
    // Pushing the same referrer again adds no duplicate entry.
    await store.pushManifest(sig.manifest, MediaType.ociManifest);

    const entries = (await indexJson(dir)).manifests as Descriptor[];
    expect(entries).toHaveLength(3);
    expect(entries[1]).toEqual({
      ...sigDesc,
      artifactType: 'application/vnd.example.sig',
      annotations: { 'org.example.note': 'signed' },
    });
    expect(entries[1]?.annotations?.[REF_NAME]).toBeUndefined();
    expect(await store.listTags()).toEqual(['v1']);
    expect(await store.resolve('')).toEqual(subject);

    const fresh2 = await LayoutStore.open(dir); // no cache: read from disk
    const all = await fresh2.referrers(subject.digest);
    expect(all.map((d) => d.digest).sort()).toEqual([sigDesc.digest, sbomDesc.digest].sort());
    const sboms = await fresh2.referrers(subject.digest, { artifactType: 'application/vnd.example.sbom' });
    expect(sboms).toEqual([
      {
        ...sbomDesc,
        artifactType: 'application/vnd.example.sbom',
        annotations: { 'org.example.note': 'listed' },
      },
    ]);
    expect(await fresh2.referrers(sigDesc.digest)).toEqual([]);
  });

  const oras = needPeer('oras');
  it.skipIf(!oras)('oras discovers lading referrers, and lading lists what oras attached', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const subject = await pushImage(store, await buildImage('oras'), 'v1');
    const sig = await artifact(subject, 'application/vnd.example.sig', 'by-lading');
    for (const [d, b] of sig.blobs) await store.pushBlob(d, b);
    const ours = await store.pushManifest(sig.manifest, MediaType.ociManifest);

    const discovered = JSON.parse(
      execFileSync(oras!, ['discover', '--oci-layout', `${dir}:v1`, '--format', 'json'], {
        encoding: 'utf8',
      }),
    );
    const found = (discovered.referrers ?? discovered.manifests) as Array<{
      digest: string;
      artifactType: string;
    }>;
    expect(found.map((r) => [r.digest, r.artifactType])).toEqual([
      [ours.digest, 'application/vnd.example.sig'],
    ]);

    const file = join(root, 'attached.txt');
    await writeFile(file, 'by oras');
    execFileSync(
      oras!,
      [
        'attach',
        '--oci-layout',
        `${dir}:v1`,
        '--artifact-type',
        'application/vnd.example.oras',
        '--annotation',
        'who=oras',
        'attached.txt:text/plain',
      ],
      { cwd: root, stdio: 'pipe' },
    );
    const fromOras = await store.referrers(subject.digest, { artifactType: 'application/vnd.example.oras' });
    expect(fromOras).toHaveLength(1);
    expect(fromOras[0]?.annotations?.who).toBe('oras');
    const attached = await store.fetchManifest(fromOras[0]!);
    expect(attached.manifest.subject?.digest).toBe(subject.digest);
    expect(await store.referrers(subject.digest)).toHaveLength(2);
  });

  it.skipIf(!oras)('reads a layout written by oras push, tags and blobs alike', async () => {
    const dir = fresh();
    const file = join(root, 'payload.txt');
    await writeFile(file, 'hello from oras\n');
    execFileSync(
      oras!,
      [
        'push',
        '--oci-layout',
        `${dir}:art`,
        '--artifact-type',
        'application/vnd.example.thing',
        `payload.txt:text/plain`,
      ],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const store = await LayoutStore.open(dir);
    expect(await store.listTags()).toEqual(['art']);
    const fetched = await store.fetchManifest(await store.resolve('art'));
    expect(fetched.manifest.artifactType).toBe('application/vnd.example.thing');
    const layer = 'layers' in fetched.manifest ? fetched.manifest.layers[0]! : undefined;
    expect((await buffer(await store.fetchBlob(layer!))).toString()).toBe('hello from oras\n');
  });
});

describe('interop with real skopeo', () => {
  const skopeo = needPeer('skopeo');
  const run = (...args: string[]) =>
    execFileSync(skopeo!, ['--insecure-policy', ...args], { encoding: 'utf8', stdio: 'pipe' });

  it.skipIf(!skopeo)(
    'skopeo reads a layout lading wrote: same manifest digest, and copies it intact',
    async () => {
      const dir = fresh();
      const store = await LayoutStore.create(dir);
      const image = await buildImage('to-skopeo');
      const pushed = await pushImage(store, image, 'v1');
      const raw = Buffer.from(run('inspect', '--raw', `oci:${dir}:v1`));
      expect(digestOf(raw)).toBe(pushed.digest);
      const inspected = JSON.parse(run('inspect', `oci:${dir}:v1`));
      expect(inspected.Digest).toBe(pushed.digest);
      expect(inspected.Layers).toEqual(image.layers.map((l) => l.digest));
    },
  );

  it.skipIf(!skopeo)('lading reads a layout skopeo wrote, with identical digests', async () => {
    const ours = fresh();
    const store = await LayoutStore.create(ours);
    const image = await buildImage('from-skopeo');
    await pushImage(store, image, 'v1');
    const theirs = fresh();
    run('copy', `oci:${ours}:v1`, `oci:${theirs}:copied`);
    const read = await LayoutStore.open(theirs);
    const d = await read.resolve('copied');
    expect(d.digest).toBe(image.descriptor.digest);
    const { manifest } = await read.fetchManifest(d);
    if (!('layers' in manifest)) throw new Error('expected an image manifest');
    expect(manifest.config.digest).toBe(image.config.digest);
    expect(manifest.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
    for (const blob of [manifest.config, ...manifest.layers]) {
      expect((await buffer(await read.fetchBlob(blob))).equals(image.blobs.get(blob.digest)!)).toBe(true);
    }
    // skopeo adds a second tag to the same layout; lading sees both.
    run('copy', `oci:${ours}:v1`, `oci:${theirs}:again`);
    expect((await read.listTags()).sort()).toEqual(['again', 'copied']);
  });

  it.skipIf(!skopeo)('skopeo reads a layout where lading moved a tag and added referrers', async () => {
    const dir = fresh();
    const store = await LayoutStore.create(dir);
    const first = await buildImage('first');
    await pushImage(store, first, 'v1');
    const second = await pushImage(store, await buildImage('second'), 'v1');
    const note = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: first.config,
        layers: [],
        subject: second,
      }),
    );
    await store.pushManifest(note, MediaType.ociManifest);
    expect((await indexJson(dir)).manifests).toHaveLength(2);
    expect(JSON.parse(run('inspect', `oci:${dir}:v1`)).Digest).toBe(second.digest as Digest);
  });
});
