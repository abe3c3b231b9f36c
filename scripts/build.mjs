// Bundles the CLI and every JS action with @vercel/ncc into dist/<name>/index.js.
// `node scripts/build.mjs --out DIR` writes elsewhere (the freshness test builds
// into a temporary directory and compares with the committed dist/).
//
// Each entry is built in a child process of its own, two at a time: ncc
// type-checks the whole program per entry, and one process building seven
// entries in a row ran out of heap.
import { spawn } from 'node:child_process';
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

async function buildOne({ name, file }) {
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

function child(name) {
  return new Promise((done, fail) => {
    const args = [fileURLToPath(import.meta.url), '--out', out, '--entry', name];
    spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`build of ${name} exited with ${code}`)),
    );
  });
}

const all = await entries();
const entryArg = process.argv.indexOf('--entry');
if (entryArg > 0) {
  const wanted = all.find((e) => e.name === process.argv[entryArg + 1]);
  if (!wanted) throw new Error(`no entry ${process.argv[entryArg + 1]}`);
  await buildOne(wanted);
} else {
  const queue = all.map((e) => e.name);
  const workers = [0, 1].map(async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await child(name);
  });
  await Promise.all(workers).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
