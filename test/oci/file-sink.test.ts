import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainToFile } from '../../src/oci/file-sink.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lading-file-sink-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
let n = 0;
const fresh = () => join(root, `f${n++}`);

/** Deterministic bytes, so a chunk written twice or out of order shows in the comparison. */
function pattern(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff;
  return b;
}

async function drainedFile(
  chunks: Buffer[],
  options: { sizeHint?: number } = {},
): Promise<{ bytes: Buffer; seen: Buffer }> {
  const path = fresh();
  const file = await open(path, 'wx');
  const seen: Buffer[] = [];
  try {
    await drainToFile(Readable.from(chunks), file, { ...options, onChunk: (c) => seen.push(c) });
  } finally {
    await file.close();
  }
  return { bytes: await readFile(path), seen: Buffer.concat(seen) };
}

/** A FileHandle stand-in whose writes are slow and short, recording how many overlap. */
function slowShortFile(): { file: FileHandle; written: () => Buffer; maxOverlap: () => number } {
  const out = Buffer.alloc(8 * 1024 * 1024);
  let end = 0;
  let overlap = 0;
  let max = 0;
  const file = {
    async write(buffer: Buffer, offset: number, length: number, position: number) {
      overlap++;
      max = Math.max(max, overlap);
      await new Promise((r) => setTimeout(r, 2));
      // At most 100,000 bytes per call: the caller must come back for the rest.
      const take = Math.min(length, 100_000);
      buffer.copy(out, position, offset, offset + take);
      end = Math.max(end, position + take);
      overlap--;
      return { bytesWritten: take, buffer };
    },
  } as unknown as FileHandle;
  return { file, written: () => out.subarray(0, end), maxOverlap: () => max };
}

describe('drainToFile', () => {
  it('writes every byte once and in order, whatever the chunk sizes', async () => {
    const data = pattern(3 * 1024 * 1024 + 12345, 1);
    // Tiny chunks, chunks that straddle buffer boundaries, and one larger than all buffers together.
    const chunks = [
      data.subarray(0, 1),
      data.subarray(1, 70_000),
      data.subarray(70_000, 70_001),
      data.subarray(70_001, 400_000),
      data.subarray(400_000, 400_000 + 1_500_000),
      data.subarray(1_900_000),
    ];
    const { bytes, seen } = await drainedFile(chunks);
    expect(bytes.equals(data)).toBe(true);
    expect(seen.equals(data)).toBe(true);
  });

  it('writes an empty source as an empty file and a small one with a small size hint', async () => {
    expect((await drainedFile([])).bytes.length).toBe(0);
    const small = pattern(459, 2);
    expect((await drainedFile([small], { sizeHint: 459 })).bytes.equals(small)).toBe(true);
    // A wrong hint (a descriptor that lies) still writes everything the source gives.
    const more = pattern(5000, 3);
    expect((await drainedFile([more], { sizeHint: 10 })).bytes.equals(more)).toBe(true);
  });

  it('holds the source back while writes are slow, and finishes short writes', async () => {
    const data = pattern(4 * 1024 * 1024, 4);
    const source = new PassThrough();
    const slow = slowShortFile();
    let accepted = 0;
    let mostUnwritten = 0;
    const done = drainToFile(source, slow.file, {
      onChunk: (c) => {
        accepted += c.length;
        mostUnwritten = Math.max(mostUnwritten, accepted - slow.written().length);
      },
    });
    // Offer 64 KiB chunks as fast as the stream accepts them.
    for (let at = 0; at < data.length; at += 65536) {
      if (!source.write(data.subarray(at, at + 65536))) await new Promise((r) => source.once('drain', r));
    }
    source.end();
    await done;
    expect(slow.written().equals(data)).toBe(true);
    // Memory stays bounded by the sink's three 256 KiB buffers and the chunk in hand, not by the blob.
    expect(mostUnwritten).toBeLessThanOrEqual(3 * 256 * 1024 + 65536);
    expect(slow.maxOverlap()).toBeLessThanOrEqual(3);
  });

  it('rejects with the source error and stops reading', async () => {
    const source = new PassThrough();
    const file = await open(fresh(), 'wx');
    try {
      const done = drainToFile(source, file);
      source.write(pattern(300_000, 5));
      source.destroy(new Error('connection reset mid-blob'));
      await expect(done).rejects.toThrow('connection reset mid-blob');
    } finally {
      await file.close();
    }
  });

  it('rejects when the source closes without an end or an error', async () => {
    const source = new PassThrough();
    const file = await open(fresh(), 'wx');
    try {
      const done = drainToFile(source, file);
      source.write(pattern(1000, 6));
      source.destroy();
      await expect(done).rejects.toThrow('the source closed before its end');
    } finally {
      await file.close();
    }
  });

  it('rejects a source that had already failed before it was handed over', async () => {
    const source = new PassThrough();
    source.on('error', () => {});
    source.destroy(new Error('digest mismatch seen early'));
    await new Promise((r) => setImmediate(r));
    const file = await open(fresh(), 'wx');
    try {
      await expect(drainToFile(source, file)).rejects.toThrow('digest mismatch seen early');
    } finally {
      await file.close();
    }
  });

  it('rejects with what onChunk threw and destroys the source', async () => {
    const source = Readable.from([pattern(10, 7), pattern(10, 8)]);
    const file = await open(fresh(), 'wx');
    try {
      const done = drainToFile(source, file, {
        onChunk: () => {
          throw new Error('blob is larger than its declared 5 bytes');
        },
      });
      await expect(done).rejects.toThrow('larger than its declared 5 bytes');
      expect(source.destroyed).toBe(true);
    } finally {
      await file.close();
    }
  });
});
