import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline as pipelineCb, Readable } from 'node:stream';
import { InputError, IntegrityError, NotFoundError, OperationError } from '../errors.js';
import {
  algorithmOf,
  type Digest,
  DigestCheck,
  DigestVerifier,
  digestOf,
  hexOf,
  isDigest,
  isVerifiedStream,
  verifyBytes,
} from './digest.js';
import { drainToFile } from './file-sink.js';
import { MANIFEST_MAX_BYTES, parseManifest } from './manifest.js';
import { isManifestType, MediaType } from './mediatype.js';
import { referrerDescriptor } from './referrers.js';
import type { Store } from './store.js';
import type { Descriptor, FetchedManifest, ImageIndex } from './types.js';

// An OCI image layout directory (image-spec, image-layout.md) as a Store: the
// embedded default of every step, and what skopeo `oci:`, `crane push` to a
// layout and `oras --oci-layout` write. Tags live in index.json as
// `org.opencontainers.image.ref.name` annotations, referrers as untagged
// index.json entries (as oras records them), blobs under blobs/<alg>/<hex>.

export const REF_NAME = 'org.opencontainers.image.ref.name';
export const CONTAINERD_NAME = 'io.containerd.image.name';
const LAYOUT_VERSION = '1.0.0';

/** Large chunks: copying layers is bound by per-chunk overhead with the 64 KiB default. */
export const FILE_CHUNK = 256 * 1024;
/**
 * Blob reads: layers are read once, front to back, into a decompressor that
 * works in 1 MiB chunks; reading in the same size makes a quarter of the
 * reads, digest updates and stream hops on the thread that also walks the tar.
 */
const BLOB_READ_CHUNK = 1024 * 1024;

// OCI image-layout ref.name grammar, and the distribution tag grammar (which may start with `_`).
const REF_NAME_RE =
  /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * index.json is rewritten read-modify-write; two stores on the same directory in
 * one process share this lock so neither loses the other's entry.
 */
const indexLocks = new Map<string, Promise<unknown>>();

function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const before = indexLocks.get(key) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const settled = run.catch(() => undefined);
  indexLocks.set(key, settled);
  void settled.then(() => {
    if (indexLocks.get(key) === settled) indexLocks.delete(key);
  });
  return run;
}

function errCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

export interface OpenLayoutOptions {
  /** Create the layout when the directory is absent or empty (default false). */
  create?: boolean;
  /** Name used in messages; defaults to `oci-dir:DIR`. */
  name?: string;
}

interface ReferrerInfo {
  subject?: Digest;
  descriptor: Descriptor;
}

export class LayoutStore implements Store {
  readonly name: string;
  readonly dir: string;
  /** Manifests are content-addressed, so what a digest refers to never changes. */
  private readonly referrerCache = new Map<string, ReferrerInfo>();

  private constructor(dir: string, name: string) {
    this.dir = resolve(dir);
    this.name = name;
  }

  /** Opens an existing layout (InputError when `dir` is not one), or creates it with `create`. */
  static async open(dir: string, options: OpenLayoutOptions = {}): Promise<LayoutStore> {
    const store = new LayoutStore(dir, options.name ?? `oci-dir:${dir}`);
    await store.init(options.create ?? false);
    return store;
  }

  /** Opens `dir` as a layout, creating it when absent or empty. */
  static create(dir: string, options: Omit<OpenLayoutOptions, 'create'> = {}): Promise<LayoutStore> {
    return LayoutStore.open(dir, { ...options, create: true });
  }

