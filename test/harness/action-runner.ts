import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './peers.js';
import { type Contexts, type ContextValue, evaluateTemplate } from './runner-expressions.js';

// One way to run an action as the GitHub runner runs it, shared by the tests:
// inputs as INPUT_* variables with action.yml defaults applied, the file
// commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_STATE,
// GITHUB_PATH) and the workflow commands on stdout (annotations, masks).
// composite-runner.ts builds on these pieces for composite actions.

/** The committed bundles; a test build elsewhere replaces them through JobOptions.distDir. */
export const REPO_DIST = join(REPO_ROOT, 'dist');

export interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string; value?: string }>;
  runs?: { using?: string; main?: string; post?: string; steps?: unknown[] };
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

export interface ActionRun {
  /** 0 when the action succeeded, 1 when it failed (as the runner marks the step). */
  code: number;
  outputs: Record<string, string>;
  /** The job summary the action wrote (all steps', for a composite). */
  summary: string;
  /** Everything the action printed on stdout and stderr, unmasked, so tests can look for leaks. */
  stdout: string;
  /** The log as the runner would show it: registered masks replaced by ***. */
  log: string;
  annotations: Annotation[];
  masks: string[];
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** State saved through GITHUB_STATE (for a post step). */
  state: Record<string, string>;
  /** Directories added through GITHUB_PATH. */
  path: string[];
}

/** What a job brings to every action it runs. */
export interface JobOptions {
  /** The job's environment; default: PATH (this Node first) and a fresh HOME. */
  env?: NodeJS.ProcessEnv;
  /** github.workspace; default: a fresh temporary directory. */
  workspace?: string;
  /** RUNNER_TEMP; default: a fresh directory under the workspace's parent. */
  runnerTemp?: string;
  /** Overrides for the github context (repository, event_name, sha, ref, token…). */
  github?: Record<string, ContextValue>;
  /**
   * Where `dist/` of this repository is taken from: an action whose `main` (or a
   * composite's LADING_DIST_DIR) points into REPO_ROOT/dist runs this build instead.
   * Default: $LADING_DIST_DIR, else the committed dist/.
   */
  distDir?: string;
}

export interface Job {
  env: NodeJS.ProcessEnv;
  workspace: string;
  runnerTemp: string;
  github: Record<string, ContextValue>;
  distDir: string;
}

/** Resolves the defaults of a job once, so several actions can share it. */
export async function prepareJob(options: JobOptions = {}): Promise<Job> {
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), 'lading-runner-ws-')));
  const runnerTemp = options.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'lading-runner-temp-')));
  await mkdir(runnerTemp, { recursive: true });
  let env = options.env;
  if (!env) {
    const home = join(runnerTemp, 'home');
    await mkdir(home, { recursive: true });
    env = { PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, HOME: home };
  }
  const eventPath = join(runnerTemp, 'event.json');
  if (!existsSync(eventPath)) await writeFile(eventPath, '{}\n');
  const github: Record<string, ContextValue> = {
    workspace,
    repository: 'lading-test/app',
    repository_owner: 'lading-test',
    repository_id: '1000',
    repository_owner_id: '2000',
    workflow_ref: 'lading-test/app/.github/workflows/release.yml@refs/heads/main',
    event_name: 'push',
    event_path: eventPath,
    event: {},
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    ref_name: 'main',
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    actor: 'lading-test',
    job: 'release',
    workflow: 'release',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    token: '',
    ...options.github,
  };
  const distDir = resolve(options.distDir ?? process.env.LADING_DIST_DIR ?? REPO_DIST);
  return { env, workspace, runnerTemp, github, distDir };
}

/** The runner's environment variables for a step of `job` (GITHUB_*, RUNNER_*, CI). */
export function runnerEnv(job: Job, actionPath: string): NodeJS.ProcessEnv {
  const g = job.github;
  const str = (v: ContextValue | undefined) => (v === undefined || v === null ? '' : String(v));
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_REPOSITORY: str(g.repository),
    GITHUB_REPOSITORY_OWNER: str(g.repository_owner),
    GITHUB_REPOSITORY_ID: str(g.repository_id),
    GITHUB_REPOSITORY_OWNER_ID: str(g.repository_owner_id),
    GITHUB_WORKFLOW_REF: str(g.workflow_ref),
    RUNNER_ENVIRONMENT: 'self-hosted',
    GITHUB_EVENT_NAME: str(g.event_name),
    GITHUB_EVENT_PATH: str(g.event_path),
    GITHUB_SHA: str(g.sha),
    GITHUB_REF: str(g.ref),
    GITHUB_REF_NAME: str(g.ref_name),
    GITHUB_RUN_ID: str(g.run_id),
    GITHUB_RUN_NUMBER: str(g.run_number),
    GITHUB_RUN_ATTEMPT: str(g.run_attempt),
    GITHUB_ACTOR: str(g.actor),
    GITHUB_JOB: str(g.job),
    GITHUB_WORKFLOW: str(g.workflow),
    GITHUB_SERVER_URL: str(g.server_url),
    GITHUB_API_URL: str(g.api_url),
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_TOOL_CACHE: join(job.runnerTemp, 'tool-cache'),
  };
}

