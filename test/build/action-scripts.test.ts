import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../harness/peers.js';

// The parts of actions/build that cannot run here (Buildx needs a Docker
// daemon; remote actions are not fetched): the metadata's pins and env-only
// inputs, and prepare.sh's decisions for the Buildx path.

const ACTION_DIR = join(REPO_ROOT, 'actions', 'build');
/** A workflow expression as action.yml spells it. */
const expr = (body: string) => `\${{ ${body} }}`;

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

async function steps(): Promise<Step[]> {
  const meta = parse(await readFile(join(ACTION_DIR, 'action.yml'), 'utf8'));
  return meta.runs.steps as Step[];
}

async function prepare(
  env: Record<string, string>,
): Promise<{ code: number; out: string; outputs: Record<string, string> }> {
  const temp = await mkdtemp(join(tmpdir(), 'lading-prepare-'));
  const outputFile = join(temp, 'output');
  await writeFile(outputFile, '');
  return new Promise((resolve) => {
    execFile(
      'bash',
      [join(ACTION_DIR, 'prepare.sh')],
      {
        env: {
          PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
          GITHUB_OUTPUT: outputFile,
          RUNNER_TEMP: temp,
          ...env,
        },
      },
      async (error, stdout, stderr) => {
        const outputs = Object.fromEntries(
          (await readFile(outputFile, 'utf8'))
            .split('\n')
            .filter(Boolean)
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
        resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr, outputs });
      },
    );
  });
}

describe('actions/build/action.yml', () => {
  it('pins the Docker and Node actions by the verified commits', async () => {
    const uses = (await steps()).map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual([
      'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      'docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435',
      'docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772',
      'docker/build-push-action@263435318d21b8e681c14492fe198d362a7d2c83',
    ]);
  });

  it('never splices an expression into shell text: inputs reach run steps through env only', async () => {
    const runs = (await steps()).filter((s) => s.run !== undefined);
    expect(runs.length).toBeGreaterThan(3);
    for (const s of runs) expect(s.run, s.id).not.toContain('${{');
  });

  it('turns BuildKit provenance and SBOM off unless asked', async () => {
    const meta = parse(await readFile(join(ACTION_DIR, 'action.yml'), 'utf8'));
    expect(meta.inputs['buildkit-provenance'].default).toBe('false');
    expect(meta.inputs['buildkit-sbom'].default).toBe('false');
    const buildx = (await steps()).find((s) => s.id === 'buildx');
    expect(buildx?.with).toMatchObject({
      provenance: expr('inputs.buildkit-provenance'),
      sbom: expr('inputs.buildkit-sbom'),
      outputs: expr('steps.prepare.outputs.buildx-outputs'),
    });
  });
});

describe('actions/build/prepare.sh', () => {
  it('pushes Buildx by digest to the first tag’s repository', async () => {
    const r = await prepare({
      ENGINE: 'buildx',
      PUSH: 'true',
      TAGS: 'ghcr.io/o/app:v1\nghcr.io/o/app:latest,docker.io/o/app:v1',
    });
    expect(r.code, r.out).toBe(0);
    expect(r.outputs).toMatchObject({
      repository: 'ghcr.io/o/app',
      registry: 'ghcr.io',
      'layout-tag': 'v1',
      'buildx-outputs': 'type=image,name=ghcr.io/o/app,push-by-digest=true,name-canonical=true,push=true',
    });
  });

  it('without push, Buildx writes an OCI layout where asked', async () => {
    const r = await prepare({ ENGINE: 'buildx', PUSH: 'false', OUTPUT: '/tmp/pr image' });
    expect(r.code, r.out).toBe(0);
    expect(r.outputs['buildx-outputs']).toBe('type=oci,dest=/tmp/pr image,tar=false');
    expect(r.outputs['layout-tag']).toBe('latest');
  });

  it('refuses what would add options to the Buildx output string', async () => {
    for (const [env, message] of [
      [{ TAGS: 'ghcr.io/o/app:v1,push=false' }, /"push=false" is not a full reference/],
      [{ TAGS: 'ghcr.io/o/app:v1",name=evil.io/x"' }, /is not a full reference/],
      [{ PUSH: 'false', OUTPUT: '/tmp/x,dest=/etc' }, /must not contain a comma/],
      [{ PUSH: 'maybe', TAGS: 'ghcr.io/o/app:v1' }, /push: must be true or false/],
    ] as const) {
      const r = await prepare({ ENGINE: 'buildx', PUSH: 'true', ...env });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(message);
      expect(r.outputs['buildx-outputs']).toBeUndefined();
    }
  });
});
