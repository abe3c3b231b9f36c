import { type Command, Option } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
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
import {
  addIdentityOptions,
  IDENTITY_FLAG_NAMES,
  type IdentityFlags,
  identityFrom,
  tufSource,
} from '../trust-flags.js';
import { readUserFile } from '../user-file.js';
import { VERSION } from '../version.js';

// `lading scan`: argv → scanStep options → exit code. The gate's "no" is exit 1,
// after every report was written.

const VEX_TRUST_HELP = {
  identity: 'VEX attestations, keyless: certificate subject, exactly',
  identityRegexp: 'VEX attestations, keyless: certificate subject, a regexp',
  issuer: 'VEX attestations, keyless: OIDC issuer, exactly',
  issuerRegexp: 'VEX attestations, keyless: OIDC issuer, a regexp',
  trustedRoot: 'VEX attestations, keyless: Sigstore trusted root (default: public, via TUF)',
};

export function registerScan(program: Command, ctx: CommandContext): void {
  const scan = program
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
    );
  addAdvisoryOptions(scan, 'never touch the network: use the database as it is')
    .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
    .option(
      '--vex-from-attestations',
      'also apply the OpenVEX attestations attached to a scanned image whose signature verifies against ' +
        '--key or the --certificate-* identity; any other is reported as ignored and suppresses nothing',
    )
    .option('--key <FILE>', 'VEX attestations: the public key (cosign.pub) they must be signed with');
  addIdentityOptions(scan, VEX_TRUST_HELP, 'upper')
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
    .addOption(unknownAsOption())
    .option('--base <SOURCE>', 'compare with this SOURCE: only findings the change introduced fail the gate')
    .option('--platform <os/arch[/variant]>', 'for an index, the platform image to scan')
    .option('--dockerfile <FILE>', 'the Dockerfile that built the image, for SARIF locations')
    .option(
      '-o, --output <FORMAT[=FILE]>',
      'json, sarif, table or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Default: table',
      collect,
    );
  addAccessOptions(scan).action(async (source: string | undefined, flags, cmd: Command) => {
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
    const vexTrust = await vexTrustFromFlags(flags, ctx.io);
    const common = {
      access,
      ...(flags.platform ? { platform: flags.platform as string } : {}),
      defaultPlatform: hostPlatform(),
      db: advisoryDbFrom(flags as AdvisoryFlags, ctx.io),
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

interface VexTrustFlags extends IdentityFlags {
  key?: string;
  insecureIgnoreTlog?: boolean;
  vexFromAttestations?: boolean;
}

/** `lading verify`'s trust flags, here for the VEX attestations a scan may apply. */
async function vexTrustFromFlags(flags: VexTrustFlags, io: CliIO) {
  const { subject, issuer } = identityFrom(flags);
  if (!flags.key && !flags.trustedRoot && !subject && !issuer) return undefined;
  // Loaded on demand: the Sigstore libraries are heavy and most scans never need them.
  const { vexTrust } = await import('../../scan/vex-trust.js');
  const { key, trustedRoot: root } = flags;
  const trust = await vexTrust({
    ...(key ? { key: { text: await readUserFile(io, key, '--key'), where: key } } : {}),
    ...(root
      ? {
          trustedRoot: {
            text: await readUserFile(io, root, '--trusted-root'),
            where: `--trusted-root ${root}`,
          },
        }
      : {}),
    ...(subject ? { subject } : {}),
    ...(issuer ? { issuer } : {}),
    insecureIgnoreTlog: flags.insecureIgnoreTlog === true,
    tuf: await tufSource(flags, io),
    names: { key: '--key', ...IDENTITY_FLAG_NAMES },
  });
  if (trust && flags.vexFromAttestations !== true) {
    throw new InputError(
      '--key/--certificate-*: they say who must have signed OpenVEX attestations; add --vex-from-attestations to apply them',
    );
  }
  return trust;
}
