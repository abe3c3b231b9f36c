import type { CapturedFile } from '../../model.js';
import { type Findings, isRecord, parseJson, str } from '../findings.js';
import { npmLicenses, npmPackage } from './package.js';

// An installed package is the package.json at the top of its directory under
// node_modules (`node_modules/x/package.json`, `node_modules/@s/x/package.json`).
// Other package.json files inside a package (sub-path exports, test fixtures)
// describe nothing npm installed, so they are not wanted at all.
const INSTALLED = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.@][^/]*\/package\.json$/;

export function wantsInstalled(path: string): boolean {
  return INSTALLED.test(path);
}

export function parseInstalled(file: CapturedFile, out: Findings): void {
  const doc = parseJson(file);
  if (!isRecord(doc)) throw new Error('is not a JSON object');
  const name = str(doc.name);
  const version = str(doc.version);
  if (!name || !version) {
    out.warn(file, `package.json has no ${name ? '"version"' : '"name"'}; package skipped`);
    return;
  }
  out.add(npmPackage(name, version, file, npmLicenses(doc)));
}
