import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { describeError, InputError } from '../errors.js';
import {
  booleanInput,
  choiceInput,
  inlineOrFileInput,
  listInput,
  maskSecret,
  matcher,
  numberInput,
  registryAccessInput,
  wholeNumberInput,
  workspacePath,
} from '../github/action-inputs.js';
import { reportArtifactName, uploadArtifact } from '../github/artifact.js';
import { actionsCacheAdapter } from '../github/cache.js';
import { commentOnPullRequest } from '../github/pr-comment.js';
import { actionsReporter } from '../github/reporter.js';
import { fitSummary } from '../github/summary.js';
import { bySeverity, scanPullRequestComment, scanSummaryMarkdown } from '../report/scan-summary.js';
import type { ReviewedFinding } from '../scan/finding.js';
import { FAIL_ON, type FailOn, UNKNOWN_AS, type UnknownAs } from '../scan/gate.js';
import {
  dockerfileLocation,
  lockfileLocator,
  parseScanOutput,
  rescanSource,
  type ScanOutput,
  type ScanStepOptions,
  type ScanStepResult,
  scanStep,
  withSuffix,
} from '../steps/scan.js';

// actions/scan: inputs → scanStep → outputs, job summary, annotations on the
// Dockerfile and lockfile lines, one pull-request comment edited in place.
// The advisory database travels in the Actions cache; without a cache service
// the run goes on and fetches what it needs.

function sourceFromInputs(): string[] {
  const image = core.getInput('image').trim();
  const path = core.getInput('path').trim();
  const sbom = core.getInput('sbom').trim();
  const rescan = listInput('rescan');
  const given = [image && 'image', path && 'path', sbom && 'sbom', rescan.length > 0 && 'rescan'].filter(
    Boolean,
  );
  if (given.length !== 1) {
    throw new InputError(
      `give exactly one of image, path, sbom or rescan (got ${given.length === 0 ? 'none' : given.join(', ')})`,
    );
  }
  if (image) return [image];
  if (path) return [path.startsWith('dir:') ? path : `dir:${path}`];
  if (sbom) return [sbom.startsWith('sbom:') ? sbom : `sbom:${sbom}`];
  // Point 6: pushed images rescanned from their SBOM attestations, no layer pulled.
  return rescan.map((r) => rescanSource(r, 'rescan:'));
}

/** Who must have signed the OpenVEX attestations applied: `actions/verify`'s trust inputs, `vex-` prefixed. */
async function vexTrustFromInputs(offline: boolean, temp: string, workspace: string) {
  const names = [
    'vex-key',
    'vex-certificate-identity',
    'vex-certificate-identity-regexp',
    'vex-certificate-oidc-issuer',
    'vex-certificate-oidc-issuer-regexp',
    'vex-trusted-root',
  ];
  if (!names.some((n) => core.getInput(n).trim() !== '')) return undefined;
  const { vexTrust } = await import('../scan/vex-trust.js');
  const key = await inlineOrFileInput('vex-key', workspace);
  const root = await inlineOrFileInput('vex-trusted-root', workspace);
  const subject = matcher('vex-certificate-identity');
  const issuer = matcher('vex-certificate-oidc-issuer');
  return vexTrust({
    ...(key ? { key: { text: key, where: '' } } : {}),
    ...(root ? { trustedRoot: { text: root, where: 'vex-trusted-root' } } : {}),
    ...(subject ? { subject } : {}),
    ...(issuer ? { issuer } : {}),
    tuf: { cacheDir: join(temp, 'lading-tuf'), offline },
    names: {
      key: 'vex-key',
      subject: 'vex-certificate-identity',
      issuer: 'vex-certificate-oidc-issuer',
      subjectRegexp: 'vex-certificate-identity-regexp',
      issuerRegexp: 'vex-certificate-oidc-issuer-regexp',
    },
  });
}

