import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { renderInspect } from '../../report/inspect.js';
import { accessFrom } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';

export function registerQuickstart(program: Command, ctx: CommandContext): void {
  program
    .command('quickstart')
    .description(
      "lading's main job on the embedded default, offline: build the example, carry it, inspect it",
    )
    .option('--example <DIR>', 'directory to pack as the example image (default: the repository example/app)')
    .option('--work-dir <DIR>', 'where the OCI layouts are written (emptied first)', '.lading/quickstart')
    .action(async (flags, cmd: Command) => {
      const exampleDir = resolve(ctx.io.cwd, flags.example ?? defaultExample());
      if (!existsSync(exampleDir))
        throw new InputError(`quickstart: example directory ${exampleDir} does not exist`);
      const { quickstartStep } = await import('../../steps/quickstart.js');
      const result = await quickstartStep(
        {
          exampleDir,
          workDir: resolve(ctx.io.cwd, flags.workDir),
          created: Number(ctx.io.env.SOURCE_DATE_EPOCH ?? 0) || 0,
          access: await accessFrom({}, ctx.io),
          toolVersion: VERSION,
        },
        cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
      );
      const sbom = result.sbom.results[0];
      const types = Object.entries(sbom?.byType ?? {})
        .map(([type, n]) => `${n} ${type}`)
        .join(', ');
      const files = sbom?.documents.map((d) => d.file).join(', ') ?? '';
      ctx.io.stdout.write(
        `built   ${result.build.output}\ncarried ${result.copy.destination}\n\n${renderInspect(result.inspect)}` +
          `\nsbom      ${sbom?.packages ?? 0} package(s)${types ? ` (${types})` : ''}\n          ${files}\n`,
      );
    });
}

/** The example ships in the repository: two levels above the bundle (dist/cli/), three above this source file. */
function defaultExample(): string {
  const candidates = ['../../example/app', '../../../example/app'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}
