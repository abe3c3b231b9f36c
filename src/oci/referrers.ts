import { type Digest, hexOf } from './digest.js';
import { MediaType } from './mediatype.js';
import type { Descriptor, FetchedManifest, ImageIndex, Manifest } from './types.js';

// The parts of OCI 1.1 referrers that every store shares: the fallback tag
// schema, how an entry is described, and how entries whose artifact type was
// mislabelled by their writer are given their real type back.

/** `sha256:abc…` → `sha256-abc…`, the tag the referrers tag schema uses. */
export function fallbackTag(subject: Digest): string {
  return `${subject.slice(0, subject.indexOf(':'))}-${hexOf(subject)}`;
}

/** The descriptor of a referrer manifest as the spec wants it in a referrers index. */
export function referrerDescriptor(descriptor: Descriptor, manifest: Manifest): Descriptor {
  const config = 'config' in manifest ? manifest.config : undefined;
  const artifactType = manifest.artifactType ?? config?.mediaType;
  return {
    mediaType: descriptor.mediaType,
    digest: descriptor.digest,
    size: descriptor.size,
    ...(artifactType ? { artifactType } : {}),
    ...(manifest.annotations && Object.keys(manifest.annotations).length
      ? { annotations: manifest.annotations }
      : {}),
  };
}

/**
 * `index` with `entry` added, or undefined when it is already there. Every
 * other entry is kept as it was, whoever wrote it.
 */
export function mergeReferrer(index: ImageIndex | undefined, entry: Descriptor): ImageIndex | undefined {
  const manifests = index?.manifests ?? [];
  if (manifests.some((d) => d.digest === entry.digest)) return undefined;
  return {
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: [...manifests, entry],
    ...(index?.annotations ? { annotations: index.annotations } : {}),
  };
}

/**
 * cosign writes its fallback-index entries with the empty config type as their
 * artifact type, and some registries derive the type from the config; a reader
 * filtering on that label would lose cosign's bundles. Entries labelled with the
 * empty type, or not labelled at all, are read to learn what they really are.
 */
export async function resolveArtifactTypes(
  entries: Descriptor[],
  fetch: (d: Descriptor) => Promise<FetchedManifest>,
): Promise<Descriptor[]> {
  return Promise.all(
    entries.map(async (d) => {
      if (d.artifactType && d.artifactType !== MediaType.ociEmpty) return d;
      const { manifest } = await fetch(d);
      const real = referrerDescriptor(d, manifest);
      const annotations = { ...real.annotations, ...d.annotations };
      return {
        ...d,
        ...(real.artifactType ? { artifactType: real.artifactType } : {}),
        ...(Object.keys(annotations).length ? { annotations } : {}),
      };
    }),
  );
}
