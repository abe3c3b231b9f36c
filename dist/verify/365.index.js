export const id = 365;
export const ids = [365];
export const modules = {

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyAttestations: () => (/* binding */ verifyAttestations)
});

// UNUSED EXPORTS: verifyLegacyAttestation, verifyLegacyAttestations

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var sigstore_bundle = __webpack_require__(2432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/sigstore/verifier.ts
var verifier = __webpack_require__(9798);
// EXTERNAL MODULE: ./src/attest/checks.ts
var checks = __webpack_require__(5159);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-legacy.ts
var cosign_legacy = __webpack_require__(7812);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
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
const CHUNK = (/* unused pure expression or super */ null && (3 * 256 * 1024));
/**
 * The DSSE envelope as cosign serialises it (Go's field order, the empty keyid
 * left out), its base64 payload encoded chunk by chunk so a tens-of-MB
 * statement is never held as one string.
 */
function envelopeChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new OperationError('not a DSSE bundle');
    const { payload, signatures } = bundle.content.dsseEnvelope;
    const head = Buffer.from('{"payload":"');
    const tail = Buffer.from(`","payloadType":${JSON.stringify(IN_TOTO_PAYLOAD_TYPE)},"signatures":${JSON.stringify(signatures.map((s) => s.keyid ? { keyid: s.keyid, sig: s.sig.toString('base64') } : { sig: s.sig.toString('base64') }))}}`);
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
        throw new OperationError('not a DSSE bundle');
    return {
        [ANNOTATION_SIGNATURE]: '',
        ...materialAnnotations(legacyMaterialFromBundle(bundle)),
        [ANNOTATION_LEGACY_PREDICATE_TYPE]: predicateType,
    };
}
/**
 * Appends the attestation to the `.att` manifest of `subject`, keeping every
 * attestation already there (cosign's, another run's). The same envelope
 * twice changes nothing. The manifest, pushed last, is the commit point.
 */
async function pushLegacyAttestation(store, subject, bundle, predicateType) {
    const { size, chunks } = envelopeChunks(bundle);
    const hash = createHash('sha256');
    for (const c of chunks())
        hash.update(c);
    const layer = {
        mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
        size,
        digest: `sha256:${hash.digest('hex')}`,
        annotations: legacyAttestationAnnotations(bundle, predicateType),
    };
    return appendLegacyLayer(store, legacyAttestationTag(subject), layer, () => Readable.from(chunks(), { objectMode: false }));
}
/** An envelope over the largest predicate: base64 adds a third, the envelope (or bundle) a little more. */
const ENVELOPE_LIMIT = Math.ceil((predicates/* PREDICATE_SIZE_LIMIT */.eZ * 4) / 3) + 1024 * 1024;
/**
 * The attestations in the `.att` manifest of `subject` whose predicateType
 * annotation is one of `predicateTypes`, each envelope read; none when the tag
 * does not exist. Other layers are not read at all: an SBOM of tens of MB is
 * not fetched to look for a VEX document.
 */
async function legacy_att_findLegacyAttestations(store, subject, predicateTypes) {
    const tag = legacyAttestationTag(subject);
    const found = await (0,cosign_legacy/* legacyManifest */.ND)(store, tag);
    if (!found)
        return [];
    const out = [];
    for (const layer of found.manifest.layers) {
        const predicateType = layer.annotations?.[ANNOTATION_LEGACY_PREDICATE_TYPE];
        if (layer.mediaType !== DSSE_ENVELOPE_MEDIA_TYPE ||
            predicateType === undefined ||
            !predicateTypes.includes(predicateType))
            continue;
        const base = {
            tag,
            manifest: found.descriptor,
            layer,
            predicateType,
            material: (0,cosign_legacy/* materialOfAnnotations */.zT)(layer.annotations),
        };
        try {
            out.push({ ...base, envelope: JSON.parse((await readEnvelope(store, layer)).toString('utf8')) });
        }
        catch (e) {
            const why = e instanceof SyntaxError ? 'the DSSE envelope is not JSON' : e.message;
            out.push({ ...base, error: `${store.name}:${tag} layer ${layer.digest}: ${why.split('\n')[0]}` });
        }
    }
    return out;
}
async function readEnvelope(store, layer) {
    if (layer.size > ENVELOPE_LIMIT)
        throw new errors/* IntegrityError */.cs(`the envelope is ${layer.size} bytes, over the ${ENVELOPE_LIMIT}-byte limit`);
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > ENVELOPE_LIMIT)
            throw new errors/* IntegrityError */.cs('the envelope is over the size limit');
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/attest/statement.ts

