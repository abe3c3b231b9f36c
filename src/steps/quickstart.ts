import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccessOptions } from '../oci/opener.js';
import { type BuildStepResult, buildStep } from './build.js';
import { type CopyStepResult, copyStep } from './copy.js';
import { type InspectStepResult, inspectStep } from './inspect.js';
import type { Reporter } from './reporter.js';
import { type SbomStepResult, sbomStep } from './sbom.js';

export interface QuickstartOptions {
  /** The directory packed into the example image (the repository's `example/app`). */
  exampleDir: string;
  /** Where the layouts are written; emptied first. */
  workDir: string;
  created: number;
  access: AccessOptions;
  toolVersion: string;
}

export interface QuickstartResult {
  build: BuildStepResult;
  copy: CopyStepResult;
  inspect: InspectStepResult;
  sbom: SbomStepResult;
}

/**
 * lading's main job on the embedded default, offline: build the example into
 * an OCI layout, carry it to a second layout, inspect what arrived, and write
 * its SBOM in both formats. Each later capability (scan, sign, attest, verify)
 * joins this chain.
 */
export async function quickstartStep(
  options: QuickstartOptions,
  reporter: Reporter,
): Promise<QuickstartResult> {
  await rm(options.workDir, { recursive: true, force: true });
  const built = join(options.workDir, 'built');
  const carried = join(options.workDir, 'carried');
  const build = await buildStep(
    {
      dirs: [`${options.exampleDir}:/app`],
      output: `oci-dir:${built}:example`,
      platform: 'linux/amd64',
      created: options.created,
      cmd: ['node', '/app/server.js'],
      workingDir: '/app',
      labels: { 'org.opencontainers.image.title': 'lading example' },
      access: options.access,
    },
    reporter,
  );
  const copy = await copyStep(
    {
      source: `oci-dir:${built}:example`,
      destination: `oci-dir:${carried}:example`,
      referrers: true,
      access: options.access,
    },
    reporter,
  );
  const inspect = await inspectStep({ source: `oci-dir:${carried}:example`, access: options.access });
  const sbom = await sbomStep(
    {
      source: `oci-dir:${carried}:example`,
      defaultPlatform: { os: 'linux', architecture: 'amd64' },
      outputs: [
        { format: 'spdx-json', file: join(options.workDir, 'example.spdx.json') },
        { format: 'cyclonedx-json', file: join(options.workDir, 'example.cdx.json') },
      ],
      access: options.access,
      created: new Date(options.created * 1000),
      toolVersion: options.toolVersion,
    },
    reporter,
  );
  return { build, copy, inspect, sbom };
}
