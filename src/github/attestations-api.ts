import { getOctokit } from '@actions/github';
import { type Bundle, bundleToJSON } from '@sigstore/bundle';
import { OperationError } from '../errors.js';

// GitHub's attestations store (`POST /repos/{owner}/{repo}/attestations`), the
// one `gh attestation verify` reads: the body is `{ bundle }`, the Sigstore
// bundle as JSON, exactly as @actions/attest sends it.

export interface StoredAttestation {
  /** The attestation's id in GitHub's store. */
  id: number;
}

/** Stores `bundle` for `repository` (owner/repo); the error names the repository and the status, never the token. */
export async function storeGitHubAttestation(options: {
  token: string;
  repository: string;
  bundle: Bundle;
  apiUrl?: string;
}): Promise<StoredAttestation> {
  const [owner, repo, ...rest] = options.repository.split('/');
  if (!owner || !repo || rest.length) {
    throw new OperationError(`GitHub attestations: "${options.repository}" is not owner/repo`);
  }
  const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl } : {});
  let data: unknown;
  try {
    const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
      owner,
      repo,
      bundle: bundleToJSON(options.bundle) as never,
    });
    data = typeof response.data === 'string' ? JSON.parse(response.data) : response.data;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    const status = err.status ? ` (HTTP ${err.status})` : '';
    throw new OperationError(
      `GitHub attestations: storing the attestation for ${options.repository} failed${status}: ${(err.message ?? String(e)).split('\n')[0]}`,
      { cause: e },
    );
  }
  const id = (data as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'number') {
    throw new OperationError(
      `GitHub attestations: ${options.repository}: the response holds no attestation id`,
    );
  }
  return { id };
}
