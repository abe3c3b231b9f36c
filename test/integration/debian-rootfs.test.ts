import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStep } from '../../src/steps/build.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type SbomStepResult, sbomStep } from '../../src/steps/sbom.js';
import { tempDir, testAccess } from '../fixtures/images.js';
import { REPO_ROOT } from '../harness/peers.js';

// Ground truth for the dpkg cataloger (issue 3): a Debian bookworm minbase
// tree made by debootstrap during the run, packed as a one-layer image, must
// catalog to exactly what dpkg itself says is installed in it, source package
// names and versions included. Versions follow the live mirror, so every
// expectation is read from the generated tree, none is written here.
//
// The tree is cached as a tarball under .lading/testcache/, one per day, so
// reruns skip the minute of debootstrap. Without debootstrap (or root, which
// it needs for chroot) the test skips with the reason; where CI=true it fails.

const exec = promisify(execFile);
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const CACHE_DIR = join(REPO_ROOT, '.lading', 'testcache');

function onPath(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .concat(['/usr/sbin', '/sbin'])
    .some((d) => d && existsSync(join(d, name)));
}

function unavailable(): string | undefined {
  if (!onPath('dpkg-query')) return 'dpkg-query is not installed (a Debian-based machine is needed)';
  if (!onPath('debootstrap')) return 'debootstrap is not installed (apt-get install -y debootstrap)';
  if (process.getuid?.() !== 0) return 'debootstrap needs root (chroot, mknod)';
  return undefined;
}

const reason = unavailable();
if (reason) {
  if (IN_CI) throw new Error(`CI=true but the Debian ground truth cannot run: ${reason}`);
  console.warn(`skipping the Debian ground truth: ${reason}`);
}

/** The mirror of the bookworm stanza of the machine's apt sources; never printed. */
async function debianMirror(): Promise<string> {
  const dir = '/etc/apt/sources.list.d';
  const names = existsSync(dir) ? (await readdir(dir)).filter((n) => n.endsWith('.sources')) : [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const stanza of text.split(/\n\s*\n/)) {
      const field = (key: string) =>
        new RegExp(`^${key}:\\s*(.+)$`, 'im').exec(stanza)?.[1]?.trim().split(/\s+/) ?? [];
      const uri = field('URIs')[0];
      if (uri && field('Types').includes('deb') && field('Suites').includes('bookworm')) return uri;
    }
  }
  if (existsSync('/etc/apt/sources.list')) {
    const m = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(
      await readFile('/etc/apt/sources.list', 'utf8'),
    );
    if (m?.[1]) return m[1];
  }
  throw new Error('no bookworm stanza in the apt sources: no Debian mirror to debootstrap from');
}

/** Runs a setup command with its output captured, not shown: debootstrap's log names the mirror. */
function quietly(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      // The mirror URL is cut out of what is shown.
      else reject(new Error(`${command} failed (exit ${code}): ${tail.replace(/\w+:\/\/\S+/g, '<mirror>')}`));
    });
  });
}

