import { type CapturedFile, type Distro, normalisePath } from './model.js';

// The distro release decides which advisories apply to OS packages, so it is
// read from the most authoritative file present: os-release (systemd's format,
// /etc first, then the /usr/lib fallback the spec names), then the older
// distro-specific files for images that ship without os-release.

/** In order of authority. */
export const DISTRO_FILES = [
  'etc/os-release',
  'usr/lib/os-release',
  'etc/alpine-release',
  'etc/debian_version',
] as const;

const WANTED = new Set<string>(DISTRO_FILES);

export function wantsDistroFile(path: string): boolean {
  return WANTED.has(normalisePath(path));
}

/**
 * `KEY=value` lines with shell-like quoting (os-release(5)): double quotes allow
 * the escapes \" \\ \$ \`, single quotes are literal, unquoted values end at the
 * line. Malformed lines are ignored, as systemd does.
 */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) continue;
    out[key] = unquote(line.slice(eq + 1).trim());
  }
  return out;
}

function unquote(value: string): string {
  const q = value[0];
  if ((q !== '"' && q !== "'") || value.length < 2 || value[value.length - 1] !== q) return value;
  const inner = value.slice(1, -1);
  if (q === "'") return inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && i + 1 < inner.length && '"\\$`'.includes(inner[i + 1] as string)) {
      out += inner[i + 1];
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

export function distroFromOsRelease(fields: Record<string, string>): Distro | undefined {
  const id = fields.ID?.toLowerCase();
  if (!id) return undefined;
  const distro: Distro = { id, prettyName: fields.PRETTY_NAME || fields.NAME || id };
  if (fields.VERSION_ID) distro.versionId = fields.VERSION_ID;
  if (fields.VERSION_CODENAME) distro.versionCodename = fields.VERSION_CODENAME;
  const like = fields.ID_LIKE?.split(/\s+/).filter(Boolean);
  if (like && like.length > 0) distro.idLike = like.map((l) => l.toLowerCase());
  return distro;
}

/** The distro of an image from whichever of DISTRO_FILES it holds; undefined when none says. */
export function detectDistro(files: readonly CapturedFile[]): Distro | undefined {
  const byPath = new Map<string, CapturedFile>();
  for (const f of files) byPath.set(normalisePath(f.path), f);
  for (const path of ['etc/os-release', 'usr/lib/os-release']) {
    const f = byPath.get(path);
    if (!f) continue;
    const d = distroFromOsRelease(parseOsRelease(f.bytes.toString('utf8')));
    if (d) return d;
  }
  const alpine = byPath.get('etc/alpine-release')?.bytes.toString('utf8').trim();
  if (alpine) {
    const d: Distro = { id: 'alpine', versionId: alpine, prettyName: `Alpine Linux v${alpine}` };
    return d;
  }
  const debian = byPath.get('etc/debian_version')?.bytes.toString('utf8').trim();
  if (debian) return debianFromVersionFile(debian);
  return undefined;
}

// debian_version holds `12.7` on a release and `trixie/sid` on testing/unstable;
// os-release's VERSION_ID for a release is the major number only.
function debianFromVersionFile(text: string): Distro {
  const major = /^(\d+)(\.\d+)*$/.exec(text)?.[1];
  if (major) return { id: 'debian', versionId: major, prettyName: `Debian GNU/Linux ${major}` };
  const codename = text.split('/')[0];
  const d: Distro = { id: 'debian', prettyName: `Debian GNU/Linux ${text}` };
  if (codename) d.versionCodename = codename;
  return d;
}
