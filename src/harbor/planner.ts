import type { ImmutableRule, Robot, WebhookPolicy } from './api-types.js';
import type { CurrentProject, CurrentState } from './current-state.js';
import {
  type DesiredAllowlist,
  type DesiredImmutableRule,
  type DesiredProject,
  type DesiredRetention,
  type DesiredRobot,
  type DesiredState,
  type DesiredWebhook,
  immutableRuleKey,
  immutableRuleOf,
  MetaKey,
  retentionRuleOf,
  SEVERITY_ORDER,
} from './desired.js';
import type { Severity } from './policy-types.js';

// Current vs desired, per project and resource, as a typed Plan. Pure: no
// calls to Harbor, so a plan can be tested from two values. Resources Harbor
// has and the file does not list are shown as unmanaged and deleted only with
// prune.

export type Op =
  | { type: 'scan-all'; exists: boolean; cron: string | null }
  | { type: 'system-allowlist'; allowlist: DesiredAllowlist }
  | {
      type: 'create-project';
      project: string;
      metadata: Record<string, string>;
      allowlist?: DesiredAllowlist;
    }
  | { type: 'set-metadata'; project: string; key: string; value: string; exists: boolean }
  | { type: 'set-allowlist'; project: string; allowlist: DesiredAllowlist }
  | { type: 'create-immutable-rule'; project: string; rule: DesiredImmutableRule }
  | {
      type: 'update-immutable-rule';
      project: string;
      id: number;
      rule: DesiredImmutableRule;
      current: ImmutableRule;
    }
  | { type: 'delete-immutable-rule'; project: string; id: number }
  | { type: 'create-retention'; project: string; retention: DesiredRetention }
  | { type: 'update-retention'; project: string; id: number; retention: DesiredRetention }
  | { type: 'create-robot'; project: string; robot: DesiredRobot }
  | { type: 'update-robot'; project: string; robot: DesiredRobot; current: Robot }
  | { type: 'delete-robot'; project: string; id: number }
  | { type: 'create-webhook'; project: string; webhook: DesiredWebhook }
  | { type: 'update-webhook'; project: string; id: number; webhook: DesiredWebhook }
  | { type: 'delete-webhook'; project: string; id: number };

export type ResourceKind =
  | 'scan-all schedule'
  | 'system CVE allowlist'
  | 'project'
  | 'metadata'
  | 'CVE allowlist'
  | 'immutability rule'
  | 'retention policy'
  | 'robot'
  | 'webhook';

/**
 * Order of application inside a project. Loosening a gate comes first and
 * tightening last, so a half-applied policy never blocks more than either
 * the old or the new one would.
 */
export const Phase = {
  system: 0,
  createProject: 10,
  loosenGate: 20,
  allowlist: 30,
  metadata: 40,
  immutability: 50,
  immutabilityDelete: 55,
  retention: 60,
  webhook: 70,
  robot: 80,
  tightenGate: 90,
} as const;

export interface Change {
  /** 'system' or the project name. */
  scope: string;
  resource: ResourceKind;
  /** Identifies the resource within its scope, e.g. a robot's name or a metadata key. */
  name: string;
  action: 'create' | 'update' | 'delete';
  /** Field by field: `auto_scan: "false" → "true"`. Never a secret. */
  details: string[];
  /** Why lading wrote something other than the file says (e.g. the sha256-* exclusion). */
  notes: string[];
  phase: number;
  op: Op;
}

export interface Unmanaged {
  scope: string;
  resource: ResourceKind;
  name: string;
}

export interface Plan {
  changes: Change[];
  /** In Harbor, not in the file, kept because prune is off. */
  unmanaged: Unmanaged[];
  /** Rewrites lading made, listed once for the reader of the plan. */
  notes: string[];
  warnings: string[];
  prune: boolean;
}

export interface PlanOptions {
  prune: boolean;
  warnings?: string[];
}

const GATE_KEYS = new Set<string>([MetaKey.preventVul, MetaKey.cosign, MetaKey.notation]);

