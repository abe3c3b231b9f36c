import * as core from '@actions/core';
import { context, getOctokit } from '@actions/github';
import { OperationError } from '../errors.js';

// The report of a pull request's run as one comment on it, edited in place on
// every run, so a PR shows the latest report instead of a comment per push.

type Octokit = ReturnType<typeof getOctokit>;

interface PullRequestEvent {
  number: number;
  head?: { repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } | null };
}

/**
 * Comments `body` on the pull request the run's event is about, replacing the
 * earlier comment that carries `marker` (an HTML comment, invisible on the
 * page). Outside a pull request's run it does nothing. A token that may not
 * write to the pull request (every run for a pull request from a fork gets a
 * read-only one) costs a warning, not the step: the job summary holds the same
 * report. Any other failure names the pull request and the status, never the token.
 */
export async function commentOnPullRequest(options: {
  token: string;
  marker: string;
  body: string;
}): Promise<{ id: number; created: boolean } | undefined> {
  const pr = context.payload.pull_request as PullRequestEvent | undefined;
  if (!pr) return undefined;
  const { owner, repo } = context.repo;
  try {
    const done = await upsert(getOctokit(options.token), { owner, repo, number: pr.number }, options);
    core.info(`${done.created ? 'commented on' : 'updated the comment on'} pull request #${pr.number}`);
    return done;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    const why = (err.message ?? String(e)).split('\n')[0];
    if (err.status === 403) {
      core.warning(
        `comment: cannot comment on pull request #${pr.number} (HTTP 403: ${why}): ${forbiddenReason(pr)}`,
      );
      return undefined;
    }
    const status = err.status ? ` (HTTP ${err.status})` : '';
    throw new OperationError(`comment: commenting on pull request #${pr.number} failed${status}: ${why}`, {
      cause: e,
    });
  }
}

/** A fork's pull request cannot be granted a writing token; a pull request from a branch can. */
function forbiddenReason(pr: PullRequestEvent): string {
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name;
  if (head && base && head !== base) {
    return `it comes from the fork ${head}, and runs for a fork's pull request get a read-only token; the job summary holds the report`;
  }
  return 'the token may not write to it; grant the job `permissions: pull-requests: write` (the job summary holds the report)';
}

async function upsert(
  octokit: Octokit,
  where: { owner: string; repo: string; number: number },
  options: { marker: string; body: string },
): Promise<{ id: number; created: boolean }> {
  const tag = `<!-- ${options.marker} -->`;
  const body = `${tag}\n${options.body}`;
  const { owner, repo } = where;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: where.number,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.startsWith(tag));
  if (mine) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { id: mine.id, created: false };
  }
  const made = await octokit.rest.issues.createComment({ owner, repo, issue_number: where.number, body });
  return { id: made.data.id, created: true };
}
