import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { SbomOutput } from '../../sbom/formats/index.js';
import type { SbomStepResult } from '../../steps/sbom.js';
import { accessFrom, addAccessOptions } from '../access.js';
import { hostPlatform } from '../host.js';
import type { CommandContext } from '../program.js';
import { collect } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';

/** SOURCE_DATE_EPOCH makes the documents reproducible; without it they carry the time of the run. */
function creationTime(env: NodeJS.ProcessEnv): Date {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return new Date();
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(seconds)) {
    throw new InputError(`SOURCE_DATE_EPOCH: "${raw}" is not a whole number of seconds`);
  }
  return new Date(seconds * 1000);
}

export function registerSbom(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('sbom')
      .description('catalog the packages of an image or a source tree and write SPDX 2.3 / CycloneDX 1.6')
      .argument('<SOURCE>', 'image (any SOURCE scheme) or dir:PATH')
      .option(
        '-o, --output <FORMAT[=FILE]>',
        'spdx-json or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Without -o: a package table',
        collect,
      )
      .option(
        '--platform <os/arch[/variant]>',
        'for an index, the platform image to catalog (default: this machine’s)',
      )
      .option(
        '--all-platforms',
        'for an index, catalog every platform image: one SBOM each, FILE named per platform',
      ),
  ).action(async (source: string, flags, cmd: Command) => {
    if (flags.platform && flags.allPlatforms) {
      throw new InputError('--platform and --all-platforms: choose one');
    }
    // Loaded here, not at the top: the writers pull in packageurl-js, whose load
    // (an Intl.Collator and its tables) every other command would pay for.
    const { parseSbomOutput } = await import('../../sbom/formats/index.js');
    const outputs: SbomOutput[] = ((flags.output as string[] | undefined) ?? []).map((o) =>
      parseSbomOutput(o, '-o'),
    );
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    // Loaded on demand: the catalogers and their parsers are only needed here.
    const { sbomStep } = await import('../../steps/sbom.js');
    const result = await sbomStep(
      {
        source,
        ...(flags.platform ? { platform: flags.platform as string } : {}),
        ...(flags.allPlatforms ? { allPlatforms: true } : {}),
        defaultPlatform: hostPlatform(),
        outputs,
        access,
        created: creationTime(ctx.io.env),
        toolVersion: VERSION,
      },
      reporter,
    );
    for (const r of result.results) {
      for (const d of r.documents) if (d.content !== undefined) ctx.io.stdout.write(d.content);
    }
    if (outputs.length === 0) ctx.io.stdout.write(renderTable(result));
    reporter.info(summary(result));
  });
}

function summary(result: SbomStepResult): string {
  const lines: string[] = [];
  for (const r of result.results) {
    const what =
      r.subject.kind === 'image' ? `${r.subject.name}@${r.subject.digest}` : `dir:${r.subject.name}`;
    const types = Object.entries(r.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ');
    lines.push(
      `${what}${r.platform ? ` (${r.platform})` : ''}: ${r.packages} package(s)${types ? ` (${types})` : ''}` +
        `${r.distro ? `; distro ${r.distro.prettyName}` : ''}` +
        `${r.subject.kind === 'image' ? `; ${r.layers.length} layer(s)` : ''}` +
        `${r.warnings.length ? `; ${r.warnings.length} warning(s)` : ''}`,
    );
    for (const d of r.documents) if (d.file) lines.push(`  ${d.format}: ${d.file}`);
  }
  lines.push(`done in ${(result.durationMs / 1000).toFixed(2)} s`);
  return lines.join('\n');
}

/** syft's default table: NAME VERSION TYPE, columns padded. */
function renderTable(result: SbomStepResult): string {
  const rows = [['NAME', 'VERSION', 'TYPE']];
  for (const r of result.results)
    for (const p of r.inventory.packages) rows.push([p.name, p.version, p.type]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return `${rows
    .map(
      (row) =>
        `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padEnd(widths[1] ?? 0)}  ${row[2] ?? ''}`,
    )
    .join('\n')}\n`;
}
