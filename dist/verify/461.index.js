export const id = 461;
export const ids = [461];
export const modules = {

/***/ 1461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyNotationSignatures: () => (/* binding */ verifyNotationSignatures)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/sigstore/notation/certificates.ts
var certificates = __webpack_require__(869);
;// CONCATENATED MODULE: ./src/sigstore/notation/jws.ts


// The JWS envelope of the Notary Project signature specification (flattened
// JSON serialization): a protected header naming the signing scheme and time,
// the payload `{targetArtifact}`, and the certificate chain in the
// unprotected `x5c`.
const jws_JWS_MEDIA_TYPE = 'application/jose+json';
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
            key: { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 },
        };
    }
    return { hash, key: { key, dsaEncoding: 'ieee-p1363' } };
}
/** Signs `{targetArtifact: target}` under the notary.x509 scheme with `key`, whose certificate leads `chain`. */
function jws_signJws(target, key, chain, options) {
    const alg = jwsAlgorithmFor(key);
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
    const signature = sign(o.hash, Buffer.from(`${protectedPart}.${payloadPart}`), o.key);
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
    return (0,external_node_crypto_.verify)(o.hash, Buffer.from(`${envelope.protected}.${envelope.payload}`), o.key, Buffer.from(envelope.signature, 'base64url'));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(8269);
// EXTERNAL MODULE: ./src/sigstore/formats/small-blob.ts
var small_blob = __webpack_require__(8948);
;// CONCATENATED MODULE: ./src/sigstore/notation/signature-manifest.ts







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
        key = createPrivateKey(keyPem);
    }
    catch {
        // The parser's message can quote the key's text; say only what was wrong.
        throw new InputError(`${where.key}: not a PEM private key (PKCS#1, PKCS#8 or SEC1, unencrypted)`);
    }
    const chain = certificatesFromPemText(certPem, where.cert);
    if (!chain[0].checkPrivateKey(key)) {
        throw new InputError(`${where.key}: does not belong to the first certificate of ${where.cert}`);
    }
    return { key, chain };
}
/** Signs `subject` and pushes the signature as its referrer; returns the signature manifest's descriptor. */
async function pushNotationSignature(store, subject, identity, options) {
    const envelope = signJws(subject, identity.key, identity.chain, options);
    const bytes = Buffer.from(JSON.stringify(envelope));
    const layer = { mediaType: JWS_MEDIA_TYPE, size: bytes.length, digest: digestOf(bytes) };
    const configBytes = Buffer.from('{}');
    const config = {
        mediaType: NOTARY_SIGNATURE_TYPE,
        size: configBytes.length,
        digest: digestOf(configBytes),
    };
    await store.pushBlob(config, configBytes);
    await store.pushBlob(layer, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        annotations: {
            [THUMBPRINT_ANNOTATION]: chainThumbprints(identity.chain),
            'org.opencontainers.image.created': options.signingTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
}
async function findNotationSignatures(store, subject) {
    const referrers = await store.referrers(subject.digest, { artifactType: NOTARY_SIGNATURE_TYPE });
    return Promise.all(referrers.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layers = 'layers' in manifest ? manifest.layers : [];
            const layer = layers.find((l) => l.mediaType === jws_JWS_MEDIA_TYPE);
            if (!layer) {
                return {
                    descriptor,
                    error: `envelope ${layers[0]?.mediaType ?? '(none)'} is not read; lading verifies ${jws_JWS_MEDIA_TYPE} only`,
                };
            }
            const envelope = JSON.parse((await (0,small_blob/* fetchSmallBlob */.p)(store, layer, where)).toString('utf8'));
            return { descriptor, envelope };
        }
        catch (e) {
            return { descriptor, error: `unreadable: ${e.message.split('\n')[0]}` };
        }
    }));
}

;// CONCATENATED MODULE: ./src/sigstore/notation/verifier.ts




class Rejected extends Error {
}
const KNOWN_CRITICAL = new Set([SIGNING_SCHEME, EXPIRY]);
async function verifyNotationSignatures(store, subject, trustStore, now = new Date()) {
    const found = await findNotationSignatures(store, subject);
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
            return new external_node_crypto_.X509Certificate(Buffer.from(String(c), 'base64'));
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
    if (header.cty !== NOTARY_PAYLOAD_TYPE)
        throw new Rejected(`cty is ${String(header.cty)}, not ${NOTARY_PAYLOAD_TYPE}`);
    const scheme = header[SIGNING_SCHEME];
    if (scheme !== 'notary.x509') {
        throw new Rejected(`signing scheme ${String(scheme)} is not supported (notary.x509 only)`);
    }
    const crit = Array.isArray(header.crit) ? header.crit : [];
    if (!crit.includes(SIGNING_SCHEME))
        throw new Rejected(`crit does not list ${SIGNING_SCHEME}`);
    const unknown = crit.filter((c) => !KNOWN_CRITICAL.has(c));
    if (unknown.length)
        throw new Rejected(`unknown critical header ${unknown.join(', ')}`);
    const leaf = chain[0];
    if (!jwsSignatureValid(envelope, String(header.alg), leaf.publicKey)) {
        throw new Rejected('the signature does not match the signed content (tampered payload or header, or another certificate)');
    }
    const problem = (0,certificates/* chainProblem */.$d)(chain, trustStore, now);
    if (problem)
        throw new Rejected(problem);
    const expiry = header[EXPIRY];
    if (expiry !== undefined && !(new Date(expiry) > now))
        throw new Rejected(`the signature expired at ${expiry}`);
    const signingTime = header[SIGNING_TIME];
    if (signingTime !== undefined && Number.isNaN(Date.parse(signingTime))) {
        throw new Rejected(`${SIGNING_TIME} is not a time: ${signingTime}`);
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
