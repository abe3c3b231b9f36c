export const id = 9609;
export const ids = [9609,3528,2112,8825];
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

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   FL: () => (/* binding */ DigestCheck),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   fN: () => (/* binding */ isVerifiedStream),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pL: () => (/* binding */ VerifyingReader)
/* harmony export */ });
/* unused harmony export parseDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_RE.test(value);
}
function parseDigest(value, where = 'digest') {
    if (!isDigest(value)) {
        throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function hexOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
function verifyBytes(bytes, expected, where) {
    const actual = digestOf(bytes, algorithmOf(expected));
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: content does not match digest ${expected} (got ${actual})`);
    }
}
/**
 * Hashes bytes as they pass and checks digest and size: the one place both
 * the verifying stream and writers that hash in their own loop get it from.
 */
class DigestCheck {
    expected;
    expectedSize;
    where;
    hash;
    seen = 0;
    constructor(expected, expectedSize, where) {
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    /** Throws as soon as more bytes arrive than the descriptor declares. */
    update(chunk) {
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`);
        }
        this.hash.update(chunk);
    }
    /** Throws when the bytes seen are short or hash to another digest. */
    finish() {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`);
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: content does not match digest ${this.expected} (got ${actual})`);
        }
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    check;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
    }
    _transform(chunk, _enc, cb) {
        try {
            this.check.update(chunk);
        }
        catch (err) {
            cb(err);
            return;
        }
        cb(null, chunk);
    }
    _flush(cb) {
        try {
            this.check.finish();
        }
        catch (err) {
            cb(err);
            return;
        }
        cb();
    }
}
/**
 * Reads `source` through a digest and size check, like `source.pipe(new
 * DigestVerifier(...))` but with one stream hop per chunk instead of a
 * Transform's two sides: a registry blob is ~4,000 chunks per 250 MiB and the
 * hops were a visible share of a download's CPU time. It errors before its end
 * when the bytes are wrong; `sourceFailed` turns a source error, or a source
 * that closed before its end, into the error readers see.
 */
class VerifyingReader extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    source;
    expected;
    check;
    constructor(source, expected, expectedSize, where, sourceFailed = (err) => err ?? new Error(`${where}: the stream closed early`)) {
        super();
        this.source = source;
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
        source.on('data', (chunk) => {
            try {
                this.check.update(chunk);
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            if (!this.push(chunk))
                source.pause();
        });
        source.once('end', () => {
            try {
                this.check.finish();
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            this.push(null);
        });
        source.once('error', (err) => this.destroy(sourceFailed(err)));
        // A socket cut mid-body may end a response with 'close' and no 'error'.
        source.once('close', () => {
            if (!source.readableEnded)
                this.destroy(sourceFailed());
        });
    }
    _read() {
        if (this.source.isPaused())
            this.source.resume();
    }
    _destroy(err, cb) {
        // A reader that gives up early releases the source (and a response's connection).
        if (!this.source.readableEnded)
            this.source.destroy();
        cb(err);
    }
}
/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
function isVerifiedStream(content, digest) {
    return ((content instanceof DigestVerifier || content instanceof VerifyingReader) && content.expected === digest);
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 13528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSigningKey: () => (/* binding */ openSigningKey),
/* harmony export */   readPrivateKey: () => (/* binding */ readPrivateKey),
/* harmony export */   writeCosignPrivateKey: () => (/* binding */ writeCosignPrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// Private key files as users hold them: cosign's `cosign.key` (the JSON of
// go-securesystemslib's "encrypted" package, scrypt + nacl/secretbox, around a
// PKCS#8 DER key, in a PEM armour), and plain or encrypted PKCS#8 / SEC1 PEM.
const COSIGN_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const COSIGN_PEM_LABEL = 'ENCRYPTED SIGSTORE PRIVATE KEY';
/** cosign's defaults; N=2^16 needs 64 MiB, more than Node's default scrypt memory cap. */
const SCRYPT = { N: 65536, r: 8, p: 1 };
function derive(password, salt, params) {
    return new Promise((resolve, reject) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.scrypt)(Buffer.from(password, 'utf8'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r * params.p + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))));
}
function pemBody(text, label) {
    const re = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`);
    const m = re.exec(text);
    return m?.[1] !== undefined ? Buffer.from(m[1].replace(/\s+/g, ''), 'base64') : undefined;
}
/** Starts opening `text` (see readPrivateKey); a failure surfaces where privateKey is awaited. */
function openSigningKey(text, password, where) {
    const privateKey = readPrivateKey(text, password, where);
    privateKey.catch(() => { });
    return { where, privateKey };
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`);
        }
        try {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: text, format: 'pem', ...(encrypted ? { passphrase: password } : {}) });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(encrypted
                ? `${where}: cannot decrypt the PKCS#8 key (wrong password?)`
                : `${where}: the PEM private key is malformed`);
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: not a private key (expected ${COSIGN_PEM_LABEL}, PRIVATE KEY or EC PRIVATE KEY PEM)`);
}
async function decryptCosignKey(body, password, where) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: the encrypted key's body is not JSON`);
    }
    if (json?.kdf?.name !== 'scrypt' || typeof json.kdf.salt !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: kdf.name must be scrypt, got ${String(json?.kdf?.name)}`);
    }
    if (json.cipher?.name !== 'nacl/secretbox' || typeof json.cipher.nonce !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: cipher.name must be nacl/secretbox, got ${String(json.cipher?.name)}`);
    }
    const { N, r, p } = json.kdf.params ?? {};
    if (![N, r, p].every((v) => Number.isInteger(v) && v > 0) || N > 2 ** 20) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: kdf.params must be positive integers N (at most 2^20), r and p`);
    }
    const nonce = Buffer.from(json.cipher.nonce, 'base64');
    if (nonce.length !== 24)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: cipher.nonce must be 24 bytes`);
    // The cipher's code loads while scrypt runs: nothing else needs it first.
    const [key, { xsalsa20poly1305 }] = await Promise.all([
        derive(password ?? '', Buffer.from(json.kdf.salt, 'base64'), {
            N: N,
            r: r,
            p: p,
        }),
        __webpack_require__.e(/* import() */ 6382).then(__webpack_require__.bind(__webpack_require__, 46382)),
    ]);
    let der;
    try {
        der = xsalsa20poly1305(key, nonce).decrypt(Buffer.from(json.ciphertext ?? '', 'base64'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(password === undefined
            ? `${where}: the key is encrypted; set LADING_KEY_PASSWORD or COSIGN_PASSWORD`
            : `${where}: cannot decrypt the key (wrong password?)`);
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: the decrypted key is not PKCS#8`);
    }
}
/** Writes `key` as cosign writes `cosign.key`, so `cosign sign --key` accepts it. */
async function writeCosignPrivateKey(key, password) {
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24);
    const [secret, { xsalsa20poly1305 }] = await Promise.all([
        derive(password, salt, SCRYPT),
        __webpack_require__.e(/* import() */ 6382).then(__webpack_require__.bind(__webpack_require__, 46382)),
    ]);
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


/***/ }),

/***/ 60738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ KeySigner)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/key-file.ts
var key_file = __webpack_require__(13528);
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
        return KeySigner.open((0,key_file.openSigningKey)(text, password, where));
    }
    /** Waits for a key being opened. */
    static async open(key) {
        return new KeySigner(await key.privateKey, key.where);
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
    const make = async () => new (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7335), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).FulcioSigner({
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
        out.push(lazyWitness(async () => new (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7335), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).RekorWitness({
            rekorBaseURL: rekorUrl,
            majorApiVersion: options.rekorVersion ?? 1,
            ...fetch,
        })));
    }
    if (tsaUrl) {
        out.push(lazyWitness(async () => new (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7335), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179))).TSAWitness({ tsaBaseURL: tsaUrl, ...fetch })));
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
// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/sigstore/key-signer.ts + 1 modules
var key_signer = __webpack_require__(60738);
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
    const location = await (0,oci_opener.openLocation)(options.image, 'read', options.access);
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
        return key_signer/* KeySigner */.i.open(options.key);
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
