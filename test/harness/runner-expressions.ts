import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { TokenType } from '@actions/expressions/lexer';
import { falsy } from '@actions/expressions/result';

// GitHub Actions expressions evaluated with GitHub's own evaluator, so a
// composite action.yml behaves here as it does on a runner: `${{ }}` templates
// in strings, `if:` conditions with the implicit success(), status functions.

/** Plain JSON-like values for the contexts (inputs, steps, github, env, runner…). */
export type ContextValue = string | number | boolean | null | ContextValue[] | { [k: string]: ContextValue };
export type Contexts = Record<string, ContextValue>;

/** The job's status as the status functions see it. */
export interface JobStatus {
  failed: boolean;
  cancelled?: boolean;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function toData(value: ContextValue): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

function statusFunctions(status: JobStatus): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ];
  return new Map([
    fn('success', () => !status.failed && !status.cancelled),
    fn('failure', () => status.failed),
    fn('always', () => true),
    fn('cancelled', () => Boolean(status.cancelled)),
  ]);
}

function evaluate(expression: string, contexts: Contexts, status: JobStatus): data.ExpressionData {
  const { tokens } = new Lexer(expression).lex();
  const parser = new Parser(
    tokens,
    Object.keys(contexts),
    STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  );
  const contextData = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })),
  );
  try {
    return new Evaluator(parser.parse(), contextData, statusFunctions(status)).evaluate();
  } catch (err) {
    throw new Error(`expression \${{ ${expression} }}: ${(err as Error).message}`);
  }
}

/** The string the runner substitutes for a value: objects and arrays as JSON. */
function asString(value: data.ExpressionData): string {
  if (value.kind === data.Kind.Dictionary || value.kind === data.Kind.Array) {
    return JSON.stringify(value, data.replacer, 2);
  }
  return value.coerceString();
}

/**
 * Replaces each `${{ expr }}` in `text` with its value. A closing `}}` inside
 * a string literal is not a terminator, as in the runner.
 */
export function evaluateTemplate(text: string, contexts: Contexts, status: JobStatus = { failed: false }) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${{', i);
    if (start < 0) break;
    out += text.slice(i, start);
    let j = start + 3;
    let inString = false;
    while (j < text.length) {
      if (text[j] === "'") inString = !inString;
      else if (!inString && text.startsWith('}}', j)) break;
      j++;
    }
    if (j >= text.length) throw new Error(`unclosed \${{ in "${text}"`);
    out += asString(evaluate(text.slice(start + 3, j).trim(), contexts, status));
    i = j + 2;
  }
  return out + text.slice(i);
}

/**
 * An `if:` condition as the runner decides it: with or without `${{ }}`, and
 * wrapped in `success() && (…)` unless it calls a status function itself.
 */
export function evaluateCondition(
  condition: string | boolean | undefined,
  contexts: Contexts,
  status: JobStatus,
): boolean {
  if (condition === undefined || condition === '') return !status.failed && !status.cancelled;
  let text = String(condition).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  if (whole && !whole[1]!.includes('}}')) text = whole[1]!.trim();
  const { tokens } = new Lexer(text).lex();
  const callsStatus = tokens.some(
    (t, n) =>
      t.type === TokenType.IDENTIFIER &&
      STATUS_FUNCTIONS.includes(t.lexeme.toLowerCase()) &&
      tokens[n + 1]?.type === TokenType.LEFT_PAREN,
  );
  const expression = callsStatus ? text : `success() && (${text})`;
  return !falsy(evaluate(expression, contexts, status));
}
