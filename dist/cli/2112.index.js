export const id = 2112;
export const ids = [2112,8825];
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

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ })

};
