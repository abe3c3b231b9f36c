import { parse as parseYaml } from 'yaml';
import type { CapturedFile } from '../../model.js';
import { type Findings, firstLine, isRecord, str } from '../findings.js';
import { isLocalVersion, npmPackage } from './package.js';

// yarn.lock in both dialects. Classic (v1) is yarn's own indented format, read
// line by line; berry (v2+, `__metadata:` first) is YAML. Both key an entry by
// the descriptors that resolved to it (`"a@^1.0.0, a@^1.2.0":`); the package
// name is that of the first descriptor, and an `npm:` alias names the real package.

export function parseYarnLock(file: CapturedFile, out: Findings): void {
  const text = file.bytes.toString('utf8');
  if (/^__metadata:/m.test(text)) parseBerry(text, file, out);
  else parseClassic(text, file, out);
}

/** `name@range` -> name, following `npm:real@range` aliases. */
function nameOfDescriptor(descriptor: string): string | undefined {
  const d = descriptor.trim().replace(/^"|"$/g, '');
  const at = d.indexOf('@', 1);
  if (at <= 0) return undefined;
  const range = d.slice(at + 1);
  if (range.startsWith('npm:')) {
    const target = range.slice(4);
    const aliasAt = target.indexOf('@', 1);
    if (aliasAt > 0) return target.slice(0, aliasAt);
  }
  return d.slice(0, at);
}

/**
 * The package a registry tarball URL names (`…/@scope/name/-/name-1.0.0.tgz`):
 * what yarn really fetched, whatever the descriptor in the header said.
 */
function nameOfTarball(url: string): string | undefined {
  const m = /^https?:\/\/[^/]+\/(?:.*?\/)??((?:@[^/]+\/)?[^/@]+)\/-\/[^/]+\.tgz(?:#.*)?$/.exec(url);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

function parseClassic(text: string, file: CapturedFile, out: Findings): void {
  const lines = text.split(/\r?\n/);
  let entry: { line: number; name: string | undefined; version?: string; resolved?: string } | undefined;
  const finish = () => {
    if (!entry) return;
    const fetched = entry.resolved ? nameOfTarball(entry.resolved) : undefined;
    if (fetched) entry.name = fetched;
    if (!entry.name)
      out.warn(file, `entry at line ${entry.line}: cannot read a package name from its header; skipped`);
    else if (!entry.version)
      out.warn(file, `entry at line ${entry.line} (${entry.name}) has no version; skipped`);
    else if (!isLocalVersion(entry.version)) out.add(npmPackage(entry.name, entry.version, file));
    entry = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      finish();
      if (!line.endsWith(':')) {
        out.warn(file, `line ${i + 1} is neither an entry header nor an indented field; skipped`);
        continue;
      }
      entry = { line: i + 1, name: nameOfDescriptor(line.slice(0, -1).split(',')[0] ?? '') };
      continue;
    }
    const m = /^ {2}(version|resolved):? +"?([^"\s]+)"?\s*$/.exec(line);
    if (m && entry) entry[m[1] as 'version' | 'resolved'] = m[2];
  }
  finish();
}

function parseBerry(text: string, file: CapturedFile, out: Findings): void {
  let doc: unknown;
  try {
    // Hand-edited lockfiles repeat keys; yarn itself keeps the last.
    doc = parseYaml(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch (err) {
    throw new Error(`not valid YAML (${firstLine(err)})`);
  }
  if (!isRecord(doc)) throw new Error('is not a YAML mapping');
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata') continue;
    if (!isRecord(entry)) {
      out.warn(file, `entry "${key}" is not a mapping; skipped`);
      continue;
    }
    const name = nameOfDescriptor(key.split(',')[0] ?? '');
    const version =
      str(entry.version) ?? (typeof entry.version === 'number' ? String(entry.version) : undefined);
    if (!name || !version) {
      out.warn(file, `entry "${key}" has no ${name ? 'version' : 'package name'}; skipped`);
      continue;
    }
    if (isLocalVersion(version)) continue;
    out.add(npmPackage(name, version, file));
  }
}
