import type { X509Certificate } from 'node:crypto';
import type { Command } from 'commander';
import { ExitCode, InputError } from '../../errors.js';
import type { IdentityPolicy } from '../../sigstore/identity-policy.js';
import type { Trust } from '../../sigstore/verifier.js';
import { accessFrom, addAccessOptions } from '../access.js';
import type { CommandContext } from '../program.js';
import { cliReporter } from '../reporter.js';
import {
  addIdentityOptions,
  IDENTITY_REGEXP_FLAGS,
  type IdentityFlags,
  identityFrom,
  keylessTrust,
  publicKeyFrom,
  refuseKeyWithIdentity,
} from '../trust-flags.js';
import { readUserFile } from '../user-file.js';

interface VerifyFlags extends IdentityFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
  key?: string;
  notationCert?: string[];
  certificateGithubWorkflowRepository?: string;
  certificateGithubWorkflowRef?: string;
  certificateGithubWorkflowName?: string;
  certificateGithubWorkflowTrigger?: string;
  certificateGithubWorkflowSha?: string;
  insecureIgnoreTlog?: boolean;
  requireAttestation?: string[];
  attestationBuilderId?: string;
  attestationSourceRepository?: string;
  attestationSourceRef?: string;
  maxSeverity?: string;
  maxScanAge?: string;
  json?: boolean;
}

const VERIFY_HELP = {
  identity: 'certificate subject (SAN), exactly',
  identityRegexp: 'certificate subject (SAN), a regular expression matching all of it',
  issuer: 'OIDC issuer, exactly',
  issuerRegexp: 'OIDC issuer, a regular expression matching all of it',
  trustedRoot: 'Sigstore trusted root JSON (default: the public instance, through TUF)',
};

