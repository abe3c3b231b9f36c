import { createPublicKey, type X509Certificate } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describeError, InputError } from '../errors.js';
import {
  booleanInput,
  identityPolicyInput,
  inlineOrFileInput,
  registryAccessInput,
  workspacePath,
} from '../github/action-inputs.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import type { IdentityPolicy } from '../sigstore/identity-policy.js';
import { certificatesFromPemText } from '../sigstore/notation/certificates.js';
import { parseTrustedRoot, publicTrustedRoot } from '../sigstore/trusted-root.js';
import type { Trust } from '../sigstore/verifier.js';
import { type VerifyStepResult, verifyStep } from '../steps/verify.js';

// actions/verify: inputs → verifyStep → outputs and a job summary listing
// every signature found and why it passed or failed. The job fails when no
// signature is valid.

/** The signer's identity, and for GitHub Actions signers the workflow claims their certificate must carry. */
function policyFromInputs(): IdentityPolicy {
  const github = Object.fromEntries(
    Object.entries({
      repository: core.getInput('certificate-github-workflow-repository'),
      ref: core.getInput('certificate-github-workflow-ref'),
      workflow: core.getInput('certificate-github-workflow-name'),
      trigger: core.getInput('certificate-github-workflow-trigger'),
      sha: core.getInput('certificate-github-workflow-sha'),
    }).filter(([, v]) => v),
  );
  return { ...identityPolicyInput(), ...(Object.keys(github).length ? { github } : {}) };
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function verifySummary(result: VerifyStepResult): string {
  const rows = result.signatures.map((s) => {
    const who = 'identity' in s && s.identity?.subject ? ` (${s.identity.subject})` : '';
    return `| ${s.ok ? '✅ valid' : '❌ invalid'} | ${s.format} | \`${cell(s.location)}\` | ${cell(s.reason + who)} |`;
  });
  return [
    `## Signatures of ${result.image}`,
    '',
    result.verified
      ? `**Verified**: ${result.signatures.filter((s) => s.ok).length} of ${result.signatures.length} signatures are valid.`
      : `**Not verified**: none of the ${result.signatures.length} signatures found is valid.`,
    '',
    ...(rows.length
      ? ['| Verdict | Format | Signature | Why |', '| --- | --- | --- | --- |', ...rows]
      : ['No signature was found.']),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const workspace = workspacePath();
  // The job's `docker login` (docker/login-action) counts too, as it does for cosign.
  const access = registryAccessInput('lading-action/verify', workspace);
  const image = core.getInput('image', { required: true }).trim();
  const policy = policyFromInputs();
  const keyText = await inlineOrFileInput('key', workspace);
  const rootText = await inlineOrFileInput('trusted-root', workspace);
  const notationText = await inlineOrFileInput('notation-cert', workspace);
  const notationTrustStore: X509Certificate[] = notationText
    ? certificatesFromPemText(notationText, 'notation-cert')
    : [];
  const hasIdentity = Boolean(policy.subject || policy.issuer || policy.github);
  let trust: Trust | undefined;
  if (keyText) {
    if (hasIdentity) throw new InputError('key and the certificate-* identity inputs exclude each other');
    try {
      trust = { publicKey: createPublicKey(keyText) };
    } catch {
      throw new InputError('key: not a PEM public key');
    }
  } else if (hasIdentity || rootText) {
    if (!policy.subject || !policy.issuer) {
      throw new InputError(
        'keyless verification needs certificate-identity[-regexp] and certificate-oidc-issuer[-regexp]',
      );
    }
    trust = {
      trustedRoot: rootText
        ? parseTrustedRoot(rootText, 'trusted-root')
        : await publicTrustedRoot(join(process.env.RUNNER_TEMP || tmpdir(), 'lading-tuf')),
    };
  } else if (!notationTrustStore.length) {
    throw new InputError(
      'give key, or certificate-identity[-regexp] and certificate-oidc-issuer[-regexp], or notation-cert',
    );
  }
  const result = await verifyStep(
    {
      image,
      access,
      ...(trust ? { trust } : {}),
      ...(notationTrustStore.length ? { notationTrustStore } : {}),
      policy,
      requireTransparencyLog: !booleanInput('insecure-ignore-tlog', false),
    },
    actionsReporter,
  );
  for (const s of result.signatures) {
    core.info(`${s.ok ? 'valid  ' : 'invalid'} ${s.format} ${s.location}: ${s.reason}`);
  }
  core.setOutput('verified', String(result.verified));
  core.setOutput('valid-signatures', String(result.signatures.filter((s) => s.ok).length));
  core.setOutput('signatures', JSON.stringify(result.signatures));
  await core.summary.addRaw(fitSummary(verifySummary(result))).write();
  if (!result.verified) {
    core.setFailed(
      `no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed in the summary with its reason' : ''})`,
    );
  }
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
