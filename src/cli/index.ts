import { enableCompileCache } from 'node:module';
import { userCacheDir } from './cache-dir.js';
import { openKeyEarly } from './early-key.js';

// Starting Node and compiling the bundle is most of a short command's time (a
// verify is ~0.15 s, half of it compiling). V8's code cache on disk cuts that,
// so it is switched on before the program itself is loaded. It lives in the
// user's own cache directory, not Node's default under the shared temp dir:
// V8 trusts a code cache as code, and on a shared machine another user could
// have planted one there. NODE_COMPILE_CACHE, when set, is the user's choice
// and wins (Node enables it before this line runs).
enableCompileCache?.(userCacheDir(process.env, 'compile-cache'));

// A reader that goes away (`lading inspect … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

async function main(argv: string[]): Promise<number> {
  const earlyKey = await openKeyEarly(argv, process.env, process.cwd());
  // attest: the scrypt's 64 MiB is given back before the code that attests loads (early-key.ts).
  if (earlyKey?.command === 'attest') await earlyKey.key.privateKey.catch(() => {});
  const { run } = await import('./program.js');
  return run(argv, {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    ...(earlyKey ? { earlyKey } : {}),
  });
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
