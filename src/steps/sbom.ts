import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { InputError, NotFoundError, OperationError } from '../errors.js';
import { readDirectoryFiles } from '../image/directory-view.js';
import { elfExcerptSink, elfOnlySink } from '../image/elf-excerpt.js';
import { baseOf } from '../image/entry-path.js';
import {
  type ConsumedFile,
  DEFAULT_VIEW_LIMITS,
  type FileWants,
  type LayerSummary,
  readImageFiles,
  type ViewLimits,
} from '../image/file-view.js';
import type { ContentSink } from '../image/layer-reader.js';
import { type Digest, isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import {
  formatPlatform,
  matchPlatform,
  parsePlatform,
  platformEntries,
  selectPlatform,
} from '../oci/platform.js';
import { detectSource } from '../oci/source.js';
import { type Descriptor, isIndex, type Platform } from '../oci/types.js';
import { ALL_CATALOGERS } from '../sbom/catalogers/index.js';
import { type SbomOutput, type SbomSubject, writeSbom } from '../sbom/formats/index.js';
import type {
  CapturedFile,
  Cataloger,
  CatalogWarning,
  Distro,
  Inventory,
  Location,
  Package,
} from '../sbom/model.js';
import { detectDistro, wantsDistroFile } from '../sbom/os-release.js';
import { checkOutputs } from './outputs.js';
import type { Reporter } from './reporter.js';

export interface SbomStepOptions {
  /** Any SOURCE of DESIGN.md, including `dir:PATH`. */
  source: string;
  /** `os/arch[/variant]`: the image of an index to catalog. */
  platform?: string;
  /** Every platform image of an index, one SBOM each. */
  allPlatforms?: boolean;
  /** Platform taken from an index when neither option above is given (the caller's host). */
  defaultPlatform: Platform;
  /** Documents to write; none just catalogs (the CLI prints a table then). */
  outputs: SbomOutput[];
  access: AccessOptions;
  /** Creation time written into the documents (the caller applies SOURCE_DATE_EPOCH). */
  created: Date;
  toolVersion: string;
  catalogers?: readonly Cataloger[];
  /** `maxFileBytes` given here caps what every cataloger may ask for. */
  limits?: Partial<ViewLimits>;
  /** Measures `durationMs`; injectable so tests need no clock. */
  now?: () => number;
}

export interface SbomDocument {
  format: SbomOutput['format'];
  /** Absolute path written; absent when the caller asked for standard output. */
  file?: string;
  /** The document, only when it goes to standard output. */
  content?: string;
}

export interface SbomResult {
  subject: SbomSubject;
  /** `linux/amd64`, for images. */
  platform?: string;
  distro?: Distro;
  packages: number;
  /** Packages per type (`apk`, `npm`…), sorted by type. */
  byType: Record<string, number>;
  /** Layers read (images only). */
  layers: LayerSummary[];
  /** Files handed to catalogers. */
  files: number;
  warnings: CatalogWarning[];
  documents: SbomDocument[];
  inventory: Inventory;
}

export interface SbomStepResult {
  source: string;
  results: SbomResult[];
  durationMs: number;
}

const MAX_REPORTED_WARNINGS = 20;
const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * `lading sbom`: reads an image (one platform, or each) or a source tree once,
 * runs every cataloger on the files they asked for, and writes each requested
 * format. Files are written whole or not at all (temporary file, then rename).
 */
export async function sbomStep(options: SbomStepOptions, reporter: Reporter): Promise<SbomStepResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  checkOutputs('sbom', options.outputs, options.access.cwd);
  const catalogers = options.catalogers ?? ALL_CATALOGERS;
  const limits: ViewLimits = { ...DEFAULT_VIEW_LIMITS, ...options.limits };
  const wants = wantsOf(catalogers, limits.maxFileBytes, options.limits?.maxFileBytes);
  const source = await detectSource(options.source);
  const results: SbomResult[] = [];

  if (source.kind === 'dir') {
    if (options.platform || options.allPlatforms) {
      throw new InputError(
        `${options.source}: --platform and --all-platforms apply to images, not directories`,
      );
    }
    const root = isAbsolute(source.path) ? source.path : resolve(options.access.cwd, source.path);
    reporter.info(`cataloging directory ${source.path}`);
    const view = await readDirectoryFiles(root, { wants, limits });
    const subject: SbomSubject = { kind: 'directory', name: source.path };
    results.push(
      await finish(
        subject,
        undefined,
        catalog(view.files, catalogers, view.warnings),
        view.files.length,
        [],
        options,
        reporter,
        false,
      ),
    );
    return { source: `dir:${source.path}`, results, durationMs: now() - started };
  }

  const location = await openLocation(options.source, 'read', options.access);
  try {
    const store = location.store;
    const root = await store.resolve(location.reference);
    const fetched = await store.fetchManifest(root);
    // A docker-archive names a whole reference (`alpine:3`), not a tag: only plain tags describe the subject.
    const tag =
      TAG.test(location.reference) && !isDigest(location.reference) ? location.reference : undefined;
    let images: Array<{ descriptor: Descriptor; platform?: Platform }>;
    if (isIndex(fetched.manifest)) {
      if (options.allPlatforms) {
        images = platformEntries(fetched.manifest).map((d) => ({ descriptor: d, platform: d.platform }));
        if (images.length === 0) {
          throw new NotFoundError(
            `${location.display}@${fetched.descriptor.digest}: the index lists no platform images`,
          );
        }
      } else {
        const want = options.platform ? parsePlatform(options.platform) : options.defaultPlatform;
        const chosen = selectPlatform(
          fetched.manifest,
          want,
          `${location.display}@${fetched.descriptor.digest}`,
        );
        images = [{ descriptor: chosen, ...(chosen.platform ? { platform: chosen.platform } : {}) }];
      }
    } else {
      images = [{ descriptor: fetched.descriptor }];
    }
    const multiple = images.length > 1;
    if (multiple && options.outputs.some((o) => !o.file)) {
      throw new InputError(
        `${options.source}: --all-platforms writes one SBOM per platform (${images.length} here); give every -o a file (-o FORMAT=FILE)`,
      );
    }

    for (const image of images) {
      const streaming = new StreamingCatalog(catalogers);
      const view = await readImageFiles(store, image.descriptor, {
        wants,
        limits,
        consume: (file) => streaming.consume(file),
        stream: (file) => streaming.stream(file),
        followLinks: (path) => streaming.needsWholeFile(path),
        onLayer: (l) =>
          reporter.debug(`layer ${l.digest}: ${l.entries} entries, ${l.bytes} bytes (${l.compression})`),
      });
      const platform = image.platform ?? platformOfConfig(view.config);
      if (options.platform && !isIndex(fetched.manifest) && platform) {
        const want = parsePlatform(options.platform);
        if (!matchPlatform(want, platform)) {
          throw new NotFoundError(
            `${location.display}@${view.manifest.digest} is a single ${formatPlatform(platform)} image; --platform ${options.platform} is not in it`,
          );
        }
      }
      const subject: SbomSubject = {
        kind: 'image',
        name: location.display,
        digest: view.manifest.digest,
        ...(tag ? { tag } : {}),
        ...(platform ? { platform } : {}),
      };
      reporter.info(
        `cataloged ${location.display}@${view.manifest.digest}${platform ? ` (${formatPlatform(platform)})` : ''}: ${view.layers.length} layer(s), ${view.files.length + view.consumed.length} file(s) of interest`,
      );
      results.push(
        await finish(
          subject,
          platform,
          streaming.finish(view.files, view.consumed, view.warnings),
          view.files.length + view.consumed.length,
          view.layers,
          options,
          reporter,
          multiple,
        ),
      );
    }
  } finally {
    await location.close();
  }
  return { source: location.display, results, durationMs: now() - started };
}

