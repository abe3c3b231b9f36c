// Bundles the CLI and every JS action with @vercel/ncc into dist/<name>/index.js.
// `node scripts/build.mjs --out DIR` writes elsewhere (the freshness test builds
// into a temporary directory and compares with the committed dist/).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');

async function entries() {
  const list = [{ name: 'cli', file: join(root, 'src/cli/index.ts') }];
  const actionsDir = join(root, 'src/actions');
  for (const f of (await readdir(actionsDir).catch(() => [])).sort()) {
    if (f.endsWith('.ts')) list.push({ name: f.slice(0, -3), file: join(actionsDir, f) });
  }
  return list;
}

function bundle(file) {
  return ncc(file, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    transpileOnly: false,
    license: 'licenses.txt',
  });
}

/** ncc's errors embed its own minified source; keep the lines a person can read. */
function readable(err) {
  const text = String(err?.message ?? err);
  return text
    .split('\n')
    .filter((line) => line.length < 400 && !/^\s+at /.test(line))
    .slice(0, 20)
    .join('\n');
}

for (const { name, file } of await entries()) {
  const { code, assets } = await bundle(file).catch((err) => {
    console.error(`build of ${name} failed:\n${readable(err)}`);
    process.exit(1);
  });
  const dir = join(out, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const banner = name === 'cli' ? '#!/usr/bin/env node\n' : '';
  await writeFile(join(dir, 'index.js'), banner + code.replace(/^#!.*\n/, ''), { mode: 0o755 });
  for (const [assetName, asset] of Object.entries(assets ?? {})) {
    await mkdir(dirname(join(dir, assetName)), { recursive: true });
    await writeFile(join(dir, assetName), asset.source);
  }
  console.log(`built dist/${name}/index.js`);
}
