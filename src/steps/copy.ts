import { InputError } from '../errors.js';
import { type BlobEvent, copyImage } from '../oci/copier.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import type { Descriptor } from '../oci/types.js';
import type { Reporter } from './reporter.js';

export interface CopyStepOptions {
  source: string;
  destination: string;
  /** Copy signatures, attestations and other referrers with the image (default true). */
  referrers: boolean;
  access: AccessOptions;
}

export interface CopyStepResult {
  source: string;
  destination: string;
  root: Descriptor;
  manifests: number;
  blobs: { copied: number; exists: number; mounted: number; skippedForeign: number; bytes: number };
  referrers: Descriptor[];
}

/**
 * `lading copy`: the whole graph of one image (every platform of an index) and,
 * by default, its referrers, from any source to any destination. The
 * destination's tag is written last, so an interrupted copy never leaves a tag
 * on an incomplete image.
 */
export async function copyStep(options: CopyStepOptions, reporter: Reporter): Promise<CopyStepResult> {
  const source = await openLocation(options.source, 'read', options.access);
  try {
    const root = await source.store.resolve(source.reference);
    const destination = await openLocation(options.destination, 'write', options.access);
    try {
      let tag = destination.reference;
      if (isDigest(tag)) {
        if (tag !== root.digest) {
          throw new InputError(`copy: destination digest ${tag} is not the source's digest ${root.digest}`);
        }
        tag = '';
      }
      if (!tag && destination.needsTag) tag = isDigest(source.reference) ? 'latest' : source.reference;
      reporter.info(
        `copying ${source.display} (${root.digest}) to ${destination.display}${tag ? `:${tag}` : ''}`,
      );
      const onBlob = (e: BlobEvent) =>
        reporter.debug(`${e.outcome} ${e.descriptor.digest} (${e.descriptor.size} bytes)`);
      const result = await copyImage(source.store, destination.store, root, {
        ...(tag ? { tag } : {}),
        referrers: options.referrers,
        onBlob,
        onRetry: (d, attempt, err) =>
          reporter.warn(
            `retrying ${d.digest} after attempt ${attempt}: ${err instanceof Error ? err.message : err}`,
          ),
      });
      await destination.commit();
      return {
        source: source.display,
        destination: `${destination.display}${tag ? `:${tag}` : ''}@${result.root.digest}`,
        root: result.root,
        manifests: result.manifests,
        blobs: result.blobs,
        referrers: result.referrers,
      };
    } finally {
      await destination.close();
    }
  } finally {
    await source.close();
  }
}
