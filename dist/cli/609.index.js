export const id = 609;
export const ids = [609];
export const modules = {

/***/ 73134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ slsaProvenance)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, GITHUB_WORKFLOW_BUILD_TYPE */
// SLSA provenance v1 for a GitHub Actions run, field for field as
// @actions/attest writes it, so `gh attestation verify` and cosign policies
// written for GitHub's own attestations accept lading's.
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
function slsaProvenance(run) {
    const server = run.serverUrl.replace(/\/+$/, '');
    const at = run.workflowRef.lastIndexOf('@');
    const path = run.workflowRef.slice(run.repository.length + 1, at);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: run.ref, repository: `${server}/${run.repository}`, path },
            },
            internalParameters: {
                github: {
                    event_name: run.eventName,
                    repository_id: run.repositoryId,
                    repository_owner_id: run.repositoryOwnerId,
                    runner_environment: run.runnerEnvironment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${run.jobWorkflowRef ?? run.workflowRef}` },
            metadata: {
                invocationId: `${server}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
            },
        },
    };
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


/***/ }),

/***/ 5458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ KeySigner)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/@noble/ciphers/salsa.js + 3 modules
var salsa = __webpack_require__(46382);
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


/***/ }),

/***/ 26063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DEFAULT_FULCIO_URL),
/* harmony export */   l: () => (/* binding */ keylessSigner)
/* harmony export */ });
/** sigstore-js's default, repeated so that naming it does not load that package. */
const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
/**
 * Keyless signing: an ephemeral ECDSA key, certified by Fulcio for the identity
 * in the OIDC token. The token is fetched only when a signature is made, since
 * Actions tokens are short-lived; @sigstore/sign's Fulcio client is loaded then
 * too, so that the key-pair path never loads it.
 */
function keylessSigner(options) {
    let made;
    const make = async () => new (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(335), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).FulcioSigner({
        fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
        identityProvider: { getToken: options.identityToken },
        timeout: 30_000,
        retry: { retries: 2 },
    });
    return {
        sign: async (data) => {
            made ??= make();
            return (await made).sign(data);
        },
    };
}


/***/ }),

/***/ 6917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ DEFAULT_REKOR_URL),
/* harmony export */   C: () => (/* binding */ createWitnesses)
/* harmony export */ });
/** sigstore-js's default, repeated so that naming it does not load that package. */
const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';
/**
 * The witnesses asked for. @sigstore/sign (and its HTTP stack) is loaded on the
 * first testimony, so that a key signature without witnesses never loads it.
 */
function createWitnesses(options) {
    const fetch = { timeout: 30_000, retry: { retries: 2 } };
    const out = [];
    const { rekorUrl, tsaUrl } = options;
    if (rekorUrl) {
        out.push(lazyWitness(async () => new (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(335), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).RekorWitness({
            rekorBaseURL: rekorUrl,
            majorApiVersion: options.rekorVersion ?? 1,
            ...fetch,
        })));
    }
    if (tsaUrl) {
        out.push(lazyWitness(async () => new (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(335), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).TSAWitness({ tsaBaseURL: tsaUrl, ...fetch })));
    }
    return out;
}
function lazyWitness(make) {
    let made;
    return {
        testify: async (signature, publicKey) => {
            made ??= make();
            return (await made).testify(signature, publicKey);
        },
    };
}


/***/ }),

/***/ 39609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestStep: () => (/* binding */ attestStep)
});

