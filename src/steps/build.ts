import { buildImage } from '../build/assembler.js';
import { InputError } from '../errors.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import { parsePlatform } from '../oci/platform.js';
import type { Descriptor } from '../oci/types.js';
import type { Reporter } from './reporter.js';

export interface BuildStepOptions {
  /** `SRC[:DEST]` pairs; DEST defaults to `/`. */
  dirs: string[];
  output: string;
  platform: string;
  created: number;
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  workingDir?: string;
  labels?: Record<string, string>;
  access: AccessOptions;
}

export interface BuildStepResult {
  output: string;
  manifest: Descriptor;
  layers: Descriptor[];
}

/** `lading build`: directories → a reproducible image from scratch, pushed to a registry or written to a layout. */
export async function buildStep(options: BuildStepOptions, reporter: Reporter): Promise<BuildStepResult> {
  if (!options.dirs.length) throw new InputError('build: give at least one --dir SRC[:DEST]');
  const layers = options.dirs.map((spec) => {
    const i = spec.lastIndexOf(':');
    const source = i > 0 ? spec.slice(0, i) : spec;
    const destination = i > 0 ? spec.slice(i + 1) : '/';
    if (!destination.startsWith('/'))
      throw new InputError(`build: --dir ${spec}: the destination must be absolute`);
    return { source, destination };
  });
  const platform = parsePlatform(options.platform);
  const target = await openLocation(options.output, 'write', options.access);
  try {
    const tag = target.reference || (target.needsTag ? 'latest' : '');
    if (tag.includes(':') && tag.startsWith('sha')) {
      throw new InputError(`build: ${options.output}: name a tag for the output, not a digest`);
    }
    reporter.info(
      `building ${layers.map((l) => `${l.source} -> ${l.destination}`).join(', ')} into ${target.display}`,
    );
    const built = await buildImage(target.store, {
      layers,
      platform,
      created: options.created,
      ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
      ...(options.cmd ? { cmd: options.cmd } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(options.workingDir ? { workingDir: options.workingDir } : {}),
      ...(options.labels ? { labels: options.labels } : {}),
      ...(tag ? { tag } : {}),
    });
    await target.commit();
    return {
      output: `${target.display}${tag ? `:${tag}` : ''}@${built.manifest.digest}`,
      manifest: built.manifest,
      layers: built.layers,
    };
  } finally {
    await target.close();
  }
}
