import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lading, peer, tempDir } from './fixtures/images.js';
import { type ActionRun, leaks, runJsAction } from './harness/action-runner.js';
import { type CosignRegistry, startCosignRegistry } from './harness/cosign-registry.js';
import { needPeers, REPO_ROOT } from './harness/peers.js';
import type { Credentials } from './harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from './harness/sigstore-server.js';

// actions/sign and actions/verify run from their dist bundles as the runner
// runs them (runJsAction), against distribution with basic auth; cosign 3
// checks what they sign. LADING_DIST_DIR points at another build
// (node scripts/build.mjs --out DIR).

const peers = needPeers('docker-registry', 'cosign');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-secret`;

let work: string;
/** actions/sign or actions/verify as the runner runs it, in `work`, with no Docker login to fall back on. */
function runAction(
  name: 'sign' | 'verify',
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runJsAction(join(REPO_ROOT, 'actions', name), {
    inputs,
    workspace: work,
    runnerTemp: work,
    env: { PATH: process.env.PATH, HOME: work, DOCKER_CONFIG: join(work, 'no-docker'), ...env },
  });
}

describe.skipIf(!peers)('actions/sign and actions/verify through their dist bundles', () => {
  const { cosign } = peers!;
  let bench: CosignRegistry;
  let login: Credentials;
  let cosignEnv: Record<string, string>;
  const image = (name: string) => bench.image(name);

  beforeAll(async () => {
    work = await tempDir('actions-sign');
    bench = await startCosignRegistry(cosign, work, CANARY, ['cosign', 'other']);
    ({ login, cosignEnv } = bench);
  }, 60_000);
  afterAll(() => bench?.registry.stop());

  const registryInputs = () => ({ username: login.username, password: login.password });

  it('signs with an encrypted key; secrets are masked first and never printed; cosign verifies', async () => {
    const ref = await image('action-key');
    const key = await readFile(join(work, 'cosign.key'), 'utf8');
    const r = await runAction('sign', {
      image: ref,
      key,
      'key-password': CANARY,
      'signature-format': 'both',
      ...registryInputs(),
    });
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    // masked before any other line of output
    const firstLine = r.stdout.split('\n')[0] ?? '';
    expect(firstLine.startsWith('::add-mask::')).toBe(true);
    expect(r.stdout).toContain(`::add-mask::${CANARY}`);
    expect(r.stdout).toContain(`::add-mask::${login.password}`);
    for (const secret of [CANARY, login.password]) {
      expect(leaks(r.stdout, secret)).toBe(false);
      expect(r.summary).not.toContain(secret);
      expect(JSON.stringify(r.outputs)).not.toContain(secret);
    }
    // the key, given inline, is masked line by line (the runner masks per line) and never printed
    const keyLine = key.split('\n')[1] as string;
    expect(r.stdout).toContain(`::add-mask::${keyLine}`);
    expect(leaks(r.stdout, keyLine)).toBe(false);
    expect(r.outputs['signature-format']).toBe('both');
    const digests = (r.outputs['signature-digests'] ?? '').split('\n');
    expect(digests).toHaveLength(2);
    for (const d of digests) expect(d).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.summary).toContain('Signature format: **both** — as asked');
    expect(r.summary).toContain('| legacy |');
    const v = await peer(
      cosign,
      ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry', ref],
      { cwd: work, env: cosignEnv },
    );
    expect(v.stderr).not.toContain('Error');
    expect(v.code).toBe(0);
  });

  it("uses the job's docker login when no username and password are given, as cosign does", async () => {
    const ref = await image('action-docker-login');
    const withLogin = { DOCKER_CONFIG: cosignEnv.DOCKER_CONFIG as string };
    const signed = await runAction(
      'sign',
      { image: ref, key: join(work, 'cosign.key'), 'key-password': CANARY },
      withLogin,
    );
    expect(signed.stdout).not.toContain('::error::');
    expect(signed.code).toBe(0);
    const verified = await runAction('verify', { image: ref, key: join(work, 'cosign.pub') }, withLogin);
    expect(verified.code).toBe(0);
    // without the login the same registry refuses: the login is what made it work
    const refused = await runAction('verify', { image: ref, key: join(work, 'cosign.pub') });
    expect(refused.code).not.toBe(0);
  });

  it('the format default is bundle on a registry that is not Harbor, and the summary says why', async () => {
    const ref = await image('action-default');
    const r = await runAction('sign', {
      image: ref,
      key: join(work, 'cosign.key'),
      'key-password': CANARY,
      ...registryInputs(),
    });
    expect(r.code).toBe(0);
    expect(r.outputs['signature-format']).toBe('bundle');
    expect(r.summary).toMatch(
      /Signature format: \*\*bundle\*\* — default: 127\.0\.0\.1:\d+ does not report a Harbor version/,
    );
  });

  it('verify passes with the key, lists every signature, and fails the job with the wrong key', async () => {
    const ref = await image('action-verify');
    await runAction('sign', {
      image: ref,
      key: join(work, 'cosign.key'),
      'key-password': CANARY,
      'signature-format': 'both',
      ...registryInputs(),
    });
    const ok = await runAction('verify', { image: ref, key: join(work, 'cosign.pub'), ...registryInputs() });
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('true');
    expect(ok.outputs['valid-signatures']).toBe('2');
    expect(ok.summary).toContain('**Verified**: 2 of 2 signatures are valid.');
    expect(ok.summary).toMatch(/✅ valid \| bundle/);
    expect(ok.summary).toMatch(/✅ valid \| legacy/);
    expect(leaks(ok.stdout, login.password)).toBe(false);

    const bad = await runAction('verify', { image: ref, key: join(work, 'other.pub'), ...registryInputs() });
    expect(bad.code).not.toBe(0);
    expect(bad.outputs.verified).toBe('false');
    expect(bad.summary).toContain('**Not verified**: none of the 2 signatures found is valid.');
    expect(bad.summary).toContain('the signature does not match the signed content');
    expect(bad.stdout).toContain(`::error::no valid signature for ${ref.split('@')[0]}`);
  });

  it('an unsigned image fails verify with "No signature was found"', async () => {
    const ref = await image('action-unsigned');
    const r = await runAction('verify', { image: ref, key: join(work, 'cosign.pub'), ...registryInputs() });
    expect(r.code).not.toBe(0);
    expect(r.summary).toContain('No signature was found.');
    expect(r.stdout).toContain('(0 found)');
  });

  it('bad inputs fail the step with a message naming the input', async () => {
    const ref = await image('action-bad');
    const format = await runAction('sign', {
      image: ref,
      key: join(work, 'cosign.key'),
      'signature-format': 'cose',
      ...registryInputs(),
    });
    expect(format.stdout).toContain('::error::signature-format: must be bundle, legacy or both, not "cose"');
    const noKey = await runAction('sign', { image: ref, ...registryInputs() });
    expect(noKey.stdout).toContain('::error::no signing identity');
    const missing = await runAction('sign', { image: ref, key: 'nowhere.key', ...registryInputs() });
    expect(missing.stdout).toContain('::error::key: neither PEM text nor a readable file (ENOENT)');
    const noTrust = await runAction('verify', { image: ref, ...registryInputs() });
    expect(noTrust.stdout).toContain('::error::give key, or certificate-identity');
    const half = await runAction('verify', {
      image: ref,
      'certificate-identity': 'x',
      'trusted-root': '{}',
      ...registryInputs(),
    });
    expect(half.stdout).toContain('::error::keyless verification needs certificate-identity');
    for (const r of [format, noKey, missing, noTrust, half]) expect(r.code).not.toBe(0);
  });

  describe('require-attestation', () => {
    const builder = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    const provenance = {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.0.0',
            repository: 'https://github.com/example/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {},
        resolvedDependencies: [],
      },
      runDetails: { builder: { id: builder }, metadata: {} },
    };
    const scan = {
      scanner: {
        uri: 'pkg:npm/lading@0.1.0',
        version: '0.1.0',
        result: { matches: [{ vulnerability: { id: 'CVE-2026-0001', severity: 'Critical' } }] },
      },
      metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:01:00Z' },
    };
    /** Signed, with a provenance and a vulnerability attestation (one critical finding), all by cosign.key. */
    let ref: string;
    beforeAll(async () => {
      ref = await image('action-attested');
      await writeFile(join(work, 'provenance.json'), JSON.stringify(provenance));
      await writeFile(join(work, 'scan.json'), JSON.stringify(scan));
      const env = { COSIGN_PASSWORD: CANARY, DOCKER_CONFIG: cosignEnv.DOCKER_CONFIG as string };
      const steps = [
        ['sign', ref, '--key', 'cosign.key'],
        ['attest', ref, '--type', 'slsaprovenance1', '--predicate', 'provenance.json', '--key', 'cosign.key'],
        ['attest', ref, '--type', 'vuln', '--predicate', 'scan.json', '--key', 'cosign.key'],
      ];
      for (const argv of steps) {
        const r = await lading(argv, { env, cwd: work });
        if (r.code !== 0) throw new Error(`lading ${argv[0]}: ${r.stderr}`);
      }
    }, 60_000);
    const verify = (inputs: Record<string, string>) =>
      runAction('verify', { image: ref, key: join(work, 'cosign.pub'), ...registryInputs(), ...inputs });

    it('passes when each required attestation is valid, lists each in the summary and the output', async () => {
      const r = await verify({
        'require-attestation': 'slsaprovenance1, vuln',
        'attestation-builder-id': builder,
        'attestation-source-repository': 'example/app',
        'max-severity': 'critical',
      });
      expect(r.stdout).not.toContain('::error::');
      expect(r.code).toBe(0);
      expect(r.outputs.verified).toBe('true');
      const out = JSON.parse(r.outputs.attestations ?? '[]') as { kind: string; digest: string }[];
      expect(out.map((a) => a.kind)).toEqual(['slsaprovenance1', 'vuln']);
      for (const a of out) expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.summary).toContain(
        '**Verified**: every required attestation (slsaprovenance1, vuln) is valid.',
      );
      expect(r.summary).toMatch(/✅ valid \| slsaprovenance1 \|/);
      expect(r.summary).toMatch(/✅ valid \| vuln \|/);
      expect(leaks(r.stdout, login.password)).toBe(false);
    });

    it('a missing attestation fails the job naming the kind; a failed check names the reason', async () => {
      const missing = await verify({ 'require-attestation': 'slsaprovenance1\nspdxjson' });
      expect(missing.code).not.toBe(0);
      expect(missing.outputs.verified).toBe('false');
      expect(missing.stdout).toContain(`::error::no valid spdxjson attestation for ${ref.split('@')[0]}`);
      expect(missing.summary).toContain('| ❌ missing | spdxjson | — | no spdxjson attestation was found |');
      // the signature and the provenance still pass, and say so
      expect(missing.summary).toContain('**Verified**: 1 of 1 signatures are valid.');
      expect(JSON.parse(missing.outputs.attestations ?? '[]')).toHaveLength(1);

      const severe = await verify({ 'require-attestation': 'vuln', 'max-severity': 'high' });
      expect(severe.code).not.toBe(0);
      expect(severe.stdout).toContain('::error::no valid vuln attestation for');
      expect(severe.summary).toMatch(/❌ invalid \| vuln \|.*CVE-2026-0001/);
      expect(JSON.parse(severe.outputs.attestations ?? '[]')).toEqual([]);
    });

    it('bad attestation inputs fail the step naming the input', async () => {
      const cases: [Record<string, string>, string][] = [
        [
          { 'require-attestation': 'sbom' },
          'require-attestation: must be one of slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, got "sbom"',
        ],
        [{ 'require-attestation': 'vuln', 'max-severity': 'severe' }, 'max-severity: must be one of'],
        [
          { 'require-attestation': 'vuln', 'max-scan-age': 'a week' },
          'max-scan-age: "a week" is not a duration',
        ],
        [
          { 'max-severity': 'high' },
          'attestation-builder-id, attestation-source-repository, attestation-source-ref, max-severity and max-scan-age need require-attestation',
        ],
        [
          { 'require-attestation': 'vuln', 'attestation-builder-id': builder },
          'attestation-builder-id, attestation-source-repository and attestation-source-ref need require-attestation slsaprovenance1',
        ],
      ];
      for (const [inputs, message] of cases) {
        const r = await verify(inputs);
        expect(r.code, message).not.toBe(0);
        expect(r.stdout).toContain(`::error::${message}`);
        // refused before anything is read or judged
        expect(r.summary).not.toContain('## Signatures');
      }
    });
  });

  describe('keyless with the runner OIDC token, offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    let tokens: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    const identity = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
      tokens = await startActionsTokenEndpoint({ ...claims, sub: identity });
      await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
    });
    afterAll(async () => {
      await tokens?.stop();
      await sigstore?.stop();
    });

    it('signs keylessly, outputs the log index, cosign and actions/verify accept it; a wrong issuer fails', async () => {
      const ref = await image('action-keyless');
      const r = await runAction(
        'sign',
        {
          image: ref,
          'fulcio-url': sigstore.fulcioUrl,
          'rekor-url': sigstore.rekorUrl,
          ...registryInputs(),
        },
        tokens.env,
      );
      expect(r.stdout).not.toContain('::error::');
      expect(r.code).toBe(0);
      expect(tokens.requests.at(-1)).toEqual({ audience: 'sigstore', authorized: true });
      const log = JSON.parse(r.outputs['transparency-log'] ?? '[]') as { index: string }[];
      expect(log).toHaveLength(1);
      expect(log[0]?.index).toMatch(/^\d+$/);
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
          ref,
        ],
        { cwd: work, env: cosignEnv },
      );
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);

      const keylessInputs = {
        image: ref,
        'trusted-root': join(work, 'trusted_root.json'),
        'certificate-identity': identity,
        'certificate-github-workflow-repository': 'example/app',
        ...registryInputs(),
      };
      const ok = await runAction('verify', { ...keylessInputs, 'certificate-oidc-issuer': claims.iss });
      expect(ok.code).toBe(0);
      expect(ok.summary).toContain(`(${identity})`);
      const wrong = await runAction('verify', {
        ...keylessInputs,
        'certificate-oidc-issuer': 'https://accounts.example.com',
      });
      expect(wrong.code).not.toBe(0);
      expect(wrong.summary).toContain('identity policy');
    });
  });
});
