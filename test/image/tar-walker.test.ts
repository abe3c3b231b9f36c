import fc from 'fast-check';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import {
  MAX_LONG_HEADER_BYTES,
  TarFormatError,
  type TarHeader,
  TarWalker,
} from '../../src/image/tar-walker.js';

// The hand-written tar walker must read exactly what tar-stream reads (the
// parser lading used before, and the one the benchmark's floor uses): same
// entries, same bodies, same failures, whatever the chunking of the input.

interface Seen {
  name: string;
  type: TarHeader['type'];
  linkname: string | null;
  size: number;
  pax: Record<string, string> | null;
  body: string;
}

type Outcome = { entries: Seen[] } | { error: string; entries: Seen[] };

/** Splits `bytes` at the given cut points (fractions of its length). */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const a of at) {
    if (a > from) out.push(bytes.subarray(from, a));
    from = Math.max(from, a);
  }
  out.push(bytes.subarray(from));
  return out;
}

function walk(chunks: Buffer[]): Outcome {
  const entries: Seen[] = [];
  const walker = new TarWalker((h) => {
    const parts: Buffer[] = [];
    const seen: Seen = { ...h, body: '' };
    entries.push(seen);
    return {
      write: (c) => parts.push(Buffer.from(c)),
      end: () => {
        seen.body = Buffer.concat(parts).toString('hex');
      },
    };
  });
  try {
    for (const c of chunks) walker.write(c);
    walker.end();
    return { entries };
  } catch (err) {
    expect(err).toBeInstanceOf(TarFormatError);
    return { error: (err as Error).message, entries };
  }
}

function viaTarStream(chunks: Buffer[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const entries: Seen[] = [];
    const extract = tar.extract();
    let settled = false;
    const done = (o: Outcome) => {
      if (!settled) resolve(o);
      settled = true;
    };
    extract.on('entry', (h, body, next) => {
      const parts: Buffer[] = [];
      const seen: Seen = {
        name: h.name,
        type: h.type as TarHeader['type'],
        linkname: h.linkname ?? null,
        size: h.size ?? 0,
        pax: (h.pax as Record<string, string> | null) ?? null,
        body: '',
      };
      entries.push(seen);
      body.on('error', () => undefined);
      if (h.type === 'directory') {
        // tar-stream never ends the body of a directory whose size field is
        // not 0: waiting for it would hang (lading's walker reads no body).
        next();
        return;
      }
      body.on('data', (c: unknown) => {
        parts.push(Buffer.from(c as Buffer));
      });
      body.on('end', () => {
        seen.body = Buffer.concat(parts).toString('hex');
        next();
      });
    });
    extract.on('error', (err) => done({ error: err.message, entries }));
    extract.on('finish', () => done({ entries }));
    for (const c of chunks) extract.write(c);
    extract.end(() => undefined);
  });
}

/**
 * Where lading deliberately differs: an entry of type flag 0 whose header
 * name ends in `/` is a directory (old tars wrote directories so).
 * tar-stream computes the type before applying that rule, calls it a file and
 * reads a body, so past such an entry the two readings part ways: compare up
 * to it.
 */
function expectSameReading(mine: Outcome, theirs: Outcome): void {
  const odd = theirs.entries.findIndex((e, i) => {
    const m = mine.entries[i];
    return e.type === 'file' && m?.type === 'directory' && m.name === e.name;
  });
  if (odd === -1) {
    if ('error' in theirs && 'error' in mine) {
      // Both refuse the archive: the words may differ (a long header with an
      // unreadable size stops lading at once; tar-stream reads on and trips
      // later), but lading never reports an entry tar-stream did not.
      expect(theirs.entries.slice(0, mine.entries.length)).toEqual(mine.entries);
      return;
    }
    expect(mine).toEqual(theirs);
    return;
  }
  expect(mine.entries.slice(0, odd)).toEqual(theirs.entries.slice(0, odd));
  expect(mine.entries[odd]?.body).toBe('');
}

interface Spec {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'link';
  linkname: string;
  content: Buffer;
  pax?: Record<string, string>;
}

function pack(specs: Spec[]): Promise<Buffer> {
  const p = tar.pack();
  const out: Buffer[] = [];
  p.on('data', (c: unknown) => {
    out.push(c as Buffer);
  });
  const ended = new Promise<Buffer>((resolve) => {
    p.on('end', () => resolve(Buffer.concat(out)));
  });
  for (const s of specs) {
    const base = { name: s.name, mode: 0o644, ...(s.pax ? { pax: s.pax } : {}) };
    if (s.type === 'file') p.entry(base, s.content);
    else if (s.type === 'directory') p.entry({ ...base, type: 'directory' });
    else p.entry({ ...base, type: s.type, linkname: s.linkname });
  }
  p.finalize();
  return ended;
}

