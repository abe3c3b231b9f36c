export const id = 2791;
export const ids = [2791,363,2112,8825];
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

/***/ 47519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectStep: () => (/* binding */ inspectStep)
/* harmony export */ });
/* harmony import */ var _oci_image_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84231);
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7706);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1890);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);




/** `lading inspect`: manifest, config, platforms and referrers, read with every digest verified. */
async function inspectStep(options) {
    const source = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_0__.openLocation)(options.source, 'read', options.access);
    try {
        const store = source.store;
        const descriptor = await store.resolve(source.reference);
        const fetched = await store.fetchManifest(descriptor);
        const referrers = await store.referrers(fetched.descriptor.digest);
        const result = {
            source: source.display,
            descriptor: fetched.descriptor,
            manifest: fetched.manifest,
            platforms: [],
            referrers,
        };
        if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndex */ .n)(fetched.manifest)) {
            result.platforms = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .platformEntries */ .eV)(fetched.manifest).map((d) => ({
                platform: (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(d.platform),
                digest: d.digest,
                mediaType: d.mediaType,
            }));
            if (options.platform) {
                const chosen = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .selectPlatform */ .md)(fetched.manifest, (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .Y8)(options.platform), source.display);
                const child = await store.fetchManifest(chosen);
                if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndex */ .n)(child.manifest)) {
                    result.image = await detail(store, child.descriptor, child.manifest, chosen.platform);
                }
            }
        }
        else {
            result.image = await detail(store, fetched.descriptor, fetched.manifest, undefined, referrers);
        }
        return result;
    }
    finally {
        await source.close();
    }
}
async function detail(store, descriptor, manifest, platform, referrers) {
    const config = await (0,_oci_image_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readImageConfig */ .M)(store, manifest.config);
    const size = manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0);
    const fromConfig = typeof config.os === 'string' && typeof config.architecture === 'string' && config.os
        ? {
            os: config.os,
            architecture: config.architecture,
            ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        }
        : undefined;
    const labels = config.config?.Labels ?? {};
    return {
        descriptor,
        ...((platform ?? fromConfig) ? { platform: platform ?? fromConfig } : {}),
        ...(typeof config.created === 'string' ? { created: config.created } : {}),
        config: manifest.config,
        layers: manifest.layers,
        size,
        labels,
        referrers: referrers ?? (await store.referrers(descriptor.digest)),
    };
}


/***/ })

};
