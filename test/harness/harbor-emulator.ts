import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Enforcer from 'openapi-enforcer';
import { parse } from 'yaml';
import { harborCronProblem } from '../../src/harbor/cron.js';
import { needShared } from './peers.js';

// A stateful Harbor API v2.0 emulator, held to Harbor's own contract: every
// request and every response is validated against
// shared/reference/harbor-api-v2.0-swagger.yaml with openapi-enforcer (a
// Swagger 2.0 / OpenAPI 3 validator). A contract violation answers 500 and is
// recorded in `violations`, which every test asserts is empty.
//
// The behaviours reproduced are the ones harbor-api-notes.md documents from
// Harbor's source: metadata strings and one key per call with 409, the
// reuse_sys_cve_allowlist default, disabled-toggle updates of immutability
// rules, no 15-rule limit in the API, one retention policy per project, 412 on
// a second scan-all POST, robots logging in as `robot$…`, CSRF when a session
// cookie comes back. Scans follow a per-artifact script (`addArtifact(…, scan)`):
// Running for N polls, then Success, Error, Stopped or never; the report comes
// in the type X-Accept-Vulnerabilities picks. The request log notes the
// metadata keys each write set and the scan status each artifact read saw, so
// tests can check what happened before what.

type Json = Record<string, unknown>;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Caller {
  admin: boolean;
  robot?: RobotRecord;
}

interface ProjectRecord {
  id: number;
  name: string;
  metadata: Record<string, string>;
  allowlist: { id: number; items: { cve_id: string }[]; expires_at?: number };
  rules: Map<number, Json>;
  webhooks: Map<number, Json>;
}

interface RobotRecord {
  id: number;
  name: string;
  projectName: string;
  projectId: number;
  secret: string;
  description: string;
  duration: number;
  disable: boolean;
  expiresAt: number;
  permissions: { kind: string; namespace: string; access: { resource: string; action: string }[] }[];
}

/** How the emulated scanner treats one artifact. */
export interface EmulatedScan {
  /** Polls of the artifact that show the scan Running before it ends; default 1. */
  runningPolls?: number;
  /** How the scan ends; 'never' keeps it Running for ever. Default Success. */
  outcome?: 'Success' | 'Error' | 'Stopped' | 'never';
  /** Polls that show SBOM generation Running; default 0. */
  sbomRunningPolls?: number;
  sbomOutcome?: 'Success' | 'Error' | 'never';
  /** The report's MIME type: v1.1 (default), or the v1.0 type older scanners write. */
  reportType?: string;
  /** The report's `vulnerabilities`; default one fixable High in openssl. */
  vulnerabilities?: Json[];
  scanner?: { name: string; vendor: string; version: string };
}

interface ArtifactRecord {
  digest: string;
  scan: EmulatedScan;
  scanPolls?: number;
  sbomPolls?: number;
}

export interface Fault {
  operationId?: string;
  method?: string;
  /** Matched against the path below /api/v2.0, query included. */
  path?: RegExp;
  status: number;
  code?: string;
  message?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  /** Who called: a user name or robot name; never a password. */
  user?: string;
  /** Project metadata keys a successful write set or deleted. */
  metadataKeys?: string[];
  /** The vulnerability scan status a successful getArtifact answered. */
  scanStatus?: string;
}

export interface HarborEmulatorOptions {
  /** Harbor users with system admin rights: name → password. */
  admins?: Record<string, string>;
  /** Whether a scanner is installed (without one scan-all answers 412). */
  scanner?: boolean;
  /** Seconds since the epoch, for robot expiry. */
  clock?: () => number;
}

/**
 * Statuses Harbor really answers that its swagger does not declare, each
 * checked in Harbor's source (harbor-api-notes.md). They are let through and
 * counted, not hidden: `deviations` lists every one that happened.
 */
const DOCUMENTED_DEVIATIONS: ReadonlyArray<{ operationId: string; status: number; source: string }> = [
  { operationId: 'CreateImmuRule', status: 409, source: 'notes §7: pkg/immutable/dao/dao.go:53' },
  { operationId: 'CreateRobot', status: 409, source: 'robot name unique per project' },
  {
    operationId: 'CreateWebhookPolicyOfProject',
    status: 409,
    source: 'notes §11: notification/policy/dao/dao.go:84',
  },
  { operationId: 'updateRetention', status: 400, source: 'notes §8: retention.go:215-217 and cron check' },
];

const SPEC = needShared('reference/harbor-api-v2.0-swagger.yaml');
let enforcerPromise: Promise<EnforcerApi> | undefined;

// biome-ignore lint/suspicious/noExplicitAny: openapi-enforcer's own typings are loose.
type EnforcerApi = any;

function loadSpec(): Promise<EnforcerApi> {
  enforcerPromise ??= (async () => {
    if (!SPEC) throw new Error('harbor emulator: shared/reference/harbor-api-v2.0-swagger.yaml is missing');
    const spec = parse(await readFile(SPEC, 'utf8')) as unknown;
    relaxBareObjects(spec);
    const [api, err] = await Enforcer(spec, { fullResult: true });
    if (err) throw new Error(`harbor emulator: swagger does not load: ${err}`);
    return api;
  })();
  return enforcerPromise;
}

/**
 * Harbor's server is generated by go-swagger, which reads a bare `type: object`
 * (no properties) as Go's interface{}: any JSON value. The retention params map
 * is declared `additionalProperties: {type: object}` yet Harbor requires
 * numbers there (`{"latestPushedK": 10}`, retention/policy/rule/latestps). A
 * JSON Schema validator reads the same words as "must be an object", so the
 * spec is read the way Harbor's own server reads it, and only at those spots.
 */
function relaxBareObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) relaxBareObjects(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const extra = obj.additionalProperties as Record<string, unknown> | undefined;
  if (extra && typeof extra === 'object' && extra.type === 'object' && Object.keys(extra).length === 1) {
    obj.additionalProperties = {};
  }
  for (const value of Object.values(obj)) relaxBareObjects(value);
}

const BOOL_KEYS = new Set([
  'public',
  'enable_content_trust',
  'enable_content_trust_cosign',
  'prevent_vul',
  'auto_scan',
  'auto_sbom_generation',
  'reuse_sys_cve_allowlist',
]);
const META_KEYS = new Set([...BOOL_KEYS, 'severity', 'proxy_speed_kb']);
const SEVERITIES = new Set(['none', 'low', 'medium', 'high', 'critical']);
const EVENT_TYPES = new Set([
  'PUSH_ARTIFACT',
  'PULL_ARTIFACT',
  'DELETE_ARTIFACT',
  'QUOTA_EXCEED',
  'QUOTA_WARNING',
  'SCANNING_FAILED',
  'SCANNING_STOPPED',
  'SCANNING_COMPLETED',
  'REPLICATION',
  'TAG_RETENTION',
]);
const ROBOT_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const VULN_11 = 'application/vnd.security.vulnerability.report; version=1.1';
const VULN_10 = 'application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0';
const TRIVY = { name: 'Trivy', vendor: 'Aqua Security', version: 'v0.56.2' };

/** Operation → (resource, action) a robot needs, as in Harbor's RBAC (common/rbac/const.go). */
const RBAC: Record<string, [string, string] | 'admin' | 'any' | 'system-project-create'> = {
  getProject: ['project', 'read'],
  updateProject: ['project', 'update'],
  createProject: 'system-project-create',
  listProjectMetadatas: ['metadata', 'list'],
  getProjectMetadata: ['metadata', 'read'],
  addProjectMetadatas: ['metadata', 'create'],
  updateProjectMetadata: ['metadata', 'update'],
  deleteProjectMetadata: ['metadata', 'delete'],
  ListImmuRules: ['immutable-tag', 'list'],
  CreateImmuRule: ['immutable-tag', 'create'],
  UpdateImmuRule: ['immutable-tag', 'update'],
  DeleteImmuRule: ['immutable-tag', 'delete'],
  createRetention: ['tag-retention', 'create'],
  getRetention: ['tag-retention', 'read'],
  updateRetention: ['tag-retention', 'update'],
  deleteRetention: ['tag-retention', 'delete'],
  ListRobot: ['robot', 'list'],
  CreateRobot: ['robot', 'create'],
  GetRobotByID: ['robot', 'read'],
  UpdateRobot: 'admin',
  DeleteRobot: ['robot', 'delete'],
  ListWebhookPoliciesOfProject: ['notification-policy', 'list'],
  CreateWebhookPolicyOfProject: ['notification-policy', 'create'],
  UpdateWebhookPolicyOfProject: ['notification-policy', 'update'],
  DeleteWebhookPolicyOfProject: ['notification-policy', 'delete'],
  getScanAllSchedule: 'admin',
  createScanAllSchedule: 'admin',
  updateScanAllSchedule: 'admin',
  getSystemCVEAllowlist: 'any',
  putSystemCVEAllowlist: 'admin',
  scanArtifact: ['scan', 'create'],
  getArtifact: ['artifact', 'read'],
  getVulnerabilitiesAddition: ['artifact-addition', 'read'],
};

export class HarborEmulator {
  readonly violations: string[] = [];
  readonly deviations: string[] = [];
  readonly requests: RequestRecord[] = [];
  readonly projects = new Map<number, ProjectRecord>();
  readonly robots = new Map<number, RobotRecord>();
  readonly retentions = new Map<number, Json>();
  scanAll: Json | undefined;
  systemAllowlist: { id: number; items: { cve_id: string }[]; expires_at?: number } = { id: 1, items: [] };
  readonly artifacts = new Map<string, ArtifactRecord>();
  readonly #faults: Fault[] = [];
  readonly #admins: Record<string, string>;
  readonly #scanner: boolean;
  readonly #clock: () => number;
  #nextId = 100;
  #server: Server | undefined;
  #api: EnforcerApi;
  url = '';

  private constructor(options: HarborEmulatorOptions, api: EnforcerApi) {
    this.#admins = options.admins ?? { admin: 'Harbor12345' };
    this.#scanner = options.scanner ?? true;
    this.#clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
    this.#api = api;
  }

