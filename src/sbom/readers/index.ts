import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { readCyclonedx } from './cyclonedx.js';
import type { ReadOptions, ReadSbom } from './record.js';
import { readSpdx, show } from './spdx.js';

// Reading an SBOM someone else made (syft, trivy, cdxgen) or lading made,
// SPDX or CycloneDX JSON, into the Inventory every later step reads. The
// document may come bare or wrapped as attestations carry it: an in-toto
// statement (its `predicate`), a DSSE envelope (its base64 `payload`), or a
// Sigstore bundle (its `dsseEnvelope`); `cosign download attestation` output
// is one of these too.

export type { ReadOptions, ReadSbom } from './record.js';

/** Predicate types of SBOM attestations, as cosign and lading write them. */
export const SBOM_PREDICATE_TYPES = [
  'https://spdx.dev/Document',
  'https://spdx.dev/Document/v2.3',
  'https://cyclonedx.org/bom',
  'https://cyclonedx.org/bom/v1.6',
] as const;

export function isSbomPredicateType(type: string): boolean {
  return /^https:\/\/(spdx\.dev\/Document|cyclonedx\.org\/bom)(\/v[\d.]+)?$/.test(type);
}

/** Reads `file` (a path, for messages too). A missing file is bad input naming it. */
export async function readSbomFile(file: string, where = file, options: ReadOptions = {}): Promise<ReadSbom> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${where}: ${code === 'ENOENT' ? 'no such SBOM file' : (err as Error).message}`);
  }
  return readSbomText(text, where, options);
}

export function readSbomText(text: string, file: string, options: ReadOptions = {}): ReadSbom {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}); lading reads SPDX and CycloneDX JSON`,
    );
  }
  return readSbomValue(value, file, options);
}

/** A parsed document, or an attestation wrapping one. */
export function readSbomValue(value: unknown, file: string, options: ReadOptions = {}): ReadSbom {
  const doc = unwrap(value, file, 0);
  if ('spdxVersion' in doc) return readSpdx(doc, file, options);
  if ('bomFormat' in doc) return readCyclonedx(doc, file, options);
  throw new InputError(
    `${file}: neither an SPDX 2.2/2.3 JSON document (no spdxVersion) nor a CycloneDX 1.4-1.6 JSON BOM (no bomFormat)`,
  );
}

function unwrap(value: unknown, file: string, depth: number): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${file}: the document must be a JSON object (got ${show(value)})`);
  }
  const doc = value as Record<string, unknown>;
  if (depth > 3) return doc;
  // Sigstore bundle.
  if (typeof doc.dsseEnvelope === 'object' && doc.dsseEnvelope !== null) {
    return unwrap(doc.dsseEnvelope, `${file} (dsseEnvelope)`, depth + 1);
  }
  // DSSE envelope.
  if (typeof doc.payloadType === 'string' && 'payload' in doc) {
    if (typeof doc.payload !== 'string')
      throw new InputError(`${file}: DSSE field payload must be base64 text`);
    let inner: unknown;
    try {
      inner = JSON.parse(Buffer.from(doc.payload, 'base64').toString('utf8'));
    } catch {
      throw new InputError(`${file}: DSSE field payload is not base64-encoded JSON`);
    }
    return unwrap(inner, file, depth + 1);
  }
  // in-toto statement.
  if (typeof doc._type === 'string' && doc._type.startsWith('https://in-toto.io/Statement')) {
    const type = doc.predicateType;
    if (typeof type !== 'string' || !isSbomPredicateType(type)) {
      throw new InputError(
        `${file}: in-toto field predicateType is ${show(type)}, not an SBOM (SPDX or CycloneDX) predicate`,
      );
    }
    // cosign stores some predicates as a JSON string.
    const predicate = typeof doc.predicate === 'string' ? safeParse(doc.predicate) : doc.predicate;
    return unwrap(predicate, `${file} (predicate)`, depth + 1);
  }
  return doc;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
