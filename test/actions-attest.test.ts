import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeGitHubAttestation } from '../src/github/attestations-api.js';
import { MediaType } from '../src/oci/mediatype.js';
import { openLocation } from '../src/oci/opener.js';
import type { Descriptor } from '../src/oci/types.js';
import { buildTestImage, peer, peerOk, tempDir, testAccess } from './fixtures/images.js';
import { type ActionRun, leaks, runJsAction } from './harness/action-runner.js';
import { type CosignRegistry, startCosignRegistry } from './harness/cosign-registry.js';
import { needPeer, needPeers, REPO_ROOT } from './harness/peers.js';
import type { Credentials } from './harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from './harness/sigstore-server.js';

// actions/attest runs from its dist bundle as the runner runs it (runJsAction)
// against distribution with basic auth; cosign 3 verify-attestation checks what it
// pushed. GitHub's attestations API is a node:http fake that checks the
// request GitHub documents (POST /repos/{owner}/{repo}/attestations, body
// `{ bundle }`). LADING_DIST_DIR points at another build.

const peers = needPeers('docker-registry', 'cosign');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-secret`;
const GITHUB_TOKEN = `ghs_${Math.random().toString(36).slice(2)}token`;
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';

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
/**
 * actions/attest as the runner runs it, in `work`, with no Docker login to
 * fall back on; `github` overrides the run's context (repository, ref, run id…).
 */
function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  github: Record<string, string> = {},
): Promise<ActionRun> {
  return runJsAction(join(REPO_ROOT, 'actions/attest'), {
    inputs,
    workspace: work,
    runnerTemp: work,
    github,
    env: { PATH: process.env.PATH, HOME: work, DOCKER_CONFIG: join(work, 'no-docker'), ...env },
  });
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
  let bench: CosignRegistry;
  let login: Credentials;
  let cosignEnv: Record<string, string>;
  const image = (name: string) => bench.image(name);

  beforeAll(async () => {
    work = await tempDir('actions-attest');
    bench = await startCosignRegistry(cosign, work, CANARY);
    ({ login, cosignEnv } = bench);
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
  afterAll(() => bench?.registry.stop());

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
    // A run context without its workflow and run id: provenance would not say where the image came from.
    const outside = await runAction(
      { ...base, type: 'slsaprovenance1' },
      {},
      { workflow_ref: '', run_id: '' },
    );
    expect(outside.stdout).toContain(
      '::error::SLSA provenance needs a GitHub Actions run: GITHUB_WORKFLOW_REF, GITHUB_RUN_ID are unset',
    );
    for (const r of [type, noPredicate, wrongKind, noIdentity, flag, noToken, outside]) {
      expect(r.code).not.toBe(0);
      expect(leaks(r.stdout, CANARY)).toBe(false);
    }
  });

  it('recursive on a multi-platform index attests the index and every platform; cosign verifies each', async () => {
    const repo = `${bench.registry.host}/demo/action-multi`;
    const access = testAccess(work, { credentials: login });
    const platforms = ['linux/amd64', 'linux/arm64'];
    const built = [];
    for (const platform of platforms) {
      built.push(
        await buildTestImage(`registry:${repo}:${platform.replace('/', '-')}`, { platform, access }),
      );
    }
    const location = await openLocation(`${repo}:multi`, 'write', access);
    let index: Descriptor;
    try {
      index = await location.store.pushManifest(
        Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: MediaType.ociIndex,
            manifests: built.map((b, i) => {
              const [os, architecture] = (platforms[i] as string).split('/');
              return { ...b.manifest, platform: { os, architecture } };
            }),
          }),
        ),
        MediaType.ociIndex,
        'multi',
      );
    } finally {
      await location.close();
    }
    const ref = `${repo}@${index.digest}`;
    const r = await runAction({
      image: ref,
      type: 'vuln',
      predicate: 'vuln.json',
      key: join(work, 'cosign.key'),
      'key-password': CANARY,
      recursive: 'true',
      ...registryInputs(),
    });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(r.outputs.digest).toBe(index.digest);
    const written = JSON.parse(r.outputs.attestations ?? '[]') as { subject: string; digest: string }[];
    const subjects = [index.digest, ...built.map((b) => b.digest)];
    expect(written.map((a) => a.subject)).toEqual(subjects);
    expect((r.outputs['attestation-digests'] ?? '').split('\n')).toEqual(written.map((a) => a.digest));
    for (const subject of subjects) expect(r.summary).toContain(`\`${subject}\``);
    // One statement names every subject, and each manifest carries it: cosign finds it on each.
    for (const subject of subjects) {
      const v = await cosignVerify(`${repo}@${subject}`, 'vuln', [
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
      ]);
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);
    }
    // Without recursive, only the index is attested.
    const one = await runAction({
      image: ref,
      type: 'vuln',
      predicate: 'vuln.json',
      key: join(work, 'cosign.key'),
      'key-password': CANARY,
      ...registryInputs(),
    });
    expect(one.code).toBe(0);
    expect(
      (JSON.parse(one.outputs.attestations ?? '[]') as { subject: string }[]).map((a) => a.subject),
    ).toEqual([index.digest]);
  });

  describe('keyless with the runner OIDC token, offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    let tokens: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    const identity = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    // The run the token's claims describe: a tag push of example/app.
    const run = {
      server_url: 'https://github.com',
      repository: 'example/app',
      repository_id: '123',
      repository_owner_id: '456',
      event_name: 'push',
      ref: 'refs/tags/v1.0.0',
      sha: 'c'.repeat(40),
      workflow_ref: 'example/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      run_id: '99',
      run_attempt: '1',
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
          tokens.env,
          { ...run, api_url: api.url },
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
          tokens.env,
          { ...run, api_url: api.url },
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
