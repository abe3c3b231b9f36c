import { dirname, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { describeError, InputError, OperationError } from '../errors.js';
import { booleanInput, registryAccessInput, workspacePath } from '../github/action-inputs.js';
import { actionsReporter } from '../github/reporter.js';
import { sbomSummaryMarkdown } from '../report/sbom-summary.js';
import {
  parseSbomFormat,
  parseSbomOutput,
  SBOM_FILE_SUFFIXES,
  SBOM_FORMATS,
  type SbomFormat,
  type SbomOutput,
} from '../sbom/formats/index.js';
import { sbomStep } from '../steps/sbom.js';

// actions/sbom: inputs → sbomStep → one file per format (outputs name them),
// the package count, a job summary, and optionally the files uploaded as one
// workflow artifact.

function sourceFromInputs(): string {
  const image = core.getInput('image').trim();
  const path = core.getInput('path').trim();
  if (image && path) throw new InputError('image and path: give one, not both');
  if (!image && !path) throw new InputError('give image (an image to catalog) or path (a source tree)');
  if (image) return image;
  return path.startsWith('dir:') ? path : `dir:${path}`;
}

/**
 * `formats`: a comma- or line-separated list of formats (each written to
 * `sbom<suffix>` in the workspace), or lines of `FORMAT=FILE`.
 */
export function parseFormats(text: string): SbomOutput[] {
  const items = text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new InputError(`formats: give at least one of ${SBOM_FORMATS.join(', ')}`);
  const outputs = items.map((item) => {
    if (item.includes('=')) return parseSbomOutput(item, 'formats');
    const format: SbomFormat = parseSbomFormat(item, 'formats');
    return { format, file: `sbom${SBOM_FILE_SUFFIXES[format]}` };
  });
  const seen = new Set<string>();
  for (const o of outputs) {
    if (seen.has(o.format)) throw new InputError(`formats: ${o.format} is listed twice`);
    seen.add(o.format);
    if (!o.file) throw new InputError(`formats: ${o.format} needs a file (FORMAT=FILE)`);
  }
  return outputs;
}

async function main(): Promise<void> {
  const workspace = workspacePath();
  const access = registryAccessInput('lading-action/sbom', workspace);

  const source = sourceFromInputs();
  const outputs = parseFormats(core.getInput('formats') || 'spdx-json,cyclonedx-json');
  const platform = core.getInput('platform').trim();
  const allPlatforms = booleanInput('all-platforms', false);
  if (platform && allPlatforms) throw new InputError('platform and all-platforms: choose one');
  const upload = booleanInput('upload-artifact', false);
  const artifactName = core.getInput('artifact-name').trim() || 'sbom';
  const epoch = process.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && !/^\d+$/.test(epoch)) {
    throw new InputError(`SOURCE_DATE_EPOCH: "${epoch}" is not a whole number of seconds`);
  }

  const result = await sbomStep(
    {
      source,
      ...(platform ? { platform } : {}),
      ...(allPlatforms ? { allPlatforms: true } : {}),
      defaultPlatform: { os: 'linux', architecture: process.arch === 'arm64' ? 'arm64' : 'amd64' },
      outputs,
      access,
      created: epoch ? new Date(Number(epoch) * 1000) : new Date(),
      toolVersion: 'action',
    },
    actionsReporter,
  );

  for (const format of SBOM_FORMATS) {
    const files = result.results.flatMap((r) =>
      r.documents.filter((d) => d.format === format && d.file).map((d) => d.file as string),
    );
    if (files.length > 0) core.setOutput(`${format}-file`, files.join('\n'));
  }
  const count = result.results.reduce((n, r) => n + r.packages, 0);
  core.setOutput('package-count', String(count));
  await core.summary.addRaw(sbomSummaryMarkdown(result)).write();

  if (upload) {
    const files = result.results.flatMap((r) => r.documents.flatMap((d) => (d.file ? [d.file] : [])));
    // Loaded only when asked for: the artifact client brings the Azure blob SDK.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const root = commonDirectory(files);
    try {
      const uploaded = await new DefaultArtifactClient().uploadArtifact(artifactName, files, root);
      core.info(`uploaded ${files.length} file(s) as artifact ${artifactName} (id ${uploaded.id ?? '?'})`);
      if (uploaded.id !== undefined) core.setOutput('artifact-id', String(uploaded.id));
    } catch (err) {
      throw new OperationError(
        `upload-artifact: cannot upload ${files.map((f) => relative(workspace, f)).join(', ')} as artifact ${artifactName}: ${describeError(err)}`,
      );
    }
  }
}

/** The deepest directory holding every file: the artifact keeps paths relative to it. */
function commonDirectory(files: readonly string[]): string {
  let common = dirname(resolve(files[0] ?? '.'));
  for (const f of files) {
    while (relative(common, f).startsWith('..')) common = dirname(common);
  }
  return common;
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
