import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import { actionsIdTokenProvider, hasActionsIdToken } from '../../github/oidc.js';
import { SIGNATURE_FORMATS, type SignatureFormat } from '../../sigstore/signature-format.js';
import type { SigningServices } from '../../sigstore/signing-config.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CliIO, CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';

/** A file the user named, read whole; a missing file is bad input naming the flag. */
export async function readUserFile(io: CliIO, path: string, flag: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    throw new InputError(
      `${flag} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
}

/** The key password comes from the environment only, never a flag (ps, shell history). */
/** The flags that choose how to sign, shared by `lading sign` and `lading attest`. */
export interface SigningFlags {
  key?: string;
  signingConfig?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  identityToken?: string;
}

export interface SigningMaterial {
  services: SigningServices;
  key?: { text: string; password?: string; where: string };
  identityToken?: () => Promise<string>;
}

/**
 * Services, key or OIDC token, from the flags: a key file first, then a token
 * file, then (when `actionsToken`) the Actions runtime's OIDC token.
 */
export async function signingMaterial(
  flags: SigningFlags,
  io: CliIO,
  options: { actionsToken: boolean },
): Promise<SigningMaterial> {
  if (flags.signingConfig && (flags.fulcioUrl || flags.rekorUrl || flags.tsaUrl)) {
    throw new InputError('--signing-config and --fulcio-url/--rekor-url/--tsa-url exclude each other');
  }
  let services: SigningServices;
  if (flags.signingConfig) {
    const { parseSigningConfig } = await import('../../sigstore/signing-config.js');
    services = parseSigningConfig(
      await readUserFile(io, flags.signingConfig, '--signing-config'),
      `--signing-config ${flags.signingConfig}`,
    );
  } else {
    services = {
      ...(flags.fulcioUrl ? { fulcioUrl: flags.fulcioUrl } : {}),
      ...(flags.rekorUrl ? { rekorUrl: flags.rekorUrl } : {}),
      ...(flags.tsaUrl ? { tsaUrl: flags.tsaUrl } : {}),
    };
  }
  for (const [flag, url] of Object.entries(services)) {
    if (typeof url === 'string' && !URL.canParse(url)) throw new InputError(`${flag}: not a URL: ${url}`);
  }
  if (flags.key) {
    const password = keyPassword(io);
    return {
      services,
      key: {
        text: await readUserFile(io, flags.key, '--key'),
        ...(password !== undefined ? { password } : {}),
        where: `--key ${flags.key}`,
      },
    };
  }
  if (flags.identityToken) {
    const token = (await readUserFile(io, flags.identityToken, '--identity-token')).trim();
    if (token.split('.').length !== 3)
      throw new InputError(`--identity-token ${flags.identityToken}: not a JWT`);
    return { services, identityToken: async () => token };
  }
  if (options.actionsToken && hasActionsIdToken(io.env)) {
    return { services, identityToken: actionsIdTokenProvider(io.env) };
  }
  return { services };
}

export function keyPassword(io: CliIO): string | undefined {
  return io.env.LADING_KEY_PASSWORD ?? io.env.COSIGN_PASSWORD;
}

interface SignFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  key?: string;
  signatureFormat?: string;
  notationKey?: string;
  notationCert?: string;
  signingConfig?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  identityToken?: string;
  recursive?: boolean;
  json?: boolean;
}

export function registerSign(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('sign')
      .description("sign an image keylessly (OIDC → Fulcio → Rekor/TSA) or with a key, in cosign's formats")
      .argument('<IMAGE@DIGEST>', 'image to sign')
      .option(
        '--key <file>',
        'private key: cosign.key (password in LADING_KEY_PASSWORD or COSIGN_PASSWORD) or PKCS#8 PEM',
      )
      .addOption(
        new Option(
          '--signature-format <format>',
          'bundle (cosign 3, OCI referrer), legacy (.sig tag, Harbor < 2.15) or both (default: both when the registry is Harbor before 2.15, else bundle)',
        ).choices([...SIGNATURE_FORMATS]),
      )
      .option(
        '--notation-key <file>',
        'also sign in Notation JWS format with this PEM private key (unencrypted)',
      )
      .option('--notation-cert <file>', 'the PEM certificate (chain, leaf first) of --notation-key')
      .option('--signing-config <file>', 'Sigstore signing config naming Fulcio, Rekor and TSA')
      .option('--fulcio-url <url>', 'Fulcio (keyless; default the public instance)')
      .option('--rekor-url <url>', 'Rekor transparency log (keyless default: the public instance)')
      .option('--tsa-url <url>', 'RFC 3161 timestamp authority')
      .option(
        '--identity-token <file>',
        "file holding the OIDC token (default: the GitHub Actions runtime's)",
      )
      .option('--recursive', 'also sign every platform manifest of an index')
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (image: string, flags: SignFlags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
    if (Boolean(flags.notationKey) !== Boolean(flags.notationCert)) {
      throw new InputError('--notation-key and --notation-cert go together');
    }
    const { signStep } = await import('../../steps/sign.js');
    const notation =
      flags.notationKey && flags.notationCert
        ? (await import('../../sigstore/notation/signature-manifest.js')).notationIdentity(
            await readUserFile(ctx.io, flags.notationKey, '--notation-key'),
            await readUserFile(ctx.io, flags.notationCert, '--notation-cert'),
            { key: `--notation-key ${flags.notationKey}`, cert: `--notation-cert ${flags.notationCert}` },
          )
        : undefined;
    const { services, key, identityToken } = await signingMaterial(flags, ctx.io, {
      actionsToken: !notation,
    });
    const result = await signStep(
      {
        image,
        access,
        ...(flags.signatureFormat ? { format: flags.signatureFormat as SignatureFormat } : {}),
        ...(notation ? { notation, agent: `lading/${VERSION}` } : {}),
        ...(key ? { key } : {}),
        ...(identityToken ? { identityToken } : {}),
        services,
        recursive: Boolean(flags.recursive),
      },
      reporter,
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    for (const s of result.signatures) {
      const log = s.transparencyLog.map((t) => ` tlog ${t.index}${t.url ? ` ${t.url}` : ''}`).join('');
      ctx.io.stdout.write(`${s.format} ${s.subject} -> ${s.location}${log}\n`);
    }
  });
}
