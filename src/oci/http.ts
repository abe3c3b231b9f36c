import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { Readable } from 'node:stream';
import { IntegrityError, OperationError, RegistryError } from '../errors.js';
import { Authenticator, type TokenRequest, type TokenResponse } from './auth/authenticator.js';
import { anonymous, type CredentialSource } from './auth/credentials.js';
import { defaultScheme, registryApiHost } from './reference.js';
import type { HttpMethod, RegistryRequest, RegistryResponse, RegistryTransport } from './transport.js';

// The HTTP layer under the registry client: keep-alive connections (node:http
// and node:https agents: undici alone costs ~30 MB of RSS and start-up time),
// authentication (via the Authenticator), retries with backoff for idempotent
// requests, and blob redirects to storage hosts. Everything here speaks in
// URLs and statuses; registry semantics live in registry.ts.

export interface TransportOptions {
  /** Registry as written in references: `docker.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Defaults to `defaultScheme(registry, insecure)`. */
  scheme?: 'http' | 'https';
  /** Hosts (`host` or `host:port`) to reach over plain HTTP. */
  insecure?: readonly string[];
  credentials?: CredentialSource;
  /** e.g. `lading/0.1.0`. */
  userAgent?: string;
  /** Total time for one request including its retries. Default 120 s. */
  deadlineMs?: number;
  /** Attempts per request, first included. Default 5. */
  maxAttempts?: number;
  /** First backoff ceiling; doubles per attempt. Default 250 ms. */
  baseDelayMs?: number;
  /** Backoff ceiling. Default 10 s. */
  maxDelayMs?: number;
  /** Cap on a server's Retry-After. Default 30 s. */
  maxRetryAfterMs?: number;
  maxRedirects?: number;
  /** Extra CA certificates (PEM) trusted besides the system ones. */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /**
   * Share connections between transports; the transport then does not close
   * them. A scheme left out gets an agent of the transport's own.
   */
  agent?: { http?: HttpAgent; https?: HttpsAgent };
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface HttpTransport extends RegistryTransport {
  /** Base URL of the registry API, e.g. `https://registry-1.docker.io`. */
  readonly baseUrl: string;
  readonly authenticator: Authenticator;
}

const RETRYABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
/** A server may close an idle kept-alive connection just as it is reused; those fail with these. */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ERROR_BODY_LIMIT = 64 * 1024;
/** Past this, discarding a body costs more than a new connection: the socket is dropped instead. */
const DUMP_LIMIT = 128 * 1024;
/** Per host, like a browser's order of magnitude; the copier moves a few blobs at once. */
const MAX_SOCKETS = 8;
/** Idle kept-alive sockets close after this (or earlier when the server's Keep-Alive hint says so). */
const IDLE_SOCKET_MS = 30_000;
/** Time to open a connection, TLS handshake included (undici's default, which this layer replaced). */
const CONNECT_MS = 10_000;
/** A response body (or request body) that moves no byte for this long is abandoned. */
const STALL_MS = 300_000;

interface Attempted {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: IncomingMessage;
  url: string;
}

class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
}

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function isRetryableStatus(status: number): boolean {
  // 501 and 505 say the server will never do it; retrying cannot help.
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Distribution error codes from an error body, e.g. ["DENIED"]. */
export function registryErrorCodes(body: Buffer): { codes: string[]; message?: string } {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as {
      errors?: Array<{ code?: unknown; message?: unknown }>;
    };
    const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
    const codes = errors.map((e) => e.code).filter((c): c is string => typeof c === 'string');
    const first = errors.find((e) => typeof e.message === 'string');
    return { codes, ...(first ? { message: String(first.message).slice(0, 200) } : {}) };
  } catch {
    return { codes: [] };
  }
}

