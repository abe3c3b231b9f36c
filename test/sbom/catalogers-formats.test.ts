import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dotnetCataloger } from '../../src/sbom/catalogers/dotnet.js';
import { golangCataloger } from '../../src/sbom/catalogers/golang.js';
import { ALL_CATALOGERS } from '../../src/sbom/catalogers/index.js';
import { npmCataloger } from '../../src/sbom/catalogers/npm/index.js';
import { phpCataloger } from '../../src/sbom/catalogers/php.js';
import { pythonCataloger } from '../../src/sbom/catalogers/python.js';
import { rubyCataloger } from '../../src/sbom/catalogers/ruby.js';
import { rustCataloger } from '../../src/sbom/catalogers/rust.js';
import type { CapturedFile, Cataloger } from '../../src/sbom/model.js';
import { needShared } from '../harness/peers.js';
import { elfWith } from './elf-fixture.js';

// The formats the syft fixtures do not cover (Ruby, Rust, PHP), the path
// policies, and bad input of every kind: a warning naming the file, never a throw.

const f = (path: string, text: string | Buffer): CapturedFile => ({ path, bytes: Buffer.from(text) });
const purls = (c: Cataloger, files: CapturedFile[]) =>
  c
    .catalog(files, {})
    .packages.map((p) => p.purl)
    .sort();

describe('ruby cataloger', () => {
  it('reads installed gemspecs without evaluating them, and Gemfile.lock specs', () => {
    const spec = `# -*- encoding: utf-8 -*-
Gem::Specification.new do |s|
  s.name = "rack".freeze
  s.version = "3.0.8"
  s.licenses = ["MIT".freeze]
  s.summary = "\`rm -rf /\`".freeze
end
`;
    const lock = `GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.15.4-x86_64-linux)
      racc (~> 1.4)
    racc (1.7.1)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  nokogiri
`;
    const path = 'usr/local/bundle/specifications/rack-3.0.8.gemspec';
    expect(rubyCataloger.wants(path)).toBe(true);
    expect(rubyCataloger.wants('usr/lib/ruby/gems/3.1.0/specifications/default/json-2.6.1.gemspec')).toBe(
      true,
    );
    expect(rubyCataloger.wants('src/rack.gemspec')).toBe(false);
    const result = rubyCataloger.catalog([f(path, spec), f('app/Gemfile.lock', lock)], {});
    expect(result.warnings).toEqual([]);
    expect(result.packages.map((p) => p.purl).sort()).toEqual([
      'pkg:gem/nokogiri@1.15.4?platform=x86_64-linux',
      'pkg:gem/racc@1.7.1',
      'pkg:gem/rack@3.0.8',
    ]);
    expect(result.packages.find((p) => p.name === 'rack')?.licenses.map((l) => l.spdx)).toEqual(['MIT']);
  });
});

describe('rust cataloger', () => {
  it('reads Cargo.lock and the cargo-auditable section of a binary', () => {
    const lock = `version = 3

[[package]]
name = "itoa"
version = "1.0.9"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "myapp"
version = "0.1.0"
`;
    const audit = deflateSync(
      JSON.stringify({
        packages: [
          { name: 'myapp', version: '0.1.0', source: 'local', root: true },
          { name: 'serde', version: '1.0.188', source: 'crates.io', dependencies: [] },
        ],
      }),
    );
    const binary = elfWith({ '.text': Buffer.alloc(32), '.dep-v0': audit });
    expect(rustCataloger.wants('usr/local/bin/myapp')).toBe(true);
    expect(purls(rustCataloger, [f('src/Cargo.lock', lock), f('usr/local/bin/myapp', binary)])).toEqual([
      'pkg:cargo/itoa@1.0.9',
      'pkg:cargo/myapp@0.1.0',
      'pkg:cargo/serde@1.0.188',
    ]);
  });

  it('a binary without the section, or a non-ELF file in bin/, yields nothing and no warning', () => {
    const r = rustCataloger.catalog(
      [
        f('usr/bin/plain', elfWith({ '.text': Buffer.alloc(8) })),
        f('usr/bin/script', '#!/bin/sh\necho hi\n'),
      ],
      {},
    );
    expect(r).toEqual({ packages: [], warnings: [] });
  });

  it('a .dep-v0 section that is not zlib is a warning naming the binary', () => {
    const r = rustCataloger.catalog([f('usr/bin/app', elfWith({ '.dep-v0': Buffer.from('garbage') }))], {});
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^usr\/bin\/app: cargo-auditable section \.dep-v0 does not inflate .*; file skipped$/,
      ),
    ]);
  });
});

