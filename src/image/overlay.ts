import type { Digest } from '../oci/digest.js';
import { joinPath, parentOf } from './entry-path.js';

// The union of an image's layers, as overlayfs and containerd build it, but
// kept only for what matters to readers of the image: the files someone asked
// for (with their bytes), every symlink (so paths can be resolved), and the
// wanted paths that are links (resolved at the end). Layers are applied bottom
// up; a layer's deletions (whiteouts, opaque directories, anything replaced by
// a new entry at the same path) act on the layers below it only, whatever the
// order of entries inside the layer's tar. Layers may be walked side by side
// (see LayerWriter); they are applied in order all the same.

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

/** A whiteout's or an entry's effect on the layers below: the path itself and/or everything under it. */
interface Deletion {
  path: string;
  at: boolean;
  below: boolean;
}

/**
 * One layer's side of the overlay, as its tar is walked. Layers may be walked
 * side by side; each writer keeps its own tables, and its deletions wait until
 * every layer below it has been applied (then apply at once, and live from
 * there on), so the result is the same as walking the layers one by one.
 */
export class LayerWriter {
  readonly tables: Tables = emptyTables();
  /** Deletions recorded while a lower layer is still being walked. */
  private pending: Deletion[] | undefined = [];
  private ended = false;

  constructor(
    private readonly overlay: Overlay,
    readonly digest: Digest,
  ) {}

  /**
   * Records an entry of this layer; true when it was a whiteout (which is not
   * itself a file). Call for every entry, wanted or not: a new entry hides
   * what the layers below had at that path.
   */
  entry(path: string, isDirectory: boolean): boolean {
    const slash = path.lastIndexOf('/');
    if (path.startsWith(WHITEOUT, slash + 1)) {
      const dir = slash < 0 ? '' : path.slice(0, slash);
      const name = path.slice(slash + 1);
      if (name === OPAQUE) this.delete({ path: dir, at: false, below: true });
      else if (!name.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
        this.delete({ path: joinPath(dir, name.slice(WHITEOUT.length)), at: true, below: true });
      }
      return true;
    }
    // A file, link or device replaces a whole directory of the layers below.
    this.delete({ path, at: true, below: !isDirectory });
    return false;
  }

  addFile(path: string, bytes: Buffer, consumed = false): void {
    this.tables.files.set(
      path,
      consumed ? { bytes, layer: this.digest, consumed } : { bytes, layer: this.digest },
    );
  }

  addSymlink(path: string, target: string): void {
    this.tables.symlinks.set(path, { target, layer: this.digest });
  }

  addWantedLink(path: string, link: Omit<WantedLink, 'layer'>): void {
    this.tables.links.set(path, { ...link, layer: this.digest });
  }

  /**
   * A hard link's target in this layer. Tar links name an earlier entry of the
   * same archive; a target from a lower layer is left to link resolution.
   */
  fileForHardLink(target: string): ViewFile | undefined {
    return this.tables.files.get(target);
  }

  /** The layer's tar has been walked to its end. */
  end(): void {
    this.ended = true;
    this.overlay.settle();
  }

  /** @internal Whether the overlay may apply this layer now. */
  get finished(): boolean {
    return this.ended;
  }

  /** @internal Every layer below is applied: catch up, and delete live from now on. */
  goLive(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const d of pending) this.overlay.remove(d);
  }

  private delete(d: Deletion): void {
    if (this.pending) this.pending.push(d);
    else this.overlay.remove(d);
  }
}

export class Overlay {
  private readonly lower: Tables = emptyTables();
  /**
   * Every directory that may hold something in `lower` (a superset: entries
   * are never removed), so deleting a subtree scans the tables only when the
   * directory can have content below it.
   */
  private readonly occupied = new Set<string>();
  private readonly writers = new Map<number, LayerWriter>();
  /** Index of the lowest layer not yet applied. */
  private next = 0;

  /** The writer of layer `index` (0 = the bottom layer); layers may be opened in any order. */
  layer(index: number, digest: Digest): LayerWriter {
    if (index < this.next || this.writers.has(index)) throw new Error(`Overlay: layer ${index} opened twice`);
    const writer = new LayerWriter(this, digest);
    this.writers.set(index, writer);
    if (index === this.next) writer.goLive();
    return writer;
  }

  /** Applies, bottom up, every finished layer whose lower layers are all applied. */
  settle(): void {
    for (let w = this.writers.get(this.next); w?.finished; w = this.writers.get(this.next)) {
      this.merge(w.tables);
      this.writers.delete(this.next);
      this.next++;
      this.writers.get(this.next)?.goLive();
    }
  }

  /** Layers opened but not yet applied (a walk that failed leaves some). */
  get unsettled(): number {
    return this.writers.size;
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

  /** @internal A deletion of a live layer, on the layers below it. */
  remove(d: Deletion): void {
    if (d.at) this.removeAt(d.path);
    if (d.below) this.removeBelow(d.path);
  }

  private merge({ files, symlinks, links }: Tables): void {
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
