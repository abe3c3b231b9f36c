import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltImage, buildTestImage, type CliRun, lading, peerOk, tempDir } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// `lading tag` with immutable patterns against the real distribution registry,
// which itself lets any tag move: the guard is lading's, on any registry.

const peers = needPeers('docker-registry', 'crane');

/** `lading tag ARGV` in-process, as a user runs it. */
const ladingTag = (argv: string[], cwd: string): Promise<CliRun> => lading(['tag', ...argv], { cwd });

describe.skipIf(!peers)('lading tag with immutable patterns', () => {
  let reg: TestRegistry;
  let work: string;
  let a: BuiltImage;
  let b: BuiltImage;
  const crane = (...args: string[]) => peerOk(peers!.crane, [...args, '--insecure']);
  const digestOf = async (ref: string) => (await crane('digest', ref)).trim();

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('tag');
    // Built under throwaway tags; the tags under test exist only once lading tag makes them.
    a = await buildTestImage(`registry:${reg.host}/tags/app:build-a`, { seed: 'tag-a' });
    b = await buildTestImage(`registry:${reg.host}/tags/app:build-b`, { seed: 'tag-b' });
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const repo = () => `${reg.host}/tags/app`;

  it('creates tags, then leaves a tag that already points at the digest unchanged', async () => {
    const first = await ladingTag(
      [`${repo()}@${a.digest}`, '--tag', 'v1.0.0', '--tag', 'latest', '--immutable', 'v*', '--json'],
      work,
    );
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).tags.map((t: { outcome: string }) => t.outcome)).toEqual([
      'created',
      'created',
    ]);
    expect(await digestOf(`${repo()}:v1.0.0`)).toBe(a.digest);
    expect(await digestOf(`${repo()}:latest`)).toBe(a.digest);

    const again = await ladingTag([`${repo()}@${a.digest}`, '--tag', 'v1.0.0', '--immutable', 'v*'], work);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`unchanged ${repo()}:v1.0.0@${a.digest}\n`);
  });

  it('refuses to move an immutable tag to another digest, naming tag, digest and pattern, and moves no tag at all', async () => {
    const r = await ladingTag(
      [`${repo()}@${b.digest}`, '--tag', 'latest', '--tag', 'v1.0.0', '--tag', 'fresh', '--immutable', 'v*'],
      work,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${repo()}:v1.0.0 points to ${a.digest} and matches immutable pattern "v*"`);
    expect(r.stderr).toContain('No tag was changed');
    // latest is mutable and came first, yet it did not move; fresh was not created.
    expect(await digestOf(`${repo()}:latest`)).toBe(a.digest);
    expect(await digestOf(`${repo()}:v1.0.0`)).toBe(a.digest);
    expect((await crane('ls', repo())).split('\n')).not.toContain('fresh');
  });

  it('moves mutable tags and reports what they pointed at', async () => {
    const r = await ladingTag(
      [`${repo()}@${b.digest}`, '--tag', 'latest', '--tag', 'v2.0.0', '--immutable', 'v*'],
      work,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      `moved     ${repo()}:latest@${b.digest} (was ${a.digest})\ncreated   ${repo()}:v2.0.0@${b.digest}\n`,
    );
    expect(await digestOf(`${repo()}:latest`)).toBe(b.digest);
  });

  it('with "*" every existing tag is frozen', async () => {
    const r = await ladingTag([`${repo()}@${a.digest}`, '--tag', 'latest', '--immutable', '*'], work);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`points to ${b.digest} and matches immutable pattern "*"`);
    expect(await digestOf(`${repo()}:latest`)).toBe(b.digest);
  });

  it('tags in another repository by full reference, carrying the image there (mounted), guard included', async () => {
    const other = `${reg.host}/tags/mirror`;
    const r = await ladingTag(
      [
        `${repo()}@${a.digest}`,
        '--tag',
        `${other}:v1`,
        '--tag',
        `${other}:stable`,
        '--tag',
        'v1.0.0',
        // The same tag by its full reference: decided and reported once.
        '--tag',
        `${repo()}:v1.0.0`,
        '--json',
      ],
      work,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(
      JSON.parse(r.stdout).tags.map(
        (t: { reference: string; outcome: string }) => `${t.reference} ${t.outcome}`,
      ),
    ).toEqual([`${repo()}:v1.0.0 unchanged`, `${other}:v1 created`, `${other}:stable created`]);
    await crane('validate', '--remote', `${other}:stable`);
    expect(await digestOf(`${other}:v1`)).toBe(a.digest);
    const denied = await ladingTag(
      [`${repo()}@${b.digest}`, '--tag', `${other}:v1`, '--immutable', 'v*'],
      work,
    );
    expect(denied.code).toBe(1);
    expect(await digestOf(`${other}:v1`)).toBe(a.digest);
  });

  it('tags an image in an OCI layout', async () => {
    const dir = join(work, 'layout');
    const img = await buildTestImage(`oci-dir:${dir}:build`, { seed: 'tag-layout' });
    const r = await ladingTag([`oci-dir:${dir}@${img.digest}`, '--tag', 'v1', '--immutable', 'v*'], work);
    expect(r.code, r.stderr).toBe(0);
    const other = await buildTestImage(`oci-dir:${dir}:other`, { seed: 'tag-layout-2' });
    const denied = await ladingTag(
      [`oci-dir:${dir}@${other.digest}`, '--tag', 'v1', '--immutable', 'v*'],
      work,
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain(`v1 points to ${img.digest}`);
  });

  it('lading build --no-tag pushes by digest only; lading tag then copies a layout image into the registry under the guard', async () => {
    const src = join(work, 'notag-src');
    await mkdir(src, { recursive: true });
    await writeFile(join(src, 'a.txt'), 'no tag\n');
    const built = await lading(
      ['build', '--dir', `${src}:/`, '--output', `registry:${reg.host}/tags/notag`, '--no-tag'],
      { cwd: work },
    );
    expect(built.code, built.stderr).toBe(0);
    const digest = built.stdout.trim().split('@')[1]!;
    expect(built.stdout.trim()).toBe(`${reg.host}/tags/notag@${digest}`);
    const listed = (await fetch(`${reg.url}/v2/tags/notag/tags/list`).then((r) => r.json())) as {
      tags?: string[] | null;
    };
    expect(listed.tags ?? []).toEqual([]);
    await crane('validate', '--remote', `${reg.host}/tags/notag@${digest}`);

    const dir = join(work, 'to-registry');
    const img = await buildTestImage(`oci-dir:${dir}:local`, { seed: 'tag-to-registry' });
    const r = await ladingTag(
      [`oci-dir:${dir}@${img.digest}`, '--tag', `${reg.host}/tags/from-layout:v1`, '--tag', 'kept-local'],
      work,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await digestOf(`${reg.host}/tags/from-layout:v1`)).toBe(img.digest);
    await crane('validate', '--remote', `${reg.host}/tags/from-layout:v1`);
    const other = await buildTestImage(`oci-dir:${dir}:other`, { seed: 'tag-to-registry-2' });
    const denied = await ladingTag(
      [`oci-dir:${dir}@${other.digest}`, '--tag', `${reg.host}/tags/from-layout:v1`, '--immutable', 'v*'],
      work,
    );
    expect(denied.code).toBe(1);
    expect(await digestOf(`${reg.host}/tags/from-layout:v1`)).toBe(img.digest);
  });

  it('bad inputs: no digest, bad patterns, bad tags, unknown digest, read-only archives', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [[`${repo()}:latest`, '--tag', 'v9'], 2, /name the image by digest/],
      [
        [`${repo()}@${a.digest}`, '--tag', 'v9', '--immutable', 'x/y'],
        2,
        /--immutable "x\/y": expected a glob/,
      ],
      [[`${repo()}@${a.digest}`, '--tag', 'not a tag'], 2, /not a tag|whitespace/],
      [
        [`${repo()}@${a.digest}`, '--tag', `${reg.host}/tags/app@${a.digest}`],
        2,
        /expected a tag or REGISTRY\/REPOSITORY:TAG/,
      ],
      [[`${repo()}@sha256:${'0'.repeat(64)}`, '--tag', 'v9'], 3, /manifest not found/],
      [[`oci-archive:${join(work, 'x.tar')}@${a.digest}`, '--tag', 'v9'], 2, /archives are read-only/],
      [[`${repo()}@${a.digest}`], 2, /required option '--tag/],
    ];
    for (const [args, code, message] of cases) {
      const r = await ladingTag(args, work);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.code, args.join(' ')).toBe(code);
    }
    expect((await crane('ls', repo())).split('\n')).not.toContain('v9');
  });
});
