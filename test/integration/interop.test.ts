import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import type { Digest } from '../../src/oci/digest.js';
import { createTransport } from '../../src/oci/http.js';
import { MediaType } from '../../src/oci/mediatype.js';
import { RegistryStore } from '../../src/oci/registry.js';
import type { ImageIndex } from '../../src/oci/types.js';
import { copyStep } from '../../src/steps/copy.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { buildTestImage, lading, peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// Interop with real crane and skopeo on distribution 2.8 (no auth), both ways:
// what lading writes they read with the same digests and bytes, and what they
// write lading reads, copies and keeps byte-identical.

const peers = needPeers('docker-registry', 'crane', 'skopeo');

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The manifest bytes a layout stores for `digest`. */
function layoutBlob(dir: string, digest: string): Promise<Buffer> {
  return readFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)));
}

/** The digest index.json of a layout gives to `tag` (or its only entry). */
async function layoutDigest(dir: string, tag?: string): Promise<string> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  const entry = tag
    ? index.manifests.find((d) => d.annotations?.['org.opencontainers.image.ref.name'] === tag)
    : index.manifests[0];
  if (!entry) throw new Error(`${dir}/index.json has no entry ${tag ?? ''}: ${JSON.stringify(index)}`);
  return entry.digest;
}

/** A one-file uncompressed layer tarball for crane append. */
async function layerTar(file: string, seed: string): Promise<void> {
  const p = pack();
  p.entry({ name: 'seed.txt', mode: 0o644, mtime: new Date(0) }, `${seed}\n`);
  p.entry({ name: 'random.bin', mode: 0o644, mtime: new Date(0) }, randomBytes(16 * 1024));
  p.finalize();
  await pipeline(p, createWriteStream(file));
}

