export const id = 5828;
export const ids = [5828];
export const modules = {

/***/ 25828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSigningConfig: () => (/* binding */ parseSigningConfig)
/* harmony export */ });
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** The newest service still valid now whose API version lading speaks, as sigstore-js and cosign choose. */
function pick(services, maxVersion, now) {
    return services
        .filter((s) => s.majorApiVersion <= maxVersion && (!s.validFor?.end || s.validFor.end >= now))
        .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0))[0];
}
/**
 * Reads a Sigstore signing config (`application/vnd.dev.sigstore.signingconfig.v0.2+json`,
 * as `cosign signing-config create` writes it). `where` names the file in messages.
 */
function parseSigningConfig(text, where, now = new Date()) {
    let config;
    try {
        config = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_0__.SigningConfig.fromJSON(JSON.parse(text));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: not a Sigstore signing config (${e.message})`);
    }
    if (!config.mediaType.startsWith('application/vnd.dev.sigstore.signingconfig.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: mediaType must be application/vnd.dev.sigstore.signingconfig.v0.2+json, got ${config.mediaType || '(none)'}`);
    }
    const ca = pick(config.caUrls, 1, now);
    const tlog = pick(config.rekorTlogUrls, 2, now);
    const tsa = pick(config.tsaUrls, 1, now);
    return {
        ...(ca ? { fulcioUrl: ca.url } : {}),
        ...(tlog ? { rekorUrl: tlog.url, rekorVersion: tlog.majorApiVersion } : {}),
        ...(tsa ? { tsaUrl: tsa.url } : {}),
    };
}


/***/ })

};
