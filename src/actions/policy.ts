import * as core from '@actions/core';
import { describeError, InputError } from '../errors.js';
import { booleanInput, choiceInput, maskSecret, positiveNumberInput } from '../github/action-inputs.js';
import { commentOnPullRequest } from '../github/pr-comment.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import { harborArtifactFromImage } from '../harbor/scan-waiter.js';
import { type PolicyScanOptions, runPolicy } from '../steps/policy.js';

// actions/policy: the thinnest entry, as actions/cache does it. Inputs are read
// here, the step does the work, and the results become outputs, a job summary
// and, on pull requests, one comment edited in place.

async function main(): Promise<void> {
  const password = core.getInput('password', { required: true });
  maskSecret(password);
  const token = core.getInput('github-token');
  if (token) maskSecret(token);
  const comment = booleanInput('comment', true);
  const mode = choiceInput('mode', ['plan', 'apply', 'drift'] as const, 'plan');
  const result = await runPolicy(
    {
      mode,
      file: core.getInput('file') || '.github/registry-policy.yml',
      harborUrl: core.getInput('harbor-url', { required: true }),
      username: core.getInput('username', { required: true }),
      password,
      prune: booleanInput('prune', false),
      allowManyImmutabilityRules: booleanInput('allow-many-immutability-rules', false),
      ...scanInputs(),
    },
    actionsReporter,
  );
  // Masked before anything else can print them.
  for (const s of result.secrets) maskSecret(s.secret);
  core.info(result.text);
  core.setOutput('changes', String(result.plan.changes.length));
  core.setOutput('drifted', String(result.drift.drifted));
  if (result.secrets.length) core.setOutput('robot-secrets', JSON.stringify(result.secrets));
  if (result.harborScan) {
    core.setOutput('harbor-critical', String(result.harborScan.counts.Critical));
    core.setOutput('harbor-high', String(result.harborScan.counts.High));
  }
  await core.summary.addRaw(fitSummary(result.markdown)).write();

  if (token && comment) {
    await commentOnPullRequest({ token, marker: 'lading:registry-policy', body: result.markdown });
  }
  if (mode === 'apply' && result.apply && !result.apply.ok)
    core.setFailed('policy: some changes failed; see the summary');
  if (mode === 'drift' && result.drift.drifted) core.setFailed('policy: Harbor differs from the policy file');
}

/** `scan: true` needs `image`; the waiting is bounded by `scan-timeout`. */
function scanInputs(): { scan?: PolicyScanOptions } {
  if (!booleanInput('scan', false)) return {};
  const image = core.getInput('image');
  if (!image)
    throw new InputError('image: required when scan is true (registry/project/repository@sha256:…)');
  return {
    scan: {
      ...harborArtifactFromImage(image, 'image'),
      sbom: booleanInput('sbom', false),
      timeoutSeconds: positiveNumberInput('scan-timeout', 'seconds', 600),
      pollMs: positiveNumberInput('scan-poll-interval', 'seconds', 5) * 1000,
    },
  };
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
