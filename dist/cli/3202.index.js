export const id = 3202;
export const ids = [3202,7529];
export const modules = {

/***/ 97529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anchoredPattern: () => (/* binding */ anchoredPattern),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   identityMismatch: () => (/* binding */ identityMismatch),
/* harmony export */   validatePolicy: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    triggerV1: '1.3.6.1.4.1.57264.1.2',
    shaV1: '1.3.6.1.4.1.57264.1.3',
    workflowV1: '1.3.6.1.4.1.57264.1.4',
    repositoryV1: '1.3.6.1.4.1.57264.1.5',
    refV1: '1.3.6.1.4.1.57264.1.6',
    issuer: '1.3.6.1.4.1.57264.1.8',
    sourceRepository: '1.3.6.1.4.1.57264.1.12',
    sourceDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRef: '1.3.6.1.4.1.57264.1.14',
    trigger: '1.3.6.1.4.1.57264.1.20',
};
/** Compiles a user's pattern anchored at both ends, so `…/release.yml` never matches `…/release.yml.evil`. */
function anchoredPattern(pattern, where) {
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: not a regular expression: ${e.message}`);
    }
}
/** Checks every pattern of `policy` compiles; `names` maps matcher keys to the flag or input the user wrote. */
function validatePolicy(policy, names) {
    if (policy.subject && 'pattern' in policy.subject)
        anchoredPattern(policy.subject.pattern, names.subject);
    if (policy.issuer && 'pattern' in policy.issuer)
        anchoredPattern(policy.issuer.pattern, names.issuer);
}
function legacy(cert, oid) {
    return cert.extension(oid)?.value.toString('utf8');
}
/** Newer Fulcio extensions hold a DER UTF8String rather than raw bytes. */
function derString(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
function certificateIdentity(der) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der));
    const repositoryUrl = derString(cert, OID.sourceRepository);
    const github = {
        repository: legacy(cert, OID.repositoryV1) ?? repositoryUrl?.replace(/^https:\/\/[^/]+\//, ''),
        ref: legacy(cert, OID.refV1) ?? derString(cert, OID.sourceRef),
        workflow: legacy(cert, OID.workflowV1),
        trigger: legacy(cert, OID.triggerV1) ?? derString(cert, OID.trigger),
        sha: legacy(cert, OID.shaV1) ?? derString(cert, OID.sourceDigest),
    };
    const subject = cert.subjectAltName;
    const issuer = derString(cert, OID.issuer) ?? legacy(cert, OID.issuerV1);
    return {
        ...(subject ? { subject } : {}),
        ...(issuer ? { issuer } : {}),
        github: Object.fromEntries(Object.entries(github).filter(([, v]) => v !== undefined)),
    };
}
function matches(m, value) {
    if (value === undefined)
        return false;
    return 'exact' in m ? m.exact === value : anchoredPattern(m.pattern, 'pattern').test(value);
}
function describe(m) {
    return 'exact' in m ? JSON.stringify(m.exact) : `/^(?:${m.pattern})$/`;
}
/** Why `identity` fails `policy`, or undefined when it passes. */
function identityMismatch(policy, identity) {
    if (policy.issuer && !matches(policy.issuer, identity.issuer)) {
        return `issuer ${JSON.stringify(identity.issuer ?? '(none)')} does not match ${describe(policy.issuer)}`;
    }
    if (policy.subject && !matches(policy.subject, identity.subject)) {
        return `subject ${JSON.stringify(identity.subject ?? '(none)')} does not match ${describe(policy.subject)}`;
    }
    for (const [key, want] of Object.entries(policy.github ?? {})) {
        if (want === undefined)
            continue;
        const got = identity.github[key];
        if (got !== want) {
            return `GitHub ${key} ${JSON.stringify(got ?? '(none)')} in the certificate is not ${JSON.stringify(want)}`;
        }
    }
    return undefined;
}


/***/ }),

/***/ 99798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ findImageSignatures),
/* harmony export */   HE: () => (/* binding */ Rejected),
/* harmony export */   OB: () => (/* binding */ verifyBundleSignature),
/* harmony export */   OE: () => (/* binding */ rejectionReason),
/* harmony export */   a$: () => (/* binding */ verifyImageSignatures),
/* harmony export */   c3: () => (/* binding */ legacyAttestationBundle),
/* harmony export */   hl: () => (/* binding */ checkIdentityPolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68825);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27812);
/* harmony import */ var _identity_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97529);









/** A signature or attestation refused, with the reason a user reads. */
class Rejected extends Error {
}
/** Bundles among the referrers of `digest` and the signatures under its `.sig` tag, looked up together. */
async function findImageSignatures(store, digest) {
    const [bundles, legacy] = await Promise.all([
        (0,_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__.findBundles)(store, digest),
        (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .findLegacySignatures */ .ub)(store, digest),
    ]);
    return { bundles, legacy };
}
/**
 * Verifies every signature of `subject` found in `store`. `found` is the
 * lookup when the caller started it early (findImageSignatures).
 */
async function verifyImageSignatures(store, subject, options, found = findImageSignatures(store, subject.digest)) {
    const { bundles, legacy } = await found;
    let manifestBytes;
    const subjectBytes = async () => {
        manifestBytes ??= (await store.fetchManifest(subject)).bytes;
        return manifestBytes;
    };
    const verdicts = [];
    for (const one of bundles) {
        const location = `${store.name}@${one.descriptor.digest}`;
        if (one.error || one.bundle === undefined) {
            verdicts.push({ format: 'bundle', location, ok: false, reason: one.error ?? 'unreadable bundle' });
            continue;
        }
        verdicts.push(await judge('bundle', location, options, async () => {
            let bundle;
            try {
                bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(one.bundle);
            }
            catch (e) {
                throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
            }
            const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
            return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
        }));
    }
    for (const one of legacy) {
        const location = `${store.name}:${one.manifest.digest} layer ${one.layer.digest}`;
        if (one.error || !one.signature) {
            verdicts.push({ format: 'legacy', location, ok: false, reason: one.error ?? 'unreadable signature' });
            continue;
        }
        const sig = one.signature;
        verdicts.push(await judge('legacy', location, options, async () => ({
            bundle: legacyBundle(sig),
            artifact: sig.payload,
            bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
        })));
    }
    return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}
async function judge(format, location, options, prepare) {
    const seen = {};
    try {
        const { bundle, artifact, bindsTo } = await prepare();
        await verifyBundleSignature(bundle, artifact, options, seen);
        bindsTo(bundle);
        const { identity, transparencyLog } = seen;
        if (!identity)
            return { format, location, ok: true, reason: 'signature verified with the public key' };
        checkIdentityPolicy(options, identity);
        return {
            format,
            location,
            ok: true,
            reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
            identity,
            ...(transparencyLog?.length ? { transparencyLog } : {}),
        };
    }
    catch (e) {
        return {
            format,
            location,
            ok: false,
            reason: rejectionReason(e),
            ...(seen.identity ? { identity: seen.identity } : {}),
            ...(seen.transparencyLog?.length ? { transparencyLog: seen.transparencyLog } : {}),
        };
    }
}
/**
 * Checks one bundle's signature, as cosign does: with a public key the
 * signature alone; with a trusted root the Fulcio certificate, a trusted time
 * and the transparency log (the identity policy is the caller's next step,
 * checkIdentityPolicy). `artifact` is what a message signature signs. Throws
 * on refusal; `seen` gets the certificate's identity and log entries as they
 * are read.
 */
async function verifyBundleSignature(bundle, artifact, options, seen = {}) {
    if ('publicKey' in options.trust) {
        verifyWithKey(bundle, artifact, options.trust.publicKey);
        return;
    }
    // Certificates, logs and timestamps need sigstore-js's verifier, loaded
    // only here: it is most of a key verification's start-up otherwise.
    const sigstore = await __webpack_require__.e(/* import() */ 4187).then(__webpack_require__.bind(__webpack_require__, 54187));
    const entity = sigstore.toSignedEntity(bundle, artifact);
    if (entity.key.$case !== 'certificate') {
        throw new Rejected('signed with a key, not a certificate: verify it with --key');
    }
    seen.identity = (0,_identity_policy_js__WEBPACK_IMPORTED_MODULE_8__.certificateIdentity)(certDer(bundle));
    verifyWithRoot(sigstore, entity, options);
    seen.transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
}
/** The identity policy on a verified certificate's identity; throws Rejected naming what differs. */
function checkIdentityPolicy(options, identity) {
    const mismatch = options.policy ? (0,_identity_policy_js__WEBPACK_IMPORTED_MODULE_8__.identityMismatch)(options.policy, identity) : undefined;
    if (mismatch)
        throw new Rejected(`identity policy: ${mismatch}`);
}
function certDer(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return content.certificate.rawBytes;
    if (content.$case === 'x509CertificateChain') {
        const leaf = content.x509CertificateChain.certificates[0];
        if (leaf)
            return leaf.rawBytes;
    }
    throw new Rejected('the bundle has no certificate');
}
const MESSAGE_HASHES = {
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_256]: 'sha256',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_384]: 'sha384',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_512]: 'sha512',
};
/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with. The check is sigstore-js's own for a key
 * (the DSSE pre-authentication encoding, or the artifact with the message
 * digest's hash), done here so that a key verification does not load it.
 */
function verifyWithKey(bundle, artifact, publicKey) {
    let ok;
    if (bundle.content.$case === 'dsseEnvelope') {
        const envelope = bundle.content.dsseEnvelope;
        const signature = envelope.signatures[0]?.sig ?? Buffer.alloc(0);
        ok = safeVerify(undefined, _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(envelope.payloadType, envelope.payload), publicKey, signature);
    }
    else {
        const { messageDigest, signature } = bundle.content.messageSignature;
        const hash = MESSAGE_HASHES[messageDigest?.algorithm ?? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_256];
        if (!hash)
            throw new Rejected(`message digest algorithm ${messageDigest?.algorithm} is not supported`);
        if (!artifact)
            throw new Rejected('no signed content to check the message signature against');
        // Ed25519 signs the message itself (cosign and KeySigner alike); the
        // digest's algorithm names only how the bundle records the message.
        const pure = publicKey.asymmetricKeyType === 'ed25519' || publicKey.asymmetricKeyType === 'ed448';
        ok = safeVerify(pure ? undefined : hash, artifact, publicKey, signature);
    }
    if (!ok)
        throw new Rejected(SIGNATURE_MISMATCH);
}
/** OpenSSL throws on some malformed signatures instead of saying no; either way it is not valid. */
function safeVerify(hash, data, key, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, signature);
    }
    catch {
        return false;
    }
}
const SIGNATURE_MISMATCH = 'the signature does not match the signed content (tampered payload, or another key or certificate)';
function verifyWithRoot(sigstore, entity, options) {
    if (!('trustedRoot' in options.trust))
        return;
    if (entity.key.$case !== 'certificate')
        return;
    // A Fulcio certificate lives minutes; only a trusted time (a log entry's
    // integrated time or an RFC 3161 timestamp) shows it was valid at signing.
    const timed = entity.timestamps.some((t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0);
    if (!timed) {
        const notAfter = entity.key.certificate.notAfter;
        const now = options.now ?? new Date();
        throw new Rejected(notAfter < now
            ? `certificate expired at ${notAfter.toISOString()} and no trusted timestamp shows it signed while valid`
            : 'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed');
    }
    const requireTlog = options.requireTransparencyLog ?? true;
    const material = sigstore.toTrustMaterial(options.trust.trustedRoot);
    new sigstore.Verifier(material, {
        tlogThreshold: requireTlog ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    }).verify(entity);
}
/** A DSSE bundle must be cosign's signing statement naming this digest; a message signature signs the manifest itself. */
function checkBundleSubject(bundle, digest) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return;
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== _bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (statement.predicateType !== _formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIGN_PREDICATE */ .u) {
        throw new Rejected(`predicateType is ${String(statement.predicateType)}, not ${_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIGN_PREDICATE */ .u}`);
    }
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const signed = (statement.subject ?? [])
        .map((s) => s.digest?.[algorithm])
        .filter((d) => typeof d === 'string');
    if (!signed.includes((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hexOf */ .ZD)(digest))) {
        throw new Rejected(`the signature is for ${signed.map((h) => `${algorithm}:${h}`).join(', ') || 'no digest'}, not ${digest}`);
    }
}
function checkSimpleSigning(payload, digest) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (doc.critical?.type !== _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .SIMPLE_SIGNING_TYPE */ .g7) {
        throw new Rejected(`critical.type is ${String(doc.critical?.type)}, not "${_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .SIMPLE_SIGNING_TYPE */ .g7}"`);
    }
    const signed = doc.critical.image?.['docker-manifest-digest'];
    if (signed !== digest)
        throw new Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}
/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig) {
    return bundleOfLegacy(sig, {
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sig.payload).digest('base64'),
            },
            signature: sig.signature,
        },
    });
}
/**
 * A `.att` layer as a DSSE bundle: the envelope the layer holds, with the
 * certificate, Rekor entry and timestamp cosign put in its annotations, so an
 * attestation in the legacy format is checked exactly as a bundle is.
 */
function legacyAttestationBundle(envelope, material) {
    const e = envelope;
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        throw new Rejected('not a DSSE envelope');
    // cosign < 2 wrote an empty keyid; the bundle schema wants a string either way.
    const signatures = Array.isArray(e.signatures)
        ? e.signatures.map((s) => ({ keyid: s?.keyid ?? '', sig: s?.sig }))
        : e.signatures;
    return bundleOfLegacy(material, {
        dsseEnvelope: { payload: e.payload, payloadType: e.payloadType, signatures },
    });
}
function bundleOfLegacy(material, content) {
    const certificates = material.certificate
        ? [
            ...(0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .certificatesFromPem */ .$J)(material.certificate),
            ...(material.chain ? (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .certificatesFromPem */ .$J)(material.chain) : []),
        ]
        : [];
    const tlogEntries = [];
    if (material.rekorBundle) {
        let rb;
        try {
            rb = JSON.parse(material.rekorBundle);
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/bundle annotation is not JSON');
        }
        const body = Buffer.from(rb.Payload?.body ?? '', 'base64');
        let kind = {};
        try {
            kind = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new Rejected('the Rekor entry body in dev.sigstore.cosign/bundle is not JSON');
        }
        tlogEntries.push({
            logIndex: String(rb.Payload?.logIndex ?? 0),
            logId: { keyId: Buffer.from(rb.Payload?.logID ?? '', 'hex').toString('base64') },
            kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
            integratedTime: String(rb.Payload?.integratedTime ?? 0),
            inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp ?? '' },
            canonicalizedBody: body.toString('base64'),
        });
    }
    const rfc3161Timestamps = [];
    if (material.timestamp) {
        try {
            const t = JSON.parse(material.timestamp);
            if (t.SignedRFC3161Timestamp)
                rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/rfc3161timestamp annotation is not JSON');
        }
    }
    const json = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificates.length
                ? {
                    x509CertificateChain: {
                        certificates: certificates.map((c) => ({ rawBytes: c.toString('base64') })),
                    },
                }
                : { publicKey: { hint: '' } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
        ...content,
    };
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (e) {
        const what = 'dsseEnvelope' in content
            ? "legacy attestation's envelope or annotations"
            : "legacy signature's annotations";
        throw new Rejected(`the ${what} are malformed: ${e.message}`);
    }
}
/** A refusal in one line: Rejected's own words, or sigstore-js's error codes said plainly. */
function rejectionReason(e) {
    if (e instanceof Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    switch (err.code) {
        case 'SIGNATURE_ERROR':
            return SIGNATURE_MISMATCH;
        case 'CERTIFICATE_ERROR':
            return `the certificate is not trusted: ${text}`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry does not record this signature: ${text}`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_ERROR':
            return `the transparency-log entry is not trusted: ${text}`;
        case 'TIMESTAMP_ERROR':
            return `the timestamp is not trusted: ${text}`;
        default:
            return err.code ? `${err.code}: ${text}` : text;
    }
}


