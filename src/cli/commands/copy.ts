import type { Command } from 'commander';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';

export function registerCopy(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('copy')
      .description(
        'copy an image (every platform, and its referrers) between registries, layouts and archives',
      )
      .argument('<SOURCE>', 'image to copy')
      .argument('<DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
      .option('--no-referrers', 'leave signatures, attestations and other referrers behind')
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (source: string, dest: string, flags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const { copyStep } = await import('../../steps/copy.js');
    const result = await copyStep(
      { source, destination: dest, referrers: flags.referrers, access },
      reporter,
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const b = result.blobs;
    ctx.io.stdout.write(
      `${result.destination}\n` +
        `  ${result.manifests} manifest(s); blobs: ${b.copied} copied (${b.bytes} bytes), ${b.exists} already there` +
        `${b.mounted ? `, ${b.mounted} mounted` : ''}${b.skippedForeign ? `, ${b.skippedForeign} foreign skipped` : ''}` +
        `; ${result.referrers.length} referrer(s)\n`,
    );
  });
}
