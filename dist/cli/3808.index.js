export const id = 3808;
export const ids = [3808,2112,8825];
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

/***/ 94152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tagStep: () => (/* binding */ tagStep)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/build/tag-guard.ts


/**
 * Compiles immutable-tag globs (`v*`, `release-*`, `*`) with picomatch. Dots
 * count as ordinary characters, so `*` also covers tags like `.hidden` (legal
 * only after a leading character, but the guard should not have holes).
 */
function immutableGuard(patterns) {
    const compiled = patterns.map((pattern) => {
        if (pattern.trim() === '' || pattern.includes('/'))
            throw new errors/* InputError */.dz(`--immutable "${pattern}": expected a glob over tag names, such as v* or *`);
        return { pattern, test: picomatch_default()(pattern, { dot: true }) };
    });
    return { matches: (tag) => compiled.find((c) => c.test(tag))?.pattern };
}
/**
 * Decides every tag before any is moved: created when absent, unchanged when it
 * already points at `digest`, moved otherwise. A tag an immutable pattern
 * protects that points elsewhere is a refusal; every such tag is named in one
 * DeniedError, and no tag is decided "moved" past it, so the caller moves none.
 */
function decideTags(digest, states, guard) {
    const refusals = [];
    const decisions = states.map((s) => {
        if (s.current === undefined)
            return { ...s, outcome: 'created' };
        if (s.current === digest)
            return { ...s, outcome: 'unchanged' };
        const pattern = guard.matches(s.tag);
        if (pattern !== undefined)
            refusals.push(`${s.reference} points to ${s.current} and matches immutable pattern "${pattern}"`);
        return { ...s, outcome: 'moved' };
    });
    if (refusals.length) {
        throw new errors/* DeniedError */.iC(`tag: refusing to move immutable tags to ${digest}: ${refusals.join('; ')}. No tag was changed.`);
    }
    return decisions;
}

// EXTERNAL MODULE: ./src/oci/copier.ts
var copier = __webpack_require__(72583);
// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
;// CONCATENATED MODULE: ./src/steps/tag.ts






const TAG_RE = /^[\w][\w.-]{0,127}$/;
/**
 * `lading tag`: points tags at an image given by digest, on any registry (and
 * in layouts). Every tag is resolved first; if an immutable pattern protects a
 * tag that already points elsewhere, the step refuses (DeniedError, exit 1)
 * before moving any tag. Between that check and the writes another client
 * could still move a tag: registries offer no compare-and-swap on tags, so the
 * guard is as strong as the registry's own immutability rules, not stronger.
 */
async function tagStep(options, reporter) {
    if (!options.tags.length)
        throw new errors/* InputError */.dz('tag: give at least one --tag');
    const guard = immutableGuard(options.immutable);
    const parsed = await (0,oci_source/* detectSource */.PM)(options.image);
    const digest = parsed.kind === 'registry' ? parsed.reference.digest : 'digest' in parsed ? parsed.digest : undefined;
    if (!digest) {
        throw new errors/* InputError */.dz(`tag: ${options.image}: name the image by digest (IMAGE@sha256:…), so the tags point at exactly it`);
    }
    if (parsed.kind === 'oci-archive' || parsed.kind === 'docker-archive') {
        throw new errors/* InputError */.dz(`tag: ${options.image}: archives are read-only here; tag in a registry or an oci-dir layout`);
    }
    const targets = planTargets(options, parsed.kind === 'registry' ? parsed.reference : undefined);
    const source = await (0,oci_opener.openLocation)(options.image, 'read', options.access);
    try {
        const root = await source.store.resolve(digest);
        const states = [];
        for (const t of targets) {
            t.location = t.open ? await t.open() : source;
            for (const { reference, tag } of t.tags) {
                const current = await t.location.store.resolve(tag).then((d) => d.digest, (err) => {
                    if (err instanceof errors/* NotFoundError */.m_)
                        return undefined;
                    throw err;
                });
                states.push({ reference, tag, ...(current ? { current } : {}) });
            }
        }
        const decisions = decideTags(root.digest, states, guard);
        const fetched = await source.store.fetchManifest(root);
        let i = 0;
        for (const t of targets) {
            const store = t.location.store;
            let present = t.same;
            for (const _ of t.tags) {
                const d = decisions[i++];
                if (d.outcome === 'unchanged') {
                    reporter.info(`${d.reference} already points to ${root.digest}`);
                    continue;
                }
                if (!present) {
                    // Another repository: the image's blobs and manifests go there first (mounted within one registry).
                    await (0,copier/* copyImage */.L)(source.store, store, root, { tag: d.tag });
                    present = true;
                }
                else {
                    await store.pushManifest(fetched.bytes, fetched.descriptor.mediaType, d.tag);
                }
                reporter.info(d.outcome === 'moved'
                    ? `${d.reference} moved from ${d.current} to ${root.digest}`
                    : `${d.reference} created`);
            }
            await t.location.commit();
        }
        return { image: options.image, digest: root.digest, tags: decisions };
    }
    finally {
        for (const t of targets)
            if (t.location && !t.same)
                await t.location.close();
        await source.close();
    }
}
/** Groups the tags by where they live: the image's own repository or layout, or another repository. */
function planTargets(options, image) {
    const targets = new Map();
    const same = { key: '', same: true, tags: [] };
    targets.set('', same);
    // A tag named twice (a bare tag and its full reference) is decided and written once.
    const add = (t, entry) => {
        if (!t.tags.some((e) => e.tag === entry.tag))
            t.tags.push(entry);
    };
    for (const text of options.tags) {
        if (TAG_RE.test(text)) {
            add(same, {
                reference: image ? (0,reference/* formatReference */.FH)({ ...withoutDigest(image), tag: text }) : text,
                tag: text,
            });
            continue;
        }
        const ref = (0,reference/* parseReference */.F2)(text, { defaultTag: false });
        if (!ref.tag || ref.digest)
            throw new errors/* InputError */.dz(`tag: --tag ${text}: expected a tag or REGISTRY/REPOSITORY:TAG`);
        const repo = `${ref.registry}/${ref.repository}`;
        // From a layout every registry is elsewhere: the image is copied there first.
        const key = image && repo === `${image.registry}/${image.repository}` ? '' : repo;
        let target = targets.get(key);
        if (!target) {
            target = {
                key,
                same: false,
                tags: [],
                open: () => (0,oci_opener.openLocation)(`registry:${repo}`, 'write', options.access),
            };
            targets.set(key, target);
        }
        add(target, { reference: (0,reference/* formatReference */.FH)({ ...withoutDigest(ref), tag: ref.tag }), tag: ref.tag });
    }
    return [...targets.values()].filter((t) => t.tags.length);
}
function withoutDigest(r) {
    const { digest: _, ...rest } = r;
    return rest;
}


/***/ })

};
