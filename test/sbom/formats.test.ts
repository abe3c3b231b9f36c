import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import parseSpdx from 'spdx-expression-parse';
import { extract } from 'tar-stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { apkCataloger } from '../../src/sbom/catalogers/apk.js';
import { type CdxVulnerability, writeCyclonedx } from '../../src/sbom/formats/cyclonedx.js';
import { nameBasedUuid } from '../../src/sbom/formats/identity.js';
import {
  type ImageSubject,
  parseSbomFormat,
  parseSbomOutput,
  SBOM_FORMATS,
  type SbomSubject,
  type SbomWriteOptions,
  writeSbom,
} from '../../src/sbom/formats/index.js';
import { writeSpdx } from '../../src/sbom/formats/spdx.js';
import { normaliseLicense } from '../../src/sbom/license.js';
import type { CapturedFile, Distro, Inventory, License, Package } from '../../src/sbom/model.js';
import { detectDistro, wantsDistroFile } from '../../src/sbom/os-release.js';
import { buildPurl, parsePurl } from '../../src/sbom/purl.js';
import { needPeer, needShared } from '../harness/peers.js';

// ---------------------------------------------------------------- schemas

// The official CycloneDX 1.6 schema and the two it references, as the
// CycloneDX JavaScript library ships them. The library renames the referenced
// files `*.SNAPSHOT.schema.json`; the references are turned back into the
// official names so ajv resolves them by their `$id`s.
const require = createRequire(import.meta.url);
const CDX_SCHEMA_DIR = join(
  dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res/schema',
);

