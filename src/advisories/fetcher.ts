import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError, OperationError } from '../errors.js';

// HTTP for advisory data. OSV's bucket and its mirrors answer 429 and 5xx under
// load; a scan must ride those out without hammering the server, so every GET
// is retried a bounded number of times with exponential backoff, honouring
// Retry-After. Bytes are counted so a run can say what a refresh cost.

/** The part of WHATWG fetch this module uses; Node's global `fetch` fits. */
export type FetchLike = (
  url: string,
  init?: { headers?: Record<string, string>; signal?: AbortSignal },
) => Promise<Response>;

export interface FetcherOptions {
  fetch?: FetchLike;
  /** Attempts after the first; default 4. */
  retries?: number;
  /** First backoff delay; doubles each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound of any one wait, Retry-After included. Default 30 s. */
  maxDelayMs?: number;
  /** Injected in tests so that no test waits for real. */
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
  /** Told about every retry, e.g. to log it. */
  onRetry?: (message: string) => void;
}

/** A URL as it may appear in messages: never with user:password. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

class RetryableError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class Fetcher {
  /** Body bytes received, across every request (retries included). */
  bytes = 0;
  requests = 0;
  readonly #fetch: FetchLike;
  readonly #retries: number;
  readonly #base: number;
  readonly #max: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #headers: Record<string, string>;
  readonly #onRetry?: (message: string) => void;

  constructor(options: FetcherOptions = {}) {
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#retries = options.retries ?? 4;
    this.#base = options.baseDelayMs ?? 500;
    this.#max = options.maxDelayMs ?? 30_000;
    this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.#headers = options.userAgent ? { 'user-agent': options.userAgent } : {};
    if (options.onRetry) this.#onRetry = options.onRetry;
  }

  /**
   * GETs `url` and hands the body to `consume`; a 429, a 5xx or a broken
   * connection (also mid-body) starts the whole exchange again. Resolves
   * undefined on 404 when `notFound` is 'undefined'.
   */
  async #exchange<T>(
    url: string,
    consume: (body: Readable) => Promise<T>,
    notFound: 'throw' | 'undefined',
  ): Promise<T | undefined> {
    const shown = displayUrl(url);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#once(url, shown, consume, notFound);
      } catch (err) {
        if (!(err instanceof RetryableError)) throw err;
        if (attempt >= this.#retries) {
          throw new OperationError(`GET ${shown}: ${err.message} (gave up after ${attempt + 1} attempts)`);
        }
        const backoff = this.#base * 2 ** attempt;
        const wait = Math.min(this.#max, err.retryAfterMs ?? backoff);
        this.#onRetry?.(`GET ${shown}: ${err.message}; retrying in ${Math.round(wait / 100) / 10} s`);
        await this.#sleep(wait);
      }
    }
  }

  async #once<T>(
    url: string,
    shown: string,
    consume: (body: Readable) => Promise<T>,
    notFound: 'throw' | 'undefined',
  ): Promise<T | undefined> {
    this.requests++;
    let res: Response;
    try {
      res = await this.#fetch(url, { headers: this.#headers });
    } catch (err) {
      throw new RetryableError(networkReason(err));
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel().catch(() => {});
      throw new RetryableError(`HTTP ${res.status}`, retryAfter(res.headers.get('retry-after'), Date.now()));
    }
    if (res.status === 404) {
      await res.body?.cancel().catch(() => {});
      if (notFound === 'undefined') return undefined;
      throw new NotFoundError(`GET ${shown}: HTTP 404 not found`);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new OperationError(`GET ${shown}: HTTP ${res.status}`);
    }
    const body = res.body
      ? Readable.fromWeb(res.body as import('node:stream/web').ReadableStream)
      : Readable.from([]);
    const counted = body.pipe(
      new Transform({
        transform: (chunk: Buffer, _enc, done) => {
          this.bytes += chunk.length;
          done(null, chunk);
        },
      }),
    );
    body.on('error', (e) => counted.destroy(e));
    try {
      return await consume(counted);
    } catch (err) {
      if (err instanceof OperationError) throw err;
      throw new RetryableError(`body: ${networkReason(err)}`);
    } finally {
      body.destroy();
    }
  }

  /** The whole body. */
  async bytesOf(url: string): Promise<Buffer> {
    return (await this.#exchange(url, collect, 'throw')) as Buffer;
  }

  /** The whole body, or undefined on 404. */
  async bytesOrMissing(url: string): Promise<Buffer | undefined> {
    return this.#exchange(url, collect, 'undefined');
  }

  /** Streams the body to `file` (overwritten on a retry). */
  async toFile(url: string, file: string): Promise<void> {
    await this.#exchange(url, (body) => pipeline(body, createWriteStream(file)), 'throw');
  }

  /**
   * Reads the body line by line; `onLine` returns false to stop early, which
   * closes the connection: an incremental refresh reads only the newest lines.
   * `onStart` runs at the start of every attempt, so a retry starts clean.
   */
  async lines(
    url: string,
    onStart: () => void,
    onLine: (line: string, lineNo: number) => boolean,
  ): Promise<void> {
    await this.#exchange(
      url,
      async (body) => {
        onStart();
        let rest = '';
        let lineNo = 0;
        body.setEncoding('utf8');
        for await (const chunk of body as AsyncIterable<string>) {
          const parts = (rest + chunk).split('\n');
          rest = parts.pop() ?? '';
          for (const p of parts) if (!onLine(p.replace(/\r$/, ''), ++lineNo)) return;
        }
        if (rest !== '') onLine(rest.replace(/\r$/, ''), ++lineNo);
      },
      'throw',
    );
  }
}

async function collect(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function networkReason(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return `${err.message}${detail}`.split('\n')[0] as string;
}
