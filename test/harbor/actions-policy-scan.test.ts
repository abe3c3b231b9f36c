import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HarborEmulator } from '../harness/harbor-emulator.js';
import { REPO_ROOT } from '../harness/peers.js';

// actions/policy with `scan: true`, run through its dist bundle as the runner
// runs it. LADING_DIST_DIR points at another build (node scripts/build.mjs --out DIR).

const exec = promisify(execFile);
const DIST = process.env.LADING_DIST_DIR ?? join(REPO_ROOT, 'dist');
const DIGEST = `sha256:${'f'.repeat(64)}`;
const POLICY = `version: 1
projects:
  - name: shop
    prevent_vulnerable: high
    require_signatures:
      cosign: true
`;

let harbor: HarborEmulator;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-action-policy-scan-'));
  await writeFile(join(dir, 'policy.yml'), POLICY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harbor = await HarborEmulator.start();
  harbor.seedProject('shop', { public: 'false' });
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

let runs = 0;
async function runAction(inputs: Record<string, string>) {
  runs++;
  const output = join(dir, `output-${runs}`);
  const summary = join(dir, `summary-${runs}`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  let code = 0;
  try {
    ({ stdout } = await exec(process.execPath, [join(DIST, 'policy/index.js')], { env }));
  } catch (err) {
    const e = err as { stdout: string; code: number };
    stdout = e.stdout;
    code = e.code;
  }
  return { code, stdout, outputs: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') };
}

const inputs = (extra: Record<string, string>) => ({
  file: join(dir, 'policy.yml'),
  'harbor-url': harbor.url,
  username: 'admin',
  password: 'Harbor12345',
  prune: 'false',
  'allow-many-immutability-rules': 'false',
  comment: 'false',
  mode: 'apply',
  image: `${new URL(harbor.url).host}/shop/team/api@${DIGEST}`,
  scan: 'true',
  sbom: 'true',
  'scan-timeout': '30',
  'scan-poll-interval': '0.02',
  ...extra,
});

const output = (outputs: string, name: string) =>
  new RegExp(`${name}<<([^\\n]+)\\n(.*)\\n\\1`).exec(outputs)?.[2];

describe('actions/policy with scan: true, through its dist bundle', () => {
  it('scans first, applies, and writes the Critical and High counts as outputs and the report to the summary', async () => {
    harbor.addArtifact('shop', 'team/api', DIGEST, {
      runningPolls: 2,
      vulnerabilities: [
        { id: 'CVE-2025-1', package: 'glibc', version: '2.39', fix_version: '2.40', severity: 'Critical' },
        { id: 'CVE-2025-2', package: 'zlib', version: '1.3', fix_version: '', severity: 'High' },
        { id: 'CVE-2025-3', package: 'curl', version: '8.0', fix_version: '8.1', severity: 'High' },
        { id: 'CVE-2025-4', package: 'curl', version: '8.0', fix_version: '', severity: 'Medium' },
      ],
    });
    const r = await runAction(inputs({}));
    expect(r.stdout).not.toContain('::error::');
    expect(r.code).toBe(0);
    expect(output(r.outputs, 'harbor-critical')).toBe('1');
    expect(output(r.outputs, 'harbor-high')).toBe('2');
    expect(r.summary).toContain('### Harbor policy apply');
    expect(r.summary).toContain(`#### Harbor scan of \`shop/team/api@${DIGEST}\``);
    expect(r.summary).toContain('| Critical | CVE-2025-1 | glibc | 2.39 | 2.40 |');
    expect(r.stdout).toContain(`Harbor scan of shop/team/api@${DIGEST}: 1 Critical, 2 High, 1 Medium`);

    const success = harbor.requests.findIndex((q) => q.scanStatus === 'Success');
    const gate = harbor.requests.findIndex((q) =>
      (q.metadataKeys ?? []).some((k) => k === 'prevent_vul' || k === 'enable_content_trust_cosign'),
    );
    expect(success).toBeGreaterThan(0);
    expect(gate).toBeGreaterThan(success);
    expect(harbor.project('shop')!.metadata).toMatchObject({ prevent_vul: 'true', severity: 'high' });
  });

  it('fails the step naming the digest and the last status when the scan does not finish', async () => {
    harbor.addArtifact('shop', 'team/api', DIGEST, { outcome: 'never' });
    const r = await runAction(inputs({ 'scan-timeout': '0.2', sbom: 'false' }));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain(
      `::error::Harbor scan of shop/team/api@${DIGEST} did not finish within 0.2s; last status: Running`,
    );
    expect(output(r.outputs, 'harbor-critical')).toBeUndefined();
    expect(harbor.project('shop')!.metadata).toEqual({ public: 'false' });
  });

  it('refuses bad scan inputs before calling Harbor, naming the input', async () => {
    const noDigest = await runAction(inputs({ image: 'harbor.example.com/shop/api:1.0' }));
    expect(noDigest.stdout).toContain(
      '::error::image: "harbor.example.com/shop/api:1.0" has no digest; give registry/project/repository@sha256:… so the scan is of the image just pushed',
    );
    const noImage = await runAction(inputs({ image: '' }));
    expect(noImage.stdout).toContain('::error::image: required when scan is true');
    const badTimeout = await runAction(inputs({ 'scan-timeout': 'soon' }));
    expect(badTimeout.stdout).toContain(
      '::error::scan-timeout: must be a number of seconds above 0, not "soon"',
    );
    const badBool = await runAction(inputs({ sbom: 'yes' }));
    expect(badBool.stdout).toContain('::error::sbom: must be true or false, not "yes"');
    for (const r of [noDigest, noImage, badTimeout, badBool]) expect(r.code).not.toBe(0);
    expect(harbor.requests).toEqual([]);
  });
});
