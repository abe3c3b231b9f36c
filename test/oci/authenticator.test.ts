import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError, RegistryError } from '../../src/errors.js';
import { scopeKey } from '../../src/oci/auth/authenticator.js';
import { type Credential, staticCredentials } from '../../src/oci/auth/credentials.js';
import { createTransport, type HttpTransport } from '../../src/oci/http.js';

// A registry in distribution's token mode, on loopback: /v2/ answers 401 with a
// Bearer challenge unless the request carries a token the token service issued
// for a scope set covering the request; the token service checks Basic
// credentials (or a refresh token) and counts its calls.

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;
const servers: Server[] = [];
const transports: HttpTransport[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(transports.splice(0).map((t) => t.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const USER = 'alice';
const PASSWORD = 's3cret-Pa55';
const REFRESH = 'refresh-token-XYZ';

interface TokenCall {
  method: string;
  authorization?: string;
  service: string | null;
  scopes: string[];
  form?: URLSearchParams;
}

interface Fixture {
  registry: string;
  tokenCalls: TokenCall[];
  registryCalls: Array<{ method: string; path: string; authorization?: string; body: string }>;
  /** token → scope key it grants */
  issued: Map<string, string>;
  options: {
    anonymousPull: boolean;
    expiresIn?: number;
    field: 'token' | 'access_token';
    rejectAll: boolean;
  };
}

let fx: Fixture;

beforeEach(async () => {
  const tokenCalls: TokenCall[] = [];
  const registryCalls: Fixture['registryCalls'] = [];
  const issued = new Map<string, string>();
  const options: Fixture['options'] = { anonymousPull: true, field: 'token', rejectAll: false };
  const tokenHost = await serve((req, res, body) => {
    const url = new URL(req.url!, 'http://x');
    const call: TokenCall = {
      method: req.method!,
      service: url.searchParams.get('service'),
      scopes: url.searchParams.getAll('scope'),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    let allowed: boolean;
    if (req.method === 'POST') {
      const form = new URLSearchParams(body.toString());
      call.form = form;
      call.service = form.get('service');
      call.scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      allowed = form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === REFRESH;
    } else if (req.headers.authorization) {
      allowed =
        req.headers.authorization === `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    } else {
      allowed = options.anonymousPull && call.scopes.every((s) => s.endsWith(':pull'));
    }
    tokenCalls.push(call);
    if (!allowed) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"invalid credentials"}');
      return;
    }
    const token = `tok-${tokenCalls.length}`;
    issued.set(token, scopeKey(call.scopes));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        [options.field]: token,
        ...(options.expiresIn ? { expires_in: options.expiresIn } : {}),
      }),
    );
  });
  const registry = await serve((req, res, body) => {
    registryCalls.push({
      method: req.method!,
      path: req.url!,
      body: body.toString(),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    const needed =
      req.url === '/v2/'
        ? ''
        : `repository:demo/app:${req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push'}`;
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const grants = token ? issued.get(token) : undefined;
    const ok =
      !options.rejectAll &&
      grants !== undefined &&
      (needed === '' || grants.split(' ').some((g) => g === needed || g === 'repository:demo/app:pull,push'));
    if (!ok) {
      res.writeHead(401, {
        'WWW-Authenticate': `Bearer realm="http://${tokenHost}/token",service="test-registry"${
          needed ? `,scope="${needed}"` : ''
        }`,
        'content-type': 'application/json',
      });
      res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    res.writeHead(req.method === 'PUT' ? 201 : 200).end(`content for ${req.url}`);
  });
  fx = { registry, tokenCalls, registryCalls, issued, options };
});

function clock() {
  let t = 5_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function transport(credential: Credential = { kind: 'anonymous' }, now?: () => number): HttpTransport {
  const t = createTransport({
    registry: fx.registry,
    credentials: staticCredentials(credential),
    ...(now ? { now } : {}),
  });
  transports.push(t);
  return t;
}

const PULL = 'repository:demo/app:pull';
const PUSH = 'repository:demo/app:pull,push';
const pull = (path = '/v2/demo/app/manifests/latest', scopes = [PULL]) => ({
  method: 'GET' as const,
  url: path,
  scopes,
  idempotent: true,
});

async function text(t: HttpTransport, req: ReturnType<typeof pull>): Promise<string> {
  const res = await t.request(req);
  expect(res.status).toBe(200);
  return (await res.bytes()).toString();
}

describe('Bearer token flow', () => {
  it('pulls anonymously: no Authorization to the token service, the token to the registry', async () => {
    const t = transport();
    expect(await text(t, pull())).toBe('content for /v2/demo/app/manifests/latest');
    expect(fx.tokenCalls).toEqual([{ method: 'GET', service: 'test-registry', scopes: [PULL] }]);
    expect(fx.registryCalls.map((c) => c.authorization)).toEqual([undefined, 'Bearer tok-1']);
  });

  it('reuses one token per scope set, whatever the order of scopes, and fetches another for a new set', async () => {
    const t = transport({ kind: 'basic', username: USER, password: PASSWORD });
    await text(t, pull());
    await text(t, pull('/v2/demo/app/blobs/sha256:aa'));
    await text(t, pull('/v2/demo/app/tags/list'));
    expect(fx.tokenCalls).toHaveLength(1);

    const both = ['repository:other/base:pull', PUSH];
    await text(t, pull('/v2/demo/app/manifests/v1', both));
    await text(t, pull('/v2/demo/app/manifests/v2', [...both].reverse()));
    expect(fx.tokenCalls).toHaveLength(2);
    // Every scope goes as its own `scope` parameter, plus the one the challenge named.
    expect(fx.tokenCalls[1]!.scopes.sort()).toEqual([PULL, PUSH, 'repository:other/base:pull'].sort());
    // The second scope set was known up front, so no 401 round trip was needed for it.
    expect(fx.registryCalls.filter((c) => !c.authorization)).toHaveLength(1);
  });

  it('shares one token request between concurrent requests for the same scopes', async () => {
    const t = transport();
    await text(t, pull());
    fx.tokenCalls.length = 0;
    fx.issued.clear(); // the registry forgets every token: all requests must re-authenticate
    const all = await Promise.all([1, 2, 3, 4].map((i) => text(t, pull(`/v2/demo/app/blobs/sha256:${i}`))));
    expect(all).toHaveLength(4);
    expect(fx.tokenCalls.length).toBeLessThanOrEqual(2);
  });

  it('sends Basic credentials to the token service only', async () => {
    const t = transport({ kind: 'basic', username: USER, password: PASSWORD });
    await text(t, pull());
    expect(fx.tokenCalls[0]!.authorization).toBe(
      `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`,
    );
    expect(fx.registryCalls.every((c) => !c.authorization?.startsWith('Basic'))).toBe(true);
  });

  it('honours expires_in and re-fetches once the token is about to lapse', async () => {
    fx.options.expiresIn = 300;
    const c = clock();
    const t = transport({ kind: 'anonymous' }, c.now);
    await text(t, pull());
    c.advance(290_000);
    await text(t, pull());
    expect(fx.tokenCalls).toHaveLength(1);
    c.advance(8_000); // 298 s: inside the renewal margin
    await text(t, pull());
    expect(fx.tokenCalls).toHaveLength(2);
  });

  it('assumes 60 s when expires_in is missing', async () => {
    const c = clock();
    const t = transport({ kind: 'anonymous' }, c.now);
    await text(t, pull());
    c.advance(50_000);
    await text(t, pull());
    expect(fx.tokenCalls).toHaveLength(1);
    c.advance(10_000);
    await text(t, pull());
    expect(fx.tokenCalls).toHaveLength(2);
  });

  it('accepts access_token as well as token', async () => {
    fx.options.field = 'access_token';
    expect(await text(transport(), pull())).toContain('content for');
  });

  it('re-authenticates once when the registry refuses a cached token', async () => {
    const t = transport();
    await text(t, pull());
    fx.issued.delete('tok-1'); // revoked server-side
    expect(await text(t, pull())).toContain('content for');
    expect(fx.tokenCalls).toHaveLength(2);
    expect(fx.registryCalls.map((c) => c.authorization)).toEqual([
      undefined,
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('says the credentials were rejected when fresh ones still get 401, without the password', async () => {
    fx.options.rejectAll = true;
    const t = transport({ kind: 'basic', username: USER, password: PASSWORD });
    const err = await t.request(pull()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect((err as Error).message).toBe(
      `401 Unauthorized from ${fx.registry} for ${PULL}: credentials for ${fx.registry} were rejected`,
    );
    expect(fx.tokenCalls).toHaveLength(1);
  });

  it('reports a wrong password refused by the token service, naming the registry, not the secret', async () => {
    const t = transport({ kind: 'basic', username: USER, password: 'wrong-password' });
    const err = await t.request(pull()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    const message = (err as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^401 Unauthorized from token service http://127\\.0\\.0\\.1:\\d+/token for ${PULL}: credentials for ${fx.registry} were rejected$`,
      ),
    );
    expect(message).not.toContain('wrong-password');
    expect((err as AuthError).exitCode).toBe(3);
  });

  it('says anonymous access was refused when a push needs credentials', async () => {
    const t = transport();
    const err = await t
      .request({
        method: 'PUT',
        url: '/v2/demo/app/manifests/v1',
        body: Buffer.from('{}'),
        scopes: [PUSH],
        idempotent: true,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect((err as Error).message).toMatch(
      /anonymous access to 127\.0\.0\.1:\d+ was refused; no credentials/,
    );
  });

  it('trades an identity token for an access token with the OAuth2 refresh-token grant', async () => {
    const t = transport({ kind: 'identity-token', token: REFRESH });
    await text(t, pull());
    const call = fx.tokenCalls[0]!;
    expect(call.method).toBe('POST');
    expect(call.form?.get('grant_type')).toBe('refresh_token');
    expect(call.form?.get('refresh_token')).toBe(REFRESH);
    expect(call.form?.get('service')).toBe('test-registry');
    expect(call.form?.get('client_id')).toBe('lading');
    expect(call.scopes).toEqual([PULL]);
  });

  it('gets a token before streaming a body, so the body is sent once and arrives whole', async () => {
    const t = transport({ kind: 'basic', username: USER, password: PASSWORD });
    const res = await t.request({
      method: 'PUT',
      url: '/v2/demo/app/blobs/uploads/u1?digest=sha256:bb',
      body: Readable.from([Buffer.from('layer '), Buffer.from('bytes')]),
      scopes: [PUSH],
      idempotent: true,
    });
    expect(res.status).toBe(201);
    await res.dump();
    const puts = fx.registryCalls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body).toBe('layer bytes');
    expect(puts[0]!.authorization).toMatch(/^Bearer tok-/);
  });
});

describe('Basic and broken challenges', () => {
  it('answers a Basic challenge and then sends credentials up front', async () => {
    const seen: Array<string | undefined> = [];
    const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const registry = await serve((req, res) => {
      seen.push(req.headers.authorization);
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Registry Realm"' }).end();
      } else res.end('ok');
    });
    const t = createTransport({
      registry,
      credentials: staticCredentials({ kind: 'basic', username: USER, password: PASSWORD }),
    });
    transports.push(t);
    await (await t.request(pull())).dump();
    await (await t.request(pull('/v2/demo/app/tags/list'))).dump();
    expect(seen).toEqual([undefined, expected, expected]);
  });

  it('rejects a wrong Basic password with one line naming registry and scope', async () => {
    const registry = await serve((_req, res) => {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="Registry Realm"' }).end();
    });
    const t = createTransport({
      registry,
      credentials: staticCredentials({ kind: 'basic', username: USER, password: 'nope-nope' }),
    });
    transports.push(t);
    const err = await t.request(pull()).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `401 Unauthorized from ${registry} for ${PULL}: credentials for ${registry} were rejected`,
    );
  });

  it('fails clearly on a 401 without a usable challenge', async () => {
    const registry = await serve((_req, res) =>
      res.writeHead(401, { 'WWW-Authenticate': 'Negotiate' }).end(),
    );
    const t = createTransport({ registry });
    transports.push(t);
    const err = await t.request(pull()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toBe(
      `401 Unauthorized from ${registry} without a Basic or Bearer WWW-Authenticate challenge (got "Negotiate")`,
    );
  });
});
