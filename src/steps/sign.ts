import { InputError } from '../errors.js';
import { isDigest } from '../oci/digest.js';
import { type AccessOptions, type Location, openLocation } from '../oci/opener.js';
import { defaultScheme, registryApiHost } from '../oci/reference.js';
import { detectSource } from '../oci/source.js';
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
import type { SigningKey } from '../sigstore/key-file.js';
import { KeySigner } from '../sigstore/key-signer.js';
import { DEFAULT_FULCIO_URL, type IdentityTokenProvider, keylessSigner } from '../sigstore/keyless-signer.js';
import { type NotationIdentity, pushNotationSignature } from '../sigstore/notation/signature-manifest.js';
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
  /**
   * bundle: cosign 3's referrer; legacy: the `.sig` tag Harbor before 2.15 reads; both.
   * Left out: `both` when the registry says it is Harbor before 2.15, `bundle` otherwise.
   */
  format?: SignatureFormat;
  /** How long the Harbor version probe may take (default 2 s); tests shorten it. */
  probeTimeoutMs?: number;
  /** A key pair: its private half, being opened. */
  key?: SigningKey;
  /** Keyless: where the OIDC token comes from. Used when no key is given. */
  identityToken?: IdentityTokenProvider;
  /**
   * Fulcio, Rekor and TSA. Keyless defaults to the public Fulcio and Rekor; a
   * key signature is witnessed only by the services named here.
   */
  services?: SigningServices;
  /** Also sign every platform manifest of an index. */
  recursive?: boolean;
  /** The creation time written on bundle referrers and Notation's signing time (default now). */
  now?: Date;
  /**
   * Also (or, without key or token, only) a Notation JWS signature with this
   * key and certificate chain, for Harbor's Notation policy and `notation verify`.
   */
  notation?: NotationIdentity;
  /** Notation's `io.cncf.notary.signingAgent` (default "lading"). */
  agent?: string;
}

export interface SignatureWritten {
  /** The manifest that was signed. */
  subject: string;
  format: 'bundle' | 'legacy' | 'notation';
  /** The referrer manifest (bundle) or the `.sig` manifest (legacy). */
  digest: string;
  location: string;
  /** Transparency-log entries that witness it, with links where the log is the public one. */
  transparencyLog: { index: string; url?: string }[];
}

export interface SignStepResult {
  image: string;
  digest: string;
  /** The cosign format used, and why (given, or detected from the registry). */
  format: FormatChoice;
  signatures: SignatureWritten[];
}

export interface FormatChoice {
  format: SignatureFormat;
  reason: string;
}

/** Harbor before this shows cosign 3's bundle referrers as unsigned (and its policy blocks pulls). */
const HARBOR_READS_BUNDLES = { major: 2, minor: 15 };

/**
 * The documented default format: `both` when the registry answers Harbor's
 * `GET /api/v2.0/systeminfo` with a `harbor_version` before 2.15, else `bundle`.
 * Best effort: any failure or silence within the timeout means "not an old Harbor".
 */
export async function defaultSignatureFormat(
  registry: string,
  options: {
    insecure?: readonly string[];
    credentials?: { username: string; password: string };
    timeoutMs?: number;
    fetchImpl?: typeof fetch;
  } = {},
): Promise<FormatChoice> {
  const url = `${defaultScheme(registry, options.insecure)}://${registryApiHost(registry)}/api/v2.0/systeminfo`;
  let version: unknown;
  try {
    const res = await (options.fetchImpl ?? fetch)(url, {
      headers: {
        Accept: 'application/json',
        // Harbor tells its version to signed-in users only; the registry login is a Harbor login.
        ...(options.credentials
          ? {
              Authorization: `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`,
            }
          : {}),
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 2000),
    });
    if (res.ok) version = ((await res.json()) as { harbor_version?: unknown }).harbor_version;
  } catch {
    // Not Harbor, unreachable, slow or not JSON: the default stands.
  }
  const parsed = typeof version === 'string' ? /^v?(\d+)\.(\d+)/.exec(version) : null;
  if (!parsed) {
    return { format: 'bundle', reason: `default: ${registry} does not report a Harbor version` };
  }
  const [major, minor] = [Number(parsed[1]), Number(parsed[2])];
  const old =
    major < HARBOR_READS_BUNDLES.major ||
    (major === HARBOR_READS_BUNDLES.major && minor < HARBOR_READS_BUNDLES.minor);
  return old
    ? {
        format: 'both',
        reason: `default: ${registry} is Harbor ${version}, before 2.15, which reads only legacy .sig signatures`,
      }
    : { format: 'bundle', reason: `default: ${registry} is Harbor ${version}, which reads bundle referrers` };
}

