import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { actionsIdTokenProvider, hasActionsIdToken } from '../github/oidc.js';
import type { SigningKey } from '../sigstore/key-file.js';
import type { SigningServices } from '../sigstore/signing-config.js';
import { keyPasswordIn } from './early-key.js';
import type { CliIO } from './program.js';
import { readUserFile } from './user-file.js';

/** The flag behind each service URL, so an error names what the user typed. */
const SERVICE_FLAGS: Record<string, string> = {
  fulcioUrl: '--fulcio-url',
  rekorUrl: '--rekor-url',
  tsaUrl: '--tsa-url',
};

// How to sign, for every command that signs (`sign`, `attest`, `release`): one
// set of flags, one reading of them, so the three refuse the same mistakes
// with the same words.

/** The flags that choose how to sign. */
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
  key?: SigningKey;
  identityToken?: () => Promise<string>;
}

const KEY_HELP = 'private key: cosign.key (password in LADING_KEY_PASSWORD or COSIGN_PASSWORD) or PKCS#8 PEM';

/** --key, --signing-config, --fulcio-url, --rekor-url, --tsa-url, --identity-token; `keyHelp` adds to --key's text. */
export function addSigningOptions(cmd: Command, keyHelp = ''): Command {
  return cmd
    .option('--key <file>', `${KEY_HELP}${keyHelp}`)
    .option('--signing-config <file>', 'Sigstore signing config naming Fulcio, Rekor and TSA')
    .option('--fulcio-url <url>', 'Fulcio (keyless; default the public instance)')
    .option('--rekor-url <url>', 'Rekor transparency log (keyless default: the public instance)')
    .option('--tsa-url <url>', 'RFC 3161 timestamp authority')
    .option('--identity-token <file>', "file holding the OIDC token (default: the GitHub Actions runtime's)");
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
    const { parseSigningConfig } = await import('../sigstore/signing-config.js');
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
  for (const [name, url] of Object.entries(services)) {
    if (typeof url === 'string' && !URL.canParse(url)) {
      throw new InputError(`${SERVICE_FLAGS[name] ?? name}: not a URL: ${url}`);
    }
  }
  if (flags.key) {
    const text = await readUserFile(io, flags.key, '--key');
    const where = `--key ${flags.key}`;
    const early = io.earlyKey;
    if (early && early.where === where && early.text === text) return { services, key: early.key };
    return {
      services,
      // Opened now (the scrypt starts) and imported here: startup stays light for other commands.
      key: (await import('../sigstore/key-file.js')).openSigningKey(text, keyPasswordIn(io.env), where),
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
