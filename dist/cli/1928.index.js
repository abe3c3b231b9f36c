export const id = 1928;
export const ids = [1928,7529,3275];
export const modules = {

/***/ 47540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ parseAge),
/* harmony export */   i9: () => (/* binding */ predicateMismatch),
/* harmony export */   lv: () => (/* binding */ parseSeverity)
/* harmony export */ });
/* unused harmony exports SEVERITIES, worstFinding */
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

/***/ 43275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ verifyLegacyAttestation),
/* harmony export */   verifyAttestations: () => (/* binding */ verifyAttestations)
/* harmony export */ });
/* unused harmony export verifyLegacyAttestations */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85799);
/* harmony import */ var _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99798);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47540);
/* harmony import */ var _legacy_att_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18144);
/* harmony import */ var _predicates_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4154);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60872);









// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.
/** A bundle is the envelope plus a little verification material: the envelope's limit has room for it. */
const BUNDLE_LIMIT = _legacy_att_js__WEBPACK_IMPORTED_MODULE_6__/* .ENVELOPE_LIMIT */ .p0;
async function verifyAttestations(store, subject, requirement, options, sources = {}) {
    const types = (0,_predicates_js__WEBPACK_IMPORTED_MODULE_7__.predicateTypesOf)(requirement.kind);
    const referrers = (await store.referrers(subject.digest, { artifactType: _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEDIA_TYPE */ .NV })).filter((d) => {
        const p = d.annotations?.[_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATION_PREDICATE_TYPE];
        return p === undefined || types.includes(p);
    });
    const attestations = [];
    // Envelopes judged: `lading attest --legacy-att` writes each one as a referrer and into the `.att`.
    const judged = new Set();
    for (const descriptor of referrers) {
        const location = `${store.name}@${descriptor.digest}`;
        const annotated = descriptor.annotations?.[_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__.ANNOTATION_PREDICATE_TYPE];
        try {
            const bundle = await readBundle(store, descriptor, location);
            if (bundle.content.$case === 'dsseEnvelope') {
                const { payload, signatures } = bundle.content.dsseEnvelope;
                judged.add(envelopeKey(payload, signatures.map((s) => s.sig)));
            }
            const statement = await checkAttestation(bundle, subject.digest, requirement, options, annotated);
            // An unannotated referrer may be any attestation, or a signature: skip other types quietly.
            if (statement === undefined)
                continue;
            attestations.push(passed(location, statement));
        }
        catch (e) {
            attestations.push({
                location,
                predicateType: annotated ?? '(unannotated)',
                ok: false,
                reason: (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .rejectionReason */ .OE)(e),
            });
        }
    }
    if (sources.legacyAtt && !attestations.some((a) => a.ok)) {
        const found = (await (0,_legacy_att_js__WEBPACK_IMPORTED_MODULE_6__/* .findLegacyAttestations */ .oe)(store, subject.digest, types)).filter((f) => {
            const key = legacyEnvelopeKey(f.envelope);
            if (key === undefined)
                return true;
            if (judged.has(key))
                return false;
            judged.add(key);
            return true;
        });
        for (const f of found) {
            attestations.push(await verifyLegacyAttestation(store, f, subject.digest, requirement, options));
        }
    }
    return { requirement, satisfied: attestations.some((a) => a.ok), attestations };
}
/** The same statement under the same signatures, wherever and however it is stored. */
function envelopeKey(payload, signatures) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(payload);
    for (const sig of signatures)
        hash.update('\0').update(sig.toString('base64'));
    return hash.digest('hex');
}
/** The key of a `.att` layer's envelope (base64 fields, unchecked JSON); undefined when it has none. */
function legacyEnvelopeKey(envelope) {
    const e = envelope;
    if (typeof e?.payload !== 'string' || !Array.isArray(e.signatures))
        return undefined;
    const sigs = e.signatures.map((s) => s?.sig);
    if (!sigs.every((s) => typeof s === 'string'))
        return undefined;
    return envelopeKey(Buffer.from(e.payload, 'base64'), sigs.map((s) => Buffer.from(s, 'base64')));
}
/**
 * Judges the attestations of one kind in the legacy `.att` tag of `subject`
 * (`cosign attest --new-bundle-format=false`, `lading attest --legacy-att`) by
 * the same checks as a bundle referrer: the envelope's signature with the key,
 * or the certificate, trusted time and Rekor entry cosign put in the layer's
 * annotations, then the identity policy, the subject and the predicate.
 */
