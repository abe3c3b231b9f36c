import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestImage, lading, tempDir } from '../fixtures/images.js';
import { type FaultProxy, startFaultProxy } from '../harness/fault-proxy.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// Authentication against the real distribution registry: htpasswd basic auth
// with credentials from flags, from a Docker config.json `auths` entry and from a
// real credential helper; and the bearer-token flow with a token server, where
// tokens are reused per scope and a pull-only user cannot push.

const haveRegistry = needPeer('docker-registry') !== undefined;

/** The error line: exactly one `lading:` line on stderr (progress lines may precede it), and it is the last. */
function expectOneLine(text: string): string {
  const lines = text.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('lading:'));
  expect(errors).toHaveLength(1);
  expect(lines.at(-1)).toBe(errors[0]);
  return errors[0]!;
}

describe.skipIf(!haveRegistry)('basic auth (htpasswd)', () => {
  let reg: TestRegistry;
  let work: string;
  let layout: string;
  let digest: string;
  let alice: { username: string; password: string };

  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
    alice = reg.credentials!;
    work = await tempDir('auth-basic');
    layout = join(work, 'layout');
    digest = (await buildTestImage(`oci-dir:${layout}:v1`, { seed: 'auth-basic' })).digest;
  });
  afterAll(async () => {
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('copies with explicit credentials, and never prints the password', async () => {
    const r = await lading(
      [
        'copy',
        '--username',
        alice.username,
        '--password-stdin',
        `oci-dir:${layout}:v1`,
        `registry:${reg.host}/basic/app:v1`,
      ],
      { stdin: `${alice.password}\n` },
    );
    expect(r.stderr).not.toMatch(/lading:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(digest);
    expect(r.stdout + r.stderr).not.toContain(alice.password);

    const withEnv = await lading(
      ['inspect', '--json', '--username', alice.username, `registry:${reg.host}/basic/app:v1`],
      {
        env: { LADING_REGISTRY_PASSWORD: alice.password },
      },
    );
    expect(withEnv.code).toBe(0);
    expect(JSON.parse(withEnv.stdout).descriptor.digest).toBe(digest);
  });

  it('without credentials the registry refuses: exit 3, one line naming the registry', async () => {
    const r = await lading(['inspect', `registry:${reg.host}/basic/app:v1`]);
    expect(r.code).toBe(3);
    expect(expectOneLine(r.stderr)).toContain(reg.host);
  });

  it('a wrong password fails with exit 3 and one line naming the registry, without the password', async () => {
    const wrong = 'not-the-Password-7f3a9c';
    const r = await lading(
      ['copy', '--username', alice.username, `oci-dir:${layout}:v1`, `registry:${reg.host}/basic/denied:v1`],
      { env: { LADING_REGISTRY_PASSWORD: wrong } },
    );
    expect(r.code).toBe(3);
    const line = expectOneLine(r.stderr);
    expect(line).toContain(reg.host);
    expect(line).toMatch(/401|unauthori[sz]ed|denied|credentials/i);
    expect(r.stdout + r.stderr).not.toContain(wrong);
  });

  it('reads credentials from a Docker config.json auths entry (DOCKER_CONFIG)', async () => {
    const dockerConfig = join(work, 'docker-auths');
    await mkdir(dockerConfig, { recursive: true });
    const auth = Buffer.from(`${alice.username}:${alice.password}`).toString('base64');
    await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [reg.host]: { auth } } }), {
      mode: 0o600,
    });
    const r = await lading(['inspect', '--json', `registry:${reg.host}/basic/app:v1`], {
      env: { DOCKER_CONFIG: dockerConfig },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).descriptor.digest).toBe(digest);
  });

  it('runs a credHelpers entry: a real docker-credential-lt executable on PATH', async () => {
    const bin = join(work, 'helper-bin');
    const asked = join(work, 'helper-asked.txt');
    await mkdir(bin, { recursive: true });
    const helper = join(bin, 'docker-credential-lt');
    // The helper protocol: `get` with the server URL on stdin, JSON credentials on stdout.
    await writeFile(
      helper,
      [
        '#!/bin/sh',
        `[ "$1" = get ] || exit 1`,
        `read -r server`,
        `printf '%s\\n' "$server" >> '${asked}'`,
        `printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}\\n' "$server" '${alice.username}' '${alice.password}'`,
        '',
      ].join('\n'),
    );
    await chmod(helper, 0o755);
    const dockerConfig = join(work, 'docker-helpers');
    await mkdir(dockerConfig, { recursive: true });
    await writeFile(join(dockerConfig, 'config.json'), JSON.stringify({ credHelpers: { [reg.host]: 'lt' } }));

    // Helpers are found on the PATH of the process, as the Docker CLI finds them.
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${oldPath ?? ''}`;
    try {
      const r = await lading(
        ['copy', '--json', `oci-dir:${layout}:v1`, `registry:${reg.host}/basic/helped:v1`],
        {
          env: { DOCKER_CONFIG: dockerConfig },
        },
      );
      expect(r.stderr).not.toMatch(/lading:/);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).root.digest).toBe(digest);
      expect(r.stdout + r.stderr).not.toContain(alice.password);
    } finally {
      process.env.PATH = oldPath;
    }
    const servers = (await readFile(asked, 'utf8')).trim().split('\n');
    expect(new Set(servers)).toEqual(new Set([reg.host]));
  });
});

describe.skipIf(!haveRegistry)('token auth (bearer challenge, token server)', () => {
  let reg: TestRegistry;
  let proxy: FaultProxy;
  let work: string;
  let layout: string;
  let digest: string;
  // The user name goes by flag: commander reads LADING_REGISTRY_USERNAME from the
  // process environment, which in-process runs do not replace.
  const as = (user: 'alice' | 'reader') => ['--username', user];
  const env = (user: 'alice' | 'reader') => ({ LADING_REGISTRY_PASSWORD: reg.users![user]!.password });

  beforeAll(async () => {
    reg = await startRegistry({ auth: 'token', anonymous: ['pull'] });
    // A pass-through proxy counts the registry requests; the token server counts its own.
    proxy = await startFaultProxy(reg);
    work = await tempDir('auth-token');
    layout = join(work, 'layout');
    digest = (await buildTestImage(`oci-dir:${layout}:v1`, { seed: 'auth-token' })).digest;
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('pushes and pulls with one token per scope set, not one per request', async () => {
    const tokens = reg.tokenServer!.requests;
    const before = tokens.length;
    proxy.reset();
    const push = await lading(
      ['copy', ...as('alice'), `oci-dir:${layout}:v1`, `registry:${proxy.host}/tok/app:v1`],
      {
        env: env('alice'),
      },
    );
    expect(push.stderr).not.toMatch(/lading:/);
    expect(push.code).toBe(0);
    const pushTokens = tokens.slice(before);
    const registryRequests = proxy.requests.length;
    expect(registryRequests).toBeGreaterThanOrEqual(6);
    expect(pushTokens.length).toBeGreaterThan(0);
    expect(pushTokens.every((t) => t.user === 'alice' && t.status === 200)).toBe(true);
    // Each scope set was asked for once; every other request reused its token.
    const scopeSets = pushTokens.map((t) => [...t.scopes].sort().join(' '));
    expect(new Set(scopeSets).size).toBe(scopeSets.length);
    expect(pushTokens.length).toBeLessThan(registryRequests / 2);

    const mid = tokens.length;
    const out = join(work, 'pulled');
    const pull = await lading(
      ['copy', '--json', ...as('alice'), `registry:${proxy.host}/tok/app:v1`, `oci-dir:${out}:v1`],
      {
        env: env('alice'),
      },
    );
    expect(pull.code).toBe(0);
    expect(JSON.parse(pull.stdout).root.digest).toBe(digest);
    const pullScopes = tokens.slice(mid).map((t) => [...t.scopes].sort().join(' '));
    expect(new Set(pullScopes).size).toBe(pullScopes.length);
  });

  it("refuses the pull-only reader's push with a clear one-line auth error", async () => {
    const r = await lading(
      ['copy', ...as('reader'), `oci-dir:${layout}:v1`, `registry:${reg.host}/tok/by-reader:v1`],
      {
        env: env('reader'),
      },
    );
    expect(r.code).toBe(3);
    const line = expectOneLine(r.stderr);
    expect(line).toContain(reg.host);
    expect(line).toContain('tok/by-reader');
    expect(line).toMatch(/denied|unauthori[sz]ed|401|403|insufficient/i);
    expect(r.stderr).not.toContain(reg.users!.reader!.password);
    // The reader may still pull.
    const read = await lading(['inspect', '--json', ...as('reader'), `registry:${reg.host}/tok/app:v1`], {
      env: env('reader'),
    });
    expect(read.code).toBe(0);
  });

  it('pulls anonymously where anonymous pull is allowed, and refuses an anonymous push', async () => {
    const read = await lading(['inspect', '--json', `registry:${reg.host}/tok/app:v1`]);
    expect(read.stderr).toBe('');
    expect(JSON.parse(read.stdout).descriptor.digest).toBe(digest);
    const anonymousTokens = reg.tokenServer!.requests.filter((t) => t.user === undefined);
    expect(anonymousTokens.length).toBeGreaterThan(0);

    const push = await lading(['copy', `oci-dir:${layout}:v1`, `registry:${reg.host}/tok/anonymous:v1`]);
    expect(push.code).toBe(3);
    expect(expectOneLine(push.stderr)).toContain(reg.host);
  });
});