  private async init(create: boolean): Promise<void> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch (err) {
      if (errCode(err) === 'ENOENT' && create) entries = [];
      else if (errCode(err) === 'ENOENT')
        throw new InputError(`${this.name}: directory ${this.dir} does not exist`);
      else if (errCode(err) === 'ENOTDIR')
        throw new InputError(`${this.name}: ${this.dir} is not a directory`);
      else
        throw new OperationError(`${this.name}: cannot read ${this.dir}: ${(err as Error).message}`, {
          cause: err,
        });
    }
    if (!entries.includes('oci-layout')) {
      if (!create) {
        throw new InputError(`${this.name}: ${this.dir} is not an OCI image layout (no oci-layout file)`);
      }
      if (entries.length > 0) {
        throw new InputError(
          `${this.name}: ${this.dir} is not empty and not an OCI image layout; refusing to write into it`,
        );
      }
      await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
      await this.writeAtomic(
        'oci-layout',
        Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION })),
      );
      await this.writeIndex({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] });
      return;
    }
    const file = join(this.dir, 'oci-layout');
    let layout: unknown;
    try {
      layout = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      throw new InputError(`${this.name}: ${file} is not JSON (${(err as Error).message})`);
    }
    const version = (layout as { imageLayoutVersion?: unknown } | null)?.imageLayoutVersion;
    if (version !== LAYOUT_VERSION) {
      throw new InputError(
        `${this.name}: ${file} field imageLayoutVersion is ${JSON.stringify(version)}, expected "1.0.0"`,
      );
    }
    if (!entries.includes('index.json')) {
      if (!create)
        throw new InputError(`${this.name}: ${this.dir} is not an OCI image layout (no index.json)`);
      await this.writeIndex({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] });
    }
  }

  private blobPath(digest: Digest): string {
    return join(this.dir, 'blobs', algorithmOf(digest), hexOf(digest));
  }

  private checkDigest(digest: string): Digest {
    if (!isDigest(digest)) throw new InputError(`${this.name}: "${digest}" is not a sha256 or sha512 digest`);
    return digest;
  }

  // ---- index.json ---------------------------------------------------------

  /** The layout's index.json, validated. */
  async readIndex(): Promise<ImageIndex> {
    const file = join(this.dir, 'index.json');
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      if (errCode(err) === 'ENOENT') throw new InputError(`${this.name}: ${file} is missing`);
      throw new OperationError(`${this.name}: cannot read ${file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const parsed = parseManifest(bytes, { mediaType: MediaType.ociIndex, where: file });
    return parsed as ImageIndex;
  }

  private async writeIndex(index: ImageIndex): Promise<void> {
    await this.writeAtomic('index.json', Buffer.from(JSON.stringify(index)));
  }

  /** temp file beside the target, flushed, then renamed: readers see the old or the new file, never half. */
  private async writeAtomic(rel: string, bytes: Buffer): Promise<void> {
    const target = join(this.dir, rel);
    const tmp = join(this.dir, `.${rel}.${randomUUID()}.tmp`);
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    try {
      await rename(tmp, target);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw new OperationError(`${this.name}: cannot write ${target}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  private updateIndex(change: (index: ImageIndex) => ImageIndex | undefined): Promise<void> {
    return withLock(this.dir, async () => {
      const next = change(await this.readIndex());
      if (next) await this.writeIndex(next);
    });
  }

  // ---- reads --------------------------------------------------------------

  async resolve(reference: string): Promise<Descriptor> {
    const index = await this.readIndex();
    if (reference.startsWith('sha256:') || reference.startsWith('sha512:')) {
      const digest = this.checkDigest(reference);
      const listed = index.manifests.find((d) => d.digest === digest);
      if (listed) return bare(listed);
      const fetched = await this.fetchManifest({ digest });
      return fetched.descriptor;
    }
    const names = (d: Descriptor) => [d.annotations?.[REF_NAME], d.annotations?.[CONTAINERD_NAME]];
    if (reference === '') {
      const tagged = index.manifests.filter((d) => names(d).some(Boolean));
      if (tagged.length === 1) return bare(tagged[0]!);
      if (tagged.length === 0 && index.manifests.length === 1) return bare(index.manifests[0]!);
      const tags = listNames(index);
      throw new InputError(
        tags.length
          ? `${this.name}: holds ${tags.length} tagged images (${tags.join(', ')}); name one as ${this.name}:TAG or @DIGEST`
          : `${this.name}: holds no tagged image; name one by @DIGEST`,
      );
    }
    // Last entry wins: writers that append rather than replace leave the newest at the end.
    const exact = index.manifests.filter((d) => names(d).includes(reference));
    const byTag = exact.length
      ? exact
      : index.manifests.filter((d) => {
          const full = d.annotations?.[CONTAINERD_NAME];
          return full !== undefined && tagPart(full) === reference;
        });
    const hit = byTag.at(-1);
    if (hit) return bare(hit);
    const tags = listNames(index);
    throw new NotFoundError(
      `${this.name}: no tag "${reference}"${tags.length ? ` (it has ${tags.join(', ')})` : ' (it has no tags)'}`,
    );
  }

  async fetchManifest(
    descriptor: Pick<Descriptor, 'digest'> & Partial<Descriptor>,
  ): Promise<FetchedManifest> {
    const digest = this.checkDigest(descriptor.digest);
    const where = `${this.name}@${digest}`;
    if (descriptor.size !== undefined && descriptor.size > MANIFEST_MAX_BYTES) {
      throw new IntegrityError(
        `${where}: manifest of ${descriptor.size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`,
      );
    }
    const path = this.blobPath(digest);
    const size = await this.sizeOf(path);
    if (size === undefined) throw new NotFoundError(`${where}: manifest blob not found in ${this.dir}`);
    if (size > MANIFEST_MAX_BYTES) {
      throw new IntegrityError(
        `${where}: manifest of ${size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`,
      );
    }
    const bytes = await readFile(path);
    verifyBytes(bytes, digest, where);
    if (descriptor.size !== undefined && descriptor.size !== bytes.length) {
      throw new IntegrityError(
        `${where}: manifest is ${bytes.length} bytes, its descriptor says ${descriptor.size}`,
      );
    }
    const manifest = parseManifest(bytes, { mediaType: descriptor.mediaType, where });
    return { descriptor: { mediaType: manifest.mediaType, digest, size: bytes.length }, bytes, manifest };
  }

  async fetchBlob(descriptor: Descriptor): Promise<Readable> {
    const digest = this.checkDigest(descriptor.digest);
    const where = `${this.name}@${digest}`;
    let fh: Awaited<ReturnType<typeof open>>;
    try {
      fh = await open(this.blobPath(digest), 'r');
    } catch (err) {
      if (errCode(err) === 'ENOENT') throw new NotFoundError(`${where}: blob not found in ${this.dir}`);
      throw new OperationError(`${where}: cannot read blob: ${(err as Error).message}`, { cause: err });
    }
    const source = fh.createReadStream({ highWaterMark: BLOB_READ_CHUNK });
    const verifier = new DigestVerifier(digest, descriptor.size, `blob ${where}`);
    // pipeline destroys the file stream when the consumer abandons the verifier, and vice versa.
    pipelineCb(source, verifier, () => undefined);
    return verifier;
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    const size = await this.sizeOf(this.blobPath(this.checkDigest(descriptor.digest)));
    return size !== undefined && (descriptor.size === undefined || size === descriptor.size);
  }

  hasManifest(descriptor: Descriptor): Promise<boolean> {
    return this.hasBlob(descriptor);
  }

  private async sizeOf(path: string): Promise<number | undefined> {
    try {
      const s = await stat(path);
      return s.isFile() ? s.size : undefined;
    } catch (err) {
      if (errCode(err) === 'ENOENT') return undefined;
      throw new OperationError(`${this.name}: cannot stat ${path}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  // ---- writes -------------------------------------------------------------

  async pushBlob(descriptor: Descriptor, content: Readable | Buffer): Promise<void> {
    const digest = this.checkDigest(descriptor.digest);
    const where = `${this.name}@${digest}`;
    if (await this.hasBlob(descriptor)) {
      if (content instanceof Readable) content.destroy();
      return;
    }
    const dir = join(this.dir, 'blobs', algorithmOf(digest));
    await mkdir(dir, { recursive: true });
    // The temp file sits in blobs/ so the rename stays on one file system and is atomic.
    const tmp = join(this.dir, 'blobs', `.upload-${randomUUID()}.tmp`);
    try {
      if (Buffer.isBuffer(content)) {
        if (content.length !== descriptor.size) {
          throw new IntegrityError(
            `blob ${where}: content is ${content.length} bytes, its descriptor says ${descriptor.size}`,
          );
        }
        verifyBytes(content, digest, `blob ${where}`);
        await writeFile(tmp, content);
      } else {
        // A stream that already verifies this digest is not hashed a second time.
        const check = isVerifiedStream(content, digest)
          ? undefined
          : new DigestCheck(digest, descriptor.size, `blob ${where}`);
        const file = await open(tmp, 'wx');
        try {
          await drainToFile(content, file, {
            sizeHint: descriptor.size,
            ...(check ? { onChunk: (chunk: Buffer) => check.update(chunk) } : {}),
          });
        } finally {
          await file.close();
        }
        check?.finish();
      }
      await rename(tmp, this.blobPath(digest));
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      if (err instanceof IntegrityError || err instanceof OperationError) throw err;
      throw new OperationError(`${where}: writing blob failed: ${(err as Error).message}`, { cause: err });
    }
  }

  async pushManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<Descriptor> {
    if (tag !== undefined && !TAG_RE.test(tag) && !REF_NAME_RE.test(tag)) {
      throw new InputError(`${this.name}: "${tag}" is not a valid tag`);
    }
    const digest = digestOf(bytes);
    const where = `${this.name}@${digest}`;
    const manifest = parseManifest(bytes, { mediaType, where });
    const descriptor: Descriptor = { mediaType: manifest.mediaType, digest, size: bytes.length };

    // A layout, like a registry, refuses a manifest whose content is not there:
    // checked before anything is written, so a failed push leaves no trace.
    const children = 'manifests' in manifest ? manifest.manifests : [manifest.config, ...manifest.layers];
    for (const child of children) {
      if (child.urls?.length) continue; // foreign layers live elsewhere by design
      if (!(await this.hasBlob(child))) {
        throw new IntegrityError(
          `${where}: referenced blob ${child.digest} (${child.mediaType}) is missing from ${this.dir}`,
        );
      }
    }
    await this.pushBlob(descriptor, bytes);

    const subject = manifest.subject;
    if (tag === undefined && !subject) return descriptor;
    const entry: Descriptor = subject ? referrerDescriptor(descriptor, manifest) : { ...descriptor };
    if (subject) this.referrerCache.set(digest, { subject: subject.digest, descriptor: entry });
    await this.updateIndex((index) => {
      const manifests = [...index.manifests];
      if (tag !== undefined) {
        const tagged: Descriptor = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: tag } };
        const at = manifests.findIndex((d) => d.annotations?.[REF_NAME] === tag);
        if (at >= 0) manifests[at] = tagged;
        else manifests.push(tagged);
      } else if (!manifests.some((d) => d.digest === digest)) {
        manifests.push(entry);
      } else {
        return undefined;
      }
      return { ...index, manifests };
    });
    return descriptor;
  }

  /** Removes every index.json entry for `digest`; the blobs stay (others may share them). */
  async deleteManifest(digest: Digest): Promise<void> {
    this.checkDigest(digest);
    await this.updateIndex((index) => {
      const manifests = index.manifests.filter((d) => d.digest !== digest);
      return manifests.length === index.manifests.length ? undefined : { ...index, manifests };
    });
  }

  // ---- referrers and tags -------------------------------------------------

  async referrers(subject: Digest, options: { artifactType?: string } = {}): Promise<Descriptor[]> {
    const index = await this.readIndex();
    const seen = new Set<string>();
    const out: Descriptor[] = [];
    for (const d of index.manifests) {
      if (seen.has(d.digest) || !isManifestType(d.mediaType)) continue;
      seen.add(d.digest);
      let info = this.referrerCache.get(d.digest);
      if (!info) {
        const fetched = await this.fetchManifest(d);
        const s = fetched.manifest.subject?.digest;
        info = s
          ? { subject: s, descriptor: referrerDescriptor(fetched.descriptor, fetched.manifest) }
          : { descriptor: fetched.descriptor };
        this.referrerCache.set(d.digest, info);
      }
      if (info.subject !== subject) continue;
      if (options.artifactType && info.descriptor.artifactType !== options.artifactType) continue;
      out.push(info.descriptor);
    }
    return out;
  }

  async listTags(): Promise<string[]> {
    return listNames(await this.readIndex());
  }
}

function bare(d: Descriptor): Descriptor {
  const { annotations: _a, ...rest } = d;
  return rest;
}

function listNames(index: ImageIndex): string[] {
  const names = new Set<string>();
  for (const d of index.manifests) {
    const name = d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
    if (name) names.add(name);
  }
  return [...names];
}

/** `docker.io/library/app:v1` → `v1`; undefined when the name has no tag. */
function tagPart(name: string): string | undefined {
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const at = name.indexOf('@');
  if (colon <= slash) return undefined;
  return name.slice(colon + 1, at > colon ? at : undefined);
}
