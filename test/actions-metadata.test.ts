import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './harness/peers.js';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  shell?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string; value?: string }>;
  runs?: { using?: string; main?: string; steps?: Step[] };
}

interface ActionFile {
  /** actions/NAME, or `.` for the root release action. */
  dir: string;
  file: string;
  text: string;
  meta: ActionMetadata;
}

function load(dir: string): ActionFile {
  const file = join(REPO_ROOT, dir, 'action.yml');
  const text = readFileSync(file, 'utf8');
  return { dir, file, text, meta: parse(text) as ActionMetadata };
}

const ALL = [
  ...readdirSync(join(REPO_ROOT, 'actions'))
    .filter((d) => existsSync(join(REPO_ROOT, 'actions', d, 'action.yml')))
    .map((d) => load(`actions/${d}`)),
  load('.'),
];
const JS = ALL.filter((a) => /^node\d+$/.test(a.meta.runs?.using ?? ''));
const COMPOSITE = ALL.filter((a) => a.meta.runs?.using === 'composite');

/** Each exported function of a module and the text of its body, for finding what a helper reads. */
function functionBodies(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = source.split(/^export (?:async )?function /m).slice(1);
  for (const part of parts) out.set(part.slice(0, part.indexOf('(')), part);
  return out;
}

const HELPERS = functionBodies(readFileSync(join(REPO_ROOT, 'src/github/action-inputs.ts'), 'utf8'));

/**
 * The inputs a module reads: `getInput('x')`, `somethingInput('x', …)`,
 * `credentialsInput('user', 'password')`, and whatever the shared helpers of
 * src/github/action-inputs.ts it calls read themselves.
 */
