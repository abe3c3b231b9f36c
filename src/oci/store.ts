import type { Readable } from 'node:stream';
import type { Digest } from './digest.js';
import type { Descriptor, FetchedManifest } from './types.js';

/**
 * What every place that holds images offers: a repository in a registry, an OCI
 * layout directory, an archive. Copy, inspect, sign and attest are written once
 * against this interface.
 *
 * Reads are verified: `fetchManifest` returns bytes whose digest was checked,
 * and the stream from `fetchBlob` errors before its end when the digest or size
 * is wrong. Writes are ordered by the caller (blobs, then child manifests, then
 * the root), and `pushManifest` with a tag is the commit point: a store must not
 * make a tag visible before the manifest and everything it references exist.
 */
export interface Store {
  /** Human-readable name for messages: `127.0.0.1:5000/demo/app`, `oci-dir:./out`. */
  readonly name: string;

  /** Tag or digest → descriptor of the root manifest. Throws NotFoundError. */
  resolve(reference: string): Promise<Descriptor>;
  fetchManifest(descriptor: Pick<Descriptor, 'digest'> & Partial<Descriptor>): Promise<FetchedManifest>;
  fetchBlob(descriptor: Descriptor): Promise<Readable>;
  hasBlob(descriptor: Descriptor): Promise<boolean>;
  hasManifest(descriptor: Descriptor): Promise<boolean>;

  /** Stores a blob from a stream; the store verifies digest and size before committing it. */
  pushBlob(descriptor: Descriptor, content: Readable | Buffer): Promise<void>;
  /** Stores manifest bytes, under `tag` when given; returns the stored descriptor. */
  pushManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<Descriptor>;

  /** Manifests whose `subject` is `subject`, optionally only those of `artifactType`. */
  referrers(subject: Digest, options?: { artifactType?: string }): Promise<Descriptor[]>;

  listTags(): Promise<string[]>;

  /**
   * Registries only: mount a blob from another repository of the same registry
   * instead of uploading it. Resolves false when the registry declined.
   */
  mountBlob?(descriptor: Descriptor, fromRepository: string): Promise<boolean>;
  /** Deletes a manifest by digest, where the store allows it. */
  deleteManifest?(digest: Digest): Promise<void>;
}
