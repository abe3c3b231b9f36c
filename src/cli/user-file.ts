import { resolve } from 'node:path';
import { readUserFile as readFileNamed } from '../steps/user-file.js';
import type { CliIO } from './program.js';

/** A file the user named, read whole from the CLI's working directory; a missing file is bad input naming the flag. */
export function readUserFile(io: CliIO, path: string, flag: string): Promise<string> {
  return readFileNamed(resolve(io.cwd, path), path, flag);
}
