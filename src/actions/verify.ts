import { createPublicKey, type X509Certificate } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { attestationRequirements, type RequirementNames } from '../attest/requirements.js';
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
import { checkTufRoot, parseTrustedRoot, type TufSource, tufTrustedRoot } from '../sigstore/trusted-root.js';
import type { Trust } from '../sigstore/verifier.js';
import { type VerifyStepResult, verifyStep } from '../steps/verify.js';

// actions/verify: inputs → verifyStep → outputs and a job summary listing
// every signature and required attestation found and why it passed or failed.
// The job fails when no signature is valid or a required attestation has no
// valid instance.

/** The CLI's attestation options, under the names a workflow gives them. */
const REQUIREMENT_INPUTS: RequirementNames = {
  kinds: 'require-attestation',
  builderId: 'attestation-builder-id',
  sourceRepository: 'attestation-source-repository',
  sourceRef: 'attestation-source-ref',
  maxSeverity: 'max-severity',
  maxScanAge: 'max-scan-age',
};

/** `require-attestation` is a list (lines or commas); the checks are single values, absent when empty. */
function requirementsFromInputs() {
  const optionalInput = (name: string) => core.getInput(name).trim() || undefined;
  return attestationRequirements(
    {
      kinds: core
        .getInput('require-attestation')
        .split(/[\s,]+/)
        .filter(Boolean),
      builderId: optionalInput('attestation-builder-id'),
      sourceRepository: optionalInput('attestation-source-repository'),
      sourceRef: optionalInput('attestation-source-ref'),
      maxSeverity: optionalInput('max-severity'),
      maxScanAge: optionalInput('max-scan-age'),
    },
    REQUIREMENT_INPUTS,
  );
}

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

/** Required kinds with no valid attestation, in the order they were asked for. */
const unmetKinds = (result: VerifyStepResult) =>
  (result.attestations ?? []).filter((r) => !r.satisfied).map((r) => r.requirement.kind);

/** The valid attestations: the `attestations` output, a JSON array. */
function verifiedAttestations(result: VerifyStepResult) {
  return (result.attestations ?? []).flatMap((r) =>
    r.attestations
      .filter((a) => a.ok)
      .map((a) => ({
        kind: r.requirement.kind,
        predicateType: a.predicateType,
        // The location is STORE@DIGEST of the attestation's referrer manifest.
        digest: /sha256:[0-9a-f]{64}$/.exec(a.location)?.[0] ?? '',
        location: a.location,
      })),
  );
}

function attestationSummary(result: VerifyStepResult): string[] {
  if (!result.attestations?.length) return [];
  const rows = result.attestations.flatMap((r) =>
    r.attestations.length
      ? r.attestations.map(
          (a) =>
            `| ${a.ok ? '✅ valid' : '❌ invalid'} | ${r.requirement.kind} | \`${cell(a.location)}\` | ${cell(a.reason)} |`,
        )
      : [`| ❌ missing | ${r.requirement.kind} | — | no ${r.requirement.kind} attestation was found |`],
  );
  const unmet = unmetKinds(result);
  return [
    '### Attestations',
    '',
    unmet.length
      ? `**Not verified**: no valid ${unmet.join(', ')} attestation.`
      : `**Verified**: every required attestation (${result.attestations.map((r) => r.requirement.kind).join(', ')}) is valid.`,
    '',
    '| Verdict | Kind | Attestation | Why |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function verifySummary(result: VerifyStepResult): string {
  const rows = result.signatures.map((s) => {
    const who = 'identity' in s && s.identity?.subject ? ` (${s.identity.subject})` : '';
    return `| ${s.ok ? '✅ valid' : '❌ invalid'} | ${s.format} | \`${cell(s.location)}\` | ${cell(s.reason + who)} |`;
  });
  const validSignatures = result.signatures.filter((s) => s.ok).length;
  return [
    `## Signatures of ${result.image}`,
    '',
    validSignatures
      ? `**Verified**: ${validSignatures} of ${result.signatures.length} signatures are valid.`
      : `**Not verified**: none of the ${result.signatures.length} signatures found is valid.`,
    '',
    ...(rows.length
      ? ['| Verdict | Format | Signature | Why |', '| --- | --- | --- | --- |', ...rows]
      : ['No signature was found.']),
    '',
    ...attestationSummary(result),
  ].join('\n');
}

/** Where the trusted root comes from through TUF: the public-good CDN, or the tuf-mirror input with its tuf-root. */
async function tufInputs(mirror: string, workspace: string): Promise<TufSource> {
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const source: TufSource = { cacheDir: join(temp, 'lading-tuf') };
  if (mirror) source.mirror = mirror;
  const rootText = await inlineOrFileInput('tuf-root', workspace);
  if (rootText) {
    checkTufRoot(rootText, 'tuf-root');
    // @sigstore/tuf reads the first-use root from a file.
    source.rootFile = join(temp, 'lading-tuf-root.json');
    await writeFile(source.rootFile, rootText, { mode: 0o600 });
  }
  return source;
}

async function main(): Promise<void> {
  const workspace = workspacePath();
  // The job's `docker login` (docker/login-action) counts too, as it does for cosign.
  const access = registryAccessInput('lading-action/verify', workspace);
  const image = core.getInput('image', { required: true }).trim();
  const policy = policyFromInputs();
  const requireAttestations = requirementsFromInputs();
  const keyText = await inlineOrFileInput('key', workspace);
  const rootText = await inlineOrFileInput('trusted-root', workspace);
  const tufMirror = core.getInput('tuf-mirror').trim();
  if (rootText && (tufMirror || core.getInput('tuf-root').trim())) {
    throw new InputError('trusted-root and tuf-mirror/tuf-root exclude each other');
  }
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
        : await tufTrustedRoot(await tufInputs(tufMirror, workspace)),
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
      ...(requireAttestations.length ? { requireAttestations } : {}),
    },
    actionsReporter,
  );
  for (const s of result.signatures) {
    core.info(`${s.ok ? 'valid  ' : 'invalid'} ${s.format} ${s.location}: ${s.reason}`);
  }
  for (const r of result.attestations ?? []) {
    for (const a of r.attestations) {
      core.info(
        `${a.ok ? 'valid  ' : 'invalid'} ${r.requirement.kind} attestation ${a.location}: ${a.reason}`,
      );
    }
  }
  const validSignatures = result.signatures.filter((s) => s.ok).length;
  const unmet = unmetKinds(result);
  core.setOutput('verified', String(result.verified));
  core.setOutput('valid-signatures', String(validSignatures));
  core.setOutput('signatures', JSON.stringify(result.signatures));
  core.setOutput('attestations', JSON.stringify(verifiedAttestations(result)));
  await core.summary.addRaw(fitSummary(verifySummary(result))).write();
  const failures = [
    ...(validSignatures
      ? []
      : [
          `no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed in the summary with its reason' : ''})`,
        ]),
    ...(unmet.length
      ? [
          `no valid ${unmet.join(', ')} attestation for ${result.image}${(result.attestations ?? []).some((r) => !r.satisfied && r.attestations.length) ? ' (each one found is listed in the summary with its reason)' : ''}`,
        ]
      : []),
  ];
  if (failures.length) core.setFailed(failures.join('; '));
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
