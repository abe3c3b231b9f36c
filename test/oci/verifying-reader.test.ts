import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { IntegrityError } from '../../src/errors.js';
import { digestOf, isVerifiedStream, VerifyingReader } from '../../src/oci/digest.js';

const WHERE = 'blob 127.0.0.1:5000/demo/app@x';

describe('VerifyingReader', () => {
  it('passes the bytes through unchanged and ends when digest and size match', async () => {
    const data = Buffer.alloc(300_000, 9);
    const reader = new VerifyingReader(
      Readable.from([data.subarray(0, 5), data.subarray(5)]),
      digestOf(data),
      data.length,
      WHERE,
    );
    expect((await buffer(reader)).equals(data)).toBe(true);
    expect(isVerifiedStream(reader, digestOf(data))).toBe(true);
    expect(isVerifiedStream(reader, digestOf('other'))).toBe(false);
  });

  it('fails before its end when the bytes do not match, naming where and the digest', async () => {
    const reader = new VerifyingReader(Readable.from([Buffer.from('wrong')]), digestOf('right'), 5, WHERE);
    let ended = false;
    reader.on('end', () => {
      ended = true;
    });
    const err = await buffer(reader).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toBe(
      `${WHERE}: content does not match digest ${digestOf('right')} (got ${digestOf('wrong')})`,
    );
    expect(ended).toBe(false);
  });

  it('fails as soon as more bytes come than declared, and when fewer come', async () => {
    const long = new VerifyingReader(Readable.from([Buffer.from('right!')]), digestOf('right'), 5, WHERE);
    await expect(buffer(long)).rejects.toThrow(
      `${WHERE}: blob ${digestOf('right')} is larger than its declared 5 bytes`,
    );
    const short = new VerifyingReader(Readable.from([Buffer.from('rig')]), digestOf('right'), 5, WHERE);
    await expect(buffer(short)).rejects.toThrow(
      `${WHERE}: blob ${digestOf('right')} ended after 3 of 5 bytes`,
    );
  });

  it('turns a source error or a source closed early into the error it was told to', async () => {
    const failing = new PassThrough();
    const reader = new VerifyingReader(
      failing,
      digestOf('right'),
      5,
      WHERE,
      (err) => new Error(`download failed: ${err?.message ?? 'closed early'}`),
    );
    failing.write('ri');
    failing.destroy(new Error('ECONNRESET'));
    await expect(buffer(reader)).rejects.toThrow('download failed: ECONNRESET');

    const closing = new PassThrough();
    const reader2 = new VerifyingReader(
      closing,
      digestOf('right'),
      5,
      WHERE,
      (err) => new Error(`download failed: ${err?.message ?? 'closed early'}`),
    );
    closing.write('ri');
    closing.destroy();
    await expect(buffer(reader2)).rejects.toThrow('download failed: closed early');
  });

  it('pauses a source nobody reads, and releases it when the reader gives up', async () => {
    const source = new PassThrough();
    const reader = new VerifyingReader(source, digestOf('x'), undefined, WHERE);
    // Nobody reads: after the reader's buffer is full the source must stop flowing.
    for (let i = 0; i < 16 && source.write(Buffer.alloc(65536)); i++);
    await new Promise((r) => setImmediate(r));
    expect(source.isPaused()).toBe(true);
    reader.destroy();
    await once(source, 'close');
    expect(source.destroyed).toBe(true);
  });
});
