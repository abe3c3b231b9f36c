import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findActions } from '../scripts/action-docs.js';
import { REPO_ROOT } from './harness/peers.js';
import { actionErrors } from './harness/workflow-parser.js';

// Every action.yml (the root release action and actions/*) against GitHub's own
// action metadata schema — the one @actions/workflow-parser ships and GitHub's
// editor tooling validates with (action-v1.0.json, root `action-root-strict`).
// That schema leaves the keys of an input open (the runner ignores unknown
// ones), so a typo such as `requird: true` would silently make an input
// optional; the second check closes that gap.

const ACTIONS = findActions(REPO_ROOT);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);

type Outputs = Record<string, { description?: string; value?: string } | null>;

function inputKeyProblems(text: string, file: string): string[] {
  const meta = parse(text) as { inputs?: Record<string, Record<string, unknown> | null> };
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    for (const key of Object.keys(spec ?? {})) {
      if (!INPUT_KEYS.has(key)) problems.push(`${file}: input ${name}: unknown key "${key}"`);
    }
  }
  return problems;
}

/** A composite's outputs must say where their value comes from; a JS action's must not pretend to. */
function outputProblems(text: string, file: string): string[] {
  const meta = parse(text) as { outputs?: Outputs; runs?: { using?: string } };
  const composite = meta.runs?.using === 'composite';
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(meta.outputs ?? {})) {
    if (composite && !spec?.value)
      problems.push(`${file}: output ${name} of a composite action has no value`);
    if (!composite && spec?.value !== undefined)
      problems.push(`${file}: output ${name}: value is for composites`);
  }
  return problems;
}

/** A composite runs other actions inside the user's job: each must be pinned by commit, with its version. */
function pinProblems(text: string, file: string): string[] {
  return text
    .split('\n')
    .map((line) => ({ line, uses: /^\s*(?:-\s*)?uses:\s*([^\s#]+)/.exec(line)?.[1] }))
    .filter((x): x is { line: string; uses: string } => x.uses !== undefined && !x.uses.startsWith('./'))
    .filter(({ line, uses }) => !/@[0-9a-f]{40}$/.test(uses) || !/#\s*v\d/.test(line))
    .map(({ uses }) => `${file}: ${uses} is not pinned by commit SHA with a "# vX.Y.Z" comment`);
}

it('finds every action of the suite', () => {
  expect(ACTIONS.map((a) => a.path)).toEqual(
    expect.arrayContaining([
      'actions/attest/action.yml',
      'actions/policy/action.yml',
      'actions/sbom/action.yml',
      'actions/scan/action.yml',
      'actions/sign/action.yml',
      'actions/verify/action.yml',
    ]),
  );
});

describe.each(ACTIONS.map((a) => a.path))('%s', (file) => {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');

  it("validates against GitHub's action metadata schema", () => {
    expect(actionErrors(file, text)).toEqual([]);
  });

  it('uses only the input keys the runner knows', () => {
    expect(inputKeyProblems(text, file)).toEqual([]);
  });

  it('gives composite outputs a value, and JS outputs none', () => {
    expect(outputProblems(text, file)).toEqual([]);
  });

  it('pins every action it runs by commit SHA', () => {
    expect(pinProblems(text, file)).toEqual([]);
  });
});

describe('broken metadata is rejected', () => {
  const valid = [
    'name: x',
    'description: y',
    'inputs:',
    '  image:',
    '    description: an image',
    '    required: true',
    'runs:',
    '  using: node24',
    '  main: dist/index.js',
  ];

  it('accepts the minimal valid example (so the rejections below mean something)', () => {
    expect(actionErrors('ok.yml', valid.join('\n'))).toEqual([]);
  });

  it('rejects an unknown runtime', () => {
    const text = valid.join('\n').replace('node24', 'node99');
    expect(actionErrors('bad.yml', text)).toEqual([expect.stringMatching(/bad\.yml \(Line: 8.*'node99'/)]);
  });

  it('rejects metadata without runs, and without a name', () => {
    expect(actionErrors('noruns.yml', valid.slice(0, 6).join('\n')).join('\n')).toMatch(/runs/);
    expect(actionErrors('noname.yml', valid.slice(1).join('\n')).join('\n')).toMatch(/name/);
  });

  it('rejects a node action without main, and an unknown top-level key', () => {
    expect(actionErrors('nomain.yml', valid.slice(0, 8).join('\n')).length).toBeGreaterThan(0);
    expect(actionErrors('extra.yml', [...valid, 'outputz: {}'].join('\n')).join('\n')).toMatch(/outputz/);
  });

  it('rejects a composite step that is neither run nor uses', () => {
    const composite = [
      'name: c',
      'description: d',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - name: nothing',
    ];
    expect(actionErrors('composite.yml', composite.join('\n')).length).toBeGreaterThan(0);
  });

  it('flags a misspelt input key that the schema lets through, and a composite output without value', () => {
    const typo = valid.join('\n').replace('required: true', 'requird: true');
    expect(actionErrors('typo.yml', typo)).toEqual([]);
    expect(inputKeyProblems(typo, 'typo.yml')).toEqual(['typo.yml: input image: unknown key "requird"']);
    const composite = 'runs:\n  using: composite\noutputs:\n  digest:\n    description: d\n';
    expect(outputProblems(composite, 'c.yml')).toEqual([
      'c.yml: output digest of a composite action has no value',
    ]);
  });

  it('flags a composite step that runs an action by tag, or by SHA without its version', () => {
    const sha = 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020';
    const steps = `    - uses: docker/login-action@v3\n    - uses: ${sha}\n    - uses: ${sha} # v4.4.0\n`;
    expect(pinProblems(steps, 'c.yml')).toEqual([
      'c.yml: docker/login-action@v3 is not pinned by commit SHA with a "# vX.Y.Z" comment',
      `c.yml: ${sha} is not pinned by commit SHA with a "# vX.Y.Z" comment`,
    ]);
  });
});