// EXTERNAL MODULE: ./src/attest/legacy-att.ts
var legacy_att = __webpack_require__(18144);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/attest/provenance.ts
var provenance = __webpack_require__(73134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var bundle = __webpack_require__(12432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
;// CONCATENATED MODULE: ./src/attest/pusher.ts







function frameStatement(frame, predicateSize) {
    const length = frame.prefix.length + predicateSize + frame.suffix.length;
    const header = Buffer.from(`DSSEv1 ${Buffer.byteLength(bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)} ${bundle/* IN_TOTO_PAYLOAD_TYPE */.T4} ${length} `, 'utf8');
    const pae = Buffer.allocUnsafe(header.length + length);
    header.copy(pae, 0);
    frame.prefix.copy(pae, header.length);
    frame.suffix.copy(pae, pae.length - frame.suffix.length);
    const statement = pae.subarray(header.length);
    return {
        pae,
        statement,
        predicate: statement.subarray(frame.prefix.length, frame.prefix.length + predicateSize),
    };
}
/** Signs a framed statement as DSSE with `signer`, witnessed by `witnesses`. The statement is not copied into the bundle. */
function signStatement(framed, signer, witnesses) {
    return (0,bundle/* signPreEncoded */.N6)(framed.pae, framed.statement, bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, {
        signer,
        witnesses,
        what: 'signing the attestation',
    });
}
/** A whole statement already in memory (small ones), framed for signing. */
function framedCopy(statement) {
    const framed = frameStatement({ prefix: Buffer.alloc(0), suffix: Buffer.alloc(0) }, statement.length);
    statement.copy(framed.predicate);
    return framed;
}
/**
 * 3 × 16 KiB: a multiple of 3, so each chunk encodes to base64 without
 * padding, and small enough that each encoded chunk is a young object the
 * next scavenge frees. Megabyte chunks lived until a full collection, which
 * V8 runs only after 64 MiB of them: more than the predicate itself.
 */
const CHUNK = 3 * 16 * 1024;
/**
 * The bundle's JSON in pieces: everything but the payload serialised once, the
 * payload encoded piece by piece where it belongs. `size` is the JSON's length;
 * `text()` yields its pieces as strings (to hash), `chunks()` as bytes (to send).
 */
function bundleChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* OperationError */.OK('not a DSSE bundle');
    const payload = bundle.content.dsseEnvelope.payload;
    // A stand-in payload marks the place (an empty one would be left out as a protobuf default).
    const standIn = Buffer.from('lading-payload-stand-in');
    const hollow = {
        ...bundle,
        content: { ...bundle.content, dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: standIn } },
    };
    const json = JSON.stringify((0,dist.bundleToJSON)(hollow));
    const marker = `"payload":"${standIn.toString('base64')}"`;
    const at = json.indexOf(marker);
    if (at < 0)
        throw new errors/* OperationError */.OK('cannot place the payload in the bundle JSON');
    const head = json.slice(0, at + '"payload":"'.length);
    const tail = json.slice(at + marker.length - 1);
    function* text() {
        yield head;
        for (let i = 0; i < payload.length; i += CHUNK)
            yield payload.toString('base64', i, i + CHUNK);
        yield tail;
    }
    return {
        size: Buffer.byteLength(head) + 4 * Math.ceil(payload.length / 3) + Buffer.byteLength(tail),
        text,
        *chunks() {
            for (const piece of text())
                yield Buffer.from(piece);
        },
    };
}
/**
 * Pushes a signed attestation as a referrer of `subject`: the bundle blob,
 * the empty config, then the manifest (the commit point: a failure before it
 * leaves only unreferenced blobs, never a referrer pointing at nothing).
 */
async function pushAttestation(store, subject, bundle, options) {
    const { size, text, chunks } = bundleChunks(bundle);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const piece of text())
        hash.update(piece);
    const layer = { mediaType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV, size, digest: `sha256:${hash.digest('hex')}` };
    const config = {
        mediaType: mediatype/* EMPTY_JSON */.JO.mediaType,
        size: mediatype/* EMPTY_JSON */.JO.size,
        digest: mediatype/* EMPTY_JSON */.JO.digest,
    };
    // Independent uploads, side by side; both are over before a failure is
    // reported, and the manifest still comes last.
    const uploads = await Promise.allSettled([
        store.pushBlob(config, Buffer.from('{}')),
        store.pushBlob(layer, external_node_stream_.Readable.from(chunks(), { objectMode: false })),
    ]);
    for (const u of uploads)
        if (u.status === 'rejected')
            throw u.reason;
    const manifest = (0,cosign_bundle/* bundleReferrerManifest */.j_)(subject, layer, { content: 'dsse-envelope', ...options });
    const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), mediatype/* MediaType */.zu.ociManifest);
    return {
        subject: subject.digest,
        predicateType: options.predicateType,
        referrer,
        bundle: layer,
        transparencyLog: bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex),
    };
}