/** The contexts expressions see in an action of `job` (inputs and steps added by the caller). */
export function jobContexts(job: Job, actionPath: string, env: NodeJS.ProcessEnv): Contexts {
  const plainEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) plainEnv[k] = v;
  return {
    github: { ...job.github, action_path: actionPath },
    env: plainEnv,
    runner: {
      os: 'Linux',
      arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
      temp: job.runnerTemp,
      tool_cache: join(job.runnerTemp, 'tool-cache'),
      name: 'lading-test-runner',
      environment: 'self-hosted',
    },
    job: { status: 'success' },
    strategy: {},
    matrix: {},
  };
}

export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  const file = ['action.yml', 'action.yaml'].map((f) => join(actionDir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`no action.yml in ${actionDir}`);
  return parse(await readFile(file, 'utf8')) as ActionMetadata;
}

/** The runner's environment name for an input: INPUT_, upper case, spaces as underscores. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The inputs an action sees: the given ones, then each declared input's
 * `default:` (expressions evaluated) where not given. Unknown inputs are
 * reported the way the runner warns about them.
 */
export function resolveInputs(
  meta: ActionMetadata,
  given: Record<string, string>,
  contexts: Contexts,
): { inputs: Record<string, string>; unexpected: string[] } {
  const declared = meta.inputs ?? {};
  const lower = new Map(Object.keys(declared).map((k) => [k.toLowerCase(), k]));
  const inputs: Record<string, string> = {};
  const unexpected: string[] = [];
  for (const [k, v] of Object.entries(given)) {
    const name = lower.get(k.toLowerCase());
    if (!name) unexpected.push(k);
    inputs[name ?? k] = v;
  }
  for (const [name, spec] of Object.entries(declared)) {
    if (name in inputs || spec.default === undefined) continue;
    inputs[name] = evaluateTemplate(String(spec.default), contexts);
  }
  return { inputs, unexpected };
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `k=v` lines and `k<<DELIM` blocks. */
export function parseFileCommands(text: string, file = 'file command'): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, key, delim] = heredoc;
      const end = lines.indexOf(delim!, i + 1);
      if (end < 0) throw new Error(`${file}: no closing delimiter ${delim} for ${key}`);
      out[key!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`${file}: malformed line "${line}"`);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** The workflow commands in a log: annotations (with file/line/title) and masks. */
export function parseWorkflowCommands(log: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of log.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props, data] = m;
    if (command === 'add-mask') {
      const value = unescapeData(data!);
      if (value.trim()) masks.push(value);
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const p: Record<string, string> = {};
    for (const part of (props ?? '').split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) p[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1));
    }
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    const a: Annotation = { level: command, message: unescapeData(data!) };
    if (p.file) a.file = p.file;
    const lineNo = num(p.line ?? p.startLine);
    if (lineNo !== undefined) a.line = lineNo;
    const endLine = num(p.endLine);
    if (endLine !== undefined) a.endLine = endLine;
    const col = num(p.col ?? p.startColumn);
    if (col !== undefined) a.col = col;
    if (p.title) a.title = p.title;
    annotations.push(a);
  }
  return { annotations, masks };
}

/**
 * Whether an action printed `secret` anywhere but in the runner's own mask
 * commands. Read on the unmasked output: a secret the runner's masks would
 * hide still counts, since masks are the last defence and miss whatever was
 * printed before its mask was registered.
 */
export function leaks(stdout: string, secret: string): boolean {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .some((line) => line.includes(secret));
}

/** The log as the runner shows it: every mask (longest first) replaced by ***. */
export function applyMasks(log: string, masks: readonly string[]): string {
  let out = log;
  for (const m of [...masks].sort((a, b) => b.length - a.length)) out = out.split(m).join('***');
  return out;
}

