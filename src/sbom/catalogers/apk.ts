import { normaliseLicense } from '../license.js';
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
import { apkPurl } from '../purl.js';

// apk's installed database (`lib/apk/db/installed`): stanzas of `X:value` lines
// separated by blank lines, one stanza per package, file lists (F/R/Z/a/M lines)
// inside. Only the identity fields are decoded; file-list lines are stepped over
// as bytes, since they are most of the file.

export const APK_DB_PATH = 'lib/apk/db/installed';

/** Longest value kept for one field; a longer one marks the stanza as damaged. */
const MAX_FIELD_BYTES = 64 * 1024;

const KEPT = new Set(['P', 'V', 'A', 'L', 'o', 'T', 'U', 'm', 'c', 'S', 'I', 't']);

const NL = 0x0a;
const COLON = 0x3a;

interface Stanza {
  line: number;
  fields: Map<string, string>;
  problem?: string;
}

export const apkCataloger: Cataloger = {
  name: 'apk',
  wants: (path) => normalisePath(path) === APK_DB_PATH,
  catalog(files: readonly CapturedFile[], ctx: CatalogContext): CatalogResult {
    const packages: Package[] = [];
    const warnings: CatalogWarning[] = [];
    for (const file of files) {
      for (const stanza of stanzas(file.bytes)) {
        const where = `${file.path}: stanza at line ${stanza.line}`;
        if (stanza.problem) {
          warnings.push(warningAt(file, `${where}: ${stanza.problem}; package skipped`));
          continue;
        }
        const name = stanza.fields.get('P');
        const version = stanza.fields.get('V');
        if (!name || !version) {
          warnings.push(warningAt(file, `${where}: stanza has no ${name ? 'V:' : 'P:'} field; skipped`));
          continue;
        }
        try {
          packages.push(toPackage(name, version, stanza.fields, file, ctx));
        } catch (err) {
          warnings.push(warningAt(file, `${where}: ${err instanceof Error ? err.message : String(err)}`));
        }
      }
    }
    return { packages, warnings };
  },
};

function toPackage(
  name: string,
  version: string,
  f: Map<string, string>,
  file: CapturedFile,
  ctx: CatalogContext,
): Package {
  const arch = f.get('A');
  const origin = f.get('o');
  const pkg: Package = {
    name,
    version,
    type: 'apk',
    purl: apkPurl({ name, version, arch, origin, distro: ctx.distro }),
    licenses: [],
    locations: [locationOf(file)],
    // Subpackages share their aport's pkgver-pkgrel, so the origin's version is the package's.
    source: { name: origin || name, version },
  };
  const license = f.get('L');
  const l = license ? normaliseLicense(license) : undefined;
  if (l) pkg.licenses.push(l);
  if (arch) pkg.arch = arch;
  if (ctx.distro) pkg.distro = ctx.distro;
  const metadata: Record<string, string | number> = {};
  for (const [key, field] of [
    ['m', 'maintainer'],
    ['U', 'url'],
    ['c', 'commit'],
    ['T', 'description'],
  ] as const) {
    const v = f.get(key);
    if (v) metadata[field] = v;
  }
  const installed = Number(f.get('I'));
  if (Number.isSafeInteger(installed) && installed > 0) metadata.installedSize = installed;
  if (Object.keys(metadata).length > 0) pkg.metadata = metadata;
  return pkg;
}

/** Stanzas with the line number they start on; a line that is not `X:value` marks its stanza as damaged. */
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
      current ??= { line, fields: new Map() };
      if (!current.problem) readLine(bytes, pos, lineEnd, line, current);
    }
    pos = end + 1;
  }
  if (current) yield current;
}

function readLine(bytes: Buffer, start: number, end: number, line: number, stanza: Stanza): void {
  if (end - start < 2 || bytes[start + 1] !== COLON) {
    const shown = bytes.toString('utf8', start, Math.min(end, start + 40));
    stanza.problem = `line ${line} is not a "X:value" field (${JSON.stringify(shown)})`;
    return;
  }
  const key = String.fromCharCode(bytes[start] as number);
  if (!KEPT.has(key) || stanza.fields.has(key)) return;
  if (end - start - 2 > MAX_FIELD_BYTES) {
    stanza.problem = `field ${key}: on line ${line} is ${end - start - 2} bytes, over the ${MAX_FIELD_BYTES}-byte limit`;
    return;
  }
  stanza.fields.set(key, bytes.toString('utf8', start + 2, end));
}
