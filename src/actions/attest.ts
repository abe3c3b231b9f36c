import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { Bundle } from '@sigstore/bundle';
import { PREDICATE_KINDS } from '../attest/predicates.js';
import { describeError, InputError } from '../errors.js';
import {
  booleanInput,
  choiceInput,
  keylessIdentityInput,
  maskInputs,
  registryAccessInput,
  signingKeyInput,
  signingServicesInput,
  workspacePath,
} from '../github/action-inputs.js';
import { storeGitHubAttestation } from '../github/attestations-api.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import { workflowContext } from '../github/workflow.js';
import { type AttestStepResult, attestStep } from '../steps/attest.js';

// actions/attest: inputs → attestStep → outputs and a job summary. Keyless
// (the runner's OIDC token, Fulcio, Rekor) unless a key is given; SLSA
// provenance is made from the run when no predicate file is given. Every
// secret input is masked before anything else runs.

function attestSummary(result: AttestStepResult, githubIds: number[]): string {
  const rows = result.attestations.map((a) => {
    const log = a.transparencyLog.join(', ') || '—';
    return `| \`${a.subject}\` | \`${a.location}\` | ${a.bundleSize} | ${log} |`;
  });
  return [
    `## Attested ${result.image}@${result.digest}`,
    '',
    `Predicate type: \`${result.predicateType}\``,
    '',
    '| Subject | Attestation | Bundle bytes | Transparency log |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...(githubIds.length ? [`Also stored in GitHub's attestations: id ${githubIds.join(', ')}.`, ''] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  maskInputs('password', 'key-password', 'key', 'github-token');
  const workspace = workspacePath();
  const image = core.getInput('image', { required: true }).trim();
  const kind = choiceInput('type', PREDICATE_KINDS, 'slsaprovenance1');
  // The job's `docker login` (docker/login-action) counts too, as it does for cosign.
  const access = registryAccessInput('lading-action/attest', workspace);
  const key = await signingKeyInput(workspace);
  const identityToken = key ? undefined : keylessIdentityInput();
  const predicatePath = core.getInput('predicate').trim();
  if (!predicatePath && kind !== 'slsaprovenance1') {
    throw new InputError(`predicate: a ${kind} predicate file is required`);
  }
  const toGitHub = booleanInput('github-attestations', false);
  const token = core.getInput('github-token');
  if (toGitHub && !token) throw new InputError('github-attestations: true needs github-token');
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (toGitHub && !repository) throw new InputError('github-attestations: GITHUB_REPOSITORY is unset');
  const githubIds: number[] = [];
  const result = await attestStep(
    {
      image,
      access,
      kind,
      ...(predicatePath
        ? { predicate: { path: resolve(workspace, predicatePath), where: `predicate ${predicatePath}` } }
        : { workflow: workflowContext(process.env) }),
      ...(key ? { key } : {}),
      ...(identityToken ? { identityToken } : {}),
      services: await signingServicesInput(workspace),
      recursive: booleanInput('recursive', false),
      legacyAtt: booleanInput('legacy-att', false),
      ...(toGitHub
        ? {
            onBundle: async (bundle: Bundle) => {
              const stored = await storeGitHubAttestation({
                token,
                repository,
                bundle,
                ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
              });
              githubIds.push(stored.id);
              core.info(`stored in GitHub's attestations for ${repository}: id ${stored.id}`);
            },
          }
        : {}),
    },
    actionsReporter,
  );
  core.setOutput('digest', result.digest);
  core.setOutput('predicate-type', result.predicateType);
  core.setOutput('attestation-digests', result.attestations.map((a) => a.digest).join('\n'));
  core.setOutput('transparency-log', JSON.stringify(result.attestations.flatMap((a) => a.transparencyLog)));
  core.setOutput('attestations', JSON.stringify(result.attestations));
  core.setOutput('github-attestation-ids', githubIds.join('\n'));
  await core.summary.addRaw(fitSummary(attestSummary(result, githubIds))).write();
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