/**
 * One question per path for all catalogers: the largest limit any of them
 * asks for (their own, or `defaultLimit`), never above `cap` when the caller
 * set one.
 */
export function wantsOf(catalogers: readonly Cataloger[], defaultLimit: number, cap = Infinity): FileWants {
  return (path) => {
    let limit = wantsDistroFile(path) ? defaultLimit : 0;
    for (const c of catalogers) {
      if (c.wants(path)) limit = Math.max(limit, c.maxFileBytes ?? defaultLimit);
    }
    return limit > 0 ? Math.min(limit, cap) : false;
  };
}

function platformOfConfig(config: Record<string, unknown>): Platform | undefined {
  const { os, architecture, variant } = config;
  if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture) return undefined;
  return { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) };
}

async function finish(
  subject: SbomSubject,
  platform: Platform | undefined,
  inventory: Inventory,
  files: number,
  layers: LayerSummary[],
  options: SbomStepOptions,
  reporter: Reporter,
  perPlatform: boolean,
): Promise<SbomResult> {
  const byType: Record<string, number> = {};
  for (const p of inventory.packages) byType[p.type] = (byType[p.type] ?? 0) + 1;
  const sortedByType = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1)));
  for (const w of inventory.warnings.slice(0, MAX_REPORTED_WARNINGS)) {
    reporter.warn(w.message.includes(w.path) ? w.message : `${w.path}: ${w.message}`);
  }
  if (inventory.warnings.length > MAX_REPORTED_WARNINGS) {
    reporter.warn(`… and ${inventory.warnings.length - MAX_REPORTED_WARNINGS} more warning(s)`);
  }
  const documents: SbomDocument[] = [];
  for (const output of options.outputs) {
    const text = writeSbom(output.format, inventory, subject, {
      created: options.created,
      toolVersion: options.toolVersion,
    });
    if (!output.file) {
      documents.push({ format: output.format, content: text });
      continue;
    }
    const name = perPlatform && platform ? platformFileName(output.file, platform) : output.file;
    const file = resolve(options.access.cwd, name);
    await writeAtomically(file, text);
    reporter.debug(`wrote ${output.format} to ${file}`);
    documents.push({ format: output.format, file });
  }
  return {
    subject,
    ...(platform ? { platform: formatPlatform(platform) } : {}),
    ...(inventory.distro ? { distro: inventory.distro } : {}),
    packages: inventory.packages.length,
    byType: sortedByType,
    layers,
    files,
    warnings: inventory.warnings,
    documents,
    inventory,
  };
}

