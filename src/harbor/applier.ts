import { describeError, RegistryError } from '../errors.js';
import type { CveAllowlist, ImmutableRule, Robot, WebhookPolicy } from './api-types.js';
import type { HarborClient } from './client.js';
import {
  type DesiredAllowlist,
  type DesiredRetention,
  type DesiredWebhook,
  immutableRuleBody,
  retentionRuleBody,
} from './desired.js';
import { type Change, inApplyOrder, type Op, Phase, type Plan } from './planner.js';

// Carries a Plan out against Harbor, one change at a time in a safe order
// (system, then each project: loosen gates, allowlists, settings, rules,
// robots, tighten gates). A failure does not stop the run: every change is
// reported as applied, failed or skipped, so a rerun after fixing the cause
// only does what is left (apply is idempotent because it starts from a plan).

export type OutcomeStatus = 'applied' | 'failed' | 'skipped';

export interface ApplyOutcome {
  change: Change;
  status: OutcomeStatus;
  /** One line: Harbor's own error, or why the change was skipped. Never a secret. */
  reason?: string;
}

/** A robot secret Harbor showed once; callers mask it and hand it on, never print it. */
export interface RobotSecret {
  project: string;
  robot: string;
  /** The login name, e.g. `robot$apps+ci-push`. */
  username: string;
  secret: string;
}

export interface ApplyResult {
  outcomes: ApplyOutcome[];
  secrets: RobotSecret[];
  ok: boolean;
}

export interface ApplyOptions {
  /** Told about each change as it is made; for logs. */
  onProgress?: (message: string) => void;
}

export async function applyPlan(
  client: HarborClient,
  plan: Plan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const outcomes: ApplyOutcome[] = [];
  const secrets: RobotSecret[] = [];
  const failedCreate = new Set<string>();
  const failedScope = new Set<string>();
  const projectIds = new Map<string, number>();

  for (const change of inApplyOrder(plan.changes)) {
    const label = `${change.scope}: ${change.action} ${change.resource} ${change.name}`;
    if (failedCreate.has(change.scope)) {
      outcomes.push({ change, status: 'skipped', reason: `project ${change.scope} could not be created` });
      continue;
    }
    if (change.phase === Phase.tightenGate && failedScope.has(change.scope)) {
      outcomes.push({
        change,
        status: 'skipped',
        reason: 'not tightened because an earlier change in this project failed',
      });
      continue;
    }
    try {
      const secret = await applyOp(client, change.op, projectIds);
      if (secret) secrets.push(secret);
      outcomes.push({ change, status: 'applied' });
      options.onProgress?.(`applied ${label}`);
    } catch (err) {
      outcomes.push({ change, status: 'failed', reason: describeError(err) });
      failedScope.add(change.scope);
      if (change.op.type === 'create-project') failedCreate.add(change.scope);
      options.onProgress?.(`failed ${label}: ${describeError(err)}`);
    }
  }
  return { outcomes, secrets, ok: outcomes.every((o) => o.status === 'applied') };
}

async function applyOp(
  client: HarborClient,
  op: Op,
  projectIds: Map<string, number>,
  // biome-ignore lint/suspicious/noConfusingVoidType: only robot creation answers with something (its secret).
): Promise<RobotSecret | void> {
  switch (op.type) {
    case 'scan-all':
      return applyScanAll(client, op.exists, op.cron);
    case 'system-allowlist':
      return client.putSystemAllowlist(allowlistBody(op.allowlist));
    case 'create-project':
      return client.createProject({
        project_name: op.project,
        metadata: op.metadata,
        ...(op.allowlist ? { cve_allowlist: allowlistBody(op.allowlist) } : {}),
      });
    case 'set-metadata':
      return setMetadata(client, op.project, op.key, op.value, op.exists);
    case 'set-allowlist':
      return client.updateProject(op.project, { cve_allowlist: allowlistBody(op.allowlist) });
    case 'create-immutable-rule':
      return client.createImmutableRule(op.project, immutableRuleBody(op.rule));
    case 'update-immutable-rule':
      return updateImmutableRule(client, op.project, op.id, op.current, immutableRuleBody(op.rule));
    case 'delete-immutable-rule':
      return client.deleteImmutableRule(op.project, op.id);
    case 'create-retention': {
      const id = await projectId(client, op.project, projectIds);
      await client.createRetention(retentionBody(op.retention, id));
      return;
    }
    case 'update-retention': {
      const id = await projectId(client, op.project, projectIds);
      return client.updateRetention(op.id, retentionBody(op.retention, id));
    }
    case 'create-robot': {
      const created = await client.createRobot({
        name: op.robot.name,
        description: op.robot.description,
        level: 'project',
        disable: op.robot.disabled,
        duration: op.robot.duration,
        permissions: [{ kind: 'project', namespace: op.project, access: accessBody(op.robot.access) }],
      });
      return { project: op.project, robot: op.robot.name, username: created.name, secret: created.secret };
    }
    case 'update-robot': {
      const { secret: _secret, ...current } = op.current as Robot & { secret?: string };
      return client.updateRobot({
        ...current,
        description: op.robot.description,
        duration: op.robot.duration,
        disable: op.robot.disabled,
        permissions: [{ kind: 'project', namespace: op.project, access: accessBody(op.robot.access) }],
      });
    }
    case 'delete-robot':
      return client.deleteRobot(op.id);
    case 'create-webhook':
      return client.createWebhook(op.project, webhookBody(op.webhook));
    case 'update-webhook':
      return client.updateWebhook(op.project, op.id, webhookBody(op.webhook));
    case 'delete-webhook':
      return client.deleteWebhook(op.project, op.id);
  }
}

