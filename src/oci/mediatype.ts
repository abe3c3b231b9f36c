export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const;

export const IMAGE_MANIFEST_TYPES: readonly string[] = [MediaType.ociManifest, MediaType.dockerManifest];
export const INDEX_TYPES: readonly string[] = [MediaType.ociIndex, MediaType.dockerManifestList];
export const MANIFEST_TYPES: readonly string[] = [...IMAGE_MANIFEST_TYPES, ...INDEX_TYPES];

/** The `Accept` header for manifest reads: every type lading understands. */
export const MANIFEST_ACCEPT = MANIFEST_TYPES.join(', ');

export function isIndexType(mediaType: string): boolean {
  return INDEX_TYPES.includes(mediaType);
}
export function isManifestType(mediaType: string): boolean {
  return MANIFEST_TYPES.includes(mediaType);
}

/** The empty JSON object `{}` that OCI 1.1 artifacts use as config. */
export const EMPTY_JSON = {
  mediaType: MediaType.ociEmpty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2,
  data: 'e30=',
} as const;
