import type { Digest } from '../oci/digest.js';

// The Inventory is the one model every later step reads (SBOM formats, the
// matcher, attestations). Catalogers produce it; nothing downstream parses
// package databases again.

/** The distribution release of an image, from os-release and friends. */
export interface Distro {
  /** `ID` of os-release, lower case: `alpine`, `debian`, `almalinux`, `rhel`… */
  id: string;
  /** `VERSION_ID`: `3.20.3`, `12`, `9.4`. Absent on rolling releases (Debian sid, Arch). */
  versionId?: string;
  versionCodename?: string;
  prettyName: string;
  /** `ID_LIKE`, split: lets a matcher treat Rocky as a RHEL rebuild. */
  idLike?: string[];
}

/** Where a package was found: the file that declared it, and the layer that file came from. */
export interface Location {
  /** Path inside the image root, without a leading slash: `lib/apk/db/installed`. */
  path: string;
  layer?: Digest;
}

/** A licence as the package declared it, and the SPDX expression lading derived from it. */
export interface License {
  declared: string;
  /**
   * A valid SPDX license expression. Identifiers lading could not map are kept as
   * `LicenseRef-…` inside it, so it is always usable in SPDX; `known` says whether
   * every part is on the SPDX list (CycloneDX writes an `expression` only then).
   */
  spdx: string;
  known: boolean;
}

/** Package types: the purl type of each, so formats and matchers agree on names. */
export type PackageType =
  | 'apk'
  | 'deb'
  | 'rpm'
  | 'npm'
  | 'pypi'
  | 'golang'
  | 'maven'
  | 'gem'
  | 'cargo'
  | 'composer'
  | 'nuget';

/**
 * The source package an OS package was built from. Distro advisories (Alpine
 * secdb, Debian DSA/DLA, Red Hat) are keyed by it, not by the binary name.
 */
export interface SourcePackage {
  name: string;
  version: string;
}

export interface Package {
  name: string;
  /**
   * The version as the ecosystem compares it. rpm: `[epoch:]version-release`
   * (the form rpm prints with %{EVR}); deb: the full Debian version with epoch.
   */
  version: string;
  type: PackageType;
  purl: string;
  licenses: License[];
  locations: Location[];
  /** OS packages only. */
  source?: SourcePackage;
  /** OS packages only: the release the package belongs to, for distro-scoped advisories. */
  distro?: Distro;
  arch?: string;
  /** Identity fields that do not fit above (rpm epoch/release, maintainer, vendor…). */
  metadata?: Record<string, string | number>;
}

/** What the catalogers found in one image or source tree. */
export interface Inventory {
  packages: Package[];
  distro?: Distro;
  warnings: CatalogWarning[];
}

/** A file a cataloger asked for, as the image file view hands it over (after whiteouts). */
export interface CapturedFile {
  /** Path inside the image root, without a leading slash. */
  path: string;
  layer?: Digest;
  bytes: Buffer;
}

/** Something a cataloger skipped, named by file (and line or record) so a user can look. */
export interface CatalogWarning {
  path: string;
  layer?: Digest;
  message: string;
}

export interface CatalogContext {
  distro?: Distro;
}

export interface CatalogResult {
  packages: Package[];
  warnings: CatalogWarning[];
}

/**
 * A cataloger declares the paths it wants and parses the bytes it is handed; it
 * never walks layers itself, so an image is read once whatever the number of
 * catalogers. `catalog` receives every captured file the cataloger wanted, in
 * one call, because some databases span several files (dpkg `status` plus
 * `status.d/*`, copyright files beside them).
 */
export interface Cataloger {
  readonly name: string;
  /** `path` is relative to the image root, without a leading slash. */
  wants(path: string): boolean;
  /** Upper bound of bytes worth keeping for one wanted file (rpm databases are large). */
  readonly maxFileBytes?: number;
  catalog(files: readonly CapturedFile[], ctx: CatalogContext): CatalogResult;
}

/** Image paths arrive as `./etc/x`, `/etc/x` or `etc/x` depending on who wrote the tar. */
export function normalisePath(path: string): string {
  let start = 0;
  while (start < path.length && (path[start] === '/' || (path[start] === '.' && path[start + 1] === '/'))) {
    start += path[start] === '/' ? 1 : 2;
  }
  return start === 0 ? path : path.slice(start);
}

export function locationOf(file: CapturedFile): Location {
  return file.layer ? { path: file.path, layer: file.layer } : { path: file.path };
}

export function warningAt(file: CapturedFile, message: string): CatalogWarning {
  return file.layer ? { path: file.path, layer: file.layer, message } : { path: file.path, message };
}
