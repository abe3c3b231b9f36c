import yauzl from 'yauzl';
import { OperationError } from '../errors.js';
import { printable } from './versions/comparator.js';

// OSV's export layout, as the public bucket publishes it per ecosystem:
//   <base>/<ecosystem>/all.zip          every record, one `<id>.json` per entry
//   <base>/<ecosystem>/modified_id.csv  `<RFC 3339 time>,<id>` lines, newest first
//   <base>/<ecosystem>/<id>.json        one record
// This module reads the first two forms; fetching is the source's job.

/** `<base>/<ecosystem>/<leaf>`, with the ecosystem and leaf escaped (`Red Hat`, `ALSA-2024:1234`). */
export function exportUrl(base: string, ecosystem: string, leaf: string): string {
  return `${base.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/${encodeURIComponent(leaf)}`;
}

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;

export interface ModifiedEntry {
  modified: string;
  /** Milliseconds since the epoch, for comparisons. */
  at: number;
  id: string;
}

/** One line of `modified_id.csv`, or why it is not one. */
export function parseModifiedLine(line: string): ModifiedEntry | string {
  const comma = line.indexOf(',');
  if (comma === -1) return 'no comma between time and id';
  const modified = line.slice(0, comma).trim();
  const id = line.slice(comma + 1).trim();
  if (!TIME.test(modified)) return `'${printable(modified)}' is not an RFC 3339 time`;
  if (!ID.test(id)) return `'${printable(id)}' is not an advisory id`;
  return { modified, at: Date.parse(modified), id };
}

/**
 * Calls `onEntry` with the bytes of every `.json` entry of the zip at `file`,
 * one entry at a time (entries are inflated as streams, never the whole
 * archive at once). A truncated or corrupt archive throws an OperationError
 * naming `shown` (the URL it came from).
 */
export async function readZipEntries(
  file: string,
  shown: string,
  onEntry: (name: string, bytes: Buffer) => void,
): Promise<number> {
  const fail = (err: unknown): never => {
    const why = err instanceof Error ? err.message : String(err);
    throw new OperationError(`${shown}: truncated or corrupt zip: ${why.split('\n')[0]}`);
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (err) {
    return fail(err);
  }
  let count = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.endsWith('.json') || entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      onEntry(entry.fileName, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
      count++;
    }
  } catch (err) {
    if (err instanceof OperationError) throw err;
    return fail(err);
  } finally {
    zip.close();
  }
  return count;
}