function loadCdxValidator(): ValidateFunction {
  const read = (name: string) => readFileSync(join(CDX_SCHEMA_DIR, name), 'utf8');
  const bom = JSON.parse(
    read('bom-1.6.SNAPSHOT.schema.json')
      .replaceAll('spdx.SNAPSHOT.schema.json', 'spdx.schema.json')
      .replaceAll('jsf-0.82.SNAPSHOT.schema.json', 'jsf-0.82.schema.json'),
  );
  expect(bom.$id).toBe('http://cyclonedx.org/schema/bom-1.6.schema.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  // Formats ajv-formats lacks, checked for what a consumer would reject: no
  // whitespace or characters RFC 3987 excludes; one @ between non-empty parts.
  ajv.addFormat('iri-reference', /^[^\s<>"{}|\\^`]*$/u);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  ajv.addSchema(JSON.parse(read('spdx.SNAPSHOT.schema.json')));
  ajv.addSchema(JSON.parse(read('jsf-0.82.SNAPSHOT.schema.json')));
  return ajv.compile(bom);
}

let cdxValidate: ValidateFunction;
beforeAll(() => {
  cdxValidate = loadCdxValidator();
});

function expectValidCdx(text: string): void {
  const ok = cdxValidate(JSON.parse(text));
  expect(ok ? [] : cdxValidate.errors).toEqual([]);
}

// No npm package ships the SPDX 2.3 JSON schema (spdx-spec's
// schemas/spdx-schema.json), so the SPDX output is checked against the rules of
// that schema and of the spec that a consumer trips over: required fields,
// enums, SPDXID syntax, valid license expressions with every LicenseRef defined,
// and relationships that point at elements of the document.
const DOCUMENT_FIELDS = new Set([
  '$schema',
  'SPDXID',
  'annotations',
  'comment',
  'creationInfo',
  'dataLicense',
  'documentDescribes',
  'documentNamespace',
  'externalDocumentRefs',
  'files',
  'hasExtractedLicensingInfos',
  'name',
  'packages',
  'relationships',
  'revieweds',
  'snippets',
  'spdxVersion',
]);
const PACKAGE_FIELDS = new Set([
  'SPDXID',
  'annotations',
  'attributionTexts',
  'builtDate',
  'checksums',
  'comment',
  'copyrightText',
  'description',
  'downloadLocation',
  'externalRefs',
  'filesAnalyzed',
  'hasFiles',
  'homepage',
  'licenseComments',
  'licenseConcluded',
  'licenseDeclared',
  'licenseInfoFromFiles',
  'name',
  'originator',
  'packageFileName',
  'packageVerificationCode',
  'primaryPackagePurpose',
  'releaseDate',
  'sourceInfo',
  'summary',
  'supplier',
  'validUntilDate',
  'versionInfo',
]);
const CHECKSUM_ALGORITHMS = new Set([
  'SHA1',
  'BLAKE3',
  'SHA3-384',
  'SHA256',
  'SHA384',
  'BLAKE2b-512',
  'BLAKE2b-256',
  'SHA3-512',
  'MD2',
  'ADLER32',
  'MD4',
  'SHA3-256',
  'BLAKE2b-384',
  'SHA512',
  'MD6',
  'MD5',
  'SHA224',
]);
const PURPOSES = new Set([
  'OTHER',
  'INSTALL',
  'ARCHIVE',
  'FIRMWARE',
  'APPLICATION',
  'FRAMEWORK',
  'FILE',
  'CONTAINER',
  'SOURCE',
  'DEVICE',
  'OPERATING-SYSTEM',
  'LIBRARY',
]);

type Json = Record<string, unknown>;

function spdxProblems(doc: Json): string[] {
  const problems: string[] = [];
  const fail = (m: string) => problems.push(m);
  for (const key of Object.keys(doc)) if (!DOCUMENT_FIELDS.has(key)) fail(`document: unknown field ${key}`);
  for (const key of ['SPDXID', 'creationInfo', 'dataLicense', 'name', 'spdxVersion', 'documentNamespace']) {
    if (doc[key] === undefined) fail(`document: missing ${key}`);
  }
  if (doc.spdxVersion !== 'SPDX-2.3') fail(`spdxVersion ${String(doc.spdxVersion)}`);
  if (doc.dataLicense !== 'CC0-1.0') fail(`dataLicense ${String(doc.dataLicense)}`);
  if (doc.SPDXID !== 'SPDXRef-DOCUMENT') fail(`document SPDXID ${String(doc.SPDXID)}`);
  const ns = String(doc.documentNamespace);
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/.test(ns))
    fail(`documentNamespace "${ns}" is not an absolute URI without #`);
  const info = doc.creationInfo as Json;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(String(info?.created)))
    fail(`created ${String(info?.created)}`);
  const creators = info?.creators as unknown[];
  if (!Array.isArray(creators) || creators.length === 0) fail('creators empty');
  for (const c of creators ?? [])
    if (!/^(Tool|Organization|Person): \S/.test(String(c))) fail(`creator "${c}"`);

  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  const defined = new Set(((doc.hasExtractedLicensingInfos as Json[]) ?? []).map((e) => String(e.licenseId)));
  for (const e of (doc.hasExtractedLicensingInfos as Json[]) ?? []) {
    if (!/^LicenseRef-[A-Za-z0-9.-]+$/.test(String(e.licenseId)))
      fail(`extracted licenseId ${String(e.licenseId)}`);
    if (typeof e.extractedText !== 'string' || e.extractedText === '')
      fail(`extractedText of ${String(e.licenseId)}`);
  }
  const checkLicense = (where: string, value: unknown) => {
    const text = String(value);
    if (text === 'NOASSERTION' || text === 'NONE') return;
    try {
      parseSpdx(text);
    } catch {
      fail(`${where}: "${text}" is not an SPDX license expression`);
    }
    for (const ref of text.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) {
      if (!defined.has(ref)) fail(`${where}: ${ref} is not in hasExtractedLicensingInfos`);
    }
  };
  for (const p of (doc.packages as Json[]) ?? []) {
    const where = `package ${String(p.SPDXID)}`;
    for (const key of Object.keys(p)) if (!PACKAGE_FIELDS.has(key)) fail(`${where}: unknown field ${key}`);
    for (const key of ['SPDXID', 'name', 'downloadLocation'])
      if (p[key] === undefined) fail(`${where}: missing ${key}`);
    if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(String(p.SPDXID))) fail(`${where}: SPDXID syntax`);
    if (ids.has(String(p.SPDXID))) fail(`${where}: duplicate SPDXID`);
    ids.add(String(p.SPDXID));
    checkLicense(`${where} licenseDeclared`, p.licenseDeclared);
    checkLicense(`${where} licenseConcluded`, p.licenseConcluded);
    for (const agent of ['supplier', 'originator']) {
      if (
        p[agent] !== undefined &&
        !/^(NOASSERTION|(Person|Organization|Tool): \S.*)$/.test(String(p[agent]))
      ) {
        fail(`${where}: ${agent} "${String(p[agent])}"`);
      }
    }
    for (const c of (p.checksums as Json[]) ?? []) {
      if (!CHECKSUM_ALGORITHMS.has(String(c.algorithm)))
        fail(`${where}: checksum algorithm ${String(c.algorithm)}`);
      if (!/^[a-f0-9]+$/.test(String(c.checksumValue))) fail(`${where}: checksum value`);
    }
    for (const r of (p.externalRefs as Json[]) ?? []) {
      if (!['SECURITY', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'OTHER'].includes(String(r.referenceCategory))) {
        fail(`${where}: referenceCategory ${String(r.referenceCategory)}`);
      }
      if (r.referenceType === 'purl') parsePurl(String(r.referenceLocator));
    }
    if (p.primaryPackagePurpose !== undefined && !PURPOSES.has(String(p.primaryPackagePurpose))) {
      fail(`${where}: primaryPackagePurpose ${String(p.primaryPackagePurpose)}`);
    }
    if (typeof p.filesAnalyzed !== 'boolean') fail(`${where}: filesAnalyzed`);
  }
  for (const id of (doc.documentDescribes as string[]) ?? [])
    if (!ids.has(id)) fail(`documentDescribes ${id}`);
  for (const r of (doc.relationships as Json[]) ?? []) {
    if (!ids.has(String(r.spdxElementId))) fail(`relationship from unknown ${String(r.spdxElementId)}`);
    if (!ids.has(String(r.relatedSpdxElement)))
      fail(`relationship to unknown ${String(r.relatedSpdxElement)}`);
    if (!['DESCRIBES', 'CONTAINS', 'DEPENDS_ON'].includes(String(r.relationshipType)))
      fail('relationshipType');
  }
  return problems;
}

