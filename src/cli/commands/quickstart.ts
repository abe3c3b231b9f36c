import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import { accessFrom } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';

export function registerQuickstart(program: Command, ctx: CommandContext): void {
  program
    .command('quickstart')
    .description(
      "lading's whole release on the embedded default, offline: build the example into an OCI layout, SBOM, scan against the advisories shipped with it, sign and attest with a key pair made for the run, verify",
    )
    .option('--example <DIR>', 'directory to pack as the example image (default: the repository example/app)')
    .option('--advisories <DIR>', 'OSV records to scan against (default: the repository example/advisories)')
    .option(
      '--work-dir <DIR>',
      'where the layout, key pair, database and reports are written (emptied first)',
      '.lading/quickstart',
    )
    .addOption(
      new Option('--fail-on <LEVEL>', 'the gate: stop before signing on an open finding at or above LEVEL')
        .choices(['none', 'low', 'medium', 'high', 'critical'])
        .default('high'),
    )
    .action(async (flags, cmd: Command) => {
      const exampleDir = resolve(ctx.io.cwd, flags.example ?? beside('example/app'));
      const advisoriesDir = resolve(ctx.io.cwd, flags.advisories ?? beside('example/advisories'));
      if (!existsSync(exampleDir))
        throw new InputError(`quickstart: example directory ${exampleDir} does not exist`);
      if (!existsSync(advisoriesDir))
        throw new InputError(`quickstart: advisory directory ${advisoriesDir} does not exist`);
      const [{ quickstartStep }, { partialRelease }, { renderReleaseSummary }] = await Promise.all([
        import('../../steps/quickstart.js'),
        import('../../steps/release.js'),
        import('../../report/release-summary.js'),
      ]);
      try {
        const result = await quickstartStep(
          {
            exampleDir,
            advisoriesDir,
            workDir: resolve(ctx.io.cwd, flags.workDir),
            created: Number(ctx.io.env.SOURCE_DATE_EPOCH ?? 0) || 0,
            failOn: flags.failOn,
            now: new Date(),
            access: await accessFrom({}, ctx.io),
            toolVersion: VERSION,
          },
          cliReporter(ctx.io, cmd.optsWithGlobals().verbose),
        );
        ctx.io.stdout.write(
          `built     ${result.build.output}\nkey pair  ${result.keys.privateKey}, ${result.keys.publicKey}\n\n` +
            renderReleaseSummary(result.release, 'text'),
        );
      } catch (err) {
        const partial = partialRelease(err);
        if (partial) ctx.io.stdout.write(renderReleaseSummary(partial, 'text'));
        throw err;
      }
    });
}

/** The example ships in the repository: two levels above the bundle (dist/cli/), three above this source file. */
function beside(path: string): string {
  const candidates = [`../../${path}`, `../../../${path}`].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}
