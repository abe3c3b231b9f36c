import { execFileSync } from 'node:child_process';
import { createPrivateKey, type X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestOf } from '../../src/oci/digest.js';
import type { Store } from '../../src/oci/store.js';
import type { Descriptor } from '../../src/oci/types.js';
import { chainProblem } from '../../src/sigstore/notation/certificates.js';
import { type JwsEnvelope, signJws } from '../../src/sigstore/notation/jws.js';
import {
  type NotationIdentity,
  notationIdentity,
  pushNotationSignature,
} from '../../src/sigstore/notation/signature-manifest.js';
import { verifyNotationSignatures } from '../../src/sigstore/notation/verifier.js';

// lading's Notation JWS signer and verifier, offline: keys and certificates
// from openssl, an in-memory store holding the referrers. Interop with the
// real notation binary is in test/integration/notation.test.ts.

/** The few Store methods signing and verifying use, over maps. */
function memoryStore(): Store & { blobs: Map<string, Buffer>; manifests: Map<string, Buffer> } {
  const blobs = new Map<string, Buffer>();
  const manifests = new Map<string, Buffer>();
  const referrers: Descriptor[] = [];
  const store = {
    name: 'memory/demo',
    blobs,
    manifests,
    async pushBlob(d: Descriptor, content: Buffer) {
      blobs.set(d.digest, content);
    },
    async pushManifest(bytes: Buffer, mediaType: string) {
      const digest = digestOf(bytes);
      manifests.set(digest, bytes);
      const m = JSON.parse(bytes.toString()) as { config: Descriptor; annotations?: Record<string, string> };
      referrers.push({
        mediaType,
        digest,
        size: bytes.length,
        artifactType: m.config.mediaType,
        ...(m.annotations ? { annotations: m.annotations } : {}),
      });
      return { mediaType, digest, size: bytes.length };
    },
    async referrers() {
      return referrers;
    },
    async fetchManifest(d: Descriptor) {
      const bytes = manifests.get(d.digest) as Buffer;
      return { descriptor: d, bytes, manifest: JSON.parse(bytes.toString()) };
    },
    async fetchBlob(d: Descriptor) {
      return Readable.from([blobs.get(d.digest) as Buffer]);
    },
  };
  return store as unknown as Store & typeof store;
}

let dir: string;
function openssl(args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}
/** A self-signed code-signing certificate as notation's test certificates are made. */
function identity(name: string, keyArgs: string[]): { key: string; cert: string } {
  openssl([
    'req',
    '-x509',
    '-newkey',
    ...keyArgs,
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'keyUsage=critical,digitalSignature',
    '-addext',
    'extendedKeyUsage=codeSigning',
    '-addext',
    'basicConstraints=critical,CA:false',
  ]);
  return {
    key: readFileSync(join(dir, `${name}.key`), 'utf8'),
    cert: readFileSync(join(dir, `${name}.crt`), 'utf8'),
  };
}

const IMAGE: Descriptor = {
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  digest: digestOf(Buffer.from('the image manifest')),
  size: 18,
};
const OTHER: Descriptor = { ...IMAGE, digest: digestOf(Buffer.from('another image')) };

let rsa: NotationIdentity;
let ec: NotationIdentity;
let rsaPem: { key: string; cert: string };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lading-notation-'));
  rsaPem = identity('rsa-signer', ['rsa:2048']);
  const ecPem = identity('ec-signer', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
  rsa = notationIdentity(rsaPem.key, rsaPem.cert, { key: 'rsa.key', cert: 'rsa.crt' });
  ec = notationIdentity(ecPem.key, ecPem.cert, { key: 'ec.key', cert: 'ec.crt' });
}, 30_000);

const options = { signingTime: new Date(), agent: 'lading-test' };

/** Pushes a signature envelope as-is (to tamper with it first). */
async function pushEnvelope(store: ReturnType<typeof memoryStore>, envelope: JwsEnvelope): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(envelope));
  const layer = { mediaType: 'application/jose+json', digest: digestOf(bytes), size: bytes.length };
  await store.pushBlob(layer, bytes);
  const config = {
    mediaType: 'application/vnd.cncf.notary.signature',
    digest: digestOf(Buffer.from('{}')),
    size: 2,
  };
  const manifest = { schemaVersion: 2, config, layers: [layer], subject: IMAGE };
  await store.pushManifest(
    Buffer.from(JSON.stringify(manifest)),
    'application/vnd.oci.image.manifest.v1+json',
  );
}

