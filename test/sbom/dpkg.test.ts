import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dep5Licenses, dpkgCataloger, parseSource } from '../../src/sbom/catalogers/dpkg.js';
import type { CapturedFile } from '../../src/sbom/model.js';
import { detectDistro } from '../../src/sbom/os-release.js';
import { parsePurl } from '../../src/sbom/purl.js';

// Ground truth: this machine's own dpkg database, listed by dpkg-query itself.
// (debootstrap of a fresh tree was not used: it needs ~50 s, root and a mirror.)
const STATUS = '/var/lib/dpkg/status';
const haveDpkg = existsSync(STATUS) && existsSync('/usr/bin/dpkg-query');

function dpkgQuery(): Map<string, { version: string; arch: string; source: string; sourceVersion: string }> {
  const out = execFileSync(
    'dpkg-query',
    [
      '-W',
      '-f',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query format string
      '${db:Status-Abbrev}\t${Package}\t${Version}\t${Architecture}\t${source:Package}\t${source:Version}\n',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const map = new Map<string, { version: string; arch: string; source: string; sourceVersion: string }>();
  for (const line of out.split('\n')) {
    const [status, name, version, arch, source, sourceVersion] = line.split('\t');
    // `ii`: wanted install, currently installed. `rc` etc. have no files on disk.
    if (!status?.startsWith('ii') || !name || !version || !arch || !source || !sourceVersion) continue;
    map.set(`${name}:${arch}`, { version, arch, source, sourceVersion });
  }
  return map;
}

describe.skipIf(!haveDpkg)('dpkg cataloger on this machine’s dpkg database', () => {
  it('finds exactly the installed packages dpkg-query lists, with source name and version', () => {
    const truth = dpkgQuery();
    expect(truth.size).toBeGreaterThan(50);
    const distro = detectDistro([{ path: 'etc/os-release', bytes: readFileSync('/etc/os-release') }]);
    const r = dpkgCataloger.catalog([{ path: 'var/lib/dpkg/status', bytes: readFileSync(STATUS) }], {
      distro,
    });
    expect(r.warnings).toEqual([]);
    const got = new Map(r.packages.map((p) => [`${p.name}:${p.arch}`, p]));
    expect([...got.keys()].sort()).toEqual([...truth.keys()].sort());
    for (const [key, want] of truth) {
      const p = got.get(key);
      expect(p?.version, key).toBe(want.version);
      expect(p?.source, key).toEqual({ name: want.source, version: want.sourceVersion });
      expect(p?.type).toBe('deb');
      const purl = parsePurl(p?.purl ?? '');
      expect(purl.type).toBe('deb');
      expect(purl.namespace).toBe(distro?.id);
      expect(purl.version).toBe(want.version);
      expect(purl.qualifiers?.arch).toBe(want.arch);
      expect(purl.qualifiers?.distro).toBe(`${distro?.id}-${distro?.versionId}`);
    }
  });

  it('reads licences from the machine-readable copyright files beside the packages', () => {
    const docs: CapturedFile[] = [];
    for (const pkg of readdirSync('/usr/share/doc')) {
      const path = `/usr/share/doc/${pkg}/copyright`;
      if (existsSync(path)) docs.push({ path: path.slice(1), bytes: readFileSync(path) });
    }
    const status = { path: 'var/lib/dpkg/status', bytes: readFileSync(STATUS) };
    expect(docs.every((d) => dpkgCataloger.wants(d.path))).toBe(true);
    const r = dpkgCataloger.catalog([status, ...docs], {});
    const bash = r.packages.find((p) => p.name === 'bash');
    // bash's DEP-5 file declares `License: GPL-3+` for the shell itself.
    expect(bash?.licenses.map((l) => l.spdx)).toContain('GPL-3.0-or-later');
    expect(bash?.locations.map((l) => l.path)).toEqual([
      'var/lib/dpkg/status',
      'usr/share/doc/bash/copyright',
    ]);
    // Every licence the catalog reports must have come from a License: line of that package's file.
    for (const p of r.packages) {
      const doc = docs.find((d) => d.path === `usr/share/doc/${p.name}/copyright`);
      const declared = doc ? dep5Licenses(doc.bytes) : [];
      for (const l of p.licenses) expect(declared).toContain(l.declared.trim());
    }
    expect(r.packages.filter((p) => p.licenses.length > 0).length).toBeGreaterThan(20);
  });
});

describe('dpkg cataloger', () => {
  const file = (path: string, text: string): CapturedFile => ({ path, bytes: Buffer.from(text) });

  it('wants status, distroless status.d entries and copyright files, not md5sums', () => {
    expect(dpkgCataloger.wants('var/lib/dpkg/status')).toBe(true);
    expect(dpkgCataloger.wants('/var/lib/dpkg/status.d/libc6')).toBe(true);
    expect(dpkgCataloger.wants('var/lib/dpkg/status.d/libc6.md5sums')).toBe(false);
    expect(dpkgCataloger.wants('var/lib/dpkg/status-old')).toBe(false);
    expect(dpkgCataloger.wants('usr/share/doc/bash/copyright')).toBe(true);
    expect(dpkgCataloger.wants('usr/share/doc/bash/examples/copyright')).toBe(false);
  });

  it('reads distroless status.d files, where no Status field exists', () => {
    const r = dpkgCataloger.catalog(
      [
        file(
          'var/lib/dpkg/status.d/libc6',
          'Package: libc6\nVersion: 2.36-9+deb12u7\nArchitecture: amd64\nSource: glibc\n',
        ),
        file(
          'var/lib/dpkg/status.d/base',
          'Package: base-files\nVersion: 12.4+deb12u6\nArchitecture: amd64\n',
        ),
      ],
      { distro: { id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' } },
    );
    expect(r.packages.map((p) => [p.name, p.version, p.source?.name, p.source?.version])).toEqual([
      ['libc6', '2.36-9+deb12u7', 'glibc', '2.36-9+deb12u7'],
      ['base-files', '12.4+deb12u6', 'base-files', '12.4+deb12u6'],
    ]);
    expect(r.packages[0]?.purl).toBe(
      'pkg:deb/debian/libc6@2.36-9+deb12u7?arch=amd64&distro=debian-12&upstream=glibc',
    );
    expect(r.packages[0]?.locations).toEqual([{ path: 'var/lib/dpkg/status.d/libc6' }]);
  });

  it('keeps only installed packages and a source version that differs', () => {
    const status = [
      'Package: gone\nStatus: deinstall ok config-files\nVersion: 1.0\n',
      'Package: libgcc-s1\nStatus: install ok installed\nArchitecture: amd64\nSource: gcc-12 (12.2.0-14)\nVersion: 12.2.0-14\n',
      'Package: held\nStatus: hold ok installed\nVersion: 1:2.0\nDescription: x\n multi\n .\n line\n',
      'Package: half\nStatus: install reinstreq half-installed\nVersion: 3\n',
    ].join('\n');
    const r = dpkgCataloger.catalog([file('var/lib/dpkg/status', status)], {});
    expect(r.warnings).toEqual([]);
    expect(r.packages.map((p) => [p.name, p.version, p.source?.name, p.source?.version])).toEqual([
      ['libgcc-s1', '12.2.0-14', 'gcc-12', '12.2.0-14'],
      ['held', '1:2.0', 'held', '1:2.0'],
    ]);
  });

  it('parses Source with and without a version', () => {
    expect(parseSource('glibc (2.36-9)')).toEqual({ name: 'glibc', version: '2.36-9' });
    expect(parseSource('glibc')).toEqual({ name: 'glibc' });
    expect(parseSource(undefined)).toBeUndefined();
  });

  it('skips malformed stanzas with a warning naming file and line, and keeps the others', () => {
    const status = [
      'Package: ok1\nStatus: install ok installed\nVersion: 1\n',
      'Package: bad\nthis line has no colon\nVersion: 2\n',
      ' continuation without a field\nPackage: bad2\n',
      'Package: noversion\nStatus: install ok installed\n',
      `Package: huge\nStatus: install ok installed\nVersion: ${'9'.repeat(200_000)}\n`,
      'Package: ok2\nStatus: install ok installed\nVersion: 2\n',
    ].join('\n');
    const r = dpkgCataloger.catalog([file('var/lib/dpkg/status', status)], {});
    expect(r.packages.map((p) => p.name)).toEqual(['ok1', 'ok2']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'var/lib/dpkg/status: stanza at line 5: line 6 is not a "Field: value" line ("this line has no colon"); package skipped',
      'var/lib/dpkg/status: stanza at line 9: line 9 continues a field but no field precedes it; package skipped',
      'var/lib/dpkg/status: stanza at line 12: stanza has no Version field; skipped',
      'var/lib/dpkg/status: stanza at line 15: field version on line 17 is 200001 bytes, over the 65536-byte limit; package skipped',
    ]);
  });

  it('ignores copyright files that are not machine-readable', () => {
    expect(dep5Licenses(Buffer.from('This is Debian GNU/Linux.\nLicense: GPL-2\n'))).toEqual([]);
    expect(
      dep5Licenses(
        Buffer.from(
          'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: GPL-2+ or Artistic\n\nLicense: Zlib\n text\n',
        ),
      ),
    ).toEqual(['GPL-2+ or Artistic', 'Zlib']);
  });
});