async function chooseFormat(options: SignStepOptions): Promise<FormatChoice> {
  if (options.format) return { format: options.format, reason: 'as asked' };
  const source = await detectSource(options.image).catch(() => undefined);
  if (source?.kind !== 'registry') return { format: 'bundle', reason: 'default: not a registry' };
  return defaultSignatureFormat(source.reference.registry, {
    ...(options.access.insecureRegistries ? { insecure: options.access.insecureRegistries } : {}),
    ...(options.access.credentials ? { credentials: options.access.credentials } : {}),
    ...(options.probeTimeoutMs !== undefined ? { timeoutMs: options.probeTimeoutMs } : {}),
  });
}

/** `lading sign`: signs an image (and, by option, each platform) in the cosign formats asked for, and/or Notation's. */
export async function signStep(options: SignStepOptions, reporter: Reporter): Promise<SignStepResult> {
  if (options.format !== undefined && !SIGNATURE_FORMATS.includes(options.format)) {
    throw new InputError(
      `--signature-format: must be bundle, legacy or both, got ${JSON.stringify(options.format)}`,
    );
  }
  // A Notation identity alone signs only in Notation's format; with a key or a token, cosign's too.
  const cosign = !(options.notation && !options.key && !options.identityToken);
  // Decrypting a cosign key (scrypt, ~0.1 s in the thread pool) overlaps the
  // Harbor probe and the registry's first round trips; its errors still win
  // over theirs, as if it had run first.
  const signerReady = cosign ? makeSigner(options) : Promise.resolve(undefined);
  signerReady.catch(() => {});
  const services = witnessServices(options);
  const witnesses = createWitnesses(services);
  let choice: FormatChoice;
  let location: Location;
  try {
    choice = cosign
      ? await chooseFormat(options)
      : { format: 'bundle', reason: 'no cosign signature: only a Notation identity was given' };
    location = await openLocation(options.image, 'read', options.access);
  } catch (e) {
    await signerReady;
    throw e;
  }
  try {
    const { store } = location;
    let subjects: Descriptor[];
    try {
      if (!location.reference)
        throw new InputError(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
      const root = await store.resolve(location.reference);
      subjects = [root];
      if (options.recursive) {
        const { manifest } = await store.fetchManifest(root);
        if (isIndex(manifest)) subjects.push(...manifest.manifests);
      }
    } catch (e) {
      await signerReady;
      throw e;
    }
    const signer = await signerReady;
    // Only a chosen default is worth a line; an explicit format is what the user typed.
    if (cosign && !options.format) reporter.info(`signature format ${choice.format} (${choice.reason})`);
    if (!isDigest(location.reference)) {
      reporter.warn(
        `${options.image}: signing by tag; the tag may move before the signature is checked, prefer IMAGE@DIGEST`,
      );
    }
    const root = subjects[0] as Descriptor;
    const written: SignatureWritten[] = [];
    for (const subject of subjects) {
      if (signer) {
        written.push(
          ...(await signOne(
            store,
            location.display,
            subject,
            signer,
            witnesses,
            choice.format,
            options,
            services.rekorUrl,
          )),
        );
      }
      if (options.notation) {
        const descriptor = await pushNotationSignature(store, subject, options.notation, {
          signingTime: options.now ?? new Date(),
          agent: options.agent ?? 'lading',
        });
        written.push({
          subject: subject.digest,
          format: 'notation',
          digest: descriptor.digest,
          location: `${location.display}@${descriptor.digest}`,
          transparencyLog: [],
        });
      }
      reporter.info(`signed ${location.display}@${subject.digest}`);
    }
    return { image: location.display, digest: root.digest, format: choice, signatures: written };
  } finally {
    await location.close();
  }
}

async function makeSigner(options: SignStepOptions): Promise<Signer> {
  if (options.key) return KeySigner.open(options.key);
  if (!options.identityToken) {
    throw new InputError(
      'no signing identity: give --key FILE, --notation-key/--notation-cert, --identity-token FILE, or run where an OIDC token is available',
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
  format: SignatureFormat,
  options: SignStepOptions,
  rekorUrl: string | undefined,
): Promise<SignatureWritten[]> {
  const out: SignatureWritten[] = [];
  const links = (indexes: string[]) =>
    indexes.map((index) => ({
      index,
      ...(rekorUrl === DEFAULT_REKOR_URL ? { url: `https://search.sigstore.dev/?logIndex=${index}` } : {}),
    }));
  if (format !== 'legacy') {
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
  if (format !== 'bundle') {
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
