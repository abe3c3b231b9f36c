import { AuthError, RegistryError } from '../../errors.js';
import { type AuthScheme, parseChallenges, selectAuthScheme } from './challenge.js';
import type { Credential, CredentialSource } from './credentials.js';

// The registry auth dance (distribution's token spec): a 401 carries a
// challenge; Basic registries get the credentials on every request, Bearer
// registries send us to a token service for a token per scope set. Tokens are
// cached per sorted scope set until shortly before `expires_in` runs out, and
// once a registry's scheme is known, tokens are fetched before the request so
// a streamed body is never lost to a 401.

export interface TokenRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface TokenResponse {
  status: number;
  body: Buffer;
}

/** Performs a token-service request (the HTTP layer provides it, with its retries and TLS settings). */
export type TokenFetcher = (req: TokenRequest) => Promise<TokenResponse>;

export interface AuthenticatorOptions {
  registry: string;
  credentials: CredentialSource;
  fetchToken: TokenFetcher;
  now?: () => number;
  /** OAuth2 client_id for refresh-token grants. */
  clientId?: string;
}

/** Lifetime the token spec assumes when a token service omits `expires_in` (also its floor). */
const DEFAULT_TOKEN_SECONDS = 60;
/** Renew this long before expiry so a token does not lapse in flight. */
const EXPIRY_MARGIN_MS = 5_000;
const MAX_TOKEN_RESPONSE = 1024 * 1024;

interface CachedToken {
  header: string;
  expiresAt: number;
}

export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(' ');
}

export function describeScopes(scopes: readonly string[]): string {
  return scopes.length ? scopeKey(scopes) : 'registry access';
}

export class Authenticator {
  private scheme: AuthScheme | undefined;
  /** True once the registry answered without asking for credentials. */
  private open = false;
  private credential: Promise<Credential> | undefined;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<CachedToken>>();
  private readonly now: () => number;
  /** Token-service requests made, for diagnostics and tests. */
  tokenRequests = 0;

  constructor(private readonly options: AuthenticatorOptions) {
    this.now = options.now ?? Date.now;
  }

  get registry(): string {
    return this.options.registry;
  }

  /** Whether the registry's auth scheme (or its absence) has been learned yet. */
  get known(): boolean {
    return this.open || this.scheme !== undefined;
  }

  /** The registry served a request without a challenge. */
  noteOpen(): void {
    if (!this.scheme) this.open = true;
  }

  /** Records the challenge of a 401 without authenticating (used by a ping). */
  learn(wwwAuthenticate: string | undefined): void {
    const scheme = wwwAuthenticate ? selectAuthScheme(parseChallenges(wwwAuthenticate)) : undefined;
    if (!scheme) {
      throw new RegistryError(
        `401 Unauthorized from ${this.registry} without a Basic or Bearer WWW-Authenticate challenge${
          wwwAuthenticate ? ` (got "${wwwAuthenticate.slice(0, 200)}")` : ''
        }`,
        401,
      );
    }
    this.scheme = scheme;
    this.open = false;
  }

