export const id = 947;
export const ids = [947,529,869,540];
export const modules = {

/***/ 47540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SEVERITIES: () => (/* binding */ SEVERITIES),
/* harmony export */   parseAge: () => (/* binding */ parseAge),
/* harmony export */   parseSeverity: () => (/* binding */ parseSeverity),
/* harmony export */   predicateMismatch: () => (/* binding */ predicateMismatch),
/* harmony export */   worstFinding: () => (/* binding */ worstFinding)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// What `verify --require-attestation` demands of a predicate beyond a valid
// signature: who built the image from which source (provenance), how bad the
// worst finding is and how old the scan is (vulnerability attestation).
const SEVERITIES = ['negligible', 'low', 'medium', 'high', 'critical'];
function parseSeverity(text, where) {
    const s = text.toLowerCase();
    if (SEVERITIES.includes(s))
        return s;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(text)}`);
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseAge(text, where) {
    const m = /^(\d+)([smhd])$/.exec(text.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${text}" is not a duration such as 90m, 24h or 7d`);
    return Number(m[1]) * UNITS[m[2]];
}
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
/** Why `predicate` does not meet `req`, in one line, or undefined when it does. */
function predicateMismatch(predicate, req, now) {
    const doc = obj(predicate);
    if (!doc)
        return 'the predicate is not a JSON object';
    if (req.builderId !== undefined || req.sourceRepository !== undefined || req.sourceRef !== undefined) {
        const builder = obj(obj(doc.runDetails)?.builder)?.id;
        if (req.builderId !== undefined && builder !== req.builderId) {
            return `builder id is ${JSON.stringify(builder ?? null)}, not ${JSON.stringify(req.builderId)}`;
        }
        const workflow = obj(obj(obj(doc.buildDefinition)?.externalParameters)?.workflow);
        if (req.sourceRepository !== undefined) {
            const repo = workflow?.repository;
            const want = req.sourceRepository.replace(/\/+$/, '');
            const same = typeof repo === 'string' && (repo === want || (!want.includes('://') && repo.endsWith(`/${want}`)));
            if (!same)
                return `source repository is ${JSON.stringify(repo ?? null)}, not ${JSON.stringify(want)}`;
        }
        if (req.sourceRef !== undefined && workflow?.ref !== req.sourceRef) {
            return `source ref is ${JSON.stringify(workflow?.ref ?? null)}, not ${JSON.stringify(req.sourceRef)}`;
        }
    }
    if (req.maxAgeMs !== undefined) {
        const finished = obj(doc.metadata)?.scanFinishedOn;
        const at = typeof finished === 'string' ? Date.parse(finished) : Number.NaN;
        if (Number.isNaN(at))
            return 'the scan has no metadata.scanFinishedOn time';
        const age = now.getTime() - at;
        if (age > req.maxAgeMs) {
            return `the scan finished at ${new Date(at).toISOString()}, ${formatAge(age)} ago, older than ${formatAge(req.maxAgeMs)}`;
        }
    }
    if (req.maxSeverity !== undefined) {
        const worst = worstFinding(obj(doc.scanner)?.result);
        const limit = SEVERITIES.indexOf(req.maxSeverity);
        if (worst && SEVERITIES.indexOf(worst.severity) > limit) {
            return `a finding is ${worst.severity}${worst.id ? ` (${worst.id})` : ''}, above the maximum ${req.maxSeverity}`;
        }
    }
    return undefined;
}
/**
 * The most severe finding in a scan result. The vuln predicate leaves the
 * result's format to the scanner, so every `severity` field is read, whatever
 * its nesting (grype's matches, Trivy's Results, lading's own findings).
 */
function worstFinding(result) {
    let worst;
    const stack = [result];
    while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            stack.push(...v);
            continue;
        }
        const o = obj(v);
        if (!o)
            continue;
        for (const [k, child] of Object.entries(o)) {
            if (k.toLowerCase() === 'severity' && typeof child === 'string') {
                const s = child.toLowerCase();
                const rank = SEVERITIES.indexOf(s);
                if (rank >= 0 && (!worst || rank > SEVERITIES.indexOf(worst.severity))) {
                    const id = o.id ?? o.ID ?? o.VulnerabilityID;
                    worst = { severity: s, ...(typeof id === 'string' ? { id } : {}) };
                }
            }
            else if (typeof child === 'object' && child !== null)
                stack.push(child);
        }
    }
    return worst;
}
function formatAge(ms) {
    const h = ms / 3_600_000;
    return h >= 48
        ? `${Math.floor(h / 24)}d`
        : h >= 1
            ? `${Math.floor(h)}h`
            : `${Math.max(0, Math.floor(ms / 60_000))}m`;
}


