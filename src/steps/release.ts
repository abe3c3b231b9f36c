import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OSV_PUBLIC_URL } from '../advisories/source.js';
import type { AttestationRequirement } from '../attest/checks.js';
import { type PredicateKind, readPredicate } from '../attest/predicates.js';
import { slsaProvenance } from '../attest/provenance.js';
import { DeniedError, describeError, InputError, OperationError } from '../errors.js';
import type { WorkflowContext } from '../github/workflow.js';
import { loadPolicyFile } from '../harbor/policy-file.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import { formatPlatform, platformEntries } from '../oci/platform.js';
import { isIndex, type Platform } from '../oci/types.js';
import type { IdentityPolicy } from '../sigstore/identity-policy.js';
import type { SigningKey } from '../sigstore/key-file.js';
import { KeySigner } from '../sigstore/key-signer.js';
import type { IdentityTokenProvider } from '../sigstore/keyless-signer.js';
import type { SignatureFormat } from '../sigstore/signature-format.js';
import type { SigningServices } from '../sigstore/signing-config.js';
import type { Trust } from '../sigstore/verifier.js';
import { DEFAULT_REKOR_URL } from '../sigstore/witnesses.js';
import { type AttestStepResult, attestStep } from './attest.js';
import { type PolicyOptions, type PolicyResult, runPolicy } from './policy.js';
import { localProvenance, vulnerabilityPredicate } from './release-predicates.js';
import type { Reporter } from './reporter.js';
import { type SbomStepResult, sbomStep } from './sbom.js';
import { type ScanDbOptions, type ScanStepOptions, type ScanStepResult, scanStep } from './scan.js';
import { type SignStepResult, signStep } from './sign.js';
import { type VerifyStepResult, verifyStep } from './verify.js';

// `lading release` / the root action: the whole chain after the build, in one
// process, in the order that makes each stage's input trustworthy:
//
//   sbom (SPDX + CycloneDX, one pass over the layers)
//   → scan (the SPDX document just written, matched and gated: no second pass)
//   → sign → attest (provenance, the SPDX SBOM, the vulnerability scan)
//   → policy (Harbor, only with a policy file and a Harbor URL)
//   → verify (the signature and the three attestations, with the signing trust).
//
// A failing gate stops the chain after the reports are written and before
// anything is signed. Every error that ends the chain carries the partial
// result (see `partialRelease`), so a summary can still say what ran.

export const RELEASE_STAGES = ['sbom', 'scan', 'sign', 'attest', 'policy', 'verify'] as const;
export type ReleaseStage = (typeof RELEASE_STAGES)[number];

export interface StageRecord {
  stage: ReleaseStage;
  /** done; denied (the gate or verification said no); failed (an error); skipped (not asked for, or after a stop). */
  status: 'done' | 'denied' | 'failed' | 'skipped';
  /** Why it was skipped, denied or failed, in one line. */
  note?: string;
}

export interface ReleaseSigning {
  /** A key pair: its private half, being opened. */
  key?: SigningKey;
  /** Keyless: where the OIDC token comes from. Used when no key is given. */
  identityToken?: IdentityTokenProvider;
  /** Fulcio, Rekor and TSA (keyless defaults to the public instance; a key is witnessed only by those named). */
  services?: SigningServices;
  /** cosign format; left out, `signStep` decides from the registry. */
  format?: SignatureFormat;
  /** Also sign and attest every platform manifest of an index. */
  recursive?: boolean;
}

export interface ReleaseScan {
  db: ScanDbOptions;
  failOn: ScanStepOptions['failOn'];
  unknownAs?: ScanStepOptions['unknownAs'];
  vex?: string[];
  allowlist?: string;
  ignoreUnfixed?: boolean;
}

export interface ReleaseVerify {
  /**
   * What the signature and attestations are checked against. Default with a
   * key: its public half. Keyless needs a trusted root here and an identity
   * `policy` (issuer and subject), checked before anything is done.
   */
  trust?: Trust;
  policy?: IdentityPolicy;
  /** Certificate signatures must have a transparency-log entry (default true). */
  requireTransparencyLog?: boolean;
  /** Extra checks on the provenance and scan attestations (builder id, max severity…). */
  provenance?: Omit<AttestationRequirement, 'kind'>;
  vulnerabilities?: Omit<AttestationRequirement, 'kind'>;
}

