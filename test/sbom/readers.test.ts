import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { writeSbom } from '../../src/sbom/formats/index.js';
import type { Inventory, Package } from '../../src/sbom/model.js';
import { apkPurl, debPurl, rpmPurl } from '../../src/sbom/purl.js';
import { readSbomFile, readSbomText } from '../../src/sbom/readers/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/sbom');
const DIGEST = 'sha256:0f5ed8b4a5ec5c7e8e6a54b0e0c6d1cd3b8a2f3e2c5b8f8e1d9a3c4b5e6f7a8b';
const ALPINE = { id: 'alpine', versionId: '3.20.3', prettyName: 'Alpine Linux v3.20' };

const byName = (packages: Package[], name: string) => packages.find((p) => p.name === name);

describe('reading SBOMs other tools wrote', () => {
  it('syft SPDX 2.3: apk packages with their source package, distro, image subject and locations', async () => {
    const sbom = await readSbomFile(join(FIXTURES, 'syft-alpine-3.20.3.spdx.json'));
    expect(sbom.format).toBe('spdx');
    expect(sbom.subject).toEqual({ kind: 'image', name: 'alpine', digest: DIGEST, tag: '3.20.3' });
    expect(sbom.inventory.distro).toMatchObject({
      id: 'alpine',
      versionId: '3.20.3',
      prettyName: 'Alpine Linux v3.20',
    });
    expect(sbom.inventory.packages.map((p) => p.name).sort()).toEqual([
      'busybox',
      'libcrypto3',
      'libssl3',
      'musl',
    ]);
    const ssl = byName(sbom.inventory.packages, 'libssl3');
    expect(ssl).toMatchObject({
      type: 'apk',
      version: '3.3.2-r0',
      arch: 'x86_64',
      source: { name: 'openssl', version: '3.3.2-r0' },
      distro: { id: 'alpine', versionId: '3.20.3' },
      locations: [{ path: 'lib/apk/db/installed' }],
    });
    expect(ssl?.licenses.map((l) => l.spdx)).toEqual(['Apache-2.0']);
    expect(byName(sbom.inventory.packages, 'busybox')?.source).toEqual({
      name: 'busybox',
      version: '1.36.1-r29',
    });
    expect(sbom.inventory.warnings).toEqual([]);
  });

  it('licenses: false reads the same packages without normalising licences (a scan that writes no SBOM back)', async () => {
    const file = join(FIXTURES, 'syft-alpine-3.20.3.spdx.json');
    const full = await readSbomFile(file);
    const bare = await readSbomFile(file, file, { licenses: false });
    expect(bare.inventory.packages.every((p) => p.licenses.length === 0)).toBe(true);
    expect(bare.inventory.packages).toEqual(full.inventory.packages.map((p) => ({ ...p, licenses: [] })));
    expect(full.inventory.packages.some((p) => p.licenses.length > 0)).toBe(true);
  });

  it('trivy CycloneDX 1.5: SrcName/SrcVersion properties, distro=3.20.3 named by the purl namespace, RepoDigest subject', async () => {
    const sbom = await readSbomFile(join(FIXTURES, 'trivy-alpine-3.20.3.cdx.json'));
    expect(sbom).toMatchObject({ format: 'cyclonedx', specVersion: '1.5' });
    expect(sbom.subject).toMatchObject({
      kind: 'image',
      name: 'index.docker.io/library/alpine',
      digest: DIGEST,
    });
    expect(sbom.inventory.distro).toMatchObject({ id: 'alpine', versionId: '3.20.3' });
    const crypto = byName(sbom.inventory.packages, 'libcrypto3');
    expect(crypto).toMatchObject({
      source: { name: 'openssl', version: '3.3.2-r0' },
      distro: { id: 'alpine', versionId: '3.20.3' },
    });
    expect(sbom.inventory.packages).toHaveLength(3);
  });

  it('trivy SPDX 2.3: the source package from its annotations', async () => {
    const sbom = await readSbomFile(join(FIXTURES, 'trivy-alpine-3.20.3.spdx.json'));
    expect(sbom.subject).toMatchObject({ digest: DIGEST });
    expect(sbom.inventory.packages).toHaveLength(1);
    expect(sbom.inventory.packages[0]).toMatchObject({
      name: 'libssl3',
      source: { name: 'openssl', version: '3.3.2-r0' },
      distro: { id: 'alpine', versionId: '3.20.3' },
    });
  });

  it('syft SPDX 2.2 of Debian: no OS package, the distro and source versions come from the purls', async () => {
    const sbom = await readSbomFile(join(FIXTURES, 'syft-debian-12.spdx22.json'));
    expect(sbom.specVersion).toBe('SPDX-2.2');
    expect(sbom.subject).toBeUndefined();
    expect(sbom.inventory.distro).toMatchObject({ id: 'debian', versionId: '12' });
    const p = sbom.inventory.packages;
    expect(byName(p, 'libc6')).toMatchObject({
      version: '2.36-9+deb12u4',
      source: { name: 'glibc', version: '2.36-9+deb12u4' },
      locations: [{ path: 'usr/share/doc/libc6/copyright' }, { path: 'var/lib/dpkg/status' }],
    });
    expect(byName(p, 'zlib1g')).toMatchObject({
      version: '1:1.2.13.dfsg-1',
      source: { name: 'zlib', version: '1:1.2.13.dfsg-1' },
    });
    // A binNMU: the source version is not the binary's.
    expect(byName(p, 'bash')?.source).toEqual({ name: 'bash', version: '5.2.15-2' });
  });

  it('cdxgen CycloneDX: nested components, npm scopes from group, lockfile path; a pkg:github purl is skipped with a warning', async () => {
    const sbom = await readSbomFile(join(FIXTURES, 'cdxgen-node.cdx.json'));
    expect(sbom.subject).toBeUndefined();
    expect(sbom.inventory.distro).toBeUndefined();
    expect(sbom.inventory.packages.map((p) => `${p.type}:${p.name}@${p.version}`).sort()).toEqual([
      'npm:@babel/traverse@7.23.0',
      'npm:debug@4.3.4',
      'npm:lodash@4.17.20',
    ]);
    expect(byName(sbom.inventory.packages, 'lodash')?.locations).toEqual([
      { path: 'work/shop-web/package-lock.json' },
    ]);
    expect(sbom.inventory.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('1 package(s) of purl type "github" skipped'),
    ]);
  });
});

