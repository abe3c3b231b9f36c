import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import { createTransport } from '../../src/oci/http.js';
import { RegistryStore } from '../../src/oci/registry.js';
import type { Descriptor, ImageIndex, ImageManifest } from '../../src/oci/types.js';
import { buildTestImage, lading, tempDir } from '../fixtures/images.js';
import { type FaultProxy, type RecordedRequest, startFaultProxy } from '../harness/fault-proxy.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// A fault proxy between lading and the real registry breaks requests the way
// networks and registries do. lading retries what is safe to retry, and when it
// gives up it says so in one line naming registry, repository and digest, and
// leaves no tag pointing at an image whose content did not arrive.

const haveRegistry = needPeer('docker-registry') !== undefined;

/** The stderr line lading ends with on failure; progress lines may come before it. */
function errorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  const errors = lines.filter((l) => l.startsWith('lading:'));
  expect(errors).toHaveLength(1);
  expect(lines.at(-1)).toBe(errors[0]);
  return errors[0]!;
}

/** Requests to `path`, in order, as the proxy saw them. */
function to(proxy: FaultProxy, path: string): RecordedRequest[] {
  return proxy.requests.filter((r) => r.path.split('?')[0]!.endsWith(path));
}

async function layoutTags(dir: string): Promise<string[]> {
  if (!existsSync(join(dir, 'index.json'))) return [];
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as ImageIndex;
  return index.manifests
    .map((d) => d.annotations?.['org.opencontainers.image.ref.name'] ?? '')
    .filter(Boolean);
}

