import { normaliseLicenses } from '../license.js';
import {
  type CapturedFile,
  type CatalogContext,
  type Cataloger,
  type CatalogResult,
  type CatalogWarning,
  locationOf,
  normalisePath,
  type Package,
  warningAt,
} from '../model.js';
import { debPurl } from '../purl.js';

// dpkg's database: `var/lib/dpkg/status` on Debian and Ubuntu, one file per
// package under `var/lib/dpkg/status.d/` on distroless images (which have no
// Status field: everything listed there is installed). RFC 822-like stanzas;
// continuation lines (leading space or tab) belong to the field above and are
// stepped over as bytes, since descriptions and conffiles are most of the file.
// Licences come from machine-readable (DEP-5) `usr/share/doc/<pkg>/copyright`.

export const DPKG_STATUS_PATH = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const DOC = 'usr/share/doc/';

const MAX_FIELD_BYTES = 64 * 1024;
const KEPT = new Set([
  'package',
  'status',
  'version',
  'architecture',
  'source',
  'maintainer',
  'installed-size',
]);
// First letters of KEPT, both cases: most lines of a status file are other fields, left undecoded.
const KEPT_INITIALS = new Set([...KEPT].flatMap((k) => [k.charCodeAt(0), k.toUpperCase().charCodeAt(0)]));

const NL = 0x0a;
const COLON = 0x3a;
const SPACE = 0x20;
const TAB = 0x09;

interface Stanza {
  line: number;
  fields: Map<string, string>;
  problem?: string;
}

function isStatusFile(path: string): boolean {
  if (path === DPKG_STATUS_PATH) return true;
  if (!path.startsWith(STATUS_D)) return false;
  const name = path.slice(STATUS_D.length);
  return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
}

function copyrightPackage(path: string): string | undefined {
  if (!path.startsWith(DOC) || !path.endsWith('/copyright')) return undefined;
  const pkg = path.slice(DOC.length, -'/copyright'.length);
  return pkg !== '' && !pkg.includes('/') ? pkg : undefined;
}

export const dpkgCataloger: Cataloger = {
  name: 'dpkg',
  wants: (path) => {
    const p = normalisePath(path);
    return isStatusFile(p) || copyrightPackage(p) !== undefined;
  },
  catalog(files: readonly CapturedFile[], ctx: CatalogContext): CatalogResult {
    const packages: Package[] = [];
    const warnings: CatalogWarning[] = [];
    const licensesOf = new Map<string, string[]>();
    const copyrightFiles = new Map<string, CapturedFile>();
    for (const file of files) {
      const pkg = copyrightPackage(normalisePath(file.path));
      if (pkg === undefined) continue;
      copyrightFiles.set(pkg, file);
      const names = dep5Licenses(file.bytes);
      if (names.length > 0) licensesOf.set(pkg, names);
    }
    for (const file of files) {
      const path = normalisePath(file.path);
      if (!isStatusFile(path)) continue;
      const distroless = path !== DPKG_STATUS_PATH;
      for (const stanza of stanzas(file.bytes)) {
        const where = `${file.path}: stanza at line ${stanza.line}`;
        if (stanza.problem) {
          warnings.push(warningAt(file, `${where}: ${stanza.problem}; package skipped`));
          continue;
        }
        const f = stanza.fields;
        if (!isInstalled(f.get('status'), distroless)) continue;
        const name = f.get('package');
        const version = f.get('version');
        if (!name || !version) {
          warnings.push(
            warningAt(file, `${where}: stanza has no ${name ? 'Version' : 'Package'} field; skipped`),
          );
          continue;
        }
        try {
          const pkg = toPackage(name, version, f, file, ctx);
          pkg.licenses = normaliseLicenses(licensesOf.get(name) ?? []);
          const copyright = copyrightFiles.get(name);
          if (copyright && pkg.licenses.length > 0) pkg.locations.push(locationOf(copyright));
          packages.push(pkg);
        } catch (err) {
          warnings.push(warningAt(file, `${where}: ${err instanceof Error ? err.message : String(err)}`));
        }
      }
    }
    return { packages, warnings };
  },
};

// `Status: want flag state`; only the state `installed` means the files are there.
function isInstalled(status: string | undefined, distroless: boolean): boolean {
  if (status === undefined) return distroless;
  const words = status.split(' ').filter(Boolean);
  return words[2] === 'installed';
}