  static async start(options: HarborEmulatorOptions = {}): Promise<HarborEmulator> {
    const emulator = new HarborEmulator(options, await loadSpec());
    const server = createServer((req, res) => {
      emulator.#handle(req, res).catch((err) => {
        emulator.violations.push(`emulator crashed on ${req.method} ${req.url}: ${err}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    emulator.#server = server;
    emulator.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return emulator;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  /** The next matching request(s) answer `status` with Harbor's error body. */
  injectFault(fault: Fault): void {
    this.#faults.push({ times: 1, ...fault });
  }

  /** Seeds a project directly, as an administrator clicking in the UI would. */
  seedProject(name: string, metadata: Record<string, string> = { public: 'false' }): ProjectRecord {
    const id = this.#id();
    const project: ProjectRecord = {
      id,
      name,
      metadata: { ...metadata },
      allowlist: { id: this.#id(), items: [] },
      rules: new Map(),
      webhooks: new Map(),
    };
    this.projects.set(id, project);
    return project;
  }

  project(name: string): ProjectRecord | undefined {
    return [...this.projects.values()].find((p) => p.name === name);
  }

  /** The CVE allowlist Harbor's pull gate would use for a project. */
  effectiveAllowlist(name: string): string[] {
    const p = this.project(name);
    if (!p) throw new Error(`no project ${name}`);
    // ReuseSysCVEAllowlist() is true when the key is missing (models/project.go:125-131).
    const reuse = (p.metadata.reuse_sys_cve_allowlist ?? 'true').toLowerCase() !== 'false';
    return (reuse ? this.systemAllowlist : p.allowlist).items.map((i) => i.cve_id);
  }

  addArtifact(project: string, repository: string, digest: string, scan: EmulatedScan = {}): void {
    this.artifacts.set(`${project}/${repository}@${digest}`, { digest, scan });
  }

  /** Requests that changed state (everything but GET and HEAD). */
  writes(): RequestRecord[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  #id(): number {
    return this.#nextId++;
  }

  // ---- HTTP ---------------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const full = req.url ?? '/';
    const record: RequestRecord = { method, path: full, status: 0 };
    this.requests.push(record);
    const send = (reply: Reply, operation?: EnforcerApi) => {
      record.status = reply.status;
      this.#send(res, reply, operation, `${method} ${full}`);
    };

    if (!full.startsWith('/api/v2.0/')) {
      this.violations.push(`request outside /api/v2.0: ${method} ${full}`);
      return send({ status: 404, body: errors('NOT_FOUND', 'not found') });
    }
    const path = full.slice('/api/v2.0'.length);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`request body is not JSON: ${method} ${path}`);
        return send({ status: 500, body: errors('UNKNOWN', 'internal server error') });
      }
    }
    // go-swagger reads a body only where the operation declares one; Enforcer
    // is told the same, so an undeclared body is a violation, not ignored.
    const [validated, requestError] = this.#api.request({
      method,
      path,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    if (requestError) {
      this.violations.push(
        `request ${method} ${path} breaks the swagger: ${String(requestError).replace(/\s+/g, ' ')}`,
      );
      return send({ status: 500, body: errors('UNKNOWN', 'internal server error') });
    }
    const operationId: string = validated.operation.operationId;
    record.operationId = operationId;

    // A session cookie switches Harbor's CSRF check on for API paths (csrf.go:93-102).
    if (/(^|;\s*)sid=/.test(headers.cookie ?? '')) {
      return send({ status: 403, body: errors('FORBIDDEN', 'CSRF token invalid') }, validated);
    }
    const caller = this.#authenticate(headers.authorization, record);
    if (!caller) return send({ status: 401, body: errors('UNAUTHORIZED', 'unauthorized') }, validated);

    const fault = this.#faults.find(
      (f) =>
        (f.times ?? 1) > 0 &&
        (f.operationId === undefined || f.operationId === operationId) &&
        (f.method === undefined || f.method === method) &&
        (f.path === undefined || f.path.test(path)),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      const code = fault.code ?? defaultCode(fault.status);
      // Harbor replaces the message of every 5xx (lib/http/error.go).
      const message = fault.status >= 500 ? 'internal server error' : (fault.message ?? code.toLowerCase());
      return send({ status: fault.status, body: errors(code, message) }, validated);
    }

    const params = {
      path: (validated.path ?? {}) as Record<string, unknown>,
      query: (validated.query ?? {}) as Record<string, unknown>,
      headers: (validated.headers ?? {}) as Record<string, unknown>,
      body: body as Json | undefined,
      pathText: path,
      rawHeaders: headers,
    };
    let reply: Reply;
    try {
      reply = this.#route(operationId, params, caller);
    } catch (err) {
      if (err instanceof HarborFailure) reply = { status: err.status, body: errors(err.code, err.message) };
      else throw err;
    }
    if (reply.status < 300) annotate(record, operationId, params, reply);
    send(reply, validated);
  }

  #send(res: ServerResponse, reply: Reply, operation: EnforcerApi | undefined, what: string): void {
    let { status, body } = reply;
    const headers: Record<string, string> = {
      'x-request-id': randomBytes(8).toString('hex'),
      // Harbor hands out a session cookie; a client that sends it back trips CSRF.
      'set-cookie': `sid=${randomBytes(8).toString('hex')}; Path=/; HttpOnly`,
      ...reply.headers,
    };
    if (operation) {
      const declared = DOCUMENTED_DEVIATIONS.find(
        (d) => d.operationId === operation.operation.operationId && d.status === status,
      );
      if (declared) {
        this.deviations.push(`${what} → ${status} (${declared.source})`);
      } else {
        // Enforcer checks values before serialising them: the count is an integer, the rest strings.
        const check: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(headers)) {
          if (k !== 'set-cookie') check[headerCase(k)] = k === 'x-total-count' ? Number(v) : v;
        }
        const [, responseError] = operation.response(status, body, check);
        if (responseError) {
          this.violations.push(
            `response ${status} to ${what} breaks the swagger: ${String(responseError).replace(/\s+/g, ' ')}`,
          );
          status = 500;
          body = errors('UNKNOWN', 'internal server error');
        }
      }
    }
    let text = '';
    if (body !== undefined) {
      text = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    res.writeHead(status, headers).end(text);
  }

  #authenticate(authorization: string | undefined, record: RequestRecord): Caller | undefined {
    const m = /^Basic\s+(.+)$/i.exec(authorization ?? '');
    if (!m) return undefined;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    record.user = user;
    // The robot middleware takes only names with the robot$ prefix (common/const.go:143).
    if (user.startsWith('robot$')) {
      const robot = [...this.robots.values()].find((r) => r.name === user);
      if (!robot || robot.secret !== password || robot.disable) return undefined;
      if (robot.expiresAt !== -1 && robot.expiresAt <= this.#clock()) return undefined;
      return { admin: false, robot };
    }
    return this.#admins[user] !== undefined && this.#admins[user] === password ? { admin: true } : undefined;
  }

  #authorize(operationId: string, caller: Caller, projectName: string | undefined, body?: Json): void {
    if (caller.admin) return;
    const rule = RBAC[operationId];
    if (rule === 'any') return;
    let needed = rule;
    if (operationId === 'scanArtifact' && body?.scan_type === 'sbom') needed = ['sbom', 'create'];
    const robot = caller.robot!;
    const ok =
      Array.isArray(needed) &&
      robot.permissions.some(
        (p) =>
          p.kind === 'project' &&
          (p.namespace === projectName || p.namespace === '*') &&
          p.access.some((a) => a.resource === needed[0] && a.action === needed[1]),
      );
    if (!ok) throw new HarborFailure(403, 'FORBIDDEN', `${robot.name} is not allowed to ${operationId}`);
  }

  // ---- routes ---------------------------------------------------------------------

  #route(
    op: string,
    p: {
      path: Record<string, unknown>;
      query: Record<string, unknown>;
      headers: Record<string, unknown>;
      body: Json | undefined;
      pathText: string;
      rawHeaders: Record<string, string>;
    },
    caller: Caller,
  ): Reply {
    const projectRef = p.path.project_name_or_id ?? p.path.project_name;
    const project = () => this.#findProject(String(projectRef), p.headers['x-is-resource-name'] === true);
    const guard = (name?: string) => this.#authorize(op, caller, name, p.body);
    switch (op) {
      case 'createProject': {
        guard();
        const req = p.body ?? {};
        const name = String(req.project_name ?? '');
        if (this.project(name))
          throw new HarborFailure(409, 'CONFLICT', `The project named ${name} already exists`);
        const metadata = { public: 'false', ...(req.metadata as Record<string, string> | undefined) };
        const created = this.seedProject(name, metadata);
        const list = req.cve_allowlist as Json | undefined;
        if (list) created.allowlist = this.#allowlistFrom(list, created.allowlist.id);
        return { status: 201, headers: { location: `/api/v2.0/projects/${created.id}` } };
      }
      case 'getProject': {
        const pr = project();
        guard(pr.name);
        return { status: 200, body: this.#projectBody(pr) };
      }
      case 'updateProject': {
        const pr = project();
        guard(pr.name);
        const req = p.body ?? {};
        const meta = (req.metadata ?? {}) as Record<string, string>;
        if (meta.retention_id !== undefined && meta.retention_id !== pr.metadata.retention_id) {
          throw new HarborFailure(
            400,
            'BAD_REQUEST',
            'the retention_id in the request does not match the project',
          );
        }
        Object.assign(pr.metadata, meta);
        const list = req.cve_allowlist as Json | undefined;
        if (list) {
          if (list.project_id !== undefined && list.project_id !== 0 && list.project_id !== pr.id) {
            throw new HarborFailure(
              400,
              'BAD_REQUEST',
              'project_id in cve_allowlist does not match the project',
            );
          }
          pr.allowlist = this.#allowlistFrom(list, pr.allowlist.id);
        }
        return { status: 200 };
      }
      case 'listProjectMetadatas': {
        const pr = project();
        guard(pr.name);
        return { status: 200, body: { ...pr.metadata } };
      }
      case 'addProjectMetadatas':
      case 'updateProjectMetadata': {
        const pr = project();
        guard(pr.name);
        const entries = Object.entries(p.body ?? {});
        if (entries.length !== 1)
          throw new HarborFailure(400, 'BAD_REQUEST', 'only allow one key/value pair');
        const [key, value] = entries[0] as [string, string];
        if (op === 'updateProjectMetadata' && key !== p.path.meta_name) {
          throw new HarborFailure(
            400,
            'BAD_REQUEST',
            `the metadata key ${key} does not match ${p.path.meta_name}`,
          );
        }
        const canonical = canonicalMeta(key, value);
        if (op === 'addProjectMetadatas' && pr.metadata[key] !== undefined) {
          throw new HarborFailure(409, 'CONFLICT', `metadata ${key} of project ${pr.id} already exists`);
        }
        pr.metadata[key] = canonical;
        return { status: 200 };
      }
      case 'deleteProjectMetadata': {
        const pr = project();
        guard(pr.name);
        delete pr.metadata[String(p.path.meta_name)];
        return { status: 200 };
      }
      case 'ListImmuRules': {
        const pr = project();
        guard(pr.name);
        return this.#page([...pr.rules.values()], p.query, p.pathText);
      }
      case 'CreateImmuRule': {
        const pr = project();
        guard(pr.name);
        const rule = { ...(p.body ?? {}) };
        delete rule.id;
        const filter = tagFilter(rule);
        if ([...pr.rules.values()].some((r) => tagFilter(r) === filter)) {
          throw new HarborFailure(409, 'CONFLICT', 'immutable rule already exists');
        }
        // No count check: Harbor's 15-rule limit lives only in the UI (notes §7).
        const id = this.#id();
        pr.rules.set(id, { ...rule, id, disabled: rule.disabled ?? false });
        return { status: 201, headers: { location: `/api/v2.0/projects/${pr.id}/immutabletagrules/${id}` } };
      }
      case 'UpdateImmuRule': {
        const pr = project();
        guard(pr.name);
        const id = Number(p.path.immutable_rule_id);
        const stored = pr.rules.get(id);
        if (!stored) throw new HarborFailure(404, 'NOT_FOUND', `immutable rule ${id} not found`);
        const rule = p.body ?? {};
        if (rule.id !== id)
          throw new HarborFailure(400, 'BAD_REQUEST', 'the id in the body does not match the path');
        if ((rule.disabled ?? false) !== stored.disabled) {
          // controller/immutable/controller.go:89-101: a toggle ignores every other change.
          stored.disabled = rule.disabled ?? false;
        } else {
          pr.rules.set(id, { ...rule, id, disabled: stored.disabled });
        }
        return { status: 200 };
      }
      case 'DeleteImmuRule': {
        const pr = project();
        guard(pr.name);
        const id = Number(p.path.immutable_rule_id);
        if (!pr.rules.delete(id)) throw new HarborFailure(404, 'NOT_FOUND', `immutable rule ${id} not found`);
        return { status: 200 };
      }
      case 'createRetention':
      case 'updateRetention': {
        const policy = { ...(p.body ?? {}) };
        const scope = (policy.scope ?? {}) as Json;
        const pr = this.projects.get(Number(scope.ref));
        if (scope.level !== 'project' || !pr) {
          throw new HarborFailure(
            400,
            'BAD_REQUEST',
            'scope.level must be project and scope.ref an existing project id',
          );
        }
        guard(pr.name);
        checkRetention(policy);
        if (op === 'createRetention') {
          if (pr.metadata.retention_id) {
            throw new HarborFailure(
              400,
              'BAD_REQUEST',
              `project ${pr.id} already has retention policy ${pr.metadata.retention_id}`,
            );
          }
          const id = this.#id();
          this.retentions.set(id, { ...policy, id });
          pr.metadata.retention_id = String(id);
          return { status: 201, headers: { location: `/api/v2.0/retentions/${id}` } };
        }
        const id = Number(p.path.id);
        if (!this.retentions.has(id)) throw new HarborFailure(403, 'FORBIDDEN', `retention ${id} not found`);
        this.retentions.set(id, { ...policy, id });
        return { status: 200 };
      }
      case 'getRetention':
      case 'deleteRetention': {
        const id = Number(p.path.id);
        const policy = this.retentions.get(id);
        const pr = policy ? this.projects.get(Number((policy.scope as Json).ref)) : undefined;
        if (!policy || !pr) throw new HarborFailure(403, 'FORBIDDEN', `retention ${id} not found`);
        guard(pr.name);
        if (op === 'getRetention') return { status: 200, body: policy };
        this.retentions.delete(id);
        delete pr.metadata.retention_id;
        return { status: 200 };
      }
      case 'ListRobot': {
        const q = String(p.query.q ?? '');
        const projectId = Number(/ProjectID=(\d+)/.exec(q)?.[1]);
        const pr = this.projects.get(projectId);
        guard(pr?.name);
        const list = [...this.robots.values()]
          .filter((r) => r.projectId === projectId)
          .map((r) => this.#robotBody(r));
        return this.#page(list, p.query, p.pathText);
      }
      case 'CreateRobot': {
        const req = p.body ?? {};
        const perms = (req.permissions ?? []) as RobotRecord['permissions'];
        const namespace = perms[0]?.namespace;
        guard(namespace);
        const name = String(req.name ?? '');
        if (!ROBOT_NAME.test(name))
          throw new HarborFailure(400, 'BAD_REQUEST', `robot name ${name} is invalid`);
        if (req.level !== 'project')
          throw new HarborFailure(400, 'BAD_REQUEST', 'the emulator takes project robots only');
        const duration = Number(req.duration);
        if (!Number.isInteger(duration) || (duration !== -1 && duration <= 0)) {
          throw new HarborFailure(400, 'BAD_REQUEST', `bad duration ${req.duration}`);
        }
        if (perms.length !== 1 || perms[0]!.kind !== 'project') {
          throw new HarborFailure(
            400,
            'BAD_REQUEST',
            'a project robot has exactly one permission of kind project',
          );
        }
        const pr = this.project(String(namespace));
        if (!pr) throw new HarborFailure(400, 'BAD_REQUEST', `project ${namespace} not found`);
        const fullName = `robot$${pr.name}+${name}`;
        if ([...this.robots.values()].some((r) => r.name === fullName)) {
          throw new HarborFailure(409, 'CONFLICT', `robot account ${fullName} already exists`);
        }
        const id = this.#id();
        const robot: RobotRecord = {
          id,
          name: fullName,
          projectName: pr.name,
          projectId: pr.id,
          secret: `S${randomBytes(18).toString('base64url')}9a`,
          description: String(req.description ?? ''),
          duration,
          disable: req.disable === true,
          expiresAt: duration === -1 ? -1 : this.#clock() + duration * 86_400,
          permissions: perms.map((x) => ({
            kind: x.kind,
            namespace: x.namespace,
            access: x.access.map((a) => ({ resource: a.resource, action: a.action })),
          })),
        };
        this.robots.set(id, robot);
        return {
          status: 201,
          headers: { location: `/api/v2.0/robots/${id}` },
          body: { id, name: fullName, secret: robot.secret, expires_at: robot.expiresAt },
        };
      }
      case 'GetRobotByID':
      case 'UpdateRobot':
      case 'DeleteRobot': {
        const id = Number(p.path.robot_id);
        const robot = this.robots.get(id);
        if (!robot) throw new HarborFailure(404, 'NOT_FOUND', `robot ${id} not found`);
        guard(robot.projectName);
        if (op === 'GetRobotByID') return { status: 200, body: this.#robotBody(robot) };
        if (op === 'DeleteRobot') {
          this.robots.delete(id);
          return { status: 200 };
        }
        const req = p.body ?? {};
        // robot.go:384-431: the name must be echoed with its prefix, and the level kept.
        if (req.name !== robot.name || req.level !== 'project') {
          throw new HarborFailure(400, 'BAD_REQUEST', 'cannot update the level or name of robot');
        }
        robot.description = String(req.description ?? '');
        robot.disable = req.disable === true;
        if (req.duration !== undefined && req.duration !== robot.duration) {
          robot.duration = Number(req.duration);
          robot.expiresAt = robot.duration === -1 ? -1 : this.#clock() + robot.duration * 86_400;
        }
        robot.permissions = (req.permissions ?? robot.permissions) as RobotRecord['permissions'];
        return { status: 200 };
      }
      case 'ListWebhookPoliciesOfProject': {
        const pr = project();
        guard(pr.name);
        return this.#page([...pr.webhooks.values()], p.query, p.pathText);
      }
      case 'CreateWebhookPolicyOfProject':
      case 'UpdateWebhookPolicyOfProject': {
        const pr = project();
        guard(pr.name);
        const policy = checkWebhook(p.body ?? {});
        if (op === 'CreateWebhookPolicyOfProject') {
          if ([...pr.webhooks.values()].some((w) => w.name === policy.name)) {
            throw new HarborFailure(409, 'CONFLICT', `webhook policy ${policy.name} already exists`);
          }
          const id = this.#id();
          pr.webhooks.set(id, { ...policy, id, project_id: pr.id });
          return { status: 201, headers: { location: `/api/v2.0/projects/${pr.id}/webhook/policies/${id}` } };
        }
        const id = Number(p.path.webhook_policy_id);
        if (!pr.webhooks.has(id)) throw new HarborFailure(404, 'NOT_FOUND', `webhook policy ${id} not found`);
        pr.webhooks.set(id, { ...policy, id, project_id: pr.id });
        return { status: 200 };
      }
      case 'DeleteWebhookPolicyOfProject': {
        const pr = project();
        guard(pr.name);
        if (!pr.webhooks.delete(Number(p.path.webhook_policy_id))) {
          throw new HarborFailure(404, 'NOT_FOUND', 'webhook policy not found');
        }
        return { status: 200 };
      }
      case 'getScanAllSchedule':
        guard();
        return { status: 200, body: this.scanAll ?? {} };
      case 'createScanAllSchedule':
      case 'updateScanAllSchedule': {
        guard();
        if (!this.#scanner)
          throw new HarborFailure(
            412,
            'PRECONDITION',
            'no scanner is configured, it is not possible to scan',
          );
        const sched = (p.body?.schedule ?? {}) as Json;
        const type = String(sched.type ?? '');
        if (op === 'createScanAllSchedule') {
          if (type === 'Manual' || type === 'None') return { status: 201 };
          if (this.scanAll) {
            throw new HarborFailure(
              412,
              'PRECONDITION',
              'fail to set schedule for scan all as always had one, please delete it firstly then to re-schedule',
            );
          }
        } else {
          if (type === 'Manual')
            throw new HarborFailure(
              400,
              'BAD_REQUEST',
              'fail to update scan all schedule as wrong schedule type: Manual',
            );
          if (type === 'None') {
            this.scanAll = undefined;
            return { status: 200 };
          }
          if (!this.scanAll)
            throw new HarborFailure(400, 'BAD_REQUEST', 'no schedule for scan all to update');
        }
        const problem = harborCronProblem(String(sched.cron ?? ''));
        if (problem) throw new HarborFailure(400, 'BAD_REQUEST', `invalid cron: ${problem}`);
        this.scanAll = { schedule: { type, cron: String(sched.cron) } };
        return { status: op === 'createScanAllSchedule' ? 201 : 200 };
      }
      case 'getSystemCVEAllowlist':
        return { status: 200, body: this.systemAllowlist };
      case 'putSystemCVEAllowlist':
        guard();
        this.systemAllowlist = this.#allowlistFrom(p.body ?? {}, this.systemAllowlist.id);
        return { status: 200 };
      case 'scanArtifact':
      case 'getArtifact':
      case 'getVulnerabilitiesAddition': {
        const pr = project();
        guard(pr.name);
        const repo = decodeURIComponent(String(p.path.repository_name));
        const key = `${pr.name}/${repo}@${p.path.reference}`;
        const artifact = this.artifacts.get(key);
        if (!artifact) throw new HarborFailure(404, 'NOT_FOUND', `artifact ${key} not found`);
        if (op === 'scanArtifact') {
          if (p.body?.scan_type === 'sbom') artifact.sbomPolls = 0;
          else artifact.scanPolls = 0;
          return { status: 202 };
        }
        if (op === 'getArtifact') return { status: 200, body: this.#artifactBody(artifact) };
        if (artifact.scanPolls === undefined) throw new HarborFailure(404, 'NOT_FOUND', 'no report found');
        // handler/util.go:47-65: the first accepted type with a report wins; with no
        // recognised type Harbor falls back to the native v1.0 report.
        const accepted = (p.rawHeaders['x-accept-vulnerabilities'] ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t === VULN_11 || t === VULN_10);
        const type = artifact.scan.reportType ?? VULN_11;
        const report = (accepted.length ? accepted : [VULN_10]).includes(type)
          ? { [type]: vulnerabilityReport(artifact.scan) }
          : {};
        // The swagger types this body as a string: Harbor writes the JSON report as is.
        return { status: 200, body: JSON.stringify(report) };
      }
      default:
        throw new HarborFailure(405, 'METHOD_NOT_ALLOWED', `the emulator does not implement ${op}`);
    }
  }

  #findProject(ref: string, byName: boolean): ProjectRecord {
    const found =
      !byName && /^\d+$/.test(ref)
        ? this.projects.get(Number(ref))
        : [...this.projects.values()].find((x) => x.name === ref);
    if (!found) throw new HarborFailure(404, 'NOT_FOUND', `project ${ref} not found`);
    return found;
  }

  #projectBody(pr: ProjectRecord): Json {
    return {
      project_id: pr.id,
      name: pr.name,
      owner_id: 1,
      owner_name: 'admin',
      repo_count: 0,
      metadata: { ...pr.metadata },
      cve_allowlist: { ...pr.allowlist, project_id: pr.id },
    };
  }

  #robotBody(r: RobotRecord): Json {
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      level: 'project',
      duration: r.duration,
      disable: r.disable,
      editable: true,
      expires_at: r.expiresAt,
      permissions: r.permissions,
    };
  }

  #artifactBody(a: ArtifactRecord): Json {
    const body: Json = { id: 1, digest: a.digest };
    const scanner = a.scan.scanner ?? TRIVY;
    if (a.scanPolls !== undefined) {
      a.scanPolls++;
      const status = jobStatus(a.scanPolls, a.scan.runningPolls ?? 1, a.scan.outcome ?? 'Success');
      const vulns = a.scan.vulnerabilities ?? DEFAULT_VULNERABILITIES;
      const bySeverity: Record<string, number> = {};
      for (const v of vulns) bySeverity[String(v.severity)] = (bySeverity[String(v.severity)] ?? 0) + 1;
      body.scan_overview = {
        [a.scan.reportType ?? VULN_11]: {
          report_id: 'r1',
          scan_status: status,
          severity: status === 'Success' ? worstSeverity(vulns) : 'Unknown',
          complete_percent: status === 'Success' ? 100 : 50,
          scanner,
          ...(status === 'Success'
            ? {
                summary: {
                  total: vulns.length,
                  fixable: vulns.filter((v) => v.fix_version).length,
                  summary: bySeverity,
                },
              }
            : {}),
        },
      };
    }
    if (a.sbomPolls !== undefined) {
      a.sbomPolls++;
      const status = jobStatus(a.sbomPolls, a.scan.sbomRunningPolls ?? 0, a.scan.sbomOutcome ?? 'Success');
      body.sbom_overview = {
        report_id: 's1',
        scan_status: status,
        scanner,
        ...(status === 'Success' ? { sbom_digest: `sha256:${'b'.repeat(64)}` } : {}),
      };
    }
    return body;
  }

  #allowlistFrom(list: Json, id: number): ProjectRecord['allowlist'] {
    const items = ((list.items ?? []) as { cve_id?: string }[]).map((i) => String(i.cve_id ?? '').trim());
    if (items.some((i) => i === '')) throw new HarborFailure(400, 'BAD_REQUEST', 'empty CVE id in allowlist');
    if (new Set(items).size !== items.length)
      throw new HarborFailure(400, 'BAD_REQUEST', 'duplicate CVE id in allowlist');
    const out: ProjectRecord['allowlist'] = { id, items: items.map((cve_id) => ({ cve_id })) };
    if (typeof list.expires_at === 'number') out.expires_at = list.expires_at;
    return out;
  }

  /** Paged list with X-Total-Count and a Link of path-and-query URLs, no host (lib/link.go). */
  #page(items: unknown[], query: Record<string, unknown>, pathText: string): Reply {
    const page = Number(query.page ?? 1);
    const size = Number(query.page_size ?? 10);
    const slice = items.slice((page - 1) * size, page * size);
    const base = pathText.split('?')[0];
    const params = new URLSearchParams(pathText.split('?')[1] ?? '');
    const linkTo = (n: number) => {
      params.set('page', String(n));
      params.set('page_size', String(size));
      return `</api/v2.0${base}?${params.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${linkTo(page - 1)}; rel="prev"`);
    if (page * size < items.length) links.push(`${linkTo(page + 1)}; rel="next"`);
    return {
      status: 200,
      body: slice,
      headers: {
        'x-total-count': String(items.length),
        ...(links.length ? { link: links.join(' , ') } : {}),
      },
    };
  }
}

class HarborFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function errors(code: string, message: string): { errors: { code: string; message: string }[] } {
  return { errors: [{ code, message }] };
}

function defaultCode(status: number): string {
  return (
    {
      400: 'BAD_REQUEST',
      401: 'UNAUTHORIZED',
      403: 'FORBIDDEN',
      404: 'NOT_FOUND',
      409: 'CONFLICT',
      412: 'PRECONDITION',
    }[status] ?? 'UNKNOWN'
  );
}

function headerCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** project_metadata.go:149-263: booleans through ParseBool, severity lower-cased, unknown keys refused. */
function canonicalMeta(key: string, value: string): string {
  if (!META_KEYS.has(key)) throw new HarborFailure(400, 'BAD_REQUEST', `invalid key: ${key}`);
  if (BOOL_KEYS.has(key)) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return 'true';
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return 'false';
    throw new HarborFailure(400, 'BAD_REQUEST', `invalid value of ${key}: ${value}`);
  }
  if (key === 'severity') {
    const lower = value.toLowerCase() === 'negligible' ? 'none' : value.toLowerCase();
    if (!SEVERITIES.has(lower)) throw new HarborFailure(400, 'BAD_REQUEST', `invalid severity: ${value}`);
    return lower;
  }
  return value;
}

/** The rule as Harbor stores it for its UNIQUE(project_id, tag_filter) column. */
function tagFilter(rule: Json): string {
  return JSON.stringify([rule.tag_selectors, rule.scope_selectors]);
}

function checkRetention(policy: Json): void {
  const rules = (policy.rules ?? []) as Json[];
  if (rules.length > 15) throw new HarborFailure(400, 'BAD_REQUEST', 'only 15 rules are allowed at most');
  const seen = new Set<string>();
  for (const r of rules) {
    const key = JSON.stringify([r.template, r.params, r.tag_selectors, r.scope_selectors]);
    if (seen.has(key)) throw new HarborFailure(409, 'CONFLICT', 'there are duplicated rules');
    seen.add(key);
  }
  const settings = ((policy.trigger ?? {}) as Json).settings as Json | undefined;
  const cron = settings?.cron;
  if (cron !== undefined && typeof cron !== 'string')
    throw new HarborFailure(400, 'BAD_REQUEST', 'cron must be a string');
  if (cron) {
    const problem = harborCronProblem(cron);
    if (problem) throw new HarborFailure(400, 'BAD_REQUEST', `invalid cron: ${problem}`);
  }
}

function checkWebhook(policy: Json): Json {
  const targets = (policy.targets ?? []) as Json[];
  const events = (policy.event_types ?? []) as string[];
  if (targets.length === 0 || events.length === 0) {
    throw new HarborFailure(400, 'BAD_REQUEST', 'a webhook needs at least one target and one event type');
  }
  for (const e of events)
    if (!EVENT_TYPES.has(e)) throw new HarborFailure(400, 'BAD_REQUEST', `unsupported event type ${e}`);
  const normalised = targets.map((t) => {
    if (t.type !== 'http' && t.type !== 'slack')
      throw new HarborFailure(400, 'BAD_REQUEST', `unsupported notify type ${t.type}`);
    if (t.type === 'slack' && t.payload_format) {
      throw new HarborFailure(400, 'BAD_REQUEST', 'slack targets take no payload format');
    }
    // webhook.go:411-415: scheme://host/path only, query dropped.
    const u = new URL(String(t.address));
    const address = `${u.protocol}//${u.host}${u.pathname === '/' && !String(t.address).endsWith('/') ? '' : u.pathname}`;
    return {
      ...t,
      address,
      ...(t.type === 'http' ? { payload_format: t.payload_format || 'Default' } : {}),
    };
  });
  return { ...policy, targets: normalised };
}

const DEFAULT_VULNERABILITIES: Json[] = [
  {
    id: 'CVE-2024-0001',
    package: 'openssl',
    version: '3.0.0',
    fix_version: '3.0.1',
    severity: 'High',
    description: 'emulated finding',
    links: [],
  },
];

const SEVERITY_ORDER = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown', 'None'];

function worstSeverity(vulns: Json[]): string {
  const ranks = vulns.map((v) => SEVERITY_ORDER.indexOf(String(v.severity))).filter((i) => i >= 0);
  return ranks.length ? SEVERITY_ORDER[Math.min(...ranks)]! : 'None';
}

/** Running for `running` polls after the trigger, then the outcome ('never': Running for ever). */
function jobStatus(polls: number, running: number, outcome: string): string {
  if (outcome === 'never' || polls <= running) return 'Running';
  return outcome;
}

/** Field names from pkg/scan/vuln/report.go:25-38,195-252. */
function vulnerabilityReport(scan: EmulatedScan): Json {
  const vulnerabilities = scan.vulnerabilities ?? DEFAULT_VULNERABILITIES;
  return {
    generated_at: '2026-09-01T00:00:00Z',
    scanner: scan.scanner ?? TRIVY,
    severity: worstSeverity(vulnerabilities),
    vulnerabilities,
  };
}

/** Notes on the request log that tests use to check the order of writes and scans. */
function annotate(
  record: RequestRecord,
  op: string,
  p: { path: Record<string, unknown>; body: Json | undefined },
  reply: Reply,
): void {
  if (op === 'addProjectMetadatas' || op === 'updateProjectMetadata') {
    record.metadataKeys = Object.keys(p.body ?? {});
  } else if (op === 'deleteProjectMetadata') {
    record.metadataKeys = [String(p.path.meta_name)];
  } else if (op === 'createProject' || op === 'updateProject') {
    record.metadataKeys = Object.keys((p.body?.metadata ?? {}) as Json);
  } else if (op === 'getArtifact') {
    const overview = (reply.body as Json).scan_overview as Record<string, Json> | undefined;
    const status = Object.values(overview ?? {})[0]?.scan_status;
    if (typeof status === 'string') record.scanStatus = status;
  }
}