/** A bookworm minbase tree in `dir`: from today's cached tarball, or debootstrapped and cached. */
async function debianTree(dir: string): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const tarball = join(CACHE_DIR, `debian-bookworm-minbase-${day}.tar.gz`);
  if (!existsSync(tarball)) {
    const fresh = `${dir}.debootstrap`;
    await rm(fresh, { recursive: true, force: true });
    await quietly('debootstrap', ['--variant=minbase', 'bookworm', fresh, await debianMirror()]);
    // Device nodes, FIFOs and sockets are not image content (the runtime provides /dev),
    // and the layer packer takes files, directories and symlinks only.
    await quietly('find', [
      fresh,
      '-xdev',
      '(',
      '-type',
      'b',
      '-o',
      '-type',
      'c',
      '-o',
      '-type',
      'p',
      '-o',
      '-type',
      's',
      ')',
      '-delete',
    ]);
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${tarball}.${process.pid}.partial`;
    await quietly('tar', ['-C', fresh, '--numeric-owner', '-czf', partial, '.']);
    await rename(partial, tarball);
    await rm(fresh, { recursive: true, force: true });
    // Yesterday's trees are stale (the mirror moved on) and 90 MB each.
    for (const old of await readdir(CACHE_DIR)) {
      if (/^debian-bookworm-minbase-.*\.tar\.gz$/.test(old) && join(CACHE_DIR, old) !== tarball) {
        await rm(join(CACHE_DIR, old), { force: true });
      }
    }
  }
  await mkdir(dir, { recursive: true });
  await quietly('tar', ['-C', dir, '--numeric-owner', '-xzf', tarball]);
}

interface Installed {
  name: string;
  version: string;
  arch: string;
  sourceName: string;
  sourceVersion: string;
}

/** What dpkg says is installed in the tree, one line per package. */
async function dpkgQuery(root: string): Promise<Installed[]> {
  const { stdout } = await exec(
    'dpkg-query',
    [
      '--admindir',
      join(root, 'var/lib/dpkg'),
      '-W',
      '-f',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own field syntax, not a template
      '${Package}\t${Version}\t${Architecture}\t${source:Package}\t${source:Version}\t${db:Status-Status}\n',
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter((f) => f[5] === 'installed')
    .map(([name = '', version = '', arch = '', sourceName = '', sourceVersion = '']) => ({
      name,
      version,
      arch,
      sourceName,
      sourceVersion,
    }));
}

const line = (p: Installed) => `${p.name}\t${p.version}\t${p.arch}\t${p.sourceName}\t${p.sourceVersion}`;

describe.skipIf(reason !== undefined)('Debian bookworm minbase (debootstrap) as an image', () => {
  let work: string;
  let root: string;
  let expected: Installed[];
  let result: SbomStepResult;

  beforeAll(async () => {
    work = await tempDir('debian');
    root = join(work, 'rootfs');
    await debianTree(root);
    expected = await dpkgQuery(root);
    await buildStep(
      {
        dirs: [`${root}:/`],
        output: `oci-dir:${join(work, 'layout')}:bookworm`,
        platform: 'linux/amd64',
        created: 0,
        access: testAccess(work),
      },
      silentReporter,
    );
    result = await sbomStep(
      {
        source: `oci-dir:${join(work, 'layout')}:bookworm`,
        defaultPlatform: { os: 'linux', architecture: 'amd64' },
        outputs: [
          { format: 'spdx-json', file: join(work, 'sbom.spdx.json') },
          { format: 'cyclonedx-json', file: join(work, 'sbom.cdx.json') },
        ],
        access: testAccess(work),
        created: new Date(0),
        toolVersion: 'test',
      },
      silentReporter,
    );
  }, 900_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('dpkg lists a real minbase system (the ground truth is not empty)', () => {
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.map((p) => p.name)).toEqual(
      expect.arrayContaining(['libc6', 'bash', 'dpkg', 'base-files']),
    );
  });

  it('the deb packages found equal dpkg-query -W: name, version, architecture, source name and version', () => {
    const image = result.results[0];
    expect(result.results).toHaveLength(1);
    const found = (image?.inventory.packages ?? [])
      .filter((p) => p.type === 'deb')
      .map((p) =>
        line({
          name: p.name,
          version: p.version,
          arch: p.arch ?? '',
          sourceName: p.source?.name ?? '',
          sourceVersion: p.source?.version ?? '',
        }),
      )
      .sort();
    expect(found).toEqual(expected.map(line).sort());
  });

  it('packages built from another source carry it (binNMUs and renamed sources are the hard cases)', () => {
    const differing = expected.filter((p) => p.sourceName !== p.name || p.sourceVersion !== p.version);
    // bookworm minbase always has some (libc6 from glibc, bash's +bN rebuilds); they prove the Source: field is read.
    expect(differing.length).toBeGreaterThan(0);
    const byName = new Map((result.results[0]?.inventory.packages ?? []).map((p) => [p.name, p]));
    for (const p of differing) {
      expect(byName.get(p.name)?.source, p.name).toEqual({ name: p.sourceName, version: p.sourceVersion });
    }
  });

  it('the distro is Debian 12 and every package carries it in its purl', () => {
    const image = result.results[0];
    expect(image?.distro?.id).toBe('debian');
    expect(image?.distro?.versionId).toBe('12');
    for (const p of image?.inventory.packages.filter((q) => q.type === 'deb') ?? []) {
      expect(p.purl).toMatch(/^pkg:deb\/debian\/[^@]+@.+distro=debian-12/);
    }
  });

  it('both documents list every installed package', async () => {
    const spdx = JSON.parse(await readFile(join(work, 'sbom.spdx.json'), 'utf8')) as {
      packages: { name: string; versionInfo?: string }[];
    };
    const cdx = JSON.parse(await readFile(join(work, 'sbom.cdx.json'), 'utf8')) as {
      components: { name: string; version?: string; purl?: string }[];
    };
    const inSpdx = new Set(spdx.packages.map((p) => `${p.name}\t${p.versionInfo}`));
    const inCdx = new Set(cdx.components.map((c) => `${c.name}\t${c.version}`));
    for (const p of expected) {
      expect(inSpdx.has(`${p.name}\t${p.version}`), `${p.name} in SPDX`).toBe(true);
      expect(inCdx.has(`${p.name}\t${p.version}`), `${p.name} in CycloneDX`).toBe(true);
    }
  });
});
