import {
  type FoundLegacyAttestation,
  findLegacyAttestations,
  legacyAttestationTag,
} from '../attest/legacy-att.js';
import { predicateTypesOf } from '../attest/predicates.js';
import { namesDigest, type ParsedStatement, parseStatement, subjectDigests } from '../attest/statement.js';
import { type AttestationVerdict, verifyAttestations, verifyLegacyAttestation } from '../attest/verifier.js';
import { InputError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import type { Store } from '../oci/store.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../sigstore/bundle.js';
import {
  ANNOTATION_PREDICATE_TYPE,
  type FoundBundle,
  findBundles,
} from '../sigstore/formats/cosign-bundle.js';
import type { VerifyOptions } from '../sigstore/verifier.js';
import { parseOpenVex, type VexDocument } from './vex.js';

// OpenVEX attestations attached to an image decide which findings stop
// counting, so whoever can push a referrer could otherwise silence a scan.
// Each one is applied only when its signature verifies against the same trust
// inputs as `lading verify` (a public key, or a trusted root and an identity
// policy) and its statement names the scanned digest, whether it is a bundle
// referrer or a layer of cosign's legacy `.att` tag. Any other is reported as
// ignored, with why, and suppresses nothing.

export const OPENVEX_TYPES = predicateTypesOf('openvex');

/** Why an attestation was not applied, in the words a reviewer scans for. */
export type IgnoredBecause = 'unsigned' | 'signature invalid' | 'identity mismatch' | 'not about this image';

export interface IgnoredVex {
  /** `attestation:REPO@REFERRER-DIGEST`, or `attestation:REPO:sha256-HEX.att layer DIGEST`. */
  source: string;
  because: IgnoredBecause;
  /** The verifier's own words. */
  reason: string;
}

/** Where progress goes (a step's Reporter fits). */
export interface VexLog {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface AttachedVex {
  documents: VexDocument[];
  ignored: IgnoredVex[];
}

/**
 * The OpenVEX attestations attached to each of `subjects` (the platform
 * manifest and, for an index, the index) that verify under `trust`, parsed as
 * VEX documents named after the referrer that holds them. A malformed
 * document is skipped with a warning: its findings stay open.
 */
export async function attachedVex(
  store: Store,
  display: string,
  subjects: readonly Digest[],
  trust: VerifyOptions,
  reporter: VexLog,
): Promise<AttachedVex> {
  const documents: VexDocument[] = [];
  const ignored: IgnoredVex[] = [];
  /** Applies one attestation the verifier judged, or records why not. */
  const weigh = (
    where: string,
    bundle: unknown,
    statement: ParsedStatement,
    subject: Digest,
    verdict: AttestationVerdict | undefined,
  ) => {
    const refusal = refusalOf(bundle, statement, subject, verdict);
    if (refusal) {
      ignored.push({ source: where, ...refusal });
      reporter.warn(`OpenVEX ${where}: ignored: ${refusal.because}: ${refusal.reason}`);
      return;
    }
    // cosign stores some predicates as a JSON string.
    const predicate = statement.predicate;
    const text = typeof predicate === 'string' ? predicate : JSON.stringify(predicate ?? null);
    try {
      const doc = parseOpenVex(text, where);
      documents.push(doc);
      reporter.info(
        `${where}: OpenVEX attestation of ${display}@${subject}, ${doc.statements.length} statement(s); signature verified`,
      );
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      reporter.warn(`${err.message}; skipped`);
    }
  };
  for (const subject of subjects) {
    const found = await openVexBundles(store, display, subject, reporter);
    const verdicts = found.length > 0 ? await verdictsByReferrer(store, subject, trust) : new Map();
    // Envelopes judged, by payload and signatures: `lading attest --legacy-att` writes each one twice.
    const judged = new Set<string>();
    for (const b of found) {
      const where = `attestation:${display}@${b.descriptor.digest}`;
      const annotated = b.descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE] !== undefined;
      if (b.error || b.bundle === undefined) {
        reporter.warn(`OpenVEX ${where}: ${b.error ?? 'unreadable'}; skipped`);
        continue;
      }
      const statement = statementOfBundle(b.bundle);
      if (typeof statement === 'string') {
        // An unannotated referrer may be a signature or another attestation.
        if (annotated) reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
        continue;
      }
      if (!OPENVEX_TYPES.includes(statement.predicateType)) continue;
      judged.add(envelopeKey((b.bundle as { dsseEnvelope: unknown }).dsseEnvelope));
      weigh(where, b.bundle, statement, subject, verdicts.get(b.descriptor.digest));
    }
    for (const legacy of await legacyOpenVex(store, display, subject, reporter)) {
      const where = `attestation:${display}:${legacy.tag} layer ${legacy.layer.digest}`;
      if (legacy.error !== undefined || legacy.envelope === undefined) {
        reporter.warn(`OpenVEX ${where}: ${legacy.error ?? 'unreadable'}; skipped`);
        continue;
      }
      const key = envelopeKey(legacy.envelope);
      if (judged.has(key)) continue;
      judged.add(key);
      // The annotation claimed OpenVEX: a statement that is not, or not one at all, is said so.
      const statement = statementOfBundle({ dsseEnvelope: legacy.envelope });
      if (typeof statement === 'string') {
        reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
        continue;
      }
      if (!OPENVEX_TYPES.includes(statement.predicateType)) {
        reporter.warn(
          `OpenVEX ${where}: the statement's predicateType is ${statement.predicateType}; skipped`,
        );
        continue;
      }
      const verdict = await verifyLegacyAttestation(store, legacy, subject, { kind: 'openvex' }, trust);
      weigh(where, { dsseEnvelope: legacy.envelope }, statement, subject, verdict);
    }
  }
  return { documents, ignored };
}

/**
 * The OpenVEX attestations in the `sha256-<hex>.att` tag cosign writes with
 * --new-bundle-format=false (and cosign < 2 always), as `lading attest
 * --legacy-att` does too.
 */
async function legacyOpenVex(
  store: Store,
  display: string,
  subject: Digest,
  reporter: VexLog,
): Promise<FoundLegacyAttestation[]> {
  try {
    return await findLegacyAttestations(store, subject, OPENVEX_TYPES);
  } catch (err) {
    // Stores without tags (docker archives) have no .att to offer.
    reporter.debug(`${display}:${legacyAttestationTag(subject)}: not read (${(err as Error).message})`);
    return [];
  }
}

async function openVexBundles(
  store: Store,
  display: string,
  subject: Digest,
  reporter: VexLog,
): Promise<FoundBundle[]> {
  const seen = new Set<string>();
  const found: FoundBundle[] = [];
  for (const type of OPENVEX_TYPES) {
    let bundles: FoundBundle[];
    try {
      bundles = await findBundles(store, subject, type);
    } catch (err) {
      // Stores without referrers (docker archives) have no attestations to offer.
      reporter.debug(`${display}@${subject}: no referrers read (${(err as Error).message})`);
      return [];
    }
    for (const b of bundles) {
      if (seen.has(b.descriptor.digest)) continue;
      seen.add(b.descriptor.digest);
      found.push(b);
    }
  }
  return found;
}

/** `lading verify --require-attestation openvex`'s verdict on each referrer, by referrer digest. */
async function verdictsByReferrer(
  store: Store,
  subject: Digest,
  trust: VerifyOptions,
): Promise<Map<string, AttestationVerdict>> {
  // verifyAttestations only reads the subject's digest; the rest of the descriptor is not consulted.
  const result = await verifyAttestations(
    store,
    { digest: subject, mediaType: '', size: 0 },
    { kind: 'openvex' },
    trust,
  );
  const verdicts = new Map<string, AttestationVerdict>();
  for (const v of result.attestations) verdicts.set(v.location.slice(v.location.lastIndexOf('@') + 1), v);
  return verdicts;
}

function refusalOf(
  bundle: unknown,
  statement: ParsedStatement,
  subject: Digest,
  verdict: AttestationVerdict | undefined,
): Omit<IgnoredVex, 'source'> | undefined {
  if (!hasSignature(bundle)) return { because: 'unsigned', reason: 'the DSSE envelope carries no signature' };
  if (!namesDigest(statement.subjects, subject)) {
    return {
      because: 'not about this image',
      reason: `the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject}`,
    };
  }
  if (verdict === undefined) return { because: 'signature invalid', reason: 'the verifier did not judge it' };
  if (verdict.ok) return undefined;
  if (verdict.reason.startsWith('identity policy:'))
    return { because: 'identity mismatch', reason: verdict.reason };
  return { because: 'signature invalid', reason: verdict.reason };
}

/** The same envelope signed by the same signatures, wherever it is stored. */
function envelopeKey(envelope: unknown): string {
  const e = envelope as { payload?: unknown; signatures?: unknown };
  const sigs = Array.isArray(e.signatures) ? e.signatures.map((s) => (s as { sig?: unknown })?.sig) : [];
  return JSON.stringify([e.payload, sigs]);
}

function hasSignature(bundle: unknown): boolean {
  const signatures = (bundle as { dsseEnvelope?: { signatures?: unknown } }).dsseEnvelope?.signatures;
  return (
    Array.isArray(signatures) &&
    signatures.some(
      (s) => typeof (s as { sig?: unknown })?.sig === 'string' && (s as { sig: string }).sig !== '',
    )
  );
}

/** The in-toto statement inside a Sigstore bundle's DSSE envelope, or why there is none. */
function statementOfBundle(bundle: unknown): ParsedStatement | string {
  const envelope = (bundle as { dsseEnvelope?: { payloadType?: unknown; payload?: unknown } }).dsseEnvelope;
  if (typeof envelope !== 'object' || envelope === null) return 'not a DSSE attestation';
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    return `payloadType is ${JSON.stringify(envelope.payloadType)}, not ${IN_TOTO_PAYLOAD_TYPE}`;
  if (typeof envelope.payload !== 'string') return 'the DSSE payload is not base64 text';
  try {
    return parseStatement(Buffer.from(envelope.payload, 'base64'));
  } catch (err) {
    return (err as Error).message;
  }
}
