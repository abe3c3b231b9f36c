import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIGEST_ANNOTATION, BASE_NAME_ANNOTATION } from '../../src/build/assembler.js';
import { MediaType } from '../../src/oci/mediatype.js';
import { openLocation } from '../../src/oci/opener.js';
import type { ImageManifest } from '../../src/oci/types.js';
import { ALPINE_ENV, type BaseFixtures, pushAlpineBases } from '../build/base-fixtures.js';
import { lading, peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers, needShared } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// `lading build --from`: a real Alpine base (the published minirootfs) in a
// real distribution registry, checked by crane and skopeo.

const peers = needPeers('docker-registry', 'crane', 'skopeo');
const ROOTFS = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');

describe.skipIf(!peers || !ROOTFS)('lading build --from a base image', () => {
  let reg: TestRegistry;
  let work: string;
  let app: string;
  let base: BaseFixtures;
  const bins = peers!;
  const crane = (...args: string[]) => peerOk(bins.crane, [...args, '--insecure']);
  const skopeo = (...args: string[]) => peerOk(bins.skopeo, args);
  const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

  async function makeApp(dir: string, mtime: number): Promise<string> {
    await mkdir(join(dir, 'bin'), { recursive: true });
    await writeFile(join(dir, 'hello.txt'), 'hello from lading\n');
    await writeFile(join(dir, 'bin', 'run'), '#!/bin/sh\necho run\n', { mode: 0o755 });
    for (const p of ['hello.txt', 'bin/run', 'bin', '.']) await utimes(join(dir, p), mtime, mtime);
    return dir;
  }

  const build = async (args: string[], env: NodeJS.ProcessEnv = EPOCH) => {
    const r = await lading(['build', ...args, '--json'], { env, cwd: work });
    return { ...r, result: r.code === 0 ? JSON.parse(r.stdout) : undefined };
  };

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('build-from');
    app = await makeApp(join(work, 'one', 'app'), 1_000_000);
    const loc = await openLocation(`registry:${reg.host}/base/alpine`, 'write', testAccess(work));
    try {
      base = await pushAlpineBases(loc.store, ROOTFS!);
    } finally {
      await loc.close();
    }
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('builds on a Docker-typed base: base layer mounted, config inherited and changed, OCI types; crane and skopeo agree', async () => {
    const r = await build([
      '--from',
      `${reg.host}/base/alpine:docker`,
      '--dir',
      `${app}:/app`,
      '--output',
      `registry:${reg.host}/apps/web:1`,
      '--env',
      'PATH=/app/bin:/usr/bin:/bin',
      '--env',
      'APP_MODE=prod',
      '--label',
      'keep=mine',
      '--expose',
      '8080',
      '--user',
      '1000:1000',
    ]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const digest = r.result.manifest.digest as string;
    expect(r.result.base).toMatchObject({
      name: `${reg.host}/base/alpine:docker`,
      digest: base.docker.digest,
      manifest: base.docker.digest,
      layers: 1,
      blobs: { mounted: 1, copied: 0 },
    });
    const ref = `${reg.host}/apps/web@${digest}`;
    await crane('validate', '--remote', ref);

    const manifest = JSON.parse(await crane('manifest', ref)) as ImageManifest;
    expect(manifest.mediaType).toBe(MediaType.ociManifest);
    expect(manifest.config.mediaType).toBe(MediaType.ociConfig);
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([MediaType.ociLayerGzip, MediaType.ociLayerGzip]);
    expect(manifest.layers[0]?.digest).toBe(base.alpineLayer.digest);
    expect(manifest.annotations).toMatchObject({
      [BASE_NAME_ANNOTATION]: `${reg.host}/base/alpine:docker`,
      [BASE_DIGEST_ANNOTATION]: base.docker.digest,
    });

    const config = JSON.parse(await crane('config', ref));
    expect(config.created).toBe('2023-11-14T22:13:20.000Z');
    expect(config.config.Env).toEqual(['PATH=/app/bin:/usr/bin:/bin', ALPINE_ENV[1], 'APP_MODE=prod']);
    expect(config.config.Cmd).toEqual(['/bin/sh']);
    expect(config.config.User).toBe('1000:1000');
    expect(config.config.StopSignal).toBe('SIGQUIT');
    expect(config.config.ExposedPorts).toEqual({ '22/tcp': {}, '8080/tcp': {} });
    expect(config.config.Labels).toEqual({
      keep: 'mine',
      'org.opencontainers.image.vendor': 'alpine-fixture',
    });
    expect(config.rootfs.diff_ids[0]).toBe(base.alpineDiffId);
    expect(config.rootfs.diff_ids).toHaveLength(2);
    expect(config.history).toHaveLength(2);
    expect(config.history[0].created_by).toBe('ADD alpine-minirootfs.tar.gz /');
    expect(config.history[1].created_by).toBe('lading build --dir app:/app');

    const inspected = JSON.parse(await skopeo('inspect', '--tls-verify=false', `docker://${ref}`));
    expect(inspected.Digest).toBe(digest);
    expect(inspected.Architecture).toBe('amd64');
    expect(inspected.Layers).toEqual(manifest.layers.map((l) => l.digest));

    // The flattened file system has Alpine's shell and the app, as a runtime would see it.
    const flat = join(work, 'flat.tar');
    await crane('export', ref, flat);
    const names = execFileSync('tar', ['tf', flat], { maxBuffer: 64 << 20 })
      .toString()
      .split('\n');
    expect(names).toEqual(
      expect.arrayContaining(['bin/sh', 'lib/apk/db/installed', 'app/hello.txt', 'app/bin/run']),
    );
  });

  it('picks the --platform image of a multi-platform base, linux/amd64 by default, and names the index as base digest', async () => {
    const arm = await build([
      '--from',
      `${reg.host}/base/alpine:multi`,
      '--platform',
      'linux/arm64',
      '--dir',
      `${app}:/app`,
      '--output',
      `registry:${reg.host}/apps/multi:arm64`,
    ]);
    expect(arm.code).toBe(0);
    expect(arm.result.platform).toBe('linux/arm64/v8');
    expect(arm.result.base).toMatchObject({ digest: base.index.digest, manifest: base.arm64.digest });
    const armConfig = JSON.parse(await crane('config', `${reg.host}/apps/multi:arm64`));
    expect([armConfig.os, armConfig.architecture, armConfig.variant]).toEqual(['linux', 'arm64', 'v8']);
    const armManifest = JSON.parse(await crane('manifest', `${reg.host}/apps/multi:arm64`)) as ImageManifest;
    expect(armManifest.annotations?.[BASE_DIGEST_ANNOTATION]).toBe(base.index.digest);

    const amd = await build([
      '--from',
      `${reg.host}/base/alpine:multi`,
      '--dir',
      `${app}:/app`,
      '--output',
      `registry:${reg.host}/apps/multi:amd64`,
    ]);
    expect(amd.code).toBe(0);
    expect(amd.result.platform).toBe('linux/amd64');
    expect(amd.result.base.manifest).toBe(base.amd64.digest);
    await crane('validate', '--remote', `${reg.host}/apps/multi:amd64`);
  });

  it('is reproducible: same content from other directories with other mtimes gives the same digest, in a registry and in layouts', async () => {
    const other = await makeApp(join(work, 'two', 'app'), 2_000_000);
    const outputs = [
      `registry:${reg.host}/apps/repro:1`,
      `oci-dir:${join(work, 'repro-a')}:1`,
      `oci-archive:${join(work, 'repro-b.tar')}:1`,
    ];
    const digests: string[] = [];
    for (const [i, output] of outputs.entries()) {
      const r = await build([
        '--from',
        `${reg.host}/base/alpine:docker`,
        '--dir',
        `${i % 2 ? other : app}:/srv`,
        '--output',
        output,
      ]);
      expect(r.code, r.stderr).toBe(0);
      digests.push(r.result.manifest.digest);
    }
    expect(new Set(digests).size).toBe(1);
    // SOURCE_DATE_EPOCH is an input: another one, another image.
    const later = await build(
      ['--from', `${reg.host}/base/alpine:docker`, '--dir', `${app}:/srv`, '--output', outputs[1]!],
      { SOURCE_DATE_EPOCH: '1700000001' },
    );
    expect(later.result.manifest.digest).not.toBe(digests[0]);
    // skopeo reads the layout lading wrote.
    const fromLayout = JSON.parse(await skopeo('inspect', `oci:${join(work, 'repro-a')}:1`));
    expect(fromLayout.Layers).toHaveLength(2);
  });

  it('takes the base from oci-dir, oci-archive and docker-archive sources, copying its blobs to the registry', async () => {
    const layout = join(work, 'base-layout');
    const archive = join(work, 'base.tar');
    const dockerTar = join(work, 'base-docker.tar');
    for (const dest of [`oci-dir:${layout}:3.20`, `oci-archive:${archive}:3.20`]) {
      const c = await lading(['copy', `${reg.host}/base/alpine:docker`, dest], { cwd: work });
      expect(c.code, c.stderr).toBe(0);
    }
    await skopeo(
      'copy',
      '--src-tls-verify=false',
      `docker://${reg.host}/base/alpine:docker`,
      `docker-archive:${dockerTar}:example.com/base/alpine:3.20`,
    );
    const name = 'example.com/base/alpine:3.20';
    const results = [];
    for (const [i, from] of [`oci-dir:${layout}:3.20`, `oci-archive:${archive}:3.20`].entries()) {
      const r = await build([
        '--from',
        from,
        '--base-name',
        name,
        '--dir',
        `${app}:/app`,
        '--output',
        `registry:${reg.host}/apps/local:${i}`,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.result.base.blobs).toMatchObject({ copied: i === 0 ? 1 : 0, exists: i === 0 ? 0 : 1 });
      results.push(r.result.manifest.digest);
    }
    // Same base content, same name: the same image whichever container it came in.
    expect(results[0]).toBe(results[1]);
    const manifest = JSON.parse(await crane('manifest', `${reg.host}/apps/local:0`)) as ImageManifest;
    expect(manifest.annotations?.[BASE_NAME_ANNOTATION]).toBe(name);

    // docker save archives hold plain tars: gzip'd as docker push does, the diff_id unchanged.
    const fromDocker = await build([
      '--from',
      `docker-archive:${dockerTar}`,
      '--dir',
      `${app}:/app`,
      '--output',
      `registry:${reg.host}/apps/docker-archive:1`,
    ]);
    expect(fromDocker.code, fromDocker.stderr).toBe(0);
    const dm = JSON.parse(await crane('manifest', `${reg.host}/apps/docker-archive:1`)) as ImageManifest;
    expect(dm.layers[0]?.mediaType).toBe(MediaType.ociLayerGzip);
    expect(dm.layers[0]?.digest).not.toBe(base.alpineDiffId);
    const dockerConfig = JSON.parse(await crane('config', `${reg.host}/apps/docker-archive:1`));
    expect(dockerConfig.rootfs.diff_ids[0]).toBe(base.alpineDiffId);
    expect(dm.annotations?.[BASE_NAME_ANNOTATION]).toBeUndefined();
    await crane('validate', '--remote', `${reg.host}/apps/docker-archive:1`);
    const inspected = JSON.parse(
      await skopeo('inspect', '--tls-verify=false', `docker://${reg.host}/apps/docker-archive:1`),
    );
    expect(inspected.Layers).toEqual(dm.layers.map((l) => l.digest));
  });

  describe('bad inputs fail with a clear error and write nothing', () => {
    const cases: Array<[string, () => string[], number, RegExp]> = [
      [
        'a base that does not exist',
        () => ['--from', `${reg.host}/base/nothing:1`],
        3,
        /base .*nothing:1.*not found/,
      ],
      [
        'a local base that does not exist',
        () => ['--from', `oci-dir:${join(work, 'nope')}`],
        2,
        /nope: directory .* does not exist/,
      ],
      [
        'a base that is an artifact, not an image',
        () => ['--from', `${reg.host}/base/alpine:artifact`],
        2,
        /not a container image.*application\/vnd\.oci\.empty\.v1\+json/,
      ],
      ['a plain directory as base', () => ['--from', `dir:${app}`], 2, /not an image/],
      [
        'a platform the base index lacks',
        () => ['--from', `${reg.host}/base/alpine:multi`, '--platform', 'linux/s390x'],
        2,
        /no linux\/s390x image .*linux\/amd64, linux\/arm64\/v8.*--platform/,
      ],
      [
        'a platform a single-platform base is not',
        () => ['--from', `${reg.host}/base/alpine:docker`, '--platform', 'linux/arm64'],
        2,
        /base is linux\/amd64, not linux\/arm64\/v8/,
      ],
    ];
    for (const [what, args, code, message] of cases) {
      it(what, async () => {
        const out = join(work, `bad-${what.replace(/\W+/g, '-')}`);
        const r = await lading(['build', ...args(), '--dir', `${app}:/app`, '--output', `oci-dir:${out}:1`], {
          cwd: work,
        });
        expect(r.stderr).toMatch(message);
        expect(r.code).toBe(code);
        expect(existsSync(out)).toBe(false);
      });
    }

    const dirCases: Array<[string, () => Promise<string>, RegExp]> = [
      [
        'a --dir that does not exist',
        async () => `${join(work, 'missing')}:/app`,
        /missing: no such file or directory/,
      ],
      ['a --dir that is a file', async () => `${join(app, 'hello.txt')}:/app`, /hello\.txt: not a directory/],
      [
        'a --dir holding a FIFO',
        async () => {
          const d = join(work, 'with-fifo');
          await mkdir(d, { recursive: true });
          execFileSync('mkfifo', [join(d, 'pipe')]);
          return `${d}:/app`;
        },
        /pipe is neither a file, a directory nor a symlink/,
      ],
      ['a --dir without a source', async () => ':/app', /the source directory is empty/],
      ['a --dir with a relative destination', async () => `${app}:app`, /must be absolute/],
      ['a --dir with an empty destination', async () => `${app}:`, /destination after ":" is empty/],
      [
        'a --dir climbing out with ..',
        async () => `${app}:/app/../etc`,
        /must not contain "\." or "\.\." parts/,
      ],
    ];
    for (const [what, dir, message] of dirCases) {
      it(what, async () => {
        const out = join(work, `bad-${what.replace(/\W+/g, '-')}`);
        const r = await lading(
          [
            'build',
            '--from',
            `${reg.host}/base/alpine:docker`,
            '--dir',
            await dir(),
            '--output',
            `oci-dir:${out}:1`,
          ],
          { cwd: work },
        );
        expect(r.stderr).toMatch(message);
        expect(r.code).toBe(2);
        expect(existsSync(out)).toBe(false);
      });
    }

    it.skipIf(process.getuid?.() === 0)(
      'an unreadable --dir (not testable as root, who reads everything)',
      async () => {
        const d = join(work, 'locked');
        await mkdir(join(d, 'inner'), { recursive: true });
        await chmod(join(d, 'inner'), 0);
        const out = join(work, 'bad-locked');
        const r = await lading(['build', '--dir', `${d}:/app`, '--output', `oci-dir:${out}:1`], {
          cwd: work,
        });
        await chmod(join(d, 'inner'), 0o755);
        expect(r.stderr).toMatch(/inner: permission denied/);
        expect(r.code).toBe(2);
        expect(existsSync(out)).toBe(false);
      },
    );

    it('a registry output that is not pushed when the base is missing', async () => {
      const r = await lading(
        [
          'build',
          '--from',
          `${reg.host}/base/nothing:1`,
          '--dir',
          `${app}:/app`,
          '--output',
          `registry:${reg.host}/apps/never:1`,
        ],
        { cwd: work },
      );
      expect(r.code).toBe(3);
      const tags = await fetch(`${reg.url}/v2/apps/never/tags/list`);
      expect(tags.status).toBe(404);
    });

    it('an output named by digest, and option values that are not what they claim', async () => {
      const out = join(work, 'bad-options');
      for (const [args, message] of [
        [
          ['--output', `registry:${reg.host}/apps/x@sha256:${'a'.repeat(64)}`],
          /name a tag for the output, not a digest/,
        ],
        [['--expose', '70000'], /--expose "70000" is not PORT/],
        [['--workdir', 'srv'], /--workdir "srv" must be absolute/],
        [['--entrypoint', 'node server.js'], /--entrypoint: not JSON/],
        [['--stop-signal', 'kill it'], /--stop-signal "kill it" is not a signal/],
        [['--platform', 'amd64'], /"amd64" is not a platform/],
      ] as const) {
        const r = await lading(
          [
            'build',
            '--from',
            `${reg.host}/base/alpine:docker`,
            '--dir',
            `${app}:/app`,
            '--output',
            `oci-dir:${out}:1`,
            ...args,
          ],
          { cwd: work, env: { SOURCE_DATE_EPOCH: '1' } },
        );
        expect(r.stderr).toMatch(message);
        expect(r.code).toBe(2);
        expect(existsSync(out)).toBe(false);
      }
      const epoch = await lading(['build', '--dir', `${app}:/app`, '--output', `oci-dir:${out}:1`], {
        cwd: work,
        env: { SOURCE_DATE_EPOCH: 'yesterday' },
      });
      expect(epoch.stderr).toMatch(/SOURCE_DATE_EPOCH: "yesterday" is not a whole number/);
      expect(epoch.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  });

  it('keeps FROM scratch as it was, with the platform given', async () => {
    const r = await build([
      '--dir',
      `${app}:/app`,
      '--platform',
      'linux/arm64',
      '--output',
      `oci-dir:${join(work, 'scratch')}:1`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.result.base).toBeUndefined();
    const m = JSON.parse(await skopeo('inspect', '--raw', `oci:${join(work, 'scratch')}:1`)) as ImageManifest;
    expect(m.layers).toHaveLength(1);
    expect(m.annotations).toBeUndefined();
    const cfg = JSON.parse(
      await readFile(join(work, 'scratch', 'blobs', 'sha256', m.config.digest.slice(7)), 'utf8'),
    );
    expect(cfg.architecture).toBe('arm64');
    expect(cfg.config).toEqual({});
  });
});