async function readLimited(body: Readable, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw new IntegrityError(`${what}: response body is larger than the limit of ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a body to its end so its connection can be reused; a body larger than
 * DUMP_LIMIT (or one that fails) is destroyed, which closes the connection.
 */
function discard(body: Readable): Promise<void> {
  if (body.readableEnded || body.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      body.off('data', onData);
      body.off('end', done);
      body.off('close', done);
      body.off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > DUMP_LIMIT) body.destroy();
    };
    body.on('data', onData);
    body.once('end', done);
    body.once('close', done);
    body.once('error', done);
    body.resume();
  });
}

function origin(url: string): string {
  return new URL(url).origin;
}

const AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: MAX_SOCKETS,
  timeout: IDLE_SOCKET_MS,
  scheduling: 'lifo' as const,
};

// node:https costs ~8 MiB of RSS and a few ms when it loads (TLS set-up): a
// plain-HTTP registry (loopback, a build's own) never needs it, so it loads at
// the first https:// request.
function https(): typeof import('node:https') {
  return process.getBuiltinModule('node:https');
}

function ownHttpsAgent(ca: TransportOptions['ca']): HttpsAgent {
  const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
  const { rootCertificates } = process.getBuiltinModule('node:tls');
  return new (https().Agent)({
    ...AGENT_OPTIONS,
    ...(extra.length ? { ca: [...rootCertificates, ...extra.map(String)] } : {}),
  });
}

class NodeHttpTransport implements HttpTransport {
  readonly registry: string;
  readonly baseUrl: string;
  readonly authenticator: Authenticator;
  private readonly httpAgent: HttpAgent;
  private httpsAgent: HttpsAgent | undefined;
  private readonly ca: TransportOptions['ca'];
  private readonly owned: Array<HttpAgent | HttpsAgent> = [];
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly deadlineMs: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;

  constructor(o: TransportOptions) {
    this.registry = o.registry;
    const scheme = o.scheme ?? defaultScheme(o.registry, o.insecure);
    this.baseUrl = `${scheme}://${registryApiHost(o.registry)}`;
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = o.now ?? Date.now;
    this.random = o.random ?? Math.random;
    this.deadlineMs = o.deadlineMs ?? 120_000;
    this.maxAttempts = Math.max(1, o.maxAttempts ?? 5);
    this.baseDelayMs = o.baseDelayMs ?? 250;
    this.maxDelayMs = o.maxDelayMs ?? 10_000;
    this.maxRetryAfterMs = o.maxRetryAfterMs ?? 30_000;
    this.maxRedirects = o.maxRedirects ?? 5;
    this.userAgent = o.userAgent ?? 'lading';
    this.ca = o.ca;
    this.httpAgent = o.agent?.http ?? new HttpAgent(AGENT_OPTIONS);
    if (!o.agent?.http) this.owned.push(this.httpAgent);
    this.httpsAgent = o.agent?.https;
    this.authenticator = new Authenticator({
      registry: o.registry,
      credentials: o.credentials ?? anonymous,
      fetchToken: (req) => this.fetchToken(req),
      now: this.now,
    });
  }

  resolve(url: string): string {
    if (url.startsWith('/')) return this.baseUrl + url;
    return new URL(url).href;
  }

  async request(req: RegistryRequest): Promise<RegistryResponse> {
    const url = this.resolve(req.url);
    const toRegistry = origin(url) === origin(this.baseUrl);
    const streamed = req.body !== undefined && !Buffer.isBuffer(req.body);
    if (toRegistry && streamed && !this.authenticator.known) await this.ping();

    let authorization = toRegistry ? await this.authenticator.authorization(req.scopes) : undefined;
    let fresh = false;
    for (;;) {
      const res = await this.send(req, url, authorization);
      if (res.status !== 401 || !toRegistry) {
        if (toRegistry && res.status < 400 && authorization === undefined) this.authenticator.noteOpen();
        return this.wrap(res, req.method);
      }
      await discard(res.body);
      if (fresh) throw await this.authenticator.rejected(req.scopes);
      authorization = await this.authenticator.reauthenticate(
        res.headers['www-authenticate'],
        req.scopes,
        authorization,
      );
      fresh = true;
      if (streamed) {
        throw new OperationError(
          `${req.method} ${url}: 401 Unauthorized after the request body was streamed; it cannot be re-sent`,
        );
      }
    }
  }

  async close(): Promise<void> {
    for (const agent of this.owned) agent.destroy();
  }

  /** Learns the registry's auth scheme before a request whose body cannot be re-sent. */
  private async ping(): Promise<void> {
    const res = await this.send(
      { method: 'GET', url: '/v2/', scopes: [], idempotent: true },
      `${this.baseUrl}/v2/`,
      undefined,
      false,
    );
    await discard(res.body);
    if (res.status === 401) this.authenticator.learn(res.headers['www-authenticate']);
    else if (res.status < 400) this.authenticator.noteOpen();
  }

  private wrap(res: Attempted, method: HttpMethod): RegistryResponse {
    const what = `${method} ${res.url}`;
    return {
      status: res.status,
      headers: res.headers,
      body: res.body,
      bytes: (limit = Number.MAX_SAFE_INTEGER) => readLimited(res.body, limit, what),
      dump: () => discard(res.body),
    };
  }

  private async fetchToken(req: TokenRequest): Promise<TokenResponse> {
    const res = await this.send(
      {
        method: req.method,
        url: req.url,
        headers: req.headers,
        ...(req.body ? { body: req.body } : {}),
        scopes: [],
        idempotent: true,
      },
      req.url,
      undefined,
      false,
    );
    return { status: res.status, body: await readLimited(res.body, 1024 * 1024, `${req.method} ${res.url}`) };
  }

  /**
   * One logical request: attempts with backoff while the request may be
   * repeated, each attempt following redirects. 429/5xx that survive the
   * retries end as a RegistryError; other statuses are returned.
   */
  private async send(
    req: RegistryRequest,
    url: string,
    authorization: string | undefined,
    throwOnRetryable = true,
  ): Promise<Attempted> {
    const retryable = req.idempotent && (req.body === undefined || Buffer.isBuffer(req.body));
    const limit = retryable ? this.maxAttempts : 1;
    const deadline = this.now() + this.deadlineMs;
    let attempt = 0;
    let last = '';
    for (;;) {
      attempt++;
      let delay: number | undefined;
      let failure: { status?: number; res?: Attempted; err?: unknown } | undefined;
      try {
        // A floor keeps a nearly spent deadline from timing out a healthy server mid-answer.
        const res = await this.follow(req, url, authorization, Math.max(5_000, deadline - this.now()));
        if (!isRetryableStatus(res.status)) return res;
        failure = { status: res.status, res };
        last = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
        delay = retryAfterMs(res.headers['retry-after'], this.now());
        if (delay !== undefined) delay = Math.min(delay, this.maxRetryAfterMs);
      } catch (err) {
        const code = errorCode(err);
        const connectionError =
          code !== undefined && (RETRYABLE_CODES.has(code) || (code === 'ECONNREFUSED' && attempt > 1));
        if (!connectionError || !retryable) {
          if (err instanceof OperationError) throw err;
          throw new OperationError(
            `${req.method} ${url}: ${code ? `${code} ` : ''}${(err as Error).message} (attempt ${attempt})`,
            { cause: err },
          );
        }
        failure = { err };
        last = `${code}${(err as Error).message ? ` (${(err as Error).message})` : ''}`;
      }

      delay ??= this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
      const outOfTime = this.now() + delay >= deadline;
      if (attempt >= limit || outOfTime) {
        const why = !retryable
          ? `not retried: ${req.body !== undefined && !Buffer.isBuffer(req.body) ? 'the body is a stream' : `${req.method} is not idempotent here`}`
          : outOfTime && attempt < limit
            ? `the ${Math.round(this.deadlineMs / 1000)} s deadline does not allow another`
            : `attempt limit ${limit}`;
        const message = `${req.method} ${url}: gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${why}): last ${last}`;
        if (failure.res) {
          if (!throwOnRetryable) return failure.res;
          const body = await readLimited(failure.res.body, ERROR_BODY_LIMIT, message).catch(() =>
            Buffer.alloc(0),
          );
          const { codes, message: said } = registryErrorCodes(body);
          throw new RegistryError(
            `${message}${codes.length ? ` [${codes.join(', ')}${said ? `: ${said}` : ''}]` : ''}`,
            failure.status!,
            codes,
          );
        }
        throw new OperationError(message, { cause: failure.err });
      }
      if (failure.res) await discard(failure.res.body);
      await this.sleep(delay);
    }
  }

  /** One attempt, following GET/HEAD redirects without carrying credentials to another origin. */
  private async follow(
    req: RegistryRequest,
    url: string,
    authorization: string | undefined,
    headersTimeout: number,
  ): Promise<Attempted> {
    let current = url;
    const firstOrigin = origin(url);
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...req.headers };
      if (authorization && origin(current) === firstOrigin) headers.authorization = authorization;
      const method = hop === 0 ? req.method : req.method === 'HEAD' ? 'HEAD' : 'GET';
      const body = hop === 0 ? req.body : undefined;
      const out = await this.exchange(current, method, headers, body, headersTimeout);
      const canFollow = req.method === 'GET' || req.method === 'HEAD';
      if (!canFollow || !REDIRECTS.has(out.status) || !out.headers.location) return out;
      if (hop >= this.maxRedirects) {
        await discard(out.body);
        throw new OperationError(`${req.method} ${url}: more than ${this.maxRedirects} redirects`);
      }
      await discard(out.body);
      current = new URL(out.headers.location, current).href;
    }
  }

  /**
   * One request on the wire. A request that dies on a reused keep-alive
   * connection before any answer is sent once more on a new one when its body
   * can be re-sent: the server closed an idle connection, it never saw the
   * request, so this is not a retry in the backoff sense.
   */
  private async exchange(
    url: string,
    method: HttpMethod,
    headers: Record<string, string>,
    body: Buffer | Readable | undefined,
    headersTimeout: number,
  ): Promise<Attempted> {
    try {
      return await this.once(url, method, headers, body, headersTimeout);
    } catch (err) {
      const stale = (err as { reusedSocket?: boolean }).reusedSocket === true;
      const code = errorCode(err);
      if (!stale || code === undefined || !STALE_SOCKET_CODES.has(code)) throw err;
      if (body !== undefined && !Buffer.isBuffer(body)) throw err;
      return this.once(url, method, headers, body, headersTimeout);
    }
  }

  private tlsAgent(): HttpsAgent {
    if (!this.httpsAgent) {
      this.httpsAgent = ownHttpsAgent(this.ca);
      this.owned.push(this.httpsAgent);
    }
    return this.httpsAgent;
  }

  private once(
    url: string,
    method: HttpMethod,
    headers: Record<string, string>,
    body: Buffer | Readable | undefined,
    headersTimeout: number,
  ): Promise<Attempted> {
    const target = new URL(url);
    const tls = target.protocol === 'https:';
    const send = tls ? https().request : httpRequest;
    return new Promise<Attempted>((resolve, reject) => {
      let settled = false;
      let headersTimer: NodeJS.Timeout | undefined;
      const cr = send(target, {
        method,
        headers,
        agent: tls ? this.tlsAgent() : this.httpAgent,
        // Idle time on the socket while this request owns it: a stalled body.
        timeout: STALL_MS,
      });
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(headersTimer);
        if (cr.reusedSocket) Object.assign(err, { reusedSocket: true });
        cr.destroy();
        reject(err);
      };
      // After the response is handed over, errors reach the caller through the body stream.
      cr.on('error', fail);
      cr.on('socket', (socket) => {
        // A kept-alive socket is already open; a new one gets a bounded time to connect.
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          () => cr.destroy(new TimeoutError(`no connection within ${CONNECT_MS / 1000} s`)),
          CONNECT_MS,
        );
        const ready = () => clearTimeout(connectTimer);
        socket.once(tls ? 'secureConnect' : 'connect', ready);
        socket.once('close', ready);
      });
      cr.on('timeout', () =>
        cr.destroy(new TimeoutError(`no data moved for ${Math.round(STALL_MS / 1000)} s`)),
      );
      cr.on('response', (res: IncomingMessage) => {
        if (settled) {
          res.destroy();
          return;
        }
        settled = true;
        clearTimeout(headersTimer);
        resolve({
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: flattenHeaders(res.headers),
          body: res,
          url,
        });
      });
      // The wait for an answer starts once the request is sent, so a long upload is not cut short.
      cr.on('finish', () => {
        if (settled) return;
        headersTimer = setTimeout(
          () =>
            cr.destroy(new TimeoutError(`no response headers within ${Math.round(headersTimeout / 1000)} s`)),
          headersTimeout,
        );
      });
      if (body === undefined || Buffer.isBuffer(body)) {
        cr.end(body);
        return;
      }
      // pipe() honours backpressure; a failing body (a digest mismatch) aborts the
      // request so the server never sees a complete upload.
      // A body that failed before we got here has already emitted its error.
      if (body.errored) {
        cr.destroy(body.errored);
        return;
      }
      body.once('error', (err) => cr.destroy(err));
      body.pipe(cr);
    });
  }
}

export function createTransport(options: TransportOptions): HttpTransport {
  return new NodeHttpTransport(options);
}
