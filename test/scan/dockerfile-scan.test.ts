import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentReporter } from '../../src/steps/reporter.js';
import { dockerfileLocation, type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer, realRecords } from '../advisories/osv-fixtures.js';
import {
  buildHistoryImage,
  HISTORY_DOCKERFILE,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  testScanOptions,
  unpackRootfs,
} from './scan-fixtures.js';

// `--dockerfile` with an image that carries BuildKit's history: each finding
// points at the instruction that made its package's layer (SARIF locations and
// the step's Dockerfile map the action annotates from), base-image packages at
// FROM.

describe.skipIf(!OSV_DIR || !ROOTFS)('scan of an image with its Dockerfile', () => {
  let server: OsvExportServer;
  let work: string;
  let rootfs: string;

  beforeAll(async () => {
    server = await startAlpineAdvisories();
    await server.publish('npm', realRecords('ghsa').get('npm') ?? []);
    work = await mkdtemp(join(tmpdir(), 'lading-scan-dockerfile-'));
    rootfs = await unpackRootfs();
    await buildHistoryImage(rootfs, join(work, 'layout'));
    await writeFile(join(work, 'Dockerfile'), HISTORY_DOCKERFILE);
  });
  afterAll(async () => {
    await server?.stop();
    await removeAll(work, rootfs);
  });

  const options = (extra: Partial<ScanStepOptions> = {}): ScanStepOptions =>
    testScanOptions(work, server.url, {
      source: `oci-dir:${join(work, 'layout')}:v1`,
      outputs: [{ format: 'sarif', file: 'out.sarif' }],
      dockerfile: 'Dockerfile',
      ...extra,
    });

  it('points apk findings at the RUN that installed them, the base image npm package at FROM', async () => {
    const r = await scanStep(options(), silentReporter);
    const libssl = r.findings.find((f) => f.finding.package.name === 'libssl3');
    const lodash = r.findings.find((f) => f.finding.package.name === 'lodash');
    expect(libssl && lodash).toBeTruthy();
    const map = r.dockerfile;
    expect(map?.fromLine).toBe(2);
    expect(dockerfileLocation(map!, libssl!.finding.package)).toEqual({ path: 'Dockerfile', line: 4 });
    expect(dockerfileLocation(map!, lodash!.finding.package)).toEqual({
      path: 'Dockerfile',
      line: 2,
      note: 'a layer of the base image alpine:3.20.3',
    });

    const { readFile } = await import('node:fs/promises');
    const sarif = JSON.parse(await readFile(join(work, 'out.sarif'), 'utf8')) as {
      runs: {
        results: {
          properties: { purl: string };
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    const lines = new Map(
      sarif.runs[0]?.results.map((x) => [
        x.properties.purl.split('@')[0],
        x.locations[0]?.physicalLocation.region.startLine,
      ]),
    );
    expect(lines.get('pkg:apk/alpine/libssl3')).toBe(4);
    expect(lines.get('pkg:npm/lodash')).toBe(2);
  });

  it('a Dockerfile edited since the build: findings fall back to FROM with a note, never to a wrong line', async () => {
    await writeFile(join(work, 'Edited.Dockerfile'), HISTORY_DOCKERFILE.replace('libssl3', 'libssl3 curl'));
    const r = await scanStep(options({ dockerfile: 'Edited.Dockerfile' }), silentReporter);
    const libssl = r.findings.find((f) => f.finding.package.name === 'libssl3');
    expect(dockerfileLocation(r.dockerfile!, libssl!.finding.package)).toEqual({
      path: 'Edited.Dockerfile',
      line: 2,
      note: 'the build history does not say which instruction made this layer; pointing at FROM',
    });
  });

  it('a Dockerfile that is not there: a warning, and findings name the file without a line', async () => {
    const warnings: string[] = [];
    const r = await scanStep(options({ dockerfile: 'Missing.Dockerfile' }), {
      ...silentReporter,
      warn: (m) => warnings.push(m),
    });
    expect(warnings.join('\n')).toMatch(/--dockerfile Missing\.Dockerfile: .*ENOENT/);
    const libssl = r.findings.find((f) => f.finding.package.name === 'libssl3');
    expect(dockerfileLocation(r.dockerfile!, libssl!.finding.package)).toMatchObject({
      path: 'Missing.Dockerfile',
    });
    expect(dockerfileLocation(r.dockerfile!, libssl!.finding.package).line).toBeUndefined();
  });
});
