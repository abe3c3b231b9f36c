import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lading, peer } from './fixtures/images.js';
import { needPeers, REPO_ROOT } from './harness/peers.js';
import { startRegistry } from './harness/registry.js';

const exec = promisify(execFile);

// The README's first command, run as written against the committed bundle,
// from a directory that is not the repository (the example and its advisories
// are found beside the bundle). With LADING_DIST_DIR the bundle is a fresh
// build elsewhere, so the example is named explicitly.
const DIST = process.env.LADING_DIST_DIR ?? join(REPO_ROOT, 'dist');
const BESIDE_BUNDLE = !process.env.LADING_DIST_DIR;
const EXAMPLE_FLAGS = BESIDE_BUNDLE
  ? []
  : ['--example', join(REPO_ROOT, 'example/app'), '--advisories', join(REPO_ROOT, 'example/advisories')];

describe('README quickstart', () => {
  let dir = '';
  let first = { stdout: '', stderr: '' };
  let digest = '';
  const runOnce = (...args: string[]) =>
    exec(process.execPath, [join(DIST, 'cli/index.js'), 'quickstart', ...EXAMPLE_FLAGS, ...args], {
      cwd: dir,
      // No network settings, no HOME config: the run must need neither.
      env: { PATH: process.env.PATH, HOME: dir },
    });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lading-quickstart-'));
    first = await runOnce();
    digest = /built\s+\S+@(sha256:[a-f0-9]{64})/.exec(first.stdout)?.[1] ?? '';
  }, 120_000);
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('releases the example offline: SBOM figures, vulnerabilities, a verified signature and attestations', async () => {
    const out = first.stdout;
    expect(digest, out).not.toBe('');
    expect(out).toContain(`release   oci-dir:${join(dir, '.lading/quickstart/layout')}@${digest}`);
    expect(out).toContain('verdict   released: signed, attested and verified');
    expect(out).toContain('platforms linux/amd64');
    // SBOM figures, from the example's lockfile.
    expect(out).toMatch(/sbom {6}3 package\(s\) \(3 npm\)/);
    const spdx = JSON.parse(
      await readFile(join(dir, '.lading/quickstart/reports/sbom.spdx.json'), 'utf8'),
    ) as {
      packages: { name: string; versionInfo?: string }[];
    };
    expect(spdx.packages.some((p) => p.name === 'follow-redirects' && p.versionInfo === '1.15.3')).toBe(true);
    // The two real advisories shipped for follow-redirects 1.15.3, under the gate's threshold.
    expect(out).toContain('vulns     2 open (2 medium), 0 suppressed');
    expect(out).toContain('gate      passed (fail-on high)');
    expect(out).toContain('CVE-2023-26159 follow-redirects@1.15.3 (fixed in 1.15.4)');
    expect(out).toContain('CVE-2024-28849 follow-redirects@1.15.3 (fixed in 1.15.6)');
    // Signed and attested with the key pair it made, and verified.
    expect(out).toMatch(/signed {4}bundle oci-dir:\S+@sha256:[0-9a-f]{64} \(key-signed, no tlog\)/);
    for (const what of ['SLSA provenance', 'SBOM \\(SPDX\\)', 'vulnerability scan']) {
      expect(out).toMatch(new RegExp(`attested {2}${what} oci-dir:\\S+@sha256:[0-9a-f]{64}`));
    }
    expect(out).toContain(`verify    VERIFIED oci-dir:${join(dir, '.lading/quickstart/layout')}@${digest}`);
    expect(out).toMatch(/valid {3}signature bundle .*: signature verified with the public key/);
    for (const kind of ['slsaprovenance1', 'spdxjson', 'vuln']) {
      expect(out).toMatch(new RegExp(`valid {3}${kind} attestation `));
    }
    expect(out).not.toMatch(/invalid/);
  });

  it("keeps V8's compile cache in the user's cache directory, not the shared temp dir", async () => {
    // Code cache is code to V8: one planted in a directory other users can write would run as ours.
    const cached = await readdir(join(dir, '.cache/lading/compile-cache'), { recursive: true });
    expect(
      cached.some((f) => /^v\d+\.\d+\.\d+-[^/]+\/[0-9a-f]+$/.test(f)),
      cached.join(', '),
    ).toBe(true);
  });

  it('builds the same image again, and a stricter gate stops it before anything is signed', async () => {
    const strict = await runOnce('--fail-on', 'medium').then(
      () => {
        throw new Error('expected exit 1');
      },
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`@${digest}`);
    expect(strict.stdout).toMatch(/verdict {3}not released: scan denied/);
    expect(strict.stdout).toContain('stages    sbom done, scan denied, sign skipped, attest skipped');
    expect(strict.stdout).not.toMatch(/^signed/m);
    expect(strict.stderr).toMatch(/the vulnerability gate failed .*nothing was signed/);
  }, 120_000);

  // cosign cannot read referrers from an OCI layout (its --local-image wants `cosign save`'s own
  // layout), so the layout is carried to a registry with its referrers and cosign verifies it there.
  const peers = needPeers('docker-registry', 'cosign');
  it.skipIf(!peers)(
    'what it signed, carried to a registry, verifies with cosign verify --key and verify-attestation',
    async () => {
      const { cosign } = peers as { cosign: string };
      const reg = await startRegistry();
      try {
        // The first test's run is gone (the stricter run emptied the work dir): release again.
        const again = await runOnce();
        expect(again.stdout).toContain(`@${digest}`);
        const ref = `${reg.host}/quickstart/example@${digest}`;
        const copied = await lading(
          ['copy', `oci-dir:${join(dir, '.lading/quickstart/layout')}:example`, ref.replace(/@.*/, ':v1')],
          { cwd: dir },
        );
        expect(copied.stderr).not.toContain('lading:');
        expect(copied.code).toBe(0);
        const args = [
          '--key',
          join(dir, '.lading/quickstart/quickstart.pub'),
          '--insecure-ignore-tlog',
          '--allow-http-registry',
        ];
        const verified = await peer(cosign, ['verify', ...args, ref], { cwd: dir });
        expect(verified.stderr).not.toMatch(/Error/);
        expect(verified.code).toBe(0);
        for (const type of ['slsaprovenance1', 'spdxjson', 'vuln']) {
          const v = await peer(cosign, ['verify-attestation', ...args, '--type', type, ref], { cwd: dir });
          expect(v.stderr, type).not.toMatch(/Error/);
          expect(v.code, type).toBe(0);
        }
      } finally {
        await reg.stop();
      }
    },
    120_000,
  );
});
