export const id = 880;
export const ids = [880,154];
export const modules = {

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
    const string = () => {
        if (buf[i] !== 0x22)
            fail('expected a string');
        const start = i++;
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = buf[i];
            if (c === 0x22)
                return [start, ++i];
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
        const [s, e] = string();
        if (stack.length === 1)
            topKey = decode(s, e);
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
            const [s, e] = string();
            if (atTop)
                top.set(topKey, decode(s, e));
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


/***/ }),

/***/ 12432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   lT: () => (/* binding */ signMessage)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** A DSSE envelope over `payload`, witnessed. */
async function signDsse(payload, payloadType, signer, witnesses) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({ signer, witnesses });
    const bundle = await wrap(() => builder.create({ data: payload, type: payloadType }));
    // sigstore-js copies the key hint into the envelope's keyid; sigstore-go (cosign)
    // then skips the signature unless its verifier has that very key ID, so the
    // hint stays in verificationMaterial only, as cosign writes it.
    for (const s of bundle.content.dsseEnvelope.signatures)
        s.keyid = '';
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
}
/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
async function signMessage(payload, signer, witnesses) {
    const builder = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .MessageSignatureBundleBuilder */ .z3({ signer, witnesses });
    const bundle = await wrap(() => builder.create({ data: payload }));
    return { bundle, json: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
}
/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap(make) {
    try {
        return await make();
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK)
            throw e;
        const err = e;
        const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`signing failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
            cause: e,
        });
    }
}


/***/ }),

/***/ 85799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   ME: () => (/* binding */ pushBundleReferrer),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   _l: () => (/* binding */ ANNOTATION_CONTENT),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   nc: () => (/* binding */ findBundles),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98269);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98948);



// cosign 3's signature format: a Sigstore bundle v0.3 stored as an OCI 1.1
// referrer of the image, with the manifest layout, artifact type and
// annotations cosign writes, so that `cosign verify` finds and accepts it.
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/**
 * The in-toto Statement v1 that `cosign sign` signs for an image: the digest
 * alone as subject (no name, as cosign writes it) and an empty predicate.
 */
function cosignSignStatement(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return Buffer.from(JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { [algorithm]: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(digest) }, annotations: {} }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    }));
}
/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * Pushes `bundle` as a referrer of `subject` and returns the referrer's
 * descriptor. The store records it through the referrers API or the
 * `sha256-<hex>` fallback index, merging with whatever is already there.
 */
async function pushBundleReferrer(store, subject, bundle, options) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bytes.length, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes) };
    const config = {
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.mediaType,
        size: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.size,
        digest: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.digest,
    };
    await store.pushBlob(config, Buffer.from('{}'));
    await store.pushBlob(layer, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config,
        layers: [layer],
        annotations: {
            [ANNOTATION_CONTENT]: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
            [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
            [ANNOTATION_CREATED]: createdStamp(options.created),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest);
}
/**
 * Bundles among the referrers of `subject` whose predicate type is
 * `predicateType` (attestations of other types are left unread: cosign reads
 * every referrer, and pays for it). A bundle without the annotation is read too.
 */
async function findBundles(store, subject, predicateType = COSIGN_SIGN_PREDICATE) {
    const referrers = await store.referrers(subject, { artifactType: BUNDLE_MEDIA_TYPE });
    const wanted = referrers.filter((d) => {
        const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
        return p === undefined || p === predicateType;
    });
    return Promise.all(wanted.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        const predicate = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
        const base = { descriptor, ...(predicate ? { predicateType: predicate } : {}) };
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE) : undefined;
            if (!layer)
                return { ...base, error: `${where}: no ${BUNDLE_MEDIA_TYPE} layer` };
            const bytes = await (0,_small_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchSmallBlob */ .p)(store, layer, where);
            return { ...base, bundle: JSON.parse(bytes.toString('utf8')) };
        }
        catch (e) {
            return { ...base, error: `${where}: ${e.message.split('\n')[0]}` };
        }
    }));
}


/***/ }),

/***/ 98948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ fetchSmallBlob)
/* harmony export */ });
/* unused harmony export SMALL_BLOB_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Signatures, bundles and payloads are small; a larger blob is refused before it is read. */
const SMALL_BLOB_LIMIT = 4 * 1024 * 1024;
/** Reads a small blob whole (digest-checked by the store). `where` names it in messages. */
async function fetchSmallBlob(store, descriptor, where) {
    if (descriptor.size > SMALL_BLOB_LIMIT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${SMALL_BLOB_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(descriptor)) {
        total += c.length;
        if (total > SMALL_BLOB_LIMIT)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is over the size limit`);
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}


/***/ })

};
