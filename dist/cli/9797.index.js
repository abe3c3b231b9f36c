export const id = 9797;
export const ids = [9797,7529,3786];
export const modules = {

/***/ 19797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vexTrust: () => (/* binding */ vexTrust)
/* harmony export */ });
/* unused harmony export identityMatcher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_identity_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97529);
/* harmony import */ var _sigstore_trusted_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3786);




/** The trust to verify VEX attestations with, or undefined when the caller gave none. */
async function vexTrust(inputs) {
    const { names } = inputs;
    const hasIdentity = Boolean(inputs.subject || inputs.issuer);
    if (inputs.key) {
        if (hasIdentity) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${names.key} and the ${names.subject}/${names.issuer} identity exclude each other`);
        }
        try {
            return { trust: { publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(inputs.key.text) } };
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${names.key}${inputs.key.where ? ` ${inputs.key.where}` : ''}: not a PEM public key`);
        }
    }
    if (!hasIdentity && !inputs.trustedRoot)
        return undefined;
    if (!inputs.subject || !inputs.issuer) {
        // A certificate from anyone the root trusts is no statement about who vouched for the VEX.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`keyless VEX attestations need both ${names.subject}[-regexp] and ${names.issuer}[-regexp]`);
    }
    const policy = { subject: inputs.subject, issuer: inputs.issuer };
    (0,_sigstore_identity_policy_js__WEBPACK_IMPORTED_MODULE_2__.validatePolicy)(policy, { subject: names.subjectRegexp, issuer: names.issuerRegexp });
    const trustedRoot = inputs.trustedRoot
        ? (0,_sigstore_trusted_root_js__WEBPACK_IMPORTED_MODULE_3__.parseTrustedRoot)(inputs.trustedRoot.text, inputs.trustedRoot.where)
        : await (0,_sigstore_trusted_root_js__WEBPACK_IMPORTED_MODULE_3__.tufTrustedRoot)(inputs.tuf);
    return { trust: { trustedRoot }, policy, requireTransparencyLog: !inputs.insecureIgnoreTlog };
}
/** `--x` or `--x-regexp`, never both. */
function identityMatcher(exact, pattern, name) {
    if (exact && pattern)
        throw new InputError(`${name} and ${name}-regexp exclude each other`);
    if (exact)
        return { exact };
    if (pattern)
        return { pattern };
    return undefined;
}


/***/ }),

/***/ 97529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   anchoredPattern: () => (/* binding */ anchoredPattern),
/* harmony export */   certificateIdentity: () => (/* binding */ certificateIdentity),
/* harmony export */   identityMismatch: () => (/* binding */ identityMismatch),
/* harmony export */   validatePolicy: () => (/* binding */ validatePolicy)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    triggerV1: '1.3.6.1.4.1.57264.1.2',
    shaV1: '1.3.6.1.4.1.57264.1.3',
    workflowV1: '1.3.6.1.4.1.57264.1.4',
    repositoryV1: '1.3.6.1.4.1.57264.1.5',
    refV1: '1.3.6.1.4.1.57264.1.6',
    issuer: '1.3.6.1.4.1.57264.1.8',
    sourceRepository: '1.3.6.1.4.1.57264.1.12',
    sourceDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRef: '1.3.6.1.4.1.57264.1.14',
    trigger: '1.3.6.1.4.1.57264.1.20',
};
/** Compiles a user's pattern anchored at both ends, so `…/release.yml` never matches `…/release.yml.evil`. */
function anchoredPattern(pattern, where) {
    try {
        return new RegExp(`^(?:${pattern})$`, 'u');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: not a regular expression: ${e.message}`);
    }
}
/** Checks every pattern of `policy` compiles; `names` maps matcher keys to the flag or input the user wrote. */
function validatePolicy(policy, names) {
    if (policy.subject && 'pattern' in policy.subject)
        anchoredPattern(policy.subject.pattern, names.subject);
    if (policy.issuer && 'pattern' in policy.issuer)
        anchoredPattern(policy.issuer.pattern, names.issuer);
}
function legacy(cert, oid) {
    return cert.extension(oid)?.value.toString('utf8');
}
/** Newer Fulcio extensions hold a DER UTF8String rather than raw bytes. */
function derString(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    try {
        return _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8');
    }
    catch {
        return undefined;
    }
}
function certificateIdentity(der) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der));
    const repositoryUrl = derString(cert, OID.sourceRepository);
    const github = {
        repository: legacy(cert, OID.repositoryV1) ?? repositoryUrl?.replace(/^https:\/\/[^/]+\//, ''),
        ref: legacy(cert, OID.refV1) ?? derString(cert, OID.sourceRef),
        workflow: legacy(cert, OID.workflowV1),
        trigger: legacy(cert, OID.triggerV1) ?? derString(cert, OID.trigger),
        sha: legacy(cert, OID.shaV1) ?? derString(cert, OID.sourceDigest),
    };
    const subject = cert.subjectAltName;
    const issuer = derString(cert, OID.issuer) ?? legacy(cert, OID.issuerV1);
    return {
        ...(subject ? { subject } : {}),
        ...(issuer ? { issuer } : {}),
        github: Object.fromEntries(Object.entries(github).filter(([, v]) => v !== undefined)),
    };
}
function matches(m, value) {
    if (value === undefined)
        return false;
    return 'exact' in m ? m.exact === value : anchoredPattern(m.pattern, 'pattern').test(value);
}
function describe(m) {
    return 'exact' in m ? JSON.stringify(m.exact) : `/^(?:${m.pattern})$/`;
}
/** Why `identity` fails `policy`, or undefined when it passes. */
function identityMismatch(policy, identity) {
    if (policy.issuer && !matches(policy.issuer, identity.issuer)) {
        return `issuer ${JSON.stringify(identity.issuer ?? '(none)')} does not match ${describe(policy.issuer)}`;
    }
    if (policy.subject && !matches(policy.subject, identity.subject)) {
        return `subject ${JSON.stringify(identity.subject ?? '(none)')} does not match ${describe(policy.subject)}`;
    }
    for (const [key, want] of Object.entries(policy.github ?? {})) {
        if (want === undefined)
            continue;
        const got = identity.github[key];
        if (got !== want) {
            return `GitHub ${key} ${JSON.stringify(got ?? '(none)')} in the certificate is not ${JSON.stringify(want)}`;
        }
    }
    return undefined;
}


/***/ }),

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
