import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import schema from '../../schemas/registry-policy.schema.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { harborCronProblem } from './cron.js';
import { type DocPath, fieldName, type PolicyDocument, type SourceLocator } from './policy-types.js';

// Loads the YAML policy and refuses it, before any call to Harbor, when it is
// wrong: every problem names the file, the line and the field. Harbor itself
// would accept some of these (more than 15 immutability rules, an already
// expired allowlist) and fail silently later, which is why they are checked here.

/** Harbor's UI lists 15 immutability rules per project; the API takes more and the UI hides the rest. */
export const IMMUTABILITY_UI_LIMIT = 15;

export interface PolicyIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** All problems of a policy file; the message is the first, one line, as the CLI prints it. */
export class PolicyFileError extends InputError {
  constructor(readonly issues: readonly PolicyIssue[]) {
    const first = issues[0]!;
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(`${formatIssue(first)}${more}`);
  }
}

export function formatIssue(issue: PolicyIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}

export interface LoadOptions {
  /** The clock for expiry checks; injected so tests and plans are reproducible. */
  now: Date;
  /** Accept more than 15 immutability rules in a project (warned, not refused). */
  allowManyImmutabilityRules?: boolean;
}

export interface LoadedPolicy {
  policy: PolicyDocument;
  source: SourceLocator;
  warnings: string[];
}

export async function loadPolicyFile(file: string, options: LoadOptions): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      `policy file ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? err})`,
      {
        cause: err,
      },
    );
  }
  return parsePolicy(text, file, options);
}

export function parsePolicy(text: string, file: string, options: LoadOptions): LoadedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    throw new PolicyFileError(
      doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        field: '(yaml)',
        message: e.message.split('\n')[0] ?? e.code,
      })),
    );
  }

  const source: SourceLocator = {
    file,
    lineOf(path: DocPath, key = false): number {
      // Walk down as far as the path exists, so a missing field points at its parent.
      let node: unknown = doc.contents;
      let offset = (node as Node | null)?.range?.[0];
      for (const [i, seg] of path.entries()) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
          if (!pair) break;
          const keyOffset = (pair.key as Node | null)?.range?.[0];
          if (key && i === path.length - 1) {
            offset = keyOffset ?? offset;
            break;
          }
          node = pair.value;
          offset = (node as Node | null)?.range?.[0] ?? keyOffset ?? offset;
        } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
          node = node.items[seg];
          offset = (node as Node | null)?.range?.[0] ?? offset;
        } else {
          break;
        }
      }
      return lineAt(offset);
    },
  };

  const value: unknown = doc.toJS();
  const issues: PolicyIssue[] = [];
  const add = (path: DocPath, message: string, key = false) =>
    issues.push({ file, line: source.lineOf(path, key), field: fieldName(path), message });

  if (!validateSchema(value)) {
    for (const e of explain(validateSchema.errors ?? [])) add(e.path, e.message, e.key);
    throw new PolicyFileError(sortIssues(issues));
  }
  const policy = value as unknown as PolicyDocument;
  const warnings: string[] = [];
  semanticChecks(policy, options, add, (msg) => warnings.push(msg), source);
  if (issues.length > 0) throw new PolicyFileError(sortIssues(issues));
  return { policy, source, warnings };
}

function sortIssues(issues: PolicyIssue[]): PolicyIssue[] {
  return issues.sort((a, b) => a.line - b.line);
}

// ---- schema -------------------------------------------------------------------

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

