// Layer tars name their entries `./etc/x`, `/etc/x`, `etc/x/` or even
// `usr/../etc/x`, depending on the tool that wrote them. The view keys every
// file by one canonical form (relative to the image root, no leading or
// trailing slash), and refuses names that climb out of the root, since a
// reader that followed them would be looking at files outside the image.

/** Canonical path inside the image root, `''` for the root itself; undefined when `name` escapes the root. */
export function entryPath(name: string): string | undefined {
  // The fast path: most names need no rewriting beyond a `./` or `/` prefix and a trailing slash.
  let start = 0;
  while (start < name.length && (name[start] === '/' || (name[start] === '.' && name[start + 1] === '/'))) {
    start += name[start] === '/' ? 1 : 2;
  }
  let end = name.length;
  while (end > start && name[end - 1] === '/') end--;
  const rest = start === 0 && end === name.length ? name : name.slice(start, end);
  if (rest === '.') return '';
  if (!rest.includes('//') && !/(^|\/)\.\.?(\/|$)/.test(rest)) return rest;
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Most symlink hops a path may take before the view calls it a loop (Linux's MAXSYMLINKS). */
export const MAX_SYMLINK_HOPS = 40;

export type Resolution = { path: string } | { loop: true };

/**
 * Follows `path` through the image's symlinks the way the kernel would inside
 * a chroot: absolute targets start again at the image root, and `..` at the
 * root stays at the root, so no answer ever lies outside the image.
 * `symlinks` maps canonical paths to their raw link targets.
 */
export function resolveInRoot(path: string, symlinks: ReadonlyMap<string, string>): Resolution {
  // A stack of segments still to walk, last element next.
  const pending = path.split('/').reverse();
  const out: string[] = [];
  let hops = 0;
  while (pending.length > 0) {
    const seg = pending.pop() as string;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      out.pop();
      continue;
    }
    out.push(seg);
    const target = symlinks.get(out.join('/'));
    if (target === undefined) continue;
    if (++hops > MAX_SYMLINK_HOPS) return { loop: true };
    out.pop();
    if (target.startsWith('/')) out.length = 0;
    const parts = target.split('/');
    for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i] as string);
  }
  return { path: out.join('/') };
}
