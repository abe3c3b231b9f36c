import * as core from '@actions/core';
import { context } from '@actions/github';
import { describeError } from '../errors.js';
import { upsertPullRequestComment } from '../github/pr-comment.js';
import { fitSummary } from '../github/summary.js';
import { runPolicy } from '../steps/policy.js';
import type { Reporter } from '../steps/reporter.js';

// actions/policy: the thinnest entry, as actions/cache does it. Inputs are read
// here, the step does the work, and the results become outputs, a job summary
// and, on pull requests, one comment edited in place.

const reporter: Reporter = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

async function main(): Promise<void> {
  const password = core.getInput('password', { required: true });
  core.setSecret(password);
  const mode = core.getInput('mode') || 'plan';
  if (mode !== 'plan' && mode !== 'apply' && mode !== 'drift') {
    core.setFailed(`mode: must be plan, apply or drift, not "${mode}"`);
    return;
  }
  const result = await runPolicy(
    {
      mode,
      file: core.getInput('file') || '.github/registry-policy.yml',
      harborUrl: core.getInput('harbor-url', { required: true }),
      username: core.getInput('username', { required: true }),
      password,
      prune: core.getBooleanInput('prune'),
      allowManyImmutabilityRules: core.getBooleanInput('allow-many-immutability-rules'),
    },
    reporter,
  );
  // Masked before anything else can print them.
  for (const s of result.secrets) core.setSecret(s.secret);
  core.info(result.text);
  core.setOutput('changes', String(result.plan.changes.length));
  core.setOutput('drifted', String(result.drift.drifted));
  if (result.secrets.length) core.setOutput('robot-secrets', JSON.stringify(result.secrets));
  await core.summary.addRaw(fitSummary(result.markdown)).write();

  const pr = context.payload.pull_request;
  const token = core.getInput('github-token');
  if (pr && token && core.getBooleanInput('comment')) {
    await upsertPullRequestComment({
      token,
      owner: context.repo.owner,
      repo: context.repo.repo,
      issueNumber: pr.number,
      marker: 'lading:registry-policy',
      body: result.markdown,
    });
  }
  if (mode === 'apply' && result.apply && !result.apply.ok)
    core.setFailed('policy: some changes failed; see the summary');
  if (mode === 'drift' && result.drift.drifted) core.setFailed('policy: Harbor differs from the policy file');
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