describe.skipIf(!peers)('interop with crane and skopeo on distribution 2.8', () => {
  let reg: TestRegistry;
  let work: string;
  let built: { dir: string; digest: string };
  const bins = peers!;
  const crane = (...args: string[]) => peerOk(bins.crane, [...args, '--insecure']);
  const skopeo = (...args: string[]) => peerOk(bins.skopeo, args);

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('interop');
    const dir = join(work, 'built');
    const image = await buildTestImage(`oci-dir:${dir}:v1`, { seed: 'interop-built' });
    built = { dir, digest: image.digest };
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('pushes a layout it built; crane digest, crane manifest and skopeo inspect --raw agree byte for byte', async () => {
    const ref = `${reg.host}/interop/built:v1`;
    const r = await lading(['copy', `oci-dir:${built.dir}:v1`, `registry:${ref}`], { cwd: work });
    expect(r.stderr).not.toMatch(/lading:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(built.digest);

    const stored = await layoutBlob(built.dir, built.digest);
    expect((await crane('digest', ref)).trim()).toBe(built.digest);
    expect(Buffer.from(await crane('manifest', ref)).equals(stored)).toBe(true);
    const raw = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${ref}`);
    expect(Buffer.from(raw).equals(stored)).toBe(true);
  });

  it('what lading pushed, crane pull --format oci and skopeo copy to oci: fetch with the same digest', async () => {
    const ref = `${reg.host}/interop/pulled:v1`;
    await copyStep(
      {
        source: `oci-dir:${built.dir}:v1`,
        destination: `registry:${ref}`,
        referrers: true,
        access: testAccess(work),
      },
      silentReporter,
    );
    const byCrane = join(work, 'crane-pull');
    await crane('pull', '--format', 'oci', ref, byCrane);
    expect(await layoutDigest(byCrane)).toBe(built.digest);

    const bySkopeo = join(work, 'skopeo-pull');
    await skopeo('copy', '--src-tls-verify=false', `docker://${ref}`, `oci:${bySkopeo}:v1`);
    expect(await layoutDigest(bySkopeo, 'v1')).toBe(built.digest);
    // And lading reads what skopeo wrote, every blob verified.
    const inspected = await lading(['inspect', '--json', `oci-dir:${bySkopeo}:v1`]);
    expect(inspected.code).toBe(0);
    expect(JSON.parse(inspected.stdout).descriptor.digest).toBe(built.digest);
  });

  for (const [label, flags, mediaType] of [
    ['Docker v2s2', [] as string[], MediaType.dockerManifest],
    ['OCI (--oci-empty-base)', ['--oci-empty-base'], MediaType.ociManifest],
  ] as const) {
    it(`copies what crane append pushed with ${label} types to an oci-dir and an oci-archive, digests unchanged`, async () => {
      const repo = `interop/crane-${flags.length ? 'oci' : 'docker'}`;
      const ref = `${reg.host}/${repo}:v1`;
      const tar = join(work, `${repo.replace('/', '-')}.tar`);
      await layerTar(tar, label);
      await crane('append', ...flags, '-f', tar, '-t', ref);
      const digest = (await crane('digest', ref)).trim();
      const pushed = Buffer.from(await crane('manifest', ref));
      expect(JSON.parse(pushed.toString()).mediaType).toBe(mediaType);

      const dir = join(work, `${repo.replace('/', '-')}-dir`);
      const toDir = await lading(['copy', '--json', `registry:${ref}`, `oci-dir:${dir}:v1`]);
      expect(toDir.stderr).not.toMatch(/lading:/);
      expect(JSON.parse(toDir.stdout).root.digest).toBe(digest);
      expect(await layoutDigest(dir, 'v1')).toBe(digest);
      expect((await layoutBlob(dir, digest)).equals(pushed)).toBe(true);

      const archive = join(work, `${repo.replace('/', '-')}.oci.tar`);
      const toArchive = await lading(['copy', '--json', `registry:${ref}`, `oci-archive:${archive}:v1`]);
      expect(toArchive.code).toBe(0);
      expect(JSON.parse(toArchive.stdout).root.digest).toBe(digest);
      const fromArchive = await lading(['inspect', '--json', `oci-archive:${archive}:v1`]);
      expect(JSON.parse(fromArchive.stdout).descriptor.digest).toBe(digest);
      if (mediaType === MediaType.ociManifest) {
        // skopeo reads lading's oci-dir and finds the same manifest. (skopeo 1.9's
        // oci: transport only looks at OCI-typed index.json entries, so the Docker
        // case goes back to a registry instead, where crane reads it.)
        const raw = await skopeo('inspect', '--raw', `oci:${dir}:v1`);
        expect(sha256(Buffer.from(raw))).toBe(digest);
      } else {
        const back = `${reg.host}/${repo}-back:v1`;
        expect((await lading(['copy', `oci-dir:${dir}:v1`, `registry:${back}`])).code).toBe(0);
        expect(Buffer.from(await crane('manifest', back)).equals(pushed)).toBe(true);
      }
    });
  }

  it('copies what skopeo copy pushed, digest unchanged, and skopeo inspect reads the layout lading wrote', async () => {
    const ref = `${reg.host}/interop/by-skopeo:v1`;
    await skopeo('copy', '--dest-tls-verify=false', `oci:${built.dir}:v1`, `docker://${ref}`);
    const digest = (await crane('digest', ref)).trim();
    const dir = join(work, 'from-skopeo');
    const r = await lading(['copy', `registry:${ref}`, `oci-dir:${dir}:copied`]);
    expect(r.code).toBe(0);
    expect(await layoutDigest(dir, 'copied')).toBe(digest);
    const inspected = JSON.parse(await skopeo('inspect', `oci:${dir}:copied`)) as { Digest: string };
    expect(inspected.Digest).toBe(digest);
  });

  describe('a multi-platform index', () => {
    let indexRef: string;
    let indexDigest: string;
    let arm64: string;
    beforeAll(async () => {
      const amd = await buildTestImage(`registry:${reg.host}/interop/plat:amd64`, {
        seed: 'amd64',
        platform: 'linux/amd64',
      });
      const arm = await buildTestImage(`registry:${reg.host}/interop/plat:arm64`, {
        seed: 'arm64',
        platform: 'linux/arm64/v8',
      });
      arm64 = arm.digest;
      indexRef = `${reg.host}/interop/multi:v1`;
      await crane(
        'index',
        'append',
        '-m',
        `${reg.host}/interop/plat@${amd.digest}`,
        '-m',
        `${reg.host}/interop/plat@${arm.digest}`,
        '-t',
        indexRef,
      );
      indexDigest = (await crane('digest', indexRef)).trim();
    });

    it('goes registry -> layout -> another repository whole, with the same index digest', async () => {
      const dir = join(work, 'multi');
      const down = await lading(['copy', '--json', `registry:${indexRef}`, `oci-dir:${dir}:v1`]);
      expect(down.stderr).not.toMatch(/lading:/);
      expect(await layoutDigest(dir, 'v1')).toBe(indexDigest);
      // Both platform images came along, not just the index.
      expect(JSON.parse(down.stdout).manifests).toBe(3);

      const back = `${reg.host}/interop/multi-again:v1`;
      const up = await lading(['copy', `oci-dir:${dir}:v1`, `registry:${back}`]);
      expect(up.code).toBe(0);
      expect((await crane('digest', back)).trim()).toBe(indexDigest);
      expect((await crane('digest', '--platform', 'linux/arm64/v8', back)).trim()).toBe(arm64);
    });

    it('inspect --platform details the image of that platform', async () => {
      const r = await lading(['inspect', '--json', '--platform', 'linux/arm64', `registry:${indexRef}`]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        platforms: { platform: string }[];
        image: { descriptor: { digest: string } };
      };
      expect(out.platforms.map((p) => p.platform).sort()).toEqual(['linux/amd64', 'linux/arm64/v8']);
      expect(out.image.descriptor.digest).toBe(arm64);
    });

    it('an unknown platform fails with exit 3 and lists the platforms the index offers', async () => {
      const r = await lading(['inspect', '--platform', 'linux/s390x', `registry:${indexRef}`]);
      expect(r.code).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/linux\/s390x/);
      expect(lines[0]).toContain('linux/amd64');
      expect(lines[0]).toContain('linux/arm64/v8');
      expect(lines[0]).toContain(`${reg.host}/interop/multi`);
    });
  });

  it('lists every tag of a repository, also when asked for small pages', async () => {
    const transport = createTransport({ registry: reg.host });
    try {
      const store = new RegistryStore(transport, 'interop/tags');
      const image = await buildTestImage(`registry:${reg.host}/interop/tags:t00`, { seed: 'tags' });
      const fetched = await store.fetchManifest({ digest: image.digest });
      const want = ['t00'];
      for (let i = 1; i < 12; i++) {
        const tag = `t${String(i).padStart(2, '0')}`;
        await store.pushManifest(fetched.bytes, fetched.descriptor.mediaType, tag);
        want.push(tag);
      }
      expect((await store.listTags()).sort()).toEqual(want);
      expect((await store.listTags({ pageSize: 5 })).sort()).toEqual(want);
      const byCrane = (await crane('ls', `${reg.host}/interop/tags`)).trim().split('\n').sort();
      expect(byCrane).toEqual(want);
    } finally {
      await transport.close();
    }
  });

  it('mounts blobs when copying between two repositories of one registry', async () => {
    const from = `${reg.host}/interop/mount-src:v1`;
    await lading(['copy', `oci-dir:${built.dir}:v1`, `registry:${from}`]);
    const r = await lading([
      'copy',
      '--json',
      `registry:${from}`,
      `registry:${reg.host}/interop/mount-dst:v1`,
    ]);
    expect(r.code).toBe(0);
    const blobs = JSON.parse(r.stdout).blobs as { copied: number; mounted: number; bytes: number };
    // The config and the one layer: mounted, none transferred.
    expect(blobs).toMatchObject({ mounted: 2, copied: 0, bytes: 0 });
    expect((await crane('digest', `${reg.host}/interop/mount-dst:v1`)).trim()).toBe(built.digest);
  });

  it('uploads no blob to a repository that already has them', async () => {
    const ref = `${reg.host}/interop/again`;
    const first = await lading(['copy', '--json', `oci-dir:${built.dir}:v1`, `registry:${ref}:one`]);
    expect(JSON.parse(first.stdout).blobs).toMatchObject({ copied: 2, exists: 0 });
    const second = await lading(['copy', '--json', `oci-dir:${built.dir}:v1`, `registry:${ref}:two`]);
    expect(JSON.parse(second.stdout).blobs).toMatchObject({ copied: 0, exists: 2, bytes: 0 });
    expect((await crane('digest', `${ref}:two`)).trim()).toBe(built.digest);
  });

  it('deletes a manifest where the registry allows it', async () => {
    const ref = `${reg.host}/interop/doomed:v1`;
    await lading(['copy', `oci-dir:${built.dir}:v1`, `registry:${ref}`]);
    const transport = createTransport({ registry: reg.host });
    try {
      const store = new RegistryStore(transport, 'interop/doomed');
      await store.deleteManifest(built.digest as Digest);
      await expect(store.resolve('v1')).rejects.toThrow(NotFoundError);
      const crashed = await lading(['inspect', `registry:${ref}`]);
      expect(crashed.code).toBe(3);
      expect(crashed.stderr).toContain(`${reg.host}/interop/doomed:v1`);
      await expect(store.deleteManifest(built.digest as Digest)).rejects.toThrow(/not found/);
    } finally {
      await transport.close();
    }
  });
});
