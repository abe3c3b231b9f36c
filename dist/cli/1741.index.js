export const id = 1741;
export const ids = [1741,8825,869];
export const modules = {

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

/***/ 98269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports IMAGE_MANIFEST_TYPES, MANIFEST_TYPES */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const IMAGE_MANIFEST_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
const MANIFEST_TYPES = [...IMAGE_MANIFEST_TYPES, ...INDEX_TYPES];
/** The `Accept` header for manifest reads: every type lading understands. */
const MANIFEST_ACCEPT = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return MANIFEST_TYPES.includes(mediaType);
}
/** The empty JSON object `{}` that OCI 1.1 artifacts use as config. */
const EMPTY_JSON = {
    mediaType: MediaType.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
};


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


/***/ })

};
