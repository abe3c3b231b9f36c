import { InputError } from '../../errors.js';
import { type Digest, isDigest } from '../../oci/digest.js';
import type { Platform } from '../../oci/types.js';
import { buildPurl } from '../purl.js';

// What an SBOM describes: an image (by manifest digest, the identity that
// signatures and attestations also name) or a source tree before an image exists.

export interface ImageSubject {
  kind: 'image';
  /** Repository as the user named it, without tag or digest: `ghcr.io/acme/app`, `app`. */
  name: string;
  /** The platform image's manifest digest (not the index's): what the SBOM's packages were read from. */
  digest: Digest;
  tag?: string;
  platform?: Platform;
}

export interface DirectorySubject {
  kind: 'directory';
  /** The directory as the user named it: `.`, `services/api`. */
  name: string;
}

export type SbomSubject = ImageSubject | DirectorySubject;

/** Throws on a subject no format could describe, naming the field. */
export function checkSubject(subject: SbomSubject): void {
  if (subject.name.trim() === '') throw new InputError(`SBOM subject: ${subject.kind} name is empty`);
  if (subject.kind === 'image' && !isDigest(subject.digest)) {
    throw new InputError(
      `SBOM subject ${subject.name}: digest "${subject.digest}" is not a sha256 or sha512 digest`,
    );
  }
}

/** `ghcr.io/acme/app:1.2@sha256:…`, `dir:services/api`. */
export function subjectDisplayName(subject: SbomSubject): string {
  if (subject.kind === 'directory') return `dir:${subject.name}`;
  return `${subject.name}${subject.tag ? `:${subject.tag}` : ''}@${subject.digest}`;
}

/** `linux/arm64/v8`. */
export function platformText(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * The image's purl per the purl spec's `oci` type: the name is the last path
 * segment, lower case; the version is the digest; the repository goes in
 * `repository_url` (`pkg:oci/app@sha256%3A…?arch=amd64&repository_url=ghcr.io/acme/app&tag=1.2`).
 */
export function imagePurl(subject: ImageSubject): string {
  const segments = subject.name.split('/');
  const last = (segments[segments.length - 1] ?? subject.name).toLowerCase();
  return buildPurl('oci', undefined, last, subject.digest, {
    arch: subject.platform?.architecture,
    repository_url: segments.length > 1 ? subject.name.toLowerCase() : undefined,
    tag: subject.tag,
  });
}

export function digestAlgorithm(digest: Digest): {
  spdx: 'SHA256' | 'SHA512';
  cyclonedx: 'SHA-256' | 'SHA-512';
} {
  return digest.startsWith('sha512:')
    ? { spdx: 'SHA512', cyclonedx: 'SHA-512' }
    : { spdx: 'SHA256', cyclonedx: 'SHA-256' };
}

/** What every format writer needs besides the inventory and the subject. */
export interface SbomWriteOptions {
  /** Creation time written into the document (the caller applies SOURCE_DATE_EPOCH). */
  created: Date;
  /** lading's version, for `Tool: lading-<version>` and the CycloneDX tool component. */
  toolVersion: string;
  /**
   * Mixed into the derived document namespace / serial number: two SBOMs of the
   * same content made for different purposes can be told apart. Omitted, the
   * identifiers depend on the content alone.
   */
  namespaceSeed?: string;
}

export function checkOptions(options: SbomWriteOptions): void {
  if (options.toolVersion.trim() === '' || /\s/.test(options.toolVersion)) {
    throw new InputError(
      `SBOM options: tool version "${options.toolVersion}" is empty or contains whitespace`,
    );
  }
}