/***/ }),

/***/ 23202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyStep: () => (/* binding */ verifyStep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7706);
/* harmony import */ var _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99798);




/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
async function verifyStep(options, reporter) {
    if (!options.trust && !options.notationTrustStore?.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('nothing to verify against: give a key, an identity, or Notation trust-store certificates');
    }
    if (options.trust && !('publicKey' in options.trust)) {
        const p = options.policy;
        if (!p?.subject || !p.issuer) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
        }
    }
    // What every signature and attestation is checked with, beside the trust itself.
    const verifyOptions = (trust) => ({
        trust,
        ...(options.policy ? { policy: options.policy } : {}),
        ...(options.requireTransparencyLog !== undefined
            ? { requireTransparencyLog: options.requireTransparencyLog }
            : {}),
    });
    const location = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_2__.openLocation)(options.image, 'read', options.access);
    try {
        // A digest already names the image: its signatures are looked up while the
        // registry confirms it exists, one round trip fewer before the verdict.
        const early = options.trust && (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(location.reference)
            ? (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .findImageSignatures */ .G4)(location.store, location.reference)
            : undefined;
        early?.catch(() => { });
        const root = await location.store.resolve(location.reference);
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(location.reference))
            reporter.debug(`${options.image} is ${root.digest}`);
        const cosign = options.trust
            ? await (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyImageSignatures */ .a$)(location.store, root, verifyOptions(options.trust), early)
            : { digest: root.digest, verified: false, signatures: [] };
        // Notation's and the attestations' code loads only when they are asked for.
        const notation = options.notationTrustStore?.length
            ? await (await __webpack_require__.e(/* import() */ 5407).then(__webpack_require__.bind(__webpack_require__, 5407))).verifyNotationSignatures(location.store, root, options.notationTrustStore)
            : [];
        const signatures = [...cosign.signatures, ...notation];
        const result = { digest: root.digest, verified: signatures.some((s) => s.ok), signatures };
        for (const s of result.signatures) {
            reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
        }
        if (!options.requireAttestations?.length)
            return { image: `${location.display}@${root.digest}`, ...result };
        const attestations = [];
        const trust = options.trust;
        if (!trust)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('attestations are verified with a key or an identity, not Notation certificates');
        const { verifyAttestations } = await Promise.all(/* import() */[__webpack_require__.e(7927), __webpack_require__.e(3275)]).then(__webpack_require__.bind(__webpack_require__, 43275));
        for (const requirement of options.requireAttestations) {
            // As cosign verify-attestation: the `.att` tag is read when no referrer satisfies the kind.
            const checked = await verifyAttestations(location.store, root, requirement, verifyOptions(trust), {
                legacyAtt: true,
            });
            for (const a of checked.attestations) {
                reporter.debug(`${a.ok ? 'valid' : 'invalid'} ${requirement.kind} attestation ${a.location}: ${a.reason}`);
            }
            attestations.push(checked);
        }
        return {
            image: `${location.display}@${root.digest}`,
            ...result,
            verified: result.verified && attestations.every((a) => a.satisfied),
            attestations,
        };
    }
    finally {
        await location.close();
    }
}


/***/ })

};
