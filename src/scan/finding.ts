import type { Finding } from '../advisories/matcher.js';

// A matcher finding after the scan's decisions. Suppressed findings are kept,
// marked, so every report can say what was hidden and by what.

export type { Finding };

/** The filters, in the order filters.ts applies them. */
export type FilterName = 'vex' | 'allowlist' | 'ignore-unfixed';

/** One filter's word on one finding. */
export interface FilterMark {
  filter: FilterName;
  /** `suppressed` hides the finding from the gate; `kept` records why it was not. */
  effect: 'suppressed' | 'kept';
  /** In words, for reports: `not_affected (vulnerable_code_not_present)`, `allowlisted until 2026-01-31: …`. */
  reason: string;
  /** The file (and statement or entry) that decided: `vex.json#statements[2]`, `allowlist.yaml#entries[0]`. */
  source?: string;
}

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

/** The OpenVEX statement that applied to a finding, as reports show it. */
export interface VexVerdict {
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  actionStatement?: string;
  statusNotes?: string;
  /** `file#statements[i]`. */
  source: string;
  /** ISO 8601, the statement's effective time. */
  timestamp: string;
}

export interface ReviewedFinding {
  finding: Finding;
  state: 'open' | 'suppressed';
  /** The first filter that suppressed it (filters after it do not look at it). */
  suppressedBy?: FilterName;
  /** Every filter that touched it, in order. */
  marks: FilterMark[];
  vex?: VexVerdict;
}

/** The finding's suppressing mark, if any. */
export function suppression(r: ReviewedFinding): FilterMark | undefined {
  return r.marks.find((m) => m.effect === 'suppressed');
}