/***/ }),

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

/***/ 97529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anchoredPattern: () => (/* binding */ anchoredPattern),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   identityMismatch: () => (/* binding */ identityMismatch),
/* harmony export */   validatePolicy: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    triggerV1: '1.3.6.1.4.1.57264.1.2',
    shaV1: '1.3.6.1.4.1.57264.1.3',
    workflowV1: '1.3.6.1.4.1.57264.1.4',
    repositoryV1: '1.3.6.1.4.1.57264.1.5',
    refV1: '1.3.6.1.4.1.57264.1.6',
    issuer: '1.3.6.1.4.1.57264.1.8',
    sourceRepository: '1.3.6.1.4.1.57264.1.12',
    sourceDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRef: '1.3.6.1.4.1.57264.1.14',
    trigger: '1.3.6.1.4.1.57264.1.20',
};
/** Compiles a user's pattern anchored at both ends, so `…/release.yml` never matches `…/release.yml.evil`. */
function anchoredPattern(pattern, where) {
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: not a regular expression: ${e.message}`);
    }
}
/** Checks every pattern of `policy` compiles; `names` maps matcher keys to the flag or input the user wrote. */
function validatePolicy(policy, names) {
    if (policy.subject && 'pattern' in policy.subject)
        anchoredPattern(policy.subject.pattern, names.subject);
    if (policy.issuer && 'pattern' in policy.issuer)
        anchoredPattern(policy.issuer.pattern, names.issuer);
}
function legacy(cert, oid) {
    return cert.extension(oid)?.value.toString('utf8');
}
/** Newer Fulcio extensions hold a DER UTF8String rather than raw bytes. */
function derString(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
function certificateIdentity(der) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der));
    const repositoryUrl = derString(cert, OID.sourceRepository);
    const github = {
        repository: legacy(cert, OID.repositoryV1) ?? repositoryUrl?.replace(/^https:\/\/[^/]+\//, ''),
        ref: legacy(cert, OID.refV1) ?? derString(cert, OID.sourceRef),
        workflow: legacy(cert, OID.workflowV1),
        trigger: legacy(cert, OID.triggerV1) ?? derString(cert, OID.trigger),
        sha: legacy(cert, OID.shaV1) ?? derString(cert, OID.sourceDigest),
    };
    const subject = cert.subjectAltName;
    const issuer = derString(cert, OID.issuer) ?? legacy(cert, OID.issuerV1);
    return {
        ...(subject ? { subject } : {}),
        ...(issuer ? { issuer } : {}),
        github: Object.fromEntries(Object.entries(github).filter(([, v]) => v !== undefined)),
    };
}
function matches(m, value) {
    if (value === undefined)
        return false;
    return 'exact' in m ? m.exact === value : anchoredPattern(m.pattern, 'pattern').test(value);
}
function describe(m) {
    return 'exact' in m ? JSON.stringify(m.exact) : `/^(?:${m.pattern})$/`;
}
/** Why `identity` fails `policy`, or undefined when it passes. */
function identityMismatch(policy, identity) {
    if (policy.issuer && !matches(policy.issuer, identity.issuer)) {
        return `issuer ${JSON.stringify(identity.issuer ?? '(none)')} does not match ${describe(policy.issuer)}`;
    }
    if (policy.subject && !matches(policy.subject, identity.subject)) {
        return `subject ${JSON.stringify(identity.subject ?? '(none)')} does not match ${describe(policy.subject)}`;
    }
    for (const [key, want] of Object.entries(policy.github ?? {})) {
        if (want === undefined)
            continue;
        const got = identity.github[key];
        if (got !== want) {
            return `GitHub ${key} ${JSON.stringify(got ?? '(none)')} in the certificate is not ${JSON.stringify(want)}`;
        }
    }
    return undefined;
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

/***/ 947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyStep: () => (/* binding */ verifyStep)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(12432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
// EXTERNAL MODULE: ./src/sigstore/identity-policy.ts
var identity_policy = __webpack_require__(97529);
// EXTERNAL MODULE: ./src/attest/checks.ts
var checks = __webpack_require__(47540);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/attest/statement.ts
var attest_statement = __webpack_require__(60872);
;// CONCATENATED MODULE: ./src/attest/verifier.ts









// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.
/** A bundle over the largest predicate: base64 adds a third, the envelope a little more. */
const BUNDLE_LIMIT = Math.ceil((predicates.PREDICATE_SIZE_LIMIT * 4) / 3) + 1024 * 1024;
class Rejected extends Error {
}
const EMPTY_ROOT = protobuf_specs_dist.TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
});
async function verifyAttestations(store, subject, requirement, options) {
    const types = (0,predicates.predicateTypesOf)(requirement.kind);
    const referrers = (await store.referrers(subject.digest, { artifactType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV })).filter((d) => {
        const p = d.annotations?.[cosign_bundle/* ANNOTATION_PREDICATE_TYPE */.nM];
        return p === undefined || types.includes(p);
    });
    const attestations = [];
    for (const descriptor of referrers) {
        const location = `${store.name}@${descriptor.digest}`;
        const annotated = descriptor.annotations?.[cosign_bundle/* ANNOTATION_PREDICATE_TYPE */.nM];
        try {
            const bundle = await readBundle(store, descriptor, location);
            verifySignature(bundle, options);
            const statement = statementOf(bundle);
            // An unannotated referrer may be any attestation, or a signature: skip other types quietly.
            if (!types.includes(statement.predicateType)) {
                if (annotated === undefined)
                    continue;
                throw new Rejected(`the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`);
            }
            if (!(0,attest_statement/* namesDigest */.zU)(statement.subjects, subject.digest)) {
                throw new Rejected(`the statement is about ${(0,attest_statement/* subjectDigests */.IF)(statement.subjects).join(', ') || 'no digest'}, not ${subject.digest}`);
            }
            const mismatch = (0,checks.predicateMismatch)(statement.predicate, requirement, options.now ?? new Date());
            if (mismatch)
                throw new Rejected(mismatch);
            attestations.push({
                location,
                predicateType: statement.predicateType,
                ok: true,
                reason: 'signature verified; the statement names this digest; the predicate meets every check',
                statement: statement.type,
            });
        }
        catch (e) {
            attestations.push({
                location,
                predicateType: annotated ?? '(unannotated)',
                ok: false,
                reason: reasonOf(e),
            });
        }
    }
    return { requirement, satisfied: attestations.some((a) => a.ok), attestations };
}
async function readBundle(store, descriptor, where) {
    const { manifest } = await store.fetchManifest(descriptor);
    const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV) : undefined;
    if (!layer)
        throw new Rejected(`no ${cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV} layer`);
    if (layer.size > BUNDLE_LIMIT) {
        throw new Rejected(`the bundle ${layer.digest} is ${layer.size} bytes, over the ${BUNDLE_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > BUNDLE_LIMIT)
            throw new Rejected(`the bundle ${layer.digest} is over the size limit`);
        chunks.push(c);
    }
    let json;
    try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new Rejected(`${where}: the bundle is not JSON`);
    }
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
    }
}
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Rejected('not a DSSE attestation (a message signature)');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    try {
        return (0,attest_statement/* parseStatement */.By)(envelope.payload);
    }
    catch (e) {
        throw new Rejected(e.message);
    }
}
/** As `cosign verify-attestation`: a key checks the signature alone; a trusted root also the certificate, its time and identity. */
function verifySignature(bundle, options) {
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    if ('publicKey' in options.trust) {
        verifyWithKey(entity, options.trust.publicKey);
        return;
    }
    if (entity.key.$case !== 'certificate')
        throw new Rejected('signed with a key, not a certificate: verify it with --key');
    const content = bundle.verificationMaterial.content;
    const der = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.$case === 'x509CertificateChain'
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (!der)
        throw new Rejected('the bundle has no certificate');
    const timed = entity.timestamps.some((t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0);
    if (!timed)
        throw new Rejected('no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed');
    const requireTlog = options.requireTransparencyLog ?? true;
    new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(options.trust.trustedRoot), {
        tlogThreshold: requireTlog ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    }).verify(entity);
    const mismatch = options.policy ? (0,identity_policy.identityMismatch)(options.policy, (0,identity_policy.certificateIdentity)(der)) : undefined;
    if (mismatch)
        throw new Rejected(`identity policy: ${mismatch}`);
}
function verifyWithKey(entity, publicKey) {
    const material = (0,verify_dist/* toTrustMaterial */.jO)(EMPTY_ROOT, () => ({ publicKey, validFor: () => true }));
    const keyed = {
        ...entity,
        key: { $case: 'public-key', hint: '' },
        tlogEntries: [],
        timestamps: [],
    };
    new verify_dist/* Verifier */.BL(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(keyed);
}
function reasonOf(e) {
    if (e instanceof Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    if (err.code === 'SIGNATURE_ERROR') {
        return 'the signature does not match the signed content (tampered payload, or another key or certificate)';
    }
    return err.code ? `${err.code}: ${text}` : text;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 9 modules
var oci_opener = __webpack_require__(53214);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sigstore/notation/certificates.ts
var certificates = __webpack_require__(50869);
// EXTERNAL MODULE: ./src/sigstore/notation/jws.ts
var jws = __webpack_require__(51953);
// EXTERNAL MODULE: ./src/sigstore/notation/signature-manifest.ts
var signature_manifest = __webpack_require__(71741);
;// CONCATENATED MODULE: ./src/sigstore/notation/verifier.ts




class verifier_Rejected extends Error {
}
const KNOWN_CRITICAL = new Set([jws/* SIGNING_SCHEME */.cq, jws/* EXPIRY */.Gp]);
async function verifyNotationSignatures(store, subject, trustStore, now = new Date()) {
    const found = await (0,signature_manifest.findNotationSignatures)(store, subject);
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
                reason: e instanceof verifier_Rejected ? e.message : `malformed signature: ${e.message}`,
                ...(signer ? { signer } : {}),
            };
        }
    });
}
function certificatesOf(envelope) {
    const x5c = envelope.header?.x5c;
    if (!Array.isArray(x5c) || !x5c.length)
        throw new verifier_Rejected('the unprotected header has no x5c chain');
    return x5c.map((c, i) => {
        try {
            return new external_node_crypto_.X509Certificate(Buffer.from(String(c), 'base64'));
        }
        catch {
            throw new verifier_Rejected(`x5c[${i}] is not an X.509 certificate`);
        }
    });
}
function decodeJson(part, name) {
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new verifier_Rejected(`the ${name} is not base64url-encoded JSON`);
    }
}
function checkEnvelope(envelope, chain, subject, trustStore, now) {
    const header = decodeJson(envelope.protected, 'protected header');
    if (header.cty !== jws/* NOTARY_PAYLOAD_TYPE */.A8)
        throw new verifier_Rejected(`cty is ${String(header.cty)}, not ${jws/* NOTARY_PAYLOAD_TYPE */.A8}`);
    const scheme = header[jws/* SIGNING_SCHEME */.cq];
    if (scheme !== 'notary.x509') {
        throw new verifier_Rejected(`signing scheme ${String(scheme)} is not supported (notary.x509 only)`);
    }
    const crit = Array.isArray(header.crit) ? header.crit : [];
    if (!crit.includes(jws/* SIGNING_SCHEME */.cq))
        throw new verifier_Rejected(`crit does not list ${jws/* SIGNING_SCHEME */.cq}`);
    const unknown = crit.filter((c) => !KNOWN_CRITICAL.has(c));
    if (unknown.length)
        throw new verifier_Rejected(`unknown critical header ${unknown.join(', ')}`);
    const leaf = chain[0];
    if (!(0,jws/* jwsSignatureValid */.xf)(envelope, String(header.alg), leaf.publicKey)) {
        throw new verifier_Rejected('the signature does not match the signed content (tampered payload or header, or another certificate)');
    }
    const problem = (0,certificates/* chainProblem */.$d)(chain, trustStore, now);
    if (problem)
        throw new verifier_Rejected(problem);
    const expiry = header[jws/* EXPIRY */.Gp];
    if (expiry !== undefined && !(new Date(expiry) > now))
        throw new verifier_Rejected(`the signature expired at ${expiry}`);
    const signingTime = header[jws/* SIGNING_TIME */.gt];
    if (signingTime !== undefined && Number.isNaN(Date.parse(signingTime))) {
        throw new verifier_Rejected(`${jws/* SIGNING_TIME */.gt} is not a time: ${signingTime}`);
    }
    const payload = decodeJson(envelope.payload, 'payload');
    const target = payload.targetArtifact;
    if (target?.digest !== subject.digest) {
        throw new verifier_Rejected(`the signature is for ${String(target?.digest)}, not ${subject.digest}`);
    }
    if (target.size !== subject.size || target.mediaType !== subject.mediaType) {
        throw new verifier_Rejected(`the signed target is ${String(target.mediaType)} of ${String(target.size)} bytes, the image is ${subject.mediaType} of ${subject.size}`);
    }
}

