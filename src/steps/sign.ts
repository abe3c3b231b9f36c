import { InputError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, openLocation } from '../oci/opener.js';
import type { Store } from '../oci/store.js';
import { type Descriptor, isIndex } from '../oci/types.js';
import { IN_TOTO_PAYLOAD_TYPE, signDsse, signMessage } from '../sigstore/bundle.js';
import {
  COSIGN_SIGN_PREDICATE,
  cosignSignStatement,
  pushBundleReferrer,
} from '../sigstore/formats/cosign-bundle.js';
import {
  legacySignatureFromBundle,
  legacySignatureTag,
  pushLegacySignature,
  simpleSigningPayload,
} from '../sigstore/formats/cosign-legacy.js';
import { KeySigner } from '../sigstore/key-signer.js';
import { DEFAULT_FULCIO_URL, type IdentityTokenProvider, keylessSigner } from '../sigstore/keyless-signer.js';
import { SIGNATURE_FORMATS, type SignatureFormat } from '../sigstore/signature-format.js';
import type { Signer } from '../sigstore/signer.js';
import type { SigningServices } from '../sigstore/signing-config.js';
import { createWitnesses, DEFAULT_REKOR_URL } from '../sigstore/witnesses.js';
import type { Reporter } from './reporter.js';

export { SIGNATURE_FORMATS, type SignatureFormat };

export interface SignStepOptions {
  /** The image, by digest (a tag is resolved once, with a warning). */
  image: string;
  access: AccessOptions;
  /** bundle: cosign 3's referrer; legacy: the `.sig` tag Harbor before 2.15 reads; both. */
  format: SignatureFormat;
  /** A key pair: the key file's text, its password, and its name for messages. */
  key?: { text: string; password?: string; where: string };
  /** Keyless: where the OIDC token comes from. Used when no key is given. */
  identityToken?: IdentityTokenProvider;
  /**
   * Fulcio, Rekor and TSA. Keyless defaults to the public Fulcio and Rekor; a
   * key signature is witnessed only by the services named here.
   */
  services?: SigningServices;
  /** Also sign every platform manifest of an index. */
  recursive?: boolean;
  /** The creation time written on bundle referrers (default now). */
  now?: Date;
}

export interface SignatureWritten {
  /** The manifest that was signed. */
  subject: string;
  format: 'bundle' | 'legacy';
  /** The referrer manifest (bundle) or the `.sig` manifest (legacy). */
  digest: string;
  location: string;
  /** Transparency-log entries that witness it, with links where the log is the public one. */
  transparencyLog: { index: string; url?: string }[];
}

export interface SignStepResult {
  image: string;
  digest: string;
  signatures: SignatureWritten[];
}

/** `lading sign`: signs an image (and, by option, each platform) in the cosign formats asked for. */
export async function signStep(options: SignStepOptions, reporter: Reporter): Promise<SignStepResult> {
  if (!SIGNATURE_FORMATS.includes(options.format)) {
    throw new InputError(
      `--signature-format: must be bundle, legacy or both, got ${JSON.stringify(options.format)}`,
    );
  }
  const signer = await makeSigner(options);
  const services = witnessServices(options);
  const witnesses = createWitnesses(services);
  const location = await openLocation(options.image, 'read', options.access);
  try {
    const { store } = location;
    if (!location.reference)
      throw new InputError(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
    if (!isDigest(location.reference)) {
      reporter.warn(
        `${options.image}: signing by tag; the tag may move before the signature is checked, prefer IMAGE@DIGEST`,
      );
    }
    const root = await store.resolve(location.reference);
    const subjects: Descriptor[] = [root];
    if (options.recursive) {
      const { manifest } = await store.fetchManifest(root);
      if (isIndex(manifest)) subjects.push(...manifest.manifests);
    }
    const written: SignatureWritten[] = [];
    for (const subject of subjects) {
      written.push(
        ...(await signOne(store, location.display, subject, signer, witnesses, options, services.rekorUrl)),
      );
      reporter.info(`signed ${location.display}@${subject.digest}`);
    }
    return { image: location.display, digest: root.digest, signatures: written };
  } finally {
    await location.close();
  }
}

async function makeSigner(options: SignStepOptions): Promise<Signer> {
  if (options.key) return KeySigner.fromFile(options.key.text, options.key.password, options.key.where);
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

function witnessServices(options: SignStepOptions): SigningServices {
  if (options.key) return { ...options.services };
  return { rekorUrl: DEFAULT_REKOR_URL, ...options.services };
}

async function signOne(
  store: Store,
  repository: string,
  subject: Descriptor,
  signer: Signer,
  witnesses: ReturnType<typeof createWitnesses>,
  options: SignStepOptions,
  rekorUrl: string | undefined,
): Promise<SignatureWritten[]> {
  const out: SignatureWritten[] = [];
  const links = (indexes: string[]) =>
    indexes.map((index) => ({
      index,
      ...(rekorUrl === DEFAULT_REKOR_URL ? { url: `https://search.sigstore.dev/?logIndex=${index}` } : {}),
    }));
  if (options.format !== 'legacy') {
    const signed = await signDsse(
      cosignSignStatement(subject.digest),
      IN_TOTO_PAYLOAD_TYPE,
      signer,
      witnesses,
    );
    const referrer = await pushBundleReferrer(store, subject, signed.json, {
      predicateType: COSIGN_SIGN_PREDICATE,
      created: options.now ?? new Date(),
    });
    out.push({
      subject: subject.digest,
      format: 'bundle',
      digest: referrer.digest,
      location: `${repository}@${referrer.digest}`,
      transparencyLog: links(signed.bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex)),
    });
  }
  if (options.format !== 'bundle') {
    const payload = simpleSigningPayload(repository, subject.digest);
    const signed = await signMessage(payload, signer, witnesses);
    const manifest = await pushLegacySignature(
      store,
      subject.digest,
      legacySignatureFromBundle(payload, signed.bundle),
    );
    out.push({
      subject: subject.digest,
      format: 'legacy',
      digest: manifest.digest,
      location: `${repository}:${legacySignatureTag(subject.digest)}`,
      transparencyLog: links(signed.bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex)),
    });
  }
  return out;
}
