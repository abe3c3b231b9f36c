import { describe, expect, it } from 'vitest';
import type { Distro } from '../../src/sbom/model.js';
import { apkPurl, buildPurl, debPurl, distroQualifier, parsePurl, rpmPurl } from '../../src/sbom/purl.js';

const alpine = (versionId: string): Distro => ({ id: 'alpine', versionId, prettyName: 'Alpine' });

describe('purls of OS packages', () => {
  // The strings of syft's Test_PackageURL (syft/pkg/cataloger/alpine/package_test.go).
  it('apk: as syft writes them', () => {
    expect(apkPurl({ name: 'p', version: 'v', arch: 'a', distro: alpine('3.4.6') })).toBe(
      'pkg:apk/alpine/p@v?arch=a&distro=alpine-3.4.6',
    );
    expect(apkPurl({ name: 'p', version: 'v', distro: alpine('3.4.6') })).toBe(
      'pkg:apk/alpine/p@v?distro=alpine-3.4.6',
    );
    expect(apkPurl({ name: 'g++', version: 'v84', arch: 'am86', distro: alpine('3.4.6') })).toBe(
      'pkg:apk/alpine/g%2B%2B@v84?arch=am86&distro=alpine-3.4.6',
    );
    expect(apkPurl({ name: 'g plus plus', version: 'v84', arch: 'am86', distro: alpine('3.15.0') })).toBe(
      'pkg:apk/alpine/g%20plus%20plus@v84?arch=am86&distro=alpine-3.15.0',
    );
    expect(apkPurl({ name: 'p', version: 'v', arch: 'a', origin: 'origin', distro: alpine('3.4.6') })).toBe(
      'pkg:apk/alpine/p@v?arch=a&distro=alpine-3.4.6&upstream=origin',
    );
    expect(
      apkPurl({
        name: 'p',
        version: 'v',
        arch: 'a',
        distro: { id: 'wolfi', versionId: '20221230', prettyName: 'w' },
      }),
    ).toBe('pkg:apk/wolfi/p@v?arch=a&distro=wolfi-20221230');
    // No upstream qualifier when the origin is the package itself.
    expect(apkPurl({ name: 'musl', version: '1', origin: 'musl' })).toBe('pkg:apk/alpine/musl@1');
  });

  it('deb: namespace from the distro, upstream with the source version when dpkg declared one', () => {
    const debian: Distro = { id: 'debian', versionId: '12', prettyName: 'Debian' };
    expect(
      debPurl({ name: 'libc6', version: '2.36-9+deb12u14', arch: 'amd64', source: 'glibc', distro: debian }),
    ).toBe('pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12&upstream=glibc');
    expect(
      debPurl({
        name: 'libgcc-s1',
        version: '12.2.0-14',
        arch: 'amd64',
        source: 'gcc-12',
        sourceVersion: '12.2.0-14+b1',
        distro: { id: 'ubuntu', versionId: '22.04', prettyName: 'Ubuntu' },
      }),
    ).toBe(
      'pkg:deb/ubuntu/libgcc-s1@12.2.0-14?arch=amd64&distro=ubuntu-22.04&upstream=gcc-12%4012.2.0-14%2Bb1',
    );
    expect(debPurl({ name: 'zlib1g', version: '1:1.2.13.dfsg-1' })).toBe(
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1',
    );
  });

  it('rpm: version-release, epoch qualifier, redhat namespace for rhel', () => {
    expect(
      rpmPurl({
        name: 'bash',
        version: '5.1.8',
        release: '9.el9',
        epoch: 1,
        arch: 'x86_64',
        distro: { id: 'almalinux', versionId: '9.4', prettyName: 'AlmaLinux' },
      }),
    ).toBe('pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64&distro=almalinux-9.4&epoch=1');
    expect(
      rpmPurl({
        name: 'p',
        version: 'v',
        release: 'r',
        distro: { id: 'rhel', versionId: '8.4', prettyName: 'RHEL' },
      }),
    ).toBe('pkg:rpm/redhat/p@v-r?distro=rhel-8.4');
  });

  it('distro qualifier falls back to the codename, then the bare id', () => {
    expect(distroQualifier({ id: 'debian', versionCodename: 'trixie', prettyName: 'x' })).toBe(
      'debian-trixie',
    );
    expect(distroQualifier({ id: 'arch', prettyName: 'Arch' })).toBe('arch');
    expect(distroQualifier(undefined)).toBeUndefined();
  });

  it('a name the purl spec rejects is an error naming the package', () => {
    expect(() => buildPurl('apk', 'alpine', '', '1')).toThrow(/^purl for apk package ""@"1": /);
    expect(() => parsePurl('not a purl')).toThrow(/^purl "not a purl": /);
  });
});