describe('php cataloger', () => {
  it('reads composer.lock and installed.json in both composer shapes', () => {
    const lock = JSON.stringify({
      packages: [{ name: 'monolog/monolog', version: '3.4.0', license: ['MIT'] }],
      'packages-dev': [{ name: 'phpunit/phpunit', version: '10.3.2' }],
    });
    const v1 = JSON.stringify([{ name: 'psr/log', version: '1.1.4' }]);
    const v2 = JSON.stringify({ packages: [{ name: 'symfony/console', version: 'v6.3.4' }], dev: true });
    expect(phpCataloger.wants('app/vendor/composer/installed.json')).toBe(true);
    const r = phpCataloger.catalog(
      [
        f('app/composer.lock', lock),
        f('old/vendor/composer/installed.json', v1),
        f('app/vendor/composer/installed.json', v2),
      ],
      {},
    );
    expect(r.warnings).toEqual([]);
    expect(r.packages.map((p) => p.purl).sort()).toEqual([
      'pkg:composer/monolog/monolog@3.4.0',
      'pkg:composer/phpunit/phpunit@10.3.2',
      'pkg:composer/psr/log@1.1.4',
      'pkg:composer/symfony/console@v6.3.4',
    ]);
    expect(r.packages.find((p) => p.name === 'phpunit/phpunit')?.metadata?.scope).toBe('dev');
  });
});

describe('path policies', () => {
  it('npm wants installed package roots and project lockfiles, not files inside packages', () => {
    expect(npmCataloger.wants('app/node_modules/@scope/pkg/package.json')).toBe(true);
    expect(npmCataloger.wants('/usr/local/lib/node_modules/npm/package.json')).toBe(true);
    expect(npmCataloger.wants('app/node_modules/pkg/lib/package.json')).toBe(false);
    expect(npmCataloger.wants('app/node_modules/.package-lock.json')).toBe(false);
    expect(npmCataloger.wants('app/node_modules/pkg/yarn.lock')).toBe(false);
    expect(npmCataloger.wants('app/package-lock.json')).toBe(true);
  });

  it('Go and Rust look at executables where images keep them, not at scripts or libraries', () => {
    for (const p of [
      'usr/local/bin/kubectl',
      'bin/busybox',
      'ko-app/server',
      'manager',
      'opt/tool/bin/tool',
    ]) {
      expect(golangCataloger.wants(p), p).toBe(true);
    }
    for (const p of [
      'usr/bin/install.sh',
      'usr/lib/libc.so.6',
      'etc/passwd',
      'README.md',
      'usr/share/doc/x',
    ]) {
      expect(golangCataloger.wants(p), p).toBe(false);
    }
  });

  it('the registry holds every cataloger once', () => {
    const names = ALL_CATALOGERS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'apk',
        'dpkg',
        'rpm',
        'npm',
        'python',
        'golang',
        'java',
        'ruby',
        'rust',
        'php',
        'dotnet',
      ]),
    );
  });
});

