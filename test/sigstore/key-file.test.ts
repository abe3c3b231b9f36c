import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPrivateKey, writeCosignPrivateKey } from '../../src/sigstore/key-file.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';

const CANARY = 'canary-9f2c-password';

describe('private key files', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

  it('reads back a cosign.key it wrote, and the key signs what the public key verifies', async () => {
    const text = await writeCosignPrivateKey(privateKey, CANARY);
    expect(text).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/);
    const key = await readPrivateKey(text, CANARY, 'cosign.key');
    const sig = sign('sha256', Buffer.from('x'), key);
    expect(verify('sha256', Buffer.from('x'), publicKey, sig)).toBe(true);
  });

  it('refuses a wrong or missing password without showing it', async () => {
    const text = await writeCosignPrivateKey(privateKey, CANARY);
    const wrong = readPrivateKey(text, `${CANARY}!`, 'cosign.key');
    await expect(wrong).rejects.toThrow('cosign.key: cannot decrypt the key (wrong password?)');
    await wrong.catch((e: Error) => expect(e.message).not.toContain(CANARY));
    await expect(readPrivateKey(text, undefined, 'cosign.key')).rejects.toThrow(
      'cosign.key: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD',
    );
  });

  it('names the field that is wrong in a damaged cosign key', async () => {
    const text = await writeCosignPrivateKey(privateKey, CANARY);
    const body = JSON.parse(Buffer.from(text.split('\n').slice(1, -2).join(''), 'base64').toString());
    const armour = (o: unknown) =>
      `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${Buffer.from(JSON.stringify(o)).toString('base64')}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`;
    await expect(
      readPrivateKey(armour({ ...body, kdf: { ...body.kdf, name: 'pbkdf2' } }), CANARY, 'k'),
    ).rejects.toThrow('k: kdf.name must be scrypt, got pbkdf2');
    await expect(readPrivateKey(armour({ ...body, cipher: { name: 'aes' } }), CANARY, 'k')).rejects.toThrow(
      'k: cipher.name must be nacl/secretbox, got aes',
    );
    await expect(
      readPrivateKey(
        armour({ ...body, kdf: { ...body.kdf, params: { N: 2 ** 30, r: 8, p: 1 } } }),
        CANARY,
        'k',
      ),
    ).rejects.toThrow('k: kdf.params must be positive integers N (at most 2^20), r and p');
  });

  it('reads PKCS#8 PEM, plain and encrypted', async () => {
    const plain = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect((await readPrivateKey(plain, undefined, 'k.pem')).asymmetricKeyType).toBe('ec');
    const enc = privateKey
      .export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: CANARY })
      .toString();
    expect((await readPrivateKey(enc, CANARY, 'k.pem')).asymmetricKeyType).toBe('ec');
    await expect(readPrivateKey(enc, 'nope', 'k.pem')).rejects.toThrow(
      'k.pem: cannot decrypt the PKCS#8 key (wrong password?)',
    );
  });

  it('refuses what is not a private key, naming the file', async () => {
    const pub = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    await expect(readPrivateKey(pub, undefined, 'cosign.pub')).rejects.toThrow(
      'cosign.pub: not a private key (expected ENCRYPTED SIGSTORE PRIVATE KEY, PRIVATE KEY or EC PRIVATE KEY PEM)',
    );
  });

  it('refuses key types cosign cannot verify', () => {
    const { privateKey: p384 } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    expect(() => new KeySigner(p384, 'k.pem')).toThrow(
      'k.pem: unsupported key type ec (secp384r1); use ECDSA P-256, RSA or Ed25519',
    );
  });
});
