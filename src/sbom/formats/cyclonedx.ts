import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { hexOf } from '../../oci/digest.js';
import type { Distro, Inventory, License, Package } from '../model.js';
import {
  canonicalJson,
  compareText,
  nameBasedUuid,
  type OrderedPackage,
  orderPackages,
  packageKey,
  sha256Hex,
  timestamp,
} from './identity.js';
import {
  checkOptions,
  checkSubject,
  digestAlgorithm,
  imagePurl,
  platformText,
  type SbomSubject,
  type SbomWriteOptions,
} from './subject.js';

// CycloneDX 1.6 JSON, shaped like syft's output where the spec leaves a choice:
// the image is `metadata.component` (type container, digest as version and
// hash), each inventory package a `library` component whose bom-ref is its purl,
// the distro an `operating-system` component, and where a package was found goes
// in `lading:` properties as syft puts it in `syft:` ones.

const SPDX_IDS = new Set(licenseIds as string[]);

interface CdxProperty {
  name: string;
  value: string;
}

type CdxLicenseChoice =
  | { license: { id: string; acknowledgement: 'declared' } }
  | { license: { name: string; acknowledgement: 'declared' } }
  | { expression: string; acknowledgement: 'declared' };

interface CdxComponent {
  'bom-ref': string;
  type: 'library' | 'operating-system' | 'container' | 'file';
  supplier?: { name: string };
  publisher?: string;
  name: string;
  version?: string;
  description?: string;
  hashes?: { alg: string; content: string }[];
  licenses?: CdxLicenseChoice[];
  purl?: string;
  externalReferences?: { type: 'website'; url: string }[];
  properties?: CdxProperty[];
}

/**
 * A vulnerability as CycloneDX 1.6 writes it (`vulnerabilities[]`), filled by
 * the scan step; `affects[].ref` must be a bom-ref this document gives, which
 * the writer hands to the caller through `refOf`.
 */
export interface CdxVulnerability {
  'bom-ref'?: string;
  id: string;
  affects: { ref: string }[];
  [field: string]: unknown;
}

export interface CycloneDxOptions extends SbomWriteOptions {
  /**
   * Extension point for the scan step: called once the components have their
   * bom-refs; `refOf` gives the bom-ref of an inventory package (the same
   * object or an equal one), undefined for a package not in the inventory.
   */
  vulnerabilities?: (refOf: (pkg: Package) => string | undefined) => readonly CdxVulnerability[];
}

export interface CycloneDxDocument {
  $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json';
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: 1;
  metadata: {
    timestamp: string;
    tools: { components: { type: 'application'; name: string; version: string }[] };
    component: CdxComponent;
  };
  components: CdxComponent[];
  dependencies: { ref: string; dependsOn: string[] }[];
  vulnerabilities?: CdxVulnerability[];
}

/** CycloneDX 1.6 JSON text (two-space indented, trailing newline) describing `subject`. */
export function writeCyclonedx(
  inventory: Inventory,
  subject: SbomSubject,
  options: CycloneDxOptions,
): string {
  return `${JSON.stringify(buildCyclonedx(inventory, subject, options), null, 2)}\n`;
}

