import { AuthError, OperationError, RegistryError } from '../errors.js';
import type {
  Artifact,
  CveAllowlist,
  HarborError,
  ImmutableRule,
  Project,
  ProjectReq,
  RetentionPolicy,
  Robot,
  RobotCreate,
  RobotCreated,
  Schedule,
  WebhookPolicy,
} from './api-types.js';

// A Harbor API v2.0 client for exactly the endpoints policy-as-code needs.
// Basic auth on every call (robot names `robot$…` included), never a cookie:
// a session cookie switches Harbor's CSRF check on and writes would fail 403.
// Harbor's error bodies are passed on verbatim, one line, in a RegistryError.

export interface HarborClientOptions {
  /** `https://harbor.example` or `https://harbor.example/api/v2.0`. */
  url: string;
  username: string;
  password: string;
  userAgent?: string;
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Call {
  method: Method;
  /** Below /api/v2.0, starting with '/'; the caller has encoded path segments. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses that are an answer, not a failure (e.g. 404 for "absent"). */
  accept?: number[];
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export const VULNERABILITY_REPORT_TYPES =
  'application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0';

const PAGE_SIZE = 100;
const MAX_PAGES = 1000;

export class HarborClient {
  readonly origin: string;
  readonly apiBase: string;
  readonly #authorization: string;
  readonly #userAgent: string;

  constructor(options: HarborClientOptions) {
    let base: URL;
    try {
      base = new URL(options.url);
    } catch {
      throw new OperationError(`Harbor URL "${options.url}" is not a URL`);
    }
    this.origin = base.origin;
    const path = base.pathname.replace(/\/+$/, '');
    this.apiBase = `${base.origin}${path.endsWith('/api/v2.0') ? path : `${path}/api/v2.0`}`;
    this.#authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
    this.#userAgent = options.userAgent ?? 'lading';
  }

  // ---- projects and metadata ----------------------------------------------------

  /** undefined when the project does not exist. */
  async getProject(name: string): Promise<Project | undefined> {
    const a = await this.#call({
      method: 'GET',
      path: `/projects/${seg(name)}`,
      headers: byName,
      accept: [404],
    });
    return a.status === 404 ? undefined : json<Project>(a);
  }

  async createProject(req: ProjectReq): Promise<void> {
    await this.#call({ method: 'POST', path: '/projects', body: req });
  }

  /** Merges metadata (omitted keys are kept) and replaces the project allowlist. */
  async updateProject(name: string, req: ProjectReq): Promise<void> {
    await this.#call({ method: 'PUT', path: `/projects/${seg(name)}`, body: req, headers: byName });
  }

