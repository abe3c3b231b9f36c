export const id = 946;
export const ids = [946];
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


/***/ })

};
