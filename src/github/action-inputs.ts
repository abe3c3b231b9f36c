import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { type IdentityPolicy, type Matcher, validatePolicy } from '../sigstore/identity-policy.js';
import { parseSigningConfig, type SigningServices } from '../sigstore/signing-config.js';

// Input readers shared by the actions: each names the input that was wrong,
// and each secret is masked before it can reach a log line.

/** The runner masks line by line; a multi-line secret (a PEM key) is masked whole and per line. */
export function maskSecret(secret: string): void {
  for (const value of [secret, ...secret.split(/\r?\n/).map((l) => l.trim())]) {
    if (value === secret || value.length > 8) {
      if (masked.has(value)) continue;
      masked.add(value);
      core.setSecret(value);
    }
  }
}

/** Each value is announced once: the log stays readable when several inputs hold the same secret. */
const masked = new Set<string>();

const PEM = /^\s*-----BEGIN /;

/**
 * A key, certificate or JSON document given inline (from a secret) or as a
 * file path in the workspace; undefined when the input is empty.
 */
export async function inlineOrFileInput(name: string, cwd: string): Promise<string | undefined> {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (PEM.test(value) || value.trimStart().startsWith('{')) return value;
  try {
    return await readFile(resolve(cwd, value.trim()), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${name}: neither inline content nor a readable file (${code ?? (e as Error).message})`,
    );
  }
}

/**
 * true/false (YAML 1.2 core spellings, as core.getBooleanInput); empty means
 * `fallback`, since a caller of the bundle outside a runner may not pass defaults.
 */
export function booleanInput(name: string, fallback: boolean): boolean {
  const text = core.getInput(name).trim();
  if (text === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(`${name}: must be true or false, not "${text}"`);
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`${name}: must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** A non-negative number, or undefined when empty. */
export function numberInput(name: string, unit: string): number | undefined {
  const text = core.getInput(name).trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new InputError(`${name}: '${text}' is not a number of ${unit}`);
  return n;
}

/** Non-empty lines of a multi-line input. */
export function listInput(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** username and password, both or neither. */
export function credentialsInput(
  userInput: string,
  passwordInput: string,
): { username: string; password: string } | undefined {
  const username = core.getInput(userInput);
  const password = core.getInput(passwordInput);
  if (password) maskSecret(password);
  if (Boolean(username) !== Boolean(password)) {
    throw new InputError(`${userInput} and ${passwordInput} go together`);
  }
  return username ? { username, password } : undefined;
}

/** Fulcio, Rekor and TSA from `fulcio-url`/`rekor-url`/`tsa-url`, or a `signing-config` file. */
export async function signingServicesInput(cwd: string): Promise<SigningServices> {
  const file = core.getInput('signing-config');
  const urls = { fulcioUrl: 'fulcio-url', rekorUrl: 'rekor-url', tsaUrl: 'tsa-url' } as const;
  const given = Object.entries(urls).filter(([, input]) => core.getInput(input));
  if (file && given.length)
    throw new InputError('signing-config and fulcio-url/rekor-url/tsa-url exclude each other');
  if (file) {
    const text = await readFile(resolve(cwd, file), 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(`signing-config ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    });
    return parseSigningConfig(text, `signing-config ${file}`);
  }
  const out: SigningServices = {};
  for (const [field, input] of given) {
    const url = core.getInput(input);
    if (!URL.canParse(url)) throw new InputError(`${input}: not a URL: ${url}`);
    out[field as keyof typeof urls] = url;
  }
  return out;
}

function matcher(name: string): Matcher | undefined {
  const exact = core.getInput(name);
  const pattern = core.getInput(`${name}-regexp`);
  if (exact && pattern) throw new InputError(`${name} and ${name}-regexp exclude each other`);
  if (exact) return { exact };
  if (pattern) return { pattern };
  return undefined;
}

/** certificate-identity[-regexp] and certificate-oidc-issuer[-regexp], checked; empty when neither is given. */
export function identityPolicyInput(): IdentityPolicy {
  const subject = matcher('certificate-identity');
  const issuer = matcher('certificate-oidc-issuer');
  const policy: IdentityPolicy = { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
  validatePolicy(policy, {
    subject: 'certificate-identity-regexp',
    issuer: 'certificate-oidc-issuer-regexp',
  });
  return policy;
}
