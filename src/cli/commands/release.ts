import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { InputError } from '../../errors.js';
import type { IdentityPolicy } from '../../sigstore/identity-policy.js';
import type { Trust } from '../../sigstore/verifier.js';
import type { ReleaseResult, ReleaseStepOptions } from '../../steps/release.js';
import { accessFrom, addAccessOptions } from '../access.js';
import {
  type AdvisoryFlags,
  addAdvisoryOptions,
  advisoryDbFrom,
  FAIL_ON,
  unknownAsOption,
} from '../advisory-flags.js';
import { clock, hostPlatform } from '../host.js';
import type { CliIO, CommandContext } from '../program.js';
import { collect } from '../program.js';
import { cliReporter } from '../reporter.js';
import { addSigningOptions, type SigningFlags, signingMaterial } from '../signing-flags.js';
import {
  addIdentityOptions,
  IDENTITY_REGEXP_FLAGS,
  type IdentityFlags,
  identityFrom,
  keylessTrust,
  publicKeyFrom,
  refuseKeyWithIdentity,
} from '../trust-flags.js';
import { VERSION } from '../version.js';

// `lading release`: argv → releaseStep options → the combined summary and an
// exit code. The summary is printed whatever happened, so a failed gate or
// verification still shows what ran and why it stopped.

interface ReleaseFlags extends AdvisoryFlags, SigningFlags, IdentityFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  outputDir: string;
  summaryFile?: string;
  platform?: string;
  vex?: string[];
  allowlist?: string;
  ignoreUnfixed?: boolean;
  failOn: string;
  unknownAs: string;
  publicKey?: string;
  signatureFormat?: 'bundle' | 'legacy' | 'both';
  recursive?: boolean;
  provenance?: string;
  policy?: string;
  harbor?: string;
  harborUsername?: string;
  secretsFile?: string;
}

const RELEASE_HELP = {
  identity: 'keyless: the signing certificate subject to verify, exactly',
  identityRegexp: 'keyless: the certificate subject, a regular expression',
  issuer: 'keyless: the OIDC issuer, exactly',
  issuerRegexp: 'keyless: the OIDC issuer, a regular expression',
  trustedRoot: 'Sigstore trusted root JSON (keyless default: the public instance, through TUF)',
};

export function registerRelease(program: Command, ctx: CommandContext): void {
  const release = program
    .command('release')
    .description(
      'the whole chain on an image by digest: SBOM (SPDX + CycloneDX) → scan and gate → sign → attest (provenance, SBOM, vulnerabilities) → Harbor policy (optional) → verify; one summary',
    )
    .argument('<IMAGE@DIGEST>', 'the image, by digest: REGISTRY/REPO@sha256:…, oci-dir:DIR@sha256:…')
    .option('--output-dir <DIR>', 'where the SBOMs, scan reports and predicates go', '.lading/release')
    .option('--summary-file <FILE>', 'also write the summary as Markdown (a job summary)')
    .option('--platform <os/arch[/variant]>', 'for an index, the platform image the SBOM and scan describe');
  addAdvisoryOptions(
    release,
    'never touch the network for advisories or the trusted root: use them as cached',
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
    .addOption(unknownAsOption());
  addSigningOptions(release, '; verification uses its public half')
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
    );
  addIdentityOptions(release, RELEASE_HELP, 'lower')
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
    );
  addAccessOptions(release).action(async (image: string, flags: ReleaseFlags, cmd: Command) => {
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

/** Flags and environment → the step's options; every bad flag is refused here, before any work. */
export async function releaseOptions(
  image: string,
  flags: ReleaseFlags,
  io: CliIO,
): Promise<ReleaseStepOptions> {
  const access = await accessFrom(flags, io);
  const { services, key, identityToken } = await signingMaterial(flags, io, { actionsToken: true });
  const { subject, issuer } = identityFrom(flags);
  const policy: IdentityPolicy = { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
  refuseKeyWithIdentity(key, Boolean(subject || issuer));
  let trust: Trust | undefined;
  if (flags.publicKey) {
    trust = { publicKey: await publicKeyFrom(io, flags.publicKey, '--public-key') };
  } else if (!key && identityToken) {
    if (!subject || !issuer) {
      throw new InputError(
        'keyless release: give the identity to verify: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
      );
    }
    const { validatePolicy } = await import('../../sigstore/identity-policy.js');
    validatePolicy(policy, IDENTITY_REGEXP_FLAGS);
    trust = await keylessTrust(flags, io);
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
      db: advisoryDbFrom(flags, io),
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
