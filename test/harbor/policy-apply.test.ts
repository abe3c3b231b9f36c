import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, RegistryError } from '../../src/errors.js';
import { applyPlan } from '../../src/harbor/applier.js';
import { HarborClient } from '../../src/harbor/client.js';
import { runPolicy } from '../../src/steps/policy.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';

const FIXTURE = 'test/fixtures/harbor/registry-policy.yml';
const NOW = new Date('2026-09-01T00:00:00Z');
const ADMIN = { username: 'admin', password: 'Harbor12345' };

let harbor: HarborEmulator;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-harbor-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  harbor = await HarborEmulator.start();
});
afterEach(async () => {
  // Every request lading sent and every answer the emulator gave matched the swagger.
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

type Mode = 'plan' | 'apply' | 'drift';
const run = (
  mode: Mode,
  extra: { prune?: boolean; file?: string; allowMany?: boolean; password?: string } = {},
) =>
  runPolicy({
    mode,
    file: extra.file ?? FIXTURE,
    harborUrl: harbor.url,
    username: ADMIN.username,
    password: extra.password ?? ADMIN.password,
    prune: extra.prune ?? false,
    allowManyImmutabilityRules: extra.allowMany ?? false,
    now: NOW,
  });

const admin = () => new HarborClient({ url: harbor.url, ...ADMIN });

async function policyFile(name: string, yaml: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, yaml);
  return file;
}

describe('plan and apply of a multi-project policy', () => {
  it('plans without writing anything', async () => {
    const result = await run('plan');
    expect(harbor.writes()).toEqual([]);
    expect(result.plan.changes.length).toBeGreaterThan(15);
    expect(result.text).toContain('+ project apps');
    expect(result.text).toMatch(/\+ immutability rule repositories release\/\*\*, tags except sha256-\*/);
    expect(result.markdown).toContain('### Harbor policy plan');
    expect(result.markdown).toMatch(/Harbor issue 17332/);
  });

  it('applies it, and Harbor ends up as the file says', async () => {
    const result = await run('apply');
    expect(result.apply?.ok).toBe(true);

    const apps = harbor.project('apps')!;
    expect(apps.metadata).toMatchObject({
      public: 'false',
      auto_scan: 'true',
      auto_sbom_generation: 'true',
      enable_content_trust_cosign: 'true',
      prevent_vul: 'true',
      severity: 'high',
      reuse_sys_cve_allowlist: 'false',
    });
    // The project allowlist is the one Harbor's pull gate uses, because reuse is "false".
    expect(harbor.effectiveAllowlist('apps').sort()).toEqual(['CVE-2024-24790', 'CVE-2024-45337']);
    expect(apps.allowlist.expires_at).toBe(Date.parse('2027-02-01T00:00:00Z') / 1000);
    // base-images reuses the system list, which lading set too.
    expect(harbor.effectiveAllowlist('base-images')).toEqual(['CVE-2023-44487']);
    expect(harbor.scanAll).toEqual({ schedule: { type: 'Custom', cron: '0 0 2 * * *' } });

    const rules = [...apps.rules.values()].map((r) => JSON.stringify(r.tag_selectors));
    expect(rules).toContain(
      JSON.stringify([{ kind: 'doublestar', decoration: 'excludes', pattern: 'sha256-*' }]),
    );
    expect(rules).toContain(
      JSON.stringify([{ kind: 'doublestar', decoration: 'excludes', pattern: '{latest,sha256-*}' }]),
    );

    const retention = harbor.retentions.get(Number(apps.metadata.retention_id))!;
    expect(retention).toMatchObject({
      trigger: { settings: { cron: '0 0 3 * * *' } },
      scope: { level: 'project', ref: apps.id },
    });
    expect((retention.rules as { params: unknown }[]).map((r) => r.params)).toEqual([
      { latestPushedK: 10 },
      { nDaysSinceLastPush: 30 },
    ]);

    const robotNames = [...harbor.robots.values()].map((r) => r.name).sort();
    expect(robotNames).toEqual(['robot$apps+ci-push', 'robot$apps+deploy', 'robot$web+ci-push']);
    const hook = [...apps.webhooks.values()][0]!;
    expect(hook).toMatchObject({ name: 'scans', targets: [{ payload_format: 'CloudEvents' }] });
  });

  it('a second apply changes nothing', async () => {
    await run('apply');
    const writes = harbor.writes().length;
    const second = await run('apply');
    expect(second.plan.changes).toEqual([]);
    expect(second.apply).toEqual({ outcomes: [], secrets: [], ok: true });
    expect(harbor.writes().length).toBe(writes);
    expect((await run('drift')).drift.drifted).toBe(false);
  });

  it('returns robot secrets for masking and never prints them', async () => {
    const result = await run('apply');
    expect(result.secrets.map((s) => s.username).sort()).toEqual([
      'robot$apps+ci-push',
      'robot$apps+deploy',
      'robot$web+ci-push',
    ]);
    for (const s of result.secrets) {
      expect(s.secret).toBe([...harbor.robots.values()].find((r) => r.name === s.username)!.secret);
      expect(result.text).not.toContain(s.secret);
      expect(result.markdown).not.toContain(s.secret);
      expect(JSON.stringify(result.plan)).not.toContain(s.secret);
      expect(JSON.stringify(result.apply?.outcomes)).not.toContain(s.secret);
    }
    expect(result.text).not.toContain(ADMIN.password);
  });

  it('lets a created robot log in as robot$project+name within its permissions', async () => {
    const result = await run('apply');
    harbor.addArtifact('apps', 'team/api', `sha256:${'a'.repeat(64)}`);
    const ci = result.secrets.find((s) => s.username === 'robot$apps+ci-push')!;
    const robot = new HarborClient({ url: harbor.url, username: ci.username, password: ci.secret });
    await robot.scanArtifact('apps', 'team/api', `sha256:${'a'.repeat(64)}`, 'vulnerability');

    let overview = await robot.getArtifact('apps', 'team/api', `sha256:${'a'.repeat(64)}`);
    for (let i = 0; i < 5 && Object.values(overview.scan_overview ?? {})[0]?.scan_status !== 'Success'; i++) {
      overview = await robot.getArtifact('apps', 'team/api', `sha256:${'a'.repeat(64)}`);
    }
    expect(Object.values(overview.scan_overview ?? {})[0]).toMatchObject({
      scan_status: 'Success',
      severity: 'High',
    });

    // No project:update permission: Harbor's 403 body comes back verbatim.
    const err = await robot.updateProjectMetadata('apps', 'auto_scan', 'false').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect((err as AuthError).message).toBe(
      `Harbor PUT ${harbor.url}/api/v2.0/projects/apps/metadatas/auto_scan: 403 FORBIDDEN: robot$apps+ci-push is not allowed to updateProjectMetadata`,
    );
    expect((err as AuthError).message).not.toContain(ci.secret);
  });

  it('tightens gates last: allowlist, rules and robots are in place before prevent_vul and cosign', async () => {
    await run('apply');
    const writes = harbor.writes().map((w) => `${w.method} ${w.path.split('?')[0]}`);
    const at = (s: string) => writes.findIndex((w) => w.includes(s));
    expect(at('/projects/apps/metadatas/')).toBeGreaterThan(at('POST /api/v2.0/robots'));
    const gate = writes.indexOf('POST /api/v2.0/projects/apps/metadatas/');
    expect(gate).toBeGreaterThan(
      writes.findIndex((w) => w.startsWith('POST /api/v2.0/projects/apps/immutabletagrules')),
    );
    expect(writes.indexOf('POST /api/v2.0/system/scanAll/schedule')).toBeLessThan(
      writes.indexOf('POST /api/v2.0/projects'),
    );
  });

  it('writes metadata one key per call, the way Harbor wants it', async () => {
    harbor.seedProject('web', { public: 'false', auto_scan: 'false' });
    await run('apply');
    const web = harbor.requests.filter((r) => r.path.startsWith('/api/v2.0/projects/web/metadatas'));
    expect(web.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'PUT /api/v2.0/projects/web/metadatas/auto_scan 200',
      'POST /api/v2.0/projects/web/metadatas/ 200',
      'POST /api/v2.0/projects/web/metadatas/ 200',
      'POST /api/v2.0/projects/web/metadatas/ 200',
    ]);
    expect(harbor.project('web')!.metadata).toMatchObject({
      auto_scan: 'true',
      enable_content_trust_cosign: 'true',
      prevent_vul: 'true',
      severity: 'critical',
    });
  });
});

