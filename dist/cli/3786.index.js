export const id = 3786;
export const ids = [3786];
export const modules = {

/***/ 3786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseTrustedRoot: () => (/* binding */ parseTrustedRoot),
/* harmony export */   publicTrustedRoot: () => (/* binding */ publicTrustedRoot)
/* harmony export */ });
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
    if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: mediaType must be application/vnd.dev.sigstore.trustedroot+json;version=0.1, got ${root.mediaType || '(none)'}`);
    }
    if (root.certificateAuthorities.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: certificateAuthorities is empty; nothing could be trusted`);
    }
    return root;
}
/**
 * The public-good instance's trusted root, updated through TUF and cached in
 * `cacheDir`, so a later run without network still verifies (forceCache).
 */
async function publicTrustedRoot(cacheDir, offline = false) {
    try {
        return await (0,_sigstore_tuf__WEBPACK_IMPORTED_MODULE_1__.getTrustedRoot)({ cachePath: cacheDir, ...(offline ? { forceCache: true } : {}) });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`could not get Sigstore's trusted root through TUF (cache ${cacheDir}): ${e.message.split('\n')[0]}; pass --trusted-root FILE to verify offline`);
    }
}


/***/ })

};