export function planChanges(desired: DesiredState, current: CurrentState, options: PlanOptions): Plan {
  const plan: Plan = {
    changes: [],
    unmanaged: [],
    notes: [],
    warnings: [...(options.warnings ?? [])],
    prune: options.prune,
  };
  planSystem(desired, current, plan);
  for (const want of desired.projects) {
    planProject(want, current.projects.get(want.name) ?? { name: want.name }, plan);
  }
  // The sha256-* rewrite is stated for every rule it touched, changed or not.
  const notes = new Set<string>();
  for (const want of desired.projects) {
    for (const rule of want.immutableRules ?? []) if (rule.note) notes.add(`${want.name}: ${rule.note}`);
  }
  for (const c of plan.changes) {
    if (c.resource !== 'immutability rule') for (const n of c.notes) notes.add(`${c.scope}: ${n}`);
  }
  plan.notes = [...notes];
  plan.changes = inApplyOrder(plan.changes);
  return plan;
}

function planSystem(desired: DesiredState, current: CurrentState, plan: Plan): void {
  const cron = desired.system.scanAllCron;
  const scanAll = current.system.scanAll;
  if (cron !== undefined && scanAll) {
    const same = cron === null ? !scanAll.exists : scanAll.exists && scanAll.cron === cron;
    if (!same) {
      plan.changes.push({
        scope: 'system',
        resource: 'scan-all schedule',
        name: 'scan-all',
        action: scanAll.exists ? (cron === null ? 'delete' : 'update') : 'create',
        details: [
          `schedule: ${scanAll.exists ? `"${scanAll.cron}"` : 'none'} → ${cron === null ? 'none' : `"${cron}"`}`,
        ],
        notes: [],
        phase: Phase.system,
        op: { type: 'scan-all', exists: scanAll.exists, cron },
      });
    }
  }
  const list = desired.system.allowlist;
  if (list && current.system.allowlist && !sameAllowlist(list, current.system.allowlist)) {
    plan.changes.push({
      scope: 'system',
      resource: 'system CVE allowlist',
      name: 'CVE allowlist',
      action: 'update',
      details: allowlistDiff(current.system.allowlist, list),
      notes: [],
      phase: Phase.system,
      op: { type: 'system-allowlist', allowlist: list },
    });
  }
}

function planProject(want: DesiredProject, have: CurrentProject, plan: Plan): void {
  const scope = want.name;
  const push = (c: Omit<Change, 'scope' | 'notes'> & { notes?: string[] }) =>
    plan.changes.push({ scope, notes: [], ...c });
  const exists = have.project !== undefined;
  const currentMeta = normaliseMetadata(have.project?.metadata ?? {});

  const createMeta: Record<string, string> = {};
  for (const [key, value] of Object.entries(want.metadata)) {
    const before = currentMeta[key];
    if (effective(key, before) === value) continue;
    const direction = gateDirection(key, before, value, want.metadata);
    if (!exists && direction !== 'tighten') {
      createMeta[key] = value;
      continue;
    }
    push({
      resource: 'metadata',
      name: key,
      action: before === undefined ? 'create' : 'update',
      details: [`${key}: ${describeMeta(key, before)} → "${value}"`],
      phase:
        direction === 'tighten'
          ? Phase.tightenGate
          : direction === 'loosen'
            ? Phase.loosenGate
            : Phase.metadata,
      op: { type: 'set-metadata', project: scope, key, value, exists: before !== undefined },
    });
  }

  if (!exists) {
    plan.changes.push({
      scope,
      resource: 'project',
      name: scope,
      action: 'create',
      details: [
        ...Object.entries(createMeta).map(([k, v]) => `${k}: "${v}"`),
        ...(want.allowlist ? allowlistDiff(undefined, want.allowlist) : []),
      ],
      notes: [],
      phase: Phase.createProject,
      op: {
        type: 'create-project',
        project: scope,
        metadata: createMeta,
        ...(want.allowlist ? { allowlist: want.allowlist } : {}),
      },
    });
  } else if (want.allowlist) {
    const before = allowlistOfProject(have);
    if (!sameAllowlist(want.allowlist, before)) {
      push({
        resource: 'CVE allowlist',
        name: 'CVE allowlist',
        action: 'update',
        details: allowlistDiff(before, want.allowlist),
        phase: Phase.allowlist,
        op: { type: 'set-allowlist', project: scope, allowlist: want.allowlist },
      });
    }
  }

  if (want.immutableRules) planImmutable(want, have, plan);
  if (want.retention) planRetention(want.retention, have, scope, push);
  if (want.robots) planRobots(want.robots, have, plan);
  if (want.webhooks) planWebhooks(want.webhooks, have, plan);
}

// ---- metadata ---------------------------------------------------------------------

