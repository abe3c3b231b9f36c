import { parse as parseToml } from 'smol-toml';
import {
  type CapturedFile,
  type Cataloger,
  type CatalogResult,
  normalisePath,
  type Package,
} from '../model.js';
import { buildPurl } from '../purl.js';
import { basename, dirname, Findings, firstLine, isRecord, makePackage, parseJson, str } from './findings.js';

// Python packages: installed distributions (`*.dist-info/METADATA`,
// `*.egg-info/PKG-INFO` or a lone `*.egg-info` file, with `direct_url.json`
// beside METADATA for VCS installs) and pinned lockfiles (requirements.txt
// `==` pins, poetry.lock, Pipfile.lock, uv.lock, pdm.lock). Names are kept in
// their PEP 503 normal form: that is the identity PyPI and OSV use.

export function normalisePythonName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

export function pypiPurl(name: string, version: string, vcsUrl?: string): string {
  return buildPurl('pypi', undefined, normalisePythonName(name), version, { vcs_url: vcsUrl });
}

function pypiPackage(
  name: string,
  version: string,
  file: CapturedFile,
  licenses: string[] = [],
  vcsUrl?: string,
): Package {
  return makePackage({
    name: normalisePythonName(name),
    version,
    type: 'pypi',
    purl: pypiPurl(name, version, vcsUrl),
    file,
    licenses,
  });
}

type Kind = 'metadata' | 'direct-url' | 'requirements' | 'poetry' | 'pipfile' | 'uv' | 'pdm';

function kindOf(path: string): Kind | undefined {
  const name = basename(path);
  const dir = basename(dirname(path)).toLowerCase();
  const distInfo = dir === 'dist-info' || dir.endsWith('.dist-info');
  const eggInfo = dir === 'egg-info' || dir.endsWith('.egg-info');
  if (distInfo && name === 'METADATA') return 'metadata';
  if (distInfo && name === 'direct_url.json') return 'direct-url';
  if (eggInfo && name === 'PKG-INFO') return 'metadata';
  if (name.toLowerCase().endsWith('.egg-info')) return 'metadata';
  if (/requirements.*\.txt$/i.test(name)) return 'requirements';
  switch (name) {
    case 'poetry.lock':
      return 'poetry';
    case 'Pipfile.lock':
      return 'pipfile';
    case 'uv.lock':
      return 'uv';
    case 'pdm.lock':
      return 'pdm';
    default:
      return undefined;
  }
}

export const pythonCataloger: Cataloger = {
  name: 'python',
  maxFileBytes: 32 * 1024 * 1024,
  wants: (path) => kindOf(normalisePath(path)) !== undefined,
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    const directUrls = new Map<string, CapturedFile>();
    for (const f of files)
      if (kindOf(f.path) === 'direct-url') directUrls.set(`${f.layer ?? ''}|${dirname(f.path)}`, f);
    for (const file of files) {
      const kind = kindOf(file.path);
      out.guard(file, () => {
        switch (kind) {
          case 'metadata':
            return parseMetadata(file, out, directUrls.get(`${file.layer ?? ''}|${dirname(file.path)}`));
          case 'requirements':
            return parseRequirements(file, out);
          case 'poetry':
          case 'uv':
          case 'pdm':
            return parseTomlLock(file, out);
          case 'pipfile':
            return parsePipfileLock(file, out);
          default:
            return undefined;
        }
      });
    }
    return out.result();
  },
};

/** The RFC 822 header block of METADATA / PKG-INFO: fields until the first blank line. */
function headers(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let last: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      // A folded continuation (multi-line License:).
      if (last && last.length > 0) last[last.length - 1] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const list = fields.get(key) ?? [];
    list.push(line.slice(colon + 1).trim());
    fields.set(key, list);
    last = list;
  }
  return fields;
}

