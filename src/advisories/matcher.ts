import { InputError } from '../errors.js';
import type { Distro, Inventory, Package, PackageType } from '../sbom/model.js';
import { parsePurl } from '../sbom/purl.js';
import { newContext, packageFrom } from '../sbom/readers/record.js';
import { affects, type OsvEvent, type OsvRangeType, type OsvRecord } from './osv.js';
import { compareSeverity, type Severity, severityOf } from './severity.js';
import { comparatorFor, ecosystemBase } from './versions/registry.js';

// The matching core of a scan: every package of an Inventory against the
// advisory database. OS packages are matched in their distribution release's
// ecosystem (`Alpine:v3.20`, `Debian:12`) by the package those advisories are
// written for: the SOURCE package for apk and deb (Alpine secdb, Debian DSA/DLA
// and Ubuntu USN name aports and source packages), the binary package for rpm
// distributions (AlmaLinux and Rocky errata list binary rpms; the source rpm
// name is asked too). Language packages are matched by ecosystem and name, the
// name normalised as the ecosystem does (names.ts, applied to both sides).
//
// Records that describe the same vulnerability (linked by `aliases`, or a
// distro record restating one upstream id, e.g. ALPINE-CVE-2024-9143 →
// CVE-2024-9143) merge into one finding per package, every id kept. A record
// whose ranges cannot be compared for this version gives an `undetermined`
// finding: never silently safe.

/** What the matcher reads from the database (AdvisoryDatabase fits). */
export interface AdvisoryLookup {
  /** Records naming `name` in `ecosystem` (full name: `Alpine:v3.20`). */
  lookup(ecosystem: string, name: string): OsvRecord[];
  /** Whether the export ecosystem (`Alpine`, `npm`) has data. */
  has(exportEcosystem: string): boolean;
  /**
   * The records that affect (or cannot be decided for) a package, found under
   * each name in turn, each once: `lookup` then `affects`, done by the
   * database from its pre-compiled ranges. Used instead of them when present.
   */
  hits?(
    ecosystem: string,
    names: readonly string[],
    version: string,
  ): { record: OsvRecord; name: string; result: Hit['result'] }[];
}

export interface MatchedRange {
  /** The record whose range or list matched. */
  advisory: string;
  via: 'range' | 'versions';
  type?: OsvRangeType;
  events?: OsvEvent[];
}

export interface Finding {
  /** The id to show: a CVE when there is one, else a GHSA, else the first record id. */
  id: string;
  /** Every id of the vulnerability: records, their aliases, upstream ids; `id` first. */
  ids: string[];
  /** The records that matched. */
  advisories: string[];
  package: Package;
  /** OSV ecosystem the package was matched in (`Alpine:v3.20`, `npm`). */
  ecosystem: string;
  /** The name matched (the source package for apk/deb) and the version compared. */
  name: string;
  version: string;
  /** 'undetermined' when no record could compare this version (see `reasons`). */
  status: 'affected' | 'undetermined';
  severity: Severity;
  /** Versions that fix it, lowest first. */
  fixed: string[];
  ranges: MatchedRange[];
  summary?: string;
  reasons?: string[];
}

export interface SkippedPackage {
  package: Package;
  reason: string;
}

export interface MatchReport {
  findings: Finding[];
  /** Packages that could not be checked at all, with why. */
  skipped: SkippedPackage[];
}

const LANGUAGE_ECOSYSTEMS: Partial<Record<PackageType, string>> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  maven: 'Maven',
  gem: 'RubyGems',
  cargo: 'crates.io',
  composer: 'Packagist',
  nuget: 'NuGet',
};

/**
 * The OSV ecosystem of a distribution release: alpine 3.20.3 → `Alpine:v3.20`,
 * debian 12 → `Debian:12`, ubuntu 22.04 → `Ubuntu:22.04:LTS`, almalinux 9.4 →
 * `AlmaLinux:9`, rocky 9.3 → `Rocky Linux:9`. Undefined when OSV has none lading knows.
 */
export function distroEcosystem(distro: Distro): string | undefined {
  const v = distro.versionId;
  const major = v?.split('.')[0];
  switch (distro.id) {
    case 'alpine': {
      const m = v ? /^(\d+)\.(\d+)/.exec(v) : null;
      return m ? `Alpine:v${m[1]}.${m[2]}` : undefined;
    }
    case 'debian':
      return major && /^\d+$/.test(major) ? `Debian:${major}` : undefined;
    case 'ubuntu': {
      if (!v || !/^\d+\.\d+$/.test(v)) return undefined;
      const lts = /\bLTS\b/.test(distro.prettyName) || /^\d*[02468]\.04$/.test(v);
      return `Ubuntu:${v}${lts ? ':LTS' : ''}`;
    }
    case 'almalinux':
      return major ? `AlmaLinux:${major}` : undefined;
    case 'rocky':
      return major ? `Rocky Linux:${major}` : undefined;
    case 'wolfi':
      return 'Wolfi';
    case 'chainguard':
      return 'Chainguard';
    case 'opensuse-leap':
      return v ? `openSUSE:Leap ${v}` : undefined;
    case 'mageia':
      return v ? `Mageia:${v}` : undefined;
    default:
      return undefined;
  }
}