describe("round trip through lading's own writers", () => {
  const packages: Package[] = [
    {
      name: 'libssl3',
      version: '3.3.2-r0',
      type: 'apk',
      purl: apkPurl({
        name: 'libssl3',
        version: '3.3.2-r0',
        arch: 'x86_64',
        origin: 'openssl',
        distro: ALPINE,
      }),
      licenses: [],
      locations: [{ path: 'lib/apk/db/installed', layer: DIGEST }],
      source: { name: 'openssl', version: '3.3.2-r0' },
      distro: ALPINE,
      arch: 'x86_64',
    },
    {
      name: 'libc6',
      version: '2.36-9+deb12u4+b1',
      type: 'deb',
      purl: debPurl({
        name: 'libc6',
        version: '2.36-9+deb12u4+b1',
        source: 'glibc',
        sourceVersion: '2.36-9+deb12u4',
      }),
      licenses: [],
      locations: [],
      source: { name: 'glibc', version: '2.36-9+deb12u4' },
    },
    {
      name: 'bash',
      version: '1:5.1.8-9.el9',
      type: 'rpm',
      purl: rpmPurl({
        name: 'bash',
        version: '5.1.8',
        release: '9.el9',
        epoch: 1,
        sourceRpm: 'bash-5.1.8-9.el9.src.rpm',
      }),
      licenses: [],
      locations: [],
      source: { name: 'bash', version: '1:5.1.8-9.el9' },
    },
  ];
  const inventory: Inventory = { packages, distro: ALPINE, warnings: [] };
  const subject = {
    kind: 'image' as const,
    name: 'ghcr.io/acme/app',
    digest: DIGEST as `sha256:${string}`,
    tag: '1.0',
  };

  for (const format of ['spdx-json', 'cyclonedx-json'] as const) {
    it(`${format}: versions, source packages, distro, locations and the subject survive`, () => {
      const text = writeSbom(format, inventory, subject, { created: new Date(0), toolVersion: '0.0.0' });
      const sbom = readSbomText(text, `app.${format}`);
      expect(sbom.subject).toMatchObject({
        kind: 'image',
        name: 'ghcr.io/acme/app',
        digest: DIGEST,
        tag: '1.0',
      });
      expect(sbom.inventory.distro).toMatchObject({ id: 'alpine', versionId: '3.20.3' });
      const read = sbom.inventory.packages;
      expect(byName(read, 'libssl3')).toMatchObject({
        source: packages[0]?.source,
        locations: [{ path: 'lib/apk/db/installed' }],
      });
      expect(byName(read, 'libc6')).toMatchObject({
        version: '2.36-9+deb12u4+b1',
        source: packages[1]?.source,
      });
      expect(byName(read, 'bash')).toMatchObject({ version: '1:5.1.8-9.el9', source: packages[2]?.source });
    });
  }

  it('an SBOM wrapped in an in-toto statement inside a DSSE envelope (an attestation) reads the same', () => {
    const bom = JSON.parse(
      writeSbom('cyclonedx-json', inventory, subject, { created: new Date(0), toolVersion: '0.0.0' }),
    );
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: bom,
    };
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      dsseEnvelope: {
        payloadType: 'application/vnd.in-toto+json',
        payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
        signatures: [],
      },
    };
    expect(readSbomText(JSON.stringify(bundle), 'bundle.json').inventory.packages).toHaveLength(3);
  });
});

