import { createHash, type Hash } from 'node:crypto';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { InputError, IntegrityError } from '../errors.js';

/** `algorithm:hex`, as the OCI image spec defines it. Only sha256 and sha512 are accepted. */
export type Digest = `${'sha256' | 'sha512'}:${string}`;

const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export function isDigest(value: string): value is Digest {
  return DIGEST_RE.test(value);
}

export function parseDigest(value: string, where = 'digest'): Digest {
  if (!isDigest(value)) {
    throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
  }
  return value;
}

export function algorithmOf(digest: Digest): 'sha256' | 'sha512' {
  return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}

export function hexOf(digest: Digest): string {
  return digest.slice(digest.indexOf(':') + 1);
}

export function digestOf(bytes: Uint8Array | string, algorithm: 'sha256' | 'sha512' = 'sha256'): Digest {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}` as Digest;
}

/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
export function verifyBytes(bytes: Uint8Array, expected: Digest, where: string): void {
  const actual = digestOf(bytes, algorithmOf(expected));
  if (actual !== expected) {
    throw new IntegrityError(`${where}: content does not match digest ${expected} (got ${actual})`);
  }
}

/**
 * Hashes bytes as they pass and checks digest and size: the one place both
 * the verifying stream and writers that hash in their own loop get it from.
 */
export class DigestCheck {
  private readonly hash: Hash;
  private seen = 0;
  constructor(
    readonly expected: Digest,
    private readonly expectedSize: number | undefined,
    private readonly where: string,
  ) {
    this.hash = createHash(algorithmOf(expected));
  }
  /** Throws as soon as more bytes arrive than the descriptor declares. */
  update(chunk: Buffer): void {
    this.seen += chunk.length;
    if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
      throw new IntegrityError(
        `${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`,
      );
    }
    this.hash.update(chunk);
  }
  /** Throws when the bytes seen are short or hash to another digest. */
  finish(): void {
    if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
      throw new IntegrityError(
        `${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`,
      );
    }
    const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
    if (actual !== this.expected) {
      throw new IntegrityError(
        `${this.where}: content does not match digest ${this.expected} (got ${actual})`,
      );
    }
  }
}

/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
export class DigestVerifier extends Transform {
  private readonly check: DigestCheck;
  constructor(
    readonly expected: Digest,
    expectedSize: number | undefined,
    where: string,
  ) {
    super();
    this.check = new DigestCheck(expected, expectedSize, where);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      this.check.update(chunk);
    } catch (err) {
      cb(err as Error);
      return;
    }
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    try {
      this.check.finish();
    } catch (err) {
      cb(err as Error);
      return;
    }
    cb();
  }
}

/**
 * Reads `source` through a digest and size check, like `source.pipe(new
 * DigestVerifier(...))` but with one stream hop per chunk instead of a
 * Transform's two sides: a registry blob is ~4,000 chunks per 250 MiB and the
 * hops were a visible share of a download's CPU time. It errors before its end
 * when the bytes are wrong; `sourceFailed` turns a source error, or a source
 * that closed before its end, into the error readers see.
 */
export class VerifyingReader extends Readable {
  private readonly check: DigestCheck;
  constructor(
    private readonly source: Readable,
    readonly expected: Digest,
    expectedSize: number | undefined,
    where: string,
    sourceFailed: (err?: Error) => Error = (err) => err ?? new Error(`${where}: the stream closed early`),
  ) {
    super();
    this.check = new DigestCheck(expected, expectedSize, where);
    source.on('data', (chunk: Buffer) => {
      try {
        this.check.update(chunk);
      } catch (err) {
        this.destroy(err as Error);
        return;
      }
      if (!this.push(chunk)) source.pause();
    });
    source.once('end', () => {
      try {
        this.check.finish();
      } catch (err) {
        this.destroy(err as Error);
        return;
      }
      this.push(null);
    });
    source.once('error', (err) => this.destroy(sourceFailed(err)));
    // A socket cut mid-body may end a response with 'close' and no 'error'.
    source.once('close', () => {
      if (!source.readableEnded) this.destroy(sourceFailed());
    });
  }
  override _read(): void {
    if (this.source.isPaused()) this.source.resume();
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    // A reader that gives up early releases the source (and a response's connection).
    if (!this.source.readableEnded) this.source.destroy();
    cb(err);
  }
}

/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
export function isVerifiedStream(content: unknown, digest: Digest): boolean {
  return (
    (content instanceof DigestVerifier || content instanceof VerifyingReader) && content.expected === digest
  );
}
