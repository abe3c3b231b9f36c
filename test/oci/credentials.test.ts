import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, OperationError } from '../../src/errors.js';
import {
  credentialHost,
  dockerCredentials,
  type HelperRunner,
  spawnHelperRunner,
} from '../../src/oci/auth/credentials.js';

// Credential helpers here are real executables: small shell scripts put on the
// PATH the runner uses, speaking the docker-credential-helpers protocol.

let dir: string;
let runner: HelperRunner;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lading-creds-'));
  runner = spawnHelperRunner({ env: { PATH: `${dir}:/usr/bin:/bin` } });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function helper(name: string, script: string): Promise<void> {
  const path = join(dir, `docker-credential-${name}`);
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
}

/** A helper that records its argument and stdin, counts its runs, and prints `json`. */
async function recordingHelper(name: string, json: string): Promise<void> {
  await helper(
    name,
    `echo "$1" > "${dir}/${name}.arg"\ncat > "${dir}/${name}.stdin"\necho x >> "${dir}/${name}.runs"\nprintf '%s' '${json}'`,
  );
}

async function config(content: unknown): Promise<string> {
  const path = join(dir, 'config.json');
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('dockerCredentials', () => {
  it('prefers explicit credentials over config.json, matching Docker Hub aliases', async () => {
    const configPath = await config({
      auths: { 'https://index.docker.io/v1/': { auth: b64('cfg:cfgpass') } },
    });
    const src = dockerCredentials({
      explicit: { 'index.docker.io': { username: 'ci', password: 'from-input' } },
      configPath,
      runHelper: runner,
    });
    expect(await src.forRegistry('docker.io')).toEqual({
      kind: 'basic',
      username: 'ci',
      password: 'from-input',
    });
  });

  it('runs credHelpers[host] with "get" and the host on stdin', async () => {
    await recordingHelper('acme', '{"ServerURL":"ghcr.io","Username":"bob","Secret":"hunter2"}');
    const configPath = await config({
      credHelpers: { 'ghcr.io': 'acme' },
      credsStore: 'never',
      auths: { 'ghcr.io': { auth: b64('no:no') } },
    });
    const src = dockerCredentials({ configPath, runHelper: runner });
    expect(await src.forRegistry('ghcr.io')).toEqual({ kind: 'basic', username: 'bob', password: 'hunter2' });
    expect((await readFile(join(dir, 'acme.arg'), 'utf8')).trim()).toBe('get');
    expect(await readFile(join(dir, 'acme.stdin'), 'utf8')).toBe('ghcr.io');
    // Cached: a second lookup does not run the helper again.
    await src.forRegistry('ghcr.io');
    expect((await readFile(join(dir, 'acme.runs'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it("asks a helper for Docker Hub with Docker Hub's legacy server URL", async () => {
    await recordingHelper('hub', '{"Username":"hubuser","Secret":"hubpass"}');
    const configPath = await config({ credHelpers: { 'https://index.docker.io/v1/': 'hub' } });
    const src = dockerCredentials({ configPath, runHelper: runner });
    expect(await src.forRegistry('docker.io')).toEqual({
      kind: 'basic',
      username: 'hubuser',
      password: 'hubpass',
    });
    expect(await readFile(join(dir, 'hub.stdin'), 'utf8')).toBe('https://index.docker.io/v1/');
  });

  it('falls back to credsStore when no credHelpers entry matches', async () => {
    await recordingHelper('store', '{"Username":"<token>","Secret":"refresh-me"}');
    const configPath = await config({ credHelpers: { 'other.example': 'acme' }, credsStore: 'store' });
    const src = dockerCredentials({ configPath, runHelper: runner });
    expect(await src.forRegistry('registry.example:5000')).toEqual({
      kind: 'identity-token',
      token: 'refresh-me',
    });
    expect(await readFile(join(dir, 'store.stdin'), 'utf8')).toBe('registry.example:5000');
  });

  it('treats "credentials not found" as anonymous', async () => {
    await helper('empty', 'cat >/dev/null; echo "credentials not found in native keychain"; exit 1');
    const configPath = await config({ credsStore: 'empty' });
    const src = dockerCredentials({ configPath, runHelper: runner });
    expect(await src.forRegistry('ghcr.io')).toEqual({ kind: 'anonymous' });
  });

  it('names a helper that is not installed', async () => {
    const configPath = await config({ credHelpers: { 'ghcr.io': 'nothere' } });
    const src = dockerCredentials({ configPath, runHelper: runner });
    const err = await src.forRegistry('ghcr.io').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toBe(
      `docker-credential-nothere (from ${configPath}: credHelpers["ghcr.io"]) is not installed: no such program on PATH, needed for ghcr.io`,
    );
  });

  it('names a helper that fails, with its exit code and first error line', async () => {
    await helper('broken', 'cat >/dev/null; echo "keychain locked" >&2; exit 3');
    const configPath = await config({ credsStore: 'broken' });
    const err = await dockerCredentials({ configPath, runHelper: runner })
      .forRegistry('ghcr.io')
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `docker-credential-broken (from ${configPath}: credsStore) failed for ghcr.io with exit code 3: keychain locked`,
    );
  });

  it('does not quote helper output that is not JSON (it may hold the secret)', async () => {
    await helper('leaky', `cat >/dev/null; echo 'Username=bob Secret=topsecret'`);
    const configPath = await config({ credsStore: 'leaky' });
    const err = await dockerCredentials({ configPath, runHelper: runner })
      .forRegistry('ghcr.io')
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /docker-credential-leaky .* printed output for ghcr\.io that is not JSON$/,
    );
    expect((err as Error).message).not.toContain('topsecret');
  });

  it('reads auths: base64 auth, username/password, identitytoken, under the key spellings Docker writes', async () => {
    const configPath = await config({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:hub:pass') },
        'https://ghcr.io': { username: 'gh', password: 'ghpass' },
        'quay.io/v1/': { auth: b64('q:qpass') },
        'acr.example.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh' },
        'http://10.0.0.5:5000': { registrytoken: 'bearer-x' },
      },
    });
    const src = dockerCredentials({ configPath, runHelper: runner });
    expect(await src.forRegistry('docker.io')).toEqual({
      kind: 'basic',
      username: 'hub',
      password: 'hub:pass',
    });
    expect(await src.forRegistry('ghcr.io')).toEqual({ kind: 'basic', username: 'gh', password: 'ghpass' });
    expect(await src.forRegistry('quay.io')).toEqual({ kind: 'basic', username: 'q', password: 'qpass' });
    expect(await src.forRegistry('acr.example.io')).toEqual({
      kind: 'identity-token',
      token: 'refresh',
      username: '00000000-0000-0000-0000-000000000000',
    });
    expect(await src.forRegistry('10.0.0.5:5000')).toEqual({ kind: 'registry-token', token: 'bearer-x' });
    expect(await src.forRegistry('unknown.example')).toEqual({ kind: 'anonymous' });
  });

  it('is anonymous when config.json does not exist or nothing is configured', async () => {
    expect(await dockerCredentials({ configPath: join(dir, 'missing.json') }).forRegistry('ghcr.io')).toEqual(
      {
        kind: 'anonymous',
      },
    );
    expect(await dockerCredentials().forRegistry('ghcr.io')).toEqual({ kind: 'anonymous' });
  });

  it('rejects an auth field that is not base64 user:password, naming file and key, not the value', async () => {
    const configPath = await config({ auths: { 'ghcr.io': { auth: b64('nocolonsecret') } } });
    const err = await dockerCredentials({ configPath })
      .forRegistry('ghcr.io')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(
      `${configPath}: auths["ghcr.io"].auth is not base64 of "username:password"`,
    );
    expect((err as Error).message).not.toContain('nocolonsecret');
  });

  it('rejects a config that is not JSON, or fields of the wrong type, naming the file and field', async () => {
    const bad = await config('{ "auths": ');
    const err = await dockerCredentials({ configPath: bad })
      .forRegistry('ghcr.io')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(new RegExp(`^${bad}: Docker config is not valid JSON: `));

    const wrong = await config({ credHelpers: { 'ghcr.io': 7 } });
    const err2 = await dockerCredentials({ configPath: wrong })
      .forRegistry('ghcr.io')
      .catch((e: unknown) => e);
    expect((err2 as Error).message).toBe(`${wrong}: credHelpers["ghcr.io"] must be a helper name`);
  });
});

describe('credentialHost', () => {
  it('normalises config keys as the Docker CLI does', () => {
    expect(credentialHost('https://index.docker.io/v1/')).toBe('docker.io');
    expect(credentialHost('registry-1.docker.io')).toBe('docker.io');
    expect(credentialHost('http://10.0.0.5:5000/v2/')).toBe('10.0.0.5:5000');
    expect(credentialHost('ghcr.io')).toBe('ghcr.io');
  });
});
