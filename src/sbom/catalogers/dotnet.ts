import { type CapturedFile, type Cataloger, type CatalogResult, normalisePath } from '../model.js';
import { buildPurl } from '../purl.js';
import { basename, Findings, isRecord, makePackage, parseJson, str } from './findings.js';

// .NET: `*.deps.json`, written by the SDK beside every published app, lists the
// NuGet packages and projects the app was built from (`libraries`, keyed
// `Name/Version`); `packages.lock.json` pins a project's restore. Reference
// assemblies are the shared framework's, not packages of the app.

export function nugetPurl(name: string, version: string): string {
  return buildPurl('nuget', undefined, name, version);
}

export const dotnetCataloger: Cataloger = {
  name: 'dotnet',
  maxFileBytes: 16 * 1024 * 1024,
  wants(path: string): boolean {
    const name = basename(normalisePath(path));
    return name.endsWith('.deps.json') || name === 'packages.lock.json';
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      out.guard(file, () =>
        basename(file.path) === 'packages.lock.json' ? parsePackagesLock(file, out) : parseDeps(file, out),
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
  kind: string | undefined,
): void {
  out.add(
    makePackage({ name, version, type: 'nuget', purl: nugetPurl(name, version), file, metadata: { kind } }),
  );
}

function parseDeps(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new Error('is not a JSON object');
  if (!isRecord(doc.libraries)) throw new Error('has no "libraries" object: not a .deps.json');
  for (const [key, lib] of Object.entries(doc.libraries)) {
    const type = isRecord(lib) ? str(lib.type) : undefined;
    if (type === 'referenceassembly') continue;
    const slash = key.lastIndexOf('/');
    if (slash <= 0 || slash === key.length - 1) {
      out.warn(file, `libraries["${key}"] is not "Name/Version"; skipped`);
      continue;
    }
    add(out, file, key.slice(0, slash), key.slice(slash + 1), type);
  }
}

function parsePackagesLock(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  if (!isRecord(doc) || !isRecord(doc.dependencies)) throw new Error('has no "dependencies" object');
  for (const [framework, deps] of Object.entries(doc.dependencies)) {
    if (!isRecord(deps)) continue;
    for (const [name, dep] of Object.entries(deps)) {
      if (!isRecord(dep)) continue;
      const resolved = str(dep.resolved);
      // Project references carry no resolved version.
      if (!resolved) continue;
      if (!/^[0-9]/.test(resolved)) {
        out.warn(
          file,
          `dependencies["${framework}"]["${name}"].resolved "${resolved}" is not a version; skipped`,
        );
        continue;
      }
      add(out, file, name, resolved, str(dep.type)?.toLowerCase());
    }
  }
}
