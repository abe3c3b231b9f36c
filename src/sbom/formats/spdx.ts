import { hexOf } from '../../oci/digest.js';
import type { Distro, Inventory, License, Location, Package } from '../model.js';
import {
  canonicalJson,
  compareText,
  idstring,
  nameBasedUuid,
  type OrderedPackage,
  orderPackages,
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

// SPDX 2.3 JSON, shaped like syft's output where the spec leaves a choice so
// that tools which read syft SBOMs read ours: the image is the described
// package (purpose CONTAINER, manifest digest as checksum and purl version),
// each inventory package is CONTAINED by it, licences are declared (lading
// reads declarations, it concludes nothing), and every LicenseRef used is
// defined in hasExtractedLicensingInfos, as the spec requires.

const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';

interface SpdxChecksum {
  algorithm: string;
  checksumValue: string;
}

interface SpdxExternalRef {
  referenceCategory: 'PACKAGE-MANAGER';
  referenceType: 'purl';
  referenceLocator: string;
}

interface SpdxPackage {
  name: string;
  SPDXID: string;
  versionInfo?: string;
  supplier: string;
  originator?: string;
  downloadLocation: string;
  filesAnalyzed: false;
  checksums?: SpdxChecksum[];
  homepage?: string;
  sourceInfo?: string;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  description?: string;
  comment?: string;
  externalRefs?: SpdxExternalRef[];
  primaryPackagePurpose?: 'CONTAINER' | 'SOURCE' | 'OPERATING-SYSTEM';
}

interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: 'DESCRIBES' | 'CONTAINS';
  relatedSpdxElement: string;
}

interface SpdxExtractedLicense {
  licenseId: string;
  extractedText: string;
  name: string;
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: typeof DOCUMENT_ID;
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  documentDescribes: string[];
  packages: SpdxPackage[];
  hasExtractedLicensingInfos?: SpdxExtractedLicense[];
  relationships: SpdxRelationship[];
}

/** SPDX 2.3 JSON text (two-space indented, trailing newline) describing `subject`. */
export function writeSpdx(inventory: Inventory, subject: SbomSubject, options: SbomWriteOptions): string {
  return `${JSON.stringify(buildSpdx(inventory, subject, options), null, 2)}\n`;
}

/** The document as an object, for callers that embed it (an in-toto statement's predicate). */
export function buildSpdx(
  inventory: Inventory,
  subject: SbomSubject,
  options: SbomWriteOptions,
): SpdxDocument {
  checkSubject(subject);
  checkOptions(options);
  const created = timestamp(options.created, `SPDX document for ${subject.name}`);
  const root = rootPackage(subject);
  const packages: SpdxPackage[] = [root];
  const relationships: SpdxRelationship[] = [
    { spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: root.SPDXID },
  ];
  if (inventory.distro) {
    const os = distroPackage(inventory.distro);
    packages.push(os);
    relationships.push({
      spdxElementId: root.SPDXID,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: os.SPDXID,
    });
  }
  const licenses = new LicenseRefs();
  const ids = new Set(packages.map((p) => p.SPDXID));
  for (const ordered of orderPackages(inventory.packages)) {
    const pkg = inventoryPackage(ordered, ids, licenses);
    packages.push(pkg);
    relationships.push({
      spdxElementId: root.SPDXID,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: pkg.SPDXID,
    });
  }
  const extracted = licenses.definitions();
  const name = documentName(subject);
  // The namespace names this content about this subject: a different image or
  // a different package set gives a different namespace, a rerun the same one.
  const contentHash = sha256Hex(canonicalJson({ packages, relationships, extracted }));
  const uuid = nameBasedUuid(`urn:lading:spdx:${contentHash}:${options.namespaceSeed ?? ''}`);
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: DOCUMENT_ID,
    name,
    documentNamespace: `https://spdx.org/spdxdocs/lading/${idstring(name) || 'sbom'}-${uuid}`,
    creationInfo: { created, creators: [`Tool: lading-${options.toolVersion}`] },
    documentDescribes: [root.SPDXID],
    packages,
    ...(extracted.length > 0 ? { hasExtractedLicensingInfos: extracted } : {}),
    relationships,
  };
}

function documentName(subject: SbomSubject): string {
  if (subject.kind === 'directory') return subject.name;
  return subject.tag ? `${subject.name}:${subject.tag}` : subject.name;
}

function lastSegment(name: string): string {
  const parts = name.split('/');
  return parts[parts.length - 1] ?? name;
}

