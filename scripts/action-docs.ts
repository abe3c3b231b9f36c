// Writes each action's inputs and outputs into README.md, between the markers
// `<!-- action-docs:start NAME -->` and `<!-- action-docs:end NAME -->`, from
// the action.yml files themselves, so the README can never promise an input
// the runner would reject. NAME is the folder under actions/, or `release` for
// the root action.yml.
//
//   node scripts/action-docs.ts           rewrite README.md
//   node scripts/action-docs.ts --check   exit 1 when README.md is stale
//
// A new action gets its block inserted before `<!-- action-docs:new -->`; a
// block for an action that no longer exists is an error, not silently kept.
// Plain TypeScript with erasable syntax only, so Node 24 runs it as it is.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const ROOT_ACTION = 'release';
export const NEW_ANCHOR = '<!-- action-docs:new -->';

interface InputSpec {
  description?: string;
  required?: boolean | string;
  default?: unknown;
  deprecationMessage?: string;
}

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, InputSpec | null>;
  outputs?: Record<string, { description?: string } | null>;
  runs?: { using?: string };
}

export interface ActionFile {
  /** `release` for the root action.yml, else the folder name under actions/. */
  name: string;
  /** Path relative to the repository root, for messages. */
  path: string;
  /** How a workflow refers to it: `OWNER/lading@v1` or `OWNER/lading/actions/NAME@v1`. */
  uses: string;
  meta: ActionMetadata;
}

/** Where the suite is published; one place to change when the owner is known. */
export const REPOSITORY = 'lading-dev/lading';
export const RELEASE_TAG = 'v1';

/** Every action.yml of the repository: the root one first, then actions/* in name order. */
export function findActions(root: string): ActionFile[] {
  const found: ActionFile[] = [];
  const rootFile = join(root, 'action.yml');
  if (existsSync(rootFile)) {
    found.push({
      name: ROOT_ACTION,
      path: 'action.yml',
      uses: `${REPOSITORY}@${RELEASE_TAG}`,
      meta: readMetadata(rootFile, 'action.yml'),
    });
  }
  const dir = join(root, 'actions');
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  for (const name of names) {
    const file = join(dir, name, 'action.yml');
    if (!existsSync(file)) continue;
    const path = `actions/${name}/action.yml`;
    found.push({
      name,
      path,
      uses: `${REPOSITORY}/actions/${name}@${RELEASE_TAG}`,
      meta: readMetadata(file, path),
    });
  }
  return found;
}

function readMetadata(file: string, path: string): ActionMetadata {
  const meta = parse(readFileSync(file, 'utf8')) as unknown;
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new Error(`${path}: not a YAML mapping`);
  }
  return meta as ActionMetadata;
}

/** One line of table text: no pipe or newline may break the Markdown table. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text: string): string {
  // A backtick inside the value needs a longer fence around it.
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${cell(text)}${pad}${fence}`;
}

function isRequired(spec: InputSpec): boolean {
  return spec.required === true || spec.required === 'true';
}

/** The Markdown that goes between one action's markers. */
export function renderAction(action: ActionFile): string {
  const lines: string[] = [];
  lines.push(`#### ${cell(action.meta.name ?? action.name)}`, '', `\`uses: ${action.uses}\``, '');
  if (action.meta.description) lines.push(cell(action.meta.description), '');
  const inputs = Object.entries(action.meta.inputs ?? {});
  if (inputs.length === 0) {
    lines.push('No inputs.');
  } else {
    lines.push('| input | required | default | description |', '| --- | --- | --- | --- |');
    for (const [id, raw] of inputs) {
      const spec = raw ?? {};
      const dflt = spec.default === undefined || spec.default === null ? '' : String(spec.default);
      let description = cell(spec.description ?? '');
      if (spec.deprecationMessage) description += ` **Deprecated:** ${cell(spec.deprecationMessage)}`;
      lines.push(
        `| \`${id}\` | ${isRequired(spec) ? 'yes' : 'no'} | ${dflt === '' ? '' : code(dflt)} | ${description} |`,
      );
    }
  }
  lines.push('');
  const outputs = Object.entries(action.meta.outputs ?? {});
  if (outputs.length === 0) {
    lines.push('No outputs.');
  } else {
    lines.push('| output | description |', '| --- | --- |');
    for (const [id, raw] of outputs) lines.push(`| \`${id}\` | ${cell(raw?.description ?? '')} |`);
  }
  return lines.join('\n');
}

