import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { registerSbom } from '../../src/cli/commands/sbom.js';
import { InputError, NotFoundError } from '../../src/errors.js';
import { digestOf } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/mediatype.js';
import type { AccessOptions } from '../../src/oci/opener.js';
import { copyStep } from '../../src/steps/copy.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { platformFileName, type SbomStepOptions, sbomStep } from '../../src/steps/sbom.js';
import { memoryIO } from '../fixtures/cli-io.js';
import { needPeer, needShared } from '../harness/peers.js';
import { startRegistry } from '../harness/registry.js';
import { layer, type RawLayer, storeImage } from '../image/layer-fixtures.js';

// The sbom step end to end on images stored in OCI layouts: real Alpine root
// filesystems, layers that delete or replace the package database, indexes
// with several platforms, source directories, and the files it writes.

const access = (cwd: string): AccessOptions => ({ userAgent: 'lading-test', cwd, insecureRegistries: [] });
const CREATED = new Date('2024-01-01T00:00:00Z');

function options(source: string, cwd: string, extra: Partial<SbomStepOptions> = {}): SbomStepOptions {
  return {
    source,
    outputs: [],
    access: access(cwd),
    created: CREATED,
    toolVersion: '0.0.0-test',
    defaultPlatform: { os: 'linux', architecture: 'amd64' },
    ...extra,
  };
}

interface ExpectedApk {
  name: string;
  version: string;
  arch: string;
  origin: string;
  purl: string;
}

async function rawBlob(path: string): Promise<RawLayer> {
  const blob = await readFile(path);
  return { blob, mediaType: MediaType.ociLayerGzip, diffId: digestOf(blob) };
}

const APK_DB = 'lib/apk/db/installed';
const stanza = (name: string, version: string) => `P:${name}\nV:${version}\nA:x86_64\no:${name}\nL:MIT\n\n`;

describe('sbom step on the Alpine minirootfs tarballs', () => {
  for (const version of ['3.19.4', '3.20.3']) {
    it(`finds every installed package of Alpine ${version} with its origin, in both formats`, async () => {
      const tarball = needShared(`testdata/rootfs/alpine-minirootfs-${version}-x86_64.tar.gz`);
      const list = needShared(`testdata/rootfs/alpine-minirootfs-${version}-x86_64.packages.json`);
      if (!tarball || !list) return;
      const expected = JSON.parse(await readFile(list, 'utf8')) as {
        packages: ExpectedApk[];
        os_release: Record<string, string>;
      };
      const image = await storeImage([await rawBlob(tarball)]);
      const out = await mkdtemp(join(tmpdir(), 'lading-sbom-out-'));
      const result = await sbomStep(
        options(`oci-dir:${image.dir}:latest`, out, {
          outputs: [
            { format: 'spdx-json', file: 'alpine.spdx.json' },
            { format: 'cyclonedx-json', file: 'alpine.cdx.json' },
          ],
        }),
        silentReporter,
      );
      expect(result.results).toHaveLength(1);
      const r = result.results[0]!;
      expect(r.distro).toMatchObject({ id: 'alpine', versionId: expected.os_release.VERSION_ID });
      expect(r.subject).toMatchObject({ kind: 'image', digest: image.manifest.digest, tag: 'latest' });
      expect(r.layers.map((l) => l.digest)).toEqual([image.layers[0]?.digest]);
      const apk = r.inventory.packages.filter((p) => p.type === 'apk');
      const found = apk.map((p) => ({
        name: p.name,
        version: p.version,
        arch: p.arch,
        origin: p.source?.name,
        purl: p.purl,
      }));
      expect(found).toEqual(
        expected.packages
          .map((p) => ({
            name: p.name,
            version: p.version,
            arch: p.arch,
            origin: p.origin,
            // The list writes qualifiers in syft's order; the purl spec's canonical form sorts them.
            purl: PackageURL.fromString(p.purl).toString(),
          }))
          .sort((a, b) => (a.name < b.name ? -1 : 1)),
      );
      expect(r.byType.apk).toBe(expected.packages.length);
      for (const p of apk) {
        expect(p.locations).toEqual([{ path: APK_DB, layer: image.layers[0]?.digest }]);
      }
      // Both documents on disk, each naming the image digest and every package purl.
      const spdx = await readFile(join(out, 'alpine.spdx.json'), 'utf8');
      const cdx = await readFile(join(out, 'alpine.cdx.json'), 'utf8');
      expect(JSON.parse(spdx).spdxVersion).toBe('SPDX-2.3');
      expect(JSON.parse(cdx).specVersion).toBe('1.6');
      for (const doc of [spdx, cdx]) {
        expect(doc).toContain(image.manifest.digest.slice('sha256:'.length));
        for (const p of apk) expect(doc).toContain(JSON.stringify(p.purl).slice(1, -1));
      }
      expect(r.documents.map((d) => d.file)).toEqual([
        join(out, 'alpine.spdx.json'),
        join(out, 'alpine.cdx.json'),
      ]);
      // Nothing else (no temporary file) is left beside them.
      expect((await readdir(out)).sort()).toEqual(['alpine.cdx.json', 'alpine.spdx.json']);
    });
  }

  it('writes the same bytes for the same image twice', async () => {
    const tarball = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');
    if (!tarball) return;
    const image = await storeImage([await rawBlob(tarball)]);
    const run = async () => {
      const r = await sbomStep(
        options(`oci-dir:${image.dir}`, image.dir, { outputs: [{ format: 'cyclonedx-json' }] }),
        silentReporter,
      );
      return r.results[0]?.documents[0]?.content;
    };
    const first = await run();
    expect(first).toBeDefined();
    expect(await run()).toBe(first);
  });
});

