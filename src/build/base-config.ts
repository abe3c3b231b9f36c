import { InputError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import type { Platform } from '../oci/types.js';

/** What the user changes on top of the base image's runtime config. */
export interface ConfigChanges {
  entrypoint?: string[];
  cmd?: string[];
  /** `NAME=VALUE`; a name the base already sets is replaced in place, others are appended. */
  env?: string[];
  workingDir?: string;
  user?: string;
  /** `PORT[/PROTO]`, added to the base's. */
  exposedPorts?: string[];
  /** Merged over the base's labels. */
  labels?: Record<string, string>;
  stopSignal?: string;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface DerivedConfigInput {
  /** The base image's config object as read, or undefined for FROM scratch. */
  base?: Record<string, unknown>;
  changes: ConfigChanges;
  platform: Platform;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH). */
  created: number;
  /** diff_ids of the new layers, in order, appended to the base's. */
  diffIds: Digest[];
  /** One `created_by` per new layer. */
  createdBy: string[];
}

export interface DerivedConfig {
  config: Record<string, unknown>;
  /** Things of the base lading cannot honour, for the caller to report. */
  warnings: string[];
}

const PORT_RE = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
const SIGNAL_RE = /^(?:SIG[A-Z0-9+-]+|\d{1,2})$/;

/**
 * The new image's config: the base's runtime config (Env, Entrypoint, Cmd,
 * WorkingDir, User, ExposedPorts, Labels, StopSignal, and whatever else it
 * carries such as Healthcheck or Volumes) with the user's changes, and the
 * base's diff_ids and history followed by one entry per new layer. Keys are
 * written in a fixed order so the same input always gives the same bytes.
 */
export function deriveConfig(input: DerivedConfigInput): DerivedConfig {
  const warnings: string[] = [];
  const base = input.base ?? {};
  const runtime: Record<string, unknown> = { ...(objectField(base, 'config') ?? {}) };
  const c = input.changes;

  if (Array.isArray(runtime.OnBuild) && runtime.OnBuild.length) {
    // Docker runs a base's ONBUILD triggers in the child and clears them; lading runs no instructions.
    warnings.push(
      `the base's ONBUILD triggers are not run and are not inherited: ${runtime.OnBuild.join('; ')}`,
    );
  }
  delete runtime.OnBuild;

  if (c.env?.length) runtime.Env = mergeEnv(stringList(runtime.Env), c.env);
  if (c.entrypoint) {
    runtime.Entrypoint = c.entrypoint;
    // As Docker does: a new ENTRYPOINT drops the base's CMD, which was written for the old one.
    if (!c.cmd) delete runtime.Cmd;
  }
  if (c.cmd) runtime.Cmd = c.cmd;
  if (c.workingDir !== undefined) {
    if (!c.workingDir.startsWith('/'))
      throw new InputError(`build: --workdir "${c.workingDir}" must be absolute (start with /)`);
    runtime.WorkingDir = c.workingDir;
  }
  if (c.user !== undefined) {
    if (c.user === '' || /\s/.test(c.user))
      throw new InputError(`build: --user "${c.user}" is not a user (NAME, UID, NAME:GROUP or UID:GID)`);
    runtime.User = c.user;
  }
  if (c.exposedPorts?.length) {
    const ports: Record<string, unknown> = { ...(objectField(runtime, 'ExposedPorts') ?? {}) };
    for (const p of c.exposedPorts) ports[portKey(p)] = {};
    runtime.ExposedPorts = sortKeys(ports);
  }
  if (c.labels && Object.keys(c.labels).length) {
    runtime.Labels = sortKeys({ ...(objectField(runtime, 'Labels') ?? {}), ...c.labels });
  }
  if (c.stopSignal !== undefined) {
    if (!SIGNAL_RE.test(c.stopSignal))
      throw new InputError(`build: --stop-signal "${c.stopSignal}" is not a signal name (SIGTERM) or number`);
    runtime.StopSignal = c.stopSignal;
  }

  const createdIso = new Date(input.created * 1000).toISOString();
  const baseRootfs = objectField(base, 'rootfs');
  const baseDiffIds = stringList(baseRootfs?.diff_ids);
  const baseHistory = Array.isArray(base.history) ? (base.history as HistoryEntry[]) : [];
  const p = input.platform;
  const config: Record<string, unknown> = {
    created: createdIso,
    architecture: p.architecture,
    os: p.os,
    ...(p['os.version'] ? { 'os.version': p['os.version'] } : {}),
    ...(p['os.features'] ? { 'os.features': p['os.features'] } : {}),
    ...(p.variant ? { variant: p.variant } : {}),
    config: runtime,
    rootfs: { type: 'layers', diff_ids: [...baseDiffIds, ...input.diffIds] },
    history: [
      ...baseHistory,
      ...input.createdBy.map((createdBy) => ({ created: createdIso, created_by: createdBy })),
    ],
  };
  return { config, warnings };
}

/** Replaces variables the base sets by name, keeping their position; appends the others in order. */
export function mergeEnv(base: string[], changes: string[]): string[] {
  const out = [...base];
  for (const entry of changes) {
    const name = entry.slice(0, entry.indexOf('='));
    if (!name) throw new InputError(`build: --env "${entry}" is not NAME=VALUE`);
    const at = out.findIndex((e) => e.slice(0, e.indexOf('=')) === name || e === name);
    if (at >= 0) out[at] = entry;
    else out.push(entry);
  }
  return out;
}

function portKey(text: string): string {
  const m = PORT_RE.exec(text);
  const port = Number(m?.[1]);
  if (!m || port < 1 || port > 65535)
    throw new InputError(`build: --expose "${text}" is not PORT[/tcp|udp|sctp] with a port from 1 to 65535`);
  return `${port}/${m[2] ?? 'tcp'}`;
}

function objectField(o: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const v = o[key];
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
