import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/peers.js';

// A dist/ for composite actions that runs the CLI from the TypeScript sources
// with Node 24's own type stripping, so a test of actions/build exercises the
// code under test without a 1-2 minute ncc bundle. Steps run it as
// `node "$LADING_DIST_DIR/cli/index.js"`; NODE_OPTIONS must carry
// SHIM_NODE_OPTIONS (parameter properties need transform, not just stripping).

export const SHIM_NODE_OPTIONS = '--experimental-transform-types --no-warnings';

export async function writeCliShim(distDir: string): Promise<void> {
  await mkdir(join(distDir, 'cli'), { recursive: true });
  const entry = JSON.stringify(join(REPO_ROOT, 'test', 'build', 'cli-entry.ts'));
  await writeFile(
    join(distDir, 'cli', 'index.js'),
    `import { registerHooks } from 'node:module';
// Sources import each other as ./x.js; find the .ts behind such a specifier, as bench/run.ts does.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (!/^\\.{1,2}\\//.test(specifier) || !specifier.endsWith('.js')) throw e;
      return next(specifier.slice(0, -3) + '.ts', context);
    }
  },
});
const { main } = await import(${entry});
process.exitCode = await main(process.argv.slice(2));
`,
  );
}
