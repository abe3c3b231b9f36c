import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { accessFrom, addAccessOptions } from '../access.js';
import { type CommandContext, collect } from '../program.js';
import { cliReporter } from '../reporter.js';

export function registerBuild(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('build')
      .description(
        'build a reproducible image from a base image (or scratch) and directories, daemonless (no Docker, no Dockerfile)',
      )
      .requiredOption(
        '--dir <SRC[:DEST]>',
        'a directory to add as one layer at DEST (default /); repeatable',
        collect,
      )
      .requiredOption('--output <DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
      .option(
        '--from <SOURCE>',
        'base image: a registry reference, oci-dir:, oci-archive:, docker-archive:, or scratch',
        'scratch',
      )
      .option(
        '--platform <os/arch[/variant]>',
        'FROM scratch: the platform written (default linux/amd64); a multi-platform base: the image to build on',
      )
      .option(
        '--entrypoint <json>',
        'entrypoint as a JSON array, e.g. \'["node","server.js"]\' (drops the base\'s cmd)',
      )
      .option('--cmd <json>', 'command as a JSON array')
      .option(
        '--env <NAME=VALUE>',
        "environment variable, replacing the base's of that name; repeatable",
        collect,
      )
      .option('--workdir <DIR>', 'working directory (absolute)')
      .option('--user <USER[:GROUP]>', 'user the container runs as')
      .option('--expose <PORT[/PROTO]>', "port to declare, added to the base's; repeatable", collect)
      .option('--stop-signal <SIGNAL>', 'signal that stops the container, e.g. SIGTERM')
      .option(
        '--label <KEY=VALUE>',
        "label (also a manifest annotation), over the base's; repeatable",
        collect,
      )
      .option(
        '--base-name <REF>',
        'org.opencontainers.image.base.name for a base that is not a registry reference',
      )
      .option('--no-tag', 'push the manifest by digest only, ignoring a tag in --output (then: lading tag)')
      .option('--source-date-epoch <seconds>', 'timestamp for the image and its files (or SOURCE_DATE_EPOCH)')
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (flags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const created = sourceDateEpoch(flags.sourceDateEpoch, ctx.io.env.SOURCE_DATE_EPOCH);
    const { buildStep } = await import('../../steps/build.js');
    const result = await buildStep(
      {
        dirs: flags.dir,
        output: flags.output,
        from: flags.from,
        ...(flags.platform ? { platform: flags.platform } : {}),
        created,
        ...(flags.entrypoint ? { entrypoint: jsonArray(flags.entrypoint, '--entrypoint') } : {}),
        ...(flags.cmd ? { cmd: jsonArray(flags.cmd, '--cmd') } : {}),
        ...(flags.env ? { env: flags.env.map((e: string) => pair(e, '--env') && e) } : {}),
        ...(flags.workdir !== undefined ? { workingDir: flags.workdir } : {}),
        ...(flags.user !== undefined ? { user: flags.user } : {}),
        ...(flags.expose ? { expose: flags.expose } : {}),
        ...(flags.stopSignal !== undefined ? { stopSignal: flags.stopSignal } : {}),
        ...(flags.label
          ? { labels: Object.fromEntries(flags.label.map((l: string) => pair(l, '--label'))) }
          : {}),
        ...(flags.baseName ? { baseName: flags.baseName } : {}),
        ...(flags.tag === false ? { noTag: true } : {}),
        access,
      },
      cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
    );
    ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.output}\n`);
  });
}

/** The flag wins over SOURCE_DATE_EPOCH (reproducible-builds.org); neither means 0, the epoch. */
function sourceDateEpoch(flag: string | undefined, env: string | undefined): number {
  const text = flag ?? env;
  if (text === undefined || text === '') return 0;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    const where = flag !== undefined ? '--source-date-epoch' : 'SOURCE_DATE_EPOCH';
    throw new InputError(`${where}: "${text}" is not a whole number of seconds`);
  }
  return value;
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
