import { type ApplyResult, applyPlan, type RobotSecret } from '../harbor/applier.js';
import { HarborClient } from '../harbor/client.js';
import { readCurrentState } from '../harbor/current-state.js';
import { toDesiredState } from '../harbor/desired.js';
import { type DriftReport, detectDrift } from '../harbor/drift.js';
import { type Plan, planChanges } from '../harbor/planner.js';
import { loadPolicyFile } from '../harbor/policy-file.js';
import { renderPlanMarkdown, renderPlanText, renderScanText } from '../harbor/render.js';
import { awaitHarborScan, type HarborScanReport } from '../harbor/scan-waiter.js';
import { type Reporter, silentReporter } from './reporter.js';

// `lading policy plan|apply|drift`: load and check the file (before any call to
// Harbor), read Harbor, plan, and in apply mode carry the plan out. The caller
// decides exit codes: drift → 1 when `drift.drifted`; apply → 3 when `!apply.ok`.
//
// With `scan`, Harbor's own scan of the new digest is triggered and awaited
// BEFORE Harbor is read and the plan applied: once "prevent vulnerable images"
// or "only signed" is on, Harbor refuses pulls of a digest without a finished
// scan (it exempts only cosign's and notation's user agents), so tightening the
// gates first would block the very reads that signing and scanning need.

export interface PolicyOptions {
  mode: 'plan' | 'apply' | 'drift';
  file: string;
  harborUrl: string;
  username: string;
  password: string;
  prune?: boolean;
  allowManyImmutabilityRules?: boolean;
  /** The clock for allowlist expiry checks. */
  now?: Date;
  /** Harbor's scan (and SBOM) of a new digest, awaited before anything is applied. */
  scan?: PolicyScanOptions;
}

export interface PolicyScanOptions {
  project: string;
  repository: string;
  digest: string;
  sbom: boolean;
  timeoutSeconds: number;
  /** Default 5000. */
  pollMs?: number;
  /** Injected in tests; default the real clock. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PolicyResult {
  mode: PolicyOptions['mode'];
  plan: Plan;
  /** Present in apply mode. */
  apply?: ApplyResult;
  drift: DriftReport;
  /** Plan (and apply results) for the log. */
  text: string;
  /** For the job summary and the pull-request comment. */
  markdown: string;
  /** Values the caller must mask before anything is logged (robot secrets). */
  secrets: RobotSecret[];
  /** Harbor's vulnerability report of the scanned digest, when `scan` was given. */
  harborScan?: HarborScanReport;
}

export async function runPolicy(
  options: PolicyOptions,
  reporter: Reporter = silentReporter,
): Promise<PolicyResult> {
  const loaded = await loadPolicyFile(options.file, {
    now: options.now ?? new Date(),
    allowManyImmutabilityRules: options.allowManyImmutabilityRules ?? false,
  });
  for (const w of loaded.warnings) reporter.warn(w);
  const desired = toDesiredState(loaded.policy, loaded.source);

  const client = new HarborClient({
    url: options.harborUrl,
    username: options.username,
    password: options.password,
  });
  let harborScan: HarborScanReport | undefined;
  if (options.scan) {
    const s = options.scan;
    reporter.info(`waiting for Harbor's scan of ${s.project}/${s.repository}@${s.digest}`);
    harborScan = await awaitHarborScan(client, {
      project: s.project,
      repository: s.repository,
      digest: s.digest,
      sbom: s.sbom,
      timeoutMs: s.timeoutSeconds * 1000,
      pollMs: s.pollMs ?? 5000,
      ...(s.now ? { now: s.now } : {}),
      ...(s.sleep ? { sleep: s.sleep } : {}),
      onProgress: (m) => reporter.info(m),
    });
  }

  reporter.info(`reading Harbor at ${client.origin} for ${desired.projects.length} project(s)`);
  const current = await readCurrentState(client, desired);
  const plan = planChanges(desired, current, { prune: options.prune ?? false, warnings: loaded.warnings });
  const drift = detectDrift(plan);

  let apply: ApplyResult | undefined;
  if (options.mode === 'apply' && plan.changes.length > 0) {
    apply = await applyPlan(client, plan, { onProgress: (m) => reporter.debug(m) });
    for (const o of apply.outcomes) {
      if (o.status !== 'applied')
        reporter.warn(`${o.status}: ${o.change.scope} ${o.change.resource} ${o.change.name}: ${o.reason}`);
    }
  } else if (options.mode === 'apply') {
    apply = { outcomes: [], secrets: [], ok: true };
  }

  let text = renderPlanText(plan);
  if (apply) {
    const n = (s: string) => apply.outcomes.filter((o) => o.status === s).length;
    text += `Apply: ${n('applied')} applied, ${n('failed')} failed, ${n('skipped')} skipped.\n`;
    for (const o of apply.outcomes) {
      if (o.status !== 'applied')
        text += `  ${o.status} ${o.change.scope}: ${o.change.resource} ${o.change.name}: ${o.reason}\n`;
    }
  }
  if (harborScan) text += renderScanText(harborScan);
  const markdown = renderPlanMarkdown(plan, {
    ...(apply ? { apply } : {}),
    ...(options.mode === 'drift' ? { drift } : {}),
    ...(harborScan ? { harborScan } : {}),
  });
  return {
    mode: options.mode,
    plan,
    ...(apply ? { apply } : {}),
    drift,
    text,
    markdown,
    secrets: apply?.secrets ?? [],
    ...(harborScan ? { harborScan } : {}),
  };
}