export function startMarker(name: string): string {
  return `<!-- action-docs:start ${name} -->`;
}

export function endMarker(name: string): string {
  return `<!-- action-docs:end ${name} -->`;
}

const BLOCK = /<!-- action-docs:start ([a-z0-9._-]+) -->\n[\s\S]*?<!-- action-docs:end \1 -->/g;

export interface DocsUpdate {
  /** The README with every block regenerated. */
  text: string;
  /** Problems that no rewrite can fix (a block for a missing action, no place for a new one). */
  errors: string[];
  /** Actions whose block was added at the anchor. */
  added: string[];
}

/** Regenerates every action's block in `readme`; pure, so the test and --check share it. */
export function updateReadme(readme: string, actions: readonly ActionFile[]): DocsUpdate {
  const errors: string[] = [];
  const byName = new Map(actions.map((a) => [a.name, a]));
  const seen = new Set<string>();
  let text = readme.replace(BLOCK, (_block, name: string) => {
    const action = byName.get(name);
    if (!action) {
      errors.push(
        `README.md documents an action "${name}" that has no action.yml: delete its action-docs block`,
      );
      return _block;
    }
    seen.add(name);
    return `${startMarker(name)}\n${renderAction(action)}\n${endMarker(name)}`;
  });
  // A start or end marker outside a complete block would make the block above
  // swallow text, or a second copy appear at the anchor.
  for (const m of text.replace(BLOCK, '').matchAll(/<!-- action-docs:(start|end) ([^ ]*) -->/g)) {
    errors.push(`README.md: "${m[0]}" has no matching ${m[1] === 'start' ? 'end' : 'start'} marker`);
  }
  if (errors.length > 0) return { text, errors, added: [] };
  const missing = actions.filter((a) => !seen.has(a.name));
  if (missing.length > 0) {
    if (!text.includes(NEW_ANCHOR)) {
      errors.push(
        `README.md has no block for ${missing.map((a) => a.path).join(', ')} and no ${NEW_ANCHOR} anchor to add one`,
      );
    } else {
      const blocks = missing.map(
        (a) => `${startMarker(a.name)}\n${renderAction(a)}\n${endMarker(a.name)}\n\n`,
      );
      text = text.replace(NEW_ANCHOR, `${blocks.join('')}${NEW_ANCHOR}`);
    }
  }
  return { text, errors, added: missing.map((a) => a.path) };
}

/** Why README.md is stale, or an empty list when it matches the action.yml files. */
export function checkReadme(root: string): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const { text, errors, added } = updateReadme(readme, findActions(root));
  if (errors.length > 0) return errors;
  if (added.length > 0) {
    return [
      `README.md has no inputs and outputs for ${added.join(', ')}; run \`node scripts/action-docs.ts\``,
    ];
  }
  if (text !== readme) {
    return [
      'README.md: the inputs and outputs tables differ from the action.yml files; run `node scripts/action-docs.ts`',
    ];
  }
  return [];
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--check')) {
    const problems = checkReadme(root);
    for (const p of problems) console.error(`action-docs: ${p}`);
    process.exit(problems.length > 0 ? 1 : 0);
  }
  const file = join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const { text, errors } = updateReadme(readme, findActions(root));
  if (errors.length > 0) {
    for (const e of errors) console.error(`action-docs: ${e}`);
    process.exit(1);
  }
  if (text !== readme) writeFileSync(file, text);
  console.log(text === readme ? 'action-docs: README.md is up to date' : 'action-docs: README.md rewritten');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
