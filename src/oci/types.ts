import type { Digest } from './digest.js';

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  /** Base64 of the content, for small blobs such as the empty config. */
  data?: string;
  platform?: Platform;
  artifactType?: string;
}

/** OCI image manifest or Docker schema 2 manifest (same shape). */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

/** OCI image index or Docker manifest list (same shape). */
export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  manifests: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export type Manifest = ImageManifest | ImageIndex;

/** A manifest as read: its verified bytes, its parsed form and its descriptor. */
export interface FetchedManifest {
  descriptor: Descriptor;
  bytes: Buffer;
  manifest: Manifest;
}

export function isIndex(m: Manifest): m is ImageIndex {
  return Array.isArray((m as ImageIndex).manifests);
}
