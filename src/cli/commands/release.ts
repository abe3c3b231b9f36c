import { createPublicKey } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import type { Platform } from '../../oci/types.js';
import type { IdentityPolicy, Matcher } from '../../sigstore/identity-policy.js';
import type { Trust } from '../../sigstore/verifier.js';
import type { ReleaseResult, ReleaseStepOptions } from '../../steps/release.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CliIO, CommandContext } from '../program.js';
import { collect } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';
import { defaultDbDir } from './db.js';
import { readUserFile, signingMaterial } from './sign.js';

// `lading release`: argv → releaseStep options → the combined summary and an
// exit code. The summary is printed whatever happened, so a failed gate or
// verification still shows what ran and why it stopped.

const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];
const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'];
const OCI_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };

interface ReleaseFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  outputDir: string;
  summaryFile?: string;
  platform?: string;
  db?: string;
  osvUrl?: string;
  offline?: boolean;
  maxAge?: number;
  onStale: 'warn' | 'fail';
  vex?: string[];
  allowlist?: string;
  ignoreUnfixed?: boolean;
  failOn: string;
  unknownAs: string;
  key?: string;
  publicKey?: string;
  signatureFormat?: 'bundle' | 'legacy' | 'both';
  recursive?: boolean;
  signingConfig?: string;
  fulcioUrl?: string;
  rekorUrl?: string;
  tsaUrl?: string;
  identityToken?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  trustedRoot?: string;
  tufCache?: string;
  provenance?: string;
  policy?: string;
  harbor?: string;
  harborUsername?: string;
  secretsFile?: string;
}

function hours(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InputError(`--max-age: '${value}' is not a number of hours`);
  return n;
}

export function registerRelease(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('release')
      .description(
        'the whole chain on an image by digest: SBOM (SPDX + CycloneDX) → scan and gate → sign → attest (provenance, SBOM, vulnerabilities) → Harbor policy (optional) → verify; one summary',
      )
      .argument('<IMAGE@DIGEST>', 'the image, by digest: REGISTRY/REPO@sha256:…, oci-dir:DIR@sha256:…')
      .option('--output-dir <DIR>', 'where the SBOMs, scan reports and predicates go', '.lading/release')
      .option('--summary-file <FILE>', 'also write the summary as Markdown (a job summary)')
      .option('--platform <os/arch[/variant]>', 'for an index, the platform image the SBOM and scan describe')
      .option('--db <DIR>', 'advisory database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
      .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV files')
      .option('--offline', 'never touch the network for advisories or the trusted root: use them as cached')
      .option('--max-age <HOURS>', 'advisory data older than this that cannot be refreshed is stale', hours)
      .addOption(
        new Option('--on-stale <ACTION>', 'what stale advisory data does')
          .choices(['warn', 'fail'])
          .default('warn'),
      )
      .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
      .option('--allowlist <FILE>', "allowlist YAML or Harbor's CVE allowlist JSON")
      .option('--ignore-unfixed', 'suppress findings no fixed version exists for')
      .addOption(
        new Option(
          '--fail-on <LEVEL>',
          'stop the release (exit 1, nothing signed) on an open finding at or above LEVEL',
        )
          .choices(FAIL_ON)
          .default('high'),
      )
      .addOption(
        new Option('--unknown-as <LEVEL>', 'the severity an unknown-severity finding counts as in the gate')
          .choices(UNKNOWN_AS)
          .default('critical'),
      )
      .option(
        '--key <file>',
        'private key: cosign.key (password in LADING_KEY_PASSWORD or COSIGN_PASSWORD) or PKCS#8 PEM; verification uses its public half',
      )
      .option('--public-key <file>', 'verify against this public key instead of the private key’s own half')
      .addOption(
        new Option(
          '--signature-format <format>',
          'bundle, legacy or both (default: decided from the registry)',
        ).choices(['bundle', 'legacy', 'both']),
      )
      .option(
        '--recursive',
        'also sign every platform manifest of an index, and attach the provenance to each',
      )
      .option('--signing-config <file>', 'Sigstore signing config naming Fulcio, Rekor and TSA')
      .option('--fulcio-url <url>', 'Fulcio (keyless; default the public instance)')
      .option('--rekor-url <url>', 'Rekor transparency log (keyless default: the public instance)')
      .option('--tsa-url <url>', 'RFC 3161 timestamp authority')
      .option(
        '--identity-token <file>',
        "file holding the OIDC token (default: the GitHub Actions runtime's)",
      )
      .option('--certificate-identity <san>', 'keyless: the signing certificate subject to verify, exactly')
      .option('--certificate-identity-regexp <re>', 'keyless: the certificate subject, a regular expression')
      .option('--certificate-oidc-issuer <url>', 'keyless: the OIDC issuer, exactly')
      .option('--certificate-oidc-issuer-regexp <re>', 'keyless: the OIDC issuer, a regular expression')
      .option(
        '--trusted-root <file>',
        'Sigstore trusted root JSON (keyless default: the public instance, through TUF)',
      )
      .option('--tuf-cache <dir>', 'where the TUF-updated trusted root is cached')
      .option(
        '--provenance <file>',
        'SLSA provenance predicate to attest (default: made from the GitHub Actions run, or a local-run provenance)',
      )
      .option('--policy <file>', 'Harbor policy as code to apply after the attestations (needs --harbor)')
      .option('--harbor <URL>', 'Harbor base URL (or LADING_HARBOR_URL)')
      .option(
        '--harbor-username <NAME>',
        'Harbor user or robot account (or LADING_HARBOR_USERNAME); password in LADING_HARBOR_PASSWORD',
      )
      .option(
        '--secrets-file <FILE>',
        'write the secrets of robot accounts the policy created to FILE (mode 0600); they are printed nowhere else',
      ),
  ).action(async (image: string, flags: ReleaseFlags, cmd: Command) => {
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const options = await releaseOptions(image, flags, ctx.io);
    // Loaded on demand: the release pulls in every engine.
    const [{ releaseStep, partialRelease }, { renderReleaseSummary }] = await Promise.all([
      import('../../steps/release.js'),
      import('../../report/release-summary.js'),
    ]);
    const report = async (result: ReleaseResult) => {
      await keepSecrets(result, flags.secretsFile, ctx.io);
      ctx.io.stdout.write(renderReleaseSummary(result, 'text'));
      if (flags.summaryFile) {
        const file = resolve(ctx.io.cwd, flags.summaryFile);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, renderReleaseSummary(result, 'markdown'));
      }
    };
    let result: ReleaseResult;
    try {
      result = await releaseStep(options, reporter);
    } catch (err) {
      const partial = partialRelease(err);
      if (partial) await report(partial);
      throw err;
    }
    await report(result);
  });
}

