export const id = 6310;
export const ids = [6310,3528,869];
export const modules = {

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

/***/ 50869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ chainProblem),
/* harmony export */   Op: () => (/* binding */ chainThumbprints),
/* harmony export */   certificatesFromPemText: () => (/* binding */ certificatesFromPemText),
/* harmony export */   xp: () => (/* binding */ jwsAlgorithmFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// The X.509 side of Notary Project signatures (notary.x509 scheme): reading
// PEM chains, the thumbprint annotation, and checking that a chain leads to
// a certificate of the trust store.
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Every certificate of a PEM text, leaf first as files conventionally hold them. */
function certificatesFromPemText(text, where) {
    const blocks = text.match(PEM_CERT) ?? [];
    if (!blocks.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    return blocks.map((block, i) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: certificate ${i + 1} is not valid X.509: ${e.message}`);
        }
    });
}
/** `io.cncf.notary.x509chain.thumbprint#S256`: a JSON array of the chain's SHA-256 thumbprints in hex. */
function chainThumbprints(chain) {
    return JSON.stringify(chain.map((c) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(c.raw).digest('hex')));
}
/** The JWS algorithm Notary Project pairs with a key: PS256/384/512 for RSA, ES256/384/512 for EC. */
function jwsAlgorithmFor(key) {
    const details = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
        const bits = details?.modulusLength ?? 0;
        if (bits >= 4096)
            return 'PS512';
        if (bits >= 3072)
            return 'PS384';
        return 'PS256';
    }
    if (key.asymmetricKeyType === 'ec') {
        switch (details?.namedCurve) {
            case 'prime256v1':
                return 'ES256';
            case 'secp384r1':
                return 'ES384';
            case 'secp521r1':
                return 'ES512';
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Notary Project signatures take RSA or EC P-256/384/521 keys, not ${key.asymmetricKeyType}${details?.namedCurve ? ` ${details.namedCurve}` : ''}`);
}
/**
 * Why `chain` (leaf first) does not lead to a trust-store certificate at
 * `time`, or undefined when it does: each certificate is issued and signed by
 * the next, each is valid at `time`, and the last one is in the trust store or
 * signed by one that is.
 */
function chainProblem(chain, trustStore, time) {
    if (!chain.length)
        return 'the signature carries no certificate (x5c is empty)';
    for (const [i, cert] of chain.entries()) {
        const from = new Date(cert.validFrom);
        const to = new Date(cert.validTo);
        if (time < from || time > to) {
            return `certificate ${i} (${cert.subject.replaceAll('\n', ', ')}) is valid from ${from.toISOString()} to ${to.toISOString()}, not at ${time.toISOString()}`;
        }
        const next = chain[i + 1];
        if (next && !(cert.checkIssued(next) && cert.verify(next.publicKey))) {
            return `certificate ${i} is not issued by certificate ${i + 1} of the chain`;
        }
    }
    const last = chain[chain.length - 1];
    const anchored = trustStore.some((t) => t.fingerprint256 === last.fingerprint256 || (last.checkIssued(t) && last.verify(t.publicKey)));
    if (!anchored) {
        return `the chain ends at ${last.issuer.replaceAll('\n', ', ')}, which is not in the trust store`;
    }
    const leaf = chain[0];
    if (leaf.keyUsage && !leaf.keyUsage.includes('1.3.6.1.5.5.7.3.3')) {
        return 'the signing certificate is not for code signing (its extended key usage lacks codeSigning)';
    }
    return undefined;
}


/***/ }),

/***/ 51953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ NOTARY_PAYLOAD_TYPE),
/* harmony export */   GM: () => (/* binding */ signJws),
/* harmony export */   Gp: () => (/* binding */ EXPIRY),
/* harmony export */   cq: () => (/* binding */ SIGNING_SCHEME),
/* harmony export */   f9: () => (/* binding */ JWS_MEDIA_TYPE),
/* harmony export */   gt: () => (/* binding */ SIGNING_TIME),
/* harmony export */   xf: () => (/* binding */ jwsSignatureValid)
/* harmony export */ });
/* unused harmony export SIGNING_AGENT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50869);


// The JWS envelope of the Notary Project signature specification (flattened
// JSON serialization): a protected header naming the signing scheme and time,
// the payload `{targetArtifact}`, and the certificate chain in the
// unprotected `x5c`.
const JWS_MEDIA_TYPE = 'application/jose+json';
const NOTARY_PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
const SIGNING_TIME = 'io.cncf.notary.signingTime';
const EXPIRY = 'io.cncf.notary.expiry';
const SIGNING_AGENT = 'io.cncf.notary.signingAgent';
const b64url = (b) => Buffer.from(b).toString('base64url');
/** RFC 3339 with the local offset zeroed, to the second, as notation writes it. */
function rfc3339(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
function signatureOptions(alg, key) {
    const hash = `sha${alg.slice(2)}`;
    if (alg.startsWith('PS')) {
        return {
            hash,
            key: { key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 },
        };
    }
    return { hash, key: { key, dsaEncoding: 'ieee-p1363' } };
}
/** Signs `{targetArtifact: target}` under the notary.x509 scheme with `key`, whose certificate leads `chain`. */
function signJws(target, key, chain, options) {
    const alg = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .jwsAlgorithmFor */ .xp)(key);
    const header = {
        alg,
        crit: [SIGNING_SCHEME],
        cty: NOTARY_PAYLOAD_TYPE,
        [SIGNING_SCHEME]: 'notary.x509',
        [SIGNING_TIME]: rfc3339(options.signingTime),
    };
    const payload = {
        targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size },
    };
    const protectedPart = b64url(JSON.stringify(header));
    const payloadPart = b64url(JSON.stringify(payload));
    const o = signatureOptions(alg, key);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(o.hash, Buffer.from(`${protectedPart}.${payloadPart}`), o.key);
    return {
        payload: payloadPart,
        protected: protectedPart,
        header: { x5c: chain.map((c) => c.raw.toString('base64')), [SIGNING_AGENT]: options.agent },
        signature: b64url(signature),
    };
}
/** Whether the envelope's signature is `publicKey`'s over its protected header and payload, under `alg`. */
function jwsSignatureValid(envelope, alg, publicKey) {
    if (!/^(PS|ES)(256|384|512)$/.test(alg))
        return false;
    const o = signatureOptions(alg, publicKey);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(o.hash, Buffer.from(`${envelope.protected}.${envelope.payload}`), o.key, Buffer.from(envelope.signature, 'base64url'));
}


/***/ }),

/***/ 71741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NOTARY_SIGNATURE_TYPE: () => (/* binding */ NOTARY_SIGNATURE_TYPE),
/* harmony export */   THUMBPRINT_ANNOTATION: () => (/* binding */ THUMBPRINT_ANNOTATION),
/* harmony export */   findNotationSignatures: () => (/* binding */ findNotationSignatures),
/* harmony export */   notationIdentity: () => (/* binding */ notationIdentity),
/* harmony export */   pushNotationSignature: () => (/* binding */ pushNotationSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98269);
/* harmony import */ var _formats_small_blob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98948);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50869);
/* harmony import */ var _jws_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51953);







// Notation's signature artifact: an OCI image manifest whose config type is
// the notary signature type (notation 1.3 writes no artifactType; the
// referrers API derives it from the config), one JWS layer, the image as
// subject and the chain thumbprints as an annotation.
const NOTARY_SIGNATURE_TYPE = 'application/vnd.cncf.notary.signature';
const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';
/** Reads the PEM key and certificate (chain) files; the key must belong to the first certificate. */
function notationIdentity(keyPem, certPem, where) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keyPem);
    }
    catch {
        // The parser's message can quote the key's text; say only what was wrong.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where.key}: not a PEM private key (PKCS#1, PKCS#8 or SEC1, unencrypted)`);
    }
    const chain = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__.certificatesFromPemText)(certPem, where.cert);
    if (!chain[0].checkPrivateKey(key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where.key}: does not belong to the first certificate of ${where.cert}`);
    }
    return { key, chain };
}
/** Signs `subject` and pushes the signature as its referrer; returns the signature manifest's descriptor. */
async function pushNotationSignature(store, subject, identity, options) {
    const envelope = (0,_jws_js__WEBPACK_IMPORTED_MODULE_6__/* .signJws */ .GM)(subject, identity.key, identity.chain, options);
    const bytes = Buffer.from(JSON.stringify(envelope));
    const layer = { mediaType: _jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9, size: bytes.length, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes) };
    const configBytes = Buffer.from('{}');
    const config = {
        mediaType: NOTARY_SIGNATURE_TYPE,
        size: configBytes.length,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(configBytes),
    };
    await store.pushBlob(config, configBytes);
    await store.pushBlob(layer, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        annotations: {
            [THUMBPRINT_ANNOTATION]: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .chainThumbprints */ .Op)(identity.chain),
            'org.opencontainers.image.created': options.signingTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest);
}
async function findNotationSignatures(store, subject) {
    const referrers = await store.referrers(subject.digest, { artifactType: NOTARY_SIGNATURE_TYPE });
    return Promise.all(referrers.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layers = 'layers' in manifest ? manifest.layers : [];
            const layer = layers.find((l) => l.mediaType === _jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9);
            if (!layer) {
                return {
                    descriptor,
                    error: `envelope ${layers[0]?.mediaType ?? '(none)'} is not read; lading verifies ${_jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9} only`,
                };
            }
            const envelope = JSON.parse((await (0,_formats_small_blob_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchSmallBlob */ .p)(store, layer, where)).toString('utf8'));
            return { descriptor, envelope };
        }
        catch (e) {
            return { descriptor, error: `unreadable: ${e.message.split('\n')[0]}` };
        }
    }));
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

/***/ 66310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signStep: () => (/* binding */ signStep)
/* harmony export */ });
/* unused harmony export defaultSignatureFormat */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7706);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62148);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68540);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3048);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27812);
/* harmony import */ var _sigstore_key_signer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60738);
/* harmony import */ var _sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(26063);
/* harmony import */ var _sigstore_notation_signature_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71741);
/* harmony import */ var _sigstore_signature_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84646);
/* harmony import */ var _sigstore_witnesses_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6917);















/** Harbor before this shows cosign 3's bundle referrers as unsigned (and its policy blocks pulls). */
const HARBOR_READS_BUNDLES = { major: 2, minor: 15 };
/**
 * The documented default format: `both` when the registry answers Harbor's
 * `GET /api/v2.0/systeminfo` with a `harbor_version` before 2.15, else `bundle`.
 * Best effort: any failure or silence within the timeout means "not an old Harbor".
 */
async function defaultSignatureFormat(registry, options = {}) {
    const url = `${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultScheme */ .j5)(registry, options.insecure)}://${(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .registryApiHost */ .Mb)(registry)}/api/v2.0/systeminfo`;
    let version;
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
        if (res.ok)
            version = (await res.json()).harbor_version;
    }
    catch {
        // Not Harbor, unreachable, slow or not JSON: the default stands.
    }
    const parsed = typeof version === 'string' ? /^v?(\d+)\.(\d+)/.exec(version) : null;
    if (!parsed) {
        return { format: 'bundle', reason: `default: ${registry} does not report a Harbor version` };
    }
    const [major, minor] = [Number(parsed[1]), Number(parsed[2])];
    const old = major < HARBOR_READS_BUNDLES.major ||
        (major === HARBOR_READS_BUNDLES.major && minor < HARBOR_READS_BUNDLES.minor);
    return old
        ? {
            format: 'both',
            reason: `default: ${registry} is Harbor ${version}, before 2.15, which reads only legacy .sig signatures`,
        }
        : { format: 'bundle', reason: `default: ${registry} is Harbor ${version}, which reads bundle referrers` };
}
async function chooseFormat(options) {
    if (options.format)
        return { format: options.format, reason: 'as asked' };
    const source = await (0,_oci_source_js__WEBPACK_IMPORTED_MODULE_4__/* .detectSource */ .PM)(options.image).catch(() => undefined);
    if (source?.kind !== 'registry')
        return { format: 'bundle', reason: 'default: not a registry' };
    return defaultSignatureFormat(source.reference.registry, {
        ...(options.access.insecureRegistries ? { insecure: options.access.insecureRegistries } : {}),
        ...(options.access.credentials ? { credentials: options.access.credentials } : {}),
        ...(options.probeTimeoutMs !== undefined ? { timeoutMs: options.probeTimeoutMs } : {}),
    });
}
/** `lading sign`: signs an image (and, by option, each platform) in the cosign formats asked for, and/or Notation's. */
async function signStep(options, reporter) {
    if (options.format !== undefined && !_sigstore_signature_format_js__WEBPACK_IMPORTED_MODULE_10__/* .SIGNATURE_FORMATS */ .g.includes(options.format)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--signature-format: must be bundle, legacy or both, got ${JSON.stringify(options.format)}`);
    }
    // A Notation identity alone signs only in Notation's format; with a key or a token, cosign's too.
    const cosign = !(options.notation && !options.key && !options.identityToken);
    // Decrypting a cosign key (scrypt, ~0.1 s in the thread pool) overlaps the
    // Harbor probe and the registry's first round trips; its errors still win
    // over theirs, as if it had run first.
    const signerReady = cosign ? makeSigner(options) : Promise.resolve(undefined);
    signerReady.catch(() => { });
    const services = witnessServices(options);
    const witnesses = (0,_sigstore_witnesses_js__WEBPACK_IMPORTED_MODULE_11__/* .createWitnesses */ .C)(services);
    let choice;
    let location;
    try {
        choice = cosign
            ? await chooseFormat(options)
            : { format: 'bundle', reason: 'no cosign signature: only a Notation identity was given' };
        location = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_2__.openLocation)(options.image, 'read', options.access);
    }
    catch (e) {
        await signerReady;
        throw e;
    }
    try {
        const { store } = location;
        let subjects;
        try {
            if (!location.reference)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
            const root = await store.resolve(location.reference);
            subjects = [root];
            if (options.recursive) {
                const { manifest } = await store.fetchManifest(root);
                if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_12__/* .isIndex */ .n)(manifest))
                    subjects.push(...manifest.manifests);
            }
        }
        catch (e) {
            await signerReady;
            throw e;
        }
        const signer = await signerReady;
        // Only a chosen default is worth a line; an explicit format is what the user typed.
        if (cosign && !options.format)
            reporter.info(`signature format ${choice.format} (${choice.reason})`);
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(location.reference)) {
            reporter.warn(`${options.image}: signing by tag; the tag may move before the signature is checked, prefer IMAGE@DIGEST`);
        }
        const root = subjects[0];
        const written = [];
        for (const subject of subjects) {
            if (signer) {
                written.push(...(await signOne(store, location.display, subject, signer, witnesses, choice.format, options, services.rekorUrl)));
            }
            if (options.notation) {
                const descriptor = await (0,_sigstore_notation_signature_manifest_js__WEBPACK_IMPORTED_MODULE_9__.pushNotationSignature)(store, subject, options.notation, {
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
    }
    finally {
        await location.close();
    }
}
async function makeSigner(options) {
    if (options.key)
        return _sigstore_key_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .KeySigner */ .i.open(options.key);
    if (!options.identityToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('no signing identity: give --key FILE, --notation-key/--notation-cert, --identity-token FILE, or run where an OIDC token is available');
    }
    return (0,_sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_13__/* .keylessSigner */ .l)({
        fulcioUrl: options.services?.fulcioUrl ?? _sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_13__/* .DEFAULT_FULCIO_URL */ .j,
        identityToken: options.identityToken,
    });
}
function witnessServices(options) {
    if (options.key)
        return { ...options.services };
    return { rekorUrl: _sigstore_witnesses_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_REKOR_URL */ .A, ...options.services };
}
async function signOne(store, repository, subject, signer, witnesses, format, options, rekorUrl) {
    const out = [];
    const links = (indexes) => indexes.map((index) => ({
        index,
        ...(rekorUrl === _sigstore_witnesses_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_REKOR_URL */ .A ? { url: `https://search.sigstore.dev/?logIndex=${index}` } : {}),
    }));
    if (format !== 'legacy') {
        const signed = await (0,_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .signDsse */ .Be)((0,_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .cosignSignStatement */ .O2)(subject.digest), _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4, signer, witnesses);
        const referrer = await (0,_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .pushBundleReferrer */ .ME)(store, subject, signed.json, {
            predicateType: _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIGN_PREDICATE */ .u,
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
        const payload = (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .simpleSigningPayload */ .Kq)(repository, subject.digest);
        const signed = await (0,_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .signMessage */ .lT)(payload, signer, witnesses);
        const manifest = await (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .pushLegacySignature */ .me)(store, subject.digest, (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .legacySignatureFromBundle */ .m8)(payload, signed.bundle));
        out.push({
            subject: subject.digest,
            format: 'legacy',
            digest: manifest.digest,
            location: `${repository}:${(0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .legacySignatureTag */ .eG)(subject.digest)}`,
            transparencyLog: links(signed.bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex)),
        });
    }
    return out;
}


/***/ })

};