function normaliseMetadata(meta: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) {
    const lower = String(v).toLowerCase();
    // Harbor's isTrue accepts "1" and any case (project.go:278-286).
    out[k] = lower === '1' ? 'true' : lower === '0' ? 'false' : k === MetaKey.severity ? lower : String(v);
  }
  return out;
}

/** The value Harbor acts on: a missing reuse_sys_cve_allowlist counts as true, other flags as false. */
function effective(key: string, value: string | undefined): string | undefined {
  if (value !== undefined) return value;
  if (key === MetaKey.reuseSysAllowlist) return 'true';
  if (key === MetaKey.severity) return undefined;
  return 'false';
}

function describeMeta(key: string, value: string | undefined): string {
  if (value !== undefined) return `"${value}"`;
  const implied = effective(key, undefined);
  return implied === undefined ? '(unset)' : `(unset, means "${implied}")`;
}

function gateDirection(
  key: string,
  before: string | undefined,
  after: string,
  desiredMeta: Record<string, string>,
): 'tighten' | 'loosen' | 'neutral' {
  if (GATE_KEYS.has(key)) return after === 'true' ? 'tighten' : 'loosen';
  if (key === MetaKey.severity) {
    if (desiredMeta[MetaKey.preventVul] !== 'true') return 'neutral';
    const from = SEVERITY_ORDER.indexOf(before as Severity);
    const to = SEVERITY_ORDER.indexOf(after as Severity);
    return from === -1 || to < from ? 'tighten' : 'loosen';
  }
  return 'neutral';
}

// ---- allowlists --------------------------------------------------------------------

function allowlistOfProject(have: CurrentProject): DesiredAllowlist {
  const list = have.project?.cve_allowlist;
  return { items: (list?.items ?? []).map((i) => i.cve_id).sort(), expiresAt: list?.expires_at ?? null };
}

function sameAllowlist(a: DesiredAllowlist, b: DesiredAllowlist): boolean {
  return a.expiresAt === b.expiresAt && a.items.join(',') === b.items.join(',');
}

function allowlistDiff(before: DesiredAllowlist | undefined, after: DesiredAllowlist): string[] {
  const had = new Set(before?.items ?? []);
  const wants = new Set(after.items);
  const out: string[] = [];
  for (const id of after.items) if (!had.has(id)) out.push(`+ ${id}`);
  for (const id of before?.items ?? []) if (!wants.has(id)) out.push(`- ${id}`);
  if ((before?.expiresAt ?? null) !== after.expiresAt || before === undefined) {
    out.push(`expires_at: ${expiry(before?.expiresAt ?? null)} → ${expiry(after.expiresAt)}`);
  }
  return out;
}

function expiry(at: number | null): string {
  return at === null ? 'never' : new Date(at * 1000).toISOString();
}

// ---- immutability rules -----------------------------------------------------------

function planImmutable(want: DesiredProject, have: CurrentProject, plan: Plan): void {
  const scope = want.name;
  const current = (have.immutableRules ?? []).map((r) => ({ raw: r, rule: immutableRuleOf(r) }));
  const matched = new Set<number>();
  for (const rule of want.immutableRules ?? []) {
    const key = immutableRuleKey(rule);
    const found = current.find((c) => c.rule && immutableRuleKey(c.rule) === key);
    const notes = rule.note ? [rule.note] : [];
    if (!found) {
      plan.changes.push({
        scope,
        resource: 'immutability rule',
        name: key,
        action: 'create',
        details: rule.disabled ? ['disabled: true'] : [],
        notes,
        phase: Phase.immutability,
        op: { type: 'create-immutable-rule', project: scope, rule },
      });
      continue;
    }
    matched.add(found.raw.id ?? -1);
    if ((found.rule?.disabled ?? false) !== rule.disabled) {
      plan.changes.push({
        scope,
        resource: 'immutability rule',
        name: key,
        action: 'update',
        details: [`disabled: ${!rule.disabled} → ${rule.disabled}`],
        notes,
        phase: Phase.immutability,
        op: {
          type: 'update-immutable-rule',
          project: scope,
          id: found.raw.id ?? 0,
          rule,
          current: found.raw,
        },
      });
    }
  }
  for (const c of current) {
    if (matched.has(c.raw.id ?? -1)) continue;
    const name = c.rule ? immutableRuleKey(c.rule) : `rule ${c.raw.id}`;
    extra(plan, scope, 'immutability rule', name, {
      type: 'delete-immutable-rule',
      project: scope,
      id: c.raw.id ?? 0,
    });
  }
}

