import { InputError } from '../../errors.js';
import { isDigest } from '../../oci/digest.js';
import type { SbomSubject } from '../formats/subject.js';
import type { Distro, Package } from '../model.js';
import { parsePurl } from '../purl.js';
import {
  closeContext,
  distroOf,
  locationsOfSourceInfo,
  newContext,
  packageFrom,
  type ReadOptions,
  type ReadSbom,
  type RecordContext,
} from './record.js';

// SPDX 2.2 and 2.3 JSON as syft, trivy and lading write them. Packages come
// from `packages[]` with their purl in `externalRefs` (category PACKAGE-MANAGER,
// or PACKAGE_MANAGER as 2.3 spells it); the described package with purpose
// CONTAINER (or a `pkg:oci` purl) is the image; a package with purpose
// OPERATING-SYSTEM is the distro. trivy puts the source package in annotations
// (`SrcName: openssl`), read like its CycloneDX properties.

const VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
const NOASSERTION = new Set(['NOASSERTION', 'NONE', '']);

type Obj = Record<string, unknown>;

export function readSpdx(doc: Obj, file: string, options: ReadOptions = {}): ReadSbom {
  const ctx = newContext(file, options);
  const fail = (field: string, why: string): never => {
    throw new InputError(`${file}: SPDX field ${field} ${why}`);
  };
  const version = doc.spdxVersion;
  if (typeof version !== 'string' || !VERSIONS.includes(version)) {
    fail('spdxVersion', `must be one of ${VERSIONS.join(', ')} (got ${show(version)})`);
  }
  if (doc.packages !== undefined && !Array.isArray(doc.packages)) fail('packages', 'must be an array');
  const raw = (doc.packages ?? []) as unknown[];
  const records = raw.map((p, i) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p))
      fail(`packages[${i}]`, `must be an object (got ${show(p)})`);
    const pkg = p as Obj;
    if (typeof pkg.name !== 'string') fail(`packages[${i}].name`, `must be a string (got ${show(pkg.name)})`);
    if (typeof pkg.SPDXID !== 'string' || pkg.SPDXID === '')
      fail(`packages[${i}].SPDXID`, `must be a non-empty string (got ${show(pkg.SPDXID)})`);
    return pkg;
  });

  const described = describedIds(doc, fail);
  let subject: SbomSubject | undefined;
  let distro: Distro | undefined;
  const skip = new Set<number>();
  records.forEach((p, i) => {
    const purpose = typeof p.primaryPackagePurpose === 'string' ? p.primaryPackagePurpose : '';
    const purl = purlOf(p, `packages[${i}]`, fail);
    if (purpose === 'OPERATING-SYSTEM') {
      skip.add(i);
      distro ??= distroOf(
        p.name as string,
        stringOr(p.versionInfo),
        stringOr(p.description) ?? stringOr(p.summary),
      );
      return;
    }
    const isOci = purl?.value.toLowerCase().startsWith('pkg:oci/') ?? false;
    if (purpose === 'CONTAINER' || (isOci && described.has(p.SPDXID as string))) {
      skip.add(i);
      subject ??= imageSubject(p, purl?.value);
    }
  });
  if (distro) ctx.distro = distro;

  const packages: Package[] = [];
  records.forEach((p, i) => {
    if (skip.has(i)) return;
    const purl = purlOf(p, `packages[${i}]`, fail);
    const declared = stringOr(p.licenseDeclared);
    const concluded = stringOr(p.licenseConcluded);
    const license = declared && !NOASSERTION.has(declared) ? declared : concluded;
    const pkg = packageFrom(
      {
        at: `SPDX field packages[${i}]`,
        purlAt: purl?.at ?? `packages[${i}].externalRefs`,
        name: p.name as string,
        ...(stringOr(p.versionInfo) ? { version: stringOr(p.versionInfo) as string } : {}),
        ...(purl ? { purl: purl.value } : {}),
        properties: annotationProperties(p),
        licenses: license && !NOASSERTION.has(license) ? [license] : [],
        locations: locationsOfSourceInfo(stringOr(p.sourceInfo)),
      },
      ctx,
    );
    if (pkg) packages.push(pkg);
  });
  if (!distro) distro = firstDistro(packages);
  return {
    format: 'spdx',
    specVersion: version as string,
    inventory: { packages, ...(distro ? { distro } : {}), warnings: closeContext(ctx) },
    ...(subject ? { subject } : {}),
  };
}