export function registerVerify(program: Command, ctx: CommandContext): void {
  addAccessOptions(
    addIdentityOptions(
      program
        .command('verify')
        .description(
          "verify an image's signatures (cosign bundle and legacy formats) against a key or an identity policy",
        )
        .argument('<IMAGE>', 'image to verify')
        .option('--key <file>', 'public key PEM (cosign.pub)')
        .option(
          '--notation-cert <file>',
          'also verify Notation JWS signatures against this trust-store certificate (PEM); repeatable. Alone, only Notation signatures are checked',
          (value: string, previous: string[] = []) => [...previous, value],
        ),
      VERIFY_HELP,
      'lower',
    )
      .option(
        '--certificate-github-workflow-repository <owner/repo>',
        'GitHub repository that ran the workflow',
      )
      .option('--certificate-github-workflow-ref <ref>', 'git ref the workflow ran on (refs/tags/v1.0.0)')
      .option('--certificate-github-workflow-name <name>', 'workflow name')
      .option(
        '--certificate-github-workflow-trigger <event>',
        'event that triggered the workflow (push, release…)',
      )
      .option('--certificate-github-workflow-sha <sha>', 'commit the workflow ran on')
      .option('--offline', 'use the cached trusted root without updating it')
      .option(
        '--insecure-ignore-tlog',
        'accept certificate signatures with an RFC 3161 timestamp but no log entry',
      )
      .option(
        '--require-attestation <type>',
        'also require a valid attestation of this type: slsaprovenance1, spdxjson, cyclonedx, vuln, openvex (repeatable)',
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('--attestation-builder-id <id>', 'slsaprovenance1: runDetails.builder.id, exactly')
      .option(
        '--attestation-source-repository <repo>',
        'slsaprovenance1: source repository (owner/repo or its URL)',
      )
      .option(
        '--attestation-source-ref <ref>',
        'slsaprovenance1: git ref the build ran on (refs/tags/v1.0.0)',
      )
      .option('--max-severity <severity>', 'vuln: no finding above negligible|low|medium|high|critical')
      .option('--max-scan-age <duration>', 'vuln: the scan finished at most this long ago (90m, 24h, 7d)')
      .option('--json', 'print every verdict as JSON on stdout'),
  ).action(async (image: string, flags: VerifyFlags, cmd: Command) => {
    // Loaded on demand: the Sigstore libraries are heavy and no other command
    // needs them. The trusted root (TUF and its HTTP stack) only when no key is given.
    const [{ validatePolicy }, { verifyStep }] = await Promise.all([
      import('../../sigstore/identity-policy.js'),
      import('../../steps/verify.js'),
    ]);
    const access = await accessFrom(flags, ctx.io);
    const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
    const { subject, issuer } = identityFrom(flags);
    const github = Object.fromEntries(
      Object.entries({
        repository: flags.certificateGithubWorkflowRepository,
        ref: flags.certificateGithubWorkflowRef,
        workflow: flags.certificateGithubWorkflowName,
        trigger: flags.certificateGithubWorkflowTrigger,
        sha: flags.certificateGithubWorkflowSha,
      }).filter(([, v]) => v !== undefined),
    ) as IdentityPolicy['github'];
    const policy: IdentityPolicy = {
      ...(subject ? { subject } : {}),
      ...(issuer ? { issuer } : {}),
      ...(github && Object.keys(github).length ? { github } : {}),
    };
    validatePolicy(policy, IDENTITY_REGEXP_FLAGS);
    let trust: Trust | undefined;
    const notationTrustStore: X509Certificate[] = [];
    if (flags.notationCert?.length) {
      const { certificatesFromPemText } = await import('../../sigstore/notation/certificates.js');
      for (const file of flags.notationCert) {
        const text = await readUserFile(ctx.io, file, '--notation-cert');
        notationTrustStore.push(...certificatesFromPemText(text, `--notation-cert ${file}`));
      }
    }
    if (notationTrustStore.length && !flags.key && !flags.trustedRoot && !subject && !issuer) {
      trust = undefined;
    } else if (flags.key) {
      refuseKeyWithIdentity(flags.key, Boolean(subject || issuer || policy.github));
      trust = { publicKey: await publicKeyFrom(ctx.io, flags.key, '--key') };
    } else {
      if (!flags.trustedRoot && (!subject || !issuer)) {
        throw new InputError(
          'give --key FILE, or an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]',
        );
      }
      trust = await keylessTrust(flags, ctx.io);
    }
    const requirementText = {
      kinds: flags.requireAttestation ?? [],
      builderId: flags.attestationBuilderId,
      sourceRepository: flags.attestationSourceRepository,
      sourceRef: flags.attestationSourceRef,
      maxSeverity: flags.maxSeverity,
      maxScanAge: flags.maxScanAge,
    };
    // The predicate code loads only when an attestation flag is given: a plain verify never needs it.
    const requireAttestations = Object.values(requirementText).some((v) =>
      Array.isArray(v) ? v.length > 0 : v !== undefined,
    )
      ? await import('../../attest/requirements.js').then(
          ({ attestationRequirements, CLI_REQUIREMENT_NAMES }) =>
            attestationRequirements(requirementText, CLI_REQUIREMENT_NAMES),
        )
      : [];
    const result = await verifyStep(
      {
        image,
        access,
        ...(trust ? { trust } : {}),
        ...(notationTrustStore.length ? { notationTrustStore } : {}),
        policy,
        requireTransparencyLog: !flags.insecureIgnoreTlog,
        ...(requireAttestations.length ? { requireAttestations } : {}),
      },
      reporter,
    );
    if (flags.json) {
      ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      for (const s of result.signatures) {
        ctx.io.stdout.write(
          `${s.ok ? 'valid  ' : 'invalid'} ${s.format.padEnd(6)} ${s.location}: ${s.reason}\n`,
        );
      }
      for (const r of result.attestations ?? []) {
        for (const a of r.attestations) {
          ctx.io.stdout.write(
            `${a.ok ? 'valid  ' : 'invalid'} ${r.requirement.kind} attestation ${a.location}: ${a.reason}\n`,
          );
        }
      }
    }
    const unmet = (result.attestations ?? []).filter((r) => !r.satisfied);
    if (unmet.length) {
      ctx.io.stderr.write(
        `lading: ${result.image}: no valid ${unmet.map((r) => r.requirement.kind).join(', ')} attestation${unmet.some((r) => r.attestations.length) ? ' (each one found is listed above with its reason)' : ''}\n`,
      );
      ctx.setExit(ExitCode.denied);
    }
    if (!result.signatures.some((s) => s.ok)) {
      ctx.io.stderr.write(
        `lading: no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed above with its reason' : ''})\n`,
      );
      ctx.setExit(ExitCode.denied);
    }
  });
}