describe('drift', () => {
  it('reports a Harbor that was changed by hand, and apply puts it back', async () => {
    await run('apply');
    const apps = harbor.project('apps')!;
    apps.metadata.auto_scan = 'false';
    apps.metadata.reuse_sys_cve_allowlist = 'true';
    harbor.scanAll = { schedule: { type: 'Daily', cron: '0 0 0 * * *' } };

    const drift = await run('drift');
    expect(drift.drift.drifted).toBe(true);
    expect(drift.drift.differences).toEqual([
      'system: update scan-all schedule scan-all',
      'apps: update metadata auto_scan',
      'apps: update metadata reuse_sys_cve_allowlist',
    ]);
    expect(drift.markdown).toContain('**Harbor differs from the policy file.**');
    expect(harbor.writes().filter((w) => w.status !== 0).length).toBeGreaterThan(0);

    const writesBefore = harbor.writes().length;
    await run('drift');
    expect(harbor.writes().length).toBe(writesBefore);

    await run('apply');
    expect((await run('drift')).drift.drifted).toBe(false);
    expect(harbor.scanAll).toEqual({ schedule: { type: 'Custom', cron: '0 0 2 * * *' } });
  });

  it('counts a missing reuse_sys_cve_allowlist as true, as Harbor does', async () => {
    const file = await policyFile(
      'reuse.yml',
      'version: 1\nprojects:\n  - name: lib\n    cve_allowlist:\n      reuse_system: true\n',
    );
    harbor.seedProject('lib', { public: 'false' });
    const result = await run('drift', { file });
    expect(result.drift.drifted).toBe(false);
  });
});

