export const id = 900;
export const ids = [900];
export const modules = {

/***/ 27812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ certificatesFromPem),
/* harmony export */   DZ: () => (/* binding */ ANNOTATION_BUNDLE),
/* harmony export */   HK: () => (/* binding */ ANNOTATION_TIMESTAMP),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   M6: () => (/* binding */ ANNOTATION_CHAIN),
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   eG: () => (/* binding */ legacySignatureTag),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   m8: () => (/* binding */ legacySignatureFromBundle),
/* harmony export */   me: () => (/* binding */ pushLegacySignature),
/* harmony export */   ub: () => (/* binding */ findLegacySignatures)
/* harmony export */ });
/* unused harmony export SIMPLE_SIGNING_MEDIA_TYPE */
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

/***/ 61900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestStep: () => (/* binding */ attestStep)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(12432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(27812);
;// CONCATENATED MODULE: ./src/attest/legacy-att.ts







// The attestation format cosign wrote before bundles (and still writes with
// --new-bundle-format=false): the tag `sha256-<hex>.att` holds an image
// manifest whose layers are DSSE envelopes, one per attestation, with the
// verification material in cosign's annotations. cosign 3's
// verify-attestation still reads it, and older verifiers read nothing else.
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** cosign names the predicate type in a bare `predicateType` annotation. */
const ANNOTATION_LEGACY_PREDICATE_TYPE = 'predicateType';
/** `sha256:abc…` → `sha256-abc….att`. */
function legacyAttestationTag(digest) {
    return `${digest.slice(0, digest.indexOf(':'))}-${(0,oci_digest/* hexOf */.ZD)(digest)}.att`;
}
/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const CHUNK = 3 * 256 * 1024;
/**
 * The DSSE envelope as cosign serialises it (Go's field order, the empty keyid
 * left out), its base64 payload encoded chunk by chunk so a tens-of-MB
 * statement is never held as one string.
 */
function envelopeChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* OperationError */.OK('not a DSSE bundle');
    const { payload, signatures } = bundle.content.dsseEnvelope;
    const head = Buffer.from('{"payload":"');
    const tail = Buffer.from(`","payloadType":${JSON.stringify(sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)},"signatures":${JSON.stringify(signatures.map((s) => s.keyid ? { keyid: s.keyid, sig: s.sig.toString('base64') } : { sig: s.sig.toString('base64') }))}}`);
    return {
        size: head.length + 4 * Math.ceil(payload.length / 3) + tail.length,
        *chunks() {
            yield head;
            for (let i = 0; i < payload.length; i += CHUNK) {
                yield Buffer.from(payload.subarray(i, i + CHUNK).toString('base64'));
            }
            yield tail;
        },
    };
}
/**
 * The layer annotations: the signature itself lives in the envelope, so its
 * annotation is empty, as cosign leaves it; the certificate, Rekor entry and
 * timestamp are carried in the same encodings as for a legacy signature.
 */
function legacyAttestationAnnotations(bundle, predicateType) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* OperationError */.OK('not a DSSE bundle');
    const sig = bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0);
    // The verification material is read the same way whatever the content; a
    // message-signature view of the bundle lets the signature format's encoder do it.
    const material = (0,cosign_legacy/* legacySignatureFromBundle */.m8)(Buffer.alloc(0), {
        ...bundle,
        content: {
            $case: 'messageSignature',
            messageSignature: { signature: sig, messageDigest: undefined },
        },
    });
    return {
        [cosign_legacy/* ANNOTATION_SIGNATURE */.LR]: '',
        ...(material.certificate ? { [cosign_legacy/* ANNOTATION_CERTIFICATE */.MF]: material.certificate } : {}),
        ...(material.chain ? { [cosign_legacy/* ANNOTATION_CHAIN */.M6]: material.chain } : {}),
        ...(material.rekorBundle ? { [cosign_legacy/* ANNOTATION_BUNDLE */.DZ]: material.rekorBundle } : {}),
        ...(material.timestamp ? { [cosign_legacy/* ANNOTATION_TIMESTAMP */.HK]: material.timestamp } : {}),
        [ANNOTATION_LEGACY_PREDICATE_TYPE]: predicateType,
    };
}
async function existingAttestations(store, tag) {
    try {
        const descriptor = await store.resolve(tag);
        const { manifest } = await store.fetchManifest(descriptor);
        return 'layers' in manifest ? manifest : undefined;
    }
    catch (e) {
        if (e instanceof errors/* NotFoundError */.m_)
            return undefined;
        throw e;
    }
}
/**
 * Appends the attestation to the `.att` manifest of `subject`, keeping every
 * attestation already there (cosign's, another run's). The same envelope
 * twice changes nothing. The manifest, pushed last, is the commit point.
 */
