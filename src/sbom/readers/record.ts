import type { PackageURL } from 'packageurl-js';
import { InputError } from '../../errors.js';
import { isDigest } from '../../oci/digest.js';
import type { SbomSubject } from '../formats/subject.js';
import { normaliseLicenses } from '../license.js';
import type {
  CatalogWarning,
  Distro,
  Inventory,
  Location,
  Package,
  PackageType,
  SourcePackage,
} from '../model.js';
import { normalisePath } from '../model.js';
import { parsePurl } from '../purl.js';
import { parseSourceRpm } from '../rpmdb/header.js';

// What both SBOM readers share: one package record of a foreign SBOM (syft,
// trivy, cdxgen, lading) turned into the Inventory model. The purl decides the
// type, version, arch and distro; the source package comes from whichever of
// the tools' conventions is present, lading's own first:
//   lading:package:sourceName / sourceVersion   (lading's CycloneDX)
//   aquasecurity:trivy:SrcName / SrcVersion / SrcRelease / SrcEpoch   (trivy)
//   syft:metadata:originPackage (apk), syft:metadata:source / sourceVersion (deb),
//   syft:metadata:sourceRpm (rpm)   (syft's CycloneDX)
//   purl `upstream=` (syft and lading, both formats)
// apk and deb packages without any of these are their own source, as the
// catalogers record them.

const PURL_TYPES: Record<string, PackageType> = {
  apk: 'apk',
  deb: 'deb',
  rpm: 'rpm',
  npm: 'npm',
  pypi: 'pypi',
  golang: 'golang',
  maven: 'maven',
  gem: 'gem',
  cargo: 'cargo',
  composer: 'composer',
  nuget: 'nuget',
};

/** os-release IDs for the distro names tools put in purls (`redhat` namespace, trivy's `alma`). */
const DISTRO_IDS: Record<string, string> = {
  redhat: 'rhel',
  alma: 'almalinux',
  'opensuse.leap': 'opensuse-leap',
  'suse linux enterprise server': 'sles',
};

/** One SBOM document read into the model. */
export interface ReadSbom {
  format: 'spdx' | 'cyclonedx';
  /** `SPDX-2.3`, `1.6`. */
  specVersion: string;
  inventory: Inventory;
  /** The image the document describes, when it names one by digest. */
  subject?: SbomSubject;
}

export interface RawPackage {
  /** Where the record is in the document, for messages: `packages[3]`, `components[2]`. */
  at: string;
  /** Field path of the purl, for messages. */
  purlAt: string;
  name?: string;
  version?: string;
  purl?: string;
  /** Tool properties by name (CycloneDX properties, trivy's SPDX annotations). */
  properties: ReadonlyMap<string, string>;
  licenses: string[];
  locations: Location[];
}

/** Reader state for one document: where warnings go and what the document-level distro is. */
export interface RecordContext {
  file: string;
  distro?: Distro;
  warnings: CatalogWarning[];
  /** Purl types seen that lading cannot match, with counts: one warning each at the end. */
  unknownTypes: Map<string, number>;
  withoutPurl: number;
  /** Normalise licences to SPDX expressions (the costliest part of a read); false leaves every package without. */
  licenses: boolean;
}

/** How much of each package to read. */
export interface ReadOptions {
  /** Default true. A scan that writes no SBOM back has no use for them. */
  licenses?: boolean;
}

export function newContext(file: string, options: ReadOptions = {}): RecordContext {
  return { file, warnings: [], unknownTypes: new Map(), withoutPurl: 0, licenses: options.licenses ?? true };
}

/** The warnings that sum up skipped records, added once the document is read. */
export function closeContext(ctx: RecordContext): CatalogWarning[] {
  const out = [...ctx.warnings];
  for (const [type, n] of [...ctx.unknownTypes].sort()) {
    out.push({
      path: ctx.file,
      message: `${ctx.file}: ${n} package(s) of purl type "${type}" skipped: lading has no advisory ecosystem for them`,
    });
  }
  if (ctx.withoutPurl > 0) {
    out.push({
      path: ctx.file,
      message: `${ctx.file}: ${ctx.withoutPurl} package(s) without a purl skipped: they cannot be matched`,
    });
  }
  return out;
}

function fail(ctx: RecordContext, field: string, why: string): never {
  throw new InputError(`${ctx.file}: ${field} ${why}`);
}

/** A package of the model, or undefined when the record cannot be matched (counted in `ctx`). */
export function packageFrom(raw: RawPackage, ctx: RecordContext): Package | undefined {
  if (!raw.purl) {
    ctx.withoutPurl++;
    return undefined;
  }
  let purl: PackageURL;
  try {
    purl = parsePurl(raw.purl);
  } catch (err) {
    fail(ctx, raw.purlAt, `is not a valid purl: ${err instanceof Error ? err.message : String(err)}`);
  }
  const type = PURL_TYPES[purl.type];
  if (!type) {
    // The image itself (pkg:oci, pkg:docker) is the subject, not a package.
    if (purl.type !== 'oci' && purl.type !== 'docker') {
      ctx.unknownTypes.set(purl.type, (ctx.unknownTypes.get(purl.type) ?? 0) + 1);
    }
    return undefined;
  }
  const q = (purl.qualifiers ?? {}) as Record<string, string>;
  let version = purl.version ?? raw.version;
  if (!version) fail(ctx, `${raw.at}`, `(${raw.purl}) has no version, in its purl or its version field`);
  if (type === 'rpm' && q.epoch && q.epoch !== '0' && !/^\d+:/.test(version)) {
    version = `${q.epoch}:${version}`;
  }
  const name = type === 'apk' || type === 'deb' || type === 'rpm' ? purl.name : (raw.name ?? purl.name);
  const pkg: Package = {
    name: name.trim() || purl.name,
    version,
    type,
    purl: raw.purl,
    licenses: ctx.licenses ? normaliseLicenses(raw.licenses) : [],
    locations: raw.locations,
  };
  if (q.arch) pkg.arch = q.arch;
  if (type === 'apk' || type === 'deb' || type === 'rpm') {
    const distro = distroOfPurl(purl) ?? ctx.distro;
    if (distro) pkg.distro = distro;
    const source = sourceOf(type, pkg, q.upstream, raw.properties);
    if (source) pkg.source = source;
  }
  return pkg;
}

