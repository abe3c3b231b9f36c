import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dotnetCataloger } from '../../src/sbom/catalogers/dotnet.js';
import { golangCataloger } from '../../src/sbom/catalogers/golang.js';
import { npmCataloger } from '../../src/sbom/catalogers/npm/index.js';
import { pythonCataloger } from '../../src/sbom/catalogers/python.js';
import type { CapturedFile, Cataloger, Package } from '../../src/sbom/model.js';
import { parsePurl } from '../../src/sbom/purl.js';
import { needShared } from '../harness/peers.js';

// Every syft fixture of the four ecosystems with its expected.json: each
// expected package is found with its name, version, type and purl. Cases
// whose fixture is absent (syft builds it at test time) or whose format is not
// in lading's scope are listed with the reason; so is every expected package
// lading deliberately does not report.

interface Entry {
  kind: string;
  name?: string;
  version?: string;
  purl?: string;
  type?: string;
}
interface Case {
  test: string;
  fixtures_present: string[];
  expected_entries: Entry[];
}

const TYPES: Record<string, Package['type']> = {
  npm: 'npm',
  python: 'pypi',
  'go-module': 'golang',
  dotnet: 'nuget',
};

const ECOSYSTEMS: { dir: string; cataloger: Cataloger }[] = [
  { dir: 'javascript', cataloger: npmCataloger },
  { dir: 'python', cataloger: pythonCataloger },
  { dir: 'golang', cataloger: golangCataloger },
  { dir: 'dotnet', cataloger: dotnetCataloger },
];

/** Cases lading does not run, and why. */
const NOT_RUN: Record<string, string> = {
  TestParseBunLock: 'bun.lock is not among the formats issue 3 asks for',
  TestParseBunLock_ExcludeDevDependencies: 'bun.lock is not among the formats issue 3 asks for',
  TestParseDenoLock: 'deno.lock is not among the formats issue 3 asks for',
  TestParseSetup: 'setup.py is code, not a lock: lading does not read it (and the fixture is absent)',
  TestParseSetupFileWithLicenseEnrichment: 'setup.py is code, not a lock: lading does not read it',
};

/** Expected packages lading deliberately does not report: `test|name|version` -> why. */
const DIFFERS: Record<string, string> = {
  'Test_InstalledPackageCataloger|no-version|':
    'a distribution without Version: has nothing to match advisories against: lading warns and skips it',
  'TestParseGoMod|github.com/aws/aws-sdk-go-v2|':
    'replaced by a local directory (../../../): no version, so lading skips it',
  'TestParseRequirementsTxt|sqlalchemy|2.0.0':
    'a range (>= 1.0.0, <= 2.0.0), not a pin: lading does not guess a version',
  'TestParseRequirementsTxt|bar|2.0.0': 'a range, not a pin: lading does not guess a version',
  'TestParseRequirementsTxt|numpy|3.4.1': '>= 3.4.1 is a range, not a pin',
  'TestParseRequirementsTxt|mopidy-dirble|1.1': '~= 1.1 is a range, not a pin',
  'TestParseRequirementsTxt|requests|2.8.0': '== 2.8.* is a wildcard, not a pin',
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * Fixture files under the path a real tree would give them: syft's tests hand
 * `alias-package-lock-1.json` straight to the lock parser, lading picks
 * parsers by file name, so single-file fixtures get their canonical name.
 */
function canonicalPath(rel: string, index: number): string {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dir = rel.slice(0, rel.lastIndexOf('/'));
  if (/package-lock.*\.json$/.test(name)) return `${dir}/${index}/package-lock.json`;
  if (dir.endsWith('pkg-json')) return `${dir}/node_modules/pkg${index}/package.json`;
  if (name.startsWith('PKG-INFO')) return `${dir}/${index}.egg-info/PKG-INFO`;
  return rel;
}

function capture(root: string, c: Case, cataloger: Cataloger): CapturedFile[] {
  const files: CapturedFile[] = [];
  c.fixtures_present.forEach((fixture, i) => {
    const abs = join(root, fixture);
    const paths = statSync(abs).isDirectory() ? walk(abs).map((p) => p.slice(root.length + 1)) : [fixture];
    for (const rel of paths) {
      const path = statSync(abs).isDirectory() ? rel : canonicalPath(rel, i);
      if (cataloger.wants(path)) files.push({ path, bytes: readFileSync(join(root, rel)) });
    }
  });
  return files;
}

function samePurl(actual: string, expected: string): boolean {
  const a = parsePurl(actual);
  const e = parsePurl(expected);
  return (
    JSON.stringify({ ...a, qualifiers: { ...a.qualifiers } }) ===
    JSON.stringify({ ...e, qualifiers: { ...e.qualifiers } })
  );
}

const base = needShared('testdata/cataloger-fixtures/syft');

describe.skipIf(!base)('syft fixtures', () => {
  for (const { dir, cataloger } of ECOSYSTEMS) {
    const expected = JSON.parse(readFileSync(join(base ?? '', dir, 'expected.json'), 'utf8')) as {
      cases: Case[];
    };
    const root = join(base ?? '', dir, 'fixtures');
    describe(dir, () => {
      for (const c of expected.cases) {
        const entries = c.expected_entries.filter(
          (e) => (e.name && e.version !== undefined) || e.kind === 'Package',
        );
        const reason =
          NOT_RUN[c.test] ??
          (c.fixtures_present.length === 0
            ? 'no fixture file: syft builds it at test time or tests a function'
            : undefined) ??
          (entries.length === 0 ? 'no expected package' : undefined);
        it.skipIf(reason !== undefined)(`${c.test}${reason ? ` (not run: ${reason})` : ''}`, () => {
          const files = capture(root, c, cataloger);
          expect(files.length).toBeGreaterThan(0);
          const { packages } = cataloger.catalog(files, {});
          for (const e of entries) {
            const key = `${c.test}|${e.name}|${e.version ?? ''}`;
            if (DIFFERS[key]) {
              expect(
                packages.some(
                  (p) => p.name.toLowerCase() === e.name?.toLowerCase() && p.version === e.version,
                ),
                `${key} should be absent: ${DIFFERS[key]}`,
              ).toBe(false);
              continue;
            }
            const type = e.type ? TYPES[e.type] : undefined;
            // pypi names are compared in their PEP 503 form, which lading reports (syft keeps `Pygments` in places).
            const name =
              type === 'pypi' || dir === 'python' ? e.name?.toLowerCase().replace(/[-_.]+/g, '-') : e.name;
            const hit = packages.find(
              (p) => p.name === name && p.version === e.version && (!e.purl || samePurl(p.purl, e.purl)),
            );
            expect(
              hit,
              `${c.test}: ${e.name}@${e.version} ${e.purl ?? ''} among ${packages.map((p) => p.purl).join(', ')}`,
            ).toBeDefined();
            if (type) expect(hit?.type).toBe(type);
          }
        });
      }
    });
  }
});
