export const id = 632;
export const ids = [632];
export const modules = {

/***/ 70632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vexTrust: () => (/* binding */ vexTrust)
});

// UNUSED EXPORTS: identityMatcher

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sigstore/identity-policy.ts
var identity_policy = __webpack_require__(97529);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
;// CONCATENATED MODULE: ./src/sigstore/trusted-root.ts



/** Reads a trusted root file (`cosign --trusted-root`, the offline Sigstore's `trusted_root.json`). */
function parseTrustedRoot(text, where) {
    let root;
    try {
        root = dist.TrustedRoot.fromJSON(JSON.parse(text));
    }
    catch (e) {
        throw new errors/* InputError */.dz(`${where}: not a Sigstore trusted root (${e.message})`);
    }
    if (!root.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new errors/* InputError */.dz(`${where}: mediaType must be application/vnd.dev.sigstore.trustedroot+json;version=0.1, got ${root.mediaType || '(none)'}`);
    }
    if (root.certificateAuthorities.length === 0) {
        throw new errors/* InputError */.dz(`${where}: certificateAuthorities is empty; nothing could be trusted`);
    }
    return root;
}
/**
 * The public-good instance's trusted root, updated through TUF and cached in
 * `cacheDir`, so a later run without network still verifies (forceCache).
 */
async function publicTrustedRoot(cacheDir, offline = false) {
    try {
        return await (0,tuf_dist.getTrustedRoot)({ cachePath: cacheDir, ...(offline ? { forceCache: true } : {}) });
    }
    catch (e) {
        throw new errors/* OperationError */.OK(`could not get Sigstore's trusted root through TUF (cache ${cacheDir}): ${e.message.split('\n')[0]}; pass --trusted-root FILE to verify offline`);
    }
}

;// CONCATENATED MODULE: ./src/scan/vex-trust.ts




/** The trust to verify VEX attestations with, or undefined when the caller gave none. */
async function vexTrust(inputs) {
    const { names } = inputs;
    const hasIdentity = Boolean(inputs.subject || inputs.issuer);
    if (inputs.key) {
        if (hasIdentity) {
            throw new errors/* InputError */.dz(`${names.key} and the ${names.subject}/${names.issuer} identity exclude each other`);
        }
        try {
            return { trust: { publicKey: (0,external_node_crypto_.createPublicKey)(inputs.key.text) } };
        }
        catch {
            throw new errors/* InputError */.dz(`${names.key}${inputs.key.where ? ` ${inputs.key.where}` : ''}: not a PEM public key`);
        }
    }
    if (!hasIdentity && !inputs.trustedRoot)
        return undefined;
    if (!inputs.subject || !inputs.issuer) {
        // A certificate from anyone the root trusts is no statement about who vouched for the VEX.
        throw new errors/* InputError */.dz(`keyless VEX attestations need both ${names.subject}[-regexp] and ${names.issuer}[-regexp]`);
    }
    const policy = { subject: inputs.subject, issuer: inputs.issuer };
    (0,identity_policy/* validatePolicy */.tE)(policy, { subject: names.subjectRegexp, issuer: names.issuerRegexp });
    const trustedRoot = inputs.trustedRoot
        ? parseTrustedRoot(inputs.trustedRoot.text, inputs.trustedRoot.where)
        : await publicTrustedRoot(inputs.tufCache, inputs.offline);
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


/***/ })

};
