import type { PackageURL } from 'packageurl-js';
import { InputError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import type { Package } from '../sbom/model.js';
import { parsePurl } from '../sbom/purl.js';
import type { Finding, VexStatus, VexVerdict } from './finding.js';

// OpenVEX v0.2.0 (https://github.com/openvex/spec), read as `vexctl` and
// `govulncheck -format openvex` write it.
//
// Which statement applies to a finding:
//  - the vulnerability: the statement's `name`, `@id` or any `aliases` entry
//    equals any id of the finding (the matcher keeps CVE, GHSA, GO- and distro ids);
//  - the product: a product names the scanned image (a `pkg:oci/…@sha256:` purl,
//    a bare digest or a `hashes` entry equal to the image digest) or the
//    finding's package (a purl). A purl pattern without a version matches every
//    version; qualifiers it gives must be present and equal; the ones it omits
//    are ignored (the purl spec's matching rule);
//  - subcomponents: when a product lists subcomponents, the statement applies
//    only to findings whose package one of them names (by purl), and the product
//    itself must name the image.
// A product that names neither a purl nor a digest (govulncheck writes
// `Unknown Product`) applies to nothing unless the caller says, through
// `subjectNames`, that the name stands for the scanned image.
// Among statements that apply, the latest wins (statement `last_updated`, else
// `timestamp`, else the document's); on equal times, the later one read wins.
// Timestamps without a zone are read as UTC.

export const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;
export type Justification = (typeof JUSTIFICATIONS)[number];

const STATUSES: readonly VexStatus[] = ['not_affected', 'affected', 'fixed', 'under_investigation'];

export interface VexProduct {
  /** `@id`, a purl, a digest or a free name. */
  id: string;
  purl?: string;
  /** Lower-case `algorithm:hex` digests from `hashes` (and `@id` when it is one). */
  digests: string[];
  subcomponents: { id: string; purl?: string }[];
}

export interface VexStatement {
  /** `file#statements[i]`. */
  source: string;
  vulnerabilityIds: string[];
  products: VexProduct[];
  status: VexStatus;
  justification?: Justification;
  impactStatement?: string;
  actionStatement?: string;
  statusNotes?: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface VexDocument {
  file: string;
  id: string;
  author: string;
  statements: VexStatement[];
}

/** Parses and validates one OpenVEX document; errors name the file and field. */
export function parseOpenVex(text: string, file: string): VexDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}); an OpenVEX document is JSON`,
    );
  }
  const fail = (field: string, why: string): never => {
    throw new InputError(`${file}: OpenVEX field ${field} ${why}`);
  };
  const doc = objectAt(raw, '(document)', fail);
  const context = doc['@context'];
  if (typeof context !== 'string' || !/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?\/?$/.test(context)) {
    fail('@context', `must be "https://openvex.dev/ns/v0.2.0" (got ${show(context)})`);
  }
  const id = stringAt(doc['@id'], '@id', fail);
  const author = stringAt(doc.author, 'author', fail);
  const docTime = timeAt(
    doc.last_updated ?? doc.timestamp,
    doc.last_updated ? 'last_updated' : 'timestamp',
    fail,
  );
  if (doc.version !== undefined && !(Number.isInteger(doc.version) && (doc.version as number) >= 1)) {
    fail('version', `must be an integer >= 1 (got ${show(doc.version)})`);
  }
  if (!Array.isArray(doc.statements)) fail('statements', 'must be an array');
  const statements = (doc.statements as unknown[]).map((s, i) =>
    statementOf(s, `statements[${i}]`, `${file}#statements[${i}]`, docTime, fail),
  );
  return { file, id, author, statements };
}

function statementOf(
  value: unknown,
  at: string,
  source: string,
  docTime: number,
  fail: (field: string, why: string) => never,
): VexStatement {
  const s = objectAt(value, at, fail);
  const vulnerabilityIds = vulnerabilityIdsOf(s.vulnerability, `${at}.vulnerability`, fail);
  const status = s.status;
  if (typeof status !== 'string' || !STATUSES.includes(status as VexStatus)) {
    fail(`${at}.status`, `must be one of ${STATUSES.join(', ')} (got ${show(status)})`);
  }
  if (!Array.isArray(s.products) || s.products.length === 0) {
    fail(`${at}.products`, 'must be a non-empty array: a statement without products applies to nothing');
  }
  const products = (s.products as unknown[]).map((p, i) => productOf(p, `${at}.products[${i}]`, fail));
  const statement: VexStatement = {
    source,
    vulnerabilityIds,
    products,
    status: status as VexStatus,
    time:
      s.last_updated !== undefined
        ? timeAt(s.last_updated, `${at}.last_updated`, fail)
        : s.timestamp !== undefined
          ? timeAt(s.timestamp, `${at}.timestamp`, fail)
          : docTime,
  };
  const justification = optionalString(s.justification, `${at}.justification`, fail);
  if (justification !== undefined) {
    if (!JUSTIFICATIONS.includes(justification as Justification)) {
      fail(`${at}.justification`, `must be one of ${JUSTIFICATIONS.join(', ')} (got ${show(justification)})`);
    }
    statement.justification = justification as Justification;
  }
  const impact = optionalString(s.impact_statement, `${at}.impact_statement`, fail);
  if (impact !== undefined) statement.impactStatement = impact;
  const action = optionalString(s.action_statement, `${at}.action_statement`, fail);
  if (action !== undefined) statement.actionStatement = action;
  const notes = optionalString(s.status_notes, `${at}.status_notes`, fail);
  if (notes !== undefined) statement.statusNotes = notes;
  if (statement.status === 'not_affected' && !statement.justification && !statement.impactStatement) {
    fail(`${at}.justification`, 'is required (or impact_statement) when status is not_affected');
  }
  return statement;
}

