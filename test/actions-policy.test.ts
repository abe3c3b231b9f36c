import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HarborEmulator } from './harness/harbor-emulator.js';
import { REPO_ROOT } from './harness/peers.js';

const exec = promisify(execFile);
const POLICY = `version: 1
projects:
  - name: shop
    scan_on_push: true
    robots:
      - name: ci
        duration_days: 30
        permissions: [repository:push, repository:pull]
`;

let harbor: HarborEmulator;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-action-policy-'));
  await writeFile(join(dir, 'policy.yml'), POLICY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harbor = await HarborEmulator.start();
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

/** Runs dist/policy/index.js as the runner does: INPUT_* variables, output and summary files, stdout commands. */
async function runAction(inputs: Record<string, string>) {
  const output = join(dir, `output-${Date.now()}`);
  const summary = join(dir, `summary-${Date.now()}`);
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
    ({ stdout } = await exec(process.execPath, [join(REPO_ROOT, 'dist/policy/index.js')], { env }));
  } catch (err) {
    const e = err as { stdout: string; code: number };
    stdout = e.stdout;
    code = e.code;
  }
  return { code, stdout, outputs: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') };
}

const base = () => ({
  file: join(dir, 'policy.yml'),
  'harbor-url': harbor.url,
  username: 'admin',
  password: 'Harbor12345',
  prune: 'false',
  'allow-many-immutability-rules': 'false',
  comment: 'false',
});

describe('actions/policy through its dist bundle', () => {
  it('plans: outputs, a job summary, no writes', async () => {
    const r = await runAction({ ...base(), mode: 'plan' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatch(/changes<<[^\n]+\n[1-9]\d*\n/);
    expect(r.outputs).toMatch(/drifted<<[^\n]+\ntrue\n/);
    expect(r.summary).toContain('shop');
    expect(harbor.writes()).toEqual([]);
  });

  it('applies: the robot secret is masked before it could be printed, and only in the output', async () => {
    const r = await runAction({ ...base(), mode: 'apply' });
    expect(r.code).toBe(0);
    const secrets = /robot-secrets<<([^\n]+)\n(.*)\n\1/.exec(r.outputs);
    expect(secrets).not.toBeNull();
    const [robot] = JSON.parse(secrets![2]!) as { secret: string }[];
    expect(r.stdout).toContain(`::add-mask::${robot!.secret}`);
    const unmasked = r.stdout.replace(`::add-mask::${robot!.secret}`, '');
    expect(unmasked).not.toContain(robot!.secret);
    expect(r.summary).not.toContain(robot!.secret);
    expect(r.stdout).toContain('::add-mask::Harbor12345');
  });

  it('drift after apply passes; a bad mode fails the step with a named error', async () => {
    await runAction({ ...base(), mode: 'apply' });
    expect((await runAction({ ...base(), mode: 'drift' })).code).toBe(0);
    const bad = await runAction({ ...base(), mode: 'destroy' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toContain('::error::mode: must be plan, apply or drift, not "destroy"');
  });
});
