import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { createTransport, type HttpTransport } from '../../src/oci/http.js';
import { EMPTY_JSON, MediaType } from '../../src/oci/mediatype.js';
import { fallbackTag } from '../../src/oci/referrers.js';
import { RegistryStore } from '../../src/oci/registry.js';
import type { Descriptor, ImageIndex } from '../../src/oci/types.js';
import { inspectStep } from '../../src/steps/inspect.js';
import { buildTestImage, lading, peer, peerOk, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startReferrersRegistry, startRegistry, type TestRegistry } from '../harness/registry.js';

// Referrers written and read by lading, oras and cosign: through the
// `sha256-<hex>` fallback index on distribution 2.8 (which lacks the API), and
// through the OCI 1.1 referrers API on go-containerregistry's registry.

const fallbackPeers = needPeers('docker-registry', 'oras', 'cosign', 'crane');
const apiPeers = needPeers('referrers-registry', 'oras');

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SBOM = 'application/vnd.example.sbom+json';

interface Discovered {
  digest: string;
  artifactType?: string;
}

/** The referrers oras discover lists for `ref` (oras 1.3 says `referrers`, older ones `manifests`). */
async function orasDiscover(oras: string, ref: string, extra: string[] = []): Promise<Discovered[]> {
  const out = JSON.parse(
    await peerOk(oras, ['discover', '--plain-http', '--format', 'json', ...extra, ref]),
  ) as {
    referrers?: Discovered[];
    manifests?: Discovered[];
  };
  return out.referrers ?? out.manifests ?? [];
}

/** An OCI 1.1 artifact as lading writes one: artifactType, the empty config, one layer, a subject. */
async function pushArtifact(
  store: RegistryStore,
  subject: Descriptor,
  artifactType: string,
  content: string,
): Promise<Descriptor> {
  const layer = Buffer.from(content);
  const layerDescriptor: Descriptor = {
    mediaType: 'application/json',
    digest: digestOf(layer),
    size: layer.length,
  };
  const config: Descriptor = {
    mediaType: EMPTY_JSON.mediaType,
    digest: EMPTY_JSON.digest,
    size: EMPTY_JSON.size,
  };
  await store.pushBlob(config, Buffer.from('{}'));
  await store.pushBlob(layerDescriptor, layer);
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    artifactType,
    config,
    layers: [layerDescriptor],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'org.example.content': content.slice(0, 40) },
  };
  return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
}

