export const id = 1147;
export const ids = [1147,3528];
export const modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c3: () => (/* binding */ LadingError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   iC: () => (/* binding */ DeniedError),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
// Every failure a user can see is one of these. The class decides the exit code
// (DESIGN.md: 0 done, 1 a gate or verification said no, 2 bad usage or bad input,
// 3 anything else: network, registry, disk), so callers never map codes by hand.
const ExitCode = {
    ok: 0,
    denied: 1,
    badInput: 2,
    failure: 3,
};
class LadingError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The user asked for something malformed: a bad flag, reference, file or value. */
class InputError extends LadingError {
    exitCode = ExitCode.badInput;
}
/** A gate or a verification said no. Not a malfunction. */
class DeniedError extends LadingError {
    exitCode = ExitCode.denied;
}
/** Something outside lading went wrong: network, registry, disk. */
class OperationError extends LadingError {
    exitCode = ExitCode.failure;
}
/**
 * Content did not match its digest, or a server sent something that breaks the
 * distribution spec. It is the server's fault, not the user's, so it exits 3.
 */
class IntegrityError extends OperationError {
}
/** A registry answered with an error status. */
class RegistryError extends OperationError {
    status;
    codes;
    constructor(message, status, codes = [], options) {
        super(message, options);
        this.status = status;
        this.codes = codes;
    }
}
/** Credentials were refused (401 after authenticating, or 403). */
class AuthError extends RegistryError {
}
/** The thing asked for does not exist (tag, digest, repository, platform). */
class NotFoundError extends OperationError {
}
function exitCodeOf(err) {
    return err instanceof LadingError ? err.exitCode : ExitCode.failure;
}
/** One line, no stack: what the CLI and the actions print. */
function describeError(err) {
    if (err instanceof Error)
        return err.message.split('\n')[0] ?? err.name;
    return String(err);
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


/***/ })

};