function extra(plan: Plan, scope: string, resource: ResourceKind, name: string, op: Op): void {
  if (!plan.prune) {
    plan.unmanaged.push({ scope, resource, name });
    return;
  }
  plan.changes.push({
    scope,
    resource,
    name,
    action: 'delete',
    details: ['not in the policy file (prune)'],
    notes: [],
    phase:
      resource === 'immutability rule'
        ? Phase.immutabilityDelete
        : resource === 'robot'
          ? Phase.robot
          : Phase.webhook,
    op,
  });
}

// ---- retention ----------------------------------------------------------------------

function planRetention(
  want: DesiredRetention,
  have: CurrentProject,
  scope: string,
  push: (c: Omit<Change, 'scope' | 'notes'>) => void,
): void {
  const describe = (r: DesiredRetention['rules'][number]) =>
    `${r.disabled ? '[disabled] ' : ''}keep ${r.template}${r.value === null ? '' : `=${r.value}`} of repositories ${r.repository.decoration === 'repoExcludes' ? 'except ' : ''}${r.repository.pattern}, tags ${r.tag.decoration === 'excludes' ? 'except ' : ''}${r.tag.pattern}${r.tag.untagged ? ' (+untagged)' : ''}`;
  const wantRules = want.rules.map(describe);
  if (!have.retention) {
    push({
      resource: 'retention policy',
      name: 'retention',
      action: 'create',
      details: [
        `schedule: ${want.cron === '' ? 'none' : `"${want.cron}"`}`,
        ...wantRules.map((r) => `+ ${r}`),
      ],
      phase: Phase.retention,
      op: { type: 'create-retention', project: scope, retention: want },
    });
    return;
  }
  const policy = have.retention.policy;
  const cron = String(policy.trigger?.settings?.cron ?? '');
  const haveRules = (policy.rules ?? []).map((r) => describe(retentionRuleOf(r)));
  const details: string[] = [];
  if (cron !== want.cron)
    details.push(
      `schedule: ${cron === '' ? 'none' : `"${cron}"`} → ${want.cron === '' ? 'none' : `"${want.cron}"`}`,
    );
  for (const r of wantRules) if (!haveRules.includes(r)) details.push(`+ ${r}`);
  for (const r of haveRules) if (!wantRules.includes(r)) details.push(`- ${r}`);
  if (details.length === 0) return;
  push({
    resource: 'retention policy',
    name: 'retention',
    action: 'update',
    details,
    phase: Phase.retention,
    op: { type: 'update-retention', project: scope, id: have.retention.id, retention: want },
  });
}

// ---- robots ---------------------------------------------------------------------------

/** `robot$apps+ci-push` → `ci-push`; undefined for a robot of another project. */
export function robotShortName(fullName: string, project: string): string | undefined {
  const marker = `${project}+`;
  const at = fullName.indexOf(marker);
  return at === -1 ? undefined : fullName.slice(at + marker.length);
}

function accessOf(robot: Robot, project: string): string[] {
  const perm =
    robot.permissions?.find((p) => p.kind === 'project' && p.namespace === project) ?? robot.permissions?.[0];
  return (perm?.access ?? []).map((a) => `${a.resource}:${a.action}`).sort();
}

function planRobots(want: DesiredRobot[], have: CurrentProject, plan: Plan): void {
  const scope = have.name;
  const current = have.robots ?? [];
  const matched = new Set<number>();
  for (const robot of want) {
    const found = current.find((r) => robotShortName(r.name, scope) === robot.name);
    if (!found) {
      plan.changes.push({
        scope,
        resource: 'robot',
        name: robot.name,
        action: 'create',
        details: [
          `permissions: ${robot.access.join(', ')}`,
          `duration: ${robot.duration === -1 ? 'never expires' : `${robot.duration} days`}`,
          ...(robot.disabled ? ['disabled: true'] : []),
          'secret: returned once by Harbor, masked in outputs',
        ],
        notes: [],
        phase: Phase.robot,
        op: { type: 'create-robot', project: scope, robot },
      });
      continue;
    }
    matched.add(found.id);
    const details: string[] = [];
    if ((found.description ?? '') !== robot.description) {
      details.push(`description: "${found.description ?? ''}" → "${robot.description}"`);
    }
    if ((found.duration ?? -1) !== robot.duration)
      details.push(`duration: ${found.duration ?? -1} → ${robot.duration}`);
    if ((found.disable ?? false) !== robot.disabled)
      details.push(`disabled: ${found.disable ?? false} → ${robot.disabled}`);
    const access = accessOf(found, scope);
    for (const a of robot.access) if (!access.includes(a)) details.push(`+ ${a}`);
    for (const a of access) if (!robot.access.includes(a)) details.push(`- ${a}`);
    if (details.length > 0) {
      plan.changes.push({
        scope,
        resource: 'robot',
        name: robot.name,
        action: 'update',
        details,
        notes: [],
        phase: Phase.robot,
        op: { type: 'update-robot', project: scope, robot, current: found },
      });
    }
  }
  for (const r of current) {
    if (matched.has(r.id)) continue;
    extra(plan, scope, 'robot', robotShortName(r.name, scope) ?? r.name, {
      type: 'delete-robot',
      project: scope,
      id: r.id,
    });
  }
}

