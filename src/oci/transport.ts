import type { Readable } from 'node:stream';

// The contract between the registry client (registry.ts) and the HTTP layer
// (http.ts): the client says what it wants and which scope it needs; the HTTP
// layer owns connections, authentication (challenges, tokens per scope) and
// retries. Nothing above this file sees a WWW-Authenticate header.

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

export interface RegistryRequest {
  method: HttpMethod;
  /** Absolute URL, or a path starting with `/v2/` resolved against the registry. */
  url: string;
  headers?: Record<string, string>;
  /**
   * A Buffer can be re-sent, so a retry is possible; a stream cannot, so a
   * request with a stream body is never retried, idempotent or not.
   */
  body?: Buffer | Readable;
  /** Token scopes this request needs, e.g. `repository:demo/app:pull,push`. */
  scopes: string[];
  /**
   * True for requests that are safe to repeat (GET, HEAD, PUT of a manifest or
   * of a blob by digest, DELETE). False for POST/PATCH of upload sessions.
   */
  idempotent: boolean;
}

export interface RegistryResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", " except where noted by the implementation. */
  headers: Record<string, string>;
  /** The body as a stream; must be consumed or destroyed by the caller. */
  body: Readable;
  /** Reads the whole body (for small bodies: errors, manifests under the cap). */
  bytes(limit?: number): Promise<Buffer>;
  /** Discards the body. */
  dump(): Promise<void>;
}

export interface RegistryTransport {
  /** The registry host as written in references, e.g. `127.0.0.1:5000`, `ghcr.io`. */
  readonly registry: string;
  request(req: RegistryRequest): Promise<RegistryResponse>;
  close(): Promise<void>;
}
