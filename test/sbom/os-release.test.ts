import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CapturedFile } from '../../src/sbom/model.js';
import { DISTRO_FILES, detectDistro, parseOsRelease, wantsDistroFile } from '../../src/sbom/os-release.js';

const file = (path: string, text: string): CapturedFile => ({ path, bytes: Buffer.from(text) });

describe('os-release', () => {
  it('parses quoting as os-release(5) defines it', () => {
    const fields = parseOsRelease(
      [
        '# comment',
        'NAME="Debian GNU/Linux"',
        "ID='debian'",
        'VERSION_ID=12',
        'PRETTY_NAME="Say \\"hi\\" \\$HOME \\\\ \\`x\\`"',
        'BROKEN LINE',
        '=novalue',
        '  HOME_URL="https://www.debian.org/"  ',
      ].join('\n'),
    );
    expect(fields).toEqual({
      NAME: 'Debian GNU/Linux',
      ID: 'debian',
      VERSION_ID: '12',
      PRETTY_NAME: 'Say "hi" $HOME \\ `x`',
      HOME_URL: 'https://www.debian.org/',
    });
  });

  it('reads this machine’s /etc/os-release the way the shell sources it', () => {
    if (!existsSync('/etc/os-release')) return;
    const text = readFileSync('/etc/os-release', 'utf8');
    const d = detectDistro([file('etc/os-release', text)]);
    const id = /^ID=(.*)$/m.exec(text)?.[1]?.replace(/"/g, '');
    expect(d?.id).toBe(id);
    expect(d?.prettyName).toBe(/^PRETTY_NAME="?(.*?)"?$/m.exec(text)?.[1]);
  });

  it('prefers /etc/os-release, then /usr/lib/os-release, then the distro files', () => {
    const etc = file(
      'etc/os-release',
      'ID=rocky\nVERSION_ID="9.4"\nID_LIKE="rhel centos fedora"\nPRETTY_NAME="Rocky Linux 9.4 (Blue Onyx)"',
    );
    const usr = file('usr/lib/os-release', 'ID=almalinux\nVERSION_ID=9.4\n');
    const alpine = file('etc/alpine-release', '3.20.3\n');
    expect(detectDistro([alpine, usr, etc])).toEqual({
      id: 'rocky',
      versionId: '9.4',
      prettyName: 'Rocky Linux 9.4 (Blue Onyx)',
      idLike: ['rhel', 'centos', 'fedora'],
    });
    expect(detectDistro([alpine, usr])).toEqual({
      id: 'almalinux',
      versionId: '9.4',
      prettyName: 'almalinux',
    });
    expect(detectDistro([alpine])).toEqual({
      id: 'alpine',
      versionId: '3.20.3',
      prettyName: 'Alpine Linux v3.20.3',
    });
    // An os-release without ID says nothing; the next file decides.
    expect(detectDistro([file('etc/os-release', 'NAME=x\n'), alpine])?.id).toBe('alpine');
  });

  it('reads debian_version of a release and of testing', () => {
    expect(detectDistro([file('etc/debian_version', '12.7\n')])).toMatchObject({
      id: 'debian',
      versionId: '12',
    });
    const sid = detectDistro([file('etc/debian_version', 'trixie/sid\n')]);
    expect(sid).toMatchObject({ id: 'debian', versionCodename: 'trixie' });
    expect(sid?.versionId).toBeUndefined();
    expect(detectDistro([])).toBeUndefined();
  });

  it('wants exactly its files, however the path is spelled', () => {
    for (const p of DISTRO_FILES) {
      expect(wantsDistroFile(p)).toBe(true);
      expect(wantsDistroFile(`/${p}`)).toBe(true);
    }
    expect(wantsDistroFile('etc/os-release.d/x')).toBe(false);
  });
});
