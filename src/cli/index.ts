import { enableCompileCache } from 'node:module';

// Starting Node and compiling the bundle is most of a short command's time (a
// verify is ~0.15 s, half of it compiling). V8's code cache on disk cuts that,
// so it is switched on before the program itself is loaded.
enableCompileCache?.();

// A reader that goes away (`lading inspect … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

void import('./program.js')
  .then(({ run }) =>
    run(process.argv.slice(2), {
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      stdin: process.stdin,
      cwd: process.cwd(),
    }),
  )
  .then((code) => {
    process.exitCode = code;
  });
