import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocation } from '../../src/oci/opener.js';
import { pushAlpineBases } from '../build/base-fixtures.js';
import { SHIM_NODE_OPTIONS, writeCliShim } from '../build/cli-shim.js';
import { peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { runCompositeAction } from '../harness/composite-runner.js';
import { needPeer, needPeers, needShared, REPO_ROOT } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// actions/build run as the runner runs a composite (test/harness/composite-runner.ts)
// against the real distribution registry. The remote actions (setup-node, Buildx)
// are skipped by their if:; the lading and buildah engines run for real.

const peers = needPeers('docker-registry', 'crane');
const ROOTFS = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');
const ACTION = join(REPO_ROOT, 'actions', 'build');

describe.skipIf(!peers || !ROOTFS)('actions/build (composite) against a real registry', () => {
  let reg: TestRegistry;
  let work: string;
  let dist: string;
  let home: string;
  const crane = (...args: string[]) => peerOk(peers!.crane, [...args, '--insecure']);

  const run = (inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) =>
    runCompositeAction(ACTION, {
      inputs: { 'setup-node': 'false', ...inputs },
      distDir: dist,
      env: {
        PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
        HOME: home,
        NODE_OPTIONS: SHIM_NODE_OPTIONS,
        SOURCE_DATE_EPOCH: '1700000000',
        ...extraEnv,
      },
    });

  async function appDir(name: string, content: string): Promise<string> {
    const dir = join(work, name);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), content);
    return dir;
  }

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('build-action');
    dist = join(work, 'dist');
    home = join(work, 'home');
    await mkdir(home, { recursive: true });
    await writeCliShim(dist);
    const loc = await openLocation(`registry:${reg.host}/base/alpine`, 'write', testAccess(work));
    try {
      await pushAlpineBases(loc.store, ROOTFS!);
    } finally {
      await loc.close();
    }
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('engine lading: builds on the base, pushes by digest, tags every reference, and outputs digest, image, platforms, tags', async () => {
    const app = await appDir('site-1', '<h1>one</h1>\n');
    const repo = `${reg.host}/act/site`;
    const r = await run({
      engine: 'lading',
      tags: `${repo}:v1.0.0\n${repo}:latest, ${reg.host}/act/mirror:v1.0.0`,
      dirs: `${app}:/usr/share/site`,
      from: `${reg.host}/base/alpine:docker`,
      env: 'SITE=one',
      'immutable-tags': 'v*',
    });
    expect(r.code, r.stdout).toBe(0);
    const digest = r.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.image).toBe(`${repo}@${digest}`);
    expect(r.outputs.platforms).toBe('linux/amd64');
    expect(r.outputs.tags?.trim().split('\n')).toEqual([
      `${repo}:v1.0.0`,
      `${repo}:latest`,
      `${reg.host}/act/mirror:v1.0.0`,
    ]);
    for (const ref of [`${repo}:v1.0.0`, `${repo}:latest`, `${reg.host}/act/mirror:v1.0.0`]) {
      expect((await crane('digest', ref)).trim()).toBe(digest);
    }
    await crane('validate', '--remote', `${repo}@${digest}`);
    const config = JSON.parse(await crane('config', `${repo}@${digest}`));
    expect(config.config.Env).toContain('SITE=one');
  });

  it('engine lading: an immutable tag that points elsewhere fails the job and no tag moves', async () => {
    const repo = `${reg.host}/act/site`;
    const before = (await crane('digest', `${repo}:v1.0.0`)).trim();
    const app = await appDir('site-2', '<h1>two</h1>\n');
    const r = await run({
      engine: 'lading',
      tags: `${repo}:latest\n${repo}:v1.0.0`,
      dirs: `${app}:/usr/share/site`,
      from: `${reg.host}/base/alpine:docker`,
      'immutable-tags': 'v*',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${repo}:v1.0.0 points to ${before} and matches immutable pattern "v*"`);
    expect(r.steps.find((s) => s.id === 'finish')?.outcome).toBe('failure');
    expect((await crane('digest', `${repo}:v1.0.0`)).trim()).toBe(before);
    expect((await crane('digest', `${repo}:latest`)).trim()).toBe(before);
  });

  it('push false: writes an OCI layout and touches no registry', async () => {
    const app = await appDir('site-pr', '<h1>pr</h1>\n');
    const out = join(work, 'pr-layout');
    const r = await run({ engine: 'lading', push: 'false', output: out, dirs: `${app}:/srv` });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.image).toBe(`oci-dir:${out}@${r.outputs.digest}`);
    expect(r.outputs.tags).toBe('');
    expect(existsSync(join(out, 'index.json'))).toBe(true);
  });

  it('refuses bad inputs before building: unknown engine, a tag that is not a full reference, no tag to push to', async () => {
    const marker = join(work, 'injected');
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { engine: 'podman', tags: `${reg.host}/act/x:v1` },
        /engine: must be buildx, buildah or lading, not "podman"/,
      ],
      [{ engine: 'lading', tags: `${reg.host}/act/x:v1";touch ${marker};"` }, /is not a full reference/],
      [{ engine: 'lading', tags: `${reg.host}/act/x` }, /is not a full reference REGISTRY\/REPOSITORY:TAG/],
      [{ engine: 'lading', tags: '' }, /give at least one REGISTRY\/REPOSITORY:TAG/],
      [
        { engine: 'lading', tags: `${reg.host}/act/x:v1`, platforms: 'linux/amd64,linux/arm64' },
        /engine lading builds one platform/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const r = await run({ dirs: work, ...inputs });
      expect(r.code, JSON.stringify(inputs)).toBe(1);
      expect(r.stdout).toMatch(message);
      expect(r.steps.find((s) => s.id === 'prepare')?.outcome).toBe('failure');
      expect(r.steps.find((s) => s.id === 'lading')?.outcome).toBe('skipped');
    }
    expect(existsSync(marker)).toBe(false);
  });

  const buildah = needPeer('buildah');
  /** buildah first on PATH; containers/image reads the user's policy, and the registry here is plain HTTP. */
  async function buildahEnv(): Promise<NodeJS.ProcessEnv> {
    await mkdir(join(home, '.config', 'containers'), { recursive: true });
    await writeFile(
      join(home, '.config', 'containers', 'policy.json'),
      '{"default":[{"type":"insecureAcceptAnything"}]}\n',
    );
    const registriesConf = join(work, 'registries.conf');
    await writeFile(registriesConf, `[[registry]]\nlocation = "${reg.host}"\ninsecure = true\n`);
    return {
      PATH: `${dirname(buildah!)}${delimiter}${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
      CONTAINERS_REGISTRIES_CONF: registriesConf,
    };
  }
  it.skipIf(!buildah)(
    'engine buildah: vfs storage, chroot isolation, a RUN step on the Alpine base; carried to the registry and tagged under the guard',
    async () => {
      const ctx = join(work, 'buildah-ctx');
      await mkdir(ctx, { recursive: true });
      await writeFile(join(ctx, 'hello.txt'), 'hello from buildah\n');
      await writeFile(
        join(ctx, 'Containerfile'),
        `FROM ${reg.host}/base/alpine:docker\nARG GREETING=none\nRUN echo "$GREETING on $(cat /etc/alpine-release)" > /greeting\nCOPY hello.txt /app/hello.txt\n`,
      );
      const repo = `${reg.host}/act/buildah`;
      const r = await run(
        {
          engine: 'buildah',
          context: ctx,
          tags: `${repo}:v1`,
          'build-args': 'GREETING=hi',
          labels: 'org.opencontainers.image.title=buildah test',
          'immutable-tags': 'v*',
        },
        await buildahEnv(),
      );
      expect(r.code, r.stdout).toBe(0);
      const digest = r.outputs.digest!;
      expect(r.outputs.image).toBe(`${repo}@${digest}`);
      expect(r.outputs.platforms).toBe('linux/amd64');
      expect((await crane('digest', `${repo}:v1`)).trim()).toBe(digest);
      await crane('validate', '--remote', `${repo}:v1`);
      const config = JSON.parse(await crane('config', `${repo}:v1`));
      expect(config.config.Labels['org.opencontainers.image.title']).toBe('buildah test');
      const flat = join(work, 'buildah-flat.tar');
      await crane('export', `${repo}:v1`, flat);
      const { execFileSync } = await import('node:child_process');
      const greeting = execFileSync('tar', ['xOf', flat, 'greeting']).toString();
      expect(greeting).toBe('hi on 3.20.3\n');
    },
  );
  it.skipIf(!buildah)(
    'engine buildah with two platforms: one image per platform and an index, COPY only (no emulation needed)',
    async () => {
      const ctx = join(work, 'buildah-multi');
      await mkdir(ctx, { recursive: true });
      await writeFile(join(ctx, 'hello.txt'), 'hello, every platform\n');
      await writeFile(
        join(ctx, 'Dockerfile'),
        `FROM ${reg.host}/base/alpine:multi\nCOPY hello.txt /hello.txt\n`,
      );
      const repo = `${reg.host}/act/buildah-multi`;
      const r = await run(
        { engine: 'buildah', context: ctx, tags: `${repo}:v1`, platforms: 'linux/amd64,linux/arm64' },
        await buildahEnv(),
      );
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.platforms).toBe('linux/amd64,linux/arm64/v8');
      const index = JSON.parse(await crane('manifest', `${repo}:v1`));
      expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
      expect(index.manifests).toHaveLength(2);
      expect(index.manifests.some((m: { platform: { os: string } }) => m.platform.os === 'unknown')).toBe(
        false,
      );
      await crane('validate', '--remote', `${repo}:v1`);
    },
  );
});