describe('prune', () => {
  async function seedExtras() {
    await run('apply');
    const client = admin();
    await client.createImmutableRule('apps', {
      disabled: false,
      action: 'immutable',
      template: 'immutable_template',
      tag_selectors: [{ kind: 'doublestar', decoration: 'matches', pattern: 'hotfix-*' }],
      scope_selectors: { repository: [{ kind: 'doublestar', decoration: 'repoMatches', pattern: '**' }] },
    });
    await client.createRobot({
      name: 'by-hand',
      level: 'project',
      duration: 30,
      permissions: [
        { kind: 'project', namespace: 'apps', access: [{ resource: 'repository', action: 'pull' }] },
      ],
    });
    await client.createWebhook('apps', {
      name: 'old-hook',
      enabled: true,
      event_types: ['PUSH_ARTIFACT'],
      targets: [{ type: 'http', address: 'https://old.example.com/hook' }],
    });
  }

  it('without prune, shows unmanaged resources and keeps them', async () => {
    await seedExtras();
    const result = await run('apply');
    expect(result.plan.changes).toEqual([]);
    expect(result.plan.unmanaged).toEqual([
      { scope: 'apps', resource: 'immutability rule', name: 'repositories **, tags hotfix-*' },
      { scope: 'apps', resource: 'robot', name: 'by-hand' },
      { scope: 'apps', resource: 'webhook', name: 'old-hook' },
    ]);
    expect(result.text).toContain('? apps: robot by-hand');
    expect(result.drift.drifted).toBe(false);
    expect([...harbor.robots.values()].some((r) => r.name === 'robot$apps+by-hand')).toBe(true);
    expect(harbor.project('apps')!.rules.size).toBe(4);
  });

  it('with prune, deletes them, and a second apply changes nothing', async () => {
    await seedExtras();
    const drift = await run('drift', { prune: true });
    expect(drift.drift.drifted).toBe(true);
    const result = await run('apply', { prune: true });
    expect(result.apply?.ok).toBe(true);
    expect(result.plan.changes.map((c) => `${c.action} ${c.resource} ${c.name}`)).toEqual([
      'delete immutability rule repositories **, tags hotfix-*',
      'delete webhook old-hook',
      'delete robot by-hand',
    ]);
    expect([...harbor.robots.values()].some((r) => r.name === 'robot$apps+by-hand')).toBe(false);
    expect(harbor.project('apps')!.rules.size).toBe(3);
    expect(harbor.project('apps')!.webhooks.size).toBe(1);
    expect((await run('apply', { prune: true })).plan.changes).toEqual([]);
  });
});