async function verifyLegacyAttestations(store, subject, requirement, options) {
    const found = await findLegacyAttestations(store, subject.digest, predicateTypesOf(requirement.kind));
    return Promise.all(found.map((f) => verifyLegacyAttestation(store, f, subject.digest, requirement, options)));
}
/** The verdict on one attestation found in a `.att` tag; its location is `STORE:TAG layer DIGEST`. */
async function verifyLegacyAttestation(store, found, subject, requirement, options) {
    const location = `${store.name}:${found.tag} layer ${found.layer.digest}`;
    try {
        if (found.error !== undefined || found.envelope === undefined)
            throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(found.error ?? 'unreadable envelope');
        const bundle = (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .legacyAttestationBundle */ .c3)(found.envelope, found.material);
        const statement = await checkAttestation(bundle, subject, requirement, options, found.predicateType);
        if (statement === undefined)
            throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE('not an attestation of this kind');
        return passed(location, statement);
    }
    catch (e) {
        return { location, predicateType: found.predicateType, ok: false, reason: (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .rejectionReason */ .OE)(e) };
    }
}
/**
 * As `cosign verify-attestation`: the signature, then who made it, then what
 * it says. Undefined for a statement of another kind whose holder did not
 * claim this kind (`annotated`); throws Rejected on every refusal.
 */
async function checkAttestation(bundle, subject, requirement, options, annotated) {
    const types = (0,_predicates_js__WEBPACK_IMPORTED_MODULE_7__.predicateTypesOf)(requirement.kind);
    const seen = {};
    await (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyBundleSignature */ .OB)(bundle, undefined, options, seen);
    if (seen.identity)
        (0,_sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIdentityPolicy */ .hl)(options, seen.identity);
    const statement = statementOf(bundle);
    if (!types.includes(statement.predicateType)) {
        if (annotated === undefined)
            return undefined;
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`);
    }
    if (!(0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .namesDigest */ .zU)(statement.subjects, subject)) {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`the statement is about ${(0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectDigests */ .IF)(statement.subjects).join(', ') || 'no digest'}, not ${subject}`);
    }
    const mismatch = (0,_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .predicateMismatch */ .i9)(statement.predicate, requirement, options.now ?? new Date());
    if (mismatch)
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(mismatch);
    return statement;
}
function passed(location, statement) {
    return {
        location,
        predicateType: statement.predicateType,
        ok: true,
        reason: 'signature verified; the statement names this digest; the predicate meets every check',
        statement: statement.type,
    };
}
async function readBundle(store, descriptor, where) {
    const { manifest } = await store.fetchManifest(descriptor);
    const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEDIA_TYPE */ .NV) : undefined;
    if (!layer)
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`no ${_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_MEDIA_TYPE */ .NV} layer`);
    if (layer.size > BUNDLE_LIMIT) {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`the bundle ${layer.digest} is ${layer.size} bytes, over the ${BUNDLE_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > BUNDLE_LIMIT)
            throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`the bundle ${layer.digest} is over the size limit`);
        chunks.push(c);
    }
    let json;
    try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`${where}: the bundle is not JSON`);
    }
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (e) {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`not a valid Sigstore bundle: ${e.message}`);
    }
}
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE('not a DSSE attestation (a message signature)');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(`payloadType is ${envelope.payloadType}, not ${_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`);
    }
    try {
        return (0,_statement_js__WEBPACK_IMPORTED_MODULE_8__/* .parseStatement */ .By)(envelope.payload);
    }
    catch (e) {
        throw new _sigstore_verifier_js__WEBPACK_IMPORTED_MODULE_4__/* .Rejected */ .HE(e.message);
    }
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
            const verdict = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyLegacyAttestation */ .B)(store, legacy, subject, { kind: 'openvex' }, trust);
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
    const result = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__.verifyAttestations)(store, { digest: subject, mediaType: '', size: 0 }, { kind: 'openvex' }, trust);
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

/***/ 99798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ findImageSignatures),
/* harmony export */   HE: () => (/* binding */ Rejected),
/* harmony export */   OB: () => (/* binding */ verifyBundleSignature),
/* harmony export */   OE: () => (/* binding */ rejectionReason),
/* harmony export */   a$: () => (/* binding */ verifyImageSignatures),
/* harmony export */   c3: () => (/* binding */ legacyAttestationBundle),
/* harmony export */   hl: () => (/* binding */ checkIdentityPolicy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68825);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27812);
/* harmony import */ var _identity_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97529);









/** A signature or attestation refused, with the reason a user reads. */
class Rejected extends Error {
}
/** Bundles among the referrers of `digest` and the signatures under its `.sig` tag, looked up together. */
async function findImageSignatures(store, digest) {
    const [bundles, legacy] = await Promise.all([
        (0,_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__.findBundles)(store, digest),
        (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .findLegacySignatures */ .ub)(store, digest),
    ]);
    return { bundles, legacy };
}
/**
 * Verifies every signature of `subject` found in `store`. `found` is the
 * lookup when the caller started it early (findImageSignatures).
 */
