import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the Actions results service and the blob store behind it, as
// @actions/artifact talks to them: Twirp JSON calls to create and finalize the
// artifact (CreateArtifact answers a signed upload URL, FinalizeArtifact an
// artifact id), Azure block-blob PUTs of the zip in between. Point
// ACTIONS_RESULTS_URL at `url` and give ACTIONS_RUNTIME_TOKEN a runtimeToken().

export interface ArtifactService {
  url: string;
  calls: { method: string; body: Record<string, unknown> }[];
  /** The uploaded zip, assembled from its committed block list. */
  zip(): Buffer | undefined;
  stop(): Promise<void>;
}

export async function startArtifactService(artifactId = '4242'): Promise<ArtifactService> {
  const calls: ArtifactService['calls'] = [];
  const blocks = new Map<string, Buffer>();
  let zip: Buffer | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname);
      if (twirp && req.method === 'POST') {
        const method = twirp[1] ?? '';
        calls.push({ method, body: JSON.parse(body.toString() || '{}') });
        res.setHeader('content-type', 'application/json');
        if (method === 'CreateArtifact') {
          res.end(JSON.stringify({ ok: true, signedUploadUrl: `${address()}/blob/artifact.zip?sig=test` }));
        } else if (method === 'FinalizeArtifact') {
          res.end(JSON.stringify({ ok: true, artifactId }));
        } else {
          res.statusCode = 404;
          res.end(JSON.stringify({ code: 'not_found', msg: method }));
        }
        return;
      }
      if (url.pathname.startsWith('/blob/') && req.method === 'PUT') {
        const comp = url.searchParams.get('comp');
        if (comp === 'block') blocks.set(url.searchParams.get('blockid') ?? '', body);
        else if (comp === 'blocklist') {
          const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map(
            (m) => m[1] ?? '',
          );
          zip = Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0)));
        } else zip = body;
        res.statusCode = 201;
        res.setHeader('etag', '"0x1"');
        res.setHeader('last-modified', new Date(0).toUTCString());
        res.setHeader('x-ms-request-id', 'test');
        res.setHeader('x-ms-version', '2025-01-05');
        res.end();
        return;
      }
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: address(),
    calls,
    zip: () => zip,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A runtime token as the runner hands it over: only its `scp` claim is read (never verified) by the client. */
export function runtimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-1:job-1' })}.sig`;
}
