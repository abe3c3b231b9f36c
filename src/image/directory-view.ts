import type { Dirent } from 'node:fs';
import { lstat, opendir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError, OperationError } from '../errors.js';
import type { CapturedFile, CatalogWarning } from '../sbom/model.js';
import type { FileWants } from './file-view.js';

// A source tree (`dir:PATH`) seen the way catalogers see an image: the same
// `wants`, the same canonical paths (relative, `/`-separated), so lockfiles
// and installed trees can be catalogued in a pull request before any image
// exists. Symlinks are followed only when they stay inside the tree.

export interface DirectoryLimits {
  /** Bytes of one captured file, when `wants` names no limit of its own. */
  maxFileBytes: number;
  /** Entries (files, directories, links) walked before giving up. */
  maxEntries: number;
}

export const DEFAULT_DIRECTORY_LIMITS: DirectoryLimits = {
  maxFileBytes: 64 * 1024 ** 2,
  maxEntries: 1_000_000,
};

/** Directories nobody catalogs: version control, and caches of build tools inside node_modules. */
const SKIPPED = new Set(['.git', 'node_modules/.cache']);

export interface DirectoryFiles {
  root: string;
  files: CapturedFile[];
  entries: number;
  warnings: CatalogWarning[];
}

export async function readDirectoryFiles(
  root: string,
  options: { wants: FileWants; limits?: Partial<DirectoryLimits> },
): Promise<DirectoryFiles> {
  const limits: DirectoryLimits = { ...DEFAULT_DIRECTORY_LIMITS, ...options.limits };
  const info = await stat(root).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new InputError(`dir:${root}: no such directory`);
    throw new OperationError(`dir:${root}: cannot read (${err.message})`, { cause: err });
  });
  if (!info.isDirectory()) throw new InputError(`dir:${root}: is not a directory`);
  const realRoot = await realpath(root);
  const files: CapturedFile[] = [];
  const warnings: CatalogWarning[] = [];
  let entries = 0;

  const capture = async (abs: string, path: string, limit: number) => {
    const s = await stat(abs);
    if (!s.isFile()) return;
    if (s.size > limit) {
      warnings.push({
        path,
        message: `${path} is ${s.size} bytes, over the ${limit}-byte limit for one captured file (limit maxFileBytes); skipped`,
      });
      return;
    }
    files.push({ path, bytes: await readFile(abs) });
  };

  const visit = async (dir: string, rel: string): Promise<void> => {
    let handle: AsyncIterable<Dirent>;
    try {
      handle = await opendir(dir);
    } catch (err) {
      warnings.push({
        path: rel || '.',
        message: `cannot read directory: ${(err as Error).message}; skipped`,
      });
      return;
    }
    const names: Dirent[] = [];
    for await (const d of handle) names.push(d);
    // Sorted, so the files (and any warnings) come out in the same order on every machine.
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of names) {
      const path = rel ? `${rel}/${d.name}` : d.name;
      if (SKIPPED.has(path) || d.name === '.git' || path.endsWith('/node_modules/.cache')) continue;
      if (++entries > limits.maxEntries) {
        throw new InputError(`dir:${root}: more than ${limits.maxEntries} entries (limit maxEntries)`);
      }
      const abs = join(dir, d.name);
      if (d.isDirectory()) {
        await visit(abs, path);
        continue;
      }
      const w = options.wants(path);
      if (w === false || w === 0) continue;
      const limit = w === true ? limits.maxFileBytes : w;
      if (d.isFile()) {
        await capture(abs, path, limit);
      } else if (d.isSymbolicLink()) {
        // A link is read only when its target is a file inside the tree: a
        // checked-out repository must not make lading read /etc/shadow.
        const target = await realpath(abs).catch(() => undefined);
        const r = target === undefined ? '..' : relative(realRoot, target);
        const inside = r !== '' && r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r);
        if (!target || !inside) {
          warnings.push({ path, message: `symlink points outside ${root} or nowhere; skipped` });
          continue;
        }
        if ((await lstat(target)).isFile()) await capture(target, path, limit);
      }
    }
  };
  await visit(root, '');
  return { root, files, entries, warnings };
}