describe('bad input: a warning that names the file, and the file is skipped', () => {
  const cases: [string, Cataloger, CapturedFile, RegExp][] = [
    [
      'package-lock.json that is not JSON',
      npmCataloger,
      f('app/package-lock.json', '{"lockfileVersion": 3,'),
      /^app\/package-lock\.json: not valid JSON \(.+\); file skipped$/,
    ],
    [
      'pnpm-lock.yaml that is not YAML',
      npmCataloger,
      f('app/pnpm-lock.yaml', 'lockfileVersion: [\n  - :'),
      /^app\/pnpm-lock\.yaml: not valid YAML/,
    ],
    [
      'berry yarn.lock that is not YAML',
      npmCataloger,
      f('app/yarn.lock', '__metadata:\n  version: 6\n"a@npm:1": [\n'),
      /^app\/yarn\.lock: not valid YAML/,
    ],
    [
      'installed package.json that is an array',
      npmCataloger,
      f('node_modules/x/package.json', '[1]'),
      /^node_modules\/x\/package\.json: is not a JSON object; file skipped$/,
    ],
    [
      'poetry.lock that is not TOML',
      pythonCataloger,
      f('app/poetry.lock', '[[package]\nname = "x"'),
      /^app\/poetry\.lock: not valid TOML \(.+\); file skipped$/,
    ],
    [
      'uv.lock whose package is not an array',
      pythonCataloger,
      f('app/uv.lock', 'package = "x"\n'),
      /^app\/uv\.lock: "package" is not an array of tables; file skipped$/,
    ],
    [
      'Pipfile.lock that is not JSON',
      pythonCataloger,
      f('app/Pipfile.lock', 'default = 1'),
      /^app\/Pipfile\.lock: not valid JSON/,
    ],
    [
      'METADATA without Name',
      pythonCataloger,
      f('site-packages/x-1.dist-info/METADATA', 'Version: 1.0\n'),
      /^site-packages\/x-1\.dist-info\/METADATA: has no "Name:" field; file skipped$/,
    ],
    [
      'Cargo.lock that is not TOML',
      rustCataloger,
      f('src/Cargo.lock', '[[package]]\nname = '),
      /^src\/Cargo\.lock: not valid TOML/,
    ],
    [
      'composer.lock that is not JSON',
      phpCataloger,
      f('app/composer.lock', '<?php'),
      /^app\/composer\.lock: not valid JSON/,
    ],
    [
      'composer.lock without packages',
      phpCataloger,
      f('app/composer.lock', '{"packages": 3}'),
      /^app\/composer\.lock: has no "packages" array/,
    ],
    [
      'a .deps.json without libraries',
      dotnetCataloger,
      f('app/x.deps.json', '{"targets": {}}'),
      /^app\/x\.deps\.json: has no "libraries" object: not a \.deps\.json; file skipped$/,
    ],
    [
      'a gemspec that computes its name',
      rubyCataloger,
      f('gems/specifications/x.gemspec', 's.name = NAME\ns.version = "1"'),
      /^gems\/specifications\/x\.gemspec: has no literal name assignment/,
    ],
    [
      'a Gemfile.lock that is something else',
      rubyCataloger,
      f('app/Gemfile.lock', '{}'),
      /^app\/Gemfile\.lock: has no GEM, GIT or PATH section/,
    ],
  ];
  for (const [what, cataloger, file, message] of cases) {
    it(what, () => {
      const r = cataloger.catalog([file], {});
      expect(r.packages).toEqual([]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]?.path).toBe(file.path);
      expect(r.warnings[0]?.message).toMatch(message);
    });
  }

  it('malformed stanzas are skipped one by one; the good ones still count', () => {
    const classic = `# yarn lockfile v1

good@^1.0.0:
  version "1.0.0"

broken line without colon
nover@^2.0.0:
  resolved "https://registry.yarnpkg.com/nover/-/nover-2.0.0.tgz"
`;
    const r = npmCataloger.catalog([f('app/yarn.lock', classic)], {});
    expect(r.packages.map((p) => p.purl)).toEqual(['pkg:npm/good@1.0.0']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'app/yarn.lock: line 6 is neither an entry header nor an indented field; skipped',
      'app/yarn.lock: entry at line 7 (nover) has no version; skipped',
    ]);
  });

  it('a go.mod with an unknown directive warns with the line', () => {
    const r = golangCataloger.catalog(
      [f('src/go.mod', 'module x\n\nruire (\n\tgithub.com/a/b v1.0.0\n)\nrequire github.com/c/d v1.2.3\n')],
      {},
    );
    expect(r.packages.map((p) => p.purl)).toEqual(['pkg:golang/github.com/c/d@v1.2.3']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'src/go.mod: line 3: unknown directive "ruire"; block skipped',
    ]);
  });

  it('a truncated Go binary is ignored or warned about, never thrown', () => {
    const r = golangCataloger.catalog(
      [f('usr/bin/x', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]), Buffer.alloc(60, 0xff)]))],
      {},
    );
    expect(r.packages).toEqual([]);
  });

  it('a package-lock nested past any real depth is a warning, not a stack overflow', () => {
    let deps: Record<string, unknown> = {};
    const root = deps;
    for (let i = 0; i < 2000; i++) {
      const next: Record<string, unknown> = {};
      deps[`p${i}`] = { version: '1.0.0', dependencies: next };
      deps = next;
    }
    const r = npmCataloger.catalog(
      [f('app/package-lock.json', JSON.stringify({ lockfileVersion: 1, dependencies: root }))],
      {},
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      'app/package-lock.json: dependencies nest deeper than 256 levels; file skipped',
    ]);
  });
});

describe('syft corrupt fixtures: warnings naming the file', () => {
  const base = needShared('testdata/cataloger-fixtures/syft');
  const cases: [string, Cataloger, string][] = [
    ['javascript/fixtures/testdata/corrupt/package-lock.json', npmCataloger, 'app/package-lock.json'],
    ['javascript/fixtures/testdata/corrupt/pnpm-lock.yaml', npmCataloger, 'app/pnpm-lock.yaml'],
    ['javascript/fixtures/testdata/corrupt/package.json', npmCataloger, 'app/node_modules/npm/package.json'],
    ['golang/fixtures/testdata/corrupt/go.mod', golangCataloger, 'src/go.mod'],
  ];
  for (const [fixture, cataloger, path] of cases) {
    it.skipIf(!base)(fixture, () => {
      expect(cataloger.wants(path)).toBe(true);
      const r = cataloger.catalog([{ path, bytes: readFileSync(join(base ?? '', fixture)) }], {});
      expect(r.warnings.length).toBeGreaterThan(0);
      for (const w of r.warnings) expect(w.message.startsWith(`${path}: `)).toBe(true);
    });
  }
});
