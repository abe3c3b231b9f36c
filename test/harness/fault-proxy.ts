import {
  Agent,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// A loopback HTTP proxy in front of a real registry that breaks selected requests the
// way networks and registries do (resets, 5xx, 429, truncated or corrupted bodies) and
// records every request, so tests can prove a client retried, gave up, or refused bad
// bytes. Everything not selected is forwarded untouched, with the client's Host header
// kept so the registry's upload Locations point back at the proxy.

export type Fault =
  /** Destroy the client connection before anything reaches the registry. */
  | { kind: 'reset' }
  /** Answer with this status (e.g. 500, 503) instead of the registry. */
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** Answer 429 with this Retry-After (seconds or an HTTP date). */
  | { kind: 'rate-limit'; retryAfter: number | string }
  /** Forward, send the headers with the full Content-Length, then only part of the body, then reset. */
  | { kind: 'truncate'; afterBytes?: number }
  /** Forward, but flip one byte of the body (default: the middle one). */
  | { kind: 'corrupt'; offset?: number };

export interface RequestInfo {
  method: string;
  /** Path with query, as the client sent it. */
  path: string;
}

export type RequestMatcher =
  | ((req: RequestInfo) => boolean)
  | {
      method?: string | string[];
      /** A substring of the path (without query), or a pattern tested against path with query. */
      path?: string | RegExp;
    };

export interface FaultRule {
  match: RequestMatcher;
  fault: Fault;
  /** How many matching requests get the fault (default 1; Infinity for all). */
  times?: number;
}

export interface InjectedFault {
  /** How many requests this rule has broken so far. */
  readonly hits: number;
  /** Stops injecting this fault. */
  remove(): void;
}

export interface RecordedRequest extends RequestInfo {
  /** The status the client saw; 0 when the connection was reset before an answer. */
  status: number;
  /** The fault injected into this request, if any. */
  fault?: Fault['kind'];
  /** Authorization scheme the client used (`Basic`, `Bearer`), never the secret itself. */
  authScheme?: string;
}

export interface FaultProxy {
  /** `127.0.0.1:PORT` of the proxy: use it in references instead of the registry's host. */
  host: string;
  url: string;
  /** Every request seen, in arrival order (status filled in once answered). */
  readonly requests: readonly RecordedRequest[];
  inject(rule: FaultRule): InjectedFault;
  /** Removes every fault and forgets the recorded requests. */
  reset(): void;
  stop(): Promise<void>;
}

interface ActiveRule extends Required<FaultRule> {
  hits: number;
}

function matches(m: RequestMatcher, req: RequestInfo): boolean {
  if (typeof m === 'function') return m(req);
  if (m.method !== undefined) {
    const methods = (Array.isArray(m.method) ? m.method : [m.method]).map((x) => x.toUpperCase());
    if (!methods.includes(req.method)) return false;
  }
  if (typeof m.path === 'string') return req.path.split('?')[0]!.includes(m.path);
  if (m.path instanceof RegExp) return m.path.test(req.path);
  return true;
}

class ByteFlipper extends Transform {
  private seen = 0;
  private readonly offset: number;
  constructor(offset: number) {
    super();
    this.offset = offset;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const at = this.offset - this.seen;
    this.seen += chunk.length;
    if (at >= 0 && at < chunk.length) {
      const copy = Buffer.from(chunk);
      copy[at] = copy[at]! ^ 0xff;
      done(null, copy);
    } else {
      done(null, chunk);
    }
  }
}

/** Headers for the answer to the client: upload Locations that name the registry point at the proxy. */
function rewriteHeaders(headers: IncomingHttpHeaders, target: URL, proxyUrl: string): IncomingHttpHeaders {
  const out = { ...headers };
  const location = out.location;
  if (typeof location === 'string' && location.startsWith(target.origin)) {
    out.location = proxyUrl + location.slice(target.origin.length);
  }
  return out;
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.complete) return resolve();
    req
      .on('end', resolve)
      .on('error', () => resolve())
      .on('close', resolve)
      .resume();
  });
}

/**
 * Starts a proxy on a free 127.0.0.1 port in front of `target` (a URL like
 * http://127.0.0.1:5000). `latencyMs` holds every request that long before it
 * goes on, as a registry one round trip of that length away would (benchmarks).
 */
