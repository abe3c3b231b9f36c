import YAML from 'yaml';
import { InputError } from '../errors.js';
import { type OsvRecord, validateOsvRecord } from './osv.js';

// Records as files hold them. Apart from osv.ts so that matching, which only
// reads the index, never loads the YAML parser.

/** Parses OSV JSON, or YAML for `.yaml`/`.yml` files (PyPA's form), and validates it. */
export function parseOsvText(text: string, source: string): OsvRecord {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(source) ? YAML.parse(text) : JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(`${source}: is not valid ${/\.ya?ml$/i.test(source) ? 'YAML' : 'JSON'}: ${why}`);
  }
  return validateOsvRecord(data, source);
}
