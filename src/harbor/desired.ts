import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import type { ImmutableRule, RetentionRule, Selector } from './api-types.js';
import { expiryToUnix } from './policy-file.js';
import {
  type AllowlistEntry,
  type DocPath,
  fieldName,
  type PatternSelector,
  type PolicyDocument,
  type ProjectSpec,
  type RetentionKeep,
  type Severity,
  type SourceLocator,
} from './policy-types.js';

// The policy in Harbor's own terms, normalised so that comparing it with what
// Harbor returns is a plain equality: metadata as "true"/"false" strings,
// selectors with Harbor's decorations, defaults written out.

export interface DesiredAllowlist {
  /** Sorted, so order in the file is not a difference. */
  items: string[];
  /** Unix seconds, or null for never. */
  expiresAt: number | null;
}

/** One immutability rule, reduced to what identifies and configures it. */
export interface DesiredImmutableRule {
  tag: { decoration: 'matches' | 'excludes'; pattern: string };
  repository: { decoration: 'repoMatches' | 'repoExcludes'; pattern: string };
  disabled: boolean;
  /** Why lading changed the rule the user wrote, shown in the plan. */
  note?: string;
}

export interface DesiredRetentionRule {
  template: string;
  /** The count or number of days; null for `always`. */
  value: number | null;
  tag: { decoration: 'matches' | 'excludes'; pattern: string; untagged: boolean };
  repository: { decoration: 'repoMatches' | 'repoExcludes'; pattern: string };
  disabled: boolean;
}

export interface DesiredRetention {
  /** '' means no schedule (manual runs only). */
  cron: string;
  rules: DesiredRetentionRule[];
}

export interface DesiredRobot {
  name: string;
  description: string;
  duration: number;
  disabled: boolean;
  /** `resource:action`, sorted. */
  access: string[];
}

export interface DesiredWebhook {
  name: string;
  enabled: boolean;
  eventTypes: string[];
  target: { type: string; address: string; payloadFormat: string | undefined; skipCertVerify: boolean };
}

export interface DesiredProject {
  name: string;
  /** Only the keys the file sets; others stay as they are in Harbor. */
  metadata: Record<string, string>;
  allowlist?: DesiredAllowlist;
  /** undefined: the file does not manage this kind of resource for the project. */
  immutableRules?: DesiredImmutableRule[];
  retention?: DesiredRetention;
  robots?: DesiredRobot[];
  webhooks?: DesiredWebhook[];
}

export interface DesiredState {
  system: {
    /** null: unscheduled ('none'). */
    scanAllCron?: string | null;
    allowlist?: DesiredAllowlist;
  };
  projects: DesiredProject[];
}

/** Harbor's metadata keys, from src/pkg/project/models/pro_meta.go. */
export const MetaKey = {
  public: 'public',
  autoScan: 'auto_scan',
  autoSbom: 'auto_sbom_generation',
  notation: 'enable_content_trust',
  cosign: 'enable_content_trust_cosign',
  preventVul: 'prevent_vul',
  severity: 'severity',
  reuseSysAllowlist: 'reuse_sys_cve_allowlist',
} as const;

/** Severity thresholds, strictest first: `none` blocks any finding at all. */
export const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

const SHA256_EXCLUSION = 'sha256-*';
// Tags cosign and the referrers tag fallback write: sha256-<hex>, .sig, .att, .sbom.
const SHA256_SAMPLES = ['', '.sig', '.att', '.sbom'].map((s) => `sha256-${'0'.repeat(64)}${s}`);

export function toDesiredState(policy: PolicyDocument, source: SourceLocator): DesiredState {
  const fail = (path: DocPath, message: string): never => {
    throw new InputError(`${source.file}:${source.lineOf(path)}: ${fieldName(path)}: ${message}`);
  };
  const system: DesiredState['system'] = {};
  const sched = policy.system?.scan_all_schedule;
  if (sched !== undefined) system.scanAllCron = sched === 'none' ? null : sched.trim();
  const sysList = policy.system?.cve_allowlist;
  if (sysList) system.allowlist = allowlistOf(sysList.items, sysList.expires_at);

  const projects = (policy.projects ?? []).map((p, i) => projectOf(p, ['projects', i], fail));
  return { system, projects };
}

