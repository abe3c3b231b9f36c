import { writeFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import {
  type ActionRun,
  type Annotation,
  applyMasks,
  fileEnv,
  type Job,
  type JobOptions,
  jobContexts,
  parseWorkflowCommands,
  prepareJob,
  REPO_DIST,
  readActionMetadata,
  readStepFiles,
  resolveInputs,
  runJsActionInJob,
  runnerEnv,
  runProcess,
  stepFiles,
} from './action-runner.js';
import {
  type Contexts,
  type ContextValue,
  evaluateCondition,
  evaluateTemplate,
} from './runner-expressions.js';

// Runs a composite action.yml here as the GitHub runner would: inputs with
// their defaults, `${{ }}` expressions and `if:` conditions evaluated by
// GitHub's own expression library, `run:` steps in bash with a GITHUB_OUTPUT
// of their own, outputs mapped from the steps. A step that fails stops the
// rest unless they ask for `if: always()`/`failure()`. Remote `uses:` are
// refused (nothing is fetched here) unless an `if:` skips them; local
// `uses: ./…` run from the workspace, JavaScript or composite.

interface CompositeStep {
  id?: string;
  name?: string;
  if?: string | boolean;
  run?: string;
  shell?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

export interface StepRecord {
  id: string;
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}

export interface CompositeRun extends ActionRun {
  steps: StepRecord[];
}

export interface CompositeOptions extends JobOptions {
  inputs?: Record<string, string>;
  /** A job prepared earlier (prepareJob), to share its workspace and temp with other actions. */
  job?: Job;
}

/** Runs the composite action in `actionDir` (its action.yml) with `options.inputs`. */
export async function runCompositeAction(
  actionDir: string,
  options: CompositeOptions = {},
): Promise<CompositeRun> {
  const job = options.job ?? (await prepareJob(options));
  return runComposite(resolve(actionDir), options.inputs ?? {}, job, {});
}

function label(step: CompositeStep, index: number): string {
  return step.name ?? step.id ?? (step.run ? `run #${index + 1}` : `uses ${step.uses}`);
}

function shellCommand(shell: string, script: string): [string, string[]] {
  switch (shell) {
    case 'bash':
      return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]];
    case 'sh':
      return ['sh', ['-e', script]];
    default: {
      // A custom shell: `command [args] {0}`, as the runner accepts.
      const parts = shell.split(/\s+/).filter(Boolean);
      if (!parts.some((p) => p.includes('{0}')))
        throw new Error(`shell: "${shell}" has no {0} for the script`);
      return [parts[0]!, parts.slice(1).map((p) => p.replace('{0}', script))];
    }
  }
}

function evaluateMap(
  map: Record<string, string | number | boolean> | undefined,
  contexts: Contexts,
  status: { failed: boolean },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = evaluateTemplate(String(v), contexts, status);
  return out;
}

