import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import parseSpdx from 'spdx-expression-parse';
import { describe, expect, it } from 'vitest';
import { licenseRef, normaliseLicense, normaliseLicenses } from '../../src/sbom/license.js';
import { needShared } from '../harness/peers.js';

const spdx = (s: string) => normaliseLicense(s)?.spdx;

describe('licence normalisation', () => {
  it('keeps valid SPDX expressions as written', () => {
    for (const s of [
      'MIT',
      'GPL-2.0-only',
      'MPL-2.0 AND MIT',
      'MIT AND (LGPL-2.1-or-later OR BSD-3-Clause)',
    ]) {
      expect(normaliseLicense(s)).toEqual({ declared: s, spdx: s, known: true });
    }
    expect(spdx('Apache-2.0 WITH LLVM-exception')).toBe('Apache-2.0 WITH LLVM-exception');
  });

  it('maps the GNU family with its only/or-later scope, in Fedora and Debian spellings', () => {
    expect(spdx('GPLv2')).toBe('GPL-2.0-only');
    expect(spdx('GPLv2+')).toBe('GPL-2.0-or-later');
    expect(spdx('GPLv3')).toBe('GPL-3.0-only');
    expect(spdx('GPL-2+')).toBe('GPL-2.0-or-later');
    expect(spdx('GPL-2')).toBe('GPL-2.0-only');
    expect(spdx('LGPL-2.1+')).toBe('LGPL-2.1-or-later');
    expect(spdx('LGPLv2.1')).toBe('LGPL-2.1-only');
    expect(spdx('GPL+')).toBe('GPL-1.0-or-later');
    // Deprecated SPDX ids are upgraded to their current names.
    expect(spdx('GPL-2.0')).toBe('GPL-2.0-only');
    expect(spdx('GPL-2.0+')).toBe('GPL-2.0-or-later');
  });

  it('reads lower-case operators and parentheses of rpm licence fields', () => {
    expect(spdx('(LGPLv3+ or GPLv2+) and GPLv3+')).toBe(
      '(LGPL-3.0-or-later OR GPL-2.0-or-later) AND GPL-3.0-or-later',
    );
    expect(spdx('ASL 2.0')).toBe('Apache-2.0');
    expect(spdx('zlib')).toBe('Zlib');
    expect(spdx('MPLv2.0')).toBe('MPL-2.0');
    expect(spdx('Expat')).toBe('MIT');
    expect(spdx('BSD 2-Clause and GPLv2')).toBe('BSD-2-Clause AND GPL-2.0-only');
  });

  it('keeps what it cannot map as a LicenseRef, never a guess', () => {
    expect(normaliseLicense('custom')).toEqual({
      declared: 'custom',
      spdx: 'LicenseRef-custom',
      known: false,
    });
    // "BSD" has four SPDX ids; spdx-correct would pick BSD-2-Clause.
    expect(spdx('BSD')).toBe('LicenseRef-BSD');
    expect(spdx('GNU General Public License')).toBe('LicenseRef-GNU-General-Public-License');
    expect(spdx('BSD AND Public Domain AND (ASL 2.0 OR CC0 1.0 OR OpenSSL)')).toBe(
      'LicenseRef-BSD AND LicenseRef-Public-Domain AND (Apache-2.0 OR CC0-1.0 OR OpenSSL)',
    );
    // An exception SPDX does not list makes the pair one unknown licence.
    expect(spdx('GPLv2+ WITH exceptions')).toBe('LicenseRef-GPLv2-with-exceptions');
    expect(spdx('MIT AND (')).toBe('LicenseRef-MIT-AND');
  });

  it('reads a space-separated list as a conjunction only when every word is a licence', () => {
    expect(spdx('MIT BSD-3-Clause Zlib')).toBe('(MIT AND BSD-3-Clause AND Zlib)');
    expect(spdx('Public Domain')).toBe('LicenseRef-Public-Domain');
  });

  it('ignores empty strings and deduplicates a list by expression', () => {
    expect(normaliseLicense('  ')).toBeUndefined();
    expect(normaliseLicenses(['MIT', 'Expat', '', 'GPL-2+']).map((l) => l.spdx)).toEqual([
      'MIT',
      'GPL-2.0-or-later',
    ]);
  });

  it('makes LicenseRefs of the SPDX idstring alphabet, distinct for long different texts', () => {
    expect(licenseRef('Public Domain (see below)')).toBe('LicenseRef-Public-Domain-see-below');
    const a = licenseRef(`${'x'.repeat(100)}a`);
    const b = licenseRef(`${'x'.repeat(100)}b`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThan(80);
    expect(licenseRef('日本')).toMatch(/^LicenseRef-[0-9a-f]{8}$/);
  });

  it('every licence of the real Mariner rpm database becomes a valid SPDX expression', () => {
    const dir = needShared('testdata/cataloger-fixtures/go-rpmdb/cbl-mariner-2.0');
    if (!dir) return;
    const pkgs = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')).packages as { license: string }[];
    let known = 0;
    for (const { license } of pkgs) {
      const l = normaliseLicense(license);
      expect(() => parseSpdx(l?.spdx ?? ''), license).not.toThrow();
      if (l?.known) known++;
    }
    expect(known).toBeGreaterThan(pkgs.length / 2);
  });

  it('any string at all gives a valid SPDX expression (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const l = normaliseLicense(s);
        if (s.trim() === '') expect(l).toBeUndefined();
        else expect(() => parseSpdx(l?.spdx ?? ''), JSON.stringify(s)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