// EXTERNAL MODULE: ./src/sigstore/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(27812);
;// CONCATENATED MODULE: ./src/sigstore/verifier.ts









const verifier_EMPTY_ROOT = protobuf_specs_dist.TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
});
class sigstore_verifier_Rejected extends Error {
}
/** Verifies every signature of `subject` found in `store`. */
async function verifyImageSignatures(store, subject, options) {
    const [bundles, legacy] = await Promise.all([
        (0,cosign_bundle/* findBundles */.nc)(store, subject.digest),
        (0,cosign_legacy/* findLegacySignatures */.ub)(store, subject.digest),
    ]);
    let manifestBytes;
    const subjectBytes = async () => {
        manifestBytes ??= (await store.fetchManifest(subject)).bytes;
        return manifestBytes;
    };
    const verdicts = [];
    for (const found of bundles) {
        const location = `${store.name}@${found.descriptor.digest}`;
        if (found.error || found.bundle === undefined) {
            verdicts.push({ format: 'bundle', location, ok: false, reason: found.error ?? 'unreadable bundle' });
            continue;
        }
        verdicts.push(await judge('bundle', location, options, async () => {
            let bundle;
            try {
                bundle = (0,dist.bundleFromJSON)(found.bundle);
            }
            catch (e) {
                throw new sigstore_verifier_Rejected(`not a valid Sigstore bundle: ${e.message}`);
            }
            const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
            return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
        }));
    }
    for (const found of legacy) {
        const location = `${store.name}:${found.manifest.digest} layer ${found.layer.digest}`;
        if (found.error || !found.signature) {
            verdicts.push({ format: 'legacy', location, ok: false, reason: found.error ?? 'unreadable signature' });
            continue;
        }
        const sig = found.signature;
        verdicts.push(await judge('legacy', location, options, async () => ({
            bundle: legacyBundle(sig),
            artifact: sig.payload,
            bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
        })));
    }
    return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}
