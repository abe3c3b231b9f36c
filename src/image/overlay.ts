import type { Digest } from '../oci/digest.js';
import { joinPath, parentOf } from './entry-path.js';

// The union of an image's layers, as overlayfs and containerd build it, but
// kept only for what matters to readers of the image: the files someone asked
// for (with their bytes), every symlink (so paths can be resolved), and the
// wanted paths that are links (resolved at the end). Layers are applied bottom
// up; a layer's deletions (whiteouts, opaque directories, anything replaced by
// a new entry at the same path) act on the layers below it only, whatever the
// order of entries inside the layer's tar.

export interface ViewFile {
  bytes: Buffer;
  layer: Digest;
  /** The reader took what it needed as the file streamed by; `bytes` is empty. */
  consumed?: boolean;
}

export interface ViewSymlink {
  target: string;
  layer: Digest;
}

/** A wanted path that is a symlink or hard link: its content is its target's. */
export interface WantedLink {
  kind: 'symlink' | 'hardlink';
  /** Hard links: the canonical target path. Symlinks: resolved at the end through the view. */
  target: string;
  layer: Digest;
  limit: number;
}

interface Tables {
  files: Map<string, ViewFile>;
  symlinks: Map<string, ViewSymlink>;
  links: Map<string, WantedLink>;
}

function emptyTables(): Tables {
  return { files: new Map(), symlinks: new Map(), links: new Map() };
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

export class Overlay {
  private readonly lower: Tables = emptyTables();
  private current: Tables = emptyTables();
  private currentLayer: Digest | undefined;
  /**
   * Every directory that may hold something in `lower` (a superset: entries
   * are never removed), so deleting a subtree scans the tables only when the
   * directory can have content below it.
   */
  private readonly occupied = new Set<string>();

  beginLayer(digest: Digest): void {
    this.currentLayer = digest;
    this.current = emptyTables();
  }

  private layer(): Digest {
    if (!this.currentLayer) throw new Error('Overlay: beginLayer was not called');
    return this.currentLayer;
  }

  /**
   * Records an entry of the current layer; true when it was a whiteout (which
   * is not itself a file). Call for every entry, wanted or not: a new entry
   * hides what the layers below had at that path.
   */
  entry(path: string, isDirectory: boolean): boolean {
    const slash = path.lastIndexOf('/');
    if (path.startsWith(WHITEOUT, slash + 1)) {
      const dir = slash < 0 ? '' : path.slice(0, slash);
      const name = path.slice(slash + 1);
      if (name === OPAQUE) this.removeBelow(dir);
      else if (!name.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
        const hidden = joinPath(dir, name.slice(WHITEOUT.length));
        this.removeAt(hidden);
        this.removeBelow(hidden);
      }
      return true;
    }
    this.removeAt(path);
    // A file, link or device replaces a whole directory of the layers below.
    if (!isDirectory) this.removeBelow(path);
    return false;
  }

  addFile(path: string, bytes: Buffer, consumed = false): void {
    this.current.files.set(
      path,
      consumed ? { bytes, layer: this.layer(), consumed } : { bytes, layer: this.layer() },
    );
  }

  addSymlink(path: string, target: string): void {
    this.current.symlinks.set(path, { target, layer: this.layer() });
  }

  addWantedLink(path: string, link: Omit<WantedLink, 'layer'>): void {
    this.current.links.set(path, { ...link, layer: this.layer() });
  }

  /** Hard links name a file of this layer or of a lower one; this layer's copy wins. */
  fileForHardLink(target: string): ViewFile | undefined {
    return this.current.files.get(target) ?? this.lower.files.get(target);
  }

  endLayer(): void {
    const { files, symlinks, links } = this.current;
    for (const [p, v] of files) {
      this.lower.files.set(p, v);
      this.occupy(p);
    }
    for (const [p, v] of symlinks) {
      this.lower.symlinks.set(p, v);
      this.occupy(p);
    }
    for (const [p, v] of links) {
      this.lower.links.set(p, v);
      this.occupy(p);
    }
    this.current = emptyTables();
    this.currentLayer = undefined;
  }

  get files(): ReadonlyMap<string, ViewFile> {
    return this.lower.files;
  }
  get symlinks(): ReadonlyMap<string, ViewSymlink> {
    return this.lower.symlinks;
  }
  get links(): ReadonlyMap<string, WantedLink> {
    return this.lower.links;
  }

  /** Raw symlink targets by path, as `resolveInRoot` takes them. */
  symlinkTargets(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [p, v] of this.lower.symlinks) out.set(p, v.target);
    return out;
  }

  private occupy(path: string): void {
    for (let dir = parentOf(path); ; dir = parentOf(dir)) {
      if (this.occupied.has(dir)) return;
      this.occupied.add(dir);
      if (dir === '') return;
    }
  }

  private removeAt(path: string): void {
    const t = this.lower;
    if (t.files.size > 0) t.files.delete(path);
    if (t.symlinks.size > 0) t.symlinks.delete(path);
    if (t.links.size > 0) t.links.delete(path);
  }

  /** Everything strictly below `dir` in the layers below (`''`: the whole root). */
  private removeBelow(dir: string): void {
    if (!this.occupied.has(dir)) return;
    const prefix = dir === '' ? '' : `${dir}/`;
    for (const table of [this.lower.files, this.lower.symlinks, this.lower.links] as Map<string, unknown>[]) {
      for (const key of table.keys()) if (key.startsWith(prefix)) table.delete(key);
    }
  }
}
