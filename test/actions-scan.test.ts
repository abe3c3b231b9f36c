import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OSV_DIR, type OsvExportServer, realRecords } from './advisories/osv-fixtures.js';
import { runJsAction } from './harness/action-runner.js';
import { runtimeToken, startArtifactService } from './harness/artifact-service.js';
import { REPO_ROOT } from './harness/peers.js';
import {
  buildHistoryImage,
  HISTORY_DOCKERFILE,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  unpackRootfs,
} from './scan/scan-fixtures.js';

// actions/scan through its dist bundle, as the runner runs it (runJsAction;
// LADING_DIST_DIR points at another build). No Actions cache service is
// configured, so every run also proves the run goes on without it.

const SYFT = join(REPO_ROOT, 'test/fixtures/sbom/syft-alpine-3.20.3.spdx.json');

let server: OsvExportServer;
let dir: string;

beforeAll(async () => {
  server = await startAlpineAdvisories();
  const ghsa = realRecords('ghsa');
  await server.publish('npm', ghsa.get('npm') ?? []);
  dir = await mkdtemp(join(tmpdir(), 'lading-action-scan-'));
  await writeFile(
    join(dir, 'Dockerfile'),
    '# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN true\nFROM alpine:3.20.3\nCOPY --from=build /x /x\n',
  );
  await mkdir(join(dir, 'web'), { recursive: true });
  await writeFile(
    join(dir, 'web/package-lock.json'),
    `${JSON.stringify(
      {
        name: 'web',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'web', version: '1.0.0', dependencies: { lodash: '4.17.20', minimist: '1.2.5' } },
          'node_modules/lodash': {
            version: '4.17.20',
            resolved: 'https://registry.npmjs.org/lodash/-/lodash-4.17.20.tgz',
            license: 'MIT',
          },
          'node_modules/minimist': {
            version: '1.2.5',
            resolved: 'https://registry.npmjs.org/minimist/-/minimist-1.2.5.tgz',
            license: 'MIT',
          },
        },
      },
      null,
      2,
    )}\n`,
  );
});
afterAll(async () => {
  await server?.stop();
});

/** actions/scan as the runner runs it, in `dir`, against the local advisory export. */
async function runAction(inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  return runJsAction(join(REPO_ROOT, 'actions/scan'), {
    inputs: { 'db-dir': join(dir, 'db'), 'osv-url': server.url, ...inputs },
    workspace: dir,
    runnerTemp: await mkdtemp(join(dir, 'runner-')),
    env: { PATH: process.env.PATH, HOME: dir, ...extraEnv },
  });
}

const annotations = (stdout: string) =>
  stdout.split('\n').filter((l) => /^::(error|warning) [^:]*file=/.test(l));