  /** Adds one key; Harbor answers 409 when the key exists (use updateProjectMetadata). */
  async addProjectMetadata(name: string, key: string, value: string): Promise<void> {
    await this.#call({
      method: 'POST',
      path: `/projects/${seg(name)}/metadatas/`,
      body: { [key]: value },
      headers: byName,
    });
  }

  async updateProjectMetadata(name: string, key: string, value: string): Promise<void> {
    await this.#call({
      method: 'PUT',
      path: `/projects/${seg(name)}/metadatas/${seg(key)}`,
      body: { [key]: value },
      headers: byName,
    });
  }

  async deleteProjectMetadata(name: string, key: string): Promise<void> {
    await this.#call({
      method: 'DELETE',
      path: `/projects/${seg(name)}/metadatas/${seg(key)}`,
      headers: byName,
    });
  }

  // ---- immutable tag rules --------------------------------------------------------

  listImmutableRules(project: string): Promise<ImmutableRule[]> {
    return this.#list<ImmutableRule>(`/projects/${seg(project)}/immutabletagrules`, {}, byName);
  }

  async createImmutableRule(project: string, rule: ImmutableRule): Promise<void> {
    await this.#call({
      method: 'POST',
      path: `/projects/${seg(project)}/immutabletagrules`,
      body: rule,
      headers: byName,
    });
  }

  /**
   * Harbor ignores every other change in a PUT that toggles `disabled`
   * (controller/immutable/controller.go:89-101): callers change one or the other.
   */
  async updateImmutableRule(project: string, id: number, rule: ImmutableRule): Promise<void> {
    await this.#call({
      method: 'PUT',
      path: `/projects/${seg(project)}/immutabletagrules/${id}`,
      body: { ...rule, id },
      headers: byName,
    });
  }

  async deleteImmutableRule(project: string, id: number): Promise<void> {
    await this.#call({
      method: 'DELETE',
      path: `/projects/${seg(project)}/immutabletagrules/${id}`,
      headers: byName,
    });
  }

  // ---- retention ----------------------------------------------------------------

  async getRetention(id: number): Promise<RetentionPolicy> {
    return json<RetentionPolicy>(await this.#call({ method: 'GET', path: `/retentions/${id}` }));
  }

  /** Returns the new policy's id, read from `Location`. */
  async createRetention(policy: RetentionPolicy): Promise<number | undefined> {
    const a = await this.#call({ method: 'POST', path: '/retentions', body: policy });
    const id = /\/retentions\/(\d+)/.exec(a.headers.location ?? '')?.[1];
    return id === undefined ? undefined : Number(id);
  }

  async updateRetention(id: number, policy: RetentionPolicy): Promise<void> {
    await this.#call({ method: 'PUT', path: `/retentions/${id}`, body: { ...policy, id } });
  }

  async deleteRetention(id: number): Promise<void> {
    await this.#call({ method: 'DELETE', path: `/retentions/${id}` });
  }

  // ---- robots ---------------------------------------------------------------------

  listProjectRobots(projectId: number): Promise<Robot[]> {
    return this.#list<Robot>('/robots', { q: `Level=project,ProjectID=${projectId}` });
  }

  /** The secret in the answer is shown once by Harbor: the caller must mask it. */
  async createRobot(robot: RobotCreate): Promise<RobotCreated> {
    return json<RobotCreated>(await this.#call({ method: 'POST', path: '/robots', body: robot }));
  }

  /** `robot.name` and `level` must be echoed exactly as Harbor returned them. */
  async updateRobot(robot: Robot): Promise<void> {
    await this.#call({ method: 'PUT', path: `/robots/${robot.id}`, body: robot });
  }

  async deleteRobot(id: number): Promise<void> {
    await this.#call({ method: 'DELETE', path: `/robots/${id}` });
  }

  // ---- webhooks -------------------------------------------------------------------

  listWebhooks(project: string): Promise<WebhookPolicy[]> {
    return this.#list<WebhookPolicy>(`/projects/${seg(project)}/webhook/policies`, {}, byName);
  }

  async createWebhook(project: string, policy: WebhookPolicy): Promise<void> {
    await this.#call({
      method: 'POST',
      path: `/projects/${seg(project)}/webhook/policies`,
      body: policy,
      headers: byName,
    });
  }

  async updateWebhook(project: string, id: number, policy: WebhookPolicy): Promise<void> {
    await this.#call({
      method: 'PUT',
      path: `/projects/${seg(project)}/webhook/policies/${id}`,
      body: { ...policy, id },
      headers: byName,
    });
  }

  async deleteWebhook(project: string, id: number): Promise<void> {
    await this.#call({
      method: 'DELETE',
      path: `/projects/${seg(project)}/webhook/policies/${id}`,
      headers: byName,
    });
  }

  // ---- system ---------------------------------------------------------------------

  async getScanAllSchedule(): Promise<Schedule> {
    return json<Schedule>(await this.#call({ method: 'GET', path: '/system/scanAll/schedule' }));
  }

  /** Harbor answers 412 when a schedule already exists: then use updateScanAllSchedule. */
  async createScanAllSchedule(schedule: Schedule): Promise<void> {
    await this.#call({ method: 'POST', path: '/system/scanAll/schedule', body: schedule });
  }

  async updateScanAllSchedule(schedule: Schedule): Promise<void> {
    await this.#call({ method: 'PUT', path: '/system/scanAll/schedule', body: schedule });
  }

  async getSystemAllowlist(): Promise<CveAllowlist> {
    return json<CveAllowlist>(await this.#call({ method: 'GET', path: '/system/CVEAllowlist' }));
  }

  /** Needs a Harbor system administrator: robots are never granted `configuration`. */
  async putSystemAllowlist(list: CveAllowlist): Promise<void> {
    await this.#call({ method: 'PUT', path: '/system/CVEAllowlist', body: list });
  }

  // ---- scans and SBOMs --------------------------------------------------------------

  /** Starts Harbor's own scan (`vulnerability`) or SBOM generation (`sbom`) of one artifact. */
  async scanArtifact(project: string, repository: string, reference: string, type: 'vulnerability' | 'sbom') {
    await this.#call({
      method: 'POST',
      path: `${artifactPath(project, repository, reference)}/scan`,
      body: { scan_type: type },
    });
  }

  async getArtifact(project: string, repository: string, reference: string): Promise<Artifact> {
    return json<Artifact>(
      await this.#call({
        method: 'GET',
        path: artifactPath(project, repository, reference),
        query: { with_scan_overview: true, with_sbom_overview: true },
        headers: { 'x-accept-vulnerabilities': VULNERABILITY_REPORT_TYPES },
      }),
    );
  }

  /** Harbor's vulnerability report, an object keyed by report MIME type. */
  async getVulnerabilityReport(
    project: string,
    repository: string,
    reference: string,
    accept = VULNERABILITY_REPORT_TYPES,
  ): Promise<Record<string, unknown>> {
    return json<Record<string, unknown>>(
      await this.#call({
        method: 'GET',
        path: `${artifactPath(project, repository, reference)}/additions/vulnerabilities`,
        headers: { 'x-accept-vulnerabilities': accept },
      }),
    );
  }

  // ---- transport --------------------------------------------------------------------

  /** Follows `Link: <…>; rel="next"` (path and query, no host) until the last page. */
  async #list<T>(path: string, query: Call['query'], headers?: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = buildPath(path, { ...query, page: 1, page_size: PAGE_SIZE });
    for (let pages = 0; next !== undefined; pages++) {
      if (pages >= MAX_PAGES) throw new OperationError(`Harbor GET ${path}: more than ${MAX_PAGES} pages`);
      const a = await this.#call({ method: 'GET', path: next, ...(headers ? { headers } : {}) });
      const page = json<T[]>(a);
      if (!Array.isArray(page))
        throw new OperationError(`Harbor GET ${path}: expected a list, got ${typeof page}`);
      items.push(...page);
      next = nextLink(a.headers.link, this.apiBase);
      const total = Number(a.headers['x-total-count']);
      if (next === undefined && Number.isFinite(total) && items.length < total && page.length === PAGE_SIZE) {
        // No Link header but more to come: ask for the following page explicitly.
        next = buildPath(path, { ...query, page: pages + 2, page_size: PAGE_SIZE });
      }
    }
    return items;
  }

  async #call(call: Call): Promise<Answer> {
    const target = call.path.startsWith('/api/v2.0/') ? call.path.slice('/api/v2.0'.length) : call.path;
    const url = `${this.apiBase}${call.query ? buildPath(target, call.query) : target}`;
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      accept: 'application/json',
      'user-agent': this.#userAgent,
      ...call.headers,
    };
    let body: string | undefined;
    if (call.body !== undefined) {
      body = JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    const where = `Harbor ${call.method} ${this.origin}/api/v2.0${target.split('?')[0]}`;
    // Node's built-in fetch: no HTTP dependency to load for a few JSON calls, and
    // no cookie jar, so Harbor's CSRF check never switches on.
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method: call.method,
        headers,
        redirect: 'manual',
        ...(body !== undefined ? { body } : {}),
      });
      text = await res.text();
    } catch (err) {
      const cause = (err as Error & { cause?: Error }).cause;
      throw new OperationError(`${where}: ${cause?.message ?? (err as Error).message}`, { cause: err });
    }
    const flat: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      flat[k.toLowerCase()] = v;
    });
    const answer = { status: res.status, headers: flat, text };
    if (res.status < 300 || call.accept?.includes(res.status)) return answer;
    throw harborError(where, answer);
  }
}

