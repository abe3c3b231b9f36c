import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvisoryDatabase } from '../../src/advisories/database.js';
import {
  distroEcosystem,
  exportEcosystems,
  type Finding,
  matchInventory,
  matchPurls,
  packageOfPurl,
  queryFor,
} from '../../src/advisories/matcher.js';
import { refreshDatabase } from '../../src/advisories/refresh.js';
import { openSource } from '../../src/advisories/source.js';
import { InputError } from '../../src/errors.js';
import { apkCataloger } from '../../src/sbom/catalogers/apk.js';
import type { CapturedFile, Distro, Inventory, Package } from '../../src/sbom/model.js';
import { detectDistro, wantsDistroFile } from '../../src/sbom/os-release.js';
import { needShared } from '../harness/peers.js';
import {
  alpineSecdbToOsv,
  debianListToOsv,
  debianPartsToOsv,
  OSV_DIR,
  OsvExportServer,
  realRecords,
} from './osv-fixtures.js';

// The matcher on real data: the Alpine 3.20.3 minirootfs catalogued by the apk
// cataloger against Alpine's secdb (converted to OSV as osv.dev does), Debian's
// DSA list (converted likewise), AlmaLinux errata, GHSA and PyPA records; all
// published by a local server in OSV's export layout and indexed by a refresh.

const ROOTFS = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');

async function capture(tarGz: string, wants: (path: string) => boolean): Promise<CapturedFile[]> {
  const out: CapturedFile[] = [];
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      const path = header.name.replace(/^\.?\//, '');
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if (header.type === 'file' && wants(path)) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (chunks.length > 0) out.push({ path, bytes: Buffer.concat(chunks) });
        next();
      });
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  createReadStream(tarGz).pipe(createGunzip()).pipe(ex);
  await done;
  return out;
}

async function alpineInventory(): Promise<Inventory> {
  const files = await capture(ROOTFS as string, (p) => apkCataloger.wants(p) || wantsDistroFile(p));
  const distro = detectDistro(files);
  const result = apkCataloger.catalog(
    files.filter((f) => apkCataloger.wants(f.path)),
    distro ? { distro } : {},
  );
  return distro
    ? { packages: result.packages, distro, warnings: [] }
    : { packages: result.packages, warnings: [] };
}

function pkg(type: Package['type'], name: string, version: string, extra: Partial<Package> = {}): Package {
  return {
    name,
    version,
    type,
    purl: `pkg:${type}/${name}@${version}`,
    licenses: [],
    locations: [],
    ...extra,
  };
}

const byPackage = (findings: Finding[], name: string) => findings.filter((f) => f.package.name === name);

