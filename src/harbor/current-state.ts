import type { ImmutableRule, Project, RetentionPolicy, Robot, Schedule, WebhookPolicy } from './api-types.js';
import type { HarborClient } from './client.js';
import type { DesiredAllowlist, DesiredState } from './desired.js';

// What Harbor holds now, read only for the resources the policy file manages,
// so a plan needs no rights beyond those an apply would need anyway.

export interface CurrentProject {
  name: string;
  /** undefined when the project does not exist yet. */
  project?: Project;
  immutableRules?: ImmutableRule[];
  retention?: { id: number; policy: RetentionPolicy };
  robots?: Robot[];
  webhooks?: WebhookPolicy[];
}

export interface CurrentState {
  system: {
    scanAll?: { exists: boolean; cron: string | null; type?: string };
    allowlist?: DesiredAllowlist;
  };
  projects: Map<string, CurrentProject>;
}

export async function readCurrentState(client: HarborClient, desired: DesiredState): Promise<CurrentState> {
  const state: CurrentState = { system: {}, projects: new Map() };
  if (desired.system.scanAllCron !== undefined)
    state.system.scanAll = scanAllOf(await client.getScanAllSchedule());
  if (desired.system.allowlist) {
    const list = await client.getSystemAllowlist();
    state.system.allowlist = {
      items: (list.items ?? []).map((i) => i.cve_id).sort(),
      expiresAt: list.expires_at ?? null,
    };
  }
  for (const want of desired.projects) {
    const current: CurrentProject = { name: want.name };
    state.projects.set(want.name, current);
    const project = await client.getProject(want.name);
    if (!project) continue;
    current.project = project;
    if (want.immutableRules) current.immutableRules = await client.listImmutableRules(want.name);
    const retentionId = Number(project.metadata?.retention_id);
    if (want.retention && Number.isInteger(retentionId) && retentionId > 0) {
      current.retention = { id: retentionId, policy: await client.getRetention(retentionId) };
    }
    if (want.robots) current.robots = await client.listProjectRobots(project.project_id);
    if (want.webhooks) current.webhooks = await client.listWebhooks(want.name);
  }
  return state;
}

function scanAllOf(schedule: Schedule): CurrentState['system']['scanAll'] {
  const type = schedule.schedule?.type;
  // Harbor deletes the schedule on PUT None, so an empty answer and None both mean "unscheduled".
  if (!type || type === 'None') return { exists: false, cron: null };
  return { exists: true, cron: schedule.schedule?.cron ?? null, type };
}
