import type { Command } from 'commander';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';

export function registerInspect(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('inspect')
      .description('show an image: digest, manifest, config, platforms and referrers, every digest verified')
      .argument('<SOURCE>', 'image to inspect')
      .option('--platform <os/arch[/variant]>', 'for an index, also detail the image of this platform')
      .option('--json', 'print the result as JSON on stdout')
      .option('--raw', 'print the manifest exactly as stored'),
  ).action(async (source: string, flags) => {
    const access = await accessFrom(flags, ctx.io);
    const [{ inspectStep }, { renderInspect }] = await Promise.all([
      import('../../steps/inspect.js'),
      import('../../report/inspect.js'),
    ]);
    const result = await inspectStep({ source, platform: flags.platform, access });
    if (flags.raw) ctx.io.stdout.write(`${JSON.stringify(result.manifest, null, 2)}\n`);
    else if (flags.json) ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else ctx.io.stdout.write(renderInspect(result));
  });
}