async function verifyImageSignatures(store, subject, options, found = findImageSignatures(store, subject.digest)) {
    const { bundles, legacy } = await found;
    let manifestBytes;
    const subjectBytes = async () => {
        manifestBytes ??= (await store.fetchManifest(subject)).bytes;
        return manifestBytes;
    };
    const verdicts = [];
    for (const one of bundles) {
        const location = `${store.name}@${one.descriptor.digest}`;
        if (one.error || one.bundle === undefined) {
            verdicts.push({ format: 'bundle', location, ok: false, reason: one.error ?? 'unreadable bundle' });
            continue;
        }
        verdicts.push(await judge('bundle', location, options, async () => {
            let bundle;
            try {
                bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(one.bundle);
            }
            catch (e) {
                throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
            }
            const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
            return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
        }));
    }
    for (const one of legacy) {
        const location = `${store.name}:${one.manifest.digest} layer ${one.layer.digest}`;
        if (one.error || !one.signature) {
            verdicts.push({ format: 'legacy', location, ok: false, reason: one.error ?? 'unreadable signature' });
            continue;
        }
        const sig = one.signature;
        verdicts.push(await judge('legacy', location, options, async () => ({
            bundle: legacyBundle(sig),
            artifact: sig.payload,
            bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
        })));
    }
    return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}
async function judge(format, location, options, prepare) {
    const seen = {};
    try {
        const { bundle, artifact, bindsTo } = await prepare();
        await verifyBundleSignature(bundle, artifact, options, seen);
        bindsTo(bundle);
        const { identity, transparencyLog } = seen;
        if (!identity)
            return { format, location, ok: true, reason: 'signature verified with the public key' };
        checkIdentityPolicy(options, identity);
        return {
            format,
            location,
            ok: true,
            reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
            identity,
            ...(transparencyLog?.length ? { transparencyLog } : {}),
        };
    }
    catch (e) {
        return {
            format,
            location,
            ok: false,
            reason: rejectionReason(e),
            ...(seen.identity ? { identity: seen.identity } : {}),
            ...(seen.transparencyLog?.length ? { transparencyLog: seen.transparencyLog } : {}),
        };
    }
}
/**
 * Checks one bundle's signature, as cosign does: with a public key the
 * signature alone; with a trusted root the Fulcio certificate, a trusted time
 * and the transparency log (the identity policy is the caller's next step,
 * checkIdentityPolicy). `artifact` is what a message signature signs. Throws
 * on refusal; `seen` gets the certificate's identity and log entries as they
 * are read.
 */
