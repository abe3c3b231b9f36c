import { readFile } from 'node:fs/promises';
import { InputError, OperationError } from '../../errors.js';

// Credentials for a registry host, resolved in the order the Docker CLI uses:
// what the caller passes explicitly (inputs, environment: read by the CLI or the
// action, never here), then config.json's credHelpers[host], credsStore, and
// auths[host]. Resolution is lazy: the HTTP layer asks only when a registry
// challenges it, so anonymous pulls never run a helper.

export type Credential =
  | { kind: 'anonymous' }
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (config.json `identitytoken`, helper username `<token>`). */
  | { kind: 'identity-token'; token: string; username?: string }
  /** A bearer token to send as is (config.json `registrytoken`). */
  | { kind: 'registry-token'; token: string };

export interface CredentialSource {
  /** `registry` as written in references: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  forRegistry(registry: string): Promise<Credential>;
}

export const anonymous: CredentialSource = {
  forRegistry: async () => ({ kind: 'anonymous' }),
};

/** The same credential for every registry (tests, or a CLI given one registry's login). */
export function staticCredentials(credential: Credential): CredentialSource {
  return { forRegistry: async () => credential };
}

export interface HelperResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `program` with `args`, writing `stdin`. Rejects with an error whose
 * `code` is `ENOENT` when the program is not installed.
 */
export type HelperRunner = (program: string, args: readonly string[], stdin: string) => Promise<HelperResult>;

/** Runs helpers as child processes; `env` defaults to the inherited environment. */
export function spawnHelperRunner(options: { env?: NodeJS.ProcessEnv } = {}): HelperRunner {
  return (program, args, stdin) =>
    new Promise((resolve, reject) => {
      // Loaded here: node:child_process costs start-up time and memory, and most runs name no helper.
      const { spawn } = process.getBuiltinModule('node:child_process');
      const child = spawn(program, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', reject);
      // A helper that exits without reading stdin makes the write fail with EPIPE; its exit code says more.
      child.stdin.on('error', () => {});
      child.on('close', (code, signal) =>
        resolve({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.end(stdin);
    });
}

export interface ExplicitLogin {
  username: string;
  password: string;
}

export interface DockerCredentialOptions {
  /**
   * Explicit logins by registry host; they win over config.json. Keys are
   * compared after the same normalisation as config.json keys, so `docker.io`,
   * `index.docker.io` and `https://index.docker.io/v1/` all mean Docker Hub.
   */
  explicit?: Readonly<Record<string, ExplicitLogin | Credential>>;
  /** Full path of config.json (the caller resolves DOCKER_CONFIG/HOME). A missing file means no entries. */
  configPath?: string;
  /** Defaults to `spawnHelperRunner()`. */
  runHelper?: HelperRunner;
}

const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The host a config.json key or a registry name stands for, as the Docker CLI's ConvertToHostname does. */
export function credentialHost(key: string): string {
  let host = key;
  if (host.startsWith('http://')) host = host.slice('http://'.length);
  else if (host.startsWith('https://')) host = host.slice('https://'.length);
  host = host.split('/')[0] ?? host;
  return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}

/** What a credential helper is asked for: Docker Hub's legacy server URL, otherwise the host. */
export function helperServerUrl(registry: string): string {
  return credentialHost(registry) === 'docker.io' ? DOCKER_HUB_SERVER : registry;
}

interface DockerAuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
  registrytoken?: unknown;
}

interface DockerConfig {
  auths?: Record<string, DockerAuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** Docker CLI resolution order, with results cached per host for the life of the source. */
export function dockerCredentials(options: DockerCredentialOptions = {}): CredentialSource {
  const runHelper = options.runHelper ?? spawnHelperRunner();
  const cache = new Map<string, Promise<Credential>>();
  let config: Promise<DockerConfig | undefined> | undefined;
  const explicit = new Map<string, ExplicitLogin | Credential>();
  for (const [key, value] of Object.entries(options.explicit ?? {})) explicit.set(credentialHost(key), value);

  const resolve = async (registry: string): Promise<Credential> => {
    const host = credentialHost(registry);
    const given = explicit.get(host);
    if (given) return 'kind' in given ? given : { kind: 'basic', ...given };
    if (!options.configPath) return { kind: 'anonymous' };
    config ??= readDockerConfig(options.configPath);
    const cfg = await config;
    if (!cfg) return { kind: 'anonymous' };

    const helper = findByHost(cfg.credHelpers, host);
    if (helper)
      return runCredentialHelper(
        helper.value,
        registry,
        runHelper,
        `${options.configPath}: credHelpers["${helper.key}"]`,
      );
    if (cfg.credsStore)
      return runCredentialHelper(cfg.credsStore, registry, runHelper, `${options.configPath}: credsStore`);
    const entry = findByHost(cfg.auths, host);
    if (entry) return fromAuthEntry(entry.value, `${options.configPath}: auths["${entry.key}"]`);
    return { kind: 'anonymous' };
  };

  return {
    forRegistry(registry) {
      const host = credentialHost(registry);
      let hit = cache.get(host);
      if (!hit) {
        hit = resolve(registry);
        cache.set(host, hit);
        // A failed helper run may succeed later (the user logs in); do not cache failures.
        hit.catch(() => cache.delete(host));
      }
      return hit;
    },
  };
}

async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OperationError(`${path}: cannot read Docker config: ${(err as Error).message}`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: Docker config is not valid JSON: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`${path}: Docker config must be a JSON object`);
  }
  const cfg = parsed as Record<string, unknown>;
  const objectField = (name: string) => {
    const v = cfg[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v))
      throw new InputError(`${path}: field "${name}" must be an object`);
    return v as Record<string, unknown>;
  };
  const auths = objectField('auths') as Record<string, DockerAuthEntry> | undefined;
  const credHelpers = objectField('credHelpers');
  for (const [k, v] of Object.entries(credHelpers ?? {})) {
    if (typeof v !== 'string' || !v)
      throw new InputError(`${path}: credHelpers["${k}"] must be a helper name`);
  }
  const credsStore = cfg.credsStore;
  if (credsStore !== undefined && typeof credsStore !== 'string') {
    throw new InputError(`${path}: field "credsStore" must be a helper name`);
  }
  return {
    ...(auths ? { auths } : {}),
    ...(credHelpers ? { credHelpers: credHelpers as Record<string, string> } : {}),
    ...(credsStore ? { credsStore } : {}),
  };
}

/** Exact key first (as the Docker CLI does), then any key that names the same host. */
function findByHost<T>(
  map: Record<string, T> | undefined,
  host: string,
): { key: string; value: T } | undefined {
  if (!map) return undefined;
  const exact = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
  if (Object.hasOwn(map, exact)) return { key: exact, value: map[exact]! };
  for (const [key, value] of Object.entries(map)) {
    if (credentialHost(key) === host) return { key, value };
  }
  return undefined;
}

function fromAuthEntry(entry: DockerAuthEntry, where: string): Credential {
  if (typeof entry !== 'object' || entry === null) throw new InputError(`${where} must be an object`);
  let username = typeof entry.username === 'string' ? entry.username : '';
  let password = typeof entry.password === 'string' ? entry.password : '';
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    // Never echo the decoded value: it holds the password.
    if (colon <= 0) throw new InputError(`${where}.auth is not base64 of "username:password"`);
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
    return { kind: 'identity-token', token: entry.identitytoken, ...(username ? { username } : {}) };
  }
  if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '') {
    return { kind: 'registry-token', token: entry.registrytoken };
  }
  if (username && password) return { kind: 'basic', username, password };
  return { kind: 'anonymous' };
}

