// A tar reader that walks headers and hands bodies over as views of the
// chunks it is given, synchronously, with no stream per entry. Layers hold
// tens of thousands of entries and catalogers want a few hundred of them:
// tar-stream's per-entry streams and callbacks cost more than the tar format
// itself (issue 3's benchmark: lading at 1.9x a bare gunzip), so skipped
// bodies here cost one subtraction per chunk. It reads what tar-stream reads
// (ustar, GNU and PAX headers, GNU long names, base-256 sizes) with the same
// rules, and fails with the same words, which `tar-walker.test.ts` checks by
// parsing the same archives with both.

/** Entry types as tar-stream names them; null for type flags it does not know. */
export type TarType =
  | 'file'
  | 'link'
  | 'symlink'
  | 'character-device'
  | 'block-device'
  | 'directory'
  | 'fifo'
  | 'contiguous-file'
  | null;

export interface TarHeader {
  name: string;
  type: TarType;
  linkname: string | null;
  /** Bytes of the body that follows the header (PAX `size` applied). */
  size: number;
  /** The PAX records that applied to this entry (global ones included), or null. */
  pax: Record<string, string> | null;
}

/** Receives one entry's body; a chunk is a view of the caller's buffer, valid only during the call. */
export interface TarBody {
  write(chunk: Buffer): void;
  end(): void;
}

/** Called per entry; returns where its body goes, or undefined to skip it. Throwing stops the walk. */
export type TarEntryHandler = (header: TarHeader) => TarBody | undefined;

/** The archive is malformed or ends early; `truncated` when it stopped in the middle of an entry. */
export class TarFormatError extends Error {
  constructor(
    message: string,
    readonly truncated = false,
  ) {
    super(message);
    this.name = 'TarFormatError';
  }
}

const BLOCK = 512;
/** Largest PAX or GNU long-name record kept (tar-stream's bound). */
export const MAX_LONG_HEADER_BYTES = 4 * 1024 * 1024;
const ZERO = 0x30;
const SPACE = 0x20;
/** Checksum of a block of zeros: the eight checksum bytes count as spaces. */
const EMPTY_CHECKSUM = 8 * SPACE;

type LongKind = 'gnu-long-path' | 'gnu-long-link-path' | 'pax-global-header' | 'pax-header';

function typeOf(flag: number): TarType | LongKind {
  switch (flag) {
    case 0:
    case ZERO:
      return 'file';
    case ZERO + 1:
      return 'link';
    case ZERO + 2:
      return 'symlink';
    case ZERO + 3:
      return 'character-device';
    case ZERO + 4:
      return 'block-device';
    case ZERO + 5:
      return 'directory';
    case ZERO + 6:
      return 'fifo';
    case ZERO + 7:
      return 'contiguous-file';
    case 0x78: // 'x'
      return 'pax-header';
    case 0x67: // 'g'
      return 'pax-global-header';
    case 0x4b: // 'K'
      return 'gnu-long-link-path';
    case 0x4c: // 'L'
    case 0x4e: // 'N'
      return 'gnu-long-path';
    default:
      return null;
  }
}

function isLong(t: TarType | LongKind): t is LongKind {
  return (
    t === 'pax-header' || t === 'pax-global-header' || t === 'gnu-long-path' || t === 'gnu-long-link-path'
  );
}

function nulEnd(b: Buffer, start: number, end: number): number {
  const i = b.indexOf(0, start);
  return i === -1 || i > end ? end : i;
}

function str(b: Buffer, start: number, length: number): string {
  return b.toString('utf8', start, nulEnd(b, start, start + length));
}

/** Numeric field: octal (leading spaces and NULs allowed, ends at a space or NUL) or GNU base-256. */
function num(b: Buffer, start: number, length: number): number {
  const end = start + length;
  if (b[start]! & 0x80) {
    // Base-256: 0x80 positive, 0xff two's complement; anything else is not a number.
    const positive = b[start] === 0x80;
    if (!positive && b[start] !== 0xff) return Number.NaN;
    let sum = 0;
    for (let i = start + 1; i < end; i++) sum = sum * 256 + (positive ? b[i]! : 0xff - b[i]!);
    return positive ? sum : -sum;
  }
  let i = start;
  while (i < end && b[i] === SPACE) i++;
  let stop = i;
  while (stop < end && b[stop] !== SPACE) stop++;
  while (i < stop && b[i] === 0) i++;
  if (i === stop) return 0;
  return Number.parseInt(b.toString('utf8', i, stop), 8);
}

function checksum(b: Buffer): number {
  let sum = EMPTY_CHECKSUM;
  for (let i = 0; i < 148; i++) sum += b[i]!;
  for (let i = 156; i < BLOCK; i++) sum += b[i]!;
  return sum;
}

function isUstar(b: Buffer): boolean {
  // "ustar\0" (POSIX)
  return (
    b[257] === 0x75 &&
    b[258] === 0x73 &&
    b[259] === 0x74 &&
    b[260] === 0x61 &&
    b[261] === 0x72 &&
    b[262] === 0
  );
}

function isGnu(b: Buffer): boolean {
  // "ustar " then " \0" (GNU and old GNU)
  return (
    b[257] === 0x75 &&
    b[258] === 0x73 &&
    b[259] === 0x74 &&
    b[260] === 0x61 &&
    b[261] === 0x72 &&
    b[262] === SPACE &&
    b[263] === SPACE &&
    b[264] === 0
  );
}

