import { constants, type KeyObject, sign, verify, type X509Certificate } from 'node:crypto';
import type { Descriptor } from '../../oci/types.js';
import { jwsAlgorithmFor } from './certificates.js';

// The JWS envelope of the Notary Project signature specification (flattened
// JSON serialization): a protected header naming the signing scheme and time,
// the payload `{targetArtifact}`, and the certificate chain in the
// unprotected `x5c`.

export const JWS_MEDIA_TYPE = 'application/jose+json';
export const NOTARY_PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
export const SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
export const SIGNING_TIME = 'io.cncf.notary.signingTime';
export const EXPIRY = 'io.cncf.notary.expiry';
export const SIGNING_AGENT = 'io.cncf.notary.signingAgent';

export interface JwsEnvelope {
  payload: string;
  protected: string;
  header: { x5c: string[]; [SIGNING_AGENT]?: string; [name: string]: unknown };
  signature: string;
}

export interface ProtectedHeader {
  alg: string;
  cty: string;
  crit: string[];
  [SIGNING_SCHEME]: string;
  [SIGNING_TIME]?: string;
  [EXPIRY]?: string;
  [name: string]: unknown;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** RFC 3339 with the local offset zeroed, to the second, as notation writes it. */
function rfc3339(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function signatureOptions(alg: string, key: KeyObject) {
  const hash = `sha${alg.slice(2)}`;
  if (alg.startsWith('PS')) {
    return {
      hash,
      key: { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 },
    };
  }
  return { hash, key: { key, dsaEncoding: 'ieee-p1363' as const } };
}

/** Signs `{targetArtifact: target}` under the notary.x509 scheme with `key`, whose certificate leads `chain`. */
export function signJws(
  target: Descriptor,
  key: KeyObject,
  chain: readonly X509Certificate[],
  options: { signingTime: Date; agent: string },
): JwsEnvelope {
  const alg = jwsAlgorithmFor(key);
  const header: ProtectedHeader = {
    alg,
    crit: [SIGNING_SCHEME],
    cty: NOTARY_PAYLOAD_TYPE,
    [SIGNING_SCHEME]: 'notary.x509',
    [SIGNING_TIME]: rfc3339(options.signingTime),
  };
  const payload = {
    targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size },
  };
  const protectedPart = b64url(JSON.stringify(header));
  const payloadPart = b64url(JSON.stringify(payload));
  const o = signatureOptions(alg, key);
  const signature = sign(o.hash, Buffer.from(`${protectedPart}.${payloadPart}`), o.key);
  return {
    payload: payloadPart,
    protected: protectedPart,
    header: { x5c: chain.map((c) => c.raw.toString('base64')), [SIGNING_AGENT]: options.agent },
    signature: b64url(signature),
  };
}

/** Whether the envelope's signature is `publicKey`'s over its protected header and payload, under `alg`. */
export function jwsSignatureValid(envelope: JwsEnvelope, alg: string, publicKey: KeyObject): boolean {
  if (!/^(PS|ES)(256|384|512)$/.test(alg)) return false;
  const o = signatureOptions(alg, publicKey);
  return verify(
    o.hash,
    Buffer.from(`${envelope.protected}.${envelope.payload}`),
    o.key,
    Buffer.from(envelope.signature, 'base64url'),
  );
}
