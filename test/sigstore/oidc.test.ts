import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsIdTokenProvider } from '../../src/github/oidc.js';
import { startActionsTokenEndpoint } from '../harness/sigstore-server.js';

describe('the Actions runtime OIDC token', () => {
  let endpoint: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
  beforeAll(async () => {
    endpoint = await startActionsTokenEndpoint({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:a/b',
    });
  });
  afterAll(() => endpoint?.stop());

  it('asks for audience sigstore with the bearer request token and returns the JWT', async () => {
    const token = await actionsIdTokenProvider(endpoint.env)();
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(claims).toMatchObject({ aud: 'sigstore', sub: 'repo:a/b' });
    expect(endpoint.requests.at(-1)).toEqual({ audience: 'sigstore', authorized: true });
  });

  it('a refused request token is an auth error that does not show the token', async () => {
    const secret = 'canary-request-token';
    const get = actionsIdTokenProvider({ ...endpoint.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: secret });
    const err = (await get().catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(
      /^OIDC token request to http:\/\/127\.0\.0\.1:\d+\/token was refused \(HTTP 401\)$/,
    );
    expect(err.message).not.toContain(secret);
  });

  it('without the runner variables, says how to get them', () => {
    expect(() => actionsIdTokenProvider({})).toThrow(
      'no OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are unset (give the job `permissions: id-token: write`, or sign with a key)',
    );
  });
});
