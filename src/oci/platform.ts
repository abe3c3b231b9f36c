import { InputError, NotFoundError } from '../errors.js';
import type { Descriptor, ImageIndex, Platform } from './types.js';

// Platform names as users type them (`linux/arm64`, `linux/x86_64`) and as
// indexes spell them (`arm64` with or without `v8`) differ; both sides are
// normalised the way containerd's platforms package does before comparing, so
// `--platform linux/aarch64` finds the `linux/arm64/v8` entry.

const PART = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * `os/arch[/variant]`, optionally `os(os.version)/arch…` as containerd writes
 * Windows platforms. Returns the normalised platform; throws InputError on junk.
 */
export function parsePlatform(text: string, where = '--platform'): Platform {
  const m = /^([^/()]+)(?:\(([^()]+)\))?\/([^/]+)(?:\/([^/]+))?$/.exec(text.trim());
  const os = m?.[1]?.toLowerCase();
  const arch = m?.[3]?.toLowerCase();
  const variant = m?.[4]?.toLowerCase();
  if (
    !m ||
    !os ||
    !arch ||
    !PART.test(os) ||
    !PART.test(arch) ||
    (variant !== undefined && !PART.test(variant))
  ) {
    throw new InputError(
      `${where}: "${text}" is not a platform; expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`,
    );
  }
  return normalizePlatform({
    os,
    architecture: arch,
    ...(variant ? { variant } : {}),
    ...(m[2] ? { 'os.version': m[2] } : {}),
  });
}

/** containerd's normalisation, except that arm64 keeps `v8` explicit, as Docker's indexes write it. */
export function normalizePlatform(p: Platform): Platform {
  let os = p.os.toLowerCase();
  if (os === 'macos') os = 'darwin';
  let arch = p.architecture.toLowerCase();
  let variant = p.variant?.toLowerCase() ?? '';
  switch (arch) {
    case 'i386':
      arch = '386';
      variant = '';
      break;
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      arch = 'amd64';
      if (variant === 'v1') variant = '';
      break;
    case 'aarch64':
    case 'arm64':
      arch = 'arm64';
      if (variant === '' || variant === '8' || variant === 'v8.0') variant = 'v8';
      else if (variant === '9' || variant === '9.0' || variant === 'v9.0') variant = 'v9';
      break;
    case 'armhf':
      arch = 'arm';
      variant = 'v7';
      break;
    case 'armel':
      arch = 'arm';
      variant = 'v6';
      break;
    case 'arm':
      if (variant === '' || variant === '7') variant = 'v7';
      else if (/^[5-8]$/.test(variant)) variant = `v${variant}`;
      break;
  }
  const out: Platform = { os, architecture: arch };
  if (variant) out.variant = variant;
  if (p['os.version']) out['os.version'] = p['os.version'];
  if (p['os.features']) out['os.features'] = p['os.features'];
  return out;
}

/** `linux/arm64/v8`, with `(os.version)` when there is one. */
export function formatPlatform(p: Platform): string {
  const n = normalizePlatform(p);
  const os = n['os.version'] ? `${n.os}(${n['os.version']})` : n.os;
  return [os, n.architecture, n.variant].filter(Boolean).join('/');
}

/** Exact match after normalisation; `os.version` only counts when `want` names one. */
export function matchPlatform(want: Platform, have: Platform): boolean {
  const w = normalizePlatform(want);
  const h = normalizePlatform(have);
  if (w.os !== h.os || w.architecture !== h.architecture || (w.variant ?? '') !== (h.variant ?? ''))
    return false;
  return !w['os.version'] || w['os.version'] === h['os.version'];
}

/**
 * Platforms that can run an image built for `want`, best first: the platform
 * itself, then older variants of the same architecture (arm/v7 runs arm/v6 and
 * arm/v5; amd64/v3 runs v2 and v1), as containerd orders them. Never another
 * architecture: an SBOM of a 386 image is not the SBOM of an amd64 one.
 */
function compatible(want: Platform): Platform[] {
  const w = normalizePlatform(want);
  const out = [w];
  const version = Number(/^v(\d+)$/.exec(w.variant ?? '')?.[1]);
  const floor = w.architecture === 'arm' ? 5 : w.architecture === 'amd64' ? 1 : undefined;
  if (floor !== undefined && Number.isInteger(version)) {
    for (let v = version - 1; v >= floor; v--) {
      const { variant: _, ...rest } = w;
      out.push(w.architecture === 'amd64' && v === 1 ? rest : { ...rest, variant: `v${v}` });
    }
  }
  return out;
}

/** Entries that are images for a platform: no attestation (`unknown/unknown`) or platform-less entries. */
export function platformEntries(index: ImageIndex): Array<Descriptor & { platform: Platform }> {
  return index.manifests.filter(
    (d): d is Descriptor & { platform: Platform } =>
      d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'),
  );
}

/**
 * The index entry for `want` (the caller's default platform when the user gave
 * none). NotFoundError lists what the index offers, so the user can pick one.
 */
export function selectPlatform(index: ImageIndex, want: Platform, ref: string): Descriptor {
  const entries = platformEntries(index);
  for (const candidate of compatible(want)) {
    const hit = entries.find((d) => matchPlatform(candidate, d.platform));
    if (hit) return hit;
  }
  const offered = [...new Set(entries.map((d) => formatPlatform(d.platform)))];
  const has = offered.length ? `it has ${offered.join(', ')}` : 'it lists no platform images';
  throw new NotFoundError(`no ${formatPlatform(want)} image in ${ref}; ${has}`);
}