export interface ReleaseStepOptions {
  /** The image by digest: `REGISTRY/REPO@sha256:…`, `oci-dir:DIR@sha256:…`, any SOURCE that names a digest. */
  image: string;
  access: AccessOptions;
  /** For an index: the platform image the SBOM and scan describe (default `defaultPlatform`). */
  platform?: string;
  defaultPlatform: Platform;
  /** Where the SBOMs, scan reports and predicates are written (created if missing). */
  outputDir: string;
  scan: ReleaseScan;
  signing: ReleaseSigning;
  /**
   * What the SLSA provenance says: the GitHub Actions run (`workflow`), a
   * predicate file, or neither, for a local run: then lading writes a
   * provenance naming itself as the builder and the image's digest, and says so.
   */
  provenance?: { workflow: WorkflowContext } | { predicate: string };
  /** Harbor policy as code, applied after the attestations (mode default `apply`). */
  policy?: Omit<PolicyOptions, 'mode'> & { mode?: 'plan' | 'apply' };
  verify?: ReleaseVerify;
  /** The clock: SBOM creation time, scan time, signatures' creation time. */
  now: Date;
  toolVersion: string;
}

export interface ReleaseFiles {
  /** SBOMs as written, absolute paths. */
  spdx: string;
  cyclonedx: string;
  /** The scan's JSON report and SARIF. */
  scanJson: string;
  sarif: string;
  /** Predicates as attested (the provenance is the caller's file when one was given). */
  provenance: string;
  vulnerabilities: string;
}

export interface ReleaseResult {
  /** Where the image lives, as the stores display it (`ghcr.io/acme/app`, `oci-dir:/…`). */
  image: string;
  /** The digest released (an index or an image manifest). */
  digest: string;
  /** `linux/amd64`, …: every platform of an index, or the image's own. */
  platforms: string[];
  /** Each stage in order with what became of it. */
  stages: StageRecord[];
  files: ReleaseFiles;
  sbom?: SbomStepResult;
  scan?: ScanStepResult;
  sign?: SignStepResult;
  /** Provenance, SBOM and vulnerabilities, in that order. */
  attestations: AttestStepResult[];
  policy?: PolicyResult;
  verify?: VerifyStepResult;
  /** How the signatures and attestations were made. */
  signedWith: 'key' | 'keyless';
  /** Prefix that, with a log index, links the public transparency log's entry; absent for other logs. */
  logSearchUrl?: string;
  /** Whole-chain verdict: every stage done (skipped policy counts), gate passed, everything verified. */
  released: boolean;
}

const partials = new WeakMap<object, ReleaseResult>();

/** The release result an error that ended `releaseStep` carries, if it came from there. */
export function partialRelease(err: unknown): ReleaseResult | undefined {
  return typeof err === 'object' && err !== null ? partials.get(err) : undefined;
}

/** The files a release writes under `outputDir`. */
export function releaseFiles(outputDir: string): ReleaseFiles {
  return {
    spdx: join(outputDir, 'sbom.spdx.json'),
    cyclonedx: join(outputDir, 'sbom.cdx.json'),
    scanJson: join(outputDir, 'scan.json'),
    sarif: join(outputDir, 'scan.sarif'),
    provenance: join(outputDir, 'provenance.json'),
    vulnerabilities: join(outputDir, 'vulnerabilities.json'),
  };
}

/**
 * Runs the release chain on one image. Returns the result when every stage
 * passed; a failing gate or verification throws `DeniedError`, anything else
 * its own error; either way `partialRelease(err)` gives what ran.
 */