/** The per-step files of the file commands, created empty as the runner does. */
export interface StepFiles {
  output: string;
  summary: string;
  env: string;
  state: string;
  path: string;
}

export async function stepFiles(runnerTemp: string, label: string): Promise<StepFiles> {
  const dir = await mkdtemp(join(runnerTemp, `_runner_file_commands-${label.replace(/[^\w.-]/g, '_')}-`));
  const files: StepFiles = {
    output: join(dir, 'output'),
    summary: join(dir, 'step_summary'),
    env: join(dir, 'env'),
    state: join(dir, 'state'),
    path: join(dir, 'path'),
  };
  for (const f of Object.values(files)) await writeFile(f, '');
  return files;
}

export function fileEnv(files: StepFiles): NodeJS.ProcessEnv {
  return {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_PATH: files.path,
  };
}

export interface StepFileResults {
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
}

export async function readStepFiles(files: StepFiles): Promise<StepFileResults> {
  const read = (f: string) => readFile(f, 'utf8');
  return {
    outputs: parseFileCommands(await read(files.output), 'GITHUB_OUTPUT'),
    summary: await read(files.summary),
    env: parseFileCommands(await read(files.env), 'GITHUB_ENV'),
    state: parseFileCommands(await read(files.state), 'GITHUB_STATE'),
    path: (await read(files.path)).split(/\r?\n/).filter(Boolean),
  };
}

/** Runs a process with stdout and stderr interleaved into one log, as the runner records it. */
export function runProcess(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<{ code: number; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({ code: code ?? (signal ? 128 : 1), log: Buffer.concat(chunks).toString('utf8') }),
    );
  });
}

/** A path into REPO_ROOT/dist mapped onto the job's dist directory. */
export function mapDist(job: Job, path: string): string {
  const rel = relative(REPO_DIST, path);
  if (rel.startsWith('..') || resolve(rel) === rel) return path;
  return join(job.distDir, rel);
}

export interface JsActionOptions extends JobOptions {
  inputs?: Record<string, string>;
  /** A job prepared earlier (prepareJob), to share its workspace and temp with other actions. */
  job?: Job;
}

/**
 * Runs a JavaScript action (`runs.using: node*`) from its directory: `main`
 * with this Node, INPUT_* from the inputs and defaults, the runner's files.
 */
export async function runJsAction(actionDir: string, options: JsActionOptions = {}): Promise<ActionRun> {
  const job = options.job ?? (await prepareJob(options));
  return runJsActionInJob(resolve(actionDir), options.inputs ?? {}, job, {});
}

/** The same inside a job, with extra step environment (used by the composite runner for local actions). */
export async function runJsActionInJob(
  actionDir: string,
  given: Record<string, string>,
  job: Job,
  stepEnv: NodeJS.ProcessEnv,
): Promise<ActionRun> {
  const meta = await readActionMetadata(actionDir);
  const using = meta.runs?.using ?? '';
  if (!/^node\d+$/.test(using) || !meta.runs?.main) {
    throw new Error(`${actionDir}: not a JavaScript action (runs.using: ${using || 'missing'})`);
  }
  const baseEnv = { ...job.env, ...stepEnv };
  const contexts = jobContexts(job, actionDir, baseEnv);
  const { inputs, unexpected } = resolveInputs(meta, given, contexts);
  const files = await stepFiles(job.runnerTemp, meta.name ?? 'action');
  const env: NodeJS.ProcessEnv = { ...baseEnv, ...runnerEnv(job, actionDir), ...fileEnv(files) };
  for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
  const main = mapDist(job, resolve(actionDir, meta.runs.main));
  const { code, log } = await runProcess(process.execPath, [main], { env, cwd: job.workspace });
  const result = await readStepFiles(files);
  const { annotations, masks } = parseWorkflowCommands(log);
  for (const k of unexpected) {
    annotations.unshift({
      level: 'warning',
      message: `Unexpected input(s) '${k}', valid inputs are [${Object.keys(meta.inputs ?? {}).join(', ')}]`,
    });
  }
  return {
    code: code === 0 ? 0 : 1,
    outputs: result.outputs,
    summary: result.summary,
    stdout: log,
    log: applyMasks(log, masks),
    annotations,
    masks,
    env: result.env,
    state: result.state,
    path: result.path,
  };
}