function reencode(part: string, edit: (o: Record<string, unknown>) => void): string {
  const o = JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;
  edit(o);
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

describe('Notation JWS signatures', () => {
  it.each([
    ['RSA (PS256)', () => rsa, 'PS256'],
    ['EC P-256 (ES256)', () => ec, 'ES256'],
  ])('signs with %s as the Notary Project specification lays out, and verifies', async (_, who, alg) => {
    const store = memoryStore();
    const pushed = await pushNotationSignature(store, IMAGE, who(), options);
    const manifest = JSON.parse((store.manifests.get(pushed.digest) as Buffer).toString()) as {
      config: Descriptor;
      layers: Descriptor[];
      subject: Descriptor;
      annotations: Record<string, string>;
    };
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.notary.signature');
    expect(manifest.layers[0]?.mediaType).toBe('application/jose+json');
    expect(manifest.subject.digest).toBe(IMAGE.digest);
    expect(JSON.parse(manifest.annotations['io.cncf.notary.x509chain.thumbprint#S256'] as string)).toEqual([
      who().chain[0]?.fingerprint256.replaceAll(':', '').toLowerCase(),
    ]);
    const envelope = JSON.parse(
      (store.blobs.get(manifest.layers[0]?.digest as string) as Buffer).toString(),
    ) as JwsEnvelope;
    const header = JSON.parse(Buffer.from(envelope.protected, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(header).toMatchObject({
      alg,
      cty: 'application/vnd.cncf.notary.payload.v1+json',
      crit: ['io.cncf.notary.signingScheme'],
      'io.cncf.notary.signingScheme': 'notary.x509',
    });
    expect(header['io.cncf.notary.signingTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(JSON.parse(Buffer.from(envelope.payload, 'base64url').toString())).toEqual({
      targetArtifact: IMAGE,
    });
    expect(envelope.header.x5c).toEqual([who().chain[0]?.raw.toString('base64')]);

    const [verdict] = await verifyNotationSignatures(store, IMAGE, who().chain);
    expect(verdict).toMatchObject({ format: 'notation', ok: true });
    expect(verdict?.reason).toContain(`CN=${who() === rsa ? 'rsa-signer' : 'ec-signer'}`);
  });

  const rejected = async (envelope: JwsEnvelope, trust = rsa.chain, now?: Date) => {
    const store = memoryStore();
    await pushEnvelope(store, envelope);
    const [verdict] = await verifyNotationSignatures(store, IMAGE, trust, now);
    expect(verdict?.ok).toBe(false);
    return verdict?.reason;
  };
  const good = () => signJws(IMAGE, rsa.key, rsa.chain, options);

  it('rejects a tampered payload', async () => {
    const e = good();
    e.payload = reencode(e.payload, (o) => {
      (o.targetArtifact as Descriptor).digest = OTHER.digest;
    });
    expect(await rejected(e)).toContain('the signature does not match the signed content');
  });

  it('rejects a swapped certificate', async () => {
    const e = good();
    e.header.x5c = [ec.chain[0]?.raw.toString('base64') as string];
    expect(await rejected(e, ec.chain)).toContain('the signature does not match the signed content');
  });

  it('rejects a signature for another digest', async () => {
    const e = signJws(OTHER, rsa.key, rsa.chain, options);
    expect(await rejected(e)).toBe(`the signature is for ${OTHER.digest}, not ${IMAGE.digest}`);
  });

  it('rejects a certificate outside the trust store', async () => {
    expect(await rejected(good(), ec.chain)).toMatch(
      /^the chain ends at CN=rsa-signer, which is not in the trust store$/,
    );
  });

  it('rejects a certificate outside its validity', async () => {
    const later = new Date(Date.now() + 10 * 86_400_000);
    expect(await rejected(good(), rsa.chain, later)).toMatch(
      /^certificate 0 \(CN=rsa-signer\) is valid from .* to .*, not at /,
    );
  });

  it('rejects an unknown critical header and a wrong content type', async () => {
    const crit = signJws(IMAGE, rsa.key, rsa.chain, options);
    crit.protected = reencode(crit.protected, (o) => {
      o.crit = ['io.cncf.notary.signingScheme', 'io.example.must-understand'];
    });
    expect(await rejected(crit)).toBe('unknown critical header io.example.must-understand');
    const cty = good();
    cty.protected = reencode(cty.protected, (o) => {
      o.cty = 'application/json';
    });
    expect(await rejected(cty)).toBe(
      'cty is application/json, not application/vnd.cncf.notary.payload.v1+json',
    );
  });

  it('rejects an envelope without x5c', async () => {
    const e = good();
    e.header.x5c = [];
    expect(await rejected(e)).toBe('the unprotected header has no x5c chain');
  });

  it('a chain must lead, certificate by certificate, to the trust store', () => {
    expect(chainProblem([], rsa.chain, new Date())).toBe(
      'the signature carries no certificate (x5c is empty)',
    );
    expect(
      chainProblem([rsa.chain[0] as X509Certificate, ec.chain[0] as X509Certificate], ec.chain, new Date()),
    ).toBe('certificate 0 is not issued by certificate 1 of the chain');
  });

  it('refuses a key that does not belong to the certificate, and keys that cannot sign, naming the file', () => {
    expect(() =>
      notationIdentity(rsaPem.key, readFileSync(join(dir, 'ec-signer.crt'), 'utf8'), {
        key: 'a.key',
        cert: 'b.crt',
      }),
    ).toThrow('a.key: does not belong to the first certificate of b.crt');
    expect(() => notationIdentity('not a key', rsaPem.cert, { key: 'a.key', cert: 'b.crt' })).toThrow(
      'a.key: not a PEM private key (PKCS#1, PKCS#8 or SEC1, unencrypted)',
    );
    expect(() => notationIdentity(rsaPem.key, 'nothing here', { key: 'a.key', cert: 'b.crt' })).toThrow(
      'b.crt: no PEM certificate (-----BEGIN CERTIFICATE-----)',
    );
    openssl(['genpkey', '-algorithm', 'ed25519', '-out', 'ed.key']);
    openssl(['req', '-x509', '-key', 'ed.key', '-out', 'ed.crt', '-days', '1', '-subj', '/CN=ed']);
    const ed = notationIdentity(
      readFileSync(join(dir, 'ed.key'), 'utf8'),
      readFileSync(join(dir, 'ed.crt'), 'utf8'),
      {
        key: 'ed.key',
        cert: 'ed.crt',
      },
    );
    expect(() => signJws(IMAGE, ed.key, ed.chain, options)).toThrow(
      'Notary Project signatures take RSA or EC P-256/384/521 keys, not ed25519',
    );
    expect(createPrivateKey(rsaPem.key).asymmetricKeyType).toBe('rsa');
  });
});