describe('other sources', () => {
  it('reads the image from a real registry (distribution) and from an OCI archive, with the same packages', async () => {
    const tarball = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');
    if (!tarball || !needPeer('docker-registry')) return;
    const image = await storeImage([await rawBlob(tarball)]);
    const reg = await startRegistry();
    try {
      const work = await mkdtemp(join(tmpdir(), 'lading-sbom-src-'));
      await copyStep(
        {
          source: `oci-dir:${image.dir}:latest`,
          destination: `registry:${reg.host}/alpine/mini:3.20`,
          referrers: false,
          access: access(work),
        },
        silentReporter,
      );
      await copyStep(
        {
          source: `oci-dir:${image.dir}:latest`,
          destination: `oci-archive:${join(work, 'alpine.tar')}:3.20`,
          referrers: false,
          access: access(work),
        },
        silentReporter,
      );
      const fromLayout = await sbomStep(options(`oci-dir:${image.dir}`, work), silentReporter);
      for (const source of [
        `registry:${reg.host}/alpine/mini:3.20`,
        `oci-archive:${join(work, 'alpine.tar')}`,
      ]) {
        const r = (await sbomStep(options(source, work), silentReporter)).results[0];
        expect(r?.subject).toMatchObject({ kind: 'image', digest: image.manifest.digest });
        expect(r?.inventory.packages).toEqual(fromLayout.results[0]?.inventory.packages);
        expect(r?.packages).toBe(14);
      }
    } finally {
      await reg.stop();
    }
  });
});

