export const id = 155;
export const ids = [155,474];
export const modules = {

/***/ 20613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   lT: () => (/* binding */ signMessage)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87760);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25419);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23919);



// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** A DSSE envelope over `payload`, witnessed. */
async function signDsse(payload, payloadType, signer, witnesses) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({ signer, witnesses });
    const bundle = await wrap(() => builder.create({ data: payload, type: payloadType }));
    // sigstore-js copies the key hint into the envelope's keyid; sigstore-go (cosign)
    // then skips the signature unless its verifier has that very key ID, so the
    // hint stays in verificationMaterial only, as cosign writes it.
    for (const s of bundle.content.dsseEnvelope.signatures)
        s.keyid = '';
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
}
/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
async function signMessage(payload, signer, witnesses) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .MessageSignatureBundleBuilder */ .z3({ signer, witnesses });
    const bundle = await wrap(() => builder.create({ data: payload }));
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
}
/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap(make) {
    try {
        return await make();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK)
            throw e;
        const err = e;
        const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`signing failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
            cause: e,
        });
    }
}


/***/ }),

/***/ 14520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ pushBundleReferrer),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   nc: () => (/* binding */ findBundles),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* unused harmony exports BUNDLE_MEDIA_TYPE, ANNOTATION_CONTENT, ANNOTATION_CREATED */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74102);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90160);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46145);



// cosign 3's signature format: a Sigstore bundle v0.3 stored as an OCI 1.1
// referrer of the image, with the manifest layout, artifact type and
// annotations cosign writes, so that `cosign verify` finds and accepts it.
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/**
 * The in-toto Statement v1 that `cosign sign` signs for an image: the digest
 * alone as subject (no name, as cosign writes it) and an empty predicate.
 */
function cosignSignStatement(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return Buffer.from(JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { [algorithm]: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(digest) }, annotations: {} }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    }));
}
/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * Pushes `bundle` as a referrer of `subject` and returns the referrer's
 * descriptor. The store records it through the referrers API or the
 * `sha256-<hex>` fallback index, merging with whatever is already there.
 */
async function pushBundleReferrer(store, subject, bundle, options) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bytes.length, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes) };
    const config = {
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.mediaType,
        size: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.size,
        digest: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.digest,
    };
    await store.pushBlob(config, Buffer.from('{}'));
    await store.pushBlob(layer, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config,
        layers: [layer],
        annotations: {
            [ANNOTATION_CONTENT]: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
            [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
            [ANNOTATION_CREATED]: createdStamp(options.created),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest);
}
/**
 * Bundles among the referrers of `subject` whose predicate type is
 * `predicateType` (attestations of other types are left unread: cosign reads
 * every referrer, and pays for it). A bundle without the annotation is read too.
 */
async function findBundles(store, subject, predicateType = COSIGN_SIGN_PREDICATE) {
    const referrers = await store.referrers(subject, { artifactType: BUNDLE_MEDIA_TYPE });
    const wanted = referrers.filter((d) => {
        const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
        return p === undefined || p === predicateType;
    });
    return Promise.all(wanted.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        const predicate = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
        const base = { descriptor, ...(predicate ? { predicateType: predicate } : {}) };
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE) : undefined;
            if (!layer)
                return { ...base, error: `${where}: no ${BUNDLE_MEDIA_TYPE} layer` };
            const bytes = await (0,_small_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchSmallBlob */ .p)(store, layer, where);
            return { ...base, bundle: JSON.parse(bytes.toString('utf8')) };
        }
        catch (e) {
            return { ...base, error: `${where}: ${e.message.split('\n')[0]}` };
        }
    }));
}


/***/ }),

/***/ 29283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ certificatesFromPem),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   eG: () => (/* binding */ legacySignatureTag),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   m8: () => (/* binding */ legacySignatureFromBundle),
/* harmony export */   me: () => (/* binding */ pushLegacySignature),
/* harmony export */   ub: () => (/* binding */ findLegacySignatures)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING_MEDIA_TYPE, ANNOTATION_SIGNATURE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_BUNDLE, ANNOTATION_TIMESTAMP */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25197);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74102);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90160);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46145);





// cosign's original signature format, the one Harbor before 2.15 recognises:
// the tag `sha256-<hex>.sig` holds an image manifest whose layers are
// simple-signing payloads, one per signature, each signed in an annotation.
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** `sha256:abc…` → `sha256-abc….sig`. */
function legacySignatureTag(digest) {
    return `${digest.slice(0, digest.indexOf(':'))}-${(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .hexOf */ .ZD)(digest)}.sig`;
}
/** The payload cosign signs: byte for byte what `cosign sign --new-bundle-format=false` writes. */
function simpleSigningPayload(repository, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: null,
    }));
}
/**
 * The annotations of a legacy signature made from a message-signature bundle:
 * the Rekor entry and the RFC 3161 timestamp are carried over in cosign's
 * own encodings.
 */
function legacySignatureFromBundle(payload, bundle) {
    if (bundle.content.$case !== 'messageSignature')
        throw new Error('a legacy signature needs a message signature');
    const material = bundle.verificationMaterial;
    const out = {
        payload,
        signature: bundle.content.messageSignature.signature.toString('base64'),
    };
    const content = material.content;
    if (content.$case === 'certificate')
        out.certificate = toPem(content.certificate.rawBytes);
    if (content.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = content.x509CertificateChain.certificates;
        if (leaf)
            out.certificate = toPem(leaf.rawBytes);
        if (rest.length)
            out.chain = rest.map((c) => toPem(c.rawBytes)).join('');
    }
    const entry = material.tlogEntries[0];
    if (entry?.inclusionPromise) {
        out.rekorBundle = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
            Payload: {
                body: entry.canonicalizedBody.toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: entry.logId.keyId.toString('hex'),
            },
        });
    }
    const ts = material.timestampVerificationData?.rfc3161Timestamps[0];
    if (ts)
        out.timestamp = JSON.stringify({ SignedRFC3161Timestamp: ts.signedTimestamp.toString('base64') });
    return out;
}
function toPem(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
function annotationsOf(sig) {
    return {
        [ANNOTATION_SIGNATURE]: sig.signature,
        ...(sig.certificate ? { [ANNOTATION_CERTIFICATE]: sig.certificate } : {}),
        ...(sig.chain ? { [ANNOTATION_CHAIN]: sig.chain } : {}),
        ...(sig.rekorBundle ? { [ANNOTATION_BUNDLE]: sig.rekorBundle } : {}),
        ...(sig.timestamp ? { [ANNOTATION_TIMESTAMP]: sig.timestamp } : {}),
    };
}
async function existingSignatures(store, tag) {
    try {
        const descriptor = await store.resolve(tag);
        const { manifest } = await store.fetchManifest(descriptor);
        return 'layers' in manifest ? manifest : undefined;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_)
            return undefined;
        throw e;
    }
}
/**
 * Adds `signature` to the `.sig` manifest of `subject`, keeping every
 * signature already there (another signer's, or an earlier run's). Signing the
 * same payload with the same signature twice changes nothing.
 */
async function pushLegacySignature(store, subject, signature) {
    const tag = legacySignatureTag(subject);
    const previous = await existingSignatures(store, tag);
    const layer = {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        size: signature.payload.length,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(signature.payload),
        annotations: annotationsOf(signature),
    };
    const layers = previous?.layers ?? [];
    const same = layers.find((l) => l.digest === layer.digest && l.annotations?.[ANNOTATION_SIGNATURE] === signature.signature);
    if (same)
        return store.resolve(tag);
    await store.pushBlob(layer, signature.payload);
    const all = [...layers, layer];
    // An image config like the one go-containerregistry's mutate.Append gives an empty base.
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: all.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map((l) => l.digest) },
        config: {},
    }));
    const configDescriptor = {
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociConfig,
        size: config.length,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(config),
    };
    await store.pushBlob(configDescriptor, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest,
        config: configDescriptor,
        layers: all,
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest, tag);
}
/** Every signature in the `.sig` manifest of `subject`; none when the tag does not exist. */
async function findLegacySignatures(store, subject) {
    const tag = legacySignatureTag(subject);
    let descriptor;
    try {
        descriptor = await store.resolve(tag);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_)
            return [];
        throw e;
    }
    const { manifest } = await store.fetchManifest(descriptor);
    if (!('layers' in manifest))
        return [];
    return Promise.all(manifest.layers
        .filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
        .map(async (layer) => {
        const where = `${store.name}:${tag} layer ${layer.digest}`;
        const a = layer.annotations ?? {};
        const sig = a[ANNOTATION_SIGNATURE];
        if (!sig)
            return { manifest: descriptor, layer, error: `${where}: no ${ANNOTATION_SIGNATURE} annotation` };
        try {
            const payload = await (0,_small_blob_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchSmallBlob */ .p)(store, layer, where);
            return {
                manifest: descriptor,
                layer,
                signature: {
                    payload,
                    signature: sig,
                    ...(a[ANNOTATION_CERTIFICATE] ? { certificate: a[ANNOTATION_CERTIFICATE] } : {}),
                    ...(a[ANNOTATION_CHAIN] ? { chain: a[ANNOTATION_CHAIN] } : {}),
                    ...(a[ANNOTATION_BUNDLE] ? { rekorBundle: a[ANNOTATION_BUNDLE] } : {}),
                    ...(a[ANNOTATION_TIMESTAMP] ? { timestamp: a[ANNOTATION_TIMESTAMP] } : {}),
                },
            };
        }
        catch (e) {
            return { manifest: descriptor, layer, error: `${where}: ${e.message.split('\n')[0]}` };
        }
    }));
}
/** Parses a PEM certificate (or chain) into DER blobs; throws on anything else. */
function certificatesFromPem(pem) {
    const out = [];
    for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
        const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
        _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(der);
        out.push(der);
    }
    return out;
}


/***/ }),

/***/ 46145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ fetchSmallBlob)
/* harmony export */ });
/* unused harmony export SMALL_BLOB_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23919);

/** Signatures, bundles and payloads are small; a larger blob is refused before it is read. */
const SMALL_BLOB_LIMIT = 4 * 1024 * 1024;
/** Reads a small blob whole (digest-checked by the store). `where` names it in messages. */
async function fetchSmallBlob(store, descriptor, where) {
    if (descriptor.size > SMALL_BLOB_LIMIT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${SMALL_BLOB_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(descriptor)) {
        total += c.length;
        if (total > SMALL_BLOB_LIMIT)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is over the size limit`);
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anchoredPattern: () => (/* binding */ anchoredPattern),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   identityMismatch: () => (/* binding */ identityMismatch),
/* harmony export */   validatePolicy: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25197);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);


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