const segment = fc.stringMatching(/^[a-zA-Z0-9._-]{1,12}$/);
const unicodeSegment = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
  .filter((s) => !/[/\0]/.test(s));
const name = fc
  .array(fc.oneof(segment, unicodeSegment, fc.constant('a'.repeat(90))), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('/'));
const spec: fc.Arbitrary<Spec> = fc.record(
  {
    name,
    type: fc.constantFrom('file', 'file', 'file', 'directory', 'symlink', 'link'),
    linkname: name,
    content: fc.uint8Array({ maxLength: 1500 }).map((a) => Buffer.from(a)),
    pax: fc.dictionary(fc.constantFrom('comment', 'SCHILY.xattr.user.x', 'GNU.sparse.name'), segment, {
      maxKeys: 2,
    }),
  },
  { requiredKeys: ['name', 'type', 'linkname', 'content'] },
);
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

describe('tar walker', () => {
  it('reads what tar-stream reads, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { maxLength: 12 }), cuts, async (specs, at) => {
        const bytes = await pack(specs);
        const chunks = chunked(bytes, at);
        const mine = walk(chunks);
        expect(mine).toEqual(await viaTarStream(chunks));
        expect('error' in mine).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('fails as tar-stream fails on damaged archives (bytes changed or cut), never otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 6,
        }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        cuts,
        async (specs, flips, cut, at) => {
          const bytes = Buffer.from(await pack(specs));
          for (const [where, value] of flips) bytes[Math.floor(where * (bytes.length - 1))] = value;
          const damaged = cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length));
          const chunks = chunked(damaged, at);
          expectSameReading(walk(chunks), await viaTarStream(chunks));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads header fields changed behind a valid checksum as tar-stream does', async () => {
    // Changed bytes alone mostly break the checksum; re-sealed headers reach
    // the field parsing: sizes, type flags, names, magic.
    const field = fc.constantFrom(0, 99, 100, 124, 125, 130, 135, 156, 157, 257, 262, 263, 345);
    const value = fc.constantFrom(
      0,
      0x20,
      0x2f,
      0x30,
      0x31,
      0x35,
      0x37,
      0x38,
      0x41,
      0x4b,
      0x4c,
      0x78,
      0x80,
      0xff,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(spec, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), field, fc.nat({ max: 11 }), value), { minLength: 1, maxLength: 4 }),
        cuts,
        async (specs, edits, at) => {
          const bytes = Buffer.from(await pack(specs));
          const headers = headerOffsets(bytes);
          for (const [which, offset, delta, v] of edits) {
            const h = headers[which % headers.length] as number;
            bytes[h + Math.min(offset + delta, 511)] = v;
            reseal(bytes.subarray(h, h + 512));
          }
          const chunks = chunked(bytes, at);
          expectSameReading(walk(chunks), await viaTarStream(chunks));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an empty GNU long name or link name sets nothing, as in tar-stream (found by the property above)', async () => {
    const archive = Buffer.concat([
      gnuBlock({ name: '././@LongLink', flag: 'L', size: 0 }),
      gnuBlock({ name: '././@LongLink', flag: 'K', size: 0 }),
      gnuBlock({ name: 'plain', flag: '0', size: 0 }),
      Buffer.alloc(1024),
    ]);
    const mine = walk([archive]);
    expect(mine).toEqual(await viaTarStream([archive]));
    expect(mine.entries).toEqual([
      { name: 'plain', type: 'file', linkname: null, size: 0, pax: null, body: '' },
    ]);
  });

  it('reads GNU long names and link names, base-256 and space-padded sizes, old-style directories', async () => {
    const longName = `usr/lib/${'x'.repeat(150)}/libfoo.so.1`;
    const longLink = `../${'y'.repeat(120)}/target`;
    const archive = Buffer.concat([
      gnuBlock({ name: '././@LongLink', flag: 'L', size: longName.length + 1 }),
      padTo512(Buffer.from(`${longName}\0`)),
      gnuBlock({ name: '././@LongLink', flag: 'K', size: longLink.length + 1 }),
      padTo512(Buffer.from(`${longLink}\0`)),
      gnuBlock({ name: 'short', flag: '2', size: 0, linkname: 'short-target' }),
      gnuBlock({ name: 'big', flag: '0', size: 3, base256: true }),
      padTo512(Buffer.from('abc')),
      gnuBlock({ name: 'old-style-dir/', flag: '\0', size: 0 }),
      gnuBlock({ name: 'spaced', flag: '0', size: 2, spacedSize: true }),
      padTo512(Buffer.from('ok')),
      Buffer.alloc(1024),
    ]);
    const { entries } = walk([archive]);
    const walkedByTarStream = await viaTarStream([archive]);
    expect(entries).toEqual([
      { name: longName, type: 'symlink', linkname: longLink, size: 0, pax: null, body: '' },
      {
        name: 'big',
        type: 'file',
        linkname: null,
        size: 3,
        pax: null,
        body: Buffer.from('abc').toString('hex'),
      },
      { name: 'old-style-dir/', type: 'directory', linkname: null, size: 0, pax: null, body: '' },
      {
        name: 'spaced',
        type: 'file',
        linkname: null,
        size: 2,
        pax: null,
        body: Buffer.from('ok').toString('hex'),
      },
    ]);
    expectSameReading(walk([archive]), walkedByTarStream);
  });

  it('says the archive was cut in the middle of an entry, and refuses oversized long headers', () => {
    const archive = Buffer.concat([
      gnuBlock({ name: 'f', flag: '0', size: 600 }),
      padTo512(Buffer.alloc(600, 1)),
    ]);
    const cut = () => walk([archive.subarray(0, 700)]);
    expect(cut()).toMatchObject({ error: 'Unexpected end of data' });
    const w = new TarWalker(() => undefined);
    w.write(archive.subarray(0, 700));
    expect(() => w.end()).toThrow(expect.objectContaining({ truncated: true }));

    const huge = gnuBlock({ name: 'PaxHeader', flag: 'x', size: MAX_LONG_HEADER_BYTES + 1 });
    expect(walk([huge])).toMatchObject({ error: 'Header exceeds max size' });
  });

  it('does not copy skipped bodies into anything, and hands wanted ones over as views', () => {
    const archive = Buffer.concat([
      gnuBlock({ name: 'skipped', flag: '0', size: 1000 }),
      padTo512(Buffer.alloc(1000, 2)),
      gnuBlock({ name: 'wanted', flag: '0', size: 5 }),
      padTo512(Buffer.from('hello')),
      Buffer.alloc(1024),
    ]);
    const views: Buffer[] = [];
    const names: string[] = [];
    const w = new TarWalker((h) => {
      names.push(h.name);
      if (h.name !== 'wanted') return undefined;
      return { write: (c) => views.push(c), end: () => undefined };
    });
    w.write(archive);
    w.end();
    expect(names).toEqual(['skipped', 'wanted']);
    expect(views).toHaveLength(1);
    expect(views[0]?.toString()).toBe('hello');
    expect(views[0]?.buffer).toBe(archive.buffer);
  });
});

