export const id = 3528;
export const ids = [3528];
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


/***/ })

};