function vulnerabilityIdsOf(
  value: unknown,
  at: string,
  fail: (field: string, why: string) => never,
): string[] {
  // v0.0.x wrote the vulnerability as a bare string; v0.2.0 as an object with a name.
  if (typeof value === 'string' && value.trim() !== '') return [value.trim()];
  const v = objectAt(value, at, fail);
  const ids = [stringAt(v.name, `${at}.name`, fail)];
  if (typeof v['@id'] === 'string' && v['@id'].trim() !== '') ids.push(v['@id'].trim());
  if (v.aliases !== undefined) {
    if (!Array.isArray(v.aliases)) fail(`${at}.aliases`, 'must be an array of strings');
    (v.aliases as unknown[]).forEach((a, i) => {
      ids.push(stringAt(a, `${at}.aliases[${i}]`, fail));
    });
  }
  return ids;
}

function productOf(value: unknown, at: string, fail: (field: string, why: string) => never): VexProduct {
  const p = typeof value === 'string' ? { '@id': value } : objectAt(value, at, fail);
  const identifiers = p.identifiers === undefined ? {} : objectAt(p.identifiers, `${at}.identifiers`, fail);
  const idValue = p['@id'] ?? identifiers.purl;
  const id = stringAt(idValue, `${at}.@id`, fail);
  const product: VexProduct = { id, digests: [], subcomponents: [] };
  const purl =
    typeof identifiers.purl === 'string' ? identifiers.purl : id.startsWith('pkg:') ? id : undefined;
  if (purl !== undefined) {
    checkPurl(purl, typeof identifiers.purl === 'string' ? `${at}.identifiers.purl` : `${at}.@id`, fail);
    product.purl = purl;
  }
  if (isDigest(id.toLowerCase())) product.digests.push(id.toLowerCase());
  if (p.hashes !== undefined) {
    const hashes = objectAt(p.hashes, `${at}.hashes`, fail);
    for (const [alg, hex] of Object.entries(hashes)) {
      const hexText = stringAt(hex, `${at}.hashes.${alg}`, fail).toLowerCase();
      const name = alg.toLowerCase().replace('-', '');
      if (name === 'sha256' || name === 'sha512') product.digests.push(`${name}:${hexText}`);
    }
  }
  if (p.subcomponents !== undefined) {
    if (!Array.isArray(p.subcomponents)) fail(`${at}.subcomponents`, 'must be an array');
    product.subcomponents = (p.subcomponents as unknown[]).map((c, i) => {
      const sub = productOf(c, `${at}.subcomponents[${i}]`, fail);
      return sub.purl ? { id: sub.id, purl: sub.purl } : { id: sub.id };
    });
  }
  return product;
}

/** The scanned thing a statement's product may name. */
export interface VexSubject {
  /** Manifest digests that are the image (the platform manifest, and the index when scanned through one). */
  digests: string[];
  /** The image's purl (`pkg:oci/…`), when known. */
  purl?: string;
  /** Free product names that stand for the image (`Unknown Product` for govulncheck output). */
  subjectNames?: string[];
}

