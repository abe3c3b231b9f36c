import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_CACHE_HOME/lading/<name>`, else `~/.cache/lading/<name>`: what lading keeps between runs, per user. */
export function userCacheDir(env: NodeJS.ProcessEnv, name: string): string {
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'lading', name);
}
