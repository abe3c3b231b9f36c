import type { CapturedFile, Cataloger, CatalogResult } from '../../model.js';
import { normalisePath } from '../../model.js';
import { basename, Findings } from '../findings.js';
import { parseInstalled, wantsInstalled } from './installed.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm.js';
import { parseYarnLock } from './yarn.js';

// JavaScript packages: what npm installed (node_modules) and what a project's
// lockfile pins. Lockfiles shipped inside node_modules describe how a
// dependency was developed, not what was installed here, so they are not wanted.

const LOCKFILES: Record<string, (file: CapturedFile, out: Findings) => void> = {
  'package-lock.json': parsePackageLock,
  'yarn.lock': parseYarnLock,
  'pnpm-lock.yaml': parsePnpmLock,
};

/** Lockfiles of big monorepos reach tens of MiB; installed package.json files are small. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const npmCataloger: Cataloger = {
  name: 'npm',
  maxFileBytes: MAX_FILE_BYTES,
  wants(path: string): boolean {
    const p = normalisePath(path);
    if (wantsInstalled(p)) return true;
    return LOCKFILES[basename(p)] !== undefined && !p.includes('node_modules/');
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      const parse =
        LOCKFILES[basename(file.path)] ??
        (wantsInstalled(normalisePath(file.path)) ? parseInstalled : undefined);
      if (parse) out.guard(file, () => parse(file, out));
    }
    return out.result();
  },
};