async function main(): Promise<void> {
  const workspace = workspacePath();
  const access = registryAccessInput('lading-action/scan', workspace);
  const token = core.getInput('github-token');
  if (token) maskSecret(token);
  const comment = booleanInput('comment', true);

  const sources = sourceFromInputs();
  const rescanning = listInput('rescan').length > 0;
  const temp = process.env.RUNNER_TEMP || tmpdir();
  const failOn = choiceInput<FailOn>('fail-on', FAIL_ON, 'none');
  const unknownAs = choiceInput<UnknownAs>('unknown-as', UNKNOWN_AS, 'critical');
  const age = numberInput('max-age', 'hours');
  const cap = wholeNumberInput('annotations', 10);
  const vexFromAttestations = booleanInput('vex-from-attestations', false);
  const dockerfile = core.getInput('dockerfile').trim();
  const sarifFile = core.getInput('sarif-file').trim();
  const allowlist = core.getInput('allowlist').trim();
  const base = core.getInput('base').trim();
  if (base && rescanning)
    throw new InputError('base: a rescan has no base; it scans each pushed image as it is');
  const extraOutputs = listInput('outputs').map((o) => parseScanOutput(o, 'outputs'));
  const dbDir = core.getInput('db-dir').trim() || join(temp, 'lading-osv');
  const osvUrl = core.getInput('osv-url').trim();
  const offline = booleanInput('offline', false);
  const upload = booleanInput('upload-artifact', true);
  const artifactPrefix = core.getInput('artifact-name').trim() || 'lading-scan';
  const vexTrust = await vexTrustFromInputs(offline, temp, workspace);
  if (vexTrust && !vexFromAttestations) {
    throw new InputError(
      'vex-key/vex-certificate-*: they say who must have signed OpenVEX attestations; set vex-from-attestations: true to apply them',
    );
  }
  const cache = actionsCacheAdapter();
  if (!cache) core.info('no Actions cache service here: the advisory database is fetched, not restored');

  const results: { result: ScanStepResult; json: string; full: string[] }[] = [];
  for (const [i, source] of sources.entries()) {
    const suffix = sources.length > 1 ? `-${i + 1}` : '';
    const reportDir = resolve(workspace, join(temp, 'lading-scan'));
    const json = join(reportDir, `report${suffix}.json`);
    // The full report for the artifact: JSON, SARIF and the table, whatever else was asked for.
    const fullReport: ScanOutput[] = upload
      ? [
          { format: 'sarif', file: join(reportDir, `report${suffix}.sarif`) },
          { format: 'table', file: join(reportDir, `report${suffix}.txt`) },
        ]
      : [];
    const outputs: ScanOutput[] = [
      { format: 'json', file: json },
      ...extraOutputs.map((o) => (o.file && suffix ? { ...o, file: withSuffix(o.file, suffix) } : o)),
      { format: 'table' },
      ...fullReport,
    ];
    if (sarifFile)
      outputs.push({ format: 'sarif', file: sources.length > 1 ? withSuffix(sarifFile, suffix) : sarifFile });
    const options: ScanStepOptions = {
      source,
      access,
      defaultPlatform: { os: 'linux', architecture: process.arch === 'arm64' ? 'arm64' : 'amd64' },
      db: {
        dir: dbDir,
        ...(osvUrl ? { osvUrl } : {}),
        offline,
        ...(age !== undefined ? { maxAgeHours: age } : {}),
        onStale: choiceInput('on-stale', ['warn', 'fail'] as const, 'warn'),
        ...(cache ? { cache } : {}),
        userAgent: 'lading-action/scan',
      },
      vex: listInput('vex'),
      vexFromAttestations,
      ...(vexTrust ? { vexTrust } : {}),
      ...(allowlist ? { allowlist } : {}),
      ignoreUnfixed: booleanInput('ignore-unfixed', false),
      failOn,
      unknownAs,
      ...(base ? { base } : {}),
      outputs,
      ...(dockerfile ? { dockerfile } : {}),
      now: new Date(),
      toolVersion: 'action',
    };
    const result = await scanStep(options, actionsReporter);
    for (const d of result.documents) if (d.content) core.info(d.content);
    results.push({ result, json, full: [json, ...fullReport.map((o) => o.file as string)] });
  }

  let artifact: string | undefined;
  if (upload) {
    const name = reportArtifactName(
      artifactPrefix,
      results.map(({ result }) => {
        const s = result.subject.report;
        return s.kind === 'image'
          ? { name: s.repository, digest: s.digest }
          : { name: s.kind === 'directory' ? s.name : s.file };
      }),
    );
    const outcome = await uploadArtifact(
      name,
      results.flatMap((r) => r.full),
      process.env,
    );
    if (outcome.uploaded) {
      artifact = name;
      core.info(`uploaded the full scan report as artifact ${name} (id ${outcome.id ?? '?'})`);
      if (outcome.id !== undefined) core.setOutput('artifact-id', String(outcome.id));
      core.setOutput('artifact-name', name);
    } else {
      // The scan's decision does not depend on the artifact: the reports are still on disk.
      core.warning(
        `upload-artifact: the full report was not uploaded as ${name}: ${outcome.reason}; it is at ${results.map((r) => r.json).join(', ')}`,
      );
    }
  }

  let markdown = '';
  for (const { result, json } of results) {
    markdown += `${scanSummaryMarkdown({
      ...summaryInput(result),
      reportPath: json,
      ...(artifact ? { artifact } : {}),
    })}\n`;
  }
  await core.summary
    .addRaw(
      fitSummary(
        markdown,
        `The summary was cut at 1 MiB; the full report is ${artifact ? `in the workflow artifact ${artifact}` : `in ${results.map((r) => r.json).join(', ')}`}.`,
      ),
    )
    .write();

  let budget = cap;
  for (const { result } of results) budget -= await annotate(result, budget, workspace);

  const counts = { critical: 0, high: 0, medium: 0, low: 0, none: 0, unknown: 0 };
  let suppressed = 0;
  for (const { result } of results) {
    for (const [k, v] of Object.entries(result.decision.counts)) counts[k as keyof typeof counts] += v;
    suppressed += result.findings.filter((f) => f.state === 'suppressed').length;
  }
  for (const [k, v] of Object.entries(counts)) core.setOutput(k, String(v));
  core.setOutput('open', String(Object.values(counts).reduce((a, b) => a + b, 0)));
  core.setOutput('suppressed', String(suppressed));
  const passed = results.every((r) => r.result.decision.passed);
  core.setOutput('decision', passed ? 'passed' : 'failed');
  core.setOutput('json-report', results.map((r) => r.json).join('\n'));
  if (sarifFile) core.setOutput('sarif-file', sarifFile);
  core.setOutput(
    'report-paths',
    results.flatMap((r) => r.result.documents.map((d) => d.file).filter(Boolean)).join('\n'),
  );

  if (token && comment) {
    await commentOnPullRequest({
      token,
      marker: 'lading:scan',
      body: results.map((r) => scanPullRequestComment(summaryInput(r.result))).join('\n\n'),
    });
  }
  if (!passed) {
    core.setFailed(
      results
        .filter((r) => !r.result.decision.passed)
        .map((r) => `scan ${r.result.subject.source}: ${r.result.decision.reason}`)
        .join('; '),
    );
  }
}

