import { getOctokit } from '@actions/github';

/**
 * One pull-request comment per marker, edited in place on every run, so a PR
 * shows the latest plan instead of a new comment per push. The marker is an
 * HTML comment, invisible in the rendered page.
 */
export async function upsertPullRequestComment(options: {
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
  apiUrl?: string;
}): Promise<{ id: number; created: boolean }> {
  const octokit = getOctokit(options.token, options.apiUrl ? { baseUrl: options.apiUrl } : {});
  const tag = `<!-- ${options.marker} -->`;
  const body = `${tag}\n${options.body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.startsWith(tag));
  if (mine) {
    await octokit.rest.issues.updateComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: mine.id,
      body,
    });
    return { id: mine.id, created: false };
  }
  const made = await octokit.rest.issues.createComment({
    owner: options.owner,
    repo: options.repo,
    issue_number: options.issueNumber,
    body,
  });
  return { id: made.data.id, created: true };
}
