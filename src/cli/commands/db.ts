import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import type { DbResult } from '../../steps/db.js';
import { hours } from '../advisory-flags.js';
import { userCacheDir } from '../cache-dir.js';
import type { CommandContext } from '../program.js';
import { collect } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';

/** The default database directory: $LADING_DB_DIR, else $XDG_CACHE_HOME/lading/osv, else ~/.cache/lading/osv. */
export function defaultDbDir(env: NodeJS.ProcessEnv): string {
  if (env.LADING_DB_DIR) return env.LADING_DB_DIR;
  return userCacheDir(env, 'osv');
}

export function registerDb(program: Command, ctx: CommandContext): void {
  program
    .command('db')
    .description('the OSV advisory database: fill or refresh it (update), or show what it holds (status)')
    .argument('<ACTION>', 'update | status')
    .option('--db <DIR>', 'database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
    .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV JSON/YAML files')
    .option(
      '--ecosystem <NAME>',
      'OSV ecosystem to fetch or show, e.g. npm, PyPI, Alpine; repeatable',
      collect,
    )
    .option('--offline', 'never touch the network')
    .option('--max-age <HOURS>', 'data older than this that cannot be refreshed is stale', hours)
    .addOption(
      new Option('--on-stale <ACTION>', 'what stale data does').choices(['warn', 'fail']).default('warn'),
    )
    .option('--full', 'refill from all.zip instead of refreshing incrementally')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (action: string, flags, cmd: Command) => {
      if (action !== 'update' && action !== 'status')
        throw new InputError(`db: action must be update or status, not "${action}"`);
      const { dbStatusStep, dbUpdateStep } = await import('../../steps/db.js');
      const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
      const options = {
        dir: flags.db ?? defaultDbDir(ctx.io.env),
        ...(flags.osvUrl ? { osvUrl: flags.osvUrl as string } : {}),
        ecosystems: (flags.ecosystem as string[] | undefined) ?? [],
        offline: Boolean(flags.offline),
        ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge as number } : {}),
        onStale: flags.onStale as 'warn' | 'fail',
        full: Boolean(flags.full),
        userAgent: `lading/${VERSION}`,
      };
      const result =
        action === 'update' ? await dbUpdateStep(options, reporter) : await dbStatusStep(options, reporter);
      ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    });
}

function table(result: DbResult): string {
  const rows = result.ecosystems.map((e) => [
    e.ecosystem,
    String(e.records),
    e.fetchedAt ?? '-',
    e.ageHours === undefined ? '-' : `${e.ageHours}h${e.stale ? ' (stale)' : ''}`,
    e.lastModified ?? '-',
    e.action ?? '',
  ]);
  const head = ['ECOSYSTEM', 'ADVISORIES', 'FETCHED', 'AGE', 'LAST MODIFIED', 'THIS RUN'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    `${r
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd()}\n`;
  const bytes = result.bytes > 0 ? `${result.bytes} bytes fetched in ${result.requests} request(s)\n` : '';
  return `${result.dir}\n${line(head)}${rows.map(line).join('')}${bytes}`;
}
