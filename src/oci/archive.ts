import { createHash, type Hash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, posix } from 'node:path';
import { pipeline as pipelineCb, type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { InputError, NotFoundError, OperationError } from '../errors.js';
import { type Digest, DigestVerifier, digestOf, isDigest } from './digest.js';
import { FILE_CHUNK, LayoutStore } from './layout.js';
import { parseManifest } from './manifest.js';
import { MediaType } from './mediatype.js';
import type { Store } from './store.js';
import type { Descriptor, FetchedManifest } from './types.js';

// Tarballs of images: `oci-archive:` (a tar of an OCI image layout, what
// skopeo and buildx `type=oci` write) and `docker-archive:` (`docker save`).
// Both are unpacked once into a private temporary directory and served from
// there, so layers stay streamed from disk and never sit in memory.

/** A store that holds a temporary directory; `close` removes it (and, for a writer, writes the archive). */
export interface ArchiveStore extends Store {
  close(): Promise<void>;
}

export interface ArchiveOptions {
  /** Where the private unpack directory goes; defaults to the OS temporary directory. */
  tmpDir?: string;
}

/** The layer type of an uncompressed `docker save` layer. */
export const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';

const GZIP_MAGIC = [0x1f, 0x8b];

// ---- unpacking ------------------------------------------------------------

interface ExtractedFile {
  path: string;
  size: number;
  /** Only when hashing was asked for. */
  digest?: Digest;
  gzip: boolean;
}

interface Extracted {
  files: Map<string, ExtractedFile>;
  /** Symbolic and hard links, as archive-relative name → archive-relative target. */
  links: Map<string, string>;
}

/** An entry name made safe: relative, no `..`, no absolute path. Throws InputError otherwise. */
function safeName(raw: string, where: string): string {
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw new InputError(`${where}: archive entry "${raw}" has an absolute path; refusing to unpack it`);
  }
  if (name.split('/').includes('..')) {
    throw new InputError(
      `${where}: archive entry "${raw}" climbs out of the archive with ".."; refusing to unpack it`,
    );
  }
  const normal = posix.normalize(name).replace(/\/+$/, '');
  return normal === '.' ? '' : normal.replace(/^\.\//, '');
}

/** Hashes and sniffs what flows through, for archives whose names do not carry digests. */
class Sniffer extends Transform {
  readonly hash: Hash | undefined;
  size = 0;
  head: number[] = [];
  constructor(hashing: boolean) {
    super();
    this.hash = hashing ? createHash('sha256') : undefined;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (this.head.length < 2) this.head.push(...chunk.subarray(0, 2 - this.head.length));
    this.size += chunk.length;
    this.hash?.update(chunk);
    cb(null, chunk);
  }
}

async function openArchive(file: string, where: string): Promise<Readable> {
  let head: Buffer;
  try {
    const fh = await open(file, 'r');
    try {
      head = Buffer.alloc(2);
      await fh.read(head, 0, 2, 0);
    } finally {
      await fh.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${where}: ${file} does not exist`);
    if (code === 'EISDIR') throw new InputError(`${where}: ${file} is a directory, not an archive`);
    throw new OperationError(`${where}: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const raw = createReadStream(file, { highWaterMark: FILE_CHUNK });
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return raw;
  const gunzip = createGunzip({ chunkSize: FILE_CHUNK });
  pipelineCb(raw, gunzip, () => undefined);
  return gunzip;
}

async function extractArchive(
  file: string,
  dest: string,
  where: string,
  options: { hash: boolean; links: boolean },
): Promise<Extracted> {
  const files = new Map<string, ExtractedFile>();
  const links = new Map<string, string>();
  const extract = tar.extract();
  const feeding = pipeline(await openArchive(file, where), extract);
  feeding.catch(() => undefined);
  try {
    for await (const entry of extract) {
      const { header } = entry;
      const name = safeName(header.name, where);
      const type = header.type ?? 'file';
      if (type === 'directory' || name === '') {
        if (name) await mkdir(join(dest, name), { recursive: true });
        entry.resume();
        continue;
      }
      if (type === 'symlink' || type === 'link') {
        if (!options.links) {
          throw new InputError(
            `${where}: archive entry "${header.name}" is a link; an OCI image layout holds only files`,
          );
        }
        const target = header.linkname ?? '';
        if (target.startsWith('/')) {
          throw new InputError(`${where}: archive entry "${header.name}" links to absolute path "${target}"`);
        }
        const resolved = posix.normalize(
          type === 'symlink' ? posix.join(posix.dirname(name), target) : target,
        );
        if (resolved === '..' || resolved.startsWith('../')) {
          throw new InputError(
            `${where}: archive entry "${header.name}" links to "${target}", outside the archive`,
          );
        }
        links.set(name, resolved);
        entry.resume();
        continue;
      }
      if (type !== 'file' && type !== 'contiguous-file') {
        entry.resume(); // devices and fifos have no place in an image archive; ignore them
        continue;
      }
      const path = join(dest, name);
      await mkdir(dirname(path), { recursive: true });
      const sniffer = new Sniffer(options.hash);
      await pipeline(entry, sniffer, createWriteStream(path, { highWaterMark: FILE_CHUNK }));
      files.set(name, {
        path,
        size: sniffer.size,
        gzip: sniffer.head[0] === GZIP_MAGIC[0] && sniffer.head[1] === GZIP_MAGIC[1],
        ...(sniffer.hash ? { digest: `sha256:${sniffer.hash.digest('hex')}` as Digest } : {}),
      });
    }
    await feeding;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const message = (err as Error).message;
    const code = (err as NodeJS.ErrnoException).code;
    // zlib and tar-stream failures mean the file is not what it claims; fs failures are the disk's.
    if (code && !code.startsWith('Z_')) {
      throw new OperationError(`${where}: unpacking ${file} failed: ${message}`, { cause: err });
    }
    throw new InputError(`${where}: ${file} is not a readable tar archive (${message})`, { cause: err });
  }
  return { files, links };
}

async function makeTempDir(options: ArchiveOptions): Promise<string> {
  return mkdtemp(join(options.tmpDir ?? tmpdir(), 'lading-archive-'));
}

// ---- oci-archive ------------------------------------------------------------

/** Tars an OCI layout directory into `file`, atomically: a temp file beside it, then rename. */
export async function writeOciArchive(layoutDir: string, file: string): Promise<void> {
  const names: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(layoutDir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue; // in-flight temp files of the layout writer
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        names.push(`${child}/`);
        await walk(child);
      } else if (e.isFile()) {
        names.push(child);
      }
    }
  };
  await walk('');
  const tmp = join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`);
  const pack = tar.pack();
  const writing = pipeline(pack, createWriteStream(tmp, { highWaterMark: FILE_CHUNK }));
  writing.catch(() => undefined);
  // A fixed mtime and owner make the archive a function of its content alone.
  const common = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
  try {
    for (const name of names) {
      if (name.endsWith('/')) {
        pack.entry({ ...common, name, type: 'directory', mode: 0o755 });
        continue;
      }
      const path = join(layoutDir, name);
      const { size } = await stat(path);
      await new Promise<void>((resolve, reject) => {
        const sink = pack.entry({ ...common, name, size, mode: 0o644 }, (err) =>
          err ? reject(err) : resolve(),
        );
        pipeline(createReadStream(path, { highWaterMark: FILE_CHUNK }), sink).catch(reject);
      });
    }
    pack.finalize();
    await writing;
    await rename(tmp, file);
  } catch (err) {
    pack.destroy();
    await unlink(tmp).catch(() => undefined);
    throw new OperationError(`oci-archive:${file}: writing the archive failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/**
 * An `oci-archive:` file. Read mode unpacks it and serves the layout inside;
 * write mode builds a layout in a temporary directory and writes the archive
 * at each tagged manifest push (the commit point of a copy) and at `close`.
 * Writing replaces the file, as skopeo does.
 */
export class OciArchiveStore implements ArchiveStore {
  readonly name: string;
  /** index.json as last written to the archive: close writes only when the layout's index moved on. */
  private written: Buffer | undefined;

  private constructor(
    private readonly file: string,
    private readonly layout: LayoutStore,
    private readonly tmp: string,
    private readonly writable: boolean,
  ) {
    this.name = `oci-archive:${file}`;
  }

  static async open(file: string, options: ArchiveOptions = {}): Promise<OciArchiveStore> {
    const name = `oci-archive:${file}`;
    const tmp = await makeTempDir(options);
    try {
      const { files } = await extractArchive(file, tmp, name, { hash: false, links: false });
      for (const required of ['oci-layout', 'index.json']) {
        if (!files.has(required))
          throw new InputError(`${name}: the archive has no ${required}; it is not an OCI archive`);
      }
      const layout = await LayoutStore.open(tmp, { name });
      return new OciArchiveStore(file, layout, tmp, false);
    } catch (err) {
      await rm(tmp, { recursive: true, force: true });
      throw err;
    }
  }

  static async create(file: string, options: ArchiveOptions = {}): Promise<OciArchiveStore> {
    const name = `oci-archive:${file}`;
    const parent = await stat(dirname(file)).catch(() => undefined);
    if (!parent?.isDirectory()) throw new InputError(`${name}: directory ${dirname(file)} does not exist`);
    const tmp = await makeTempDir(options);
    const layout = await LayoutStore.create(join(tmp, 'layout'), { name });
    const store = new OciArchiveStore(file, layout, tmp, true);
    store.written = await store.indexBytes();
    return store;
  }

  private writer(): LayoutStore {
    if (!this.writable) throw new InputError(`oci-archive: sources are read-only (${this.file})`);
    return this.layout;
  }

  resolve(reference: string): Promise<Descriptor> {
    return this.layout.resolve(reference);
  }
  fetchManifest(descriptor: Pick<Descriptor, 'digest'> & Partial<Descriptor>): Promise<FetchedManifest> {
    return this.layout.fetchManifest(descriptor);
  }
  fetchBlob(descriptor: Descriptor): Promise<Readable> {
    return this.layout.fetchBlob(descriptor);
  }
  hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.layout.hasBlob(descriptor);
  }
  hasManifest(descriptor: Descriptor): Promise<boolean> {
    return this.layout.hasManifest(descriptor);
  }
  referrers(subject: Digest, options?: { artifactType?: string }): Promise<Descriptor[]> {
    return this.layout.referrers(subject, options);
  }
  listTags(): Promise<string[]> {
    return this.layout.listTags();
  }

  pushBlob(descriptor: Descriptor, content: Readable | Buffer): Promise<void> {
    return this.writer().pushBlob(descriptor, content);
  }

  async pushManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<Descriptor> {
    const descriptor = await this.writer().pushManifest(bytes, mediaType, tag);
    if (tag !== undefined) await this.flush();
    return descriptor;
  }

  private indexBytes(): Promise<Buffer> {
    return readFile(join(this.layout.dir, 'index.json'));
  }

  private async flush(): Promise<void> {
    const index = await this.indexBytes();
    await writeOciArchive(this.layout.dir, this.file);
    this.written = index;
  }

  /** Removes the temporary directory without writing anything: for a copy that failed. */
  async discard(): Promise<void> {
    await rm(this.tmp, { recursive: true, force: true });
  }

  /**
   * Writes the archive when index.json changed since the last write (an
   * untagged referrer, say), then removes the temporary directory. Blobs
   * alone, left by a copy that failed before its commit, never replace the file.
   */
  async close(): Promise<void> {
    try {
      if (this.writable && !(await this.indexBytes()).equals(this.written ?? Buffer.alloc(0)))
        await this.flush();
    } finally {
      await rm(this.tmp, { recursive: true, force: true });
    }
  }
}

// ---- docker-archive ---------------------------------------------------------

interface DockerImage {
  tags: string[];
  descriptor: Descriptor;
  bytes: Buffer;
}

interface SaveEntry {
  Config?: unknown;
  RepoTags?: unknown;
  Layers?: unknown;
}

/**
 * A `docker save` tarball, read-only. Each image in its manifest.json is
 * presented as a Docker schema 2 manifest synthesised from the archive: the
 * config by the sha256 of its JSON, the layers as the tars the archive holds
 * (uncompressed, so their digests are the config's diff_ids). The field order
 * follows skopeo's own synthesis, so only the layer media type sets them apart.
 */
export class DockerArchiveStore implements ArchiveStore {
  readonly name: string;

  private constructor(
    private readonly file: string,
    private readonly tmp: string,
    private readonly images: DockerImage[],
    private readonly blobs: Map<string, ExtractedFile>,
  ) {
    this.name = `docker-archive:${file}`;
  }

  static async open(file: string, options: ArchiveOptions = {}): Promise<DockerArchiveStore> {
    const name = `docker-archive:${file}`;
    const tmp = await makeTempDir(options);
    try {
      const extracted = await extractArchive(file, tmp, name, { hash: true, links: true });
      const { images, blobs } = await readSaveManifest(extracted, name);
      return new DockerArchiveStore(file, tmp, images, blobs);
    } catch (err) {
      await rm(tmp, { recursive: true, force: true });
      throw err;
    }
  }

  private readOnly(): never {
    throw new InputError(`docker-archive: sources are read-only (${this.file})`);
  }

  /**
   * `''` when the archive holds one image, a RepoTag (`app:v1`,
   * `docker.io/library/app:v1`), `@N` for the Nth image as skopeo numbers them,
   * or a manifest digest.
   */
  async resolve(reference: string): Promise<Descriptor> {
    const all = this.images;
    const listing = () => {
      const tags = all.flatMap((i) => i.tags);
      return tags.length
        ? `it has ${tags.join(', ')}`
        : `its ${all.length} images are untagged; use @0…@${all.length - 1}`;
    };
    if (reference === '') {
      if (all.length === 1) return all[0]!.descriptor;
      throw new InputError(`${this.name}: holds ${all.length} images; name one (${listing()})`);
    }
    const numbered = /^@(\d+)$/.exec(reference);
    if (numbered) {
      const image = all[Number(numbered[1])];
      if (!image) throw new NotFoundError(`${this.name}: no image ${reference}; it holds ${all.length}`);
      return image.descriptor;
    }
    if (isDigest(reference)) {
      const image = all.find((i) => i.descriptor.digest === reference);
      if (!image) throw new NotFoundError(`${this.name}: no image with manifest ${reference}`);
      return image.descriptor;
    }
    const want = familiar(reference);
    const hit =
      all.find((i) => i.tags.some((t) => familiar(t) === want)) ??
      onlyOne(all.filter((i) => i.tags.some((t) => tagOf(t) === reference)));
    if (!hit) throw new NotFoundError(`${this.name}: no image tagged "${reference}" (${listing()})`);
    return hit.descriptor;
  }

  async fetchManifest(
    descriptor: Pick<Descriptor, 'digest'> & Partial<Descriptor>,
  ): Promise<FetchedManifest> {
    const image = this.images.find((i) => i.descriptor.digest === descriptor.digest);
    if (!image) throw new NotFoundError(`${this.name}@${descriptor.digest}: manifest not found`);
    const manifest = parseManifest(image.bytes, { mediaType: image.descriptor.mediaType, where: this.name });
    return { descriptor: { ...image.descriptor }, bytes: image.bytes, manifest };
  }

  async fetchBlob(descriptor: Descriptor): Promise<Readable> {
    const where = `${this.name}@${descriptor.digest}`;
    const blob = this.blobs.get(descriptor.digest);
    if (!blob) throw new NotFoundError(`${where}: blob not found in the archive`);
    const source = createReadStream(blob.path, { highWaterMark: FILE_CHUNK });
    const verifier = new DigestVerifier(descriptor.digest, descriptor.size, `blob ${where}`);
    pipelineCb(source, verifier, () => undefined);
    return verifier;
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.blobs.get(descriptor.digest)?.size === descriptor.size;
  }

  async hasManifest(descriptor: Descriptor): Promise<boolean> {
    return this.images.some((i) => i.descriptor.digest === descriptor.digest);
  }

  async pushBlob(): Promise<void> {
    this.readOnly();
  }

  async pushManifest(): Promise<Descriptor> {
    return this.readOnly();
  }

  /** `docker save` has no place for referrers. */
  async referrers(): Promise<Descriptor[]> {
    return [];
  }

  async listTags(): Promise<string[]> {
    return this.images.flatMap((i) => i.tags);
  }

  async close(): Promise<void> {
    await rm(this.tmp, { recursive: true, force: true });
  }
}

async function readSaveManifest(
  extracted: Extracted,
  where: string,
): Promise<{ images: DockerImage[]; blobs: Map<string, ExtractedFile> }> {
  const lookup = (name: string): ExtractedFile | undefined => {
    let current = safeName(name, where);
    for (let hops = 0; hops < 16; hops++) {
      const file = extracted.files.get(current);
      if (file) return file;
      const next = extracted.links.get(current);
      if (next === undefined) return undefined;
      current = next;
    }
    return undefined;
  };
  const manifestFile = extracted.files.get('manifest.json');
  if (!manifestFile)
    throw new InputError(`${where}: the archive has no manifest.json; is it a docker save tarball?`);
  let entries: unknown;
  try {
    entries = JSON.parse(await readFile(manifestFile.path, 'utf8'));
  } catch (err) {
    throw new InputError(`${where}: manifest.json is not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new InputError(`${where}: manifest.json is not a non-empty list of images`);
  }
  const blobs = new Map<string, ExtractedFile>();
  const images = (entries as SaveEntry[]).map((entry, i): DockerImage => {
    const at = `${where}: manifest.json[${i}]`;
    const file = (value: unknown, field: string): ExtractedFile => {
      if (typeof value !== 'string' || value === '')
        throw new InputError(`${at}.${field} is not a file name`);
      const found = lookup(value);
      if (!found?.digest)
        throw new InputError(`${at}.${field} names "${value}", which is not in the archive`);
      blobs.set(found.digest, found);
      return found;
    };
    const config = file(entry?.Config, 'Config');
    if (!Array.isArray(entry.Layers)) throw new InputError(`${at}.Layers is not a list`);
    const layers = entry.Layers.map((l: unknown, j: number) => file(l, `Layers[${j}]`));
    const tags = entry.RepoTags ?? [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
      throw new InputError(`${at}.RepoTags is not a list of strings`);
    }
    // Key order as Go marshals distribution's schema2 structs: mediaType, size, digest.
    const manifest = {
      schemaVersion: 2,
      mediaType: MediaType.dockerManifest,
      config: { mediaType: MediaType.dockerConfig, size: config.size, digest: config.digest },
      layers: layers.map((l) => ({
        mediaType: l.gzip ? MediaType.dockerLayerGzip : DOCKER_LAYER_TAR,
        size: l.size,
        digest: l.digest,
      })),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    return {
      tags: tags as string[],
      descriptor: { mediaType: MediaType.dockerManifest, digest: digestOf(bytes), size: bytes.length },
      bytes,
    };
  });
  return { images, blobs };
}

/** `docker.io/library/app:v1` and `app:v1` name the same image; `app` means `app:latest`. */
function familiar(ref: string): string {
  let name = ref
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
  if (tagOf(name) === undefined && !name.includes('@')) name = `${name}:latest`;
  return name;
}

function tagOf(ref: string): string | undefined {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