export async function releaseStep(options: ReleaseStepOptions, reporter: Reporter): Promise<ReleaseResult> {
  const outputDir = resolve(options.access.cwd, options.outputDir);
  const files = releaseFiles(outputDir);
  // Everything that can be refused is refused before the first byte is read or written.
  const trust = await verificationTrust(options);
  const given = options.provenance;
  if (given && 'predicate' in given) {
    await readPredicate(
      resolve(options.access.cwd, given.predicate),
      'slsaprovenance1',
      `provenance ${given.predicate}`,
    );
  }
  if (options.policy) {
    // Checked again when applied; loading it now refuses a bad file before anything is signed.
    await loadPolicyFile(resolve(options.access.cwd, options.policy.file), {
      now: options.policy.now ?? options.now,
      allowManyImmutabilityRules: options.policy.allowManyImmutabilityRules ?? false,
    });
  }
  const subject = await resolveSubject(options);
  const result: ReleaseResult = {
    image: subject.display,
    digest: subject.digest,
    platforms: subject.platforms,
    stages: [],
    files,
    attestations: [],
    signedWith: options.signing.key ? 'key' : 'keyless',
    ...(publicLog(options.signing) ? { logSearchUrl: PUBLIC_LOG_SEARCH } : {}),
    released: false,
  };
  const run = stageRunner(result, reporter);
  await mkdir(outputDir, { recursive: true });

  const sbom = await run('sbom', () =>
    sbomStep(
      {
        source: options.image,
        ...(options.platform ? { platform: options.platform } : {}),
        defaultPlatform: options.defaultPlatform,
        outputs: [
          { format: 'spdx-json', file: files.spdx },
          { format: 'cyclonedx-json', file: files.cyclonedx },
        ],
        access: options.access,
        created: options.now,
        toolVersion: options.toolVersion,
      },
      reporter,
    ),
  );
  result.sbom = sbom;
  if (result.platforms.length === 0 && sbom.results[0]?.platform)
    result.platforms = [sbom.results[0].platform];

  // The SPDX document just written is what gets attested, so the findings
  // attested are those of exactly that inventory.
  const startedAt = options.now;
  const scan = await run('scan', async () => {
    const scanned = await scanStep(
      {
        source: `sbom:${files.spdx}`,
        access: options.access,
        defaultPlatform: options.defaultPlatform,
        db: options.scan.db,
        ...(options.scan.vex ? { vex: options.scan.vex } : {}),
        ...(options.scan.allowlist ? { allowlist: options.scan.allowlist } : {}),
        ignoreUnfixed: Boolean(options.scan.ignoreUnfixed),
        failOn: options.scan.failOn,
        ...(options.scan.unknownAs ? { unknownAs: options.scan.unknownAs } : {}),
        outputs: [
          { format: 'json', file: files.scanJson },
          { format: 'sarif', file: files.sarif },
        ],
        now: options.now,
        toolVersion: options.toolVersion,
      },
      reporter,
    );
    result.scan = scanned;
    if (!scanned.decision.passed) {
      throw new DeniedError(
        `${subject.display}@${subject.digest}: the vulnerability gate failed (${scanned.decision.reason}); nothing was signed`,
      );
    }
    return scanned;
  });

  const signing = options.signing;
  const identity = {
    ...(signing.key ? { key: signing.key } : {}),
    ...(signing.identityToken ? { identityToken: signing.identityToken } : {}),
    ...(signing.services ? { services: signing.services } : {}),
  };
  result.sign = await run('sign', () =>
    signStep(
      {
        image: subject.image,
        access: options.access,
        ...(signing.format ? { format: signing.format } : {}),
        ...identity,
        recursive: Boolean(signing.recursive),
        now: options.now,
      },
      reporter,
    ),
  );

  await run('attest', async () => {
    const provenance = await provenancePredicate(options, subject, files.provenance);
    files.provenance = provenance;
    const vuln = vulnerabilityPredicate({
      report: scan.report,
      findings: scan.findings,
      toolVersion: options.toolVersion,
      dbUri: advisorySourceUri(options.scan.db.osvUrl, options.access.cwd),
      startedAt,
      finishedAt: options.now,
    });
    await writeJson(files.vulnerabilities, vuln);
    const attest = (kind: PredicateKind, path: string, where: string, recursive: boolean) =>
      attestStep(
        {
          image: subject.image,
          access: options.access,
          kind,
          predicate: { path, where },
          ...identity,
          recursive,
          now: options.now,
        },
        reporter,
      );
    // Provenance is about every manifest the build made; the SBOM and the scan
    // describe one platform image, so they are not copied onto the others.
    result.attestations.push(
      await attest('slsaprovenance1', provenance, 'provenance', Boolean(signing.recursive)),
    );
    result.attestations.push(await attest('spdxjson', files.spdx, 'SBOM', false));
    result.attestations.push(await attest('vuln', files.vulnerabilities, 'vulnerability scan', false));
  });

  if (options.policy) {
    const { mode, ...rest } = options.policy;
    result.policy = await run('policy', async () => {
      const applied = await runPolicy(
        { ...rest, file: resolve(options.access.cwd, rest.file), mode: mode ?? 'apply' },
        reporter,
      );
      if (applied.apply && !applied.apply.ok) {
        result.policy = applied;
        const failed = applied.apply.outcomes.filter((o) => o.status === 'failed').length;
        throw new OperationError(`Harbor policy ${rest.file}: ${failed} change(s) failed to apply`);
      }
      return applied;
    });
  } else {
    result.stages.push({ stage: 'policy', status: 'skipped', note: 'no policy file and Harbor URL given' });
  }

  const verify = options.verify ?? {};
  result.verify = await run('verify', async () => {
    const verified = await verifyStep(
      {
        image: subject.image,
        access: options.access,
        trust,
        ...(verify.policy ? { policy: verify.policy } : {}),
        ...(verify.requireTransparencyLog !== undefined
          ? { requireTransparencyLog: verify.requireTransparencyLog }
          : {}),
        requireAttestations: [
          { ...verify.provenance, kind: 'slsaprovenance1' },
          { kind: 'spdxjson' },
          { ...verify.vulnerabilities, kind: 'vuln' },
        ],
      },
      reporter,
    );
    result.verify = verified;
    if (!verified.verified) {
      const unmet = (verified.attestations ?? []).filter((a) => !a.satisfied).map((a) => a.requirement.kind);
      const what = [
        ...(verified.signatures.some((s) => s.ok) ? [] : ['no valid signature']),
        ...(unmet.length ? [`no valid ${unmet.join(', ')} attestation`] : []),
      ];
      throw new DeniedError(`${subject.display}@${subject.digest}: verification failed: ${what.join('; ')}`);
    }
    return verified;
  });
  result.released = true;
  return result;
}

