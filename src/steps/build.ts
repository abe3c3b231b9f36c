import { resolve } from 'node:path';
import { prepareImage, writeImage } from '../build/assembler.js';
import type { CarriedBlobs } from '../build/base-blobs.js';
import { type BaseImage, openBaseImage } from '../build/base-image.js';
import { parseDirSpec } from '../build/dir-spec.js';
import { InputError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import { formatPlatform, parsePlatform } from '../oci/platform.js';
import { detectSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import type { Reporter } from './reporter.js';

export interface BuildStepOptions {
  /** `SRC[:DEST]` pairs; DEST defaults to `/`. Relative SRC are taken from `access.cwd`. */
  dirs: string[];
  output: string;
  /** Any SOURCE (registry, oci-dir:, oci-archive:, docker-archive:) or `scratch` (the default). */
  from?: string;
  /** `os/arch[/variant]`: FROM scratch, the platform written (default linux/amd64); with a base index, the image picked. */
  platform?: string;
  /** Seconds since the epoch for the image and its files (SOURCE_DATE_EPOCH). */
  created: number;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  workingDir?: string;
  user?: string;
  expose?: string[];
  stopSignal?: string;
  labels?: Record<string, string>;
  /**
   * Write the manifest by digest only, ignoring any tag in `output`: the tags
   * come afterwards from `lading tag`, whose immutable guard then covers them all.
   */
  noTag?: boolean;
  /** `org.opencontainers.image.base.name` for a base that is not a registry reference. */
  baseName?: string;
  access: AccessOptions;
}

export interface BuildStepResult {
  output: string;
  manifest: Descriptor;
  /** `os/arch[/variant]` of the image built. */
  platform: string;
  config: Descriptor;
  layers: Descriptor[];
  base?: {
    source: string;
    name?: string;
    /** What the base reference resolved to (the index for a multi-platform base). */
    digest: Digest;
    /** The platform image built upon. */
    manifest: Digest;
    layers: number;
    blobs: CarriedBlobs;
  };
}

/**
 * `lading build`: a base image (or none) plus directories → a reproducible
 * image in a registry, an OCI layout or an OCI archive. Everything that can be
 * wrong with the input (the base, the platform, the directories, the options)
 * is found before the destination is opened, so a failed build writes nothing.
 */
export async function buildStep(options: BuildStepOptions, reporter: Reporter): Promise<BuildStepResult> {
  if (!options.dirs.length) throw new InputError('build: give at least one --dir SRC[:DEST]');
  const layers = options.dirs.map((spec) => {
    const parsed = parseDirSpec(spec);
    return {
      ...parsed,
      source: resolve(options.access.cwd, parsed.source),
    };
  });
  await checkOutput(options.output);
  const fromScratch = options.from === undefined || options.from === 'scratch';
  const platform = parsePlatform(options.platform ?? 'linux/amd64');

  let base: BaseImage | undefined;
  try {
    if (!fromScratch) {
      base = await openBaseImage(options.from as string, options.platform, options.access);
      reporter.info(`base ${options.from}: ${formatPlatform(base.platform)} image ${base.manifest.digest}`);
    }
    const prepared = await prepareImage({
      layers,
      ...(base ? { base } : {}),
      platform,
      created: options.created,
      changes: {
        ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
        ...(options.cmd ? { cmd: options.cmd } : {}),
        ...(options.env ? { env: options.env } : {}),
        ...(options.workingDir !== undefined ? { workingDir: options.workingDir } : {}),
        ...(options.user !== undefined ? { user: options.user } : {}),
        ...(options.expose ? { exposedPorts: options.expose } : {}),
        ...(options.stopSignal !== undefined ? { stopSignal: options.stopSignal } : {}),
        ...(options.labels ? { labels: options.labels } : {}),
      },
      ...(options.baseName ? { baseName: options.baseName } : {}),
    });
    try {
      for (const w of prepared.warnings) reporter.warn(`build: ${w}`);
      const target = await openLocation(options.output, 'write', options.access);
      try {
        const tag = options.noTag ? '' : target.reference || (target.needsTag ? 'latest' : '');
        reporter.info(
          `building ${layers.map((l) => `${l.label} -> ${l.destination}`).join(', ')} into ${target.display}`,
        );
        const built = await writeImage(prepared, target.store, tag || undefined);
        await target.commit();
        return {
          output: `${target.display}${tag ? `:${tag}` : ''}@${built.manifest.digest}`,
          manifest: built.manifest,
          platform: formatPlatform(prepared.platform),
          config: built.config,
          layers: built.layers,
          ...(base && built.base
            ? {
                base: {
                  source: base.source,
                  ...(options.baseName || base.name ? { name: options.baseName ?? base.name } : {}),
                  digest: base.digest,
                  manifest: base.manifest.digest,
                  layers: base.layers.length,
                  blobs: built.base,
                },
              }
            : {}),
        };
      } finally {
        await target.close();
      }
    } finally {
      await prepared.dispose();
    }
  } finally {
    await base?.close();
  }
}

/** The output's syntax, checked without creating anything. */
async function checkOutput(output: string): Promise<void> {
  const dest = await detectSource(output);
  if (dest.kind === 'dir' || dest.kind === 'docker-archive') {
    throw new InputError(
      `build: --output ${output}: write to registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]`,
    );
  }
  const digest = dest.kind === 'registry' ? dest.reference.digest : dest.digest;
  if (digest) {
    throw new InputError(`build: --output ${output}: name a tag for the output, not a digest`);
  }
}
