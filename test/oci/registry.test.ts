import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IntegrityError } from '../../src/errors.js';
import type { Digest } from '../../src/oci/digest.js';
import { createTransport, type HttpTransport } from '../../src/oci/http.js';
import { MANIFEST_MAX_BYTES } from '../../src/oci/manifest.js';
import { EMPTY_JSON, MediaType } from '../../src/oci/mediatype.js';
import { nextLink, RegistryStore } from '../../src/oci/registry.js';
import type { Descriptor } from '../../src/oci/types.js';

// What a real registry refuses to store, served by a small fake one: manifests
// that are not JSON, over the 4 MiB cap, of an unknown type or not matching
// their digest, blobs that do not match theirs, and paginated listings. Each
// must end in one error naming registry, repository and digest.

function sha256(bytes: Buffer | string): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

const routes = new Map<string, Handler>();
const seen: string[] = [];
let server: Server;
let host: string;
let transport: HttpTransport;

function route(method: string, path: string, handler: Handler): void {
  routes.set(`${method} ${path}`, handler);
}

function serve(
  status: number,
  body: Buffer | string,
  headers: Record<string, string | number> = {},
  options: { chunked?: boolean } = {},
): Handler {
  return (req, res) => {
    const bytes = Buffer.from(body);
    res.writeHead(status, {
      ...(options.chunked ? {} : { 'content-length': bytes.length }),
      ...headers,
    });
    if (req.method === 'HEAD') res.end();
    else res.end(bytes);
  };
}

function store(repository = 'fake/app'): RegistryStore {
  return new RegistryStore(transport, repository);
}

