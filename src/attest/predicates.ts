import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { JsonSyntaxError, scanJson } from './json-scan.js';

// The predicate kinds `lading attest --type` takes, named as cosign names them
// (`cosign attest --type`), with the predicate type URI each is recorded under.

export const PREDICATE_KINDS = ['slsaprovenance1', 'spdxjson', 'cyclonedx', 'vuln', 'openvex'] as const;
export type PredicateKind = (typeof PREDICATE_KINDS)[number];

export const PREDICATE_TYPES: Record<PredicateKind, string> = {
  slsaprovenance1: 'https://slsa.dev/provenance/v1',
  spdxjson: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
  // cosign records (and `verify-attestation --type openvex` looks for) the bare namespace.
  openvex: 'https://openvex.dev/ns',
};

/** Other URIs found in the wild for the same kind (OpenVEX's versioned namespace). */
const ALSO_ACCEPTED: Partial<Record<PredicateKind, string[]>> = {
  openvex: ['https://openvex.dev/ns/v0.2.0'],
};

/** Every predicate type URI that counts as `kind` when reading attestations. */
export function predicateTypesOf(kind: PredicateKind): string[] {
  return [PREDICATE_TYPES[kind], ...(ALSO_ACCEPTED[kind] ?? [])];
}

/**
 * The largest predicate lading attests: 64 MiB. Its DSSE bundle (base64, so a
 * third larger) still fits the blob limits of every registry lading was tried
 * against, and the whole stays within a few copies in memory.
 */
export const PREDICATE_SIZE_LIMIT = 64 * 1024 * 1024;

export function parsePredicateKind(text: string, where = '--type'): PredicateKind {
  if ((PREDICATE_KINDS as readonly string[]).includes(text)) return text as PredicateKind;
  throw new InputError(`${where}: must be one of ${PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(text)}`);
}

/** The predicate file's size, refused above the limit before anything is read. */
export async function predicateFileSize(path: string, where: string): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${where}: not a file`);
    size = info.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${where}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size > PREDICATE_SIZE_LIMIT) {
    throw new InputError(
      `${where}: the predicate is ${size} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`,
    );
  }
  return size;
}

/**
 * Reads a predicate file into `target` (exactly its size: the caller sized it
 * with predicateFileSize) and checks it is of `kind`. Reading in place lets the
 * caller put the predicate where the signed statement needs it, with no copy.
 */
export async function readPredicateInto(
  path: string,
  target: Buffer,
  kind: PredicateKind,
  where: string,
): Promise<void> {
  const file = await open(path, 'r');
  try {
    let at = 0;
    while (at < target.length) {
      const { bytesRead } = await file.read(target, at, target.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    const { bytesRead: more } = await file.read(Buffer.alloc(1), 0, 1, at);
    if (at !== target.length || more !== 0)
      throw new InputError(`${where}: the file changed size while being read`);
  } finally {
    await file.close();
  }
  checkPredicate(target, kind, where);
}

/** Reads a predicate file whole (refusing it above the limit before reading) and checks it is of `kind`. */
export async function readPredicate(path: string, kind: PredicateKind, where: string): Promise<Buffer> {
  const target = Buffer.allocUnsafe(await predicateFileSize(path, where));
  await readPredicateInto(path, target, kind, where);
  return target;
}

/**
 * Checks that `bytes` is one JSON object of the declared kind. The syntax check
 * does not build the document; the kinds that are small by nature (provenance,
 * vulnerability scan, VEX) are then parsed to check their shape.
 */
export function checkPredicate(bytes: Uint8Array, kind: PredicateKind, where: string): void {
  if (bytes.length > PREDICATE_SIZE_LIMIT) {
    throw new InputError(
      `${where}: the predicate is ${bytes.length} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`,
    );
  }
  let top: Map<string, string | null> | undefined;
  try {
    top = scanJson(bytes);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new InputError(`${where}: not JSON: ${e.message}`);
    throw e;
  }
  if (!top) throw new InputError(`${where}: the predicate must be a JSON object`);
  const not = (why: string) => new InputError(`${where}: not ${DESCRIPTIONS[kind]}: ${why}`);
  switch (kind) {
    case 'spdxjson': {
      const v = top.get('spdxVersion');
      if (typeof v !== 'string' || !v.startsWith('SPDX-'))
        throw not(`"spdxVersion" is ${show(v)}, expected "SPDX-2.x"`);
      return;
    }
    case 'cyclonedx': {
      const v = top.get('bomFormat');
      if (v !== 'CycloneDX') throw not(`"bomFormat" is ${show(v)}, expected "CycloneDX"`);
      return;
    }
    default:
      break;
  }
  const doc = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
  ) as Record<string, unknown>;
  const obj = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  switch (kind) {
    case 'slsaprovenance1': {
      const def = obj(doc.buildDefinition);
      if (!def) throw not('no "buildDefinition" object');
      if (typeof def.buildType !== 'string') throw not('"buildDefinition.buildType" is missing');
      const builder = obj(obj(doc.runDetails)?.builder);
      if (typeof builder?.id !== 'string') throw not('"runDetails.builder.id" is missing');
      return;
    }
    case 'vuln': {
      const scanner = obj(doc.scanner);
      if (!scanner) throw not('no "scanner" object');
      if (typeof scanner.uri !== 'string') throw not('"scanner.uri" is missing');
      const metadata = obj(doc.metadata);
      if (!metadata) throw not('no "metadata" object (scanStartedOn, scanFinishedOn)');
      for (const f of ['scanStartedOn', 'scanFinishedOn']) {
        const t = metadata[f];
        if (typeof t !== 'string' || !RFC3339.test(t))
          throw not(`"metadata.${f}" is ${show(t)}, expected an RFC 3339 time`);
      }
      return;
    }
    case 'openvex': {
      const context = doc['@context'];
      if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
        throw not(`"@context" is ${show(context)}, expected "https://openvex.dev/ns/v0.2.0"`);
      if (!Array.isArray(doc.statements)) throw not('"statements" is not a list');
      return;
    }
  }
}

const DESCRIPTIONS: Record<PredicateKind, string> = {
  slsaprovenance1: 'SLSA provenance v1',
  spdxjson: 'an SPDX JSON document',
  cyclonedx: 'a CycloneDX JSON BOM',
  vuln: 'a cosign vulnerability scan predicate',
  openvex: 'an OpenVEX document',
};

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

function show(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'not a string';
  return JSON.stringify(v);
}
