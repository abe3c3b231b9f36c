import type { CapturedFile, Package } from '../../model.js';
import { buildPurl } from '../../purl.js';
import { isRecord, makePackage, str } from '../findings.js';

/** `pkg:npm/%40scope/name@1.0.0`: the scope is the purl namespace (purl spec, npm type). */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0
    ? buildPurl('npm', name.slice(0, slash), name.slice(slash + 1), version)
    : buildPurl('npm', undefined, name, version);
}

export function npmPackage(
  name: string,
  version: string,
  file: CapturedFile,
  licenses: string[] = [],
  scope?: 'dev' | 'optional',
): Package {
  return makePackage({
    name,
    version,
    type: 'npm',
    purl: npmPurl(name, version),
    file,
    licenses,
    metadata: { scope },
  });
}

/**
 * The licence fields npm has accepted over the years: `license: "MIT"`,
 * `license: {type: "MIT"}`, `licenses: [{type: "MIT"}, "BSD"]`, and arrays in lockfiles.
 */
export function npmLicenses(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const take = (v: unknown): void => {
    if (typeof v === 'string' && v.trim() !== '') out.push(v);
    else if (Array.isArray(v)) for (const x of v) take(x);
    else if (isRecord(v)) {
      const t = str(v.type) ?? str(v.name);
      if (t) out.push(t);
    }
  };
  take(doc.license);
  take(doc.licenses);
  return out;
}

/**
 * `npm:@scope/real@1.2.3` (an alias in a v1 lockfile or a yarn spec) as the real
 * name and version; undefined when the text is not an alias.
 */
export function npmAlias(spec: string): { name: string; version: string } | undefined {
  if (!spec.startsWith('npm:')) return undefined;
  const rest = spec.slice(4);
  const at = rest.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: rest.slice(0, at), version: rest.slice(at + 1) };
}

/** Versions that name a place rather than a release: nothing to match advisories against. */
export function isLocalVersion(version: string): boolean {
  return /^(file|link|workspace|portal|patch):/.test(version);
}
