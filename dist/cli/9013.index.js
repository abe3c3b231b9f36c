export const id = 9013;
export const ids = [9013,4154];
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

/***/ 59013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLI_REQUIREMENT_NAMES: () => (/* binding */ CLI_REQUIREMENT_NAMES),
/* harmony export */   attestationRequirements: () => (/* binding */ attestationRequirements)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47540);
/* harmony import */ var _predicates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4154);



const CLI_REQUIREMENT_NAMES = {
    kinds: '--require-attestation',
    builderId: '--attestation-builder-id',
    sourceRepository: '--attestation-source-repository',
    sourceRef: '--attestation-source-ref',
    maxSeverity: '--max-severity',
    maxScanAge: '--max-scan-age',
};
/** Each required kind once, with the predicate checks that apply to it; a check without its kind is an error. */
function attestationRequirements(text, names) {
    const provenanceChecks = {
        ...(text.builderId !== undefined ? { builderId: text.builderId } : {}),
        ...(text.sourceRepository !== undefined ? { sourceRepository: text.sourceRepository } : {}),
        ...(text.sourceRef !== undefined ? { sourceRef: text.sourceRef } : {}),
    };
    const hasScanChecks = text.maxSeverity !== undefined || text.maxScanAge !== undefined;
    const provenanceNames = `${names.builderId}, ${names.sourceRepository} and ${names.sourceRef}`;
    const scanNames = `${names.maxSeverity} and ${names.maxScanAge}`;
    if (!text.kinds.length) {
        if (Object.keys(provenanceChecks).length || hasScanChecks) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.builderId}, ${names.sourceRepository}, ${names.sourceRef}, ${scanNames} need ${names.kinds}`);
        }
        return [];
    }
    const parsed = text.kinds.map((k) => (0,_predicates_js__WEBPACK_IMPORTED_MODULE_2__.parsePredicateKind)(k, names.kinds));
    if (Object.keys(provenanceChecks).length && !parsed.includes('slsaprovenance1')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${provenanceNames} need ${names.kinds} slsaprovenance1`);
    }
    if (hasScanChecks && !parsed.includes('vuln')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${scanNames} need ${names.kinds} vuln`);
    }
    // Parsed once, before any kind is built, so a bad value fails whatever the order of kinds.
    const maxSeverity = text.maxSeverity !== undefined ? (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSeverity */ .lv)(text.maxSeverity, names.maxSeverity) : undefined;
    const maxAgeMs = text.maxScanAge !== undefined ? (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .parseAge */ .F1)(text.maxScanAge, names.maxScanAge) : undefined;
    return [...new Set(parsed)].map((kind) => ({
        kind,
        ...(kind === 'slsaprovenance1' ? provenanceChecks : {}),
        ...(kind === 'vuln' && maxSeverity !== undefined ? { maxSeverity } : {}),
        ...(kind === 'vuln' && maxAgeMs !== undefined ? { maxAgeMs } : {}),
    }));
}


/***/ })

};