const PUBLIC_LOG_SEARCH = 'https://search.sigstore.dev/?logIndex=';

/** Whether the signatures go to the public Rekor (keyless defaults to it; a key only when it is named). */
function publicLog(signing: ReleaseSigning): boolean {
  const rekor = signing.key ? signing.services?.rekorUrl : (signing.services?.rekorUrl ?? DEFAULT_REKOR_URL);
  return rekor === DEFAULT_REKOR_URL;
}

interface Subject {
  /** The image as the later steps take it, by digest. */
  image: string;
  display: string;
  digest: string;
  platforms: string[];
}

/** The image must be named by digest: a release is about one immutable thing. */
async function resolveSubject(options: ReleaseStepOptions): Promise<Subject> {
  const location = await openLocation(options.image, 'read', options.access);
  try {
    if (!isDigest(location.reference)) {
      throw new InputError(
        `${options.image}: name the image by digest (IMAGE@sha256:…, oci-dir:DIR@sha256:…); a tag may move between the stages`,
      );
    }
    const fetched = await location.store.fetchManifest(await location.store.resolve(location.reference));
    const platforms = isIndex(fetched.manifest)
      ? platformEntries(fetched.manifest).map((d) => formatPlatform(d.platform))
      : [];
    return {
      image: options.image,
      display: location.display,
      digest: fetched.descriptor.digest,
      platforms,
    };
  } finally {
    await location.close();
  }
}

/** What verification checks against: given, or the signing key's public half. */
async function verificationTrust(options: ReleaseStepOptions): Promise<Trust> {
  const given = options.verify?.trust;
  const key = options.signing.key;
  if (key) {
    // Reading the key now also refuses a wrong password before anything is written.
    const signer = await KeySigner.open(key);
    return given ?? { publicKey: signer.publicKey };
  }
  if (!options.signing.identityToken) {
    throw new InputError(
      'release: no signing identity: give a key, or an OIDC token (keyless) with a trusted root and identity to verify against',
    );
  }
  if (!given) {
    throw new InputError('release: keyless signing needs a trusted root to verify the result against');
  }
  const policy = options.verify?.policy;
  if (!('publicKey' in given) && (!policy?.subject || !policy.issuer)) {
    throw new InputError(
      'release: keyless verification needs an identity: a certificate subject and an OIDC issuer',
    );
  }
  return given;
}

/** The provenance predicate file: the user's, the Actions run's, or a local one. */
async function provenancePredicate(
  options: ReleaseStepOptions,
  subject: Subject,
  file: string,
): Promise<string> {
  const given = options.provenance;
  if (given && 'predicate' in given) return resolve(options.access.cwd, given.predicate);
  const predicate = given
    ? slsaProvenance(given.workflow)
    : localProvenance({
        image: subject.display,
        digest: subject.digest,
        toolVersion: options.toolVersion,
        startedAt: options.now,
      });
  await writeJson(file, predicate);
  return file;
}

/** Where the advisories came from, as a URI: an export base, or a local directory as a file URL. */
function advisorySourceUri(osvUrl: string | undefined, cwd: string): string {
  if (!osvUrl) return OSV_PUBLIC_URL;
  if (/^(https?|file):/i.test(osvUrl)) return osvUrl;
  return pathToFileURL(resolve(cwd, osvUrl)).href;
}

/** Whole file or nothing, as the other steps write theirs. */
async function writeJson(file: string, value: unknown): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx' });
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw new OperationError(`release: cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Runs one stage: records it done, or, when it throws, records it denied or
 * failed, marks every later stage skipped, and ties the result to the error.
 */
function stageRunner(result: ReleaseResult, reporter: Reporter) {
  return async <T>(stage: ReleaseStage, body: () => Promise<T>): Promise<T> => {
    reporter.info(`release: ${stage}`);
    try {
      const value = await body();
      result.stages.push({ stage, status: 'done' });
      return value;
    } catch (err) {
      const denied = err instanceof DeniedError;
      result.stages.push({ stage, status: denied ? 'denied' : 'failed', note: describeError(err) });
      for (const later of RELEASE_STAGES.slice(RELEASE_STAGES.indexOf(stage) + 1)) {
        result.stages.push({
          stage: later,
          status: 'skipped',
          note: `not run: ${stage} stopped the release`,
        });
      }
      if (typeof err === 'object' && err !== null) partials.set(err, result);
      throw err;
    }
  };
}