/** Robot secrets go to the file asked for, or are announced as lost: never to stdout or the summary. */
async function keepSecrets(result: ReleaseResult, file: string | undefined, io: CliIO): Promise<void> {
  const secrets = result.policy?.secrets ?? [];
  if (secrets.length === 0) return;
  if (!file) {
    io.stderr.write(
      `warning: ${secrets.length} robot account(s) created; their secrets were not kept (use --secrets-file)\n`,
    );
    return;
  }
  const path = resolve(io.cwd, file);
  await writeFile(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  io.stderr.write(`${secrets.length} robot secret(s) written to ${file}\n`);
}

function matcher(exact: string | undefined, pattern: string | undefined, name: string): Matcher | undefined {
  if (exact !== undefined && pattern !== undefined) {
    throw new InputError(`--${name} and --${name}-regexp exclude each other`);
  }
  if (exact !== undefined) return { exact };
  if (pattern !== undefined) return { pattern };
  return undefined;
}

/** Flags and environment → the step's options; every bad flag is refused here, before any work. */
export async function releaseOptions(
  image: string,
  flags: ReleaseFlags,
  io: CliIO,
): Promise<ReleaseStepOptions> {
  const access = await accessFrom(flags, io);
  const { services, key, identityToken } = await signingMaterial(flags, io, { actionsToken: true });
  const subject = matcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity');
  const issuer = matcher(
    flags.certificateOidcIssuer,
    flags.certificateOidcIssuerRegexp,
    'certificate-oidc-issuer',
  );
  const policy: IdentityPolicy = { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
  if (key && (subject || issuer)) {
    throw new InputError('--key and the --certificate-* identity flags exclude each other');
  }
  let trust: Trust | undefined;
  if (flags.publicKey) {
    const text = await readUserFile(io, flags.publicKey, '--public-key');
    try {
      trust = { publicKey: createPublicKey(text) };
    } catch {
      throw new InputError(`--public-key ${flags.publicKey}: not a PEM public key`);
    }
  } else if (!key && identityToken) {
    if (!subject || !issuer) {
      throw new InputError(
        'keyless release: give the identity to verify: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
      );
    }
    const [{ validatePolicy }, { parseTrustedRoot, publicTrustedRoot }] = await Promise.all([
      import('../../sigstore/identity-policy.js'),
      import('../../sigstore/trusted-root.js'),
    ]);
    validatePolicy(policy, {
      subject: '--certificate-identity-regexp',
      issuer: '--certificate-oidc-issuer-regexp',
    });
    if (flags.trustedRoot) {
      trust = {
        trustedRoot: parseTrustedRoot(
          await readUserFile(io, flags.trustedRoot, '--trusted-root'),
          `--trusted-root ${flags.trustedRoot}`,
        ),
      };
    } else {
      const cache =
        flags.tufCache ??
        join(io.env.XDG_CACHE_HOME || join(io.env.HOME || homedir(), '.cache'), 'lading', 'tuf');
      trust = { trustedRoot: await publicTrustedRoot(cache, Boolean(flags.offline)) };
    }
  } else if (!key) {
    throw new InputError(
      'release: no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available',
    );
  }

  let harbor: ReleaseStepOptions['policy'];
  if (flags.policy) {
    const harborUrl = flags.harbor ?? io.env.LADING_HARBOR_URL;
    const username = flags.harborUsername ?? io.env.LADING_HARBOR_USERNAME;
    const password = io.env.LADING_HARBOR_PASSWORD;
    if (!harborUrl) throw new InputError('--policy: give --harbor URL (or LADING_HARBOR_URL)');
    if (!username) throw new InputError('--policy: give --harbor-username (or LADING_HARBOR_USERNAME)');
    if (!password) throw new InputError('--policy: give the Harbor password in LADING_HARBOR_PASSWORD');
    harbor = { file: resolve(io.cwd, flags.policy), harborUrl, username, password };
  } else if (flags.harbor) {
    throw new InputError('--harbor: give the policy to apply with --policy FILE');
  }

  let provenance: ReleaseStepOptions['provenance'];
  if (flags.provenance) provenance = { predicate: flags.provenance };
  else if (io.env.GITHUB_ACTIONS === 'true') {
    const { workflowContext } = await import('../../github/workflow.js');
    provenance = { workflow: workflowContext(io.env) };
  }

  return {
    image,
    access,
    ...(flags.platform ? { platform: flags.platform } : {}),
    defaultPlatform: hostPlatform(),
    outputDir: flags.outputDir,
    scan: {
      db: {
        dir: flags.db ?? defaultDbDir(io.env),
        ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
        offline: Boolean(flags.offline),
        ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
        onStale: flags.onStale,
        userAgent: `lading/${VERSION}`,
      },
      failOn: flags.failOn as ReleaseStepOptions['scan']['failOn'],
      unknownAs: flags.unknownAs as NonNullable<ReleaseStepOptions['scan']['unknownAs']>,
      ...(flags.vex ? { vex: flags.vex } : {}),
      ...(flags.allowlist ? { allowlist: flags.allowlist } : {}),
      ignoreUnfixed: Boolean(flags.ignoreUnfixed),
    },
    signing: {
      ...(key ? { key } : {}),
      ...(identityToken ? { identityToken } : {}),
      services,
      ...(flags.signatureFormat ? { format: flags.signatureFormat } : {}),
      recursive: Boolean(flags.recursive),
    },
    ...(provenance ? { provenance } : {}),
    ...(harbor ? { policy: harbor } : {}),
    verify: {
      ...(trust ? { trust } : {}),
      ...(subject || issuer ? { policy } : {}),
    },
    now: clock(io.env),
    toolVersion: VERSION,
  };
}

function hostPlatform(): Platform {
  return { os: 'linux', architecture: OCI_ARCH[process.arch] ?? process.arch };
}

/** LADING_NOW (RFC 3339) fixes the clock, as for `lading scan`. */
function clock(env: NodeJS.ProcessEnv): Date {
  const raw = env.LADING_NOW;
  if (!raw) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new InputError(`LADING_NOW: "${raw}" is not an RFC 3339 date-time`);
  return d;
}
