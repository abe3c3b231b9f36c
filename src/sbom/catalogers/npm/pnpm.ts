import { parseAllDocuments } from 'yaml';
import type { CapturedFile } from '../../model.js';
import { type Findings, firstLine, isRecord, str } from '../findings.js';
import { npmPackage } from './package.js';

// pnpm-lock.yaml keys its `packages` differently in each lockfile version:
//   v5  `/name/1.0.0` or `/@s/name/1.0.0_peer@2.0.0`
//   v6  `/name@1.0.0(peer@2.0.0)`
//   v9  `name@1.0.0` (peer suffixes only under `snapshots`)
// Entries resolved from a tarball or git carry explicit `name` and `version`.
// A file may hold several YAML documents (pnpm 10 writes its own env lockfile first).

export function parsePnpmLock(file: CapturedFile, out: Findings): void {
  const docs = parseAllDocuments(file.bytes.toString('utf8'));
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) {
    if (d.errors.length > 0) throw new Error(`not valid YAML (${firstLine(d.errors[0])})`);
    const doc: unknown = d.toJS({ maxAliasCount: 100 });
    if (doc === null || doc === undefined) continue;
    if (!isRecord(doc)) throw new Error('is not a YAML mapping');
    readDocument(doc, file, out);
  }
}

function readDocument(doc: Record<string, unknown>, file: CapturedFile, out: Findings): void {
  const major = Number.parseFloat(String(doc.lockfileVersion ?? ''));
  if (!Number.isFinite(major)) throw new Error('has no numeric "lockfileVersion"');
  readImporters(doc, major, file, out);
  if (!isRecord(doc.packages)) return;
  for (const [key, entry] of Object.entries(doc.packages)) {
    const e = isRecord(entry) ? entry : {};
    const fromKey = major < 6 ? keyV5(key) : keyV6(key);
    const name = str(e.name) ?? fromKey?.name;
    const version = str(e.version) ?? fromKey?.version;
    if (!name || !version) {
      out.warn(file, `packages["${key}"]: cannot read a name and version; skipped`);
      continue;
    }
    if (version.includes(':')) continue; // file:, link:, a git URL with no declared version
    out.add(
      npmPackage(
        name,
        version,
        file,
        [],
        e.dev === true ? 'dev' : e.optional === true ? 'optional' : undefined,
      ),
    );
  }
}

const DEP_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/**
 * The importers' direct dependencies (inline at the top level before v6, under
 * `importers` since): `packages` normally repeats them, but a lockfile that
 * lost its `packages` section still names them here.
 */
function readImporters(doc: Record<string, unknown>, major: number, file: CapturedFile, out: Findings): void {
  const importers = isRecord(doc.importers) ? Object.values(doc.importers).filter(isRecord) : [doc];
  for (const importer of importers) {
    for (const section of DEP_SECTIONS) {
      const deps = importer[section];
      if (!isRecord(deps)) continue;
      for (const [name, value] of Object.entries(deps)) {
        const raw = isRecord(value) ? str(value.version) : typeof value === 'string' ? value : undefined;
        if (!raw || raw.includes(':') || raw.startsWith('/')) continue; // link:, file:, or a path key
        const version = (major < 6 ? raw.split('_')[0] : raw.split('(')[0])?.trim();
        if (!version || !/^\d/.test(version)) continue;
        out.add(npmPackage(name, version, file, [], section === 'devDependencies' ? 'dev' : undefined));
      }
    }
  }
}

function keyV5(key: string): { name: string; version: string } | undefined {
  const k = key.replace(/^\//, '');
  const slash = k.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const version = (k.slice(slash + 1).split('_')[0] ?? '').trim();
  return version ? { name: k.slice(0, slash), version } : undefined;
}

function keyV6(key: string): { name: string; version: string } | undefined {
  let k = key.replace(/^\//, '');
  const paren = k.indexOf('(');
  if (paren !== -1) k = k.slice(0, paren);
  const at = k.indexOf('@', 1);
  if (at <= 0) return undefined;
  return { name: k.slice(0, at), version: k.slice(at + 1) };
}
