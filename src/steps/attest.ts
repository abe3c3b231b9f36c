import type { Bundle } from '@sigstore/bundle';
import { legacyAttestationTag, pushLegacyAttestation } from '../attest/legacy-att.js';
import {
  checkPredicate,
  PREDICATE_KINDS,
  PREDICATE_TYPES,
  type PredicateKind,
  predicateFileSize,
  readPredicateInto,
} from '../attest/predicates.js';
import { slsaProvenance } from '../attest/provenance.js';
import { frameStatement, pushAttestation, signStatement } from '../attest/pusher.js';
import { imageSubjects, statementFrame } from '../attest/statement.js';
import { InputError } from '../errors.js';
import type { WorkflowContext } from '../github/workflow.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import { type Descriptor, isIndex } from '../oci/types.js';
import type { SigningKey } from '../sigstore/key-file.js';
import { KeySigner } from '../sigstore/key-signer.js';
import { DEFAULT_FULCIO_URL, type IdentityTokenProvider, keylessSigner } from '../sigstore/keyless-signer.js';
import type { Signer } from '../sigstore/signer.js';
import type { SigningServices } from '../sigstore/signing-config.js';
import { createWitnesses, DEFAULT_REKOR_URL } from '../sigstore/witnesses.js';
import type { Reporter } from './reporter.js';

export interface AttestStepOptions {
  /** The image, by digest (a tag is resolved once, with a warning). */
  image: string;
  access: AccessOptions;
  kind: PredicateKind;
  /** The predicate file and its name for messages. Optional for slsaprovenance1 when `workflow` is given. */
  predicate?: { path: string; where: string };
  /** The run SLSA provenance describes, when no predicate file is given. */
  workflow?: WorkflowContext;
  key?: SigningKey;
  identityToken?: IdentityTokenProvider;
  /** Fulcio, Rekor and TSA; keyless defaults to the public Fulcio and Rekor. */
  services?: SigningServices;
  /** Also name every platform manifest of an index as a subject, and attach the attestation to each. */
  recursive?: boolean;
  /** Also write the legacy cosign `sha256-<hex>.att` tag (cosign < 2), appending to one already there. */
  legacyAtt?: boolean;
  /** Called with the signed bundle once every referrer is pushed (GitHub's attestations store). */
  onBundle?: (bundle: Bundle) => Promise<void>;
  now?: Date;
}

export interface AttestationWritten {
  subject: string;
  predicateType: string;
  /** The referrer manifest's digest and where it lives. */
  digest: string;
  location: string;
  bundleSize: number;
  transparencyLog: string[];
  /** With `legacyAtt`: the `.att` manifest now holding the attestation, as `repository:tag@digest`. */
  legacyAtt?: string;
}

export interface AttestStepResult {
  image: string;
  digest: string;
  predicateType: string;
  attestations: AttestationWritten[];
}

/** `lading attest`: signs a predicate about an image and attaches it as a referrer. */
export async function attestStep(options: AttestStepOptions, reporter: Reporter): Promise<AttestStepResult> {
  if (!PREDICATE_KINDS.includes(options.kind)) {
    throw new InputError(
      `--type: must be one of ${PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(options.kind)}`,
    );
  }
  const predicateType = PREDICATE_TYPES[options.kind];
  // Bad input is refused before the registry is touched.
  let predicateSize: number;
  let generated: Buffer | undefined;
  if (options.predicate) {
    predicateSize = await predicateFileSize(options.predicate.path, options.predicate.where);
  } else if (options.kind === 'slsaprovenance1' && options.workflow) {
    generated = Buffer.from(JSON.stringify(slsaProvenance(options.workflow)));
    checkPredicate(generated, options.kind, 'generated provenance');
    predicateSize = generated.length;
  } else {
    throw new InputError(
      options.kind === 'slsaprovenance1'
        ? '--predicate: give a provenance file, or run in GitHub Actions to have it made from the run'
        : `--predicate: a ${options.kind} predicate file is required`,
    );
  }
  const signer = await makeSigner(options);
  const witnesses = createWitnesses(
    options.key ? { ...options.services } : { rekorUrl: DEFAULT_REKOR_URL, ...options.services },
  );

  const location = await openLocation(options.image, 'read', options.access);
  try {
    const { store } = location;
    if (!location.reference)
      throw new InputError(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
    if (!isDigest(location.reference)) {
      reporter.warn(`${options.image}: attesting by tag; the tag may move, prefer IMAGE@DIGEST`);
    }
    // Throws NotFoundError for a digest the registry does not hold: nothing is pushed.
    const root = await store.resolve(location.reference);
    const subjects: Descriptor[] = [root];
    if (options.recursive) {
      const { manifest } = await store.fetchManifest(root);
      if (isIndex(manifest)) subjects.push(...manifest.manifests);
    }
    const frame = statementFrame(
      imageSubjects(
        location.display,
        subjects.map((s) => s.digest),
      ),
      predicateType,
    );
    // The predicate is read straight into its place in the statement, which
    // sits in the buffer that is signed: one copy of it, whatever its size.
    const framed = frameStatement(frame, predicateSize);
    if (generated) generated.copy(framed.predicate);
    else if (options.predicate) {
      await readPredicateInto(
        options.predicate.path,
        framed.predicate,
        options.kind,
        options.predicate.where,
      );
    }
    const bundle = await signStatement(framed, signer, witnesses);
    const written: AttestationWritten[] = [];
    for (const subject of subjects) {
      const pushed = await pushAttestation(store, subject, bundle, {
        predicateType,
        created: options.now ?? new Date(),
      });
      let legacyAtt: string | undefined;
      if (options.legacyAtt) {
        const att = await pushLegacyAttestation(store, subject.digest, bundle, predicateType);
        legacyAtt = `${location.display}:${legacyAttestationTag(subject.digest)}@${att.digest}`;
      }
      written.push({
        subject: subject.digest,
        predicateType,
        digest: pushed.referrer.digest,
        location: `${location.display}@${pushed.referrer.digest}`,
        bundleSize: pushed.bundle.size,
        transparencyLog: pushed.transparencyLog,
        ...(legacyAtt ? { legacyAtt } : {}),
      });
      reporter.info(`attested ${location.display}@${subject.digest} (${predicateType})`);
    }
    if (options.onBundle) await options.onBundle(bundle);
    return { image: location.display, digest: root.digest, predicateType, attestations: written };
  } finally {
    await location.close();
  }
}

async function makeSigner(options: AttestStepOptions): Promise<Signer> {
  if (options.key) return KeySigner.open(options.key);
  if (!options.identityToken) {
    throw new InputError(
      'no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available',
    );
  }
  return keylessSigner({
    fulcioUrl: options.services?.fulcioUrl ?? DEFAULT_FULCIO_URL,
    identityToken: options.identityToken,
  });
}