// ---- webhooks -------------------------------------------------------------------------

/** Harbor keeps scheme, host and path of a webhook address and drops the query (webhook.go:411-415). */
export function normaliseAddress(address: string): string {
  try {
    const u = new URL(address);
    return `${u.protocol}//${u.host}${u.pathname === '/' && !address.endsWith('/') ? '' : u.pathname}`;
  } catch {
    return address;
  }
}

function planWebhooks(want: DesiredWebhook[], have: CurrentProject, plan: Plan): void {
  const scope = have.name;
  const current = have.webhooks ?? [];
  const matched = new Set<number>();
  for (const hook of want) {
    const found = current.find((w) => w.name === hook.name);
    const address = normaliseAddress(hook.target.address);
    if (!found) {
      plan.changes.push({
        scope,
        resource: 'webhook',
        name: hook.name,
        action: 'create',
        details: [`events: ${hook.eventTypes.join(', ')}`, `target: ${hook.target.type} ${address}`],
        notes:
          address !== hook.target.address
            ? [`webhook ${hook.name}: Harbor drops the query string, address stored as ${address}`]
            : [],
        phase: Phase.webhook,
        op: { type: 'create-webhook', project: scope, webhook: hook },
      });
      continue;
    }
    matched.add(found.id ?? -1);
    const details = webhookDiff(found, hook, address);
    if (details.length > 0) {
      plan.changes.push({
        scope,
        resource: 'webhook',
        name: hook.name,
        action: 'update',
        details,
        notes: [],
        phase: Phase.webhook,
        op: { type: 'update-webhook', project: scope, id: found.id ?? 0, webhook: hook },
      });
    }
  }
  for (const w of current) {
    if (matched.has(w.id ?? -1)) continue;
    extra(plan, scope, 'webhook', w.name, { type: 'delete-webhook', project: scope, id: w.id ?? 0 });
  }
}

function webhookDiff(found: WebhookPolicy, hook: DesiredWebhook, address: string): string[] {
  const details: string[] = [];
  if (found.enabled !== hook.enabled) details.push(`enabled: ${found.enabled} → ${hook.enabled}`);
  const events = [...(found.event_types ?? [])].sort();
  for (const e of hook.eventTypes) if (!events.includes(e)) details.push(`+ event ${e}`);
  for (const e of events) if (!hook.eventTypes.includes(e)) details.push(`- event ${e}`);
  const t = found.targets?.[0];
  if (!t || t.type !== hook.target.type) details.push(`type: ${t?.type ?? '(none)'} → ${hook.target.type}`);
  if (t?.address !== address) details.push(`address: ${t?.address ?? '(none)'} → ${address}`);
  if ((t?.payload_format || undefined) !== hook.target.payloadFormat) {
    details.push(
      `payload_format: ${t?.payload_format || '(none)'} → ${hook.target.payloadFormat ?? '(none)'}`,
    );
  }
  if ((t?.skip_cert_verify ?? false) !== hook.target.skipCertVerify) {
    details.push(`skip_cert_verify: ${t?.skip_cert_verify ?? false} → ${hook.target.skipCertVerify}`);
  }
  return details;
}

/** System first, then projects in file order, each in the order apply will use. */
export function inApplyOrder(changes: readonly Change[]): Change[] {
  const scopes: string[] = ['system'];
  for (const c of changes) if (!scopes.includes(c.scope)) scopes.push(c.scope);
  return [...changes].sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope) || a.phase - b.phase);
}
