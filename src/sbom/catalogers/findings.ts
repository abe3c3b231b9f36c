import { normaliseLicense, normaliseLicenses } from '../license.js';
import {
  type CapturedFile,
  type CatalogResult,
  type CatalogWarning,
  type License,
  locationOf,
  type Package,
  type PackageType,
  warningAt,
} from '../model.js';

// What one language cataloger has found so far. The same package is often
// declared twice in one tree (a lockfile and the installed copy): it is kept
// once, by purl, with every location that declared it. A parser that fails on
// one file leaves a warning naming that file and the others still count.

export class Findings {
  private readonly byPurl = new Map<string, Package>();
  readonly warnings: CatalogWarning[] = [];

  add(pkg: Package): void {
    const seen = this.byPurl.get(pkg.purl);
    if (!seen) {
      this.byPurl.set(pkg.purl, pkg);
      return;
    }
    for (const loc of pkg.locations) {
      if (!seen.locations.some((l) => l.path === loc.path && l.layer === loc.layer)) seen.locations.push(loc);
    }
    if (seen.licenses.length === 0 && pkg.licenses.length > 0) seen.licenses = pkg.licenses;
  }

  warn(file: CapturedFile, message: string): void {
    this.warnings.push(warningAt(file, `${file.path}: ${message}`));
  }

  /** Runs one file's parser; anything it throws becomes a warning naming the file, which is skipped. */
  guard(file: CapturedFile, parse: () => void): void {
    try {
      parse();
    } catch (err) {
      this.warn(file, `${err instanceof Error ? err.message : String(err)}; file skipped`);
    }
  }

  result(): CatalogResult {
    return { packages: [...this.byPurl.values()], warnings: this.warnings };
  }
}

export interface PackageInput {
  name: string;
  version: string;
  type: PackageType;
  purl: string;
  file: CapturedFile;
  licenses?: readonly string[] | undefined;
  metadata?: Record<string, string | number | undefined>;
}

export function makePackage(p: PackageInput): Package {
  const pkg: Package = {
    name: p.name,
    version: p.version,
    type: p.type,
    purl: p.purl,
    licenses: p.licenses ? normaliseLicenses(p.licenses) : [],
    locations: [locationOf(p.file)],
  };
  if (p.metadata) {
    const metadata: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(p.metadata)) if (v !== undefined && v !== '') metadata[k] = v;
    if (Object.keys(metadata).length > 0) pkg.metadata = metadata;
  }
  return pkg;
}

export function oneLicense(text: string | undefined): License[] {
  const l = text ? normaliseLicense(text) : undefined;
  return l ? [l] : [];
}

/** The file's last path segment. */
export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? path : path.slice(i + 1);
}

/** The file's directory, without a trailing slash ('' at the root). */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** JSON.parse with the failure named as the file's, one line. */
export function parseJson(file: CapturedFile): unknown {
  try {
    return JSON.parse(file.bytes.toString('utf8'));
  } catch (err) {
    throw new Error(`not valid JSON (${firstLine(err)})`);
  }
}

export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').trim();
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
