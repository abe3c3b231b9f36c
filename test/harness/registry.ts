import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import bcrypt from 'bcryptjs';
import { stringify } from 'yaml';
import { needPeer, type PeerName } from './peers.js';
import { type RegistryAction, startTokenServer, type TestUser, type TokenServer } from './token-server.js';

// Real registries for integration tests: CNCF distribution 2.8 (Debian's
// docker-registry) in three auth modes, and the referrers-registry built from
// test/peers/referrers-registry for the OCI 1.1 referrers API. Each one listens on a
// kernel-chosen 127.0.0.1 port (parallel vitest workers never collide) with its own
// temporary storage, removed by stop().
//
// Usage:
//   const haveRegistry = needPeer('docker-registry') !== undefined;  // skips, or throws in CI
//   describe.skipIf(!haveRegistry)('...', () => {
//     let reg: TestRegistry;
//     beforeAll(async () => { reg = await startRegistry({ auth: 'basic' }); });
//     afterAll(() => reg?.stop());
//   });

export type { RegistryAction, TestUser, TokenServer } from './token-server.js';

export type RegistryAuth = 'none' | 'basic' | 'token';

export interface Credentials {
  username: string;
  password: string;
}

export interface StartRegistryOptions {
  auth?: RegistryAuth;
  /**
   * Users for basic and token auth. Default: `alice` (push, pull, delete on everything)
   * and `reader` (pull only), each with a random password. Basic auth cannot limit
   * actions (distribution's htpasswd mode lets every valid user do everything).
   */
  users?: Record<string, TestUser>;
  /** Token lifetime in seconds for token auth (default 300). */
  tokenExpiresIn?: number;
  /** Actions an anonymous token request gets in token mode (default none). */
  anonymous?: RegistryAction[];
  /** Edits distribution's config (parsed config.yml) before it is written, e.g. `http.relativeurls`. */
  configure?: (config: Record<string, unknown>) => void;
}

export interface TestRegistry {
  kind: 'distribution' | 'referrers';
  auth: RegistryAuth;
  /** `127.0.0.1:PORT`, as used in image references. */
  host: string;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** The first user (full access with the defaults), for basic and token auth. */
  credentials?: Credentials;
  /** Every user, for basic and token auth. */
  users?: Record<string, TestUser>;
  /** The token service the registry trusts, in token mode. */
  tokenServer?: TokenServer;
  /** Temporary directory with config, storage and log; removed by stop(). */
  dir: string;
  /** The last lines of the registry's own log. */
  logTail(lines?: number): string;
  /** Stops the process (TERM, then KILL) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;

function defaultUsers(): Record<string, TestUser> {
  return {
    alice: { password: randomBytes(12).toString('hex'), actions: ['pull', 'push', 'delete'] },
    reader: { password: randomBytes(12).toString('hex'), actions: ['pull'] },
  };
}

function peerOrThrow(name: PeerName): string {
  const bin = needPeer(name);
  if (!bin) {
    throw new Error(
      `peer '${name}' is missing: guard the test with needPeer('${name}') or run \`npm run peers\``,
    );
  }
  return bin;
}

function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

interface Launched {
  child: ChildProcess;
  exited: Promise<void>;
  hasExited: () => boolean;
}

/** Starts a child with stdout+stderr appended to logPath; kills it if the test process exits first. */
function launch(bin: string, args: string[], logPath: string): Launched {
  const fd = openSync(logPath, 'a');
  const child = spawn(bin, args, { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let done = false;
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      done = true;
      process.removeListener('exit', killOnExit);
      resolve();
    });
    child.once('error', () => {
      done = true;
      process.removeListener('exit', killOnExit);
      resolve();
    });
  });
  return { child, exited, hasExited: () => done };
}

async function terminate(l: Launched): Promise<void> {
  if (l.hasExited()) return;
  l.child.kill('SIGTERM');
  const timer = sleep(5_000).then(() => 'timeout' as const);
  if ((await Promise.race([l.exited.then(() => 'exited' as const), timer])) === 'timeout') {
    l.child.kill('SIGKILL');
    await l.exited;
  }
}

/** Waits until `pattern` shows up in the log (its first group returned) or the process dies. */
async function waitForLog(l: Launched, logPath: string, pattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const m = pattern.exec(tail(logPath, 200));
    if (m?.[1]) return m[1];
    if (l.hasExited()) break;
    await sleep(25);
  }
  const why = l.hasExited() ? `exited with ${l.child.exitCode ?? l.child.signalCode}` : 'timed out';
  throw new Error(`${what} did not start (${why}); log ${logPath}:\n${tail(logPath, 20)}`);
}

