import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocation } from '../../src/oci/opener.js';
import { writeSbom } from '../../src/sbom/formats/index.js';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { openSigningKey } from '../../src/sigstore/key-file.js';
import { attestStep } from '../../src/steps/attest.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
import { testAccess } from '../fixtures/images.js';
import { pkcs8PrivateKey, publicKeyPem } from '../fixtures/keys.js';
import { type FaultProxy, startFaultProxy } from '../harness/fault-proxy.js';
import { needPeer, REPO_ROOT } from '../harness/peers.js';
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

// The nightly rescan (issue 5, point 6): `lading scan --rescan IMAGE@DIGEST…`
// scans each pushed image from the SBOM attestation `lading attest` attached,
// against today's advisories, with no layer pulled (the registry's request log,
// seen through a proxy, proves it); one report per image; one gate over all.

const exec = promisify(execFile);
const BUNDLE = process.env.LADING_DIST_DIR
  ? join(process.env.LADING_DIST_DIR, 'scan/index.js')
  : join(REPO_ROOT, 'dist/scan/index.js');

describe.skipIf(!OSV_DIR || !ROOTFS || !needPeer('docker-registry'))(
  'rescan of pushed images from their SBOM attestations',
  () => {
    let server: OsvExportServer;
    let registry: TestRegistry;
    let proxy: FaultProxy;
    let work: string;
    const roots: string[] = [];
    /** Through the proxy: `HOST/shop/NAME@DIGEST`. */
    const images: Record<'head' | 'base', string> = { head: '', base: '' };
    /** Config and layer blobs of both images: what a rescan must not fetch. */
    const imageBlobs: string[] = [];
    /** The attesting key's public half: what VEX attestations must be signed with. */
    let publicKey = '';

    beforeAll(async () => {
      server = await startAlpineAdvisories();
      registry = await startRegistry();
      proxy = await startFaultProxy(registry);
      work = await mkdtemp(join(tmpdir(), 'lading-rescan-'));
      const key = pkcs8PrivateKey();
      publicKey = publicKeyPem(key);
      for (const name of ['head', 'base'] as const) {
        const rootfs = await unpackRootfs({ withoutOpenssl: name === 'base' });
        roots.push(rootfs);
        const digest = await buildRootfsImage(rootfs, `registry:${registry.host}/shop/${name}:v1`);
        images[name] = `${proxy.host}/shop/${name}@${digest}`;
        const access = testAccess(work);
        // The SBOM as the release pipeline would have attached it: catalogued once, attested with a key.
        const scanned = await scanStep(
          testScanOptions(work, server.url, { source: `${registry.host}/shop/${name}@${digest}`, access }),
          silentReporter,
        );
        const bom = join(work, `${name}.cdx.json`);
        await writeFile(
          bom,
          writeSbom('cyclonedx-json', scanned.subject.inventory, scanned.subject.sbomSubject, {
            created: NOW,
            toolVersion: '0.0.0-test',
          }),
        );
        await attestStep(
          {
            image: `${registry.host}/shop/${name}@${digest}`,
            access,
            kind: 'cyclonedx',
            predicate: { path: bom, where: bom },
            key: openSigningKey(key, undefined, 'test.key'),
            now: NOW,
          },
          silentReporter,
        );
        const location = await openLocation(`${registry.host}/shop/${name}@${digest}`, 'read', access);
        const { manifest } = await location.store.fetchManifest(await location.store.resolve(digest));
        if ('layers' in manifest)
          imageBlobs.push(manifest.config.digest, ...manifest.layers.map((l) => l.digest));
        await location.close();
      }
      expect(imageBlobs.length).toBeGreaterThanOrEqual(4);
    });
    afterAll(async () => {
      await proxy?.stop();
      await server?.stop();
      await registry?.stop();
      await removeAll(work, ...roots);
    });

    const db = () => ['--db', join(work, 'db'), '--osv-url', server.url];
    const env = { LADING_NOW: NOW.toISOString() };
    const read = async (f: string) => JSON.parse(await readFile(join(work, f), 'utf8')) as ScanReport;

    it('two images, one report each, from their attestations: no config or layer blob is fetched', async () => {
      proxy.reset();
      const run = await ladingScan(
        ['--rescan', images.head, images.base, ...db(), '-o', 'json=nightly/scan.json', '-o', 'table'],
        { cwd: work, env },
      );
      expect(run.code, run.stderr).toBe(0);
      const head = await read('nightly/scan-1.json');
      const base = await read('nightly/scan-2.json');
      expect(head.subject).toMatchObject({ kind: 'image', digest: images.head.split('@')[1] });
      expect(base.subject).toMatchObject({ kind: 'image', digest: images.base.split('@')[1] });
      const names = (r: ScanReport) => new Set(r.findings.map((f) => f.package.name));
      expect(names(head).has('libssl3')).toBe(true);
      expect(names(base).has('libssl3')).toBe(false);
      expect(names(base).has('busybox')).toBe(true);
      // A table per image on stdout: a busybox finding both images share shows in each.
      const sharedId = base.findings.find((f) => f.package.name === 'busybox')?.id as string;
      const rows = (r: ScanReport) => r.findings.filter((f) => f.id === sharedId).length;
      expect(rows(base)).toBeGreaterThan(0);
      expect(run.stdout.split(sharedId).length - 1).toBe(rows(head) + rows(base));

      const blobGets = proxy.requests.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'));
      expect(blobGets.length).toBeGreaterThan(0); // the attestation bundles
      const pulled = blobGets.filter((r) => imageBlobs.some((blob) => r.path.includes(blob)));
      expect(pulled).toEqual([]);
    });

    /** Accepts what both images share (busybox's CVEs): the base image then passes, the head does not. */
    const writeSharedAllowlist = async () => {
      const run = await ladingScan([`attestation:${images.base}`, ...db(), '-o', 'json=shared.json'], {
        cwd: work,
        env,
      });
      expect(run.code, run.stderr).toBe(0);
      const shared = (await read('shared.json')).findings.map((f) => f.id);
      expect(shared.length).toBeGreaterThan(0);
      await writeFile(
        join(work, 'allow.yaml'),
        `entries:\n${[...new Set(shared)].map((id) => `  - id: ${id}\n    reason: in the shared base layer, tracked upstream\n`).join('')}`,
      );
    };

    it('the gate is over all images: one failing image fails the run, and its report says so', async () => {
      await writeSharedAllowlist();
      const run = await ladingScan(
        [
          '--rescan',
          images.head,
          images.base,
          ...db(),
          '--offline',
          '--allowlist',
          'allow.yaml',
          '--fail-on',
          'low',
          '-o',
          'json=gate.json',
        ],
        { cwd: work, env },
      );
      expect(run.code).toBe(1);
      expect((await read('gate-1.json')).gate?.passed).toBe(false);
      expect((await read('gate-2.json')).gate?.passed).toBe(true);
    });

    it('bad input: a tag instead of a digest, SOURCE with --rescan, --base with --rescan', async () => {
      const tag = await ladingScan(['--rescan', `${proxy.host}/shop/head:v1`, ...db()], { cwd: work, env });
      expect(tag.code).toBe(2);
      expect(tag.stderr).toMatch(
        /--rescan 127\.0\.0\.1:\d+\/shop\/head:v1: name the pushed image by digest \(IMAGE@sha256:…\), not by tag/,
      );
      const both = await ladingScan([images.head, '--rescan', images.base, ...db()], { cwd: work, env });
      expect(both.code).toBe(2);
      expect(both.stderr).toMatch(/give SOURCE \(.*shop\/head@sha256:[0-9a-f]{64}\) or --rescan, not both/);
      const base = await ladingScan(['--rescan', images.head, '--base', images.base, ...db()], {
        cwd: work,
        env,
      });
      expect(base.code).toBe(2);
      expect(base.stderr).toMatch(/--base: a rescan has no base/);
      const json = await ladingScan(['--rescan', images.head, images.base, ...db(), '-o', 'json'], {
        cwd: work,
        env,
      });
      expect(json.code).toBe(2);
      expect(json.stderr).toMatch(/json reports of 2 images cannot share standard output/);
    });

    it('an image pushed without an SBOM attestation is named, and nothing is pulled for it', async () => {
      const rootfs = roots[0] as string;
      await writeFile(join(rootfs, 'etc/motd'), 'unattested\n');
      const digest = await buildRootfsImage(rootfs, `registry:${registry.host}/shop/bare:v1`);
      proxy.reset();
      const run = await ladingScan(['--rescan', `${proxy.host}/shop/bare@${digest}`, ...db(), '--offline'], {
        cwd: work,
        env,
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(
        /shop\/bare@sha256:[0-9a-f]{64}: no SBOM attestation \(SPDX or CycloneDX predicate\) is attached as a referrer/,
      );
      expect(proxy.requests.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'))).toEqual([]);
    });

    it.skipIf(!existsSync(BUNDLE))(
      'actions/scan with rescan: a JSON report per image, the gate over all, no layer pulled',
      async () => {
        await writeSharedAllowlist();
        const output = join(work, 'action-output');
        const summary = join(work, 'action-summary');
        await writeFile(output, '');
        await writeFile(summary, '');
        const inputs: Record<string, string> = {
          rescan: `${images.head}\n${images.base}\n`,
          'fail-on': 'low',
          'unknown-as': 'critical',
          'ignore-unfixed': 'false',
          'on-stale': 'warn',
          offline: 'false',
          'osv-url': server.url,
          annotations: '10',
          comment: 'false',
          'vex-from-attestations': 'true',
          'vex-key': publicKey,
          allowlist: 'allow.yaml',
          'db-dir': join(work, 'db'),
          'insecure-registries': proxy.host,
        };
        const env: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          HOME: work,
          DOCKER_CONFIG: join(work, 'no-docker'),
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
          GITHUB_WORKSPACE: work,
          RUNNER_TEMP: join(work, 'runner'),
        };
        for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
        proxy.reset();
        let stdout = '';
        let code = 0;
        try {
          ({ stdout } = await exec(process.execPath, [BUNDLE], { env, cwd: work }));
        } catch (err) {
          ({ stdout, code } = err as { stdout: string; code: number });
        }
        const outputs = await readFile(output, 'utf8');
        const get = (name: string) =>
          new RegExp(`${name}<<([^\\n]+)\\n([\\s\\S]*?)\\n\\1`).exec(outputs)?.[2];
        // The allowlist (from the gate test) accepts the shared busybox CVEs: head fails on openssl, base passes.
        expect(code, stdout).not.toBe(0);
        expect(get('decision')).toBe('failed');
        const reports = (get('json-report') ?? '').split('\n');
        expect(reports).toHaveLength(2);
        const [head, base] = await Promise.all(
          reports.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as ScanReport),
        );
        expect(head?.subject).toMatchObject({ digest: images.head.split('@')[1] });
        expect(head?.gate?.passed).toBe(false);
        expect(base?.gate?.passed).toBe(true);
        expect(stdout).toMatch(/::error::scan attestation:.*shop\/head@sha256:[0-9a-f]{64}: /);
        const pulled = proxy.requests.filter(
          (r) => r.method === 'GET' && imageBlobs.some((blob) => r.path.includes(blob)),
        );
        expect(pulled).toEqual([]);
      },
    );
  },
);
