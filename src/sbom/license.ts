import correct from 'spdx-correct';
import parseSpdx from 'spdx-expression-parse';
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { License } from './model.js';

// Package databases declare licences in three dialects: SPDX expressions (Alpine
// today, npm), Fedora's legacy short names (`GPLv2+ and BSD`, `ASL 2.0`) and
// Debian DEP-5 names (`GPL-2+`). Each term is mapped to an SPDX identifier where
// the mapping is certain; anything else is kept as a LicenseRef so the result
// is always a valid SPDX expression and nothing the package said is lost.

const CANONICAL = new Map<string, string>();
for (const id of licenseIds as string[]) CANONICAL.set(id.toLowerCase(), id);

// Names without a version or clause count, where any single SPDX id would be a
// guess (spdx-correct picks one, e.g. BSD -> BSD-2-Clause): kept as LicenseRef.
const AMBIGUOUS = new Set([
  'bsd',
  'gpl',
  'lgpl',
  'agpl',
  'gfdl',
  'mpl',
  'artistic',
  'apache',
  'cc-by',
  'cc-by-sa',
]);

// The GNU family carries the only/or-later distinction that spdx-correct gets
// wrong (it reads `GPL-2+` as GPL-2.0-only and `GPLv3` as or-later).
const GNU_RE = /^(A?L?GPL|GFDL)[-\s]?v?(\d+(?:\.\d+)?)(\+|-or-later|\s+or\s+later|-only)?$/i;

// Legacy short names whose meaning is fixed (Fedora's ASL, Debian's Expat) but
// which spdx-correct does not know.
const LEGACY: Record<string, string> = {
  'asl 1.0': 'Apache-1.0',
  'asl 1.1': 'Apache-1.1',
  'asl 2.0': 'Apache-2.0',
  expat: 'MIT',
};

// `GPL+` (Fedora) means any version: or-later from the first one.
const GNU_FIRST: Record<string, string> = { GPL: '1.0', LGPL: '2.0', AGPL: '1.0', GFDL: '1.1' };

const cache = new Map<string, License>();

/** A declared licence string as a valid SPDX expression; undefined when the string is empty. */
export function normaliseLicense(declared: string): License | undefined {
  const text = declared.trim();
  if (text === '') return undefined;
  const hit = cache.get(text);
  if (hit) return { ...hit, declared };
  const result = normaliseUncached(text);
  // Package databases repeat the same few strings thousands of times.
  if (cache.size < 10_000) cache.set(text, result);
  return { ...result, declared };
}

/** Several declared licences, deduplicated by SPDX expression, in declaration order. */
export function normaliseLicenses(declared: Iterable<string>): License[] {
  const out: License[] = [];
  const seen = new Set<string>();
  for (const d of declared) {
    const l = normaliseLicense(d);
    if (!l || seen.has(l.spdx)) continue;
    seen.add(l.spdx);
    out.push(l);
  }
  return out;
}

/**
 * `LicenseRef-` + the text reduced to the idstring alphabet of the SPDX spec
 * (letters, digits, `.`, `-`). Long texts (a whole licence pasted into a field)
 * are cut and suffixed with a hash so two different texts stay different.
 */
export function licenseRef(text: string): string {
  let id = text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length > 64) id = `${id.slice(0, 48)}-${fnv1a(text)}`;
  return `LicenseRef-${id || fnv1a(text)}`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function normaliseUncached(text: string): License {
  const tokens = tokenize(text);
  if (tokens) {
    const assembled = assemble(tokens);
    if (assembled && isValid(assembled.expression)) {
      return { declared: text, spdx: assembled.expression, known: assembled.known };
    }
  }
  return { declared: text, spdx: licenseRef(text), known: false };
}

