import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Tests that need a real peer (a registry binary, crane, oras, skopeo, cosign,
// notation) or ../shared skip with a printed reason on a user's fresh clone, and
// fail where CI=true: CI must never go green by skipping what it is meant to prove.

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PEERS_BIN = join(REPO_ROOT, '.peers', 'bin');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export type PeerName =
  | 'crane'
  | 'oras'
  | 'skopeo'
  | 'buildah'
  | 'cosign'
  | 'notation'
  | 'docker-registry'
  | 'referrers-registry'
  | 'pyspdxtools'
  | 'tuf-repo';

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function missing(what: string, hint: string): undefined {
  const reason = `${what} is not available (${hint})`;
  if (IN_CI) throw new Error(`CI=true but ${reason}`);
  console.warn(`skipping: ${reason}`);
  return undefined;
}

/** Path of a peer binary, or undefined (after printing why) when it is missing outside CI. */
export function needPeer(name: PeerName): string | undefined {
  const local = join(PEERS_BIN, name);
  if (existsSync(local)) return local;
  return findOnPath(name) ?? missing(`peer '${name}'`, 'run `npm run peers` to install the real peers');
}

/** Several peers at once; undefined when any is missing. */
export function needPeers<const T extends PeerName>(...names: T[]): Record<T, string> | undefined {
  const out = {} as Record<T, string>;
  for (const n of names) {
    const p = needPeer(n);
    if (!p) return undefined;
    out[n] = p;
  }
  return out;
}

/** Path inside ../shared, or undefined (after printing why) when ../shared is missing outside CI. */
export function needShared(relative: string): string | undefined {
  const p = join(SHARED_DIR, relative);
  if (existsSync(p)) return p;
  return missing(`../shared/${relative}`, 'the shared test data sits beside the clone in CI');
}
