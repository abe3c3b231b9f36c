// An rpm header as the rpm databases store it (the "header blob": no lead, no
// header magic): big-endian index count and data length, an index of 16-byte
// entries (tag, type, offset, count), then the data store the offsets point into.
// rpm's own headerImport bounds: at most 0xffff entries, at most 256 MiB of data.

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  size: 1009,
  vendor: 1011,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
  longSize: 5009,
} as const;

const TYPE_INT32 = 4;
const TYPE_INT64 = 5;
const TYPE_STRING = 6;
const TYPE_STRING_ARRAY = 8;
const TYPE_I18NSTRING = 9;

const MAX_ENTRIES = 0xffff;
const MAX_DATA = 256 * 1024 * 1024;

export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  epoch?: number;
  arch?: string;
  sourceRpm?: string;
  license?: string;
  vendor?: string;
  size?: number;
}

/** Throws an Error whose message says what is wrong with the blob (the caller adds the file). */
export function parseRpmHeader(blob: Buffer): RpmHeader {
  if (blob.length < 8)
    throw new Error(`header blob of ${blob.length} bytes is shorter than its 8-byte preamble`);
  const il = blob.readUInt32BE(0);
  const dl = blob.readUInt32BE(4);
  if (il < 1 || il > MAX_ENTRIES)
    throw new Error(`header declares ${il} index entries (allowed 1..${MAX_ENTRIES})`);
  if (dl > MAX_DATA) throw new Error(`header declares ${dl} bytes of data (over ${MAX_DATA})`);
  const dataStart = 8 + il * 16;
  if (dataStart + dl > blob.length) {
    throw new Error(`header needs ${dataStart + dl} bytes but the blob has ${blob.length} (truncated)`);
  }
  const data = blob.subarray(dataStart, dataStart + dl);
  const strings = new Map<number, string>();
  const numbers = new Map<number, number>();
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = blob.readInt32BE(at);
    const type = blob.readUInt32BE(at + 4);
    const offset = blob.readInt32BE(at + 8);
    const count = blob.readUInt32BE(at + 12);
    if (!WANTED_TAGS.has(tag)) continue;
    if (offset < 0 || offset >= dl)
      throw new Error(`tag ${tag} points at offset ${offset} outside ${dl} bytes of data`);
    if (type === TYPE_STRING || type === TYPE_I18NSTRING || type === TYPE_STRING_ARRAY) {
      if (count < 1) continue;
      const end = data.indexOf(0, offset);
      if (end === -1) throw new Error(`tag ${tag}: string at offset ${offset} has no terminating NUL`);
      strings.set(tag, data.toString('utf8', offset, end));
    } else if (type === TYPE_INT32 && count >= 1) {
      if (offset + 4 > dl) throw new Error(`tag ${tag}: int32 at offset ${offset} runs past the data`);
      numbers.set(tag, data.readInt32BE(offset));
    } else if (type === TYPE_INT64 && count >= 1) {
      if (offset + 8 > dl) throw new Error(`tag ${tag}: int64 at offset ${offset} runs past the data`);
      numbers.set(tag, Number(data.readBigUInt64BE(offset)));
    }
  }
  const name = strings.get(TAG.name);
  const version = strings.get(TAG.version);
  if (!name) throw new Error('header has no NAME tag');
  if (version === undefined) throw new Error(`header of "${name}" has no VERSION tag`);
  const header: RpmHeader = { name, version, release: strings.get(TAG.release) ?? '' };
  const epoch = numbers.get(TAG.epoch);
  if (epoch !== undefined) header.epoch = epoch;
  const arch = strings.get(TAG.arch);
  if (arch) header.arch = arch;
  const sourceRpm = strings.get(TAG.sourceRpm);
  if (sourceRpm) header.sourceRpm = sourceRpm;
  const license = strings.get(TAG.license);
  if (license) header.license = license;
  const vendor = strings.get(TAG.vendor);
  if (vendor) header.vendor = vendor;
  const size = numbers.get(TAG.longSize) ?? numbers.get(TAG.size);
  if (size !== undefined) header.size = size;
  return header;
}

const WANTED_TAGS = new Set<number>(Object.values(TAG));

/**
 * Name and version of the source package from a SOURCERPM file name
 * (`util-linux-2.32.1-42.el8_8.src.rpm` -> util-linux, 2.32.1-42.el8_8): the name
 * is everything before the last two dashes, as rpm builds the file name.
 */
export function parseSourceRpm(sourceRpm: string): { name: string; version: string } | undefined {
  const base = sourceRpm.replace(/\.(no)?src\.rpm$/, '');
  const releaseDash = base.lastIndexOf('-');
  if (releaseDash <= 0) return undefined;
  const versionDash = base.lastIndexOf('-', releaseDash - 1);
  if (versionDash <= 0) return undefined;
  return { name: base.slice(0, versionDash), version: base.slice(versionDash + 1) };
}
