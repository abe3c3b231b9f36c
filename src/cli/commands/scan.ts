import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import type { Platform } from '../../oci/types.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { collect } from '../program.js';
import { cliReporter } from '../reporter.js';
import { VERSION } from '../version.js';
import { defaultDbDir } from './db.js';
import { readUserFile } from './sign.js';

// `lading scan`: argv → scanStep options → exit code. The gate's "no" is exit 1,
// after every report was written.

const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];
const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'];

/** Node's names for CPU architectures, as OCI platforms spell them. */
const OCI_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };

function hostPlatform(): Platform {
  return { os: 'linux', architecture: OCI_ARCH[process.arch] ?? process.arch };
}

function hours(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InputError(`--max-age: '${value}' is not a number of hours`);
  return n;
}

/** LADING_NOW (RFC 3339) fixes the clock: allowlist expiry in reproducible runs and tests. */
function clock(env: NodeJS.ProcessEnv): Date {
  const raw = env.LADING_NOW;
  if (!raw) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new InputError(`LADING_NOW: "${raw}" is not an RFC 3339 date-time`);
  return d;
}

export function registerScan(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    program
      .command('scan')
      .description(
        'match an image, a source tree, an SBOM file or an SBOM attestation against OSV advisories; VEX, allowlist, gate, reports',
      )
      .argument(
        '[SOURCE]',
        'any SOURCE `lading sbom` reads, sbom:FILE (SPDX/CycloneDX JSON) or attestation:IMAGE',
      )
      .option(
        '--rescan <IMAGE@DIGEST...>',
        'instead of SOURCE: pushed images, each scanned from its SBOM attestation (no layer pull); one report each, one gate over all',
      )
      .option('--db <DIR>', 'advisory database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
      .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV files')
      .option('--offline', 'never touch the network: use the database as it is')
      .option('--max-age <HOURS>', 'advisory data older than this that cannot be refreshed is stale', hours)
      .addOption(
        new Option('--on-stale <ACTION>', 'what stale advisory data does')
          .choices(['warn', 'fail'])
          .default('warn'),
      )
      .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
      .option(
        '--vex-from-attestations',
        'also apply the OpenVEX attestations attached to a scanned image whose signature verifies against ' +
          '--key or the --certificate-* identity; any other is reported as ignored and suppresses nothing',
      )
      .option('--key <FILE>', 'VEX attestations: the public key (cosign.pub) they must be signed with')
      .option('--certificate-identity <SAN>', 'VEX attestations, keyless: certificate subject, exactly')
      .option(
        '--certificate-identity-regexp <RE>',
        'VEX attestations, keyless: certificate subject, a regexp',
      )
      .option('--certificate-oidc-issuer <URL>', 'VEX attestations, keyless: OIDC issuer, exactly')
      .option('--certificate-oidc-issuer-regexp <RE>', 'VEX attestations, keyless: OIDC issuer, a regexp')
      .option(
        '--trusted-root <FILE>',
        'VEX attestations, keyless: Sigstore trusted root (default: public, via TUF)',
      )
      .option('--tuf-cache <DIR>', 'where the TUF-updated trusted root is cached')
      .option(
        '--insecure-ignore-tlog',
        'VEX attestations, keyless: accept an RFC 3161 timestamp in place of a transparency-log entry',
      )
      .option(
        '--allowlist <FILE>',
        "allowlist YAML (id, reason, expires, package) or Harbor's CVE allowlist JSON",
      )
      .option('--ignore-unfixed', 'suppress findings no fixed version exists for')
      .addOption(
        new Option('--fail-on <LEVEL>', 'exit 1 when an open finding is at or above LEVEL')
          .choices(FAIL_ON)
          .default('none'),
      )
      .addOption(
        new Option('--unknown-as <LEVEL>', 'the severity an unknown-severity finding counts as in the gate')
          .choices(UNKNOWN_AS)
          .default('critical'),
      )
      .option(
        '--base <SOURCE>',
        'compare with this SOURCE: only findings the change introduced fail the gate',
      )
      .option('--platform <os/arch[/variant]>', 'for an index, the platform image to scan')
      .option('--dockerfile <FILE>', 'the Dockerfile that built the image, for SARIF locations')
      .option(
        '-o, --output <FORMAT[=FILE]>',
        'json, sarif, table or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Default: table',
        collect,
      ),
  ).action(async (source: string | undefined, flags, cmd: Command) => {
    const rescan = flags.rescan as string[] | undefined;
    if (rescan && source) throw new InputError(`scan: give SOURCE (${source}) or --rescan, not both`);
    if (!rescan && !source) throw new InputError('scan: give a SOURCE, or --rescan IMAGE@DIGEST…');
    if (rescan && flags.base)
      throw new InputError('--base: a rescan has no base; it scans each pushed image as it is');
    // Loaded on demand: the advisory database and catalogers are not needed by other commands.
    const { parseScanOutput, rescanStep, scanStep } = await import('../../steps/scan.js');
    const outputs = ((flags.output as string[] | undefined) ?? ['table']).map((o) =>
      parseScanOutput(o, '-o'),
    );
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const vexTrust = await vexTrustFromFlags(flags, ctx);
    const common = {
      access,
      ...(flags.platform ? { platform: flags.platform as string } : {}),
      defaultPlatform: hostPlatform(),
      db: {
        dir: (flags.db as string | undefined) ?? defaultDbDir(ctx.io.env),
        ...(flags.osvUrl ? { osvUrl: flags.osvUrl as string } : {}),
        offline: Boolean(flags.offline),
        ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge as number } : {}),
        onStale: flags.onStale as 'warn' | 'fail',
        userAgent: `lading/${VERSION}`,
      },
      vex: (flags.vex as string[] | undefined) ?? [],
      vexFromAttestations: flags.vexFromAttestations === true,
      ...(vexTrust ? { vexTrust } : {}),
      ...(flags.allowlist ? { allowlist: flags.allowlist as string } : {}),
      ignoreUnfixed: Boolean(flags.ignoreUnfixed),
      failOn: flags.failOn,
      unknownAs: flags.unknownAs,
      ...(flags.dockerfile ? { dockerfile: flags.dockerfile as string } : {}),
      outputs,
      now: clock(ctx.io.env),
      toolVersion: VERSION,
    };
    const results = rescan
      ? (await rescanStep({ ...common, images: rescan }, reporter)).results
      : [
          await scanStep(
            { ...common, source: source as string, ...(flags.base ? { base: flags.base as string } : {}) },
            reporter,
          ),
        ];
    for (const result of results) {
      for (const d of result.documents) if (d.content !== undefined) ctx.io.stdout.write(d.content);
      for (const d of result.documents) if (d.file) reporter.info(`${d.format}: ${d.file}`);
    }
    if (results.some((r) => !r.decision.passed)) ctx.setExit(ExitCode.denied);
  });
}

