import { generateKeyPairSync } from 'node:crypto';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LayoutStore } from '../../src/oci/layout.js';
import type { Descriptor } from '../../src/oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE, signDsse, signMessage } from '../../src/sigstore/bundle.js';
import {
  COSIGN_SIGN_PREDICATE,
  cosignSignStatement,
  pushBundleReferrer,
} from '../../src/sigstore/formats/cosign-bundle.js';
import {
  legacySignatureFromBundle,
  pushLegacySignature,
  simpleSigningPayload,
} from '../../src/sigstore/formats/cosign-legacy.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';
import { keylessSigner } from '../../src/sigstore/keyless-signer.js';
import type { Signer } from '../../src/sigstore/signer.js';
import { type Trust, verifyImageSignatures } from '../../src/sigstore/verifier.js';
import { createWitnesses } from '../../src/sigstore/witnesses.js';
import { buildTestImage, tempDir } from '../fixtures/images.js';
import {
  githubClaims,
  mintToken,
  type OfflineSigstore,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';

// The verifier's verdicts, one signature at a time, on an OCI layout: every
// way a signature can be wrong is rejected with its own reason.

const REPO = 'registry.example/demo/app';
const IDENTITY = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const ISSUER = 'https://token.actions.githubusercontent.com';

async function freshImage(): Promise<{ store: LayoutStore; subject: Descriptor; other: Descriptor }> {
  const dir = await tempDir('verifier');
  const a = await buildTestImage(`oci-dir:${dir}:a`);
  const b = await buildTestImage(`oci-dir:${dir}:b`);
  const store = await LayoutStore.open(dir);
  return { store, subject: await store.resolve(a.digest), other: await store.resolve(b.digest) };
}

function keySigner() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return new KeySigner(privateKey);
}

async function signBoth(
  store: LayoutStore,
  subject: Descriptor,
  signer: Signer,
  witnesses = createWitnesses({}),
) {
  const dsse = await signDsse(cosignSignStatement(subject.digest), IN_TOTO_PAYLOAD_TYPE, signer, witnesses);
  await pushBundleReferrer(store, subject, dsse.json, {
    predicateType: COSIGN_SIGN_PREDICATE,
    created: new Date(),
  });
  const payload = simpleSigningPayload(REPO, subject.digest);
  const message = await signMessage(payload, signer, witnesses);
  await pushLegacySignature(store, subject.digest, legacySignatureFromBundle(payload, message.bundle));
  return { dsse, message, payload };
}

