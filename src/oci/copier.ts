import { AuthError, NotFoundError, OperationError, RegistryError } from '../errors.js';
import type { Digest } from './digest.js';
import { isIndexType } from './mediatype.js';
import type { Store } from './store.js';
import { type Descriptor, type FetchedManifest, isIndex } from './types.js';

export interface CopyOptions {
  /** Tag to give the root manifest at the destination; without it the root is pushed by digest. */
  tag?: string;
  /** Also copy the referrers (signatures, attestations, SBOMs) of every manifest copied. */
  referrers?: boolean;
  /** Blobs transferred at once (default 3). Each registry upload holds one chunk in memory. */
  concurrency?: number;
  /** Called once per blob: transferred, already present, or mounted. */
  onBlob?: (event: BlobEvent) => void;
  /** Called when a blob transfer failed transiently and is about to be redone from the source. */
  onRetry?: (descriptor: Descriptor, attempt: number, error: unknown) => void;
}

export interface BlobEvent {
  descriptor: Descriptor;
  outcome: 'copied' | 'exists' | 'mounted' | 'skipped-foreign';
}

export interface CopyResult {
  root: Descriptor;
  manifests: number;
  blobs: { copied: number; exists: number; mounted: number; skippedForeign: number; bytes: number };
  referrers: Descriptor[];
}

/**
 * Copies the graph under `root` from `source` to `target`, children before
 * parents: layers and configs, then platform manifests, then the index, and
 * the tag last. A failure at any point leaves no tag pointing at a manifest
 * whose content is missing, because nothing names the root until everything
 * under it is in place.
 */
export async function copyImage(
  source: Store,
  target: Store,
  root: Descriptor,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const copier = new Copier(source, target, options);
  const fetched = await source.fetchManifest(root);
  await copier.copyManifest(fetched, options.tag);
  if (options.referrers) await copier.copyReferrers(fetched.descriptor.digest);
  return {
    root: fetched.descriptor,
    manifests: copier.manifests,
    blobs: copier.blobs,
    referrers: copier.referrerList,
  };
}

class Copier {
  manifests = 0;
  readonly blobs = { copied: 0, exists: 0, mounted: 0, skippedForeign: 0, bytes: 0 };
  readonly referrerList: Descriptor[] = [];
  private readonly done = new Set<string>();
  private readonly concurrency: number;

  constructor(
    private readonly source: Store,
    private readonly target: Store,
    private readonly options: CopyOptions,
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  async copyManifest(fetched: FetchedManifest, tag?: string): Promise<void> {
    const { manifest, descriptor } = fetched;
    if (!this.done.has(descriptor.digest)) {
      if (isIndex(manifest)) {
        // Children are copied one after another; their blobs are parallel inside each.
        for (const child of manifest.manifests) {
          if (this.done.has(child.digest)) continue;
          if (!isIndexType(child.mediaType) && (await this.target.hasManifest(child))) {
            this.done.add(child.digest);
            continue;
          }
          await this.copyManifest(await this.source.fetchManifest(child));
        }
      } else {
        await this.copyBlobs([manifest.config, ...manifest.layers]);
      }
    }
    // Pushed even when present, when a tag must be (re)pointed at it.
    if (!this.done.has(descriptor.digest) || tag) {
      await this.target.pushManifest(fetched.bytes, descriptor.mediaType, tag);
      this.manifests++;
      this.done.add(descriptor.digest);
    }
  }

  async copyReferrers(subject: Digest): Promise<void> {
    const found = await this.source.referrers(subject);
    for (const d of found) {
      if (this.referrerList.some((r) => r.digest === d.digest)) continue;
      await this.copyManifest(await this.source.fetchManifest(d));
      this.referrerList.push(d);
      // Referrers can themselves have referrers (a signature on an SBOM attestation).
      await this.copyReferrers(d.digest);
    }
  }

  private async copyBlobs(descriptors: Descriptor[]): Promise<void> {
    // Largest first: the last blob to start then is a small one, so the streams end
    // together instead of one big layer running alone at the end.
    const queue = descriptors
      .filter((d, i) => descriptors.findIndex((e) => e.digest === d.digest) === i)
      .sort((a, b) => b.size - a.size);
    const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await this.copyBlob(next);
    });
    await Promise.all(workers);
  }

  private async transfer(d: Descriptor): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.target.pushBlob(d, await this.source.fetchBlob(d));
        return;
      } catch (err) {
        if (attempt >= TRANSFER_ATTEMPTS || !transient(err)) throw err;
        this.options.onRetry?.(d, attempt, err);
      }
    }
  }

  private async copyBlob(d: Descriptor): Promise<void> {
    if (this.done.has(d.digest)) return;
    this.done.add(d.digest);
    if (d.urls?.length && !(await this.source.hasBlob(d))) {
      // Non-distributable layers live at their URLs, not in the source; registries fetch them there.
      this.blobs.skippedForeign++;
      this.options.onBlob?.({ descriptor: d, outcome: 'skipped-foreign' });
      return;
    }
    if (await this.target.hasBlob(d)) {
      this.blobs.exists++;
      this.options.onBlob?.({ descriptor: d, outcome: 'exists' });
      return;
    }
    const from = sameRegistryRepository(this.source, this.target);
    if (from && this.target.mountBlob && (await this.target.mountBlob(d, from))) {
      this.blobs.mounted++;
      this.options.onBlob?.({ descriptor: d, outcome: 'mounted' });
      return;
    }
    await this.transfer(d);
    this.blobs.copied++;
    this.blobs.bytes += d.size;
    this.options.onBlob?.({ descriptor: d, outcome: 'copied' });
  }
}

/**
 * Blobs moved at once. On two busy cores 2, 3 and 4 streams measured alike
 * (the copy is bound by this process's CPU, not by round trips); each stream
 * holds a few read or write buffers, so more would only cost memory.
 */
const DEFAULT_CONCURRENCY = 3;

/** Attempts per blob transfer. Streams cannot be rewound, so a retry re-reads the source. */
const TRANSFER_ATTEMPTS = 3;

/**
 * Worth another attempt: a connection that dropped mid-stream, a truncated
 * read, a registry error that may pass. Not: refused credentials, missing
 * content, or a request the registry rejected as wrong.
 */
function transient(err: unknown): boolean {
  if (!(err instanceof OperationError) || err instanceof AuthError || err instanceof NotFoundError)
    return false;
  if (err instanceof RegistryError) return err.status >= 500 || err.status === 408 || err.status === 429;
  return true;
}

/** The source repository name when both stores are repositories of one registry, for a cross-repository mount. */
function sameRegistryRepository(source: Store, target: Store): string | undefined {
  const s = source as Partial<{ registry: string; repository: string }>;
  const t = target as Partial<{ registry: string; repository: string }>;
  if (
    s.registry &&
    t.registry &&
    s.registry === t.registry &&
    s.repository &&
    s.repository !== t.repository
  ) {
    return s.repository;
  }
  return undefined;
}
