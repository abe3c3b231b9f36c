import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/peers.js';

const exec = promisify(execFile);

// The README's first command, run as written against the committed bundle,
// from a directory that is not the repository (the example is found beside the bundle).
describe('README quickstart', () => {
  let dir = '';
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('builds, carries, inspects and catalogs the example offline, reproducibly', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lading-quickstart-'));
    const runOnce = () =>
      exec(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), 'quickstart'], {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: dir },
      });
    const first = await runOnce();
    const digest = /built\s+\S+@(sha256:[a-f0-9]{64})/.exec(first.stdout)?.[1];
    expect(digest, first.stdout).toBeDefined();
    expect(first.stdout).toContain(`carried oci-dir:`);
    expect(first.stdout).toContain(`digest      ${digest}`);
    expect(first.stdout).toContain('platform    linux/amd64');
    // What arrived is a valid OCI layout naming the same digest under the tag.
    const index = JSON.parse(await readFile(join(dir, '.lading/quickstart/carried/index.json'), 'utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[];
    };
    expect(
      index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'example')?.digest,
    ).toBe(digest);
    // Its SBOM, in both formats, names the npm package the example's lockfile pins.
    expect(first.stdout).toMatch(/sbom\s+\d+ package\(s\) \([^)]*npm/);
    const spdx = JSON.parse(await readFile(join(dir, '.lading/quickstart/example.spdx.json'), 'utf8')) as {
      packages: { name: string; versionInfo?: string }[];
    };
    expect(spdx.packages.some((p) => p.name === 'minimist' && p.versionInfo === '1.2.5')).toBe(true);
    const cdx = JSON.parse(await readFile(join(dir, '.lading/quickstart/example.cdx.json'), 'utf8')) as {
      components: { purl?: string }[];
    };
    expect(cdx.components.some((c) => c.purl === 'pkg:npm/minimist@1.2.5')).toBe(true);
    // Same input, same image.
    const second = await runOnce();
    expect(second.stdout).toContain(`@${digest}`);
  });
});