  /**
   * The Authorization header to send for `scopes` before any 401: a cached
   * token, Basic credentials, or a token fetched now because the registry is
   * known to use Bearer. Undefined while the scheme is unknown or anonymous.
   */
  async authorization(scopes: readonly string[]): Promise<string | undefined> {
    const scheme = this.scheme;
    if (!scheme) return undefined;
    if (scheme.kind === 'basic') return this.basicHeader(scopes, false);
    const cached = this.tokens.get(scopeKey(scopes));
    if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > this.now()) return cached.header;
    return (await this.token(scheme, scopes)).header;
  }

  /**
   * After a 401: forget what was sent for `scopes`, read the challenge, and
   * return a freshly obtained Authorization header.
   */
  async reauthenticate(
    wwwAuthenticate: string | undefined,
    scopes: readonly string[],
    sent?: string,
  ): Promise<string> {
    this.learn(wwwAuthenticate);
    const scheme = this.scheme!;
    // Concurrent first requests all get a 401; the first to get here fetches a
    // token. The others must use it, not throw it away and fetch it again: only
    // the header that was actually refused is forgotten.
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.header !== sent && cached.expiresAt - EXPIRY_MARGIN_MS > this.now())
      return cached.header;
    const inFlight = this.pending.get(key);
    if (inFlight && sent === undefined) return (await inFlight).header;
    this.tokens.delete(key);
    if (scheme.kind === 'basic') {
      const header = await this.basicHeader(scopes, true);
      return header!;
    }
    return (await this.token(scheme, scopes)).header;
  }

  /** The error for a 401 that fresh credentials did not cure. */
  async rejected(scopes: readonly string[]): Promise<AuthError> {
    const cred = await this.credentialFor();
    const what = describeScopes(scopes);
    if (cred.kind === 'anonymous') {
      return new AuthError(
        `401 Unauthorized from ${this.registry} for ${what}: anonymous access was refused; no credentials for ${this.registry} were found`,
        401,
      );
    }
    return new AuthError(
      `401 Unauthorized from ${this.registry} for ${what}: credentials for ${this.registry} were rejected`,
      401,
    );
  }

  private credentialFor(): Promise<Credential> {
    this.credential ??= this.options.credentials.forRegistry(this.registry);
    const p = this.credential;
    p.catch(() => {
      if (this.credential === p) this.credential = undefined;
    });
    return p;
  }

  private async basicHeader(scopes: readonly string[], required: boolean): Promise<string | undefined> {
    const cred = await this.credentialFor();
    if (cred.kind === 'basic') {
      return `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
    }
    if (cred.kind === 'registry-token') return `Bearer ${cred.token}`;
    if (!required) return undefined;
    if (cred.kind === 'anonymous') throw await this.rejected(scopes);
    throw new AuthError(
      `401 Unauthorized from ${this.registry} for ${describeScopes(scopes)}: the registry asks for Basic credentials but only an identity token is configured for ${this.registry}`,
      401,
    );
  }

  private token(
    scheme: Extract<AuthScheme, { kind: 'bearer' }>,
    scopes: readonly string[],
  ): Promise<CachedToken> {
    const key = scopeKey(scopes);
    let p = this.pending.get(key);
    if (!p) {
      p = this.fetchToken(scheme, scopes).finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  private async fetchToken(
    scheme: Extract<AuthScheme, { kind: 'bearer' }>,
    scopes: readonly string[],
  ): Promise<CachedToken> {
    const cred = await this.credentialFor();
    if (cred.kind === 'registry-token') {
      const cached = { header: `Bearer ${cred.token}`, expiresAt: Number.POSITIVE_INFINITY };
      this.tokens.set(scopeKey(scopes), cached);
      return cached;
    }
    const allScopes = [...new Set([...scopes, ...scheme.scopes])].sort();
    let realm: URL;
    try {
      realm = new URL(scheme.realm);
    } catch {
      throw new RegistryError(
        `${this.registry} sent a Bearer challenge whose realm "${scheme.realm}" is not a URL`,
        401,
      );
    }
    const where = `token service ${realm.origin}${realm.pathname}`;
    let req: TokenRequest;
    if (cred.kind === 'identity-token') {
      // OAuth2 refresh-token grant, as the Docker CLI does for identity tokens.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: cred.token,
        client_id: this.options.clientId ?? 'lading',
        ...(scheme.service ? { service: scheme.service } : {}),
      });
      if (allScopes.length) form.set('scope', allScopes.join(' '));
      req = {
        method: 'POST',
        url: realm.href,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(form.toString(), 'utf8'),
      };
    } else {
      const url = new URL(realm.href);
      if (scheme.service) url.searchParams.set('service', scheme.service);
      for (const s of allScopes) url.searchParams.append('scope', s);
      const headers: Record<string, string> = {};
      if (cred.kind === 'basic') {
        headers.authorization = `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
      }
      req = { method: 'GET', url: url.href, headers };
    }

    this.tokenRequests++;
    const started = this.now();
    const res = await this.options.fetchToken(req);
    const what = describeScopes(scopes);
    if (res.status === 401 || res.status === 403) {
      if (cred.kind === 'anonymous') {
        throw new AuthError(
          `${res.status} from ${where} for ${what}: anonymous access to ${this.registry} was refused; no credentials for ${this.registry} were found`,
          res.status,
        );
      }
      throw new AuthError(
        `${res.status} Unauthorized from ${where} for ${what}: credentials for ${this.registry} were rejected`,
        res.status,
      );
    }
    if (res.status < 200 || res.status >= 300) {
      throw new RegistryError(
        `${where} answered ${res.status} for ${what} (registry ${this.registry})`,
        res.status,
      );
    }
    if (res.body.length > MAX_TOKEN_RESPONSE) {
      throw new RegistryError(`${where} sent a token response larger than 1 MiB for ${what}`, res.status);
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(res.body.toString('utf8'));
    } catch {
      throw new RegistryError(`${where} sent a token response that is not JSON for ${what}`, res.status);
    }
    const token =
      typeof body.token === 'string' && body.token
        ? body.token
        : typeof body.access_token === 'string' && body.access_token
          ? body.access_token
          : undefined;
    if (!token) {
      throw new RegistryError(
        `${where} sent a token response without "token" or "access_token" for ${what}`,
        res.status,
      );
    }
    const seconds =
      typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
        ? Math.max(body.expires_in, DEFAULT_TOKEN_SECONDS)
        : DEFAULT_TOKEN_SECONDS;
    const cached = { header: `Bearer ${token}`, expiresAt: started + seconds * 1000 };
    this.tokens.set(scopeKey(scopes), cached);
    return cached;
  }
}
