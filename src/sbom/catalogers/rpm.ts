import { normaliseLicense } from '../license.js';
import {
  type CapturedFile,
  type CatalogContext,
  type Cataloger,
  type CatalogResult,
  type CatalogWarning,
  locationOf,
  normalisePath,
  type Package,
  warningAt,
} from '../model.js';
import { rpmPurl } from '../purl.js';
import { type DbRead, readBdbHash } from '../rpmdb/bdb.js';
import { parseRpmHeader, parseSourceRpm, type RpmHeader } from '../rpmdb/header.js';
import { readNdb } from '../rpmdb/ndb.js';
import { readRpmSqlite } from '../rpmdb/sqlite.js';

// The rpm database in any of its three backends (SQLite since rpm 4.16, ndb on
// SUSE, Berkeley DB before), in any of the directories distributions put it,
// plus the plain-text manifest CBL-Mariner's distroless images ship instead.

const DB_DIRS = ['var/lib/rpm/', 'usr/lib/sysimage/rpm/', 'usr/share/rpm/'];
const READERS: Record<string, (bytes: Buffer) => DbRead> = {
  'rpmdb.sqlite': readRpmSqlite,
  'Packages.db': readNdb,
  Packages: readBdbHash,
};
export const RPM_MANIFEST_PATH = 'var/lib/rpmmanifest/container-manifest-2';

function readerFor(path: string): ((bytes: Buffer) => DbRead) | undefined {
  for (const dir of DB_DIRS) {
    if (path.startsWith(dir)) return READERS[path.slice(dir.length)];
  }
  return undefined;
}

export const rpmCataloger: Cataloger = {
  name: 'rpm',
  // A large RHEL image's Berkeley DB reaches a few hundred MiB.
  maxFileBytes: 1024 * 1024 * 1024,
  wants: (path) => {
    const p = normalisePath(path);
    return p === RPM_MANIFEST_PATH || readerFor(p) !== undefined;
  },
  catalog(files: readonly CapturedFile[], ctx: CatalogContext): CatalogResult {
    const warnings: CatalogWarning[] = [];
    // The same database is often reachable by two paths (var/lib/rpm is a symlink
    // on Fedora): one package, several locations.
    const byIdentity = new Map<string, Package>();
    const add = (pkg: Package) => {
      const key = `${pkg.name}\0${pkg.version}\0${pkg.arch ?? ''}`;
      const seen = byIdentity.get(key);
      if (seen) seen.locations.push(...pkg.locations);
      else byIdentity.set(key, pkg);
    };
    for (const file of files) {
      const path = normalisePath(file.path);
      if (path === RPM_MANIFEST_PATH) {
        readManifest(file, ctx, add, warnings);
        continue;
      }
      const read = readerFor(path);
      if (!read) continue;
      const { blobs, problems } = read(file.bytes);
      for (const p of problems) warnings.push(warningAt(file, `${file.path}: ${p}`));
      blobs.forEach((blob, i) => {
        try {
          add(toPackage(parseRpmHeader(blob), file, ctx));
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          warnings.push(warningAt(file, `${file.path}: record ${i + 1}: ${why}; skipped`));
        }
      });
    }
    return { packages: [...byIdentity.values()], warnings };
  },
};

/** rpm's EVR as rpm prints it: the epoch only when the package has one. */
export function rpmEvr(h: { epoch?: number; version: string; release?: string }): string {
  const vr = h.release ? `${h.version}-${h.release}` : h.version;
  return h.epoch === undefined ? vr : `${h.epoch}:${vr}`;
}

function toPackage(h: RpmHeader, file: CapturedFile, ctx: CatalogContext): Package {
  const version = rpmEvr(h);
  const src = h.sourceRpm ? parseSourceRpm(h.sourceRpm) : undefined;
  const pkg: Package = {
    name: h.name,
    version,
    type: 'rpm',
    purl: rpmPurl({
      name: h.name,
      version: h.version,
      release: h.release,
      epoch: h.epoch,
      arch: h.arch,
      sourceRpm: h.sourceRpm,
      distro: ctx.distro,
    }),
    licenses: [],
    locations: [locationOf(file)],
    // A source package and its binaries share one spec file, hence one epoch.
    source: src
      ? { name: src.name, version: h.epoch === undefined ? src.version : `${h.epoch}:${src.version}` }
      : { name: h.name, version },
  };
  const license = h.license ? normaliseLicense(h.license) : undefined;
  if (license) pkg.licenses.push(license);
  if (h.arch) pkg.arch = h.arch;
  if (ctx.distro) pkg.distro = ctx.distro;
  const metadata: Record<string, string | number> = { release: h.release };
  if (h.epoch !== undefined) metadata.epoch = h.epoch;
  if (h.sourceRpm) metadata.sourceRpm = h.sourceRpm;
  if (h.vendor) metadata.vendor = h.vendor;
  if (h.size !== undefined) metadata.size = h.size;
  pkg.metadata = metadata;
  return pkg;
}

// Tab-separated: name, version-release, install time, build time, vendor,
// epoch or "(none)", size, arch, checksum flag, source rpm.
function readManifest(
  file: CapturedFile,
  ctx: CatalogContext,
  add: (p: Package) => void,
  warnings: CatalogWarning[],
): void {
  const lines = file.bytes.toString('utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '') return;
    const f = line.split('\t');
    const [name, vr, , , vendor, epochText, sizeText, arch, , sourceRpm] = f;
    const dash = vr?.lastIndexOf('-') ?? -1;
    if (!name || !vr || f.length < 10 || dash <= 0) {
      warnings.push(warningAt(file, `${file.path} line ${i + 1}: expected 10 tab-separated fields; skipped`));
      return;
    }
    const epoch = epochText && /^\d+$/.test(epochText) ? Number(epochText) : undefined;
    const h: RpmHeader = { name, version: vr.slice(0, dash), release: vr.slice(dash + 1) };
    if (epoch !== undefined) h.epoch = epoch;
    if (arch) h.arch = arch;
    if (vendor) h.vendor = vendor;
    if (sourceRpm && sourceRpm !== '(none)') h.sourceRpm = sourceRpm;
    const size = Number(sizeText);
    if (Number.isSafeInteger(size)) h.size = size;
    try {
      add(toPackage(h, file, ctx));
    } catch (err) {
      warnings.push(
        warningAt(file, `${file.path} line ${i + 1}: ${err instanceof Error ? err.message : String(err)}`),
      );
    }
  });
}