const byName = { 'x-is-resource-name': 'true' };

function seg(value: string): string {
  return encodeURIComponent(value);
}

/** Repository names with '/' are encoded twice (swagger: repository_name). */
function artifactPath(project: string, repository: string, reference: string): string {
  return `/projects/${seg(project)}/repositories/${encodeURIComponent(encodeURIComponent(repository))}/artifacts/${seg(reference)}`;
}

function buildPath(path: string, query: NonNullable<Call['query']>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

/** The `rel="next"` target as a path below the API base. */
export function nextLink(link: string | undefined, apiBase: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (!m) continue;
    const url = new URL(m[1]!, apiBase);
    const basePath = new URL(apiBase).pathname;
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    return `${path}${url.search}`;
  }
  return undefined;
}

function json<T>(a: Answer): T {
  if (a.text === '') return {} as T;
  try {
    return JSON.parse(a.text) as T;
  } catch {
    throw new OperationError(`Harbor answered ${a.status} with a body that is not JSON`);
  }
}

/** `{"errors":[{code,message}]}` surfaced verbatim, on one line. */
export function harborError(where: string, a: Answer): RegistryError {
  let errors: HarborError[] = [];
  try {
    const parsed = JSON.parse(a.text) as { errors?: HarborError[] };
    if (Array.isArray(parsed.errors)) errors = parsed.errors;
  } catch {
    // Not Harbor's error shape (a proxy's HTML page, say): report the status alone.
  }
  const detail =
    errors.length > 0
      ? errors.map((e) => `${e.code}: ${e.message}`.replace(/\s*\n\s*/g, ' ')).join('; ')
      : a.text.slice(0, 200).replace(/\s+/g, ' ').trim() || '(empty body)';
  const message = `${where}: ${a.status} ${detail}`;
  const codes = errors.map((e) => e.code);
  if (a.status === 401 || a.status === 403) return new AuthError(message, a.status, codes);
  return new RegistryError(message, a.status, codes);
}
