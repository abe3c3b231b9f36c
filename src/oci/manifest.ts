import { InputError, IntegrityError } from '../errors.js';
import { isDigest } from './digest.js';
import { INDEX_TYPES, isManifestType, MediaType } from './mediatype.js';
import type { Descriptor, ImageIndex, ImageManifest, Manifest } from './types.js';

// Manifests arrive from registries, layout directories and archives written by
// other tools. Everything that the rest of lading trusts about a manifest's shape
// is checked here once, so later code can index into it without guarding.

/** The largest manifest lading accepts, as distribution enforces on push. */
export const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;

const SCHEMA1_TYPES = [
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
];

/**
 * Content types that say nothing about which manifest this is. Some registries
 * and static file servers answer with them; the fields decide then, as
 * containerd and distribution do.
 */
const UNSPECIFIC_TYPES = ['', 'application/json', 'application/octet-stream', 'text/plain'];

export interface ParseManifestOptions {
  /** The media type the bytes were announced with (Content-Type, a descriptor). */
  mediaType?: string | undefined;
  /** Where the bytes came from, for messages: `registry/repository@digest`, a file path. */
  where: string;
  /**
   * Who is to blame for bad bytes: a server or store (`remote`, IntegrityError,
   * exit 3) or the user who handed lading a file (`input`, InputError, exit 2).
   */
  from?: 'remote' | 'input';
}

export type ParsedManifest = Manifest & { mediaType: string };

export function parseManifest(bytes: Uint8Array, options: ParseManifestOptions): ParsedManifest {
  const { where } = options;
  const fail = (message: string): never => {
    const text = `${where}: ${message}`;
    throw options.from === 'input' ? new InputError(text) : new IntegrityError(text);
  };

  if (bytes.length > MANIFEST_MAX_BYTES) {
    fail(`manifest of ${bytes.length} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch (err) {
    fail(`manifest is not JSON (${(err as Error).message})`);
  }
  if (!isObject(value)) fail(`manifest is not a JSON object`);
  const doc = value as Record<string, unknown>;

  const announced = normaliseType(options.mediaType);
  const field = doc.mediaType;
  if (field !== undefined && typeof field !== 'string') fail(`manifest field "mediaType" is not a string`);

  if (
    doc.schemaVersion === 1 ||
    SCHEMA1_TYPES.includes(announced) ||
    SCHEMA1_TYPES.includes(field as string)
  ) {
    fail(`Docker schema 1 manifests are not supported; re-push the image with a current client`);
  }
  if (doc.schemaVersion !== 2)
    fail(`manifest "schemaVersion" is ${JSON.stringify(doc.schemaVersion)}, expected 2`);

  const hasManifests = 'manifests' in doc;
  const hasImageFields = 'config' in doc || 'layers' in doc;
  if (hasManifests && hasImageFields) {
    fail(`manifest has both "manifests" and "config"/"layers": it is neither an index nor an image manifest`);
  }
  const detected = hasManifests ? MediaType.ociIndex : hasImageFields ? MediaType.ociManifest : undefined;

  if (field && announced && field !== announced) {
    fail(`manifest "mediaType" is ${field} but it was served as ${announced}`);
  }
  const mediaType = (field as string | undefined) || announced || detected;
  if (!mediaType) fail(`manifest has no "mediaType" and neither "manifests" nor "config" and "layers"`);
  if (!isManifestType(mediaType as string)) fail(`unsupported manifest media type "${mediaType}"`);
  const isIndex = INDEX_TYPES.includes(mediaType as string);
  if (isIndex && hasImageFields) fail(`manifest is typed ${mediaType} but has "config"/"layers"`);
  if (!isIndex && hasManifests) fail(`manifest is typed ${mediaType} but has "manifests"`);

  const check = (d: unknown, path: string): void => {
    checkDescriptor(d, path, fail);
  };
  if (isIndex) {
    if (!Array.isArray(doc.manifests)) fail(`"manifests" is not an array`);
    for (const [i, d] of (doc.manifests as unknown[]).entries()) check(d, `manifests[${i}]`);
  } else {
    check(doc.config, 'config');
    if (!Array.isArray(doc.layers)) fail(`"layers" is not an array`);
    for (const [i, d] of (doc.layers as unknown[]).entries()) check(d, `layers[${i}]`);
  }
  if (doc.subject !== undefined) check(doc.subject, 'subject');
  if (doc.artifactType !== undefined && typeof doc.artifactType !== 'string')
    fail(`"artifactType" is not a string`);
  checkAnnotations(doc.annotations, 'annotations', fail);

  doc.mediaType = mediaType;
  return doc as unknown as (ImageManifest | ImageIndex) & { mediaType: string };
}

/** Compact JSON, the form registries and other clients hash when they write a manifest. */
export function encodeManifest(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(manifest), 'utf8');
}

function normaliseType(type: string | undefined): string {
  const bare = (type ?? '').split(';')[0]!.trim().toLowerCase();
  return UNSPECIFIC_TYPES.includes(bare) ? '' : bare;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDescriptor(
  value: unknown,
  path: string,
  fail: (m: string) => never,
): asserts value is Descriptor {
  if (!isObject(value)) fail(`${path} is not a descriptor object`);
  const d = value as Record<string, unknown>;
  if (typeof d.mediaType !== 'string' || d.mediaType === '')
    fail(`${path}.mediaType is missing or not a string`);
  if (typeof d.digest !== 'string' || !isDigest(d.digest)) {
    fail(`${path}.digest ${JSON.stringify(d.digest)} is not a sha256 or sha512 digest`);
  }
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
    fail(`${path}.size ${JSON.stringify(d.size)} is not a non-negative integer`);
  }
  if (d.urls !== undefined && !(Array.isArray(d.urls) && d.urls.every((u) => typeof u === 'string'))) {
    fail(`${path}.urls is not a list of strings`);
  }
  if (d.artifactType !== undefined && typeof d.artifactType !== 'string')
    fail(`${path}.artifactType is not a string`);
  if (d.data !== undefined && typeof d.data !== 'string') fail(`${path}.data is not a base64 string`);
  if (d.platform !== undefined) {
    const p = d.platform;
    if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
      fail(`${path}.platform needs "os" and "architecture" strings`);
    }
  }
  checkAnnotations(d.annotations, `${path}.annotations`, fail);
}

function checkAnnotations(value: unknown, path: string, fail: (m: string) => never): void {
  if (value === undefined) return;
  if (!isObject(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    fail(`${path} is not a map of strings`);
  }
}