function toPackage(
  name: string,
  version: string,
  f: Map<string, string>,
  file: CapturedFile,
  ctx: CatalogContext,
): Package {
  const arch = f.get('architecture');
  const declared = parseSource(f.get('source'));
  const pkg: Package = {
    name,
    version,
    type: 'deb',
    purl: debPurl({
      name,
      version,
      arch,
      source: declared?.name,
      sourceVersion: declared?.version,
      distro: ctx.distro,
    }),
    licenses: [],
    locations: [locationOf(file)],
    // dpkg writes Source only when it differs from the binary; its version only when that differs too.
    source: { name: declared?.name || name, version: declared?.version || version },
  };
  if (arch) pkg.arch = arch;
  if (ctx.distro) pkg.distro = ctx.distro;
  const metadata: Record<string, string | number> = {};
  const maintainer = f.get('maintainer');
  if (maintainer) metadata.maintainer = maintainer;
  const size = Number(f.get('installed-size'));
  if (Number.isSafeInteger(size) && size > 0) metadata.installedSizeKiB = size;
  if (Object.keys(metadata).length > 0) pkg.metadata = metadata;
  return pkg;
}

/** `Source: glibc (2.36-9+deb12u14)` or `Source: glibc`. */
export function parseSource(value: string | undefined): { name: string; version?: string } | undefined {
  if (!value) return undefined;
  const open = value.indexOf('(');
  if (open === -1) return { name: value.trim() };
  const close = value.indexOf(')', open);
  const name = value.slice(0, open).trim();
  const version = value.slice(open + 1, close === -1 ? undefined : close).trim();
  return version ? { name, version } : { name };
}

function* stanzas(bytes: Buffer): Generator<Stanza> {
  let pos = 0;
  let line = 0;
  let current: Stanza | undefined;
  while (pos < bytes.length) {
    let end = bytes.indexOf(NL, pos);
    if (end === -1) end = bytes.length;
    line++;
    let lineEnd = end;
    if (lineEnd > pos && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    if (lineEnd === pos) {
      if (current) yield current;
      current = undefined;
    } else {
      const first = bytes[pos];
      if (first === SPACE || first === TAB) {
        // Continuation of a multi-line field; a stanza cannot start with one.
        if (!current) {
          current = {
            line,
            fields: new Map(),
            problem: `line ${line} continues a field but no field precedes it`,
          };
        }
      } else {
        current ??= { line, fields: new Map() };
        if (!current.problem) readField(bytes, pos, lineEnd, line, current);
      }
    }
    pos = end + 1;
  }
  if (current) yield current;
}

function readField(bytes: Buffer, start: number, end: number, line: number, stanza: Stanza): void {
  const colon = bytes.indexOf(COLON, start);
  if (colon === -1 || colon >= end || colon === start) {
    const shown = bytes.toString('utf8', start, Math.min(end, start + 40));
    stanza.problem = `line ${line} is not a "Field: value" line (${JSON.stringify(shown)})`;
    return;
  }
  if (colon - start > 64 || !KEPT_INITIALS.has(bytes[start] as number)) return;
  const key = bytes.toString('latin1', start, colon).toLowerCase();
  if (!KEPT.has(key) || stanza.fields.has(key)) return;
  if (end - colon - 1 > MAX_FIELD_BYTES) {
    stanza.problem = `field ${key} on line ${line} is ${end - colon - 1} bytes, over the ${MAX_FIELD_BYTES}-byte limit`;
    return;
  }
  stanza.fields.set(key, bytes.toString('utf8', colon + 1, end).trim());
}

/**
 * Licence names of a machine-readable copyright file (DEP-5): the first line of
 * every `License:` field. Free-form copyright files carry no names to trust.
 */
export function dep5Licenses(bytes: Buffer): string[] {
  const head = bytes.toString('utf8', 0, Math.min(bytes.length, 512));
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
  if (!/^format:\s*\S*copyright-format/i.test(firstLine)) return [];
  const names: string[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let end = bytes.indexOf(NL, pos);
    if (end === -1) end = bytes.length;
    // `License:` is 8 bytes; compare case-insensitively without decoding other lines.
    if (
      end - pos > 8 &&
      bytes[pos + 7] === COLON &&
      bytes.toString('latin1', pos, pos + 7).toLowerCase() === 'license'
    ) {
      const value = bytes.toString('utf8', pos + 8, Math.min(end, pos + 8 + 1024)).trim();
      if (value) names.push(value);
    }
    pos = end + 1;
  }
  return names;
}
