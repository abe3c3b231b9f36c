import { createHash } from 'node:crypto';
import { InputError } from '../../errors.js';
import type { Package } from '../model.js';

// Every identifier an SBOM carries (document namespace, serial number, SPDXIDs,
// bom-refs) is derived from content, never from a clock or a random source, so
// the same image gives byte-identical SBOMs on every run and every machine.

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareText(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Code-unit order: unlike localeCompare it is the same under every locale and ICU version. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** RFC 4122 URL namespace: lading's names are URIs (`urn:lading:…`). */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A name-based (version 5, SHA-1) UUID as RFC 4122 §4.3 defines it: the same
 * name always gives the same UUID. CycloneDX's schema only accepts versions 1–5,
 * which rules out the newer v8.
 */
export function nameBasedUuid(name: string, namespace: string = URL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new InputError(`UUID namespace "${namespace}" is not a UUID`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A package in the order every format writes it, with the content key its identifiers derive from. */
export interface OrderedPackage {
  pkg: Package;
  /** sha256 of the package's canonical JSON: equal exactly when two records say the same thing. */
  key: string;
}

/**
 * The inventory's packages in a stable order whatever order the catalogers
 * found them in: by type, name, version, purl, where found, then content. Locations are
 * sorted inside each package, and records that are identical in every field
 * (a package database read twice) are written once.
 */
export function orderPackages(packages: readonly Package[]): OrderedPackage[] {
  const byKey = new Map<string, OrderedPackage>();
  for (const original of packages) {
    const pkg: Package = {
      ...original,
      locations: [...original.locations].sort(
        (a, b) => compareText(a.path, b.path) || compareText(a.layer ?? '', b.layer ?? ''),
      ),
    };
    const key = sha256Hex(canonicalJson(pkg));
    if (!byKey.has(key)) byKey.set(key, { pkg, key });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compareText(a.pkg.type, b.pkg.type) ||
      compareText(a.pkg.name, b.pkg.name) ||
      compareText(a.pkg.version, b.pkg.version) ||
      compareText(a.pkg.purl, b.pkg.purl) ||
      compareText(
        a.pkg.locations.map((l) => l.path).join('\n'),
        b.pkg.locations.map((l) => l.path).join('\n'),
      ) ||
      compareText(a.key, b.key),
  );
}

/** The identity key of a package as `orderPackages` computes it, for callers linking findings to packages. */
export function packageKey(pkg: Package): string {
  return orderPackages([pkg])[0]?.key ?? '';
}

/** Text reduced to the SPDX idstring alphabet (`[A-Za-z0-9.-]`), for SPDXIDs and LicenseRefs. */
export function idstring(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `2024-01-01T00:00:00Z`: the form both SPDX and CycloneDX accept, without milliseconds. */
export function timestamp(created: Date, where: string): string {
  if (Number.isNaN(created.getTime())) throw new InputError(`${where}: creation time is not a valid date`);
  const year = created.getUTCFullYear();
  if (year < 1 || year > 9999) {
    throw new InputError(
      `${where}: creation time ${created.toISOString()} is outside the years 0001-9999 both formats allow`,
    );
  }
  return created.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
