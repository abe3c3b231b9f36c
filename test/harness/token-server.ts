import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The token service of the Docker registry auth spec, for distribution's `auth: token`
// mode: it checks basic credentials against a user table, grants the subset of the
// requested scopes each user may have, and signs an ES256 JWT that the registry trusts
// through `rootcertbundle`. It counts requests so tests can prove a client reuses tokens.

const run = promisify(execFile);

export type RegistryAction = 'pull' | 'push' | 'delete' | '*';

export interface TestUser {
  password: string;
  /** Actions granted on every repository this user may touch; '*' means all of them. */
  actions: RegistryAction[];
  /** Repository name patterns (`*` matches any run of characters); default: every repository. */
  repositories?: string[];
}

export interface AccessEntry {
  type: string;
  name: string;
  actions: string[];
}

export interface TokenRequestRecord {
  method: string;
  /** The authenticated user, or undefined for an anonymous request. */
  user: string | undefined;
  service: string | undefined;
  scopes: string[];
  status: number;
  granted: AccessEntry[];
}

export interface TokenServerOptions {
  /** Directory for the certificate the registry reads (`rootcertbundle`). */
  dir: string;
  users: Record<string, TestUser>;
  service?: string;
  issuer?: string;
  /** Token lifetime in seconds (default 300). */
  expiresIn?: number;
  /** Actions an anonymous caller gets on every repository (default: none). */
  anonymous?: RegistryAction[];
}

export interface TokenServer {
  /** Base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** The realm the registry advertises in its Bearer challenge. */
  realm: string;
  service: string;
  issuer: string;
  /** PEM certificate of the signing key, for distribution's `rootcertbundle`. */
  certificatePath: string;
  /** Every request to the token endpoint, in order. */
  readonly requests: readonly TokenRequestRecord[];
  /** Signs a token for any claims: lets tests present expired, foreign or over-scoped tokens. */
  mint(access: AccessEntry[], overrides?: { expiresIn?: number; subject?: string }): string;
  stop(): Promise<void>;
}

const ALL_ACTIONS = ['pull', 'push', 'delete', '*'];

/** The key id libtrust (and so distribution 2.8) derives from a public key. */
export function libtrustKeyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hash = createHash('sha256').update(der).digest().subarray(0, 30);
  const b32 = base32(hash);
  return b32.match(/.{4}/g)!.join(':');
}

function base32(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function patternMatches(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `repository:team/app:pull,push` -> entry; the name sits between the first and the last colon. */
function parseScope(scope: string): AccessEntry | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter((a) => a !== ''),
  };
}

function grant(
  requested: AccessEntry,
  allowed: RegistryAction[],
  repositories: string[] | undefined,
): AccessEntry {
  const all = allowed.includes('*');
  const type = requested.type.replace(/\(.*\)$/, '');
  let actions: string[] = [];
  if (type === 'repository' && (repositories ?? ['*']).some((p) => patternMatches(p, requested.name))) {
    actions = requested.actions.filter((a) => all || allowed.includes(a as RegistryAction));
  } else if (type === 'registry' && requested.name === 'catalog' && all) {
    actions = requested.actions.filter((a) => a === '*');
  }
  return { ...requested, actions: actions.filter((a) => ALL_ACTIONS.includes(a)) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function selfSignedCertificate(dir: string, privateKey: KeyObject): Promise<string> {
  const keyPath = join(dir, 'token-signing.key');
  const certPath = join(dir, 'token-signing.crt');
  await writeFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-new',
      '-key',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=lading-test-token-issuer',
    ]);
  } catch (e) {
    throw new Error(
      `token server: openssl could not make the certificate for ${certPath}: ${(e as Error).message.split('\n')[0]}`,
    );
  } finally {
    // The registry only needs the certificate; the private key stays in memory.
    await rm(keyPath, { force: true });
  }
  return certPath;
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const service = options.service ?? 'lading-test-registry';
  const issuer = options.issuer ?? 'lading-test-token-issuer';
  const expiresIn = options.expiresIn ?? 300;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = libtrustKeyId(publicKey);
  const certificatePath = await selfSignedCertificate(options.dir, privateKey);
  const requests: TokenRequestRecord[] = [];

  const mint = (access: AccessEntry[], overrides: { expiresIn?: number; subject?: string } = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', typ: 'JWT', kid };
    const claims = {
      iss: issuer,
      sub: overrides.subject ?? '',
      aud: service,
      exp: now + (overrides.expiresIn ?? expiresIn),
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${b64url(signature)}`;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: TokenRequestRecord = {
      method: req.method ?? 'GET',
      user: undefined,
      service: undefined,
      scopes: [],
      status: 0,
      granted: [],
    };
    requests.push(record);
    const finish = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      sendJson(res, status, body, headers);
    };
    if (url.pathname !== '/token')
      return finish(404, { errors: [{ code: 'NOT_FOUND', message: url.pathname }] });

    let params: URLSearchParams;
    let username: string | undefined;
    let password: string | undefined;
    if (req.method === 'GET') {
      params = url.searchParams;
      const header = req.headers.authorization ?? '';
      if (header.toLowerCase().startsWith('basic ')) {
        const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        username = colon < 0 ? decoded : decoded.slice(0, colon);
        password = colon < 0 ? '' : decoded.slice(colon + 1);
      }
    } else if (req.method === 'POST') {
      // The OAuth2 password grant some clients use instead of GET + basic auth.
      params = new URLSearchParams(await readBody(req));
      if (params.get('grant_type') !== 'password') {
        return finish(400, {
          error: 'unsupported_grant_type',
          error_description: 'only grant_type=password',
        });
      }
      username = params.get('username') ?? undefined;
      password = params.get('password') ?? undefined;
    } else {
      return finish(405, { errors: [{ code: 'UNSUPPORTED', message: `method ${req.method}` }] });
    }

    record.service = params.get('service') ?? undefined;
    record.scopes = params.getAll('scope').flatMap((s) => s.split(' ').filter((x) => x !== ''));
    if (record.service !== undefined && record.service !== service) {
      return finish(400, {
        errors: [{ code: 'INVALID_SERVICE', message: `unknown service ${record.service}` }],
      });
    }

    let allowed: RegistryAction[] = options.anonymous ?? [];
    let repositories: string[] | undefined;
    if (username !== undefined) {
      const user = options.users[username];
      if (!user || user.password !== password) {
        return finish(
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] },
          { 'www-authenticate': 'Basic realm="lading-test-token"' },
        );
      }
      record.user = username;
      allowed = user.actions;
      repositories = user.repositories;
    }

    const requested = record.scopes.map(parseScope).filter((s): s is AccessEntry => s !== undefined);
    record.granted = requested
      .map((r) => grant(r, allowed, repositories))
      .filter((g) => g.actions.length > 0);
    const token = mint(record.granted, { subject: username ?? '' });
    finish(200, {
      token,
      access_token: token,
      expires_in: expiresIn,
      issued_at: new Date().toISOString(),
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ code: 'UNKNOWN', message: String(e) }] });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    realm: `${url}/token`,
    service,
    issuer,
    certificatePath,
    requests,
    mint,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
