export const id = 3786;
export const ids = [3786];
export const modules = {

/***/ 3786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkTufRoot: () => (/* binding */ checkTufRoot),
/* harmony export */   parseTrustedRoot: () => (/* binding */ parseTrustedRoot),
/* harmony export */   tufTrustedRoot: () => (/* binding */ tufTrustedRoot)
/* harmony export */ });
/* unused harmony export PUBLIC_GOOD_TUF */
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_tuf__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84423);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Reads a trusted root file (`cosign --trusted-root`, the offline Sigstore's `trusted_root.json`). */
function parseTrustedRoot(text, where) {
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: not a Sigstore trusted root (${e.message})`);
    }
    return checked(root, where, _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz);
}
function checked(root, where, Failure) {
    if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new Failure(`${where}: mediaType must be application/vnd.dev.sigstore.trustedroot+json;version=0.1, got ${root.mediaType || '(none)'}`);
    }
    if (root.certificateAuthorities.length === 0) {
        throw new Failure(`${where}: certificateAuthorities is empty; nothing could be trusted`);
    }
    return root;
}
const PUBLIC_GOOD_TUF = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * Checks that `text` is TUF root metadata (a mirror's `root.json`) before TUF
 * is given it: TUF itself would only say it cannot initialise its cache.
 */
function checkTufRoot(text, where) {
    let type;
    try {
        type = JSON.parse(text)?.signed?._type;
    }
    catch {
        type = undefined;
    }
    if (type !== 'root')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: not TUF root metadata (root.json)`);
}
/**
 * `trusted_root.json` from a TUF repository, updated and checked by TUF
 * (signatures, thresholds, versions, expiry, the target's hash) and cached in
 * `cacheDir`, so a later run without network still verifies (`offline`).
 * Without a mirror it is the public-good instance's, starting from the root
 * @sigstore/tuf ships.
 */
async function tufTrustedRoot(source) {
    const mirror = source.mirror ?? PUBLIC_GOOD_TUF;
    if (source.mirror !== undefined && !/^https?:\/\/[^/]/.test(source.mirror)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`TUF mirror '${source.mirror}' is not an http(s) URL`);
    }
    const where = `TUF ${mirror} (cache ${source.cacheDir})`;
    let root;
    try {
        root = await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_1__.getTrustedRoot)({
            cachePath: source.cacheDir,
            mirrorURL: mirror,
            ...(source.rootFile ? { rootPath: source.rootFile } : {}),
            ...(source.offline ? { forceCache: true } : {}),
        });
    }
    catch (e) {
        // No root to start from is the caller's omission, not the mirror's failure.
        const Failure = e.code === 'TUF_INIT_CACHE_ERROR' ? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz : _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK;
        throw new Failure(`could not get the trusted root from ${where}: ${reason(e, mirror, source.offline)}`);
    }
    return checked(root, `trusted_root.json from ${where}`, _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK);
}
/** tuf-js's own words are in the cause; @sigstore/tuf wraps them in a generic message. */
function reason(e, mirror, offline) {
    const err = e;
    const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
    const said = `${err.message.split('\n')[0]}${cause}`;
    if (err.code === 'TUF_DOWNLOAD_TARGET_ERROR') {
        // @sigstore/tuf's own message names no target ("error downloading target undefined").
        return `trusted_root.json from TUF ${mirror} is not the one its signed metadata names${cause}`;
    }
    if (err.code === 'TUF_INIT_CACHE_ERROR') {
        return `${said}; give the mirror's initial root.json`;
    }
    if (offline) {
        return `${said}; offline, the cache must hold what an earlier run online fetched (or verify with a trusted root file)`;
    }
    return `${said}; a trusted root file verifies without TUF`;
}


/***/ })

};
