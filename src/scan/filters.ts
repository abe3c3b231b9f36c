import { type Allowlist, entryMatches, entryState } from './allowlist-entries.js';
import type { FilterMark, Finding, ReviewedFinding } from './finding.js';
import { type VexDocument, type VexSubject, vexVerdict, vexWarnings } from './vex.js';

// The scan's filters, always in this order:
//  1. VEX: `not_affected` and `fixed` suppress; `affected` and
//     `under_investigation` keep the finding and are recorded on it;
//  2. the allowlist: an active or permanent entry suppresses; an expired entry
//     that names the finding keeps it, recorded, and every expired entry is
//     named in a warning whether it matched or not;
//  3. ignore-unfixed: an `affected` finding with no fixed version is
//     suppressed; an `undetermined` one (the matcher could not compare its
//     version) is kept, since "no fix known" is not established there.
// The first filter that suppresses a finding decides; later ones do not look at it.
// Suppressed findings stay in the result, marked; only the gate ignores them.

export interface FilterOptions {
  vex?: { documents: readonly VexDocument[]; subject: VexSubject };
  allowlist?: Allowlist;
  ignoreUnfixed?: boolean;
  /** The clock, injected: allowlist expiry is decided against it. */
  now: Date;
}

export interface FilterResult {
  findings: ReviewedFinding[];
  warnings: string[];
}

export function applyFilters(findings: readonly Finding[], options: FilterOptions): FilterResult {
  const warnings: string[] = options.vex ? vexWarnings(options.vex.documents, options.vex.subject) : [];
  const entries = options.allowlist?.entries ?? [];
  for (const e of entries) {
    if (entryState(e, options.now) === 'expired') {
      warnings.push(
        `allowlist entry ${e.id}${e.package ? ` (${e.package})` : ''} at ${e.source} expired ${e.expiresText}: it no longer suppresses anything`,
      );
    }
  }
  const reviewed = findings.map((finding): ReviewedFinding => {
    const r: ReviewedFinding = { finding, state: 'open', marks: [] };
    const mark = (m: FilterMark): boolean => {
      r.marks.push(m);
      if (m.effect === 'suppressed') {
        r.state = 'suppressed';
        r.suppressedBy = m.filter;
        return true;
      }
      return false;
    };

    if (options.vex) {
      const verdict = vexVerdict(options.vex.documents, finding, options.vex.subject);
      if (verdict) {
        r.vex = verdict;
        const detail =
          verdict.justification ?? verdict.impactStatement ?? verdict.actionStatement ?? verdict.statusNotes;
        const suppress = verdict.status === 'not_affected' || verdict.status === 'fixed';
        if (
          mark({
            filter: 'vex',
            effect: suppress ? 'suppressed' : 'kept',
            reason: `${verdict.status}${detail ? ` (${detail})` : ''}`,
            source: verdict.source,
          })
        )
          return r;
      }
    }

    const matching = entries.filter((e) => entryMatches(e, finding));
    const live = matching.find((e) => entryState(e, options.now) !== 'expired');
    if (live) {
      const until = live.expires === undefined ? 'without expiry' : `until ${live.expiresText}`;
      mark({
        filter: 'allowlist',
        effect: 'suppressed',
        reason: `allowlisted ${until}: ${live.reason}`,
        source: live.source,
      });
      return r;
    }
    const expired = matching[0];
    if (expired) {
      mark({
        filter: 'allowlist',
        effect: 'kept',
        reason: `allowlist entry expired ${expired.expiresText}: ${expired.reason}`,
        source: expired.source,
      });
    }

    if (options.ignoreUnfixed && finding.fixed.length === 0) {
      if (finding.status === 'affected') {
        mark({ filter: 'ignore-unfixed', effect: 'suppressed', reason: 'no fixed version published' });
      } else {
        mark({
          filter: 'ignore-unfixed',
          effect: 'kept',
          reason: 'version could not be compared, so whether a fix exists is not known',
        });
      }
    }
    return r;
  });
  return { findings: reviewed, warnings };
}
