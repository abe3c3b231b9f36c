import { InputError } from '../errors.js';

/** The facts about a workflow run that SLSA provenance records, as the runner exposes them. */
export interface WorkflowContext {
  serverUrl: string;
  /** owner/repo */
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  eventName: string;
  /** The git ref the run is for (refs/heads/main, refs/tags/v1.0.0). */
  ref: string;
  sha: string;
  /** owner/repo/.github/workflows/file.yml@ref of the workflow that started the run. */
  workflowRef: string;
  /** The same for the workflow this job runs in, when it is a reusable one (the OIDC `job_workflow_ref`). */
  jobWorkflowRef?: string;
  runId: string;
  runAttempt: string;
  runnerEnvironment: string;
}

const VARIABLES = {
  serverUrl: 'GITHUB_SERVER_URL',
  repository: 'GITHUB_REPOSITORY',
  repositoryId: 'GITHUB_REPOSITORY_ID',
  repositoryOwnerId: 'GITHUB_REPOSITORY_OWNER_ID',
  eventName: 'GITHUB_EVENT_NAME',
  ref: 'GITHUB_REF',
  sha: 'GITHUB_SHA',
  workflowRef: 'GITHUB_WORKFLOW_REF',
  runId: 'GITHUB_RUN_ID',
  runAttempt: 'GITHUB_RUN_ATTEMPT',
  runnerEnvironment: 'RUNNER_ENVIRONMENT',
} as const satisfies Record<Exclude<keyof WorkflowContext, 'jobWorkflowRef'>, string>;

/**
 * Reads the run's context from the runner's variables in `env` (given by the
 * caller). Every missing variable is named, since provenance made without one
 * would not say where the image came from.
 */
export function workflowContext(env: Record<string, string | undefined>): WorkflowContext {
  const missing = Object.values(VARIABLES).filter((name) => !env[name]);
  if (missing.length) {
    throw new InputError(
      `SLSA provenance needs a GitHub Actions run: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} unset (give --predicate FILE outside Actions)`,
    );
  }
  const out = Object.fromEntries(
    Object.entries(VARIABLES).map(([field, name]) => [field, env[name] as string]),
  ) as unknown as WorkflowContext;
  if (!out.workflowRef.startsWith(`${out.repository}/`) || !out.workflowRef.includes('@')) {
    throw new InputError(`GITHUB_WORKFLOW_REF: "${out.workflowRef}" is not ${out.repository}/PATH@REF`);
  }
  return out;
}
