export const id = 7927;
export const ids = [7927,4154];
export const modules = {

/***/ 18144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ag: () => (/* binding */ legacyAttestationTag),
/* harmony export */   oe: () => (/* binding */ findLegacyAttestations),
/* harmony export */   p0: () => (/* binding */ ENVELOPE_LIMIT),
/* harmony export */   w9: () => (/* binding */ pushLegacyAttestation)
/* harmony export */ });
/* unused harmony exports DSSE_ENVELOPE_MEDIA_TYPE, ANNOTATION_LEGACY_PREDICATE_TYPE, envelopeChunks, legacyAttestationAnnotations */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68825);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27812);
/* harmony import */ var _predicates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4154);







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
    return `${digest.slice(0, digest.indexOf(':'))}-${(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hexOf */ .ZD)(digest)}.att`;
}
/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const CHUNK = 3 * 256 * 1024;
/**
 * The DSSE envelope as cosign serialises it (Go's field order, the empty keyid
 * left out), its base64 payload encoded chunk by chunk so a tens-of-MB
 * statement is never held as one string.
 */
function envelopeChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK('not a DSSE bundle');
    const { payload, signatures } = bundle.content.dsseEnvelope;
    const head = Buffer.from('{"payload":"');
    const tail = Buffer.from(`","payloadType":${JSON.stringify(_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_4__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)},"signatures":${JSON.stringify(signatures.map((s) => s.keyid ? { keyid: s.keyid, sig: s.sig.toString('base64') } : { sig: s.sig.toString('base64') }))}}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK('not a DSSE bundle');
    return {
        [_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_SIGNATURE */ .LR]: '',
        ...(0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .materialAnnotations */ .G5)((0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .legacyMaterialFromBundle */ .Ho)(bundle)),
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const c of chunks())
        hash.update(c);
    const layer = {
        mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
        size,
        digest: `sha256:${hash.digest('hex')}`,
        annotations: legacyAttestationAnnotations(bundle, predicateType),
    };
    return (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .appendLegacyLayer */ .rY)(store, legacyAttestationTag(subject), layer, () => node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(chunks(), { objectMode: false }));
}
/** An envelope over the largest predicate: base64 adds a third, the envelope (or bundle) a little more. */
const ENVELOPE_LIMIT = Math.ceil((_predicates_js__WEBPACK_IMPORTED_MODULE_6__.PREDICATE_SIZE_LIMIT * 4) / 3) + 1024 * 1024;
/**
 * The attestations in the `.att` manifest of `subject` whose predicateType
 * annotation is one of `predicateTypes`, each envelope read; none when the tag
 * does not exist. Other layers are not read at all: an SBOM of tens of MB is
 * not fetched to look for a VEX document.
 */
async function findLegacyAttestations(store, subject, predicateTypes) {
    const tag = legacyAttestationTag(subject);
    const found = await (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .legacyManifest */ .ND)(store, tag);
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
            material: (0,_sigstore_formats_cosign_legacy_js__WEBPACK_IMPORTED_MODULE_5__/* .materialOfAnnotations */ .zT)(layer.annotations),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`the envelope is ${layer.size} bytes, over the ${ENVELOPE_LIMIT}-byte limit`);
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > ENVELOPE_LIMIT)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs('the envelope is over the size limit');
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 4154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREDICATE_KINDS: () => (/* binding */ PREDICATE_KINDS),
  PREDICATE_SIZE_LIMIT: () => (/* binding */ PREDICATE_SIZE_LIMIT),
  PREDICATE_TYPES: () => (/* binding */ PREDICATE_TYPES),
  checkPredicate: () => (/* binding */ checkPredicate),
  parsePredicateKind: () => (/* binding */ parsePredicateKind),
  predicateFileSize: () => (/* binding */ predicateFileSize),
  predicateTypesOf: () => (/* binding */ predicateTypesOf),
  readPredicate: () => (/* binding */ readPredicate),
  readPredicateInto: () => (/* binding */ readPredicateInto)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/attest/json-scan.ts
// A JSON syntax check that allocates nothing per value: an SBOM of tens of MB
// parsed with JSON.parse costs several times its size in objects, and
// attesting it must stay within a few copies of the file. Only the top-level
// object's members are kept: string values decoded, others as null.
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
    }
}
/**
 * Checks that `buf` is one JSON value (RFC 8259) and returns the top-level
 * members when it is an object, or undefined when it is another kind of value.
 */
function scanJson(buf) {
    const n = buf.length;
    let i = 0;
    const stack = [];
    const top = new Map();
    let topKey = '';
    let isObject = false;
    const fail = (what) => {
        throw new JsonSyntaxError(i >= n ? `unexpected end of input (${what})` : what, i);
    };
    const ws = () => {
        while (i < n && WS.has(buf[i]))
            i++;
    };
    // Returns where the string began; it ends at `i`. (A [start, end] pair per
    // string was an allocation per value, megabytes of young garbage per SBOM.)
    const string = () => {
        if (buf[i] !== 0x22)
            fail('expected a string');
        const start = i++;
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = buf[i];
            if (c === 0x22) {
                i++;
                return start;
            }
            if (c < 0x20)
                fail('control character in a string');
            if (c === 0x5c) {
                const e = buf[i + 1];
                if (e === 0x75) {
                    for (let k = 2; k < 6; k++) {
                        const h = buf[i + k];
                        if (!((h >= 0x30 && h <= 0x39) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66)))
                            fail('bad \\u escape');
                    }
                    i += 6;
                }
                else if (ESCAPES.has(e))
                    i += 2;
                else
                    fail('bad escape');
            }
            else
                i++;
        }
    };
    const digits = () => {
        const s = i;
        while (i < n && buf[i] >= 0x30 && buf[i] <= 0x39)
            i++;
        if (i === s)
            fail('expected a digit');
    };
    const number = () => {
        if (buf[i] === 0x2d)
            i++;
        if (buf[i] === 0x30)
            i++;
        else
            digits();
        if (buf[i] === 0x2e) {
            i++;
            digits();
        }
        if (buf[i] === 0x65 || buf[i] === 0x45) {
            i++;
            if (buf[i] === 0x2b || buf[i] === 0x2d)
                i++;
            digits();
        }
    };
    const literal = (word) => {
        for (let k = 0; k < word.length; k++)
            if (buf[i + k] !== word.charCodeAt(k))
                fail('unexpected character');
        i += word.length;
    };
    const decode = (s, e) => JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8'));
    const key = () => {
        ws();
        const s = string();
        if (stack.length === 1)
            topKey = decode(s, i);
        ws();
        if (buf[i] !== 0x3a)
            fail("expected ':'");
        i++;
    };
    for (;;) {
        // A value is expected here.
        ws();
        const c = buf[i];
        const atTop = stack.length === 1 && isObject;
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (stack.length === 0 && c === OPEN_OBJECT)
                isObject = true;
            if (atTop)
                top.set(topKey, null);
            i++;
            ws();
            if (buf[i] === (c === OPEN_OBJECT ? 0x7d : 0x5d))
                i++;
            else {
                stack.push(c);
                if (c === OPEN_OBJECT)
                    key();
                continue;
            }
        }
        else if (c === 0x22) {
            const s = string();
            if (atTop)
                top.set(topKey, decode(s, i));
        }
        else {
            if (c === 0x74)
                literal('true');
            else if (c === 0x66)
                literal('false');
            else if (c === 0x6e)
                literal('null');
            else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
                number();
            else
                fail('expected a value');
            if (atTop)
                top.set(topKey, null);
        }
        // After a value: close containers, or move to the next member.
        for (;;) {
            ws();
            const open = stack.at(-1);
            if (open === undefined) {
                if (i !== n)
                    fail('unexpected data after the JSON value');
                return isObject ? top : undefined;
            }
            const d = buf[i];
            if (d === 0x2c) {
                i++;
                if (open === OPEN_OBJECT)
                    key();
                break;
            }
            if (d === (open === OPEN_OBJECT ? 0x7d : 0x5d)) {
                i++;
                stack.pop();
                continue;
            }
            fail(open === OPEN_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
}

;// CONCATENATED MODULE: ./src/attest/predicates.ts



// The predicate kinds `lading attest --type` takes, named as cosign names them
// (`cosign attest --type`), with the predicate type URI each is recorded under.
const PREDICATE_KINDS = ['slsaprovenance1', 'spdxjson', 'cyclonedx', 'vuln', 'openvex'];
const PREDICATE_TYPES = {
    slsaprovenance1: 'https://slsa.dev/provenance/v1',
    spdxjson: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    // cosign records (and `verify-attestation --type openvex` looks for) the bare namespace.
    openvex: 'https://openvex.dev/ns',
};
/** Other URIs found in the wild for the same kind (OpenVEX's versioned namespace). */
const ALSO_ACCEPTED = {
    openvex: ['https://openvex.dev/ns/v0.2.0'],
};
/** Every predicate type URI that counts as `kind` when reading attestations. */
function predicateTypesOf(kind) {
    return [PREDICATE_TYPES[kind], ...(ALSO_ACCEPTED[kind] ?? [])];
}
/**
 * The largest predicate lading attests: 64 MiB. Its DSSE bundle (base64, so a
 * third larger) still fits the blob limits of every registry lading was tried
 * against, and the whole stays within a few copies in memory.
 */
const PREDICATE_SIZE_LIMIT = 64 * 1024 * 1024;
function parsePredicateKind(text, where = '--type') {
    if (PREDICATE_KINDS.includes(text))
        return text;
    throw new errors/* InputError */.dz(`${where}: must be one of ${PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(text)}`);
}
/** The predicate file's size, refused above the limit before anything is read. */
async function predicateFileSize(path, where) {
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* InputError */.dz(`${where}: not a file`);
        size = info.size;
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        const code = e.code;
        throw new errors/* InputError */.dz(`${where}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (size > PREDICATE_SIZE_LIMIT) {
        throw new errors/* InputError */.dz(`${where}: the predicate is ${size} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`);
    }
    return size;
}
/**
 * Reads a predicate file into `target` (exactly its size: the caller sized it
 * with predicateFileSize) and checks it is of `kind`. Reading in place lets the
 * caller put the predicate where the signed statement needs it, with no copy.
 */
