import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { SeverityLevel } from '../../advisories/severity.js';
import { InputError } from '../../errors.js';
import type { Digest } from '../../oci/digest.js';
import type { Platform } from '../../oci/types.js';
import { platformText } from '../../sbom/formats/subject.js';
import type { Package } from '../../sbom/model.js';
import { type ReviewedFinding, suppression } from '../finding.js';
import { packageIdentity } from '../gate.js';

// SARIF 2.1.0 for GitHub code scanning: one run per image, each with its own
// category in `automationDetails.id` (from the repository and platform, up to
// the last `/`), so several images uploaded from one workflow never replace
// each other's alerts; after it, the image digest, so each analysis and each
// alert's message names the image it is about. One rule per vulnerability, one
// result per affected package. Suppressed findings stay, with a SARIF
// `suppressions` entry saying what suppressed them (code scanning closes them).
//
// Where a result points, first that applies: the lockfile line that declares
// the package (source scans, when the caller can locate it), the Dockerfile the
// caller names, else the image itself as an artifact location.
//
// `partialFingerprints.ladingFinding/v1` hashes the category, vulnerability id
// and package identity (purl without version or qualifiers): stable across
// runs and across a version bump that keeps the vulnerability, like the gate's
// new-vs-base identity.

export interface SarifImage {
  /** Repository as the user named it, without tag or digest: `ghcr.io/acme/app`. */
  repository: string;
  digest?: string;
  tag?: string;
  platform?: Platform;
}

export interface SarifRunInput {
  /** The image scanned; or `directory` for a source scan. */
  image?: SarifImage;
  directory?: string;
  findings: readonly ReviewedFinding[];
  /**
   * The Dockerfile that built the image, relative to the repository root; `line`
   * for every result, or `lineOfLayer` for the instruction that produced the
   * layer a package was found in (from the build's history), when known.
   */
  dockerfile?: { path: string; line?: number; lineOfLayer?: (layer: Digest) => number | undefined };
  /** Where a package is declared (lockfile path from the repository root, and line), when known. */
  locate?: (pkg: Package) => { path: string; line?: number } | undefined;
}

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub's bands: critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. Used when no CVSS score decided. */
const BAND_SCORE: Record<Exclude<SeverityLevel, 'unknown'>, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  none: '0.0',
};

/** The code scanning category of a run: `lading/image/ghcr.io/acme/app/linux/amd64/`. */
export function sarifCategory(run: Pick<SarifRunInput, 'image' | 'directory'>): string {
  if (run.image) {
    const platform = run.image.platform ? platformText(run.image.platform) : 'any';
    return `lading/image/${run.image.repository.toLowerCase()}/${platform}/`;
  }
  return `lading/dir/${run.directory ?? '.'}/`;
}

export function buildSarif(runs: readonly SarifRunInput[], options: SarifOptions): Sarif.Log {
  const categories = new Set<string>();
  for (const r of runs) {
    const c = sarifCategory(r);
    if (categories.has(c))
      throw new InputError(`SARIF: two runs share the category ${c}; give each image its platform`);
    categories.add(c);
  }
  return { $schema: SCHEMA, version: '2.1.0', runs: runs.map((r) => runOf(r, options)) };
}

