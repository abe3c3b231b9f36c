import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CacheAdapter } from '../advisories/cache.js';
import { type PreparedDatabase, prepareDatabase, type StaleAction } from '../advisories/freshness.js';
import {
  type AdvisoryLookup,
  exportEcosystems,
  type Finding,
  matchInventory,
  type SkippedPackage,
} from '../advisories/matcher.js';
import { InputError, NotFoundError, OperationError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { readImageConfig } from '../oci/image-config.js';
import type { AccessOptions, Location } from '../oci/opener.js';
import { formatPlatform, parsePlatform, selectPlatform } from '../oci/platform.js';
import { isIndex, type Platform } from '../oci/types.js';
import { imagePurl, type SbomSubject } from '../sbom/formats/subject.js';
import type { Inventory, Package } from '../sbom/model.js';
import {
  isSbomPredicateType,
  type ReadOptions,
  type ReadSbom,
  readSbomFile,
  readSbomValue,
} from '../sbom/readers/index.js';
import type { Allowlist } from '../scan/allowlist.js';
import { type HistoryEntry, type LayerOrigin, layerOrigins } from '../scan/dockerfile-layers.js';
import { applyFilters } from '../scan/filters.js';
import type { ReviewedFinding } from '../scan/finding.js';
import { cyclonedxVulnerabilities } from '../scan/formats/cyclonedx-vex.js';
import { buildJsonReport, type ReportSubject, type ScanReport } from '../scan/formats/json.js';
import { type SarifRunInput, writeSarif } from '../scan/formats/sarif.js';
import { renderTable } from '../scan/formats/table.js';
import { decide, type FailOn, type GateDecision, type UnknownAs } from '../scan/gate.js';
import { parseOpenVex, type VexDocument, type VexSubject } from '../scan/vex.js';
import type { AttachedVex, IgnoredVex } from '../scan/vex-attestations.js';
import type { FoundBundle } from '../sigstore/formats/cosign-bundle.js';
import type { VerifyOptions } from '../sigstore/verifier.js';
import { checkOutputs } from './outputs.js';
import type { Reporter } from './reporter.js';
import { readUserFile } from './user-file.js';

// `lading scan`: an inventory (catalogued now, read from an SBOM file, or from
// the SBOM attestation already attached to an image) matched against the OSV
// advisory database, then the filters (VEX, allowlist, ignore-unfixed, in that
// order), the gate, and every report asked for. The reports are written whatever
// the gate decides: a failing gate is when people need them most.

export const SCAN_OUTPUT_FORMATS = ['json', 'sarif', 'table', 'cyclonedx-json'] as const;
export type ScanOutputFormat = (typeof SCAN_OUTPUT_FORMATS)[number];

export interface ScanOutput {
  format: ScanOutputFormat;
  /** Absent: the text is returned for the caller to print (at most one such output). */
  file?: string;
}

export interface ScanDbOptions {
  dir: string;
  /** OSV export base URL or local directory; default OSV's public bucket. */
  osvUrl?: string;
  offline: boolean;
  maxAgeHours?: number;
  onStale: StaleAction;
  cache?: CacheAdapter;
  userAgent?: string;
}

export interface ScanStepOptions {
  /** Anything `lading sbom` reads, `sbom:FILE`, or `attestation:IMAGE`. */
  source: string;
  access: AccessOptions;
  /** For an index: the platform image to scan (default `defaultPlatform`). */
  platform?: string;
  defaultPlatform: Platform;
  db: ScanDbOptions;
  /** OpenVEX files. */
  vex?: string[];
  /**
   * Also apply the OpenVEX attestations attached to a scanned image (default
   * false; ignored for directories and SBOM files), each only when its
   * signature verifies under `vexTrust`, which it then requires.
   */
  vexFromAttestations?: boolean;
  /** What VEX attestations must be signed by: `lading verify`'s key or keyless identity. */
  vexTrust?: VerifyOptions;
  /** lading's allowlist YAML, or Harbor's CVE allowlist JSON. */
  allowlist?: string;
  ignoreUnfixed?: boolean;
  failOn: FailOn;
  unknownAs?: UnknownAs;
  /** A second source: only findings the change introduced count (fail-on-new-only). */
  base?: string;
  outputs: ScanOutput[];
  /** The Dockerfile that built the image, relative to the repository root (for SARIF locations). */
  dockerfile?: string;
  /** Free VEX product names that stand for the scanned image (govulncheck's `Unknown Product`). */
  vexSubjectNames?: string[];
  /** The clock: allowlist expiry, report time, advisory age. */
  now: Date;
  toolVersion: string;
}

export interface ScanDocument {
  format: ScanOutputFormat;
  file?: string;
  content?: string;
}

export interface AdvisoryAge {
  ecosystem: string;
  fetchedAt?: string;
  ageHours?: number;
  stale: boolean;
}

export interface ScannedSubject {
  /** What the reports call it. */
  report: ReportSubject;
  /** What the user typed. */
  source: string;
  inventory: Inventory;
  /** For an SBOM file or attestation: the document's format. */
  sbom?: Pick<ReadSbom, 'format' | 'specVersion'>;
  /** Manifest digests that are the image (platform manifest, index), for VEX. */
  digests: Digest[];
  sbomSubject: SbomSubject;
  /** Directory scanned, absolute, for lockfile locations. */
  directory?: string;
}

/** The Dockerfile lines findings point at: the instruction that made a package's layer, else FROM. */
export interface DockerfileMap {
  /** As the user gave it, relative to the repository root. */
  path: string;
  /** The final stage's FROM line. */
  fromLine?: number;
  /** By layer digest, from the image's build history. */
  origins: Map<string, LayerOrigin>;
}

/** Where a finding points in the Dockerfile, and what a reader should know about that line. */
export function dockerfileLocation(
  map: DockerfileMap,
  pkg: Package,
): { path: string; line?: number; note?: string } {
  const layer = pkg.locations.find((l) => l.layer)?.layer;
  const origin = layer ? map.origins.get(layer) : undefined;
  if (origin) return { path: map.path, line: origin.line, ...(origin.note ? { note: origin.note } : {}) };
  return {
    path: map.path,
    ...(map.fromLine ? { line: map.fromLine } : {}),
    note: 'the layer that holds this package is not known; pointing at FROM',
  };
}

export interface ScanStepResult {
  subject: ScannedSubject;
  report: ScanReport;
  decision: GateDecision;
  findings: ReviewedFinding[];
  skipped: SkippedPackage[];
  /** The base's findings, with `base`. */
  baseFindings?: Finding[];
  warnings: string[];
  /** VEX attestations found but not applied (unsigned, bad signature, another signer…). */
  vexIgnored: IgnoredVex[];
  /** With `dockerfile`: where findings point in it. */
  dockerfile?: DockerfileMap;
  dbAge: AdvisoryAge[];
  documents: ScanDocument[];
}

/** `json=out/scan.json`, `table`: one `-o` value. */
export function parseScanOutput(spec: string, where = '-o'): ScanOutput {
  const eq = spec.indexOf('=');
  const name = (eq === -1 ? spec : spec.slice(0, eq)).trim();
  if (!(SCAN_OUTPUT_FORMATS as readonly string[]).includes(name)) {
    throw new InputError(
      `${where}: unknown scan output format "${name}" (known: ${SCAN_OUTPUT_FORMATS.join(', ')})`,
    );
  }
  if (eq === -1) return { format: name as ScanOutputFormat };
  const file = spec.slice(eq + 1);
  if (file.trim() === '') throw new InputError(`${where}: "${spec}" names no file after "="`);
  return { format: name as ScanOutputFormat, file };
}

const NO_ADVISORIES: AdvisoryLookup = { lookup: () => [], has: () => false };

// The registry client, the catalogers and the SBOM writers load only for the
// subjects and outputs that need them: a rescan of an SBOM file starts without.
async function openImage(image: string, access: AccessOptions): Promise<Location> {
  return (await import('../oci/opener.js')).openLocation(image, 'read', access);
}

export async function scanStep(options: ScanStepOptions, reporter: Reporter): Promise<ScanStepResult> {
  checkOutputs('scan', options.outputs, options.access.cwd);
  const cwd = options.access.cwd;
  const at = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  // Bad filter files fail before any layer is pulled or advisory fetched.
  const vexDocuments: VexDocument[] = [];
  for (const file of options.vex ?? [])
    vexDocuments.push(parseOpenVex(await readUserFile(at(file), file, '--vex'), file));
  const allowlist = options.allowlist
    ? await loadAllowlist(at(options.allowlist), options.allowlist)
    : undefined;

  if (options.vexFromAttestations === true && !options.vexTrust) {
    throw new InputError(
      'vex-from-attestations: an OpenVEX attestation suppresses findings only when its signature verifies; give the public key or the keyless identity (issuer and subject) it must be signed by',
    );
  }

  // Licences are the costliest part of reading an SBOM, and only an SBOM written back carries them.
  const read = { ...options, licenses: options.outputs.some((o) => o.format === 'cyclonedx-json') };
  const subject = await scanSubject(options.source, read, reporter);
  const vexSources = [...(options.vex ?? [])];
  const vexIgnored: IgnoredVex[] = [];
  const image = imageLocationOf(options.source);
  if (options.vexFromAttestations === true && options.vexTrust && subject.report.kind === 'image' && image) {
    const attached = await verifiedVex(image, subject.digests, options.vexTrust, options.access, reporter);
    for (const doc of attached.documents) {
      vexDocuments.push(doc);
      vexSources.push(doc.file);
    }
    vexIgnored.push(...attached.ignored);
  }
  const base = options.base
    ? await scanSubject(options.base, { ...read, licenses: false }, reporter)
    : undefined;
  const ecosystems = [
    ...new Set([...exportEcosystems(subject.inventory), ...(base ? exportEcosystems(base.inventory) : [])]),
  ];

  let prepared: PreparedDatabase | undefined;
  const warnings: string[] = [];
  const log = {
    info: (m: string) => reporter.info(m),
    warn: (m: string) => {
      warnings.push(m);
      reporter.warn(m);
    },
  };
  if (ecosystems.length > 0) {
    prepared = await prepareDatabase({
      dir: resolve(cwd, options.db.dir),
      ecosystems,
      source: async () => {
        const { OSV_PUBLIC_URL, openSource } = await import('../advisories/source.js');
        return openSource(options.db.osvUrl ?? OSV_PUBLIC_URL, {
          warn: log.warn,
          ...(options.db.userAgent ? { userAgent: options.db.userAgent } : {}),
        });
      },
      policy: {
        offline: options.db.offline,
        onStale: options.db.onStale,
        ...(options.db.maxAgeHours !== undefined ? { maxAgeHours: options.db.maxAgeHours } : {}),
      },
      log,
      now: () => options.now,
      ...(options.db.cache ? { cache: options.db.cache } : {}),
    });
  } else {
    reporter.info(`${subject.source}: no package lading has advisories for; nothing to match`);
  }
  try {
    const lookup = prepared?.db ?? NO_ADVISORIES;
    const matched = matchInventory(subject.inventory, lookup);
    const baseFindings = base ? matchInventory(base.inventory, lookup).findings : undefined;
    for (const w of subject.inventory.warnings)
      warnings.push(w.message.includes(w.path) ? w.message : `${w.path}: ${w.message}`);

    const vexSubject: VexSubject = {
      digests: subject.digests,
      ...(subject.sbomSubject.kind === 'image' ? { purl: imagePurl(subject.sbomSubject) } : {}),
      ...(options.vexSubjectNames ? { subjectNames: options.vexSubjectNames } : {}),
    };
    for (const i of vexIgnored) warnings.push(`OpenVEX ${i.source}: ignored: ${i.because}: ${i.reason}`);
    const filtered = applyFilters(matched.findings, {
      ...(vexDocuments.length > 0 ? { vex: { documents: vexDocuments, subject: vexSubject } } : {}),
      ...(allowlist ? { allowlist } : {}),
      ignoreUnfixed: Boolean(options.ignoreUnfixed),
      now: options.now,
    });
    for (const w of filtered.warnings) {
      warnings.push(w);
      reporter.warn(w);
    }
    const decision = decide(filtered.findings, {
      failOn: options.failOn,
      ...(options.unknownAs ? { unknownAs: options.unknownAs } : {}),
      ...(baseFindings ? { base: baseFindings } : {}),
    });

    const dbAge: AdvisoryAge[] = (prepared?.ecosystems ?? []).map((e) => ({
      ecosystem: e.ecosystem,
      ...(e.fetchedAt ? { fetchedAt: e.fetchedAt } : {}),
      ...(e.ageHours !== undefined ? { ageHours: Math.round(e.ageHours * 100) / 100 } : {}),
      stale: e.stale,
    }));
    const oldest = dbAge
      .map((a) => a.fetchedAt)
      .filter((t): t is string => t !== undefined)
      .sort()[0];
    const report = buildJsonReport({
      toolVersion: options.toolVersion,
      generatedAt: options.now,
      subject: subject.report,
      findings: filtered.findings,
      decision,
      filters: {
        vex: vexSources,
        ...(options.allowlist ? { allowlist: options.allowlist } : {}),
        ignoreUnfixed: Boolean(options.ignoreUnfixed),
      },
      ...(oldest ? { advisoriesUpdatedAt: oldest } : {}),
      skipped: matched.skipped,
      warnings,
    });

    const dockerfile = options.dockerfile
      ? await dockerfileMap(options.dockerfile, subject, image, options, reporter)
      : undefined;
    const documents: ScanDocument[] = [];
    for (const output of options.outputs) {
      const text = await render(output.format, {
        report,
        findings: filtered.findings,
        subject,
        options,
        ...(dockerfile ? { dockerfile } : {}),
      });
      if (!output.file) {
        documents.push({ format: output.format, content: text });
        continue;
      }
      const file = at(output.file);
      await writeAtomically(file, text);
      reporter.debug(`wrote ${output.format} to ${file}`);
      documents.push({ format: output.format, file });
    }
    reporter.info(`${subject.source}: ${decision.reason}`);
    return {
      subject,
      report,
      decision,
      findings: filtered.findings,
      skipped: matched.skipped,
      ...(baseFindings ? { baseFindings } : {}),
      warnings,
      vexIgnored,
      ...(dockerfile ? { dockerfile } : {}),
      dbAge,
      documents,
    };
  } finally {
    prepared?.db.close();
  }
}

/** lading's YAML allowlist, or Harbor's CVE allowlist JSON (an object with `items` or `cve_allowlist`). */
async function loadAllowlist(path: string, shown: string): Promise<Allowlist> {
  const text = await readUserFile(path, shown, '--allowlist');
  // Loaded here: the YAML parser is a large module and most scans have no allowlist.
  const { importHarborAllowlist, parseAllowlist } = await import('../scan/allowlist.js');
  if (/^\s*\{/.test(text) && /"(items|cve_allowlist)"\s*:/.test(text))
    return importHarborAllowlist(text, shown);
  return parseAllowlist(text, shown);
}

/** Reads what SOURCE names into an inventory and says what it is. */
export async function scanSubject(
  source: string,
  options: Pick<ScanStepOptions, 'access' | 'platform' | 'defaultPlatform' | 'toolVersion' | 'now'> &
    ReadOptions,
  reporter: Reporter,
): Promise<ScannedSubject> {
  if (source.startsWith('sbom:')) {
    const file = source.slice('sbom:'.length);
    if (!file) throw new InputError(`${source}: name the SBOM file after "sbom:"`);
    const read = await readSbomFile(resolve(options.access.cwd, file), file, options);
    reporter.info(
      `${file}: ${read.format === 'spdx' ? read.specVersion : `CycloneDX ${read.specVersion}`}, ${read.inventory.packages.length} package(s)`,
    );
    return fromSbom(source, read, { kind: 'sbom', file });
  }
  if (source.startsWith('attestation:')) {
    const image = source.slice('attestation:'.length);
    if (!image) throw new InputError(`${source}: name the image after "attestation:"`);
    return fromAttestation(source, image, options, reporter);
  }
  const { sbomStep } = await import('./sbom.js');
  const result = await sbomStep(
    {
      source,
      ...(options.platform ? { platform: options.platform } : {}),
      defaultPlatform: options.defaultPlatform,
      outputs: [],
      access: options.access,
      created: options.now,
      toolVersion: options.toolVersion,
    },
    reporter,
  );
  const r = result.results[0];
  if (!r) throw new NotFoundError(`${source}: nothing was catalogued`);
  if (r.subject.kind === 'directory') {
    const path = source.startsWith('dir:') ? source.slice(4) : source;
    return {
      report: { kind: 'directory', name: r.subject.name },
      source,
      inventory: r.inventory,
      digests: [],
      sbomSubject: r.subject,
      directory: resolve(options.access.cwd, path),
    };
  }
  return {
    report: {
      kind: 'image',
      repository: r.subject.name,
      digest: r.subject.digest,
      ...(r.subject.tag ? { tag: r.subject.tag } : {}),
      ...(r.subject.platform ? { platform: r.subject.platform } : {}),
    },
    source,
    inventory: r.inventory,
    digests: [r.subject.digest],
    sbomSubject: r.subject,
  };
}

function fromSbom(
  source: string,
  read: ReadSbom,
  fallback: ReportSubject,
  extraDigests: Digest[] = [],
): ScannedSubject {
  const sbom = { format: read.format, specVersion: read.specVersion };
  if (read.subject?.kind === 'image') {
    const s = read.subject;
    return {
      report: {
        kind: 'image',
        repository: s.name,
        digest: s.digest,
        ...(s.tag ? { tag: s.tag } : {}),
        ...(s.platform ? { platform: s.platform } : {}),
      },
      source,
      inventory: read.inventory,
      sbom,
      digests: [...new Set([s.digest, ...extraDigests])],
      sbomSubject: s,
    };
  }
  const name =
    fallback.kind === 'sbom'
      ? fallback.file
      : fallback.kind === 'directory'
        ? fallback.name
        : fallback.repository;
  return {
    report: fallback,
    source,
    inventory: read.inventory,
    sbom,
    digests: extraDigests,
    sbomSubject: { kind: 'directory', name },
  };
}

/**
 * The SBOM attestation attached to an image as a Sigstore bundle referrer
 * (cosign 3 and lading attest write them so). The bundle is read, not verified:
 * `lading verify --require-attestation` is the step that checks who signed it.
 */
async function fromAttestation(
  source: string,
  image: string,
  options: Pick<ScanStepOptions, 'access' | 'platform' | 'defaultPlatform'> & ReadOptions,
  reporter: Reporter,
): Promise<ScannedSubject> {
  const { ANNOTATION_PREDICATE_TYPE, findBundles } = await import('../sigstore/formats/cosign-bundle.js');
  const location = await openImage(image, options.access);
  try {
    const store = location.store;
    const root = await store.resolve(location.reference);
    const fetched = await store.fetchManifest(root);
    let digest = fetched.descriptor.digest;
    const digests: Digest[] = [digest];
    let platform: Platform | undefined;
    if (isIndex(fetched.manifest)) {
      const want = options.platform ? parsePlatform(options.platform) : options.defaultPlatform;
      const chosen = selectPlatform(fetched.manifest, want, `${location.display}@${digest}`);
      platform = chosen.platform;
      digest = chosen.digest;
      digests.unshift(digest);
    }
    // The platform image's SBOM first, then one attached to the index.
    for (const subjectDigest of digests) {
      const found: FoundBundle[] = [];
      for (const type of ['https://spdx.dev/Document', 'https://cyclonedx.org/bom']) {
        for (const b of await findBundles(store, subjectDigest, type)) {
          const predicate = b.descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
          if (predicate !== undefined && !isSbomPredicateType(predicate)) continue;
          if (!found.some((f) => f.descriptor.digest === b.descriptor.digest)) found.push(b);
        }
      }
      // The newest attestation wins when an image was attested more than once.
      found.sort((a, b) =>
        (b.descriptor.annotations?.['org.opencontainers.image.created'] ?? '').localeCompare(
          a.descriptor.annotations?.['org.opencontainers.image.created'] ?? '',
        ),
      );
      for (const b of found) {
        const where = `${location.display}@${b.descriptor.digest}`;
        if (b.error || b.bundle === undefined) {
          reporter.warn(`SBOM attestation ${where}: ${b.error ?? 'unreadable'}; skipped`);
          continue;
        }
        let read: ReadSbom;
        try {
          read = readSbomValue(b.bundle, `SBOM attestation ${where}`, options);
        } catch (err) {
          // An attestation of another predicate type without the annotation.
          if (err instanceof InputError && /not an SBOM/.test(err.message)) continue;
          throw err;
        }
        reporter.info(
          `${where}: SBOM attestation of ${location.display}@${subjectDigest} (${read.format} ${read.specVersion}), ${read.inventory.packages.length} package(s); not verified here`,
        );
        const withSubject: ReadSbom = {
          ...read,
          subject: {
            kind: 'image',
            name: location.display,
            digest,
            ...(location.reference && !location.reference.includes(':') ? { tag: location.reference } : {}),
            ...(platform ? { platform } : {}),
          },
        };
        return fromSbom(source, withSubject, { kind: 'sbom', file: image }, digests);
      }
    }
    throw new NotFoundError(
      `${location.display}@${digest}${platform ? ` (${formatPlatform(platform)})` : ''}: no SBOM attestation (SPDX or CycloneDX predicate) is attached as a referrer`,
    );
  } finally {
    await location.close();
  }
}

/** Where the scanned image lives, for reading its referrers; undefined for SBOM files and trees. */
function imageLocationOf(source: string): string | undefined {
  if (source.startsWith('attestation:')) return source.slice('attestation:'.length);
  if (source.startsWith('sbom:') || source.startsWith('dir:')) return undefined;
  return source;
}

/**
 * The OpenVEX attestations attached to the image (its platform manifest and,
 * for an index, the index), those whose signature verifies under `trust`.
 */
async function verifiedVex(
  image: string,
  digests: readonly Digest[],
  trust: VerifyOptions,
  access: AccessOptions,
  reporter: Reporter,
): Promise<AttachedVex> {
  const location = await openImage(image, access);
  try {
    const store = location.store;
    const subjects = [...digests];
    // An image catalogued through its tag: the index the tag names also counts, if it holds this image.
    if (location.reference && subjects.length === 1) {
      const root = await store.resolve(location.reference).catch(() => undefined);
      if (root && !subjects.includes(root.digest)) {
        const { manifest } = await store.fetchManifest(root);
        if (isIndex(manifest) && manifest.manifests.some((m) => m.digest === subjects[0]))
          subjects.push(root.digest);
      }
    }
    // Loaded on demand: the Sigstore verifier is heavy and most scans read no attestation.
    const { attachedVex } = await import('../scan/vex-attestations.js');
    return await attachedVex(store, location.display, subjects, trust, reporter);
  } finally {
    await location.close();
  }
}

interface RenderInput {
  report: ScanReport;
  findings: ReviewedFinding[];
  subject: ScannedSubject;
  options: ScanStepOptions;
  dockerfile?: DockerfileMap;
}

/**
 * The Dockerfile read once, and each layer of the scanned image placed on the
 * instruction that made it, from the image config's history (one manifest and
 * one config fetch; no layer is pulled). An unreadable Dockerfile or image
 * leaves every finding on the FROM line, with a warning.
 */
async function dockerfileMap(
  path: string,
  subject: ScannedSubject,
  image: string | undefined,
  options: ScanStepOptions,
  reporter: Reporter,
): Promise<DockerfileMap> {
  let text: string;
  try {
    text = await readFile(resolve(options.access.cwd, path), 'utf8');
  } catch (err) {
    reporter.warn(
      `--dockerfile ${path}: ${(err as Error).message}; findings point at the file without a line`,
    );
    return { path, origins: new Map() };
  }
  const fromLine = lastFromLine(text);
  const map: DockerfileMap = { path, ...(fromLine ? { fromLine } : {}), origins: new Map() };
  const digest = subject.report.kind === 'image' ? subject.digests[0] : undefined;
  if (!image || !digest) return map;
  try {
    const location = await openImage(image, options.access);
    try {
      const { manifest } = await location.store.fetchManifest({ digest });
      if (!('layers' in manifest) || !('config' in manifest)) return map;
      const config = await readImageConfig(location.store, manifest.config);
      const history = Array.isArray(config.history) ? (config.history as HistoryEntry[]) : [];
      map.origins = layerOrigins(
        text,
        manifest.layers.map((l) => l.digest),
        history,
      );
      const placed = [...map.origins.values()].filter((o) => o.kind === 'instruction').length;
      reporter.debug(`${path}: ${placed} of ${manifest.layers.length} layer(s) placed on an instruction`);
    } finally {
      await location.close();
    }
  } catch (err) {
    reporter.warn(
      `--dockerfile ${path}: the build history of ${subject.source} could not be read (${(err as Error).message.split('\n')[0]}); findings point at FROM`,
    );
  }
  return map;
}

async function render(format: ScanOutputFormat, input: RenderInput): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(input.report, null, 2)}\n`;
    case 'table':
      return renderTable(input.findings);
    case 'sarif':
      return writeSarif([await sarifRun(input)], { toolVersion: input.options.toolVersion });
    case 'cyclonedx-json':
      return (await import('../sbom/formats/index.js')).writeSbom(
        'cyclonedx-json',
        input.subject.inventory,
        input.subject.sbomSubject,
        {
          created: input.options.now,
          toolVersion: input.options.toolVersion,
          vulnerabilities: cyclonedxVulnerabilities(input.findings),
        },
      );
  }
}

async function sarifRun(input: RenderInput): Promise<SarifRunInput> {
  const { subject, options } = input;
  const run: SarifRunInput = { findings: input.findings };
  const s = subject.report;
  if (s.kind === 'image') {
    run.image = {
      repository: s.repository,
      digest: s.digest,
      ...(s.tag ? { tag: s.tag } : {}),
      ...(s.platform ? { platform: s.platform } : {}),
    };
  } else {
    run.directory = s.kind === 'directory' ? s.name : s.file;
  }
  const map = input.dockerfile;
  if (map) {
    run.dockerfile = {
      path: map.path,
      ...(map.fromLine ? { line: map.fromLine } : {}),
      lineOfLayer: (layer) => map.origins.get(layer)?.line,
    };
  }
  if (subject.directory) run.locate = await lockfileLocator(subject.directory, options.access.cwd);
  return run;
}

/**
 * The final stage's FROM line: without the build's history, the base image is
 * where OS packages came from, and the line a reviewer would change.
 */
export function lastFromLine(dockerfile: string): number | undefined {
  let found: number | undefined;
  dockerfile.split('\n').forEach((line, i) => {
    if (/^\s*FROM\s/i.test(line)) found = i + 1;
  });
  return found;
}

/**
 * Where a package of a source scan is declared: its lockfile (relative to the
 * working directory, as code scanning wants paths from the repository root)
 * and the first line naming it. Files are read once each.
 */
export async function lockfileLocator(
  root: string,
  cwd: string,
): Promise<(pkg: Package) => { path: string; line?: number } | undefined> {
  const texts = new Map<string, string[] | undefined>();
  return (pkg: Package) => {
    const location = pkg.locations[0];
    if (!location) return undefined;
    const abs = join(root, location.path);
    const path = relative(cwd, abs).split('\\').join('/');
    if (path.startsWith('..')) return undefined;
    let lines = texts.get(abs);
    if (!texts.has(abs)) {
      lines = readTextSync(abs);
      texts.set(abs, lines);
    }
    const needles = [
      `"node_modules/${pkg.name}"`,
      `"${pkg.name}"`,
      `${pkg.name}@`,
      `${pkg.name}==`,
      `name = "${pkg.name}"`,
    ];
    const index = lines?.findIndex((l) => needles.some((n) => l.includes(n)) && l.includes(pkg.name)) ?? -1;
    return index >= 0 ? { path, line: index + 1 } : { path };
  };
}

function readTextSync(path: string): string[] | undefined {
  try {
    // Lockfiles are small next to an image; reading synchronously keeps the locator a plain function.
    return readFileSync(path, 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

/** Whole file or nothing: a reader never sees half a report, and a failure leaves no file behind. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new OperationError(`scan: cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}