function projectOf(
  p: ProjectSpec,
  base: DocPath,
  fail: (path: DocPath, message: string) => never,
): DesiredProject {
  const metadata: Record<string, string> = {};
  const flag = (key: string, value: boolean | undefined) => {
    if (value !== undefined) metadata[key] = value ? 'true' : 'false';
  };
  flag(MetaKey.public, p.public);
  flag(MetaKey.autoScan, p.scan_on_push);
  flag(MetaKey.autoSbom, p.sbom_on_push);
  flag(MetaKey.cosign, p.require_signatures?.cosign);
  flag(MetaKey.notation, p.require_signatures?.notation);
  if (p.prevent_vulnerable !== undefined) {
    metadata[MetaKey.preventVul] = p.prevent_vulnerable === false ? 'false' : 'true';
    if (p.prevent_vulnerable !== false) metadata[MetaKey.severity] = p.prevent_vulnerable;
  }

  const project: DesiredProject = { name: p.name, metadata };
  const list = p.cve_allowlist;
  if (list) {
    // Harbor reads a missing reuse_sys_cve_allowlist as true and would ignore
    // the project list, so a project list always writes "false" explicitly.
    const reuse = list.reuse_system ?? (list.items === undefined && list.expires_at === undefined);
    metadata[MetaKey.reuseSysAllowlist] = reuse ? 'true' : 'false';
    if (!reuse) project.allowlist = allowlistOf(list.items ?? [], list.expires_at);
  }

  if (p.immutability_rules) {
    project.immutableRules = p.immutability_rules.map((r, j) => {
      const path = [...base, 'immutability_rules', j, 'tags'];
      return {
        ...immutableTagOf(r.tags, path, fail),
        repository: repoOf(r.repositories),
        disabled: r.disabled ?? false,
      };
    });
  }
  if (p.retention) {
    const cron = p.retention.schedule;
    project.retention = {
      cron: cron === undefined || cron === 'none' ? '' : cron.trim(),
      rules: p.retention.rules.map((r) => {
        const tags = r.tags ?? { matches: '**' };
        const decoration = tags.excludes !== undefined ? 'excludes' : 'matches';
        return {
          ...keepOf(r.keep),
          tag: { decoration, pattern: patternOf(tags), untagged: r.untagged ?? decoration === 'matches' },
          repository: repoOf(r.repositories),
          disabled: r.disabled ?? false,
        } as DesiredRetentionRule;
      }),
    };
  }
  if (p.robots) {
    project.robots = p.robots.map((r) => ({
      name: r.name,
      description: r.description ?? '',
      duration: r.duration_days ?? -1,
      disabled: r.disabled ?? false,
      access: [...r.permissions].sort(),
    }));
  }
  if (p.webhooks) {
    project.webhooks = p.webhooks.map((w) => {
      const type = w.type ?? 'http';
      return {
        name: w.name,
        enabled: w.enabled ?? true,
        eventTypes: [...w.events].sort(),
        target: {
          type,
          address: w.address,
          // Harbor fills in Default for http targets and allows no format on slack.
          payloadFormat: type === 'http' ? (w.payload_format ?? 'Default') : undefined,
          skipCertVerify: w.skip_cert_verify ?? false,
        },
      };
    });
  }
  return project;
}

function allowlistOf(items: AllowlistEntry[], expires: string | undefined): DesiredAllowlist {
  return {
    items: items.map((it) => (typeof it === 'string' ? it : it.id)).sort(),
    expiresAt: expires === undefined ? null : expiryToUnix(expires),
  };
}

function patternOf(sel: PatternSelector): string {
  return (sel.matches ?? sel.excludes)!;
}

function repoOf(sel: PatternSelector | undefined): DesiredImmutableRule['repository'] {
  if (sel?.excludes !== undefined) return { decoration: 'repoExcludes', pattern: sel.excludes };
  return { decoration: 'repoMatches', pattern: sel?.matches ?? '**' };
}

/**
 * Harbor issue 17332: a rule that freezes every tag also freezes the
 * `sha256-<digest>.sig` tags cosign rewrites when it adds a signature, and the
 * referrers-API fallback tags, so signing an image a second time fails. Harbor
 * evaluates only the first tag selector, so the exclusion has to live in that
 * selector's pattern.
 */
function immutableTagOf(
  sel: PatternSelector,
  path: DocPath,
  fail: (path: DocPath, message: string) => never,
): Pick<DesiredImmutableRule, 'tag' | 'note'> {
  const pattern = patternOf(sel);
  const hitsSha = SHA256_SAMPLES.some((t) => picomatch.isMatch(t, pattern, { dot: true }));
  if (sel.excludes !== undefined) {
    if (hitsSha) return { tag: { decoration: 'excludes', pattern } };
    const widened = pattern.startsWith('{') && pattern.endsWith('}') && !pattern.slice(1, -1).includes('{');
    const rewritten = widened
      ? `${pattern.slice(0, -1)},${SHA256_EXCLUSION}}`
      : `{${pattern},${SHA256_EXCLUSION}}`;
    return {
      tag: { decoration: 'excludes', pattern: rewritten },
      note: `tag exclusion "${pattern}" widened to "${rewritten}" so sha256-* signature and referrer-fallback tags stay mutable (Harbor issue 17332)`,
    };
  }
  if (!hitsSha) return { tag: { decoration: 'matches', pattern } };
  if (pattern === '**' || pattern === '*') {
    return {
      tag: { decoration: 'excludes', pattern: SHA256_EXCLUSION },
      note: `tag pattern "${pattern}" written as "excludes ${SHA256_EXCLUSION}" (every tag but sha256-*) so signature and referrer-fallback tags stay mutable (Harbor issue 17332)`,
    };
  }
  return fail(
    path,
    `tag pattern "${pattern}" would make cosign's sha256-* signature and referrer-fallback tags immutable (Harbor issue 17332) and Harbor reads only one tag selector; use a pattern that cannot match "sha256-…", "**", or an "excludes" pattern`,
  );
}

