import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BUNDLE, INDEX, MANIFEST, pae, registry } from './registry-client.mjs';

// Node floor of `verify --key` (bench/sign.ts): the same round trips as lading
// and cosign (referrers, the bundle's manifest and blob) and one ECDSA check of
// the DSSE envelope against the public key, nothing else: no identity policy,
// no error handling worth the name. What no Node program can beat.
// usage: node verify.mjs HOST REPOSITORY DIGEST PUBLIC_KEY_PEM_FILE

const [host, repository, digest, keyFile] = process.argv.slice(2);
const r = registry(host, repository);
let referrers = await r.send('GET', `/v2/${repository}/referrers/${digest}`, { accept: INDEX });
if (referrers.status === 404) referrers = await r.manifest(`sha256-${digest.slice(7)}`, INDEX);
const { manifests } = JSON.parse(referrers.body);
// go-containerregistry's registry reports the config's media type as artifactType; the bench signs once.
const entry = manifests.find((m) => m.artifactType === BUNDLE) ?? manifests.at(-1);
const manifest = JSON.parse((await r.manifest(entry.digest, MANIFEST)).body);
const bundle = JSON.parse((await r.blob(manifest.layers[0].digest)).body);
const envelope = bundle.dsseEnvelope;
const payload = Buffer.from(envelope.payload, 'base64');
const key = createPublicKey(readFileSync(keyFile));
const ok =
  verify(
    'sha256',
    pae(envelope.payloadType, payload),
    key,
    Buffer.from(envelope.signatures[0].sig, 'base64'),
  ) && JSON.parse(payload).subject.some((s) => `sha256:${s.digest.sha256}` === digest);
r.close();
if (!ok) {
  console.error('not verified');
  process.exit(1);
}
