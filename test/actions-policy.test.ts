import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runJsAction } from './harness/action-runner.js';
import { HarborEmulator } from './harness/harbor-emulator.js';
import { REPO_ROOT } from './harness/peers.js';

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

/** actions/policy as the runner runs it: its action.yml defaults, INPUT_* variables, the runner's files. */
const runAction = (inputs: Record<string, string>) =>
  runJsAction(join(REPO_ROOT, 'actions/policy'), { inputs, workspace: dir });

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
    expect(Number(r.outputs.changes)).toBeGreaterThan(0);
    expect(r.outputs.drifted).toBe('true');
    expect(r.summary).toContain('shop');
    expect(harbor.writes()).toEqual([]);
  });

  it('applies: the robot secret is masked before it could be printed, and only in the output', async () => {
    const r = await runAction({ ...base(), mode: 'apply' });
    expect(r.code).toBe(0);
    const [robot] = JSON.parse(r.outputs['robot-secrets'] ?? '[]') as { secret: string }[];
    expect(r.masks).toContain(robot!.secret);
    expect(r.log).not.toContain(robot!.secret);
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
    expect(bad.annotations).toContainEqual({
      level: 'error',
      message: 'mode: must be plan, apply or drift, not "destroy"',
    });
  });
});
