import cvss from 'ae-cvss-calculator';
import { InputError } from '../errors.js';
import type { OsvAffected, OsvRecord } from './osv.js';
import { printable } from './versions/comparator.js';

// Severity of an advisory, from what its record says.
//
// CVSS base scores are computed from the vectors with ae-cvss-calculator
// ({metæffekt}, all of v2, v3.0, v3.1 and v4.0), never read from a label.
//
// Vectors are read from the `severity` lists (the record's and the affected
// entry's) and from RustSec's `affected[].database_specific.cvss`; the same
// vector found twice counts once.
//
// The rule when sources disagree, in order:
//  1. the highest base score among the record's CVSS v3.x and v4.0 vectors
//     (record-level and the affected entry's); v4.0 and v3.x rate the same flaw
//     differently, and taking the highest keeps a gate from passing on a
//     friendlier vector;
//  2. else the highest CVSS v2 base score (v2 has no "critical": 7.0–10 is high);
//  3. else the highest label: GHSA `database_specific.severity`, an
//     `ecosystem_specific`/`database_specific` severity of the affected entry,
//     Debian's `ecosystem_specific.urgency` (`unimportant` is low; `not yet
//     assigned` and `end-of-life` rate nothing), the Ubuntu priority, or a Red
//     Hat-style "Important:" summary prefix;
//  4. else `unknown`, which no gate may treat as low.
// Every score and label found is returned with the decision, so reports can
// show the disagreement.

export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown';