function describedIds(doc: Obj, fail: (field: string, why: string) => never): Set<string> {
  const out = new Set<string>();
  if (Array.isArray(doc.documentDescribes)) {
    for (const id of doc.documentDescribes) if (typeof id === 'string') out.add(id);
  }
  if (doc.relationships !== undefined) {
    if (!Array.isArray(doc.relationships)) fail('relationships', 'must be an array');
    for (const r of doc.relationships as unknown[]) {
      const rel = r as Obj | null;
      if (
        rel &&
        rel.relationshipType === 'DESCRIBES' &&
        rel.spdxElementId === 'SPDXRef-DOCUMENT' &&
        typeof rel.relatedSpdxElement === 'string'
      )
        out.add(rel.relatedSpdxElement);
    }
  }
  return out;
}

function purlOf(
  p: Obj,
  at: string,
  fail: (field: string, why: string) => never,
): { value: string; at: string } | undefined {
  if (p.externalRefs === undefined) return undefined;
  if (!Array.isArray(p.externalRefs)) fail(`${at}.externalRefs`, 'must be an array');
  const refs = p.externalRefs as unknown[];
  for (let j = 0; j < refs.length; j++) {
    const ref = refs[j] as Obj | null;
    if (typeof ref !== 'object' || ref === null) fail(`${at}.externalRefs[${j}]`, 'must be an object');
    if (ref.referenceType !== 'purl') continue;
    if (typeof ref.referenceLocator !== 'string' || ref.referenceLocator.trim() === '') {
      fail(`${at}.externalRefs[${j}].referenceLocator`, `must be a purl (got ${show(ref.referenceLocator)})`);
    }
    return {
      value: (ref.referenceLocator as string).trim(),
      at: `SPDX field ${at}.externalRefs[${j}].referenceLocator`,
    };
  }
  return undefined;
}

/** trivy writes `Key: value` annotations; they become properties named as in its CycloneDX. */
function annotationProperties(p: Obj): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(p.annotations)) return out;
  for (const a of p.annotations as unknown[]) {
    const comment = (a as Obj | null)?.comment;
    if (typeof comment !== 'string') continue;
    const m = /^(\w+): (.+)$/.exec(comment.trim());
    if (m) out.set(`aquasecurity:trivy:${m[1]}`, (m[2] as string).trim());
  }
  return out;
}

function imageSubject(p: Obj, purl: string | undefined): SbomSubject | undefined {
  let digest: string | undefined;
  let tag: string | undefined;
  let name = typeof p.name === 'string' ? p.name : '';
  if (purl) {
    try {
      const parsed = parsePurl(purl);
      if (parsed.version && isDigest(parsed.version)) digest = parsed.version;
      const q = (parsed.qualifiers ?? {}) as Record<string, string>;
      tag = q.tag;
      if (q.repository_url) name = q.repository_url;
    } catch {
      // The purl is checked where packages are read; a bad image purl only costs the digest.
    }
  }
  const version = stringOr(p.versionInfo);
  if (!digest && version && isDigest(version)) digest = version;
  if (!digest && Array.isArray(p.checksums)) {
    for (const c of p.checksums as Obj[]) {
      if (c?.algorithm === 'SHA256' && typeof c.checksumValue === 'string')
        digest = `sha256:${c.checksumValue.toLowerCase()}`;
    }
  }
  if (!digest || !isDigest(digest)) return undefined;
  // syft names the image as the user typed it (`alpine:3.20`); the subject's name has no tag.
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag ??= name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { kind: 'image', name: name || 'image', digest, ...(tag ? { tag } : {}) };
}

/** Without an OS package, the distro of the first OS package's purl stands for the document's. */
export function firstDistro(packages: readonly Package[]): Distro | undefined {
  return packages.find((p) => p.distro)?.distro;
}

function stringOr(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export type { RecordContext };
