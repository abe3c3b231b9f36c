export const id = 947;
export const ids = [947,154,529,540];
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