/** Polls GET /v2/ until it answers 200 or 401: the registry is serving, not just bound. */
async function waitForV2(l: Launched, url: string, logPath: string, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline && !l.hasExited()) {
    try {
      const res = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(25);
  }
  throw new Error(
    `${what} at ${url} never answered GET /v2/ (${last}); log ${logPath}:\n${tail(logPath, 20)}`,
  );
}

function handle(
  kind: TestRegistry['kind'],
  auth: RegistryAuth,
  host: string,
  dir: string,
  logPath: string,
  proc: Launched,
  extra: Partial<TestRegistry> = {},
): TestRegistry {
  let stopping: Promise<void> | undefined;
  return {
    kind,
    auth,
    host,
    url: `http://${host}`,
    dir,
    ...extra,
    logTail: (lines = 20) => tail(logPath, lines),
    stop() {
      stopping ??= (async () => {
        await terminate(proc);
        await extra.tokenServer?.stop();
        await rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

/** Starts distribution 2.8 with deletion on and a random http.secret, in the given auth mode. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const bin = peerOrThrow('docker-registry');
  const auth = options.auth ?? 'none';
  const dir = await mkdtemp(join(tmpdir(), `lading-registry-${auth}-`));
  const logPath = join(dir, 'registry.log');
  let tokenServer: TokenServer | undefined;
  try {
    const users = auth === 'none' ? undefined : (options.users ?? defaultUsers());
    const config: Record<string, unknown> = {
      version: 0.1,
      log: { level: 'info', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: join(dir, 'data') },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      // Port 0: the kernel picks a free port and distribution logs the one it got.
      http: {
        addr: '127.0.0.1:0',
        secret: randomBytes(16).toString('hex'),
        headers: { 'X-Content-Type-Options': ['nosniff'] },
      },
    };
    if (auth === 'basic' && users) {
      const lines = Object.entries(users).map(([name, u]) => `${name}:${bcrypt.hashSync(u.password, 5)}`);
      const htpasswd = join(dir, 'htpasswd');
      await writeFile(htpasswd, `${lines.join('\n')}\n`, { mode: 0o600 });
      config.auth = { htpasswd: { realm: 'lading-test-registry', path: htpasswd } };
    } else if (auth === 'token' && users) {
      tokenServer = await startTokenServer({
        dir,
        users,
        expiresIn: options.tokenExpiresIn,
        anonymous: options.anonymous,
      });
      config.auth = {
        token: {
          realm: tokenServer.realm,
          service: tokenServer.service,
          issuer: tokenServer.issuer,
          rootcertbundle: tokenServer.certificatePath,
        },
      };
    }
    options.configure?.(config);
    const configPath = join(dir, 'config.yml');
    await writeFile(configPath, stringify(config), { mode: 0o600 });

    const proc = launch(bin, ['serve', configPath], logPath);
    try {
      const host = await waitForLog(
        proc,
        logPath,
        /msg="listening on (127\.0\.0\.1:\d+)"/,
        'docker-registry',
      );
      await waitForV2(proc, `http://${host}`, logPath, 'docker-registry');
      const first = users ? Object.entries(users)[0] : undefined;
      return handle('distribution', auth, host, dir, logPath, proc, {
        ...(first ? { credentials: { username: first[0], password: first[1].password } } : {}),
        ...(users ? { users } : {}),
        ...(tokenServer ? { tokenServer } : {}),
      });
    } catch (e) {
      await terminate(proc);
      throw e;
    }
  } catch (e) {
    await tokenServer?.stop();
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Starts go-containerregistry's in-memory registry with the OCI 1.1 referrers API on
 * (no auth). Its storage lives in memory; the temp dir only holds the log.
 */
export async function startReferrersRegistry(): Promise<TestRegistry> {
  const bin = peerOrThrow('referrers-registry');
  const dir = await mkdtemp(join(tmpdir(), 'lading-referrers-registry-'));
  const logPath = join(dir, 'registry.log');
  try {
    const proc = launch(bin, ['-address', '127.0.0.1:0'], logPath);
    try {
      const host = await waitForLog(
        proc,
        logPath,
        /^listening on (127\.0\.0\.1:\d+)$/m,
        'referrers-registry',
      );
      await waitForV2(proc, `http://${host}`, logPath, 'referrers-registry');
      return handle('referrers', 'none', host, dir, logPath, proc);
    } catch (e) {
      await terminate(proc);
      throw e;
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
