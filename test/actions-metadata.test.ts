import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './harness/peers.js';

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const ACTIONS = readdirSync(join(REPO_ROOT, 'actions')).filter((d) =>
  existsSync(join(REPO_ROOT, 'actions', d, 'action.yml')),
);

// An action.yml the runner cannot parse, or an input the code reads but the
// metadata does not declare, fails only when a user runs the workflow.
describe.each(ACTIONS)('actions/%s/action.yml', (name) => {
  const file = join(REPO_ROOT, 'actions', name, 'action.yml');
  const meta = parse(readFileSync(file, 'utf8')) as ActionMetadata;

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
    const read = new Set(
      [
        ...source.matchAll(
          /(?:getInput|getBooleanInput|getMultilineInput|[a-zA-Z]+Input)\(\s*'([a-z0-9-]+)'/g,
        ),
      ].map((m) => m[1]!),
    );
    const set = new Set([...source.matchAll(/setOutput\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(0);
    for (const input of read) expect(Object.keys(meta.inputs ?? {}), `input ${input}`).toContain(input);
    for (const output of set) expect(Object.keys(meta.outputs ?? {}), `output ${output}`).toContain(output);
  });
});
