export const id = 676;
export const ids = [676];
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

/***/ 22676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGNATURE_FORMATS: () => (/* reexport */ signature_format/* SIGNATURE_FORMATS */.g),
  signStep: () => (/* binding */ signStep)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(23919);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(74102);
// EXTERNAL MODULE: ./src/oci/opener.ts + 13 modules
var oci_opener = __webpack_require__(86353);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(67965);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var bundle = __webpack_require__(20613);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(14520);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(29283);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../work/main/node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(47846);
;// CONCATENATED MODULE: ./src/sigstore/key-file.ts



// Private key files as users hold them: cosign's `cosign.key` (the JSON of
// go-securesystemslib's "encrypted" package, scrypt + nacl/secretbox, around a
// PKCS#8 DER key, in a PEM armour), and plain or encrypted PKCS#8 / SEC1 PEM.
const COSIGN_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const COSIGN_PEM_LABEL = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** cosign's defaults; N=2^16 needs 64 MiB, more than Node's default scrypt memory cap. */
const SCRYPT = { N: 65536, r: 8, p: 1 };
function derive(password, salt, params) {
    return new Promise((resolve, reject) => (0,external_node_crypto_.scrypt)(Buffer.from(password, 'utf8'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r * params.p + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));
}
function pemBody(text, label) {
    const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`);
    const m = re.exec(text);
    return m?.[1] !== undefined ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : undefined;
}
/**
 * Reads a private key file's text. `where` names the file in messages. The
 * password is used only to decrypt and never appears in an error.
 */
async function readPrivateKey(text, password, where) {
    for (const label of COSIGN_LABELS) {
        const body = pemBody(text, label);
        if (body)
            return decryptCosignKey(body, password, where);
    }
    if (/-----BEGIN (ENCRYPTED PRIVATE KEY|PRIVATE KEY|EC PRIVATE KEY|RSA PRIVATE KEY)-----/.test(text)) {
        const encrypted = text.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');
        if (encrypted && password === undefined) {
            throw new errors/* InputError */.dz(`${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`);
        }
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: text, format: 'pem', ...(encrypted ? { passphrase: password } : {}) });
        }
        catch {
            throw new errors/* InputError */.dz(encrypted
                ? `${where}: cannot decrypt the PKCS#8 key (wrong password?)`
                : `${where}: the PEM private key is malformed`);
        }
    }
    throw new errors/* InputError */.dz(`${where}: not a private key (expected ${COSIGN_PEM_LABEL}, PRIVATE KEY or EC PRIVATE KEY PEM)`);
}
async function decryptCosignKey(body, password, where) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(`${where}: the encrypted key's body is not JSON`);
    }
    if (json?.kdf?.name !== 'scrypt' || typeof json.kdf.salt !== 'string') {
        throw new errors/* InputError */.dz(`${where}: kdf.name must be scrypt, got ${String(json?.kdf?.name)}`);
    }
    if (json.cipher?.name !== 'nacl/secretbox' || typeof json.cipher.nonce !== 'string') {
        throw new errors/* InputError */.dz(`${where}: cipher.name must be nacl/secretbox, got ${String(json.cipher?.name)}`);
    }
    const { N, r, p } = json.kdf.params ?? {};
    if (![N, r, p].every((v) => Number.isInteger(v) && v > 0) || N > 2 ** 20) {
        throw new errors/* InputError */.dz(`${where}: kdf.params must be positive integers N (at most 2^20), r and p`);
    }
    const nonce = Buffer.from(json.cipher.nonce, 'base64');
    if (nonce.length !== 24)
        throw new errors/* InputError */.dz(`${where}: cipher.nonce must be 24 bytes`);
    const key = await derive(password ?? '', Buffer.from(json.kdf.salt, 'base64'), {
        N: N,
        r: r,
        p: p,
    });
    let der;
    try {
        der = (0,salsa/* xsalsa20poly1305 */.uT)(key, nonce).decrypt(Buffer.from(json.ciphertext ?? '', 'base64'));
    }
    catch {
        throw new errors/* InputError */.dz(password === undefined
            ? `${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`
            : `${where}: cannot decrypt the key (wrong password?)`);
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw new errors/* InputError */.dz(`${where}: the decrypted key is not PKCS#8`);
    }
}
/** Writes `key` as cosign writes `cosign.key`, so `cosign sign --key` accepts it. */
async function writeCosignPrivateKey(key, password) {
    const salt = randomBytes(32);
    const nonce = randomBytes(24);
    const secret = await derive(password, salt, SCRYPT);
    const der = key.export({ format: 'der', type: 'pkcs8' });
    const ciphertext = xsalsa20poly1305(secret, nonce).encrypt(der);
    const json = {
        kdf: { name: 'scrypt', params: { ...SCRYPT }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    const b64 = Buffer.from(JSON.stringify(json)).toString('base64');
    const lines = b64.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${COSIGN_PEM_LABEL}-----\n${lines.join('\n')}\n-----END ${COSIGN_PEM_LABEL}-----\n`;
}

;// CONCATENATED MODULE: ./src/sigstore/signer.ts

/** What cosign and sigstore-go put in `verificationMaterial.publicKey.hint`: base64 SHA-256 of the SPKI DER. */
function publicKeyHint(publicKey) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ format: 'der', type: 'spki' }))
        .digest('base64');
}

;// CONCATENATED MODULE: ./src/sigstore/key-signer.ts




/**
 * Signs with a key pair held by the user. The hash follows what cosign and
 * sigstore-go use for each key type (SHA-256 for ECDSA P-256 and RSA, none for
 * Ed25519), so cosign verifies the result with the matching public key.
 */
class KeySigner {
    privateKey;
    publicKey;
    publicKeyPem;
    hint;
    hash;
    constructor(privateKey, where = 'key') {
        this.privateKey = privateKey;
        this.publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
        this.publicKeyPem = this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
        this.hint = publicKeyHint(this.publicKey);
        const type = privateKey.asymmetricKeyType;
        if (type === 'ed25519')
            this.hash = null;
        else if (type === 'rsa' ||
            (type === 'ec' && privateKey.asymmetricKeyDetails?.namedCurve === 'prime256v1')) {
            this.hash = 'sha256';
        }
        else {
            throw new errors/* InputError */.dz(`${where}: unsupported key type ${type}${type === 'ec' ? ` (${privateKey.asymmetricKeyDetails?.namedCurve})` : ''}; use ECDSA P-256, RSA or Ed25519`);
        }
    }
    /** Reads a key file's text (cosign's encrypted format or PKCS#8 PEM); `where` names the file. */
    static async fromFile(text, password, where) {
        return new KeySigner(await readPrivateKey(text, password, where), where);
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)(this.hash, data, this.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem, hint: this.hint },
        };
    }
}

// EXTERNAL MODULE: ../../work/main/node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(25419);
;// CONCATENATED MODULE: ./src/sigstore/keyless-signer.ts


/**
 * Keyless signing: an ephemeral ECDSA key, certified by Fulcio for the identity
 * in the OIDC token. The token is fetched only when a signature is made, since
 * Actions tokens are short-lived.
 */
function keylessSigner(options) {
    return new dist/* FulcioSigner */.$o({
        fulcioBaseURL: options.fulcioUrl ?? dist/* DEFAULT_FULCIO_URL */.jl,
        identityProvider: { getToken: options.identityToken },
        timeout: 30_000,
        retry: { retries: 2 },
    });
}

// EXTERNAL MODULE: ./src/sigstore/signature-format.ts
var signature_format = __webpack_require__(15375);
;// CONCATENATED MODULE: ./src/sigstore/witnesses.ts


function createWitnesses(options) {
    const fetch = { timeout: 30_000, retry: { retries: 2 } };
    const out = [];
    if (options.rekorUrl) {
        out.push(new dist/* RekorWitness */.fU({
            rekorBaseURL: options.rekorUrl,
            majorApiVersion: options.rekorVersion ?? 1,
            ...fetch,
        }));
    }
    if (options.tsaUrl)
        out.push(new dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl, ...fetch }));
    return out;
}

;// CONCATENATED MODULE: ./src/steps/sign.ts












/** `lading sign`: signs an image (and, by option, each platform) in the cosign formats asked for. */
async function signStep(options, reporter) {
    if (!signature_format/* SIGNATURE_FORMATS */.g.includes(options.format)) {
        throw new errors/* InputError */.dz(`--signature-format: must be bundle, legacy or both, got ${JSON.stringify(options.format)}`);
    }
    const signer = await makeSigner(options);
    const services = witnessServices(options);
    const witnesses = createWitnesses(services);
    const location = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const { store } = location;
        if (!location.reference)
            throw new errors/* InputError */.dz(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
        if (!(0,digest/* isDigest */.Bc)(location.reference)) {
            reporter.warn(`${options.image}: signing by tag; the tag may move before the signature is checked, prefer IMAGE@DIGEST`);
        }
        const root = await store.resolve(location.reference);
        const subjects = [root];
        if (options.recursive) {
            const { manifest } = await store.fetchManifest(root);
            if ((0,types/* isIndex */.n)(manifest))
                subjects.push(...manifest.manifests);
        }
        const written = [];
        for (const subject of subjects) {
            written.push(...(await signOne(store, location.display, subject, signer, witnesses, options, services.rekorUrl)));
            reporter.info(`signed ${location.display}@${subject.digest}`);
        }
        return { image: location.display, digest: root.digest, signatures: written };
    }
    finally {
        await location.close();
    }
}
async function makeSigner(options) {
    if (options.key)
        return KeySigner.fromFile(options.key.text, options.key.password, options.key.where);
    if (!options.identityToken) {
        throw new errors/* InputError */.dz('no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available');
    }
    return keylessSigner({
        fulcioUrl: options.services?.fulcioUrl ?? dist/* DEFAULT_FULCIO_URL */.jl,
        identityToken: options.identityToken,
    });
}
function witnessServices(options) {
    if (options.key)
        return { ...options.services };
    return { rekorUrl: dist/* DEFAULT_REKOR_URL */.AD, ...options.services };
}
async function signOne(store, repository, subject, signer, witnesses, options, rekorUrl) {
    const out = [];
    const links = (indexes) => indexes.map((index) => ({
        index,
        ...(rekorUrl === dist/* DEFAULT_REKOR_URL */.AD ? { url: `https://search.sigstore.dev/?logIndex=${index}` } : {}),
    }));
    if (options.format !== 'legacy') {
        const signed = await (0,bundle/* signDsse */.Be)((0,cosign_bundle/* cosignSignStatement */.O2)(subject.digest), bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, signer, witnesses);
        const referrer = await (0,cosign_bundle/* pushBundleReferrer */.ME)(store, subject, signed.json, {
            predicateType: cosign_bundle/* COSIGN_SIGN_PREDICATE */.u,
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
        const payload = (0,cosign_legacy/* simpleSigningPayload */.Kq)(repository, subject.digest);
        const signed = await (0,bundle/* signMessage */.lT)(payload, signer, witnesses);
        const manifest = await (0,cosign_legacy/* pushLegacySignature */.me)(store, subject.digest, (0,cosign_legacy/* legacySignatureFromBundle */.m8)(payload, signed.bundle));
        out.push({
            subject: subject.digest,
            format: 'legacy',
            digest: manifest.digest,
            location: `${repository}:${(0,cosign_legacy/* legacySignatureTag */.eG)(subject.digest)}`,
            transparencyLog: links(signed.bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex)),
        });
    }
    return out;
}


/***/ })

};
