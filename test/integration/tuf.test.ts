import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lading, pushedTestImage, tempDir } from '../fixtures/images.js';
import { runJsAction } from '../harness/action-runner.js';
import { type FileServer, serveDirectory } from '../harness/file-server.js';
import { needPeers, REPO_ROOT } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';

// The trusted root through TUF, as `lading verify` gets Sigstore's public one,
// from repositories made by python-tuf (the reference implementation) and
// served over HTTP on loopback: first use from a root.json, offline runs from
// the cache, a key rotation published through TUF, and a mirror that lies.

const peers = needPeers('docker-registry', 'tuf-repo');
const exec = promisify(execFile);

describe.skipIf(!peers)('trusted root through TUF (python-tuf repositories)', () => {
  const tufRepo = (...args: string[]) => exec(peers!['tuf-repo'], args);
  const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
  const identity = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
  let reg: TestRegistry;
  let work: string;
  let first: OfflineSigstore;
  let second: OfflineSigstore;
  let tokens: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
  const servers: FileServer[] = [];

  /** A keyless signature from `sigstore` on a fresh image. */
  async function signedImage(name: string, sigstore: OfflineSigstore): Promise<string> {
    const ref = await pushedTestImage(reg.host, `tuf/${name}`);
    await writeFile(join(work, `${name}.signing.json`), JSON.stringify(sigstore.signingConfig));
    const signed = await lading(['sign', ref, '--signing-config', `${name}.signing.json`], {
      env: tokens.env,
      cwd: work,
    });
    expect(signed.stderr).not.toContain('lading:');
    return ref;
  }

  /** A python-tuf repository publishing `roots` (merged) as trusted_root.json, served. */
  async function mirror(
    name: string,
    roots: OfflineSigstore[],
  ): Promise<{ dir: string; server: FileServer }> {
    const dir = join(work, name);
    await writeFile(join(work, `${name}.target.json`), JSON.stringify(merged(roots)));
    await tufRepo('init', dir, join(work, `${name}.target.json`));
    const server = await serveDirectory(dir);
    servers.push(server);
    return { dir, server };
  }

  const verify = (ref: string, ...flags: string[]) =>
    lading(
      ['verify', ref, '--certificate-identity', identity, '--certificate-oidc-issuer', claims.iss, ...flags],
      { cwd: work },
    );

  let firstRef = '';
  let secondRef = '';
  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('tuf');
    [first, second] = await Promise.all([startOfflineSigstore(), startOfflineSigstore()]);
    tokens = await startActionsTokenEndpoint({ ...claims, sub: identity });
    firstRef = await signedImage('first', first);
    secondRef = await signedImage('second', second);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await tokens?.stop();
    await Promise.all([first?.stop(), second?.stop()]);
    await reg?.stop();
  });

  it('verifies from a first-use root.json, then offline from the cache once the mirror is gone', async () => {
    const { dir, server } = await mirror('repo-a', [first]);
    const cache = ['--tuf-cache', join(work, 'cache-a')];
    const online = await verify(
      firstRef,
      '--tuf-mirror',
      server.url,
      '--tuf-root',
      join(dir, 'root.json'),
      ...cache,
    );
    expect(online.stderr).toBe('');
    expect(online.stdout).toMatch(/^valid/);
    expect(online.code).toBe(0);
    expect(server.requests).toEqual(
      expect.arrayContaining(['/timestamp.json', '/1.snapshot.json', '/1.targets.json']),
    );
    expect(server.requests.some((p) => /^\/targets\/[0-9a-f]{64}\.trusted_root\.json$/.test(p))).toBe(true);
    // A signature from a Sigstore the published root does not hold is not trusted.
    const other = await verify(secondRef, '--tuf-mirror', server.url, ...cache);
    expect(other.stdout).toMatch(/^invalid/);
    expect(other.code).toBe(1);

    await server.stop();
    const offline = await verify(firstRef, '--tuf-mirror', server.url, '--offline', ...cache);
    expect(offline.stderr).toBe('');
    expect(offline.code).toBe(0);
    const unreachable = await verify(firstRef, '--tuf-mirror', server.url, ...cache);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain(`could not get the trusted root from TUF ${server.url}`);
    expect(unreachable.stderr).toContain('a trusted root file verifies without TUF');
  });

  it('takes a rotation published through TUF, and an offline cache still has the old root', async () => {
    const { dir, server } = await mirror('repo-b', [first]);
    const cache = ['--tuf-cache', join(work, 'cache-b'), '--tuf-mirror', server.url];
    expect((await verify(firstRef, ...cache, '--tuf-root', join(dir, 'root.json'))).code).toBe(0);
    await writeFile(join(work, 'rotated.json'), JSON.stringify(merged([first, second])));
    await tufRepo('update', dir, join(work, 'rotated.json'));
    const stale = await verify(secondRef, ...cache, '--offline');
    expect(stale.code).toBe(1);
    const updated = await verify(secondRef, ...cache);
    expect(updated.stderr).toBe('');
    expect(updated.code).toBe(0);
    expect(server.requests).toContain('/2.targets.json');
    expect((await verify(firstRef, ...cache, '--offline')).code).toBe(0);
  });

  it.each([
    ['a root that also trusts their own Sigstore', 'length'],
    ['the same root with one byte changed', 'hash'],
  ])('refuses a target swapped on the mirror without the targets key: %s', async (what, check) => {
    const { dir, server } = await mirror(`repo-c-${check}`, [first]);
    // Whoever controls the CDN but not the TUF keys rewrites trusted_root.json.
    const target = join(dir, 'targets', (await readdir(join(dir, 'targets')))[0] as string);
    const original = await readFile(target, 'utf8');
    const forged =
      check === 'length'
        ? JSON.stringify(merged([first, second]))
        : original.replace(/"(\w)/, (_, c) => `"${c === 'a' ? 'b' : 'a'}`);
    expect(forged.length === original.length, what).toBe(check === 'hash');
    await writeFile(target, forged);
    const run = await verify(
      secondRef,
      '--tuf-mirror',
      server.url,
      '--tuf-root',
      join(dir, 'root.json'),
      '--tuf-cache',
      join(work, `cache-c-${check}`),
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `trusted_root.json from TUF ${server.url} is not the one its signed metadata names`,
    );
    expect(run.stderr).toMatch(new RegExp(check, 'i'));
  });

  it('refuses an expired timestamp', async () => {
    const { dir, server } = await mirror('repo-d', [first]);
    await tufRepo('expire-timestamp', dir);
    const run = await verify(
      firstRef,
      '--tuf-mirror',
      server.url,
      '--tuf-root',
      join(dir, 'root.json'),
      '--tuf-cache',
      join(work, 'cache-d'),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/could not get the trusted root from TUF .*expired/i);
  });

  it('actions/verify takes the same mirror, with its root.json given inline', async () => {
    const { dir, server } = await mirror('repo-f', [first]);
    const runnerTemp = await tempDir('tuf-action');
    const run = (inputs: Record<string, string>) =>
      runJsAction(join(REPO_ROOT, 'actions', 'verify'), {
        inputs: {
          image: firstRef,
          'certificate-identity': identity,
          'certificate-oidc-issuer': claims.iss,
          ...inputs,
        },
        workspace: work,
        runnerTemp,
        env: { PATH: process.env.PATH, HOME: runnerTemp },
      });
    const ok = await run({
      'tuf-mirror': server.url,
      'tuf-root': await readFile(join(dir, 'root.json'), 'utf8'),
    });
    expect(ok.code).toBe(0);
    expect(ok.summary).toContain(`(${identity})`);
    expect(server.requests).toContain('/timestamp.json');
    const both = await run({ 'tuf-mirror': server.url, 'trusted-root': JSON.stringify(first.trustedRoot) });
    expect(both.code).not.toBe(0);
    expect(both.log).toContain('trusted-root and tuf-mirror/tuf-root exclude each other');
    const notRoot = await run({ 'tuf-mirror': server.url, 'tuf-root': '{"signed":{"_type":"targets"}}' });
    expect(notRoot.code).not.toBe(0);
    expect(notRoot.log).toContain('tuf-root: not TUF root metadata');
  });

  it('names what is wrong with the TUF flags', async () => {
    const { dir, server } = await mirror('repo-e', [first]);
    const cache = ['--tuf-cache', join(work, 'cache-e')];
    const noRoot = await verify(firstRef, '--tuf-mirror', server.url, ...cache);
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain("give the mirror's initial root.json");
    const notRoot = await verify(
      firstRef,
      '--tuf-mirror',
      server.url,
      '--tuf-root',
      join(dir, '1.targets.json'),
    );
    expect(notRoot.code).toBe(2);
    expect(notRoot.stderr).toContain(`--tuf-root ${join(dir, '1.targets.json')}: not TUF root metadata`);
    const missing = await verify(firstRef, '--tuf-mirror', server.url, '--tuf-root', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--tuf-root');
    const notUrl = await verify(
      firstRef,
      '--tuf-mirror',
      'ftp.example',
      '--tuf-root',
      join(dir, 'root.json'),
    );
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toContain("TUF mirror 'ftp.example' is not an http(s) URL");
    await writeFile(join(work, 'root-e.json'), JSON.stringify(first.trustedRoot));
    const both = await verify(firstRef, '--trusted-root', 'root-e.json', '--tuf-mirror', server.url);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--trusted-root and --tuf-mirror/--tuf-root exclude each other');
    expect(server.requests).toEqual([]);
  });
});

/** One trusted root holding every authority and log of `sigstores`. */
function merged(sigstores: OfflineSigstore[]): Record<string, unknown> {
  const roots = sigstores.map((s) => s.trustedRoot as Record<string, unknown[]>);
  const all = (field: string) => roots.flatMap((r) => r[field] ?? []);
  return {
    ...roots[0],
    certificateAuthorities: all('certificateAuthorities'),
    tlogs: all('tlogs'),
    ctlogs: all('ctlogs'),
    timestampAuthorities: all('timestampAuthorities'),
  };
}
