import { type CapturedFile, type Cataloger, type CatalogResult, normalisePath } from '../model.js';
import { buildPurl } from '../purl.js';
import { basename, dirname, Findings, makePackage } from './findings.js';

// Ruby gems: installed gem specifications (`specifications/*.gemspec`, the
// Ruby files RubyGems writes on install; read as text, never evaluated) and
// Gemfile.lock.

export function gemPurl(name: string, version: string, platform?: string): string {
  return buildPurl('gem', undefined, name, version, { platform });
}

export const rubyCataloger: Cataloger = {
  name: 'ruby',
  maxFileBytes: 8 * 1024 * 1024,
  wants(path: string): boolean {
    const p = normalisePath(path);
    const name = basename(p);
    if (name === 'Gemfile.lock') return true;
    const dir = dirname(p);
    return (
      name.endsWith('.gemspec') &&
      (basename(dir) === 'specifications' || dir.endsWith('specifications/default'))
    );
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      out.guard(file, () =>
        basename(file.path) === 'Gemfile.lock' ? parseGemfileLock(file, out) : parseGemspec(file, out),
      );
    }
    return out.result();
  },
};

/** A string literal assigned to `<var>.<field>`: `s.name = "rake".freeze`. */
function assigned(text: string, field: string): string | undefined {
  const re = new RegExp(
    `^\\s*\\w+\\.${field}\\s*=\\s*(?:Gem::Version\\.new\\(\\s*)?["']([^"'\\n]+)["']`,
    'm',
  );
  return re.exec(text)?.[1];
}

/** `s.licenses = ["MIT".freeze, "Ruby".freeze]` or `s.license = "MIT"`. */
function licenses(text: string): string[] {
  const list = /^\s*\w+\.licenses\s*=\s*\[([^\]\n]*)\]/m.exec(text)?.[1];
  if (list !== undefined) return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1] as string);
  const one = assigned(text, 'license');
  return one ? [one] : [];
}

function parseGemspec(file: CapturedFile, out: Findings): void {
  const text = file.bytes.toString('utf8');
  const name = assigned(text, 'name');
  const version = assigned(text, 'version');
  if (!name || !version)
    throw new Error(
      `has no literal ${name ? 'version' : 'name'} assignment (s.${name ? 'version' : 'name'} = "…")`,
    );
  out.add(
    makePackage({ name, version, type: 'gem', purl: gemPurl(name, version), file, licenses: licenses(text) }),
  );
}

// Gemfile.lock: sections (GEM, GIT, PATH) whose `specs:` list the resolved gems
// at four spaces (`    rack (3.0.8)`, platform gems `    nokogiri (1.15.4-x86_64-linux)`);
// their own dependencies follow at six spaces.
function parseGemfileLock(file: CapturedFile, out: Findings): void {
  let inSpecs = false;
  let sawSection = false;
  const lines = file.bytes.toString('utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^[A-Z]/.test(line)) {
      sawSection = true;
      inSpecs = false;
      return;
    }
    if (line === '  specs:') {
      inSpecs = true;
      return;
    }
    if (!inSpecs || !line.startsWith('    ') || line.startsWith('     ')) return;
    const m = /^ {4}(\S+) \(([^)\s]+)\)$/.exec(line);
    if (!m) {
      out.warn(file, `line ${i + 1} is not "name (version)"; skipped`);
      return;
    }
    const name = m[1] as string;
    const [version, ...platform] = (m[2] as string).split('-');
    const plat = platform.length > 0 ? platform.join('-') : undefined;
    out.add(
      makePackage({
        name,
        version: version as string,
        type: 'gem',
        purl: gemPurl(name, version as string, plat),
        file,
        metadata: { platform: plat },
      }),
    );
  });
  if (!sawSection) throw new Error('has no GEM, GIT or PATH section: not a Gemfile.lock');
}