/** The BOM as an object, for callers that embed it (an in-toto statement's predicate). */
export function buildCyclonedx(
  inventory: Inventory,
  subject: SbomSubject,
  options: CycloneDxOptions,
): CycloneDxDocument {
  checkSubject(subject);
  checkOptions(options);
  const created = timestamp(options.created, `CycloneDX BOM for ${subject.name}`);
  const root = rootComponent(subject);
  const components: CdxComponent[] = [];
  if (inventory.distro) components.push(distroComponent(inventory.distro));
  const ordered = orderPackages(inventory.packages);
  const refs = bomRefs(ordered, new Set([root['bom-ref'], ...components.map((c) => c['bom-ref'])]));
  for (const entry of ordered) components.push(packageComponent(entry, refs.get(entry.key) as string));

  const bom: CycloneDxDocument = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: '',
    version: 1,
    metadata: {
      timestamp: created,
      tools: { components: [{ type: 'application', name: 'lading', version: options.toolVersion }] },
      component: root,
    },
    components,
    dependencies: [
      { ref: root['bom-ref'], dependsOn: components.map((c) => c['bom-ref']).sort(compareText) },
    ],
  };
  if (options.vulnerabilities) {
    const refOf = (pkg: Package) => refs.get(packageKey(pkg));
    const vulnerabilities = [...options.vulnerabilities(refOf)].sort(
      (a, b) => compareText(a.id, b.id) || compareText(canonicalJson(a), canonicalJson(b)),
    );
    if (vulnerabilities.length > 0) bom.vulnerabilities = vulnerabilities;
  }
  // Derived from everything but the timestamp: a rerun on the same image gives the same serial number.
  const content = canonicalJson({ ...bom, metadata: { ...bom.metadata, timestamp: undefined } });
  bom.serialNumber = `urn:uuid:${nameBasedUuid(`urn:lading:cyclonedx:${sha256Hex(content)}:${options.namespaceSeed ?? ''}`)}`;
  return bom;
}

function rootComponent(subject: SbomSubject): CdxComponent {
  if (subject.kind === 'directory') {
    return { 'bom-ref': `lading:directory:${subject.name}`, type: 'file', name: subject.name };
  }
  const purl = imagePurl(subject);
  const component: CdxComponent = {
    'bom-ref': purl,
    type: 'container',
    name: subject.name,
    version: subject.digest,
    hashes: [{ alg: digestAlgorithm(subject.digest).cyclonedx, content: hexOf(subject.digest) }],
    purl,
  };
  const properties: CdxProperty[] = [];
  if (subject.tag) properties.push({ name: 'lading:image:tag', value: subject.tag });
  if (subject.platform)
    properties.push({ name: 'lading:image:platform', value: platformText(subject.platform) });
  if (properties.length > 0) component.properties = properties;
  return component;
}

function distroComponent(distro: Distro): CdxComponent {
  const version = distro.versionId ?? distro.versionCodename;
  const component: CdxComponent = {
    'bom-ref': `lading:os:${distro.id}${version ? `@${version}` : ''}`,
    type: 'operating-system',
    name: distro.id,
  };
  if (version) component.version = version;
  component.description = distro.prettyName;
  const properties: CdxProperty[] = [];
  if (distro.versionCodename)
    properties.push({ name: 'lading:distro:versionCodename', value: distro.versionCodename });
  if (distro.idLike && distro.idLike.length > 0) {
    properties.push({ name: 'lading:distro:idLike', value: distro.idLike.join(' ') });
  }
  if (properties.length > 0) component.properties = properties;
  return component;
}

/**
 * bom-refs: the purl where it is unique in the document (what syft and most
 * consumers expect), else the purl with a `package-id` qualifier taken from the
 * package's content, so two copies of one npm package in different directories
 * stay two components with stable references.
 */
function bomRefs(ordered: readonly OrderedPackage[], taken: Set<string>): Map<string, string> {
  const count = new Map<string, number>();
  for (const { pkg } of ordered) count.set(pkg.purl, (count.get(pkg.purl) ?? 0) + 1);
  const refs = new Map<string, string>();
  for (const { pkg, key } of ordered) {
    let ref =
      pkg.purl && count.get(pkg.purl) === 1 && !taken.has(pkg.purl)
        ? pkg.purl
        : withPackageId(pkg.purl, key, 16);
    if (taken.has(ref)) ref = withPackageId(pkg.purl, key, 64);
    taken.add(ref);
    refs.set(key, ref);
  }
  return refs;
}

