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
    return checked(root, where, errors/* InputError */.dz);
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
        throw new InputError(`${where}: not TUF root metadata (root.json)`);
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
        throw new errors/* InputError */.dz(`TUF mirror '${source.mirror}' is not an http(s) URL`);
    }
    const where = `TUF ${mirror} (cache ${source.cacheDir})`;
    let root;
    try {
        root = await (0,tuf_dist.getTrustedRoot)({
            cachePath: source.cacheDir,
            mirrorURL: mirror,
            ...(source.rootFile ? { rootPath: source.rootFile } : {}),
            ...(source.offline ? { forceCache: true } : {}),
        });
    }
    catch (e) {
        // No root to start from is the caller's omission, not the mirror's failure.
        const Failure = e.code === 'TUF_INIT_CACHE_ERROR' ? errors/* InputError */.dz : errors/* OperationError */.OK;
        throw new Failure(`could not get the trusted root from ${where}: ${reason(e, mirror, source.offline)}`);
    }
    return checked(root, `trusted_root.json from ${where}`, errors/* OperationError */.OK);
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
        : await tufTrustedRoot(inputs.tuf);
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
