import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer,
  Agent as HttpAgent,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IntegrityError, OperationError, RegistryError } from '../../src/errors.js';
import {
  createTransport,
  type HttpTransport,
  retryAfterMs,
  type TransportOptions,
} from '../../src/oci/http.js';

// Real loopback HTTP servers answering the way registries do; a fake clock that
// advances only when the transport sleeps, so backoff is recorded, not waited.

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

const servers: Server[] = [];
const transports: HttpTransport[] = [];

async function serve(handler: Handler): Promise<{ host: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits++;
      handler(req, res, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

function clock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

function transport(registry: string, extra: Partial<TransportOptions> = {}): HttpTransport {
  const c = clock();
  const t = createTransport({ registry, now: c.now, sleep: c.sleep, random: () => 0.5, ...extra });
  transports.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(transports.splice(0).map((t) => t.close()));
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const get = (url: string) => ({
  method: 'GET' as const,
  url,
  scopes: ['repository:demo/app:pull'],
  idempotent: true,
});

describe('createTransport', () => {
  it('uses plain HTTP on loopback, https elsewhere, and Docker Hub API host', () => {
    expect(transport('127.0.0.1:5000').baseUrl).toBe('http://127.0.0.1:5000');
    expect(transport('localhost:5000').baseUrl).toBe('http://localhost:5000');
    expect(transport('ghcr.io').baseUrl).toBe('https://ghcr.io');
    expect(transport('docker.io').baseUrl).toBe('https://registry-1.docker.io');
    expect(transport('registry.lan:5000', { insecure: ['registry.lan'] }).baseUrl).toBe(
      'http://registry.lan:5000',
    );
    expect(transport('127.0.0.1:5000', { scheme: 'https' }).baseUrl).toBe('https://127.0.0.1:5000');
  });

  it('sends its User-Agent and returns lower-cased headers with registry headers intact', async () => {
    let ua: string | undefined;
    const digest = `sha256:${'a'.repeat(64)}`;
    const { host } = await serve((req, res) => {
      ua = req.headers['user-agent'];
      res.setHeader('Docker-Content-Digest', digest);
      res.setHeader('Link', '</v2/demo/app/tags/list?n=1&last=a>; rel="next"');
      res.setHeader('OCI-Subject', digest);
      res.setHeader('Location', '/v2/demo/app/blobs/uploads/u1?_state=x%3D');
      res.setHeader('Range', '0-99');
      res.end('{"ok":true}');
    });
    const t = transport(host, { userAgent: 'lading/9.9.9' });
    const res = await t.request(get('/v2/demo/app/tags/list'));
    expect(ua).toBe('lading/9.9.9');
    expect(res.status).toBe(200);
    expect(res.headers['docker-content-digest']).toBe(digest);
    expect(res.headers.link).toBe('</v2/demo/app/tags/list?n=1&last=a>; rel="next"');
    expect(res.headers['oci-subject']).toBe(digest);
    expect(res.headers.location).toBe('/v2/demo/app/blobs/uploads/u1?_state=x%3D');
    expect(res.headers.range).toBe('0-99');
    expect((await res.bytes()).toString()).toBe('{"ok":true}');
  });

  it('refuses a body larger than the limit passed to bytes()', async () => {
    const { host } = await serve((_req, res) => res.end(Buffer.alloc(5000, 1)));
    const res = await transport(host).request(get('/v2/demo/app/manifests/latest'));
    const err = await res.bytes(4096).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/v2\/demo\/app\/manifests\/latest: .*larger than the limit of 4096 bytes/,
    );
  });

  it('retries a 500 then succeeds, with a backoff from the injected random', async () => {
    let n = 0;
    const { host, hits } = await serve((_req, res) => {
      n++;
      if (n === 1) {
        res.statusCode = 500;
        res.end('{"errors":[{"code":"UNKNOWN","message":"boom"}]}');
        return;
      }
      res.end('fine');
    });
    const c = clock();
    const t = transport(host, { now: c.now, sleep: c.sleep, random: () => 0.5, baseDelayMs: 200 });
    const res = await t.request(get('/v2/demo/app/blobs/sha256:x'));
    expect(res.status).toBe(200);
    expect((await res.bytes()).toString()).toBe('fine');
    expect(hits()).toBe(2);
    expect(c.sleeps).toEqual([100]); // full jitter: random 0.5 × ceiling 200 ms
  });

  it('waits as long as Retry-After says after a 429 (seconds and HTTP date)', async () => {
    let n = 0;
    const { host } = await serve((_req, res) => {
      n++;
      if (n === 1) {
        res.writeHead(429, { 'Retry-After': '1' }).end();
      } else if (n === 2) {
        res.writeHead(503, { 'Retry-After': new Date(1_000_000 + 1000 + 3000).toUTCString() }).end();
      } else res.end('ok');
    });
    const c = clock();
    const t = transport(host, { now: c.now, sleep: c.sleep });
    const res = await t.request(get('/v2/demo/app/manifests/latest'));
    await res.dump();
    expect(res.status).toBe(200);
    expect(c.sleeps[0]).toBe(1000);
    // The HTTP date has one-second resolution, so the wait is 3 s give or take that second.
    expect(c.sleeps[1]).toBeGreaterThanOrEqual(2000);
    expect(c.sleeps[1]).toBeLessThanOrEqual(3000);
  });

  it('caps a huge Retry-After', async () => {
    let n = 0;
    const { host } = await serve((_req, res) => {
      n++;
      if (n === 1) res.writeHead(429, { 'Retry-After': '86400' }).end();
      else res.end('ok');
    });
    const c = clock();
    const t = transport(host, { now: c.now, sleep: c.sleep, maxRetryAfterMs: 7000 });
    await (await t.request(get('/v2/'))).dump();
    expect(c.sleeps).toEqual([7000]);
  });

  it('retries after the server resets the connection', async () => {
    let n = 0;
    const { host } = await serve((req, res) => {
      n++;
      if (n === 1) {
        req.socket.destroy();
        return;
      }
      res.end('after reset');
    });
    const t = transport(host);
    const res = await t.request(get('/v2/demo/app/manifests/latest'));
    expect((await res.bytes()).toString()).toBe('after reset');
    expect(n).toBe(2);
  });

  it('gives up after maxAttempts and says how many attempts and the last status and codes', async () => {
    const { host, hits } = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"UNAVAILABLE","message":"maintenance"}]}');
    });
    const t = transport(host, { maxAttempts: 3 });
    const err = await t.request(get('/v2/demo/app/manifests/latest')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(503);
    expect((err as RegistryError).codes).toEqual(['UNAVAILABLE']);
    expect((err as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v2\/demo\/app\/manifests\/latest: gave up after 3 attempts \(attempt limit 3\): last 503 Service Unavailable \[UNAVAILABLE: maintenance\]$/,
    );
    expect(hits()).toBe(3);
  });

  it('stops when the total deadline would be passed', async () => {
    const { host, hits } = await serve((_req, res) => res.writeHead(502).end());
    const c = clock();
    const t = transport(host, {
      now: c.now,
      sleep: c.sleep,
      random: () => 1,
      baseDelayMs: 1000,
      maxAttempts: 50,
      deadlineMs: 10_000,
    });
    const err = await t.request(get('/v2/')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /gave up after 4 attempts \(the 10 s deadline does not allow another\): last 502/,
    );
    // 1 s + 2 s + 4 s slept; the next 8 s would pass the deadline.
    expect(c.sleeps).toEqual([1000, 2000, 4000]);
    expect(hits()).toBe(4);
  });

  it('does not retry a POST that is not idempotent', async () => {
    const { host, hits } = await serve((_req, res) => res.writeHead(500).end());
    const t = transport(host);
    const err = await t
      .request({ method: 'POST', url: '/v2/demo/app/blobs/uploads/', scopes: [], idempotent: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as Error).message).toMatch(
      /POST .*: gave up after 1 attempt \(not retried: POST is not idempotent here\): last 500/,
    );
    expect(hits()).toBe(1);
  });

  it('does not retry a request whose body is a stream', async () => {
    const received: string[] = [];
    const { host, hits } = await serve((req, res, body) => {
      received.push(body.toString());
      res.writeHead(req.method === 'GET' ? 200 : 503).end();
    });
    const t = transport(host);
    const err = await t
      .request({
        method: 'PUT',
        url: '/v2/demo/app/blobs/uploads/u?digest=sha256:x',
        body: Readable.from([Buffer.from('layer bytes')]),
        scopes: [],
        idempotent: true,
      })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /gave up after 1 attempt \(not retried: the body is a stream\): last 503/,
    );
    // One ping to learn the auth scheme, then the PUT once.
    expect(hits()).toBe(2);
    expect(received).toEqual(['', 'layer bytes']);
  });

  it('re-sends a Buffer body on retry', async () => {
    const received: string[] = [];
    const { host } = await serve((_req, res, body) => {
      received.push(body.toString());
      res.writeHead(received.length === 1 ? 500 : 201).end();
    });
    const t = transport(host);
    const res = await t.request({
      method: 'PUT',
      url: '/v2/demo/app/manifests/v1',
      body: Buffer.from('{"schemaVersion":2}'),
      headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
      scopes: ['repository:demo/app:pull,push'],
      idempotent: true,
    });
    expect(res.status).toBe(201);
    await res.dump();
    expect(received).toEqual(['{"schemaVersion":2}', '{"schemaVersion":2}']);
  });

  it('fails fast when nothing listens, naming the URL', async () => {
    const { host } = await serve((_req, res) => res.end());
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    const c = clock();
    const t = transport(host, { now: c.now, sleep: c.sleep });
    const err = await t.request(get('/v2/')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toMatch(new RegExp(`GET http://${host}/v2/: ECONNREFUSED`));
    expect(c.sleeps).toEqual([]);
  });

  it('retries a refused connection once the server was seen, and reports the last error', async () => {
    let server: Server | undefined;
    const { host } = await serve((req) => {
      // The registry drops the connection and goes away for good.
      req.socket.destroy();
      server?.close();
    });
    server = servers.at(-1);
    const c = clock();
    const t = transport(host, { now: c.now, sleep: c.sleep, maxAttempts: 3 });
    const err = await t.request(get('/v2/')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^GET http://${host}/v2/: gave up after 3 attempts \\(attempt limit 3\\): last ECONNREFUSED`,
      ),
    );
    expect(c.sleeps).toHaveLength(2);
  });

  it('follows a blob redirect to another host without the Authorization header', async () => {
    const seenByStorage: Array<string | undefined> = [];
    const storage = await serve((req, res) => {
      seenByStorage.push(req.headers.authorization);
      res.end('blob bytes');
    });
    const seenByRegistry: Array<string | undefined> = [];
    const registry = await serve((req, res) => {
      seenByRegistry.push(req.headers.authorization);
      if (req.headers.authorization !== 'Basic dTpw') {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="registry"' }).end();
        return;
      }
      res.writeHead(307, { Location: `http://${storage.host}/bucket/sha256/aa?sig=1` }).end();
    });
    const t = transport(registry.host, {
      credentials: { forRegistry: async () => ({ kind: 'basic', username: 'u', password: 'p' }) },
    });
    const res = await t.request(get('/v2/demo/app/blobs/sha256:aa'));
    expect(res.status).toBe(200);
    expect((await res.bytes()).toString()).toBe('blob bytes');
    expect(seenByRegistry).toEqual([undefined, 'Basic dTpw']);
    expect(seenByStorage).toEqual([undefined]);
  });

  it('does not follow redirects for PUT', async () => {
    const { host } = await serve((_req, res) => res.writeHead(307, { Location: '/elsewhere' }).end());
    const res = await transport(host).request({
      method: 'PUT',
      url: '/v2/demo/app/manifests/v1',
      body: Buffer.from('{}'),
      scopes: [],
      idempotent: true,
    });
    expect(res.status).toBe(307);
    await res.dump();
  });
});