interface Query {
  ecosystem: string;
  names: string[];
  version: string;
}

/**
 * A package from its purl alone, read as the SBOM readers read purls: the type
 * and name, the version (rpm's `epoch=` joined to it), the distribution release
 * from `distro=` (`alpine-3.20.3`, `debian-12`) and the source package from
 * `upstream=`. Throws InputError naming the purl when it cannot be matched.
 */
export function packageOfPurl(purl: string): Package {
  const parsed = parsePurl(purl);
  if (!parsed.version) throw new InputError(`purl "${purl}": has no version, so it cannot be matched`);
  const pkg = packageFrom(
    { at: 'purl', purlAt: 'purl', purl, properties: new Map(), licenses: [], locations: [] },
    newContext(purl),
  );
  if (!pkg)
    throw new InputError(`purl "${purl}": lading has no advisory ecosystem for purl type "${parsed.type}"`);
  return pkg;
}

/**
 * An OS package that lacks its release or source package, completed from its
 * purl's `distro=` and `upstream=` qualifiers when it has them: a package built
 * elsewhere than lading's catalogers (a purl given by hand, another tool's
 * model) still says where it comes from there.
 */
function withPurlFacts(pkg: Package): Package {
  if (pkg.distro && pkg.source) return pkg;
  let fromPurl: Package;
  try {
    fromPurl = packageOfPurl(pkg.purl);
  } catch {
    return pkg;
  }
  if (fromPurl.type !== pkg.type) return pkg;
  const out = { ...pkg };
  if (!out.distro && fromPurl.distro) out.distro = fromPurl.distro;
  // apk and deb readers name a package its own source when the purl is silent: only a named upstream counts.
  const upstream = (parsePurl(pkg.purl).qualifiers as Record<string, string> | undefined)?.upstream;
  if (!out.source && upstream && fromPurl.source) out.source = fromPurl.source;
  return out;
}

/** Where and under which names to look a package up, or why it cannot be. */
export function queryFor(given: Package, inventoryDistro?: Distro): Query | string {
  if (given.type === 'apk' || given.type === 'deb' || given.type === 'rpm') {
    const pkg = withPurlFacts(given);
    const distro = pkg.distro ?? inventoryDistro;
    if (!distro) return `${pkg.type} package without a distribution release`;
    const ecosystem = distroEcosystem(distro);
    if (!ecosystem)
      return `no advisory ecosystem known for ${distro.id} ${distro.versionId ?? '(no VERSION_ID)'}`;
    if (pkg.type === 'rpm') {
      const names = [pkg.name];
      if (pkg.source && pkg.source.name !== pkg.name) names.push(pkg.source.name);
      return { ecosystem, names, version: pkg.version };
    }
    // Debian binNMUs (+b1) carry the source version in `source`; advisories speak of source versions.
    return { ecosystem, names: [pkg.source?.name ?? pkg.name], version: pkg.source?.version ?? pkg.version };
  }
  const ecosystem = LANGUAGE_ECOSYSTEMS[given.type];
  if (!ecosystem) return `no advisory ecosystem for package type ${given.type}`;
  return { ecosystem, names: [languageName(given)], version: given.version };
}

/** The name as OSV writes it: Maven `group:artifact`, npm `@scope/name`, Go and Packagist paths. */
function languageName(pkg: Package): string {
  try {
    const p = parsePurl(pkg.purl);
    if (!p.namespace) return p.name;
    return pkg.type === 'maven' ? `${p.namespace}:${p.name}` : `${p.namespace}/${p.name}`;
  } catch {
    return pkg.name;
  }
}

/** The export ecosystems (OSV bucket folders) an inventory needs: only those are fetched. */
export function exportEcosystems(inventory: Inventory): string[] {
  const out = new Set<string>();
  for (const pkg of inventory.packages) {
    const q = queryFor(pkg, inventory.distro);
    if (typeof q !== 'string') out.add(ecosystemBase(q.ecosystem));
  }
  return [...out].sort();
}

interface Hit {
  record: OsvRecord;
  result: Exclude<ReturnType<typeof affects>, { verdict: 'not-affected' }>;
}

/** The ids a record stands for: itself, its aliases, and its upstream id when it restates exactly one. */
function idsOf(record: OsvRecord): string[] {
  const ids = [record.id, ...(record.aliases ?? [])];
  if (record.upstream?.length === 1) ids.push(record.upstream[0] as string);
  return ids;
}

