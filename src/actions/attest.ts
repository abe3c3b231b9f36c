import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { Bundle } from '@sigstore/bundle';
import { PREDICATE_KINDS, parsePredicateKind } from '../attest/predicates.js';
import { describeError, InputError } from '../errors.js';
import { storeGitHubAttestation } from '../github/attestations-api.js';
import { actionsIdTokenProvider, hasActionsIdToken } from '../github/oidc.js';
import { fitSummary } from '../github/summary.js';
import { workflowContext } from '../github/workflow.js';
import { parseSigningConfig, type SigningServices } from '../sigstore/signing-config.js';
import { type AttestStepResult, attestStep } from '../steps/attest.js';
import type { Reporter } from '../steps/reporter.js';

// actions/attest: inputs → attestStep → outputs and a job summary. Keyless
// (the runner's OIDC token, Fulcio, Rekor) unless a key is given; SLSA
// provenance is made from the run when no predicate file is given. Every
// secret input is masked before anything else runs.

const reporter: Reporter = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

const PEM = /^\s*-----BEGIN /;

/** The runner masks line by line; a multi-line secret (a PEM key) is masked whole and per line. */
function mask(secret: string): void {
  core.setSecret(secret);
  for (const line of secret.split(/\r?\n/)) if (line.trim().length > 8) core.setSecret(line.trim());
}

/** The key input holds the PEM itself (from a secret) or names a file in the workspace. */
async function keyInput(): Promise<string | undefined> {
  const value = core.getInput('key');
  if (!value) return undefined;
  if (PEM.test(value)) return value;
  try {
    return await readFile(resolve(value.trim()), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`key: neither PEM text nor a readable file (${code ?? (e as Error).message})`);
  }
}

function booleanInput(name: string): boolean {
  const text = core.getInput(name);
  if (text === '' || ['false', 'False', 'FALSE'].includes(text)) return false;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  throw new InputError(`${name}: must be true or false, not "${text}"`);
}

async function services(): Promise<SigningServices> {
  const file = core.getInput('signing-config');
  const urls = { fulcioUrl: 'fulcio-url', rekorUrl: 'rekor-url', tsaUrl: 'tsa-url' } as const;
  const given = Object.entries(urls).filter(([, input]) => core.getInput(input));
  if (file && given.length)
    throw new InputError('signing-config and fulcio-url/rekor-url/tsa-url exclude each other');
  if (file) {
    const text = await readFile(resolve(file), 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`signing-config ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    return parseSigningConfig(text, `signing-config ${file}`);
  }
  const out: SigningServices = {};
  for (const [field, input] of given) {
    const url = core.getInput(input);
    if (!URL.canParse(url)) throw new InputError(`${input}: not a URL: ${url}`);
    out[field as 'fulcioUrl' | 'rekorUrl' | 'tsaUrl'] = url;
  }
  return out;
}

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
  // Masked first: nothing below may print them.
  for (const secret of ['password', 'key-password', 'key', 'github-token']) {
    const value = core.getInput(secret);
    if (value) mask(value);
  }
  const image = core.getInput('image', { required: true }).trim();
  const typeText = core.getInput('type').trim() || 'slsaprovenance1';
  if (!(PREDICATE_KINDS as readonly string[]).includes(typeText)) {
    throw new InputError(`type: must be one of ${PREDICATE_KINDS.join(', ')}, not "${typeText}"`);
  }
  const kind = parsePredicateKind(typeText);
  const username = core.getInput('username');
  const password = core.getInput('password');
  if (Boolean(username) !== Boolean(password)) throw new InputError('username and password go together');
  const keyText = await keyInput();
  // A key file read from disk is as secret as one passed inline.
  if (keyText) mask(keyText);
  const keyPassword = core.getInput('key-password');
  if (!keyText && !hasActionsIdToken(process.env)) {
    throw new InputError(
      'no signing identity: give key (and key-password), or grant the job `permissions: id-token: write` for keyless signing',
    );
  }
  const predicatePath = core.getInput('predicate').trim();
  if (!predicatePath && kind !== 'slsaprovenance1') {
    throw new InputError(`predicate: a ${kind} predicate file is required`);
  }
  const toGitHub = booleanInput('github-attestations');
  const token = core.getInput('github-token');
  if (toGitHub && !token) throw new InputError('github-attestations: true needs github-token');
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  if (toGitHub && !repository) throw new InputError('github-attestations: GITHUB_REPOSITORY is unset');
  const githubIds: number[] = [];
  const result = await attestStep(
    {
      image,
      access: {
        ...(username ? { credentials: { username, password } } : {}),
        userAgent: 'lading-action-attest',
        cwd: process.cwd(),
      },
      kind,
      ...(predicatePath
        ? { predicate: { path: resolve(predicatePath), where: `predicate ${predicatePath}` } }
        : { workflow: workflowContext(process.env) }),
      ...(keyText
        ? { key: { text: keyText, ...(keyPassword ? { password: keyPassword } : {}), where: 'key' } }
        : { identityToken: actionsIdTokenProvider(process.env) }),
      services: await services(),
      recursive: booleanInput('recursive'),
      legacyAtt: booleanInput('legacy-att'),
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
    reporter,
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
