export const id = 7411;
export const ids = [7411,363,2112,8825];
export const modules = {

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   FL: () => (/* binding */ DigestCheck),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   fN: () => (/* binding */ isVerifiedStream),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pL: () => (/* binding */ VerifyingReader)
/* harmony export */ });
/* unused harmony export parseDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_RE.test(value);
}
function parseDigest(value, where = 'digest') {
    if (!isDigest(value)) {
        throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function hexOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
function verifyBytes(bytes, expected, where) {
    const actual = digestOf(bytes, algorithmOf(expected));
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: content does not match digest ${expected} (got ${actual})`);
    }
}
/**
 * Hashes bytes as they pass and checks digest and size: the one place both
 * the verifying stream and writers that hash in their own loop get it from.
 */
class DigestCheck {
    expected;
    expectedSize;
    where;
    hash;
    seen = 0;
    constructor(expected, expectedSize, where) {
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    /** Throws as soon as more bytes arrive than the descriptor declares. */
    update(chunk) {
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`);
        }
        this.hash.update(chunk);
    }
    /** Throws when the bytes seen are short or hash to another digest. */
    finish() {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`);
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: content does not match digest ${this.expected} (got ${actual})`);
        }
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    check;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
    }
    _transform(chunk, _enc, cb) {
        try {
            this.check.update(chunk);
        }
        catch (err) {
            cb(err);
            return;
        }
        cb(null, chunk);
    }
    _flush(cb) {
        try {
            this.check.finish();
        }
        catch (err) {
            cb(err);
            return;
        }
        cb();
    }
}
/**
 * Reads `source` through a digest and size check, like `source.pipe(new
 * DigestVerifier(...))` but with one stream hop per chunk instead of a
 * Transform's two sides: a registry blob is ~4,000 chunks per 250 MiB and the
 * hops were a visible share of a download's CPU time. It errors before its end
 * when the bytes are wrong; `sourceFailed` turns a source error, or a source
 * that closed before its end, into the error readers see.
 */
class VerifyingReader extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    source;
    expected;
    check;
    constructor(source, expected, expectedSize, where, sourceFailed = (err) => err ?? new Error(`${where}: the stream closed early`)) {
        super();
        this.source = source;
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
        source.on('data', (chunk) => {
            try {
                this.check.update(chunk);
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            if (!this.push(chunk))
                source.pause();
        });
        source.once('end', () => {
            try {
                this.check.finish();
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            this.push(null);
        });
        source.once('error', (err) => this.destroy(sourceFailed(err)));
        // A socket cut mid-body may end a response with 'close' and no 'error'.
        source.once('close', () => {
            if (!source.readableEnded)
                this.destroy(sourceFailed());
        });
    }
    _read() {
        if (this.source.isPaused())
            this.source.resume();
    }
    _destroy(err, cb) {
        // A reader that gives up early releases the source (and a response's connection).
        if (!this.source.readableEnded)
            this.source.destroy();
        cb(err);
    }
}
/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
function isVerifiedStream(content, digest) {
    return ((content instanceof DigestVerifier || content instanceof VerifyingReader) && content.expected === digest);
}


/***/ }),

/***/ 84231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readImageConfig)
/* harmony export */ });
/** Larger than any real image config; a bigger "config" is not one lading reads. */
const CONFIG_MAX_BYTES = 8 * 1024 * 1024;
/**
 * An image's config as an object, digest-verified by the store. Artifacts use
 * other config types (the empty `{}`, or none lading can read): those give `{}`.
 */
async function readImageConfig(store, d) {
    if (!d.mediaType.endsWith('json') || d.size > CONFIG_MAX_BYTES)
        return {};
    const chunks = [];
    for await (const c of await store.fetchBlob(d))
        chunks.push(c);
    try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   eV: () => (/* binding */ platformEntries),
/* harmony export */   h0: () => (/* binding */ matchPlatform),
/* harmony export */   md: () => (/* binding */ selectPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// Platform names as users type them (`linux/arm64`, `linux/x86_64`) and as
// indexes spell them (`arm64` with or without `v8`) differ; both sides are
// normalised the way containerd's platforms package does before comparing, so
// `--platform linux/aarch64` finds the `linux/arm64/v8` entry.
const PART = /^[a-z0-9][a-z0-9._-]*$/;
/**
 * `os/arch[/variant]`, optionally `os(os.version)/arch…` as containerd writes
 * Windows platforms. Returns the normalised platform; throws InputError on junk.
 */
function parsePlatform(text, where = '--platform') {
    const m = /^([^/()]+)(?:\(([^()]+)\))?\/([^/]+)(?:\/([^/]+))?$/.exec(text.trim());
    const os = m?.[1]?.toLowerCase();
    const arch = m?.[3]?.toLowerCase();
    const variant = m?.[4]?.toLowerCase();
    if (!m ||
        !os ||
        !arch ||
        !PART.test(os) ||
        !PART.test(arch) ||
        (variant !== undefined && !PART.test(variant))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${text}" is not a platform; expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`);
    }
    return normalizePlatform({
        os,
        architecture: arch,
        ...(variant ? { variant } : {}),
        ...(m[2] ? { 'os.version': m[2] } : {}),
    });
}
/** containerd's normalisation, except that arm64 keeps `v8` explicit, as Docker's indexes write it. */
function normalizePlatform(p) {
    let os = p.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let arch = p.architecture.toLowerCase();
    let variant = p.variant?.toLowerCase() ?? '';
    switch (arch) {
        case 'i386':
            arch = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            arch = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            arch = 'arm64';
            if (variant === '' || variant === '8' || variant === 'v8.0')
                variant = 'v8';
            else if (variant === '9' || variant === '9.0' || variant === 'v9.0')
                variant = 'v9';
            break;
        case 'armhf':
            arch = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            arch = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const out = { os, architecture: arch };
    if (variant)
        out.variant = variant;
    if (p['os.version'])
        out['os.version'] = p['os.version'];
    if (p['os.features'])
        out['os.features'] = p['os.features'];
    return out;
}
/** `linux/arm64/v8`, with `(os.version)` when there is one. */
function formatPlatform(p) {
    const n = normalizePlatform(p);
    const os = n['os.version'] ? `${n.os}(${n['os.version']})` : n.os;
    return [os, n.architecture, n.variant].filter(Boolean).join('/');
}
/** Exact match after normalisation; `os.version` only counts when `want` names one. */
function matchPlatform(want, have) {
    const w = normalizePlatform(want);
    const h = normalizePlatform(have);
    if (w.os !== h.os || w.architecture !== h.architecture || (w.variant ?? '') !== (h.variant ?? ''))
        return false;
    return !w['os.version'] || w['os.version'] === h['os.version'];
}
/**
 * Platforms that can run an image built for `want`, best first: the platform
 * itself, then older variants of the same architecture (arm/v7 runs arm/v6 and
 * arm/v5; amd64/v3 runs v2 and v1), as containerd orders them. Never another
 * architecture: an SBOM of a 386 image is not the SBOM of an amd64 one.
 */
function compatible(want) {
    const w = normalizePlatform(want);
    const out = [w];
    const version = Number(/^v(\d+)$/.exec(w.variant ?? '')?.[1]);
    const floor = w.architecture === 'arm' ? 5 : w.architecture === 'amd64' ? 1 : undefined;
    if (floor !== undefined && Number.isInteger(version)) {
        for (let v = version - 1; v >= floor; v--) {
            const { variant: _, ...rest } = w;
            out.push(w.architecture === 'amd64' && v === 1 ? rest : { ...rest, variant: `v${v}` });
        }
    }
    return out;
}
/** Entries that are images for a platform: no attestation (`unknown/unknown`) or platform-less entries. */
function platformEntries(index) {
    return index.manifests.filter((d) => d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'));
}
/**
 * The index entry for `want` (the caller's default platform when the user gave
 * none). NotFoundError lists what the index offers, so the user can pick one.
 */
function selectPlatform(index, want, ref) {
    const entries = platformEntries(index);
    for (const candidate of compatible(want)) {
        const hit = entries.find((d) => matchPlatform(candidate, d.platform));
        if (hit)
            return hit;
    }
    const offered = [...new Set(entries.map((d) => formatPlatform(d.platform)))];
    const has = offered.length ? `it has ${offered.join(', ')}` : 'it lists no platform images';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`no ${formatPlatform(want)} image in ${ref}; ${has}`);
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 32242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   X6: () => (/* binding */ imagePurl),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* unused harmony export subjectDisplayName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74468);



/** Throws on a subject no format could describe, naming the field. */
function checkSubject(subject) {
    if (subject.name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject: ${subject.kind} name is empty`);
    if (subject.kind === 'image' && !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(subject.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject ${subject.name}: digest "${subject.digest}" is not a sha256 or sha512 digest`);
    }
}
/** `ghcr.io/acme/app:1.2@sha256:…`, `dir:services/api`. */
function subjectDisplayName(subject) {
    if (subject.kind === 'directory')
        return `dir:${subject.name}`;
    return `${subject.name}${subject.tag ? `:${subject.tag}` : ''}@${subject.digest}`;
}
/** `linux/arm64/v8`. */
function platformText(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * The image's purl per the purl spec's `oci` type: the name is the last path
 * segment, lower case; the version is the digest; the repository goes in
 * `repository_url` (`pkg:oci/app@sha256%3A…?arch=amd64&repository_url=ghcr.io/acme/app&tag=1.2`).
 */
function imagePurl(subject) {
    const segments = subject.name.split('/');
    const last = (segments[segments.length - 1] ?? subject.name).toLowerCase();
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .buildPurl */ .Eq)('oci', undefined, last, subject.digest, {
        arch: subject.platform?.architecture,
        repository_url: segments.length > 1 ? subject.name.toLowerCase() : undefined,
        tag: subject.tag,
    });
}
function digestAlgorithm(digest) {
    return digest.startsWith('sha512:')
        ? { spdx: 'SHA512', cyclonedx: 'SHA-512' }
        : { spdx: 'SHA256', cyclonedx: 'SHA-256' };
}
function checkOptions(options) {
    if (options.toolVersion.trim() === '' || /\s/.test(options.toolVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM options: tool version "${options.toolVersion}" is empty or contains whitespace`);
    }
}


/***/ }),

/***/ 51966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ normaliseLicenses),
/* harmony export */   oB: () => (/* binding */ normaliseLicense)
/* harmony export */ });
/* unused harmony export licenseRef */
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25728);
/* harmony import */ var spdx_correct__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(spdx_correct__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93326);
/* harmony import */ var spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75204);



// Package databases declare licences in three dialects: SPDX expressions (Alpine
// today, npm), Fedora's legacy short names (`GPLv2+ and BSD`, `ASL 2.0`) and
// Debian DEP-5 names (`GPL-2+`). Each term is mapped to an SPDX identifier where
// the mapping is certain; anything else is kept as a LicenseRef so the result
// is always a valid SPDX expression and nothing the package said is lost.
const CANONICAL = new Map();
for (const id of spdx_license_ids_index_json__WEBPACK_IMPORTED_MODULE_2__)
    CANONICAL.set(id.toLowerCase(), id);
// Names without a version or clause count, where any single SPDX id would be a
// guess (spdx-correct picks one, e.g. BSD -> BSD-2-Clause): kept as LicenseRef.
const AMBIGUOUS = new Set([
    'bsd',
    'gpl',
    'lgpl',
    'agpl',
    'gfdl',
    'mpl',
    'artistic',
    'apache',
    'cc-by',
    'cc-by-sa',
]);
// The GNU family carries the only/or-later distinction that spdx-correct gets
// wrong (it reads `GPL-2+` as GPL-2.0-only and `GPLv3` as or-later).
const GNU_RE = /^(A?L?GPL|GFDL)[-\s]?v?(\d+(?:\.\d+)?)(\+|-or-later|\s+or\s+later|-only)?$/i;
// Legacy short names whose meaning is fixed (Fedora's ASL, Debian's Expat) but
// which spdx-correct does not know.
const LEGACY = {
    'asl 1.0': 'Apache-1.0',
    'asl 1.1': 'Apache-1.1',
    'asl 2.0': 'Apache-2.0',
    expat: 'MIT',
};
// `GPL+` (Fedora) means any version: or-later from the first one.
const GNU_FIRST = { GPL: '1.0', LGPL: '2.0', AGPL: '1.0', GFDL: '1.1' };
const cache = new Map();
/** A declared licence string as a valid SPDX expression; undefined when the string is empty. */
function normaliseLicense(declared) {
    const text = declared.trim();
    if (text === '')
        return undefined;
    const hit = cache.get(text);
    if (hit)
        return { ...hit, declared };
    const result = normaliseUncached(text);
    // Package databases repeat the same few strings thousands of times.
    if (cache.size < 10_000)
        cache.set(text, result);
    return { ...result, declared };
}
/** Several declared licences, deduplicated by SPDX expression, in declaration order. */
function normaliseLicenses(declared) {
    const out = [];
    const seen = new Set();
    for (const d of declared) {
        const l = normaliseLicense(d);
        if (!l || seen.has(l.spdx))
            continue;
        seen.add(l.spdx);
        out.push(l);
    }
    return out;
}
/**
 * `LicenseRef-` + the text reduced to the idstring alphabet of the SPDX spec
 * (letters, digits, `.`, `-`). Long texts (a whole licence pasted into a field)
 * are cut and suffixed with a hash so two different texts stay different.
 */
function licenseRef(text) {
    let id = text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
    if (id.length > 64)
        id = `${id.slice(0, 48)}-${fnv1a(text)}`;
    return `LicenseRef-${id || fnv1a(text)}`;
}
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
function normaliseUncached(text) {
    const tokens = tokenize(text);
    if (tokens) {
        const assembled = assemble(tokens);
        if (assembled && isValid(assembled.expression)) {
            return { declared: text, spdx: assembled.expression, known: assembled.known };
        }
    }
    return { declared: text, spdx: licenseRef(text), known: false };
}
function isValid(expression) {
    try {
        spdx_expression_parse__WEBPACK_IMPORTED_MODULE_1___default()(expression);
        return true;
    }
    catch {
        return false;
    }
}
const OPERATORS = { and: 'AND', or: 'OR', with: 'WITH', '&': 'AND' };
/** Operators are words between spaces (any case) and parentheses; everything else is a term. */
function tokenize(text) {
    if (text.length > 4096)
        return undefined;
    const tokens = [];
    let term = [];
    const flush = () => {
        if (term.length > 0)
            tokens.push({ term: term.join(' ') });
        term = [];
    };
    for (const piece of text.split(/(\(|\)|\s+)/)) {
        if (piece === '' || /^\s+$/.test(piece))
            continue;
        if (piece === '(' || piece === ')') {
            flush();
            tokens.push({ op: piece });
            continue;
        }
        const op = OPERATORS[piece.toLowerCase()];
        if (op) {
            flush();
            tokens.push({ op });
        }
        else {
            term.push(piece);
        }
    }
    flush();
    return tokens;
}
function assemble(tokens) {
    const out = [];
    let known = true;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if ('op' in t) {
            out.push(t.op);
            continue;
        }
        const next = tokens[i + 1];
        const exceptionTok = next && 'op' in next && next.op === 'WITH' ? tokens[i + 2] : undefined;
        if (exceptionTok && 'term' in exceptionTok) {
            const id = termToSpdx(t.term);
            const withExpr = id ? `${id} WITH ${exceptionTok.term}` : undefined;
            if (withExpr && isValid(withExpr)) {
                out.push(withExpr);
            }
            else {
                // An exception SPDX does not list (Fedora's `with exceptions`) makes the pair one unknown licence.
                out.push(licenseRef(`${t.term} with ${exceptionTok.term}`));
                known = false;
            }
            i += 2;
            continue;
        }
        const mapped = listOfIds(t.term) ?? termToSpdx(t.term);
        if (mapped) {
            out.push(mapped);
            if (mapped.includes('LicenseRef-'))
                known = false;
        }
        else {
            out.push(licenseRef(t.term));
            known = false;
        }
    }
    return out.length > 0
        ? { expression: out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'), known }
        : undefined;
}
// Older Alpine and Arch packages list licences separated by spaces (`MIT BSD-3-Clause`):
// read as a conjunction only when every word is a licence on its own.
function listOfIds(term) {
    const words = term.split(' ');
    if (words.length < 2)
        return undefined;
    const ids = words.map(certainId);
    if (ids.some((id) => id === undefined))
        return undefined;
    return ids.length === 1 ? ids[0] : `(${ids.join(' AND ')})`;
}
/** Mappings that involve no guessing: SPDX ids in any case, LicenseRefs, the GNU family, LEGACY. */
function certainId(term) {
    const lower = term.toLowerCase();
    if (/^(documentref-[a-z0-9.-]+:)?licenseref-[a-z0-9.-]+$/i.test(term))
        return term;
    const gnu = gnuLicense(term);
    if (gnu)
        return gnu;
    // `CC0 1.0`, `BSD 2-Clause`: an id written with spaces for dashes.
    const exact = CANONICAL.get(lower) ?? LEGACY[lower] ?? CANONICAL.get(lower.replace(/ /g, '-'));
    if (exact)
        return exact;
    if (lower.endsWith('+')) {
        const base = CANONICAL.get(lower.slice(0, -1));
        if (base)
            return `${base}+`;
    }
    return undefined;
}
function termToSpdx(term) {
    const certain = certainId(term);
    if (certain)
        return certain;
    const lower = term.toLowerCase();
    if (AMBIGUOUS.has(lower))
        return undefined;
    // Several words of which one is a licence id on its own: spdx-correct would keep
    // just that one ("MIT BSD" -> BSD-2-Clause), dropping the rest.
    if (lower.includes(' ') && lower.split(' ').some((w) => certainId(w) || AMBIGUOUS.has(w)))
        return undefined;
    // Any other GNU spelling is a guess for spdx-correct (it reads `GPL+` as GPL-3.0-or-later).
    if (/gpl|gnu/.test(lower))
        return undefined;
    return safeCorrect(term);
}
function safeCorrect(term) {
    let c;
    try {
        c = spdx_correct__WEBPACK_IMPORTED_MODULE_0___default()(term, { upgrade: true });
    }
    catch {
        // spdx-correct throws on some punctuation-only input ("+").
        return undefined;
    }
    if (!c)
        return undefined;
    // spdx-correct drops a trailing `+` on some names; refuse answers that change the scope.
    if (term.endsWith('+') && !c.endsWith('+') && !c.endsWith('-or-later'))
        return undefined;
    return c;
}
function gnuLicense(term) {
    const any = /^(A?L?GPL|GFDL)\+$/i.exec(term);
    if (any) {
        const family = any[1].toUpperCase();
        return `${family}-${GNU_FIRST[family]}-or-later`;
    }
    const m = GNU_RE.exec(term.trim());
    if (!m)
        return undefined;
    const family = m[1].toUpperCase();
    const v = m[2];
    const version = v.includes('.') ? v : `${v}.0`;
    const suffix = m[3]?.toLowerCase();
    const orLater = suffix !== undefined && suffix !== '-only';
    const id = `${family}-${version}-${orLater ? 'or-later' : 'only'}`;
    return CANONICAL.has(id.toLowerCase()) ? CANONICAL.get(id.toLowerCase()) : undefined;
}


/***/ }),

/***/ 25440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ warningAt),
/* harmony export */   hD: () => (/* binding */ locationOf),
/* harmony export */   qb: () => (/* binding */ normalisePath)
/* harmony export */ });
/** Image paths arrive as `./etc/x`, `/etc/x` or `etc/x` depending on who wrote the tar. */
function normalisePath(path) {
    let start = 0;
    while (start < path.length && (path[start] === '/' || (path[start] === '.' && path[start + 1] === '/'))) {
        start += path[start] === '/' ? 1 : 2;
    }
    return start === 0 ? path : path.slice(start);
}
function locationOf(file) {
    return file.layer ? { path: file.path, layer: file.layer } : { path: file.path };
}
function warningAt(file, message) {
    return file.layer ? { path: file.path, layer: file.layer, message } : { path: file.path, message };
}


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   B8: () => (/* binding */ debPurl),
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   P8: () => (/* binding */ rpmPurl),
/* harmony export */   c1: () => (/* binding */ apkPurl)
/* harmony export */ });
/* unused harmony export distroQualifier */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// Package URLs as the purl spec defines them (packageurl-js does the encoding and
// the canonical, sorted qualifier order) with the qualifiers syft writes for OS
// packages, so scanners that read syft SBOMs read ours: `distro=<id>-<version>`,
// `upstream=<source package>`, rpm `epoch=`.
/** `alpine-3.20.3`, `debian-12`; codename or bare id when the release has no VERSION_ID. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    const version = distro.versionId ?? distro.versionCodename;
    return version ? `${distro.id}-${version}` : distro.id;
}
function buildPurl(type, namespace, name, version, qualifiers = {}) {
    const q = {};
    for (const [k, v] of Object.entries(qualifiers))
        if (v !== undefined && v !== '')
            q[k] = v;
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, Object.keys(q).length > 0 ? q : undefined, undefined).toString();
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl for ${type} package "${name}"@"${version ?? ''}": ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** `pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3` (namespace = distro id: alpine, wolfi…). */
function apkPurl(p) {
    return buildPurl('apk', p.distro?.id ?? 'alpine', p.name, p.version, {
        arch: p.arch,
        upstream: p.origin && p.origin !== p.name ? p.origin : undefined,
        distro: distroQualifier(p.distro),
    });
}
/** `pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12` (namespace = distro id: debian, ubuntu…). */
function debPurl(p) {
    const upstream = p.source ? (p.sourceVersion ? `${p.source}@${p.sourceVersion}` : p.source) : undefined;
    return buildPurl('deb', p.distro?.id ?? 'debian', p.name, p.version, {
        arch: p.arch,
        upstream,
        distro: distroQualifier(p.distro),
    });
}
// syft names Red Hat's namespace after the vendor, not the os-release ID.
const RPM_NAMESPACE = { rhel: 'redhat' };
/**
 * `pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64&distro=almalinux-9.4&epoch=1`.
 * The purl version is version-release; the epoch is a qualifier (purl spec, rpm type).
 */
function rpmPurl(p) {
    const namespace = p.distro ? (RPM_NAMESPACE[p.distro.id] ?? p.distro.id) : undefined;
    return buildPurl('rpm', namespace, p.name, p.release ? `${p.version}-${p.release}` : p.version, {
        arch: p.arch,
        epoch: p.epoch === undefined ? undefined : String(p.epoch),
        upstream: p.sourceRpm,
        distro: distroQualifier(p.distro),
    });
}
// packageurl-js parses a purl in ~10 µs, and a scan asks for the same purls
// three times (reading the SBOM, choosing ecosystems, matching): parsed purls
// are kept, frozen so that no caller can change what another one reads.
const PARSED = new Map();
const PARSED_KEPT = 8192;
/** Parsed purl, for comparing purls whatever their qualifier order. The result is frozen and shared. */
function parsePurl(purl) {
    const known = PARSED.get(purl);
    if (known)
        return known;
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl "${purl}": ${err instanceof Error ? err.message : String(err)}`);
    }
    if (parsed.qualifiers)
        Object.freeze(parsed.qualifiers);
    Object.freeze(parsed);
    if (PARSED.size >= PARSED_KEPT)
        PARSED.clear();
    PARSED.set(purl, parsed);
    return parsed;
}


