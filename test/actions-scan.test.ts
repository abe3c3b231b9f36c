import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OSV_DIR, type OsvExportServer, realRecords } from './advisories/osv-fixtures.js';
import { REPO_ROOT } from './harness/peers.js';
import { startAlpineAdvisories } from './scan/scan-fixtures.js';

// actions/scan through its dist bundle, as the runner runs it: INPUT_*
// variables, output and summary files, workflow commands on stdout. No Actions
// cache service is configured, so every run also proves the run goes on without it.

const exec = promisify(execFile);
const BUNDLE = process.env.LADING_DIST_DIR
  ? join(process.env.LADING_DIST_DIR, 'scan/index.js')
  : join(REPO_ROOT, 'dist/scan/index.js');
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

async function runAction(inputs: Record<string, string>) {
  const stamp = `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  const output = join(dir, `output-${stamp}`);
  const summary = join(dir, `summary-${stamp}`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, `runner-${stamp}`),
  };
  const defaults: Record<string, string> = {
    'fail-on': 'none',
    'unknown-as': 'critical',
    'ignore-unfixed': 'false',
    'on-stale': 'warn',
    offline: 'false',
    annotations: '10',
    comment: 'false',
    'db-dir': join(dir, 'db'),
    'osv-url': server.url,
  };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  let stdout = '';
  let code = 0;
  try {
    ({ stdout } = await exec(process.execPath, [BUNDLE], { env, cwd: dir, maxBuffer: 32 * 1024 * 1024 }));
  } catch (err) {
    const e = err as { stdout: string; code: number };
    stdout = e.stdout;
    code = e.code;
  }
  const outputs = await readFile(output, 'utf8');
  const get = (name: string) => new RegExp(`${name}<<([^\\n]+)\\n([\\s\\S]*?)\\n\\1`).exec(outputs)?.[2];
  return { code, stdout, get, summary: await readFile(summary, 'utf8') };
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
    expect(r.get('decision')).toBe('failed');
    expect(Number(r.get('unknown'))).toBeGreaterThan(0);
    expect(r.get('json-report')).toMatch(/lading-scan\/report\.json$/);
    const report = JSON.parse(await readFile(r.get('json-report') as string, 'utf8'));
    expect(report.gate.passed).toBe(false);
    const notes = annotations(r.stdout);
    expect(notes).toHaveLength(3);
    // The final stage's FROM, line 4.
    for (const n of notes) expect(n).toMatch(/^::error title=CVE-[^,]+,file=Dockerfile,line=4::/);
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
    expect(r.get('decision')).toBe('passed');
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
    expect(r.get('sarif-file')).toBe('out/web.sarif');
    const sarif = JSON.parse(await readFile(join(dir, 'out/web.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
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
