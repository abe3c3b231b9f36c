export const id = 310;
export const ids = [310];
export const modules = {

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
/* harmony export */   j: () => (/* reexport safe */ _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__.jl),
/* harmony export */   l: () => (/* binding */ keylessSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15179);


/**
 * Keyless signing: an ephemeral ECDSA key, certified by Fulcio for the identity
 * in the OIDC token. The token is fetched only when a signature is made, since
 * Actions tokens are short-lived.
 */
function keylessSigner(options) {
    return new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .FulcioSigner */ .$o({
        fulcioBaseURL: options.fulcioUrl ?? _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_FULCIO_URL */ .jl,
        identityProvider: { getToken: options.identityToken },
        timeout: 30_000,
        retry: { retries: 2 },
    });
}


/***/ }),

/***/ 6917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* reexport safe */ _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__.AD),
/* harmony export */   C: () => (/* binding */ createWitnesses)
/* harmony export */ });
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15179);


function createWitnesses(options) {
    const fetch = { timeout: 30_000, retry: { retries: 2 } };
    const out = [];
    if (options.rekorUrl) {
        out.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .RekorWitness */ .fU({
            rekorBaseURL: options.rekorUrl,
            majorApiVersion: options.rekorVersion ?? 1,
            ...fetch,
        }));
    }
    if (options.tsaUrl)
        out.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_0__/* .TSAWitness */ .gs({ tsaBaseURL: options.tsaUrl, ...fetch }));
    return out;
}


/***/ }),

/***/ 66310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGNATURE_FORMATS: () => (/* reexport safe */ _sigstore_signature_format_js__WEBPACK_IMPORTED_MODULE_12__.g),
/* harmony export */   defaultSignatureFormat: () => (/* binding */ defaultSignatureFormat),
/* harmony export */   signStep: () => (/* binding */ signStep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53214);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62148);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68540);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3048);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27812);
/* harmony import */ var _sigstore_key_signer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5458);
/* harmony import */ var _sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26063);
/* harmony import */ var _sigstore_notation_signature_manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71741);
/* harmony import */ var _sigstore_signature_format_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(84646);
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
    if (options.format !== undefined && !_sigstore_signature_format_js__WEBPACK_IMPORTED_MODULE_12__/* .SIGNATURE_FORMATS */ .g.includes(options.format)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--signature-format: must be bundle, legacy or both, got ${JSON.stringify(options.format)}`);
    }
    // A Notation identity alone signs only in Notation's format; with a key or a token, cosign's too.
    const signer = options.notation && !options.key && !options.identityToken ? undefined : await makeSigner(options);
    const services = witnessServices(options);
    const witnesses = (0,_sigstore_witnesses_js__WEBPACK_IMPORTED_MODULE_11__/* .createWitnesses */ .C)(services);
    const choice = signer
        ? await chooseFormat(options)
        : { format: 'bundle', reason: 'no cosign signature: only a Notation identity was given' };
    // Only a chosen default is worth a line; an explicit format is what the user typed.
    if (signer && !options.format)
        reporter.info(`signature format ${choice.format} (${choice.reason})`);
    const location = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_2__/* .openLocation */ .s)(options.image, 'read', options.access);
    try {
        const { store } = location;
        if (!location.reference)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(location.reference)) {
            reporter.warn(`${options.image}: signing by tag; the tag may move before the signature is checked, prefer IMAGE@DIGEST`);
        }
        const root = await store.resolve(location.reference);
        const subjects = [root];
        if (options.recursive) {
            const { manifest } = await store.fetchManifest(root);
            if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_13__/* .isIndex */ .n)(manifest))
                subjects.push(...manifest.manifests);
        }
        const written = [];
        for (const subject of subjects) {
            if (signer) {
                written.push(...(await signOne(store, location.display, subject, signer, witnesses, choice.format, options, services.rekorUrl)));
            }
            if (options.notation) {
                const descriptor = await (0,_sigstore_notation_signature_manifest_js__WEBPACK_IMPORTED_MODULE_10__.pushNotationSignature)(store, subject, options.notation, {
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
        return _sigstore_key_signer_js__WEBPACK_IMPORTED_MODULE_8__/* .KeySigner */ .i.fromFile(options.key.text, options.key.password, options.key.where);
    if (!options.identityToken) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('no signing identity: give --key FILE, --notation-key/--notation-cert, --identity-token FILE, or run where an OIDC token is available');
    }
    return (0,_sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .keylessSigner */ .l)({
        fulcioUrl: options.services?.fulcioUrl ?? _sigstore_keyless_signer_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_FULCIO_URL */ .j,
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
