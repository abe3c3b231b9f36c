import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryPath, resolveInRoot } from '../../src/image/entry-path.js';

describe('entryPath', () => {
  it.each([
    ['etc/os-release', 'etc/os-release'],
    ['./etc/os-release', 'etc/os-release'],
    ['/etc/os-release', 'etc/os-release'],
    ['etc/apk/', 'etc/apk'],
    ['.//etc/./x', 'etc/x'],
    ['usr/../etc/x', 'etc/x'],
    ['./', ''],
    ['.', ''],
  ])('%s -> %s', (name, path) => {
    expect(entryPath(name)).toBe(path);
  });

  it.each(['../etc/passwd', 'a/../../b', '/..', './../x'])('%s climbs out: undefined', (name) => {
    expect(entryPath(name)).toBeUndefined();
  });
});

describe('resolveInRoot', () => {
  const links = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('follows relative, absolute and directory symlinks', () => {
    const m = links({ 'etc/os-release': '../usr/lib/os-release', lib: 'usr/lib', 'etc/alt': '/lib/x' });
    expect(resolveInRoot('etc/os-release', m)).toEqual({ path: 'usr/lib/os-release' });
    expect(resolveInRoot('lib/apk/db/installed', m)).toEqual({ path: 'usr/lib/apk/db/installed' });
    expect(resolveInRoot('etc/alt', m)).toEqual({ path: 'usr/lib/x' });
  });

  it('clamps .. at the root, as a chroot does', () => {
    expect(resolveInRoot('app/cfg', links({ 'app/cfg': '../../../../etc/passwd' }))).toEqual({
      path: 'etc/passwd',
    });
  });

  it('reports loops instead of spinning', () => {
    expect(resolveInRoot('a', links({ a: 'b', b: '/a' }))).toEqual({ loop: true });
    expect(resolveInRoot('d/x', links({ d: 'd/e' }))).toEqual({ loop: true });
  });

  it('never answers with a path outside the root, whatever the links', () => {
    const segment = fc.constantFrom('a', 'b', '..', '.', '', 'c');
    const target = fc.array(segment, { maxLength: 5 }).map((s) => s.join('/'));
    const absolute = fc.tuple(fc.boolean(), target).map(([abs, t]) => (abs ? `/${t}` : t));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'a/b', 'c', 'b/c'), absolute),
        fc.array(fc.constantFrom('a', 'b', 'c', '..'), { minLength: 1, maxLength: 4 }),
        (map, parts) => {
          const r = resolveInRoot(parts.join('/'), new Map(Object.entries(map)));
          if ('loop' in r) return;
          expect(r.path.startsWith('/')).toBe(false);
          expect(r.path.split('/')).not.toContain('..');
        },
      ),
    );
  });
});
