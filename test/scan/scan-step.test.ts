import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocation } from '../../src/oci/opener.js';
import { writeSbom } from '../../src/sbom/formats/index.js';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { pushBundleReferrer } from '../../src/sigstore/formats/cosign-bundle.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
import { testAccess } from '../fixtures/images.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  buildRootfsImage,
  ladingScan,
  NOW,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  testScanOptions,
  unpackRootfs,
} from './scan-fixtures.js';

// The scan step end to end on real data: Alpine 3.20.3's minirootfs as an
// image built by lading (and as SBOM files other tools write), matched against
// Alpine's secdb served as an OSV export on loopback.

const require = createRequire(import.meta.url);
const Ajv04 = Ajv04Module as unknown as typeof Ajv04Module.default;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
(addFormatsModule as unknown as (a: InstanceType<typeof Ajv04>) => void)(ajv);
const validateSarif = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));

const SYFT = join(import.meta.dirname, '../fixtures/sbom/syft-alpine-3.20.3.spdx.json');
const TRIVY = join(import.meta.dirname, '../fixtures/sbom/trivy-alpine-3.20.3.cdx.json');

const ids = (report: ScanReport, name: string) =>
  report.findings.filter((f) => f.package.name === name).map((f) => f.id);

describe.skipIf(!OSV_DIR || !ROOTFS)('scan step on Alpine 3.20.3', () => {
  let server: OsvExportServer;
  let work: string;
  let rootfs: string;
  let layout: string;
  let digest: string;

  const options = (extra: Partial<ScanStepOptions>): ScanStepOptions =>
    testScanOptions(work, server.url, { source: `oci-dir:${layout}:head`, ...extra });

  beforeAll(async () => {
    server = await startAlpineAdvisories();
    work = await mkdtemp(join(tmpdir(), 'lading-scan-'));
    rootfs = await unpackRootfs();
    layout = join(work, 'layout');
    digest = await buildRootfsImage(rootfs, `oci-dir:${layout}:head`);
  });
  afterAll(async () => {
    await server?.stop();
    await removeAll(work, rootfs);
  });

  it('an image: CVE-2024-9143 on libssl3/libcrypto3 3.3.2-r0 (fixed 3.3.2-r1), not CVE-2024-6119; every report written', async () => {
    const r = await scanStep(
      options({
        outputs: [
          { format: 'json', file: 'out/scan.json' },
          { format: 'sarif', file: 'out/scan.sarif' },
          { format: 'cyclonedx-json', file: 'out/scan.cdx.json' },
          { format: 'table' },
        ],
      }),
      silentReporter,
    );
    expect(r.report.subject).toMatchObject({ kind: 'image', digest });
    for (const name of ['libssl3', 'libcrypto3']) {
      expect(ids(r.report, name)).toContain('CVE-2024-9143');
      expect(ids(r.report, name)).not.toContain('CVE-2024-6119');
      expect(
        r.report.findings.find((f) => f.package.name === name && f.id === 'CVE-2024-9143')?.fixed,
      ).toEqual(['3.3.2-r1']);
    }
    expect(r.dbAge).toEqual([
      { ecosystem: 'Alpine', fetchedAt: NOW.toISOString(), ageHours: 0, stale: false },
    ]);
    const json = JSON.parse(await readFile(join(work, 'out/scan.json'), 'utf8')) as ScanReport;
    expect(json.findings.length).toBe(r.report.findings.length);
    expect(json.gate).toMatchObject({ passed: true, failOn: 'none' });

    const sarif = JSON.parse(await readFile(join(work, 'out/scan.sarif'), 'utf8'));
    // The official 2.1.0 schema, as test/scan/sarif.test.ts loads it.
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].automationDetails.id).toBe(
      `lading/image/${r.subject.report.kind === 'image' ? r.subject.report.repository.toLowerCase() : ''}/linux/amd64/${r.subject.digests[0]}`,
    );
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'CVE-2024-9143')).toBe(true);

    const cdx = JSON.parse(await readFile(join(work, 'out/scan.cdx.json'), 'utf8'));
    expect(cdx.vulnerabilities.some((v: { id: string }) => v.id === 'CVE-2024-9143')).toBe(true);
    const table = r.documents.find((d) => d.format === 'table')?.content ?? '';
    expect(table).toMatch(/CVE-2024-9143\s+libssl3\s+3\.3\.2-r0\s+3\.3\.2-r1/);
  });

  it('a CycloneDX report of a scanned SBOM file keeps the packages’ licences (they are read only for it)', async () => {
    await scanStep(
      options({
        source: `sbom:${SYFT}`,
        outputs: [{ format: 'cyclonedx-json', file: 'out/licences.cdx.json' }],
      }),
      silentReporter,
    );
    const cdx = JSON.parse(await readFile(join(work, 'out/licences.cdx.json'), 'utf8'));
    const ssl = cdx.components.find((c: { name: string }) => c.name === 'libssl3');
    expect(JSON.stringify(ssl.licenses)).toContain('Apache-2.0');
  });

  it('the same findings from SBOM files syft and trivy write, without pulling layers', async () => {
    const image = await scanStep(options({}), silentReporter);
    const key = (rep: ScanReport, names: string[]) =>
      rep.findings
        .filter((f) => names.includes(f.package.name))
        .map((f) => `${f.package.name} ${f.id}`)
        .sort();
    for (const file of [SYFT, TRIVY]) {
      const r = await scanStep(options({ source: `sbom:${file}` }), silentReporter);
      expect(r.report.subject).toMatchObject({ kind: 'image' });
      expect(key(r.report, ['libssl3', 'libcrypto3', 'busybox']), file).toEqual(
        key(image.report, ['libssl3', 'libcrypto3', 'busybox']),
      );
    }
  });

  it('lading scan: exit 1 when the gate says no, and the JSON report is written anyway; exit 0 with the gate off', async () => {
    const base = ['--db', join(work, 'db'), '--osv-url', server.url];
    const fail = await ladingScan(
      [`sbom:${SYFT}`, ...base, '--fail-on', 'high', '-o', 'json=gate/report.json', '-o', 'table'],
      { cwd: work, env: { LADING_NOW: NOW.toISOString() } },
    );
    expect(fail.stderr).toMatch(
      /failed: \d+ open finding\(s\) at or above high \(\d+ of unknown severity, counted as critical\)/,
    );
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/CVE-2024-9143/);
    const report = JSON.parse(await readFile(join(work, 'gate/report.json'), 'utf8')) as ScanReport;
    expect(report.gate).toMatchObject({ passed: false, failOn: 'high' });

    const pass = await ladingScan([`sbom:${SYFT}`, ...base, '--offline', '-o', 'json=gate/off.json'], {
      cwd: work,
      env: { LADING_NOW: NOW.toISOString() },
    });
    expect(pass.code).toBe(0);
    expect(pass.stderr).toContain('gate off (fail-on: none)');

    const ignore = await ladingScan(
      [
        `sbom:${SYFT}`,
        ...base,
        '--offline',
        '--fail-on',
        'low',
        '--unknown-as',
        'ignore',
        '-o',
        'json=gate/ig.json',
      ],
      {
        cwd: work,
        env: { LADING_NOW: NOW.toISOString() },
      },
    );
    // Alpine's secdb carries no severities: `ignore` lets them through, and says so.
    expect(ignore.stderr).toMatch(/finding\(s\) of unknown severity let through by unknown-as: ignore/);
    expect(ignore.code).toBe(0);
  });

  it('VEX end to end: a vexctl statement for this image with libssl3 as subcomponent suppresses it there only', async () => {
    const vex = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://openvex.dev/docs/public/vex-test',
      author: 'Test <t@example.com>',
      timestamp: '2025-01-01T00:00:00Z',
      version: 1,
      tooling: 'vexctl/0.3.0',
      statements: [
        {
          vulnerability: { name: 'CVE-2024-9143' },
          products: [
            {
              '@id': `pkg:oci/head@${encodeURIComponent(digest)}`,
              subcomponents: [{ '@id': 'pkg:apk/alpine/libssl3' }],
            },
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
        {
          vulnerability: { name: 'CVE-2024-9143' },
          products: [{ '@id': 'sha256:0000000000000000000000000000000000000000000000000000000000000000' }],
          status: 'not_affected',
          justification: 'component_not_present',
        },
      ],
    };
    await writeFile(join(work, 'vex.json'), JSON.stringify(vex));
    const r = await scanStep(options({ vex: ['vex.json'], failOn: 'low' }), silentReporter);
    const ssl = r.report.findings.find((f) => f.package.name === 'libssl3' && f.id === 'CVE-2024-9143');
    const crypto = r.report.findings.find((f) => f.package.name === 'libcrypto3' && f.id === 'CVE-2024-9143');
    expect(ssl).toMatchObject({
      state: 'suppressed',
      suppressedBy: 'vex',
      vex: { source: 'vex.json#statements[0]' },
    });
    expect(crypto).toMatchObject({ state: 'open' });
    expect(r.report.summary.suppressed.vex).toBe(1);
  });

  it('allowlist with an injected clock: active until its expiry, then a warning and the finding is back', async () => {
    await writeFile(
      join(work, 'allow.yaml'),
      'entries:\n  - id: CVE-2024-9143\n    reason: accepted until the base image moves\n    expires: 2025-03-01\n    package: pkg:apk/alpine/lib*\n',
    );
    const before = await scanStep(
      options({ allowlist: 'allow.yaml', now: new Date('2025-02-01T00:00:00Z') }),
      silentReporter,
    );
    const after = await scanStep(
      options({ allowlist: 'allow.yaml', now: new Date('2025-03-02T00:00:00Z') }),
      silentReporter,
    );
    const state = (rep: ScanReport) =>
      rep.findings
        .filter((f) => f.id === 'CVE-2024-9143')
        .map((f) => `${f.package.name}:${f.state}`)
        .sort();
    expect(state(before.report)).toEqual(['libcrypto3:suppressed', 'libssl3:suppressed']);
    expect(state(after.report)).toEqual(['libcrypto3:open', 'libssl3:open']);
    expect(after.warnings.join('\n')).toMatch(
      /allowlist entry CVE-2024-9143 \(pkg:apk\/alpine\/lib\*\) at allow\.yaml#entries\[0\].* expired 2025-03-01/,
    );
  });

  it('bad VEX, allowlist and SBOM files are rejected naming the file and the field, before any scanning', async () => {
    await writeFile(
      join(work, 'bad-vex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'x',
        author: 'a',
        timestamp: '2025-01-01T00:00:00Z',
        statements: [
          { vulnerability: { name: 'CVE-1' }, products: [{ '@id': 'pkg:npm/a' }], status: 'wontfix' },
        ],
      }),
    );
    await expect(scanStep(options({ vex: ['bad-vex.json'] }), silentReporter)).rejects.toThrow(
      /^bad-vex\.json: OpenVEX field statements\[0\]\.status must be one of/,
    );
    await writeFile(join(work, 'bad-allow.yaml'), 'entries:\n  - reason: no id\n');
    await expect(scanStep(options({ allowlist: 'bad-allow.yaml' }), silentReporter)).rejects.toThrow(
      /bad-allow\.yaml.*id/,
    );
    await writeFile(
      join(work, 'bad.cdx.json'),
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'library' }] }),
    );
    const cli = await ladingScan(['sbom:bad.cdx.json', '--offline', '--db', join(work, 'db')], { cwd: work });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(
      'lading: bad.cdx.json: CycloneDX field components[0].name must be a string (got nothing)',
    );
    const missing = await ladingScan(['sbom:nope.json', '--vex', 'nope-vex.json'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--vex nope-vex.json: no such file');
    const out = await ladingScan([`sbom:${SYFT}`, '-o', 'yaml=x'], { cwd: work });
    expect(out.stderr).toContain(
      '-o: unknown scan output format "yaml" (known: json, sarif, table, cyclonedx-json)',
    );
    expect(out.code).toBe(2);
  });

  it('an SBOM written by lading and attached as a CycloneDX round trip scans the same as the image', async () => {
    const image = await scanStep(options({}), silentReporter);
    // Inventory → lading's CycloneDX → reader: nothing the matcher needs is lost.
    const bom = writeSbom('cyclonedx-json', image.subject.inventory, image.subject.sbomSubject, {
      created: NOW,
      toolVersion: '0.0.0',
    });
    await writeFile(join(work, 'lading.cdx.json'), bom);
    const r = await scanStep(options({ source: 'sbom:lading.cdx.json' }), silentReporter);
    const key = (rep: ScanReport) => rep.findings.map((f) => `${f.package.name} ${f.id}`).sort();
    expect(key(r.report)).toEqual(key(image.report));
    expect(r.report.subject).toMatchObject({ kind: 'image', digest });
  });
});