function withPackageId(purl: string, key: string, length: number): string {
  const id = `package-id=${key.slice(0, length)}`;
  if (!purl) return `lading:package:${key.slice(0, length)}`;
  const hash = purl.indexOf('#');
  const [base, subpath] = hash === -1 ? [purl, ''] : [purl.slice(0, hash), purl.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${id}${subpath}`;
}

function packageComponent({ pkg }: OrderedPackage, ref: string): CdxComponent {
  const vendor = stringMetadata(pkg, 'vendor');
  const maintainer = stringMetadata(pkg, 'maintainer');
  const description = stringMetadata(pkg, 'description');
  const url = stringMetadata(pkg, 'url');
  const licenses = licenseChoices(pkg.licenses);
  return {
    'bom-ref': ref,
    type: 'library',
    ...(vendor ? { supplier: { name: vendor } } : {}),
    ...(maintainer ? { publisher: maintainer } : {}),
    name: pkg.name,
    version: pkg.version,
    ...(description ? { description } : {}),
    ...(licenses.length > 0 ? { licenses } : {}),
    ...(pkg.purl ? { purl: pkg.purl } : {}),
    ...(url && /^https?:\/\/\S+$/.test(url)
      ? { externalReferences: [{ type: 'website' as const, url }] }
      : {}),
    properties: properties(pkg),
  };
}

function properties(pkg: Package): CdxProperty[] {
  const out: CdxProperty[] = [{ name: 'lading:package:type', value: pkg.type }];
  if (pkg.arch) out.push({ name: 'lading:package:arch', value: pkg.arch });
  if (pkg.source) {
    out.push({ name: 'lading:package:sourceName', value: pkg.source.name });
    out.push({ name: 'lading:package:sourceVersion', value: pkg.source.version });
  }
  pkg.locations.forEach((location, i) => {
    out.push({ name: `lading:location:${i}:path`, value: `/${location.path}` });
    if (location.layer) out.push({ name: `lading:location:${i}:layerDigest`, value: location.layer });
  });
  for (const [key, value] of Object.entries(pkg.metadata ?? {}).sort(([a], [b]) => compareText(a, b))) {
    // Already fields of the component above.
    if (key === 'description' || key === 'maintainer' || key === 'vendor' || key === 'url') continue;
    out.push({ name: `lading:metadata:${key}`, value: String(value) });
  }
  return out;
}

function stringMetadata(pkg: Package, field: string): string | undefined {
  const value = pkg.metadata?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * CycloneDX allows either a list of single licences or exactly one expression,
 * never both. A single SPDX id becomes `license.id`; a licence lading could not
 * map becomes `license.name` with the text the package declared; a compound
 * expression of known ids becomes `expression` (all declared licences ANDed when
 * there are several). When known expressions and unknown names meet, each
 * compound expression is kept as a `license.name` so no declaration is lost.
 */
function licenseChoices(licenses: readonly License[]): CdxLicenseChoice[] {
  const usable = uniqueBy(
    licenses.filter((l) => l.spdx.trim() !== '' || l.declared.trim() !== ''),
    (l) => (l.known ? l.spdx.trim() : `?${l.declared.trim()}`),
  );
  if (usable.length === 0) return [];
  const isSingleId = (l: License) => l.known && SPDX_IDS.has(l.spdx.trim());
  const needsExpression = usable.some((l) => l.known && !isSingleId(l));
  if (needsExpression && usable.every((l) => l.known)) {
    const parts = usable.map((l) => l.spdx.trim());
    const expression =
      parts.length === 1
        ? (parts[0] as string)
        : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
    return [{ expression, acknowledgement: 'declared' }];
  }
  return usable.map((l) =>
    isSingleId(l)
      ? { license: { id: l.spdx.trim(), acknowledgement: 'declared' as const } }
      : {
          license: {
            name: l.known ? l.spdx.trim() : l.declared.trim() || l.spdx.trim(),
            acknowledgement: 'declared' as const,
          },
        },
  );
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