function expectValidSpdx(text: string): void {
  expect(spdxProblems(JSON.parse(text))).toEqual([]);
}

// ---------------------------------------------------------------- real data

async function capture(
  tarGz: string,
  wants: (path: string) => boolean,
  layer: Digest,
): Promise<CapturedFile[]> {
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
        if (chunks.length > 0) out.push({ path, layer, bytes: Buffer.concat(chunks) });
        next();
      });
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  createReadStream(tarGz)
    .pipe(createGunzip({ chunkSize: 1 << 20 }))
    .pipe(ex);
  await done;
  return out;
}

interface AlpineImage {
  inventory: Inventory;
  subject: ImageSubject;
  layer: Digest;
  listed: { name: string; version: string; purl: string; license: string }[];
}

/** A minirootfs tarball as a single-layer image: the tarball is the layer, so its digest is the layer digest. */
async function alpineImage(release: string): Promise<AlpineImage | undefined> {
  const tarball = needShared(`testdata/rootfs/alpine-minirootfs-${release}-x86_64.tar.gz`);
  const list = needShared(`testdata/rootfs/alpine-minirootfs-${release}-x86_64.packages.json`);
  if (!tarball || !list) return undefined;
  const layer = digestOf(readFileSync(tarball));
  const files = await capture(tarball, (p) => apkCataloger.wants(p) || wantsDistroFile(p), layer);
  const distro = detectDistro(files);
  const result = apkCataloger.catalog(
    files.filter((f) => apkCataloger.wants(f.path)),
    distro ? { distro } : {},
  );
  const manifest = JSON.stringify({ schemaVersion: 2, layers: [{ digest: layer }] });
  return {
    inventory: { packages: result.packages, ...(distro ? { distro } : {}), warnings: result.warnings },
    subject: {
      kind: 'image',
      name: 'ghcr.io/lading-test/alpine',
      tag: release,
      digest: digestOf(manifest),
      platform: { os: 'linux', architecture: 'amd64' },
    },
    layer,
    listed: JSON.parse(readFileSync(list, 'utf8')).packages,
  };
}

const OPTIONS: SbomWriteOptions = { created: new Date('2024-06-01T12:00:00.000Z'), toolVersion: '0.1.0' };

function samePurl(actual: string | undefined, expected: string): boolean {
  if (!actual) return false;
  const a = parsePurl(actual);
  const e = parsePurl(expected);
  return (
    JSON.stringify({ ...a, qualifiers: sortObj(a.qualifiers) }) ===
    JSON.stringify({ ...e, qualifiers: sortObj(e.qualifiers) })
  );
}

