import type { WorkflowContext } from '../github/workflow.js';

// SLSA provenance v1 for a GitHub Actions run, field for field as
// @actions/attest writes it, so `gh attestation verify` and cosign policies
// written for GitHub's own attestations accept lading's.

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: {
        event_name: string;
        repository_id: string;
        repository_owner_id: string;
        runner_environment: string;
      };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: {
    builder: { id: string };
    metadata: { invocationId: string };
  };
}

export function slsaProvenance(run: WorkflowContext): SlsaProvenance {
  const server = run.serverUrl.replace(/\/+$/, '');
  const at = run.workflowRef.lastIndexOf('@');
  const path = run.workflowRef.slice(run.repository.length + 1, at);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: run.ref, repository: `${server}/${run.repository}`, path },
      },
      internalParameters: {
        github: {
          event_name: run.eventName,
          repository_id: run.repositoryId,
          repository_owner_id: run.repositoryOwnerId,
          runner_environment: run.runnerEnvironment,
        },
      },
      resolvedDependencies: [
        { uri: `git+${server}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
      ],
    },
    runDetails: {
      builder: { id: `${server}/${run.jobWorkflowRef ?? run.workflowRef}` },
      metadata: {
        invocationId: `${server}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
      },
    },
  };
}