async function pushLegacyAttestation(store, subject, bundle, predicateType) {
    const tag = legacyAttestationTag(subject);
    const { size, chunks } = envelopeChunks(bundle);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const c of chunks())
        hash.update(c);
    const layer = {
        mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
        size,
        digest: `sha256:${hash.digest('hex')}`,
        annotations: legacyAttestationAnnotations(bundle, predicateType),
    };
    const previous = await existingAttestations(store, tag);
    const layers = previous?.layers ?? [];
    if (layers.some((l) => l.digest === layer.digest))
        return store.resolve(tag);
    await store.pushBlob(layer, external_node_stream_.Readable.from(chunks(), { objectMode: false }));
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
        mediaType: mediatype/* MediaType */.zu.ociConfig,
        size: config.length,
        digest: (0,oci_digest/* digestOf */.ol)(config),
    };
    await store.pushBlob(configDescriptor, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: mediatype/* MediaType */.zu.ociManifest,
        config: configDescriptor,
        layers: all,
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), mediatype/* MediaType */.zu.ociManifest, tag);
}

// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
;// CONCATENATED MODULE: ./src/attest/provenance.ts
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

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
;// CONCATENATED MODULE: ./src/attest/pusher.ts








function frameStatement(frame, predicateSize) {
    const length = frame.prefix.length + predicateSize + frame.suffix.length;
    const header = Buffer.from(`DSSEv1 ${Buffer.byteLength(sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)} ${sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4} ${length} `, 'utf8');
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
/** sigstore-js's DSSE builder, handed the PAE already laid out. */
class FramedDsseBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    pae;
    constructor(options, pae) {
        super(options);
        this.pae = pae;
    }
    async prepare() {
        return this.pae;
    }
}
/** Signs a framed statement as DSSE with `signer`, witnessed by `witnesses`. The statement is not copied into the bundle. */
async function signStatement(framed, signer, witnesses) {
    const builder = new FramedDsseBuilder({ signer, witnesses }, framed.pae);
    let bundle;
    try {
        bundle = await builder.create({ data: framed.statement, type: sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4 });
    }
    catch (e) {
        if (e instanceof errors/* OperationError */.OK)
            throw e;
        const err = e;
        const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
        throw new errors/* OperationError */.OK(`signing the attestation failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, { cause: e });
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* OperationError */.OK('the signer made no DSSE envelope');
    // As for signatures (see sigstore/bundle.ts): sigstore-go skips a signature
    // whose keyid names a key its verifier was not given, so cosign would too.
    for (const s of bundle.content.dsseEnvelope.signatures)
        s.keyid = '';
    return bundle;
}
/** A whole statement already in memory (small ones), framed for signing. */
function framedCopy(statement) {
    const framed = frameStatement({ prefix: Buffer.alloc(0), suffix: Buffer.alloc(0) }, statement.length);
    statement.copy(framed.predicate);
    return framed;
}
/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const pusher_CHUNK = 3 * 256 * 1024;
/**
 * The bundle's JSON as chunks: everything but the payload serialised once, the
 * payload encoded chunk by chunk where it belongs.
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
    const text = JSON.stringify((0,dist.bundleToJSON)(hollow));
    const marker = `"payload":"${standIn.toString('base64')}"`;
    const at = text.indexOf(marker);
    if (at < 0)
        throw new errors/* OperationError */.OK('cannot place the payload in the bundle JSON');
    const head = Buffer.from(text.slice(0, at + '"payload":"'.length));
    const tail = Buffer.from(text.slice(at + marker.length - 1));
    return {
        size: head.length + 4 * Math.ceil(payload.length / 3) + tail.length,
        *chunks() {
            yield head;
            for (let i = 0; i < payload.length; i += pusher_CHUNK) {
                yield Buffer.from(payload.subarray(i, i + pusher_CHUNK).toString('base64'));
            }
            yield tail;
        },
    };
}
/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * Pushes a signed attestation as a referrer of `subject`: the bundle blob,
 * the empty config, then the manifest (the commit point: a failure before it
 * leaves only unreferenced blobs, never a referrer pointing at nothing).
 */
async function pushAttestation(store, subject, bundle, options) {
    const { size, chunks } = bundleChunks(bundle);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const c of chunks())
        hash.update(c);
    const layer = { mediaType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV, size, digest: `sha256:${hash.digest('hex')}` };
    const config = {
        mediaType: mediatype/* EMPTY_JSON */.JO.mediaType,
        size: mediatype/* EMPTY_JSON */.JO.size,
        digest: mediatype/* EMPTY_JSON */.JO.digest,
    };
    await store.pushBlob(config, Buffer.from('{}'));
    await store.pushBlob(layer, external_node_stream_.Readable.from(chunks(), { objectMode: false }));
    const manifest = {
        schemaVersion: 2,
        mediaType: mediatype/* MediaType */.zu.ociManifest,
        config,
        layers: [layer],
        annotations: {
            [cosign_bundle/* ANNOTATION_CONTENT */._l]: 'dsse-envelope',
            [cosign_bundle/* ANNOTATION_PREDICATE_TYPE */.nM]: options.predicateType,
            [cosign_bundle/* ANNOTATION_CREATED */.H]: createdStamp(options.created),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV,
    };
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
// EXTERNAL MODULE: ./src/oci/opener.ts + 9 modules
var oci_opener = __webpack_require__(53214);
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
        generated = Buffer.from(JSON.stringify(slsaProvenance(options.workflow)));
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
        if (!(0,oci_digest/* isDigest */.Bc)(location.reference)) {
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
                const att = await pushLegacyAttestation(store, subject.digest, bundle, predicateType);
                legacyAtt = `${location.display}:${legacyAttestationTag(subject.digest)}@${att.digest}`;
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
