import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdtemp, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, constants as zlibConstants } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { InputError } from '../errors.js';
import type { Digest } from '../oci/digest.js';

export interface PackedLayer {
  /** Temporary file holding the gzip'd tar; remove with `dispose()`. */
  file: string;
  digest: Digest;
  /** sha256 of the uncompressed tar: the config's `rootfs.diff_ids` entry. */
  diffId: Digest;
  size: number;
  dispose(): Promise<void>;
}

export interface PackOptions {
  /** Path inside the image where the directory's content lands, e.g. `/app`. */
  destination: string;
  /** Timestamp written into every entry, seconds since the epoch (SOURCE_DATE_EPOCH). */
  mtime: number;
}

/**
 * Packs a directory into a reproducible layer: entries sorted by path, owner
 * root, fixed mtime, permissions kept, no user or host names, gzip without a
 * file name or time. The same tree gives the same digest on any machine.
 */
export async function packDirectory(dir: string, options: PackOptions): Promise<PackedLayer> {
  const root = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`build: --dir ${dir}: ${reason(err)}`, { cause: err });
  });
  if (!root.isDirectory()) throw new InputError(`build: --dir ${dir}: not a directory`);
  const prefix = options.destination.replace(/^\/+|\/+$/g, '');
  const entries = await walk(dir);
  const work = await mkdtemp(join(tmpdir(), 'lading-layer-'));
  const file = join(work, 'layer.tar.gz');
  const tar = tarPack();
  const mtime = new Date(options.mtime * 1000);
  const diff = new HashTap();
  const compressed = new HashTap();
  const written = pipeline(
    tar,
    diff,
    createGzip({ level: 6, chunkSize: 1 << 20, strategy: zlibConstants.Z_DEFAULT_STRATEGY }),
    compressed,
    createWriteStream(file),
  );
  const base = { uid: 0, gid: 0, uname: '', gname: '', mtime };
  try {
    for (const dirName of parentsOf(prefix)) {
      await add(tar, { ...base, name: `${dirName}/`, type: 'directory', mode: 0o755 });
    }
    for (const e of entries) {
      const name = [prefix, e.rel].filter(Boolean).join('/');
      const mode = e.mode & 0o7777;
      if (e.kind === 'dir') await add(tar, { ...base, name: `${name}/`, type: 'directory', mode });
      else if (e.kind === 'symlink')
        await add(tar, { ...base, name, type: 'symlink', linkname: e.target, mode });
      else {
        await new Promise<void>((resolve, reject) => {
          const sink = tar.entry({ ...base, name, type: 'file', mode, size: e.size }, (err) =>
            err ? reject(err) : resolve(),
          );
          createReadStream(e.abs)
            .on('error', (err: NodeJS.ErrnoException) =>
              reject(new InputError(`build: ${e.abs}: ${reason(err)}`, { cause: err })),
            )
            .pipe(sink);
        });
      }
    }
    tar.finalize();
    await written;
  } catch (err) {
    // Nothing half-written survives a failed pack: the stream is torn down and its temp dir removed.
    tar.destroy();
    await written.catch(() => {});
    await rm(work, { recursive: true, force: true });
    throw err;
  }
  return packedLayer(work, file, compressed, diff);
}

/**
 * Gzips an uncompressed layer into a temporary file, as `docker push` does with
 * the plain tars of `docker save`: the diff_id (the tar's digest) is unchanged,
 * the registry stores and serves the smaller blob, and tools that assume gzip
 * (crane's validation among them) read it.
 */
export async function gzipLayer(content: Readable): Promise<PackedLayer> {
  const work = await mkdtemp(join(tmpdir(), 'lading-layer-'));
  const file = join(work, 'layer.tar.gz');
  const diff = new HashTap();
  const compressed = new HashTap();
  try {
    await pipeline(
      content,
      diff,
      createGzip({ level: 6, chunkSize: 1 << 20, strategy: zlibConstants.Z_DEFAULT_STRATEGY }),
      compressed,
      createWriteStream(file),
    );
  } catch (err) {
    await rm(work, { recursive: true, force: true });
    throw err;
  }
  return packedLayer(work, file, compressed, diff);
}

/** The packed layer in `file` inside the temp dir `work`, which `dispose` removes. */
function packedLayer(work: string, file: string, compressed: HashTap, diff: HashTap): PackedLayer {
  return {
    file,
    digest: compressed.digest(),
    diffId: diff.digest(),
    size: compressed.bytes,
    dispose: () => rm(work, { recursive: true, force: true }),
  };
}

interface Entry {
  rel: string;
  abs: string;
  kind: 'dir' | 'file' | 'symlink';
  mode: number;
  size: number;
  target?: string;
}

async function walk(root: string): Promise<Entry[]> {
  const out: Entry[] = [];
  const visit = async (dir: string) => {
    for (const name of (await readdir(dir).catch(unreadable(dir))).sort()) {
      const abs = join(dir, name);
      const st = await lstat(abs).catch(unreadable(abs));
      const rel = relative(root, abs).split(sep).join('/');
      if (st.isDirectory()) {
        out.push({ rel, abs, kind: 'dir', mode: st.mode, size: 0 });
        await visit(abs);
      } else if (st.isSymbolicLink()) {
        out.push({ rel, abs, kind: 'symlink', mode: st.mode, size: 0, target: await readlink(abs) });
      } else if (st.isFile()) {
        out.push({ rel, abs, kind: 'file', mode: st.mode, size: st.size });
      } else {
        throw new InputError(`build: ${abs} is neither a file, a directory nor a symlink`);
      }
    }
  };
  await visit(root);
  return out;
}

/** File system errors while reading a --dir are the user's to fix (exit 2), named by path. */
function unreadable(path: string) {
  return (err: NodeJS.ErrnoException): never => {
    throw new InputError(`build: ${path}: ${reason(err)}`, { cause: err });
  };
}

function reason(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'ENOTDIR') return 'not a directory';
  return err.message;
}

function parentsOf(prefix: string): string[] {
  const parts = prefix ? prefix.split('/') : [];
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

function add(tar: ReturnType<typeof tarPack>, header: Parameters<ReturnType<typeof tarPack>['entry']>[0]) {
  return new Promise<void>((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())));
}

/** Counts and hashes what passes through. */
class HashTap extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
  digest(): Digest {
    return `sha256:${this.hash.digest('hex')}`;
  }
}
