import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import {
  envelopeChunks,
  findLegacyAttestations,
  legacyAttestationAnnotations,
  legacyAttestationTag,
  pushLegacyAttestation,
} from '../../src/attest/legacy-att.js';
import { framedCopy, signStatement } from '../../src/attest/pusher.js';
import { buildStatement, imageSubjects } from '../../src/attest/statement.js';
import { verifyLegacyAttestations } from '../../src/attest/verifier.js';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { LayoutStore } from '../../src/oci/layout.js';
import type { ImageManifest } from '../../src/oci/types.js';
import { appendLegacyLayer } from '../../src/sigstore/formats/cosign-legacy.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';
import { tempDir } from '../fixtures/images.js';

const digest = `sha256:${'ab'.repeat(32)}` as Digest;
const VULN = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const signer = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey);

async function signed(pad: number) {
  const statement = buildStatement(imageSubjects('r/x', [digest]), VULN, { pad: 'x'.repeat(pad) });
  return { statement, bundle: await signStatement(framedCopy(statement), signer, []) };
}

describe('legacy .att attestations', () => {
  it('names the tag after the subject digest as cosign does', () => {
    expect(legacyAttestationTag(digest)).toBe(`sha256-${'ab'.repeat(32)}.att`);
  });

  it('streams the DSSE envelope as cosign serialises it, for payloads of every length mod 3', async () => {
    for (const pad of [0, 1, 2, 786_432 * 2 + 1]) {
      const { statement, bundle } = await signed(pad);
      const { size, chunks } = envelopeChunks(bundle);
      const streamed = Buffer.concat([...chunks()]);
      expect(size).toBe(streamed.length);
      const sig =
        bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope.signatures[0]?.sig : undefined;
      // Go's field order, the empty keyid left out
      expect(streamed.toString()).toBe(
        JSON.stringify({
          payload: statement.toString('base64'),
          payloadType: 'application/vnd.in-toto+json',
          signatures: [{ sig: sig?.toString('base64') }],
        }),
      );
    }
  });

  it('annotates a key-signed layer with an empty signature and the predicate type only', async () => {
    const { bundle } = await signed(0);
    expect(legacyAttestationAnnotations(bundle, VULN)).toEqual({
      'dev.cosignproject.cosign/signature': '',
      predicateType: VULN,
    });
  });

  it('appends to the .att manifest, keeps what was there, and does not add the same envelope twice', async () => {
    const store = await LayoutStore.create(join(await tempDir('legacy-att'), 'layout'));
    const first = await signed(1);
    const second = await signed(2);
    const tag = legacyAttestationTag(digest);
    const read = async () => (await store.fetchManifest(await store.resolve(tag))).manifest as ImageManifest;

    await pushLegacyAttestation(store, digest, first.bundle, VULN);
    const one = await read();
    expect(one.layers.map((l) => l.mediaType)).toEqual(['application/vnd.dsse.envelope.v1+json']);

    const again = await pushLegacyAttestation(store, digest, first.bundle, VULN);
    expect(again.digest).toBe((await store.resolve(tag)).digest);
    expect((await read()).layers).toHaveLength(1);

    await pushLegacyAttestation(store, digest, second.bundle, 'https://openvex.dev/ns/v0.2.0');
    const two = await read();
    expect(two.layers.map((l) => l.digest)).toEqual([
      one.layers[0]?.digest,
      expect.stringMatching(/^sha256:/),
    ]);
    expect(two.layers[1]?.annotations?.predicateType).toBe('https://openvex.dev/ns/v0.2.0');
    const config = JSON.parse((await buffer(await store.fetchBlob(two.config))).toString()) as {
      rootfs: { diff_ids: string[] };
    };
    expect(config.rootfs.diff_ids).toEqual(two.layers.map((l) => l.digest));
  });

  describe('reading and verifying them back', () => {
    const VEX = 'https://openvex.dev/ns';
    const vex = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/1',
      author: 'me',
      timestamp: '2025-01-01T00:00:00Z',
      version: 1,
      statements: [],
    };
    const vexBundle = (about: Digest) =>
      signStatement(framedCopy(buildStatement(imageSubjects('r/x', [about]), VEX, vex)), signer, []);
    const subject = { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: 0 };
    const trust = { trust: { publicKey: signer.publicKey } };

    it('finds only the layers of the kinds asked for, and verifies each with the key that signed it', async () => {
      const store = await LayoutStore.create(join(await tempDir('legacy-att-read'), 'layout'));
      await pushLegacyAttestation(store, digest, (await signed(3)).bundle, VULN);
      await pushLegacyAttestation(store, digest, await vexBundle(digest), VEX);
      const found = await findLegacyAttestations(store, digest, [VEX]);
      expect(found.map((f) => [f.predicateType, f.error])).toEqual([[VEX, undefined]]);

      const [ok] = await verifyLegacyAttestations(store, subject, { kind: 'openvex' }, trust);
      expect(ok).toMatchObject({
        ok: true,
        predicateType: VEX,
        location: expect.stringMatching(/:sha256-(ab){32}\.att layer sha256:[0-9a-f]{64}$/),
      });
      const other = {
        trust: { publicKey: generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey },
      };
      const [refused] = await verifyLegacyAttestations(store, subject, { kind: 'openvex' }, other);
      expect(refused).toMatchObject({
        ok: false,
        reason: expect.stringContaining('the signature does not match'),
      });
    });

    it('refuses a signed statement about another digest, and an envelope that is not one, saying why', async () => {
      const store = await LayoutStore.create(join(await tempDir('legacy-att-bad'), 'layout'));
      const elsewhere = `sha256:${'cd'.repeat(32)}` as Digest;
      await pushLegacyAttestation(store, digest, await vexBundle(elsewhere), VEX);
      const junk = Buffer.from('{"payload": 42}');
      await appendLegacyLayer(
        store,
        legacyAttestationTag(digest),
        {
          mediaType: 'application/vnd.dsse.envelope.v1+json',
          size: junk.length,
          digest: digestOf(junk),
          annotations: { predicateType: VEX },
        },
        () => junk,
      );
      const verdicts = await verifyLegacyAttestations(store, subject, { kind: 'openvex' }, trust);
      expect(verdicts.map((v) => [v.ok, v.reason])).toEqual([
        [false, `the statement is about ${elsewhere}, not ${digest}`],
        [false, expect.stringMatching(/^the legacy attestation's envelope or annotations are malformed: /)],
      ]);
    });
  });
});