describe.skipIf(!fallbackPeers)('referrers on distribution 2.8 (fallback tag schema)', () => {
  const bins = fallbackPeers!;
  let reg: TestRegistry;
  let work: string;
  let transport: HttpTransport;
  let store: RegistryStore;
  let subject: Descriptor;
  let ref: string;
  const written: { oras?: string; cosign?: string } = {};
  const cosignEnv = () => ({ COSIGN_PASSWORD: 'x', HOME: work });

  const rawFallbackIndex = async (repo: string, digest: string): Promise<ImageIndex> =>
    JSON.parse(
      await peerOk(bins.crane, [
        'manifest',
        '--insecure',
        `${reg.host}/${repo}:${fallbackTag(digest as Digest)}`,
      ]),
    ) as ImageIndex;

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('referrers');
    const image = await buildTestImage(`registry:${reg.host}/ref/app:v1`, { seed: 'referrers-fallback' });
    transport = createTransport({ registry: reg.host });
    store = new RegistryStore(transport, 'ref/app');
    subject = await store.resolve('v1');
    ref = `${reg.host}/ref/app@${image.digest}`;

    await writeFile(join(work, 'sbom.json'), '{"sbom":1}\n');
    const attach = await peerOk(
      bins.oras,
      [
        'attach',
        '--plain-http',
        '--format',
        'json',
        '--artifact-type',
        SBOM,
        ref,
        'sbom.json:application/json',
      ],
      { cwd: work },
    );
    written.oras = (JSON.parse(attach) as { digest: string }).digest;

    await peerOk(bins.cosign, ['generate-key-pair'], { cwd: work, env: cosignEnv() });
    await peerOk(
      bins.cosign,
      [
        'sign',
        '--key',
        'cosign.key',
        '--use-signing-config=false',
        '--tlog-upload=false',
        '--allow-http-registry',
        '-y',
        ref,
      ],
      { cwd: work, env: cosignEnv() },
    );
    const index = await rawFallbackIndex('ref/app', subject.digest);
    written.cosign = index.manifests.find((d) => d.digest !== written.oras)?.digest;
  });
  afterAll(async () => {
    await transport?.close();
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("lists oras's and cosign's referrers with their real artifact types, despite cosign's empty-type label", async () => {
    // The quirk is really there: cosign labelled its entry with the empty config type.
    const raw = await rawFallbackIndex('ref/app', subject.digest);
    expect(raw.manifests.find((d) => d.digest === written.cosign)?.artifactType).toBe(MediaType.ociEmpty);

    const result = await inspectStep({ source: `registry:${reg.host}/ref/app:v1`, access: testAccess(work) });
    const types = Object.fromEntries(result.referrers.map((d) => [d.digest, d.artifactType]));
    expect(types).toEqual({ [written.oras!]: SBOM, [written.cosign!]: BUNDLE });

    const onlyBundles = await store.referrers(subject.digest, { artifactType: BUNDLE });
    expect(onlyBundles.map((d) => d.digest)).toEqual([written.cosign]);
  });

  it("copies the image with its referrers; oras discover lists them there and cosign verifies the copy's signature", async () => {
    const target = `${reg.host}/ref/copied:v1`;
    const r = await lading(['copy', '--json', `registry:${reg.host}/ref/app:v1`, `registry:${target}`]);
    expect(r.stderr).not.toMatch(/lading:/);
    expect(r.code).toBe(0);
    const copied = JSON.parse(r.stdout) as { referrers: Descriptor[] };
    expect(copied.referrers.map((d) => d.digest).sort()).toEqual([written.oras, written.cosign].sort());

    const there = await orasDiscover(bins.oras, `${reg.host}/ref/copied@${subject.digest}`);
    expect(there.map((d) => d.digest).sort()).toEqual([written.oras, written.cosign].sort());

    const verify = await peer(
      bins.cosign,
      [
        'verify',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        `${reg.host}/ref/copied@${subject.digest}`,
      ],
      { cwd: work, env: cosignEnv() },
    );
    expect(verify.stderr + verify.stdout).not.toMatch(/no matching|error/i);
    expect(verify.code).toBe(0);
  });

  it("keeps cosign's and oras's entries when lading adds a referrer, and oras discover lists lading's", async () => {
    const pushed = await pushArtifact(store, subject, 'application/vnd.lading.test+json', '{"by":"lading"}');
    const raw = await rawFallbackIndex('ref/app', subject.digest);
    expect(raw.manifests.map((d) => d.digest).sort()).toEqual(
      [written.oras, written.cosign, pushed.digest].sort(),
    );
    // lading's entry carries the manifest's own artifactType, as the spec asks.
    expect(raw.manifests.find((d) => d.digest === pushed.digest)?.artifactType).toBe(
      'application/vnd.lading.test+json',
    );

    const discovered = await orasDiscover(bins.oras, ref);
    expect(discovered.find((d) => d.digest === pushed.digest)?.artifactType).toBe(
      'application/vnd.lading.test+json',
    );

    const verify = await peer(
      bins.cosign,
      ['verify', '--key', 'cosign.pub', '--insecure-ignore-tlog', '--allow-http-registry', ref],
      { cwd: work, env: cosignEnv() },
    );
    expect(verify.code).toBe(0);
  });

  it('keeps every entry when several lading writers add referrers to one subject at once', async () => {
    const image = await buildTestImage(`registry:${reg.host}/ref/race:v1`, { seed: 'race' });
    const writers = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        // Separate connections and stores: nothing shared but the registry.
        const t = createTransport({ registry: reg.host });
        try {
          const s = new RegistryStore(t, 'ref/race');
          const root = await s.resolve(image.digest);
          return await pushArtifact(s, root, 'application/vnd.lading.race+json', `{"writer":${i}}`);
        } finally {
          await t.close();
        }
      }),
    );
    const raw = await rawFallbackIndex('ref/race', image.digest);
    expect(raw.manifests.map((d) => d.digest).sort()).toEqual(writers.map((w) => w.digest).sort());
    const discovered = await orasDiscover(bins.oras, `${reg.host}/ref/race@${image.digest}`);
    expect(discovered).toHaveLength(8);
  });
});

