import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../harness/fault-proxy.js';
import { needPeer } from '../harness/peers.js';
import { startReferrersRegistry, startRegistry, type TestRegistry } from '../harness/registry.js';
import { startTokenServer } from '../harness/token-server.js';

// Proves the test harness itself against the real registries, with plain HTTP calls:
// if these fail, every interop test built on the harness is meaningless.

const haveDistribution = needPeer('docker-registry') !== undefined;
const haveReferrers = needPeer('referrers-registry') !== undefined;

function sha256(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** Monolithic blob upload (POST then PUT ?digest=); returns the final response. */
async function pushBlob(base: string, repo: string, data: Uint8Array, headers: Record<string, string> = {}) {
  const start = await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers });
  if (start.status !== 202) return start;
  await start.body?.cancel();
  const location = new URL(start.headers.get('location')!, base);
  location.searchParams.set('digest', sha256(data));
  return fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: data,
  });
}

async function pushManifest(base: string, repo: string, ref: string, manifest: unknown, mediaType: string) {
  const body = Buffer.from(JSON.stringify(manifest));
  const res = await fetch(`${base}/v2/${repo}/manifests/${ref}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType },
    body,
  });
  return { res, digest: sha256(body), size: body.length };
}

function challengeParams(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

describe.skipIf(!haveDistribution)('distribution registry, no auth', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(() => reg?.stop());

  it('listens on a loopback port and answers /v2/ with 200', async () => {
    expect(reg.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(reg.url).toBe(`http://${reg.host}`);
    const res = await fetch(`${reg.url}/v2/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('stores a pushed blob and serves the same bytes back', async () => {
    const data = randomBytes(64 * 1024);
    const put = await pushBlob(reg.url, 'harness/plain', data);
    expect(put.status).toBe(201);
    expect(put.headers.get('docker-content-digest')).toBe(sha256(data));
    const get = await fetch(`${reg.url}/v2/harness/plain/blobs/${sha256(data)}`);
    expect(get.status).toBe(200);
    expect(Buffer.from(await get.arrayBuffer()).equals(data)).toBe(true);
  });

  it('has deletion enabled', async () => {
    const data = randomBytes(100);
    await pushBlob(reg.url, 'harness/delete', data);
    const del = await fetch(`${reg.url}/v2/harness/delete/blobs/${sha256(data)}`, { method: 'DELETE' });
    expect(del.status).toBe(202);
  });

  it('two registries started in parallel get different ports and separate storage', async () => {
    const [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    try {
      expect(a.host).not.toBe(b.host);
      const data = randomBytes(32);
      expect((await pushBlob(a.url, 'harness/iso', data)).status).toBe(201);
      const head = await fetch(`${b.url}/v2/harness/iso/blobs/${sha256(data)}`, { method: 'HEAD' });
      expect(head.status).toBe(404);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(existsSync(a.dir)).toBe(false);
    await expect(fetch(`${a.url}/v2/`)).rejects.toThrow();
  });
});

describe.skipIf(!haveDistribution)('distribution registry that cannot start', () => {
  it('fails with the registry log tail and leaves no directory behind', async () => {
    let dir = '';
    const failure = startRegistry({
      configure: (config) => {
        dir = dirname((config.storage as { filesystem: { rootdirectory: string } }).filesystem.rootdirectory);
        expect(existsSync(dir)).toBe(true);
        config.storage = { 'no-such-driver': {} };
      },
    });
    await expect(failure).rejects.toThrow(
      /docker-registry did not start \(exited with \d+\).*\n(.|\n)*no-such-driver/,
    );
    expect(existsSync(dir)).toBe(false);
  });
});

describe.skipIf(!haveDistribution)('distribution registry, basic auth', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'basic' });
  });
  afterAll(() => reg?.stop());

  it('refuses an anonymous request with a Basic challenge', async () => {
    const res = await fetch(`${reg.url}/v2/`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  it('accepts the returned credentials and refuses a wrong password', async () => {
    const { username, password } = reg.credentials!;
    expect(
      (await fetch(`${reg.url}/v2/`, { headers: { authorization: basic(username, password) } })).status,
    ).toBe(200);
    const wrong = await fetch(`${reg.url}/v2/`, {
      headers: { authorization: basic(username, `${password}x`) },
    });
    expect(wrong.status).toBe(401);
  });

  it('lets an authenticated user push a blob', async () => {
    const { username, password } = reg.credentials!;
    const data = randomBytes(1000);
    const res = await pushBlob(reg.url, 'harness/basic', data, { authorization: basic(username, password) });
    expect(res.status).toBe(201);
  });
});

describe.skipIf(!haveDistribution)('distribution registry, token auth', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startRegistry({ auth: 'token' });
  });
  afterAll(() => reg?.stop());

  async function token(user: string | undefined, scope: string): Promise<string> {
    const ts = reg.tokenServer!;
    const url = new URL(ts.realm);
    url.searchParams.set('service', ts.service);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    if (user) headers.authorization = basic(user, reg.users![user]!.password);
    const res = await fetch(url, { headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.access_token).toBe(body.token);
    expect(body.expires_in).toBeGreaterThan(0);
    expect(typeof body.issued_at).toBe('string');
    return body.token as string;
  }

  it('refuses an anonymous request with a Bearer challenge naming the token server', async () => {
    const res = await fetch(`${reg.url}/v2/harness/token/tags/list`);
    expect(res.status).toBe(401);
    const header = res.headers.get('www-authenticate');
    expect(header).toMatch(/^Bearer /);
    const params = challengeParams(header);
    expect(params.realm).toBe(reg.tokenServer!.realm);
    expect(params.service).toBe(reg.tokenServer!.service);
    expect(params.scope).toBe('repository:harness/token:pull');
  });

  it('accepts a token from the test token server for a push and a pull', async () => {
    const bearer = `Bearer ${await token('alice', 'repository:harness/token:pull,push')}`;
    const data = randomBytes(2048);
    const put = await pushBlob(reg.url, 'harness/token', data, { authorization: bearer });
    expect(put.status).toBe(201);
    const get = await fetch(`${reg.url}/v2/harness/token/blobs/${sha256(data)}`, {
      headers: { authorization: bearer },
    });
    expect(get.status).toBe(200);
    expect(Buffer.from(await get.arrayBuffer()).equals(data)).toBe(true);
  });

  it('refuses a push from a pull-only user while letting it pull', async () => {
    const data = randomBytes(512);
    const alice = `Bearer ${await token('alice', 'repository:harness/ro:pull,push')}`;
    expect((await pushBlob(reg.url, 'harness/ro', data, { authorization: alice })).status).toBe(201);

    const reader = `Bearer ${await token('reader', 'repository:harness/ro:pull,push')}`;
    const push = await pushBlob(reg.url, 'harness/ro', randomBytes(10), { authorization: reader });
    expect(push.status).toBe(401);
    expect(push.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    const pull = await fetch(`${reg.url}/v2/harness/ro/blobs/${sha256(data)}`, {
      headers: { authorization: reader },
    });
    expect(pull.status).toBe(200);
  });

  it('token server rejects a wrong password and counts every request', async () => {
    const ts = reg.tokenServer!;
    const before = ts.requests.length;
    const url = new URL(ts.realm);
    url.searchParams.set('service', ts.service);
    url.searchParams.set('scope', 'repository:harness/token:pull');
    const res = await fetch(url, { headers: { authorization: basic('alice', 'not-the-password') } });
    expect(res.status).toBe(401);
    expect(ts.requests.length).toBe(before + 1);
    expect(ts.requests.at(-1)).toMatchObject({ user: undefined, status: 401 });
  });

  it('registry refuses a token signed by another key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lading-foreign-token-'));
    const foreign = await startTokenServer({ dir, users: {}, service: reg.tokenServer!.service });
    try {
      const token = foreign.mint([{ type: 'repository', name: 'harness/token', actions: ['pull'] }]);
      const res = await fetch(`${reg.url}/v2/harness/token/tags/list`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(401);
      const own = reg.tokenServer!.mint([{ type: 'repository', name: 'harness/token', actions: ['pull'] }]);
      const ok = await fetch(`${reg.url}/v2/harness/token/tags/list`, {
        headers: { authorization: `Bearer ${own}` },
      });
      expect(ok.status).not.toBe(401);
    } finally {
      await foreign.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('registry refuses an expired token', async () => {
    const expired = reg.tokenServer!.mint(
      [{ type: 'repository', name: 'harness/token', actions: ['pull'] }],
      {
        expiresIn: -60,
      },
    );
    const res = await fetch(`${reg.url}/v2/harness/token/tags/list`, {
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(res.status).toBe(401);
  });
});

describe.skipIf(!haveReferrers)('referrers registry', () => {
  let reg: TestRegistry;
  beforeAll(async () => {
    reg = await startReferrersRegistry();
  });
  afterAll(() => reg?.stop());

  it('answers GET /v2/<name>/referrers/<digest> with an index listing a pushed referrer', async () => {
    const config = Buffer.from('{}');
    expect((await pushBlob(reg.url, 'harness/refs', config)).status).toBe(201);
    const emptyConfig = { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256(config), size: 2 };
    const subject = await pushManifest(
      reg.url,
      'harness/refs',
      'v1',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: emptyConfig,
        layers: [],
      },
      'application/vnd.oci.image.manifest.v1+json',
    );
    expect(subject.res.status).toBe(201);
    const referrer = await pushManifest(
      reg.url,
      'harness/refs',
      'referrer',
      // The artifact type rides in config.mediaType: go-containerregistry's registry reports
      // that field as the descriptor's artifactType and ignores a manifest's own artifactType.
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { ...emptyConfig, mediaType: 'application/vnd.example.sbom+json' },
        layers: [emptyConfig],
        annotations: { 'org.example.kind': 'sbom' },
        subject: {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: subject.digest,
          size: subject.size,
        },
      },
      'application/vnd.oci.image.manifest.v1+json',
    );
    expect(referrer.res.status).toBe(201);

    const res = await fetch(`${reg.url}/v2/harness/refs/referrers/${subject.digest}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/vnd.oci.image.index.v1+json');
    const index = (await res.json()) as { manifests: Array<{ digest: string; artifactType?: string }> };
    expect(index.manifests).toEqual([
      expect.objectContaining({
        digest: referrer.digest,
        artifactType: 'application/vnd.example.sbom+json',
        annotations: { 'org.example.kind': 'sbom' },
      }),
    ]);
    const none = await fetch(`${reg.url}/v2/harness/refs/referrers/${referrer.digest}`);
    expect(((await none.json()) as { manifests: unknown[] }).manifests).toEqual([]);
  });
});

