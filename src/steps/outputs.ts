import { resolve } from 'node:path';
import { InputError } from '../errors.js';

/** An output a step writes: to `file`, or to standard output when there is none. */
interface StepOutput {
  format: string;
  file?: string;
}

/**
 * Refused before any work starts, so no report is half-written: two outputs
 * sharing standard output, or two writing one file (relative names resolved
 * against `cwd`, as the writers will). `step` prefixes the message.
 */
export function checkOutputs(step: string, outputs: readonly StepOutput[], cwd: string): void {
  const toStdout = outputs.filter((o) => !o.file);
  if (toStdout.length > 1) {
    throw new InputError(
      `${step}: ${toStdout.map((o) => o.format).join(' and ')} would both go to standard output; give all but one a file (-o FORMAT=FILE)`,
    );
  }
  const seen = new Set<string>();
  for (const o of outputs) {
    if (!o.file) continue;
    const abs = resolve(cwd, o.file);
    if (seen.has(abs)) throw new InputError(`${step}: two outputs would write the same file ${o.file}`);
    seen.add(abs);
  }
}