/**
 * The docker-credential-helpers protocol: `docker-credential-NAME get`, server
 * URL on stdin, `{"ServerURL","Username","Secret"}` on stdout. A helper that
 * has nothing for the server says "credentials not found" and exits non-zero.
 */
export async function runCredentialHelper(
  name: string,
  registry: string,
  runHelper: HelperRunner,
  where = 'credential helper',
): Promise<Credential> {
  const program = `docker-credential-${name}`;
  const host = credentialHost(registry);
  let result: HelperResult;
  try {
    result = await runHelper(program, ['get'], helperServerUrl(registry));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new OperationError(
        `${program} (from ${where}) is not installed: no such program on PATH, needed for ${host}`,
      );
    }
    throw new OperationError(
      `${program} (from ${where}) could not run for ${host}: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  if (result.exitCode !== 0) {
    const said = `${result.stdout}\n${result.stderr}`;
    if (/credentials not found/i.test(said)) return { kind: 'anonymous' };
    const line = (result.stderr.trim() || result.stdout.trim()).split('\n')[0]?.slice(0, 200) ?? '';
    throw new OperationError(
      `${program} (from ${where}) failed for ${host} with exit code ${result.exitCode}${line ? `: ${line}` : ''}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    // The output may hold a secret, so it is not quoted.
    throw new OperationError(`${program} (from ${where}) printed output for ${host} that is not JSON`);
  }
  const { Username, Secret } = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Secret !== 'string' || typeof Username !== 'string') {
    throw new OperationError(
      `${program} (from ${where}) printed JSON for ${host} without string "Username" and "Secret"`,
    );
  }
  if (Secret === '') return { kind: 'anonymous' };
  if (Username === '<token>') return { kind: 'identity-token', token: Secret };
  return { kind: 'basic', username: Username, password: Secret };
}
