import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { buildStep } from '../../steps/build.js';
import { accessFrom, addAccessOptions } from '../access.js';
import { type CommandContext, collect } from '../program.js';
import { cliReporter } from '../reporter.js';

export function registerBuild(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('build')
      .description(
        'build a reproducible image from directories, daemonless (no Docker); FROM scratch only for now',
      )
      .requiredOption(
        '--dir <SRC[:DEST]>',
        'a directory to add as one layer at DEST (default /); repeatable',
        collect,
      )
      .requiredOption('--output <DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
      .option('--platform <os/arch[/variant]>', 'platform written into the image config', 'linux/amd64')
      .option('--entrypoint <json>', 'entrypoint as a JSON array, e.g. \'["node","server.js"]\'')
      .option('--cmd <json>', 'command as a JSON array')
      .option('--env <NAME=VALUE>', 'environment variable; repeatable', collect)
      .option('--workdir <DIR>', 'working directory')
      .option('--label <KEY=VALUE>', 'label (also a manifest annotation); repeatable', collect)
      .option('--source-date-epoch <seconds>', 'timestamp for the image and its files (or SOURCE_DATE_EPOCH)')
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (flags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const created = flags.sourceDateEpoch === undefined ? 0 : Number(flags.sourceDateEpoch);
    if (!Number.isSafeInteger(created) || created < 0) {
      throw new InputError(
        `--source-date-epoch: "${flags.sourceDateEpoch}" is not a whole number of seconds`,
      );
    }
    const result = await buildStep(
      {
        dirs: flags.dir,
        output: flags.output,
        platform: flags.platform,
        created,
        ...(flags.entrypoint ? { entrypoint: jsonArray(flags.entrypoint, '--entrypoint') } : {}),
        ...(flags.cmd ? { cmd: jsonArray(flags.cmd, '--cmd') } : {}),
        ...(flags.env ? { env: flags.env.map((e: string) => pair(e, '--env') && e) } : {}),
        ...(flags.workdir ? { workingDir: flags.workdir } : {}),
        ...(flags.label
          ? { labels: Object.fromEntries(flags.label.map((l: string) => pair(l, '--label'))) }
          : {}),
        access,
      },
      cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
    );
    ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.output}\n`);
  });
}

function jsonArray(text: string, flag: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(`${flag}: not JSON: ${text}`);
  }
  if (!Array.isArray(parsed) || parsed.some((s) => typeof s !== 'string')) {
    throw new InputError(`${flag}: expected a JSON array of strings`);
  }
  return parsed as string[];
}

function pair(text: string, flag: string): [string, string] {
  const i = text.indexOf('=');
  if (i <= 0) throw new InputError(`${flag}: "${text}" is not KEY=VALUE`);
  return [text.slice(0, i), text.slice(i + 1)];
}