export async function startFaultProxy(
  target: string | { url: string },
  rules: FaultRule[] = [],
  options: { latencyMs?: number } = {},
): Promise<FaultProxy> {
  const upstream = new URL(typeof target === 'string' ? target : target.url);
  const agent = new Agent({ keepAlive: true });
  let active: ActiveRule[] = [];
  const requests: RecordedRequest[] = [];
  let proxyUrl = '';

  const inject = (rule: FaultRule): InjectedFault => {
    const r: ActiveRule = { times: 1, ...rule, hits: 0 };
    active.push(r);
    return {
      get hits() {
        return r.hits;
      },
      remove() {
        active = active.filter((x) => x !== r);
      },
    };
  };
  for (const r of rules) inject(r);

  const pickFault = (info: RequestInfo): Fault | undefined => {
    const rule = active.find((r) => r.hits < r.times && matches(r.match, info));
    if (!rule) return undefined;
    rule.hits++;
    return rule.fault;
  };

  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    fault: Extract<Fault, { kind: 'reset' | 'status' | 'rate-limit' }>,
  ) => {
    if (fault.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    // Read what the client is still sending so it sees the answer, not a broken pipe.
    await drain(req);
    const status = fault.kind === 'rate-limit' ? 429 : fault.status;
    const headers: Record<string, string> =
      fault.kind === 'rate-limit' ? { 'retry-after': String(fault.retryAfter) } : (fault.headers ?? {});
    const body =
      fault.kind === 'status' && fault.body !== undefined
        ? fault.body
        : JSON.stringify({
            errors: [{ code: status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', message: 'injected fault' }],
          });
    record.status = status;
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, record: RecordedRequest, fault?: Fault) => {
    const upstreamReq = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (upRes) => {
        const status = upRes.statusCode ?? 502;
        record.status = status;
        const headers = rewriteHeaders(upRes.headers, upstream, proxyUrl);
        const length = Number(upRes.headers['content-length'] ?? Number.NaN);
        if (fault?.kind === 'truncate') {
          res.writeHead(status, headers);
          const limit = fault.afterBytes ?? (Number.isFinite(length) ? Math.floor(length / 2) : 1);
          let sent = 0;
          const cut = () => {
            upRes.destroy();
            res.destroy();
          };
          if (limit <= 0) {
            res.flushHeaders();
            cut();
            return;
          }
          upRes.on('data', (chunk: Buffer) => {
            const room = limit - sent;
            if (room <= 0) return;
            const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
            sent += part.length;
            if (sent >= limit) res.write(part, cut);
            else res.write(part);
          });
          upRes.on('end', cut);
          return;
        }
        res.writeHead(status, headers);
        const body =
          fault?.kind === 'corrupt'
            ? upRes.pipe(
                new ByteFlipper(fault.offset ?? (Number.isFinite(length) ? Math.floor(length / 2) : 0)),
              )
            : upRes;
        pipeline(body, res).catch(() => res.destroy());
      },
    );
    upstreamReq.on('error', (e) => {
      record.status = 502;
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'text/plain' }).end(`fault-proxy: upstream ${e.message}`);
    });
    pipeline(req, upstreamReq).catch(() => upstreamReq.destroy());
  };

  const server = createServer((req, res) => {
    const info: RequestInfo = { method: (req.method ?? 'GET').toUpperCase(), path: req.url ?? '/' };
    const record: RecordedRequest = { ...info, status: 0 };
    const scheme = req.headers.authorization?.split(' ')[0];
    if (scheme) record.authScheme = scheme;
    requests.push(record);
    const fault = pickFault(info);
    if (fault) record.fault = fault.kind;
    const go = () => {
      if (fault && fault.kind !== 'truncate' && fault.kind !== 'corrupt') {
        answer(req, res, record, fault).catch(() => res.destroy());
      } else {
        forward(req, res, record, fault);
      }
    };
    if (options.latencyMs) setTimeout(go, options.latencyMs);
    else go();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  proxyUrl = `http://${host}`;

  return {
    host,
    url: proxyUrl,
    requests,
    inject,
    reset() {
      active = [];
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