function parseMetadata(file: CapturedFile, out: Findings, directUrl: CapturedFile | undefined): void {
  const fields = headers(file.bytes.toString('utf8'));
  const name = fields.get('name')?.[0];
  const version = fields.get('version')?.[0];
  if (!name) throw new Error('has no "Name:" field');
  if (!version) {
    out.warn(file, `distribution "${name}" has no "Version:" field; package skipped`);
    return;
  }
  out.add(
    pypiPackage(
      name,
      version,
      file,
      declaredLicenses(fields),
      directUrl ? vcsUrl(directUrl, out) : undefined,
    ),
  );
}

/** License-Expression (PEP 639) wins; then a short License:; then the trove classifiers. */
function declaredLicenses(fields: Map<string, string[]>): string[] {
  const expression = fields.get('license-expression')?.[0];
  if (expression) return [expression];
  const license = fields.get('license')?.[0];
  // Some projects paste the whole licence text into License:.
  if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 200) return [license];
  const classifiers = (fields.get('classifier') ?? [])
    .filter((c) => c.startsWith('License ::'))
    .map((c) => c.split('::').pop()?.trim() ?? '')
    .filter((c) => c !== '' && c !== 'OSI Approved');
  return classifiers;
}

/** `git+https://host/repo.git@commit` from PEP 610 direct_url.json, as syft writes the purl qualifier. */
function vcsUrl(file: CapturedFile, out: Findings): string | undefined {
  let doc: unknown;
  try {
    doc = parseJson(file);
  } catch (err) {
    out.warn(file, `${firstLine(err)}; VCS origin ignored`);
    return undefined;
  }
  if (!isRecord(doc) || !isRecord(doc.vcs_info)) return undefined;
  const url = str(doc.url);
  const vcs = str(doc.vcs_info.vcs);
  const commit = str(doc.vcs_info.commit_id);
  if (!url || !vcs) return undefined;
  return `${vcs}+${url}${commit ? `@${commit}` : ''}`;
}

// `name[extra] == 1.0 ; marker  # comment`: a pin is `==` or `===` with a
// literal version (no wildcard). Anything else names a range, not a package
// version, and is skipped silently: lading does not guess a version.
const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;@*]+)\s*(?:[;@#]|$)/;

function parseRequirements(file: CapturedFile, out: Findings): void {
  const text = file.bytes.toString('utf8');
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    // Options (-r, -e, --hash, --index-url) and blank lines name no package here;
    // an included requirements file is cataloged on its own when it is captured.
    if (line === '' || line.startsWith('-')) continue;
    const withoutHashes = line.replace(/\s--hash[= ]\S+/g, '').trim();
    const m = PIN.exec(withoutHashes);
    if (!m) continue;
    out.add(pypiPackage(m[1] as string, m[2] as string, file));
  }
}

function parseTomlLock(file: CapturedFile, out: Findings): void {
  let doc: unknown;
  try {
    doc = parseToml(file.bytes.toString('utf8'));
  } catch (err) {
    throw new Error(`not valid TOML (${firstLine(err)})`);
  }
  if (!isRecord(doc)) throw new Error('is not a TOML table');
  const packages = doc.package;
  if (packages === undefined) return;
  if (!Array.isArray(packages)) throw new Error('"package" is not an array of tables');
  packages.forEach((p, i) => {
    const name = isRecord(p) ? str(p.name) : undefined;
    const version = isRecord(p) ? str(p.version) : undefined;
    if (!name || !version) {
      // uv lists the project itself and virtual workspace members without a version.
      if (!name) out.warn(file, `[[package]] #${i + 1} has no name; skipped`);
      return;
    }
    out.add(pypiPackage(name, version, file));
  });
}

function parsePipfileLock(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new Error('is not a JSON object');
  for (const section of ['default', 'develop']) {
    const deps = doc[section];
    if (!isRecord(deps)) continue;
    for (const [name, entry] of Object.entries(deps)) {
      const pinned = isRecord(entry) ? str(entry.version) : undefined;
      // Git and path dependencies carry no version: nothing pinned to report.
      if (!pinned) continue;
      const m = /^===?\s*(\S+)$/.exec(pinned.trim());
      if (!m) {
        out.warn(file, `${section}["${name}"].version "${pinned}" is not an == pin; skipped`);
        continue;
      }
      out.add(pypiPackage(name, m[1] as string, file));
    }
  }
}