export interface RescanStepOptions extends Omit<ScanStepOptions, 'source' | 'base'> {
  /** Pushed images, each `IMAGE@sha256:…` (an `attestation:` prefix is allowed). */
  images: string[];
}

export interface RescanStepResult {
  /** One scan per image, in the order given. */
  results: ScanStepResult[];
  /** The gate over all images: passed only when every image passed. */
  passed: boolean;
}

/**
 * Point 6, the nightly "old image, new CVE" run: each pushed image scanned
 * from its SBOM attestation (no layer pulled) against today's advisories, one
 * report per image. Report files get the image's position as a suffix
 * (`scan.json` → `scan-1.json`, `scan-2.json`) when there is more than one.
 */
export async function rescanStep(options: RescanStepOptions, reporter: Reporter): Promise<RescanStepResult> {
  if (options.images.length === 0) throw new InputError('--rescan: name at least one IMAGE@DIGEST');
  const sources = options.images.map((image) => rescanSource(image));
  // Several JSON or SARIF documents on one stdout would run together; tables read well in sequence.
  const shared =
    sources.length > 1 ? options.outputs.find((o) => !o.file && o.format !== 'table') : undefined;
  if (shared) {
    throw new InputError(
      `--rescan: ${shared.format} reports of ${sources.length} images cannot share standard output; give a file (-o ${shared.format}=FILE)`,
    );
  }
  const results: ScanStepResult[] = [];
  for (const [i, source] of sources.entries()) {
    const suffix = sources.length > 1 ? `-${i + 1}` : '';
    const { images: _images, ...rest } = options;
    results.push(
      await scanStep(
        {
          ...rest,
          source,
          outputs: options.outputs.map((o) => (o.file ? { ...o, file: withSuffix(o.file, suffix) } : o)),
        },
        reporter,
      ),
    );
  }
  return { results, passed: results.every((r) => r.decision.passed) };
}

/** `IMAGE@DIGEST` (or `attestation:IMAGE@DIGEST`) → the `attestation:` source that scans it. */
export function rescanSource(image: string, where = '--rescan'): string {
  const ref = image.startsWith('attestation:') ? image.slice('attestation:'.length) : image;
  // A rescan is about the image that was pushed, not whatever a tag names tonight.
  if (!/@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(ref)) {
    throw new InputError(`${where} ${image}: name the pushed image by digest (IMAGE@sha256:…), not by tag`);
  }
  return `attestation:${ref}`;
}

/** `out/scan.json` + `-2` → `out/scan-2.json`. */
export function withSuffix(file: string, suffix: string): string {
  if (!suffix) return file;
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? `${file.slice(0, dot)}${suffix}${file.slice(dot)}` : `${file}${suffix}`;
}