// in-toto Statements: lading writes v1; it reads v1 and v0.1 (what
// `cosign attest` still writes), which differ only in `_type`.
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** One subject per digest, all named after the repository (as actions/attest and cosign name them). */
function imageSubjects(name, digests) {
    const seen = new Set();
    const out = [];
    for (const d of digests) {
        if (seen.has(d))
            continue;
        seen.add(d);
        out.push({ name, digest: { [algorithmOf(d)]: hexOf(d) } });
    }
    return out;
}
/**
 * The bytes around the predicate: a Statement is written as `prefix`, the
 * predicate file's own bytes, `suffix`, so a tens-of-MB SBOM is never parsed
 * and re-serialised (which would cost several copies of it).
 */
function statementFrame(subjects, predicateType) {
    const head = JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType });
    return { prefix: Buffer.from(`${head.slice(0, -1)},"predicate":`), suffix: Buffer.from('}') };
}
/** A whole Statement over a predicate already in memory (provenance, tests). */
function buildStatement(subjects, predicateType, predicate) {
    return Buffer.from(JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType, predicate }));
}
/** Parses a DSSE payload as an in-toto Statement; the error says what is wrong with it. */
function parseStatement(payload) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Error('the signed payload is not JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new Error('the signed payload is not a JSON object');
    }
    const s = doc;
    if (s._type !== STATEMENT_V1 && s._type !== STATEMENT_V01) {
        throw new Error(`_type is ${JSON.stringify(s._type)}, not an in-toto Statement (v1 or v0.1)`);
    }
    if (typeof s.predicateType !== 'string')
        throw new Error('the statement has no predicateType');
    if (!Array.isArray(s.subject))
        throw new Error('the statement has no subject list');
    const subjects = [];
    for (const sub of s.subject) {
        const o = (sub ?? {});
        if (typeof o.digest !== 'object' || o.digest === null)
            continue;
        const digest = Object.fromEntries(Object.entries(o.digest).filter(([, v]) => typeof v === 'string'));
        subjects.push({ name: typeof o.name === 'string' ? o.name : '', digest });
    }
    return { type: s._type, subjects, predicateType: s.predicateType, predicate: s.predicate };
}
/** Whether `digest` is among the statement's subjects. */
function namesDigest(subjects, digest) {
    const algorithm = (0,oci_digest/* algorithmOf */.Hy)(digest);
    const hex = (0,oci_digest/* hexOf */.ZD)(digest);
    return subjects.some((s) => s.digest[algorithm] === hex);
}
/** The subjects' digests, for messages. */
function subjectDigests(subjects) {
    return subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`));
}

;// CONCATENATED MODULE: ./src/attest/verifier.ts









// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.
/** A bundle is the envelope plus a little verification material: the envelope's limit has room for it. */
const BUNDLE_LIMIT = ENVELOPE_LIMIT;
async function verifyAttestations(store, subject, requirement, options, sources = {}) {
    const types = (0,predicates/* predicateTypesOf */.uh)(requirement.kind);
    const referrers = (await store.referrers(subject.digest, { artifactType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV })).filter((d) => {
        const p = d.annotations?.[cosign_bundle/* ANNOTATION_PREDICATE_TYPE */.nM];
        return p === undefined || types.includes(p);
    });
    const attestations = [];
    // Envelopes judged: `lading attest --legacy-att` writes each one as a referrer and into the `.att`.
    const judged = new Set();
    for (const descriptor of referrers) {
        const location = `${store.name}@${descriptor.digest}`;
        const annotated = descriptor.annotations?.[cosign_bundle/* ANNOTATION_PREDICATE_TYPE */.nM];
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
        const found = (await legacy_att_findLegacyAttestations(store, subject.digest, types)).filter((f) => {
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
    if (!namesDigest(statement.subjects, subject)) {
        throw new verifier/* Rejected */.HE(`the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject}`);
    }
    const mismatch = (0,checks/* predicateMismatch */.i9)(statement.predicate, requirement, options.now ?? new Date());
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
        return (0,dist/* bundleFromJSON */.vw)(json);
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
        return parseStatement(envelope.payload);
    }
    catch (e) {
        throw new verifier/* Rejected */.HE(e.message);
    }
}


/***/ })

};
