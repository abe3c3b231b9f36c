import { run } from '../../src/cli/program.js';

/** The CLI from source, with the process's own streams: what the test shim runs. */
export async function main(argv: string[]): Promise<number> {
  const io = {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
  };
  return run(argv, io);
}
