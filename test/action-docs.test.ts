import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  type ActionFile,
  checkReadme,
  endMarker,
  findActions,
  NEW_ANCHOR,
  renderAction,
  startMarker,
  updateReadme,
} from '../scripts/action-docs.js';
import { REPO_ROOT } from './harness/peers.js';

const run = promisify(execFile);

// README.md's inputs and outputs tables are generated from the action.yml
// files; a stale README promises inputs the runner would reject.

it('README.md documents every action exactly as its action.yml says', () => {
  const problems = checkReadme(REPO_ROOT);
  expect(problems, `${problems.join('\n')}\n(run: node scripts/action-docs.ts)`).toEqual([]);
});

const action: ActionFile = {
  name: 'demo',
  path: 'actions/demo/action.yml',
  uses: 'lading-dev/lading/actions/demo@v1',
  meta: {
    name: 'lading demo',
    description: 'Does a demo.',
    inputs: {
      image: { description: 'The image | by digest.', required: true },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      token: { description: 'A token.\nMasked.', required: false, default: '${{ github.token }}' },
      old: { description: 'Old.', deprecationMessage: 'use image' },
    },
    outputs: { digest: { description: 'The digest.' } },
  },
};

describe('the generator', () => {
  it('renders inputs (required, default, description) and outputs as Markdown tables', () => {
    expect(renderAction(action)).toBe(
      [
        '#### lading demo',
        '',
        '`uses: lading-dev/lading/actions/demo@v1`',
        '',
        'Does a demo.',
        '',
        '| input | required | default | description |',
        '| --- | --- | --- | --- |',
        '| `image` | yes |  | The image \\| by digest. |',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
        '| `token` | no | `${{ github.token }}` | A token. Masked. |',
        '| `old` | no |  | Old. **Deprecated:** use image |',
        '',
        '| output | description |',
        '| --- | --- |',
        '| `digest` | The digest. |',
      ].join('\n'),
    );
  });

  it('rewrites only what lies between an action’s markers', () => {
    const readme = `# x\n\nbefore\n${startMarker('demo')}\nstale\n${endMarker('demo')}\nafter\n`;
    const { text, errors } = updateReadme(readme, [action]);
    expect(errors).toEqual([]);
    expect(text).toBe(
      `# x\n\nbefore\n${startMarker('demo')}\n${renderAction(action)}\n${endMarker('demo')}\nafter\n`,
    );
    expect(updateReadme(text, [action]).text).toBe(text);
  });

  it('adds a new action at the anchor, and refuses when there is none', () => {
    const added = updateReadme(`a\n${NEW_ANCHOR}\nb\n`, [action]);
    expect(added.errors).toEqual([]);
    expect(added.added).toEqual(['actions/demo/action.yml']);
    expect(added.text).toContain(
      `${startMarker('demo')}\n${renderAction(action)}\n${endMarker('demo')}\n\n${NEW_ANCHOR}`,
    );
    expect(updateReadme('no anchor\n', [action]).errors).toEqual([
      `README.md has no block for actions/demo/action.yml and no ${NEW_ANCHOR} anchor to add one`,
    ]);
  });

  it('refuses a block for an action that no longer exists, and an unmatched marker', () => {
    const gone = `${startMarker('gone')}\nx\n${endMarker('gone')}\n${NEW_ANCHOR}`;
    expect(updateReadme(gone, []).errors).toEqual([
      'README.md documents an action "gone" that has no action.yml: delete its action-docs block',
    ]);
    const open = `${startMarker('demo')}\nx\n${NEW_ANCHOR}`;
    expect(updateReadme(open, [action]).errors).toEqual([
      `README.md: "${startMarker('demo')}" has no matching end marker`,
    ]);
  });
});

describe('node scripts/action-docs.ts', () => {
  // A copy of the repository's actions and README, so the real files are never touched.
  function copyRepo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'lading-action-docs-'));
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(REPO_ROOT, 'scripts', 'action-docs.ts'), join(dir, 'scripts', 'action-docs.ts'));
    cpSync(join(REPO_ROOT, 'actions'), join(dir, 'actions'), { recursive: true });
    for (const f of ['README.md', 'action.yml']) {
      if (existsSync(join(REPO_ROOT, f))) cpSync(join(REPO_ROOT, f), join(dir, f));
    }
    // The script imports `yaml`; resolve it from the repository's node_modules.
    cpSync(join(REPO_ROOT, 'node_modules', 'yaml'), join(dir, 'node_modules', 'yaml'), { recursive: true });
    return dir;
  }

  it('--check fails on a stale README with a message saying what to run, and the script fixes it', async () => {
    const dir = copyRepo();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const scan = join(dir, 'actions', 'scan', 'action.yml');
    writeFileSync(
      scan,
      readFileSync(scan, 'utf8').replace(
        'inputs:\n',
        'inputs:\n  brand-new:\n    description: An input the README has not heard of.\n    required: false\n',
      ),
    );
    const script = join(dir, 'scripts', 'action-docs.ts');
    const stale = await run(process.execPath, [script, '--check'], { cwd: dir }).catch((e) => e);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('run `node scripts/action-docs.ts`');

    await run(process.execPath, [script], { cwd: dir });
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(
      '| `brand-new` | no |  | An input the README has not heard of. |',
    );
    const fresh = await run(process.execPath, [script, '--check'], { cwd: dir });
    expect(fresh.stdout + fresh.stderr).toBe('');
  });

  it('finds the root action and every action under actions/', () => {
    const names = findActions(REPO_ROOT).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['attest', 'policy', 'sbom', 'scan', 'sign', 'verify']));
  });
});
