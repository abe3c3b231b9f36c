import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PredicateKind } from '../../src/attest/predicates.js';
import { writeSbom } from '../../src/sbom/formats/index.js';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { attestStep } from '../../src/steps/attest.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
import { testAccess } from '../fixtures/images.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  buildRootfsImage,
  ladingScan,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  unpackRootfs,
} from './scan-fixtures.js';

// OpenVEX attestations attached to an image by `lading attest --type openvex`
// (a signed DSSE bundle pushed as a referrer to a distribution registry) are
// applied by `lading scan` of that image as `--vex` files are, and named as the
// source of every verdict they give.

const NOW = new Date('2025-06-01T00:00:00Z');
const CVE = 'CVE-2024-9143';

/** A vexctl-shaped document: CVE-2024-9143 not affecting libssl3 inside `product`. */
function vexDocument(product: string, status = 'not_affected'): Record<string, unknown> {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': `https://openvex.dev/docs/public/vex-${status}`,
    author: 'Shop security <security@example.com>',
    timestamp: '2025-01-01T00:00:00Z',
    version: 1,
    tooling: 'vexctl/0.3.0',
    statements: [
      {
        vulnerability: { name: CVE },
        products: [{ '@id': product, subcomponents: [{ '@id': 'pkg:apk/alpine/libssl3' }] }],
        status,
        justification: 'vulnerable_code_not_in_execute_path',
      },
    ],
  };
}

const finding = (report: ScanReport, name: string) =>
  report.findings.find((f) => f.package.name === name && f.id === CVE);