describe.skipIf(!OSV_DIR)('actions/scan through its dist bundle', () => {
  it('an SBOM with fail-on high: fails, summary with the decision and fixed versions, outputs, capped Dockerfile annotations', async () => {
    const r = await runAction({
      sbom: SYFT,
      'fail-on': 'high',
      dockerfile: 'Dockerfile',
      annotations: '3',
      password: 's3cret-pass',
      username: 'bot',
    });
    expect(r.stdout).toContain('::add-mask::s3cret-pass');
    expect(r.stdout.replace('::add-mask::s3cret-pass', '')).not.toContain('s3cret-pass');
    expect(r.stdout).toContain('no Actions cache service here');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::scan sbom:.*failed: \d+ open finding\(s\) at or above high/);
    expect(r.summary).toContain('❌ **Gate failed** (fail-on: `high`, unknown-as: `critical`)');
    expect(r.summary).toMatch(
      /\| \[CVE-2024-9143\]\(https:\/\/nvd\.nist\.gov\/vuln\/detail\/CVE-2024-9143\) \| libcrypto3 \| 3\.3\.2-r0 \| 3\.3\.2-r1 \| fails \|/,
    );
    expect(r.summary).toMatch(/\| Alpine \| \d{4}-\d\d-\d\dT[^|]+\| 0 h \|/);
    expect(r.summary).not.toContain('CVE-2024-6119');
    expect(r.outputs.decision).toBe('failed');
    expect(Number(r.outputs.unknown)).toBeGreaterThan(0);
    expect(r.outputs['json-report']).toMatch(/lading-scan\/report\.json$/);
    const report = JSON.parse(await readFile(r.outputs['json-report'] as string, 'utf8'));
    expect(report.gate.passed).toBe(false);
    const notes = annotations(r.stdout);
    expect(notes).toHaveLength(3);
    // An SBOM file has no build history: the final stage's FROM, line 4, saying so.
    for (const n of notes) {
      expect(n).toMatch(
        /^::error title=CVE-[^,]+,file=Dockerfile,line=4::.*\(the layer that holds this package is not known; pointing at FROM\)$/,
      );
    }
    // No results service in this run: the full report stays on disk, and the gate's outcome stands.
    // The SBOM names the image it describes, so the artifact is named after that image's digest.
    expect(r.stdout).toMatch(
      /^::warning::upload-artifact: the full report was not uploaded as lading-scan-alpine-[0-9a-f]{12}: no Actions results service here \(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set\); it is at .*lading-scan\/report\.json$/m,
    );
    expect(r.outputs['artifact-id']).toBeUndefined();
  });

  it('a source tree: annotations on the lockfile lines, critical first; VEX suppression shown in the summary; gate off passes', async () => {
    await writeFile(
      join(dir, 'web.vex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'Web team',
        timestamp: '2025-01-01T00:00:00Z',
        statements: [
          {
            vulnerability: { name: 'CVE-2020-28500' },
            products: [{ '@id': 'pkg:npm/lodash' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    const r = await runAction({ path: 'web', vex: 'web.vex.json', 'sarif-file': 'out/web.sarif' });
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('passed');
    const notes = annotations(r.stdout);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(
      /^::error title=CVE-2021-44906 in minimist 1\.2\.5,file=web\/package-lock\.json,line=\d+::critical: CVE-2021-44906/,
    );
    const lock = (await readFile(join(dir, 'web/package-lock.json'), 'utf8')).split('\n');
    const line = Number(/line=(\d+)/.exec(notes[0] as string)?.[1]);
    expect(lock[line - 1]).toContain('minimist');
    expect(r.summary).toContain('### Suppressed');
    expect(r.summary).toMatch(
      /\| \[CVE-2020-28500\][^\n]*\| lodash 4\.17\.20 \| vex \| not_affected \(vulnerable_code_not_in_execute_path\) \| `web\.vex\.json#statements\[0\]` \|/,
    );
    expect(r.outputs['sarif-file']).toBe('out/web.sarif');
    const sarif = JSON.parse(await readFile(join(dir, 'out/web.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('upload-artifact: false writes the reports and neither uploads nor warns about it', async () => {
    const r = await runAction({ sbom: SYFT, 'upload-artifact': 'false' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('upload-artifact');
    expect(r.outputs['artifact-name']).toBeUndefined();
  });

  it('VEX attestations are applied only with a key or identity to check them against', async () => {
    const bare = await runAction({ sbom: SYFT, 'vex-from-attestations': 'true' });
    expect(bare.code).not.toBe(0);
    expect(bare.stdout).toMatch(
      /^::error::vex-from-attestations: .*give the public key or the keyless identity/m,
    );
    await writeFile(
      join(dir, 'vex.pub'),
      '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n',
    );
    const keyOnly = await runAction({ sbom: SYFT, 'vex-key': 'vex.pub' });
    expect(keyOnly.stdout).toMatch(/^::error::vex-key: not a PEM public key$/m);
    const half = await runAction({
      sbom: SYFT,
      'vex-from-attestations': 'true',
      'vex-certificate-identity': 'https://github.com/acme/app/.github/workflows/vex.yml@refs/heads/main',
    });
    expect(half.stdout).toMatch(
      /^::error::keyless VEX attestations need both vex-certificate-identity\[-regexp\] and vex-certificate-oidc-issuer\[-regexp\]$/m,
    );
  });

  it('bad inputs fail the step naming the file and field', async () => {
    await writeFile(
      join(dir, 'bad-allow.yaml'),
      'entries:\n  - id: CVE-2024-9143\n    expires: someday\n    reason: x\n',
    );
    const allow = await runAction({ sbom: SYFT, allowlist: 'bad-allow.yaml' });
    expect(allow.code).not.toBe(0);
    expect(allow.stdout).toMatch(/::error::bad-allow\.yaml.*expires/);
    const none = await runAction({});
    expect(none.stdout).toContain('::error::give exactly one of image, path, sbom or rescan (got none)');
    const level = await runAction({ sbom: SYFT, 'fail-on': 'severe' });
    expect(level.stdout).toContain(
      '::error::fail-on: must be one of none, low, medium, high, critical, not "severe"',
    );
    await writeFile(
      join(dir, 'bad.spdx.json'),
      JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [{ name: 'x' }] }),
    );
    const sbom = await runAction({ sbom: 'bad.spdx.json' });
    expect(sbom.stdout).toContain(
      '::error::bad.spdx.json: SPDX field packages[0].SPDXID must be a non-empty string (got nothing)',
    );
  });
});

describe.skipIf(!OSV_DIR || !ROOTFS)('actions/scan of an image with its Dockerfile and build history', () => {
  let layout: string;
  let rootfs: string;
  beforeAll(async () => {
    rootfs = await unpackRootfs();
    layout = join(dir, 'history-layout');
    await buildHistoryImage(rootfs, layout);
    await writeFile(join(dir, 'History.Dockerfile'), HISTORY_DOCKERFILE);
    const ghsa = realRecords('ghsa');
    await server.publish('npm', ghsa.get('npm') ?? []);
  });
  afterAll(async () => {
    await removeAll(rootfs);
  });

  it('annotates the RUN that installed a package, FROM for the base image; the full report goes up as an artifact named after the digest', async () => {
    const service = await startArtifactService();
    try {
      const r = await runAction(
        { image: `oci-dir:${layout}:v1`, dockerfile: 'History.Dockerfile', annotations: '50' },
        { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${service.url}/` },
      );
      expect(r.stdout).not.toMatch(/^::error::/m);
      const notes = annotations(r.stdout);
      const libssl = notes.find((n) => n.includes(' in libssl3 '));
      const lodash = notes.find((n) => n.includes(' in lodash '));
      // HISTORY_DOCKERFILE: FROM on line 2, the RUN apk add on line 4.
      expect(libssl).toMatch(/,file=History\.Dockerfile,line=4::/);
      expect(libssl).not.toContain('pointing at FROM');
      expect(lodash).toMatch(
        /,file=History\.Dockerfile,line=2::.*\(a layer of the base image alpine:3\.20\.3\)$/,
      );

      const name = r.outputs['artifact-name'];
      expect(name).toMatch(/^lading-scan-history-layout-[0-9a-f]{12}$/);
      const json = JSON.parse(await readFile(r.outputs['json-report'] as string, 'utf8'));
      expect(name?.endsWith(json.subject.digest.slice(7, 19))).toBe(true);
      expect(r.outputs['artifact-id']).toBe('4242');
      expect(service.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
      expect(service.calls[0]?.body).toMatchObject({ name, workflow_run_backend_id: 'run-1' });
      const zip = service.zip();
      expect(zip?.subarray(0, 2).toString()).toBe('PK');
      for (const file of ['report.json', 'report.sarif', 'report.txt'])
        expect(zip?.includes(file)).toBe(true);
    } finally {
      await service.stop();
    }
  });
});
