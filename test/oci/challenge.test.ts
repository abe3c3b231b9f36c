import { describe, expect, it } from 'vitest';
import { parseChallenges, selectAuthScheme } from '../../src/oci/auth/challenge.js';

describe('parseChallenges', () => {
  it('reads a distribution Bearer challenge with a comma inside the quoted scope', () => {
    const h =
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull,push"';
    expect(parseChallenges(h)).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/alpine:pull,push',
        },
      },
    ]);
  });

  it('reads Basic with a realm, case-insensitive scheme and parameter names', () => {
    expect(parseChallenges('BASIC Realm="Registry Realm"')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
    ]);
  });

  it('unescapes quoted-pair characters', () => {
    const [c] = parseChallenges(
      'Bearer realm="https://a/t",error="invalid_token",error_description="say \\"hi\\", \\\\ ok"',
    );
    expect(c?.params.error_description).toBe('say "hi", \\ ok');
    expect(c?.params.error).toBe('invalid_token');
  });

  it('splits several challenges in one header, with spaces around "=" and unquoted tokens', () => {
    const h =
      'Basic realm="basic realm", Bearer realm = "https://t/token" , service=reg.example, scope="a:b:pull" , Negotiate';
    expect(parseChallenges(h)).toEqual([
      { scheme: 'basic', params: { realm: 'basic realm' } },
      { scheme: 'bearer', params: { realm: 'https://t/token', service: 'reg.example', scope: 'a:b:pull' } },
      { scheme: 'negotiate', params: {} },
    ]);
  });

  it('reads a token68 credential form', () => {
    expect(parseChallenges('Negotiate YII=, Basic realm="x"')).toEqual([
      { scheme: 'negotiate', params: {}, token68: 'YII=' },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
  });

  it('survives garbage and an unterminated quote without throwing', () => {
    expect(parseChallenges('')).toEqual([]);
    expect(parseChallenges('Bearer realm="https://a/t')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://a/t' } },
    ]);
    expect(parseChallenges('"junk", Basic realm="r"')).toEqual([{ scheme: 'basic', params: { realm: 'r' } }]);
  });
});

describe('selectAuthScheme', () => {
  it('prefers Bearer, splitting a space-separated scope list', () => {
    const s = selectAuthScheme(
      parseChallenges('Basic realm="b", Bearer realm="https://t",scope="a:x:pull b:y:push"'),
    );
    expect(s).toEqual({ kind: 'bearer', realm: 'https://t', scopes: ['a:x:pull', 'b:y:push'] });
  });

  it('falls back to Basic, and ignores a Bearer without realm', () => {
    expect(selectAuthScheme(parseChallenges('Bearer service="x", Basic realm="r"'))).toEqual({
      kind: 'basic',
      realm: 'r',
    });
    expect(selectAuthScheme(parseChallenges('Bearer service="x"'))).toBeUndefined();
    expect(selectAuthScheme(parseChallenges('Negotiate'))).toBeUndefined();
  });
});
