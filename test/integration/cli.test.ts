import { existsSync } from 'node:fs';
import { readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageIndex, ImageManifest } from '../../src/oci/types.js';
import { buildTestImage, lading, tempDir } from '../fixtures/images.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// The CLI as a user meets it: help everywhere, bad usage is exit 2 and names
// what was wrong, a failure elsewhere is exit 3 and names where.

const haveRegistry = needPeer('docker-registry') !== undefined;

/** The one `lading:` error line, which must be the last line on stderr. */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('lading:'));
  expect(errors).toHaveLength(1);
  expect(lines.at(-1)).toBe(errors[0]);
  return errors[0]!;
}

function expectExitCodesListed(help: string): void {
  expect(help).toMatch(/Exit codes/);
  expect(help).toMatch(/^\s*0\s+done/m);
  expect(help).toMatch(/^\s*1\s+a gate or a verification said no/m);
  expect(help).toMatch(/^\s*2\s+bad usage or bad input/m);
  expect(help).toMatch(/^\s*3\s+anything else went wrong/m);
}

describe('lading command line', () => {
  let work: string;
  let layout: string;
  let digest: string;

  beforeAll(async () => {
    work = await tempDir('cli');
    layout = join(work, 'layout');
    digest = (await buildTestImage(`oci-dir:${layout}:v1`, { seed: 'cli' })).digest;
  });
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('--help on the program and on every subcommand it lists exits 0 and lists the exit codes', async () => {
    const top = await lading(['--help']);
    expect(top.code).toBe(0);
    expectExitCodesListed(top.stdout);
    const commands = [...top.stdout.split(/^Commands:$/m)[1]!.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['copy', 'inspect', 'build', 'quickstart']));
    for (const command of commands) {
      const r = await lading([command, '--help']);
      expect(r.code, `${command} --help`).toBe(0);
      expect(r.stdout).toContain(`lading ${command}`);
      expectExitCodesListed(r.stdout);
    }
  });

  it('with no arguments prints usage and exits 2', async () => {
    const r = await lading([]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/Usage: lading/);
  });

  for (const [reference, why] of [
    // `UPPER/x` alone names registry host UPPER and repository x, as Docker reads it;
    // an upper-case repository is what is malformed.
    ['registry:localhost:5000/UPPER/x', /localhost:5000\/UPPER\/x.*lowercase/],
    ['registry:UPPER', /UPPER.*lowercase/],
    ['registry:a@sha256:zz', /a@sha256:zz/],
    ['registry:host:5000/app:bad:tag', /host:5000\/app:bad:tag/],
  ] as const) {
    it(`a malformed reference ${reference} exits 2 and names it`, async () => {
      const r = await lading(['inspect', reference]);
      expect(r.code).toBe(2);
      expect(errorLine(r.stderr)).toMatch(why);
    });
  }

  it('an unknown flag exits 2 and names the flag', async () => {
    const r = await lading(['copy', '--frobnicate', `oci-dir:${layout}:v1`, `oci-dir:${join(work, 'x')}:v1`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--frobnicate');
  });

  it('a missing tag in a layout exits 3 and names the tag', async () => {
    const r = await lading(['inspect', `oci-dir:${layout}:no-such-tag`]);
    expect(r.code).toBe(3);
    expect(errorLine(r.stderr)).toContain('no-such-tag');
  });

  it('docker-archive: as a destination exits 2 and says what to use instead', async () => {
    const out = join(work, 'out.docker.tar');
    const r = await lading(['copy', `oci-dir:${layout}:v1`, `docker-archive:${out}`]);
    expect(r.code).toBe(2);
    const line = errorLine(r.stderr);
    expect(line).toContain('docker-archive');
    expect(line).toMatch(/oci-archive|oci-dir/);
    expect(existsSync(out)).toBe(false);
  });

  it('an oci-dir with a missing blob exits 3 naming the blob, and the destination gets no tag', async () => {
    const broken = join(work, 'broken');
    const image = await buildTestImage(`oci-dir:${broken}:v1`, { seed: 'cli-broken' });
    const manifest = JSON.parse(
      await readFile(join(broken, 'blobs', 'sha256', image.digest.slice('sha256:'.length)), 'utf8'),
    ) as ImageManifest;
    const gone = manifest.layers[0]!.digest;
    await unlink(join(broken, 'blobs', 'sha256', gone.slice('sha256:'.length)));

    const out = join(work, 'from-broken');
    const r = await lading(['copy', `oci-dir:${broken}:v1`, `oci-dir:${out}:v1`]);
    expect(r.code).toBe(3);
    const line = errorLine(r.stderr);
    expect(line).toContain(gone);
    expect(line).toContain(broken.split('/').pop()!);
    const index = existsSync(join(out, 'index.json'))
      ? (JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as ImageIndex)
      : { manifests: [] };
    expect(index.manifests).toEqual([]);
  });

  it('copies and inspects a layout, printing the digest on stdout', async () => {
    const out = join(work, 'copied');
    const r = await lading(['copy', `oci-dir:${layout}:v1`, `oci-dir:${out}:v2`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(digest);
    const inspected = await lading(['inspect', '--json', `oci-dir:${out}:v2`]);
    expect(JSON.parse(inspected.stdout).descriptor.digest).toBe(digest);
  });
});

describe.skipIf(!haveRegistry)('lading command line against a registry', () => {
  let reg: TestRegistry;
  let work: string;
  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('cli-registry');
    await buildTestImage(`registry:${reg.host}/cli/app:v1`, { seed: 'cli-registry' });
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('a missing tag exits 3 and names the tag and the repository', async () => {
    const r = await lading(['inspect', `registry:${reg.host}/cli/app:absent`]);
    expect(r.code).toBe(3);
    expect(errorLine(r.stderr)).toContain(`${reg.host}/cli/app:absent`);
  });

  it('a missing repository exits 3 and names it', async () => {
    const r = await lading([
      'copy',
      `registry:${reg.host}/cli/nothing-here:v1`,
      `oci-dir:${join(work, 'nothing')}:v1`,
    ]);
    expect(r.code).toBe(3);
    expect(errorLine(r.stderr)).toContain(`${reg.host}/cli/nothing-here`);
  });
});
