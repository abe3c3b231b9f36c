import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lading } from '../fixtures/images.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';

const ADMIN = { username: 'admin', password: 'Harbor12345' };
const POLICY = `version: 1
projects:
  - name: shop
    public: false
    scan_on_push: true
    prevent_vulnerable: critical
    robots:
      - name: ci
        duration_days: 30
        permissions: [repository:push, repository:pull]
`;

let harbor: HarborEmulator;
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-policy-cli-'));
  file = join(dir, 'registry-policy.yml');
  await writeFile(file, POLICY);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harbor = await HarborEmulator.start();
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

const policy = (mode: string, extra: string[] = [], password = ADMIN.password) =>
  lading(['policy', mode, '--file', file, '--harbor', harbor.url, '--username', ADMIN.username, ...extra], {
    env: { LADING_HARBOR_PASSWORD: password },
  });

describe('lading policy', () => {
  it('plan shows the changes, writes nothing, exits 0', async () => {
    const r = await policy('plan');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shop');
    expect(harbor.writes()).toEqual([]);
  });

  it('drift exits 1 before apply and 0 after; apply keeps robot secrets out of every output', async () => {
    expect((await policy('drift')).code).toBe(1);
    const secrets = join(dir, 'secrets.json');
    const applied = await policy('apply', ['--secrets-file', secrets, '--markdown', join(dir, 'plan.md')]);
    expect(applied.code).toBe(0);
    const kept = JSON.parse(await readFile(secrets, 'utf8')) as { secret: string }[];
    expect(kept).toHaveLength(1);
    const secret = kept[0]!.secret;
    expect(secret.length).toBeGreaterThan(8);
    for (const text of [applied.stdout, applied.stderr, await readFile(join(dir, 'plan.md'), 'utf8')]) {
      expect(text).not.toContain(secret);
    }
    expect((await stat(secrets)).mode & 0o777).toBe(0o600);
    expect((await policy('drift')).code).toBe(0);
  });

  it('a wrong password exits 3 with a one-line error that does not contain it', async () => {
    const r = await policy('plan', [], 'not-the-password-123');
    expect(r.code).toBe(3);
    const errors = r.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('lading:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/401/);
    expect(r.stderr).not.toContain('not-the-password-123');
  });

  it('a bad mode or a bad file is bad input (exit 2), named, before any request', async () => {
    const bad = await policy('destroy');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('destroy');
    const broken = join(dir, 'broken.yml');
    await writeFile(broken, 'version: 1\nprojects:\n  - name: shop\n    prevent_vulnerable: severe\n');
    const r = await lading(
      ['policy', 'plan', '--file', broken, '--harbor', harbor.url, '--username', 'admin'],
      { env: { LADING_HARBOR_PASSWORD: 'x' } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yml:4/);
    expect(harbor.requests).toEqual([]);
  });

  it('--scan has Harbor scan the digest before applying, and shows the report', async () => {
    // The project exists once the image is pushed to it; the first apply stands in for that.
    expect((await policy('apply')).code).toBe(0);
    const digest = `sha256:${'b'.repeat(64)}`;
    harbor.addArtifact('shop', 'team/api', digest, { runningPolls: 0 });
    const before = harbor.requests.length;
    const r = await policy('apply', ['--scan', `harbor.example/shop/team/api@${digest}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/scan/i);
    const later = harbor.requests.slice(before);
    expect(later.some((q) => q.method === 'POST' && q.path.endsWith('/scan'))).toBe(true);
  });

  it('--scan with a tag instead of a digest is bad input, before any request', async () => {
    const r = await policy('apply', ['--scan', 'harbor.example/shop/team/api:v1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--scan');
    expect(harbor.writes()).toEqual([]);
  });
});