async function verifyBundleSignature(bundle, artifact, options, seen = {}) {
    if ('publicKey' in options.trust) {
        verifyWithKey(bundle, artifact, options.trust.publicKey);
        return;
    }
    // Certificates, logs and timestamps need sigstore-js's verifier, loaded
    // only here: it is most of a key verification's start-up otherwise.
    const sigstore = await __webpack_require__.e(/* import() */ 4187).then(__webpack_require__.bind(__webpack_require__, 54187));
    const entity = sigstore.toSignedEntity(bundle, artifact);
    if (entity.key.$case !== 'certificate') {
        throw new Rejected('signed with a key, not a certificate: verify it with --key');
    }
    seen.identity = (0,_identity_policy_js__WEBPACK_IMPORTED_MODULE_8__.certificateIdentity)(certDer(bundle));
    verifyWithRoot(sigstore, entity, options);
    seen.transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
}
/** The identity policy on a verified certificate's identity; throws Rejected naming what differs. */
function checkIdentityPolicy(options, identity) {
    const mismatch = options.policy ? (0,_identity_policy_js__WEBPACK_IMPORTED_MODULE_8__.identityMismatch)(options.policy, identity) : undefined;
    if (mismatch)
        throw new Rejected(`identity policy: ${mismatch}`);
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
    throw new Rejected('the bundle has no certificate');
}
const MESSAGE_HASHES = {
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_256]: 'sha256',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_384]: 'sha384',
    [_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_512]: 'sha512',
};
/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with. The check is sigstore-js's own for a key
 * (the DSSE pre-authentication encoding, or the artifact with the message
 * digest's hash), done here so that a key verification does not load it.
 */
function verifyWithKey(bundle, artifact, publicKey) {
    let ok;
    if (bundle.content.$case === 'dsseEnvelope') {
        const envelope = bundle.content.dsseEnvelope;
        const signature = envelope.signatures[0]?.sig ?? Buffer.alloc(0);
        ok = safeVerify(undefined, _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.dsse.preAuthEncoding(envelope.payloadType, envelope.payload), publicKey, signature);
    }
    else {
        const { messageDigest, signature } = bundle.content.messageSignature;
        const hash = MESSAGE_HASHES[messageDigest?.algorithm ?? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_256];
        if (!hash)
            throw new Rejected(`message digest algorithm ${messageDigest?.algorithm} is not supported`);
        if (!artifact)
            throw new Rejected('no signed content to check the message signature against');
        // Ed25519 signs the message itself (cosign and KeySigner alike); the
        // digest's algorithm names only how the bundle records the message.
        const pure = publicKey.asymmetricKeyType === 'ed25519' || publicKey.asymmetricKeyType === 'ed448';
        ok = safeVerify(pure ? undefined : hash, artifact, publicKey, signature);
    }
    if (!ok)
        throw new Rejected(SIGNATURE_MISMATCH);
}
/** OpenSSL throws on some malformed signatures instead of saying no; either way it is not valid. */
function safeVerify(hash, data, key, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, data, key, signature);
    }
    catch {
        return false;
    }
}
const SIGNATURE_MISMATCH = 'the signature does not match the signed content (tampered payload, or another key or certificate)';
function verifyWithRoot(sigstore, entity, options) {
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
        throw new Rejected(notAfter < now
            ? `certificate expired at ${notAfter.toISOString()} and no trusted timestamp shows it signed while valid`
            : 'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed');
    }
    const requireTlog = options.requireTransparencyLog ?? true;
    const material = sigstore.toTrustMaterial(options.trust.trustedRoot);
    new sigstore.Verifier(material, {
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
    if (envelope.payloadType !== _bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`);
    }
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (statement.predicateType !== _formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIGN_PREDICATE */ .u) {
        throw new Rejected(`predicateType is ${String(statement.predicateType)}, not ${_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .COSIGN_SIGN_PREDICATE */ .u}`);
    }
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const signed = (statement.subject ?? [])
        .map((s) => s.digest?.[algorithm])
        .filter((d) => typeof d === 'string');
    if (!signed.includes((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hexOf */ .ZD)(digest))) {
        throw new Rejected(`the signature is for ${signed.map((h) => `${algorithm}:${h}`).join(', ') || 'no digest'}, not ${digest}`);
    }
}
function checkSimpleSigning(payload, digest) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (doc.critical?.type !== _formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .SIMPLE_SIGNING_TYPE */ .g7) {
        throw new Rejected(`critical.type is ${String(doc.critical?.type)}, not "${_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .SIMPLE_SIGNING_TYPE */ .g7}"`);
    }
    const signed = doc.critical.image?.['docker-manifest-digest'];
    if (signed !== digest)
        throw new Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}
/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig) {
    return bundleOfLegacy(sig, {
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sig.payload).digest('base64'),
            },
            signature: sig.signature,
        },
    });
}
/**
 * A `.att` layer as a DSSE bundle: the envelope the layer holds, with the
 * certificate, Rekor entry and timestamp cosign put in its annotations, so an
 * attestation in the legacy format is checked exactly as a bundle is.
 */
function legacyAttestationBundle(envelope, material) {
    const e = envelope;
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        throw new Rejected('not a DSSE envelope');
    // cosign < 2 wrote an empty keyid; the bundle schema wants a string either way.
    const signatures = Array.isArray(e.signatures)
        ? e.signatures.map((s) => ({ keyid: s?.keyid ?? '', sig: s?.sig }))
        : e.signatures;
    return bundleOfLegacy(material, {
        dsseEnvelope: { payload: e.payload, payloadType: e.payloadType, signatures },
    });
}
function bundleOfLegacy(material, content) {
    const certificates = material.certificate
        ? [
            ...(0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .certificatesFromPem */ .$J)(material.certificate),
            ...(material.chain ? (0,_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_7__/* .certificatesFromPem */ .$J)(material.chain) : []),
        ]
        : [];
    const tlogEntries = [];
    if (material.rekorBundle) {
        let rb;
        try {
            rb = JSON.parse(material.rekorBundle);
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/bundle annotation is not JSON');
        }
        const body = Buffer.from(rb.Payload?.body ?? '', 'base64');
        let kind = {};
        try {
            kind = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new Rejected('the Rekor entry body in dev.sigstore.cosign/bundle is not JSON');
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
    if (material.timestamp) {
        try {
            const t = JSON.parse(material.timestamp);
            if (t.SignedRFC3161Timestamp)
                rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/rfc3161timestamp annotation is not JSON');
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
        ...content,
    };
    try {
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleFromJSON)(json);
    }
    catch (e) {
        const what = 'dsseEnvelope' in content
            ? "legacy attestation's envelope or annotations"
            : "legacy signature's annotations";
        throw new Rejected(`the ${what} are malformed: ${e.message}`);
    }
}
/** A refusal in one line: Rejected's own words, or sigstore-js's error codes said plainly. */
function rejectionReason(e) {
    if (e instanceof Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    switch (err.code) {
        case 'SIGNATURE_ERROR':
            return SIGNATURE_MISMATCH;
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


/***/ })

};
