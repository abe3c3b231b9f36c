import { Command, CommanderError } from 'commander';
import { registerTag } from '../../src/cli/commands/tag.js';
import type { CliIO } from '../../src/cli/program.js';
import { describeError, ExitCode, exitCodeOf } from '../../src/errors.js';

// `lading tag` with the CLI's error handling (first line of the error on
// stderr, the class's exit code), for tests and the test CLI shim while
// src/cli/program.ts does not register the command yet.

export async function runTag(argv: string[], io: CliIO): Promise<number> {
  let code: number = ExitCode.ok;
  const program = new Command('lading').exitOverride();
  registerTag(program, { io, setExit: (c) => (code = c) });
  for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: (s) => io.stderr.write(s) });
  try {
    await program.parseAsync(['tag', ...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return ExitCode.badInput;
    io.stderr.write(`lading: ${describeError(e)}\n`);
    return exitCodeOf(e);
  }
}
