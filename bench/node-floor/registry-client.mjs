import { createRequire } from 'node:module';

// The least a Node program can do to talk to a plain-HTTP registry: keep-alive
// GET/PUT/POST, no auth, no retries. The node floors of bench/sign.ts build on it.

// require, not import: an ESM import of node:http reads every export, and one of
// them loads undici (~20 ms and 17 MiB); the floor must be the cheapest Node can do.
const { Agent, request } = createRequire(import.meta.url)('node:http');
const agent = new Agent({ keepAlive: true });

export function registry(host, repository) {
  const [hostname, port] = host.split(':');
  const send = (method, path, headers = {}, body) =>
    new Promise((resolve, reject) => {
      const req = request({ hostname, port, method, path, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  const v2 = (...parts) => `/v2/${repository}/${parts.join('/')}`;
  return {
    send,
    manifest: (ref, accept) => send('GET', v2('manifests', ref), { accept }),
    blob: (digest) => send('GET', v2('blobs', digest)),
    async pushBlob(digest, bytes) {
      const started = await send('POST', v2('blobs', 'uploads/'), { 'content-length': '0' });
      const url = new URL(started.headers.location, `http://${host}`);
      url.searchParams.set('digest', digest);
      const done = await send(
        'PUT',
        `${url.pathname}${url.search}`,
        {
          'content-type': 'application/octet-stream',
          'content-length': String(bytes.length),
        },
        bytes,
      );
      if (done.status !== 201) throw new Error(`blob ${digest}: ${done.status}`);
    },
    async pushManifest(ref, mediaType, bytes) {
      const res = await send(
        'PUT',
        v2('manifests', ref),
        { 'content-type': mediaType, 'content-length': String(bytes.length) },
        bytes,
      );
      if (res.status !== 201) throw new Error(`manifest ${ref}: ${res.status}`);
    },
    close: () => agent.destroy(),
  };
}

export const INDEX = 'application/vnd.oci.image.index.v1+json';
export const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const INTOTO = 'application/vnd.in-toto+json';

export function pae(type, payload) {
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${payload.length} `), payload]);
}