function sortObj(o: Record<string, string> | undefined | null): Record<string, string> {
  return Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

for (const release of ['3.19.4', '3.20.3']) {
  describe(`Alpine ${release} minirootfs as an image`, () => {
    let image: AlpineImage | undefined;
    beforeAll(async () => {
      image = await alpineImage(release);
    });

    it('SPDX 2.3: valid, the image digest is the described package, every listed package with its purl', (ctx) => {
      if (!image) return ctx.skip();
      const { inventory, subject, listed, layer } = image;
      expect(inventory.packages.length).toBe(listed.length);
      const text = writeSpdx(inventory, subject, OPTIONS);
      expectValidSpdx(text);
      const doc = JSON.parse(text);
      expect(doc.creationInfo).toEqual({ created: '2024-06-01T12:00:00Z', creators: ['Tool: lading-0.1.0'] });

      const [rootId] = doc.documentDescribes;
      const root = doc.packages.find((p: Json) => p.SPDXID === rootId);
      expect(root).toMatchObject({
        name: 'ghcr.io/lading-test/alpine',
        versionInfo: subject.digest,
        primaryPackagePurpose: 'CONTAINER',
        checksums: [{ algorithm: 'SHA256', checksumValue: subject.digest.slice('sha256:'.length) }],
      });
      const rootPurl = parsePurl(root.externalRefs[0].referenceLocator);
      expect(rootPurl.type).toBe('oci');
      expect(rootPurl.version).toBe(subject.digest);
      expect(rootPurl.qualifiers).toMatchObject({
        repository_url: 'ghcr.io/lading-test/alpine',
        tag: release,
      });
      expect(doc.relationships).toContainEqual({
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: rootId,
      });
      const os = doc.packages.find((p: Json) => p.primaryPackagePurpose === 'OPERATING-SYSTEM');
      expect(os).toMatchObject({ name: 'alpine', versionInfo: release });

      for (const expected of listed) {
        const found = doc.packages.filter(
          (p: Json) =>
            p.name === expected.name &&
            samePurl((p.externalRefs as Json[] | undefined)?.[0]?.referenceLocator as string, expected.purl),
        );
        expect(found, `${expected.name} ${expected.purl}`).toHaveLength(1);
        const pkg = found[0];
        expect(pkg.versionInfo).toBe(expected.version);
        expect(pkg.licenseDeclared).toBe(normaliseLicense(expected.license)?.spdx);
        expect(pkg.sourceInfo).toBe(`acquired package info from /lib/apk/db/installed (layer ${layer})`);
        expect(pkg.originator).toMatch(/^Person: .+ \(.+@.+\)$/);
        expect(doc.relationships).toContainEqual({
          spdxElementId: rootId,
          relationshipType: 'CONTAINS',
          relatedSpdxElement: pkg.SPDXID,
        });
      }
    });

    it('CycloneDX 1.6: valid against the official schema, the image is the subject, every listed package with its purl', (ctx) => {
      if (!image) return ctx.skip();
      const { inventory, subject, listed, layer } = image;
      const text = writeCyclonedx(inventory, subject, OPTIONS);
      expectValidCdx(text);
      const bom = JSON.parse(text);
      expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
      expect(bom.metadata.timestamp).toBe('2024-06-01T12:00:00Z');
      expect(bom.metadata.tools.components).toEqual([
        { type: 'application', name: 'lading', version: '0.1.0' },
      ]);
      expect(bom.metadata.component).toMatchObject({
        type: 'container',
        name: 'ghcr.io/lading-test/alpine',
        version: subject.digest,
        hashes: [{ alg: 'SHA-256', content: subject.digest.slice('sha256:'.length) }],
      });
      expect(parsePurl(bom.metadata.component.purl).version).toBe(subject.digest);
      expect(bom.components[0]).toMatchObject({
        type: 'operating-system',
        name: 'alpine',
        version: release,
      });

      const refs = new Set(bom.components.map((c: Json) => c['bom-ref']));
      expect(refs.size).toBe(bom.components.length);
      expect(bom.dependencies).toEqual([
        { ref: bom.metadata.component['bom-ref'], dependsOn: [...refs].sort() },
      ]);
      for (const expected of listed) {
        const found = bom.components.filter(
          (c: Json) => c.name === expected.name && samePurl(c.purl as string, expected.purl),
        );
        expect(found, `${expected.name} ${expected.purl}`).toHaveLength(1);
        const c = found[0];
        expect(c.version).toBe(expected.version);
        expect(c['bom-ref']).toBe(c.purl);
        const props = Object.fromEntries(c.properties.map((p: Json) => [p.name, p.value]));
        expect(props).toMatchObject({
          'lading:package:type': 'apk',
          'lading:location:0:path': '/lib/apk/db/installed',
          'lading:location:0:layerDigest': layer,
        });
        const pkg = inventory.packages.find((p) => p.name === expected.name) as Package;
        expect(props['lading:package:sourceName']).toBe(pkg.source?.name);
        // Alpine declares one SPDX licence per package (or an OR/AND of them).
        const spdx = normaliseLicense(expected.license)?.spdx as string;
        expect(c.licenses).toEqual(
          /\s/.test(spdx)
            ? [{ expression: spdx, acknowledgement: 'declared' }]
            : [{ license: { id: spdx, acknowledgement: 'declared' } }],
        );
      }
    });

    // SPDX's own validator (spdx-tools on PyPI) checks the document against the
    // 2.3 spec model: license references, SPDXIDs, relationships. scripts/install-peers.sh
    // installs it; like every peer it skips on a bare clone and is required in CI.
    it('SPDX 2.3: the SPDX project validator, pyspdxtools, accepts the document', (ctx) => {
      const tool = needPeer('pyspdxtools');
      if (!image || !tool) return ctx.skip();
      const dir = mkdtempSync(join(tmpdir(), 'lading-spdx-'));
      try {
        const file = join(dir, 'sbom.spdx.json');
        writeFileSync(file, writeSpdx(image.inventory, image.subject, OPTIONS));
        expect(() => execFileSync(tool, ['-i', file], { stdio: 'pipe' })).not.toThrow();
        // The same validator refuses an undefined LicenseRef: the check above can fail.
        const doc = JSON.parse(readFileSync(file, 'utf8'));
        doc.packages[2].licenseDeclared = 'LicenseRef-undefined';
        writeFileSync(file, JSON.stringify(doc));
        expect(() => execFileSync(tool, ['-i', file], { stdio: 'pipe' })).toThrow();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('is byte-identical on a rerun and whatever order the packages and locations arrive in', (ctx) => {
      if (!image) return ctx.skip();
      const { inventory, subject } = image;
      const reordered: Inventory = {
        ...inventory,
        packages: shuffled(inventory.packages, 7).map((p) => ({
          ...p,
          metadata: p.metadata ? Object.fromEntries(Object.entries(p.metadata).reverse()) : undefined,
        })),
      };
      for (const format of SBOM_FORMATS) {
        const first = writeSbom(format, inventory, subject, OPTIONS);
        expect(writeSbom(format, inventory, subject, OPTIONS)).toBe(first);
        expect(writeSbom(format, reordered, subject, OPTIONS)).toBe(first);
      }
    });
  });
}

// ---------------------------------------------------------------- synthetic edge cases

const DIGEST = digestOf('manifest of a synthetic image');
const LAYER = digestOf('a layer');
const SUBJECT: ImageSubject = { kind: 'image', name: 'registry.test:5000/team/app', digest: DIGEST };
const DISTRO: Distro = {
  id: 'debian',
  versionId: '12',
  versionCodename: 'bookworm',
  prettyName: 'Debian GNU/Linux 12 (bookworm)',
};

function lic(declared: string): License {
  return normaliseLicense(declared) as License;
}

function pkg(name: string, overrides: Partial<Package> = {}): Package {
  return {
    name,
    version: '1.0.0',
    type: 'npm',
    purl: buildPurl('npm', undefined, name, '1.0.0'),
    licenses: [],
    locations: [{ path: `app/node_modules/${name}/package.json`, layer: LAYER }],
    ...overrides,
  };
}

function both(
  inventory: Inventory,
  subject: SbomSubject = SUBJECT,
  options = OPTIONS,
): { spdx: Json; cdx: Json } {
  const spdx = writeSpdx(inventory, subject, options);
  const cdx = writeCyclonedx(inventory, subject, options);
  expectValidSpdx(spdx);
  expectValidCdx(cdx);
  return { spdx: JSON.parse(spdx), cdx: JSON.parse(cdx) };
}

function spdxPackage(doc: Json, name: string): Json {
  return (doc.packages as Json[]).find((p) => p.name === name) as Json;
}

function cdxComponent(bom: Json, name: string): Json {
  return (bom.components as Json[]).find((c) => c.name === name) as Json;
}

describe('licences', () => {
  const inventory: Inventory = {
    packages: [
      pkg('single', { licenses: [lic('MIT')] }),
      pkg('choice', { licenses: [lic('MIT OR Apache-2.0')] }),
      pkg('with-exception', { licenses: [lic('GPL-2.0-or-later WITH Classpath-exception-2.0')] }),
      pkg('several', { licenses: [lic('MIT'), lic('BSD-3-Clause OR Apache-2.0')] }),
      pkg('unknown', { licenses: [lic('Acme Proprietary Licence v2')] }),
      pkg('mixed', { licenses: [lic('GPL-2.0-only AND Some Vendor Terms')] }),
      pkg('unlicensed'),
    ],
    warnings: [],
  };

  it('SPDX declares each expression, defines every LicenseRef with the declared text, concludes nothing', () => {
    const { spdx } = both(inventory);
    expect(spdxPackage(spdx, 'single').licenseDeclared).toBe('MIT');
    expect(spdxPackage(spdx, 'choice').licenseDeclared).toBe('MIT OR Apache-2.0');
    expect(spdxPackage(spdx, 'with-exception').licenseDeclared).toBe(
      'GPL-2.0-or-later WITH Classpath-exception-2.0',
    );
    expect(spdxPackage(spdx, 'several').licenseDeclared).toBe('MIT AND (BSD-3-Clause OR Apache-2.0)');
    expect(spdxPackage(spdx, 'unknown').licenseDeclared).toBe('LicenseRef-Acme-Proprietary-Licence-v2');
    expect(spdxPackage(spdx, 'mixed').licenseDeclared).toMatch(/^GPL-2.0-only AND LicenseRef-/);
    expect(spdxPackage(spdx, 'unlicensed').licenseDeclared).toBe('NOASSERTION');
    for (const p of spdx.packages as Json[]) expect(p.licenseConcluded).toBe('NOASSERTION');
    expect(spdx.hasExtractedLicensingInfos).toContainEqual({
      licenseId: 'LicenseRef-Acme-Proprietary-Licence-v2',
      extractedText: 'Acme Proprietary Licence v2',
      name: 'Acme-Proprietary-Licence-v2',
    });
  });

  it('CycloneDX: license.id for one SPDX id, expression for compound ones, license.name for unknown text', () => {
    const { cdx } = both(inventory);
    const d = 'declared';
    expect(cdxComponent(cdx, 'single').licenses).toEqual([{ license: { id: 'MIT', acknowledgement: d } }]);
    expect(cdxComponent(cdx, 'choice').licenses).toEqual([
      { expression: 'MIT OR Apache-2.0', acknowledgement: d },
    ]);
    expect(cdxComponent(cdx, 'with-exception').licenses).toEqual([
      { expression: 'GPL-2.0-or-later WITH Classpath-exception-2.0', acknowledgement: d },
    ]);
    expect(cdxComponent(cdx, 'several').licenses).toEqual([
      { expression: 'MIT AND (BSD-3-Clause OR Apache-2.0)', acknowledgement: d },
    ]);
    expect(cdxComponent(cdx, 'unknown').licenses).toEqual([
      { license: { name: 'Acme Proprietary Licence v2', acknowledgement: d } },
    ]);
    expect(cdxComponent(cdx, 'mixed').licenses).toEqual([
      { license: { name: 'GPL-2.0-only AND Some Vendor Terms', acknowledgement: d } },
    ]);
    expect(cdxComponent(cdx, 'unlicensed').licenses).toBeUndefined();
  });

  it('a known id beside an unknown licence keeps both as licence entries (CycloneDX cannot mix them with an expression)', () => {
    const { cdx } = both({
      packages: [pkg('both', { licenses: [lic('MIT OR Apache-2.0'), lic('Weird Terms')] })],
      warnings: [],
    });
    expect(cdxComponent(cdx, 'both').licenses).toEqual([
      { license: { name: 'MIT OR Apache-2.0', acknowledgement: 'declared' } },
      { license: { name: 'Weird Terms', acknowledgement: 'declared' } },
    ]);
  });
});

describe('names, duplicates and empty inventories', () => {
  it('names needing escaping keep their text and get valid SPDXIDs', () => {
    const names = [
      '@scope/pkg',
      'with space',
      'quote"back\\slash',
      'ünïcødé',
      'semi;colon<tag>',
      '../../etc/passwd',
    ];
    const { spdx, cdx } = both({ packages: names.map((n) => pkg(n)), warnings: [] });
    for (const n of names) {
      expect(spdxPackage(spdx, n), n).toBeDefined();
      expect(cdxComponent(cdx, n), n).toBeDefined();
    }
  });

  it('two packages with one purl stay two, with distinct SPDXIDs and bom-refs, both carrying the purl', () => {
    const purl = 'pkg:npm/lodash@4.17.21';
    const a = pkg('lodash', {
      purl,
      version: '4.17.21',
      locations: [{ path: 'a/node_modules/lodash/package.json' }],
    });
    const b = pkg('lodash', {
      purl,
      version: '4.17.21',
      locations: [{ path: 'b/node_modules/lodash/package.json' }],
    });
    const { spdx, cdx } = both({ packages: [a, b], warnings: [] });
    const spdxLodash = (spdx.packages as Json[]).filter((p) => p.name === 'lodash');
    expect(spdxLodash).toHaveLength(2);
    expect(new Set(spdxLodash.map((p) => p.SPDXID)).size).toBe(2);
    const cdxLodash = (cdx.components as Json[]).filter((c) => c.name === 'lodash');
    expect(cdxLodash.map((c) => c.purl)).toEqual([purl, purl]);
    const refs = cdxLodash.map((c) => String(c['bom-ref']));
    expect(new Set(refs).size).toBe(2);
    for (const ref of refs) expect(ref).toMatch(/^pkg:npm\/lodash@4\.17\.21\?package-id=[0-9a-f]{16}$/);
    // Ordered by where they were found.
    expect(cdxLodash.map((c) => (c.properties as Json[])[1])).toEqual([
      { name: 'lading:location:0:path', value: '/a/node_modules/lodash/package.json' },
      { name: 'lading:location:0:path', value: '/b/node_modules/lodash/package.json' },
    ]);
    // The references do not depend on which copy was found first.
    const again = JSON.parse(writeCyclonedx({ packages: [b, a], warnings: [] }, SUBJECT, OPTIONS));
    expect((again.components as Json[]).map((c) => c['bom-ref'])).toEqual(refs);
  });

  it('a record found twice, identical in every field, is written once', () => {
    const p = pkg('twice', { licenses: [lic('MIT')] });
    const { spdx, cdx } = both({ packages: [p, { ...p, locations: [...p.locations] }], warnings: [] });
    expect((spdx.packages as Json[]).filter((x) => x.name === 'twice')).toHaveLength(1);
    expect((cdx.components as Json[]).filter((x) => x.name === 'twice')).toHaveLength(1);
  });

  it('an empty inventory still describes the image', () => {
    const { spdx, cdx } = both({ packages: [], warnings: [] });
    expect(spdx.packages).toHaveLength(1);
    expect(spdx.relationships).toHaveLength(1);
    expect(cdx.components).toEqual([]);
    expect(cdx.dependencies).toEqual([
      { ref: (cdx.metadata as Json & { component: Json }).component['bom-ref'], dependsOn: [] },
    ]);
  });

  it('a source directory is described as SOURCE / file, without a digest', () => {
    const { spdx, cdx } = both(
      { packages: [pkg('left-pad')], distro: DISTRO, warnings: [] },
      { kind: 'directory', name: 'services/api' },
    );
    const root = spdxPackage(spdx, 'services/api');
    expect(root).toMatchObject({
      primaryPackagePurpose: 'SOURCE',
      SPDXID: 'SPDXRef-DocumentRoot-Directory-services-api',
    });
    expect(root.checksums).toBeUndefined();
    expect((cdx.metadata as Json).component).toMatchObject({ type: 'file', name: 'services/api' });
  });
});

describe('OS packages', () => {
  const deb: Package = {
    name: 'libc6',
    version: '2.36-9+deb12u7',
    type: 'deb',
    purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12&upstream=glibc',
    licenses: [lic('LGPL-2.1-or-later')],
    locations: [
      { path: 'var/lib/dpkg/status', layer: LAYER },
      { path: 'usr/share/doc/libc6/copyright', layer: LAYER },
    ],
    source: { name: 'glibc', version: '2.36-9+deb12u7' },
    distro: DISTRO,
    arch: 'amd64',
    metadata: { maintainer: 'GNU Libc Maintainers <debian-glibc@lists.debian.org>', installedSizeKiB: 12000 },
  };
  const rpm: Package = {
    name: 'bash',
    version: '5.1.8-9.el9',
    type: 'rpm',
    purl: 'pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64',
    licenses: [lic('GPLv3+')],
    locations: [{ path: 'var/lib/rpm/rpmdb.sqlite' }],
    metadata: { vendor: 'AlmaLinux', release: '9.el9' },
  };

  it('source package, arch, every location (sorted) and metadata become properties; maintainer and vendor become agents', () => {
    const { spdx, cdx } = both({ packages: [rpm, deb], distro: DISTRO, warnings: [] });
    const c = cdxComponent(cdx, 'libc6');
    expect(c.properties).toEqual([
      { name: 'lading:package:type', value: 'deb' },
      { name: 'lading:package:arch', value: 'amd64' },
      { name: 'lading:package:sourceName', value: 'glibc' },
      { name: 'lading:package:sourceVersion', value: '2.36-9+deb12u7' },
      { name: 'lading:location:0:path', value: '/usr/share/doc/libc6/copyright' },
      { name: 'lading:location:0:layerDigest', value: LAYER },
      { name: 'lading:location:1:path', value: '/var/lib/dpkg/status' },
      { name: 'lading:location:1:layerDigest', value: LAYER },
      { name: 'lading:metadata:installedSizeKiB', value: '12000' },
    ]);
    expect(c.publisher).toBe('GNU Libc Maintainers <debian-glibc@lists.debian.org>');
    expect(cdxComponent(cdx, 'bash').supplier).toEqual({ name: 'AlmaLinux' });
    expect(spdxPackage(spdx, 'libc6').originator).toBe(
      'Person: GNU Libc Maintainers (debian-glibc@lists.debian.org)',
    );
    expect(spdxPackage(spdx, 'bash').supplier).toBe('Organization: AlmaLinux');
    expect(spdxPackage(spdx, 'bash').sourceInfo).toBe('acquired package info from /var/lib/rpm/rpmdb.sqlite');
    expect(cdxComponent(cdx, 'debian')).toMatchObject({ type: 'operating-system', version: '12' });
  });
});

describe('document identity', () => {
  const inventory: Inventory = { packages: [pkg('a'), pkg('b')], warnings: [] };

  it('the namespace and serial number follow the content and subject, not the clock', () => {
    const base = both(inventory);
    const later = both(inventory, SUBJECT, { ...OPTIONS, created: new Date('2030-01-01T00:00:00Z') });
    expect(later.spdx.documentNamespace).toBe(base.spdx.documentNamespace);
    expect(later.cdx.serialNumber).toBe(base.cdx.serialNumber);
    expect((later.cdx.metadata as Json).timestamp).toBe('2030-01-01T00:00:00Z');

    const otherImage = both(inventory, { ...SUBJECT, digest: digestOf('another manifest') });
    expect(otherImage.spdx.documentNamespace).not.toBe(base.spdx.documentNamespace);
    expect(otherImage.cdx.serialNumber).not.toBe(base.cdx.serialNumber);

    const otherContent = both({ packages: [pkg('a')], warnings: [] });
    expect(otherContent.spdx.documentNamespace).not.toBe(base.spdx.documentNamespace);
    expect(otherContent.cdx.serialNumber).not.toBe(base.cdx.serialNumber);

    const seeded = both(inventory, SUBJECT, { ...OPTIONS, namespaceSeed: 'nightly' });
    expect(seeded.spdx.documentNamespace).not.toBe(base.spdx.documentNamespace);
    expect(seeded.cdx.serialNumber).not.toBe(base.cdx.serialNumber);
  });

  it('name-based UUIDs are RFC 4122 version 5', () => {
    // Python's `uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')`, its documented example.
    expect(nameBasedUuid('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });
});

describe('vulnerabilities extension point', () => {
  it('the scan step links findings to components by their bom-refs and the BOM stays valid', () => {
    const vulnerable = pkg('minimist', { purl: 'pkg:npm/minimist@1.2.5', version: '1.2.5' });
    const text = writeCyclonedx({ packages: [pkg('other'), vulnerable], warnings: [] }, SUBJECT, {
      ...OPTIONS,
      vulnerabilities: (refOf): CdxVulnerability[] => [
        {
          id: 'GHSA-xvch-5gv4-984h',
          source: { name: 'GitHub', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h' },
          ratings: [{ severity: 'critical' }],
          affects: [{ ref: refOf({ ...vulnerable }) as string }],
        },
      ],
    });
    expectValidCdx(text);
    const bom = JSON.parse(text);
    expect(bom.vulnerabilities).toHaveLength(1);
    expect(bom.vulnerabilities[0].affects).toEqual([{ ref: 'pkg:npm/minimist@1.2.5' }]);
    expect(bom.components.map((c: Json) => c['bom-ref'])).toContain('pkg:npm/minimist@1.2.5');
  });
});

describe('the validators themselves', () => {
  it('reject what the formats forbid', () => {
    const bom = JSON.parse(writeCyclonedx({ packages: [pkg('x')], warnings: [] }, SUBJECT, OPTIONS));
    bom.components[0].type = 'gadget';
    expect(cdxValidate(bom)).toBe(false);
    const doc = JSON.parse(
      writeSpdx({ packages: [pkg('x', { licenses: [lic('Odd Terms')] })], warnings: [] }, SUBJECT, OPTIONS),
    );
    doc.hasExtractedLicensingInfos = [];
    const original = doc.packages[1].SPDXID;
    doc.packages[1].SPDXID = 'SPDXRef-has space';
    expect(spdxProblems(doc)).toEqual([
      'package SPDXRef-has space: SPDXID syntax',
      'package SPDXRef-has space licenseDeclared: LicenseRef-Odd-Terms is not in hasExtractedLicensingInfos',
      `relationship to unknown ${original}`,
    ]);
  });
});

describe('bad input', () => {
  const inventory: Inventory = { packages: [], warnings: [] };

  it('an invalid creation time names the document', () => {
    for (const format of SBOM_FORMATS) {
      expect(() =>
        writeSbom(format, inventory, SUBJECT, { ...OPTIONS, created: new Date('not a date') }),
      ).toThrow(
        new InputError(
          `${format === 'spdx-json' ? 'SPDX document' : 'CycloneDX BOM'} for registry.test:5000/team/app: creation time is not a valid date`,
        ),
      );
    }
  });

  it('a creation time no format can write is named', () => {
    expect(() =>
      writeSpdx(inventory, SUBJECT, { ...OPTIONS, created: new Date(Date.UTC(10000, 0, 1)) }),
    ).toThrow(
      new InputError(
        'SPDX document for registry.test:5000/team/app: creation time +010000-01-01T00:00:00.000Z is outside the years 0001-9999 both formats allow',
      ),
    );
  });

  it('a subject digest that is not a digest is named', () => {
    const bad = { ...SUBJECT, digest: 'sha256:nothex' as Digest };
    for (const format of SBOM_FORMATS) {
      expect(() => writeSbom(format, inventory, bad, OPTIONS)).toThrow(
        new InputError(
          'SBOM subject registry.test:5000/team/app: digest "sha256:nothex" is not a sha256 or sha512 digest',
        ),
      );
    }
  });

  it('an empty subject name or tool version is named', () => {
    expect(() => writeSpdx(inventory, { ...SUBJECT, name: ' ' }, OPTIONS)).toThrow(
      new InputError('SBOM subject: image name is empty'),
    );
    expect(() => writeCyclonedx(inventory, SUBJECT, { ...OPTIONS, toolVersion: '' })).toThrow(
      new InputError('SBOM options: tool version "" is empty or contains whitespace'),
    );
  });

  it('an unknown format or an -o without a file is named', () => {
    expect(() => parseSbomFormat('spdx-tag-value', '-o')).toThrow(
      new InputError('-o: unknown SBOM format "spdx-tag-value" (known: spdx-json, cyclonedx-json)'),
    );
    expect(() => parseSbomOutput('cyclonedx-json=')).toThrow(
      new InputError('-o: "cyclonedx-json=" names no file after "="'),
    );
    expect(parseSbomOutput('spdx-json')).toEqual({ format: 'spdx-json' });
    expect(parseSbomOutput('cyclonedx-json=out/a=b.json')).toEqual({
      format: 'cyclonedx-json',
      file: 'out/a=b.json',
    });
  });
});
