import { X509Certificate } from 'node:crypto';
import type { Store } from '../../oci/store.js';
import type { Descriptor } from '../../oci/types.js';
import { chainProblem } from './certificates.js';
import {
  EXPIRY,
  type JwsEnvelope,
  jwsSignatureValid,
  NOTARY_PAYLOAD_TYPE,
  type ProtectedHeader,
  SIGNING_SCHEME,
  SIGNING_TIME,
} from './jws.js';
import { findNotationSignatures } from './signature-manifest.js';

// Verifies Notation JWS signatures as `notation verify` does at its strict
// level for the notary.x509 scheme, trusting the certificates given (a
// Notation trust store): the envelope's integrity, a chain to the trust
// store, validity at the time of verification, the signed target, expiry.
// Revocation (OCSP/CRL) is not checked; nothing is fetched from the network.

export interface NotationVerdict {
  format: 'notation';
  location: string;
  ok: boolean;
  reason: string;
  /** The signing certificate's subject. */
  signer?: string;
}

class Rejected extends Error {}

const KNOWN_CRITICAL = new Set([SIGNING_SCHEME, EXPIRY]);

export async function verifyNotationSignatures(
  store: Store,
  subject: Descriptor,
  trustStore: readonly X509Certificate[],
  now: Date = new Date(),
): Promise<NotationVerdict[]> {
  const found = await findNotationSignatures(store, subject);
  return found.map(({ descriptor, envelope, error }) => {
    const location = `${store.name}@${descriptor.digest}`;
    if (!envelope) return { format: 'notation', location, ok: false, reason: error ?? 'unreadable' };
    let signer: string | undefined;
    try {
      const chain = certificatesOf(envelope);
      signer = chain[0]?.subject.replaceAll('\n', ', ');
      checkEnvelope(envelope, chain, subject, trustStore, now);
      return {
        format: 'notation',
        location,
        ok: true,
        reason: `JWS signature by ${signer} verified against the trust store`,
        ...(signer ? { signer } : {}),
      };
    } catch (e) {
      return {
        format: 'notation',
        location,
        ok: false,
        reason: e instanceof Rejected ? e.message : `malformed signature: ${(e as Error).message}`,
        ...(signer ? { signer } : {}),
      };
    }
  });
}

function certificatesOf(envelope: JwsEnvelope): X509Certificate[] {
  const x5c = envelope.header?.x5c;
  if (!Array.isArray(x5c) || !x5c.length) throw new Rejected('the unprotected header has no x5c chain');
  return x5c.map((c, i) => {
    try {
      return new X509Certificate(Buffer.from(String(c), 'base64'));
    } catch {
      throw new Rejected(`x5c[${i}] is not an X.509 certificate`);
    }
  });
}

function decodeJson<T>(part: string, name: string): T {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as T;
  } catch {
    throw new Rejected(`the ${name} is not base64url-encoded JSON`);
  }
}

function checkEnvelope(
  envelope: JwsEnvelope,
  chain: X509Certificate[],
  subject: Descriptor,
  trustStore: readonly X509Certificate[],
  now: Date,
): void {
  const header = decodeJson<ProtectedHeader>(envelope.protected, 'protected header');
  if (header.cty !== NOTARY_PAYLOAD_TYPE)
    throw new Rejected(`cty is ${String(header.cty)}, not ${NOTARY_PAYLOAD_TYPE}`);
  const scheme = header[SIGNING_SCHEME];
  if (scheme !== 'notary.x509') {
    throw new Rejected(`signing scheme ${String(scheme)} is not supported (notary.x509 only)`);
  }
  const crit = Array.isArray(header.crit) ? header.crit : [];
  if (!crit.includes(SIGNING_SCHEME)) throw new Rejected(`crit does not list ${SIGNING_SCHEME}`);
  const unknown = crit.filter((c) => !KNOWN_CRITICAL.has(c));
  if (unknown.length) throw new Rejected(`unknown critical header ${unknown.join(', ')}`);
  const leaf = chain[0] as X509Certificate;
  if (!jwsSignatureValid(envelope, String(header.alg), leaf.publicKey)) {
    throw new Rejected(
      'the signature does not match the signed content (tampered payload or header, or another certificate)',
    );
  }
  const problem = chainProblem(chain, trustStore, now);
  if (problem) throw new Rejected(problem);
  const expiry = header[EXPIRY];
  if (expiry !== undefined && !(new Date(expiry) > now))
    throw new Rejected(`the signature expired at ${expiry}`);
  const signingTime = header[SIGNING_TIME];
  if (signingTime !== undefined && Number.isNaN(Date.parse(signingTime))) {
    throw new Rejected(`${SIGNING_TIME} is not a time: ${signingTime}`);
  }
  const payload = decodeJson<{ targetArtifact?: Partial<Descriptor> }>(envelope.payload, 'payload');
  const target = payload.targetArtifact;
  if (target?.digest !== subject.digest) {
    throw new Rejected(`the signature is for ${String(target?.digest)}, not ${subject.digest}`);
  }
  if (target.size !== subject.size || target.mediaType !== subject.mediaType) {
    throw new Rejected(
      `the signed target is ${String(target.mediaType)} of ${String(target.size)} bytes, the image is ${subject.mediaType} of ${subject.size}`,
    );
  }
}
