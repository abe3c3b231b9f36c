import type { DbRead } from './bdb.js';

// Read-only reader of rpm's own "ndb" package store, `var/lib/rpm/Packages.db`
// (SUSE since SLE 15 SP3 / openSUSE). Hand-written: no npm package reads it.
// Layout from rpm's lib/backend/ndb/rpmpkg.c, all little-endian:
//   32-byte header: magic "RpmP", version 0, generation, slot page count, next index
//   slot pages (4 KiB each, the header taking the first two 16-byte slots):
//     magic "Slot", package index, block offset, block count (blocks of 16 bytes)
//   blobs: head (magic "BlbS", package index, timestamp, length), the header blob,
//     zero padding, tail (adler32 of everything before it, length, magic "BlbE").

const MAGIC = le('RpmP');
const SLOT_MAGIC = le('Slot');
const BLOB_HEAD = le('BlbS');
const BLOB_TAIL = le('BlbE');
const PAGE = 4096;
const SLOT = 16;
const BLK = 16;
const HEAD = 16;
const TAIL = 12;
// rpm itself never grows past this; more means a corrupt count.
const MAX_SLOT_PAGES = 2048;

function le(s: string): number {
  return Buffer.from(s, 'latin1').readUInt32LE(0);
}

export function readNdb(bytes: Buffer): DbRead {
  const blobs: Buffer[] = [];
  const problems: string[] = [];
  if (bytes.length < 32 || bytes.readUInt32LE(0) !== MAGIC) {
    problems.push('not an rpm ndb file (magic "RpmP" missing)');
    return { blobs, problems };
  }
  const version = bytes.readUInt32LE(4);
  if (version !== 0) {
    problems.push(`unsupported ndb version ${version}`);
    return { blobs, problems };
  }
  const slotPages = bytes.readUInt32LE(12);
  if (slotPages === 0 || slotPages > MAX_SLOT_PAGES) {
    problems.push(`ndb header declares ${slotPages} slot pages (allowed 1..${MAX_SLOT_PAGES})`);
    return { blobs, problems };
  }
  const slotsEnd = slotPages * PAGE;
  if (slotsEnd > bytes.length) {
    problems.push(`truncated: ${slotPages} slot pages need ${slotsEnd} bytes, the file has ${bytes.length}`);
  }
  const firstDataBlk = slotsEnd / BLK;
  for (let at = 32; at + SLOT <= Math.min(slotsEnd, bytes.length); at += SLOT) {
    if (bytes.readUInt32LE(at) !== SLOT_MAGIC) {
      problems.push(`slot at offset ${at} has a bad magic; the slot table is damaged`);
      break;
    }
    const pkgIdx = bytes.readUInt32LE(at + 4);
    const blkOff = bytes.readUInt32LE(at + 8);
    const blkCnt = bytes.readUInt32LE(at + 12);
    if (blkOff === 0) continue;
    const start = blkOff * BLK;
    const end = start + blkCnt * BLK;
    if (pkgIdx === 0 || blkOff < firstDataBlk || blkCnt * BLK < HEAD + TAIL) {
      problems.push(`slot of package ${pkgIdx} at offset ${at} is invalid`);
      continue;
    }
    if (end > bytes.length) {
      problems.push(`package ${pkgIdx}: blob at ${start}..${end} is past the end of the file (truncated)`);
      continue;
    }
    if (bytes.readUInt32LE(start) !== BLOB_HEAD || bytes.readUInt32LE(start + 4) !== pkgIdx) {
      problems.push(`package ${pkgIdx}: no blob header at offset ${start}`);
      continue;
    }
    const len = bytes.readUInt32LE(start + 12);
    if (Math.ceil((HEAD + len + TAIL) / BLK) !== blkCnt) {
      problems.push(`package ${pkgIdx}: blob length ${len} does not match its ${blkCnt} blocks`);
      continue;
    }
    const tail = end - TAIL;
    if (
      bytes.readUInt32LE(tail + 8) !== BLOB_TAIL ||
      bytes.readUInt32LE(tail + 4) !== len ||
      bytes.readUInt32LE(tail) !== adler32(bytes, start, tail)
    ) {
      problems.push(`package ${pkgIdx}: blob at offset ${start} fails its tail or adler32 check`);
      continue;
    }
    blobs.push(bytes.subarray(start + HEAD, start + HEAD + len));
  }
  return { blobs, problems };
}

/** RFC 1950 adler32 over bytes[start, end). */
export function adler32(bytes: Uint8Array, start: number, end: number): number {
  let a = 1;
  let b = 0;
  let i = start;
  while (i < end) {
    // 5552 is the longest run before the sums can overflow 2^32 (zlib's NMAX).
    const stop = Math.min(end, i + 5552);
    for (; i < stop; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}
