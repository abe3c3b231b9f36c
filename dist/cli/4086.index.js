export const id = 4086;
export const ids = [4086,2112,8825];
export const modules = {

/***/ 72583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ copyImage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98269);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3048);



/**
 * Copies the graph under `root` from `source` to `target`, children before
 * parents: layers and configs, then platform manifests, then the index, and
 * the tag last. A failure at any point leaves no tag pointing at a manifest
 * whose content is missing, because nothing names the root until everything
 * under it is in place.
 */
async function copyImage(source, target, root, options = {}) {
    const copier = new Copier(source, target, options);
    const fetched = await source.fetchManifest(root);
    await copier.copyManifest(fetched, options.tag);
    if (options.referrers)
        await copier.copyReferrers(fetched.descriptor.digest);
    return {
        root: fetched.descriptor,
        manifests: copier.manifests,
        blobs: copier.blobs,
        referrers: copier.referrerList,
    };
}
class Copier {
    source;
    target;
    options;
    manifests = 0;
    blobs = { copied: 0, exists: 0, mounted: 0, skippedForeign: 0, bytes: 0 };
    referrerList = [];
    done = new Set();
    concurrency;
    constructor(source, target, options) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    }
    async copyManifest(fetched, tag) {
        const { manifest, descriptor } = fetched;
        if (!this.done.has(descriptor.digest)) {
            if ((0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndex */ .n)(manifest)) {
                // Children are copied one after another; their blobs are parallel inside each.
                for (const child of manifest.manifests) {
                    if (this.done.has(child.digest))
                        continue;
                    if (!(0,_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexType */ .$U)(child.mediaType) && (await this.target.hasManifest(child))) {
                        this.done.add(child.digest);
                        continue;
                    }
                    await this.copyManifest(await this.source.fetchManifest(child));
                }
            }
            else {
                await this.copyBlobs([manifest.config, ...manifest.layers]);
            }
        }
        // Pushed even when present, when a tag must be (re)pointed at it.
        if (!this.done.has(descriptor.digest) || tag) {
            await this.target.pushManifest(fetched.bytes, descriptor.mediaType, tag);
            this.manifests++;
            this.done.add(descriptor.digest);
        }
    }
    async copyReferrers(subject) {
        const found = await this.source.referrers(subject);
        for (const d of found) {
            if (this.referrerList.some((r) => r.digest === d.digest))
                continue;
            await this.copyManifest(await this.source.fetchManifest(d));
            this.referrerList.push(d);
            // Referrers can themselves have referrers (a signature on an SBOM attestation).
            await this.copyReferrers(d.digest);
        }
    }
    async copyBlobs(descriptors) {
        // Largest first: the last blob to start then is a small one, so the streams end
        // together instead of one big layer running alone at the end.
        const queue = descriptors
            .filter((d, i) => descriptors.findIndex((e) => e.digest === d.digest) === i)
            .sort((a, b) => b.size - a.size);
        const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
            for (let next = queue.shift(); next; next = queue.shift())
                await this.copyBlob(next);
        });
        await Promise.all(workers);
    }
    async transfer(d) {
        for (let attempt = 1;; attempt++) {
            try {
                await this.target.pushBlob(d, await this.source.fetchBlob(d));
                return;
            }
            catch (err) {
                if (attempt >= TRANSFER_ATTEMPTS || !transient(err))
                    throw err;
                this.options.onRetry?.(d, attempt, err);
            }
        }
    }
    async copyBlob(d) {
        if (this.done.has(d.digest))
            return;
        this.done.add(d.digest);
        if (d.urls?.length && !(await this.source.hasBlob(d))) {
            // Non-distributable layers live at their URLs, not in the source; registries fetch them there.
            this.blobs.skippedForeign++;
            this.options.onBlob?.({ descriptor: d, outcome: 'skipped-foreign' });
            return;
        }
        if (await this.target.hasBlob(d)) {
            this.blobs.exists++;
            this.options.onBlob?.({ descriptor: d, outcome: 'exists' });
            return;
        }
        const from = sameRegistryRepository(this.source, this.target);
        if (from && this.target.mountBlob && (await this.target.mountBlob(d, from))) {
            this.blobs.mounted++;
            this.options.onBlob?.({ descriptor: d, outcome: 'mounted' });
            return;
        }
        await this.transfer(d);
        this.blobs.copied++;
        this.blobs.bytes += d.size;
        this.options.onBlob?.({ descriptor: d, outcome: 'copied' });
    }
}
/**
 * Blobs moved at once. On two busy cores 2, 3 and 4 streams measured alike
 * (the copy is bound by this process's CPU, not by round trips); each stream
 * holds a few read or write buffers, so more would only cost memory.
 */
const DEFAULT_CONCURRENCY = 3;
/** Attempts per blob transfer. Streams cannot be rewound, so a retry re-reads the source. */
const TRANSFER_ATTEMPTS = 3;
/**
 * Worth another attempt: a connection that dropped mid-stream, a truncated
 * read, a registry error that may pass. Not: refused credentials, missing
 * content, or a request the registry rejected as wrong.
 */
function transient(err) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK) || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AuthError */ .lR || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_)
        return false;
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    return true;
}
/** The source repository name when both stores are repositories of one registry, for a cross-repository mount. */
function sameRegistryRepository(source, target) {
    const s = source;
    const t = target;
    if (s.registry &&
        t.registry &&
        s.registry === t.registry &&
        s.repository &&
        s.repository !== t.repository) {
        return s.repository;
    }
    return undefined;
}


/***/ }),

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

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 54086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyStep: () => (/* binding */ copyStep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_copier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72583);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7706);




/**
 * `lading copy`: the whole graph of one image (every platform of an index) and,
 * by default, its referrers, from any source to any destination. The
 * destination's tag is written last, so an interrupted copy never leaves a tag
 * on an incomplete image.
 */
async function copyStep(options, reporter) {
    const source = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_3__.openLocation)(options.source, 'read', options.access);
    try {
        const root = await source.store.resolve(source.reference);
        const destination = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_3__.openLocation)(options.destination, 'write', options.access);
        try {
            let tag = destination.reference;
            if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(tag)) {
                if (tag !== root.digest) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`copy: destination digest ${tag} is not the source's digest ${root.digest}`);
                }
                tag = '';
            }
            if (!tag && destination.needsTag)
                tag = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(source.reference) ? 'latest' : source.reference;
            reporter.info(`copying ${source.display} (${root.digest}) to ${destination.display}${tag ? `:${tag}` : ''}`);
            const onBlob = (e) => reporter.debug(`${e.outcome} ${e.descriptor.digest} (${e.descriptor.size} bytes)`);
            const result = await (0,_oci_copier_js__WEBPACK_IMPORTED_MODULE_1__/* .copyImage */ .L)(source.store, destination.store, root, {
                ...(tag ? { tag } : {}),
                referrers: options.referrers,
                onBlob,
                onRetry: (d, attempt, err) => reporter.warn(`retrying ${d.digest} after attempt ${attempt}: ${err instanceof Error ? err.message : err}`),
            });
            await destination.commit();
            return {
                source: source.display,
                destination: `${destination.display}${tag ? `:${tag}` : ''}@${result.root.digest}`,
                root: result.root,
                manifests: result.manifests,
                blobs: result.blobs,
                referrers: result.referrers,
            };
        }
        finally {
            await destination.close();
        }
    }
    finally {
        await source.close();
    }
}


/***/ })

};
