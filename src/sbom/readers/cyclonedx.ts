import { InputError } from '../../errors.js';
import { isDigest } from '../../oci/digest.js';
import type { SbomSubject } from '../formats/subject.js';
import type { Distro, Package } from '../model.js';
import { parsePurl } from '../purl.js';
import {
  closeContext,
  distroOf,
  locationsOfProperties,
  newContext,
  packageFrom,
  type ReadOptions,
  type ReadSbom,
} from './record.js';
import { firstDistro, show } from './spdx.js';

// CycloneDX 1.4–1.6 JSON as syft, trivy, cdxgen and lading write them.
// Components are read depth first (cdxgen nests them); the `operating-system`
// component is the distro, `metadata.component` of type container the image;
// tool properties (`syft:…`, `aquasecurity:trivy:…`, `lading:…`) give the
// source package and where a package was found.

const VERSIONS = ['1.4', '1.5', '1.6'];

type Obj = Record<string, unknown>;

export function readCyclonedx(doc: Obj, file: string, options: ReadOptions = {}): ReadSbom {
  const ctx = newContext(file, options);
  const fail = (field: string, why: string): never => {
    throw new InputError(`${file}: CycloneDX field ${field} ${why}`);
  };
  if (doc.bomFormat !== 'CycloneDX') fail('bomFormat', `must be "CycloneDX" (got ${show(doc.bomFormat)})`);
  const version = doc.specVersion;
  if (typeof version !== 'string' || !VERSIONS.includes(version)) {
    fail('specVersion', `must be one of ${VERSIONS.join(', ')} (got ${show(version)})`);
  }
  const flat: { c: Obj; at: string }[] = [];
  const walk = (list: unknown, at: string): void => {
    if (list === undefined) return;
    if (!Array.isArray(list)) fail(at, 'must be an array');
    (list as unknown[]).forEach((c, i) => {
      const here = `${at}[${i}]`;
      if (typeof c !== 'object' || c === null || Array.isArray(c))
        fail(here, `must be an object (got ${show(c)})`);
      const comp = c as Obj;
      if (typeof comp.name !== 'string') fail(`${here}.name`, `must be a string (got ${show(comp.name)})`);
      if (typeof comp.type !== 'string') fail(`${here}.type`, `must be a string (got ${show(comp.type)})`);
      if (comp.purl !== undefined && typeof comp.purl !== 'string')
        fail(`${here}.purl`, `must be a string (got ${show(comp.purl)})`);
      if (comp.properties !== undefined && !Array.isArray(comp.properties))
        fail(`${here}.properties`, 'must be an array');
      flat.push({ c: comp, at: here });
      walk(comp.components, `${here}.components`);
    });
  };
  walk(doc.components, 'components');

  const metadata = (typeof doc.metadata === 'object' && doc.metadata !== null ? doc.metadata : {}) as Obj;
  const root = metadata.component as Obj | undefined;
  const subject = root && root.type === 'container' ? imageSubject(root) : undefined;

  let distro: Distro | undefined;
  for (const { c } of flat) {
    if (c.type !== 'operating-system') continue;
    distro = distroOf(
      c.name as string,
      typeof c.version === 'string' && c.version ? c.version : undefined,
      typeof c.description === 'string' ? c.description : undefined,
    );
    break;
  }
  if (distro) ctx.distro = distro;

  const packages: Package[] = [];
  for (const { c, at } of flat) {
    if (c.type === 'operating-system' || c.type === 'container' || c.type === 'file') continue;
    const props = propertiesOf(c);
    const pkg = packageFrom(
      {
        at: `CycloneDX field ${at}`,
        purlAt: `CycloneDX field ${at}.purl`,
        name: componentName(c),
        ...(typeof c.version === 'string' && c.version ? { version: c.version } : {}),
        ...(typeof c.purl === 'string' && c.purl.trim() ? { purl: c.purl.trim() } : {}),
        properties: props,
        licenses: licensesOf(c),
        locations: locationsOfProperties(props),
      },
      ctx,
    );
    if (pkg) packages.push(pkg);
  }
  if (!distro) distro = firstDistro(packages);
  return {
    format: 'cyclonedx',
    specVersion: version as string,
    inventory: { packages, ...(distro ? { distro } : {}), warnings: closeContext(ctx) },
    ...(subject ? { subject } : {}),
  };
}

/** CycloneDX splits Maven and npm scopes into `group`; the model's name carries them as the ecosystem writes them. */
function componentName(c: Obj): string {
  const name = c.name as string;
  const group = typeof c.group === 'string' ? c.group : '';
  if (!group) return name;
  const purl = typeof c.purl === 'string' ? c.purl : '';
  if (purl.startsWith('pkg:npm/')) return `${group}/${name}`;
  if (purl.startsWith('pkg:maven/')) return `${group}:${name}`;
  return name;
}

function propertiesOf(c: Obj): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of (c.properties ?? []) as unknown[]) {
    const prop = p as Obj | null;
    if (prop && typeof prop.name === 'string' && typeof prop.value === 'string' && !out.has(prop.name))
      out.set(prop.name, prop.value);
  }
  return out;
}

function licensesOf(c: Obj): string[] {
  if (!Array.isArray(c.licenses)) return [];
  const out: string[] = [];
  for (const l of c.licenses as unknown[]) {
    const choice = l as Obj | null;
    if (!choice) continue;
    if (typeof choice.expression === 'string') out.push(choice.expression);
    const lic = choice.license as Obj | undefined;
    if (lic && typeof lic.id === 'string') out.push(lic.id);
    else if (lic && typeof lic.name === 'string') out.push(lic.name);
  }
  return out;
}

function imageSubject(root: Obj): SbomSubject | undefined {
  let name = typeof root.name === 'string' ? root.name : '';
  let digest: string | undefined;
  let tag: string | undefined;
  if (typeof root.purl === 'string') {
    try {
      const p = parsePurl(root.purl);
      if (p.version && isDigest(p.version)) digest = p.version;
      const q = (p.qualifiers ?? {}) as Record<string, string>;
      tag = q.tag;
      if (q.repository_url) name = q.repository_url;
    } catch {
      // An unreadable image purl costs only the subject's digest.
    }
  }
  const props = propertiesOf(root);
  // trivy: `RepoDigest` = `repo@sha256:…`, the manifest digest a registry serves.
  const repoDigest = props.get('aquasecurity:trivy:RepoDigest')?.split('@')[1];
  if (!digest && repoDigest && isDigest(repoDigest)) digest = repoDigest;
  if (!digest && typeof root.version === 'string' && isDigest(root.version)) digest = root.version;
  if (!digest && Array.isArray(root.hashes)) {
    for (const h of root.hashes as Obj[]) {
      if (h?.alg === 'SHA-256' && typeof h.content === 'string') digest = `sha256:${h.content.toLowerCase()}`;
    }
  }
  if (!digest || !isDigest(digest)) return undefined;
  tag ??= props.get('lading:image:tag');
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag ??= name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { kind: 'image', name: name || 'image', digest, ...(tag ? { tag } : {}) };
}
