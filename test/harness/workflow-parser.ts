import { registerHooks } from 'node:module';

// GitHub's own workflow and action parser (@actions/workflow-parser), loaded
// for tests. Its ESM build imports its JSON schemas without `with { type:
// 'json' }`, which Node refuses; vitest leaves node_modules to Node, so the
// import fails unless the attribute is supplied. This hook supplies it for that
// package's JSON files only. (Equivalent: `server.deps.inline:
// ['@actions/workflow-parser']` in vitest.config.ts, which lets Vite load it.)
registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json')) {
      return { ...resolved, importAttributes: { type: 'json' } };
    }
    return resolved;
  },
});

export const workflowParser = await import('@actions/workflow-parser');
export const actionParser = await import('@actions/workflow-parser/actions/index');

const trace = new workflowParser.NoOperationTraceWriter();

/** GitHub's verdict on a workflow file: every schema error, then every conversion error. */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = workflowParser.parseWorkflow({ name, content }, trace);
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) return errors.length > 0 ? errors : [`${name}: empty workflow`];
  const template = await workflowParser.convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

/** GitHub's verdict on an action.yml: every error against the action metadata schema. */
export function actionErrors(name: string, content: string): string[] {
  const parsed = actionParser.parseAction({ name, content }, trace);
  if (parsed.context.errors.getErrors().length === 0) {
    if (!parsed.value) return [`${name}: empty action metadata`];
    // Conversion adds what the schema alone cannot say (a composite step's shape…).
    actionParser.convertActionTemplate(parsed.context, parsed.value);
  }
  return parsed.context.errors.getErrors().map((e) => e.message);
}
