import { inflateRawSync } from 'node:zlib';

// A zip reader bounded for hostile input: the central directory is read from
// the end of the buffer (zip64 included), every offset is checked, and an
// entry is inflated with a hard cap on its output, so a zip bomb costs at most
// the cap. Synchronous, because catalogers are.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
}

export function listEntries(bytes: Buffer, maxEntries: number): ZipEntry[] {
  const eocd = findEocd(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let cdSize = bytes.readUInt32LE(eocd + 12);
  let cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || bytes.readUInt32LE(loc) !== EOCD64_LOCATOR)
      throw new ZipError('zip64 end record locator missing');
    const at = safe(bytes.readBigUInt64LE(loc + 8));
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== EOCD64)
      throw new ZipError('zip64 end record missing');
    count = safe(bytes.readBigUInt64LE(at + 32));
    cdSize = safe(bytes.readBigUInt64LE(at + 40));
    cdOffset = safe(bytes.readBigUInt64LE(at + 48));
  }
  if (count > maxEntries) throw new ZipError(`${count} entries, over the limit of ${maxEntries}`);
  if (cdOffset + cdSize > bytes.length)
    throw new ZipError('central directory lies past the end (truncated archive)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) {
      throw new ZipError(`central directory record ${i} is damaged`);
    }
    const method = bytes.readUInt16LE(p + 10);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    let localHeaderOffset = bytes.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > bytes.length) throw new ZipError(`central directory record ${i} runs past the end`);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    // zip64 extra field: the 64-bit values appear only for the fields saturated above, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = bytes.readUInt16LE(x);
      const len = bytes.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const next = (): number => {
          if (q + 8 > x + 4 + len) throw new ZipError(`zip64 field of "${name}" is short`);
          const v = safe(bytes.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      x += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p = end;
  }
  return entries;
}

/** The entry's bytes, inflated to at most `maxBytes`; throws ZipError beyond it or on damage. */
export function readEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const h = entry.localHeaderOffset;
  if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== LOCAL) {
    throw new ZipError(`local header of "${entry.name}" is missing (truncated archive?)`);
  }
  const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`"${entry.name}" runs past the end of the archive (truncated)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > maxBytes)
      throw new ZipError(`"${entry.name}" is ${data.length} bytes, over the ${maxBytes}-byte limit`);
    return data;
  }
  if (entry.method !== 8)
    throw new ZipError(`"${entry.name}" uses compression method ${entry.method}, not stored or deflate`);
  if (entry.size > maxBytes) {
    throw new ZipError(`"${entry.name}" inflates to ${entry.size} bytes, over the ${maxBytes}-byte limit`);
  }
  try {
    // The declared size can lie; maxOutputLength is what actually bounds the work.
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/i.test(String(err))) {
      throw new ZipError(`"${entry.name}" inflates past the ${maxBytes}-byte limit (zip bomb?)`);
    }
    throw new ZipError(
      `"${entry.name}" does not inflate (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
  }
}

function findEocd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (bytes.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipError('no end of central directory record (not a zip, or truncated)');
}

function safe(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('zip64 value out of range');
  return Number(v);
}
