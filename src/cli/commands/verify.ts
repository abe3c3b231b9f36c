import { createPublicKey } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import type { IdentityPolicy, Matcher } from '../../sigstore/identity-policy.js';
import type { Trust } from '../../sigstore/verifier.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { readUserFile } from './sign.js';

interface VerifyFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  key?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  certificateGithubWorkflowRepository?: string;
  certificateGithubWorkflowRef?: string;
  certificateGithubWorkflowName?: string;
  certificateGithubWorkflowTrigger?: string;
  certificateGithubWorkflowSha?: string;
  trustedRoot?: string;
  tufCache?: string;
  offline?: boolean;
  insecureIgnoreTlog?: boolean;
  json?: boolean;
}

function matcher(exact: string | undefined, pattern: string | undefined, name: string): Matcher | undefined {
  if (exact !== undefined && pattern !== undefined) {
    throw new InputError(`--${name} and --${name}-regexp exclude each other`);
  }
  if (exact !== undefined) return { exact };
  if (pattern !== undefined) return { pattern };
  return undefined;
}

export function registerVerify(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('verify')
      .description(
        "verify an image's signatures (cosign bundle and legacy formats) against a key or an identity policy",
      )
      .argument('<IMAGE>', 'image to verify')
      .option('--key <file>', 'public key PEM (cosign.pub)')
      .option('--certificate-identity <san>', 'certificate subject (SAN), exactly')
      .option(
        '--certificate-identity-regexp <re>',
        'certificate subject (SAN), a regular expression matching all of it',
      )
      .option('--certificate-oidc-issuer <url>', 'OIDC issuer, exactly')
      .option('--certificate-oidc-issuer-regexp <re>', 'OIDC issuer, a regular expression matching all of it')
      .option(
        '--certificate-github-workflow-repository <owner/repo>',
        'GitHub repository that ran the workflow',
      )
      .option('--certificate-github-workflow-ref <ref>', 'git ref the workflow ran on (refs/tags/v1.0.0)')
      .option('--certificate-github-workflow-name <name>', 'workflow name')
      .option(
        '--certificate-github-workflow-trigger <event>',
        'event that triggered the workflow (push, release…)',
      )
      .option('--certificate-github-workflow-sha <sha>', 'commit the workflow ran on')
      .option(
        '--trusted-root <file>',
        'Sigstore trusted root JSON (default: the public instance, through TUF)',
      )
      .option('--tuf-cache <dir>', 'where the TUF-updated trusted root is cached')
      .option('--offline', 'use the cached trusted root without updating it')
      .option(
        '--insecure-ignore-tlog',
        'accept certificate signatures with an RFC 3161 timestamp but no log entry',
      )
      .option('--json', 'print every verdict as JSON on stdout'),
  ).action(async (image: string, flags: VerifyFlags, cmd: Command) => {
    // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
    const [{ validatePolicy }, { parseTrustedRoot, publicTrustedRoot }, { verifyStep }] = await Promise.all([
      import('../../sigstore/identity-policy.js'),
      import('../../sigstore/trusted-root.js'),
      import('../../steps/verify.js'),
    ]);
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const subject = matcher(
      flags.certificateIdentity,
      flags.certificateIdentityRegexp,
      'certificate-identity',
    );
    const issuer = matcher(
      flags.certificateOidcIssuer,
      flags.certificateOidcIssuerRegexp,
      'certificate-oidc-issuer',
    );
    const github = Object.fromEntries(
      Object.entries({
        repository: flags.certificateGithubWorkflowRepository,
        ref: flags.certificateGithubWorkflowRef,
        workflow: flags.certificateGithubWorkflowName,
        trigger: flags.certificateGithubWorkflowTrigger,
        sha: flags.certificateGithubWorkflowSha,
      }).filter(([, v]) => v !== undefined),
    ) as IdentityPolicy['github'];
    const policy: IdentityPolicy = {
      ...(subject ? { subject } : {}),
      ...(issuer ? { issuer } : {}),
      ...(github && Object.keys(github).length ? { github } : {}),
    };
    validatePolicy(policy, {
      subject: '--certificate-identity-regexp',
      issuer: '--certificate-oidc-issuer-regexp',
    });
    let trust: Trust;
    if (flags.key) {
      if (subject || issuer || policy.github) {
        throw new InputError('--key and the --certificate-* identity flags exclude each other');
      }
      const text = await readUserFile(ctx.io, flags.key, '--key');
      try {
        trust = { publicKey: createPublicKey(text) };
      } catch {
        throw new InputError(`--key ${flags.key}: not a PEM public key`);
      }
    } else if (flags.trustedRoot) {
      trust = {
        trustedRoot: parseTrustedRoot(
          await readUserFile(ctx.io, flags.trustedRoot, '--trusted-root'),
          `--trusted-root ${flags.trustedRoot}`,
        ),
      };
    } else {
      if (!subject || !issuer) {
        throw new InputError(
          'give --key FILE, or an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
        );
      }
      const cache =
        flags.tufCache ??
        join(ctx.io.env.XDG_CACHE_HOME || join(ctx.io.env.HOME || homedir(), '.cache'), 'lading', 'tuf');
      trust = { trustedRoot: await publicTrustedRoot(cache, Boolean(flags.offline)) };
    }
    const result = await verifyStep(
      {
        image,
        access,
        trust,
        policy,
        requireTransparencyLog: !flags.insecureIgnoreTlog,
      },
      reporter,
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      for (const s of result.signatures) {
        ctx.io.stdout.write(
          `${s.ok ? 'valid  ' : 'invalid'} ${s.format.padEnd(6)} ${s.location}: ${s.reason}\n`,
        );
      }
    }
    if (!result.verified) {
      ctx.io.stderr.write(
        `lading: no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed above with its reason' : ''})\n`,
      );
      ctx.setExit(ExitCode.denied);
    }
  });
}