function inputsRead(source: string, seen = new Set<string>()): Set<string> {
  const read = new Set<string>();
  for (const m of source.matchAll(
    /(?:getInput|getBooleanInput|getMultilineInput|[a-zA-Z]+Input)(?:<[^>]*>)?\(\s*'([a-z0-9-]+)'(?:,\s*'([a-z0-9-]+)')?/g,
  )) {
    read.add(m[1]!);
    if (m[0].startsWith('credentialsInput') && m[2]) read.add(m[2]);
  }
  // `matcher('x')` reads x and x-regexp; the signing services name their URL inputs in a table.
  for (const m of source.matchAll(/matcher\('([a-z0-9-]+)'\)/g)) read.add(m[1]!).add(`${m[1]}-regexp`);
  for (const m of source.matchAll(/Url: '([a-z]+-url)'/g)) read.add(m[1]!);
  for (const [name, body] of HELPERS) {
    if (seen.has(name) || !new RegExp(`\\b${name}\\(`).test(source)) continue;
    seen.add(name);
    for (const i of inputsRead(body, seen)) read.add(i);
  }
  return read;
}

// An action.yml the runner cannot parse, or an input the code reads but the
// metadata does not declare, fails only when a user runs the workflow.
describe.each(JS.map((a) => [a.dir, a] as const))('%s/action.yml (JavaScript)', (dir, action) => {
  const name = dir.replace(/^actions\//, '');
  const { meta, file } = action;

  it('is well-formed metadata for a node24 action whose bundle exists', () => {
    expect(meta.name).toBeTruthy();
    expect(meta.description).toBeTruthy();
    expect(meta.runs?.using).toBe('node24');
    expect(existsSync(resolve(dirname(file), meta.runs?.main ?? 'missing'))).toBe(true);
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
      expect(spec.description, `input ${input}`).toBeTruthy();
    }
  });

  it('declares every input its code reads, and every output it sets', () => {
    const source = readFileSync(join(REPO_ROOT, 'src', 'actions', `${name}.ts`), 'utf8');
    const read = inputsRead(source);
    const set = new Set([...source.matchAll(/setOutput\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(0);
    for (const input of read) expect(Object.keys(meta.inputs ?? {}), `input ${input}`).toContain(input);
    for (const output of set) expect(Object.keys(meta.outputs ?? {}), `output ${output}`).toContain(output);
  });
});

/** Every `${{ … }}` in a string. */
const expressions = (text: string) => [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!);

/** All expression text of a step (if:, with:, env:, run:), for finding the contexts it reads. */
function stepExpressions(step: Step): string[] {
  const texts = [
    ...(step.if ? [step.if] : []),
    ...Object.values(step.with ?? {}).map(String),
    ...Object.values(step.env ?? {}).map(String),
    ...(step.run ? [step.run] : []),
  ];
  return [...(step.if ? [step.if] : []), ...texts.flatMap(expressions)];
}

describe.each(
  COMPOSITE.map((a) => [a.dir === '.' ? 'action.yml (root)' : `${a.dir}/action.yml`, a] as const),
)('%s (composite)', (_label, action) => {
  const { meta, text } = action;
  const steps = meta.runs?.steps ?? [];

  it('is well-formed: described inputs, outputs with a value, steps with a shell', () => {
    expect(meta.name).toBeTruthy();
    expect(meta.description).toBeTruthy();
    expect(steps.length).toBeGreaterThan(0);
    for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
      expect(spec.description, `input ${input}`).toBeTruthy();
    }
    for (const [output, spec] of Object.entries(meta.outputs ?? {})) {
      expect(spec.description, `output ${output}`).toBeTruthy();
      expect(spec.value, `output ${output}`).toMatch(/\$\{\{.+\}\}/);
    }
    for (const step of steps) {
      expect(Boolean(step.run) !== Boolean(step.uses), `step ${step.name}: run or uses`).toBe(true);
      if (step.run) expect(step.shell, `step ${step.name}`).toBeTruthy();
    }
  });

  it('never interpolates an expression into run: text (inputs reach scripts through env:)', () => {
    for (const step of steps) {
      if (step.run) expect(expressions(step.run), `step ${step.name}`).toEqual([]);
    }
  });

  it('pins every remote action to a full commit SHA with its version in a comment', () => {
    for (const step of steps) {
      if (!step.uses || step.uses.startsWith('./')) continue;
      expect(step.uses, `step ${step.name}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      const line = text.split('\n').find((l) => l.includes(`uses: ${step.uses}`)) ?? '';
      expect(line, `step ${step.name}`).toMatch(/ # v\d+(\.\d+)*$/);
    }
  });

  it('reads only declared inputs and earlier steps, and uses every input it declares', () => {
    const declared = Object.keys(meta.inputs ?? {});
    const used = new Set<string>();
    const ids: string[] = [];
    for (const step of steps) {
      for (const e of stepExpressions(step)) {
        for (const m of e.matchAll(/\binputs\.([\w-]+)/g)) used.add(m[1]!);
        for (const m of e.matchAll(/\bsteps\.([\w-]+)\./g)) expect(ids, `step ${step.name}`).toContain(m[1]);
      }
      if (step.id) ids.push(step.id);
    }
    for (const spec of Object.values(meta.outputs ?? {})) {
      for (const m of (spec.value ?? '').matchAll(/\bsteps\.([\w-]+)\./g)) expect(ids).toContain(m[1]);
    }
    for (const input of used) expect(declared, `inputs.${input}`).toContain(input);
    for (const input of declared)
      expect([...used], `input ${input} is declared but never used`).toContain(input);
  });
});

describe('action.yml (root): the release step and the release action agree', () => {
  const root = load('.');
  const steps = root.meta.runs?.steps ?? [];
  const release = steps.find((s) => s.run?.includes('release/index.js'));
  const source = readFileSync(join(REPO_ROOT, 'src/actions/release.ts'), 'utf8');

  it('passes every input the release action reads, each from the input of that name', () => {
    expect(release?.id).toBe('release');
    const passed = Object.keys(release?.env ?? {})
      .filter((k) => k.startsWith('INPUT_'))
      .map((k) => k.slice('INPUT_'.length).toLowerCase());
    const read = [...inputsRead(source)];
    expect(read.length).toBeGreaterThan(20);
    expect(passed.sort(), 'INPUT_* the release step passes').toEqual(read.sort());
    // Computed ones: the image from the build, the Dockerfile only for Dockerfile engines.
    const computed = new Set(['image', 'dockerfile']);
    for (const name of read.filter((n) => !computed.has(n))) {
      expect(String(release?.env?.[`INPUT_${name.toUpperCase()}`]), name).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it('maps its outputs from outputs the release action sets', () => {
    const set = new Set([...source.matchAll(/setOutput\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!));
    for (const [name, spec] of Object.entries(root.meta.outputs ?? {})) {
      const m = /steps\.release\.outputs\.([\w-]+)/.exec(spec.value ?? '');
      if (m) expect([...set], `output ${name}`).toContain(m[1]);
    }
  });

  const build = existsSync(join(REPO_ROOT, 'actions/build/action.yml')) ? load('actions/build') : undefined;
  it.skipIf(!build)('pins the same actions at the same commits as actions/build', () => {
    const pins = (a: ActionFile) =>
      new Map(
        (a.meta.runs?.steps ?? [])
          .filter((s) => s.uses && !s.uses.startsWith('./'))
          .map((s) => s.uses!.split('@') as [string, string]),
      );
    const mine = pins(root);
    const theirs = pins(build as ActionFile);
    expect(theirs.size).toBeGreaterThan(0);
    for (const [action, sha] of theirs) {
      expect(mine.get(action), action).toBe(sha);
    }
  });
});