describe('layers through the step', () => {
  it('a package database deleted by a whiteout in a later layer yields no packages', async () => {
    const base = await layer([
      { name: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.20.3\n' },
      { name: APK_DB, content: stanza('musl', '1.2.5-r0') },
    ]);
    const top = await layer([{ name: 'lib/apk/db/.wh.installed', content: '' }]);
    const image = await storeImage([base, top]);
    const result = await sbomStep(options(`oci-dir:${image.dir}`, image.dir), silentReporter);
    expect(result.results[0]?.packages).toBe(0);
    expect(result.results[0]?.distro?.id).toBe('alpine');
  });

  it('a package database replaced in a later layer is read from that layer', async () => {
    const base = await layer([
      { name: APK_DB, content: stanza('musl', '1.2.4-r0') + stanza('zlib', '1.3-r0') },
    ]);
    const top = await layer([{ name: APK_DB, content: stanza('musl', '1.2.5-r0') }]);
    const image = await storeImage([base, top]);
    const result = await sbomStep(options(`oci-dir:${image.dir}`, image.dir), silentReporter);
    const pkgs = result.results[0]?.inventory.packages ?? [];
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['musl@1.2.5-r0']);
    expect(pkgs[0]?.locations).toEqual([{ path: APK_DB, layer: image.layers[1]?.digest }]);
  });

  it('the distro comes through a symlinked os-release', async () => {
    const l = await layer([
      { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
      {
        name: 'usr/lib/os-release',
        content: 'ID=alpine\nVERSION_ID=3.19.4\nPRETTY_NAME="Alpine Linux v3.19"\n',
      },
      { name: APK_DB, content: stanza('musl', '1.2.4-r2') },
    ]);
    const image = await storeImage([l]);
    const result = await sbomStep(options(`oci-dir:${image.dir}`, image.dir), silentReporter);
    expect(result.results[0]?.distro).toMatchObject({ id: 'alpine', versionId: '3.19.4' });
    expect(result.results[0]?.inventory.packages[0]?.purl).toContain('distro=alpine-3.19.4');
  });
});

describe('per-file catalogers run as the layers stream', () => {
  const goMod = (dep: string) => `module example.com/app\n\ngo 1.22\n\nrequire ${dep}\n`;

  it('findings of files deleted or replaced by later layers are dropped; survivors keep their layer', async () => {
    const base = await layer([
      { name: 'src/a/go.mod', content: goMod('github.com/pkg/errors v0.9.0') },
      { name: 'src/b/go.mod', content: goMod('golang.org/x/text v0.14.0') },
    ]);
    const top = await layer([
      { name: 'src/b/.wh.go.mod', content: '' },
      { name: 'src/a/go.mod', content: goMod('github.com/pkg/errors v0.9.1') },
    ]);
    const image = await storeImage([base, top]);
    const result = await sbomStep(options(`oci-dir:${image.dir}`, image.dir), silentReporter);
    const deps = result.results[0]?.inventory.packages.filter((p) => p.name !== 'example.com/app');
    expect(deps?.map((p) => `${p.name}@${p.version}`)).toEqual(['github.com/pkg/errors@v0.9.1']);
    expect(deps?.[0]?.locations).toEqual([{ path: 'src/a/go.mod', layer: image.layers[1]?.digest }]);
  });

  it('a symlink to a consumed file is found at both paths', async () => {
    const l = await layer([
      { name: 'src/a/go.mod', content: goMod('github.com/pkg/errors v0.9.1') },
      { name: 'src/c/go.mod', type: 'symlink', linkname: '../a/go.mod' },
    ]);
    const image = await storeImage([l]);
    const result = await sbomStep(options(`oci-dir:${image.dir}`, image.dir), silentReporter);
    const dep = result.results[0]?.inventory.packages.find((p) => p.name === 'github.com/pkg/errors');
    expect(dep?.locations.map((x) => x.path)).toEqual(['src/a/go.mod', 'src/c/go.mod']);
  });
});

async function multiPlatform(): Promise<{ dir: string; digests: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lading-sbom-index-'));
  const amd = await storeImage([await layer([{ name: APK_DB, content: stanza('musl', '1.0-r0') }])], dir);
  const arm = await storeImage([await layer([{ name: APK_DB, content: stanza('musl', '2.0-r0') }])], dir);
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [
        { ...amd.manifest, platform: { os: 'linux', architecture: 'amd64' } },
        { ...arm.manifest, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      ],
    }),
  );
  await amd.store.pushManifest(index, MediaType.ociIndex, 'multi');
  return { dir, digests: { amd64: amd.manifest.digest, arm64: arm.manifest.digest } };
}

