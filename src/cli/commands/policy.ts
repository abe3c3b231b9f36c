import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';

export function registerPolicy(program: Command, ctx: CommandContext): void {
  program
    .command('policy')
    .description('Harbor project policy as code: plan (read-only), apply, or detect drift')
    .argument('<MODE>', 'plan | apply | drift')
    .requiredOption('--file <FILE>', 'the policy file (YAML), e.g. .github/registry-policy.yml')
    .option('--harbor <URL>', 'Harbor base URL, e.g. https://harbor.example.com (or LADING_HARBOR_URL)')
    .option('--username <NAME>', 'Harbor user or robot account (robot$…) (or LADING_HARBOR_USERNAME)')
    .option(
      '--password-stdin',
      'read the Harbor password or robot secret from standard input (else LADING_HARBOR_PASSWORD)',
    )
    .option(
      '--prune',
      'delete rules, robots and webhooks the file does not list (only in kinds a project lists)',
    )
    .option('--allow-many-immutability-rules', "allow more than the 15 rules Harbor's UI can show")
    .option(
      '--scan <IMAGE@DIGEST>',
      'before applying, have Harbor scan this image (registry/project/repository@sha256:…) and wait for it',
    )
    .option('--sbom', 'with --scan, also have Harbor generate its SBOM')
    .option('--scan-timeout <SECONDS>', 'with --scan, how long to wait for Harbor', '600')
    .option('--markdown <FILE>', 'also write the plan as Markdown (job summary, pull-request comment)')
    .option(
      '--secrets-file <FILE>',
      'write the secrets of robot accounts created by apply to FILE (mode 0600); they are printed nowhere else',
    )
    .action(async (mode: string, flags, cmd: Command) => {
      if (mode !== 'plan' && mode !== 'apply' && mode !== 'drift') {
        throw new InputError(`policy: mode must be plan, apply or drift, not "${mode}"`);
      }
      flags.harbor ??= ctx.io.env.LADING_HARBOR_URL;
      flags.username ??= ctx.io.env.LADING_HARBOR_USERNAME;
      if (!flags.harbor) throw new InputError('policy: --harbor URL (or LADING_HARBOR_URL) is required');
      if (!flags.username) throw new InputError('policy: --username (or LADING_HARBOR_USERNAME) is required');
      const password = flags.passwordStdin ? await readStdin(ctx) : ctx.io.env.LADING_HARBOR_PASSWORD;
      if (!password)
        throw new InputError('policy: give the password with --password-stdin or LADING_HARBOR_PASSWORD');
      const timeoutSeconds = Number(flags.scanTimeout);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
        throw new InputError(`--scan-timeout: "${flags.scanTimeout}" is not a positive number of seconds`);
      }
      // Loaded on demand: the Harbor engine is not needed by any other command.
      const [{ runPolicy }, { harborArtifactFromImage }] = await Promise.all([
        import('../../steps/policy.js'),
        import('../../harbor/scan-waiter.js'),
      ]);
      const scan = flags.scan
        ? { ...harborArtifactFromImage(flags.scan, '--scan'), sbom: Boolean(flags.sbom), timeoutSeconds }
        : undefined;
      const result = await runPolicy(
        {
          mode,
          file: flags.file,
          harborUrl: flags.harbor,
          username: flags.username,
          password,
          prune: Boolean(flags.prune),
          allowManyImmutabilityRules: Boolean(flags.allowManyImmutabilityRules),
          ...(scan ? { scan } : {}),
        },
        cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
      );
      ctx.io.stdout.write(result.text);
      if (flags.markdown) await writeFile(flags.markdown, result.markdown);
      if (result.secrets.length) {
        if (flags.secretsFile) {
          await writeFile(flags.secretsFile, `${JSON.stringify(result.secrets, null, 2)}\n`, { mode: 0o600 });
          ctx.io.stderr.write(`${result.secrets.length} robot secret(s) written to ${flags.secretsFile}\n`);
        } else {
          ctx.io.stderr.write(
            `warning: ${result.secrets.length} robot account(s) created; their secrets were not kept (use --secrets-file)\n`,
          );
        }
      }
      if (mode === 'apply' && result.apply && !result.apply.ok) ctx.setExit(ExitCode.failure);
      if (mode === 'drift' && result.drift.drifted) ctx.setExit(ExitCode.denied);
    });
}

async function readStdin(ctx: CommandContext): Promise<string> {
  if (!ctx.io.stdin) throw new InputError('--password-stdin: no standard input');
  const chunks: Buffer[] = [];
  for await (const c of ctx.io.stdin) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