function rootPackage(subject: SbomSubject): SpdxPackage {
  if (subject.kind === 'directory') {
    return {
      name: subject.name,
      SPDXID: `SPDXRef-DocumentRoot-Directory-${idstring(subject.name) || 'root'}`,
      supplier: NOASSERTION,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      primaryPackagePurpose: 'SOURCE',
    };
  }
  const pkg: SpdxPackage = {
    name: subject.name,
    SPDXID: `SPDXRef-DocumentRoot-Image-${idstring(lastSegment(subject.name)) || 'image'}`,
    versionInfo: subject.digest,
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    checksums: [{ algorithm: digestAlgorithm(subject.digest).spdx, checksumValue: hexOf(subject.digest) }],
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    externalRefs: [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: imagePurl(subject) },
    ],
    primaryPackagePurpose: 'CONTAINER',
  };
  if (subject.platform) pkg.comment = `platform ${platformText(subject.platform)}`;
  return pkg;
}

function distroPackage(distro: Distro): SpdxPackage {
  const version = distro.versionId ?? distro.versionCodename;
  return {
    name: distro.id,
    SPDXID: `SPDXRef-OperatingSystem-${idstring([distro.id, version].filter(Boolean).join('-')) || 'os'}`,
    ...(version ? { versionInfo: version } : {}),
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    description: distro.prettyName,
    primaryPackagePurpose: 'OPERATING-SYSTEM',
  };
}

function inventoryPackage(
  { pkg, key }: OrderedPackage,
  ids: Set<string>,
  licenses: LicenseRefs,
): SpdxPackage {
  // Name and type keep the id readable; the content key keeps it unique and
  // independent of where the package sits in the inventory.
  let id = `SPDXRef-Package-${idstring(pkg.type)}-${idstring(pkg.name).slice(0, 64) || 'package'}-${key.slice(0, 16)}`;
  if (ids.has(id)) id = `${id}${key.slice(16)}`;
  ids.add(id);
  const originator = originatorOf(pkg);
  const homepage = stringMetadata(pkg, 'url');
  const description = stringMetadata(pkg, 'description');
  return {
    name: pkg.name,
    SPDXID: id,
    versionInfo: pkg.version,
    supplier: supplierOf(pkg),
    ...(originator ? { originator } : {}),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    ...(homepage && /^https?:\/\/\S+$/.test(homepage) ? { homepage } : {}),
    ...(pkg.locations.length > 0
      ? { sourceInfo: `acquired package info from ${pkg.locations.map(where).join(', ')}` }
      : {}),
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenses.declare(pkg.licenses),
    copyrightText: NOASSERTION,
    ...(description ? { description } : {}),
    ...(pkg.purl
      ? {
          externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
          ],
        }
      : {}),
  };
}

function where(location: Location): string {
  return location.layer ? `/${location.path} (layer ${location.layer})` : `/${location.path}`;
}

function stringMetadata(pkg: Package, field: string): string | undefined {
  const value = pkg.metadata?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/** The vendor that shipped the package (rpm `Vendor:`), as SPDX's `Organization:` agent. */
function supplierOf(pkg: Package): string {
  const vendor = stringMetadata(pkg, 'vendor');
  return vendor ? `Organization: ${vendor}` : NOASSERTION;
}

/** The maintainer (apk `m:`, dpkg `Maintainer:`) in SPDX's `Person: name (email)` form. */
function originatorOf(pkg: Package): string | undefined {
  const maintainer = stringMetadata(pkg, 'maintainer');
  if (!maintainer) return undefined;
  const m = /^(.*?)\s*<([^<>]+)>$/.exec(maintainer);
  return m ? `Person: ${m[1] || m[2]} (${m[2]})` : `Person: ${maintainer}`;
}

/**
 * Licences of one package as one declared expression (several declared
 * licences all apply: AND), and the LicenseRefs the document must define.
 */
class LicenseRefs {
  private readonly texts = new Map<string, Set<string>>();

  declare(licenses: readonly License[]): string {
    const usable = licenses.filter((l) => l.spdx.trim() !== '');
    if (usable.length === 0) return NOASSERTION;
    const expressions = [...new Set(usable.map((l) => l.spdx.trim()))];
    for (const l of usable) {
      for (const ref of l.spdx.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) {
        const set = this.texts.get(ref) ?? new Set<string>();
        set.add(l.declared.trim() || ref);
        this.texts.set(ref, set);
      }
    }
    if (expressions.length === 1) return expressions[0] as string;
    return expressions.map((e) => (/\s/.test(e) ? `(${e})` : e)).join(' AND ');
  }

  definitions(): SpdxExtractedLicense[] {
    return [...this.texts.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([licenseId, texts]) => ({
        licenseId,
        extractedText: [...texts].sort(compareText).join('\n'),
        name: licenseId.slice('LicenseRef-'.length),
      }));
  }
}