describe('indexes', () => {
  it('--platform picks one image of an index; the default is the given host platform', async () => {
    const { dir, digests } = await multiPlatform();
    const arm = await sbomStep(
      options(`oci-dir:${dir}:multi`, dir, { platform: 'linux/arm64' }),
      silentReporter,
    );
    expect(arm.results.map((r) => [r.platform, r.subject.kind === 'image' && r.subject.digest])).toEqual([
      ['linux/arm64/v8', digests.arm64],
    ]);
    expect(arm.results[0]?.inventory.packages[0]?.version).toBe('2.0-r0');
    const host = await sbomStep(options(`oci-dir:${dir}:multi`, dir), silentReporter);
    expect(host.results[0]?.platform).toBe('linux/amd64');
  });

  it('an absent platform names what the index has', async () => {
    const { dir } = await multiPlatform();
    const err = await sbomStep(
      options(`oci-dir:${dir}:multi`, dir, { platform: 'linux/s390x' }),
      silentReporter,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toMatch(
      /no linux\/s390x image in .*; it has linux\/amd64, linux\/arm64\/v8/,
    );
  });

  it('--all-platforms writes one SBOM per platform, the platform in each file name', async () => {
    const { dir, digests } = await multiPlatform();
    const out = await mkdtemp(join(tmpdir(), 'lading-sbom-out-'));
    const result = await sbomStep(
      options(`oci-dir:${dir}:multi`, out, {
        allPlatforms: true,
        outputs: [{ format: 'spdx-json', file: 'sbom/app.spdx.json' }],
      }),
      silentReporter,
    );
    expect(result.results.map((r) => r.documents[0]?.file)).toEqual([
      join(out, 'sbom/app.linux-amd64.spdx.json'),
      join(out, 'sbom/app.linux-arm64-v8.spdx.json'),
    ]);
    const arm = JSON.parse(await readFile(join(out, 'sbom/app.linux-arm64-v8.spdx.json'), 'utf8'));
    expect(JSON.stringify(arm)).toContain(digests.arm64?.slice('sha256:'.length));
    expect(JSON.stringify(arm)).toContain('2.0-r0');
  });

  it('--all-platforms refuses standard output, which cannot hold two documents', async () => {
    const { dir } = await multiPlatform();
    await expect(
      sbomStep(
        options(`oci-dir:${dir}:multi`, dir, { allPlatforms: true, outputs: [{ format: 'spdx-json' }] }),
        silentReporter,
      ),
    ).rejects.toThrow(/--all-platforms writes one SBOM per platform \(2 here\); give every -o a file/);
  });

  it('--platform that a single-platform image does not have is refused', async () => {
    const image = await storeImage([await layer([{ name: APK_DB, content: stanza('musl', '1.0-r0') }])]);
    await expect(
      sbomStep(options(`oci-dir:${image.dir}`, image.dir, { platform: 'linux/arm64' }), silentReporter),
    ).rejects.toThrow(/is a single linux\/amd64 image; --platform linux\/arm64 is not in it/);
  });
});

describe('source directories', () => {
  it('catalogs a source tree with the same catalogers, skipping .git and node_modules/.cache', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lading-sbom-dir-'));
    const lock = (name: string, version: string) =>
      JSON.stringify({
        name: 'app',
        lockfileVersion: 3,
        packages: { '': { name: 'app' }, [`node_modules/${name}`]: { version } },
      });
    await writeFile(join(root, 'package-lock.json'), lock('left-pad', '1.3.0'));
    await mkdir(join(root, '.git/sub'), { recursive: true });
    await writeFile(join(root, '.git/sub/package-lock.json'), lock('from-git', '9.9.9'));
    await mkdir(join(root, 'tools/node_modules/.cache/x'), { recursive: true });
    await writeFile(
      join(root, 'tools/node_modules/.cache/x/package.json'),
      JSON.stringify({ name: 'cached', version: '1.0.0' }),
    );
    const result = await sbomStep(options(`dir:${root}`, root), silentReporter);
    const r = result.results[0]!;
    expect(r.subject).toEqual({ kind: 'directory', name: root });
    expect(r.inventory.packages.map((p) => `${p.type}:${p.name}@${p.version}`)).toEqual([
      'npm:left-pad@1.3.0',
    ]);
    expect(r.inventory.packages[0]?.locations).toEqual([{ path: 'package-lock.json' }]);
  });

  it('catalogs the Alpine tree unpacked into a directory like the image', async () => {
    const tarball = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');
    const list = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.packages.json');
    if (!tarball || !list) return;
    const root = await mkdtemp(join(tmpdir(), 'lading-sbom-alpine-'));
    await promisify(execFile)('tar', ['-xzf', tarball, '-C', root]);
    const expected = JSON.parse(await readFile(list, 'utf8')) as { packages: ExpectedApk[] };
    const result = await sbomStep(options(`dir:${root}`, root), silentReporter);
    const names = result.results[0]?.inventory.packages.filter((p) => p.type === 'apk').map((p) => p.name);
    expect(names).toEqual(expected.packages.map((p) => p.name).sort());
    expect(result.results[0]?.distro?.versionId).toBe('3.20.3');
  });

  it('a file over the size limit in a source tree is skipped with a warning naming it and the limit', async () => {
    const root = await mkdtemp(join(tmpdir(), 'lading-sbom-dir-'));
    await writeFile(join(root, 'package-lock.json'), ' '.repeat(4096));
    const result = await sbomStep(
      options(`dir:${root}`, root, { limits: { maxFileBytes: 1024 } }),
      silentReporter,
    );
    expect(result.results[0]?.warnings.map((w) => w.message)).toEqual([
      'package-lock.json is 4096 bytes, over the 1024-byte limit for one captured file (limit maxFileBytes); skipped',
    ]);
  });

  it('a symlink out of the source tree is not followed', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'lading-sbom-outside-'));
    await writeFile(
      join(outside, 'package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/secret': { version: '1.0.0' } } }),
    );
    const root = await mkdtemp(join(tmpdir(), 'lading-sbom-dir-'));
    const { symlink } = await import('node:fs/promises');
    await symlink(join(outside, 'package-lock.json'), join(root, 'package-lock.json'));
    const result = await sbomStep(options(`dir:${root}`, root), silentReporter);
    expect(result.results[0]?.packages).toBe(0);
    expect(result.results[0]?.warnings.map((w) => w.message)).toContain(
      `symlink points outside ${root} or nowhere; skipped`,
    );
  });
});

