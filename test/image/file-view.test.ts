import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type FileWants, readImageFiles } from '../../src/image/file-view.js';
import { digestOf } from '../../src/oci/digest.js';
import { LAYER_TYPE, layer, type RawLayer, storeImage } from './layer-fixtures.js';

const run = promisify(execFile);

// The image file view against layers written entry by entry: what a container
// would see at run time is what catalogers get, and nothing else.

const wantAll: FileWants = () => true;

async function view(layers: RawLayer[], wants: FileWants = wantAll, limits = {}) {
  const image = await storeImage(layers);
  return { image, result: await readImageFiles(image.store, image.manifest, { wants, limits }) };
}

function text(result: Awaited<ReturnType<typeof readImageFiles>>, path: string): string | undefined {
  return result.files.find((f) => f.path === path)?.bytes.toString('utf8');
}

describe('layer semantics', () => {
  it('a file deleted by a whiteout in a later layer is absent', async () => {
    const base = await layer([
      { name: 'lib/apk/db/', type: 'directory' },
      { name: 'lib/apk/db/installed', content: 'P:busybox\nV:1.36.1-r29\n\n' },
      { name: 'etc/motd', content: 'hi' },
    ]);
    const top = await layer([{ name: 'lib/apk/db/.wh.installed', content: '' }]);
    const { result } = await view([base, top]);
    expect(result.files.map((f) => f.path)).toEqual(['etc/motd']);
  });

  it('a whiteout of a directory removes everything below it', async () => {
    const base = await layer([
      { name: 'opt/app/', type: 'directory' },
      { name: 'opt/app/package.json', content: '{}' },
      { name: 'opt/app/lib/x.txt', content: 'x' },
      { name: 'opt/other.txt', content: 'kept' },
    ]);
    const top = await layer([{ name: 'opt/.wh.app', content: '' }]);
    const { result } = await view([base, top]);
    expect(result.files.map((f) => f.path)).toEqual(['opt/other.txt']);
  });

  it('layers read side by side: a small top layer done first still deletes and replaces only what is below it', async () => {
    // Many entries make the base the slow walk, so the upper layers finish first.
    const filler = Array.from({ length: 3000 }, (_, i) => ({
      name: `usr/share/doc/f${i}`,
      content: 'x'.repeat(200),
    }));
    const base = await layer([
      ...filler,
      { name: 'etc/motd', content: 'base' },
      { name: 'etc/issue', content: 'base' },
      { name: 'opt/app/old.txt', content: 'base' },
    ]);
    const middle = await layer([
      { name: 'etc/.wh.motd', content: '' },
      { name: 'opt/app/.wh..wh..opq', content: '' },
      { name: 'opt/app/new.txt', content: 'middle' },
    ]);
    const top = await layer([{ name: 'etc/motd', content: 'top' }]);
    const { image, result } = await view([base, middle, top], (p) => !p.startsWith('usr/'));
    expect(
      result.files.map((f) => [
        f.path,
        f.bytes.toString(),
        image.layers.findIndex((l) => l.digest === f.layer),
      ]),
    ).toEqual([
      ['etc/issue', 'base', 0],
      ['etc/motd', 'top', 2],
      ['opt/app/new.txt', 'middle', 1],
    ]);
    expect(result.layers.map((l) => l.digest)).toEqual(image.layers.map((l) => l.digest));
  });

  it('a file replaced in a later layer is read from that layer', async () => {
    const base = await layer([{ name: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.19.4\n' }]);
    const top = await layer([{ name: './etc/os-release', content: 'ID=alpine\nVERSION_ID=3.20.3\n' }]);
    const { image, result } = await view([base, top]);
    const file = result.files.find((f) => f.path === 'etc/os-release');
    expect(file?.bytes.toString()).toContain('3.20.3');
    expect(file?.layer).toBe(image.layers[1]?.digest);
  });

  it('an opaque directory hides what was below it, but not its own layer’s entries', async () => {
    const base = await layer([
      { name: 'usr/lib/python3/site-packages/old.dist-info/METADATA', content: 'Name: old' },
      { name: 'usr/lib/keep.txt', content: 'keep' },
    ]);
    // The opaque marker comes after the new entry on purpose: order inside a layer must not matter.
    const top = await layer([
      { name: 'usr/lib/python3/site-packages/new.dist-info/METADATA', content: 'Name: new' },
      { name: 'usr/lib/python3/.wh..wh..opq', content: '' },
    ]);
    const { result } = await view([base, top]);
    expect(result.files.map((f) => f.path)).toEqual([
      'usr/lib/keep.txt',
      'usr/lib/python3/site-packages/new.dist-info/METADATA',
    ]);
  });

  it('a file replacing a directory of a lower layer hides that directory’s content', async () => {
    const base = await layer([{ name: 'srv/data/a.txt', content: 'a' }]);
    const top = await layer([{ name: 'srv/data', content: 'now a file' }]);
    const { result } = await view([base, top]);
    expect(result.files.map((f) => [f.path, f.bytes.toString()])).toEqual([['srv/data', 'now a file']]);
  });

  it('keeps only the files a cataloger wants, with the limit it names', async () => {
    const l = await layer([
      { name: 'etc/os-release', content: 'ID=debian\n' },
      { name: 'usr/bin/tool', content: Buffer.alloc(10_000, 1) },
      { name: 'var/lib/dpkg/status', content: 'Package: bash\n' },
    ]);
    const wants: FileWants = (p) => (p === 'var/lib/dpkg/status' ? 1024 : p === 'etc/os-release');
    const { result } = await view([l], wants);
    expect(result.files.map((f) => f.path)).toEqual(['etc/os-release', 'var/lib/dpkg/status']);
  });
});

describe('links', () => {
  it('a symlinked os-release reads its target, even when nobody asked for the target', async () => {
    const l = await layer([
      { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
      { name: 'usr/lib/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
    ]);
    const { result } = await view([l], (p) => p === 'etc/os-release');
    expect(text(result, 'etc/os-release')).toContain('VERSION_ID="12"');
    expect(result.files.map((f) => f.path)).toEqual(['etc/os-release']);
    expect(result.passes).toBe(2);
  });

  it('resolves absolute targets and symlinked directories inside the image root, in one pass when the target is wanted', async () => {
    const base = await layer([
      { name: 'usr/lib/os-release', content: 'ID=fedora\n' },
      { name: 'lib', type: 'symlink', linkname: 'usr/lib' },
    ]);
    const top = await layer([{ name: 'etc/os-release', type: 'symlink', linkname: '/lib/os-release' }]);
    const { result } = await view([base, top], (p) => p.endsWith('os-release'));
    expect(text(result, 'etc/os-release')).toBe('ID=fedora\n');
    expect(text(result, 'usr/lib/os-release')).toBe('ID=fedora\n');
    expect(result.passes).toBe(1);
  });

  it('a symlink that climbs out of the root stays inside it (.. at the root is the root)', async () => {
    const l = await layer([
      { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
      { name: 'app/config', type: 'symlink', linkname: '../../../../etc/passwd' },
    ]);
    const { result } = await view([l], (p) => p === 'app/config');
    expect(text(result, 'app/config')).toBe('root:x:0:0::/root:/bin/sh\n');
  });

  it('a looping symlink is skipped with a warning naming it and its layer', async () => {
    const l = await layer([
      { name: 'etc/os-release', type: 'symlink', linkname: 'os-release.d' },
      { name: 'etc/os-release.d', type: 'symlink', linkname: '/etc/os-release' },
    ]);
    const { image, result } = await view([l], (p) => p === 'etc/os-release');
    expect(result.files).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(/symlink etc\/os-release -> os-release\.d loops/);
    expect(result.warnings[0]?.message).toContain(image.layers[0]?.digest);
  });

  it('a dangling symlink is skipped quietly, without a second read', async () => {
    const l = await layer([{ name: 'etc/os-release', type: 'symlink', linkname: '/usr/lib/missing' }]);
    const { result } = await view([l]);
    expect(result.files).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.passes).toBe(1);
  });

  it('the second read visits only the layers that can hold or hide the target', async () => {
    const withTarget = await layer([{ name: 'opt/app/os-release', content: 'ID=app\n' }]);
    const unrelated = await layer([{ name: 'srv/www/index.html', content: '<html>' }]);
    const withLink = await layer([
      { name: 'etc/os-release', type: 'symlink', linkname: '/opt/app/os-release' },
    ]);
    const image = await storeImage([withTarget, unrelated, withLink]);
    const fetched: string[] = [];
    const counting = Object.create(image.store, {
      fetchBlob: {
        value: (d: { digest: string }) => {
          fetched.push(d.digest);
          return image.store.fetchBlob(d as never);
        },
      },
    });
    const result = await readImageFiles(counting, image.manifest, { wants: (p) => p === 'etc/os-release' });
    expect(text(result, 'etc/os-release')).toBe('ID=app\n');
    const layers = image.layers.map((l) => l.digest);
    expect(fetched.filter((d) => layers.includes(d as never))).toEqual([...layers, layers[0]]);
  });

  it('a link the caller does not follow costs no second read', async () => {
    const l = await layer([
      { name: 'usr/bin/py3versions', type: 'symlink', linkname: '../share/python3/py3versions.py' },
      { name: 'usr/share/python3/py3versions.py', content: '#!/usr/bin/python3' },
    ]);
    const image = await storeImage([l]);
    const result = await readImageFiles(image.store, image.manifest, {
      wants: (p) => p.startsWith('usr/bin/'),
      followLinks: () => false,
    });
    expect(result.files).toEqual([]);
    expect(result.passes).toBe(1);
  });

  it('a target hidden by a later file replacing its directory is gone, even on the second read', async () => {
    const base = await layer([{ name: 'opt/app/os-release', content: 'ID=app\n' }]);
    const replace = await layer([{ name: 'opt/app', content: 'a file now' }]);
    const link = await layer([{ name: 'etc/os-release', type: 'symlink', linkname: '/opt/app/os-release' }]);
    const { result } = await view([base, replace, link], (p) => p === 'etc/os-release');
    expect(result.files).toEqual([]);
    expect(result.passes).toBe(2);
  });

  it('a hard link has its target’s content, whether the target was wanted or not', async () => {
    const l = await layer([
      { name: 'usr/share/a/METADATA', content: 'Name: a\n' },
      { name: 'usr/share/b/METADATA', type: 'link', linkname: 'usr/share/a/METADATA' },
      { name: 'opt/real.txt', content: 'real' },
      { name: 'opt/wanted.txt', type: 'link', linkname: './opt/real.txt' },
    ]);
    const { result } = await view([l], (p) => p.endsWith('METADATA') || p === 'opt/wanted.txt');
    expect(text(result, 'usr/share/b/METADATA')).toBe('Name: a\n');
    expect(text(result, 'opt/wanted.txt')).toBe('real');
    expect(result.files.map((f) => f.path)).not.toContain('opt/real.txt');
  });

  it('a symlink replaced by a file in a later layer is that file', async () => {
    const base = await layer([
      { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
      { name: 'usr/lib/os-release', content: 'ID=old\n' },
    ]);
    const top = await layer([{ name: 'etc/os-release', content: 'ID=new\n' }]);
    const { result } = await view([base, top], (p) => p === 'etc/os-release');
    expect(text(result, 'etc/os-release')).toBe('ID=new\n');
    expect(result.passes).toBe(1);
  });
});

describe('consuming files as they stream', () => {
  it('keeps only the paths of consumed files, and only those still in the final view', async () => {
    const base = await layer([
      { name: 'usr/bin/app', content: 'ELF app v1' },
      { name: 'usr/bin/gone', content: 'ELF gone' },
      { name: 'etc/os-release', content: 'ID=x\n' },
    ]);
    const top = await layer([
      { name: 'usr/bin/.wh.gone', content: '' },
      { name: 'usr/bin/app', content: 'ELF app v2' },
      { name: 'usr/local/bin/app', type: 'symlink', linkname: '/usr/bin/app' },
    ]);
    const seen: string[] = [];
    const image = await storeImage([base, top]);
    const result = await readImageFiles(image.store, image.manifest, {
      wants: () => true,
      consume: (f) => {
        if (!f.path.includes('bin/')) return false;
        seen.push(`${f.path}=${f.bytes.toString()}`);
        return true;
      },
    });
    // Every wanted file is offered once; layers are read side by side, so in no particular order across layers.
    expect(seen.sort()).toEqual([
      'usr/bin/app=ELF app v1',
      'usr/bin/app=ELF app v2',
      'usr/bin/gone=ELF gone',
    ]);
    expect(result.files.map((f) => f.path)).toEqual(['etc/os-release']);
    const top2 = image.layers[1]!.digest;
    expect(result.consumed).toEqual([
      { path: 'usr/bin/app', layer: top2, from: { path: 'usr/bin/app', layer: top2 } },
      { path: 'usr/local/bin/app', layer: top2, from: { path: 'usr/bin/app', layer: top2 } },
    ]);
  });
});

describe('compression', () => {
  for (const how of ['gzip', 'zstd', 'none'] as const) {
    it(`reads ${how} layers and says which compression it found`, async () => {
      const l = await layer([{ name: 'etc/hostname', content: how }], how);
      const { result } = await view([l]);
      expect(text(result, 'etc/hostname')).toBe(how);
      expect(result.layers[0]).toMatchObject({ compression: how, entries: 1 });
      expect(result.layers[0]?.diffId).toBe(l.diffId);
    });
  }

  it('trusts the content over the media type (an uncompressed tar labelled gzip, as docker save writes)', async () => {
    const plain = await layer([{ name: 'etc/hostname', content: 'x' }], 'none');
    const { result } = await view([
      { ...plain, mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip' },
    ]);
    expect(text(result, 'etc/hostname')).toBe('x');
    expect(result.layers[0]?.compression).toBe('none');
  });
});

describe('sparse files', () => {
  for (const format of ['posix', 'gnu'] as const) {
    it(`a huge sparse entry (${format} format) is skipped with a warning, without inflating its holes`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'lading-sparse-'));
      await run('truncate', ['-s', '4G', join(dir, 'disk.img')]);
      await writeFile(join(dir, 'small'), 'hi');
      await run('tar', [
        '--sparse',
        `--format=${format}`,
        '-C',
        dir,
        '-cf',
        join(dir, 'layer.tar'),
        'disk.img',
        'small',
      ]);
      const plain = await readFile(join(dir, 'layer.tar'));
      const { image, result } = await view([
        { blob: gzipSync(plain), mediaType: LAYER_TYPE.gzip, diffId: digestOf(plain) },
      ]);
      expect(text(result, 'small')).toBe('hi');
      expect(result.files.map((f) => f.path)).toEqual(['small']);
      expect(result.layers[0]?.bytes).toBeLessThan(1024 * 1024);
      const expected =
        format === 'posix'
          ? `layer ${image.layers[0]?.digest}: disk.img is a sparse file; its content is not read`
          : `layer ${image.layers[0]?.digest}: disk.img is a special entry, not a regular file; skipped`;
      expect(result.warnings.map((w) => w.message)).toEqual([expected]);
    });
  }
});

describe('bad layers', () => {
  async function failure(layers: RawLayer[], limits = {}, wants: FileWants = wantAll) {
    const image = await storeImage(layers);
    const err = await readImageFiles(image.store, image.manifest, { wants, limits }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    return { message: (err as Error).message, image };
  }

  it('corrupt gzip: names the layer', async () => {
    const good = await layer([{ name: 'etc/hostname', content: 'x'.repeat(5000) }]);
    const blob = Buffer.from(good.blob);
    blob.fill(0x55, 20, 60);
    const { message, image } = await failure([{ ...good, blob }]);
    expect(message).toContain(`layer ${image.layers[0]?.digest}: corrupt gzip stream`);
  });

  it('a corrupt upper layer read beside a large lower one: names the upper layer, and the lower walk stops', async () => {
    const big = await layer(
      Array.from({ length: 4000 }, (_, i) => ({ name: `data/f${i}`, content: `${i}`.repeat(300) })),
    );
    const good = await layer([{ name: 'etc/hostname', content: 'x'.repeat(5000) }]);
    const blob = Buffer.from(good.blob);
    blob.fill(0x55, 20, 60);
    const { message, image } = await failure([big, { ...good, blob }]);
    expect(message).toContain(`layer ${image.layers[1]?.digest}: corrupt gzip stream`);
    expect(message).not.toContain(image.layers[0]?.digest as string);
  });

  it('corrupt zstd: names the layer', async () => {
    const good = await layer([{ name: 'etc/hostname', content: 'y'.repeat(5000) }], 'zstd');
    const blob = Buffer.from(good.blob);
    blob.fill(0xff, 8, blob.length - 4);
    const { message, image } = await failure([{ ...good, blob }]);
    expect(message).toContain(`layer ${image.layers[0]?.digest}: corrupt zstd stream`);
  });

  it('an artifact layer (not a filesystem) is refused, naming its media type', async () => {
    const l = await layer([{ name: 'a', content: 'a' }]);
    const { message, image } = await failure([
      { ...l, mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip' },
    ]);
    expect(message).toContain(
      `layer ${image.layers[0]?.digest} has media type application/vnd.cncf.helm.chart.content.v1.tar+gzip, which is not a filesystem layer`,
    );
  });

  it('truncated gzip: names the layer', async () => {
    const good = await layer([{ name: 'etc/hostname', content: 'x'.repeat(5000) }]);
    const { message, image } = await failure([
      { ...good, blob: good.blob.subarray(0, good.blob.length - 12) },
    ]);
    expect(message).toContain(`layer ${image.layers[0]?.digest}: corrupt gzip stream`);
  });

  it('truncated tar: names the layer', async () => {
    const plain = await layer([{ name: 'etc/big', content: Buffer.alloc(4096, 7) }], 'none');
    const { message, image } = await failure([{ ...plain, blob: plain.blob.subarray(0, 2048) }]);
    expect(message).toBe(
      `layer ${image.layers[0]?.digest}: the tar ends in the middle of an entry (truncated layer)`,
    );
  });

  it('content that is neither gzip, zstd nor tar, labelled gzip', async () => {
    const junk = Buffer.from('this is not a layer at all, just some text that is long enough'.repeat(20));
    const { message } = await failure([
      { blob: junk, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', diffId: 'sha256:0' as never },
    ]);
    expect(message).toMatch(/media type says gzip, but the content is neither gzip, zstd nor a valid tar/);
  });

  it('an entry climbing out of the root (../) is refused, naming entry and layer', async () => {
    const l = await layer([{ name: '../../etc/cron.d/evil', content: 'x' }]);
    const { message, image } = await failure([l]);
    expect(message).toBe(
      `layer ${image.layers[0]?.digest}: entry "../../etc/cron.d/evil" climbs out of the image root`,
    );
  });

  it('absolute and dotted entry names are normalised inside the root', async () => {
    const l = await layer([
      { name: '/etc/a', content: 'a' },
      { name: 'usr/../etc/b', content: 'b' },
      { name: './/etc/./c', content: 'c' },
    ]);
    const { result } = await view([l]);
    expect(result.files.map((f) => f.path)).toEqual(['etc/a', 'etc/b', 'etc/c']);
  });

  it('a hard link pointing out of the root is refused', async () => {
    const l = await layer([{ name: 'etc/shadow', type: 'link', linkname: '../../host/etc/shadow' }]);
    const { message } = await failure([l]);
    expect(message).toMatch(/hard link "etc\/shadow" points out of the image root/);
  });

  it('a decompression bomb stops at the per-layer byte limit, naming layer and limit', async () => {
    // 64 MiB of zeros compresses to ~64 KiB.
    const bomb = await layer([{ name: 'zeros', content: Buffer.alloc(64 * 1024 * 1024) }]);
    const { message, image } = await failure([bomb], { maxLayerBytes: 1024 * 1024 }, () => false);
    expect(message).toMatch(
      new RegExp(`^layer ${image.layers[0]?.digest}: .*1048576 bytes \\(limit maxLayerBytes\\)`),
    );
  });

  it('a stream of zeros after the archive still counts against the byte limit', async () => {
    const plain = await layer([{ name: 'a', content: 'a' }], 'none');
    const padded = Buffer.concat([plain.blob, Buffer.alloc(8 * 1024 * 1024)]);
    const { message } = await failure(
      [{ ...plain, blob: gzipSync(padded), mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
      { maxLayerBytes: 4 * 1024 * 1024 },
    );
    expect(message).toMatch(/more than 4194304 bytes once decompressed \(limit maxLayerBytes\)/);
  });

  it('too many entries stops at the entry limit', async () => {
    const many = await layer(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, content: '' })));
    const { message, image } = await failure([many], { maxEntries: 20 });
    expect(message).toBe(`layer ${image.layers[0]?.digest}: more than 20 entries (limit maxEntries)`);
  });

  it('a wanted file over its byte limit is skipped with a warning naming file, layer and limit', async () => {
    const l = await layer([
      { name: 'usr/bin/huge', content: Buffer.alloc(5000, 0x41) },
      { name: 'usr/bin/small', content: 'ELF' },
    ]);
    const { image, result } = await view([l], () => 1000);
    expect(result.files.map((f) => f.path)).toEqual(['usr/bin/small']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      `layer ${image.layers[0]?.digest}: usr/bin/huge is 5000 bytes, over the 1000-byte limit for one captured file (limit maxFileBytes); skipped`,
    ]);
  });

  it('an index is refused with a hint to choose a platform', async () => {
    const l = await layer([{ name: 'a', content: 'a' }]);
    const image = await storeImage([l]);
    const { MediaType } = await import('../../src/oci/mediatype.js');
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: [{ ...image.manifest, platform: { os: 'linux', architecture: 'amd64' } }],
      }),
    );
    const d = await image.store.pushManifest(index, MediaType.ociIndex, 'multi');
    await expect(readImageFiles(image.store, d, { wants: wantAll })).rejects.toThrow(
      /is an image index, not an image; choose a platform first/,
    );
  });
});
