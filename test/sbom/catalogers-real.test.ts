import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { golangCataloger, readBuildInfo } from '../../src/sbom/catalogers/golang.js';
import { npmCataloger } from '../../src/sbom/catalogers/npm/index.js';
import type { CapturedFile } from '../../src/sbom/model.js';

// Real package managers make the trees: npm installs from the registry and
// `npm ls` says what it installed; the Go toolchain builds a binary and
// `go version -m` says what it compiled in. The catalogers must agree.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function which(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A tool the test needs: a skip with the reason locally, a failure in CI. */
function needTool(cmd: string): boolean {
  if (which(cmd)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${cmd} is required in CI for the real-tree cataloger tests`);
  console.warn(`skipping: ${cmd} is not on PATH`);
  return false;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
  return out;
}

const hasNpm = needTool('npm');
const hasGo = needTool('go');

describe.skipIf(!hasNpm)('npm cataloger on a tree npm installed', () => {
  it('finds exactly the packages npm ls --all reports, nested versions included', () => {
    const dir = tempDir('lading-npm-');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'real-tree',
        version: '1.2.3',
        private: true,
        // debug 4.3.4 needs ms 2.1.2 while the root pins ms 2.1.3: npm nests one copy.
        dependencies: {
          debug: '4.3.4',
          ms: '2.1.3',
          '@sindresorhus/is': '4.6.0',
          'lodash-get-alias': 'npm:lodash.get@4.4.2',
        },
      }),
    );
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 180_000,
    });
    const ls = JSON.parse(
      execFileSync('npm', ['ls', '--all', '--json', '--long'], { cwd: dir, encoding: 'utf8' }),
    ) as LsNode;
    const expected = new Set<string>([`${ls.name}@${ls.version}`]);
    collect(ls, expected);

    const files: CapturedFile[] = [];
    for (const abs of walk(dir)) {
      const path = `app/${relative(dir, abs)}`;
      if (npmCataloger.wants(path)) files.push({ path, bytes: readFileSync(abs) });
    }
    expect(files.some((f) => f.path === 'app/package-lock.json')).toBe(true);
    expect(files.some((f) => f.path === 'app/node_modules/debug/node_modules/ms/package.json')).toBe(true);

    const result = npmCataloger.catalog(files, {});
    expect(result.warnings).toEqual([]);
    const found = new Set(result.packages.map((p) => `${p.name}@${p.version}`));
    expect([...found].sort()).toEqual([...expected].sort());
    // The alias is reported as the package really installed.
    expect(found.has('lodash.get@4.4.2')).toBe(true);
    const ms = result.packages.find((p) => p.name === 'ms' && p.version === '2.1.2');
    expect(ms?.purl).toBe('pkg:npm/ms@2.1.2');
    // Found by the lockfile and by the installed package.json: one package, both locations.
    expect(ms?.locations.map((l) => l.path).sort()).toEqual([
      'app/node_modules/debug/node_modules/ms/package.json',
      'app/package-lock.json',
    ]);
    expect(result.packages.find((p) => p.name === '@sindresorhus/is')?.purl).toBe(
      'pkg:npm/%40sindresorhus/is@4.6.0',
    );
    expect(result.packages.find((p) => p.name === 'debug')?.licenses.map((l) => l.spdx)).toEqual(['MIT']);
  }, 240_000);
});

interface LsNode {
  name?: string;
  version?: string;
  dependencies?: Record<string, LsNode>;
}

function collect(node: LsNode, out: Set<string>): void {
  for (const [key, dep] of Object.entries(node.dependencies ?? {})) {
    // npm ls keys an alias by its alias name; with --long, `name` is the real package's.
    out.add(`${dep.name ?? key}@${dep.version}`);
    collect(dep, out);
  }
}

describe.skipIf(!hasGo)('golang cataloger on a binary go build made', () => {
  it('reads the module info go version -m prints, replacements applied, plus the stdlib', () => {
    const dir = tempDir('lading-go-');
    writeFileSync(
      join(dir, 'go.mod'),
      'module example.com/hello\n\ngo 1.21\n\nrequire rsc.io/quote v1.5.2\n\nreplace rsc.io/sampler => rsc.io/sampler v1.3.1\n',
    );
    writeFileSync(
      join(dir, 'main.go'),
      'package main\n\nimport (\n\t"fmt"\n\n\t"rsc.io/quote"\n)\n\nfunc main() { fmt.Println(quote.Hello()) }\n',
    );
    const env = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' };
    execFileSync('go', ['mod', 'tidy'], { cwd: dir, env, stdio: 'pipe', timeout: 180_000 });
    execFileSync('go', ['build', '-o', 'hello', '.'], { cwd: dir, env, stdio: 'pipe', timeout: 180_000 });
    const binary = readFileSync(join(dir, 'hello'));

    // What the toolchain itself says: `dep` lines, each possibly followed by `=>`.
    const printed = execFileSync('go', ['version', '-m', join(dir, 'hello')], { encoding: 'utf8', env });
    const expected = new Map<string, string>();
    let lastDep: string | undefined;
    let goVersion = '';
    for (const line of printed.split('\n')) {
      const f = line.trim().split('\t');
      if (line.includes(': go')) goVersion = line.slice(line.indexOf(': go') + 4).trim();
      if (f[0] === 'dep') {
        lastDep = f[1];
        expected.set(f[1] as string, f[2] as string);
      } else if (f[0] === '=>' && lastDep) {
        expected.delete(lastDep);
        expected.set(f[1] as string, f[2] as string);
      }
    }
    expect(expected.size).toBeGreaterThanOrEqual(3);
    expect(expected.get('rsc.io/sampler')).toBe('v1.3.1');

    const info = readBuildInfo(binary);
    expect(info?.path).toBe('example.com/hello');
    expect(info?.goVersion).toBe(`go${goVersion}`);
    expect(goVersion).toMatch(/^\d+\.\d+/);

    const path = 'usr/local/bin/hello';
    expect(golangCataloger.wants(path)).toBe(true);
    const result = golangCataloger.catalog([{ path, bytes: binary }], {});
    expect(result.warnings).toEqual([]);
    const found = new Map(result.packages.map((p) => [p.name, p.version]));
    const stdlib = found.get('stdlib');
    found.delete('stdlib');
    expect(found).toEqual(expected);
    expect(stdlib).toBe(goVersion.split(' ')[0]);
    const sampler = result.packages.find((p) => p.name === 'rsc.io/sampler');
    expect(sampler?.purl).toBe('pkg:golang/rsc.io/sampler@v1.3.1');
    expect(sampler?.metadata?.replaces).toBe('rsc.io/sampler@v1.3.0');

    // The go.mod of the same module, read on its own: its requirements, replacement applied.
    const mod = golangCataloger.catalog(
      [{ path: 'src/go.mod', bytes: readFileSync(join(dir, 'go.mod')) }],
      {},
    );
    expect(mod.warnings).toEqual([]);
    const required = new Map(mod.packages.map((p) => [p.name, p.version]));
    expect(required).toEqual(expected);
  }, 240_000);
});