/** Offsets of the blocks whose checksum is valid: the headers of an undamaged archive. */
function headerOffsets(bytes: Buffer): number[] {
  const out: number[] = [];
  for (let at = 0; at + 512 <= bytes.length; at += 512) {
    const block = bytes.subarray(at, at + 512);
    if (block.every((b) => b === 0)) continue;
    const stored = Number.parseInt(block.toString('latin1', 148, 156).replace(/[\0 ]/g, ''), 8);
    if (stored === sumOf(block)) out.push(at);
  }
  return out.length > 0 ? out : [0];
}

function sumOf(block: Buffer): number {
  let sum = 8 * 0x20;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += block[i] as number;
  return sum;
}

function reseal(block: Buffer): void {
  block.write(`${sumOf(block).toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
}

function padTo512(b: Buffer): Buffer {
  return Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
}

/** A GNU-format header block, written by hand to reach what tar-stream's packer never writes. */
function gnuBlock(h: {
  name: string;
  flag: string;
  size: number;
  linkname?: string;
  base256?: boolean;
  spacedSize?: boolean;
}): Buffer {
  const b = Buffer.alloc(512);
  b.write(h.name, 0, 100, 'utf8');
  b.write('0000644\0', 100);
  b.write('0000000\0', 108);
  b.write('0000000\0', 116);
  if (h.base256) {
    b[124] = 0x80;
    let n = h.size;
    for (let i = 135; i > 124; i--) {
      b[i] = n & 0xff;
      n = Math.floor(n / 256);
    }
  } else if (h.spacedSize) {
    b.write(`${h.size.toString(8).padStart(11, ' ')} `, 124);
  } else {
    b.write(`${h.size.toString(8).padStart(11, '0')}\0`, 124);
  }
  b.write('00000000000\0', 136);
  b.write(h.flag, 156, 'latin1');
  if (h.linkname) b.write(h.linkname, 157, 100, 'utf8');
  b.write('ustar  \0', 257);
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return b;
}
