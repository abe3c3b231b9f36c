import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OSV_DIR, OsvExportServer, realRecords } from './advisories/osv-fixtures.js';
import { buildTestImage, peer, peerOk, tempDir, testAccess } from './fixtures/images.js';
import { type Job, leaks, prepareJob } from './harness/action-runner.js';
import { type CompositeRun, runCompositeAction } from './harness/composite-runner.js';
import { needPeers, REPO_ROOT } from './harness/peers.js';
import { startRegistry, type TestRegistry } from './harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from './harness/sigstore-server.js';

// The root action.yml, run here as the runner runs a composite: its steps,
// expressions and `if:`s, and the release step's dist bundle (a fresh build
// through LADING_DIST_DIR, else the committed dist/) against distribution
// with basic auth, a cosign key pair, and real GHSA records served in OSV's
// export layout. cosign checks what the action signed.

const peers = needPeers('docker-registry', 'cosign');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-secret`;

// lodash 4.17.20 has a high (CVE-2021-23337) and a medium (CVE-2020-28500) advisory, no critical one.
const LOCKFILE = `${JSON.stringify(
  {
    name: 'web',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'web', version: '1.0.0', dependencies: { lodash: '4.17.20' } },
      'node_modules/lodash': {
        version: '4.17.20',
        resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz',
        license: 'MIT',
      },
    },
  },
  null,
  2,
)}\n`;

describe.skipIf(!peers || !OSV_DIR)('the root action (lading release) run as a composite', () => {
  const { cosign } = peers ?? { cosign: '' };
  let reg: TestRegistry;
  let osv: OsvExportServer;
  let work: string;
  let login: { username: string; password: string };
  let cosignEnv: Record<string, string>;
  let key: string;

  async function pushed(name: string): Promise<{ repo: string; ref: string; digest: string }> {
    const built = await buildTestImage(`registry:${reg.host}/demo/${name}:v1`, {
      seed: name,
      files: { 'app/package-lock.json': LOCKFILE, 'app/index.js': `console.log(${JSON.stringify(name)})\n` },
      access: testAccess(work, { credentials: login }),
    });
    const repo = `${reg.host}/demo/${name}`;
    return { repo, ref: `${repo}@${built.digest}`, digest: built.digest };
  }

  async function job(): Promise<Job> {
    const j = await prepareJob();
    // Only the test's node is known to be 24; the runner's setup-node is skipped.
    return j;
  }

  function baseInputs(): Record<string, string> {
    return {
      'setup-node': 'false',
      key,
      'key-password': CANARY,
      username: login.username,
      password: login.password,
      'osv-url': osv.url,
      'db-dir': join(work, 'osv-db'),
    };
  }

  async function tags(repo: string): Promise<string[]> {
    const path = repo.slice(reg.host.length + 1);
    const res = await fetch(`http://${reg.host}/v2/${path}/tags/list`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
      },
    });
    return ((await res.json()) as { tags: string[] }).tags.sort();
  }

  function expectNoLeak(r: CompositeRun): void {
    const keyLine = key.split('\n')[1] as string;
    for (const secret of [CANARY, login.password, keyLine]) {
      expect(leaks(r.stdout, secret), 'stdout').toBe(false);
      expect(r.summary, 'summary').not.toContain(secret);
      expect(JSON.stringify(r.outputs), 'outputs').not.toContain(secret);
    }
    expect(r.masks).toEqual(expect.arrayContaining([CANARY, login.password, keyLine]));
  }

  beforeAll(async () => {
    work = await tempDir('actions-release');
    reg = await startRegistry({ auth: 'basic' });
    login = reg.credentials as { username: string; password: string };
    osv = await new OsvExportServer().start();
    await osv.publish('npm', realRecords('ghsa').get('npm') ?? []);
    const dockerDir = join(work, 'docker');
    await mkdir(dockerDir, { recursive: true });
    await writeFile(
      join(dockerDir, 'config.json'),
      JSON.stringify({
        auths: {
          [reg.host]: { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') },
        },
      }),
    );
    cosignEnv = { DOCKER_CONFIG: dockerDir, COSIGN_PASSWORD: CANARY };
    await peerOk(cosign, ['generate-key-pair'], { cwd: work, env: cosignEnv });
    key = await readFile(join(work, 'cosign.key'), 'utf8');
  }, 60_000);
  afterAll(async () => {
    await reg?.stop();
    await osv?.stop();
  });

  it('engine none: one summary, outputs for every stage, a signature and attestations cosign verifies, no secret shown', async () => {
    const image = await pushed('released');
    const r = await runCompositeAction(REPO_ROOT, {
      job: await job(),
      inputs: { ...baseInputs(), engine: 'none', image: image.ref, 'fail-on': 'critical' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    // setup-node is skipped here (this Node is 24), the build steps because engine is none.
    expect(r.steps.filter((s) => s.conclusion !== 'skipped').map((s) => s.id)).toEqual(['target', 'release']);

    expect(r.outputs.digest).toBe(image.digest);
    expect(r.outputs.image).toBe(image.ref);
    expect(r.outputs.released).toBe('true');
    expect(r.outputs.verified).toBe('true');
    expect(r.outputs.decision).toBe('passed');
    expect(r.outputs.critical).toBe('0');
    expect(r.outputs.high).toBe('1');
    expect(r.outputs.medium).toBe('1');
    expect(r.outputs['signature-digests']).toMatch(/^sha256:[0-9a-f]{64}$/);
    const attested = JSON.parse(r.outputs['attestation-digests'] ?? '{}') as Record<string, string[]>;
    expect(Object.keys(attested)).toEqual(['provenance', 'sbom', 'vulnerabilities']);
    for (const digests of Object.values(attested)) expect(digests[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const file of ['sbom-spdx', 'sbom-cyclonedx', 'scan-report', 'sarif-file']) {
      expect(existsSync(r.outputs[file] ?? ''), file).toBe(true);
    }
    const spdx = JSON.parse(await readFile(r.outputs['sbom-spdx'] as string, 'utf8'));
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    expect(JSON.stringify(spdx.packages)).toContain('lodash');

    // One combined summary, in the order the chain ran.
    expect(r.summary.match(/^## /gm)).toHaveLength(1);
    expect(r.summary).toContain(`## lading release: \`${image.repo}@${image.digest}\``);
    expect(r.summary).toContain('released: signed, attested and verified');
    const order = ['### SBOM', '### Vulnerabilities', 'CVE-2021-23337'].map((s) => r.summary.indexOf(s));
    for (const i of order) expect(i).toBeGreaterThan(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.summary).toMatch(/Gate passed/);
    expect(r.summary).toContain('key-signed, no tlog');
    expect(r.summary).toContain(attested.provenance?.[0]);

    // Each stage is a log group.
    for (const stage of ['sbom', 'scan', 'sign', 'attest', 'verify'])
      expect(r.stdout).toContain(`::group::${stage}`);
    expectNoLeak(r);

    const v = await peer(
      cosign,
      ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry', image.ref],
      { cwd: work, env: cosignEnv },
    );
    expect(v.stderr).not.toContain('Error');
    expect(v.code).toBe(0);
    const va = await peer(
      cosign,
      [
        'verify-attestation',
        '--key',
        'cosign.pub',
        '--type',
        'https://slsa.dev/provenance/v1',
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        image.ref,
      ],
      { cwd: work, env: cosignEnv },
    );
    expect(va.stderr).not.toContain('Error');
    expect(va.code).toBe(0);
  });

  it('a failing gate fails the job after the reports, with nothing signed or attested', async () => {
    const image = await pushed('gated');
    const before = await tags(image.repo);
    const r = await runCompositeAction(REPO_ROOT, {
      job: await job(),
      inputs: { ...baseInputs(), engine: 'none', image: image.ref, 'fail-on': 'high' },
    });
    expect(r.code).toBe(1);
    expect(r.steps.at(-1)?.conclusion).toBe('failure');
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(/the vulnerability gate failed .*nothing was signed/);
    expect(r.outputs.decision).toBe('failed');
    expect(r.outputs.released).toBe('false');
    expect(r.outputs.high).toBe('1');
    expect(r.outputs['signature-digests']).toBe('');
    expect(r.outputs['attestation-digests']).toBe('');
    expect(existsSync(r.outputs['scan-report'] ?? '')).toBe(true);
    expect(r.summary).toMatch(/Gate failed/);
    expect(r.summary).toMatch(/sign \| ⏭️ skipped/);
    expectNoLeak(r);
    // No signature tag, no referrers fallback tag: the registry holds what it held.
    expect(await tags(image.repo)).toEqual(before);
    const v = await peer(
      cosign,
      ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry', image.ref],
      { cwd: work, env: cosignEnv },
    );
    expect(v.code).not.toBe(0);
  });

  it('engine lading: builds from a directory of the workspace, pushes by digest and releases that digest', async () => {
    const j = await job();
    await mkdir(join(j.workspace, 'site'), { recursive: true });
    await writeFile(join(j.workspace, 'site/package-lock.json'), LOCKFILE);
    await writeFile(join(j.workspace, 'site/index.html'), '<h1>lading</h1>\n');
    const repo = `${reg.host}/demo/built`;
    const r = await runCompositeAction(REPO_ROOT, {
      job: j,
      inputs: { ...baseInputs(), engine: 'lading', image: repo, tags: `${repo}:v1`, dirs: 'site:/srv' },
    });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.image).toBe(`${repo}@${r.outputs.digest}`);
    expect(r.outputs.platforms).toBe('linux/amd64');
    expect(r.outputs.tags).toBe(`${repo}:v1`);
    expect(r.outputs.released).toBe('true');
    expect(r.summary).toContain(`## lading release: \`${repo}@${r.outputs.digest}\``);
    expectNoLeak(r);
    const v = await peer(
      cosign,
      [
        'verify',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        r.outputs.image as string,
      ],
      { cwd: work, env: cosignEnv },
    );
    expect(v.code).toBe(0);
  });

  it('engine lading with tags: tags the digest; an immutable tag that would move fails before the release', async () => {
    const repo = `${reg.host}/demo/tagged`;
    const build = async (content: string) => {
      const j = await job();
      await mkdir(join(j.workspace, 'site'), { recursive: true });
      await writeFile(join(j.workspace, 'site/index.html'), content);
      return runCompositeAction(REPO_ROOT, {
        job: j,
        inputs: {
          ...baseInputs(),
          engine: 'lading',
          image: repo,
          dirs: 'site:/srv',
          tags: `${repo}:v1.0.0, ${repo}:latest`,
          'immutable-tags': 'v*',
        },
      });
    };
    const first = await build('<h1>one</h1>\n');
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.outputs.tags).toBe(`${repo}:v1.0.0\n${repo}:latest`);
    expect(await tags(repo)).toEqual(expect.arrayContaining(['latest', 'v1.0.0']));

    const second = await build('<h1>two</h1>\n');
    expect(second.code).toBe(1);
    expect(second.steps.find((s) => s.id === 'finish')?.conclusion).toBe('failure');
    expect(second.steps.find((s) => s.id === 'release')?.conclusion).toBe('skipped');
    expect(second.stdout).toContain('v1.0.0');
    expect(second.stdout).toContain(first.outputs.digest as string);
    expect(second.summary).toBe('');
    // Neither tag moved: the refusal comes before any tag is written.
    for (const tag of ['v1.0.0', 'latest']) {
      const res = await fetch(`http://${reg.host}/v2/demo/tagged/manifests/${tag}`, {
        method: 'HEAD',
        headers: {
          Accept: 'application/vnd.oci.image.manifest.v1+json',
          Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
        },
      });
      expect(res.headers.get('docker-content-digest'), tag).toBe(first.outputs.digest);
    }
  });

  describe("keyless, with the job's OIDC token and an offline Sigstore", () => {
    let sigstore: OfflineSigstore;
    let tokens: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    // The offline Fulcio names the token's subject; real Fulcio names job_workflow_ref, which is the same here.
    const identity = `https://github.com/${claims.job_workflow_ref}`;
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
      tokens = await startActionsTokenEndpoint({ ...claims, sub: identity });
      await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
    });
    afterAll(async () => {
      await tokens?.stop();
      await sigstore?.stop();
    });

    it('signs and attests with the workflow identity, verifies against it by default, and cosign agrees', async () => {
      const image = await pushed('keyless');
      const j = await prepareJob({
        env: { PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: work, ...tokens.env },
      });
      const { key: _key, 'key-password': _password, ...inputs } = baseInputs();
      const r = await runCompositeAction(REPO_ROOT, {
        job: j,
        inputs: {
          ...inputs,
          engine: 'none',
          image: image.ref,
          'fulcio-url': sigstore.fulcioUrl,
          'rekor-url': sigstore.rekorUrl,
          'trusted-root': join(work, 'trusted_root.json'),
        },
      });
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs.verified).toBe('true');
      const log = JSON.parse(r.outputs['transparency-log'] ?? '[]') as { index: string }[];
      expect(log[0]?.index).toMatch(/^\d+$/);
      expect(r.summary).toContain(`tlog ${log[0]?.index}`);
      expect(leaks(r.stdout, tokens.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)).toBe(false);
      const v = await peer(
        cosign,
        [
          'verify',
          '--trusted-root',
          'trusted_root.json',
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          claims.iss,
          '--allow-http-registry',
          image.ref,
        ],
        { cwd: work, env: cosignEnv },
      );
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);
    });
  });

  it('bad inputs fail in the first steps, naming the input, with nothing pushed or released', async () => {
    const byTag = await runCompositeAction(REPO_ROOT, {
      job: await job(),
      inputs: { ...baseInputs(), engine: 'none', image: `${reg.host}/demo/released:v1` },
    });
    expect(byTag.code).toBe(1);
    expect(byTag.annotations.map((a) => a.message).join('\n')).toContain(
      `image: with engine none, give the image to release by digest, REGISTRY/REPOSITORY@sha256:… (not "${reg.host}/demo/released:v1")`,
    );
    expect(byTag.steps.filter((s) => s.conclusion !== 'skipped').map((s) => s.id)).toEqual(['target']);

    const j = await job();
    await mkdir(join(j.workspace, 'site'), { recursive: true });
    await writeFile(join(j.workspace, 'site/index.html'), 'x\n');
    const elsewhere = await runCompositeAction(REPO_ROOT, {
      job: j,
      inputs: {
        ...baseInputs(),
        engine: 'lading',
        image: `${reg.host}/demo/other`,
        tags: `${reg.host}/demo/mismatch:v1`,
        dirs: 'site:/srv',
      },
    });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.annotations.map((a) => a.message).join('\n')).toContain(
      `image: "${reg.host}/demo/other" is not the repository of the tags ("${reg.host}/demo/mismatch")`,
    );
    expect(elsewhere.steps.find((s) => s.id === 'lading')?.conclusion).toBe('skipped');
    const res = await fetch(`http://${reg.host}/v2/demo/mismatch/tags/list`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
      },
    });
    expect(res.status).toBe(404);
  });

  it('a bad signing input fails the release step naming the input, with no summary and no digest', async () => {
    const image = await pushed('bad-signing');
    const cases: { inputs: Record<string, string>; error: string }[] = [
      {
        inputs: { 'signature-format': 'cose' },
        error: 'signature-format: must be bundle, legacy or both, not "cose"',
      },
      { inputs: { key: 'keys/missing.key' }, error: 'key: neither PEM text nor a readable file (ENOENT)' },
    ];
    for (const c of cases) {
      const r = await runCompositeAction(REPO_ROOT, {
        job: await job(),
        inputs: { ...baseInputs(), engine: 'none', image: image.ref, ...c.inputs },
      });
      expect(r.code).toBe(1);
      expect(r.annotations.map((a) => a.message)).toContain(c.error);
      expect(r.outputs.digest).toBe('');
      expect(r.summary).toBe('');
      for (const secret of [CANARY, login.password]) expect(leaks(r.stdout, secret)).toBe(false);
    }
  });

  it('without a key or an OIDC token: fails naming what to give, before anything is read or written', async () => {
    const image = await pushed('unsigned');
    const { key: _key, 'key-password': _password, ...inputs } = baseInputs();
    const r = await runCompositeAction(REPO_ROOT, {
      job: await job(),
      inputs: { ...inputs, engine: 'none', image: image.ref },
    });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      /no signing identity: give key .*or grant the job `permissions: id-token: write`/,
    );
    expect(r.outputs.digest).toBe('');
    expect(r.summary).toBe('');
  });
});
