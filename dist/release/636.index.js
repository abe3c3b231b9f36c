export const id = 636;
export const ids = [636,946];
export const modules = {

/***/ 25946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAttestations: () => (/* binding */ verifyAttestations),
  B: () => (/* binding */ verifyLegacyAttestation)
});

// UNUSED EXPORTS: verifyLegacyAttestations

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(12432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
// EXTERNAL MODULE: ./src/sigstore/verifier.ts
var verifier = __webpack_require__(99798);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/attest/checks.ts

// What `verify --require-attestation` demands of a predicate beyond a valid
// signature: who built the image from which source (provenance), how bad the
// worst finding is and how old the scan is (vulnerability attestation).
const SEVERITIES = ['negligible', 'low', 'medium', 'high', 'critical'];
function parseSeverity(text, where) {
    const s = text.toLowerCase();
    if (SEVERITIES.includes(s))
        return s;
    throw new InputError(`${where}: must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(text)}`);
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseAge(text, where) {
    const m = /^(\d+)([smhd])$/.exec(text.trim());
    if (!m)
        throw new InputError(`${where}: "${text}" is not a duration such as 90m, 24h or 7d`);
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

// EXTERNAL MODULE: ./src/attest/legacy-att.ts
var legacy_att = __webpack_require__(18144);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/attest/statement.ts
var attest_statement = __webpack_require__(60872);
;// CONCATENATED MODULE: ./src/attest/verifier.ts









// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.
/** A bundle is the envelope plus a little verification material: the envelope's limit has room for it. */
const BUNDLE_LIMIT = legacy_att/* ENVELOPE_LIMIT */.p0;
async function verifyAttestations(store, subject, requirement, options, sources = {}) {
    const types = (0,predicates/* predicateTypesOf */.uh)(requirement.kind);
    const referrers = (await store.referrers(subject.digest, { artifactType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV })).filter((d) => {
        const p = d.annotations?.[cosign_bundle.ANNOTATION_PREDICATE_TYPE];
        return p === undefined || types.includes(p);
    });
    const attestations = [];
    // Envelopes judged: `lading attest --legacy-att` writes each one as a referrer and into the `.att`.
    const judged = new Set();
    for (const descriptor of referrers) {
        const location = `${store.name}@${descriptor.digest}`;
        const annotated = descriptor.annotations?.[cosign_bundle.ANNOTATION_PREDICATE_TYPE];
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
                reason: (0,verifier/* rejectionReason */.OE)(e),
            });
        }
    }
    if (sources.legacyAtt && !attestations.some((a) => a.ok)) {
        const found = (await (0,legacy_att/* findLegacyAttestations */.oe)(store, subject.digest, types)).filter((f) => {
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
    const hash = (0,external_node_crypto_.createHash)('sha256').update(payload);
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
            throw new verifier/* Rejected */.HE(found.error ?? 'unreadable envelope');
        const bundle = (0,verifier/* legacyAttestationBundle */.c3)(found.envelope, found.material);
        const statement = await checkAttestation(bundle, subject, requirement, options, found.predicateType);
        if (statement === undefined)
            throw new verifier/* Rejected */.HE('not an attestation of this kind');
        return passed(location, statement);
    }
    catch (e) {
        return { location, predicateType: found.predicateType, ok: false, reason: (0,verifier/* rejectionReason */.OE)(e) };
    }
}
/**
 * As `cosign verify-attestation`: the signature, then who made it, then what
 * it says. Undefined for a statement of another kind whose holder did not
 * claim this kind (`annotated`); throws Rejected on every refusal.
 */
async function checkAttestation(bundle, subject, requirement, options, annotated) {
    const types = (0,predicates/* predicateTypesOf */.uh)(requirement.kind);
    const seen = {};
    await (0,verifier/* verifyBundleSignature */.OB)(bundle, undefined, options, seen);
    if (seen.identity)
        (0,verifier/* checkIdentityPolicy */.hl)(options, seen.identity);
    const statement = statementOf(bundle);
    if (!types.includes(statement.predicateType)) {
        if (annotated === undefined)
            return undefined;
        throw new verifier/* Rejected */.HE(`the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`);
    }
    if (!(0,attest_statement/* namesDigest */.zU)(statement.subjects, subject)) {
        throw new verifier/* Rejected */.HE(`the statement is about ${(0,attest_statement/* subjectDigests */.IF)(statement.subjects).join(', ') || 'no digest'}, not ${subject}`);
    }
    const mismatch = predicateMismatch(statement.predicate, requirement, options.now ?? new Date());
    if (mismatch)
        throw new verifier/* Rejected */.HE(mismatch);
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
    const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV) : undefined;
    if (!layer)
        throw new verifier/* Rejected */.HE(`no ${cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV} layer`);
    if (layer.size > BUNDLE_LIMIT) {
        throw new verifier/* Rejected */.HE(`the bundle ${layer.digest} is ${layer.size} bytes, over the ${BUNDLE_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > BUNDLE_LIMIT)
            throw new verifier/* Rejected */.HE(`the bundle ${layer.digest} is over the size limit`);
        chunks.push(c);
    }
    let json;
    try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new verifier/* Rejected */.HE(`${where}: the bundle is not JSON`);
    }
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (e) {
        throw new verifier/* Rejected */.HE(`not a valid Sigstore bundle: ${e.message}`);
    }
}
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new verifier/* Rejected */.HE('not a DSSE attestation (a message signature)');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        throw new verifier/* Rejected */.HE(`payloadType is ${envelope.payloadType}, not ${sigstore_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4}`);
    }
    try {
        return (0,attest_statement/* parseStatement */.By)(envelope.payload);
    }
    catch (e) {
        throw new verifier/* Rejected */.HE(e.message);
    }
}


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
/* harmony import */ var _attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25946);
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
const OPENVEX_TYPES = (0,_attest_predicates_js__WEBPACK_IMPORTED_MODULE_1__/* .predicateTypesOf */ .uh)('openvex');
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


/***/ })

};