describe.skipIf(!OSV_DIR || !ROOTFS)('matching an inventory against real advisories', () => {
  const server = new OsvExportServer();
  let dir: string;
  let db: AdvisoryDatabase;

  beforeAll(async () => {
    await server.start();
    const osv = OSV_DIR as string;
    await server.publish(
      'Alpine',
      alpineSecdbToOsv(
        [join(osv, 'alpine/secdb/v3.20-main.subset.json'), join(osv, 'alpine/secdb/v3.19-main.subset.json')],
        '2025-05-01T00:00:00Z',
      ),
    );
    const parts = (cve: string) =>
      debianPartsToOsv(
        cve,
        readFileSync(join(osv, `debian/osv.dev-testdata/${cve}.debian-parts.json`), 'utf8'),
        '2025-05-01T00:00:00Z',
      );
    await server.publish('Debian', [
      ...debianListToOsv(readFileSync(join(osv, 'debian/security-tracker/DSA-list.txt'), 'utf8')),
      ...debianListToOsv(readFileSync(join(osv, 'debian/security-tracker/DLA-list.txt'), 'utf8')),
      parts('CVE-2016-1585'),
      parts('CVE-2017-6507'),
    ]);
    const real = realRecords('ghsa', 'pypa', 'almalinux');
    for (const eco of ['PyPI', 'Maven', 'npm', 'AlmaLinux']) await server.publish(eco, real.get(eco) ?? []);
    dir = mkdtempSync(join(tmpdir(), 'lading-match-'));
    const result = await refreshDatabase({
      dir,
      source: openSource(server.url),
      ecosystems: ['Alpine', 'Debian', 'PyPI', 'Maven', 'npm', 'AlmaLinux'],
      warn: (m) => {
        throw new Error(m);
      },
    });
    expect(result.ecosystems.every((e) => e.mode === 'full')).toBe(true);
    db = await AdvisoryDatabase.open(dir);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Alpine 3.20.3: libssl3/libcrypto3 3.3.2-r0 (origin openssl) have CVE-2024-9143, not CVE-2024-6119; busybox has CVE-2024-58251', async () => {
    const inventory = await alpineInventory();
    expect(inventory.distro?.versionId).toBe('3.20.3');
    expect(exportEcosystems(inventory)).toEqual(['Alpine']);
    const { findings, skipped } = matchInventory(inventory, db);
    expect(skipped).toEqual([]);

    for (const name of ['libssl3', 'libcrypto3']) {
      const mine = byPackage(findings, name);
      const cve = mine.find((f) => f.id === 'CVE-2024-9143');
      expect(cve, name).toMatchObject({
        ecosystem: 'Alpine:v3.20',
        name: 'openssl',
        version: '3.3.2-r0',
        status: 'affected',
        fixed: ['3.3.2-r1'],
        ids: ['CVE-2024-9143', 'ALPINE-CVE-2024-9143'],
        ranges: [
          {
            advisory: 'ALPINE-CVE-2024-9143',
            via: 'range',
            type: 'ECOSYSTEM',
            events: [{ introduced: '0' }, { fixed: '3.3.2-r1' }],
          },
        ],
      });
      // secdb carries no severity: it says so, never "low"
      expect(cve?.severity.level).toBe('unknown');
      expect(mine.map((f) => f.id)).not.toContain('CVE-2024-6119');
    }
    for (const name of ['busybox', 'busybox-binsh', 'ssl_client']) {
      const ids = byPackage(findings, name).map((f) => f.id);
      expect(ids, name).toContain('CVE-2024-58251');
      expect(ids, name).toContain('CVE-2025-46394');
      expect(ids, name).not.toContain('CVE-2023-42364'); // fixed in 1.36.1-r29 itself
    }
    // the v3.19 records do not leak into a v3.20 image
    expect(findings.every((f) => f.ecosystem === 'Alpine:v3.20')).toBe(true);
    // musl 1.2.5-r0: fixes came in 1.2.5-r1, -r2 and -r3; zlib 1.3.1-r1 has only "0" (never affected) entries left
    expect(byPackage(findings, 'musl').map((f) => [f.id, f.fixed])).toEqual([
      ['CVE-2025-26519', ['1.2.5-r1']],
      ['CVE-2026-40200', ['1.2.5-r3']],
      ['CVE-2026-6042', ['1.2.5-r2']],
    ]);
    expect(byPackage(findings, 'zlib')).toEqual([]);
  });

  it('Debian: a binary package is matched by its source package in Debian:<major>, from the DSA list', () => {
    const bullseye: Distro = { id: 'debian', versionId: '11', prettyName: 'Debian GNU/Linux 11 (bullseye)' };
    const inventory: Inventory = {
      distro: bullseye,
      warnings: [],
      packages: [
        pkg('deb', 'apache2-bin', '2.4.54-1~deb11u1', {
          source: { name: 'apache2', version: '2.4.54-1~deb11u1' },
        }),
        pkg('deb', 'apache2-data', '2.4.56-1~deb11u1', {
          source: { name: 'apache2', version: '2.4.56-1~deb11u1' },
        }),
      ],
    };
    const { findings } = matchInventory(inventory, db);
    const dsa = byPackage(findings, 'apache2-bin').find((f) => f.advisories.includes('DSA-5376-1'));
    expect(dsa).toMatchObject({
      ecosystem: 'Debian:11',
      name: 'apache2',
      fixed: ['2.4.56-1~deb11u1'],
      status: 'affected',
    });
    // a DSA fixing five CVEs is one advisory, not an alias of each CVE
    expect(dsa?.id).toBe('DSA-5376-1');
    expect(byPackage(findings, 'apache2-data').flatMap((f) => f.advisories)).not.toContain('DSA-5376-1');
  });

  it('AlmaLinux: rpm binaries by name with epochs; severity from the errata label', () => {
    const alma: Distro = { id: 'almalinux', versionId: '9.0', prettyName: 'AlmaLinux 9.0 (Emerald Puma)' };
    const inventory: Inventory = {
      distro: alma,
      warnings: [],
      packages: [
        pkg('rpm', 'openssl-libs', '1:3.0.1-40.el9_0', {
          source: { name: 'openssl', version: '1:3.0.1-40.el9_0' },
        }),
      ],
    };
    const { findings } = matchInventory(inventory, db);
    const f = findings.find((x) => x.advisories.includes('ALSA-2022:6224'));
    expect(f).toMatchObject({ ecosystem: 'AlmaLinux:9', fixed: ['1:3.0.1-41.el9_0'], status: 'affected' });
    expect(f?.severity).toMatchObject({ level: 'medium', basis: "label 'Moderate' (summary)" });
    const fixedOnly = matchInventory(
      { ...inventory, packages: [pkg('rpm', 'openssl-libs', '1:3.0.1-41.el9_0')] },
      db,
    ).findings.flatMap((x) => x.advisories);
    expect(fixedOnly).not.toContain('ALSA-2022:6224');
  });

  it('merges aliases: GHSA and PYSEC records of one CVE are one finding with every id', () => {
    const inventory: Inventory = {
      warnings: [],
      packages: [
        pkg('pypi', 'Requests', '2.30.0', { purl: 'pkg:pypi/Requests@2.30.0' }),
        pkg('pypi', 'urllib3', '1.26.16', { purl: 'pkg:pypi/urllib3@1.26.16' }),
      ],
    };
    const { findings } = matchInventory(inventory, db);
    const requests = byPackage(findings, 'Requests').filter((f) => f.ids.includes('CVE-2023-32681'));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      id: 'CVE-2023-32681',
      ids: ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74'],
      advisories: ['GHSA-j8r2-6x86-q33q', 'PYSEC-2023-74'],
      fixed: ['2.31.0'],
      status: 'affected',
    });
    // the GHSA record's CVSS vector decides (a score beats a label)
    expect(requests[0]?.severity.level).toBe('medium');
    expect(requests[0]?.severity.score).toBeDefined();
    const urllib3 = byPackage(findings, 'urllib3').filter((f) => f.ids.includes('CVE-2023-43804'));
    expect(urllib3).toHaveLength(1);
    // the lowest fix above 1.26.16 first; PYSEC's single range also names the 2.x fix
    expect(urllib3[0]?.fixed).toEqual(['1.26.17', '2.0.6']);
  });

  it('Maven by group:artifact from the purl: Log4Shell', () => {
    const inventory: Inventory = {
      warnings: [],
      packages: [
        pkg('maven', 'log4j-core', '2.14.1', {
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
        }),
        pkg('maven', 'log4j-core', '2.17.1', {
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1',
        }),
      ],
    };
    const { findings } = matchInventory(inventory, db);
    const log4shell = findings.filter((f) => f.id === 'CVE-2021-44228');
    expect(log4shell.map((f) => f.version)).toEqual(['2.14.1']);
    expect(log4shell[0]).toMatchObject({ name: 'org.apache.logging.log4j:log4j-core', status: 'affected' });
    expect(log4shell[0]?.severity.level).toBe('critical');
  });

  it('packages given only as purls: distro= picks the release, upstream= the source package, epoch= joins the rpm version', () => {
    const { findings, skipped } = matchPurls(
      [
        'pkg:apk/alpine/libssl3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
        'pkg:rpm/almalinux/openssl-libs@3.0.1-40.el9_0?arch=x86_64&distro=almalinux-9.0&epoch=1&upstream=openssl-3.0.1-40.el9_0.src.rpm',
        'pkg:deb/debian/apache2-bin@2.4.54-1~deb11u1?arch=amd64&distro=debian-11&upstream=apache2',
        'pkg:deb/debian/apparmor@3.0.8-3?arch=amd64&distro=debian-12',
        'pkg:deb/debian/apparmor@3.0.8-3?distro=debian-bookworm',
      ],
      db,
    );
    const libssl = byPackage(findings, 'libssl3');
    expect(libssl.find((f) => f.id === 'CVE-2024-9143')).toMatchObject({
      ecosystem: 'Alpine:v3.20',
      name: 'openssl',
      fixed: ['3.3.2-r1'],
      status: 'affected',
    });
    expect(libssl.map((f) => f.id)).not.toContain('CVE-2024-6119');
    expect(
      byPackage(findings, 'openssl-libs').find((f) => f.advisories.includes('ALSA-2022:6224')),
    ).toMatchObject({ ecosystem: 'AlmaLinux:9', version: '1:3.0.1-40.el9_0', fixed: ['1:3.0.1-41.el9_0'] });
    expect(byPackage(findings, 'apache2-bin').find((f) => f.id === 'DSA-5376-1')).toMatchObject({
      ecosystem: 'Debian:11',
      name: 'apache2',
      fixed: ['2.4.56-1~deb11u1'],
    });
    // DEBIAN-CVE-2016-1585 (no fix in bookworm) with its urgency read back from the index;
    // DEBIAN-CVE-2017-6507 was fixed in 2.11.0-3, below this version.
    const apparmor = byPackage(findings, 'apparmor');
    expect(apparmor.map((f) => [f.id, f.ecosystem, f.severity.level, f.severity.basis])).toEqual([
      ['CVE-2016-1585', 'Debian:12', 'low', "label 'unimportant' (affected.ecosystem_specific.urgency)"],
    ]);
    expect(apparmor[0]?.ids).toEqual(['CVE-2016-1585', 'DEBIAN-CVE-2016-1585']);
    // a codename is no release number: said, not guessed
    expect(skipped.map((x) => [x.package.purl, x.reason])).toEqual([
      [
        'pkg:deb/debian/apparmor@3.0.8-3?distro=debian-bookworm',
        'no advisory ecosystem known for debian (no VERSION_ID)',
      ],
    ]);
  });

  it('an OS package of an inventory without a release takes it, and its source, from its purl', () => {
    const inventory: Inventory = {
      warnings: [],
      packages: [
        pkg('apk', 'libcrypto3', '3.3.2-r0', {
          purl: 'pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
        }),
      ],
    };
    const { findings, skipped } = matchInventory(inventory, db);
    expect(skipped).toEqual([]);
    expect(findings.find((f) => f.id === 'CVE-2024-9143')).toMatchObject({
      ecosystem: 'Alpine:v3.20',
      name: 'openssl',
    });
  });

  it('an unparseable version is undetermined, never safe; a package without data is reported as skipped', () => {
    const inventory: Inventory = {
      warnings: [],
      packages: [
        pkg('npm', 'lodash', 'not-a-version', { purl: 'pkg:npm/lodash@not-a-version' }),
        pkg('cargo', 'tokio', '1.0.0', { purl: 'pkg:cargo/tokio@1.0.0' }),
        pkg('deb', 'bash', '5.2', {}),
      ],
    };
    const { findings, skipped } = matchInventory(inventory, db);
    const lodash = byPackage(findings, 'lodash');
    expect(lodash.length).toBeGreaterThan(0);
    expect(lodash.every((f) => f.status === 'undetermined')).toBe(true);
    expect(lodash[0]?.reasons?.[0]).toMatch(/'not-a-version' is not a valid semver version/);
    expect(skipped.map((s) => [s.package.name, s.reason])).toEqual([
      ['tokio', 'no advisory data for ecosystem crates.io'],
      ['bash', 'deb package without a distribution release'],
    ]);
  });
});