/**
 * The metadatas endpoints take one key per call, and POST answers 409 when the
 * key exists (metadata/dao/dao.go:66): a key seen in the plan is PUT, a new one
 * POSTed, and a 409 (someone added it since the plan) falls back to PUT.
 */
async function setMetadata(
  client: HarborClient,
  project: string,
  key: string,
  value: string,
  exists: boolean,
) {
  if (exists) return client.updateProjectMetadata(project, key, value);
  try {
    await client.addProjectMetadata(project, key, value);
  } catch (err) {
    if (err instanceof RegistryError && err.status === 409)
      return client.updateProjectMetadata(project, key, value);
    throw err;
  }
}

/**
 * A PUT that flips `disabled` makes Harbor ignore the rule's other changes
 * (controller/immutable/controller.go:89-101), so content and flag go in two
 * calls: first the content with the stored flag, then the flag.
 */
async function updateImmutableRule(
  client: HarborClient,
  project: string,
  id: number,
  current: ImmutableRule,
  wanted: ImmutableRule,
): Promise<void> {
  const storedDisabled = current.disabled ?? false;
  const content = (r: ImmutableRule) =>
    JSON.stringify([r.tag_selectors, r.scope_selectors, r.action, r.template]);
  if (content(current) !== content(wanted)) {
    await client.updateImmutableRule(project, id, { ...wanted, disabled: storedDisabled });
  }
  if (storedDisabled !== (wanted.disabled ?? false)) {
    await client.updateImmutableRule(project, id, wanted);
  }
}

/** POST the first time; Harbor answers 412 to a second POST, so then PUT (scan_all.go). */
async function applyScanAll(client: HarborClient, exists: boolean, cron: string | null): Promise<void> {
  if (cron === null) return client.updateScanAllSchedule({ schedule: { type: 'None' } });
  // Harbor validates the cron for every type but Manual, so Custom with the cron is always sent.
  const body = { schedule: { type: 'Custom', cron } };
  if (exists) return client.updateScanAllSchedule(body);
  try {
    await client.createScanAllSchedule(body);
  } catch (err) {
    if (err instanceof RegistryError && err.status === 412 && err.codes.includes('PRECONDITION')) {
      const schedule = await client.getScanAllSchedule();
      if (schedule.schedule?.type && schedule.schedule.type !== 'None')
        return client.updateScanAllSchedule(body);
    }
    throw err;
  }
}

async function projectId(client: HarborClient, project: string, cache: Map<string, number>): Promise<number> {
  const known = cache.get(project);
  if (known !== undefined) return known;
  const found = await client.getProject(project);
  if (!found) throw new RegistryError(`Harbor project ${project} not found`, 404, ['NOT_FOUND']);
  cache.set(project, found.project_id);
  return found.project_id;
}

function allowlistBody(list: DesiredAllowlist): CveAllowlist {
  // expires_at left out means "never"; the PUT replaces the whole list.
  return {
    items: list.items.map((cve_id) => ({ cve_id })),
    ...(list.expiresAt === null ? {} : { expires_at: list.expiresAt }),
  };
}

function retentionBody(retention: DesiredRetention, projectId: number) {
  return {
    algorithm: 'or',
    rules: retention.rules.map(retentionRuleBody),
    trigger: { kind: 'Schedule', settings: { cron: retention.cron }, references: {} },
    scope: { level: 'project', ref: projectId },
  };
}

function accessBody(access: readonly string[]) {
  return access.map((a) => {
    const [resource, action] = a.split(':') as [string, string];
    return { resource, action };
  });
}

function webhookBody(hook: DesiredWebhook): WebhookPolicy {
  return {
    name: hook.name,
    enabled: hook.enabled,
    event_types: hook.eventTypes,
    targets: [
      {
        type: hook.target.type,
        address: hook.target.address,
        skip_cert_verify: hook.target.skipCertVerify,
        ...(hook.target.payloadFormat ? { payload_format: hook.target.payloadFormat } : {}),
      },
    ],
  };
}
