export const id = 294;
export const ids = [294];
export const modules = {

/***/ 14294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   quickstartStep: () => (/* binding */ quickstartStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77967);
/* harmony import */ var _copy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30867);
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47519);
/* harmony import */ var _sbom_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17245);






/**
 * lading's main job on the embedded default, offline: build the example into
 * an OCI layout, carry it to a second layout, inspect what arrived, and write
 * its SBOM in both formats. Each later capability (scan, sign, attest, verify)
 * joins this chain.
 */
async function quickstartStep(options, reporter) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(options.workDir, { recursive: true, force: true });
    const built = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.workDir, 'built');
    const carried = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.workDir, 'carried');
    const build = await (0,_build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildStep */ .R)({
        dirs: [`${options.exampleDir}:/app`],
        output: `oci-dir:${built}:example`,
        platform: 'linux/amd64',
        created: options.created,
        cmd: ['node', '/app/server.js'],
        workingDir: '/app',
        labels: { 'org.opencontainers.image.title': 'lading example' },
        access: options.access,
    }, reporter);
    const copy = await (0,_copy_js__WEBPACK_IMPORTED_MODULE_3__/* .copyStep */ .K)({
        source: `oci-dir:${built}:example`,
        destination: `oci-dir:${carried}:example`,
        referrers: true,
        access: options.access,
    }, reporter);
    const inspect = await (0,_inspect_js__WEBPACK_IMPORTED_MODULE_4__/* .inspectStep */ .x)({ source: `oci-dir:${carried}:example`, access: options.access });
    const sbom = await (0,_sbom_js__WEBPACK_IMPORTED_MODULE_5__.sbomStep)({
        source: `oci-dir:${carried}:example`,
        defaultPlatform: { os: 'linux', architecture: 'amd64' },
        outputs: [
            { format: 'spdx-json', file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.workDir, 'example.spdx.json') },
            { format: 'cyclonedx-json', file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.workDir, 'example.cdx.json') },
        ],
        access: options.access,
        created: new Date(options.created * 1000),
        toolVersion: options.toolVersion,
    }, reporter);
    return { build, copy, inspect, sbom };
}


/***/ })

};