describe('immutability rules beyond the UI limit, and pagination', () => {
  it('applies 120 rules when overridden (the API has no limit), reading them back over two pages', async () => {
    const rules = Array.from({ length: 120 }, (_, i) => `      - tags: { matches: "v${i}.*" }`).join('\n');
    const file = await policyFile(
      'many.yml',
      `version: 1\nprojects:\n  - name: big\n    immutability_rules:\n${rules}\n`,
    );
    const first = await run('apply', { file, allowMany: true });
    expect(first.apply?.ok).toBe(true);
    expect(first.plan.warnings).toEqual([expect.stringMatching(/120 immutability rules in project "big"/)]);
    expect(harbor.project('big')!.rules.size).toBe(120);
    expect((await admin().listImmutableRules('big')).length).toBe(120);
    const pages = harbor.requests.filter((r) =>
      r.path.startsWith('/api/v2.0/projects/big/immutabletagrules?'),
    );
    expect(pages.map((r) => r.path)).toEqual([
      '/api/v2.0/projects/big/immutabletagrules?page=1&page_size=100',
      '/api/v2.0/projects/big/immutabletagrules?page=2&page_size=100',
    ]);
    expect((await run('apply', { file, allowMany: true })).plan.changes).toEqual([]);
  });
});

describe('disabled toggles', () => {
  it('flips disabled with its own update, and Harbor ignores other changes in a toggle', async () => {
    const client = admin();
    harbor.seedProject('apps');
    const rule = (pattern: string, disabled: boolean) => ({
      disabled,
      action: 'immutable',
      template: 'immutable_template',
      tag_selectors: [{ kind: 'doublestar', decoration: 'matches', pattern }],
      scope_selectors: { repository: [{ kind: 'doublestar', decoration: 'repoMatches', pattern: '**' }] },
    });
    await client.createImmutableRule('apps', rule('v*', false));
    const [stored] = await client.listImmutableRules('apps');
    // One PUT that toggles and changes the pattern: Harbor keeps the old pattern.
    await client.updateImmutableRule('apps', stored!.id!, rule('release-*', true));
    const [after] = await client.listImmutableRules('apps');
    expect(after).toMatchObject({ disabled: true, tag_selectors: [{ pattern: 'v*' }] });

    // The applier makes both changes, in two calls.
    const current = after!;
    const result = await applyPlan(client, {
      changes: [
        {
          scope: 'apps',
          resource: 'immutability rule',
          name: 'r',
          action: 'update',
          details: [],
          notes: [],
          phase: 50,
          op: {
            type: 'update-immutable-rule',
            project: 'apps',
            id: current.id!,
            current,
            rule: {
              tag: { decoration: 'matches', pattern: 'release-*' },
              repository: { decoration: 'repoMatches', pattern: '**' },
              disabled: false,
            },
          },
        },
      ],
      unmanaged: [],
      notes: [],
      warnings: [],
      prune: false,
    });
    expect(result.ok).toBe(true);
    const [final] = await client.listImmutableRules('apps');
    expect(final).toMatchObject({ disabled: false, tag_selectors: [{ pattern: 'release-*' }] });
  });

  it('plans a toggle of a rule disabled by hand as one update', async () => {
    await run('apply');
    const apps = harbor.project('apps')!;
    const stored = [...apps.rules.values()].find((r) => JSON.stringify(r.tag_selectors).includes('"v*"'))!;
    stored.disabled = true;
    const result = await run('apply');
    expect(result.plan.changes.map((c) => `${c.action} ${c.name}: ${c.details.join()}`)).toEqual([
      'update repositories **, tags v*: disabled: true → false',
    ]);
    expect([...apps.rules.values()].find((r) => r.id === stored.id)!.disabled).toBe(false);
    expect(harbor.requests.filter((r) => r.operationId === 'UpdateImmuRule').length).toBe(1);
  });
});

