import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** A file the user named, as text; a failure names the flag and the file as the user wrote it (`shown`). */
export async function readUserFile(path: string, shown: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${flag} ${shown}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}
