import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { VERSION } from '../cli/version.js';
import { describeError, InputError } from '../errors.js';
import {
  booleanInput,
  choiceInput,
  credentialsInput,
  identityPolicyInput,
  inlineOrFileInput,
  keylessIdentityInput,
  listInput,
  maskInputs,
  maskSecret,
  numberInput,
  registryAccessInput,
  signingKeyInput,
  signingServicesInput,
  workspacePath,
} from '../github/action-inputs.js';
import { actionsCacheAdapter } from '../github/cache.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import { workflowContext } from '../github/workflow.js';
import { renderReleaseSummary } from '../report/release-summary.js';
import { bySeverity } from '../report/scan-summary.js';
import { FAIL_ON, type FailOn, UNKNOWN_AS, type UnknownAs } from '../scan/gate.js';
import type { IdentityPolicy } from '../sigstore/identity-policy.js';
import { SIGNATURE_FORMATS } from '../sigstore/signature-format.js';
import { parseTrustedRoot, tufTrustedRoot } from '../sigstore/trusted-root.js';
import type { Trust } from '../sigstore/verifier.js';
import {
  partialRelease,
  RELEASE_STAGES,
  type ReleaseResult,
  type ReleaseStepOptions,
  releaseStep,
} from '../steps/release.js';
import type { Reporter } from '../steps/reporter.js';
import { lastFromLine } from '../steps/scan.js';

// The root action's release step: inputs → releaseStep (sbom → scan gate →
// sign → attest → policy → verify, one process) → one combined job summary,
// annotations and outputs. The composite action.yml at the repository root
// runs the build first and passes its digest here as `image`.

