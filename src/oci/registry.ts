import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuthError, IntegrityError, NotFoundError, OperationError, RegistryError } from '../errors.js';
import {
  algorithmOf,
  type Digest,
  DigestVerifier,
  digestOf,
  hexOf,
  isDigest,
  isVerifiedStream,
  VerifyingReader,
} from './digest.js';
import { MANIFEST_MAX_BYTES, parseManifest } from './manifest.js';
import { MANIFEST_ACCEPT, MediaType } from './mediatype.js';
import { fallbackTag, mergeReferrer, referrerDescriptor, resolveArtifactTypes } from './referrers.js';
import type { Store } from './store.js';
import type { RegistryRequest, RegistryResponse, RegistryTransport } from './transport.js';
import type { Descriptor, FetchedManifest, ImageIndex } from './types.js';

export interface RegistryStoreOptions {
  /**
   * Upload streamed blobs in PATCH chunks of this size instead of one streamed
   * request, for registries or proxies that cap request bodies. Each chunk is
   * held in memory once. Unset (the default), a blob streams straight through
   * with flat memory; a failed transfer is redone from the source by the copier.
   */
  chunkSize?: number;
  /** How many times to redo a referrers fallback-index update that lost a race. */
  fallbackRetries?: number;
  /**
   * Longest pause before the second read-back of a fallback-index update, which
   * catches a concurrent writer whose stale copy landed after our first check.
   * The pause itself scales with the round trips measured in that update.
   */
  fallbackSettleMs?: number;
  /** Override referrers API detection (tests, registries known to lack it). */
  referrersApi?: boolean;
}

const ERROR_BODY_LIMIT = 64 * 1024;
const MIN_SETTLE_MS = 25;
/**
 * Manifests read by digest are kept, as their verified bytes, up to this many
 * bytes: a run reads the same ones again (a referrer's manifest to learn its
 * artifactType, then to read it; a release's root in each stage), and content
 * addressed by digest cannot go stale.
 */
const KEPT_MANIFEST_BYTES = 1024 * 1024;

/**
 * A repository in an OCI distribution registry, as a Store.
 *
 * Everything read is checked against its digest before it is returned; every
 * manifest pushed is checked against the digest the registry reports. Referrers
 * use the OCI 1.1 API where the registry has it and the `sha256-<hex>` fallback
 * tag otherwise, for reads and writes alike.
 */
export class RegistryStore implements Store {
  readonly name: string;
  private readonly chunkSize: number | undefined;
  private readonly fallbackRetries: number;
  private readonly fallbackSettleMs: number;
  private referrersApi: boolean | undefined;
  private readonly kept = new Map<Digest, { bytes: Buffer; mediaType: string }>();
  private keptBytes = 0;

  constructor(
    private readonly transport: RegistryTransport,
    readonly repository: string,
    options: RegistryStoreOptions = {},
  ) {
    this.name = `${transport.registry}/${repository}`;
    this.chunkSize = options.chunkSize;
    this.fallbackRetries = options.fallbackRetries ?? 5;
    this.fallbackSettleMs = options.fallbackSettleMs ?? 400;
    this.referrersApi = options.referrersApi;
  }

  get registry(): string {
    return this.transport.registry;
  }

  private get pull(): string[] {
    return [`repository:${this.repository}:pull`];
  }
  private get push(): string[] {
    return [`repository:${this.repository}:pull,push`];
  }
  private path(kind: 'manifests' | 'blobs' | 'tags' | 'referrers', rest: string): string {
    return `/v2/${this.repository}/${kind}/${rest}`;
  }

  private send(req: RegistryRequest): Promise<RegistryResponse> {
    return this.transport.request(req);
  }

