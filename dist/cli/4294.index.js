export const id = 4294;
export const ids = [4294];
export const modules = {

/***/ 14294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QUICKSTART_FAIL_ON: () => (/* binding */ QUICKSTART_FAIL_ON),
/* harmony export */   quickstartStep: () => (/* binding */ quickstartStep)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_key_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13528);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29571);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15617);






/**
 * Severity at which the example's gate stops the release. `high`, as in the
 * release template: the example's real advisories (two medium ones against
 * follow-redirects 1.15.3) show up in the summary, and the release goes on.
 * `--fail-on medium` shows the other path: reports written, nothing signed.
 */
const QUICKSTART_FAIL_ON = 'high';
/**
 * lading's main job on the embedded default, offline: build the example into
 * an OCI layout, then release it there: SBOM, scan against the advisories the
 * repository ships, sign and attest with a key pair made for the run, verify.
 * Nothing touches the network: the image, its referrers, the key and the
 * advisory database all live under `workDir`.
 */
async function quickstartStep(options, reporter) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(options.workDir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(options.workDir, { recursive: true });
    const layout = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.workDir, 'layout');
    const build = await (0,_build_js__WEBPACK_IMPORTED_MODULE_4__.buildStep)({
        dirs: [`${options.exampleDir}:/app`],
        output: `oci-dir:${layout}:example`,
        platform: 'linux/amd64',
        created: options.created,
        cmd: ['node', '/app/server.js'],
        workingDir: '/app',
        labels: { 'org.opencontainers.image.title': 'lading example' },
        access: options.access,
    }, reporter);
    const keys = await makeKeyPair(options.workDir);
    const release = await (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.releaseStep)({
        image: `oci-dir:${layout}@${build.manifest.digest}`,
        access: options.access,
        defaultPlatform: { os: 'linux', architecture: 'amd64' },
        outputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.workDir, 'reports'),
        scan: {
            // A local directory as the OSV source: the database is filled from it, never from the network.
            db: {
                dir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.workDir, 'osv-db'),
                osvUrl: options.advisoriesDir,
                offline: false,
                onStale: 'warn',
            },
            failOn: options.failOn ?? QUICKSTART_FAIL_ON,
        },
        signing: { key: (0,_sigstore_key_file_js__WEBPACK_IMPORTED_MODULE_3__.openSigningKey)(keys.privateText, undefined, keys.privateKey), format: 'bundle' },
        now: options.now,
        toolVersion: options.toolVersion,
    }, reporter);
    return { build, release, keys: { privateKey: keys.privateKey, publicKey: keys.publicKey } };
}
/** ECDSA P-256, the key type cosign generates; PKCS#8 so both lading and cosign read it without a password. */
async function makeKeyPair(dir) {
    const pair = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const privateText = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const privateKey = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'quickstart.key');
    const publicKey = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'quickstart.pub');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(privateKey, privateText, { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(publicKey, pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    return { privateText, privateKey, publicKey };
}


/***/ })

};