describe.skipIf(!haveDistribution)('fault proxy in front of distribution', () => {
  let reg: TestRegistry;
  let proxy: FaultProxy;
  const data = randomBytes(256 * 1024);
  const blobPath = () => `/v2/harness/faults/blobs/${sha256(data)}`;

  beforeAll(async () => {
    reg = await startRegistry();
    proxy = await startFaultProxy(reg);
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
  });
  beforeEach(() => proxy.reset());

  it('forwards an upload, its Location pointing back at the proxy', async () => {
    const start = await fetch(`${proxy.url}/v2/harness/faults/blobs/uploads/`, { method: 'POST' });
    expect(start.status).toBe(202);
    await start.body?.cancel();
    expect(new URL(start.headers.get('location')!, proxy.url).host).toBe(proxy.host);
    const put = await pushBlob(proxy.url, 'harness/faults', data);
    expect(put.status).toBe(201);
    expect(proxy.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 202', 'POST 202', 'PUT 201']);
  });

  it('resets the connection the first time, then forwards', async () => {
    const rule = proxy.inject({ match: { method: 'GET', path: '/blobs/' }, fault: { kind: 'reset' } });
    await expect(fetch(`${proxy.url}${blobPath()}`)).rejects.toThrow();
    const again = await fetch(`${proxy.url}${blobPath()}`);
    expect(again.status).toBe(200);
    expect(Buffer.from(await again.arrayBuffer()).equals(data)).toBe(true);
    expect(rule.hits).toBe(1);
    expect(proxy.requests.map((r) => [r.status, r.fault])).toEqual([
      [0, 'reset'],
      [200, undefined],
    ]);
  });

  it('answers 500 then 503 for the first two matching requests, then forwards', async () => {
    proxy.inject({ match: { path: '/blobs/' }, fault: { kind: 'status', status: 500 } });
    proxy.inject({ match: { path: '/blobs/' }, fault: { kind: 'status', status: 503 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${proxy.url}${blobPath()}`);
      await res.body?.cancel();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([500, 503, 200]);
    expect(proxy.requests.map((r) => r.status)).toEqual([500, 503, 200]);
  });

  it('answers 429 with Retry-After', async () => {
    proxy.inject({ match: () => true, fault: { kind: 'rate-limit', retryAfter: 2 }, times: 2 });
    const first = await fetch(`${proxy.url}/v2/`);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await fetch(`${proxy.url}/v2/`)).status).toBe(429);
    expect((await fetch(`${proxy.url}/v2/`)).status).toBe(200);
  });

  it('only faults requests that match method and path', async () => {
    proxy.inject({
      match: { method: 'HEAD', path: '/blobs/' },
      fault: { kind: 'status', status: 500 },
      times: 5,
    });
    const get = await fetch(`${proxy.url}${blobPath()}`);
    await get.body?.cancel();
    expect(get.status).toBe(200);
    expect((await fetch(`${proxy.url}${blobPath()}`, { method: 'HEAD' })).status).toBe(500);
  });

  it('truncates a blob mid-stream after announcing the full Content-Length', async () => {
    proxy.inject({
      match: { method: 'GET', path: '/blobs/' },
      fault: { kind: 'truncate', afterBytes: 1000 },
    });
    const res = await fetch(`${proxy.url}${blobPath()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(data.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(proxy.requests[0]).toMatchObject({ status: 200, fault: 'truncate' });
  });

  it('corrupts one byte of a blob, keeping its length', async () => {
    proxy.inject({ match: { method: 'GET', path: '/blobs/' }, fault: { kind: 'corrupt', offset: 10 } });
    const res = await fetch(`${proxy.url}${blobPath()}`);
    const got = Buffer.from(await res.arrayBuffer());
    expect(got.length).toBe(data.length);
    expect(got.equals(data)).toBe(false);
    expect(sha256(got)).not.toBe(sha256(data));
    expect(got[10]).toBe(data[10]! ^ 0xff);
    expect(Buffer.compare(got.subarray(11), data.subarray(11))).toBe(0);
  });

  it('records the auth scheme but never the credentials', async () => {
    await (
      await fetch(`${proxy.url}/v2/`, { headers: { authorization: 'Bearer secret-token' } })
    ).body?.cancel();
    expect(proxy.requests[0]).toEqual({ method: 'GET', path: '/v2/', status: 200, authScheme: 'Bearer' });
    expect(JSON.stringify(proxy.requests)).not.toContain('secret-token');
  });
});