function keepOf(keep: RetentionKeep): { template: string; value: number | null } {
  if (keep === 'always') return { template: 'always', value: null };
  if (keep.latest_pushed !== undefined) return { template: 'latestPushedK', value: keep.latest_pushed };
  if (keep.latest_pulled !== undefined) return { template: 'latestPulledN', value: keep.latest_pulled };
  if (keep.pushed_within_days !== undefined)
    return { template: 'nDaysSinceLastPush', value: keep.pushed_within_days };
  return { template: 'nDaysSinceLastPull', value: keep.pulled_within_days ?? 0 };
}

// ---- to and from Harbor's bodies ------------------------------------------------

export function immutableRuleBody(rule: DesiredImmutableRule): ImmutableRule {
  return {
    disabled: rule.disabled,
    priority: 0,
    action: 'immutable',
    template: 'immutable_template',
    tag_selectors: [{ kind: 'doublestar', decoration: rule.tag.decoration, pattern: rule.tag.pattern }],
    scope_selectors: {
      repository: [
        { kind: 'doublestar', decoration: rule.repository.decoration, pattern: rule.repository.pattern },
      ],
    },
  };
}

/** What Harbor holds, reduced the same way; undefined when the rule is not one lading could have written. */
export function immutableRuleOf(rule: ImmutableRule): DesiredImmutableRule | undefined {
  const tag = rule.tag_selectors?.[0];
  const repo = rule.scope_selectors?.repository?.[0];
  if (!tag || (tag.decoration !== 'matches' && tag.decoration !== 'excludes')) return undefined;
  const repository: DesiredImmutableRule['repository'] =
    repo?.decoration === 'repoMatches' || repo?.decoration === 'repoExcludes'
      ? { decoration: repo.decoration, pattern: repo.pattern }
      : { decoration: 'repoMatches', pattern: '**' };
  return {
    tag: { decoration: tag.decoration, pattern: tag.pattern },
    repository,
    disabled: rule.disabled ?? false,
  };
}

export function immutableRuleKey(rule: Pick<DesiredImmutableRule, 'tag' | 'repository'>): string {
  return `${rule.repository.decoration === 'repoMatches' ? 'repositories' : 'repositories except'} ${rule.repository.pattern}, tags ${rule.tag.decoration === 'matches' ? '' : 'except '}${rule.tag.pattern}`;
}

export function retentionRuleBody(rule: DesiredRetentionRule): RetentionRule {
  const tagSelector: Selector = {
    kind: 'doublestar',
    decoration: rule.tag.decoration,
    pattern: rule.tag.pattern,
    extras: JSON.stringify({ untagged: rule.tag.untagged }),
  };
  return {
    disabled: rule.disabled,
    action: 'retain',
    template: rule.template,
    params: rule.value === null ? {} : { [rule.template]: rule.value },
    tag_selectors: [tagSelector],
    scope_selectors: {
      repository: [
        { kind: 'doublestar', decoration: rule.repository.decoration, pattern: rule.repository.pattern },
      ],
    },
  };
}

export function retentionRuleOf(rule: RetentionRule): DesiredRetentionRule {
  const tag = rule.tag_selectors?.[0];
  const repo = rule.scope_selectors?.repository?.[0];
  const decoration = tag?.decoration === 'excludes' ? 'excludes' : 'matches';
  let untagged = decoration === 'matches';
  try {
    const extras = tag?.extras ? (JSON.parse(tag.extras) as { untagged?: unknown }) : {};
    if (typeof extras.untagged === 'boolean') untagged = extras.untagged;
  } catch {
    // Harbor stores extras verbatim; an unreadable value means Harbor's default.
  }
  const raw = rule.params?.[rule.template ?? ''];
  return {
    template: rule.template ?? '',
    value: rule.template === 'always' || raw === undefined ? null : Number(raw),
    tag: { decoration, pattern: tag?.pattern ?? '**', untagged },
    repository: {
      decoration: repo?.decoration === 'repoExcludes' ? 'repoExcludes' : 'repoMatches',
      pattern: repo?.pattern ?? '**',
    },
    disabled: rule.disabled ?? false,
  };
}
