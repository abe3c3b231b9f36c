import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { InputError, LadingError, OperationError } from '../errors.js';
import type { Descriptor } from '../oci/types.js';
import { entryPath } from './entry-path.js';
import { type TarEntryHandler, TarFormatError, type TarHeader, TarWalker } from './tar-walker.js';

// One layer, read once: the blob is streamed from the store (which verifies its
// digest), decompressed and walked as a tar without ever touching the disk.
// Bodies nobody wants are stepped over by the tar walker without a copy;
// only wanted files are copied out, so memory follows what catalogers asked
// for, not the layer's size.

export type Compression = 'gzip' | 'zstd' | 'none';

/** Guards against layers built to exhaust memory, disk or time (decompression bombs). */
export interface LayerLimits {
  /** Decompressed bytes of one layer, tar headers and padding included. */
  maxLayerBytes: number;
  /** Entries in one layer. */
  maxEntries: number;
}

export type EntryKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  /** Canonical path inside the image root (see `entryPath`). */
  path: string;
  kind: EntryKind;
  /** Symlinks: the target as written. Hard links: the canonical path of the target. */
  linkname?: string;
  size: number;
}

/** What the reader tells the file view about each entry, in tar order. */
export interface LayerVisitor {
  /** The byte limit when the entry's content is wanted, or false to skip it. */
  entry(e: LayerEntry): number | false;
  /** `bytes` is only valid during the call (the buffer is reused): copy what must be kept. */
  content(path: string, bytes: Buffer): void;
  warn(path: string, message: string): void;
  /**
   * Takes a wanted file chunk by chunk instead of as one buffer (large files
   * whose reader needs only parts of them); undefined to capture it whole.
   */
  stream?(e: LayerEntry): ContentSink | undefined;
}

/** Receives a file's bytes as they stream by; a chunk is valid only during `write`. */
export interface ContentSink {
  write(chunk: Buffer): void;
  end(): void;
}

export interface LayerReadResult {
  compression: Compression;
  entries: number;
  /** Decompressed bytes read. */
  bytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
// DESIGN.md: zlib's default 16 KiB chunks spend half the CPU handing chunks to
// the thread pool; 1 MiB chunks made gunzip + tar walk 3.6x faster.
const CHUNK = 1 << 20;
/** Files up to this size share one buffer for the whole layer; larger ones get their own, freed after use. */
const SCRATCH_KEPT = 8 << 20;
/** Decompressed bytes that may wait for the walk, so inflating can run ahead of it. */
const DECODED_BUFFERED = 4 << 20;

function startsWith(head: Buffer, magic: number[]): boolean {
  return head.length >= magic.length && magic.every((b, i) => head[i] === b);
}

/**
 * The content decides: registries and `docker save` label uncompressed layers
 * as gzip and the reverse, so the media type only serves to word a failure.
 */
export function compressionOf(head: Buffer): Compression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip';
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd';
  return 'none';
}

function declaredCompression(mediaType: string): Compression {
  if (/gzip$/.test(mediaType)) return 'gzip';
  if (/zstd$/.test(mediaType)) return 'zstd';
  return 'none';
}