/**
 * Catalogers whose findings for several files are the union of their findings
 * for each file alone, and whose files are the large ones (executables,
 * archives). They run while the layers stream, so those bytes are never all
 * held at once: peak memory follows the largest file, not their sum.
 */
const PER_FILE_CATALOGERS = new Set(['golang', 'rust', 'java']);

/**
 * Catalogers that read only a few ELF sections of an executable (and the
 * start of its first writable segment), never the whole file.
 */
const ELF_SECTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['golang', ['.go.buildinfo']],
  ['rust', ['.dep-v0']],
]);

/**
 * The files those catalogers read by name rather than as executables: they
 * are wanted whole, whatever their first bytes.
 */
const ELF_READERS_TEXT_INPUTS: ReadonlySet<string> = new Set(['go.mod', 'Cargo.lock']);

/**
 * Executables from this size on are streamed into an excerpt of the sections
 * their catalogers read: a 120 MB `node` binary held whole was most of the
 * peak memory of a run.
 */
const EXCERPT_FROM_BYTES = 16 * 1024 * 1024;

function runCataloger(
  c: Cataloger,
  files: readonly CapturedFile[],
  ctx: { distro?: Distro },
  packages: Package[],
  warnings: CatalogWarning[],
): void {
  // A cataloger that throws is a bug, but it must not cost the other
  // ecosystems their packages: it becomes a warning naming the cataloger.
  try {
    const r = c.catalog(files, ctx);
    packages.push(...r.packages);
    warnings.push(...r.warnings);
  } catch (err) {
    warnings.push({
      path: files[0]?.path ?? '',
      ...(files[0]?.layer ? { layer: files[0].layer } : {}),
      message: `cataloger ${c.name} failed on ${files.length} file(s): ${err instanceof Error ? err.message : String(err)}; its packages are missing`,
    });
  }
}

/** Runs every cataloger on the files it wants, all at once (source trees, and the tests). */
export function catalog(
  files: readonly CapturedFile[],
  catalogers: readonly Cataloger[],
  viewWarnings: readonly CatalogWarning[] = [],
): Inventory {
  const distro = detectDistro(files);
  const packages: Package[] = [];
  const warnings: CatalogWarning[] = [...viewWarnings];
  for (const c of catalogers) {
    const mine = files.filter((f) => c.wants(f.path));
    if (mine.length > 0) runCataloger(c, mine, distro ? { distro } : {}, packages, warnings);
  }
  return { packages: deduplicate(packages), ...(distro ? { distro } : {}), warnings };
}

interface FileFindings {
  packages: Package[];
  warnings: CatalogWarning[];
}

/**
 * Cataloging of an image as its layers stream: per-file catalogers see each
 * file as it is read (`consume`), the others see the final view at the end
 * (`finish`), when whiteouts have decided which files survived. Findings of a
 * file that a later layer deleted or replaced are dropped then.
 */
export class StreamingCatalog {
  private readonly perFile: Cataloger[];
  private readonly whole: Cataloger[];
  private readonly findings = new Map<string, FileFindings>();

  constructor(catalogers: readonly Cataloger[]) {
    this.perFile = catalogers.filter((c) => PER_FILE_CATALOGERS.has(c.name));
    this.whole = catalogers.filter((c) => !PER_FILE_CATALOGERS.has(c.name));
  }

  /** True when no one else needs the bytes any more. */
  consume(file: CapturedFile): boolean {
    if (!this.perFile.some((c) => c.wants(file.path))) return false;
    this.run(file);
    return !this.needsWholeFile(file.path);
  }

