import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaType } from '../src/oci/mediatype.js';
import { buildStep } from '../src/steps/build.js';
import { silentReporter } from '../src/steps/reporter.js';
import { tempDir, testAccess } from './fixtures/images.js';
import { runJsAction } from './harness/action-runner.js';
import { runtimeToken, startArtifactService } from './harness/artifact-service.js';
import { needPeer, REPO_ROOT } from './harness/peers.js';
import { startRegistry, type TestRegistry } from './harness/registry.js';
import { layer, storeImage } from './image/layer-fixtures.js';

// actions/sbom through its dist bundle, as the runner runs it (runJsAction;
// LADING_DIST_DIR points at another build). The image is a small Alpine-like
// root (an apk database, os-release) plus one installed npm package, so the
// summary has two package types and a distro.

const OS_RELEASE =
  'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\nHOME_URL="https://alpinelinux.org/"\n';
const APK_DB = [
  'C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\nS:400000\nI:700000\nT:the musl c library\nU:https://musl.libc.org/\nL:MIT\no:musl\nm:Maintainer <m@example.org>\nt:1700000000\nc:abc\n',
  'C:Q1def=\nP:libcrypto3\nV:3.3.2-r0\nA:x86_64\nS:1700000\nI:4000000\nT:crypto library\nU:https://www.openssl.org/\nL:Apache-2.0\no:openssl\nm:Maintainer <m@example.org>\nt:1700000000\nc:def\n',
].join('\n');
const LEFT_PAD = JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' });

let dir: string;
let layout: string;

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), content);
  }
}

async function buildRoot(output: string, access = testAccess(dir)): Promise<void> {
  const src = await tempDir('sbom-root');
  await writeTree(src, {
    'etc/os-release': OS_RELEASE,
    'lib/apk/db/installed': APK_DB,
    'app/node_modules/left-pad/package.json': LEFT_PAD,
  });
  await buildStep(
    { dirs: [`${src}:/`], output, platform: 'linux/amd64', created: 0, access },
    silentReporter,
  );
}

beforeAll(async () => {
  dir = await tempDir('action-sbom');
  layout = join(dir, 'layout');
  await buildRoot(`oci-dir:${layout}:v1`);
  await writeTree(join(dir, 'web'), {
    'package-lock.json': JSON.stringify({
      name: 'web',
      version: '1.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'web', version: '1.0.0', dependencies: { lodash: '4.17.21' } },
        'node_modules/lodash': {
          version: '4.17.21',
          resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz',
          license: 'MIT',
        },
      },
    }),
  });
});

/** actions/sbom as the runner runs it, in a fresh workspace (the SBOM files land there). */
async function runAction(inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  const workspace = await mkdtemp(join(dir, 'ws-'));
  const run = await runJsAction(join(REPO_ROOT, 'actions/sbom'), {
    inputs,
    workspace,
    runnerTemp: await mkdtemp(join(dir, 'runner-')),
    env: { PATH: process.env.PATH, HOME: dir, ...extraEnv },
  });
  return { ...run, workspace };
}

const errorLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('::error::'));

