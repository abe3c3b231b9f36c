import { createHash, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

// A signer makes one signature over bytes and says which key material backs it:
// a public key (key pairs) or a Fulcio certificate (keyless). It is sigstore-js's
// own `Signer` role, so its bundle builder and witnesses take lading's signers
// unchanged.
export type { Signature, Signer };

/** What cosign and sigstore-go put in `verificationMaterial.publicKey.hint`: base64 SHA-256 of the SPKI DER. */
export function publicKeyHint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('base64');
}