const manifestBytes = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: EMPTY_JSON.mediaType, digest: EMPTY_JSON.digest, size: EMPTY_JSON.size },
    layers: [],
  }),
);

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    seen.push(`${req.method} ${url.pathname}${url.search}`);
    const handler = routes.get(`${req.method} ${url.pathname}`);
    if (handler) return handler(req, res, url);
    const body = JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'unknown' }] });
    res.writeHead(404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  transport = createTransport({ registry: host, maxAttempts: 1 });
});
afterEach(() => {
  routes.clear();
  seen.length = 0;
});
afterAll(async () => {
  await transport?.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('RegistryStore against a misbehaving registry', () => {
  it('refuses a manifest that is not JSON, naming registry, repository and digest', async () => {
    const body = 'this is <html> not a manifest';
    route(
      'GET',
      `/v2/fake/app/manifests/${sha256(body)}`,
      serve(200, body, { 'content-type': MediaType.ociManifest }),
    );
    const bad = await store()
      .fetchManifest({ digest: sha256(body) })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(IntegrityError);
    expect((bad as Error).message).toContain(`${host}/fake/app@${sha256(body)}`);
    expect((bad as Error).message).toMatch(/not JSON/);
  });

  it('refuses a manifest over 4 MiB, whether the size is declared or only streamed', async () => {
    const huge = Buffer.alloc(MANIFEST_MAX_BYTES + 1, 0x20);
    const headers = { 'content-type': MediaType.ociManifest, 'docker-content-digest': sha256(huge) };
    route('GET', '/v2/fake/app/manifests/declared', serve(200, huge, headers));
    route('GET', '/v2/fake/app/manifests/streamed', serve(200, huge, headers, { chunked: true }));
    for (const tag of ['declared', 'streamed']) {
      route(
        'HEAD',
        `/v2/fake/app/manifests/${tag}`,
        serve(200, '', { 'content-type': MediaType.ociManifest }),
      );
      const err = await store()
        .resolve(tag)
        .catch((e: unknown) => e);
      expect(err, tag).toBeInstanceOf(IntegrityError);
      expect((err as Error).message).toContain(`${host}/fake/app:${tag}`);
      expect((err as Error).message).toContain(`${MANIFEST_MAX_BYTES}-byte limit`);
    }
    // A descriptor that already says it is too big is refused without a download.
    seen.length = 0;
    const err = await store()
      .fetchManifest({ digest: sha256(huge), size: huge.length })
      .catch((e: unknown) => e);
    expect((err as Error).message).toContain(`${host}/fake/app@${sha256(huge)}`);
    expect(seen).toEqual([]);
  });

  it('refuses a manifest of an unknown media type, naming the type', async () => {
    const weird = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.example.thing+json',
        config: {},
        layers: [],
      }),
    );
    route(
      'GET',
      `/v2/fake/app/manifests/${sha256(weird)}`,
      serve(200, weird, { 'content-type': 'application/vnd.example.thing+json' }),
    );
    const err = await store()
      .fetchManifest({ digest: sha256(weird) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain('application/vnd.example.thing+json');
    expect((err as Error).message).toContain(`${host}/fake/app@${sha256(weird)}`);
  });

  it('refuses manifest bytes that do not match the digest asked for', async () => {
    const wanted = sha256('something else entirely');
    route(
      'GET',
      `/v2/fake/app/manifests/${wanted}`,
      serve(200, manifestBytes, { 'content-type': MediaType.ociManifest }),
    );
    const err = await store()
      .fetchManifest({ digest: wanted })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain(`${host}/fake/app@${wanted}`);
    expect((err as Error).message).toContain(sha256(manifestBytes));
  });

  it('refuses a tag whose bytes do not match the digest the registry claims for them', async () => {
    route(
      'GET',
      '/v2/fake/app/manifests/liar',
      serve(200, manifestBytes, {
        'content-type': MediaType.ociManifest,
        'docker-content-digest': sha256('x'),
      }),
    );
    route('HEAD', '/v2/fake/app/manifests/liar', serve(200, '', { 'content-type': MediaType.ociManifest }));
    const err = await store()
      .resolve('liar')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain(sha256('x'));
  });

  it('refuses a HEAD by digest that answers for another digest', async () => {
    const asked = sha256('asked');
    route(
      'HEAD',
      `/v2/fake/app/manifests/${asked}`,
      serve(200, '', {
        'content-type': MediaType.ociManifest,
        'docker-content-digest': sha256(manifestBytes),
        'content-length': manifestBytes.length,
      }),
    );
    const err = await store()
      .resolve(asked)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain(`${host}/fake/app@${asked}`);
  });

  it('fails a blob stream whose content does not match its digest, naming it', async () => {
    const content = Buffer.from('the real blob content');
    const descriptor: Descriptor = {
      mediaType: 'application/octet-stream',
      digest: sha256(content),
      size: content.length,
    };
    const tampered = Buffer.from(content);
    tampered[3] = tampered[3]! ^ 0xff;
    route('GET', `/v2/fake/app/blobs/${descriptor.digest}`, serve(200, tampered));
    const stream = await store().fetchBlob(descriptor);
    const err = await (async () => {
      for await (const _ of stream) {
        // drain
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain(`${host}/fake/app@${descriptor.digest}`);
  });

  it('fails a blob stream that is longer than its descriptor says', async () => {
    const content = Buffer.from('0123456789');
    const descriptor: Descriptor = {
      mediaType: 'application/octet-stream',
      digest: sha256(content),
      size: 4,
    };
    route('GET', `/v2/fake/app/blobs/${descriptor.digest}`, serve(200, content));
    const stream = await store().fetchBlob(descriptor);
    const err = await (async () => {
      for await (const _ of stream) {
        // drain
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toContain(descriptor.digest);
  });
});

describe('RegistryStore pagination', () => {
  it('follows Link pages of the referrers API and keeps every entry', async () => {
    const subject = sha256('subject');
    const entry = (n: number): Descriptor => ({
      mediaType: MediaType.ociManifest,
      digest: sha256(`referrer ${n}`),
      size: 100 + n,
      artifactType: `application/vnd.example.type${n % 2}+json`,
    });
    const page = (entries: Descriptor[]) =>
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: entries });
    route('GET', `/v2/fake/app/referrers/${subject}`, (_req, res, url) => {
      const last = url.searchParams.get('next');
      const [body, link] =
        last === null
          ? [page([entry(1), entry(2)]), `</v2/fake/app/referrers/${subject}?next=2>; rel="next"`]
          : last === '2'
            ? [page([entry(3)]), `<http://${host}/v2/fake/app/referrers/${subject}?next=3>; rel="next"`]
            : [page([entry(4)]), undefined];
      res.writeHead(200, { 'content-type': MediaType.ociIndex, ...(link ? { link } : {}) });
      res.end(body);
    });
    const all = await store().referrers(subject);
    expect(all.map((d) => d.digest)).toEqual([1, 2, 3, 4].map((n) => entry(n).digest));
    const odd = await store().referrers(subject, { artifactType: 'application/vnd.example.type1+json' });
    expect(odd.map((d) => d.digest)).toEqual([entry(1).digest, entry(3).digest]);
  });

  it('stops a referrers Link that loops, naming the registry', async () => {
    const subject = sha256('loop');
    route('GET', `/v2/fake/app/referrers/${subject}`, (_req, res) => {
      res.writeHead(200, {
        'content-type': MediaType.ociIndex,
        link: `</v2/fake/app/referrers/${subject}>; rel="next"`,
      });
      res.end(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] }));
    });
    await expect(store().referrers(subject)).rejects.toThrow(
      new RegExp(`${host}/fake/app: referrers pagination loops`),
    );
  });

  it('lists tags over Link pages, asking for the page size it was given', async () => {
    const all = Array.from({ length: 7 }, (_, i) => `t${i}`);
    route('GET', '/v2/fake/app/tags/list', (_req, res, url) => {
      const n = Number(url.searchParams.get('n'));
      const last = url.searchParams.get('last');
      const from = last ? all.indexOf(last) + 1 : 0;
      const tags = all.slice(from, from + n);
      const more = from + n < all.length;
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(more ? { link: `</v2/fake/app/tags/list?n=${n}&last=${tags.at(-1)}>; rel="next"` } : {}),
      });
      res.end(JSON.stringify({ name: 'fake/app', tags }));
    });
    expect(await store().listTags({ pageSize: 3 })).toEqual(all);
    expect(seen.filter((s) => s.startsWith('GET /v2/fake/app/tags/list'))).toEqual([
      'GET /v2/fake/app/tags/list?n=3',
      'GET /v2/fake/app/tags/list?n=3&last=t2',
      'GET /v2/fake/app/tags/list?n=3&last=t5',
    ]);
  });

  it('refuses a tag list that is not JSON, naming the repository', async () => {
    route('GET', '/v2/fake/app/tags/list', serve(200, '<html>', { 'content-type': 'text/html' }));
    await expect(store().listTags()).rejects.toThrow(`${host}/fake/app: tag list is not JSON`);
  });

  it('reads the next target of RFC 8288 Link headers as registries send them', () => {
    expect(nextLink('</v2/x/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/x/tags/list?n=2&last=b');
    expect(nextLink('<https://r.example/a?b=c>; rel=next')).toBe('https://r.example/a?b=c');
    expect(nextLink('</prev>; rel="prev", </next>; rel="next"')).toBe('/next');
    expect(nextLink('</only-prev>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});