/** Resolves with the first chunk of `stream`, put back so the stream still starts with it. */
function peek(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const finish = (err: Error | undefined, head: Buffer) => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
      if (err) reject(err);
      else resolve(head);
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) return;
      stream.unshift(chunk);
      finish(undefined, chunk);
    };
    const onEnd = () => finish(undefined, Buffer.alloc(0));
    const onError = (err: Error) => finish(err, Buffer.alloc(0));
    stream.on('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

function ignore(): void {}

/**
 * Frees a walked chunk of decompressed bytes at once instead of at the next
 * full garbage collection. The decompressor hands out views of fresh 1 MiB
 * buffers; V8 frees them only in a mark-compact, which it starts every 64 MiB
 * or so of such memory: about ten per 500 MiB of layers, each marking the
 * whole heap (garbage collection was a third of the main thread's time in
 * issue 3's benchmark). Only a chunk that ends at the end of its buffer is
 * freed: the decompressor has filled that buffer and moved on to a new one,
 * and the walk keeps no view of it (visitors copy what they keep). Detaching
 * is memory-safe whatever happens: a view someone still held would read as
 * empty, not as freed memory.
 */
function release(chunk: Buffer): void {
  const memory = chunk.buffer;
  if (
    memory instanceof ArrayBuffer &&
    !memory.detached &&
    memory.byteLength >= CHUNK &&
    chunk.byteOffset + chunk.length === memory.byteLength
  ) {
    memory.transfer(0);
  }
}

function kindOf(type: TarHeader['type']): EntryKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

/** GNU sparse files store holes apart from data; their stored bytes are not the file's content. */
function isSparse(header: TarHeader): boolean {
  const pax = header.pax;
  return !!pax && Object.keys(pax).some((k) => k.startsWith('GNU.sparse.'));
}

/**
 * Reads one layer blob and reports every entry to `visitor`. Errors name the
 * layer digest: a corrupt or truncated stream, a name that climbs out of the
 * root, a limit crossed. Resolves only after the blob's digest was verified.
 */
export async function readLayer(
  blob: Readable,
  layer: Descriptor,
  visitor: LayerVisitor,
  limits: LayerLimits,
): Promise<LayerReadResult> {
  const where = `layer ${layer.digest}`;
  const head = await peek(blob);
  const compression = compressionOf(head);
  const declared = declaredCompression(layer.mediaType);
  const options = { chunkSize: CHUNK, highWaterMark: DECODED_BUFFERED };
  const decoder =
    compression === 'gzip'
      ? createGunzip(options)
      : compression === 'zstd'
        ? createZstdDecompress(options)
        : undefined;

  // Which stage failed decides the message: the store (network, disk, digest),
  // the decompressor (a corrupt stream) or the tar (a malformed archive).
  let origin: 'store' | 'decoder' | 'tar' | undefined;
  blob.once('error', () => {
    origin ??= 'store';
  });
  decoder?.once('error', () => {
    origin ??= 'decoder';
  });
  const decoding = decoder ? pipeline(blob, decoder) : undefined;
  // Settled below; until then a failure must not surface as an unhandled rejection.
  decoding?.catch(ignore);
  const decoded: Readable = decoder ?? blob;

  const entries = { count: 0 };
  const walker = new TarWalker(entryHandler(where, visitor, limits, entries));
  let bytes = 0;
  // A limit crossed or a visitor's own error: reported as it is.
  let visitorFailed = false;
  try {
    // Pulled, not pushed: the decompressor inflates the next chunk on the
    // thread pool while this one is walked, instead of waiting for the walk.
    for await (const chunk of decoded) {
      bytes += (chunk as Buffer).length;
      if (bytes > limits.maxLayerBytes) {
        throw new InputError(
          `${where}: more than ${limits.maxLayerBytes} bytes once decompressed (limit maxLayerBytes); refusing a possible decompression bomb`,
        );
      }
      try {
        walker.write(chunk as Buffer);
      } catch (err) {
        if (err instanceof TarFormatError) origin ??= 'tar';
        else visitorFailed = true;
        throw err;
      }
      if (decoder) release(chunk as Buffer);
    }
    try {
      walker.end();
    } catch (err) {
      origin ??= 'tar';
      throw err;
    }
    await decoding;
  } catch (err) {
    // Leaving the loop early destroyed the decoded stream; the pipeline's
    // rejection (premature close) is the consequence, not the cause.
    decoded.destroy();
    blob.destroy();
    await decoding?.catch(ignore);
    if (visitorFailed) throw err;
    throw describeFailure(err, origin, where, compression, declared);
  }
  return { compression, entries: entries.count, bytes };
}

/**
 * What to do with each entry: check the limits and the name, ask the visitor,
 * and return where the body goes (nowhere, a sink, or a buffer handed to
 * `visitor.content` at the end).
 */
function entryHandler(
  where: string,
  visitor: LayerVisitor,
  limits: LayerLimits,
  entries: { count: number },
): TarEntryHandler {
  let scratch = Buffer.allocUnsafeSlow(64 * 1024);
  const scratchFor = (size: number): Buffer => {
    if (scratch.length < size)
      scratch = Buffer.allocUnsafeSlow(Math.max(size, Math.min(2 * scratch.length, SCRATCH_KEPT)));
    return scratch;
  };
  // Sizes in headers announce a bomb before it is inflated: stop at the header.
  let announced = 0;
  return (header) => {
    entries.count++;
    if (entries.count > limits.maxEntries) {
      throw new InputError(`${where}: more than ${limits.maxEntries} entries (limit maxEntries)`);
    }
    const size = header.size;
    announced += 512 + size;
    if (announced > limits.maxLayerBytes) {
      throw new InputError(
        `${where}: entry ${JSON.stringify(header.name)} takes the layer past ${limits.maxLayerBytes} bytes (limit maxLayerBytes); refusing a possible decompression bomb`,
      );
    }
    // PAX sparse files (format 1.0) hide their real name in the extended header.
    const sparseName = header.pax?.['GNU.sparse.name'];
    const path = entryPath(sparseName ?? header.name);
    if (path === undefined) {
      throw new InputError(`${where}: entry ${JSON.stringify(header.name)} climbs out of the image root`);
    }
    const kind = kindOf(header.type);
    const e: LayerEntry = { path, kind, size };
    if (kind === 'symlink') {
      e.linkname = header.linkname ?? '';
    } else if (kind === 'hardlink') {
      const target = entryPath(header.linkname ?? '');
      if (target === undefined || target === '') {
        throw new InputError(
          `${where}: hard link ${JSON.stringify(header.name)} points out of the image root (${JSON.stringify(header.linkname)})`,
        );
      }
      e.linkname = target;
    }
    let limit = path === '' ? false : visitor.entry(e);
    if (limit !== false && kind === 'file' && isSparse(header)) {
      visitor.warn(path, `${where}: ${path} is a sparse file; its content is not read`);
      limit = false;
    } else if (limit !== false && kind === 'other') {
      visitor.warn(
        path,
        `${where}: ${path} is a ${header.type ?? 'special'} entry, not a regular file; skipped`,
      );
      limit = false;
    }
    if (limit === false || kind !== 'file') return undefined;
    if (size > limit) {
      // The header says so before any byte is inflated: skipping costs nothing,
      // and one oversized binary must not cost the whole SBOM.
      visitor.warn(
        path,
        `${where}: ${path} is ${size} bytes, over the ${limit}-byte limit for one captured file (limit maxFileBytes); skipped`,
      );
      return undefined;
    }
    const sink = visitor.stream?.(e);
    if (sink) return sink;
    // Copied into one reused buffer as the chunks arrive: the chunks are views
    // of 1 MiB decompression buffers, which a kept slice would pin in memory;
    // holding them until the end doubled the peak for a large executable; and
    // a fresh buffer per file kept the garbage collector busy.
    const target = size > SCRATCH_KEPT ? Buffer.allocUnsafeSlow(size) : scratchFor(size);
    let offset = 0;
    return {
      write(chunk) {
        offset += chunk.copy(target, offset);
      },
      end() {
        visitor.content(path, target.subarray(0, offset));
      },
    };
  };
}

function describeFailure(
  err: unknown,
  origin: 'store' | 'decoder' | 'tar' | undefined,
  where: string,
  compression: Compression,
  declared: Compression,
): Error {
  if (err instanceof LadingError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (origin === 'decoder') {
    return new InputError(`${where}: corrupt ${compression} stream (${message})`, { cause: err });
  }
  if (origin === 'tar') {
    if (err instanceof TarFormatError && err.truncated) {
      return new InputError(`${where}: the tar ends in the middle of an entry (truncated layer)`, {
        cause: err,
      });
    }
    const what =
      compression === 'none' && declared !== 'none'
        ? `its media type says ${declared}, but the content is neither gzip, zstd nor a valid tar (${message})`
        : `not a valid tar (${message})`;
    return new InputError(`${where}: ${what}`, { cause: err });
  }
  return new OperationError(`${where}: cannot read the blob (${message})`, { cause: err });
}