async function judge(format, location, options, prepare) {
    let identity;
    let transparencyLog;
    try {
        const { bundle, artifact, bindsTo } = await prepare();
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact);
        if ('publicKey' in options.trust) {
            verifier_verifyWithKey(entity, options.trust.publicKey);
            bindsTo(bundle);
            return { format, location, ok: true, reason: 'signature verified with the public key' };
        }
        if (entity.key.$case !== 'certificate') {
            throw new sigstore_verifier_Rejected('signed with a key, not a certificate: verify it with --key');
        }
        identity = (0,identity_policy.certificateIdentity)(certDer(bundle));
        verifyWithRoot(entity, options);
        transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
        bindsTo(bundle);
        const mismatch = options.policy ? (0,identity_policy.identityMismatch)(options.policy, identity) : undefined;
        if (mismatch)
            throw new sigstore_verifier_Rejected(`identity policy: ${mismatch}`);
        return {
            format,
            location,
            ok: true,
            reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
            identity,
            ...(transparencyLog.length ? { transparencyLog } : {}),
        };
    }
    catch (e) {
        return {
            format,
            location,
            ok: false,
            reason: verifier_reasonOf(e),
            ...(identity ? { identity } : {}),
            ...(transparencyLog?.length ? { transparencyLog } : {}),
        };
    }
}
function certDer(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return content.certificate.rawBytes;
    if (content.$case === 'x509CertificateChain') {
        const leaf = content.x509CertificateChain.certificates[0];
        if (leaf)
            return leaf.rawBytes;
    }
    throw new sigstore_verifier_Rejected('the bundle has no certificate');
}
/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with.
 */
