import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { describeError, InputError } from '../errors.js';
import { actionsIdTokenProvider, hasActionsIdToken } from '../github/oidc.js';
import { fitSummary } from '../github/summary.js';
import { notationIdentity } from '../sigstore/notation/signature-manifest.js';
import { SIGNATURE_FORMATS, type SignatureFormat } from '../sigstore/signature-format.js';
import { parseSigningConfig, type SigningServices } from '../sigstore/signing-config.js';
import type { Reporter } from '../steps/reporter.js';
import { type SignStepResult, signStep } from '../steps/sign.js';

// actions/sign: inputs → signStep → outputs and a job summary. Keyless
// (the runner's OIDC token, Fulcio, Rekor) unless a key is given. Every
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

/** A key or certificate input holds the PEM itself (from a secret) or names a file in the workspace. */
async function pemInput(name: string): Promise<string | undefined> {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (PEM.test(value)) return value;
  try {
    return await readFile(resolve(value.trim()), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${name}: neither PEM text nor a readable file (${code ?? (e as Error).message})`);
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
  // Masked first: nothing below may print them.
  for (const secret of ['password', 'key-password', 'key', 'notation-key']) {
    const value = core.getInput(secret);
    if (value) mask(value);
  }
  const image = core.getInput('image', { required: true }).trim();
  const username = core.getInput('username');
  const password = core.getInput('password');
  if (Boolean(username) !== Boolean(password)) throw new InputError('username and password go together');
  const formatText = core.getInput('signature-format').trim();
  if (formatText && !(SIGNATURE_FORMATS as readonly string[]).includes(formatText)) {
    throw new InputError(`signature-format: must be bundle, legacy or both, not "${formatText}"`);
  }
  const keyText = await pemInput('key');
  // A key file read from disk is as secret as one passed inline.
  if (keyText) mask(keyText);
  const notationKey = await pemInput('notation-key');
  if (notationKey) mask(notationKey);
  const notationCert = await pemInput('notation-cert');
  if (Boolean(notationKey) !== Boolean(notationCert))
    throw new InputError('notation-key and notation-cert go together');
  const keyPassword = core.getInput('key-password');
  const notation =
    notationKey && notationCert
      ? notationIdentity(notationKey, notationCert, { key: 'notation-key', cert: 'notation-cert' })
      : undefined;
  const keyless = !keyText && !notation;
  if (keyless && !hasActionsIdToken(process.env)) {
    throw new InputError(
      'no signing identity: give key (and key-password), or grant the job `permissions: id-token: write` for keyless signing',
    );
  }
  const result = await signStep(
    {
      image,
      access: {
        ...(username ? { credentials: { username, password } } : {}),
        userAgent: 'lading-action-sign',
        cwd: process.cwd(),
      },
      ...(formatText ? { format: formatText as SignatureFormat } : {}),
      ...(keyText
        ? { key: { text: keyText, ...(keyPassword ? { password: keyPassword } : {}), where: 'key' } }
        : {}),
      ...(keyless ? { identityToken: actionsIdTokenProvider(process.env) } : {}),
      ...(notation ? { notation, agent: 'lading-action-sign' } : {}),
      services: await services(),
      recursive: booleanInput('recursive'),
    },
    reporter,
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
