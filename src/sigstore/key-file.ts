import { createPrivateKey, type KeyObject, randomBytes, scrypt } from 'node:crypto';
import { InputError } from '../errors.js';

// Private key files as users hold them: cosign's `cosign.key` (the JSON of
// go-securesystemslib's "encrypted" package, scrypt + nacl/secretbox, around a
// PKCS#8 DER key, in a PEM armour), and plain or encrypted PKCS#8 / SEC1 PEM.

const COSIGN_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const COSIGN_PEM_LABEL = 'ENCRYPTED SIGSTORE PRIVATE KEY';

/** cosign's defaults; N=2^16 needs 64 MiB, more than Node's default scrypt memory cap. */
const SCRYPT = { N: 65536, r: 8, p: 1 } as const;

interface CosignKeyJson {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      Buffer.from(password, 'utf8'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r * params.p + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );
}

function pemBody(text: string, label: string): Buffer | undefined {
  const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`);
  const m = re.exec(text);
  return m?.[1] !== undefined ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : undefined;
}

/**
 * A private key file as the user gave it, being opened. A cosign key's scrypt
 * (~0.1 s and 64 MiB, in the thread pool) starts when the key is named, so the
 * code that signs loads, and the registry answers, while it runs; one opening
 * serves every signer of a run.
 */
export interface SigningKey {
  /** The key's name in messages (`--key cosign.key`); never its text or password. */
  readonly where: string;
  readonly privateKey: Promise<KeyObject>;
}

/** Starts opening `text` (see readPrivateKey); a failure surfaces where privateKey is awaited. */
export function openSigningKey(text: string, password: string | undefined, where: string): SigningKey {
  const privateKey = readPrivateKey(text, password, where);
  privateKey.catch(() => {});
  return { where, privateKey };
}

/**
 * Reads a private key file's text. `where` names the file in messages. The
 * password is used only to decrypt and never appears in an error.
 */
export async function readPrivateKey(
  text: string,
  password: string | undefined,
  where: string,
): Promise<KeyObject> {
  for (const label of COSIGN_LABELS) {
    const body = pemBody(text, label);
    if (body) return decryptCosignKey(body, password, where);
  }
  if (/-----BEGIN (ENCRYPTED PRIVATE KEY|PRIVATE KEY|EC PRIVATE KEY|RSA PRIVATE KEY)-----/.test(text)) {
    const encrypted = text.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    if (encrypted && password === undefined) {
      throw new InputError(`${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`);
    }
    try {
      return createPrivateKey({ key: text, format: 'pem', ...(encrypted ? { passphrase: password } : {}) });
    } catch {
      throw new InputError(
        encrypted
          ? `${where}: cannot decrypt the PKCS#8 key (wrong password?)`
          : `${where}: the PEM private key is malformed`,
      );
    }
  }
  throw new InputError(
    `${where}: not a private key (expected ${COSIGN_PEM_LABEL}, PRIVATE KEY or EC PRIVATE KEY PEM)`,
  );
}

async function decryptCosignKey(
  body: Buffer,
  password: string | undefined,
  where: string,
): Promise<KeyObject> {
  let json: CosignKeyJson;
  try {
    json = JSON.parse(body.toString('utf8')) as CosignKeyJson;
  } catch {
    throw new InputError(`${where}: the encrypted key's body is not JSON`);
  }
  if (json?.kdf?.name !== 'scrypt' || typeof json.kdf.salt !== 'string') {
    throw new InputError(`${where}: kdf.name must be scrypt, got ${String(json?.kdf?.name)}`);
  }
  if (json.cipher?.name !== 'nacl/secretbox' || typeof json.cipher.nonce !== 'string') {
    throw new InputError(`${where}: cipher.name must be nacl/secretbox, got ${String(json.cipher?.name)}`);
  }
  const { N, r, p } = json.kdf.params ?? {};
  if (![N, r, p].every((v) => Number.isInteger(v) && (v as number) > 0) || (N as number) > 2 ** 20) {
    throw new InputError(`${where}: kdf.params must be positive integers N (at most 2^20), r and p`);
  }
  const nonce = Buffer.from(json.cipher.nonce, 'base64');
  if (nonce.length !== 24) throw new InputError(`${where}: cipher.nonce must be 24 bytes`);
  // The cipher's code loads while scrypt runs: nothing else needs it first.
  const [key, { xsalsa20poly1305 }] = await Promise.all([
    derive(password ?? '', Buffer.from(json.kdf.salt, 'base64'), {
      N: N as number,
      r: r as number,
      p: p as number,
    }),
    import('@noble/ciphers/salsa.js'),
  ]);
  let der: Uint8Array;
  try {
    der = xsalsa20poly1305(key, nonce).decrypt(Buffer.from(json.ciphertext ?? '', 'base64'));
  } catch {
    throw new InputError(
      password === undefined
        ? `${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`
        : `${where}: cannot decrypt the key (wrong password?)`,
    );
  }
  try {
    return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  } catch {
    throw new InputError(`${where}: the decrypted key is not PKCS#8`);
  }
}

/** Writes `key` as cosign writes `cosign.key`, so `cosign sign --key` accepts it. */
export async function writeCosignPrivateKey(key: KeyObject, password: string): Promise<string> {
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const [secret, { xsalsa20poly1305 }] = await Promise.all([
    derive(password, salt, SCRYPT),
    import('@noble/ciphers/salsa.js'),
  ]);
  const der = key.export({ format: 'der', type: 'pkcs8' });
  const ciphertext = xsalsa20poly1305(secret, nonce).encrypt(der);
  const json: CosignKeyJson = {
    kdf: { name: 'scrypt', params: { ...SCRYPT }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
  const b64 = Buffer.from(JSON.stringify(json)).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${COSIGN_PEM_LABEL}-----\n${lines.join('\n')}\n-----END ${COSIGN_PEM_LABEL}-----\n`;
}