  async resolve(reference: string): Promise<Descriptor> {
    const where = isDigest(reference) ? `${this.name}@${reference}` : `${this.name}:${reference}`;
    const res = await this.send({
      method: 'HEAD',
      url: this.path('manifests', reference),
      headers: { accept: MANIFEST_ACCEPT },
      scopes: this.pull,
      idempotent: true,
    });
    if (res.status === 404) {
      await res.dump();
      throw new NotFoundError(`${where}: manifest not found`);
    }
    if (res.status !== 200) throw await this.failure(res, `resolving ${where}`);
    await res.dump();
    const digest = res.headers['docker-content-digest'];
    const mediaType = stripParams(res.headers['content-type']);
    const size = Number(res.headers['content-length']);
    if (digest && isDigest(digest) && mediaType && Number.isSafeInteger(size) && size > 0) {
      if (isDigest(reference) && reference !== digest) {
        throw new IntegrityError(`${where}: registry answered for digest ${digest}`);
      }
      return { mediaType, digest, size };
    }
    // Some registries omit the digest on HEAD: read the manifest and hash it ourselves.
    const fetched = await this.getManifest(reference, isDigest(reference) ? reference : undefined);
    return fetched.descriptor;
  }

  async fetchManifest(
    descriptor: Pick<Descriptor, 'digest'> & Partial<Descriptor>,
  ): Promise<FetchedManifest> {
    const kept = this.kept.get(descriptor.digest);
    if (kept) {
      // Parsed afresh, from a copy: a caller that changes what it got cannot change what the next one gets.
      const bytes = Buffer.from(kept.bytes);
      const manifest = parseManifest(bytes, {
        mediaType: kept.mediaType,
        where: `${this.name}@${descriptor.digest}`,
      });
      return {
        descriptor: { mediaType: manifest.mediaType, digest: descriptor.digest, size: bytes.length },
        bytes,
        manifest,
      };
    }
    const fetched = await this.getManifest(descriptor.digest, descriptor.digest, descriptor.size);
    this.keep(fetched);
    return fetched;
  }

  private keep({ descriptor, bytes }: FetchedManifest): void {
    if (bytes.length > KEPT_MANIFEST_BYTES / 16 || this.kept.has(descriptor.digest)) return;
    // The media type the first parse settled stands in for the response's Content-Type.
    this.kept.set(descriptor.digest, { bytes: Buffer.from(bytes), mediaType: descriptor.mediaType });
    this.keptBytes += bytes.length;
    for (const [digest, old] of this.kept) {
      if (this.keptBytes <= KEPT_MANIFEST_BYTES) break;
      this.kept.delete(digest);
      this.keptBytes -= old.bytes.length;
    }
  }

