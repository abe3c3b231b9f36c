import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import { addSigningOptions, type SigningFlags, signingMaterial } from '../signing-flags.js';

interface AttestFlags extends SigningFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  predicate?: string;
  type: string;
  recursive?: boolean;
  legacyAtt?: boolean;
  json?: boolean;
}

/** The kinds, spelled out here so `--help` lists them without loading the attest modules. */
const KINDS = ['slsaprovenance1', 'spdxjson', 'cyclonedx', 'vuln', 'openvex'];

export function registerAttest(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    addSigningOptions(
      program
        .command('attest')
        .description(
          'sign an in-toto attestation (SLSA provenance, SBOM, vulnerability scan, OpenVEX) and attach it as an OCI referrer, as cosign 3 does',
        )
        .argument('<IMAGE@DIGEST>', 'image the attestation is about')
        .addOption(new Option('--type <type>', 'predicate type').choices(KINDS).makeOptionMandatory())
        .option(
          '--predicate <file>',
          'predicate JSON (at most 64 MiB); for slsaprovenance1 in GitHub Actions, made from the run when omitted',
        ),
    )
      .option(
        '--recursive',
        'also name every platform manifest of an index and attach the attestation to each',
      )
      .option(
        '--legacy-att',
        'also write the legacy cosign sha256-<hex>.att tag (cosign < 2), appending to one already there',
      )
      .option('--json', 'print the result as JSON on stdout'),
  ).action(async (image: string, flags: AttestFlags, cmd: Command) => {
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const { services, key, identityToken } = await signingMaterial(flags, ctx.io, { actionsToken: true });
    // A cosign key's scrypt holds 64 MiB while it runs: finishing it before the
    // attest code loads keeps the two from adding up in the peak memory. It also
    // refuses a wrong password before any network.
    await key?.privateKey;
    // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
    const [{ attestStep }, { workflowContext }, { parsePredicateKind }] = await Promise.all([
      import('../../steps/attest.js'),
      import('../../github/workflow.js'),
      import('../../attest/predicates.js'),
    ]);
    const kind = parsePredicateKind(flags.type);
    const result = await attestStep(
      {
        image,
        access,
        kind,
        ...(flags.predicate
          ? {
              predicate: {
                path: resolve(ctx.io.cwd, flags.predicate),
                where: `--predicate ${flags.predicate}`,
              },
            }
          : kind === 'slsaprovenance1'
            ? { workflow: workflowContext(ctx.io.env) }
            : {}),
        ...(key ? { key } : {}),
        ...(identityToken ? { identityToken } : {}),
        services,
        recursive: Boolean(flags.recursive),
        legacyAtt: Boolean(flags.legacyAtt),
      },
      reporter,
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    for (const a of result.attestations) {
      const log = a.transparencyLog.map((t) => ` tlog ${t}`).join('');
      ctx.io.stdout.write(`${a.predicateType} ${a.subject} -> ${a.location}${log}\n`);
      if (a.legacyAtt)
        ctx.io.stdout.write(`${a.predicateType} ${a.subject} -> ${a.legacyAtt} (legacy .att)\n`);
    }
  });
}
