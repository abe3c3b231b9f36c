import { createPublicKey, type KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import type { Matcher } from '../sigstore/identity-policy.js';
import type { TufSource } from '../sigstore/trusted-root.js';
import type { Trust } from '../sigstore/verifier.js';
import { userCacheDir } from './cache-dir.js';
import type { CliIO } from './program.js';
import { readUserFile } from './user-file.js';

// Whom a signature must come from, for every command that verifies one
// (`verify`, `release`, and `scan` for VEX attestations): the same flags, read
// the same way and refused with the same words. Each command words the help
// for its own context.

/** The keyless identity and trusted-root flags. */
export interface IdentityFlags {
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  trustedRoot?: string;
  tufCache?: string;
  tufMirror?: string;
  tufRoot?: string;
  offline?: boolean;
}

/** Each command's --help text for the identity flags. */
export interface IdentityHelp {
  identity: string;
  identityRegexp: string;
  issuer: string;
  issuerRegexp: string;
  trustedRoot: string;
}

/** How the identity flags are spelled, for errors that name them. */
export const IDENTITY_FLAG_NAMES = {
  subject: '--certificate-identity',
  issuer: '--certificate-oidc-issuer',
  subjectRegexp: '--certificate-identity-regexp',
  issuerRegexp: '--certificate-oidc-issuer-regexp',
} as const;

/** validatePolicy's names for the two regular expressions. */
export const IDENTITY_REGEXP_FLAGS = {
  subject: IDENTITY_FLAG_NAMES.subjectRegexp,
  issuer: IDENTITY_FLAG_NAMES.issuerRegexp,
};

/** --certificate-identity[-regexp], --certificate-oidc-issuer[-regexp], --trusted-root, --tuf-*. */
export function addIdentityOptions(cmd: Command, help: IdentityHelp, metavars: 'lower' | 'upper'): Command {
  const v = (name: string) => `<${metavars === 'upper' ? name.toUpperCase() : name}>`;
  return cmd
    .option(`--certificate-identity ${v('san')}`, help.identity)
    .option(`--certificate-identity-regexp ${v('re')}`, help.identityRegexp)
    .option(`--certificate-oidc-issuer ${v('url')}`, help.issuer)
    .option(`--certificate-oidc-issuer-regexp ${v('re')}`, help.issuerRegexp)
    .option(`--trusted-root ${v('file')}`, help.trustedRoot)
    .option(`--tuf-cache ${v('dir')}`, 'where the TUF-updated trusted root is cached')
    .option(`--tuf-mirror ${v('url')}`, "a TUF repository other than Sigstore's public-good CDN")
    .option(
      `--tuf-root ${v('file')}`,
      "the TUF mirror's initial root.json (trusted on first use of a cache)",
    );
}

/** The subject and issuer matchers the flags give; `--x` and `--x-regexp` together are refused. */
export function identityFrom(flags: IdentityFlags): { subject?: Matcher; issuer?: Matcher } {
  const subject = matcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity');
  const issuer = matcher(
    flags.certificateOidcIssuer,
    flags.certificateOidcIssuerRegexp,
    'certificate-oidc-issuer',
  );
  return { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
}

function matcher(exact: string | undefined, pattern: string | undefined, name: string): Matcher | undefined {
  if (exact !== undefined && pattern !== undefined) {
    throw new InputError(`--${name} and --${name}-regexp exclude each other`);
  }
  if (exact !== undefined) return { exact };
  if (pattern !== undefined) return { pattern };
  return undefined;
}

/** A key and an identity would each decide alone: giving both is a mistake, not a choice. */
export function refuseKeyWithIdentity(key: unknown, identity: boolean): void {
  if (key && identity)
    throw new InputError('--key and the --certificate-* identity flags exclude each other');
}

/** A PEM public key from the file a flag names. */
export async function publicKeyFrom(io: CliIO, file: string, flag: string): Promise<KeyObject> {
  const text = await readUserFile(io, file, flag);
  try {
    return createPublicKey(text);
  } catch {
    throw new InputError(`${flag} ${file}: not a PEM public key`);
  }
}

/** Keyless trust: the --trusted-root file, or the public instance's root through TUF. */
export async function keylessTrust(flags: IdentityFlags, io: CliIO): Promise<Trust> {
  // Loaded on demand: TUF and its HTTP stack are needed only here.
  const { parseTrustedRoot, tufTrustedRoot } = await import('../sigstore/trusted-root.js');
  const tuf = await tufSource(flags, io);
  if (flags.trustedRoot) {
    return {
      trustedRoot: parseTrustedRoot(
        await readUserFile(io, flags.trustedRoot, '--trusted-root'),
        `--trusted-root ${flags.trustedRoot}`,
      ),
    };
  }
  return { trustedRoot: await tufTrustedRoot(tuf) };
}

/** The --tuf-* flags and --offline; the cache defaults to the user's (XDG_CACHE_HOME or ~/.cache). */
export async function tufSource(flags: IdentityFlags, io: CliIO): Promise<TufSource> {
  if (flags.trustedRoot && (flags.tufMirror || flags.tufRoot)) {
    throw new InputError('--trusted-root and --tuf-mirror/--tuf-root exclude each other');
  }
  if (flags.tufRoot) {
    const { checkTufRoot } = await import('../sigstore/trusted-root.js');
    checkTufRoot(await readUserFile(io, flags.tufRoot, '--tuf-root'), `--tuf-root ${flags.tufRoot}`);
  }
  return {
    cacheDir: flags.tufCache ?? userCacheDir(io.env, 'tuf'),
    ...(flags.offline ? { offline: true } : {}),
    ...(flags.tufMirror ? { mirror: flags.tufMirror } : {}),
    ...(flags.tufRoot ? { rootFile: resolve(io.cwd, flags.tufRoot) } : {}),
  };
}
