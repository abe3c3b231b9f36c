import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { openLocation } from '../../src/oci/opener.js';
import { buildStep } from '../../src/steps/build.js';
import { silentReporter } from '../../src/steps/reporter.js';
import type { ScanStepOptions } from '../../src/steps/scan.js';
import { alpineSecdbToOsv, OSV_DIR, OsvExportServer } from '../advisories/osv-fixtures.js';
import { type CliRun, lading, testAccess } from '../fixtures/images.js';
import { needShared } from '../harness/peers.js';

// Shared by the scan tests: the Alpine 3.20.3 minirootfs unpacked (and a copy
// without the openssl packages, as a "base" that predates them), images built
// from them by lading, Alpine's secdb served as an OSV export, and `lading scan`
// run in-process.

const exec = promisify(execFile);
export const ROOTFS = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');

export async function unpackRootfs(options: { withoutOpenssl?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lading-scan-rootfs-'));
  await exec('tar', ['-xzf', ROOTFS as string, '-C', dir, '--no-same-owner']);
  if (options.withoutOpenssl) {
    const db = join(dir, 'lib/apk/db/installed');
    const stanzas = (await readFile(db, 'utf8')).split('\n\n');
    await writeFile(db, stanzas.filter((s) => !/^P:(libssl3|libcrypto3)$/m.test(s)).join('\n\n'));
  }
  return dir;
}

/** An image of `rootfs` at `output` (`oci-dir:DIR:TAG`, `registry:HOST/REPO:TAG`). */
export async function buildRootfsImage(rootfs: string, output: string): Promise<string> {
  const result = await buildStep(
    { dirs: [`${rootfs}:/`], output, platform: 'linux/amd64', created: 0, access: testAccess(rootfs) },
    silentReporter,
  );
  return result.manifest.digest;
}

/** Alpine's secdb (3.20 and 3.19 subsets) as osv.dev converts it, published by a local export server. */
export async function startAlpineAdvisories(): Promise<OsvExportServer> {
  const server = await new OsvExportServer().start();
  const osv = OSV_DIR as string;
  await server.publish(
    'Alpine',
    alpineSecdbToOsv(
      [join(osv, 'alpine/secdb/v3.20-main.subset.json'), join(osv, 'alpine/secdb/v3.19-main.subset.json')],
      '2025-05-01T00:00:00Z',
    ),
  );
  return server;
}

/** The scan tests' clock, fixed so that results do not depend on the day the tests run. */
export const NOW = new Date('2025-06-01T00:00:00Z');

/**
 * scanStep options for a test: advisories from `osvUrl` cached in WORK/db,
 * linux/amd64 for an index, no gate, no reports, NOW; `options` adds the source and overrides.
 */
export function testScanOptions(
  work: string,
  osvUrl: string,
  options: Partial<ScanStepOptions> & { source: string },
): ScanStepOptions {
  return {
    access: testAccess(work),
    defaultPlatform: { os: 'linux', architecture: 'amd64' },
    db: { dir: join(work, 'db'), osvUrl, offline: false, onStale: 'warn' },
    failOn: 'none',
    outputs: [],
    now: NOW,
    toolVersion: '0.0.0-test',
    ...options,
  };
}

/** `lading scan ARGV` in-process, as a user runs it. */
export function ladingScan(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  return lading(['scan', ...argv], options);
}

export async function removeAll(...dirs: (string | undefined)[]): Promise<void> {
  for (const d of dirs) if (d) await rm(d, { recursive: true, force: true });
}

/** The Dockerfile `buildHistoryImage`'s image was "built" from, as BuildKit would have run it. */
export const HISTORY_DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'FROM alpine:3.20.3',
  'ARG VERSION=1.0.0',
  'RUN apk add --no-cache \\',
  '      libssl3',
  'CMD ["/bin/sh"]',
  '',
].join('\n');

/**
 * An OCI layout (tag `v1`) laid out as `docker buildx build` of
 * HISTORY_DOCKERFILE leaves it: Alpine's root file system (with an npm package,
 * lodash 4.17.20, in it) as the base layer, then the layer of the RUN that
 * rewrote the apk database, and BuildKit's history entries for both.
 */
export async function buildHistoryImage(rootfs: string, layout: string): Promise<string> {
  const base = await mkdtemp(join(tmpdir(), 'lading-scan-base-'));
  const run = await mkdtemp(join(tmpdir(), 'lading-scan-run-'));
  try {
    await exec('cp', ['-a', `${rootfs}/.`, base]);
    await mkdir(join(base, 'usr/lib/node_modules/lodash'), { recursive: true });
    await writeFile(
      join(base, 'usr/lib/node_modules/lodash/package.json'),
      JSON.stringify({ name: 'lodash', version: '4.17.20', license: 'MIT' }),
    );
    await mkdir(join(run, 'lib/apk/db'), { recursive: true });
    await writeFile(join(run, 'lib/apk/db/installed'), await readFile(join(rootfs, 'lib/apk/db/installed')));
    const layers = [];
    for (const dir of [base, run]) {
      const { stdout } = await exec(
        'tar',
        ['--sort=name', '--owner=0', '--group=0', '-cf', '-', '-C', dir, '.'],
        {
          encoding: 'buffer',
          maxBuffer: 256 * 1024 * 1024,
        },
      );
      const gz = gzipSync(stdout as Buffer);
      layers.push({ gz, diffId: sha256(stdout as Buffer) });
    }
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Cmd: ['/bin/sh'] },
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
        history: [
          {
            created: '2024-09-06T12:05:36Z',
            created_by:
              '/bin/sh -c #(nop) ADD file:5758b97d8301c84a204a6e516241275d785a7cb2f3aa2a3a0e5bd6d3 in / ',
          },
          {
            created: '2024-09-06T12:05:36Z',
            created_by: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
            empty_layer: true,
          },
          {
            created: '2025-01-01T00:00:00Z',
            created_by: 'ARG VERSION=1.0.0',
            comment: 'buildkit.dockerfile.v0',
            empty_layer: true,
          },
          {
            created: '2025-01-01T00:00:00Z',
            created_by: 'RUN |1 VERSION=1.0.0 /bin/sh -c apk add --no-cache       libssl3 # buildkit',
            comment: 'buildkit.dockerfile.v0',
          },
          {
            created: '2025-01-01T00:00:00Z',
            created_by: 'CMD ["/bin/sh"]',
            comment: 'buildkit.dockerfile.v0',
            empty_layer: true,
          },
        ],
      }),
    );
    const location = await openLocation(`oci-dir:${layout}:v1`, 'write', testAccess(layout));
    try {
      const store = location.store;
      const configDesc = {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: sha256(config),
      };
      await store.pushBlob(configDesc, config);
      const layerDescs = [];
      for (const l of layers) {
        const d = {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          size: l.gz.length,
          digest: sha256(l.gz),
        };
        await store.pushBlob(d, l.gz);
        layerDescs.push(d);
      }
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: configDesc,
          layers: layerDescs,
        }),
      );
      const pushed = await store.pushManifest(manifest, 'application/vnd.oci.image.manifest.v1+json', 'v1');
      await location.commit();
      return pushed.digest;
    } finally {
      await location.close();
    }
  } finally {
    await removeAll(base, run);
  }
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}` as const;