describe('actions/sbom through its dist bundle', () => {
  it('an OCI layout, both formats by default: files in the workspace, outputs, package count and the job summary', async () => {
    const r = await runAction({ image: `oci-dir:${layout}:v1` });
    expect(errorLine(r.stdout)).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.outputs['spdx-json-file']).toBe(join(r.workspace, 'sbom.spdx.json'));
    expect(r.outputs['cyclonedx-json-file']).toBe(join(r.workspace, 'sbom.cdx.json'));
    expect(r.outputs['package-count']).toBe('3');
    const spdx = JSON.parse(await readFile(join(r.workspace, 'sbom.spdx.json'), 'utf8'));
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    expect(spdx.packages.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['musl', 'libcrypto3', 'left-pad']),
    );
    const cdx = JSON.parse(await readFile(join(r.workspace, 'sbom.cdx.json'), 'utf8'));
    expect(cdx.specVersion).toBe('1.6');
    expect(cdx.components.map((c: { purl: string }) => c.purl)).toEqual(
      expect.arrayContaining(['pkg:npm/left-pad@1.3.0']),
    );

    expect(r.summary).toMatch(/^## lading sbom: `oci-dir:.*@sha256:[0-9a-f]{64}` \(linux\/amd64\)$/m);
    expect(r.summary).toContain('**3** package(s) on Alpine Linux v3.20; 0 warning(s).');
    expect(r.summary).toContain('| apk | 2 |');
    expect(r.summary).toContain('| npm | 1 |');
    expect(r.summary).toMatch(/^\| `sha256:[0-9a-f]{64}` \| \d+ B \| \d+\.\d KiB \| \d+ \|$/m);
    expect(r.summary).toContain(`- spdx-json: \`${join(r.workspace, 'sbom.spdx.json')}\``);
    expect(r.summary).toMatch(/^Done in \d+\.\d\d s\.$/m);
  });

  it('FORMAT=FILE lines: only the formats listed, at the files named', async () => {
    const r = await runAction({
      image: `oci-dir:${layout}:v1`,
      formats: 'cyclonedx-json=out/app.cdx.json\n',
    });
    expect(r.code).toBe(0);
    expect(r.outputs['cyclonedx-json-file']).toBe(join(r.workspace, 'out/app.cdx.json'));
    expect(r.outputs['spdx-json-file']).toBeUndefined();
    expect(existsSync(join(r.workspace, 'out/app.cdx.json'))).toBe(true);
    expect(existsSync(join(r.workspace, 'sbom.spdx.json'))).toBe(false);
  });

  it('a source tree (path): the lockfile packages, no layers in the summary', async () => {
    const r = await runAction({ path: join(dir, 'web'), formats: 'spdx-json' });
    expect(r.code).toBe(0);
    // The project itself (web 1.0.0) and its one dependency.
    expect(r.outputs['package-count']).toBe('2');
    const spdx = JSON.parse(await readFile(r.outputs['spdx-json-file'] as string, 'utf8'));
    expect(
      spdx.packages.map((p: { name: string; versionInfo: string }) => `${p.name}@${p.versionInfo}`),
    ).toEqual(expect.arrayContaining(['lodash@4.17.21', 'web@1.0.0']));
    expect(r.summary).toContain('## lading sbom: `dir:');
    expect(r.summary).toContain('| npm | 2 |');
    expect(r.summary).not.toContain('| Layer |');
  });

  it.each([
    [{ image: 'oci-dir:/nowhere:v1', path: 'web' }, 'image and path: give one, not both'],
    [{}, 'give image (an image to catalog) or path (a source tree)'],
    [{ path: 'web', formats: 'spdx-json,syft-json' }, 'formats: unknown SBOM format "syft-json"'],
    [{ path: 'web', formats: 'spdx-json\nspdx-json=b.json' }, 'formats: spdx-json is listed twice'],
    [{ path: 'web', formats: 'cyclonedx-json=' }, 'formats: "cyclonedx-json=" names no file after "="'],
    [
      { path: 'web', platform: 'linux/arm64', 'all-platforms': 'true' },
      'platform and all-platforms: choose one',
    ],
    [{ path: 'web', password: 'pw-only-9f3a' }, 'password: given without username'],
  ])('bad inputs %j fail naming the input', async (inputs, message) => {
    const r = await runAction(inputs);
    expect(r.code).not.toBe(0);
    expect(errorLine(r.stdout)).toContain(message);
    expect(r.outputs['package-count']).toBeUndefined();
  });

  it('an image that is not there fails naming it, writing no file', async () => {
    const r = await runAction({ image: `oci-dir:${layout}:v9` });
    expect(r.code).not.toBe(0);
    expect(errorLine(r.stdout)).toMatch(/v9/);
    expect(existsSync(join(r.workspace, 'sbom.spdx.json'))).toBe(false);
  });

  it('all-platforms on an index: one file per platform and format, outputs list them, counts summed', async () => {
    const index = join(dir, 'index');
    const musl = (version: string) =>
      `P:musl\nV:${version}\nA:x86_64\nL:MIT\no:musl\n\nP:zlib\nV:1.3.1-r0\nA:x86_64\nL:Zlib\no:zlib\n`;
    const amd = await storeImage(
      [await layer([{ name: 'lib/apk/db/installed', content: musl('1.0-r0') }])],
      index,
    );
    const arm = await storeImage(
      [await layer([{ name: 'lib/apk/db/installed', content: musl('2.0-r0') }])],
      index,
    );
    await amd.store.pushManifest(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.ociIndex,
          manifests: [
            { ...amd.manifest, platform: { os: 'linux', architecture: 'amd64' } },
            { ...arm.manifest, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
          ],
        }),
      ),
      MediaType.ociIndex,
      'multi',
    );
    const r = await runAction({ image: `oci-dir:${index}:multi`, 'all-platforms': 'true' });
    expect(errorLine(r.stdout)).toBeUndefined();
    expect(r.outputs['spdx-json-file']?.split('\n')).toEqual([
      join(r.workspace, 'sbom.linux-amd64.spdx.json'),
      join(r.workspace, 'sbom.linux-arm64-v8.spdx.json'),
    ]);
    expect(r.outputs['cyclonedx-json-file']?.split('\n')).toHaveLength(2);
    expect(r.outputs['package-count']).toBe('4');
    const arm64 = JSON.parse(await readFile(join(r.workspace, 'sbom.linux-arm64-v8.spdx.json'), 'utf8'));
    expect(
      arm64.packages.map((p: { name: string; versionInfo: string }) => `${p.name}@${p.versionInfo}`),
    ).toEqual(expect.arrayContaining(['musl@2.0-r0']));
    expect(r.summary).toMatch(/^## lading sbom: .* \(linux\/amd64\)$/m);
    expect(r.summary).toMatch(/^## lading sbom: .* \(linux\/arm64\/v8\)$/m);
  });

  it('upload-artifact without the Actions results service: the SBOMs are written, then the step fails naming the artifact', async () => {
    const r = await runAction(
      { image: `oci-dir:${layout}:v1`, 'upload-artifact': 'true', 'artifact-name': 'my-sboms' },
      { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' },
    );
    expect(r.code).not.toBe(0);
    expect(errorLine(r.stdout)).toMatch(
      /^::error::upload-artifact: cannot upload sbom\.spdx\.json, sbom\.cdx\.json as artifact my-sboms: /,
    );
    expect(r.outputs['package-count']).toBe('3');
    expect(existsSync(join(r.workspace, 'sbom.spdx.json'))).toBe(true);
  });

  it('upload-artifact: both SBOMs go up as one zip artifact named artifact-name; its id is an output', async () => {
    const service = await startArtifactService();
    try {
      const r = await runAction(
        { image: `oci-dir:${layout}:v1`, 'upload-artifact': 'true', 'artifact-name': 'my-sboms' },
        { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${service.url}/` },
      );
      expect(errorLine(r.stdout)).toBeUndefined();
      expect(r.code).toBe(0);
      expect(r.outputs['artifact-id']).toBe('4242');
      expect(service.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
      expect(service.calls[0]?.body).toMatchObject({
        name: 'my-sboms',
        workflow_run_backend_id: 'run-1',
        workflow_job_run_backend_id: 'job-1',
      });
      const zip = service.zip();
      expect(zip?.subarray(0, 2).toString()).toBe('PK');
      // Both files at the top of the artifact, by their names in the workspace.
      expect(zip?.includes('sbom.spdx.json')).toBe(true);
      expect(zip?.includes('sbom.cdx.json')).toBe(true);
      const finalize = service.calls[1]?.body as { size: string; hash: string };
      expect(Number(finalize.size)).toBe(zip?.length);
      expect(finalize.hash).toBe(
        `sha256:${createHash('sha256')
          .update(zip ?? '')
          .digest('hex')}`,
      );
    } finally {
      await service.stop();
    }
  });
});

const registryBin = needPeer('docker-registry');

describe.skipIf(!registryBin)('actions/sbom against a registry with basic auth', () => {
  let reg: TestRegistry;
  let image: string;

  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
    const login = reg.credentials;
    if (!login) throw new Error('the basic-auth registry has no user');
    image = `${reg.host}/demo/root:v1`;
    await buildRoot(
      `registry:${image}`,
      testAccess(dir, { credentials: login, insecureRegistries: [reg.host] }),
    );
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('catalogs the pushed image with the credentials given; the password is masked and never printed', async () => {
    const login = reg.credentials!;
    const r = await runAction({
      image,
      username: login.username,
      password: login.password,
      'insecure-registries': reg.host,
    });
    expect(errorLine(r.stdout)).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.outputs['package-count']).toBe('3');
    expect(r.summary).toContain(`## lading sbom: \`${reg.host}/demo/root@sha256:`);
    expect(r.stdout).toContain(`::add-mask::${login.password}`);
    expect(r.stdout.replace(`::add-mask::${login.password}`, '')).not.toContain(login.password);
    expect(r.summary).not.toContain(login.password);
  });

  it('a wrong password fails naming the registry, and does not print the password', async () => {
    const r = await runAction({
      image,
      username: reg.credentials!.username,
      password: 'wrong-pass-7c21',
      'insecure-registries': reg.host,
    });
    expect(r.code).not.toBe(0);
    expect(errorLine(r.stdout)).toContain(reg.host);
    expect(r.stdout.replace('::add-mask::wrong-pass-7c21', '')).not.toContain('wrong-pass-7c21');
  });
});
