import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStep } from '../../src/steps/build.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { lading, tempDir, testAccess } from '../fixtures/images.js';
import { pkcs8PrivateKey } from '../fixtures/keys.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';
import { needShared, REPO_ROOT } from '../harness/peers.js';

// `lading release` as a user runs it, on an OCI layout (nothing else needed):
// the text summary on stdout, Markdown with --summary-file, exit codes.

const EXAMPLE = join(REPO_ROOT, 'example/app');
const ADVISORIES = join(REPO_ROOT, 'example/advisories');

describe('lading release', () => {
  let work = '';
  let image = '';
  const common = () => ['--key', 'release.key', '--osv-url', ADVISORIES, '--db', join(work, 'osv-db')];

  beforeAll(async () => {
    work = await tempDir('release-cli');
    const built = await buildStep(
      {
        dirs: [`${EXAMPLE}:/app`],
        output: `oci-dir:${join(work, 'layout')}:example`,
        platform: 'linux/amd64',
        created: 0,
        access: testAccess(work),
      },
      silentReporter,
    );
    image = `oci-dir:${join(work, 'layout')}@${built.manifest.digest}`;
    await writeFile(join(work, 'release.key'), pkcs8PrivateKey());
  }, 60_000);
  afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

  it('prints the text summary and writes the Markdown one', async () => {
    const r = await lading(
      ['release', image, ...common(), '--output-dir', 'out', '--summary-file', 'summary.md'],
      { cwd: work },
    );
    expect(r.stderr).not.toContain('lading:');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`release   ${image}`);
    expect(r.stdout).toContain('verdict   released: signed, attested and verified');
    expect(r.stdout).toContain('gate      passed (fail-on high)');
    const md = await readFile(join(work, 'summary.md'), 'utf8');
    expect(md).toContain(`## lading release: \`${image}\``);
    expect(md).toContain('✅ **Verified**');
    for (const f of [
      'sbom.spdx.json',
      'sbom.cdx.json',
      'scan.json',
      'scan.sarif',
      'provenance.json',
      'vulnerabilities.json',
    ])
      expect(existsSync(join(work, 'out', f)), f).toBe(true);
    // Outside Actions, the provenance says it was a local run and claims no source it cannot vouch for.
    const provenance = JSON.parse(await readFile(join(work, 'out/provenance.json'), 'utf8')) as {
      buildDefinition: { buildType: string; externalParameters: Record<string, unknown> };
      runDetails: { builder: { id: string } };
    };
    expect(provenance.runDetails.builder.id).toBe('urn:lading:builder:local');
    // The scan as cosign's vuln predicate: where the advisories came from, and the open findings.
    const vuln = JSON.parse(await readFile(join(work, 'out/vulnerabilities.json'), 'utf8')) as {
      scanner: { uri: string; db: { uri: string }; result: { findings: { id: string; severity: string }[] } };
    };
    expect(vuln.scanner.db.uri).toBe(pathToFileURL(ADVISORIES).href);
    expect(vuln.scanner.result.findings.map((f) => `${f.id} ${f.severity}`).sort()).toEqual([
      'CVE-2023-26159 medium',
      'CVE-2024-28849 medium',
    ]);
    expect(provenance.buildDefinition.externalParameters).toEqual({
      image: `oci-dir:${join(work, 'layout')}`,
      digest: image.split('@')[1],
    });
  });

  it('--provenance attests the predicate file given, and refuses one that is not SLSA provenance', async () => {
    const mine = {
      buildDefinition: { buildType: 'https://example.test/build/v1', externalParameters: {} },
      runDetails: { builder: { id: 'https://example.test/builder' } },
    };
    await writeFile(join(work, 'mine.json'), JSON.stringify(mine));
    const r = await lading(
      ['release', image, ...common(), '--output-dir', 'own', '--provenance', 'mine.json'],
      { cwd: work },
    );
    expect(r.stderr).not.toContain('lading:');
    expect(r.code).toBe(0);
    expect(existsSync(join(work, 'own/provenance.json'))).toBe(false);

    await writeFile(join(work, 'not-provenance.json'), '{"hello": "world"}');
    const bad = await lading(
      ['release', image, ...common(), '--output-dir', 'bad-own', '--provenance', 'not-provenance.json'],
      { cwd: work },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/provenance.*no "buildDefinition" object/);
    // Refused before anything was read or signed.
    expect(bad.stdout).toBe('');
    expect(existsSync(join(work, 'bad-own'))).toBe(false);
  });

  it('a failing gate exits 1 and still prints and writes what ran', async () => {
    const r = await lading(
      [
        'release',
        image,
        ...common(),
        '--fail-on',
        'medium',
        '--output-dir',
        'gated',
        '--summary-file',
        'gated.md',
      ],
      { cwd: work },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^lading: .*the vulnerability gate failed \(failed: 2 open finding\(s\) at or above medium/m,
    );
    expect(r.stdout).toContain(
      'stages    sbom done, scan denied, sign skipped, attest skipped, policy skipped, verify skipped',
    );
    expect(await readFile(join(work, 'gated.md'), 'utf8')).toContain(
      '❌ **Gate failed** (fail-on: `medium`)',
    );
    expect(existsSync(join(work, 'gated/scan.json'))).toBe(true);
    expect(existsSync(join(work, 'gated/vulnerabilities.json'))).toBe(false);
  });

  it('refuses contradictory or missing flags with exit 2, before doing anything', async () => {
    const cases: [string[], RegExp][] = [
      [['release', image, '--osv-url', ADVISORIES], /no signing identity: give --key FILE/],
      [
        ['release', image, ...common(), '--harbor', 'https://harbor.test'],
        /--harbor: give the policy to apply with --policy FILE/,
      ],
      [
        ['release', image, ...common(), '--policy', 'p.yaml', '--harbor', 'https://harbor.test'],
        /--policy: give --harbor-username/,
      ],
      [
        ['release', image, ...common(), '--certificate-identity', 'x'],
        /--key and the --certificate-\* identity flags exclude each other/,
      ],
      [['release', image, '--key', 'missing.key'], /--key missing.key: no such file/],
      [['release', image, '--identity-token', 'token.jwt'], /--identity-token token.jwt: no such file/],
      [['release', image, ...common(), '--fail-on', 'severe'], /argument 'severe' is invalid/],
    ];
    for (const [argv, message] of cases) {
      const r = await lading([...argv, '--output-dir', 'refused'], { cwd: work });
      expect(r.stderr, argv.join(' ')).toMatch(message);
      expect(r.code, argv.join(' ')).toBe(2);
    }
    expect(existsSync(join(work, 'refused'))).toBe(false);

    await writeFile(
      join(work, 'bad-policy.yml'),
      'version: 1\nprojects:\n  - name: shop\n    scan_on_push: maybe\n',
    );
    const badPolicy = await lading(
      [
        'release',
        image,
        ...common(),
        '--output-dir',
        'refused',
        '--policy',
        'bad-policy.yml',
        '--harbor',
        'http://127.0.0.1:9',
        '--harbor-username',
        'admin',
      ],
      { cwd: work, env: { LADING_HARBOR_PASSWORD: 'unused' } },
    );
    expect(badPolicy.stderr).toMatch(/bad-policy\.yml.*scan_on_push/);
    expect(badPolicy.code).toBe(2);
    expect(existsSync(join(work, 'refused'))).toBe(false);
  });

  it.skipIf(!needShared('reference/harbor-api-v2.0-swagger.yaml'))(
    'applies Harbor policy after the attestations; the summary shows the changes, never a robot secret',
    async () => {
      const harbor = await HarborEmulator.start();
      try {
        await writeFile(
          join(work, 'policy.yml'),
          'version: 1\nprojects:\n  - name: shop\n    scan_on_push: true\n    robots:\n      - name: ci\n        duration_days: 30\n        permissions: [repository:push, repository:pull]\n',
        );
        const r = await lading(
          [
            'release',
            image,
            ...common(),
            '--output-dir',
            'with-policy',
            '--summary-file',
            'policy.md',
            '--policy',
            'policy.yml',
            '--harbor',
            harbor.url,
            '--harbor-username',
            'admin',
            '--secrets-file',
            'robots.json',
          ],
          { cwd: work, env: { LADING_HARBOR_PASSWORD: 'Harbor12345' } },
        );
        expect(r.stderr).not.toContain('lading:');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(
          'stages    sbom done, scan done, sign done, attest done, policy done, verify done',
        );
        const md = await readFile(join(work, 'policy.md'), 'utf8');
        expect(md).toContain('### Harbor policy');
        expect(md).toContain('shop');
        const secrets = JSON.parse(await readFile(join(work, 'robots.json'), 'utf8')) as { secret: string }[];
        expect(secrets).toHaveLength(1);
        for (const text of [r.stdout, r.stderr, md]) expect(text).not.toContain(secrets[0]?.secret);
        expect(harbor.violations).toEqual([]);
      } finally {
        await harbor.close();
      }
    },
  );
});