interface Explained {
  path: DocPath;
  message: string;
  key: boolean;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * ajv reports every failed branch of an `anyOf`; a person wants one sentence per
 * field. Branch errors are folded into the field's own description unless one
 * of them is more precise (an unknown key below the field).
 */
function explain(errors: ErrorObject[]): Explained[] {
  const out: Explained[] = [];
  const seen = new Set<string>();
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const push = (x: Explained) => {
    const id = `${x.path.join('/')}|${x.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(x);
    }
  };
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const inAnyOf = anyOfPaths.find((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('/anyOf/'));
    if (e.keyword === 'anyOf') {
      const precise = errors.some(
        (o) =>
          o !== e &&
          o.keyword === 'additionalProperties' &&
          o.instancePath.startsWith(e.instancePath) &&
          o.schemaPath.includes('/anyOf/'),
      );
      if (!precise) push({ path, message: describeExpected(e), key: false });
      continue;
    }
    if (inAnyOf !== undefined && e.keyword !== 'additionalProperties') continue;
    push(errorMessage(e, path));
  }
  return out;
}

function describeExpected(e: ErrorObject): string {
  const desc = (e.parentSchema as { description?: string } | undefined)?.description;
  return `${JSON.stringify(e.data)} is not valid here${desc ? `: ${desc}` : ''}`;
}

function errorMessage(e: ErrorObject, path: (string | number)[]): Explained {
  const schemaOf = e.parentSchema as { properties?: Record<string, unknown>; enum?: unknown[] } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schemaOf?.properties ?? {}).filter((k) => k !== '$schema');
      return {
        path: [...path, key],
        key: true,
        message: `unknown key "${key}" (allowed here: ${allowed.join(', ')})`,
      };
    }
    case 'enum':
      return {
        path,
        key: false,
        message: `${JSON.stringify(e.data)} is not one of ${(schemaOf?.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return { path, key: false, message: `missing required key "${missing}"` };
    }
    case 'const':
      return {
        path,
        key: false,
        message: `${JSON.stringify(e.data)} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`,
      };
    case 'minProperties':
    case 'maxProperties':
      return {
        path,
        key: false,
        message: `needs exactly one of ${Object.keys(schemaOf?.properties ?? {}).join(', ')}`,
      };
    default:
      return { path, key: false, message: `${JSON.stringify(e.data)} ${e.message ?? 'is not valid'}` };
  }
}

// ---- checks the schema cannot express ----------------------------------------

type Add = (path: DocPath, message: string, key?: boolean) => void;

/** Unix seconds at which Harbor starts ignoring the allowlist (`now >= expires_at`). */
export function expiryToUnix(text: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    // A date means "valid through that day (UTC)", so it expires at the next midnight.
    return Date.parse(`${text}T00:00:00Z`) / 1000 + 86_400;
  }
  return Math.floor(Date.parse(text) / 1000);
}

function semanticChecks(
  policy: PolicyDocument,
  options: LoadOptions,
  add: Add,
  warn: (msg: string) => void,
  source: SourceLocator,
): void {
  const nowSec = Math.floor(options.now.getTime() / 1000);
  const checkCron = (path: DocPath, expr: string | undefined) => {
    if (expr === undefined || expr === 'none') return;
    const problem = harborCronProblem(expr);
    if (problem) add(path, problem);
  };
  const checkExpiry = (path: DocPath, text: string | undefined) => {
    if (text === undefined) return;
    const at = expiryToUnix(text);
    if (at <= nowSec) {
      add(
        path,
        `expiry ${text} is already past (now ${options.now.toISOString()}); Harbor would ignore the whole allowlist`,
      );
    }
  };

  checkCron(['system', 'scan_all_schedule'], policy.system?.scan_all_schedule);
  checkExpiry(['system', 'cve_allowlist', 'expires_at'], policy.system?.cve_allowlist?.expires_at);
  checkDuplicateCves(['system', 'cve_allowlist', 'items'], policy.system?.cve_allowlist?.items, add);

  const projectNames = new Map<string, number>();
  (policy.projects ?? []).forEach((project, i) => {
    const base = ['projects', i] as const;
    const prior = projectNames.get(project.name);
    if (prior !== undefined) {
      add([...base, 'name'], `project "${project.name}" is already declared at projects[${prior}]`);
    }
    projectNames.set(project.name, i);

    const allowlist = project.cve_allowlist;
    if (allowlist) {
      checkExpiry([...base, 'cve_allowlist', 'expires_at'], allowlist.expires_at);
      checkDuplicateCves([...base, 'cve_allowlist', 'items'], allowlist.items, add);
      if (allowlist.reuse_system === true && (allowlist.items?.length ?? 0) > 0) {
        add(
          [...base, 'cve_allowlist', 'reuse_system'],
          'reuse_system: true makes Harbor ignore this project allowlist; drop the items or set it to false',
        );
      }
    }

    const rules = project.immutability_rules ?? [];
    if (rules.length > IMMUTABILITY_UI_LIMIT) {
      const msg = `${rules.length} immutability rules in project "${project.name}": Harbor's UI shows only ${IMMUTABILITY_UI_LIMIT} (the API accepts more and the UI hides the rest)`;
      if (options.allowManyImmutabilityRules) {
        warn(`${source.file}:${source.lineOf([...base, 'immutability_rules'])}: ${msg}`);
      } else {
        add([...base, 'immutability_rules'], `${msg}; refused unless allowManyImmutabilityRules is set`);
      }
    }
    checkDuplicates(
      rules.map((r) => JSON.stringify([r.repositories ?? { matches: '**' }, r.tags])),
      (j, first) => add([...base, 'immutability_rules', j], `same selectors as immutability_rules[${first}]`),
    );

    if (project.retention) {
      checkCron([...base, 'retention', 'schedule'], project.retention.schedule);
    }
    checkDuplicates(
      (project.robots ?? []).map((r) => r.name),
      (j, first) => add([...base, 'robots', j, 'name'], `robot name already used at robots[${first}]`),
    );
    checkDuplicates(
      (project.webhooks ?? []).map((w) => w.name),
      (j, first) => add([...base, 'webhooks', j, 'name'], `webhook name already used at webhooks[${first}]`),
    );
    (project.webhooks ?? []).forEach((w, j) => {
      if (w.type === 'slack' && w.payload_format !== undefined) {
        add([...base, 'webhooks', j, 'payload_format'], 'a payload format is only allowed on http webhooks');
      }
    });
  });
}

function checkDuplicates(keys: string[], report: (index: number, first: number) => void): void {
  const first = new Map<string, number>();
  keys.forEach((k, i) => {
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else report(i, f);
  });
}

function checkDuplicateCves(
  path: DocPath,
  items: readonly (string | { id: string })[] | undefined,
  add: Add,
): void {
  checkDuplicates(
    (items ?? []).map((it) => (typeof it === 'string' ? it : it.id)),
    (j, f) => add([...path, j], `CVE listed twice (first at index ${f}); Harbor rejects duplicates`),
  );
}