async function runComposite(
  actionDir: string,
  given: Record<string, string>,
  job: Job,
  outerEnv: NodeJS.ProcessEnv,
): Promise<CompositeRun> {
  const meta = await readActionMetadata(actionDir);
  if (meta.runs?.using !== 'composite') {
    throw new Error(`${actionDir}: not a composite action (runs.using: ${meta.runs?.using ?? 'missing'})`);
  }
  const steps = (meta.runs.steps ?? []) as CompositeStep[];
  // The job's env plus what steps export through GITHUB_ENV, as later steps see it.
  const exported: Record<string, string> = {};
  const addedPath: string[] = [];
  // Point the run steps at a test build of dist/ only when one was asked for.
  const distEnv: NodeJS.ProcessEnv = job.distDir === REPO_DIST ? {} : { LADING_DIST_DIR: job.distDir };
  const currentEnv = (): NodeJS.ProcessEnv => ({ ...job.env, ...outerEnv, ...distEnv, ...exported });
  const { inputs, unexpected } = resolveInputs(meta, given, jobContexts(job, actionDir, currentEnv()));

  const stepsContext: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  const records: StepRecord[] = [];
  const status = { failed: false };
  let log = '';
  let summary = '';
  const annotations: Annotation[] = unexpected.map((k) => ({
    level: 'warning' as const,
    message: `Unexpected input(s) '${k}', valid inputs are [${Object.keys(meta.inputs ?? {}).join(', ')}]`,
  }));
  const masks: string[] = [];
  const state: Record<string, string> = {};

  for (const [index, step] of steps.entries()) {
    const name = label(step, index);
    const id = step.id ?? `__step_${index + 1}`;
    const contexts = (): Contexts => ({
      ...jobContexts(job, actionDir, currentEnv()),
      inputs,
      steps: stepsContext as unknown as ContextValue,
    });
    if (!evaluateCondition(step.if, contexts(), status)) {
      stepsContext[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      records.push({ id, name, outcome: 'skipped', conclusion: 'skipped', outputs: {} });
      continue;
    }
    const stepEnv = evaluateMap(step.env, contexts(), status);
    const env: NodeJS.ProcessEnv = { ...currentEnv(), ...stepEnv };
    if (addedPath.length > 0) env.PATH = [...addedPath, env.PATH ?? ''].join(delimiter);

    let run: ActionRun;
    if (step.run !== undefined) {
      if (!step.shell) throw new Error(`step "${name}": a run step in a composite action needs shell:`);
      const files = await stepFiles(job.runnerTemp, id);
      const script = join(job.runnerTemp, `${id}-${Date.now()}-${Math.random().toString(16).slice(2)}.sh`);
      await writeFile(script, evaluateTemplate(step.run, contexts(), status));
      const wd = step['working-directory']
        ? evaluateTemplate(step['working-directory'], contexts(), status)
        : job.workspace;
      const [command, args] = shellCommand(evaluateTemplate(step.shell, contexts(), status), script);
      const result = await runProcess(command, args, {
        env: { ...env, ...runnerEnv(job, actionDir), ...fileEnv(files) },
        cwd: isAbsolute(wd) ? wd : join(job.workspace, wd),
      });
      const files_ = await readStepFiles(files);
      const commands = parseWorkflowCommands(result.log);
      if (result.code !== 0) {
        commands.annotations.push({
          level: 'error',
          message: `Process completed with exit code ${result.code}.`,
        });
      }
      run = {
        code: result.code === 0 ? 0 : 1,
        outputs: files_.outputs,
        summary: files_.summary,
        stdout: result.log,
        log: '',
        annotations: commands.annotations,
        masks: commands.masks,
        env: files_.env,
        state: files_.state,
        path: files_.path,
      };
    } else if (step.uses) {
      const uses = evaluateTemplate(step.uses, contexts(), status);
      if (!uses.startsWith('./')) {
        throw new Error(
          `step "${name}": uses: ${uses} is a remote action, which this runner does not fetch or run; ` +
            'skip it with an if: condition in the test, or run that path elsewhere',
        );
      }
      const dir = resolve(job.workspace, uses);
      const sub = await readActionMetadata(dir);
      const withInputs = evaluateMap(step.with, contexts(), status);
      run =
        sub.runs?.using === 'composite'
          ? await runComposite(dir, withInputs, job, { ...outerEnv, ...exported, ...stepEnv })
          : await runJsActionInJob(dir, withInputs, job, {
              ...outerEnv,
              ...distEnv,
              ...exported,
              ...stepEnv,
            });
    } else {
      throw new Error(`step "${name}": neither run: nor uses:`);
    }

    log += run.stdout;
    summary += run.summary;
    annotations.push(...run.annotations);
    masks.push(...run.masks);
    Object.assign(exported, run.env);
    Object.assign(state, run.state);
    addedPath.unshift(...run.path.reverse());
    const continueOnError = evaluateTemplate(
      String(step['continue-on-error'] ?? 'false'),
      contexts(),
      status,
    );
    const outcome = run.code === 0 ? 'success' : 'failure';
    const conclusion = outcome === 'failure' && continueOnError === 'true' ? 'success' : outcome;
    if (conclusion === 'failure') status.failed = true;
    stepsContext[id] = { outputs: run.outputs, outcome, conclusion };
    records.push({ id, name, outcome, conclusion, outputs: run.outputs });
  }

  const finalContexts: Contexts = {
    ...jobContexts(job, actionDir, currentEnv()),
    inputs,
    steps: stepsContext as unknown as ContextValue,
  };
  const outputs: Record<string, string> = {};
  for (const [k, spec] of Object.entries(meta.outputs ?? {})) {
    outputs[k] = spec.value === undefined ? '' : evaluateTemplate(String(spec.value), finalContexts, status);
  }
  return {
    code: status.failed ? 1 : 0,
    outputs,
    summary,
    stdout: log,
    log: applyMasks(log, masks),
    annotations,
    masks,
    env: exported,
    state,
    path: addedPath,
    steps: records,
  };
}