describe("Harbor's errors are surfaced verbatim", () => {
  it('401: bad credentials, before any write, without echoing the password', async () => {
    const err = await run('plan', { password: 'wrong-Secret-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect((err as AuthError).status).toBe(401);
    expect((err as Error).message).toBe(
      `Harbor GET ${harbor.url}/api/v2.0/system/scanAll/schedule: 401 UNAUTHORIZED: unauthorized`,
    );
    expect((err as Error).message).not.toContain('wrong-Secret-1');
    expect(harbor.writes()).toEqual([]);
  });

  it('403 and 404 on reads stop the plan with the status and the message', async () => {
    harbor.injectFault({ operationId: 'getProject', status: 403, message: 'forbidden by policy' });
    const err = await run('plan').catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `Harbor GET ${harbor.url}/api/v2.0/projects/apps: 403 FORBIDDEN: forbidden by policy`,
    );
    harbor.injectFault({ operationId: 'getSystemCVEAllowlist', status: 401, message: 'token expired' });
    await expect(run('plan')).rejects.toThrow(/401 UNAUTHORIZED: token expired$/);
  });

  it('404 on an update is reported for that resource, the rest is applied', async () => {
    await run('apply');
    [...harbor.project('apps')!.rules.values()][0]!.disabled = true;
    harbor.injectFault({ operationId: 'UpdateImmuRule', status: 404, message: 'immutable rule 3 not found' });
    const result = await run('apply');
    const failed = result.apply!.outcomes.filter((o) => o.status === 'failed');
    expect(failed.map((o) => o.reason)).toEqual([
      expect.stringMatching(
        /^Harbor PUT .*\/projects\/apps\/immutabletagrules\/\d+: 404 NOT_FOUND: immutable rule 3 not found$/,
      ),
    ]);
    expect(result.apply!.ok).toBe(false);
  });

  it('409 on a metadata POST (the key appeared since the plan) falls back to PUT', async () => {
    harbor.seedProject('web', { public: 'false' });
    harbor.injectFault({
      operationId: 'addProjectMetadatas',
      status: 409,
      message: 'metadata auto_scan already exists',
    });
    const result = await run('apply');
    expect(result.apply?.ok).toBe(true);
    expect(harbor.project('web')!.metadata.auto_scan).toBe('true');
    const conflict = await admin()
      .addProjectMetadata('web', 'auto_scan', 'false')
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(RegistryError);
    expect((conflict as RegistryError).message).toMatch(
      /POST .*\/projects\/web\/metadatas\/: 409 CONFLICT: metadata auto_scan of project \d+ already exists$/,
    );
    expect((conflict as RegistryError).codes).toEqual(['CONFLICT']);
  });

  it('412 on a second scan-all POST: the applier switches to PUT', async () => {
    const client = admin();
    await client.createScanAllSchedule({ schedule: { type: 'Custom', cron: '0 0 1 * * *' } });
    const again = await client
      .createScanAllSchedule({ schedule: { type: 'Custom', cron: '0 0 1 * * *' } })
      .catch((e: unknown) => e);
    expect((again as RegistryError).status).toBe(412);
    expect((again as Error).message).toMatch(
      /412 PRECONDITION: .*please delete it firstly then to re-schedule$/,
    );

    // A plan made before someone else scheduled scan-all still applies.
    harbor.scanAll = undefined;
    const file = await policyFile('scan.yml', 'version: 1\nsystem:\n  scan_all_schedule: "0 30 4 * * *"\n');
    const stale = await run('plan', { file });
    await client.createScanAllSchedule({ schedule: { type: 'Custom', cron: '0 0 1 * * *' } });
    const applied = await applyPlan(client, stale.plan);
    expect(applied.ok).toBe(true);
    expect(harbor.scanAll).toEqual({ schedule: { type: 'Custom', cron: '0 30 4 * * *' } });
    expect(
      harbor.requests.filter((r) => r.operationId === 'createScanAllSchedule').map((r) => r.status),
    ).toEqual([201, 412, 201, 412]);
  });

  it('412 with no scanner installed is reported as it is', async () => {
    await harbor.close();
    harbor = await HarborEmulator.start({ scanner: false });
    const file = await policyFile('scan.yml', 'version: 1\nsystem:\n  scan_all_schedule: "0 30 4 * * *"\n');
    const result = await run('apply', { file });
    expect(result.apply!.outcomes[0]).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/412 PRECONDITION: no scanner is configured/),
    });
  });

  it('500 in the middle: per-resource report, gates of that project not tightened, a rerun finishes', async () => {
    harbor.injectFault({ operationId: 'CreateRobot', status: 500 });
    const first = await run('apply');
    const byStatus = (s: string) =>
      first
        .apply!.outcomes.filter((o) => o.status === s)
        .map((o) => `${o.change.scope} ${o.change.resource} ${o.change.name}`);
    expect(byStatus('failed')).toEqual(['apps robot ci-push']);
    expect(first.apply!.outcomes.find((o) => o.status === 'failed')!.reason).toMatch(
      /POST .*\/robots: 500 UNKNOWN: internal server error$/,
    );
    expect(byStatus('skipped')).toEqual([
      'apps metadata enable_content_trust_cosign',
      'apps metadata prevent_vul',
      'apps metadata severity',
    ]);
    expect(byStatus('applied')).toContain('web metadata prevent_vul');
    expect(byStatus('applied')).toContain('apps robot deploy');
    expect(first.text).toMatch(/failed apps: robot ci-push: Harbor POST/);
    expect(first.markdown).toMatch(/\| failed: Harbor POST .*500 UNKNOWN: internal server error \|/);
    expect(harbor.project('apps')!.metadata.prevent_vul).toBeUndefined();

    const second = await run('apply');
    expect(second.plan.changes.map((c) => `${c.resource} ${c.name}`)).toEqual([
      'robot ci-push',
      'metadata enable_content_trust_cosign',
      'metadata prevent_vul',
      'metadata severity',
    ]);
    expect(second.apply!.ok).toBe(true);
    expect((await run('apply')).plan.changes).toEqual([]);
  });
});

