import { algorithmOf, type Digest, hexOf } from '../oci/digest.js';

// in-toto Statements: lading writes v1; it reads v1 and v0.1 (what
// `cosign attest` still writes), which differ only in `_type`.

export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** One subject per digest, all named after the repository (as actions/attest and cosign name them). */
export function imageSubjects(name: string, digests: Digest[]): Subject[] {
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const d of digests) {
    if (seen.has(d)) continue;
    seen.add(d);
    out.push({ name, digest: { [algorithmOf(d)]: hexOf(d) } });
  }
  return out;
}

/**
 * The bytes around the predicate: a Statement is written as `prefix`, the
 * predicate file's own bytes, `suffix`, so a tens-of-MB SBOM is never parsed
 * and re-serialised (which would cost several copies of it).
 */
export function statementFrame(
  subjects: Subject[],
  predicateType: string,
): { prefix: Buffer; suffix: Buffer } {
  const head = JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType });
  return { prefix: Buffer.from(`${head.slice(0, -1)},"predicate":`), suffix: Buffer.from('}') };
}

/** A whole Statement over a predicate already in memory (provenance, tests). */
export function buildStatement(subjects: Subject[], predicateType: string, predicate: unknown): Buffer {
  return Buffer.from(JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType, predicate }));
}

/** A Statement as read back from an attestation. */
export interface ParsedStatement {
  type: string;
  subjects: Subject[];
  predicateType: string;
  predicate: unknown;
}

/** Parses a DSSE payload as an in-toto Statement; the error says what is wrong with it. */
export function parseStatement(payload: Buffer): ParsedStatement {
  let doc: unknown;
  try {
    doc = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new Error('the signed payload is not JSON');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new Error('the signed payload is not a JSON object');
  }
  const s = doc as Record<string, unknown>;
  if (s._type !== STATEMENT_V1 && s._type !== STATEMENT_V01) {
    throw new Error(`_type is ${JSON.stringify(s._type)}, not an in-toto Statement (v1 or v0.1)`);
  }
  if (typeof s.predicateType !== 'string') throw new Error('the statement has no predicateType');
  if (!Array.isArray(s.subject)) throw new Error('the statement has no subject list');
  const subjects: Subject[] = [];
  for (const sub of s.subject as unknown[]) {
    const o = (sub ?? {}) as { name?: unknown; digest?: unknown };
    if (typeof o.digest !== 'object' || o.digest === null) continue;
    const digest = Object.fromEntries(
      Object.entries(o.digest as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
    ) as Record<string, string>;
    subjects.push({ name: typeof o.name === 'string' ? o.name : '', digest });
  }
  return { type: s._type, subjects, predicateType: s.predicateType, predicate: s.predicate };
}

/** Whether `digest` is among the statement's subjects. */
export function namesDigest(subjects: Subject[], digest: Digest): boolean {
  const algorithm = algorithmOf(digest);
  const hex = hexOf(digest);
  return subjects.some((s) => s.digest[algorithm] === hex);
}

/** The subjects' digests, for messages. */
export function subjectDigests(subjects: Subject[]): string[] {
  return subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`));
}
