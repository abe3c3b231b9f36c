import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/oci/digest.js';
import { MediaType } from '../../src/oci/mediatype.js';
import type { Package } from '../../src/sbom/model.js';
import { copyStep } from '../../src/steps/copy.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type SbomStepOptions, sbomStep } from '../../src/steps/sbom.js';
import { lading, peerOk } from '../fixtures/images.js';
import { needPeers, needShared } from '../harness/peers.js';
import { startRegistry } from '../harness/registry.js';
import { layer, type RawLayer, storeImage } from '../image/layer-fixtures.js';

// `lading sbom docker-archive:FILE` on archives written by the tools users have:
// skopeo's docker-archive (layers stored uncompressed) and crane's legacy
// tarball (`crane pull --format=tarball`, layers kept gzip). The packages must
// be those of the same image read from its OCI layout: the archive changes how
// layers are stored, never what is in them.

const CREATED = new Date('2024-01-01T00:00:00Z');

function options(source: string, cwd: string): SbomStepOptions {
  return {
    source,
    outputs: [],
    access: { userAgent: 'lading-test', cwd, insecureRegistries: [] },
    created: CREATED,
    toolVersion: '0.0.0-test',
    defaultPlatform: { os: 'linux', architecture: 'amd64' },
  };
}

/** What a package is, without the layer digests, which differ with the way each archive stores layers. */
function identity(packages: readonly Package[]) {
  return packages.map((p) => ({
    type: p.type,
    name: p.name,
    version: p.version,
    purl: p.purl,
    source: p.source,
    licenses: p.licenses,
    paths: p.locations.map((l) => l.path),
  }));
}

async function alpineLayer(tarball: string): Promise<RawLayer> {
  const blob = await readFile(tarball);
  // The real diff ID: skopeo checks it when it decompresses the layer into the archive.
  return { blob, mediaType: MediaType.ociLayerGzip, diffId: digestOf(gunzipSync(blob)) };
}

describe('sbom on docker-archive sources', () => {
  it('finds the same packages in skopeo and crane archives as in the OCI layout', async () => {
    const tarball = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');
    const peers = needPeers('skopeo', 'crane', 'docker-registry');
    if (!tarball || !peers) return;
    // Two layers: the Alpine root filesystem, then an npm application that also
    // deletes a package database file, so layer order and whiteouts matter.
    const app = await layer([
      {
        name: 'app/node_modules/left-pad/package.json',
        content: JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }),
      },
      {
        name: 'app/node_modules/@scope/util/package.json',
        content: JSON.stringify({ name: '@scope/util', version: '2.0.1', license: 'MIT' }),
      },
      { name: 'etc/apk/.wh.world', content: '' },
    ]);
    const image = await storeImage([await alpineLayer(tarball), app]);
    const work = await mkdtemp(join(tmpdir(), 'lading-sbom-docker-archive-'));

    const fromLayout = (await sbomStep(options(`oci-dir:${image.dir}:latest`, work), silentReporter))
      .results[0];
    expect(fromLayout?.byType).toEqual({ apk: 14, npm: 2 });

    const skopeoArchive = join(work, 'skopeo.tar');
    await peerOk(peers.skopeo, [
      'copy',
      '--quiet',
      `oci:${image.dir}:latest`,
      `docker-archive:${skopeoArchive}:example.test/alpine-app:1`,
    ]);

    const reg = await startRegistry();
    const craneArchive = join(work, 'crane.tar');
    try {
      await copyStep(
        {
          source: `oci-dir:${image.dir}:latest`,
          destination: `registry:${reg.host}/alpine-app:1`,
          referrers: false,
          access: options('', work).access,
        },
        silentReporter,
      );
      await peerOk(peers.crane, [
        'pull',
        '--insecure',
        '--format=tarball',
        `${reg.host}/alpine-app:1`,
        craneArchive,
      ]);
    } finally {
      await reg.stop();
    }

    for (const [archive, stored] of [
      [skopeoArchive, 'none'],
      [craneArchive, 'gzip'],
    ] as const) {
      const r = (await sbomStep(options(`docker-archive:${archive}`, work), silentReporter)).results[0];
      expect(r?.subject.kind).toBe('image');
      expect(r?.distro).toEqual(fromLayout?.distro);
      expect(r?.layers.map((l) => l.compression)).toEqual([stored, stored]);
      expect(identity(r?.inventory.packages ?? [])).toEqual(identity(fromLayout?.inventory.packages ?? []));
      // Each package's layer is one of the archive's own layers, the npm ones the top one.
      const layers = r?.layers.map((l) => l.digest) ?? [];
      for (const p of r?.inventory.packages ?? []) {
        for (const l of p.locations) expect(layers).toContain(l.layer);
        if (p.type === 'npm') expect(p.locations[0]?.layer).toBe(layers[1]);
      }
    }

    // The same through the CLI, as a user types it.
    const cli = await lading(
      ['sbom', `docker-archive:${skopeoArchive}`, '-o', 'cyclonedx-json=bom.cdx.json'],
      {
        cwd: work,
      },
    );
    expect(cli.code, cli.stderr).toBe(0);
    const bom = JSON.parse(await readFile(join(work, 'bom.cdx.json'), 'utf8')) as {
      components: { purl?: string }[];
    };
    expect(bom.components.map((c) => c.purl).filter(Boolean)).toEqual(
      fromLayout?.inventory.packages.map((p) => p.purl),
    );
  });
});
