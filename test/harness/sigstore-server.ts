import { createHash, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as mock from '@sigstore/mock';

// An offline Sigstore for tests: Fulcio, Rekor v1 and a TSA on 127.0.0.1,
// built from @sigstore/mock's CA, log and TSA, served over real HTTP so that
// cosign (another process) can use them too. Each start makes new keys, so
// a test uses the trusted root of the same start.
//
// Differences from the mock as published, each needed for a verifier to accept
// what it issues (found with sigstore-js and cosign 3):
//   - a DSSE Rekor entry is logged in canonical form ({envelopeHash,
//     payloadHash, signatures}), as real Rekor does, not as proposed;
//   - the Rekor answer has ETag/Location = entry UUID (sigstore-go reads it);
//   - Fulcio answers 200 (sigstore-go insists) and reads the token from
//     `Authorization: Bearer` when the JSON body lacks it (sigstore-go's way);
//   - the TSA clock is whole seconds (@sigstore/core parses exactly three
//     fractional digits, and asn1js trims trailing zeros).
// cosign's own TSA client posts DER, which the mock TSA cannot read: give
// cosign `signingConfigWithoutTsa`.

export interface OfflineSigstore {
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string;
  trustedRoot: Record<string, unknown>;
  signingConfig: Record<string, unknown>;
  signingConfigWithoutTsa: Record<string, unknown>;
  stop(): Promise<void>;
}

const ISSUER = 'https://token.actions.githubusercontent.com';

function ecKey() {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

function der(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest();

/** Starts the offline Sigstore. `caClock` backdates issued certificates (to make expired ones). */
export async function startOfflineSigstore(options: { caClock?: Date } = {}): Promise<OfflineSigstore> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const caKey = ecKey();
  const ctKey = ecKey();
  const tlogKey = ecKey();
  const tsaKey = ecKey();
  const ctlog = await mock.initializeCTLog(ctKey, options.caClock);
  const ca = await mock.initializeCA(caKey, ctlog, options.caClock);
  const tlog = await mock.initializeTLog(base, tlogKey);
  const tsaClock = new Date(Math.floor(Date.now() / 1000) * 1000);
  const tsa = await mock.initializeTSA(tsaKey, tsaClock);
  const fulcio = mock.fulcioHandler(ca, { strict: true });
  const tsaHandler = mock.tsaHandler(tsa, { strict: true });

  const canonical = (entry: {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope: string; verifiers?: string[] } };
  }) => {
    if (entry.kind !== 'dsse' || !entry.spec?.proposedContent) return entry;
    const envelope = entry.spec.proposedContent.envelope;
    const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] };
    const verifiers: string[] = entry.spec.proposedContent.verifiers ?? [];
    return {
      apiVersion: entry.apiVersion ?? '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: sha256(envelope).toString('hex') },
        payloadHash: {
          algorithm: 'sha256',
          value: sha256(Buffer.from(parsed.payload, 'base64')).toString('hex'),
        },
        signatures: parsed.signatures.map((s, i) => ({
          signature: s.sig,
          verifier: verifiers[i] ?? verifiers[0],
        })),
      },
    };
  };

  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      let body = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '').split('?')[0];
      const send = (status: number, text: string | ArrayBufferView, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        res.end(typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength));
      };
      try {
        if (req.method !== 'POST') return send(404, 'not found');
        if (path === fulcio.path) {
          const auth = req.headers.authorization ?? '';
          const json = JSON.parse(body);
          if (!json.credentials && auth.startsWith('Bearer ')) {
            json.credentials = { oidcIdentityToken: auth.slice(7) };
            body = JSON.stringify(json);
          }
          const r = await fulcio.fn(body);
          return send(r.statusCode === 201 ? 200 : r.statusCode, r.response);
        }
        if (path === '/api/v1/log/entries') {
          const entry = await tlog.log(canonical(JSON.parse(body)));
          const uuid = Object.keys(entry)[0] ?? '';
          return send(201, JSON.stringify(entry), { ETag: uuid, Location: `/api/v1/log/entries/${uuid}` });
        }
        if (path === tsaHandler.path) {
          tsaClock.setTime(Math.floor(Date.now() / 1000) * 1000);
          const r = await tsaHandler.fn(body);
          return send(r.statusCode, r.response, {
            'Content-Type': r.contentType ?? 'application/timestamp-reply',
          });
        }
        return send(404, 'not found');
      } catch (e) {
        return send(400, String(e));
      }
    });
  });

  const start = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: base,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: der(tlogKey.publicKey).toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: sha256(der(tlogKey.publicKey)).toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: base,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: base,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: Buffer.from(ctlog.publicKey).toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: base,
        certChain: {
          certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
        },
        validFor: { start },
      },
    ],
  };
  const service = (url: string) => ({
    url,
    majorApiVersion: 1,
    validFor: { start },
    operator: 'sigstore.mock',
  });
  const signingConfig = {
    mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
    caUrls: [service(base)],
    oidcUrls: [],
    rekorTlogUrls: [service(base)],
    tsaUrls: [service(`${base}/api/v1/timestamp`)],
    rekorTlogConfig: { selector: 'ANY' },
    tsaConfig: { selector: 'ANY' },
  };
  return {
    url: base,
    fulcioUrl: base,
    rekorUrl: base,
    tsaUrl: `${base}/api/v1/timestamp`,
    trustedRoot,
    signingConfig,
    signingConfigWithoutTsa: { ...signingConfig, tsaUrls: [] },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Claims of a GitHub Actions OIDC token for `repository` at `ref`, running `workflowPath`. */
export function githubClaims(
  repository: string,
  ref: string,
  workflowPath = '.github/workflows/release.yml',
) {
  return {
    iss: ISSUER,
    aud: 'sigstore',
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    ref,
    sha: 'a'.repeat(40),
    workflow: 'release',
    event_name: 'push',
    job_workflow_ref: `${repository}/${workflowPath}@${ref}`,
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 600,
  };
}

/** An ES256 JWT over `claims` with a throwaway key (the offline Fulcio decodes, never verifies). */
export function mintToken(claims: Record<string, unknown>): string {
  const { privateKey } = ecKey();
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${enc({ alg: 'ES256', typ: 'JWT', kid: 'test' })}.${enc(claims)}`;
  const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${sig.toString('base64url')}`;
}

/**
 * Stands in for the Actions runtime's token endpoint: GET
 * `$ACTIONS_ID_TOKEN_REQUEST_URL&audience=…` with `Authorization: bearer
 * $ACTIONS_ID_TOKEN_REQUEST_TOKEN` answers `{"value": JWT}` with `aud` set.
 */
export async function startActionsTokenEndpoint(claims: Record<string, unknown>): Promise<{
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  requests: { audience: string | null; authorized: boolean }[];
  stop(): Promise<void>;
}> {
  const requestToken = `runtime-${Math.random().toString(36).slice(2)}`;
  const requests: { audience: string | null; authorized: boolean }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `bearer ${requestToken}`;
    const audience = url.searchParams.get('audience');
    requests.push({ audience, authorized });
    if (req.method !== 'GET' || url.pathname !== '/token' || url.searchParams.get('api-version') !== '2.0') {
      res.writeHead(404).end();
      return;
    }
    if (!authorized) {
      res.writeHead(401).end('{"message":"bad token"}');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ value: mintToken({ ...claims, ...(audience ? { aud: audience } : {}) }) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