/***/ }),

/***/ 20636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseRpmHeader),
/* harmony export */   W: () => (/* binding */ parseSourceRpm)
/* harmony export */ });
// An rpm header as the rpm databases store it (the "header blob": no lead, no
// header magic): big-endian index count and data length, an index of 16-byte
// entries (tag, type, offset, count), then the data store the offsets point into.
// rpm's own headerImport bounds: at most 0xffff entries, at most 256 MiB of data.
const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    size: 1009,
    vendor: 1011,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044,
    longSize: 5009,
};
const TYPE_INT32 = 4;
const TYPE_INT64 = 5;
const TYPE_STRING = 6;
const TYPE_STRING_ARRAY = 8;
const TYPE_I18NSTRING = 9;
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 256 * 1024 * 1024;
/** Throws an Error whose message says what is wrong with the blob (the caller adds the file). */
function parseRpmHeader(blob) {
    if (blob.length < 8)
        throw new Error(`header blob of ${blob.length} bytes is shorter than its 8-byte preamble`);
    const il = blob.readUInt32BE(0);
    const dl = blob.readUInt32BE(4);
    if (il < 1 || il > MAX_ENTRIES)
        throw new Error(`header declares ${il} index entries (allowed 1..${MAX_ENTRIES})`);
    if (dl > MAX_DATA)
        throw new Error(`header declares ${dl} bytes of data (over ${MAX_DATA})`);
    const dataStart = 8 + il * 16;
    if (dataStart + dl > blob.length) {
        throw new Error(`header needs ${dataStart + dl} bytes but the blob has ${blob.length} (truncated)`);
    }
    const data = blob.subarray(dataStart, dataStart + dl);
    const strings = new Map();
    const numbers = new Map();
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = blob.readInt32BE(at);
        const type = blob.readUInt32BE(at + 4);
        const offset = blob.readInt32BE(at + 8);
        const count = blob.readUInt32BE(at + 12);
        if (!WANTED_TAGS.has(tag))
            continue;
        if (offset < 0 || offset >= dl)
            throw new Error(`tag ${tag} points at offset ${offset} outside ${dl} bytes of data`);
        if (type === TYPE_STRING || type === TYPE_I18NSTRING || type === TYPE_STRING_ARRAY) {
            if (count < 1)
                continue;
            const end = data.indexOf(0, offset);
            if (end === -1)
                throw new Error(`tag ${tag}: string at offset ${offset} has no terminating NUL`);
            strings.set(tag, data.toString('utf8', offset, end));
        }
        else if (type === TYPE_INT32 && count >= 1) {
            if (offset + 4 > dl)
                throw new Error(`tag ${tag}: int32 at offset ${offset} runs past the data`);
            numbers.set(tag, data.readInt32BE(offset));
        }
        else if (type === TYPE_INT64 && count >= 1) {
            if (offset + 8 > dl)
                throw new Error(`tag ${tag}: int64 at offset ${offset} runs past the data`);
            numbers.set(tag, Number(data.readBigUInt64BE(offset)));
        }
    }
    const name = strings.get(TAG.name);
    const version = strings.get(TAG.version);
    if (!name)
        throw new Error('header has no NAME tag');
    if (version === undefined)
        throw new Error(`header of "${name}" has no VERSION tag`);
    const header = { name, version, release: strings.get(TAG.release) ?? '' };
    const epoch = numbers.get(TAG.epoch);
    if (epoch !== undefined)
        header.epoch = epoch;
    const arch = strings.get(TAG.arch);
    if (arch)
        header.arch = arch;
    const sourceRpm = strings.get(TAG.sourceRpm);
    if (sourceRpm)
        header.sourceRpm = sourceRpm;
    const license = strings.get(TAG.license);
    if (license)
        header.license = license;
    const vendor = strings.get(TAG.vendor);
    if (vendor)
        header.vendor = vendor;
    const size = numbers.get(TAG.longSize) ?? numbers.get(TAG.size);
    if (size !== undefined)
        header.size = size;
    return header;
}
const WANTED_TAGS = new Set(Object.values(TAG));
/**
 * Name and version of the source package from a SOURCERPM file name
 * (`util-linux-2.32.1-42.el8_8.src.rpm` -> util-linux, 2.32.1-42.el8_8): the name
 * is everything before the last two dashes, as rpm builds the file name.
 */
function parseSourceRpm(sourceRpm) {
    const base = sourceRpm.replace(/\.(no)?src\.rpm$/, '');
    const releaseDash = base.lastIndexOf('-');
    if (releaseDash <= 0)
        return undefined;
    const versionDash = base.lastIndexOf('-', releaseDash - 1);
    if (versionDash <= 0)
        return undefined;
    return { name: base.slice(0, versionDash), version: base.slice(versionDash + 1) };
}


/***/ }),

/***/ 2529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ checkOutputs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Refused before any work starts, so no report is half-written: two outputs
 * sharing standard output, or two writing one file (relative names resolved
 * against `cwd`, as the writers will). `step` prefixes the message.
 */
function checkOutputs(step, outputs, cwd) {
    const toStdout = outputs.filter((o) => !o.file);
    if (toStdout.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${step}: ${toStdout.map((o) => o.format).join(' and ')} would both go to standard output; give all but one a file (-o FORMAT=FILE)`);
    }
    const seen = new Set();
    for (const o of outputs) {
        if (!o.file)
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, o.file);
        if (seen.has(abs))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${step}: two outputs would write the same file ${o.file}`);
        seen.add(abs);
    }
}


/***/ })

};
