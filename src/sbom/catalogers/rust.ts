import { inflateSync } from 'node:zlib';
import { parse as parseToml } from 'smol-toml';
import { type CapturedFile, type Cataloger, type CatalogResult, normalisePath } from '../model.js';
import { buildPurl } from '../purl.js';
import { MAX_EXECUTABLE_BYTES, readElf, wantsExecutable } from './elf.js';
import { basename, Findings, firstLine, isRecord, makePackage, str } from './findings.js';

// Rust crates: Cargo.lock in source trees, and in binaries the dependency list
// cargo-auditable embeds in the `.dep-v0` ELF section (zlib-compressed JSON).

export function cargoPurl(name: string, version: string): string {
  return buildPurl('cargo', undefined, name, version);
}

/** Bound on the inflated `.dep-v0` JSON: real ones are tens of KiB. */
const MAX_AUDIT_JSON_BYTES = 8 * 1024 * 1024;

export const rustCataloger: Cataloger = {
  name: 'rust',
  maxFileBytes: MAX_EXECUTABLE_BYTES,
  wants(path: string): boolean {
    const p = normalisePath(path);
    return basename(p) === 'Cargo.lock' || wantsExecutable(p);
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      out.guard(file, () =>
        basename(file.path) === 'Cargo.lock' ? parseCargoLock(file, out) : readAudit(file, out),
      );
    }
    return out.result();
  },
};

function add(
  out: Findings,
  file: CapturedFile,
  name: string,
  version: string,
  source?: string,
  kind?: string,
): void {
  out.add(
    makePackage({
      name,
      version,
      type: 'cargo',
      purl: cargoPurl(name, version),
      file,
      metadata: { source, kind },
    }),
  );
}

function parseCargoLock(file: CapturedFile, out: Findings): void {
  let doc: unknown;
  try {
    doc = parseToml(file.bytes.toString('utf8'));
  } catch (err) {
    throw new Error(`not valid TOML (${firstLine(err)})`);
  }
  if (!isRecord(doc)) throw new Error('is not a TOML table');
  if (doc.package === undefined) return;
  if (!Array.isArray(doc.package)) throw new Error('"package" is not an array of tables');
  doc.package.forEach((p, i) => {
    const name = isRecord(p) ? str(p.name) : undefined;
    const version = isRecord(p) ? str(p.version) : undefined;
    if (!isRecord(p) || !name || !version) {
      out.warn(file, `[[package]] #${i + 1} has no ${name ? 'version' : 'name'}; skipped`);
      return;
    }
    add(out, file, name, version, str(p.source));
  });
}

function readAudit(file: CapturedFile, out: Findings): void {
  const section = readElf(file.bytes)?.section('.dep-v0');
  if (!section) return;
  let json: Buffer;
  try {
    json = inflateSync(section, { maxOutputLength: MAX_AUDIT_JSON_BYTES });
  } catch (err) {
    throw new Error(`cargo-auditable section .dep-v0 does not inflate (${firstLine(err)})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json.toString('utf8'));
  } catch (err) {
    throw new Error(`cargo-auditable section .dep-v0 is not JSON (${firstLine(err)})`);
  }
  if (!isRecord(doc) || !Array.isArray(doc.packages))
    throw new Error('cargo-auditable section .dep-v0 has no "packages"');
  doc.packages.forEach((p, i) => {
    const name = isRecord(p) ? str(p.name) : undefined;
    const version = isRecord(p) ? str(p.version) : undefined;
    if (!isRecord(p) || !name || !version) {
      out.warn(file, `.dep-v0 packages[${i}] has no ${name ? 'version' : 'name'}; skipped`);
      return;
    }
    add(out, file, name, version, str(p.source), str(p.kind) ?? 'runtime');
  });
}
