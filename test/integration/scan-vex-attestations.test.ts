import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { parseSigningConfig } from '../../src/sigstore/signing-config.js';
import { parseTrustedRoot } from '../../src/sigstore/trusted-root.js';
import { attestStep } from '../../src/steps/attest.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
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
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  unpackRootfs,
} from '../scan/scan-fixtures.js';

// A VEX statement that silences a finding must come from someone the scan
// trusts. OpenVEX attestations made by cosign 3 (`cosign attest --type
// openvex`, key pair) and by lading (keyless, through an offline Sigstore) are
// applied by `lading scan --vex-from-attestations` only when they verify
// against the key or identity given, as `lading verify` checks them.

const peers = needPeers('docker-registry', 'cosign');
const NOW = new Date('2025-06-01T00:00:00Z');
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
    const { cosign } = peers ?? { cosign: '' };
    let registry: TestRegistry;
    let server: OsvExportServer;
    let work: string;
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
      const env = { COSIGN_PASSWORD: PASSWORD };
      await peerOk(cosign, ['generate-key-pair'], { cwd: work, env });
      await peerOk(cosign, ['generate-key-pair', '--output-key-prefix', 'other'], { cwd: work, env });
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
      await peerOk(
        cosign,
        [
          'attest',
          '--key',
          'cosign.key',
          '--use-signing-config=false',
          '--tlog-upload=false',
          '--type',
          'openvex',
          '--predicate',
          'vex.json',
          '--allow-http-registry',
          '-y',
          ref,
        ],
        { cwd: work, env: { COSIGN_PASSWORD: PASSWORD } },
      );
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

    describe('keyless, offline Sigstore', () => {
      let sigstore: OfflineSigstore;
      const claims = githubClaims('shop/app', 'refs/heads/main', '.github/workflows/vex.yml');
      const identity = 'https://github.com/shop/app/.github/workflows/vex.yml@refs/heads/main';
      beforeAll(async () => {
        sigstore = await startOfflineSigstore();
      });
      afterAll(() => sigstore?.stop());

      const options = (source: string, subject: string): ScanStepOptions => ({
        source,
        access: testAccess(work),
        defaultPlatform: { os: 'linux', architecture: 'amd64' },
        db: { dir: join(work, 'db'), osvUrl: server.url, offline: false, onStale: 'warn' },
        failOn: 'none',
        outputs: [],
        now: NOW,
        toolVersion: '0.0.0-test',
        vexFromAttestations: true,
        vexTrust: {
          trust: { trustedRoot: parseTrustedRoot(JSON.stringify(sigstore.trustedRoot), 'trusted_root.json') },
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
    });
  },
);
