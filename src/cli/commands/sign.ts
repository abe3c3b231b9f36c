import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import { SIGNATURE_FORMATS, type SignatureFormat } from '../../sigstore/signature-format.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { addSigningOptions, type SigningFlags, signingMaterial } from '../signing-flags.js';
import { readUserFile } from '../user-file.js';
import { VERSION } from '../version.js';

interface SignFlags extends SigningFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  signatureFormat?: string;
  notationKey?: string;
  notationCert?: string;
  recursive?: boolean;
  json?: boolean;
}

export function registerSign(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    addSigningOptions(
      program
        .command('sign')
        .description("sign an image keylessly (OIDC → Fulcio → Rekor/TSA) or with a key, in cosign's formats")
        .argument('<IMAGE@DIGEST>', 'image to sign'),
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
      .option('--recursive', 'also sign every platform manifest of an index')
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (image: string, flags: SignFlags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    if (Boolean(flags.notationKey) !== Boolean(flags.notationCert)) {
      throw new InputError('--notation-key and --notation-cert go together');
    }
    // The key first: its scrypt runs in the thread pool while the signing code,
    // heavy and needed by no other command, loads.
    const { services, key, identityToken } = await signingMaterial(flags, ctx.io, {
      actionsToken: !flags.notationKey,
    });
    const { signStep } = await import('../../steps/sign.js');
    const notation =
      flags.notationKey && flags.notationCert
        ? (await import('../../sigstore/notation/signature-manifest.js')).notationIdentity(
            await readUserFile(ctx.io, flags.notationKey, '--notation-key'),
            await readUserFile(ctx.io, flags.notationCert, '--notation-cert'),
            { key: `--notation-key ${flags.notationKey}`, cert: `--notation-cert ${flags.notationCert}` },
          )
        : undefined;
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