describe.skipIf(!haveRegistry)('registry faults between lading and distribution', () => {
  let reg: TestRegistry;
  let proxy: FaultProxy;
  let work: string;
  let digest: string;
  let layer: Descriptor;
  let config: Descriptor;
  let source: string;
  let n = 0;
  const fresh = (name: string) => join(work, `${name}-${++n}`);

  beforeAll(async () => {
    reg = await startRegistry();
    proxy = await startFaultProxy(reg);
    work = await tempDir('faults');
    const image = await buildTestImage(`registry:${reg.host}/faults/app:v1`, { seed: 'faults' });
    digest = image.digest;
    const transport = createTransport({ registry: reg.host });
    try {
      const manifest = (
        await new RegistryStore(transport, 'faults/app').fetchManifest({ digest: image.digest })
      ).manifest as ImageManifest;
      layer = manifest.layers[0]!;
      config = manifest.config;
    } finally {
      await transport.close();
    }
    source = `registry:${proxy.host}/faults/app:v1`;
  });
  afterEach(() => proxy.reset());
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('retries a 500 and the copy succeeds; the proxy log shows the retry', async () => {
    proxy.inject({
      match: { method: 'GET', path: `/blobs/${layer.digest}` },
      fault: { kind: 'status', status: 500 },
    });
    const out = fresh('after-500');
    const r = await lading(['copy', '--json', source, `oci-dir:${out}:v1`]);
    expect(r.stderr).not.toMatch(/lading:/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).root.digest).toBe(digest);
    expect(to(proxy, `/blobs/${layer.digest}`).map((q) => q.status)).toEqual([500, 200]);
    expect(await layoutTags(out)).toEqual(['v1']);
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    proxy.inject({
      match: { method: 'GET', path: `/manifests/${digest}` },
      fault: { kind: 'rate-limit', retryAfter: 1 },
    });
    const out = fresh('after-429');
    const r = await lading(['copy', '--json', source, `oci-dir:${out}:v1`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).root.digest).toBe(digest);
    expect(to(proxy, `/manifests/${digest}`).map((q) => q.status)).toEqual([429, 200]);
  });

  it('retries a blob GET whose connection was reset', async () => {
    proxy.inject({ match: { method: 'GET', path: `/blobs/${config.digest}` }, fault: { kind: 'reset' } });
    const out = fresh('after-reset');
    const r = await lading(['copy', '--json', source, `oci-dir:${out}:v1`]);
    expect(r.stderr).not.toMatch(/lading:/);
    expect(r.code).toBe(0);
    const tries = to(proxy, `/blobs/${config.digest}`);
    expect(tries.map((q) => q.fault ?? 'ok')).toEqual(['reset', 'ok']);
    expect(tries.at(-1)!.status).toBe(200);
  });

  describe('a blob truncated mid-stream on every attempt', () => {
    const truncateLayer = () =>
      proxy.inject({
        match: { method: 'GET', path: `/blobs/${layer.digest}` },
        fault: { kind: 'truncate' },
        times: Number.POSITIVE_INFINITY,
      });

    it('fails with exit 3 naming registry, repository and digest; the oci-dir gets no tag', async () => {
      truncateLayer();
      const out = fresh('truncated-dir');
      const r = await lading(['copy', source, `oci-dir:${out}:v1`]);
      expect(r.code).toBe(3);
      const line = errorLine(r.stderr);
      expect(line).toContain(`${proxy.host}/faults/app`);
      expect(line).toContain(layer.digest);
      expect(await layoutTags(out)).toEqual([]);
      // The manifest is not stored either: nothing refers to the missing layer.
      expect(existsSync(join(out, 'blobs', 'sha256', digest.slice(7)))).toBe(false);
    });

    it('does not create an oci-archive, and does not replace one that was there', async () => {
      truncateLayer();
      const created = join(work, 'truncated-new.tar');
      const r = await lading(['copy', source, `oci-archive:${created}:v1`]);
      expect(r.code).toBe(3);
      expect(errorLine(r.stderr)).toContain(layer.digest);
      expect(existsSync(created)).toBe(false);

      proxy.reset();
      const existing = join(work, 'truncated-existing.tar');
      const other = await buildTestImage(`oci-archive:${existing}:old`, { seed: 'other' });
      const before = await readFile(existing);
      truncateLayer();
      const again = await lading(['copy', source, `oci-archive:${existing}:v1`]);
      expect(again.code).toBe(3);
      expect((await readFile(existing)).equals(before)).toBe(true);
      const still = await lading(['inspect', '--json', `oci-archive:${existing}:old`]);
      expect(JSON.parse(still.stdout).descriptor.digest).toBe(other.digest);
    });

    it('leaves no tag at a registry destination', async () => {
      truncateLayer();
      const r = await lading(['copy', source, `registry:${reg.host}/faults/partial:v1`]);
      expect(r.code).toBe(3);
      expect(errorLine(r.stderr)).toContain(`${proxy.host}/faults/app@${layer.digest}`);
      const transport = createTransport({ registry: reg.host });
      try {
        await expect(new RegistryStore(transport, 'faults/partial').resolve('v1')).rejects.toThrow(
          NotFoundError,
        );
      } finally {
        await transport.close();
      }
    });
  });

  it('refuses a blob with one corrupted byte: digest mismatch naming the digest, no tag', async () => {
    proxy.inject({
      match: { method: 'GET', path: `/blobs/${layer.digest}` },
      fault: { kind: 'corrupt' },
      times: Number.POSITIVE_INFINITY,
    });
    const out = fresh('corrupt-blob');
    const r = await lading(['copy', source, `oci-dir:${out}:v1`]);
    expect(r.code).toBe(3);
    const line = errorLine(r.stderr);
    expect(line).toContain(layer.digest);
    expect(line).toContain(`${proxy.host}/faults/app`);
    expect(line).toMatch(/digest|match/i);
    expect(await layoutTags(out)).toEqual([]);
    expect(existsSync(join(out, 'blobs', 'sha256', layer.digest.slice(7)))).toBe(false);
  });

  it('refuses a manifest with one corrupted byte, naming its digest', async () => {
    proxy.inject({
      match: { method: 'GET', path: `/manifests/${digest}` },
      fault: { kind: 'corrupt' },
      times: Number.POSITIVE_INFINITY,
    });
    const r = await lading(['inspect', source]);
    expect(r.code).toBe(3);
    const line = errorLine(r.stderr);
    expect(line).toContain(`${proxy.host}/faults/app@${digest}`);
    expect(line).toMatch(/does not match|mismatch/i);
  });

  it('reads a manifest by digest once per store, after a corrupt answer too; a caller cannot change it for the next', async () => {
    proxy.inject({ match: { method: 'GET', path: `/manifests/${digest}` }, fault: { kind: 'corrupt' } });
    const transport = createTransport({ registry: proxy.host });
    try {
      const store = new RegistryStore(transport, 'faults/app');
      await expect(store.fetchManifest({ digest: digest as `sha256:${string}` })).rejects.toThrow(
        /does not match/,
      );
      const first = await store.fetchManifest({ digest: digest as `sha256:${string}` });
      (first.manifest as ImageManifest).layers.pop();
      first.bytes.fill(0);
      const again = await store.fetchManifest({ digest: digest as `sha256:${string}` });
      expect((again.manifest as ImageManifest).layers).toEqual([layer]);
      expect(again.descriptor).toEqual(first.descriptor);
      expect(JSON.parse(again.bytes.toString()).layers).toEqual([layer]);
      // The corrupt answer and the good one; the third read came from what the store kept.
      expect(to(proxy, `/manifests/${digest}`).map((r) => r.method)).toEqual(['GET', 'GET']);
    } finally {
      await transport.close();
    }
  });
});

describe.skipIf(!haveRegistry)('a wrong password behind the fault proxy', () => {
  let reg: TestRegistry;
  let proxy: FaultProxy;

  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
    proxy = await startFaultProxy(reg);
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
  });

  it('gets 401, gives up at once with exit 3, and the line holds the registry but not the password', async () => {
    const wrong = 'wrong-Secret-41c2';
    const r = await lading(['inspect', '--username', 'alice', `registry:${proxy.host}/faults/locked:v1`], {
      env: { LADING_REGISTRY_PASSWORD: wrong },
    });
    expect(r.code).toBe(3);
    const line = errorLine(r.stderr);
    expect(line).toContain(proxy.host);
    expect(line).toMatch(/401|unauthori[sz]ed|rejected/i);
    expect(r.stdout + r.stderr).not.toContain(wrong);
    // The rejected password was tried, not hammered: 401s are not retried like 5xx.
    const withPassword = proxy.requests.filter((q) => q.authScheme === 'Basic');
    expect(withPassword.length).toBeGreaterThan(0);
    expect(withPassword.length).toBeLessThanOrEqual(2);
    expect(withPassword.every((q) => q.status === 401)).toBe(true);
  });
});