  /**
   * A sink for a file that only section-reading catalogers want (see
   * `ELF_SECTIONS`): nothing is kept unless it is an ELF file; large ones
   * become an excerpt with the same layout as the file, smaller ones are kept
   * whole.
   */
  stream(file: { path: string; layer: Digest; size: number }): ContentSink | undefined {
    if (this.needsWholeFile(file.path)) return undefined;
    const mine = this.perFile.filter((c) => c.wants(file.path));
    if (mine.length === 0 || mine.some((c) => !ELF_SECTIONS.has(c.name))) return undefined;
    if (ELF_READERS_TEXT_INPUTS.has(baseOf(file.path))) return undefined;
    if (file.size < EXCERPT_FROM_BYTES) {
      return elfOnlySink(file.size, (bytes) => {
        this.run({ path: file.path, layer: file.layer, bytes });
      });
    }
    return elfExcerptSink({
      size: file.size,
      sections: mine.flatMap((c) => ELF_SECTIONS.get(c.name) ?? []),
      where: `layer ${file.layer}: ${file.path}`,
      done: (bytes) => {
        this.run({ path: file.path, layer: file.layer, bytes });
      },
    });
  }

  /**
   * Paths the distro detector or a whole-view cataloger (package databases)
   * wants: worth following through a symlink at any cost. Executables and
   * archives found through a symlink are read when their target is wanted
   * too, which it nearly always is (bin -> bin, jar -> jar).
   */
  needsWholeFile(path: string): boolean {
    return wantsDistroFile(path) || this.whole.some((c) => c.wants(path));
  }

  private run(file: CapturedFile): FileFindings {
    const key = `${file.layer ?? ''}\0${file.path}`;
    let found = this.findings.get(key);
    if (found) return found;
    found = { packages: [], warnings: [] };
    for (const c of this.perFile) {
      // Language packages carry no distro, so nothing is lost by running before it is known.
      if (c.wants(file.path)) runCataloger(c, [file], {}, found.packages, found.warnings);
    }
    this.findings.set(key, found);
    return found;
  }

  finish(
    files: readonly CapturedFile[],
    consumed: readonly ConsumedFile[],
    viewWarnings: readonly CatalogWarning[],
  ): Inventory {
    const inventory = catalog(files, this.whole, viewWarnings);
    const packages = [...inventory.packages];
    const warnings = [...inventory.warnings];
    for (const f of files) {
      if (!this.perFile.some((c) => c.wants(f.path))) continue;
      const found = this.run(f);
      packages.push(...found.packages);
      warnings.push(...found.warnings);
    }
    for (const f of consumed) {
      const found = this.findings.get(`${f.from.layer}\0${f.from.path}`);
      if (!found) continue;
      // A link shares its target's findings, found at the link's own path.
      const moved = (l: Location): Location =>
        l.path === f.from.path && l.layer === f.from.layer ? { path: f.path, layer: f.layer } : l;
      const same = f.path === f.from.path;
      for (const p of found.packages) packages.push(same ? p : { ...p, locations: p.locations.map(moved) });
      if (same) warnings.push(...found.warnings);
    }
    return { ...inventory, packages: deduplicate(packages), warnings };
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One record per package identity (type, name, version, purl, arch): the same
 * package found through two paths (a symlinked jar, an rpm database reachable
 * twice) is one package with two locations. Sorted so output never depends on
 * the order catalogers ran in.
 */
export function deduplicate(packages: readonly Package[]): Package[] {
  const byKey = new Map<string, Package>();
  for (const p of packages) {
    const key = [p.type, p.name, p.version, p.purl, p.arch ?? ''].join('\0');
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...p, locations: [...p.locations] });
      continue;
    }
    for (const l of p.locations) {
      if (!seen.locations.some((s) => s.path === l.path && s.layer === l.layer)) seen.locations.push(l);
    }
  }
  const out = [...byKey.values()];
  for (const p of out)
    p.locations.sort((a: Location, b: Location) => cmp(a.path, b.path) || cmp(a.layer ?? '', b.layer ?? ''));
  return out.sort(
    (a, b) =>
      cmp(a.type, b.type) ||
      cmp(a.name, b.name) ||
      cmp(a.version, b.version) ||
      cmp(a.purl, b.purl) ||
      cmp(a.arch ?? '', b.arch ?? ''),
  );
}

/** `out/app.spdx.json` -> `out/app.linux-arm64-v8.spdx.json`: one file per platform. */
export function platformFileName(file: string, platform: Platform): string {
  const tag = formatPlatform(platform).replace(/[^A-Za-z0-9._-]+/g, '-');
  const dir = dirname(file);
  const base = basename(file);
  const dot = base.indexOf('.', 1);
  const named = dot > 0 ? `${base.slice(0, dot)}.${tag}${base.slice(dot)}` : `${base}.${tag}`;
  return dir === '.' && !file.startsWith('.') ? named : join(dir, named);
}

/** Whole file or nothing: a reader never sees half an SBOM, and a failure leaves no file behind. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new OperationError(`sbom: cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}