describe('with a key', () => {
  it('accepts both formats signed by the key and names each', async () => {
    const { store, subject } = await freshImage();
    const signer = keySigner();
    await signBoth(store, subject, signer);
    const result = await verifyImageSignatures(store, subject, { trust: { publicKey: signer.publicKey } });
    expect(result.verified).toBe(true);
    expect(result.signatures.map((s) => [s.format, s.ok, s.reason])).toEqual([
      ['bundle', true, 'signature verified with the public key'],
      ['legacy', true, 'signature verified with the public key'],
    ]);
  });

  it('rejects another key', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, keySigner());
    const result = await verifyImageSignatures(store, subject, {
      trust: { publicKey: keySigner().publicKey },
    });
    expect(result.verified).toBe(false);
    for (const s of result.signatures)
      expect(s.reason).toMatch(/^the signature does not match the signed content/);
  });

  it('rejects a tampered payload', async () => {
    const { store, subject } = await freshImage();
    const signer = keySigner();
    const payload = simpleSigningPayload(REPO, subject.digest);
    const signed = await signMessage(payload, signer, []);
    const tampered = Buffer.from(payload.toString().replace(REPO, 'registry.example/evil/app'));
    await pushLegacySignature(store, subject.digest, {
      ...legacySignatureFromBundle(payload, signed.bundle),
      payload: tampered,
    });
    const [v] = (await verifyImageSignatures(store, subject, { trust: { publicKey: signer.publicKey } }))
      .signatures;
    expect(v?.ok).toBe(false);
    expect(v?.reason).toMatch(/^the signature does not match the signed content/);
  });

  it('rejects a tampered DSSE payload in a bundle', async () => {
    const { store, subject } = await freshImage();
    const signer = keySigner();
    const dsse = await signDsse(cosignSignStatement(subject.digest), IN_TOTO_PAYLOAD_TYPE, signer, []);
    const envelope = dsse.json.dsseEnvelope as { payload: string };
    const statement = Buffer.from(envelope.payload, 'base64').toString();
    envelope.payload = Buffer.from(statement.replace('"subject"', '"subject" ')).toString('base64');
    await pushBundleReferrer(store, subject, dsse.json, {
      predicateType: COSIGN_SIGN_PREDICATE,
      created: new Date(),
    });
    const [v] = (await verifyImageSignatures(store, subject, { trust: { publicKey: signer.publicKey } }))
      .signatures;
    expect(v?.format).toBe('bundle');
    expect(v?.ok).toBe(false);
    expect(v?.reason).toMatch(/^the signature does not match the signed content/);
  });

  it('accepts Ed25519 and RSA keys in both formats, each only with its own public key', async () => {
    for (const type of ['ed25519', 'rsa'] as const) {
      const { store, subject } = await freshImage();
      const pair =
        type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
      await signBoth(store, subject, new KeySigner(pair.privateKey));
      const ok = await verifyImageSignatures(store, subject, { trust: { publicKey: pair.publicKey } });
      expect(ok.signatures.map((s) => [type, s.format, s.ok])).toEqual([
        [type, 'bundle', true],
        [type, 'legacy', true],
      ]);
      const other = generateKeyPairSync('ed25519').publicKey;
      const no = await verifyImageSignatures(store, subject, { trust: { publicKey: other } });
      expect(no.signatures.map((s) => s.ok)).toEqual([false, false]);
    }
  });

  it('rejects a valid signature for another digest, in both formats', async () => {
    const { store, subject, other } = await freshImage();
    const signer = keySigner();
    // Genuine signatures over `other`, moved onto `subject`.
    const dsse = await signDsse(cosignSignStatement(other.digest), IN_TOTO_PAYLOAD_TYPE, signer, []);
    await pushBundleReferrer(store, subject, dsse.json, {
      predicateType: COSIGN_SIGN_PREDICATE,
      created: new Date(),
    });
    const payload = simpleSigningPayload(REPO, other.digest);
    const message = await signMessage(payload, signer, []);
    await pushLegacySignature(store, subject.digest, legacySignatureFromBundle(payload, message.bundle));
    const result = await verifyImageSignatures(store, subject, { trust: { publicKey: signer.publicKey } });
    expect(result.verified).toBe(false);
    expect(result.signatures.map((s) => s.reason)).toEqual([
      `the signature is for ${other.digest}, not ${subject.digest}`,
      `the signature is for ${other.digest}, not ${subject.digest}`,
    ]);
  });
});

