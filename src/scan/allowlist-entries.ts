import type { Finding } from './finding.js';

// An allowlist once read: its entries, their state on a date, and which
// findings they name. Apart from the file formats (allowlist.ts) so that the
// filters, which every scan runs, do not load the YAML parser.

export interface AllowlistEntry {
  id: string;
  reason: string;
  /** Epoch milliseconds from which the entry no longer suppresses; absent = never. */
  expires?: number;
  /** The expiry as written, for messages. */
  expiresText?: string;
  package?: string;
  /** `file#entries[i]` (line n). */
  source: string;
}

export interface Allowlist {
  file: string;
  entries: AllowlistEntry[];
}

export type EntryState = 'active' | 'expired' | 'permanent';

export function entryState(entry: AllowlistEntry, now: Date): EntryState {
  if (entry.expires === undefined) return 'permanent';
  return now.getTime() >= entry.expires ? 'expired' : 'active';
}

/** Whether an entry names this finding (by any of its ids, and its package pattern if any). */
export function entryMatches(entry: AllowlistEntry, finding: Finding): boolean {
  const ids = finding.ids.length > 0 ? finding.ids : [finding.id];
  if (!ids.some((i) => i.toUpperCase() === entry.id.toUpperCase())) return false;
  return entry.package === undefined || purlPatternMatches(entry.package, finding.package.purl);
}

export function purlPatternMatches(pattern: string, purl: string): boolean {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  let subject = purl;
  if (!pattern.includes('?') && !pattern.includes('#')) subject = subject.replace(/[?#].*$/, '');
  const path = pattern.replace(/[?#].*$/, '');
  if (!path.slice(path.lastIndexOf('/') + 1).includes('@')) {
    // No version in the pattern (an `@` in an earlier segment is an npm scope).
    subject = subject.replace(/@[^/]*$/, '');
  }
  const re = new RegExp(
    `^${decode(pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(decode(subject));
}
