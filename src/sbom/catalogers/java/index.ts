import { type CapturedFile, type Cataloger, type CatalogResult, normalisePath } from '../../model.js';
import { buildPurl } from '../../purl.js';
import { basename, Findings, makePackage } from '../findings.js';
import { listEntries, readEntry, type ZipEntry, ZipError } from './zip.js';

// Java archives (jar, war, ear and the plugin flavours). Maven writes
// `META-INF/maven/<group>/<artifact>/pom.properties` into every artifact it
// builds, and shading copies those of every bundled dependency, so each one is
// a package. An archive without any falls back to its MANIFEST.MF and file
// name. Archives inside archives (WEB-INF/lib, BOOT-INF/lib, an ear's modules)
// are read too, within limits that turn a zip bomb into a warning.

const ARCHIVE = /\.(jar|war|ear|jpi|hpi|par|sar|nar|kar)$/i;

export const JAVA_LIMITS = {
  /** Archives nested this deep are not opened (the image file is depth 0). */
  maxDepth: 4,
  /** Entries per archive. */
  maxEntries: 100_000,
  /** One metadata file (pom.properties, MANIFEST.MF). */
  maxMetadataBytes: 1024 * 1024,
  /** One nested archive, inflated. */
  maxNestedBytes: 64 * 1024 * 1024,
  /** Everything inflated for one archive of the image, nested archives included. */
  maxInflatedBytes: 256 * 1024 * 1024,
};

export function mavenPurl(group: string | undefined, artifact: string, version: string): string {
  return buildPurl('maven', group, artifact, version);
}

export const javaCataloger: Cataloger = {
  name: 'java',
  maxFileBytes: 256 * 1024 * 1024,
  wants: (path) => ARCHIVE.test(basename(normalisePath(path))),
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      out.guard(file, () => {
        const budget = { left: JAVA_LIMITS.maxInflatedBytes };
        readArchive(file, file.bytes, file.path, 0, budget, out);
      });
    }
    return out.result();
  },
};

interface Budget {
  left: number;
}

function readArchive(
  file: CapturedFile,
  bytes: Buffer,
  where: string,
  depth: number,
  budget: Budget,
  out: Findings,
): void {
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes, JAVA_LIMITS.maxEntries);
  } catch (err) {
    if (err instanceof ZipError) {
      out.warn(
        file,
        `${where === file.path ? '' : `nested archive ${where}: `}${err.message}; archive skipped`,
      );
      return;
    }
    throw err;
  }
  const read = (entry: ZipEntry, max: number): Buffer | undefined => {
    const limit = Math.min(max, budget.left);
    try {
      const data = readEntry(bytes, entry, limit);
      budget.left -= data.length;
      return data;
    } catch (err) {
      if (!(err instanceof ZipError)) throw err;
      const cap =
        limit < max ? ` (the ${JAVA_LIMITS.maxInflatedBytes}-byte budget for this archive is spent)` : '';
      out.warn(file, `${where === file.path ? '' : `${where}: `}${err.message}${cap}; entry skipped`);
      return undefined;
    }
  };

  let found = 0;
  let manifest: ZipEntry | undefined;
  const nested: ZipEntry[] = [];
  for (const entry of entries) {
    if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(entry.name)) {
      const data = read(entry, JAVA_LIMITS.maxMetadataBytes);
      if (data && addPom(file, where, entry.name, data.toString('utf8'), out)) found++;
    } else if (entry.name === 'META-INF/MANIFEST.MF') {
      manifest = entry;
    } else if (ARCHIVE.test(entry.name) && !entry.name.endsWith('/')) {
      nested.push(entry);
    }
  }
  if (found === 0) {
    const text = manifest ? read(manifest, JAVA_LIMITS.maxMetadataBytes)?.toString('utf8') : undefined;
    addFromManifest(file, where, text, out);
  }
  for (const entry of nested) {
    const inner = `${where}:${entry.name}`;
    if (depth + 1 > JAVA_LIMITS.maxDepth) {
      out.warn(file, `${inner}: nested deeper than ${JAVA_LIMITS.maxDepth} archives; skipped`);
      continue;
    }
    const data = read(entry, JAVA_LIMITS.maxNestedBytes);
    if (data) readArchive(file, data, inner, depth + 1, budget, out);
  }
}

function properties(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(t);
    if (m) map.set(m[1] as string, (m[2] as string).trim());
  }
  return map;
}

function addPom(file: CapturedFile, where: string, entryName: string, text: string, out: Findings): boolean {
  const p = properties(text);
  const group = p.get('groupId');
  const artifact = p.get('artifactId');
  const version = p.get('version');
  if (!group || !artifact || !version) {
    out.warn(
      file,
      `${where}:${entryName} lacks ${!group ? 'groupId' : !artifact ? 'artifactId' : 'version'}; skipped`,
    );
    return false;
  }
  out.add(javaPackage(file, where, group, artifact, version));
  return true;
}

function javaPackage(
  file: CapturedFile,
  where: string,
  group: string | undefined,
  artifact: string,
  version: string,
) {
  const pkg = makePackage({
    name: group ? `${group}:${artifact}` : artifact,
    version,
    type: 'maven',
    purl: mavenPurl(group, artifact, version),
    file,
    metadata: { groupId: group, artifactId: artifact },
  });
  // A package inside a nested archive is located as `outer.war:WEB-INF/lib/x.jar`, as syft writes it.
  if (where !== file.path)
    pkg.locations = [{ ...pkg.locations[0], path: where } as (typeof pkg.locations)[number]];
  return pkg;
}

/** MANIFEST.MF main section: `Key: value` lines, continuation lines start with one space. */
function manifestFields(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') && last) {
      map.set(last, `${map.get(last)}${line.slice(1)}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    map.set(last, line.slice(colon + 1).trim());
  }
  return map;
}

/** `commons-lang3-3.12.0.jar` -> commons-lang3, 3.12.0. */
function fromFileName(path: string): { artifact: string; version?: string } {
  const name = basename(path.slice(path.lastIndexOf(':') + 1)).replace(ARCHIVE, '');
  const m = /^(.+?)-(\d[\w.+-]*)$/.exec(name);
  return m ? { artifact: m[1] as string, version: m[2] as string } : { artifact: name };
}

function addFromManifest(file: CapturedFile, where: string, text: string | undefined, out: Findings): void {
  const f = text ? manifestFields(text) : new Map<string, string>();
  const byName = fromFileName(where);
  const version =
    f.get('Implementation-Version') ??
    f.get('Bundle-Version') ??
    f.get('Specification-Version') ??
    byName.version;
  if (!version) {
    out.warn(
      file,
      `${where}: no pom.properties, no version in MANIFEST.MF or the file name; archive not identified`,
    );
    return;
  }
  const symbolic = f.get('Bundle-SymbolicName')?.split(';')[0]?.trim();
  const group =
    f.get('Implementation-Vendor-Id') ??
    (symbolic?.includes('.') ? symbolic.slice(0, symbolic.lastIndexOf('.')) : undefined);
  out.add(javaPackage(file, where, group, byName.artifact, version));
}
