import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import { describeError } from '../errors.js';

// Workflow artifacts through the Actions results service (@actions/artifact).
// Without that service (a self-hosted runner without it, a local run of the
// bundle, act), there is nowhere to upload: the caller is told why instead of
// the step failing, because the files are still on disk.

export type ArtifactOutcome =
  | { uploaded: true; name: string; id?: number; size?: number }
  | { uploaded: false; name: string; reason: string };

/** The runner variables @actions/artifact needs; undefined when both are set. */
export function missingArtifactService(env: NodeJS.ProcessEnv): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  return missing.length > 0
    ? `no Actions results service here (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set)`
    : undefined;
}

/**
 * Uploads `files` as one artifact, paths kept relative to the deepest
 * directory holding them all. Never throws: a failed upload is an outcome.
 */
export async function uploadArtifact(
  name: string,
  files: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<ArtifactOutcome> {
  const missing = missingArtifactService(env);
  if (missing) return { uploaded: false, name, reason: missing };
  try {
    // Loaded only when used: the artifact client brings the Azure blob SDK.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], commonDirectory(files));
    return {
      uploaded: true,
      name,
      ...(result.id !== undefined ? { id: result.id } : {}),
      ...(result.size !== undefined ? { size: result.size } : {}),
    };
  } catch (err) {
    return { uploaded: false, name, reason: describeError(err).split('\n')[0] ?? 'upload failed' };
  }
}

/**
 * An artifact name for what was scanned that two jobs of one matrix do not
 * share: the image's last path segment and its digest's first 12 hex digits
 * (`lading-scan-app-3f2a9c1b7d4e`). Several subjects share a name derived from
 * all their digests. Characters artifact names refuse are replaced.
 */
export function reportArtifactName(
  prefix: string,
  subjects: readonly { name: string; digest?: string }[],
): string {
  const short = (digest: string) => digest.slice(digest.indexOf(':') + 1, digest.indexOf(':') + 13);
  let tail: string;
  if (subjects.length === 1) {
    const s = subjects[0] as { name: string; digest?: string };
    // Repositories come without tag or digest; a registry port stays in the host segment.
    const base = s.name.split('/').filter(Boolean).at(-1) ?? 'scan';
    tail = s.digest ? `${base}-${short(s.digest)}` : base;
  } else {
    const all = createHash('sha256')
      .update(subjects.map((s) => s.digest ?? s.name).join('\n'))
      .digest('hex');
    tail = `${subjects.length}-images-${all.slice(0, 12)}`;
  }
  return `${prefix}-${tail}`.replace(/["<>|*?\r\n\\/:]/g, '-');
}

/** The deepest directory holding every file. */
function commonDirectory(files: readonly string[]): string {
  let common = dirname(resolve(files[0] ?? '.'));
  for (const f of files) {
    while (relative(common, resolve(f)).startsWith('..')) common = dirname(common);
  }
  return common;
}
