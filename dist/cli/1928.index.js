export const id = 1928;
export const ids = [1928];
export const modules = {

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

/***/ 99636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachedVex: () => (/* binding */ attachedVex)
/* harmony export */ });
/* unused harmony export OPENVEX_TYPES */
/* harmony import */ var _attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18144);
/* harmony import */ var _attest_predicates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4154);
/* harmony import */ var _attest_statement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60872);
/* harmony import */ var _attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43275);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _vex_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48358);








// OpenVEX attestations attached to an image decide which findings stop
// counting, so whoever can push a referrer could otherwise silence a scan.
// Each one is applied only when its signature verifies against the same trust
// inputs as `lading verify` (a public key, or a trusted root and an identity
// policy) and its statement names the scanned digest, whether it is a bundle
// referrer or a layer of cosign's legacy `.att` tag. Any other is reported as
// ignored, with why, and suppresses nothing.
const OPENVEX_TYPES = (0,_attest_predicates_js__WEBPACK_IMPORTED_MODULE_1__.predicateTypesOf)('openvex');
/**
 * The OpenVEX attestations attached to each of `subjects` (the platform
 * manifest and, for an index, the index) that verify under `trust`, parsed as
 * VEX documents named after the referrer that holds them. A malformed
 * document is skipped with a warning: its findings stay open.
 */
async function attachedVex(store, display, subjects, trust, reporter) {
    const documents = [];
    const ignored = [];
    /** Applies one attestation the verifier judged, or records why not. */
    const weigh = (where, bundle, statement, subject, verdict) => {
        const refusal = refusalOf(bundle, statement, subject, verdict);
        if (refusal) {
            ignored.push({ source: where, ...refusal });
            reporter.warn(`OpenVEX ${where}: ignored: ${refusal.because}: ${refusal.reason}`);
            return;
        }
        // cosign stores some predicates as a JSON string.
        const predicate = statement.predicate;
        const text = typeof predicate === 'string' ? predicate : JSON.stringify(predicate ?? null);
        try {
            const doc = (0,_vex_js__WEBPACK_IMPORTED_MODULE_7__/* .parseOpenVex */ .HG)(text, where);
            documents.push(doc);
            reporter.info(`${where}: OpenVEX attestation of ${display}@${subject}, ${doc.statements.length} statement(s); signature verified`);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
                throw err;
            reporter.warn(`${err.message}; skipped`);
        }
    };
    for (const subject of subjects) {
        const found = await openVexBundles(store, display, subject, reporter);
        const verdicts = found.length > 0 ? await verdictsByReferrer(store, subject, trust) : new Map();
        // Envelopes judged, by payload and signatures: `lading attest --legacy-att` writes each one twice.
        const judged = new Set();
        for (const b of found) {
            const where = `attestation:${display}@${b.descriptor.digest}`;
            const annotated = b.descriptor.annotations?.[_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__.ANNOTATION_PREDICATE_TYPE] !== undefined;
            if (b.error || b.bundle === undefined) {
                reporter.warn(`OpenVEX ${where}: ${b.error ?? 'unreadable'}; skipped`);
                continue;
            }
            const statement = statementOfBundle(b.bundle);
            if (typeof statement === 'string') {
                // An unannotated referrer may be a signature or another attestation.
                if (annotated)
                    reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
                continue;
            }
            if (!OPENVEX_TYPES.includes(statement.predicateType))
                continue;
            judged.add(envelopeKey(b.bundle.dsseEnvelope));
            weigh(where, b.bundle, statement, subject, verdicts.get(b.descriptor.digest));
        }
        for (const legacy of await legacyOpenVex(store, display, subject, reporter)) {
            const where = `attestation:${display}:${legacy.tag} layer ${legacy.layer.digest}`;
            if (legacy.error !== undefined || legacy.envelope === undefined) {
                reporter.warn(`OpenVEX ${where}: ${legacy.error ?? 'unreadable'}; skipped`);
                continue;
            }
            const key = envelopeKey(legacy.envelope);
            if (judged.has(key))
                continue;
            judged.add(key);
            // The annotation claimed OpenVEX: a statement that is not, or not one at all, is said so.
            const statement = statementOfBundle({ dsseEnvelope: legacy.envelope });
            if (typeof statement === 'string') {
                reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
                continue;
            }
            if (!OPENVEX_TYPES.includes(statement.predicateType)) {
                reporter.warn(`OpenVEX ${where}: the statement's predicateType is ${statement.predicateType}; skipped`);
                continue;
            }
            const verdict = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyLegacyAttestation */ .BV)(store, legacy, subject, { kind: 'openvex' }, trust);
            weigh(where, { dsseEnvelope: legacy.envelope }, statement, subject, verdict);
        }
    }
    return { documents, ignored };
}
/**
 * The OpenVEX attestations in the `sha256-<hex>.att` tag cosign writes with
 * --new-bundle-format=false (and cosign < 2 always), as `lading attest
 * --legacy-att` does too.
 */
