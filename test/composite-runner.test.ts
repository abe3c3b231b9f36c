import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareJob, runJsAction } from './harness/action-runner.js';
import { runCompositeAction } from './harness/composite-runner.js';

// The test runner for actions must itself behave like GitHub's: these small
// composites and a tiny JavaScript action pin down what the release and build
// tests rely on (defaults, expressions, if:, failure handling, outputs,
// workflow commands, refusal of remote actions).

let root: string;

async function action(name: string, yml: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'action.yml'), yml);
  for (const [f, text] of Object.entries(files)) await writeFile(join(dir, f), text);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lading-composite-'));
});

describe('composite runner', () => {
  it('applies input defaults, evaluates expressions in run, env and outputs, and maps step outputs', async () => {
    const dir = await action(
      'basic',
      `name: basic
description: d
inputs:
  who:
    description: d
    default: world
  tags:
    description: d
  config:
    description: d
    default: '{"fail": "high", "list": [1, 2]}'
outputs:
  greeting:
    description: d
    value: \${{ steps.hello.outputs.greeting }}
  lines:
    description: d
    value: \${{ steps.hello.outputs.lines }}
  computed:
    description: d
    value: \${{ format('{0}/{1}', fromJSON(inputs.config).fail, contains(inputs.tags, 'v1')) }}
runs:
  using: composite
  steps:
    - id: hello
      shell: bash
      env:
        WHO: \${{ inputs.who }}
        WHERE: \${{ github.action_path }}
      run: |
        echo "greeting=hello $WHO" >> "$GITHUB_OUTPUT"
        { echo 'lines<<EOF'; echo one; echo two; echo EOF; } >> "$GITHUB_OUTPUT"
        test "$WHERE" = "$GITHUB_ACTION_PATH"
        echo "ran in \${{ github.workspace }}"
`,
    );
    const r = await runCompositeAction(dir, { inputs: { tags: 'repo:v1' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ greeting: 'hello world', lines: 'one\ntwo', computed: 'high/true' });
    expect(r.stdout).toMatch(/ran in \/.*lading-runner-ws-/);
  });

  it('stops at a failing step, still runs always() and failure() steps, and honours continue-on-error', async () => {
    const dir = await action(
      'failing',
      `name: failing
description: d
outputs:
  after:
    description: d
    value: \${{ steps.after.outcome }}
runs:
  using: composite
  steps:
    - id: tolerated
      shell: bash
      continue-on-error: true
      run: exit 5
    - id: next
      shell: bash
      run: echo "tolerated=\${{ steps.tolerated.outcome }}/\${{ steps.tolerated.conclusion }}"
    - id: boom
      shell: bash
      run: |
        echo before
        false
        echo never-printed
    - id: after
      shell: bash
      run: echo should-not-run
    - id: cleanup
      if: always()
      shell: bash
      run: echo cleanup-ran
    - id: report
      if: failure()
      shell: bash
      run: echo "failure-ran boom=\${{ steps.boom.outcome }}"
    - id: notonsuccess
      if: success()
      shell: bash
      run: echo success-ran
`,
    );
    const r = await runCompositeAction(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tolerated=failure/success');
    expect(r.stdout).toContain('before');
    expect(r.stdout).not.toContain('never-printed');
    expect(r.stdout).not.toContain('should-not-run');
    expect(r.stdout).not.toContain('success-ran');
    expect(r.stdout).toContain('cleanup-ran');
    expect(r.stdout).toContain('failure-ran boom=failure');
    expect(r.outputs.after).toBe('skipped');
    expect(r.steps.map((s) => `${s.id}:${s.conclusion}`)).toEqual([
      'tolerated:success',
      'next:success',
      'boom:failure',
      'after:skipped',
      'cleanup:success',
      'report:success',
      'notonsuccess:skipped',
    ]);
    expect(r.annotations).toContainEqual({ level: 'error', message: 'Process completed with exit code 1.' });
  });

  it('refuses a remote action by name, unless an if: skips it', async () => {
    const dir = await action(
      'remote',
      `name: remote
description: d
inputs:
  engine:
    description: d
    default: buildx
runs:
  using: composite
  steps:
    - name: Set up Buildx
      if: inputs.engine == 'buildx'
      uses: docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435
    - shell: bash
      run: echo local-step
`,
    );
    await expect(runCompositeAction(dir)).rejects.toThrow(
      /step "Set up Buildx": uses: docker\/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435 is a remote action/,
    );
    const r = await runCompositeAction(dir, { inputs: { engine: 'lading' } });
    expect(r.code).toBe(0);
    expect(r.steps[0]?.outcome).toBe('skipped');
    expect(r.stdout).toContain('local-step');
  });

  it('carries GITHUB_ENV and GITHUB_PATH to later steps; parses annotations and masks; joins summaries', async () => {
    const dir = await action(
      'commands',
      `name: commands
description: d
inputs:
  secret:
    description: d
runs:
  using: composite
  steps:
    - shell: bash
      env:
        SECRET: \${{ inputs.secret }}
      run: |
        echo "::add-mask::$SECRET"
        echo "EXPORTED=from-first" >> "$GITHUB_ENV"
        mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-on-path\\n' > "$RUNNER_TEMP/bin/mytool"
        chmod +x "$RUNNER_TEMP/bin/mytool" && echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
        echo "the secret is $SECRET"
        echo "## first" >> "$GITHUB_STEP_SUMMARY"
    - shell: bash
      run: |
        echo "exported=$EXPORTED env-ctx=\${{ env.EXPORTED }}"
        mytool
        echo "::warning file=Dockerfile,line=4,title=CVE-1 in x::high%3A a, b%0Asecond line"
        echo "::error::plain error"
        echo "## second" >> "$GITHUB_STEP_SUMMARY"
`,
    );
    const r = await runCompositeAction(dir, { inputs: { secret: 'canary-9f3k' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('exported=from-first env-ctx=from-first');
    expect(r.stdout).toContain('tool-on-path');
    expect(r.masks).toEqual(['canary-9f3k']);
    expect(r.log).toContain('the secret is ***');
    expect(r.log).not.toContain('canary-9f3k');
    expect(r.annotations).toEqual([
      {
        level: 'warning',
        file: 'Dockerfile',
        line: 4,
        title: 'CVE-1 in x',
        message: 'high%3A a, b\nsecond line',
      },
      { level: 'error', message: 'plain error' },
    ]);
    expect(r.summary).toBe('## first\n## second\n');
    expect(r.env).toEqual({ EXPORTED: 'from-first' });
  });

  it('runs a local JavaScript action from the workspace with INPUT_* variables and its defaults', async () => {
    const job = await prepareJob();
    const main = `const fs = require('node:fs');
const out = process.env.GITHUB_OUTPUT;
fs.appendFileSync(out, 'seen=' + JSON.stringify({ a: process.env['INPUT_FAIL-ON'], b: process.env['INPUT_MY_INPUT'], c: process.env['INPUT_TOKEN'] }) + '\\n');
if (process.env['INPUT_FAIL-ON'] === 'boom') { console.log('::error file=x.txt,line=2::went boom'); process.exitCode = 1; }
`;
    await mkdir(join(job.workspace, 'js'), { recursive: true });
    await writeFile(join(job.workspace, 'js/index.cjs'), main);
    await writeFile(
      join(job.workspace, 'js/action.yml'),
      `name: js
description: d
inputs:
  fail-on:
    description: d
    default: none
  my input:
    description: d
  token:
    description: d
    default: \${{ github.token }}
runs:
  using: node24
  main: index.cjs
`,
    );
    const direct = await runJsAction(join(job.workspace, 'js'), {
      job: { ...job, github: { ...job.github, token: 'ghs_x' } },
      inputs: { 'my input': 'spaced' },
    });
    expect(direct.code).toBe(0);
    expect(JSON.parse(direct.outputs.seen ?? '')).toEqual({ a: 'none', b: 'spaced', c: 'ghs_x' });

    const dir = await action(
      'uses-local',
      `name: uses-local
description: d
outputs:
  seen:
    description: d
    value: \${{ steps.js.outputs.seen }}
runs:
  using: composite
  steps:
    - id: js
      uses: ./js
      with:
        fail-on: \${{ 'bo' }}om
`,
    );
    const r = await runCompositeAction(dir, { job });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.seen ?? '').a).toBe('boom');
    expect(r.annotations).toContainEqual({ level: 'error', file: 'x.txt', line: 2, message: 'went boom' });
  });
});