describe('the client', () => {
  it('reads Harbor vulnerability reports with X-Accept-Vulnerabilities', async () => {
    harbor.seedProject('apps');
    const digest = `sha256:${'c'.repeat(64)}`;
    harbor.addArtifact('apps', 'a/b', digest);
    const client = admin();
    await client.scanArtifact('apps', 'a/b', digest, 'vulnerability');
    await client.scanArtifact('apps', 'a/b', digest, 'sbom');
    const report = await client.getVulnerabilityReport('apps', 'a/b', digest);
    expect(Object.keys(report)).toEqual(['application/vnd.security.vulnerability.report; version=1.1']);
    // Repository names with '/' go over the wire encoded twice.
    expect(harbor.requests.at(-1)!.path).toContain('/repositories/a%252Fb/');
    const artifact = await client.getArtifact('apps', 'a/b', digest);
    expect(artifact.sbom_overview?.scan_status).toBe('Success');
  });

  it('accepts a URL that already ends in /api/v2.0 and never sends cookies back', async () => {
    harbor.seedProject('apps');
    const client = new HarborClient({ url: `${harbor.url}/api/v2.0/`, ...ADMIN });
    // Every answer sets a session cookie; a client that returned it would get the CSRF 403.
    for (let i = 0; i < 3; i++) await client.updateProjectMetadata('apps', 'public', 'true');
    expect(harbor.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('fixture is the realistic policy the docs point to', async () => {
    expect(await readFile(FIXTURE, 'utf8')).toMatch(/schemas\/registry-policy\.schema\.json/);
  });
});