/***/ 37155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyStep: () => (/* binding */ verifyStep)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(74102);
// EXTERNAL MODULE: ./src/oci/opener.ts + 13 modules
var oci_opener = __webpack_require__(86353);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../work/main/node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(87760);
// EXTERNAL MODULE: ../../work/main/node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(93926);
// EXTERNAL MODULE: ../../work/main/node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(17771);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(20613);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(14520);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(29283);
// EXTERNAL MODULE: ./src/sigstore/identity-policy.ts
var identity_policy = __webpack_require__(474);
;// CONCATENATED MODULE: ./src/sigstore/verifier.ts









const EMPTY_ROOT = protobuf_specs_dist.TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
});
class Rejected extends Error {
}
/** Verifies every signature of `subject` found in `store`. */
async function verifyImageSignatures(store, subject, options) {
    const [bundles, legacy] = await Promise.all([
        (0,cosign_bundle/* findBundles */.nc)(store, subject.digest),
        (0,cosign_legacy/* findLegacySignatures */.ub)(store, subject.digest),
    ]);
    let manifestBytes;
    const subjectBytes = async () => {
        manifestBytes ??= (await store.fetchManifest(subject)).bytes;
        return manifestBytes;
    };
    const verdicts = [];
    for (const found of bundles) {
        const location = `${store.name}@${found.descriptor.digest}`;
        if (found.error || found.bundle === undefined) {
            verdicts.push({ format: 'bundle', location, ok: false, reason: found.error ?? 'unreadable bundle' });
            continue;
        }
        verdicts.push(await judge('bundle', location, options, async () => {
            let bundle;
            try {
                bundle = (0,dist.bundleFromJSON)(found.bundle);
            }
            catch (e) {
                throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
            }
            const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
            return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
        }));
    }
    for (const found of legacy) {
        const location = `${store.name}:${found.manifest.digest} layer ${found.layer.digest}`;
        if (found.error || !found.signature) {
            verdicts.push({ format: 'legacy', location, ok: false, reason: found.error ?? 'unreadable signature' });
            continue;
        }
        const sig = found.signature;
        verdicts.push(await judge('legacy', location, options, async () => ({
            bundle: legacyBundle(sig),
            artifact: sig.payload,
            bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
        })));
    }
    return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}