describe('packages from purls', () => {
  it('reads type, release, source and epoch as the SBOM readers do', () => {
    expect(
      packageOfPurl(
        'pkg:rpm/almalinux/openssl-libs@3.0.1-40.el9_0?distro=almalinux-9.0&epoch=1&upstream=openssl-3.0.1-40.el9_0.src.rpm',
      ),
    ).toMatchObject({
      type: 'rpm',
      name: 'openssl-libs',
      version: '1:3.0.1-40.el9_0',
      distro: { id: 'almalinux', versionId: '9.0' },
      source: { name: 'openssl', version: '1:3.0.1-40.el9_0' },
    });
  });

  it.each([
    ['pkg:deb/debian/bash', 'purl "pkg:deb/debian/bash": has no version, so it cannot be matched'],
    ['pkg:swift/github.com/apple/swift-nio@2.0.0', 'lading has no advisory ecosystem for purl type "swift"'],
    ['bash@5.2', 'purl "bash@5.2": '],
  ])('refuses %s, naming it', (purl, why) => {
    expect(() => packageOfPurl(purl)).toThrow(InputError);
    expect(() => packageOfPurl(purl)).toThrow(why);
  });
});

describe('distribution releases → OSV ecosystems', () => {
  const d = (id: string, versionId: string | undefined, prettyName = ''): Distro =>
    versionId === undefined ? { id, prettyName } : { id, versionId, prettyName };
  it.each([
    [d('alpine', '3.20.3'), 'Alpine:v3.20'],
    [d('alpine', '3.19.4'), 'Alpine:v3.19'],
    [d('debian', '12'), 'Debian:12'],
    [d('debian', undefined, 'Debian GNU/Linux trixie/sid'), undefined],
    [d('ubuntu', '22.04', 'Ubuntu 22.04.4 LTS'), 'Ubuntu:22.04:LTS'],
    [d('ubuntu', '23.10', 'Ubuntu 23.10'), 'Ubuntu:23.10'],
    [d('almalinux', '9.4'), 'AlmaLinux:9'],
    [d('rocky', '8.9'), 'Rocky Linux:8'],
    [d('wolfi', '20230201'), 'Wolfi'],
    [d('arch', undefined), undefined],
  ])('%o → %s', (distro, want) => {
    expect(distroEcosystem(distro)).toBe(want);
  });

  it('names the reason when a distribution has no known ecosystem', () => {
    expect(queryFor(pkg('rpm', 'bash', '5.1-1'), d('rhel', '9.4'))).toBe(
      'no advisory ecosystem known for rhel 9.4',
    );
  });
});
