import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SigningKey } from '../sigstore/key-file.js';
import { commandNamed } from './argv.js';

// A cosign key's scrypt takes ~0.13 s and 64 MiB, and nothing needs the CLI's
// code to start it. `lading sign|attest … --key FILE` opens the key before that
// code loads (src/cli/index.ts): `sign` loads it while the scrypt runs, `attest`
// waits for the scrypt so its memory never stacks on the loaded code. The
// command's own flag handling later takes this opening only when it names the
// same file with the same text (signing-flags.ts); anything else is read the
// ordinary way, so a wrong guess here costs time, never a different result.

/** A key opened from the command line before the CLI parsed it. */
export interface EarlyKey {
  command: 'sign' | 'attest';
  /** `--key FILE` exactly as the command's errors name it. */
  where: string;
  /** The file's text when it was opened. */
  text: string;
  key: SigningKey;
}

/** The commands whose key is worth opening first. */
const EARLY = new Set<string>(['sign', 'attest'] satisfies EarlyKey['command'][]);

/**
 * The `--key` of a `sign` or `attest` command line, being opened; undefined
 * for anything else, for what is not a regular file, or when the file cannot
 * be read (the command will say).
 */
export async function openKeyEarly(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<EarlyKey | undefined> {
  const command = commandNamed(argv);
  if (!command || !EARLY.has(command)) return undefined;
  const file = lastKeyFlag(argv);
  if (!file) return undefined;
  let text: string;
  try {
    // Only a regular file: reading a pipe (`--key <(…)`, /dev/stdin) here would leave the command nothing.
    const path = resolve(cwd, file);
    if (!statSync(path).isFile()) return undefined;
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const where = `--key ${file}`;
  const { openSigningKey } = await import('../sigstore/key-file.js');
  return {
    command: command as EarlyKey['command'],
    where,
    text,
    key: openSigningKey(text, keyPasswordIn(env), where),
  };
}

/** The value of the last `--key X` or `--key=X` (the one commander keeps). */
export function lastKeyFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--key') value = argv[++i];
    else if (a.startsWith('--key=')) value = a.slice('--key='.length);
  }
  return value || undefined;
}

/** The key password comes from the environment only, never a flag (ps, shell history). */
export function keyPasswordIn(env: NodeJS.ProcessEnv): string | undefined {
  return env.LADING_KEY_PASSWORD ?? env.COSIGN_PASSWORD;
}
