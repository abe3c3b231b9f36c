import { describe, expect, it } from 'vitest';
import { decideTags, immutableGuard } from '../../src/build/tag-guard.js';
import { DeniedError, InputError } from '../../src/errors.js';
import type { Digest } from '../../src/oci/digest.js';

const A = `sha256:${'a'.repeat(64)}` as Digest;
const B = `sha256:${'b'.repeat(64)}` as Digest;

describe('immutable tag guard', () => {
  it('matches tag names with globs, dots included', () => {
    const g = immutableGuard(['v*', 'release-?.?']);
    expect(g.matches('v1.2.3')).toBe('v*');
    expect(g.matches('release-1.2')).toBe('release-?.?');
    expect(g.matches('latest')).toBeUndefined();
    expect(immutableGuard(['*']).matches('.hidden')).toBe('*');
  });

  it('refuses patterns that cannot be tag globs', () => {
    expect(() => immutableGuard([''])).toThrow(InputError);
    expect(() => immutableGuard(['ghcr.io/o/app:v*'])).toThrow(/expected a glob over tag names/);
  });

  it('creates absent tags, keeps same-digest tags, moves mutable ones', () => {
    const d = decideTags(
      A,
      [
        { reference: 'r:v1', tag: 'v1' },
        { reference: 'r:v2', tag: 'v2', current: A },
        { reference: 'r:latest', tag: 'latest', current: B },
      ],
      immutableGuard(['v*']),
    );
    expect(d.map((x) => x.outcome)).toEqual(['created', 'unchanged', 'moved']);
    expect(d[2]?.current).toBe(B);
  });

  it('names every protected tag that points elsewhere, with its digest and pattern, in one refusal', () => {
    const run = () =>
      decideTags(
        A,
        [
          { reference: 'r:latest', tag: 'latest', current: B },
          { reference: 'r:v1', tag: 'v1', current: B },
          { reference: 'r:stable', tag: 'stable', current: B },
        ],
        immutableGuard(['v*', 'stable']),
      );
    expect(run).toThrow(DeniedError);
    expect(run).toThrow(
      `r:v1 points to ${B} and matches immutable pattern "v*"; r:stable points to ${B} and matches immutable pattern "stable". No tag was changed.`,
    );
  });
});