describe('outputs', () => {
  it('refuses two outputs on standard output', async () => {
    const err = await sbomStep(
      options('dir:.', tmpdir(), { outputs: [{ format: 'spdx-json' }, { format: 'cyclonedx-json' }] }),
      silentReporter,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      'sbom: spdx-json and cyclonedx-json would both go to standard output; give all but one a file (-o FORMAT=FILE)',
    );
  });

  it('leaves no file behind when the source cannot be read', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lading-sbom-out-'));
    const image = await storeImage([await layer([{ name: 'etc/x', content: 'x' }])]);
    const blob = join(image.dir, 'blobs', image.layers[0]!.digest.replace(':', '/'));
    await writeFile(blob, 'corrupted on disk');
    await expect(
      sbomStep(
        options(`oci-dir:${image.dir}`, out, { outputs: [{ format: 'spdx-json', file: 'a.json' }] }),
        silentReporter,
      ),
    ).rejects.toThrow(image.layers[0]!.digest);
    expect(await readdir(out)).toEqual([]);
  });

  it('an output path that is a directory fails with the path named and no temporary file left', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lading-sbom-out-'));
    await mkdir(join(out, 'taken.json'));
    const image = await storeImage([await layer([{ name: 'etc/x', content: 'x' }])]);
    await expect(
      sbomStep(
        options(`oci-dir:${image.dir}`, out, { outputs: [{ format: 'spdx-json', file: 'taken.json' }] }),
        silentReporter,
      ),
    ).rejects.toThrow(`sbom: cannot write ${join(out, 'taken.json')}`);
    expect(await readdir(out)).toEqual(['taken.json']);
  });

  it('names per-platform files before their suffix', () => {
    expect(platformFileName('out/app.spdx.json', { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(
      'out/app.linux-arm-v7.spdx.json',
    );
    expect(platformFileName('sbom', { os: 'linux', architecture: 'amd64' })).toBe('sbom.linux-amd64');
  });
});

describe('lading sbom (CLI)', () => {
  /** `lading sbom …` with commander's own handling, so a test sees the error a flag raised. */
  async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    const { io, output } = memoryIO({ cwd, env });
    const program = new Command('lading').exitOverride();
    registerSbom(program, { io, setExit: () => {} });
    let error: unknown;
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (e) {
      error = e;
    }
    return { ...output(), error };
  }

  it('-o FORMAT to stdout and -o FORMAT=FILE together, creation time from SOURCE_DATE_EPOCH', async () => {
    const image = await storeImage([await layer([{ name: APK_DB, content: stanza('musl', '1.2.5-r0') }])]);
    const r = await cli(
      ['sbom', `oci-dir:${image.dir}`, '-o', 'spdx-json', '-o', 'cyclonedx-json=out/bom.cdx.json'],
      image.dir,
      { SOURCE_DATE_EPOCH: '1700000000' },
    );
    expect(r.error).toBeUndefined();
    const spdx = JSON.parse(r.stdout);
    expect(spdx.creationInfo.created).toBe('2023-11-14T22:13:20Z');
    expect(spdx.packages.some((p: { name: string }) => p.name === 'musl')).toBe(true);
    const cdx = JSON.parse(await readFile(join(image.dir, 'out/bom.cdx.json'), 'utf8'));
    expect(cdx.metadata.timestamp).toBe('2023-11-14T22:13:20Z');
    expect(r.stderr).toMatch(/1 package\(s\) \(1 apk\)/);
  });

  it('without -o prints a package table', async () => {
    const image = await storeImage([
      await layer([{ name: APK_DB, content: stanza('musl', '1.2.5-r0') + stanza('zlib', '1.3.1-r1') }]),
    ]);
    const r = await cli(['sbom', `oci-dir:${image.dir}`], image.dir);
    expect(r.stdout.split('\n')).toEqual([
      'NAME  VERSION   TYPE',
      'musl  1.2.5-r0  apk',
      'zlib  1.3.1-r1  apk',
      '',
    ]);
  });

  it('rejects an unknown format, naming the flag', async () => {
    const r = await cli(['sbom', 'dir:.', '-o', 'syft-json'], tmpdir());
    expect((r.error as Error).message).toBe(
      '-o: unknown SBOM format "syft-json" (known: spdx-json, cyclonedx-json)',
    );
  });

  it('rejects --platform with --all-platforms', async () => {
    const r = await cli(['sbom', 'dir:.', '--platform', 'linux/amd64', '--all-platforms'], tmpdir());
    expect((r.error as Error).message).toBe('--platform and --all-platforms: choose one');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not a number', async () => {
    const r = await cli(['sbom', 'dir:.', '-o', 'spdx-json'], tmpdir(), { SOURCE_DATE_EPOCH: 'yesterday' });
    expect((r.error as Error).message).toBe(
      'SOURCE_DATE_EPOCH: "yesterday" is not a whole number of seconds',
    );
  });
});
