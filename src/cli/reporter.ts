import type { Reporter } from '../steps/reporter.js';
import type { CliIO } from './program.js';

/** Progress on stderr, so stdout stays for results that scripts read. */
export function cliReporter(io: CliIO, verbose = false): Reporter {
  return {
    info: (m) => io.stderr.write(`${m}\n`),
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) io.stderr.write(`debug: ${m}\n`);
    },
  };
}
