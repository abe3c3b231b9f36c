export const id = 407;
export const ids = [407];
export const modules = {

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
    const found = await (0,_signature_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .findNotationSignatures */ .RR)(store, subject);
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
