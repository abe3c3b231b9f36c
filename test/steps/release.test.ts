import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeniedError, InputError } from '../../src/errors.js';
import { openLocation } from '../../src/oci/opener.js';
import { renderReleaseSummary } from '../../src/report/release-summary.js';
import { openSigningKey } from '../../src/sigstore/key-file.js';
import { parseTrustedRoot } from '../../src/sigstore/trusted-root.js';
import { buildStep } from '../../src/steps/build.js';
import {
  partialRelease,
  type ReleaseResult,
  type ReleaseStepOptions,
  releaseStep,
} from '../../src/steps/release.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { peer, peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers, REPO_ROOT } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  githubClaims,
  mintToken,
  type OfflineSigstore,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';

// The release chain on a real distribution registry, with the example image and
// the advisories the repository ships for it (two medium findings against
// follow-redirects 1.15.3). cosign checks what lading signed and attested.

const peers = needPeers('docker-registry', 'cosign');
const EXAMPLE = join(REPO_ROOT, 'example/app');
const ADVISORIES = join(REPO_ROOT, 'example/advisories');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-password`;

describe.skipIf(!peers)('releaseStep', () => {
  const { cosign } = peers ?? { cosign: '' };
  let reg: TestRegistry;
  let work: string;
  let keyText: string;

  /** The example image pushed to `demo/NAME`; every repository has its own referrers. */
  async function example(name: string, tag = 'v1'): Promise<string> {
    const built = await buildStep(
      {
        dirs: [`${EXAMPLE}:/app`],
        output: `registry:${reg.host}/demo/${name}:${tag}`,
        platform: 'linux/amd64',
        created: 0,
        cmd: ['node', '/app/server.js'],
        access: testAccess(work),
      },
      silentReporter,
    );
    return `${reg.host}/demo/${name}@${built.manifest.digest}`;
  }

  function options(image: string, out: string, extra: Partial<ReleaseStepOptions> = {}): ReleaseStepOptions {
    return {
      image,
      access: testAccess(work),
      defaultPlatform: { os: 'linux', architecture: 'amd64' },
      outputDir: join(work, out),
      scan: {
        db: { dir: join(work, 'osv-db'), osvUrl: ADVISORIES, offline: false, onStale: 'warn' },
        failOn: 'high',
      },
      signing: { key: openSigningKey(keyText, CANARY, '--key cosign.key') },
      now: new Date(),
      toolVersion: '0.0.0-test',
      ...extra,
    };
  }

  async function referrersOf(image: string): Promise<string[]> {
    const location = await openLocation(image, 'read', testAccess(work));
    try {
      const digest = image.slice(image.lastIndexOf('@') + 1) as `sha256:${string}`;
      return (await location.store.referrers(digest)).map((d) => d.digest);
    } finally {
      await location.close();
    }
  }

  async function failure(run: Promise<unknown>): Promise<Error> {
    try {
      await run;
    } catch (err) {
      return err as Error;
    }
    throw new Error('expected the release to fail');
  }

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('release');
    await peerOk(cosign, ['generate-key-pair'], { cwd: work, env: { COSIGN_PASSWORD: CANARY } });
    keyText = await readFile(join(work, 'cosign.key'), 'utf8');
  }, 60_000);
  afterAll(() => reg?.stop());

  it('SBOM, scan, sign, attest and verify in one pass; cosign verifies the signature and each attestation', async () => {
    const image = await example('released');
    const result = await releaseStep(options(image, 'released'), silentReporter);

    expect(result.released).toBe(true);
    expect(result.stages.map((s) => `${s.stage} ${s.status}`)).toEqual([
      'sbom done',
      'scan done',
      'sign done',
      'attest done',
      'policy skipped',
      'verify done',
    ]);
    expect(result.digest).toBe(image.split('@')[1]);
    expect(result.platforms).toEqual(['linux/amd64']);
    // Both SBOMs name the example's packages; the scan found the two real follow-redirects advisories.
    const spdx = JSON.parse(await readFile(result.files.spdx, 'utf8')) as { packages: { name: string }[] };
    expect(spdx.packages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['follow-redirects', 'minimist']),
    );
    const cdx = JSON.parse(await readFile(result.files.cyclonedx, 'utf8')) as {
      components: { purl?: string }[];
    };
    expect(cdx.components.map((c) => c.purl)).toContain('pkg:npm/follow-redirects@1.15.3');
    expect(result.scan?.findings.map((f) => f.finding.id).sort()).toEqual([
      'CVE-2023-26159',
      'CVE-2024-28849',
    ]);
    const report = JSON.parse(await readFile(result.files.scanJson, 'utf8')) as { gate: { passed: boolean } };
    expect(report.gate.passed).toBe(true);
    expect(existsSync(result.files.sarif)).toBe(true);
    // One signature and three attestations, each a referrer of the image.
    const referrers = await referrersOf(image);
    const written = [
      ...(result.sign?.signatures ?? []).map((s) => s.digest),
      ...result.attestations.flatMap((a) => a.attestations.map((w) => w.digest)),
    ];
    expect(written).toHaveLength(4);
    expect(referrers.sort()).toEqual(written.sort());
    expect(result.verify?.verified).toBe(true);

    const cosignArgs = ['--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry'];
    const verified = await peer(cosign, ['verify', ...cosignArgs, image], { cwd: work });
    expect(verified.stderr).not.toMatch(/Error/);
    expect(verified.code).toBe(0);
    for (const type of ['slsaprovenance1', 'spdxjson', 'vuln']) {
      const v = await peer(cosign, ['verify-attestation', ...cosignArgs, '--type', type, image], {
        cwd: work,
      });
      expect(v.stderr, type).not.toMatch(/Error/);
      expect(v.code, type).toBe(0);
      if (type !== 'vuln') continue;
      const envelope = JSON.parse(v.stdout.trim().split('\n')[0] as string) as { payload: string };
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
        predicate: { scanner: { result: { findings: { id: string; severity: string }[] } } };
      };
      expect(statement.predicate.scanner.result.findings.map((f) => `${f.id} ${f.severity}`).sort()).toEqual([
        'CVE-2023-26159 medium',
        'CVE-2024-28849 medium',
      ]);
    }
    // The key's password appears nowhere the user or a log could see.
    expect(JSON.stringify(result)).not.toContain(CANARY);
    for (const file of Object.values(result.files))
      expect(await readFile(file, 'utf8')).not.toContain(CANARY);
  }, 120_000);

  it('a failing gate writes the reports, signs nothing, and the error carries which stages ran', async () => {
    const image = await example('gated');
    const err = await failure(
      releaseStep(
        options(image, 'gated', {
          scan: {
            db: { dir: join(work, 'osv-db'), osvUrl: ADVISORIES, offline: false, onStale: 'warn' },
            failOn: 'medium',
          },
        }),
        silentReporter,
      ),
    );
    expect(err).toBeInstanceOf(DeniedError);
    expect(err.message).toContain(image.split('@')[1]);
    expect(err.message).toMatch(/gate failed .*medium.*nothing was signed/);
    const partial = partialRelease(err) as ReleaseResult;
    expect(partial.stages.map((s) => `${s.stage} ${s.status}`)).toEqual([
      'sbom done',
      'scan denied',
      'sign skipped',
      'attest skipped',
      'policy skipped',
      'verify skipped',
    ]);
    expect(partial.released).toBe(false);
    const report = JSON.parse(await readFile(partial.files.scanJson, 'utf8')) as {
      gate: { passed: boolean };
    };
    expect(report.gate.passed).toBe(false);
    expect(existsSync(partial.files.spdx)).toBe(true);
    expect(await referrersOf(image)).toEqual([]);
    expect(renderReleaseSummary(partial, 'text')).toMatch(/verdict\s+not released: scan denied/);
  }, 120_000);

  it('verification against another key stops the release with DeniedError after signing', async () => {
    const image = await example('stranger');
    const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    const err = await failure(
      releaseStep(options(image, 'stranger', { verify: { trust: { publicKey: stranger } } }), silentReporter),
    );
    expect(err).toBeInstanceOf(DeniedError);
    expect(err.message).toMatch(
      /verification failed: no valid signature; no valid slsaprovenance1, spdxjson, vuln/,
    );
    const partial = partialRelease(err) as ReleaseResult;
    expect(partial.stages.at(-1)).toMatchObject({ stage: 'verify', status: 'denied' });
    expect(partial.sign?.signatures).toHaveLength(1);
    expect(partial.verify?.signatures.every((s) => !s.ok)).toBe(true);
  }, 120_000);

  it('refuses a tag, a wrong key password and keyless without a trust root before writing anything', async () => {
    const image = await example('refused');
    const tag = `${reg.host}/demo/refused:v1`;
    const byTag = await failure(releaseStep(options(tag, 'by-tag'), silentReporter));
    expect(byTag).toBeInstanceOf(InputError);
    expect(byTag.message).toContain(`${tag}: name the image by digest`);
    expect(partialRelease(byTag)).toBeUndefined();
    expect(existsSync(join(work, 'by-tag'))).toBe(false);

    const badPassword = await failure(
      releaseStep(
        options(image, 'bad-password', {
          signing: { key: openSigningKey(keyText, 'not-it', '--key cosign.key') },
        }),
        silentReporter,
      ),
    );
    expect(badPassword).toBeInstanceOf(InputError);
    expect(badPassword.message).toContain('--key cosign.key');
    expect(existsSync(join(work, 'bad-password'))).toBe(false);

    const keyless = await failure(
      releaseStep(
        options(image, 'keyless', { signing: { identityToken: async () => 'a.b.c' } }),
        silentReporter,
      ),
    );
    expect(keyless).toBeInstanceOf(InputError);
    expect(keyless.message).toMatch(/keyless signing needs a trusted root/);
    expect(existsSync(join(work, 'keyless'))).toBe(false);
    expect(await referrersOf(image)).toEqual([]);
  }, 120_000);

  describe('keyless, against an offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
    });
    afterAll(() => sigstore?.stop());

    it('signs and attests with certificates logged in Rekor, and verifies them against the identity', async () => {
      const identity = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
      const issuer = 'https://token.actions.githubusercontent.com';
      const image = await example('keyless');
      const result = await releaseStep(
        options(image, 'keyless-ok', {
          signing: {
            identityToken: async () =>
              mintToken({ ...githubClaims('acme/app', 'refs/tags/v1.0.0'), sub: identity }),
            services: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
          },
          verify: {
            trust: { trustedRoot: parseTrustedRoot(JSON.stringify(sigstore.trustedRoot), 'trusted root') },
            policy: { subject: { exact: identity }, issuer: { exact: issuer } },
          },
        }),
        silentReporter,
      );
      expect(result.released).toBe(true);
      expect(result.signedWith).toBe('keyless');
      // Not the public log: entries are named by index, without a search link.
      expect(result.logSearchUrl).toBeUndefined();
      const logged = [
        ...(result.sign?.signatures ?? []).flatMap((s) => s.transparencyLog.map((t) => t.index)),
        ...result.attestations.flatMap((a) => a.attestations.flatMap((w) => w.transparencyLog)),
      ];
      expect(logged).toHaveLength(4);
      const text = renderReleaseSummary(result, 'text');
      for (const index of logged) expect(text).toContain(`tlog ${index}`);
      expect(text).not.toContain('no tlog');
    }, 120_000);
  });
});
