import { AuthError, InputError, OperationError } from '../errors.js';

/** The runner's variables that grant an OIDC token (`permissions: id-token: write`). */
export interface ActionsTokenEnvironment {
  ACTIONS_ID_TOKEN_REQUEST_URL?: string;
  ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string;
}

/** True when the job may ask the runner for an OIDC token. */
export function hasActionsIdToken(env: ActionsTokenEnvironment): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * A token provider that asks the Actions runtime for an OIDC token, as
 * `@actions/core`'s getIDToken does: GET the request URL with `audience`
 * added, `Authorization: bearer <request token>`, answer `{"value": JWT}`.
 * Neither the request token nor the JWT ever appears in an error.
 */
export function actionsIdTokenProvider(
  env: ActionsTokenEnvironment,
  audience = 'sigstore',
  fetchImpl: typeof fetch = fetch,
): () => Promise<string> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    throw new InputError(
      'no OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are unset (give the job `permissions: id-token: write`, or sign with a key)',
    );
  }
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    throw new InputError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL');
  }
  url.searchParams.set('audience', audience);
  const where = `${url.origin}${url.pathname}`;
  return async () => {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json' },
      });
    } catch (e) {
      throw new OperationError(`OIDC token request to ${where} failed: ${(e as Error).message}`);
    }
    if (res.status === 401 || res.status === 403) {
      throw new AuthError(`OIDC token request to ${where} was refused (HTTP ${res.status})`, res.status);
    }
    if (!res.ok) throw new OperationError(`OIDC token request to ${where} answered HTTP ${res.status}`);
    const body = (await res.json().catch(() => undefined)) as { value?: unknown } | undefined;
    if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) {
      throw new OperationError(`OIDC token request to ${where}: the answer has no JWT in "value"`);
    }
    return body.value;
  };
}