const RANK: Record<SeverityLevel, number> = { unknown: -1, none: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function compareSeverity(a: SeverityLevel, b: SeverityLevel): number {
  return RANK[a] - RANK[b];
}

export type CvssVersion = '2.0' | '3.0' | '3.1' | '4.0';

export interface CvssScore {
  vector: string;
  version: CvssVersion;
  baseScore: number;
  level: SeverityLevel;
}

export interface SeverityLabel {
  /** Where the label came from, e.g. `database_specific.severity`. */
  source: string;
  label: string;
  level: SeverityLevel;
}

export interface Severity {
  level: SeverityLevel;
  /** The deciding CVSS score, when a vector decided. */
  score?: CvssScore;
  /** Which rule decided, in words, for reports. */
  basis: string;
  scores: CvssScore[];
  labels: SeverityLabel[];
  /** Vectors that could not be scored, with why; they never decide. */
  problems: string[];
}

/** Qualitative rating of a base score: CVSS v3/v4 scale; v2 per NVD (no critical). */
export function levelOfScore(score: number, version: CvssVersion): SeverityLevel {
  if (version === '2.0') return score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

// Metric names allowed in each version's vector, so that a typo is an error
// instead of a metric the calculator silently ignores.
const V2_METRICS = new Set(['AV', 'AC', 'Au', 'C', 'I', 'A', 'E', 'RL', 'RC', 'CDP', 'TD', 'CR', 'IR', 'AR']);
const V3_METRICS = new Set([
  ...['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A', 'E', 'RL', 'RC', 'CR', 'IR', 'AR'],
  ...['MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA'],
]);
const V4_METRICS = new Set([
  ...['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA', 'E', 'CR', 'IR', 'AR'],
  ...['MAV', 'MAC', 'MAT', 'MPR', 'MUI', 'MVC', 'MVI', 'MVA', 'MSC', 'MSI', 'MSA'],
  ...['S', 'AU', 'R', 'V', 'RE', 'U'],
]);

/** CVSS base score of a vector (v2 bare or in parentheses, `CVSS:3.0/`, `CVSS:3.1/`, `CVSS:4.0/`). */
/**
 * Scores by vector. The same vectors recur across thousands of findings and a
 * score costs ~50 µs to compute; bounded so a hostile feed cannot grow it forever.
 */
const scoreCache = new Map<string, CvssScore | InputError>();
const SCORE_CACHE_MAX = 50_000;

export function cvssBaseScore(vector: string): CvssScore {
  const hit = scoreCache.get(vector);
  if (hit instanceof InputError) throw hit;
  if (hit) return hit;
  let result: CvssScore | InputError;
  try {
    result = computeBaseScore(vector);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    result = err;
  }
  if (scoreCache.size >= SCORE_CACHE_MAX) scoreCache.clear();
  scoreCache.set(vector, result instanceof InputError ? result : Object.freeze(result));
  if (result instanceof InputError) throw result;
  return result;
}

function computeBaseScore(vector: string): CvssScore {
  const fail = (why: string): never => {
    throw new InputError(`CVSS vector '${printable(vector)}' ${why}`);
  };
  const text = vector.trim().replace(/^\((.*)\)$/, '$1');
  const prefix = /^CVSS:(\d\.\d)\//.exec(text);
  const version = (prefix ? prefix[1] : '2.0') as CvssVersion;
  const body = prefix ? text.slice(prefix[0].length) : text;
  const allowed = { '2.0': V2_METRICS, '3.0': V3_METRICS, '3.1': V3_METRICS, '4.0': V4_METRICS }[version];
  if (!allowed) fail(`has unsupported version '${version}'`);
  const seen = new Set<string>();
  for (const part of body.split('/')) {
    const m = /^([A-Za-z]{1,3}):([A-Za-z]{1,2})$/.exec(part);
    if (!m) fail(`has a malformed metric '${printable(part)}'`);
    const metric = (m as RegExpExecArray)[1] as string;
    if (!allowed.has(metric)) fail(`has unknown CVSS ${version} metric '${metric}'`);
    if (seen.has(metric)) fail(`repeats metric '${metric}'`);
    seen.add(metric);
  }
  let v: { isBaseFullyDefined(): boolean; calculateScores(): { base?: number } };
  try {
    if (version === '2.0') v = new cvss.Cvss2(body);
    else if (version === '3.0') v = new cvss.Cvss3P0(text);
    else if (version === '3.1') v = new cvss.Cvss3P1(text);
    else v = new cvss.Cvss4P0(text);
  } catch (err) {
    return fail(`cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!v.isBaseFullyDefined()) fail('lacks base metrics');
  const base = v.calculateScores().base;
  if (typeof base !== 'number' || Number.isNaN(base)) return fail('has no computable base score');
  return { vector: text, version, baseScore: base, level: levelOfScore(base, version) };
}

const LABELS: Record<string, SeverityLevel> = {
  critical: 'critical',
  important: 'high',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
  unimportant: 'low',
  none: 'none',
};

/** A vendor's word for severity (GHSA, Ubuntu, Debian, Red Hat, SUSE), or `unknown`. */
export function levelOfLabel(label: string): SeverityLevel {
  // Debian marks an urgency it took from NVD with trailing asterisks (`low**`).
  return LABELS[label.trim().toLowerCase().replace(/\*+$/, '')] ?? 'unknown';
}

function labelsOf(record: OsvRecord, affected: readonly OsvAffected[]): SeverityLabel[] {
  const out: SeverityLabel[] = [];
  const add = (source: string, value: unknown) => {
    if (typeof value === 'string' && value.trim())
      out.push({ source, label: value, level: levelOfLabel(value) });
  };
  add('database_specific.severity', record.database_specific?.severity);
  for (const a of affected) {
    add('affected.ecosystem_specific.severity', a.ecosystem_specific?.severity);
    add('affected.database_specific.severity', a.database_specific?.severity);
    add('affected.ecosystem_specific.urgency', a.ecosystem_specific?.urgency);
    for (const s of a.severity ?? []) if (s.type === 'Ubuntu') add('affected.severity Ubuntu', s.score);
  }
  for (const s of record.severity ?? []) if (s.type === 'Ubuntu') add('severity Ubuntu', s.score);
  const prefix = /^(Critical|Important|Moderate|Low):/.exec(record.summary ?? '');
  if (prefix) add('summary', prefix[1]);
  return out;
}

/**
 * The severity of `record`, for one package when `affected` is given (its
 * entry's own severities join the record's), else over all entries.
 */
export function severityOf(record: OsvRecord, affected?: OsvAffected): Severity {
  const entries = affected ? [affected] : (record.affected ?? []);
  const vectors: { score: string }[] = [];
  for (const s of record.severity ?? []) if (s.type !== 'Ubuntu') vectors.push(s);
  for (const a of entries) {
    for (const s of a.severity ?? []) if (s.type !== 'Ubuntu') vectors.push(s);
    // RustSec writes the advisory's vector here too, and some feeds only here.
    const cvss = a.database_specific?.cvss;
    if (typeof cvss === 'string' && cvss.trim()) vectors.push({ score: cvss });
  }
  const scores: CvssScore[] = [];
  const problems: string[] = [];
  for (const s of vectors) {
    try {
      const score = cvssBaseScore(s.score);
      if (!scores.some((x) => x.vector === score.vector)) scores.push(score);
    } catch (err) {
      problems.push(`${record.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const labels = labelsOf(record, entries);
  const highest = (list: CvssScore[]) =>
    list.reduce<CvssScore | undefined>(
      (best, s) => (!best || s.baseScore > best.baseScore ? s : best),
      undefined,
    );

  const modern = highest(scores.filter((s) => s.version !== '2.0'));
  if (modern)
    return {
      level: modern.level,
      score: modern,
      basis: `CVSS ${modern.version} base score`,
      scores,
      labels,
      problems,
    };
  const v2 = highest(scores.filter((s) => s.version === '2.0'));
  if (v2) return { level: v2.level, score: v2, basis: 'CVSS 2.0 base score', scores, labels, problems };
  const label = labels
    .filter((l) => l.level !== 'unknown')
    .reduce<SeverityLabel | undefined>(
      (best, l) => (!best || compareSeverity(l.level, best.level) > 0 ? l : best),
      undefined,
    );
  if (label)
    return {
      level: label.level,
      basis: `label '${label.label}' (${label.source})`,
      scores,
      labels,
      problems,
    };
  return { level: 'unknown', basis: 'no CVSS vector or severity label', scores, labels, problems };
}
