import type { Command } from 'commander';
import { accessFrom, addAccessOptions } from '../access.js';
import { type CommandContext, collect } from '../program.js';
import { cliReporter } from '../reporter.js';

export function registerTag(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('tag')
      .description(
        'point tags at an image by digest, on any registry; tags matching --immutable are never moved to another digest',
      )
      .argument('<IMAGE@DIGEST>', 'the image: REPO@sha256:… or oci-dir:DIR@sha256:…')
      .requiredOption(
        '--tag <TAG|REF>',
        "a tag in the image's repository, or REGISTRY/REPO:TAG elsewhere (the image is copied there); repeatable",
        collect,
      )
      .option(
        '--immutable <GLOB>',
        'tags matching this glob (v*, release-*, *) that exist must already point at the digest; repeatable',
        collect,
        [],
      )
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (image: string, flags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const { tagStep } = await import('../../steps/tag.js');
    const result = await tagStep(
      { image, tags: flags.tag, immutable: flags.immutable, access },
      cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    for (const t of result.tags) {
      const was = t.outcome === 'moved' ? ` (was ${t.current})` : '';
      ctx.io.stdout.write(`${t.outcome.padEnd(9)} ${t.reference}@${result.digest}${was}\n`);
    }
  });
}