describe('keyless against a trusted root', () => {
  let sigstore: OfflineSigstore;
  let expiring: OfflineSigstore;
  const token = mintToken({ ...githubClaims('example/app', 'refs/tags/v1.0.0'), sub: IDENTITY });
  const policy = { subject: { exact: IDENTITY }, issuer: { exact: ISSUER } };
  beforeAll(async () => {
    sigstore = await startOfflineSigstore();
    // Its certificates were issued an hour ago and lived ten minutes.
    expiring = await startOfflineSigstore({ caClock: new Date(Date.now() - 3600_000) });
  });
  afterAll(async () => {
    await sigstore?.stop();
    await expiring?.stop();
  });
  const rootOf = (s: OfflineSigstore): Trust => ({ trustedRoot: TrustedRoot.fromJSON(s.trustedRoot) });
  const signer = (s: OfflineSigstore) =>
    keylessSigner({ fulcioUrl: s.fulcioUrl, identityToken: async () => token });
  const witnesses = (s: OfflineSigstore) => createWitnesses({ rekorUrl: s.rekorUrl, tsaUrl: s.tsaUrl });

  it('accepts both formats and reports identity, GitHub facts and log indexes', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, signer(sigstore), witnesses(sigstore));
    const result = await verifyImageSignatures(store, subject, {
      trust: rootOf(sigstore),
      policy: { ...policy, github: { repository: 'example/app', ref: 'refs/tags/v1.0.0', trigger: 'push' } },
    });
    expect(result.signatures.map((s) => s.ok)).toEqual([true, true]);
    expect(result.signatures[0]?.identity).toMatchObject({
      subject: IDENTITY,
      issuer: ISSUER,
      github: { repository: 'example/app', ref: 'refs/tags/v1.0.0', workflow: 'release', trigger: 'push' },
    });
    expect(result.signatures[0]?.transparencyLog).toHaveLength(1);
  });

  it.each([
    [
      'wrong issuer',
      { subject: { exact: IDENTITY }, issuer: { exact: 'https://accounts.google.com' } },
      `identity policy: issuer "${ISSUER}" does not match "https://accounts.google.com"`,
    ],
    [
      'prefix-only subject',
      { subject: { pattern: 'https://github\\.com/example/app/' }, issuer: { exact: ISSUER } },
      `identity policy: subject "${IDENTITY}" does not match /^(?:https://github\\.com/example/app/)$/`,
    ],
    [
      'another repository',
      { ...policy, github: { repository: 'example/other' } },
      'identity policy: GitHub repository "example/app" in the certificate is not "example/other"',
    ],
  ])('rejects a %s', async (_, p, reason) => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, signer(sigstore), witnesses(sigstore));
    const result = await verifyImageSignatures(store, subject, { trust: rootOf(sigstore), policy: p });
    expect(result.verified).toBe(false);
    expect(result.signatures.map((s) => s.reason)).toEqual([reason, reason]);
  });

  it('rejects an untrusted root (another Sigstore instance)', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, signer(sigstore), witnesses(sigstore));
    const result = await verifyImageSignatures(store, subject, { trust: rootOf(expiring), policy });
    expect(result.verified).toBe(false);
    for (const s of result.signatures)
      expect(s.reason).toMatch(/^the (certificate|timestamp|transparency-log entry) is not trusted/);
  });

  it('rejects a swapped certificate', async () => {
    const { store, subject } = await freshImage();
    const first = await signDsse(
      cosignSignStatement(subject.digest),
      IN_TOTO_PAYLOAD_TYPE,
      signer(sigstore),
      witnesses(sigstore),
    );
    const second = await signDsse(
      cosignSignStatement(subject.digest),
      IN_TOTO_PAYLOAD_TYPE,
      signer(sigstore),
      witnesses(sigstore),
    );
    // The first signature, presented with the second (equally genuine) certificate.
    const swapped = {
      ...first.json,
      verificationMaterial: {
        ...first.json.verificationMaterial,
        certificate: second.json.verificationMaterial.certificate,
      },
    } as typeof first.json;
    await pushBundleReferrer(store, subject, swapped, {
      predicateType: COSIGN_SIGN_PREDICATE,
      created: new Date(),
    });
    const [v] = (await verifyImageSignatures(store, subject, { trust: rootOf(sigstore), policy })).signatures;
    expect(v?.ok).toBe(false);
    expect(v?.reason).toMatch(
      /^the (signature does not match|transparency-log entry does not record this signature)/,
    );
  });

  it('rejects an expired certificate without a timestamp, and a valid one without a timestamp too', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, signer(expiring), []);
    const result = await verifyImageSignatures(store, subject, { trust: rootOf(expiring), policy });
    expect(result.verified).toBe(false);
    for (const s of result.signatures) {
      expect(s.reason).toMatch(
        /^certificate expired at \S+ and no trusted timestamp shows it signed while valid$/,
      );
    }
    const fresh = await freshImage();
    await signBoth(fresh.store, fresh.subject, signer(sigstore), []);
    const untimed = await verifyImageSignatures(fresh.store, fresh.subject, {
      trust: rootOf(sigstore),
      policy,
    });
    expect(untimed.signatures.map((s) => s.reason)).toEqual([
      'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed',
      'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed',
    ]);
  });

  it('accepts a TSA-only signature only when the log is not required', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, signer(sigstore), createWitnesses({ tsaUrl: sigstore.tsaUrl }));
    const strict = await verifyImageSignatures(store, subject, { trust: rootOf(sigstore), policy });
    expect(strict.verified).toBe(false);
    expect(strict.signatures[0]?.reason).toContain('expected 1 tlog entries, got 0');
    const relaxed = await verifyImageSignatures(store, subject, {
      trust: rootOf(sigstore),
      policy,
      requireTransparencyLog: false,
    });
    expect(relaxed.signatures.map((s) => s.ok)).toEqual([true, true]);
  });

  it('a key signature is not accepted as a certificate signature', async () => {
    const { store, subject } = await freshImage();
    await signBoth(store, subject, keySigner());
    const result = await verifyImageSignatures(store, subject, { trust: rootOf(sigstore), policy });
    expect(result.signatures.map((s) => s.reason)).toEqual([
      'signed with a key, not a certificate: verify it with --key',
      'signed with a key, not a certificate: verify it with --key',
    ]);
  });
});

it('an image with no signature is not verified', async () => {
  const { store, subject } = await freshImage();
  const result = await verifyImageSignatures(store, subject, { trust: { publicKey: keySigner().publicKey } });
  expect(result).toEqual({ digest: subject.digest, verified: false, signatures: [] });
});
