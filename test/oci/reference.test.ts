import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Digest } from '../../src/oci/digest.js';
import {
  defaultScheme,
  formatReference,
  type ImageReference,
  parseReference,
  registryApiHost,
} from '../../src/oci/reference.js';

const D = `sha256:${'0123456789abcdef'.repeat(4)}` as Digest;

describe('parseReference', () => {
  it.each<[string, ImageReference]>([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['alpine:3.20', { registry: 'docker.io', repository: 'library/alpine', tag: '3.20' }],
    ['bitnami/redis', { registry: 'docker.io', repository: 'bitnami/redis', tag: 'latest' }],
    ['docker.io/alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    [
      'index.docker.io/library/alpine:edge',
      { registry: 'docker.io', repository: 'library/alpine', tag: 'edge' },
    ],
    ['registry-1.docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['ghcr.io/owner/app:v1.2.3', { registry: 'ghcr.io', repository: 'owner/app', tag: 'v1.2.3' }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: 'latest' }],
    ['localhost:5000/a/b/c:t', { registry: 'localhost:5000', repository: 'a/b/c', tag: 't' }],
    ['127.0.0.1:5000/demo/app', { registry: '127.0.0.1:5000', repository: 'demo/app', tag: 'latest' }],
    ['[::1]:5000/demo/app:x', { registry: '[::1]:5000', repository: 'demo/app', tag: 'x' }],
    ['Registry.Example.com/app', { registry: 'Registry.Example.com', repository: 'app', tag: 'latest' }],
    [`ghcr.io/o/app@${D}`, { registry: 'ghcr.io', repository: 'o/app', digest: D }],
    [`alpine:3@${D}`, { registry: 'docker.io', repository: 'library/alpine', tag: '3', digest: D }],
    ['a/b__c.d-e---f_g:_T.a-g', { registry: 'docker.io', repository: 'a/b__c.d-e---f_g', tag: '_T.a-g' }],
  ])('%s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  it('leaves the tag out when asked not to default it', () => {
    expect(parseReference('ghcr.io/o/app', { defaultTag: false })).toEqual({
      registry: 'ghcr.io',
      repository: 'o/app',
    });
  });

  it.each([
    ['', 'is empty'],
    ['ghcr.io/', 'has no repository name after the registry'],
    ['ghcr.io/Owner/app', 'repository name must be lowercase ("Owner")'],
    ['UPPER', 'repository name must be lowercase ("UPPER")'],
    ['ghcr.io/a//b', 'empty path component'],
    ['ghcr.io/a/', 'empty path component'],
    ['ghcr.io/-a', 'repository component "-a" must be lowercase letters and digits'],
    ['ghcr.io/a_.b', 'repository component "a_.b"'],
    ['app:-bad', 'tag "-bad" must match'],
    [`app:${'x'.repeat(129)}`, 'at most 128 characters'],
    ['app@sha256:abc', 'digest "sha256:abc" is not sha256:<64 hex>'],
    [`app@${D}@${D}`, 'has more than one "@"'],
    ['my host/app', 'contains whitespace'],
    ['ho_st.io:5000/app', 'registry "ho_st.io:5000" is not a valid host[:port]'],
    [':tag', 'has no repository name'],
    ['0123456789abcdef'.repeat(4), 'is an image ID'],
    [`ghcr.io/${'a'.repeat(250)}`, 'is longer than 255 characters'],
  ])('rejects %j: %s', (input, why) => {
    let err: unknown;
    try {
      parseReference(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message.startsWith(`image reference "${input}": `)).toBe(true);
    expect((err as Error).message).toContain(why);
  });

  const component = fc
    .stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/, { maxLength: 20 })
    .filter((s) => s.length > 0);
  const registry = fc.oneof(
    fc.constantFrom(
      'docker.io',
      'ghcr.io',
      'localhost',
      'localhost:5000',
      '127.0.0.1:5000',
      '[::1]:5000',
      'registry.example.com:443',
    ),
    fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?\.[a-z]{2,6}(:[0-9]{1,5})?$/),
  );
  const tag = fc.stringMatching(/^[\w][\w.-]{0,127}$/);
  const digest = fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`);

  it('round-trips format(parse(x)) for generated fully qualified references', () => {
    fc.assert(
      fc.property(
        registry,
        fc.array(component, { minLength: 1, maxLength: 4 }),
        fc.option(tag, { nil: undefined }),
        fc.option(digest, { nil: undefined }),
        (reg, parts, t, d) => {
          const repository =
            reg === 'docker.io' && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
          fc.pre(`${reg}/${repository}`.length <= 255);
          const text = `${reg}/${repository}${t !== undefined ? `:${t}` : ''}${d ? `@${d}` : ''}`;
          const parsed = parseReference(text, { defaultTag: false });
          expect(parsed.registry).toBe(reg);
          expect(parsed.repository).toBe(repository);
          expect(formatReference(parsed)).toBe(text);
          expect(parseReference(formatReference(parsed), { defaultTag: false })).toEqual(parsed);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('registryApiHost and defaultScheme', () => {
  it('sends Docker Hub API calls to registry-1.docker.io', () => {
    expect(registryApiHost('docker.io')).toBe('registry-1.docker.io');
    expect(registryApiHost('ghcr.io')).toBe('ghcr.io');
  });

  it('uses plain HTTP for loopback and listed insecure hosts only', () => {
    expect(defaultScheme('localhost')).toBe('http');
    expect(defaultScheme('localhost:5000')).toBe('http');
    expect(defaultScheme('127.0.0.1:5000')).toBe('http');
    expect(defaultScheme('127.8.9.10')).toBe('http');
    expect(defaultScheme('[::1]:5000')).toBe('http');
    expect(defaultScheme('128.0.0.1:5000')).toBe('https');
    expect(defaultScheme('localhost.example.com')).toBe('https');
    expect(defaultScheme('ghcr.io')).toBe('https');
    expect(defaultScheme('10.0.0.5:5000', ['10.0.0.5:5000'])).toBe('http');
    expect(defaultScheme('10.0.0.5:5000', ['10.0.0.5'])).toBe('http');
    expect(defaultScheme('10.0.0.6:5000', ['10.0.0.5'])).toBe('https');
  });
});
