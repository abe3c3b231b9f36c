import { PackageURL } from 'packageurl-js';
import { InputError } from '../errors.js';
import type { Distro } from './model.js';

// Package URLs as the purl spec defines them (packageurl-js does the encoding and
// the canonical, sorted qualifier order) with the qualifiers syft writes for OS
// packages, so scanners that read syft SBOMs read ours: `distro=<id>-<version>`,
// `upstream=<source package>`, rpm `epoch=`.

/** `alpine-3.20.3`, `debian-12`; codename or bare id when the release has no VERSION_ID. */
export function distroQualifier(distro: Distro | undefined): string | undefined {
  if (!distro) return undefined;
  const version = distro.versionId ?? distro.versionCodename;
  return version ? `${distro.id}-${version}` : distro.id;
}

export function buildPurl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers: Record<string, string | undefined> = {},
): string {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(qualifiers)) if (v !== undefined && v !== '') q[k] = v;
  try {
    return new PackageURL(
      type,
      namespace || undefined,
      name,
      version || undefined,
      Object.keys(q).length > 0 ? q : undefined,
      undefined,
    ).toString();
  } catch (err) {
    throw new InputError(
      `purl for ${type} package "${name}"@"${version ?? ''}": ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

export interface ApkPurlInput {
  name: string;
  version: string;
  arch?: string;
  /** `o:` of the installed db: the aport the package was built from. */
  origin?: string;
  distro?: Distro;
}

/** `pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3` (namespace = distro id: alpine, wolfi…). */
export function apkPurl(p: ApkPurlInput): string {
  return buildPurl('apk', p.distro?.id ?? 'alpine', p.name, p.version, {
    arch: p.arch,
    upstream: p.origin && p.origin !== p.name ? p.origin : undefined,
    distro: distroQualifier(p.distro),
  });
}

export interface DebPurlInput {
  name: string;
  version: string;
  arch?: string;
  /** Only what the stanza's `Source:` field declared: dpkg omits it when it equals the binary. */
  source?: string;
  sourceVersion?: string;
  distro?: Distro;
}

/** `pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12` (namespace = distro id: debian, ubuntu…). */
export function debPurl(p: DebPurlInput): string {
  const upstream = p.source ? (p.sourceVersion ? `${p.source}@${p.sourceVersion}` : p.source) : undefined;
  return buildPurl('deb', p.distro?.id ?? 'debian', p.name, p.version, {
    arch: p.arch,
    upstream,
    distro: distroQualifier(p.distro),
  });
}

export interface RpmPurlInput {
  name: string;
  version: string;
  release?: string;
  epoch?: number;
  arch?: string;
  sourceRpm?: string;
  distro?: Distro;
}

// syft names Red Hat's namespace after the vendor, not the os-release ID.
const RPM_NAMESPACE: Record<string, string> = { rhel: 'redhat' };

/**
 * `pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64&distro=almalinux-9.4&epoch=1`.
 * The purl version is version-release; the epoch is a qualifier (purl spec, rpm type).
 */
export function rpmPurl(p: RpmPurlInput): string {
  const namespace = p.distro ? (RPM_NAMESPACE[p.distro.id] ?? p.distro.id) : undefined;
  return buildPurl('rpm', namespace, p.name, p.release ? `${p.version}-${p.release}` : p.version, {
    arch: p.arch,
    epoch: p.epoch === undefined ? undefined : String(p.epoch),
    upstream: p.sourceRpm,
    distro: distroQualifier(p.distro),
  });
}

// packageurl-js parses a purl in ~10 µs, and a scan asks for the same purls
// three times (reading the SBOM, choosing ecosystems, matching): parsed purls
// are kept, frozen so that no caller can change what another one reads.
const PARSED = new Map<string, PackageURL>();
const PARSED_KEPT = 8192;

/** Parsed purl, for comparing purls whatever their qualifier order. The result is frozen and shared. */
export function parsePurl(purl: string): PackageURL {
  const known = PARSED.get(purl);
  if (known) return known;
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch (err) {
    throw new InputError(`purl "${purl}": ${err instanceof Error ? err.message : String(err)}`);
  }
  if (parsed.qualifiers) Object.freeze(parsed.qualifiers);
  Object.freeze(parsed);
  if (PARSED.size >= PARSED_KEPT) PARSED.clear();
  PARSED.set(purl, parsed);
  return parsed;
}