describe('bad SBOM files are named with the field that is wrong', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lading-readers-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const bad = (text: string) => {
    try {
      readSbomText(text, 'bad.json');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as Error).message;
    }
    throw new Error('no error');
  };

  it('names the file and the field', async () => {
    expect(bad('{ nope')).toMatch(/^bad\.json: not valid JSON/);
    expect(bad('[]')).toMatch(/^bad\.json: the document must be a JSON object/);
    expect(bad('{"name":"x"}')).toBe(
      'bad.json: neither an SPDX 2.2/2.3 JSON document (no spdxVersion) nor a CycloneDX 1.4-1.6 JSON BOM (no bomFormat)',
    );
    expect(bad('{"spdxVersion":"SPDX-2.1","packages":[]}')).toBe(
      'bad.json: SPDX field spdxVersion must be one of SPDX-2.2, SPDX-2.3 (got "SPDX-2.1")',
    );
    expect(bad('{"spdxVersion":"SPDX-2.3","packages":[{"SPDXID":"SPDXRef-a"}]}')).toBe(
      'bad.json: SPDX field packages[0].name must be a string (got nothing)',
    );
    expect(
      bad(
        '{"spdxVersion":"SPDX-2.3","packages":[{"name":"a","SPDXID":"SPDXRef-a","externalRefs":[{"referenceType":"purl","referenceLocator":"npm/lodash"}]}]}',
      ),
    ).toMatch(
      /^bad\.json: SPDX field packages\[0\]\.externalRefs\[0\]\.referenceLocator is not a valid purl/,
    );
    expect(bad('{"bomFormat":"CycloneDX","specVersion":"1.3"}')).toBe(
      'bad.json: CycloneDX field specVersion must be one of 1.4, 1.5, 1.6 (got "1.3")',
    );
    expect(
      bad(
        '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","type":"library","components":[{"type":"library"}]}]}',
      ),
    ).toBe('bad.json: CycloneDX field components[0].components[0].name must be a string (got nothing)');
    expect(
      bad(
        '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"name":"a","type":"library","purl":"pkg:npm/a"}]}',
      ),
    ).toBe(
      'bad.json: CycloneDX field components[0] (pkg:npm/a) has no version, in its purl or its version field',
    );
    expect(
      bad(
        '{"_type":"https://in-toto.io/Statement/v1","predicateType":"https://slsa.dev/provenance/v1","predicate":{}}',
      ),
    ).toMatch(
      /^bad\.json: in-toto field predicateType is "https:\/\/slsa\.dev\/provenance\/v1", not an SBOM/,
    );
    await expect(readSbomFile(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: no such SBOM file/);
  });
});