describe('connections', () => {
  it("streams a large body with the caller's Content-Length, not chunked, whole and in order", async () => {
    const seen: { length?: string; encoding?: string; bytes?: Buffer } = {};
    const { host } = await serve((req, res, body) => {
      if (req.method === 'PUT') {
        seen.length = req.headers['content-length'];
        seen.encoding = req.headers['transfer-encoding'];
        seen.bytes = body;
      }
      res.writeHead(req.method === 'PUT' ? 201 : 200).end();
    });
    const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(128 * 1024, i));
    const whole = Buffer.concat(chunks);
    const res = await transport(host).request({
      method: 'PUT',
      url: '/v2/demo/app/blobs/uploads/u?digest=sha256:x',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(whole.length) },
      body: Readable.from(chunks),
      scopes: [],
      idempotent: false,
    });
    await res.dump();
    expect(res.status).toBe(201);
    expect(seen.length).toBe(String(whole.length));
    expect(seen.encoding).toBeUndefined();
    expect(seen.bytes?.equals(whole)).toBe(true);
  });

  it("aborts the upload when the body stream fails, and throws the body's own error", async () => {
    let completed = 0;
    const failing = new PassThrough();
    let putClosed: (complete: boolean) => void = () => {};
    const putOutcome = new Promise<boolean>((r) => (putClosed = r));
    const server = createServer((req, res) => {
      req.on('data', () => {
        // Part of the upload arrived: now the source fails, as a verifier does on a digest mismatch.
        if (req.method === 'PUT' && !failing.destroyed) {
          failing.destroy(new IntegrityError('blob demo/app@sha256:x: content does not match digest'));
        }
      });
      req.on('end', () => {
        completed++;
        res.writeHead(req.method === 'PUT' ? 201 : 200).end();
      });
      if (req.method === 'PUT') req.on('close', () => putClosed(req.complete));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    failing.write(Buffer.alloc(64 * 1024, 7));
    const t = transport(host);
    const err = await t
      .request({
        method: 'PUT',
        url: '/v2/demo/app/blobs/uploads/u?digest=sha256:x',
        headers: { 'content-length': String(1024 * 1024) },
        body: failing,
        scopes: [],
        idempotent: false,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toBe('blob demo/app@sha256:x: content does not match digest');
    // The server saw the PUT's connection go before its body was complete; only the auth ping completed.
    expect(await putOutcome).toBe(false);
    expect(completed).toBe(1);
  });

  it('keeps one connection alive across sequential requests', async () => {
    const sockets = new Set<Socket>();
    const { host } = await serve((req, res) => {
      sockets.add(req.socket);
      res.end('x');
    });
    const t = transport(host);
    for (let i = 0; i < 5; i++) await (await t.request(get(`/v2/demo/app/manifests/v${i}`))).bytes();
    expect(sockets.size).toBe(1);
  });

  it('re-sends a POST once on a new connection when the server dropped the kept-alive one', async () => {
    const served = new WeakSet<Socket>();
    let posts = 0;
    const { host } = await serve((req, res) => {
      if (served.has(req.socket)) {
        // The idle connection was closed by the server just as the client reused it.
        req.socket.destroy();
        return;
      }
      served.add(req.socket);
      if (req.method === 'POST') posts++;
      res.writeHead(req.method === 'POST' ? 202 : 200, { location: '/v2/demo/app/blobs/uploads/u1' }).end();
    });
    const t = transport(host);
    await (await t.request(get('/v2/'))).dump();
    const res = await t.request({
      method: 'POST',
      url: '/v2/demo/app/blobs/uploads/',
      scopes: [],
      idempotent: false,
    });
    await res.dump();
    expect(res.status).toBe(202);
    expect(posts).toBe(1);
  });

  it('does not re-send a POST that died on a fresh connection', async () => {
    const { host, hits } = await serve((req) => req.socket.destroy());
    const err = await transport(host)
      .request({ method: 'POST', url: '/v2/demo/app/blobs/uploads/', scopes: [], idempotent: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toMatch(
      new RegExp(
        `^POST http://${host}/v2/demo/app/blobs/uploads/: ECONNRESET socket hang up \\(attempt 1\\)$`,
      ),
    );
    expect(hits()).toBe(1);
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    let received: () => void = () => {};
    const arrived = new Promise<void>((r) => (received = r));
    const { host } = await serve(() => received());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // The injected clock keeps the deadline far away: the wait for headers gets its 5 s floor.
      const pending = transport(host, { maxAttempts: 1, deadlineMs: 1000 })
        .request(get('/v2/'))
        .catch((e: unknown) => e);
      await arrived;
      await vi.advanceTimersByTimeAsync(5_000);
      const err = await pending;
      expect(err).toBeInstanceOf(OperationError);
      expect((err as Error).message).toBe(
        `GET http://${host}/v2/: gave up after 1 attempt (attempt limit 1): last ETIMEDOUT (no response headers within 5 s)`,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up on a TLS handshake that never completes', async () => {
    let accepted: () => void = () => {};
    const connected = new Promise<void>((r) => (accepted = r));
    const open: Socket[] = [];
    const silent = createNetServer((socket) => {
      open.push(socket);
      accepted();
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    servers.push(silent as unknown as Server);
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = transport(host, { scheme: 'https', maxAttempts: 1 })
        .request(get('/v2/'))
        .catch((e: unknown) => e);
      await connected;
      await vi.advanceTimersByTimeAsync(10_000);
      const err = await pending;
      expect(err).toBeInstanceOf(OperationError);
      expect((err as Error).message).toBe(
        `GET https://${host}/v2/: gave up after 1 attempt (attempt limit 1): last ETIMEDOUT (no connection within 10 s)`,
      );
    } finally {
      vi.useRealTimers();
      for (const socket of open) socket.destroy();
    }
  });

  it('leaves a shared agent open when it closes', async () => {
    const { host } = await serve((_req, res) => res.end('shared'));
    const agent = new HttpAgent({ keepAlive: true });
    try {
      const first = createTransport({ registry: host, agent: { http: agent } });
      await (await first.request(get('/v2/'))).dump();
      await first.close();
      const second = createTransport({ registry: host, agent: { http: agent } });
      expect((await (await second.request(get('/v2/'))).bytes()).toString()).toBe('shared');
      await second.close();
    } finally {
      agent.destroy();
    }
  });
});

describe('https', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lading-http-tls-'));
  let cert: string;
  let key: string;
  let host: string;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    if (!cert) {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=lading test registry',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
      key = readFileSync(join(dir, 'key.pem'), 'utf8');
    }
    const server = createHttpsServer({ cert, key }, (_req, res) => res.end('over tls'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  it('trusts a registry whose certificate comes from the extra CA', async () => {
    const t = transport(host, { scheme: 'https', ca: cert });
    const res = await t.request(get('/v2/'));
    expect((await res.bytes()).toString()).toBe('over tls');
  });

  it('refuses an untrusted certificate, naming the URL', async () => {
    const err = await transport(host, { scheme: 'https' })
      .request(get('/v2/'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toMatch(
      new RegExp(`^GET https://${host}/v2/: \\S*SELF_SIGNED\\S* .*\\(attempt 1\\)$`),
    );
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates and ignores garbage', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:05 GMT', 1000)).toBe(4000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });
});
