import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/oci/digest.js';
import { openLocation } from '../../src/oci/opener.js';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { parseSigningConfig } from '../../src/sigstore/signing-config.js';
import { parseTrustedRoot } from '../../src/sigstore/trusted-root.js';
import { attestStep } from '../../src/steps/attest.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
import { type KeyedCosign, keyedCosign } from '../fixtures/cosign.js';
import { peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  githubClaims,
  mintToken,
  type OfflineSigstore,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';
import {
  buildRootfsImage,
  ladingScan,
  NOW,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  testScanOptions,
  unpackRootfs,
} from '../scan/scan-fixtures.js';

// A VEX statement that silences a finding must come from someone the scan
// trusts. OpenVEX attestations made by cosign 3 (`cosign attest --type
// openvex`, key pair) and by lading (keyless, through an offline Sigstore) are
// applied by `lading scan --vex-from-attestations` only when they verify
// against the key or identity given, as `lading verify` checks them.

const peers = needPeers('docker-registry', 'cosign', 'crane');
const CVE = 'CVE-2024-9143';
const PASSWORD = `vex-${Math.random().toString(36).slice(2)}`;

const vexFor = (product: string) => ({
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/app-1',
  author: 'Shop security <security@example.com>',
  timestamp: '2025-01-01T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: CVE },
      products: [{ '@id': product, subcomponents: [{ '@id': 'pkg:apk/alpine/libssl3' }] }],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
    },
  ],
});

const libssl = (report: ScanReport) =>
  report.findings.find((f) => f.package.name === 'libssl3' && f.id === CVE);

