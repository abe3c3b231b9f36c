import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { InputError, OperationError } from '../errors.js';
import { type Digest, isDigest } from './digest.js';
import { type ImageReference, parseReference } from './reference.js';

// Where an image comes from, in the SOURCE syntax of DESIGN.md (syft's schemes):
// `registry:REF`, `oci-dir:DIR[:TAG|@DIGEST]`, `oci-archive:FILE[:TAG|@DIGEST]`,
// `docker-archive:FILE[:REF]`, `dir:PATH`, or a bare string that is a path when
// something exists there and an image reference otherwise. Parsing is pure
// given a probe of the filesystem; `detectSource` supplies the real one.

export type Source =
  | { kind: 'registry'; reference: ImageReference }
  | { kind: 'oci-dir'; path: string; tag?: string; digest?: Digest }
  | { kind: 'oci-archive'; path: string; tag?: string; digest?: Digest }
  | { kind: 'docker-archive'; path: string; reference?: ImageReference }
  | { kind: 'dir'; path: string };

export type SourceKind = Source['kind'];

/** What lies at a path: a layout directory, an archive, a plain directory, another file, or nothing. */
export type PathKind = 'oci-dir' | 'oci-archive' | 'docker-archive' | 'dir' | 'file' | undefined;

export interface SourceProbe {
  kindOf(path: string): Promise<PathKind>;
}

const TAG_RE = /^[\w][\w.-]{0,127}$/;

function fail(source: string, what: string): never {
  throw new InputError(`source "${source}": ${what}`);
}

/** Re-words a reference error so it names the whole source the user typed. */
function reference(source: string, text: string): ImageReference {
  try {
    return parseReference(text);
  } catch (err) {
    if (err instanceof InputError) fail(source, err.message);
    throw err;
  }
}

/** `PATH[:TAG|@DIGEST]` for OCI layouts; a path that exists as written wins over a tag split. */
async function layoutTarget(
  source: string,
  rest: string,
  probe: SourceProbe,
): Promise<{ path: string; tag?: string; digest?: Digest }> {
  if (rest === '') fail(source, 'the path is empty');
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (rest.indexOf('@', at + 1) >= 0) fail(source, 'has more than one "@"');
    const path = rest.slice(0, at);
    const digest = rest.slice(at + 1);
    if (path === '') fail(source, 'the path is empty');
    if (!isDigest(digest)) fail(source, `"${digest}" is not a digest (sha256:<64 hex> or sha512:<128 hex>)`);
    return { path, digest };
  }
  const colon = rest.lastIndexOf(':');
  if (colon < 0 || (await probe.kindOf(rest)) !== undefined) return { path: rest };
  const path = rest.slice(0, colon);
  const tag = rest.slice(colon + 1);
  if (tag.includes('/')) return { path: rest };
  if (path === '') fail(source, 'the path is empty');
  if (!TAG_RE.test(tag)) fail(source, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
  return { path, tag };
}

function looksLikePath(s: string): boolean {
  return /^(\.{1,2}(\/|$)|\/|~)/.test(s) || s.endsWith('.tar') || s.endsWith('.tar.gz') || s.endsWith('.tgz');
}

export async function parseSource(source: string, probe: SourceProbe): Promise<Source> {
  if (source === '')
    throw new InputError('source is empty: give an image reference or a scheme such as oci-dir:DIR');
  const colon = source.indexOf(':');
  const scheme = colon > 0 ? source.slice(0, colon) : '';
  const rest = source.slice(colon + 1);

  switch (scheme) {
    case 'registry':
      if (rest === '') fail(source, 'the image reference is empty');
      return { kind: 'registry', reference: reference(source, rest) };
    case 'oci-dir':
      return { kind: 'oci-dir', ...(await layoutTarget(source, rest, probe)) };
    case 'oci-archive':
      return { kind: 'oci-archive', ...(await layoutTarget(source, rest, probe)) };
    case 'docker-archive': {
      if (rest === '') fail(source, 'the path is empty');
      // The reference after the path has colons of its own (alpine:3), so split at the first one.
      const split = rest.indexOf(':');
      if (split < 0 || (await probe.kindOf(rest)) !== undefined)
        return { kind: 'docker-archive', path: rest };
      const path = rest.slice(0, split);
      if (path === '') fail(source, 'the path is empty');
      const ref = rest.slice(split + 1);
      if (ref === '') fail(source, 'the image reference after the path is empty');
      return { kind: 'docker-archive', path, reference: reference(source, ref) };
    }
    case 'dir':
      if (rest === '') fail(source, 'the path is empty');
      return { kind: 'dir', path: rest };
  }

  const kind = await probe.kindOf(source);
  if (kind === 'file') {
    throw new InputError(
      `source "${source}": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)`,
    );
  }
  if (kind !== undefined) return { kind, path: source };
  if (looksLikePath(source)) fail(source, 'no such file or directory');
  return { kind: 'registry', reference: reference(source, source) };
}