/** One log group per stage: releaseStep announces each stage as `release: STAGE`. */
function groupingReporter(): Reporter & { end(): void } {
  let open = false;
  const end = () => {
    if (open) core.endGroup();
    open = false;
  };
  return {
    ...actionsReporter,
    info(m) {
      const stage = /^release: ([a-z]+)$/.exec(m)?.[1];
      if (stage && (RELEASE_STAGES as readonly string[]).includes(stage)) {
        end();
        core.startGroup(`${stage}`);
        open = true;
        return;
      }
      core.info(m);
    },
    end,
  };
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The claims of a JWT, unverified: only to name the identity the signatures will carry. */
function jwtClaims(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

/**
 * Keyless: what the result is verified against. A trusted root given (custom
 * Fulcio/Rekor) or the public one; the identity given, or by default the one
 * this job's token carries (its workflow file at its ref, its issuer), so a
 * release verifies exactly as this workflow signed it.
 */
async function keylessVerification(
  token: () => Promise<string>,
  temp: string,
  workspace: string,
): Promise<{ trust: Trust; policy: IdentityPolicy }> {
  const rootText = await inlineOrFileInput('trusted-root', workspace);
  const trust: Trust = {
    trustedRoot: rootText
      ? parseTrustedRoot(rootText, 'trusted-root')
      : await tufTrustedRoot({ cacheDir: join(temp, 'lading-tuf') }),
  };
  const given = identityPolicyInput();
  if (given.subject && given.issuer) return { trust, policy: given };
  const jwt = await token();
  maskSecret(jwt);
  const claims = jwtClaims(jwt);
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const workflow = typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : undefined;
  const issuer = typeof claims.iss === 'string' ? claims.iss : GITHUB_ISSUER;
  if (!given.subject && !workflow) {
    throw new InputError(
      'certificate-identity: the OIDC token has no job_workflow_ref to default it from; give certificate-identity[-regexp]',
    );
  }
  return {
    trust,
    policy: {
      subject: given.subject ?? { exact: `${server}/${workflow}` },
      issuer: given.issuer ?? { exact: issuer },
    },
  };
}

async function optionsFromInputs(): Promise<ReleaseStepOptions> {
  maskInputs('password', 'key', 'key-password', 'harbor-password');
  const workspace = workspacePath();
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const image = core.getInput('image').trim();
  if (!image) {
    throw new InputError(
      'image: no image to release (the build step gave no digest; with engine: none give image as REPO@sha256:…)',
    );
  }
  // DOCKER_CONFIG, else ~/.docker as `docker login` finds it (HOME, else the account's home).
  const access = registryAccessInput('lading-action/release', workspace);
  const key = await signingKeyInput(workspace);
  const services = await signingServicesInput(workspace);
  const format = choiceInput('signature-format', SIGNATURE_FORMATS);

  let verify: ReleaseStepOptions['verify'] = {};
  let identityToken: (() => Promise<string>) | undefined;
  if (!key) {
    identityToken = keylessIdentityInput();
    verify = await keylessVerification(identityToken, temp, workspace);
  } else if (Object.keys(identityPolicyInput()).length > 0 || core.getInput('trusted-root')) {
    throw new InputError(
      'key: excludes trusted-root and certificate-*, which are for keyless releases; a key release verifies with the key',
    );
  }
  verify.requireTransparencyLog = !booleanInput('insecure-ignore-tlog', false);

  // Harbor policy runs when a Harbor is named; the file has a default.
  const harborUrl = core.getInput('harbor-url').trim();
  const policyFile = core.getInput('policy-file').trim() || '.github/registry-policy.yml';
  const harbor = harborUrl ? credentialsInput('harbor-username', 'harbor-password') : undefined;
  if (harborUrl && !harbor) throw new InputError('harbor-url: needs harbor-username and harbor-password');

  const predicate = core.getInput('provenance-predicate').trim();
  const maxAge = numberInput('max-age', 'hours');
  const osvUrl = core.getInput('osv-url').trim();
  const allowlist = core.getInput('allowlist').trim();
  const platform = core.getInput('platform').trim();
  const cache = actionsCacheAdapter();
  if (!cache) core.info('no Actions cache service here: the advisory database is fetched, not restored');

  return {
    image,
    access,
    ...(platform ? { platform } : {}),
    defaultPlatform: { os: 'linux', architecture: process.arch === 'arm64' ? 'arm64' : 'amd64' },
    outputDir: resolve(workspace, core.getInput('output-dir').trim() || join(temp, 'lading-release')),
    scan: {
      db: {
        dir: core.getInput('db-dir').trim() || join(temp, 'lading-osv'),
        ...(osvUrl ? { osvUrl } : {}),
        offline: booleanInput('offline', false),
        ...(maxAge !== undefined ? { maxAgeHours: maxAge } : {}),
        onStale: choiceInput('on-stale', ['warn', 'fail'] as const, 'warn'),
        ...(cache ? { cache } : {}),
        userAgent: 'lading-action/release',
      },
      failOn: choiceInput<FailOn>('fail-on', FAIL_ON, 'critical'),
      unknownAs: choiceInput<UnknownAs>('unknown-as', UNKNOWN_AS, 'critical'),
      vex: listInput('vex'),
      ...(allowlist ? { allowlist } : {}),
      ignoreUnfixed: booleanInput('ignore-unfixed', false),
    },
    signing: {
      ...(key ? { key } : {}),
      ...(identityToken ? { identityToken } : {}),
      services,
      ...(format ? { format } : {}),
      recursive: booleanInput('recursive', false),
    },
    provenance: predicate ? { predicate } : { workflow: workflowContext(process.env) },
    ...(harborUrl && harbor
      ? {
          policy: {
            file: resolve(workspace, policyFile),
            harborUrl,
            username: harbor.username,
            password: harbor.password,
            mode: choiceInput('policy-mode', ['plan', 'apply'] as const, 'apply'),
          },
        }
      : {}),
    verify,
    now: new Date(),
    toolVersion: VERSION,
  };
}

function setOutputs(r: ReleaseResult): void {
  core.setOutput('digest', r.digest);
  core.setOutput('image', `${r.image}@${r.digest}`);
  core.setOutput('platforms', r.platforms.join(','));
  core.setOutput('released', String(r.released));
  core.setOutput('stages', JSON.stringify(r.stages));
  if (r.sbom) {
    core.setOutput('sbom-spdx', r.files.spdx);
    core.setOutput('sbom-cyclonedx', r.files.cyclonedx);
  }
  if (r.scan) {
    const counts = r.scan.decision.counts;
    core.setOutput('critical', String(counts.critical));
    core.setOutput('high', String(counts.high));
    core.setOutput('medium', String(counts.medium));
    core.setOutput('low', String(counts.low));
    core.setOutput('unknown', String(counts.unknown));
    core.setOutput('decision', r.scan.decision.passed ? 'passed' : 'failed');
    core.setOutput('scan-report', r.files.scanJson);
    core.setOutput('sarif-file', r.files.sarif);
  }
  if (r.sign) {
    core.setOutput('signature-digests', r.sign.signatures.map((s) => s.digest).join('\n'));
    core.setOutput('transparency-log', JSON.stringify(r.sign.signatures.flatMap((s) => s.transparencyLog)));
  }
  if (r.attestations.length > 0) {
    const names = ['provenance', 'sbom', 'vulnerabilities'];
    const digests = Object.fromEntries(
      r.attestations.map((a, i) => [names[i] ?? a.predicateType, a.attestations.map((w) => w.digest)]),
    );
    core.setOutput('attestation-digests', JSON.stringify(digests));
  }
  if (r.verify) core.setOutput('verified', String(r.verify.verified));
}

/** At most `cap` error annotations on the Dockerfile's final FROM for the findings that failed the gate. */
async function annotate(r: ReleaseResult, dockerfile: string, cap: number): Promise<void> {
  if (!dockerfile || cap <= 0 || !r.scan) return;
  const findings = [...r.scan.decision.failing];
  if (findings.length === 0) return;
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(resolve(workspacePath(), dockerfile), 'utf8').catch(() => undefined);
  const line = text ? lastFromLine(text) : undefined;
  for (const f of findings.sort(bySeverity).slice(0, cap)) {
    const p = f.finding.package;
    const fixed =
      f.finding.fixed.length > 0 ? `fixed in ${f.finding.fixed.join(', ')}` : 'no fixed version yet';
    core.error(`${f.finding.severity.level}: ${f.finding.id} in ${p.name} ${p.version} (${fixed})`, {
      file: dockerfile,
      ...(line ? { startLine: line } : {}),
      title: `${f.finding.id} in ${p.name} ${p.version}`,
    });
  }
}

async function main(): Promise<void> {
  const reporter = groupingReporter();
  let result: ReleaseResult | undefined;
  let failure: unknown;
  try {
    result = await releaseStep(await optionsFromInputs(), reporter);
  } catch (err) {
    failure = err;
    result = partialRelease(err);
  } finally {
    reporter.end();
  }
  if (result) {
    setOutputs(result);
    core.info(renderReleaseSummary(result, 'text'));
    await core.summary.addRaw(fitSummary(renderReleaseSummary(result, 'markdown'))).write();
    const cap = Math.floor(numberInput('annotations', 'annotations') ?? 10);
    await annotate(result, core.getInput('dockerfile').trim(), cap);
  }
  if (failure !== undefined) core.setFailed(describeError(failure));
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