export function writeSarif(runs: readonly SarifRunInput[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(runs, options), null, 2)}\n`;
}

function runOf(input: SarifRunInput, options: SarifOptions): Sarif.Run {
  const category = sarifCategory(input);
  const byRule = new Map<string, ReviewedFinding[]>();
  for (const f of input.findings) {
    const list = byRule.get(f.finding.id) ?? [];
    list.push(f);
    byRule.set(f.finding.id, list);
  }
  const ruleIds = [...byRule.keys()].sort();
  const rules = ruleIds.map((id) => ruleOf(id, byRule.get(id) as ReviewedFinding[]));
  const results: Sarif.Result[] = [];
  for (const [ruleIndex, id] of ruleIds.entries()) {
    for (const f of byRule.get(id) as ReviewedFinding[])
      results.push(resultOf(f, ruleIndex, input, category));
  }
  const driver: Sarif.ToolComponent = { name: 'lading', version: options.toolVersion, rules };
  if (options.informationUri) driver.informationUri = options.informationUri;
  const run: Sarif.Run = {
    tool: { driver },
    // The id's last segment is the run's own (code scanning keys alerts on the category before it):
    // the digest names the very image each analysis is about without splitting its alerts.
    automationDetails: {
      id: input.image?.digest ? `${category}${input.image.digest}` : category,
      description: { text: `lading scan of ${subjectText(input)}` },
    },
    results,
  };
  const properties: Record<string, string> = {};
  if (input.image) {
    properties.repository = input.image.repository;
    if (input.image.digest) properties.digest = input.image.digest;
    if (input.image.tag) properties.tag = input.image.tag;
    if (input.image.platform) properties.platform = platformText(input.image.platform);
  } else properties.directory = input.directory ?? '.';
  run.properties = properties;
  return run;
}

/** `ghcr.io/acme/app:1.0@sha256:… (linux/amd64)`, or `directory services/api`. */
function subjectText(input: Pick<SarifRunInput, 'image' | 'directory'>): string {
  const i = input.image;
  if (!i) return `directory ${input.directory ?? '.'}`;
  return `${i.repository}${i.tag ? `:${i.tag}` : ''}${i.digest ? `@${i.digest}` : ''}${i.platform ? ` (${platformText(i.platform)})` : ''}`;
}

function levelOf(severity: SeverityLevel): Sarif.ReportingConfiguration.level {
  if (severity === 'critical' || severity === 'high' || severity === 'unknown') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

function ruleOf(id: string, findings: readonly ReviewedFinding[]): Sarif.ReportingDescriptor {
  const first = findings[0]?.finding;
  const worst = findings.reduce((a, b) =>
    severityRank(b.finding.severity.level) > severityRank(a.finding.severity.level) ? b : a,
  ).finding;
  const scored = findings
    .map((f) => f.finding.severity.score?.baseScore)
    .filter((s): s is number => typeof s === 'number');
  const level = worst.severity.level;
  const properties: Record<string, unknown> = {
    tags: ['security', 'vulnerability', level === 'unknown' ? 'unknown-severity' : level],
    precision: 'very-high',
  };
  if (scored.length > 0) properties['security-severity'] = Math.max(...scored).toFixed(1);
  else if (level !== 'unknown') properties['security-severity'] = BAND_SCORE[level];
  const summary = first?.summary ?? id;
  const advisory = first?.advisories[0] ?? id;
  const aliases = [...new Set(findings.flatMap((f) => f.finding.ids))].filter((i) => i !== id);
  const rows = findings.map(
    (f) =>
      `| ${md(f.finding.package.name)} | ${md(f.finding.package.version)} | ${md(f.finding.fixed.join(', ') || 'none yet')} |`,
  );
  const markdown = [
    `**${md(id)}**: ${md(summary)}`,
    '',
    `Severity: **${level}** (${md(worst.severity.basis)})${aliases.length > 0 ? `. Also known as ${aliases.map(md).join(', ')}` : ''}.`,
    '',
    '| Package | Installed | Fixed in |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `Upgrade each package to a fixed version, or record why it does not apply (OpenVEX or the allowlist). Details: https://osv.dev/vulnerability/${advisory}`,
  ].join('\n');
  const text = `${id}: ${summary}. Fixed in: ${findings.map((f) => `${f.finding.package.name} ${f.finding.fixed.join(', ') || 'none yet'}`).join('; ')}.`;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: `${id} (${level})` },
    fullDescription: { text: summary },
    helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(advisory)}`,
    help: { text, markdown },
    defaultConfiguration: { level: levelOf(level) },
    properties,
  };
}

function resultOf(
  r: ReviewedFinding,
  ruleIndex: number,
  input: SarifRunInput,
  category: string,
): Sarif.Result {
  const f = r.finding;
  const where = subjectText(input);
  const fix = f.fixed.length > 0 ? `fixed in ${f.fixed.join(', ')}` : 'no fixed version yet';
  const result: Sarif.Result = {
    ruleId: f.id,
    ruleIndex,
    level: levelOf(f.severity.level),
    message: {
      text: `${f.package.name} ${f.package.version} is affected by ${f.id} (${f.severity.level}); ${fix}. In ${where}.`,
    },
    locations: [locationOf(r, input)],
    partialFingerprints: {
      'ladingFinding/v1': createHash('sha256')
        .update(`${category}\u0000${f.id}\u0000${packageIdentity(f)}`)
        .digest('hex'),
    },
    properties: {
      ...(input.image ? { image: where } : {}),
      purl: f.package.purl,
      installedVersion: f.package.version,
      fixedVersions: f.fixed,
      ids: f.ids,
      severity: f.severity.level,
      status: f.status,
    },
  };
  const s = suppression(r);
  if (s) {
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: `${s.filter}: ${s.reason}${s.source ? ` (${s.source})` : ''}`,
      },
    ];
  }
  return result;
}

function locationOf(r: ReviewedFinding, input: SarifRunInput): Sarif.Location {
  const pkg = r.finding.package;
  const located = input.locate?.(pkg);
  if (located) return physical(located.path, located.line);
  if (!input.image) {
    const path = pkg.locations[0]?.path;
    if (path) {
      const dir = input.directory && input.directory !== '.' ? `${input.directory.replace(/\/+$/, '')}/` : '';
      return physical(`${dir}${path}`);
    }
  }
  if (input.dockerfile) {
    const layer = pkg.locations.find((l) => l.layer)?.layer;
    const line = (layer && input.dockerfile.lineOfLayer?.(layer)) || input.dockerfile.line;
    return physical(input.dockerfile.path, line);
  }
  const uri = input.image ? input.image.repository : (input.directory ?? '.');
  return physical(uri);
}

function physical(uri: string, line?: number): Sarif.Location {
  const location: Sarif.PhysicalLocation = { artifactLocation: { uri: uri.replace(/^\.?\//, '') || '.' } };
  // Code scanning needs a region to annotate a line; without a known line it shows the file.
  location.region = { startLine: line && line > 0 ? line : 1 };
  return { physicalLocation: location };
}

function severityRank(level: SeverityLevel): number {
  return { unknown: 5, critical: 4, high: 3, medium: 2, low: 1, none: 0 }[level];
}

/** Markdown-safe cell text (SARIF help is rendered by GitHub). */
function md(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
