import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { describeError, ExitCode, exitCodeOf, InputError } from '../errors.js';
import { commandNamed } from './argv.js';
import { registerAttest } from './commands/attest.js';
import { registerBuild } from './commands/build.js';
import { registerCopy } from './commands/copy.js';
import { registerDb } from './commands/db.js';
import { registerInspect } from './commands/inspect.js';
import { registerPolicy } from './commands/policy.js';
import { registerQuickstart } from './commands/quickstart.js';
import { registerRelease } from './commands/release.js';
import { registerSbom } from './commands/sbom.js';
import { registerScan } from './commands/scan.js';
import { registerSign } from './commands/sign.js';
import { registerTag } from './commands/tag.js';
import { registerVerify } from './commands/verify.js';
import type { EarlyKey } from './early-key.js';
import { VERSION } from './version.js';

export interface CliIO {
  env: NodeJS.ProcessEnv;
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable;
  cwd: string;
  /** The signing key src/cli/index.ts began opening before the CLI loaded. */
  earlyKey?: EarlyKey;
}

/** What every command gets: where to write, and the exit code to finish with. */
export interface CommandContext {
  io: CliIO;
  setExit(code: ExitCode): void;
}

const EXIT_CODES_HELP = `
Exit codes (every subcommand):
  0  done
  1  a gate or a verification said no
  2  bad usage or bad input
  3  anything else went wrong (network, registry, disk)

SOURCE is registry:REF, oci-dir:DIR[:TAG|@DIGEST], oci-archive:FILE[:TAG|@DIGEST],
docker-archive:FILE[:REF], dir:PATH, or a bare reference (a path if it exists,
else a registry reference).`;

/** Every subcommand, in the order `--help` lists them. */
const COMMANDS: Record<string, (program: Command, ctx: CommandContext) => void> = {
  copy: registerCopy,
  inspect: registerInspect,
  build: registerBuild,
  tag: registerTag,
  quickstart: registerQuickstart,
  sbom: registerSbom,
  db: registerDb,
  scan: registerScan,
  sign: registerSign,
  verify: registerVerify,
  attest: registerAttest,
  policy: registerPolicy,
  release: registerRelease,
};

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exit: ExitCode = ExitCode.ok;
  const ctx: CommandContext = { io, setExit: (code) => (exit = code) };
  const program = new Command('lading')
    .description('Carry a container image from build to a registry that only lets trusted images through.')
    .version(VERSION, '--version', 'print the version')
    .addOption(new Option('-v, --verbose', 'print debug detail on stderr'))
    .addHelpText('after', EXIT_CODES_HELP)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  // Commander does real work for every option it is given; a run needs only the
  // command it names (all of them for help and for "did you mean").
  const named = commandNamed(argv);
  const register =
    named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]] : Object.values(COMMANDS);
  for (const add of register) add?.(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
    cmd.addHelpText('after', EXIT_CODES_HELP);
  }
  if (argv.length === 0) {
    program.outputHelp();
    return ExitCode.badInput;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are not errors; everything else commander raises is bad usage.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      if (err.code === 'commander.help') return ExitCode.ok;
      return ExitCode.badInput;
    }
    io.stderr.write(`lading: ${describeError(err)}\n`);
    if (program.opts().verbose && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return exitCodeOf(err);
  }
}

/** Commander collects repeated options through this. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function requireArg(value: string | undefined, name: string): string {
  if (!value) throw new InputError(`missing ${name}`);
  return value;
}