  private async getManifest(reference: string, expected?: Digest, size?: number): Promise<FetchedManifest> {
    const where = expected ? `${this.name}@${expected}` : `${this.name}:${reference}`;
    if (size !== undefined && size > MANIFEST_MAX_BYTES) {
      throw new IntegrityError(
        `${where}: manifest of ${size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`,
      );
    }
    const res = await this.send({
      method: 'GET',
      url: this.path('manifests', reference),
      headers: { accept: MANIFEST_ACCEPT },
      scopes: this.pull,
      idempotent: true,
    });
    if (res.status === 404) {
      await res.dump();
      throw new NotFoundError(`${where}: manifest not found`);
    }
    if (res.status !== 200) throw await this.failure(res, `reading manifest ${where}`);
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > MANIFEST_MAX_BYTES) {
      await res.dump();
      throw new IntegrityError(
        `${where}: manifest of ${declared} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`,
      );
    }
    const bytes = await res.bytes(MANIFEST_MAX_BYTES + 1);
    if (bytes.length > MANIFEST_MAX_BYTES) {
      throw new IntegrityError(`${where}: manifest is over the ${MANIFEST_MAX_BYTES}-byte limit`);
    }
    const headerDigest = res.headers['docker-content-digest'];
    const want: Digest | undefined =
      expected ?? (headerDigest && isDigest(headerDigest) ? headerDigest : undefined);
    const actual = digestOf(bytes, want ? algorithmOf(want) : 'sha256');
    if (want && actual !== want) {
      throw new IntegrityError(`${where}: manifest does not match digest ${want} (got ${actual})`);
    }
    const contentType = stripParams(res.headers['content-type']);
    const manifest = parseManifest(bytes, { mediaType: contentType, where: `${this.name}@${actual}` });
    return {
      descriptor: { mediaType: manifest.mediaType, digest: actual, size: bytes.length },
      bytes,
      manifest,
    };
  }

  async fetchBlob(descriptor: Descriptor): Promise<Readable> {
    const where = `${this.name}@${descriptor.digest}`;
    const res = await this.send({
      method: 'GET',
      url: this.path('blobs', descriptor.digest),
      scopes: this.pull,
      idempotent: true,
    });
    if (res.status === 404) {
      await res.dump();
      throw new NotFoundError(`${where}: blob not found`);
    }
    if (res.status !== 200) throw await this.failure(res, `reading blob ${where}`);
    const verifier = new VerifyingReader(
      res.body,
      descriptor.digest,
      descriptor.size,
      `blob ${where}`,
      (err) =>
        new OperationError(
          `${where}: blob download failed after a partial read: ${err?.message ?? 'the connection closed early'}`,
          { cause: err },
        ),
    );
    // The body flows before the caller attaches its reader (a layout first
    // checks and makes directories). An error in that gap must not become an
    // uncaught exception; pipeline() and for-await still get it from the
    // destroyed stream.
    verifier.on('error', () => {});
    return verifier;
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.exists(
      this.path('blobs', descriptor.digest),
      this.push,
      `blob ${this.name}@${descriptor.digest}`,
    );
  }

  async hasManifest(descriptor: Descriptor): Promise<boolean> {
    return this.exists(
      this.path('manifests', descriptor.digest),
      this.pull,
      `manifest ${this.name}@${descriptor.digest}`,
    );
  }

  private async exists(url: string, scopes: string[], what: string): Promise<boolean> {
    const res = await this.send({
      method: 'HEAD',
      url,
      headers: { accept: MANIFEST_ACCEPT },
      scopes,
      idempotent: true,
    });
    await res.dump();
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.failure(res, `checking ${what}`);
  }

  async mountBlob(descriptor: Descriptor, fromRepository: string): Promise<boolean> {
    const from = encodeURIComponent(fromRepository);
    const res = await this.send({
      method: 'POST',
      url: `${this.path('blobs', 'uploads/')}?mount=${descriptor.digest}&from=${from}`,
      scopes: [...this.push, `repository:${fromRepository}:pull`],
      idempotent: false,
    });
    await res.dump();
    if (res.status === 201) return true;
    if (res.status === 202) {
      // The registry opened an upload session instead; close it so it does not linger.
      await this.cancelUpload(res.headers.location);
      return false;
    }
    throw await this.failure(res, `mounting ${descriptor.digest} from ${fromRepository} into ${this.name}`);
  }

  async pushBlob(descriptor: Descriptor, content: Readable | Buffer): Promise<void> {
    // Whether the blob is already there is the caller's question (the copier asks
    // before it even opens the source); asking again here would double the HEADs.
    const where = `${this.name}@${descriptor.digest}`;
    if (Buffer.isBuffer(content)) {
      if (
        content.length !== descriptor.size ||
        digestOf(content, algorithmOf(descriptor.digest)) !== descriptor.digest
      ) {
        throw new IntegrityError(`blob ${where}: content does not match its descriptor`);
      }
      const location = await this.startUpload();
      await this.finishUpload(location, descriptor, content);
      return;
    }
    if (this.chunkSize) await this.pushChunked(descriptor, content, where, this.chunkSize);
    else await this.pushStreamed(descriptor, content, where);
  }

  /**
   * One streamed PUT that completes the upload: no buffering, so memory stays
   * flat whatever the blob's size. The bytes are checked on the way (unless the
   * stream already is a verifier for this digest) and a mismatch aborts the
   * request before the registry can commit it.
   */
  private async pushStreamed(descriptor: Descriptor, content: Readable, where: string): Promise<void> {
    const location = await this.startUpload();
    let body: Readable = content;
    if (!isVerifiedStream(content, descriptor.digest)) {
      const verifier = new DigestVerifier(descriptor.digest, descriptor.size, `blob ${where}`);
      content.on('error', (err) => verifier.destroy(err));
      body = content.pipe(verifier);
    }
    try {
      // The source may have failed while the upload was being opened; its
      // 'error' event is gone by now, so a body piped from it would never end.
      if (body.errored || content.errored) throw body.errored ?? content.errored;
      if (body.destroyed)
        throw new OperationError(`blob ${where}: the source stream was closed before the upload`);
      const res = await this.send({
        method: 'PUT',
        url: withQuery(location, 'digest', descriptor.digest),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
        body,
        scopes: this.push,
        idempotent: false,
      });
      await res.dump();
      if (res.status !== 201) throw await this.failure(res, `uploading blob ${where}`);
    } catch (err) {
      content.destroy();
      await this.cancelUpload(location).catch(() => {});
      throw err;
    }
  }

  private async startUpload(): Promise<string> {
    const res = await this.send({
      method: 'POST',
      url: this.path('blobs', 'uploads/'),
      scopes: this.push,
      idempotent: false,
    });
    await res.dump();
    if (res.status !== 202 || !res.headers.location) {
      throw await this.failure(res, `starting an upload to ${this.name}`);
    }
    return res.headers.location;
  }

  private async finishUpload(location: string, descriptor: Descriptor, body?: Buffer): Promise<void> {
    const res = await this.send({
      method: 'PUT',
      url: withQuery(location, 'digest', descriptor.digest),
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(body?.length ?? 0),
      },
      body: body ?? Buffer.alloc(0),
      scopes: this.push,
      // A PUT that completes an upload by digest is safe to repeat: the result is the same blob.
      idempotent: true,
    });
    await res.dump();
    if (res.status !== 201)
      throw await this.failure(res, `completing upload of ${this.name}@${descriptor.digest}`);
  }

  /**
   * Streams a blob in PATCH chunks. Each chunk is a Buffer, so the HTTP layer
   * may retry it; the stream is hashed on the way and the upload is cancelled,
   * never completed, when the content does not match the descriptor.
   */
  private async pushChunked(
    descriptor: Descriptor,
    content: Readable,
    where: string,
    chunkSize: number,
  ): Promise<void> {
    const hash = createHash(algorithmOf(descriptor.digest));
    let location = await this.startUpload();
    let offset = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      location = await this.patchChunk(location, chunk, offset, where);
      offset += chunk.length;
    };
    try {
      for await (const piece of content) {
        const buf = piece as Buffer;
        hash.update(buf);
        pending.push(buf);
        pendingBytes += buf.length;
        if (offset + pendingBytes > descriptor.size) {
          throw new IntegrityError(
            `blob ${where}: content is larger than its declared ${descriptor.size} bytes`,
          );
        }
        if (pendingBytes >= chunkSize) await flush();
      }
      const actual = `${algorithmOf(descriptor.digest)}:${hash.digest('hex')}`;
      if (offset + pendingBytes !== descriptor.size || actual !== descriptor.digest) {
        throw new IntegrityError(`blob ${where}: content does not match its descriptor (got ${actual})`);
      }
      if (offset === 0) {
        // Small enough for one request: send it with the closing PUT.
        const body = pendingBytes ? Buffer.concat(pending, pendingBytes) : Buffer.alloc(0);
        await this.finishUpload(location, descriptor, body);
        return;
      }
      await flush();
      await this.finishUpload(location, descriptor);
    } catch (err) {
      content.destroy();
      await this.cancelUpload(location).catch(() => {});
      throw err;
    }
  }

  private async patchChunk(location: string, chunk: Buffer, offset: number, where: string): Promise<string> {
    const res = await this.send({
      method: 'PATCH',
      url: location,
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(chunk.length),
        'content-range': `${offset}-${offset + chunk.length - 1}`,
      },
      body: chunk,
      scopes: this.push,
      // Not safe to repeat blindly: a retried PATCH after a lost answer would
      // append twice. A failure ends the upload; the caller cancels it.
      idempotent: false,
    });
    await res.dump();
    if (res.status !== 202 || !res.headers.location) {
      throw await this.failure(res, `uploading blob ${where} at offset ${offset}`);
    }
    return res.headers.location;
  }

  private async cancelUpload(location: string | undefined): Promise<void> {
    if (!location) return;
    const res = await this.send({ method: 'DELETE', url: location, scopes: this.push, idempotent: true });
    await res.dump();
  }

  async pushManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<Descriptor> {
    const manifest = parseManifest(bytes, { mediaType, where: `manifest for ${this.name}` });
    const digest = digestOf(bytes);
    const reference = tag ?? digest;
    // Whether the registry has the referrers API is asked while the manifest
    // goes up, not after: one round trip fewer when the answer lacks OCI-Subject.
    const probe =
      manifest.subject && this.referrersApi === undefined
        ? this.probeReferrersApi(manifest.subject.digest)
        : undefined;
    probe?.catch(() => {});
    const res = await this.send({
      method: 'PUT',
      url: this.path('manifests', reference),
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
      scopes: this.push,
      idempotent: true,
    });
    await res.dump();
    if (res.status !== 201 && res.status !== 200) {
      throw await this.failure(res, `pushing manifest ${this.name}${tag ? `:${tag}` : `@${digest}`}`);
    }
    const reported = res.headers['docker-content-digest'];
    if (reported && reported !== digest) {
      throw new IntegrityError(
        `${this.name}: registry stored the manifest as ${reported}, expected ${digest}`,
      );
    }
    const descriptor: Descriptor = { mediaType, digest, size: bytes.length };
    if (manifest.subject) {
      if (res.headers['oci-subject']) {
        this.referrersApi = true;
      } else {
        this.referrersApi ??= await (probe ?? this.probeReferrersApi(manifest.subject.digest));
        if (!this.referrersApi) {
          await this.addToFallbackIndex(manifest.subject.digest, referrerDescriptor(descriptor, manifest));
        }
      }
    }
    return descriptor;
  }

  /** Asks for the referrers of `subject`: a registry with the API answers 200 with an index even for unknown subjects. */
  private async probeReferrersApi(subject: Digest): Promise<boolean> {
    const res = await this.send({
      method: 'GET',
      url: this.path('referrers', subject),
      headers: { accept: MediaType.ociIndex },
      scopes: this.pull,
      idempotent: true,
    });
    await res.dump();
    return res.status === 200 && stripParams(res.headers['content-type']) === MediaType.ociIndex;
  }

  /**
   * Read-modify-write of the `sha256-<hex>` index. Distribution has no
   * compare-and-swap on tags, so after writing we read the tag back: if another
   * client's write replaced ours in the meantime, our entry is missing and we
   * merge again from what is there now, keeping everything both clients wrote.
   */
  private async addToFallbackIndex(subject: Digest, entry: Descriptor): Promise<void> {
    const tag = fallbackTag(subject);
    for (let attempt = 0; attempt <= this.fallbackRetries; attempt++) {
      const started = performance.now();
      const current = await this.readFallbackIndex(subject);
      const merged = mergeReferrer(current, entry);
      if (merged) {
        const bytes = Buffer.from(JSON.stringify(merged));
        const res = await this.send({
          method: 'PUT',
          url: this.path('manifests', tag),
          headers: { 'content-type': MediaType.ociIndex, 'content-length': String(bytes.length) },
          body: bytes,
          scopes: this.push,
          idempotent: true,
        });
        await res.dump();
        if (res.status !== 201 && res.status !== 200) {
          throw await this.failure(res, `updating referrers index ${this.name}:${tag}`);
        }
      }
      // A writer that read the index before our PUT may still be about to
      // replace it with a copy that lacks our entry. Its PUT follows its read
      // within about one read-merge-write cycle like the one just timed (the
      // read-back below is not part of it), so a second look after twice that
      // (at least MIN_SETTLE_MS, at most fallbackSettleMs) catches it without a
      // fixed pause on fast registries. The look only reads, so unlike the
      // backoff below it needs no jitter.
      const cycle = performance.now() - started;
      const after = await this.readFallbackIndex(subject);
      const window = Math.min(this.fallbackSettleMs, Math.max(MIN_SETTLE_MS, 2 * cycle));
      if (after?.manifests.some((d) => d.digest === entry.digest)) {
        await sleep(window);
        const settled = await this.readFallbackIndex(subject);
        if (settled?.manifests.some((d) => d.digest === entry.digest)) return;
      }
      // Lost a race: back off a random, growing share of the window so that
      // writers which collided once do not collide again in lockstep.
      await sleep(window * 2 ** attempt * Math.random());
    }
    throw new OperationError(
      `${this.name}:${tag}: referrers index kept changing under concurrent writers; gave up after ${this.fallbackRetries + 1} attempts`,
    );
  }

  private async readFallbackIndex(subject: Digest): Promise<ImageIndex | undefined> {
    try {
      const fetched = await this.getManifest(fallbackTag(subject));
      if (!('manifests' in fetched.manifest)) {
        throw new IntegrityError(`${this.name}:${fallbackTag(subject)}: referrers tag is not an index`);
      }
      return fetched.manifest;
    } catch (err) {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    }
  }

  async referrers(subject: Digest, options: { artifactType?: string } = {}): Promise<Descriptor[]> {
    let found: Descriptor[] | undefined;
    if (this.referrersApi !== false) found = await this.referrersFromApi(subject);
    if (found === undefined) {
      this.referrersApi = false;
      found = (await this.readFallbackIndex(subject))?.manifests ?? [];
    }
    const typed = await resolveArtifactTypes(found, (d) => this.fetchManifest(d));
    return options.artifactType ? typed.filter((d) => d.artifactType === options.artifactType) : typed;
  }

  /** All pages of the referrers API, or undefined when the registry does not have it. */
  private async referrersFromApi(subject: Digest): Promise<Descriptor[] | undefined> {
    const out: Descriptor[] = [];
    let url: string | undefined = this.path('referrers', subject);
    const seen = new Set<string>();
    while (url) {
      if (seen.has(url)) throw new IntegrityError(`${this.name}: referrers pagination loops at ${url}`);
      seen.add(url);
      const res = await this.send({
        method: 'GET',
        url,
        headers: { accept: MediaType.ociIndex },
        scopes: this.pull,
        idempotent: true,
      });
      if (res.status === 404 && out.length === 0) {
        await res.dump();
        return undefined;
      }
      if (res.status !== 200) throw await this.failure(res, `listing referrers of ${this.name}@${subject}`);
      if (stripParams(res.headers['content-type']) !== MediaType.ociIndex && out.length === 0) {
        await res.dump();
        return undefined;
      }
      const bytes = await res.bytes(MANIFEST_MAX_BYTES + 1);
      const page = parseManifest(bytes, {
        mediaType: MediaType.ociIndex,
        where: `referrers of ${this.name}@${subject}`,
      });
      if (!('manifests' in page)) throw new IntegrityError(`${this.name}: referrers answer is not an index`);
      out.push(...page.manifests);
      url = nextLink(res.headers.link);
    }
    this.referrersApi = true;
    return out;
  }

  /**
   * Every tag, page by page. Pages follow the `Link` header; a registry that
   * honours `n` but sends no Link (go-containerregistry) is asked again from
   * the last tag while full pages keep bringing new tags.
   */
  async listTags(options: { pageSize?: number } = {}): Promise<string[]> {
    const pageSize = options.pageSize ?? 1000;
    const base = this.path('tags', 'list');
    const tags: string[] = [];
    const known = new Set<string>();
    let url: string | undefined = `${base}?n=${pageSize}`;
    const seen = new Set<string>();
    while (url) {
      if (seen.has(url)) throw new IntegrityError(`${this.name}: tag list pagination loops at ${url}`);
      seen.add(url);
      const res = await this.send({ method: 'GET', url, scopes: this.pull, idempotent: true });
      if (res.status === 404) {
        await res.dump();
        throw new NotFoundError(`${this.name}: repository not found`);
      }
      if (res.status !== 200) throw await this.failure(res, `listing tags of ${this.name}`);
      const body = (await res.bytes(MANIFEST_MAX_BYTES)).toString('utf8');
      let page: { tags?: unknown };
      try {
        page = JSON.parse(body) as { tags?: unknown };
      } catch {
        throw new IntegrityError(`${this.name}: tag list is not JSON`);
      }
      let added = 0;
      let last: string | undefined;
      if (page.tags !== null && page.tags !== undefined) {
        if (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')) {
          throw new IntegrityError(`${this.name}: tag list has a "tags" field that is not a list of strings`);
        }
        for (const t of page.tags as string[]) {
          last = t;
          if (known.has(t)) continue;
          known.add(t);
          tags.push(t);
          added++;
        }
      }
      url = nextLink(res.headers.link);
      if (!url && last !== undefined && added > 0 && (page.tags as string[]).length === pageSize) {
        url = `${base}?n=${pageSize}&last=${encodeURIComponent(last)}`;
      }
    }
    return tags;
  }

  async deleteManifest(digest: Digest): Promise<void> {
    const res = await this.send({
      method: 'DELETE',
      url: this.path('manifests', digest),
      scopes: [`repository:${this.repository}:delete`, ...this.push],
      idempotent: true,
    });
    if (res.status === 202 || res.status === 200) {
      await res.dump();
      return;
    }
    if (res.status === 404) {
      await res.dump();
      throw new NotFoundError(`${this.name}@${digest}: manifest not found`);
    }
    throw await this.failure(res, `deleting ${this.name}@${digest}`);
  }

  /** Turns an error answer into a typed error carrying the registry's own codes and messages. */
  private async failure(res: RegistryResponse, doing: string): Promise<RegistryError> {
    let detail = '';
    const codes: string[] = [];
    try {
      const text = (await res.bytes(ERROR_BODY_LIMIT)).toString('utf8');
      const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      for (const e of parsed.errors ?? []) {
        if (e.code) codes.push(e.code);
        if (e.message) detail += `${detail ? '; ' : ''}${e.code ? `${e.code}: ` : ''}${e.message}`;
      }
    } catch {
      // Not a distribution error body (a proxy's HTML page, an empty HEAD answer): the status says enough.
    }
    const message = `${doing}: ${res.status} from ${this.transport.registry}${detail ? ` (${oneLine(detail)})` : ''}`;
    if (res.status === 401 || res.status === 403) return new AuthError(message, res.status, codes);
    if (res.status === 405 && codes.includes('UNSUPPORTED')) {
      return new RegistryError(`${message}: the registry does not allow this operation`, res.status, codes);
    }
    return new RegistryError(message, res.status, codes);
  }
}

function stripParams(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim() || undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

function withQuery(location: string, key: string, value: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}

/** The `rel="next"` target of an RFC 8288 Link header, as distribution and the referrers API send it. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2] ?? '')) return m[1];
  }
  return undefined;
}

export { hexOf };