/** `parseSource` against the real filesystem. */
export function detectSource(source: string): Promise<Source> {
  return parseSource(source, fileSystemProbe);
}

export const fileSystemProbe: SourceProbe = {
  async kindOf(path) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new OperationError(`${path}: cannot inspect: ${(err as Error).message}`, { cause: err });
    }
    if (info.isDirectory()) {
      const layout = await stat(`${path}/oci-layout`).catch(() => undefined);
      return layout?.isFile() ? 'oci-dir' : 'dir';
    }
    if (!info.isFile()) return 'file';
    return archiveKind(path);
  },
};

const TAR_BLOCK = 512;

/** Top-level entry names that say what an archive holds; `./` prefixes are ignored. */
function markerOf(name: string): 'oci-layout' | 'manifest.json' | undefined {
  const bare = name.replace(/^\.\//, '');
  return bare === 'oci-layout' || bare === 'manifest.json' ? bare : undefined;
}

function decide(seen: Set<string>): PathKind {
  // Docker 25+ writes both; the OCI layout is the richer description.
  if (seen.has('oci-layout')) return 'oci-archive';
  if (seen.has('manifest.json')) return 'docker-archive';
  return 'file';
}

/**
 * Classifies a tar (plain or gzip) by its top-level marker files. A plain tar
 * is walked header to header with positioned reads, so a large archive is not
 * read through; a gzip stream has to be inflated as it is walked.
 */
export async function archiveKind(path: string): Promise<PathKind> {
  const fh = await open(path, 'r');
  try {
    const magic = Buffer.alloc(TAR_BLOCK);
    const { bytesRead } = await fh.read(magic, 0, TAR_BLOCK, 0);
    if (bytesRead >= 2 && magic[0] === 0x1f && magic[1] === 0x8b) return await gzipArchiveKind(path);
    if (bytesRead < TAR_BLOCK || magic.toString('latin1', 257, 262) !== 'ustar') return 'file';
    return await plainArchiveKind(fh);
  } finally {
    await fh.close();
  }
}

async function plainArchiveKind(fh: FileHandle): Promise<PathKind> {
  const seen = new Set<string>();
  const header = Buffer.alloc(TAR_BLOCK);
  let offset = 0;
  let paxPath: string | undefined;
  for (;;) {
    const { bytesRead } = await fh.read(header, 0, TAR_BLOCK, offset);
    if (bytesRead < TAR_BLOCK || header.every((b) => b === 0)) break;
    const field = (start: number, len: number) =>
      header.toString('utf8', start, start + len).replace(/\0.*$/s, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size)) break;
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = field(345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    paxPath = undefined;
    if (type === 'x') {
      // A PAX extended header may rename the next entry.
      const body = Buffer.alloc(size);
      await fh.read(body, 0, size, offset + TAR_BLOCK);
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else {
      const marker = markerOf(name);
      if (marker) seen.add(marker);
      if (seen.has('oci-layout')) break;
    }
    offset += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return decide(seen);
}

async function gzipArchiveKind(path: string): Promise<PathKind> {
  const seen = new Set<string>();
  const { default: tar } = await import('tar-stream');
  // node:zlib loads here, not with this module: a registry reference never needs it.
  const { createGunzip } = process.getBuiltinModule('node:zlib');
  const extract = tar.extract();
  const input = createReadStream(path).pipe(createGunzip({ chunkSize: 1024 * 1024 }));
  input.on('error', (err) => extract.destroy(err));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const marker = markerOf(entry.header.name);
      if (marker) seen.add(marker);
      entry.resume();
      if (seen.has('oci-layout')) break;
    }
  } catch {
    // Not a tar inside the gzip: it is some other file.
    return seen.size ? decide(seen) : 'file';
  } finally {
    input.destroy();
    extract.destroy();
  }
  return decide(seen);
}
