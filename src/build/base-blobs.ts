import { RegistryStore } from '../oci/registry.js';
import type { Store } from '../oci/store.js';
import type { Descriptor } from '../oci/types.js';

export interface CarriedBlobs {
  copied: number;
  mounted: number;
  exists: number;
  /** Non-distributable layers the source does not hold; registries fetch them from their URLs. */
  foreign: number;
}

/** Blobs transferred at once, as the copier does: each registry upload holds one chunk in memory. */
const CONCURRENCY = 3;

/**
 * Puts the base image's blobs into the target: nothing for those it already
 * has, a cross-repository mount within one registry, a streamed copy
 * otherwise. Every stream is digest-verified by the stores on the way.
 */
export async function carryBaseBlobs(
  source: Store,
  target: Store,
  blobs: Descriptor[],
): Promise<CarriedBlobs> {
  const counts: CarriedBlobs = { copied: 0, mounted: 0, exists: 0, foreign: 0 };
  const from = mountSource(source, target);
  const queue = blobs.filter((d, i) => blobs.findIndex((e) => e.digest === d.digest) === i);
  const carry = async (d: Descriptor): Promise<void> => {
    if (await target.hasBlob(d)) {
      counts.exists++;
      return;
    }
    if (d.urls?.length && !(await source.hasBlob(d))) {
      counts.foreign++;
      return;
    }
    if (from && target.mountBlob && (await target.mountBlob(d, from))) {
      counts.mounted++;
      return;
    }
    await target.pushBlob(d, await source.fetchBlob(d));
    counts.copied++;
  };
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await carry(next);
    }),
  );
  return counts;
}

/** The source repository when both are repositories of one registry: a mount moves no bytes. */
function mountSource(source: Store, target: Store): string | undefined {
  if (!(source instanceof RegistryStore) || !(target instanceof RegistryStore)) return undefined;
  if (source.registry !== target.registry || source.repository === target.repository) return undefined;
  return source.repository;
}