function verifier_verifyWithKey(entity, publicKey) {
    const material = (0,verify_dist/* toTrustMaterial */.jO)(verifier_EMPTY_ROOT, () => ({ publicKey, validFor: () => true }));
    const keyed = {
        ...entity,
        key: { $case: 'public-key', hint: '' },
        tlogEntries: [],
        timestamps: [],
    };
    new verify_dist/* Verifier */.BL(material, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }).verify(keyed);
}
function verifyWithRoot(entity, options) {
    if (!('trustedRoot' in options.trust))
        return;
    if (entity.key.$case !== 'certificate')
        return;
    // A Fulcio certificate lives minutes; only a trusted time (a log entry's
    // integrated time or an RFC 3161 timestamp) shows it was valid at signing.
    const timed = entity.timestamps.some((t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0);
    if (!timed) {
        const notAfter = entity.key.certificate.notAfter;
        const now = options.now ?? new Date();
        throw new sigstore_verifier_Rejected(notAfter < now
            ? `certificate expired at ${notAfter.toISOString()} and no trusted timestamp shows it signed while valid`
            : 'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed');
    }
    const requireTlog = options.requireTransparencyLog ?? true;
    const material = (0,verify_dist/* toTrustMaterial */.jO)(options.trust.trustedRoot);
    new verify_dist/* Verifier */.BL(material, {
        tlogThreshold: requireTlog ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    }).verify(entity);
}
/** A DSSE bundle must be cosign's signing statement naming this digest; a message signature signs the manifest itself. */
function checkBundleSubject(bundle, digest) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return;
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new sigstore_verifier_Rejected(`payloadType is ${envelope.payloadType}, not ${sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw new sigstore_verifier_Rejected('the signed payload is not JSON');
    }
    if (statement.predicateType !== cosign_bundle/* COSIGN_SIGN_PREDICATE */.u) {
        throw new sigstore_verifier_Rejected(`predicateType is ${String(statement.predicateType)}, not ${cosign_bundle/* COSIGN_SIGN_PREDICATE */.u}`);
    }
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const signed = (statement.subject ?? [])
        .map((s) => s.digest?.[algorithm])
        .filter((d) => typeof d === 'string');
    if (!signed.includes((0,oci_digest/* hexOf */.ZD)(digest))) {
        throw new sigstore_verifier_Rejected(`the signature is for ${signed.map((h) => `${algorithm}:${h}`).join(', ') || 'no digest'}, not ${digest}`);
    }
}
function checkSimpleSigning(payload, digest) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new sigstore_verifier_Rejected('the signed payload is not JSON');
    }
    if (doc.critical?.type !== cosign_legacy/* SIMPLE_SIGNING_TYPE */.g7) {
        throw new sigstore_verifier_Rejected(`critical.type is ${String(doc.critical?.type)}, not "${cosign_legacy/* SIMPLE_SIGNING_TYPE */.g7}"`);
    }
    const signed = doc.critical.image?.['docker-manifest-digest'];
    if (signed !== digest)
        throw new sigstore_verifier_Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}
/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig) {
    const certificates = sig.certificate
        ? [...(0,cosign_legacy/* certificatesFromPem */.$J)(sig.certificate), ...(sig.chain ? (0,cosign_legacy/* certificatesFromPem */.$J)(sig.chain) : [])]
        : [];
    const tlogEntries = [];
    if (sig.rekorBundle) {
        let rb;
        try {
            rb = JSON.parse(sig.rekorBundle);
        }
        catch {
            throw new sigstore_verifier_Rejected('the dev.sigstore.cosign/bundle annotation is not JSON');
        }
        const body = Buffer.from(rb.Payload?.body ?? '', 'base64');
        let kind = {};
        try {
            kind = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new sigstore_verifier_Rejected('the Rekor entry body in dev.sigstore.cosign/bundle is not JSON');
        }
        tlogEntries.push({
            logIndex: String(rb.Payload?.logIndex ?? 0),
            logId: { keyId: Buffer.from(rb.Payload?.logID ?? '', 'hex').toString('base64') },
            kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
            integratedTime: String(rb.Payload?.integratedTime ?? 0),
            inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp ?? '' },
            canonicalizedBody: body.toString('base64'),
        });
    }
    const rfc3161Timestamps = [];
    if (sig.timestamp) {
        try {
            const t = JSON.parse(sig.timestamp);
            if (t.SignedRFC3161Timestamp)
                rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
        }
        catch {
            throw new sigstore_verifier_Rejected('the dev.sigstore.cosign/rfc3161timestamp annotation is not JSON');
        }
    }
    const json = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificates.length
                ? {
                    x509CertificateChain: {
                        certificates: certificates.map((c) => ({ rawBytes: c.toString('base64') })),
                    },
                }
                : { publicKey: { hint: '' } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,external_node_crypto_.createHash)('sha256').update(sig.payload).digest('base64'),
            },
            signature: sig.signature,
        },
    };
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new sigstore_verifier_Rejected(`the legacy signature's annotations are malformed: ${e.message}`);
    }
}
function verifier_reasonOf(e) {
    if (e instanceof sigstore_verifier_Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    switch (err.code) {
        case 'SIGNATURE_ERROR':
            return 'the signature does not match the signed content (tampered payload, or another key or certificate)';
        case 'CERTIFICATE_ERROR':
            return `the certificate is not trusted: ${text}`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry does not record this signature: ${text}`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_ERROR':
            return `the transparency-log entry is not trusted: ${text}`;
        case 'TIMESTAMP_ERROR':
            return `the timestamp is not trusted: ${text}`;
        default:
            return err.code ? `${err.code}: ${text}` : text;
    }
}

;// CONCATENATED MODULE: ./src/steps/verify.ts






/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
async function verifyStep(options, reporter) {
    if (!options.trust && !options.notationTrustStore?.length) {
        throw new errors/* InputError */.dz('nothing to verify against: give a key, an identity, or Notation trust-store certificates');
    }
    if (options.trust && !('publicKey' in options.trust)) {
        const p = options.policy;
        if (!p?.subject || !p.issuer) {
            throw new errors/* InputError */.dz('keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
        }
    }
    const location = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const root = await location.store.resolve(location.reference);
        if (!(0,oci_digest/* isDigest */.Bc)(location.reference))
            reporter.debug(`${options.image} is ${root.digest}`);
        const cosign = options.trust
            ? await verifyImageSignatures(location.store, root, {
                trust: options.trust,
                ...(options.policy ? { policy: options.policy } : {}),
                ...(options.requireTransparencyLog !== undefined
                    ? { requireTransparencyLog: options.requireTransparencyLog }
                    : {}),
            })
            : { digest: root.digest, verified: false, signatures: [] };
        const notation = options.notationTrustStore?.length
            ? await verifyNotationSignatures(location.store, root, options.notationTrustStore)
            : [];
        const signatures = [...cosign.signatures, ...notation];
        const result = { digest: root.digest, verified: signatures.some((s) => s.ok), signatures };
        for (const s of result.signatures) {
            reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
        }
        if (!options.requireAttestations?.length)
            return { image: `${location.display}@${root.digest}`, ...result };
        const attestations = [];
        const trust = options.trust;
        if (!trust)
            throw new errors/* InputError */.dz('attestations are verified with a key or an identity, not Notation certificates');
        for (const requirement of options.requireAttestations) {
            const checked = await verifyAttestations(location.store, root, requirement, {
                trust,
                ...(options.policy ? { policy: options.policy } : {}),
                ...(options.requireTransparencyLog !== undefined
                    ? { requireTransparencyLog: options.requireTransparencyLog }
                    : {}),
            });
            for (const a of checked.attestations) {
                reporter.debug(`${a.ok ? 'valid' : 'invalid'} ${requirement.kind} attestation ${a.location}: ${a.reason}`);
            }
            attestations.push(checked);
        }
        return {
            image: `${location.display}@${root.digest}`,
            ...result,
            verified: result.verified && attestations.every((a) => a.satisfied),
            attestations,
        };
    }
    finally {
        await location.close();
    }
}


/***/ })

};