// EXTERNAL MODULE: ./src/attest/statement.ts
var statement = __webpack_require__(60872);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 7 modules
var oci_opener = __webpack_require__(55134);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/sigstore/key-signer.ts + 2 modules
var key_signer = __webpack_require__(5458);
// EXTERNAL MODULE: ./src/sigstore/keyless-signer.ts
var keyless_signer = __webpack_require__(26063);
// EXTERNAL MODULE: ./src/sigstore/witnesses.ts
var sigstore_witnesses = __webpack_require__(6917);
;// CONCATENATED MODULE: ./src/steps/attest.ts












/** `lading attest`: signs a predicate about an image and attaches it as a referrer. */
async function attestStep(options, reporter) {
    if (!predicates.PREDICATE_KINDS.includes(options.kind)) {
        throw new errors/* InputError */.dz(`--type: must be one of ${predicates.PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(options.kind)}`);
    }
    const predicateType = predicates.PREDICATE_TYPES[options.kind];
    // Bad input is refused before the registry is touched.
    let predicateSize;
    let generated;
    if (options.predicate) {
        predicateSize = await (0,predicates.predicateFileSize)(options.predicate.path, options.predicate.where);
    }
    else if (options.kind === 'slsaprovenance1' && options.workflow) {
        generated = Buffer.from(JSON.stringify((0,provenance/* slsaProvenance */.$f)(options.workflow)));
        (0,predicates.checkPredicate)(generated, options.kind, 'generated provenance');
        predicateSize = generated.length;
    }
    else {
        throw new errors/* InputError */.dz(options.kind === 'slsaprovenance1'
            ? '--predicate: give a provenance file, or run in GitHub Actions to have it made from the run'
            : `--predicate: a ${options.kind} predicate file is required`);
    }
    const signer = await makeSigner(options);
    const witnesses = (0,sigstore_witnesses/* createWitnesses */.C)(options.key ? { ...options.services } : { rekorUrl: sigstore_witnesses/* DEFAULT_REKOR_URL */.A, ...options.services });
    const location = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const { store } = location;
        if (!location.reference)
            throw new errors/* InputError */.dz(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
        if (!(0,digest/* isDigest */.Bc)(location.reference)) {
            reporter.warn(`${options.image}: attesting by tag; the tag may move, prefer IMAGE@DIGEST`);
        }
        // Throws NotFoundError for a digest the registry does not hold: nothing is pushed.
        const root = await store.resolve(location.reference);
        const subjects = [root];
        if (options.recursive) {
            const { manifest } = await store.fetchManifest(root);
            if ((0,types/* isIndex */.n)(manifest))
                subjects.push(...manifest.manifests);
        }
        const frame = (0,statement/* statementFrame */.XM)((0,statement/* imageSubjects */.vq)(location.display, subjects.map((s) => s.digest)), predicateType);
        // The predicate is read straight into its place in the statement, which
        // sits in the buffer that is signed: one copy of it, whatever its size.
        const framed = frameStatement(frame, predicateSize);
        if (generated)
            generated.copy(framed.predicate);
        else if (options.predicate) {
            await (0,predicates.readPredicateInto)(options.predicate.path, framed.predicate, options.kind, options.predicate.where);
        }
        const bundle = await signStatement(framed, signer, witnesses);
        const written = [];
        for (const subject of subjects) {
            const pushed = await pushAttestation(store, subject, bundle, {
                predicateType,
                created: options.now ?? new Date(),
            });
            let legacyAtt;
            if (options.legacyAtt) {
                const att = await (0,legacy_att/* pushLegacyAttestation */.w9)(store, subject.digest, bundle, predicateType);
                legacyAtt = `${location.display}:${(0,legacy_att/* legacyAttestationTag */.ag)(subject.digest)}@${att.digest}`;
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
        if (options.onBundle)
            await options.onBundle(bundle);
        return { image: location.display, digest: root.digest, predicateType, attestations: written };
    }
    finally {
        await location.close();
    }
}
async function makeSigner(options) {
    if (options.key)
        return key_signer/* KeySigner */.i.fromFile(options.key.text, options.key.password, options.key.where);
    if (!options.identityToken) {
        throw new errors/* InputError */.dz('no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available');
    }
    return (0,keyless_signer/* keylessSigner */.l)({
        fulcioUrl: options.services?.fulcioUrl ?? keyless_signer/* DEFAULT_FULCIO_URL */.j,
        identityToken: options.identityToken,
    });
}


/***/ })

};