describe.skipIf(!peers || !OSV_DIR || !ROOTFS)(
  'OpenVEX attestations, verified before a scan applies them',
  () => {
    const { cosign, crane } = peers ?? { cosign: '', crane: '' };
    let registry: TestRegistry;
    let server: OsvExportServer;
    let work: string;
    let keyed: KeyedCosign;
    let rootfs: string;

    /** One image per test (a file more makes a new digest), so attestations never mix. */
    const image = async (name: string) => {
      await writeFile(join(rootfs, 'etc/motd'), `${name}\n`);
      const digest = await buildRootfsImage(rootfs, `registry:${registry.host}/shop/${name}:head`);
      return { digest, ref: `${registry.host}/shop/${name}@${digest}` };
    };
    const scanArgs = () => ['--db', join(work, 'db'), '--osv-url', server.url, '-o', 'json'];

    beforeAll(async () => {
      registry = await startRegistry();
      server = await startAlpineAdvisories();
      work = await tempDir('scan-vex-att');
      rootfs = await unpackRootfs();
      keyed = keyedCosign(cosign, work, PASSWORD);
      await keyed.keyPairs('cosign', 'other');
    }, 120_000);
    afterAll(async () => {
      await registry?.stop();
      await server?.stop();
      await removeAll(rootfs);
    });

    it('cosign attest --type openvex: applied with its key, ignored as "signature invalid" with another', async () => {
      const { digest, ref } = await image('cosign-vex');
      await writeFile(
        join(work, 'vex.json'),
        JSON.stringify(vexFor(`pkg:oci/cosign-vex@${encodeURIComponent(digest)}`)),
      );
      await keyed.attest(ref, 'openvex', 'vex.json');
      const env = { LADING_NOW: NOW.toISOString() };
      const right = await ladingScan([ref, ...scanArgs(), '--vex-from-attestations', '--key', 'cosign.pub'], {
        cwd: work,
        env,
      });
      expect(right.code, right.stderr).toBe(0);
      const applied = JSON.parse(right.stdout) as ScanReport;
      expect(libssl(applied)).toMatchObject({
        state: 'suppressed',
        suppressedBy: 'vex',
        vex: { status: 'not_affected' },
      });
      expect(applied.filters.vex).toEqual([
        expect.stringMatching(/^attestation:.*shop\/cosign-vex@sha256:[0-9a-f]{64}$/),
      ]);
      expect(right.stderr).toContain('signature verified');

      const wrong = await ladingScan([ref, ...scanArgs(), '--vex-from-attestations', '--key', 'other.pub'], {
        cwd: work,
        env,
      });
      const ignored = JSON.parse(wrong.stdout) as ScanReport;
      expect(libssl(ignored)?.state).toBe('open');
      expect(ignored.filters.vex).toEqual([]);
      expect(wrong.stderr).toMatch(
        /OpenVEX attestation:.*shop\/cosign-vex@sha256:[0-9a-f]{64}: ignored: signature invalid/,
      );
      expect(ignored.warnings.join('\n')).toMatch(/ignored: signature invalid: the signature does not match/);
    });

    it('cosign attest --new-bundle-format=false (.att tag): applied with its key, "signature invalid" with another', async () => {
      const { digest, ref } = await image('cosign-legacy-vex');
      await writeFile(
        join(work, 'legacy-vex.json'),
        JSON.stringify(vexFor(`pkg:oci/cosign-legacy-vex@${encodeURIComponent(digest)}`)),
      );
      await keyed.attest(ref, 'openvex', 'legacy-vex.json', { legacy: true });
      const source =
        /^attestation:.*shop\/cosign-legacy-vex:sha256-[0-9a-f]{64}\.att layer sha256:[0-9a-f]{64}$/;
      const env = { LADING_NOW: NOW.toISOString() };
      const right = await ladingScan([ref, ...scanArgs(), '--vex-from-attestations', '--key', 'cosign.pub'], {
        cwd: work,
        env,
      });
      expect(right.code, right.stderr).toBe(0);
      const applied = JSON.parse(right.stdout) as ScanReport;
      expect(libssl(applied)).toMatchObject({
        state: 'suppressed',
        suppressedBy: 'vex',
        vex: { status: 'not_affected' },
      });
      expect(applied.filters.vex).toEqual([expect.stringMatching(source)]);
      expect(right.stderr).toContain('signature verified');
      expect(right.stderr).not.toContain('ignored');

      const wrong = await ladingScan([ref, ...scanArgs(), '--vex-from-attestations', '--key', 'other.pub'], {
        cwd: work,
        env,
      });
      const ignored = JSON.parse(wrong.stdout) as ScanReport;
      expect(libssl(ignored)?.state).toBe('open');
      expect(ignored.filters.vex).toEqual([]);
      expect(wrong.stderr).toMatch(
        /OpenVEX attestation:.*\.att layer sha256:[0-9a-f]{64}: ignored: signature invalid/,
      );
      expect(ignored.warnings.join('\n')).toMatch(/ignored: signature invalid: the signature does not match/);
    });

    describe('keyless, offline Sigstore', () => {
      let sigstore: OfflineSigstore;
      const claims = githubClaims('shop/app', 'refs/heads/main', '.github/workflows/vex.yml');
      const identity = 'https://github.com/shop/app/.github/workflows/vex.yml@refs/heads/main';
      beforeAll(async () => {
        sigstore = await startOfflineSigstore();
      });
      afterAll(() => sigstore?.stop());

      const options = (source: string, subject: string): ScanStepOptions =>
        testScanOptions(work, server.url, {
          source,
          vexFromAttestations: true,
          vexTrust: {
            trust: {
              trustedRoot: parseTrustedRoot(JSON.stringify(sigstore.trustedRoot), 'trusted_root.json'),
            },
            policy: { subject: { exact: subject }, issuer: { exact: claims.iss } },
          },
        });

      it('lading attest keyless: applied for the signing workflow, "identity mismatch" for any other', async () => {
        const { digest, ref } = await image('keyless-vex');
        await writeFile(
          join(work, 'k.json'),
          JSON.stringify(vexFor(`pkg:oci/keyless-vex@${encodeURIComponent(digest)}`)),
        );
        await attestStep(
          {
            image: ref,
            access: testAccess(work),
            kind: 'openvex',
            predicate: { path: join(work, 'k.json'), where: 'k.json' },
            identityToken: async () => mintToken({ ...claims, sub: identity }),
            services: parseSigningConfig(JSON.stringify(sigstore.signingConfig), 'signing_config.json'),
          },
          silentReporter,
        );
        const good = await scanStep(options(ref, identity), silentReporter);
        expect(libssl(good.report)).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
        expect(good.vexIgnored).toEqual([]);

        const other = 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main';
        const bad = await scanStep(options(ref, other), silentReporter);
        expect(libssl(bad.report)?.state).toBe('open');
        expect(bad.vexIgnored).toEqual([
          expect.objectContaining({
            because: 'identity mismatch',
            reason: expect.stringMatching(/^identity policy: subject/),
          }),
        ]);
      });

      it('cosign attest keyless --new-bundle-format=false (.att tag): applied for the signing identity only', async () => {
        const { digest, ref } = await image('cosign-keyless-legacy');
        await writeFile(
          join(work, 'ckl.json'),
          JSON.stringify(vexFor(`pkg:oci/cosign-keyless-legacy@${encodeURIComponent(digest)}`)),
        );
        await writeFile(join(work, 'token.jwt'), mintToken({ ...claims, sub: identity }));
        await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
        // cosign's legacy format cannot take a signing config: name the services instead
        await peerOk(
          cosign,
          [
            'attest',
            '-y',
            '--allow-http-registry',
            '--identity-token',
            'token.jwt',
            '--use-signing-config=false',
            '--fulcio-url',
            sigstore.fulcioUrl,
            '--rekor-url',
            sigstore.rekorUrl,
            '--trusted-root',
            'trusted_root.json',
            '--new-bundle-format=false',
            '--type',
            'openvex',
            '--predicate',
            'ckl.json',
            ref,
          ],
          { cwd: work },
        );
        const good = await scanStep(options(ref, identity), silentReporter);
        expect(libssl(good.report)).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
        expect(good.report.filters.vex).toEqual([
          expect.stringMatching(/shop\/cosign-keyless-legacy:sha256-[0-9a-f]{64}\.att layer sha256:/),
        ]);
        expect(good.vexIgnored).toEqual([]);

        const bad = await scanStep(
          options(ref, 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main'),
          silentReporter,
        );
        expect(libssl(bad.report)?.state).toBe('open');
        expect(bad.vexIgnored).toEqual([
          expect.objectContaining({
            because: 'identity mismatch',
            reason: expect.stringMatching(/^identity policy: subject/),
          }),
        ]);
      });

      it('lading attest --legacy-att keyless, the .att alone: its certificate and Rekor entry checked, then the identity', async () => {
        const { digest, ref } = await image('keyless-legacy-vex');
        await writeFile(
          join(work, 'kl.json'),
          JSON.stringify(vexFor(`pkg:oci/keyless-legacy-vex@${encodeURIComponent(digest)}`)),
        );
        const written = await attestStep(
          {
            image: ref,
            access: testAccess(work),
            kind: 'openvex',
            predicate: { path: join(work, 'kl.json'), where: 'kl.json' },
            identityToken: async () => mintToken({ ...claims, sub: identity }),
            services: parseSigningConfig(JSON.stringify(sigstore.signingConfig), 'signing_config.json'),
            legacyAtt: true,
          },
          silentReporter,
        );
        // cosign's annotations carry the Fulcio certificate and the Rekor entry beside the envelope.
        const att = await peerOk(crane, [
          'manifest',
          '--insecure',
          `${ref.split('@')[0]}:sha256-${digest.slice(7)}.att`,
        ]);
        expect(Object.keys(JSON.parse(att).layers[0].annotations)).toEqual(
          expect.arrayContaining(['dev.sigstore.cosign/certificate', 'dev.sigstore.cosign/bundle']),
        );
        // Only the .att is left: the referrer and distribution's fallback index for it go.
        const location = await openLocation(ref, 'write', testAccess(work));
        try {
          const store = location.store;
          await store.deleteManifest?.(written.attestations[0]?.digest as Digest);
          await store.deleteManifest?.((await store.resolve(`sha256-${digest.slice(7)}`)).digest);
          expect(await store.referrers(digest as Digest)).toEqual([]);
        } finally {
          await location.close();
        }
        const good = await scanStep(options(ref, identity), silentReporter);
        expect(libssl(good.report)).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
        expect(good.report.filters.vex).toEqual([
          expect.stringMatching(/:sha256-[0-9a-f]{64}\.att layer sha256:/),
        ]);
        expect(good.vexIgnored).toEqual([]);

        const other = 'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main';
        const bad = await scanStep(options(ref, other), silentReporter);
        expect(libssl(bad.report)?.state).toBe('open');
        expect(bad.vexIgnored).toEqual([
          {
            source: expect.stringMatching(/:sha256-[0-9a-f]{64}\.att layer sha256:/),
            because: 'identity mismatch',
            reason: expect.stringMatching(/^identity policy: subject/),
          },
        ]);

        // Another Sigstore's root does not vouch for the certificate.
        const foreign = await startOfflineSigstore();
        try {
          const opts = options(ref, identity);
          const untrusted = await scanStep(
            {
              ...opts,
              vexTrust: {
                ...opts.vexTrust,
                trust: {
                  trustedRoot: parseTrustedRoot(JSON.stringify(foreign.trustedRoot), 'trusted_root.json'),
                },
              },
            },
            silentReporter,
          );
          expect(libssl(untrusted.report)?.state).toBe('open');
          expect(untrusted.vexIgnored).toEqual([
            expect.objectContaining({
              because: 'signature invalid',
              reason: expect.stringMatching(/not trusted/),
            }),
          ]);
        } finally {
          await foreign.stop();
        }
      });
    });
  },
);
