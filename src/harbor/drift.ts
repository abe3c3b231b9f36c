import type { Plan } from './planner.js';

// Drift is a plan that is not empty: Harbor differs from the file. Resources
// the file does not list count only under prune, where the file claims to be
// the whole truth; otherwise they are shown but are not drift.

export interface DriftReport {
  drifted: boolean;
  /** One line per difference: `apps: update metadata auto_scan`. */
  differences: string[];
}

export function detectDrift(plan: Plan): DriftReport {
  const differences = plan.changes.map((c) => `${c.scope}: ${c.action} ${c.resource} ${c.name}`);
  return { drifted: differences.length > 0, differences };
}
