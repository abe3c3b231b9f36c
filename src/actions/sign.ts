import * as core from '@actions/core';
import { describeError, InputError } from '../errors.js';
import {
  booleanInput,
  choiceInput,
  inlineOrFileInput,
  keylessIdentityInput,
  maskInputs,
  maskSecret,
  registryAccessInput,
  signingKeyInput,
  signingServicesInput,
  workspacePath,
} from '../github/action-inputs.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import { notationIdentity } from '../sigstore/notation/signature-manifest.js';
import { SIGNATURE_FORMATS } from '../sigstore/signature-format.js';
import { type SignStepResult, signStep } from '../steps/sign.js';

// actions/sign: inputs → signStep → outputs and a job summary. Keyless
// (the runner's OIDC token, Fulcio, Rekor) unless a key is given. Every
// secret input is masked before anything else runs.

function signSummary(result: SignStepResult): string {
  const rows = result.signatures.map((s) => {
    const log = s.transparencyLog.map((t) => (t.url ? `[${t.index}](${t.url})` : t.index)).join(', ') || '—';
    return `| ${s.format} | \`${s.subject}\` | \`${s.location}\` | ${log} |`;
  });
  return [
    `## Signed ${result.image}@${result.digest}`,
    '',
    `Signature format: **${result.format.format}** — ${result.format.reason}.`,
    '',
    '| Format | Signed manifest | Signature | Transparency log |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  maskInputs('password', 'key-password', 'key', 'notation-key');
  const workspace = workspacePath();
  const image = core.getInput('image', { required: true }).trim();
  // The job's `docker login` (docker/login-action) counts too, as it does for cosign.
  const access = registryAccessInput('lading-action/sign', workspace);
  const format = choiceInput('signature-format', SIGNATURE_FORMATS);
  const key = await signingKeyInput(workspace);
  const notationKey = await inlineOrFileInput('notation-key', workspace, 'pem');
  if (notationKey) maskSecret(notationKey);
  const notationCert = await inlineOrFileInput('notation-cert', workspace, 'pem');
  if (Boolean(notationKey) !== Boolean(notationCert))
    throw new InputError('notation-key and notation-cert go together');
  const notation =
    notationKey && notationCert
      ? notationIdentity(notationKey, notationCert, { key: 'notation-key', cert: 'notation-cert' })
      : undefined;
  const identityToken = key || notation ? undefined : keylessIdentityInput();
  const result = await signStep(
    {
      image,
      access,
      ...(format ? { format } : {}),
      ...(key ? { key } : {}),
      ...(identityToken ? { identityToken } : {}),
      ...(notation ? { notation, agent: 'lading-action/sign' } : {}),
      services: await signingServicesInput(workspace),
      recursive: booleanInput('recursive', false),
    },
    actionsReporter,
  );
  for (const s of result.signatures) core.info(`${s.format} signature of ${s.subject}: ${s.location}`);
  core.setOutput('digest', result.digest);
  core.setOutput('signature-format', result.format.format);
  core.setOutput('signature-digests', result.signatures.map((s) => s.digest).join('\n'));
  core.setOutput('transparency-log', JSON.stringify(result.signatures.flatMap((s) => s.transparencyLog)));
  core.setOutput('signatures', JSON.stringify(result.signatures));
  await core.summary.addRaw(fitSummary(signSummary(result))).write();
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