/** What VEX says about one finding: the latest applicable statement, or undefined. */
export function vexVerdict(
  documents: readonly VexDocument[],
  finding: Finding,
  subject: VexSubject,
): VexVerdict | undefined {
  const ids = new Set(finding.ids.length > 0 ? finding.ids : [finding.id]);
  let best: VexStatement | undefined;
  // Documents in the order given, statements in file order: on equal times the later one read wins.
  for (const doc of documents) {
    for (const s of doc.statements) {
      if (!s.vulnerabilityIds.some((v) => ids.has(v) || ids.has(lastSegment(v)))) continue;
      if (!s.products.some((p) => productApplies(p, finding.package, subject))) continue;
      if (!best || s.time >= best.time) best = s;
    }
  }
  if (!best) return undefined;
  const verdict: VexVerdict = {
    status: best.status,
    source: best.source,
    timestamp: new Date(best.time).toISOString(),
  };
  if (best.justification) verdict.justification = best.justification;
  if (best.impactStatement) verdict.impactStatement = best.impactStatement;
  if (best.actionStatement) verdict.actionStatement = best.actionStatement;
  if (best.statusNotes) verdict.statusNotes = best.statusNotes;
  return verdict;
}

/**
 * Products that can never apply: a free name (govulncheck's `Unknown Product`)
 * the caller did not declare as the image. Named so a user sees why a VEX
 * document changed nothing.
 */
export function vexWarnings(documents: readonly VexDocument[], subject: VexSubject): string[] {
  const out: string[] = [];
  for (const doc of documents) {
    for (const s of doc.statements) {
      for (const p of s.products) {
        if (p.purl || p.digests.length > 0 || (subject.subjectNames ?? []).includes(p.id)) continue;
        out.push(
          `${s.source}: product '${p.id}' is neither a purl nor a digest, so the statement applies to nothing; name it as the scanned image to apply it`,
        );
      }
    }
  }
  return out;
}

/** `https://pkg.go.dev/vuln/GO-2020-0015` names GO-2020-0015. */
function lastSegment(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash === -1 ? id : id.slice(slash + 1);
}

function productApplies(product: VexProduct, pkg: Package, subject: VexSubject): boolean {
  if (product.subcomponents.length > 0) {
    return (
      namesSubject(product, subject) &&
      product.subcomponents.some((c) => c.purl !== undefined && purlMatches(c.purl, pkg.purl))
    );
  }
  if (namesSubject(product, subject)) return true;
  return product.purl !== undefined && !isOciPurl(product.purl) && purlMatches(product.purl, pkg.purl);
}

function namesSubject(product: VexProduct, subject: VexSubject): boolean {
  const digests = new Set(subject.digests.map((d) => d.toLowerCase()));
  if (product.digests.some((d) => digests.has(d))) return true;
  if (product.purl && isOciPurl(product.purl)) {
    const p = parsePurl(product.purl);
    if (p.version) return digests.has(decodeURIComponent(p.version).toLowerCase());
    return subject.purl !== undefined && purlMatches(product.purl, subject.purl);
  }
  return !product.purl && !product.digests.length && (subject.subjectNames ?? []).includes(product.id);
}

function isOciPurl(purl: string): boolean {
  return purl.toLowerCase().startsWith('pkg:oci/');
}

/**
 * Whether `pattern` (a purl, perhaps without version or qualifiers) names
 * `candidate`: type, namespace, name and subpath equal after the purl spec's
 * normalisation; version equal when the pattern has one; every qualifier of the
 * pattern present in the candidate with the same value.
 */
export function purlMatches(pattern: string, candidate: string): boolean {
  let p: PackageURL;
  let c: PackageURL;
  try {
    p = parsePurl(pattern);
    c = parsePurl(candidate);
  } catch {
    return false;
  }
  if (p.type !== c.type || (p.namespace ?? '') !== (c.namespace ?? '') || p.name !== c.name) return false;
  if (p.version && p.version !== c.version) return false;
  if (p.subpath && p.subpath !== c.subpath) return false;
  for (const [key, value] of Object.entries(p.qualifiers ?? {})) {
    if ((c.qualifiers as Record<string, string> | undefined)?.[key] !== value) return false;
  }
  return true;
}

function checkPurl(purl: string, at: string, fail: (field: string, why: string) => never): void {
  try {
    parsePurl(purl);
  } catch (err) {
    fail(at, `is not a valid purl: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function objectAt(
  value: unknown,
  at: string,
  fail: (field: string, why: string) => never,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(at, `must be an object (got ${show(value)})`);
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, at: string, fail: (field: string, why: string) => never): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(at, `must be a non-empty string (got ${show(value)})`);
  return (value as string).trim();
}

function optionalString(
  value: unknown,
  at: string,
  fail: (field: string, why: string) => never,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  return stringAt(value, at, fail);
}

/** RFC 3339 date-time; without a zone it is read as UTC (govulncheck's test output has none). */
function timeAt(value: unknown, at: string, fail: (field: string, why: string) => never): number {
  const text = stringAt(value, at, fail);
  const m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i.exec(text);
  const ms = m ? Date.parse(m[2] ? text : `${text}Z`) : Number.NaN;
  if (Number.isNaN(ms)) fail(at, `must be an RFC 3339 date-time (got ${show(value)})`);
  return ms;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
