import { IntegrityError } from '../../errors.js';
import type { Store } from '../../oci/store.js';
import type { Descriptor } from '../../oci/types.js';

/** Signatures, bundles and payloads are small; a larger blob is refused before it is read. */
export const SMALL_BLOB_LIMIT = 4 * 1024 * 1024;

/** Reads a small blob whole (digest-checked by the store). `where` names it in messages. */
export async function fetchSmallBlob(store: Store, descriptor: Descriptor, where: string): Promise<Buffer> {
  if (descriptor.size > SMALL_BLOB_LIMIT) {
    throw new IntegrityError(
      `${where}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${SMALL_BLOB_LIMIT}-byte limit`,
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of await store.fetchBlob(descriptor)) {
    total += (c as Buffer).length;
    if (total > SMALL_BLOB_LIMIT)
      throw new IntegrityError(`${where}: blob ${descriptor.digest} is over the size limit`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