describe.skipIf(!OSV_DIR || !ROOTFS || !needPeer('docker-registry'))(
  'new vs base, images in a local registry',
  () => {
    let server: OsvExportServer;
    let registry: TestRegistry;
    let work: string;
    let head: string;
    let base: string;

    beforeAll(async () => {
      server = await startAlpineAdvisories();
      registry = await startRegistry();
      work = await mkdtemp(join(tmpdir(), 'lading-scan-pr-'));
      head = await unpackRootfs();
      base = await unpackRootfs({ withoutOpenssl: true });
      await buildRootfsImage(head, `registry:${registry.host}/shop/app:head`);
      await buildRootfsImage(base, `registry:${registry.host}/shop/app:base`);
    });
    afterAll(async () => {
      await server?.stop();
      await registry?.stop();
      await removeAll(work, head, base);
    });

    it('only what the change introduced fails the gate; what it removed is listed as resolved', async () => {
      const db = ['--db', join(work, 'db'), '--osv-url', server.url];
      const env = { LADING_NOW: NOW.toISOString() };
      const pr = await ladingScan(
        [
          `${registry.host}/shop/app:head`,
          '--base',
          `${registry.host}/shop/app:base`,
          ...db,
          '--fail-on',
          'low',
          '-o',
          'json=pr.json',
        ],
        { cwd: work, env },
      );
      const report = JSON.parse(await readFile(join(work, 'pr.json'), 'utf8')) as ScanReport;
      const introduced = report.findings.filter((f) => f.introduced).map((f) => f.package.name);
      expect(new Set(introduced)).toEqual(new Set(['libssl3', 'libcrypto3']));
      // busybox's CVEs were in the base already: open, but not the change's doing.
      const busybox = report.findings.filter((f) => f.package.name === 'busybox');
      expect(busybox.length).toBeGreaterThan(0);
      expect(busybox.every((f) => f.introduced === false && !f.failsGate)).toBe(true);
      expect(report.gate).toMatchObject({ passed: false, newOnly: true });
      expect(pr.code).toBe(1);

      const revert = await ladingScan(
        [
          `${registry.host}/shop/app:base`,
          '--base',
          `${registry.host}/shop/app:head`,
          ...db,
          '--offline',
          '--fail-on',
          'low',
          '-o',
          'json=revert.json',
        ],
        { cwd: work, env },
      );
      const back = JSON.parse(await readFile(join(work, 'revert.json'), 'utf8')) as ScanReport;
      expect(revert.code).toBe(0);
      expect(back.gate?.passed).toBe(true);
      expect(back.gate?.resolved?.map((r) => r.package).sort()).toContain('pkg:apk/alpine/libssl3');
    });

    it('attestation:IMAGE reads the SBOM attached as a Sigstore bundle referrer: a rescan with no layer pull', async () => {
      const access = testAccess(work);
      const ref = `${registry.host}/shop/app:head`;
      const scanned = await scanStep(
        {
          source: ref,
          access,
          defaultPlatform: { os: 'linux', architecture: 'amd64' },
          db: { dir: join(work, 'db'), osvUrl: server.url, offline: true, onStale: 'warn' },
          failOn: 'none',
          outputs: [],
          now: NOW,
          toolVersion: '0.0.0-test',
        },
        silentReporter,
      );
      const bom = JSON.parse(
        writeSbom('cyclonedx-json', scanned.subject.inventory, scanned.subject.sbomSubject, {
          created: NOW,
          toolVersion: '0.0.0',
        }),
      );
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: ref, digest: { sha256: scanned.subject.digests[0]?.slice(7) } }],
        predicateType: 'https://cyclonedx.org/bom',
        predicate: bom,
      };
      const location = await openLocation(ref, 'read', access);
      const root = await location.store.resolve(location.reference);
      await pushBundleReferrer(
        location.store,
        root,
        {
          mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          verificationMaterial: {
            publicKey: { hint: '' },
            tlogEntries: [],
            timestampVerificationData: { rfc3161Timestamps: [] },
          },
          dsseEnvelope: {
            payloadType: 'application/vnd.in-toto+json',
            payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
            signatures: [{ keyid: '', sig: 'AA==' }],
          },
        } as never,
        { predicateType: 'https://cyclonedx.org/bom', created: NOW },
      );
      await location.close();

      const lines: string[] = [];
      const r = await scanStep(
        {
          source: `attestation:${ref}`,
          access,
          defaultPlatform: { os: 'linux', architecture: 'amd64' },
          db: { dir: join(work, 'db'), osvUrl: server.url, offline: true, onStale: 'warn' },
          failOn: 'none',
          outputs: [],
          now: NOW,
          toolVersion: '0.0.0-test',
        },
        { ...silentReporter, info: (m) => lines.push(m) },
      );
      const key = (rep: ScanReport) => rep.findings.map((f) => `${f.package.name} ${f.id}`).sort();
      expect(key(r.report)).toEqual(key(scanned.report));
      expect(r.report.subject).toMatchObject({ kind: 'image', digest: root.digest });
      expect(lines.join('\n')).toMatch(/SBOM attestation of .* \(cyclonedx 1\.6\)/);

      await expect(
        scanStep(
          {
            source: `attestation:${registry.host}/shop/app:base`,
            access,
            defaultPlatform: { os: 'linux', architecture: 'amd64' },
            db: { dir: join(work, 'db'), offline: true, onStale: 'warn' },
            failOn: 'none',
            outputs: [],
            now: NOW,
            toolVersion: '0.0.0-test',
          },
          silentReporter,
        ),
      ).rejects.toThrow(
        /shop\/app@sha256:[0-9a-f]{64}: no SBOM attestation \(SPDX or CycloneDX predicate\) is attached as a referrer/,
      );
    });
  },
);
