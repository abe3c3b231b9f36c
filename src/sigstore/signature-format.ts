/** Where a signature goes: a Sigstore bundle referrer (cosign 3), the legacy `.sig` tag, or both (Harbor < 2.15). */
export type SignatureFormat = 'bundle' | 'legacy' | 'both';
export const SIGNATURE_FORMATS: readonly SignatureFormat[] = ['bundle', 'legacy', 'both'];
