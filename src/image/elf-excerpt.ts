import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OperationError } from '../errors.js';
import { isElf, readElf, readElfHeader } from '../sbom/catalogers/elf.js';
import type { ContentSink } from './layer-reader.js';

// A large executable streamed through the image view, kept as an excerpt: a
// buffer of the file's full size in which only the bytes ELF readers look at
// are filled (headers, section header table, section names, the named
// sections, the start of the first writable segment). The rest stays zero and,
// allocated zero-filled, is never touched, so the kernel never backs it with
// memory. Where those bytes lie is only known once the section header table
// (normally at the very end) has gone by, so the stream is spilled to a
// temporary file and read back by range: the page cache holds it, not the
// process.

/** Bytes read at the start of the file: the ELF header and, in practice, the program headers. */
const HEAD_BYTES = 64 * 1024;
/** What `firstWritableSegment` callers read of the segment (Go's build info search window). */
const SEGMENT_PREFIX_BYTES = 64 * 1024;

export interface ElfExcerptOptions {
  size: number;
  /** Sections whose bytes the readers need. */
  sections: readonly string[];
  /** Called with the excerpt once the file has streamed by; the buffer is the caller's. */
  done(excerpt: Buffer): void;
  /** Names the file in errors. */
  where: string;
}

/**
 * A sink for `ReadImageOptions.stream`: spills the file to a temporary
 * directory, builds the excerpt at the end, and removes the spill.
 */
export function elfExcerptSink(options: ElfExcerptOptions): ContentSink {
  let dir: string | undefined;
  let fd: number | undefined;
  let written = 0;
  let head: Buffer | undefined;
  const cleanup = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  };
  const failed = (what: string, err: unknown): never => {
    cleanup();
    throw new OperationError(
      `${options.where}: cannot ${what} a temporary copy of the file (${(err as Error).message})`,
      { cause: err },
    );
  };
  return {
    write(chunk) {
      if (written === 0 && chunk.length > 0) {
        // Not an ELF file: nothing in it is of use, nothing is spilled.
        head = Buffer.from(chunk.subarray(0, Math.min(chunk.length, 64)));
      }
      if (head && !isElf(head) && head.length >= 52) {
        written += chunk.length;
        return;
      }
      try {
        if (fd === undefined) {
          dir = mkdtempSync(join(tmpdir(), 'lading-elf-'));
          fd = openSync(join(dir, 'file'), 'w+', 0o600);
        }
        for (let off = 0; off < chunk.length; )
          off += writeSync(fd, chunk, off, chunk.length - off, written + off);
      } catch (err) {
        failed('write', err);
      }
      written += chunk.length;
    },
    end() {
      if (fd === undefined || head === undefined || !isElf(head)) {
        cleanup();
        options.done(head ?? Buffer.alloc(0));
        return;
      }
      let excerpt: Buffer;
      try {
        excerpt = buildExcerpt(fd, Math.min(written, options.size), options.sections);
      } catch (err) {
        failed('read back', err);
        return;
      }
      cleanup();
      options.done(excerpt);
    },
  };
}

function buildExcerpt(fd: number, size: number, sections: readonly string[]): Buffer {
  // Zero-filled large buffers come from fresh pages: untouched ones cost no memory.
  const buf = Buffer.alloc(size);
  const fill = (offset: number, length: number) => {
    if (!(offset >= 0 && length > 0) || offset >= size) return;
    const end = Math.min(size, offset + length);
    for (let at = offset; at < end; ) {
      const n = readSync(fd, buf, at, end - at, at);
      if (n === 0) break;
      at += n;
    }
  };
  fill(0, HEAD_BYTES);
  // An excerpt of a file that is not ELF is never read by an ELF reader: leave it.
  const header = readElfHeader(buf);
  if (!header) return buf;
  const { is64, word, phoff, shoff, phentsize, phnum, shentsize, shnum, shstrndx } = header;
  fill(phoff, phentsize * phnum);
  fill(shoff, shentsize * shnum);
  // The section-name table, wherever its header says it is.
  const names = shoff + shstrndx * shentsize;
  if (shoff > 0 && shstrndx < shnum && names + shentsize <= size) {
    fill(word(names + (is64 ? 0x18 : 0x10)), word(names + (is64 ? 0x20 : 0x14)));
  }
  const elf = readElf(buf);
  if (!elf) return buf;
  // The map of sections is read once, now that its tables are in place; the
  // buffers it hands out are views of `buf`, filled below.
  for (const name of sections) {
    const data = elf.section(name);
    if (data) fill(data.byteOffset - buf.byteOffset, data.length);
  }
  const segment = elf.firstWritableSegment();
  if (segment) fill(segment.byteOffset - buf.byteOffset, Math.min(segment.length, SEGMENT_PREFIX_BYTES));
  return buf;
}

const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);

/**
 * A sink for a smaller executable candidate that only ELF readers want: the
 * file is kept whole only when it starts with the ELF magic. Programs are
 * looked for by place (`bin/`, `app/`…), and most files found there are not
 * programs: in an application image, thousands of `.d.ts`, `.map` and licence
 * files under `app/node_modules` (issue 3's benchmark image: 4,902
 * candidates, 336 of them ELF). Each was copied out of the tar only for the
 * ELF readers to turn it down. `done` receives the whole file, which is then the caller's.
 */
export function elfOnlySink(size: number, done: (file: Buffer) => void): ContentSink {
  const head = Buffer.alloc(ELF_MAGIC.length);
  let seen = 0;
  let body: Buffer | undefined;
  let rejected = false;
  return {
    write(chunk) {
      if (rejected) return;
      if (body) {
        seen += chunk.copy(body, seen);
        return;
      }
      // The magic may straddle chunks; rarely, but a chunk can be a single byte.
      const n = chunk.copy(head, seen, 0, Math.min(chunk.length, head.length - seen));
      seen += n;
      if (seen < head.length) return;
      if (!head.equals(ELF_MAGIC)) {
        rejected = true;
        return;
      }
      body = Buffer.allocUnsafe(size);
      head.copy(body, 0);
      seen += chunk.copy(body, seen, n);
    },
    end() {
      if (body) done(body.subarray(0, seen));
    },
  };
}
