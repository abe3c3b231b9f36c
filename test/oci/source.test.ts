import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  archiveKind,
  detectSource,
  type PathKind,
  parseSource,
  type SourceProbe,
} from '../../src/oci/source.js';

const D = `sha256:${'ab'.repeat(32)}`;

function probe(entries: Record<string, PathKind> = {}): SourceProbe {
  return { kindOf: async (p) => entries[p] };
}

async function parseError(source: string, p = probe()): Promise<Error> {
  const err = await parseSource(source, p).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return err as Error;
}

describe('parseSource with explicit schemes', () => {
  it('reads registry:REF with Docker Hub defaults', async () => {
    expect(await parseSource('registry:alpine', probe())).toEqual({
      kind: 'registry',
      reference: { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' },
    });
  });

  it('reads oci-dir with a tag, a digest, or neither', async () => {
    expect(await parseSource('oci-dir:./out', probe())).toEqual({ kind: 'oci-dir', path: './out' });
    expect(await parseSource('oci-dir:./out:v1.0', probe())).toEqual({
      kind: 'oci-dir',
      path: './out',
      tag: 'v1.0',
    });
    expect(await parseSource(`oci-dir:/tmp/x@${D}`, probe())).toEqual({
      kind: 'oci-dir',
      path: '/tmp/x',
      digest: D,
    });
    // A colon inside the path, before a "/", is part of the path.
    expect(await parseSource('oci-dir:./a:b/layout', probe())).toEqual({
      kind: 'oci-dir',
      path: './a:b/layout',
    });
    // A path that exists as written is not split at its colon.
    expect(await parseSource('oci-dir:./odd:name', probe({ './odd:name': 'oci-dir' }))).toEqual({
      kind: 'oci-dir',
      path: './odd:name',
    });
  });

  it('reads oci-archive, docker-archive with a reference, and dir', async () => {
    expect(await parseSource('oci-archive:img.tar:latest', probe())).toEqual({
      kind: 'oci-archive',
      path: 'img.tar',
      tag: 'latest',
    });
    expect(await parseSource('docker-archive:img.tar', probe())).toEqual({
      kind: 'docker-archive',
      path: 'img.tar',
    });
    expect(await parseSource('docker-archive:img.tar:alpine:3.20', probe())).toEqual({
      kind: 'docker-archive',
      path: 'img.tar',
      reference: { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' },
    });
    expect(await parseSource('dir:./src', probe())).toEqual({ kind: 'dir', path: './src' });
  });

  it.each([
    ['', 'source is empty'],
    ['oci-dir:', 'source "oci-dir:": the path is empty'],
    ['oci-dir::v1', 'source "oci-dir::v1": the path is empty'],
    [`oci-dir:@${D}`, `source "oci-dir:@${D}": the path is empty`],
    [`oci-dir:./x@${D}@${D}`, 'has more than one "@"'],
    ['oci-dir:./x@sha256:1234', 'source "oci-dir:./x@sha256:1234": "sha256:1234" is not a digest'],
    ['oci-archive:./x:-nope', 'source "oci-archive:./x:-nope": tag "-nope" must match'],
    ['dir:', 'source "dir:": the path is empty'],
    ['docker-archive:', 'source "docker-archive:": the path is empty'],
    ['docker-archive:a.tar:', 'the image reference after the path is empty'],
    [
      'docker-archive:a.tar:Bad/Name',
      'source "docker-archive:a.tar:Bad/Name": image reference "Bad/Name": repository name must be lowercase',
    ],
    ['registry:', 'source "registry:": the image reference is empty'],
    [
      'registry:ghcr.io/A/b',
      'source "registry:ghcr.io/A/b": image reference "ghcr.io/A/b": repository name must be lowercase',
    ],
  ])('rejects %j', async (source, why) => {
    expect((await parseError(source)).message).toContain(why);
  });
});

describe('parseSource with a bare string', () => {
  it('uses what is on disk when the path exists', async () => {
    const p = probe({ layout: 'oci-dir', 'img.tar': 'docker-archive', 'oci.tar': 'oci-archive', src: 'dir' });
    expect(await parseSource('layout', p)).toEqual({ kind: 'oci-dir', path: 'layout' });
    expect(await parseSource('img.tar', p)).toEqual({ kind: 'docker-archive', path: 'img.tar' });
    expect(await parseSource('oci.tar', p)).toEqual({ kind: 'oci-archive', path: 'oci.tar' });
    expect(await parseSource('src', p)).toEqual({ kind: 'dir', path: 'src' });
  });

  it('is a registry reference when nothing exists there', async () => {
    expect(await parseSource('ghcr.io/o/app:v1', probe())).toEqual({
      kind: 'registry',
      reference: { registry: 'ghcr.io', repository: 'o/app', tag: 'v1' },
    });
  });

  it('says a missing path is missing instead of calling it a bad reference', async () => {
    expect((await parseError('./build/layout')).message).toBe(
      'source "./build/layout": no such file or directory',
    );
    expect((await parseError('image.tar')).message).toBe('source "image.tar": no such file or directory');
  });

  it('rejects a file that is no image archive', async () => {
    expect((await parseError('notes.txt', probe({ 'notes.txt': 'file' }))).message).toBe(
      'source "notes.txt": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)',
    );
  });
});

describe('detectSource on the real filesystem', () => {
  let dir: string;

  async function tarOf(entries: Array<[string, Buffer | string]>): Promise<Buffer> {
    const pack = tar.pack();
    for (const [name, content] of entries) pack.entry({ name }, content);
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const c of pack) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lading-source-'));
    await mkdir(join(dir, 'layout'));
    await writeFile(join(dir, 'layout', 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    await mkdir(join(dir, 'plain'));
    await writeFile(join(dir, 'plain', 'main.go'), 'package main');
    await writeFile(
      join(dir, 'oci.tar'),
      await tarOf([
        ['oci-layout', '{"imageLayoutVersion":"1.0.0"}'],
        ['index.json', '{}'],
      ]),
    );
    // docker save puts manifest.json last, after the layers.
    await writeFile(
      join(dir, 'docker.tar'),
      await tarOf([
        ['abc/layer.tar', Buffer.alloc(300_000, 7)],
        ['abc.json', '{}'],
        ['./manifest.json', '[]'],
      ]),
    );
    await writeFile(join(dir, 'docker.tar.gz'), gzipSync(await readFile(join(dir, 'docker.tar'))));
    await writeFile(
      join(dir, 'long.tar'),
      await tarOf([
        [`${'d'.repeat(120)}/file`, 'x'],
        ['oci-layout', '{}'],
      ]),
    );
    await writeFile(join(dir, 'other.tar'), await tarOf([['README', 'hi']]));
    await writeFile(join(dir, 'notes.txt'), 'just text');
    await writeFile(join(dir, 'junk.gz'), gzipSync(Buffer.from('not a tar at all')));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('classifies layout directories, plain directories and archives', async () => {
    expect(await detectSource(join(dir, 'layout'))).toEqual({ kind: 'oci-dir', path: join(dir, 'layout') });
    expect(await detectSource(join(dir, 'plain'))).toEqual({ kind: 'dir', path: join(dir, 'plain') });
    expect(await detectSource(join(dir, 'oci.tar'))).toEqual({
      kind: 'oci-archive',
      path: join(dir, 'oci.tar'),
    });
    expect(await detectSource(join(dir, 'docker.tar'))).toEqual({
      kind: 'docker-archive',
      path: join(dir, 'docker.tar'),
    });
  });

  it('reads gzip archives and long (ustar prefix / PAX) names', async () => {
    expect(await archiveKind(join(dir, 'docker.tar.gz'))).toBe('docker-archive');
    expect(await archiveKind(join(dir, 'long.tar'))).toBe('oci-archive');
    expect(await archiveKind(join(dir, 'other.tar'))).toBe('file');
    expect(await archiveKind(join(dir, 'junk.gz'))).toBe('file');
  });

  it('rejects a text file and names it', async () => {
    const err = await detectSource(join(dir, 'notes.txt')).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `source "${join(dir, 'notes.txt')}": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)`,
    );
  });

  it('falls back to a registry reference when nothing is at the path', async () => {
    expect(await detectSource('127.0.0.1:5000/demo/app:v1')).toEqual({
      kind: 'registry',
      reference: { registry: '127.0.0.1:5000', repository: 'demo/app', tag: 'v1' },
    });
  });
});
