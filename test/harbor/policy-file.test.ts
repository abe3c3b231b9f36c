import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { harborCronProblem } from '../../src/harbor/cron.js';
import { toDesiredState } from '../../src/harbor/desired.js';
import { loadPolicyFile, PolicyFileError, parsePolicy } from '../../src/harbor/policy-file.js';
import { runPolicy } from '../../src/steps/policy.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';

const NOW = new Date('2026-09-01T00:00:00Z');
let dir: string;
let harbor: HarborEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  harbor = await HarborEmulator.start();
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

/** Runs a plan of `yaml` against the emulator and returns the error it was refused with. */
async function refused(
  name: string,
  yaml: string,
  extra: { allowMany?: boolean } = {},
): Promise<PolicyFileError> {
  const file = join(dir, name);
  await writeFile(file, yaml);
  const err = await runPolicy({
    mode: 'plan',
    file,
    harborUrl: harbor.url,
    username: 'admin',
    password: 'Harbor12345',
    now: NOW,
    allowManyImmutabilityRules: extra.allowMany ?? false,
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PolicyFileError);
  // Refused before any call to Harbor.
  expect(harbor.requests).toEqual([]);
  return err as PolicyFileError;
}

function rules(n: number): string {
  return Array.from({ length: n }, (_, i) => `      - tags: { matches: "v${i}.*" }`).join('\n');
}

describe('bad policy files are refused before any API call, naming file, line and field', () => {
  it('an unknown key', async () => {
    const err = await refused(
      'unknown.yml',
      'version: 1\nprojects:\n  - name: apps\n    scan_on_pushh: true\n',
    );
    expect(err.message).toMatch(/unknown\.yml:4: projects\[0\]\.scan_on_pushh: unknown key "scan_on_pushh"/);
    expect(err.exitCode).toBe(2);
  });

  it('a bad severity', async () => {
    const err = await refused(
      'severity.yml',
      'version: 1\nprojects:\n  - name: apps\n    prevent_vulnerable: severe\n',
    );
    expect(err.message).toMatch(
      /severity\.yml:4: projects\[0\]\.prevent_vulnerable: "severe" is not one of .*"high"/,
    );
  });

  it('a five-field cron and a cron whose seconds are not 0', async () => {
    const err = await refused(
      'cron.yml',
      [
        'version: 1',
        'system:',
        '  scan_all_schedule: "0 2 * * *"',
        'projects:',
        '  - name: apps',
        '    retention:',
        '      schedule: "30 0 3 * * *"',
        '      rules: [{ keep: always }]',
      ].join('\n'),
    );
    expect(err.issues.map((i) => `${i.line} ${i.field}`)).toEqual([
      '3 system.scan_all_schedule',
      '7 projects[0].retention.schedule',
    ]);
    expect(err.issues[0]!.message).toMatch(/has 5 fields; Harbor needs 6/);
    expect(err.issues[1]!.message).toMatch(/seconds field must be 0, not "30"/);
  });

  it('16 immutability rules, unless overridden, and then with a warning', async () => {
    const yaml = `version: 1\nprojects:\n  - name: apps\n    immutability_rules:\n${rules(16)}\n`;
    const err = await refused('many.yml', yaml);
    expect(err.message).toMatch(
      /many\.yml:5: projects\[0\]\.immutability_rules: 16 immutability rules in project "apps": Harbor's UI shows only 15/,
    );
    const loaded = parsePolicy(yaml, 'many.yml', { now: NOW, allowManyImmutabilityRules: true });
    expect(loaded.warnings).toEqual([expect.stringMatching(/^many\.yml:5: 16 immutability rules/)]);
  });

  it('an allowlist whose expiry is already past', async () => {
    const err = await refused(
      'expired.yml',
      [
        'version: 1',
        'system:',
        '  cve_allowlist:',
        '    items: [CVE-2024-1]',
        '    expires_at: "2026-08-31"',
        'projects:',
        '  - name: apps',
        '    cve_allowlist:',
        '      items: [CVE-2024-2]',
        '      expires_at: "2025-01-01T00:00:00Z"',
      ].join('\n'),
    );
    expect(err.issues.map((i) => `${i.file.endsWith('expired.yml')} ${i.line} ${i.field}`)).toEqual([
      'true 5 system.cve_allowlist.expires_at',
      'true 10 projects[0].cve_allowlist.expires_at',
    ]);
    expect(err.issues[0]!.message).toMatch(/expiry 2026-08-31 is already past/);
  });

  it('a duplicated CVE, a duplicated robot and a wrong permission', async () => {
    const err = await refused(
      'dupes.yml',
      [
        'version: 1',
        'projects:',
        '  - name: apps',
        '    cve_allowlist:',
        '      items: [CVE-1, CVE-2, CVE-1]',
        '    robots:',
        '      - name: ci',
        '        permissions: [repository:push]',
        '      - name: ci',
        '        permissions: [repository:pull]',
      ].join('\n'),
    );
    expect(err.issues.map((i) => `${i.line} ${i.field}`)).toEqual([
      '5 projects[0].cve_allowlist.items[2]',
      '9 projects[0].robots[1].name',
    ]);
    const perm = await refused(
      'perm.yml',
      'version: 1\nprojects:\n  - name: apps\n    robots:\n      - name: ci\n        permissions: [configuration:update]\n',
    );
    expect(perm.message).toMatch(
      /perm\.yml:6: projects\[0\]\.robots\[0\]\.permissions\[0\]: "configuration:update" is not one of/,
    );
  });

  it('YAML that does not parse', async () => {
    const err = await refused('broken.yml', 'version: 1\nprojects:\n  - name: apps\n   public: [\n');
    expect(err.message).toMatch(/^.*broken\.yml:\d+: \(yaml\): /);
  });

  it('a file that does not exist', async () => {
    await expect(loadPolicyFile(join(dir, 'absent.yml'), { now: NOW })).rejects.toThrow(
      /policy file .*absent\.yml: cannot read it \(ENOENT\)/,
    );
  });
});

describe('the sha256-* exclusion (Harbor issue 17332)', () => {
  const desired = (tags: string) => {
    const yaml = `version: 1\nprojects:\n  - name: apps\n    immutability_rules:\n      - tags: ${tags}\n`;
    const loaded = parsePolicy(yaml, 'p.yml', { now: NOW });
    return toDesiredState(loaded.policy, loaded.source).projects[0]!.immutableRules![0]!;
  };

  it('rewrites "match everything" as "everything but sha256-*" and says so', () => {
    const rule = desired('{ matches: "**" }');
    expect(rule.tag).toEqual({ decoration: 'excludes', pattern: 'sha256-*' });
    expect(rule.note).toMatch(/Harbor issue 17332/);
  });

  it('widens an exclusion with sha256-*', () => {
    expect(desired('{ excludes: "latest" }').tag).toEqual({
      decoration: 'excludes',
      pattern: '{latest,sha256-*}',
    });
    expect(desired('{ excludes: "{dev,latest}" }').tag.pattern).toBe('{dev,latest,sha256-*}');
  });

  it('leaves a pattern that cannot match sha256-* alone', () => {
    const rule = desired('{ matches: "v*" }');
    expect(rule.tag).toEqual({ decoration: 'matches', pattern: 'v*' });
    expect(rule.note).toBeUndefined();
  });

  it('refuses a pattern that would freeze sha256-* tags, with file, line and field', () => {
    expect(() => desired('{ matches: "s*" }')).toThrow(InputError);
    expect(() => desired('{ matches: "s*" }')).toThrow(
      /^p\.yml:5: projects\[0\]\.immutability_rules\[0\]\.tags: tag pattern "s\*" would make cosign's sha256-\*/,
    );
  });
});

describe('Harbor cron', () => {
  it('accepts 6 fields with seconds 0', () => {
    expect(harborCronProblem('0 0 3 * * *')).toBeUndefined();
    expect(harborCronProblem('0 */15 8-18 ? JAN-DEC MON')).toBeUndefined();
  });
  it('names what is wrong', () => {
    expect(harborCronProblem('0 0 3 * *')).toMatch(/has 5 fields/);
    expect(harborCronProblem('5 0 3 * * *')).toMatch(/seconds field must be 0/);
    expect(harborCronProblem('0 61 3 * * *')).toMatch(/minute field "61" has "61", outside 0-59/);
    expect(harborCronProblem('0 0 20-10 * * *')).toMatch(/reversed range/);
  });
});