describe.skipIf(!OSV_DIR || !ROOTFS || !needPeer('docker-registry'))(
  'OpenVEX attestations applied by scan',
  () => {
    let server: OsvExportServer;
    let registry: TestRegistry;
    let work: string;
    let rootfs: string;
    let digest: string;
    let image: string;
    let keyText: string;

    const options = (extra: Partial<ScanStepOptions>): ScanStepOptions => ({
      source: `${registry.host}/shop/app:head`,
      access: testAccess(work),
      defaultPlatform: { os: 'linux', architecture: 'amd64' },
      db: { dir: join(work, 'db'), osvUrl: server.url, offline: false, onStale: 'warn' },
      failOn: 'none',
      outputs: [],
      now: NOW,
      toolVersion: '0.0.0-test',
      vexFromAttestations: true,
      ...extra,
    });

    /** `lading attest --type KIND --predicate FILE --key KEY IMAGE`, as the attest step does it. */
    const attest = async (ref: string, kind: PredicateKind, predicate: unknown, name: string) => {
      await writeFile(join(work, name), JSON.stringify(predicate));
      return attestStep(
        {
          image: ref,
          access: testAccess(work),
          kind,
          predicate: { path: join(work, name), where: name },
          key: { text: keyText, where: 'test.key' },
          now: NOW,
        },
        silentReporter,
      );
    };

    beforeAll(async () => {
      server = await startAlpineAdvisories();
      registry = await startRegistry();
      work = await mkdtemp(join(tmpdir(), 'lading-scan-vexatt-'));
      rootfs = await unpackRootfs();
      digest = await buildRootfsImage(rootfs, `registry:${registry.host}/shop/app:head`);
      image = `${registry.host}/shop/app@${digest}`;
      keyText = generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString();
    });
    afterAll(async () => {
      await server?.stop();
      await registry?.stop();
      await removeAll(work, rootfs);
    });

    it('an image with no VEX attestation: the finding is open', async () => {
      const r = await scanStep(options({}), silentReporter);
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(r.report.filters.vex).toEqual([]);
    });

    it('an attested OpenVEX statement for this image suppresses libssl3 there only, named by its referrer', async () => {
      const pushed = await attest(
        image,
        'openvex',
        vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`),
        'vex.json',
      );
      const referrer = pushed.attestations[0]?.location;
      expect(referrer).toMatch(/shop\/app@sha256:[0-9a-f]{64}$/);
      const lines: string[] = [];
      const r = await scanStep(options({}), { ...silentReporter, info: (m) => lines.push(m) });
      expect(finding(r.report, 'libssl3')).toMatchObject({
        state: 'suppressed',
        suppressedBy: 'vex',
        vex: { status: 'not_affected', source: `attestation:${referrer}#statements[0]` },
      });
      // The statement names libssl3 as the subcomponent: libcrypto3's finding stays.
      expect(finding(r.report, 'libcrypto3')).toMatchObject({ state: 'open' });
      expect(r.report.filters.vex).toEqual([`attestation:${referrer}`]);
      expect(lines.join('\n')).toContain(`attestation:${referrer}: OpenVEX attestation of`);

      // Turned off, the attestation is not read.
      const off = await scanStep(options({ vexFromAttestations: false }), silentReporter);
      expect(finding(off.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(off.report.filters.vex).toEqual([]);
    });

    it('with a --vex file too, both apply and the report names each source', async () => {
      await writeFile(
        join(work, 'crypto.vex.json'),
        JSON.stringify({
          ...vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`, 'fixed'),
          statements: [
            {
              vulnerability: { name: CVE },
              products: [{ '@id': 'pkg:apk/alpine/libcrypto3' }],
              status: 'fixed',
            },
          ],
        }),
      );
      const r = await scanStep(options({ vex: ['crypto.vex.json'] }), silentReporter);
      expect(finding(r.report, 'libcrypto3')).toMatchObject({
        state: 'suppressed',
        vex: { status: 'fixed', source: 'crypto.vex.json#statements[0]' },
      });
      expect(finding(r.report, 'libssl3')?.vex?.source).toMatch(/^attestation:.*shop\/app@sha256:/);
      expect(r.report.filters.vex[0]).toBe('crypto.vex.json');
      expect(r.report.filters.vex[1]).toMatch(/^attestation:/);
    });

    it('attestation:IMAGE (a rescan from the SBOM attestation) applies the VEX attestation too', async () => {
      const scanned = await scanStep(options({ vexFromAttestations: false }), silentReporter);
      await attest(
        image,
        'cyclonedx',
        JSON.parse(
          writeSbom('cyclonedx-json', scanned.subject.inventory, scanned.subject.sbomSubject, {
            created: NOW,
            toolVersion: '0.0.0',
          }),
        ),
        'bom.json',
      );
      const r = await scanStep(options({ source: `attestation:${image}` }), silentReporter);
      expect(r.subject.sbom?.format).toBe('cyclonedx');
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
      expect(finding(r.report, 'libcrypto3')).toMatchObject({ state: 'open' });
    });

    // Unverified attestations must not suppress findings unless the user asks: off by default.
    it('lading scan: off by default, --vex-from-attestations turns it on', async () => {
      const args = ['--db', join(work, 'db'), '--osv-url', server.url, '--fail-on', 'low'];
      const env = { LADING_NOW: NOW.toISOString() };
      const on = await ladingScan([image, ...args, '--vex-from-attestations', '-o', 'json=on.json'], {
        cwd: work,
        env,
      });
      const off = await ladingScan([image, ...args, '-o', 'json=off.json'], {
        cwd: work,
        env,
      });
      const read = async (f: string) => JSON.parse(await readFile(join(work, f), 'utf8')) as ScanReport;
      expect(finding(await read('on.json'), 'libssl3')?.state).toBe('suppressed');
      expect(finding(await read('off.json'), 'libssl3')?.state).toBe('open');
      // Other findings remain open either way: the gate still says no.
      expect([on.code, off.code]).toEqual([1, 1]);
    });

    it('a VEX attestation about another product does not apply, and a malformed one is skipped with a warning naming its field', async () => {
      // Another image holding the same packages: one file more makes another digest.
      const otherRoot = await unpackRootfs();
      await writeFile(join(otherRoot, 'etc/motd'), 'another image\n');
      const other = await buildRootfsImage(otherRoot, `registry:${registry.host}/shop/other:head`);
      await removeAll(otherRoot);
      expect(other).not.toBe(digest);
      const otherImage = `${registry.host}/shop/other@${other}`;
      // This statement's product is the first image, not this one.
      await attest(otherImage, 'openvex', vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`), 'a.json');
      // Passes attest's shape check (context, statement list), not the OpenVEX reader.
      await attest(
        otherImage,
        'openvex',
        vexDocument(`pkg:oci/other@${encodeURIComponent(other)}`, 'maybe'),
        'b.json',
      );
      const warnings: string[] = [];
      const r = await scanStep(options({ source: otherImage }), {
        ...silentReporter,
        warn: (m) => warnings.push(m),
      });
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(warnings.join('\n')).toMatch(
        /attestation:.*shop\/other@sha256:[0-9a-f]{64}: OpenVEX field statements\[0\]\.status must be one of .*\(got "maybe"\); skipped/,
      );
    });
  },
);