async function readPredicateInto(path, target, kind, where) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        let at = 0;
        while (at < target.length) {
            const { bytesRead } = await file.read(target, at, target.length - at, at);
            if (bytesRead === 0)
                break;
            at += bytesRead;
        }
        const { bytesRead: more } = await file.read(Buffer.alloc(1), 0, 1, at);
        if (at !== target.length || more !== 0)
            throw new errors/* InputError */.dz(`${where}: the file changed size while being read`);
    }
    finally {
        await file.close();
    }
    checkPredicate(target, kind, where);
}
/** Reads a predicate file whole (refusing it above the limit before reading) and checks it is of `kind`. */
async function readPredicate(path, kind, where) {
    const target = Buffer.allocUnsafe(await predicateFileSize(path, where));
    await readPredicateInto(path, target, kind, where);
    return target;
}
/**
 * Checks that `bytes` is one JSON object of the declared kind. The syntax check
 * does not build the document; the kinds that are small by nature (provenance,
 * vulnerability scan, VEX) are then parsed to check their shape.
 */
function checkPredicate(bytes, kind, where) {
    if (bytes.length > PREDICATE_SIZE_LIMIT) {
        throw new errors/* InputError */.dz(`${where}: the predicate is ${bytes.length} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`);
    }
    let top;
    try {
        top = scanJson(bytes);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new errors/* InputError */.dz(`${where}: not JSON: ${e.message}`);
        throw e;
    }
    if (!top)
        throw new errors/* InputError */.dz(`${where}: the predicate must be a JSON object`);
    const not = (why) => new errors/* InputError */.dz(`${where}: not ${DESCRIPTIONS[kind]}: ${why}`);
    switch (kind) {
        case 'spdxjson': {
            const v = top.get('spdxVersion');
            if (typeof v !== 'string' || !v.startsWith('SPDX-'))
                throw not(`"spdxVersion" is ${show(v)}, expected "SPDX-2.x"`);
            return;
        }
        case 'cyclonedx': {
            const v = top.get('bomFormat');
            if (v !== 'CycloneDX')
                throw not(`"bomFormat" is ${show(v)}, expected "CycloneDX"`);
            return;
        }
        default:
            break;
    }
    const doc = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
    switch (kind) {
        case 'slsaprovenance1': {
            const def = obj(doc.buildDefinition);
            if (!def)
                throw not('no "buildDefinition" object');
            if (typeof def.buildType !== 'string')
                throw not('"buildDefinition.buildType" is missing');
            const builder = obj(obj(doc.runDetails)?.builder);
            if (typeof builder?.id !== 'string')
                throw not('"runDetails.builder.id" is missing');
            return;
        }
        case 'vuln': {
            const scanner = obj(doc.scanner);
            if (!scanner)
                throw not('no "scanner" object');
            if (typeof scanner.uri !== 'string')
                throw not('"scanner.uri" is missing');
            const metadata = obj(doc.metadata);
            if (!metadata)
                throw not('no "metadata" object (scanStartedOn, scanFinishedOn)');
            for (const f of ['scanStartedOn', 'scanFinishedOn']) {
                const t = metadata[f];
                if (typeof t !== 'string' || !RFC3339.test(t))
                    throw not(`"metadata.${f}" is ${show(t)}, expected an RFC 3339 time`);
            }
            return;
        }
        case 'openvex': {
            const context = doc['@context'];
            if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
                throw not(`"@context" is ${show(context)}, expected "https://openvex.dev/ns/v0.2.0"`);
            if (!Array.isArray(doc.statements))
                throw not('"statements" is not a list');
            return;
        }
    }
}
const DESCRIPTIONS = {
    slsaprovenance1: 'SLSA provenance v1',
    spdxjson: 'an SPDX JSON document',
    cyclonedx: 'a CycloneDX JSON BOM',
    vuln: 'a cosign vulnerability scan predicate',
    openvex: 'an OpenVEX document',
};
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
function show(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return 'not a string';
    return JSON.stringify(v);
}


/***/ }),

/***/ 60872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   IF: () => (/* binding */ subjectDigests),
/* harmony export */   XM: () => (/* binding */ statementFrame),
/* harmony export */   vq: () => (/* binding */ imageSubjects),
/* harmony export */   zU: () => (/* binding */ namesDigest)
/* harmony export */ });
/* unused harmony exports STATEMENT_V1, STATEMENT_V01, buildStatement */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);

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
        out.push({ name, digest: { [(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .algorithmOf */ .Hy)(d)]: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(d) } });
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
    const algorithm = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .algorithmOf */ .Hy)(digest);
    const hex = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(digest);
    return subjects.some((s) => s.digest[algorithm] === hex);
}
/** The subjects' digests, for messages. */
function subjectDigests(subjects) {
    return subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`));
}


/***/ })

};