describe.skipIf(!apiPeers)('referrers through the OCI 1.1 API (go-containerregistry registry)', () => {
  const bins = apiPeers!;
  let reg: TestRegistry;
  let work: string;
  let transport: HttpTransport;
  let store: RegistryStore;
  let subject: Descriptor;
  let ref: string;

  beforeAll(async () => {
    reg = await startReferrersRegistry();
    work = await tempDir('referrers-api');
    const image = await buildTestImage(`registry:${reg.host}/api/app:v1`, { seed: 'referrers-api' });
    transport = createTransport({ registry: reg.host });
    store = new RegistryStore(transport, 'api/app');
    subject = await store.resolve('v1');
    ref = `${reg.host}/api/app@${image.digest}`;
  });
  afterAll(async () => {
    await transport?.close();
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('a referrer lading pushes is returned by GET /v2/<repo>/referrers/<digest> and listed by oras discover', async () => {
    const pushed = await pushArtifact(store, subject, 'application/vnd.lading.api+json', '{"api":true}');
    const res = await fetch(`${reg.url}/v2/api/app/referrers/${subject.digest}`);
    expect(res.status).toBe(200);
    const index = (await res.json()) as ImageIndex;
    expect(index.manifests.map((d) => d.digest)).toContain(pushed.digest);
    // No fallback tag was written: the API is the registry's own record.
    const tags = await store.listTags();
    expect(tags).not.toContain(fallbackTag(subject.digest));

    const discovered = await orasDiscover(bins.oras, ref);
    expect(discovered.map((d) => d.digest)).toContain(pushed.digest);
  });

  it("lists oras's attachment with its real artifact type and filters by artifact type", async () => {
    await writeFile(join(work, 'sbom.json'), '{"sbom":"api"}\n');
    const attach = await peerOk(
      bins.oras,
      [
        'attach',
        '--plain-http',
        '--format',
        'json',
        '--artifact-type',
        SBOM,
        ref,
        'sbom.json:application/json',
      ],
      { cwd: work },
    );
    const orasDigest = (JSON.parse(attach) as { digest: string }).digest;
    // The registry reports the config type (the empty one) and ignores ?artifactType=.
    const raw = (await (
      await fetch(
        `${reg.url}/v2/api/app/referrers/${subject.digest}?artifactType=${encodeURIComponent(SBOM)}`,
      )
    ).json()) as ImageIndex;
    expect(raw.manifests.length).toBeGreaterThan(1);

    const all = await store.referrers(subject.digest);
    expect(all.find((d) => d.digest === orasDigest)?.artifactType).toBe(SBOM);
    const sboms = await store.referrers(subject.digest, { artifactType: SBOM });
    expect(sboms.map((d) => d.digest)).toEqual([orasDigest]);
    const result = await inspectStep({ source: `registry:${reg.host}/api/app:v1`, access: testAccess(work) });
    expect(result.referrers.map((d) => d.artifactType).sort()).toEqual([
      SBOM,
      'application/vnd.lading.api+json',
    ]);
  });

  it('copies an image with its referrers between API registries, and oras discover lists them at the copy', async () => {
    const r = await lading([
      'copy',
      '--json',
      `registry:${reg.host}/api/app:v1`,
      `registry:${reg.host}/api/copy:v1`,
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { referrers: unknown[] }).referrers).toHaveLength(2);
    const discovered = await orasDiscover(bins.oras, `${reg.host}/api/copy@${subject.digest}`);
    expect(discovered).toHaveLength(2);
  });

  it('lists tags page by page on a registry that honours n without a Link header', async () => {
    const tagged = new RegistryStore(transport, 'api/tags');
    const fetched = await store.fetchManifest(subject);
    const want: string[] = [];
    for (let i = 1; i <= 7; i++) {
      await tagged.pushManifest(fetched.bytes, fetched.descriptor.mediaType, `v${i}`);
      want.push(`v${i}`);
    }
    expect((await tagged.listTags({ pageSize: 2 })).sort()).toEqual(want);
    expect((await tagged.listTags({ pageSize: 7 })).sort()).toEqual(want);
    expect((await tagged.listTags()).sort()).toEqual(want);
  });
});
