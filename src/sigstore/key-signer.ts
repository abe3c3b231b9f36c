import { createPublicKey, type KeyObject, sign } from 'node:crypto';
import { InputError } from '../errors.js';
import { openSigningKey, type SigningKey } from './key-file.js';
import { publicKeyHint, type Signature, type Signer } from './signer.js';

/**
 * Signs with a key pair held by the user. The hash follows what cosign and
 * sigstore-go use for each key type (SHA-256 for ECDSA P-256 and RSA, none for
 * Ed25519), so cosign verifies the result with the matching public key.
 */
export class KeySigner implements Signer {
  readonly publicKey: KeyObject;
  readonly publicKeyPem: string;
  readonly hint: string;
  private readonly hash: string | null;

  constructor(
    private readonly privateKey: KeyObject,
    where = 'key',
  ) {
    this.publicKey = createPublicKey(privateKey);
    this.publicKeyPem = this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    this.hint = publicKeyHint(this.publicKey);
    const type = privateKey.asymmetricKeyType;
    if (type === 'ed25519') this.hash = null;
    else if (
      type === 'rsa' ||
      (type === 'ec' && privateKey.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    ) {
      this.hash = 'sha256';
    } else {
      throw new InputError(
        `${where}: unsupported key type ${type}${type === 'ec' ? ` (${privateKey.asymmetricKeyDetails?.namedCurve})` : ''}; use ECDSA P-256, RSA or Ed25519`,
      );
    }
  }

  /** Reads a key file's text (cosign's encrypted format or PKCS#8 PEM); `where` names the file. */
  static async fromFile(text: string, password: string | undefined, where: string): Promise<KeySigner> {
    return KeySigner.open(openSigningKey(text, password, where));
  }

  /** Waits for a key being opened. */
  static async open(key: SigningKey): Promise<KeySigner> {
    return new KeySigner(await key.privateKey, key.where);
  }

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: sign(this.hash, data, this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint },
    };
  }
}
