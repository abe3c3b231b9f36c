import { createHash, createPrivateKey, scrypt, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js';
import { BUNDLE, INDEX, INTOTO, MANIFEST, pae, registry } from './registry-client.mjs';

// Node floor of `sign --key` in the bundle format (bench/sign.ts): open the
// cosign key (scrypt + secretbox), sign a cosign/sign/v1 statement as DSSE,
// push the bundle, the empty config and the referrer manifest, and add it to
// the fallback index: the work lading and cosign both do, and nothing more (no
// checks, no race guard on the index, no retries). What no Node program can beat.
// usage: COSIGN_PASSWORD=… node sign.mjs HOST REPOSITORY DIGEST COSIGN_KEY_FILE

const [host, repository, digest, keyFile] = process.argv.slice(2);
const r = registry(host, repository);
const armoured = readFileSync(keyFile, 'utf8').replace(/-----[^-]+-----/g, '');
const sealed = JSON.parse(Buffer.from(armoured, 'base64').toString('utf8'));
const opened = new Promise((resolve, reject) => {
  const { N, r: blocks, p } = sealed.kdf.params;
  scrypt(
    process.env.COSIGN_PASSWORD ?? '',
    Buffer.from(sealed.kdf.salt, 'base64'),
    32,
    { N, r: blocks, p, maxmem: 256 * N * blocks },
    (err, k) => (err ? reject(err) : resolve(k)),
  );
}).then((k) => {
  const box = xsalsa20poly1305(k, Buffer.from(sealed.cipher.nonce, 'base64'));
  return createPrivateKey({
    key: Buffer.from(box.decrypt(Buffer.from(sealed.ciphertext, 'base64'))),
    format: 'der',
    type: 'pkcs8',
  });
});
const subject = r.manifest(digest, MANIFEST);
const [key, fetched] = await Promise.all([opened, subject]);

const sha256 = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const statement = Buffer.from(
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: `${host}/${repository}`, digest: { sha256: digest.slice(7) } }],
    predicateType: 'https://sigstore.dev/cosign/sign/v1',
    predicate: {},
  }),
);
const bundle = Buffer.from(
  JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: '' } },
    dsseEnvelope: {
      payload: statement.toString('base64'),
      payloadType: INTOTO,
      signatures: [{ sig: sign('sha256', pae(INTOTO, statement), key).toString('base64') }],
    },
  }),
);
const empty = Buffer.from('{}');
await Promise.all([r.pushBlob(sha256(bundle), bundle), r.pushBlob(sha256(empty), empty)]);
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST,
    artifactType: BUNDLE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256(empty), size: 2 },
    layers: [{ mediaType: BUNDLE, digest: sha256(bundle), size: bundle.length }],
    subject: { mediaType: MANIFEST, digest, size: fetched.body.length },
  }),
);
await r.pushManifest(sha256(manifest), MANIFEST, manifest);
const referrers = await r.send('GET', `/v2/${repository}/referrers/${digest}`, { accept: INDEX });
if (referrers.status === 404) {
  const tag = `sha256-${digest.slice(7)}`;
  const current = await r.manifest(tag, INDEX);
  const index =
    current.status === 200 ? JSON.parse(current.body) : { schemaVersion: 2, mediaType: INDEX, manifests: [] };
  index.manifests.push({
    mediaType: MANIFEST,
    digest: sha256(manifest),
    size: manifest.length,
    artifactType: BUNDLE,
  });
  await r.pushManifest(tag, INDEX, Buffer.from(JSON.stringify(index)));
}
r.close();
