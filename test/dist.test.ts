import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/peers.js';

const run = promisify(execFile);

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(dir, p));
    }
  };
  await walk(dir).catch(() => {});
  return out.sort();
}

// dist/ is what GitHub runs and what `npx lading` executes: committed, so it
// must be exactly what the current src/ builds to.
describe('dist/', () => {
  let fresh: string;
  afterAll(async () => {
    if (fresh) await rm(fresh, { recursive: true, force: true });
  });

  it('is what `npm run build` makes from the current sources', { timeout: 900_000 }, async () => {
    fresh = await mkdtemp(join(tmpdir(), 'lading-dist-'));
    await run(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), '--out', fresh], { cwd: REPO_ROOT });
    const committed = join(REPO_ROOT, 'dist');
    const want = await files(fresh);
    expect(await files(committed), 'files in dist/ (run `npm run build` and commit dist/)').toEqual(want);
    for (const f of want) {
      const [a, b] = await Promise.all([readFile(join(fresh, f)), readFile(join(committed, f))]);
      expect(b.equals(a), `dist/${f} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
