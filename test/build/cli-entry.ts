import { run } from '../../src/cli/program.js';
import { runTag } from './tag-cli.js';

/** The CLI from source, plus `tag` until program.ts registers it: what the test shim runs. */
export async function main(argv: string[]): Promise<number> {
  const io = {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
  };
  return argv[0] === 'tag' ? runTag(argv.slice(1), io) : run(argv, io);
}