/** `lading verify`'s trust flags, here for the VEX attestations a scan may apply. */
async function vexTrustFromFlags(flags: Record<string, unknown>, ctx: CommandContext) {
  const trustFlags = [
    'key',
    'certificateIdentity',
    'certificateIdentityRegexp',
    'certificateOidcIssuer',
    'certificateOidcIssuerRegexp',
    'trustedRoot',
  ];
  if (!trustFlags.some((f) => flags[f] !== undefined)) return undefined;
  // Loaded on demand: the Sigstore libraries are heavy and most scans never need them.
  const { identityMatcher, vexTrust } = await import('../../scan/vex-trust.js');
  const str = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
  const subject = identityMatcher(
    str('certificateIdentity'),
    str('certificateIdentityRegexp'),
    '--certificate-identity',
  );
  const issuer = identityMatcher(
    str('certificateOidcIssuer'),
    str('certificateOidcIssuerRegexp'),
    '--certificate-oidc-issuer',
  );
  const key = str('key');
  const root = str('trustedRoot');
  const trust = await vexTrust({
    ...(key ? { key: { text: await readUserFile(ctx.io, key, '--key'), where: key } } : {}),
    ...(root
      ? {
          trustedRoot: {
            text: await readUserFile(ctx.io, root, '--trusted-root'),
            where: `--trusted-root ${root}`,
          },
        }
      : {}),
    ...(subject ? { subject } : {}),
    ...(issuer ? { issuer } : {}),
    insecureIgnoreTlog: flags.insecureIgnoreTlog === true,
    tufCache:
      str('tufCache') ??
      join(ctx.io.env.XDG_CACHE_HOME || join(ctx.io.env.HOME || homedir(), '.cache'), 'lading', 'tuf'),
    offline: flags.offline === true,
    names: {
      key: '--key',
      subject: '--certificate-identity',
      issuer: '--certificate-oidc-issuer',
      subjectRegexp: '--certificate-identity-regexp',
      issuerRegexp: '--certificate-oidc-issuer-regexp',
    },
  });
  if (trust && flags.vexFromAttestations !== true) {
    throw new InputError(
      '--key/--certificate-*: they say who must have signed OpenVEX attestations; add --vex-from-attestations to apply them',
    );
  }
  return trust;
}
