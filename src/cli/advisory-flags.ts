import { type Command, Option } from 'commander';
import { InputError } from '../errors.js';
import type { ScanDbOptions } from '../steps/scan.js';
import { defaultDbDir } from './commands/db.js';
import type { CliIO } from './program.js';
import { VERSION } from './version.js';

// The advisory database and the gate, for every command that scans (`scan`,
// `release`): the same flags, parsed the same way.

export const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];
export const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'];

export interface AdvisoryFlags {
  db?: string;
  osvUrl?: string;
  offline?: boolean;
  maxAge?: number;
  onStale: 'warn' | 'fail';
}

/** --max-age's parser: hours, a number at least 0. */
export function hours(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InputError(`--max-age: '${value}' is not a number of hours`);
  return n;
}

/** --db, --osv-url, --offline (whose reach each command words), --max-age, --on-stale. */
export function addAdvisoryOptions(cmd: Command, offlineHelp: string): Command {
  return cmd
    .option('--db <DIR>', 'advisory database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
    .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV files')
    .option('--offline', offlineHelp)
    .option('--max-age <HOURS>', 'advisory data older than this that cannot be refreshed is stale', hours)
    .addOption(
      new Option('--on-stale <ACTION>', 'what stale advisory data does')
        .choices(['warn', 'fail'])
        .default('warn'),
    );
}

/** --unknown-as: the same in every gate. */
export function unknownAsOption(): Option {
  return new Option('--unknown-as <LEVEL>', 'the severity an unknown-severity finding counts as in the gate')
    .choices(UNKNOWN_AS)
    .default('critical');
}

export function advisoryDbFrom(flags: AdvisoryFlags, io: CliIO): ScanDbOptions {
  return {
    dir: flags.db ?? defaultDbDir(io.env),
    ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
    offline: Boolean(flags.offline),
    ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
    onStale: flags.onStale,
    userAgent: `lading/${VERSION}`,
  };
}
