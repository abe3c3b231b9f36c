import { generateKeyPairSync } from 'node:crypto';
import { bundleToJSON } from '@sigstore/bundle';
import { describe, expect, it } from 'vitest';
import { bundleChunks, framedCopy, signStatement } from '../../src/attest/pusher.js';
import { buildStatement, imageSubjects, parseStatement, statementFrame } from '../../src/attest/statement.js';
import type { Digest } from '../../src/oci/digest.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';

const digest = `sha256:${'ab'.repeat(32)}` as Digest;

describe('attestation bundles', () => {
  it('streams exactly the JSON sigstore-js would serialise, for payloads of every length mod 3', async () => {
    const signer = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey);
    for (const extra of [0, 1, 2, 786_432 * 2 + 1]) {
      const statement = buildStatement(imageSubjects('r/x', [digest]), 'https://spdx.dev/Document', {
        pad: 'x'.repeat(extra),
      });
      const bundle = await signStatement(framedCopy(statement), signer, []);
      const { size, chunks } = bundleChunks(bundle);
      const streamed = Buffer.concat([...chunks()]);
      expect(streamed.toString()).toBe(JSON.stringify(bundleToJSON(bundle)));
      expect(size).toBe(streamed.length);
      expect(
        bundle.content.$case === 'dsseEnvelope' && bundle.content.dsseEnvelope.signatures[0]?.keyid,
      ).toBe('');
    }
  });

  it('frames a predicate into the same statement as a whole build', () => {
    const subjects = imageSubjects('r/x', [digest, digest]);
    expect(subjects).toHaveLength(1);
    const { prefix, suffix } = statementFrame(subjects, 'https://cyclonedx.org/bom');
    const framed = Buffer.concat([prefix, Buffer.from('{"bomFormat":"CycloneDX"}'), suffix]);
    expect(framed.toString()).toBe(
      buildStatement(subjects, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' }).toString(),
    );
    expect(parseStatement(framed)).toEqual({
      type: 'https://in-toto.io/Statement/v1',
      subjects: [{ name: 'r/x', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://cyclonedx.org/bom',
      predicate: { bomFormat: 'CycloneDX' },
    });
  });

  it('says what is wrong with a payload that is not a statement', () => {
    expect(() => parseStatement(Buffer.from('nope'))).toThrow('the signed payload is not JSON');
    expect(() => parseStatement(Buffer.from('{"_type":"x"}'))).toThrow(
      '_type is "x", not an in-toto Statement (v1 or v0.1)',
    );
  });
});
