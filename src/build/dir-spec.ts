import { basename, isAbsolute, normalize, posix } from 'node:path';
import { InputError } from '../errors.js';

/** One `--dir SRC[:DEST]`: a host directory and where its content lands in the image. */
export interface DirSpec {
  source: string;
  destination: string;
  /** What the image's history says about the source: never an absolute host path. */
  label: string;
}

/**
 * Parses `--dir SRC[:DEST]` (DEST defaults to `/`). The split is at the last
 * colon, so a source path may hold colons when a destination is given.
 */
export function parseDirSpec(spec: string): DirSpec {
  const where = `build: --dir "${spec}"`;
  if (spec.trim() === '') throw new InputError(`${where}: empty; expected SRC[:DEST], e.g. ./dist:/app`);
  const i = spec.lastIndexOf(':');
  const source = i >= 0 ? spec.slice(0, i) : spec;
  const destination = i >= 0 ? spec.slice(i + 1) : '/';
  if (source === '') throw new InputError(`${where}: the source directory is empty; expected SRC[:DEST]`);
  if (destination === '') throw new InputError(`${where}: the destination after ":" is empty`);
  if (!destination.startsWith('/'))
    throw new InputError(`${where}: the destination "${destination}" must be absolute (start with /)`);
  if (destination.split('/').some((part) => part === '..' || part === '.'))
    throw new InputError(`${where}: the destination "${destination}" must not contain "." or ".." parts`);
  return {
    source,
    destination: posix.normalize(destination).replace(/(.)\/+$/, '$1'),
    // An absolute host path (a CI workspace, a temp dir) differs between machines;
    // writing it into the history would make the same content give another digest.
    label: isAbsolute(source) ? basename(source) || '/' : normalize(source),
  };
}