/** `LEN key=value\n` records; stops quietly at the first malformed one, as tar-stream does. */
export function decodePax(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let rest = buf;
  while (rest.length > 0) {
    let i = 0;
    while (i < rest.length && rest[i] !== SPACE) i++;
    const len = Number.parseInt(rest.toString('utf8', 0, i), 10);
    if (!len) return out;
    const record = rest.toString('utf8', i + 1, len - 1);
    const eq = record.indexOf('=');
    if (eq === -1) return out;
    out[record.slice(0, eq)] = record.slice(eq + 1);
    rest = rest.subarray(len);
  }
  return out;
}

interface Parsed {
  name: string;
  type: TarType | LongKind;
  linkname: string | null;
  size: number;
}

/** One header block; undefined for a block of zeros (end-of-archive marker or padding). */
function parseHeader(b: Buffer): Parsed | undefined {
  const sum = checksum(b);
  if (sum === EMPTY_CHECKSUM) return undefined;
  if (sum !== num(b, 148, 8)) {
    throw new TarFormatError('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?');
  }
  let name = str(b, 0, 100);
  if (isUstar(b)) {
    if (b[345] !== 0) name = `${str(b, 345, 155)}/${name}`;
  } else if (!isGnu(b)) {
    throw new TarFormatError('Invalid tar header: unknown format.');
  }
  let type = typeOf(b[156]!);
  // Old tars mark directories with a trailing slash only.
  if (type === 'file' && name.endsWith('/')) type = 'directory';
  return { name, type, linkname: b[157] === 0 ? null : str(b, 157, 100), size: num(b, 124, 12) };
}

function padded(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/**
 * Feed it the archive's bytes in any chunking (`write`), then `end()`. Entry
 * handlers and bodies are called synchronously from `write`.
 */
export class TarWalker {
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Body bytes of the current entry still to come. */
  private bodyLeft = 0;
  /** Padding after the current body still to skip. */
  private padLeft = 0;
  private body: TarBody | undefined;
  /** A long header's record being gathered. */
  private long: { kind: LongKind; bytes: Buffer; fill: number } | undefined;
  private pax: Record<string, string> | null = null;
  private paxGlobal: Record<string, string> | null = null;
  private longPath: string | null = null;
  private longLinkPath: string | null = null;

  constructor(private readonly onEntry: TarEntryHandler) {}

  write(chunk: Buffer): void {
    let at = 0;
    const length = chunk.length;
    while (at < length) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, length - at);
        this.bodyLeft -= n;
        if (this.long) {
          chunk.copy(this.long.bytes, this.long.fill, at, at + n);
          this.long.fill += n;
          if (this.bodyLeft === 0) this.finishLong();
        } else if (this.body) {
          this.body.write(chunk.subarray(at, at + n));
          if (this.bodyLeft === 0) this.finishBody();
        }
        at += n;
        continue;
      }
      if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, length - at);
        this.padLeft -= n;
        at += n;
        continue;
      }
      // A header: parsed in place when the chunk holds all of it, else gathered.
      if (this.headerFill === 0 && length - at >= BLOCK) {
        this.onHeader(chunk.subarray(at, at + BLOCK));
        at += BLOCK;
        continue;
      }
      const n = Math.min(BLOCK - this.headerFill, length - at);
      chunk.copy(this.header, this.headerFill, at, at + n);
      this.headerFill += n;
      at += n;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.onHeader(this.header);
      }
    }
  }

  /** The archive ended: fails unless it ended between entries. */
  end(): void {
    if (this.bodyLeft > 0 || this.padLeft > 0 || this.headerFill > 0) {
      throw new TarFormatError('Unexpected end of data', true);
    }
  }

  private onHeader(block: Buffer): void {
    const h = parseHeader(block);
    if (!h) return;
    if (isLong(h.type)) {
      if (!(h.size >= 0)) throw new TarFormatError('Invalid header');
      if (h.size > MAX_LONG_HEADER_BYTES) throw new TarFormatError('Header exceeds max size');
      this.long = { kind: h.type, bytes: Buffer.alloc(h.size), fill: 0 };
      this.bodyLeft = h.size;
      this.padLeft = padded(h.size);
      if (h.size === 0) this.finishLong();
      return;
    }
    const header: TarHeader = { name: h.name, type: h.type, linkname: h.linkname, size: h.size, pax: null };
    // An empty long name sets nothing, as in tar-stream (and as for PAX below).
    if (this.longPath) header.name = this.longPath;
    if (this.longLinkPath) header.linkname = this.longLinkPath;
    this.longPath = null;
    this.longLinkPath = null;
    const pax = this.pax;
    if (pax) {
      if (pax.path) header.name = pax.path;
      if (pax.linkpath) header.linkname = pax.linkpath;
      if (pax.size) header.size = Number.parseInt(pax.size, 10);
      header.pax = pax;
      this.pax = null;
    }
    if (!(header.size >= 0)) throw new TarFormatError('Invalid header');
    // Directories carry no data, whatever their size field says.
    const size = header.type === 'directory' ? 0 : header.size;
    this.body = this.onEntry(header);
    this.bodyLeft = size;
    this.padLeft = padded(size);
    if (size === 0) this.finishBody();
  }

  private finishBody(): void {
    const body = this.body;
    this.body = undefined;
    body?.end();
  }

  private finishLong(): void {
    const long = this.long;
    this.long = undefined;
    if (!long) return;
    switch (long.kind) {
      case 'gnu-long-path':
        this.longPath = str(long.bytes, 0, long.bytes.length);
        break;
      case 'gnu-long-link-path':
        this.longLinkPath = str(long.bytes, 0, long.bytes.length);
        break;
      case 'pax-global-header':
        this.paxGlobal = decodePax(long.bytes);
        break;
      case 'pax-header':
        this.pax =
          this.paxGlobal === null ? decodePax(long.bytes) : { ...this.paxGlobal, ...decodePax(long.bytes) };
        break;
    }
  }
}
