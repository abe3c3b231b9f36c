export const id = 472;
export const ids = [472];
export const modules = {

/***/ 12432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   N6: () => (/* binding */ signPreEncoded),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   lT: () => (/* binding */ signMessage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).
// It is @sigstore/sign's BaseBundleBuilder, twenty lines, kept here so that a
// key signature loads neither that package nor the HTTP stack it brings
// (make-fetch-happen, proxy agents: over a megabyte, a third of `lading sign`'s
// start-up); witnesses and Fulcio load it themselves when they are used.
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** A DSSE envelope over `payload`, witnessed. */
async function signDsse(payload, payloadType, signer, witnesses) {
    const bundle = await signPreEncoded(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(payloadType, payload), payload, payloadType, {
        signer,
        witnesses,
    });
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle) };
}
/**
 * A DSSE envelope over `payload` whose pre-authentication encoding `pae` the
 * caller laid out already (attestations put a tens-of-MB statement in place
 * behind its header, so it is never copied). The bundle refers to `payload`.
 */
async function signPreEncoded(pae, payload, payloadType, by) {
    const bundle = await wrap(by.what ?? 'signing', async () => {
        const signature = await by.signer.sign(pae);
        return witness((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toDSSEBundle)({
            artifact: payload,
            artifactType: payloadType,
            signature: signature.signature,
            ...keyMaterial(signature),
            certificateChain: false,
        }), signature, by.witnesses);
    });
    // sigstore-go (cosign) skips a signature whose envelope keyid its verifier
    // does not know, so the key hint stays in verificationMaterial only, as
    // cosign writes it.
    for (const s of bundle.content.dsseEnvelope.signatures)
        s.keyid = '';
    return bundle;
}
/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
async function signMessage(payload, signer, witnesses) {
    const bundle = await wrap('signing', async () => {
        const signature = await signer.sign(payload);
        return witness((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toMessageSignatureBundle)({
            digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload).digest(),
            signature: signature.signature,
            ...keyMaterial(signature),
            certificateChain: true,
        }), signature, witnesses);
    });
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle) };
}
function keyMaterial(signature) {
    return signature.key.$case === 'x509Certificate'
        ? { certificate: _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.toDER(signature.key.certificate) }
        : signature.key.hint !== undefined
            ? { keyHint: signature.key.hint }
            : {};
}
/** Every witness in parallel, each over the signed content; their entries and timestamps join the bundle. */
async function witness(bundle, signature, witnesses) {
    const key = signature.key.$case === 'publicKey' ? signature.key.publicKey : signature.key.certificate;
    const materials = await Promise.all(witnesses.map((w) => w.testify(bundle.content, key)));
    bundle.verificationMaterial.tlogEntries = materials.flatMap((m) => m.tlogEntries ?? []);
    bundle.verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: materials.flatMap((m) => m.rfc3161Timestamps ?? []),
    };
    return bundle;
}
/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap(what, make) {
    try {
        return await make();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK)
            throw e;
        const err = e;
        const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .OperationError */ .OK(`${what} failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
            cause: e,
        });
    }
}


/***/ }),

/***/ 85799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ pushBundleReferrer),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   j_: () => (/* binding */ bundleReferrerManifest),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   nc: () => (/* binding */ findBundles),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* unused harmony exports ANNOTATION_CONTENT, ANNOTATION_CREATED */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98269);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98948);



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
    // Independent uploads: one round trip instead of two on a distant registry.
    await Promise.all([store.pushBlob(config, Buffer.from('{}')), store.pushBlob(layer, bytes)]);
    const manifest = bundleReferrerManifest(subject, layer, {
        content: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
        ...options,
    });
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest);
}
/**
 * The referrer manifest cosign 3 writes around a bundle blob `layer` (signatures
 * and attestations alike): the empty config, the bundle as its one layer, and
 * the annotations cosign and `oras discover` read.
 */
function bundleReferrerManifest(subject, layer, options) {
    return {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config: { mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.mediaType, size: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.size, digest: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.digest },
        layers: [layer],
        annotations: {
            [ANNOTATION_CONTENT]: options.content,
            [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
            [ANNOTATION_CREATED]: createdStamp(options.created),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    };
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

/***/ 27812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ certificatesFromPem),
/* harmony export */   G5: () => (/* binding */ materialAnnotations),
/* harmony export */   Ho: () => (/* binding */ legacyMaterialFromBundle),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   ND: () => (/* binding */ legacyManifest),
/* harmony export */   eG: () => (/* binding */ legacySignatureTag),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   m8: () => (/* binding */ legacySignatureFromBundle),
/* harmony export */   me: () => (/* binding */ pushLegacySignature),
/* harmony export */   rY: () => (/* binding */ appendLegacyLayer),
/* harmony export */   ub: () => (/* binding */ findLegacySignatures),
/* harmony export */   zT: () => (/* binding */ materialOfAnnotations)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING_MEDIA_TYPE, ANNOTATION_CERTIFICATE, ANNOTATION_CHAIN, ANNOTATION_BUNDLE, ANNOTATION_TIMESTAMP */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98269);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98948);





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
    return {
        payload,
        signature: bundle.content.messageSignature.signature.toString('base64'),
        ...legacyMaterialFromBundle(bundle),
    };
}
/** A bundle's certificate, chain, first Rekor entry and first timestamp, as cosign's annotations carry them. */
function legacyMaterialFromBundle(bundle) {
    const material = bundle.verificationMaterial;
    const out = {};
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
    return { [ANNOTATION_SIGNATURE]: sig.signature, ...materialAnnotations(sig) };
}
/** The certificate, chain, Rekor entry and timestamp annotations, in cosign's encodings. */
function materialAnnotations(material) {
    return {
        ...(material.certificate ? { [ANNOTATION_CERTIFICATE]: material.certificate } : {}),
        ...(material.chain ? { [ANNOTATION_CHAIN]: material.chain } : {}),
        ...(material.rekorBundle ? { [ANNOTATION_BUNDLE]: material.rekorBundle } : {}),
        ...(material.timestamp ? { [ANNOTATION_TIMESTAMP]: material.timestamp } : {}),
    };
}
/** What a layer's annotations carry besides the signature; the inverse of materialAnnotations. */
function materialOfAnnotations(a) {
    const m = a ?? {};
    return {
        ...(m[ANNOTATION_CERTIFICATE] ? { certificate: m[ANNOTATION_CERTIFICATE] } : {}),
        ...(m[ANNOTATION_CHAIN] ? { chain: m[ANNOTATION_CHAIN] } : {}),
        ...(m[ANNOTATION_BUNDLE] ? { rekorBundle: m[ANNOTATION_BUNDLE] } : {}),
        ...(m[ANNOTATION_TIMESTAMP] ? { timestamp: m[ANNOTATION_TIMESTAMP] } : {}),
    };
}
/** The image manifest at `tag` and its descriptor; undefined when the tag does not exist. */
async function legacyManifest(store, tag) {
    let descriptor;
    try {
        descriptor = await store.resolve(tag);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFoundError */ .m_)
            return undefined;
        throw e;
    }
    const { manifest } = await store.fetchManifest(descriptor);
    return 'layers' in manifest ? { descriptor, manifest } : undefined;
}
/**
 * Adds `layer` to the image manifest at `tag` (cosign's `.sig` and `.att`
 * tags alike), keeping every layer already there: another signer's, cosign's,
 * an earlier run's. When a layer already there is `same` as this one nothing
 * is written. The blob goes first and the manifest, pushed last, is the commit
 * point; `content` is called only when the blob is pushed, so a large layer
 * can be streamed.
 */
async function appendLegacyLayer(store, tag, layer, content, same = (l) => l.digest === layer.digest) {
    const previous = await legacyManifest(store, tag);
    const layers = previous?.manifest.layers ?? [];
    if (previous && layers.some(same))
        return previous.descriptor;
    await store.pushBlob(layer, content());
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
/**
 * Adds `signature` to the `.sig` manifest of `subject`, keeping every
 * signature already there (another signer's, or an earlier run's). Signing the
 * same payload with the same signature twice changes nothing.
 */
async function pushLegacySignature(store, subject, signature) {
    const layer = {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        size: signature.payload.length,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(signature.payload),
        annotations: annotationsOf(signature),
    };
    return appendLegacyLayer(store, legacySignatureTag(subject), layer, () => signature.payload, (l) => l.digest === layer.digest && l.annotations?.[ANNOTATION_SIGNATURE] === signature.signature);
}
/** Every signature in the `.sig` manifest of `subject`; none when the tag does not exist. */
async function findLegacySignatures(store, subject) {
    const tag = legacySignatureTag(subject);
    const found = await legacyManifest(store, tag);
    if (!found)
        return [];
    const { descriptor } = found;
    return Promise.all(found.manifest.layers
        .filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
        .map(async (layer) => {
        const where = `${store.name}:${tag} layer ${layer.digest}`;
        const sig = layer.annotations?.[ANNOTATION_SIGNATURE];
        if (!sig)
            return { manifest: descriptor, layer, error: `${where}: no ${ANNOTATION_SIGNATURE} annotation` };
        try {
            const payload = await (0,_small_blob_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchSmallBlob */ .p)(store, layer, where);
            return {
                manifest: descriptor,
                layer,
                signature: { payload, signature: sig, ...materialOfAnnotations(layer.annotations) },
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

/***/ 98948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ fetchSmallBlob)
/* harmony export */ });
/* unused harmony export SMALL_BLOB_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

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


/***/ })

};