/** A distro from the purl's `distro=` qualifier: syft's `alpine-3.20.3`, trivy's `3.20.3` (id from the namespace). */
export function distroOfPurl(purl: PackageURL): Distro | undefined {
  const value = ((purl.qualifiers ?? {}) as Record<string, string>).distro;
  if (!value) return undefined;
  const m = /^(.+?)-(\d[\w.~+-]*)$/.exec(value);
  if (m) return distroOf(m[1] as string, m[2] as string);
  if (/^\d/.test(value) && purl.namespace) return distroOf(purl.namespace, value);
  // A codename (`debian-bookworm`) or a bare id: no version, which the matcher reports.
  const named = /^(.+?)-([a-z]+)$/.exec(value);
  if (named) return { ...distroOf(named[1] as string, undefined), versionCodename: named[2] as string };
  return distroOf(value, undefined);
}

export function distroOf(idText: string, versionId: string | undefined, prettyName?: string): Distro {
  const lower = idText.trim().toLowerCase();
  const id = DISTRO_IDS[lower] ?? lower.replace(/\s+/g, '-');
  const distro: Distro = { id, prettyName: prettyName?.trim() || `${id}${versionId ? ` ${versionId}` : ''}` };
  if (versionId) distro.versionId = versionId;
  return distro;
}

function sourceOf(
  type: 'apk' | 'deb' | 'rpm',
  pkg: Package,
  upstream: string | undefined,
  props: ReadonlyMap<string, string>,
): SourcePackage | undefined {
  const ladingName = props.get('lading:package:sourceName');
  if (ladingName)
    return { name: ladingName, version: props.get('lading:package:sourceVersion') ?? pkg.version };

  const trivyName = props.get('aquasecurity:trivy:SrcName');
  if (trivyName) {
    let version = props.get('aquasecurity:trivy:SrcVersion') ?? pkg.version;
    const release = props.get('aquasecurity:trivy:SrcRelease');
    const epoch = props.get('aquasecurity:trivy:SrcEpoch');
    if (release) version = `${version}-${release}`;
    if (epoch && epoch !== '0' && !/^\d+:/.test(version)) version = `${epoch}:${version}`;
    return { name: trivyName, version };
  }

  if (type === 'apk') {
    const origin = props.get('syft:metadata:originPackage') ?? upstream;
    return { name: origin || pkg.name, version: pkg.version };
  }
  if (type === 'deb') {
    const syftName = props.get('syft:metadata:source');
    if (syftName) return { name: syftName, version: props.get('syft:metadata:sourceVersion') || pkg.version };
    if (upstream) {
      const at = upstream.indexOf('@');
      return at === -1
        ? { name: upstream, version: pkg.version }
        : { name: upstream.slice(0, at), version: upstream.slice(at + 1) };
    }
    return { name: pkg.name, version: pkg.version };
  }
  const sourceRpm = props.get('syft:metadata:sourceRpm') ?? upstream;
  const parsed = sourceRpm ? parseSourceRpm(sourceRpm) : undefined;
  if (!parsed) return undefined;
  const epoch = /^(\d+):/.exec(pkg.version)?.[1];
  return { name: parsed.name, version: epoch ? `${epoch}:${parsed.version}` : parsed.version };
}

/**
 * Locations from tool properties: `syft:location:N:path`, `lading:location:N:path`
 * (+ `:layerDigest`), trivy's `aquasecurity:trivy:FilePath`, cdxgen's `SrcFile`.
 */
export function locationsOfProperties(props: ReadonlyMap<string, string>): Location[] {
  const out: Location[] = [];
  for (const [key, value] of props) {
    const m = /^(syft|lading):location:(\d+):path$/.exec(key);
    if (!m) continue;
    const layer = props.get(`lading:location:${m[2]}:layerDigest`);
    out.push(
      layer && isDigest(layer) ? { path: normalisePath(value), layer } : { path: normalisePath(value) },
    );
  }
  for (const key of ['aquasecurity:trivy:FilePath', 'SrcFile']) {
    const value = props.get(key);
    if (value && !out.some((l) => l.path === normalisePath(value))) out.push({ path: normalisePath(value) });
  }
  return out;
}

/** Locations written into SPDX `sourceInfo`: `acquired package info from APK DB: /lib/apk/db/installed`. */
export function locationsOfSourceInfo(text: string | undefined): Location[] {
  if (!text) return [];
  const out: Location[] = [];
  for (const m of text.matchAll(/(\/[^\s,()]+)(?: \(layer ((?:sha256|sha512):[0-9a-f]+)\))?/g)) {
    const path = normalisePath(m[1] as string);
    const layer = m[2];
    out.push(layer && isDigest(layer) ? { path, layer } : { path });
  }
  return out;
}