function isValid(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

type Token = { op: 'AND' | 'OR' | 'WITH' | '(' | ')' } | { term: string };

const OPERATORS: Record<string, 'AND' | 'OR' | 'WITH'> = { and: 'AND', or: 'OR', with: 'WITH', '&': 'AND' };

/** Operators are words between spaces (any case) and parentheses; everything else is a term. */
function tokenize(text: string): Token[] | undefined {
  if (text.length > 4096) return undefined;
  const tokens: Token[] = [];
  let term: string[] = [];
  const flush = () => {
    if (term.length > 0) tokens.push({ term: term.join(' ') });
    term = [];
  };
  for (const piece of text.split(/(\(|\)|\s+)/)) {
    if (piece === '' || /^\s+$/.test(piece)) continue;
    if (piece === '(' || piece === ')') {
      flush();
      tokens.push({ op: piece });
      continue;
    }
    const op = OPERATORS[piece.toLowerCase()];
    if (op) {
      flush();
      tokens.push({ op });
    } else {
      term.push(piece);
    }
  }
  flush();
  return tokens;
}

function assemble(tokens: Token[]): { expression: string; known: boolean } | undefined {
  const out: string[] = [];
  let known = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ('op' in t) {
      out.push(t.op);
      continue;
    }
    const next = tokens[i + 1];
    const exceptionTok = next && 'op' in next && next.op === 'WITH' ? tokens[i + 2] : undefined;
    if (exceptionTok && 'term' in exceptionTok) {
      const id = termToSpdx(t.term);
      const withExpr = id ? `${id} WITH ${exceptionTok.term}` : undefined;
      if (withExpr && isValid(withExpr)) {
        out.push(withExpr);
      } else {
        // An exception SPDX does not list (Fedora's `with exceptions`) makes the pair one unknown licence.
        out.push(licenseRef(`${t.term} with ${exceptionTok.term}`));
        known = false;
      }
      i += 2;
      continue;
    }
    const mapped = listOfIds(t.term) ?? termToSpdx(t.term);
    if (mapped) {
      out.push(mapped);
      if (mapped.includes('LicenseRef-')) known = false;
    } else {
      out.push(licenseRef(t.term));
      known = false;
    }
  }
  return out.length > 0
    ? { expression: out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'), known }
    : undefined;
}

// Older Alpine and Arch packages list licences separated by spaces (`MIT BSD-3-Clause`):
// read as a conjunction only when every word is a licence on its own.
function listOfIds(term: string): string | undefined {
  const words = term.split(' ');
  if (words.length < 2) return undefined;
  const ids = words.map(certainId);
  if (ids.some((id) => id === undefined)) return undefined;
  return ids.length === 1 ? ids[0] : `(${ids.join(' AND ')})`;
}

/** Mappings that involve no guessing: SPDX ids in any case, LicenseRefs, the GNU family, LEGACY. */
function certainId(term: string): string | undefined {
  const lower = term.toLowerCase();
  if (/^(documentref-[a-z0-9.-]+:)?licenseref-[a-z0-9.-]+$/i.test(term)) return term;
  const gnu = gnuLicense(term);
  if (gnu) return gnu;
  // `CC0 1.0`, `BSD 2-Clause`: an id written with spaces for dashes.
  const exact = CANONICAL.get(lower) ?? LEGACY[lower] ?? CANONICAL.get(lower.replace(/ /g, '-'));
  if (exact) return exact;
  if (lower.endsWith('+')) {
    const base = CANONICAL.get(lower.slice(0, -1));
    if (base) return `${base}+`;
  }
  return undefined;
}

function termToSpdx(term: string): string | undefined {
  const certain = certainId(term);
  if (certain) return certain;
  const lower = term.toLowerCase();
  if (AMBIGUOUS.has(lower)) return undefined;
  // Several words of which one is a licence id on its own: spdx-correct would keep
  // just that one ("MIT BSD" -> BSD-2-Clause), dropping the rest.
  if (lower.includes(' ') && lower.split(' ').some((w) => certainId(w) || AMBIGUOUS.has(w))) return undefined;
  // Any other GNU spelling is a guess for spdx-correct (it reads `GPL+` as GPL-3.0-or-later).
  if (/gpl|gnu/.test(lower)) return undefined;
  return safeCorrect(term);
}

function safeCorrect(term: string): string | undefined {
  let c: string | null;
  try {
    c = correct(term, { upgrade: true });
  } catch {
    // spdx-correct throws on some punctuation-only input ("+").
    return undefined;
  }
  if (!c) return undefined;
  // spdx-correct drops a trailing `+` on some names; refuse answers that change the scope.
  if (term.endsWith('+') && !c.endsWith('+') && !c.endsWith('-or-later')) return undefined;
  return c;
}

function gnuLicense(term: string): string | undefined {
  const any = /^(A?L?GPL|GFDL)\+$/i.exec(term);
  if (any) {
    const family = (any[1] as string).toUpperCase();
    return `${family}-${GNU_FIRST[family]}-or-later`;
  }
  const m = GNU_RE.exec(term.trim());
  if (!m) return undefined;
  const family = (m[1] as string).toUpperCase();
  const v = m[2] as string;
  const version = v.includes('.') ? v : `${v}.0`;
  const suffix = m[3]?.toLowerCase();
  const orLater = suffix !== undefined && suffix !== '-only';
  const id = `${family}-${version}-${orLater ? 'or-later' : 'only'}`;
  return CANONICAL.has(id.toLowerCase()) ? CANONICAL.get(id.toLowerCase()) : undefined;
}
