export const id = 5407;
export const ids = [5407,869];
export const modules = {

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

/***/ 5407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyNotationSignatures: () => (/* binding */ verifyNotationSignatures)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50869);
/* harmony import */ var _jws_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51953);
/* harmony import */ var _signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71741);




class Rejected extends Error {
}
const KNOWN_CRITICAL = new Set([_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_SCHEME */ .cq, _jws_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPIRY */ .Gp]);
async function verifyNotationSignatures(store, subject, trustStore, now = new Date()) {
    const found = await (0,_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__.findNotationSignatures)(store, subject);
    return found.map(({ descriptor, envelope, error }) => {
        const location = `${store.name}@${descriptor.digest}`;
        if (!envelope)
            return { format: 'notation', location, ok: false, reason: error ?? 'unreadable' };
        let signer;
        try {
            const chain = certificatesOf(envelope);
            signer = chain[0]?.subject.replaceAll('\n', ', ');
            checkEnvelope(envelope, chain, subject, trustStore, now);
            return {
                format: 'notation',
                location,
                ok: true,
                reason: `JWS signature by ${signer} verified against the trust store`,
                ...(signer ? { signer } : {}),
            };
        }
        catch (e) {
            return {
                format: 'notation',
                location,
                ok: false,
                reason: e instanceof Rejected ? e.message : `malformed signature: ${e.message}`,
                ...(signer ? { signer } : {}),
            };
        }
    });
}
function certificatesOf(envelope) {
    const x5c = envelope.header?.x5c;
    if (!Array.isArray(x5c) || !x5c.length)
        throw new Rejected('the unprotected header has no x5c chain');
    return x5c.map((c, i) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(String(c), 'base64'));
        }
        catch {
            throw new Rejected(`x5c[${i}] is not an X.509 certificate`);
        }
    });
}
function decodeJson(part, name) {
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new Rejected(`the ${name} is not base64url-encoded JSON`);
    }
}
function checkEnvelope(envelope, chain, subject, trustStore, now) {
    const header = decodeJson(envelope.protected, 'protected header');
    if (header.cty !== _jws_js__WEBPACK_IMPORTED_MODULE_2__/* .NOTARY_PAYLOAD_TYPE */ .A8)
        throw new Rejected(`cty is ${String(header.cty)}, not ${_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .NOTARY_PAYLOAD_TYPE */ .A8}`);
    const scheme = header[_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_SCHEME */ .cq];
    if (scheme !== 'notary.x509') {
        throw new Rejected(`signing scheme ${String(scheme)} is not supported (notary.x509 only)`);
    }
    const crit = Array.isArray(header.crit) ? header.crit : [];
    if (!crit.includes(_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_SCHEME */ .cq))
        throw new Rejected(`crit does not list ${_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_SCHEME */ .cq}`);
    const unknown = crit.filter((c) => !KNOWN_CRITICAL.has(c));
    if (unknown.length)
        throw new Rejected(`unknown critical header ${unknown.join(', ')}`);
    const leaf = chain[0];
    if (!(0,_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .jwsSignatureValid */ .xf)(envelope, String(header.alg), leaf.publicKey)) {
        throw new Rejected('the signature does not match the signed content (tampered payload or header, or another certificate)');
    }
    const problem = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .chainProblem */ .$d)(chain, trustStore, now);
    if (problem)
        throw new Rejected(problem);
    const expiry = header[_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .EXPIRY */ .Gp];
    if (expiry !== undefined && !(new Date(expiry) > now))
        throw new Rejected(`the signature expired at ${expiry}`);
    const signingTime = header[_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_TIME */ .gt];
    if (signingTime !== undefined && Number.isNaN(Date.parse(signingTime))) {
        throw new Rejected(`${_jws_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNING_TIME */ .gt} is not a time: ${signingTime}`);
    }
    const payload = decodeJson(envelope.payload, 'payload');
    const target = payload.targetArtifact;
    if (target?.digest !== subject.digest) {
        throw new Rejected(`the signature is for ${String(target?.digest)}, not ${subject.digest}`);
    }
    if (target.size !== subject.size || target.mediaType !== subject.mediaType) {
        throw new Rejected(`the signed target is ${String(target.mediaType)} of ${String(target.size)} bytes, the image is ${subject.mediaType} of ${subject.size}`);
    }
}


/***/ })

};