function summaryInput(result: ScanStepResult) {
  const s = result.subject.report;
  const subject =
    s.kind === 'image'
      ? `${s.repository}@${s.digest}`
      : s.kind === 'directory'
        ? `dir:${s.name}`
        : `sbom:${s.file}`;
  return {
    subject,
    findings: result.findings,
    decision: result.decision,
    dbAge: result.dbAge,
    warnings: result.warnings,
    vexIgnored: result.vexIgnored,
  };
}

/**
 * At most `cap` annotations, worst first, on lines a reviewer can change: the
 * lockfile line that declares the package (source scans), else the Dockerfile
 * instruction that made the package's layer (image scans with `dockerfile`;
 * FROM for base-image layers, and FROM with a note when the layer's origin is
 * unknown). Returns how many were written.
 */
async function annotate(result: ScanStepResult, cap: number, workspace: string): Promise<number> {
  if (cap <= 0) return 0;
  const open = result.findings.filter((f) => f.state === 'open').sort(bySeverity);
  if (open.length === 0) return 0;
  const locate = result.subject.directory
    ? await lockfileLocator(result.subject.directory, workspace)
    : undefined;
  const dockerfile = result.dockerfile;
  let written = 0;
  for (const f of open) {
    if (written >= cap) break;
    const where: { path: string; line?: number; note?: string } | undefined =
      locate?.(f.finding.package) ??
      (dockerfile ? dockerfileLocation(dockerfile, f.finding.package) : undefined);
    if (!where) continue;
    const props: core.AnnotationProperties = {
      file: where.path,
      ...(where.line ? { startLine: where.line } : {}),
      title: `${f.finding.id} in ${f.finding.package.name} ${f.finding.package.version}`,
    };
    const text = where.note ? `${message(f)} (${where.note})` : message(f);
    const level = f.finding.severity.level;
    if (level === 'critical' || level === 'high' || level === 'unknown') core.error(text, props);
    else core.warning(text, props);
    written++;
  }
  return written;
}

function message(f: ReviewedFinding): string {
  const fixed =
    f.finding.fixed.length > 0 ? `fixed in ${f.finding.fixed.join(', ')}` : 'no fixed version yet';
  return `${f.finding.severity.level}: ${f.finding.id} in ${f.finding.package.name} ${f.finding.package.version} (${fixed})${f.finding.summary ? `: ${f.finding.summary}` : ''}`;
}

main().catch((err: unknown) => core.setFailed(describeError(err)));
