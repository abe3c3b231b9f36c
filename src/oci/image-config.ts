import type { Store } from './store.js';
import type { Descriptor } from './types.js';

/** Larger than any real image config; a bigger "config" is not one lading reads. */
const CONFIG_MAX_BYTES = 8 * 1024 * 1024;

/**
 * An image's config as an object, digest-verified by the store. Artifacts use
 * other config types (the empty `{}`, or none lading can read): those give `{}`.
 */
export async function readImageConfig(store: Store, d: Descriptor): Promise<Record<string, unknown>> {
  if (!d.mediaType.endsWith('json') || d.size > CONFIG_MAX_BYTES) return {};
  const chunks: Buffer[] = [];
  for await (const c of await store.fetchBlob(d)) chunks.push(c as Buffer);
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
