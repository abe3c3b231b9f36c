import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY } from '../scripts/action-docs.js';
import { REPO_ROOT } from './harness/peers.js';
import { workflowErrors } from './harness/workflow-parser.js';

// The workflows users copy (action-templates/) and the project's own
// (.github/workflows/) are checked the way GitHub reads them — its own parser —
// and against the rules a reviewer would otherwise check by eye: explicit,
// least permissions with a reason, third-party actions pinned by commit, and
// lading inputs that exist in the action.yml they are passed to.

type Mapping = Record<string, unknown>;

interface Step {
  uses?: string;
  with?: Mapping;
  run?: string;
}

interface Job {
  permissions?: Mapping | string;
  steps?: Step[];
  uses?: string;
}

interface Workflow {
  permissions?: Mapping | string;
  jobs?: Record<string, Job>;
}

function workflowFiles(dir: string): string[] {
  const full = join(REPO_ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

const TEMPLATES = workflowFiles('action-templates');
const PROJECT = workflowFiles('.github/workflows');
const LADING_PREFIX = `${REPOSITORY}`;

/** The action.yml a lading `uses:` points at, relative to the repository root, or undefined for others. */
function ladingActionPath(uses: string): string | undefined {
  const at = uses.lastIndexOf('@');
  const name = at < 0 ? uses : uses.slice(0, at);
  if (name === LADING_PREFIX) return 'action.yml';
  if (name.startsWith(`${LADING_PREFIX}/`)) return `${name.slice(LADING_PREFIX.length + 1)}/action.yml`;
  if (name === '.' || name === './') return 'action.yml';
  if (name.startsWith('./')) return `${name.slice(2).replace(/\/$/, '')}/action.yml`;
  return undefined;
}

/** Why a `uses:` is not pinned the way this project requires, or undefined when it is. */
function pinProblem(uses: string, line: string): string | undefined {
  if (uses.startsWith('./')) return undefined; // this repository, at the commit being run
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? undefined : `${uses}: a docker:// action must name a digest`;
  }
  if (ladingActionPath(uses)) {
    // lading's own actions: the release tag users are told to use.
    return uses.endsWith('@v1') ? undefined : `${uses}: lading's actions are referenced at @v1`;
  }
  if (!/@[0-9a-f]{40}$/.test(uses)) return `${uses}: not pinned by a 40-hex commit SHA`;
  if (!/#\s*v\d/.test(line)) return `${uses}: the pin has no "# vX.Y.Z" comment saying which release it is`;
  return undefined;
}

interface InputSpec {
  required?: boolean | string;
  default?: unknown;
}

/** Problems with the `with:` of a lading step, checked against the inputs of its action.yml. */
function inputProblems(uses: string, withKeys: Mapping, actionYml: string | undefined): string[] {
  if (actionYml === undefined) return [`${uses}: its action.yml does not exist in this repository`];
  const meta = parse(actionYml) as { inputs?: Record<string, InputSpec | null> };
  const inputs = meta.inputs ?? {};
  const problems: string[] = [];
  for (const key of Object.keys(withKeys)) {
    if (!(key in inputs)) problems.push(`${uses}: input "${key}" is not declared in its action.yml`);
  }
  for (const [name, spec] of Object.entries(inputs)) {
    const required = spec?.required === true || spec?.required === 'true';
    if (required && spec?.default === undefined && !(name in withKeys)) {
      problems.push(`${uses}: required input "${name}" is not given`);
    }
  }
  return problems;
}

// What must be in a job for each write permission to be the least it needs.
const WRITE_NEEDS: Record<string, { why: string; holds: (steps: Step[]) => boolean }> = {
  'id-token': {
    why: 'a keyless signing step (the release action, actions/sign or actions/attest)',
    holds: (steps) =>
      steps.some((s) => /^(action\.yml|actions\/(sign|attest)\/action\.yml)$/.test(ladingPathOf(s))),
  },
  packages: {
    why: 'a step that pushes to the registry (the release action, actions/build, sign or attest)',
    holds: (steps) =>
      steps.some((s) => /^(action\.yml|actions\/(build|sign|attest)\/action\.yml)$/.test(ladingPathOf(s))),
  },
  'security-events': {
    why: 'a SARIF upload (github/codeql-action/upload-sarif)',
    holds: (steps) => steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')),
  },
  'pull-requests': {
    why: 'a step that comments on the pull request (actions/scan or actions/policy)',
    holds: (steps) => steps.some((s) => /^actions\/(scan|policy)\/action\.yml$/.test(ladingPathOf(s))),
  },
  attestations: {
    why: "a lading step with github-attestations: 'true'",
    holds: (steps) =>
      steps.some((s) => ladingPathOf(s) !== '' && String(s.with?.['github-attestations']) === 'true'),
  },
};

function ladingPathOf(step: Step): string {
  return (step.uses && ladingActionPath(step.uses)) || '';
}

/** Permission problems of a whole workflow: explicit, least, and each write explained by a comment. */
function permissionProblems(text: string, file: string): string[] {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  const jobs = Object.entries(wf.jobs ?? {});
  if (wf.permissions === undefined) {
    for (const [id, job] of jobs) {
      if (job.permissions === undefined)
        problems.push(`${file}: job ${id} runs with the default token permissions`);
    }
  }
  if (typeof wf.permissions === 'string')
    problems.push(`${file}: workflow permissions "${wf.permissions}" is too broad`);
  if (typeof wf.permissions === 'object' && wf.permissions !== null) {
    for (const [scope, level] of Object.entries(wf.permissions)) {
      if (level === 'write')
        problems.push(`${file}: ${scope}: write at workflow level; give it to the job that needs it`);
    }
  }
  for (const [id, job] of jobs) {
    if (typeof job.permissions === 'string')
      problems.push(`${file}: job ${id} permissions "${job.permissions}"`);
    if (typeof job.permissions !== 'object' || job.permissions === null) continue;
    for (const [scope, level] of Object.entries(job.permissions)) {
      if (level !== 'write') continue;
      const need = WRITE_NEEDS[scope];
      if (!need) problems.push(`${file}: job ${id}: ${scope}: write is never needed by lading`);
      else if (!need.holds(job.steps ?? []))
        problems.push(`${file}: job ${id}: ${scope}: write without ${need.why}`);
    }
  }
  // Every write permission says why on its own line.
  for (const [n, line] of text.split('\n').entries()) {
    if (/^\s*[a-z-]+:\s*write\s*(#.*)?$/.test(line) && !/#\s*\S/.test(line)) {
      problems.push(`${file}:${n + 1}: "${line.trim()}" has no comment saying why`);
    }
  }
  return problems;
}

/** Every `uses:` in a workflow with its source line (for the version comment). */
function usesWithLines(text: string): { uses: string; line: string }[] {
  return text
    .split('\n')
    .map((line) => ({ line, m: /^\s*(?:-\s*)?uses:\s*([^\s#]+)/.exec(line) }))
    .filter((x) => x.m)
    .map((x) => ({ uses: x.m![1]!.replace(/^['"]|['"]$/g, ''), line: x.line }));
}

function readAction(relPath: string): string | undefined {
  const file = join(REPO_ROOT, relPath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function ladingStepProblems(text: string, file: string): string[] {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    for (const step of job.steps ?? []) {
      const path = step.uses ? ladingActionPath(step.uses) : undefined;
      if (!step.uses || !path) continue;
      problems.push(
        ...inputProblems(step.uses, step.with ?? {}, readAction(path)).map((p) => `${file}: job ${id}: ${p}`),
      );
    }
  }
  return problems;
}

/** `steps.ID.outputs.NAME` references to a missing step, or to an output a lading action does not declare. */
function outputReferenceProblems(text: string, file: string): string[] {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    const steps = (job.steps ?? []) as (Step & { id?: string })[];
    const ids = new Map(steps.filter((st) => st.id).map((st) => [st.id!, st]));
    for (const m of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [ref, id, output] = [m[0], m[1]!, m[2]!];
      const step = ids.get(id);
      if (!step) {
        problems.push(`${file}: job ${jobId}: ${ref}: no step has id ${id}`);
        continue;
      }
      const path = step.uses ? ladingActionPath(step.uses) : undefined;
      const yml = path && readAction(path);
      if (!yml) continue; // a run: step sets its outputs itself
      const outputs = (parse(yml) as { outputs?: Mapping }).outputs ?? {};
      if (!(output in outputs))
        problems.push(`${file}: job ${jobId}: ${ref}: ${step.uses} has no output ${output}`);
    }
  }
  return problems;
}

it('finds the five templates and the project workflows', () => {
  expect(TEMPLATES).toEqual(
    expect.arrayContaining([
      'action-templates/release.yml',
      'action-templates/pull-request.yml',
      'action-templates/nightly-rescan.yml',
      'action-templates/deploy-gate.yml',
      'action-templates/registry-policy.yml',
    ]),
  );
  expect(PROJECT).toEqual(
    expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml']),
  );
});

describe.each([...TEMPLATES, ...PROJECT])('%s', (file) => {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');

  it("parses with GitHub's workflow parser without a single error", async () => {
    expect(await workflowErrors(file, text)).toEqual([]);
  });

  it('asks for explicit, least permissions, each write with its reason', () => {
    expect(permissionProblems(text, file)).toEqual([]);
  });

  it('pins every third-party action by commit SHA', () => {
    const problems = usesWithLines(text)
      .map(({ uses, line }) => pinProblem(uses, line))
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('passes lading actions only inputs their action.yml declares, and every required one', () => {
    expect(ladingStepProblems(text, file)).toEqual([]);
  });

  it('reads only outputs that the steps it names declare', () => {
    expect(outputReferenceProblems(text, file)).toEqual([]);
  });

  it('never interpolates an expression into a run: script (script injection)', () => {
    const wf = parse(text) as Workflow;
    const runs = Object.values(wf.jobs ?? {}).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
    expect(runs.filter((r) => r.includes('${{'))).toEqual([]);
  });
});

// The README's examples are copied as often as the templates.
it('gives lading actions only declared inputs in the README examples', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const steps = blocks.flatMap((b) => {
    const parsed = parse(b) as unknown;
    return Array.isArray(parsed) ? (parsed as Step[]) : [];
  });
  const lading = steps.filter((s) => s.uses && ladingActionPath(s.uses));
  expect(lading.length).toBeGreaterThan(0);
  const problems = lading.flatMap((s) =>
    inputProblems(s.uses!, s.with ?? {}, readAction(ladingActionPath(s.uses!)!)).map(
      (p) => `README.md: ${p}`,
    ),
  );
  expect(problems).toEqual([]);
});

describe('the checks themselves can fail', () => {
  it("GitHub's parser rejects a broken workflow, naming the line", async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: sometimes',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '        run: echo both',
    ].join('\n');
    const errors = await workflowErrors('broken.yml', broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/broken\.yml \(Line: 6.*'sometimes'/),
        expect.stringMatching(/broken\.yml \(Line: 9.*'run'/),
      ]),
    );
  });

  it('rejects an expression that does not parse', async () => {
    const broken =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: ${{ github.event_name == }}\n    steps:\n      - run: echo\n';
    expect((await workflowErrors('expr.yml', broken)).join('\n')).toMatch(/expr\.yml \(Line: 5/);
  });

  it('flags a tag-pinned action, a SHA without its version, and lading at another tag', () => {
    expect(pinProblem('actions/checkout@v4', '- uses: actions/checkout@v4')).toMatch(/not pinned/);
    const sha = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';
    expect(pinProblem(sha, `- uses: ${sha}`)).toMatch(/no "# vX.Y.Z" comment/);
    expect(pinProblem(sha, `- uses: ${sha} # v4.2.2`)).toBeUndefined();
    expect(pinProblem(`${REPOSITORY}/actions/scan@main`, '')).toMatch(/@v1/);
  });

  it('flags an undeclared lading input and a missing required one', () => {
    const yml = 'inputs:\n  image:\n    required: true\n  fail-on:\n    default: none\n';
    expect(inputProblems('x/scan@v1', { 'fail-onn': 'high' }, yml)).toEqual([
      'x/scan@v1: input "fail-onn" is not declared in its action.yml',
      'x/scan@v1: required input "image" is not given',
    ]);
    expect(inputProblems('x/gone@v1', {}, undefined)).toEqual([
      'x/gone@v1: its action.yml does not exist in this repository',
    ]);
  });

  it('flags an output the action does not declare, and a step id that does not exist', () => {
    const wf = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - { id: s, uses: ${REPOSITORY}/actions/scan@v1, with: { image: x } }`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      "      - { uses: x/y@v1, with: { a: '${{ steps.s.outputs.digest }}', b: '${{ steps.t.outputs.x }}' } }",
    ].join('\n');
    expect(outputReferenceProblems(wf, 'o.yml')).toEqual([
      `o.yml: job a: steps.s.outputs.digest: ${REPOSITORY}/actions/scan@v1 has no output digest`,
      'o.yml: job a: steps.t.outputs.x: no step has id t',
    ]);
  });

  it('flags default permissions, a write with no use for it, and a write without a reason', () => {
    const wf = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: echo }]',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      id-token: write',
      '    steps: [{ run: echo }]',
    ].join('\n');
    expect(permissionProblems(wf, 'w.yml')).toEqual([
      'w.yml: job a runs with the default token permissions',
      'w.yml: job b: id-token: write without a keyless signing step (the release action, actions/sign or actions/attest)',
      'w.yml:9: "id-token: write" has no comment saying why',
    ]);
  });
});