async function judge(format, location, options, prepare) {
    let identity;
    let transparencyLog;
    try {
        const { bundle, artifact, bindsTo } = await prepare();
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact);
        if ('publicKey' in options.trust) {
            verifyWithKey(entity, options.trust.publicKey);
            bindsTo(bundle);
            return { format, location, ok: true, reason: 'signature verified with the public key' };
        }
        if (entity.key.$case !== 'certificate') {
            throw new Rejected('signed with a key, not a certificate: verify it with --key');
        }
        identity = (0,identity_policy.certificateIdentity)(certDer(bundle));
        verifyWithRoot(entity, options);
        transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
        bindsTo(bundle);
        const mismatch = options.policy ? (0,identity_policy.identityMismatch)(options.policy, identity) : undefined;
        if (mismatch)
            throw new Rejected(`identity policy: ${mismatch}`);
        return {
            format,
            location,
            ok: true,
            reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
            identity,
            ...(transparencyLog.length ? { transparencyLog } : {}),
        };
    }
    catch (e) {
        return {
            format,
            location,
            ok: false,
            reason: reasonOf(e),
            ...(identity ? { identity } : {}),
            ...(transparencyLog?.length ? { transparencyLog } : {}),
        };
    }
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
/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with.
 */
function verifyWithKey(entity, publicKey) {
    const material = (0,verify_dist/* toTrustMaterial */.jO)(EMPTY_ROOT, () => ({ publicKey, validFor: () => true }));
    const keyed = {
        ...entity,
        key: { $case: 'public-key', hint: '' },
        tlogEntries: [],
        timestamps: [],
    };
    new verify_dist/* Verifier */.BL(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(keyed);
}
function verifyWithRoot(entity, options) {
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
    const material = (0,verify_dist/* toTrustMaterial */.jO)(options.trust.trustedRoot);
    new verify_dist/* Verifier */.BL(material, {
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
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (statement.predicateType !== cosign_bundle/* COSIGN_SIGN_PREDICATE */.u) {
        throw new Rejected(`predicateType is ${String(statement.predicateType)}, not ${cosign_bundle/* COSIGN_SIGN_PREDICATE */.u}`);
    }
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const signed = (statement.subject ?? [])
        .map((s) => s.digest?.[algorithm])
        .filter((d) => typeof d === 'string');
    if (!signed.includes((0,oci_digest/* hexOf */.ZD)(digest))) {
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
    if (doc.critical?.type !== cosign_legacy/* SIMPLE_SIGNING_TYPE */.g7) {
        throw new Rejected(`critical.type is ${String(doc.critical?.type)}, not "${cosign_legacy/* SIMPLE_SIGNING_TYPE */.g7}"`);
    }
    const signed = doc.critical.image?.['docker-manifest-digest'];
    if (signed !== digest)
        throw new Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}
/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig) {
    const certificates = sig.certificate
        ? [...(0,cosign_legacy/* certificatesFromPem */.$J)(sig.certificate), ...(sig.chain ? (0,cosign_legacy/* certificatesFromPem */.$J)(sig.chain) : [])]
        : [];
    const tlogEntries = [];
    if (sig.rekorBundle) {
        let rb;
        try {
            rb = JSON.parse(sig.rekorBundle);
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
    if (sig.timestamp) {
        try {
            const t = JSON.parse(sig.timestamp);
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
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,external_node_crypto_.createHash)('sha256').update(sig.payload).digest('base64'),
            },
            signature: sig.signature,
        },
    };
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new Rejected(`the legacy signature's annotations are malformed: ${e.message}`);
    }
}
function reasonOf(e) {
    if (e instanceof Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    switch (err.code) {
        case 'SIGNATURE_ERROR':
            return 'the signature does not match the signed content (tampered payload, or another key or certificate)';
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

;// CONCATENATED MODULE: ./src/steps/verify.ts




/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
async function verifyStep(options, reporter) {
    if (!('publicKey' in options.trust)) {
        const p = options.policy;
        if (!p?.subject || !p.issuer) {
            throw new errors/* InputError */.dz('keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
        }
    }
    const location = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const root = await location.store.resolve(location.reference);
        if (!(0,oci_digest/* isDigest */.Bc)(location.reference))
            reporter.debug(`${options.image} is ${root.digest}`);
        const result = await verifyImageSignatures(location.store, root, {
            trust: options.trust,
            ...(options.policy ? { policy: options.policy } : {}),
            ...(options.requireTransparencyLog !== undefined
                ? { requireTransparencyLog: options.requireTransparencyLog }
                : {}),
        });
        for (const s of result.signatures) {
            reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
        }
        return { image: `${location.display}@${root.digest}`, ...result };
    }
    finally {
        await location.close();
    }
}


/***/ })

};
