import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import type { AccessOptions } from '../oci/opener.js';
import { type IdentityPolicy, type Matcher, validatePolicy } from '../sigstore/identity-policy.js';
import { openSigningKey, type SigningKey } from '../sigstore/key-file.js';
import { parseSigningConfig, type SigningServices } from '../sigstore/signing-config.js';
import { actionsIdTokenProvider, hasActionsIdToken } from './oidc.js';

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

/** Masks the named inputs' values before anything else runs, so no later line can print them. */
export function maskInputs(...names: string[]): void {
  for (const name of names) {
    const value = core.getInput(name);
    if (value) maskSecret(value);
  }
}

/** Each value is announced once: the log stays readable when several inputs hold the same secret. */
const masked = new Set<string>();

const PEM = /^\s*-----BEGIN /;

/** Where the runner checked the repository out; relative paths in inputs are taken from here. */
export function workspacePath(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/**
 * A key, certificate or JSON document given inline (from a secret) or as a
 * file path in the workspace; undefined when the input is empty. `pem`: only
 * PEM text counts as inline (a key input), so the error says what was expected.
 */
export async function inlineOrFileInput(
  name: string,
  cwd: string,
  inline: 'pem' | 'pem-or-json' = 'pem-or-json',
): Promise<string | undefined> {
  const value = core.getInput(name);
  if (!value.trim()) return undefined;
  if (PEM.test(value) || (inline === 'pem-or-json' && value.trimStart().startsWith('{'))) return value;
  try {
    return await readFile(resolve(cwd, value.trim()), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = inline === 'pem' ? 'PEM text' : 'inline content';
    throw new InputError(`${name}: neither ${what} nor a readable file (${code ?? (e as Error).message})`);
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

/** "a, b or c" reads as a sentence; a longer list as "one of a, b, c, d". */
function alternatives(allowed: readonly string[]): string {
  if (allowed.length > 3) return `one of ${allowed.join(', ')}`;
  return allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : `${allowed[0]}`;
}

/** One of `allowed`; empty means `fallback`, or undefined when there is none (the step decides). */
export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
export function choiceInput<T extends string>(name: string, allowed: readonly T[]): T | undefined;
export function choiceInput<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = core.getInput(name).trim() || fallback;
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`${name}: must be ${alternatives(allowed)}, not "${value}"`);
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

/** A number above 0 (a timeout, an interval); empty means `fallback`. */
export function positiveNumberInput(name: string, unit: string, fallback: number): number {
  const text = core.getInput(name).trim();
  if (text === '') return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new InputError(`${name}: must be a number of ${unit} above 0, not "${text}"`);
  return n;
}

/** A whole number from 0 (a count, a cap); empty means `fallback`. */
export function wholeNumberInput(name: string, fallback: number): number {
  const text = core.getInput(name).trim();
  if (text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`${name}: '${text}' is not a whole number`);
  return n;
}

/** Non-empty lines of a multi-line input. */
export function listInput(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** username and password, both or neither; the error names the one given alone. */
export function credentialsInput(
  userInput: string,
  passwordInput: string,
): { username: string; password: string } | undefined {
  const username = core.getInput(userInput);
  const password = core.getInput(passwordInput);
  if (password) maskSecret(password);
  if (password && !username) throw new InputError(`${passwordInput}: given without ${userInput}`);
  if (username && !password) throw new InputError(`${userInput}: given without ${passwordInput}`);
  return username ? { username, password } : undefined;
}

/**
 * How to reach registries: `username`/`password` when given, else the Docker
 * config a login step left (DOCKER_CONFIG or ~/.docker), and the
 * `insecure-registries` reached over plain HTTP.
 */
export function registryAccessInput(userAgent: string, cwd: string): AccessOptions {
  const credentials = credentialsInput('username', 'password');
  return {
    ...(credentials ? { credentials } : {}),
    dockerConfigDir: process.env.DOCKER_CONFIG || join(process.env.HOME || homedir(), '.docker'),
    insecureRegistries: listInput('insecure-registries'),
    userAgent,
    cwd,
  };
}

/** The signing `key` (PEM inline or a file, masked once read: a file is as secret) and its `key-password`. */
export async function signingKeyInput(cwd: string): Promise<SigningKey | undefined> {
  const text = await inlineOrFileInput('key', cwd, 'pem');
  if (!text) return undefined;
  maskSecret(text);
  const password = core.getInput('key-password');
  return openSigningKey(text, password || undefined, 'key');
}

/** Keyless signing's identity, the job's OIDC token; a job without `id-token: write` has none. */
export function keylessIdentityInput(): () => Promise<string> {
  if (!hasActionsIdToken(process.env)) {
    throw new InputError(
      'no signing identity: give key (and key-password), or grant the job `permissions: id-token: write` for keyless signing',
    );
  }
  return actionsIdTokenProvider(process.env);
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

/** `name` (exactly) or `name-regexp` (a pattern matching all of it), not both; undefined when neither. */
export function matcher(name: string): Matcher | undefined {
  const exact = core.getInput(name).trim();
  const pattern = core.getInput(`${name}-regexp`).trim();
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
