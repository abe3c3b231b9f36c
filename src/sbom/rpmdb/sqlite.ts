import { DatabaseSync } from 'node:sqlite';
import type { DbRead } from './bdb.js';

// rpm >= 4.16 (Fedora 33+, RHEL 9, Alma/Rocky 9, CBL-Mariner, Amazon Linux 2023)
// keeps headers in SQLite: `Packages(hnum INTEGER PRIMARY KEY, blob BLOB)`.
// The file is opened from memory with Node's built-in SQLite, so nothing is
// written next to it and no temporary file is needed.

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export function readRpmSqlite(bytes: Buffer): DbRead {
  const blobs: Buffer[] = [];
  const problems: string[] = [];
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_MAGIC)) {
    problems.push('not an SQLite database (header "SQLite format 3" missing)');
    return { blobs, problems };
  }
  const copy = Buffer.from(bytes);
  // rpm opens its database in WAL mode (header bytes 18/19 = 2). A WAL database
  // cannot be opened from memory (there is no -shm beside it); marking the copy
  // as rollback-journal reads the same pages. A -wal file left in the image is
  // not merged: rpm checkpoints it when it closes the database.
  if (copy[18] === 2) copy[18] = 1;
  if (copy[19] === 2) copy[19] = 1;
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(':memory:');
    db.enableDefensive(true);
    db.deserialize(copy);
    for (const row of db.prepare('SELECT blob FROM Packages ORDER BY hnum').iterate()) {
      const blob = (row as { blob?: unknown }).blob;
      if (blob instanceof Uint8Array) blobs.push(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength));
    }
  } catch (err) {
    problems.push(
      `SQLite could not read the Packages table: ${err instanceof Error ? err.message : String(err)}`,
    );
  } finally {
    db?.close();
  }
  return { blobs, problems };
}