async function legacyOpenVex(store, display, subject, reporter) {
    try {
        return await (0,_attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__/* .findLegacyAttestations */ .oe)(store, subject, OPENVEX_TYPES);
    }
    catch (err) {
        // Stores without tags (docker archives) have no .att to offer.
        reporter.debug(`${display}:${(0,_attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyAttestationTag */ .ag)(subject)}: not read (${err.message})`);
        return [];
    }
}
async function openVexBundles(store, display, subject, reporter) {
    const seen = new Set();
    const found = [];
    for (const type of OPENVEX_TYPES) {
        let bundles;
        try {
            bundles = await (0,_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__.findBundles)(store, subject, type);
        }
        catch (err) {
            // Stores without referrers (docker archives) have no attestations to offer.
            reporter.debug(`${display}@${subject}: no referrers read (${err.message})`);
            return [];
        }
        for (const b of bundles) {
            if (seen.has(b.descriptor.digest))
                continue;
            seen.add(b.descriptor.digest);
            found.push(b);
        }
    }
    return found;
}
/** `lading verify --require-attestation openvex`'s verdict on each referrer, by referrer digest. */
async function verdictsByReferrer(store, subject, trust) {
    // verifyAttestations only reads the subject's digest; the rest of the descriptor is not consulted.
    const result = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyAttestations */ .rm)(store, { digest: subject, mediaType: '', size: 0 }, { kind: 'openvex' }, trust);
    const verdicts = new Map();
    for (const v of result.attestations)
        verdicts.set(v.location.slice(v.location.lastIndexOf('@') + 1), v);
    return verdicts;
}
function refusalOf(bundle, statement, subject, verdict) {
    if (!hasSignature(bundle))
        return { because: 'unsigned', reason: 'the DSSE envelope carries no signature' };
    if (!(0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .namesDigest */ .zU)(statement.subjects, subject)) {
        return {
            because: 'not about this image',
            reason: `the statement is about ${(0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectDigests */ .IF)(statement.subjects).join(', ') || 'no digest'}, not ${subject}`,
        };
    }
    if (verdict === undefined)
        return { because: 'signature invalid', reason: 'the verifier did not judge it' };
    if (verdict.ok)
        return undefined;
    if (verdict.reason.startsWith('identity policy:'))
        return { because: 'identity mismatch', reason: verdict.reason };
    return { because: 'signature invalid', reason: verdict.reason };
}
/** The same envelope signed by the same signatures, wherever it is stored. */
function envelopeKey(envelope) {
    const e = envelope;
    const sigs = Array.isArray(e.signatures) ? e.signatures.map((s) => s?.sig) : [];
    return JSON.stringify([e.payload, sigs]);
}
function hasSignature(bundle) {
    const signatures = bundle.dsseEnvelope?.signatures;
    return (Array.isArray(signatures) &&
        signatures.some((s) => typeof s?.sig === 'string' && s.sig !== ''));
}
/** The in-toto statement inside a Sigstore bundle's DSSE envelope, or why there is none. */
function statementOfBundle(bundle) {
    const envelope = bundle.dsseEnvelope;
    if (typeof envelope !== 'object' || envelope === null)
        return 'not a DSSE attestation';
    if (envelope.payloadType !== _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)
        return `payloadType is ${JSON.stringify(envelope.payloadType)}, not ${_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`;
    if (typeof envelope.payload !== 'string')
        return 'the DSSE payload is not base64 text';
    try {
        return (0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatement */ .By)(Buffer.from(envelope.payload, 'base64'));
    }
    catch (err) {
        return err.message;
    }
}


/***/ })

};
