import { type CapturedFile, type Cataloger, type CatalogResult, normalisePath } from '../model.js';
import { buildPurl } from '../purl.js';
import { basename, Findings, isRecord, makePackage, parseJson, str } from './findings.js';

// PHP: composer.lock (`packages` and `packages-dev`) and what composer
// installed, `vendor/composer/installed.json` (composer 1: a bare array;
// composer 2: `{packages: [...]}`).

/** `pkg:composer/vendor/name@1.0.0`. */
export function composerPurl(name: string, version: string): string {
  const slash = name.indexOf('/');
  return slash > 0
    ? buildPurl('composer', name.slice(0, slash), name.slice(slash + 1), version)
    : buildPurl('composer', undefined, name, version);
}

export const phpCataloger: Cataloger = {
  name: 'php',
  maxFileBytes: 32 * 1024 * 1024,
  wants(path: string): boolean {
    const p = normalisePath(path);
    return (
      basename(p) === 'composer.lock' ||
      p === 'vendor/composer/installed.json' ||
      p.endsWith('/vendor/composer/installed.json')
    );
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) out.guard(file, () => parseComposer(file, out));
    return out.result();
  },
};

function parseComposer(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  const lists: [string, unknown][] = Array.isArray(doc)
    ? [['', doc]]
    : isRecord(doc)
      ? [
          ['packages', doc.packages],
          ['packages-dev', doc['packages-dev']],
        ]
      : [];
  if (!lists.some(([, l]) => Array.isArray(l))) {
    throw new Error('has no "packages" array: not a composer lock or installed.json');
  }
  for (const [section, list] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const name = isRecord(entry) ? str(entry.name) : undefined;
      const version = isRecord(entry) ? str(entry.version) : undefined;
      if (!isRecord(entry) || !name || !version) {
        out.warn(file, `${section || 'entry'}[${i}] has no ${name ? 'version' : 'name'}; skipped`);
        return;
      }
      const licenses = Array.isArray(entry.license)
        ? entry.license.filter((l): l is string => typeof l === 'string')
        : [];
      const dev =
        section === 'packages-dev' ||
        (isRecord(doc) && Array.isArray(doc['dev-package-names']) && doc['dev-package-names'].includes(name));
      out.add(
        makePackage({
          name,
          version,
          type: 'composer',
          purl: composerPurl(name, version),
          file,
          licenses,
          metadata: { scope: dev ? 'dev' : undefined },
        }),
      );
    });
  }
}