function preferredId(ids: readonly string[], records: readonly string[]): string {
  return (
    ids.find((i) => i.startsWith('CVE-')) ?? ids.find((i) => i.startsWith('GHSA-')) ?? (records[0] as string)
  );
}

/** Groups hits that share any id (union-find over ids). */
function groupByVulnerability(hits: readonly Hit[]): Hit[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const h of hits) {
    const ids = idsOf(h.record);
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    const root = find(ids[0] as string);
    for (const id of ids.slice(1)) parent.set(find(id), root);
  }
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const root = find(h.record.id);
    const list = groups.get(root) ?? [];
    list.push(h);
    groups.set(root, list);
  }
  return [...groups.values()];
}

function findingOf(pkg: Package, q: Query, name: string, group: Hit[]): Finding {
  const records = [...new Set(group.map((h) => h.record.id))].sort();
  const idSet = new Set<string>();
  for (const h of group) for (const id of idsOf(h.record)) idSet.add(id);
  const sortedIds = [...idSet].sort();
  const id = preferredId(sortedIds, records);
  const ids = [id, ...sortedIds.filter((i) => i !== id)];

  let severity: Severity | undefined;
  const fixed = new Set<string>();
  const ranges: MatchedRange[] = [];
  const reasons: string[] = [];
  let affected = false;
  for (const h of group) {
    if (h.result.verdict === 'unknown') {
      reasons.push(...h.result.reasons);
      continue;
    }
    affected = true;
    const s = severityOf(h.record, h.result.affected);
    if (!severity || compareSeverity(s.level, severity.level) > 0) severity = s;
    for (const f of h.result.fixed) fixed.add(f);
    const r = h.result.range;
    ranges.push(
      r
        ? { advisory: h.record.id, via: 'range', type: r.type, events: r.events }
        : { advisory: h.record.id, via: 'versions' },
    );
  }
  if (!severity) {
    for (const h of group) {
      const s = severityOf(h.record);
      if (!severity || compareSeverity(s.level, severity.level) > 0) severity = s;
    }
  }
  const finding: Finding = {
    id,
    ids,
    advisories: records,
    package: pkg,
    ecosystem: q.ecosystem,
    name,
    version: q.version,
    status: affected ? 'affected' : 'undetermined',
    severity: severity as Severity,
    fixed: sortVersions(q.ecosystem, [...fixed]),
    ranges,
  };
  const summary = group.find((h) => h.record.summary)?.record.summary;
  if (summary) finding.summary = summary;
  if (reasons.length > 0) finding.reasons = reasons;
  return finding;
}

function sortVersions(ecosystem: string, versions: string[]): string[] {
  const c = comparatorFor(ecosystem);
  if (!c || !versions.every((v) => c.isValid(v))) return versions.sort();
  return versions.sort((a, b) => c.compare(a, b));
}

/** Every package against the database: findings, and the packages that could not be checked. */
export function matchInventory(inventory: Inventory, db: AdvisoryLookup): MatchReport {
  const findings: Finding[] = [];
  const skipped: SkippedPackage[] = [];
  for (const pkg of inventory.packages) {
    const q = queryFor(pkg, inventory.distro);
    if (typeof q === 'string') {
      skipped.push({ package: pkg, reason: q });
      continue;
    }
    if (!db.has(ecosystemBase(q.ecosystem))) {
      skipped.push({ package: pkg, reason: `no advisory data for ecosystem ${ecosystemBase(q.ecosystem)}` });
      continue;
    }
    let hits: Hit[] = [];
    let matchedName = q.names[0] as string;
    if (db.hits) {
      const found = db.hits(q.ecosystem, q.names, q.version);
      if (found[0]) matchedName = found[0].name;
      hits = found;
    }
    const seen = new Set<string>();
    for (const name of db.hits ? [] : q.names) {
      for (const record of db.lookup(q.ecosystem, name)) {
        if (seen.has(record.id)) continue;
        seen.add(record.id);
        const result = affects(record, q.ecosystem, name, q.version);
        if (result.verdict === 'not-affected') continue;
        if (hits.length === 0) matchedName = name;
        hits.push({ record, result });
      }
    }
    for (const group of groupByVulnerability(hits)) findings.push(findingOf(pkg, q, matchedName, group));
  }
  findings.sort(
    (a, b) =>
      a.package.name.localeCompare(b.package.name) ||
      a.package.version.localeCompare(b.package.version) ||
      a.id.localeCompare(b.id),
  );
  return { findings, skipped };
}

/** Packages given only as purls (see packageOfPurl) against the database. */
export function matchPurls(purls: readonly string[], db: AdvisoryLookup): MatchReport {
  return matchInventory({ packages: purls.map(packageOfPurl), warnings: [] }, db);
}

/** Findings only; see matchInventory for the packages that could not be checked. */
export function match(inventory: Inventory, db: AdvisoryLookup): Finding[] {
  return matchInventory(inventory, db).findings;
}
