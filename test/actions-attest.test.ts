import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeGitHubAttestation } from '../src/github/attestations-api.js';
import { buildTestImage, peer, peerOk, tempDir, testAccess } from './fixtures/images.js';
import { needPeer, needPeers, REPO_ROOT } from './harness/peers.js';
import { startRegistry, type TestRegistry } from './harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from './harness/sigstore-server.js';

// actions/attest runs from its dist bundle as the runner runs it (INPUT_*
// variables, output and summary files, workflow commands) against
// distribution with basic auth; cosign 3 verify-attestation checks what it
// pushed. GitHub's attestations API is a node:http fake that checks the
// request GitHub documents (POST /repos/{owner}/{repo}/attestations, body
// `{ bundle }`). LADING_DIST_DIR points at another build.

const exec = promisify(execFile);
const DIST = process.env.LADING_DIST_DIR ?? join(REPO_ROOT, 'dist');
const peers = needPeers('docker-registry', 'cosign');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-secret`;
const GITHUB_TOKEN = `ghs_${Math.random().toString(36).slice(2)}token`;
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';

interface ActionRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT's heredoc form `name<<DELIM\nvalue\nDELIM`, read back into a map. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<([^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

/** Whether `secret` shows anywhere but in the runner's own mask commands. */
function leaks(text: string, secret: string): boolean {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .some((line) => line.includes(secret));
}

interface ApiRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** GitHub's attestations endpoint as documented: 201 `{ id }` for a body holding a bundle, 422 otherwise. */
async function startGitHubApi(
  status = 201,
): Promise<{ url: string; requests: ApiRequest[]; server: Server }> {
  const requests: ApiRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
      const bundle = (body as { bundle?: { mediaType?: unknown } } | undefined)?.bundle;
      res.setHeader('content-type', 'application/json');
      if (status !== 201) {
        res.writeHead(status).end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      } else if (req.method !== 'POST' || !/^\/repos\/[^/]+\/[^/]+\/attestations$/.test(req.url ?? '')) {
        res.writeHead(404).end(JSON.stringify({ message: 'Not Found' }));
      } else if (typeof bundle?.mediaType !== 'string') {
        res.writeHead(422).end(JSON.stringify({ message: 'bundle is required' }));
      } else {
        res.writeHead(201).end(JSON.stringify({ id: 4242 }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

let work: string;
let runs = 0;
async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const n = runs++;
  const output = join(work, `output-${n}`);
  const summary = join(work, `summary-${n}`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const full: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: work,
    DOCKER_CONFIG: join(work, 'no-docker'),
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) full[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  let code = 0;
  try {
    ({ stdout } = await exec(process.execPath, [join(DIST, 'attest', 'index.js')], { env: full, cwd: work }));
  } catch (err) {
    const e = err as { stdout: string; code: number };
    stdout = e.stdout;
    code = e.code;
  }
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
  };
}

describe('GitHub attestations API client', () => {
  it('a refusal names the repository and the status, never the token', async () => {
    const api = await startGitHubApi(403);
    try {
      const err = await storeGitHubAttestation({
        token: GITHUB_TOKEN,
        repository: 'example/app',
        apiUrl: api.url,
        bundle: { mediaType: 'x', verificationMaterial: { tlogEntries: [] } } as never,
      }).catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(
        /^GitHub attestations: storing the attestation for example\/app failed \(HTTP 403\): /,
      );
      expect((err as Error).message).not.toContain(GITHUB_TOKEN);
      expect(api.requests[0]?.url).toBe('/repos/example/app/attestations');
    } finally {
      api.server.close();
    }
  });

  it('a repository that is not owner/repo is refused before any request', async () => {
    await expect(
      storeGitHubAttestation({ token: 't', repository: 'app', bundle: {} as never }),
    ).rejects.toThrow('GitHub attestations: "app" is not owner/repo');
  });
});

describe.skipIf(!peers)('actions/attest through its dist bundle', () => {
  const { cosign } = peers!;
  let reg: TestRegistry;
  let login: { username: string; password: string };
  let cosignEnv: Record<string, string>;

  async function image(name: string): Promise<string> {
    const built = await buildTestImage(`registry:${reg.host}/demo/${name}:v1`, {
      seed: name,
      access: testAccess(work, { credentials: login }),
    });
    return `${reg.host}/demo/${name}@${built.digest}`;
  }

  beforeAll(async () => {
    work = await tempDir('actions-attest');
    reg = await startRegistry({ auth: 'basic' });
    login = reg.credentials!;
    // cosign reads the registry login from a Docker config, as a workflow's docker/login-action leaves it.
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
    await writeFile(
      join(work, 'vuln.json'),
      JSON.stringify({
        invocation: {
          uri: 'https://github.com/example/app/actions/runs/1',
          event_id: '1',
          'builder.id': 'x',
        },
        scanner: {
          uri: 'pkg:npm/lading@0.1.0',
          version: '0.1.0',
          db: { uri: 'https://osv.dev', version: '2026-01-01' },
          result: {},
        },
        metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:01:00Z' },
      }),
    );
  }, 60_000);
  afterAll(() => reg?.stop());

  const registryInputs = () => ({ username: login.username, password: login.password });
  const cosignVerify = (ref: string, type: string, trust: string[]) =>
    peer(cosign, ['verify-attestation', ...trust, '--allow-http-registry', '--type', type, ref], {
      cwd: work,
      env: cosignEnv,
    });

  it('attests with an encrypted key, masks every secret first, writes the legacy .att; cosign verifies', async () => {
    const ref = await image('action-key');
    const key = await readFile(join(work, 'cosign.key'), 'utf8');
    const r = await runAction({
      image: ref,
      type: 'vuln',
      predicate: 'vuln.json',
      key,
      'key-password': CANARY,
      'legacy-att': 'true',
      ...registryInputs(),
    });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect((r.stdout.split('\n')[0] ?? '').startsWith('::add-mask::')).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${CANARY}`);
    expect(r.stdout).toContain(`::add-mask::${login.password}`);
    const keyLine = key.split('\n')[1] as string;
    expect(r.stdout).toContain(`::add-mask::${keyLine}`);
    for (const secret of [CANARY, login.password, keyLine]) {
      expect(leaks(r.stdout, secret)).toBe(false);
      expect(r.summary).not.toContain(secret);
      expect(JSON.stringify(r.outputs)).not.toContain(secret);
    }
    expect(r.outputs.digest).toBe(ref.split('@')[1]);
    expect(r.outputs['predicate-type']).toBe(VULN);
    const digests = (r.outputs['attestation-digests'] ?? '').split('\n');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    const written = JSON.parse(r.outputs.attestations ?? '[]') as { legacyAtt?: string }[];
    expect(written[0]?.legacyAtt).toContain(`:sha256-${ref.split('sha256:')[1]}.att@sha256:`);
    expect(r.outputs['github-attestation-ids']).toBe('');
    expect(r.summary).toContain(`## Attested ${ref}`);
    expect(r.summary).toContain(`\`${VULN}\``);
    expect(r.summary).toContain(digests[0]);
    const v = await cosignVerify(ref, 'vuln', ['--key', 'cosign.pub', '--insecure-ignore-tlog']);
    expect(v.stderr).not.toContain('Error');
    expect(v.code).toBe(0);
  });

  it('bad inputs fail the step with a message naming the input', async () => {
    const ref = await image('action-bad');
    const base = { image: ref, key: join(work, 'cosign.key'), 'key-password': CANARY, ...registryInputs() };
    const type = await runAction({ ...base, type: 'sbom', predicate: 'vuln.json' });
    expect(type.stdout).toContain(
      '::error::type: must be one of slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, not "sbom"',
    );
    const noPredicate = await runAction({ ...base, type: 'spdxjson' });
    expect(noPredicate.stdout).toContain('::error::predicate: a spdxjson predicate file is required');
    const wrongKind = await runAction({ ...base, type: 'spdxjson', predicate: 'vuln.json' });
    expect(wrongKind.stdout).toMatch(/::error::predicate vuln\.json: not an SPDX JSON document/);
    const noIdentity = await runAction({
      image: ref,
      type: 'vuln',
      predicate: 'vuln.json',
      ...registryInputs(),
    });
    expect(noIdentity.stdout).toContain('::error::no signing identity');
    const flag = await runAction({
      ...base,
      type: 'vuln',
      predicate: 'vuln.json',
      'github-attestations': 'yes',
    });
    expect(flag.stdout).toContain('::error::github-attestations: must be true or false, not "yes"');
    const noToken = await runAction({
      ...base,
      type: 'vuln',
      predicate: 'vuln.json',
      'github-attestations': 'true',
    });
    expect(noToken.stdout).toContain('::error::github-attestations: true needs github-token');
    const outside = await runAction({ ...base, type: 'slsaprovenance1' });
    expect(outside.stdout).toContain('::error::SLSA provenance needs a GitHub Actions run');
    for (const r of [type, noPredicate, wrongKind, noIdentity, flag, noToken, outside]) {
      expect(r.code).not.toBe(0);
      expect(leaks(r.stdout, CANARY)).toBe(false);
    }
  });

  describe('keyless with the runner OIDC token, offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    let tokens: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    const identity = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    const runEnv = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'example/app',
      GITHUB_REPOSITORY_ID: '123',
      GITHUB_REPOSITORY_OWNER_ID: '456',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKFLOW_REF: 'example/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_ENVIRONMENT: 'github-hosted',
    };
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
      tokens = await startActionsTokenEndpoint({ ...claims, sub: identity });
      await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
    });
    afterAll(async () => {
      await tokens?.stop();
      await sigstore?.stop();
    });

    it('makes provenance from the run, signs keylessly, stores it in GitHub too; cosign verifies', async () => {
      const ref = await image('action-keyless');
      const api = await startGitHubApi();
      try {
        const r = await runAction(
          {
            image: ref,
            'fulcio-url': sigstore.fulcioUrl,
            'rekor-url': sigstore.rekorUrl,
            'github-attestations': 'true',
            'github-token': GITHUB_TOKEN,
            ...registryInputs(),
          },
          { ...tokens.env, ...runEnv, GITHUB_API_URL: api.url },
        );
        expect(r.stdout).not.toContain('::error::');
        expect(r.code).toBe(0);
        expect(tokens.requests.at(-1)).toEqual({ audience: 'sigstore', authorized: true });
        expect(r.outputs['predicate-type']).toBe('https://slsa.dev/provenance/v1');
        const log = JSON.parse(r.outputs['transparency-log'] ?? '[]') as string[];
        expect(log).toHaveLength(1);
        expect(log[0]).toMatch(/^\d+$/);
        expect(r.outputs['github-attestation-ids']).toBe('4242');
        expect(r.summary).toContain("Also stored in GitHub's attestations: id 4242.");
        for (const secret of [GITHUB_TOKEN, tokens.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, login.password]) {
          expect(leaks(r.stdout, secret)).toBe(false);
          expect(r.summary).not.toContain(secret);
        }

        // the request GitHub documents: POST /repos/{owner}/{repo}/attestations, `{ bundle }`
        expect(api.requests).toHaveLength(1);
        const req = api.requests[0] as ApiRequest;
        expect(req.method).toBe('POST');
        expect(req.url).toBe('/repos/example/app/attestations');
        expect(req.authorization).toBe(`token ${GITHUB_TOKEN}`);
        expect(req.contentType).toMatch(/^application\/json/);
        const body = req.body as {
          bundle: {
            mediaType: string;
            verificationMaterial: { certificate?: unknown; tlogEntries: unknown[] };
            dsseEnvelope: { payloadType: string; payload: string; signatures: { sig: string }[] };
          };
        };
        expect(Object.keys(body)).toEqual(['bundle']);
        expect(body.bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle\.v0\.3\+json$/);
        expect(body.bundle.verificationMaterial.certificate).toBeDefined();
        expect(body.bundle.verificationMaterial.tlogEntries).toHaveLength(1);
        expect(body.bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
        expect(body.bundle.dsseEnvelope.signatures).toHaveLength(1);
        const statement = JSON.parse(Buffer.from(body.bundle.dsseEnvelope.payload, 'base64').toString()) as {
          subject: { digest: { sha256: string } }[];
          predicateType: string;
          predicate: { runDetails: { builder: { id: string } } };
        };
        expect(statement.subject[0]?.digest.sha256).toBe(ref.split('sha256:')[1]);
        expect(statement.predicate.runDetails.builder.id).toBe(identity);

        const v = await cosignVerify(ref, 'slsaprovenance1', [
          '--trusted-root',
          'trusted_root.json',
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          claims.iss,
        ]);
        expect(v.stderr).not.toContain('Error');
        expect(v.code).toBe(0);
      } finally {
        api.server.close();
      }
    });

    it('a keyless legacy .att alone (referrer deleted) is what cosign verifies', async () => {
      const oras = needPeer('oras');
      if (!oras) return;
      const ref = await image('action-keyless-att');
      const r = await runAction(
        {
          image: ref,
          type: 'vuln',
          predicate: 'vuln.json',
          'legacy-att': 'true',
          'fulcio-url': sigstore.fulcioUrl,
          'rekor-url': sigstore.rekorUrl,
          ...registryInputs(),
        },
        tokens.env,
      );
      expect(r.stdout).not.toContain('::error::');
      expect(r.code).toBe(0);
      const repo = ref.split('@')[0] as string;
      const creds = ['--plain-http', '-u', login.username, '-p', login.password, '-f'];
      await peerOk(oras, ['manifest', 'delete', ...creds, `${repo}@${r.outputs['attestation-digests']}`], {
        cwd: work,
      });
      await peerOk(oras, ['manifest', 'delete', ...creds, `${repo}:sha256-${ref.split('sha256:')[1]}`], {
        cwd: work,
      });
      const v = await cosignVerify(ref, 'vuln', [
        '--trusted-root',
        'trusted_root.json',
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        claims.iss,
      ]);
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);
    });

    it('a refusal from GitHub fails the step naming the repository and status', async () => {
      const ref = await image('action-github-403');
      const api = await startGitHubApi(403);
      try {
        const r = await runAction(
          {
            image: ref,
            'fulcio-url': sigstore.fulcioUrl,
            'rekor-url': sigstore.rekorUrl,
            'github-attestations': 'true',
            'github-token': GITHUB_TOKEN,
            ...registryInputs(),
          },
          { ...tokens.env, ...runEnv, GITHUB_API_URL: api.url },
        );
        expect(r.code).not.toBe(0);
        expect(r.stdout).toContain(
          '::error::GitHub attestations: storing the attestation for example/app failed (HTTP 403)',
        );
        expect(leaks(r.stdout, GITHUB_TOKEN)).toBe(false);
      } finally {
        api.server.close();
      }
    });
  });
});
