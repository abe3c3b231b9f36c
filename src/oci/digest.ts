import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
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
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
export class DigestVerifier extends Transform {
  private readonly hash: Hash;
  private seen = 0;
  constructor(
    readonly expected: Digest,
    private readonly expectedSize: number | undefined,
    private readonly where: string,
  ) {
    super();
    this.hash = createHash(algorithmOf(expected));
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.seen += chunk.length;
    if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
      cb(
        new IntegrityError(
          `${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`,
        ),
      );
      return;
    }
    this.hash.update(chunk);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
      cb(
        new IntegrityError(
          `${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`,
        ),
      );
      return;
    }
    const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
    if (actual !== this.expected) {
      cb(new IntegrityError(`${this.where}: content does not match digest ${this.expected} (got ${actual})`));
      return;
    }
    cb();
  }
}

/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
export function isVerifiedStream(content: unknown, digest: Digest): boolean {
  return content instanceof DigestVerifier && content.expected === digest;
}
