import type { CapturedFile } from '../../model.js';
import { type Findings, isRecord, parseJson, str } from '../findings.js';
import { isLocalVersion, npmAlias, npmLicenses, npmPackage } from './package.js';

// package-lock.json: v2 and v3 list every installed path under `packages`
// (v2 also keeps the v1 tree for old npm, which is then ignored); v1 only has
// the nested `dependencies` tree. Entries flagged dev or optional stay in the
// inventory with that scope, so a gate can decide about them.

const MAX_DEPTH = 256;

export function parsePackageLock(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new Error('is not a JSON object');
  if (isRecord(doc.packages)) {
    readPackages(doc.packages, file, out);
  } else if (isRecord(doc.dependencies)) {
    readV1(doc.dependencies, file, out, 0);
  } else if (doc.lockfileVersion === undefined) {
    throw new Error('has no "lockfileVersion", "packages" or "dependencies": not a package-lock');
  }
}

function scopeOf(entry: Record<string, unknown>): 'dev' | 'optional' | undefined {
  if (entry.dev === true || entry.devOptional === true) return 'dev';
  return entry.optional === true ? 'optional' : undefined;
}

function readPackages(packages: Record<string, unknown>, file: CapturedFile, out: Findings): void {
  for (const [key, entry] of Object.entries(packages)) {
    if (!isRecord(entry) || entry.link === true) continue;
    const at = key.lastIndexOf('node_modules/');
    const name = str(entry.name) ?? (at === -1 ? undefined : key.slice(at + 'node_modules/'.length));
    const version = str(entry.version);
    if (!name || !version) {
      // The root and workspace folders may omit either; anything under node_modules may not.
      if (at !== -1)
        out.warn(file, `packages["${key}"] has no ${version ? 'name' : 'version'}; entry skipped`);
      continue;
    }
    if (isLocalVersion(version)) continue;
    out.add(npmPackage(name, version, file, npmLicenses(entry), scopeOf(entry)));
  }
}

function readV1(deps: Record<string, unknown>, file: CapturedFile, out: Findings, depth: number): void {
  if (depth > MAX_DEPTH) throw new Error(`dependencies nest deeper than ${MAX_DEPTH} levels`);
  for (const [key, entry] of Object.entries(deps)) {
    if (!isRecord(entry)) continue;
    const declared = str(entry.version);
    if (!declared) {
      out.warn(file, `dependencies["${key}"] has no version; entry skipped`);
    } else if (!isLocalVersion(declared)) {
      const alias = npmAlias(declared);
      out.add(npmPackage(alias?.name ?? key, alias?.version ?? declared, file, [], scopeOf(entry)));
    }
    if (isRecord(entry.dependencies)) readV1(entry.dependencies, file, out, depth + 1);
  }
}
