import { describe, expect, it } from 'vitest';
import { checkPredicate } from '../../src/attest/predicates.js';
import { slsaProvenance } from '../../src/attest/provenance.js';
import { workflowContext } from '../../src/github/workflow.js';

const ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'example/app',
  GITHUB_REPOSITORY_ID: '123',
  GITHUB_REPOSITORY_OWNER_ID: '456',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_WORKFLOW_REF: 'example/app/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_RUN_ID: '789',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_ENVIRONMENT: 'github-hosted',
};

describe('SLSA provenance from the workflow run', () => {
  it('has the fields @actions/attest writes', () => {
    const p = slsaProvenance(workflowContext(ENV));
    expect(p).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/tags/v1.0.0',
            repository: 'https://github.com/example/app',
            path: '.github/workflows/release.yml',
          },
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '123',
            repository_owner_id: '456',
            runner_environment: 'github-hosted',
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/example/app@refs/tags/v1.0.0',
            digest: { gitCommit: 'a'.repeat(40) },
          },
        ],
      },
      runDetails: {
        builder: { id: 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0' },
        metadata: { invocationId: 'https://github.com/example/app/actions/runs/789/attempts/2' },
      },
    });
    expect(() => checkPredicate(Buffer.from(JSON.stringify(p)), 'slsaprovenance1', 'p')).not.toThrow();
  });

  it('names every missing runner variable', () => {
    const { GITHUB_SHA: _, RUNNER_ENVIRONMENT: __, ...partial } = ENV;
    expect(() => workflowContext(partial)).toThrow(
      'SLSA provenance needs a GitHub Actions run: GITHUB_SHA, RUNNER_ENVIRONMENT are unset (give --predicate FILE outside Actions)',
    );
  });

  it('refuses a workflow ref of another repository', () => {
    expect(() =>
      workflowContext({ ...ENV, GITHUB_WORKFLOW_REF: 'evil/app/.github/workflows/x.yml@main' }),
    ).toThrow('GITHUB_WORKFLOW_REF: "evil/app/.github/workflows/x.yml@main" is not example/app/PATH@REF');
  });
});
