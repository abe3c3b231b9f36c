export const id = 53;
export const ids = [53,741,869];
export const modules = {

/***/ 18456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 37742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 47714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 61040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var build_1 = __webpack_require__(18456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __webpack_require__(37742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __webpack_require__(47714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __webpack_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const protobuf_specs_1 = __webpack_require__(19654);
const bundle_1 = __webpack_require__(37742);
const validate_1 = __webpack_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const error_1 = __webpack_require__(47714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 85799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ pushBundleReferrer),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   O2: () => (/* binding */ cosignSignStatement),
/* harmony export */   j_: () => (/* binding */ bundleReferrerManifest),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   nc: () => (/* binding */ findBundles),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE)
/* harmony export */ });
/* unused harmony exports ANNOTATION_CONTENT, ANNOTATION_CREATED */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98269);
/* harmony import */ var _small_blob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98948);



// cosign 3's signature format: a Sigstore bundle v0.3 stored as an OCI 1.1
// referrer of the image, with the manifest layout, artifact type and
// annotations cosign writes, so that `cosign verify` finds and accepts it.
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const ANNOTATION_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/**
 * The in-toto Statement v1 that `cosign sign` signs for an image: the digest
 * alone as subject (no name, as cosign writes it) and an empty predicate.
 */
function cosignSignStatement(digest) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    return Buffer.from(JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ digest: { [algorithm]: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(digest) }, annotations: {} }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    }));
}
/** RFC 3339 to the second, as cosign stamps `org.opencontainers.image.created`. */
function createdStamp(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * Pushes `bundle` as a referrer of `subject` and returns the referrer's
 * descriptor. The store records it through the referrers API or the
 * `sha256-<hex>` fallback index, merging with whatever is already there.
 */
async function pushBundleReferrer(store, subject, bundle, options) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bytes.length, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes) };
    const config = {
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.mediaType,
        size: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.size,
        digest: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.digest,
    };
    // Independent uploads: one round trip instead of two on a distant registry.
    await Promise.all([store.pushBlob(config, Buffer.from('{}')), store.pushBlob(layer, bytes)]);
    const manifest = bundleReferrerManifest(subject, layer, {
        content: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
        ...options,
    });
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest);
}
/**
 * The referrer manifest cosign 3 writes around a bundle blob `layer` (signatures
 * and attestations alike): the empty config, the bundle as its one layer, and
 * the annotations cosign and `oras discover` read.
 */
function bundleReferrerManifest(subject, layer, options) {
    return {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociManifest,
        config: { mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.mediaType, size: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.size, digest: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_JSON */ .JO.digest },
        layers: [layer],
        annotations: {
            [ANNOTATION_CONTENT]: options.content,
            [ANNOTATION_PREDICATE_TYPE]: options.predicateType,
            [ANNOTATION_CREATED]: createdStamp(options.created),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    };
}
/**
 * Bundles among the referrers of `subject` whose predicate type is
 * `predicateType` (attestations of other types are left unread: cosign reads
 * every referrer, and pays for it). A bundle without the annotation is read too.
 */
async function findBundles(store, subject, predicateType = COSIGN_SIGN_PREDICATE) {
    const referrers = await store.referrers(subject, { artifactType: BUNDLE_MEDIA_TYPE });
    const wanted = referrers.filter((d) => {
        const p = d.annotations?.[ANNOTATION_PREDICATE_TYPE];
        return p === undefined || p === predicateType;
    });
    return Promise.all(wanted.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        const predicate = descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
        const base = { descriptor, ...(predicate ? { predicateType: predicate } : {}) };
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === BUNDLE_MEDIA_TYPE) : undefined;
            if (!layer)
                return { ...base, error: `${where}: no ${BUNDLE_MEDIA_TYPE} layer` };
            const bytes = await (0,_small_blob_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchSmallBlob */ .p)(store, layer, where);
            return { ...base, bundle: JSON.parse(bytes.toString('utf8')) };
        }
        catch (e) {
            return { ...base, error: `${where}: ${e.message.split('\n')[0]}` };
        }
    }));
}


/***/ }),

/***/ 98948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ fetchSmallBlob)
/* harmony export */ });
/* unused harmony export SMALL_BLOB_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** Signatures, bundles and payloads are small; a larger blob is refused before it is read. */
const SMALL_BLOB_LIMIT = 4 * 1024 * 1024;
/** Reads a small blob whole (digest-checked by the store). `where` names it in messages. */
async function fetchSmallBlob(store, descriptor, where) {
    if (descriptor.size > SMALL_BLOB_LIMIT) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${SMALL_BLOB_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(descriptor)) {
        total += c.length;
        if (total > SMALL_BLOB_LIMIT)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${where}: blob ${descriptor.digest} is over the size limit`);
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 50869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ chainProblem),
/* harmony export */   Op: () => (/* binding */ chainThumbprints),
/* harmony export */   certificatesFromPemText: () => (/* binding */ certificatesFromPemText),
/* harmony export */   xp: () => (/* binding */ jwsAlgorithmFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// The X.509 side of Notary Project signatures (notary.x509 scheme): reading
// PEM chains, the thumbprint annotation, and checking that a chain leads to
// a certificate of the trust store.
const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Every certificate of a PEM text, leaf first as files conventionally hold them. */
function certificatesFromPemText(text, where) {
    const blocks = text.match(PEM_CERT) ?? [];
    if (!blocks.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    return blocks.map((block, i) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: certificate ${i + 1} is not valid X.509: ${e.message}`);
        }
    });
}
/** `io.cncf.notary.x509chain.thumbprint#S256`: a JSON array of the chain's SHA-256 thumbprints in hex. */
function chainThumbprints(chain) {
    return JSON.stringify(chain.map((c) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(c.raw).digest('hex')));
}
/** The JWS algorithm Notary Project pairs with a key: PS256/384/512 for RSA, ES256/384/512 for EC. */
function jwsAlgorithmFor(key) {
    const details = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
        const bits = details?.modulusLength ?? 0;
        if (bits >= 4096)
            return 'PS512';
        if (bits >= 3072)
            return 'PS384';
        return 'PS256';
    }
    if (key.asymmetricKeyType === 'ec') {
        switch (details?.namedCurve) {
            case 'prime256v1':
                return 'ES256';
            case 'secp384r1':
                return 'ES384';
            case 'secp521r1':
                return 'ES512';
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Notary Project signatures take RSA or EC P-256/384/521 keys, not ${key.asymmetricKeyType}${details?.namedCurve ? ` ${details.namedCurve}` : ''}`);
}
/**
 * Why `chain` (leaf first) does not lead to a trust-store certificate at
 * `time`, or undefined when it does: each certificate is issued and signed by
 * the next, each is valid at `time`, and the last one is in the trust store or
 * signed by one that is.
 */
function chainProblem(chain, trustStore, time) {
    if (!chain.length)
        return 'the signature carries no certificate (x5c is empty)';
    for (const [i, cert] of chain.entries()) {
        const from = new Date(cert.validFrom);
        const to = new Date(cert.validTo);
        if (time < from || time > to) {
            return `certificate ${i} (${cert.subject.replaceAll('\n', ', ')}) is valid from ${from.toISOString()} to ${to.toISOString()}, not at ${time.toISOString()}`;
        }
        const next = chain[i + 1];
        if (next && !(cert.checkIssued(next) && cert.verify(next.publicKey))) {
            return `certificate ${i} is not issued by certificate ${i + 1} of the chain`;
        }
    }
    const last = chain[chain.length - 1];
    const anchored = trustStore.some((t) => t.fingerprint256 === last.fingerprint256 || (last.checkIssued(t) && last.verify(t.publicKey)));
    if (!anchored) {
        return `the chain ends at ${last.issuer.replaceAll('\n', ', ')}, which is not in the trust store`;
    }
    const leaf = chain[0];
    if (leaf.keyUsage && !leaf.keyUsage.includes('1.3.6.1.5.5.7.3.3')) {
        return 'the signing certificate is not for code signing (its extended key usage lacks codeSigning)';
    }
    return undefined;
}


/***/ }),

/***/ 51953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ NOTARY_PAYLOAD_TYPE),
/* harmony export */   GM: () => (/* binding */ signJws),
/* harmony export */   Gp: () => (/* binding */ EXPIRY),
/* harmony export */   cq: () => (/* binding */ SIGNING_SCHEME),
/* harmony export */   f9: () => (/* binding */ JWS_MEDIA_TYPE),
/* harmony export */   gt: () => (/* binding */ SIGNING_TIME),
/* harmony export */   xf: () => (/* binding */ jwsSignatureValid)
/* harmony export */ });
/* unused harmony export SIGNING_AGENT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50869);


// The JWS envelope of the Notary Project signature specification (flattened
// JSON serialization): a protected header naming the signing scheme and time,
// the payload `{targetArtifact}`, and the certificate chain in the
// unprotected `x5c`.
const JWS_MEDIA_TYPE = 'application/jose+json';
const NOTARY_PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
const SIGNING_TIME = 'io.cncf.notary.signingTime';
const EXPIRY = 'io.cncf.notary.expiry';
const SIGNING_AGENT = 'io.cncf.notary.signingAgent';
const b64url = (b) => Buffer.from(b).toString('base64url');
/** RFC 3339 with the local offset zeroed, to the second, as notation writes it. */
function rfc3339(date) {
    return `${date.toISOString().slice(0, 19)}Z`;
}
function signatureOptions(alg, key) {
    const hash = `sha${alg.slice(2)}`;
    if (alg.startsWith('PS')) {
        return {
            hash,
            key: { key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 },
        };
    }
    return { hash, key: { key, dsaEncoding: 'ieee-p1363' } };
}
/** Signs `{targetArtifact: target}` under the notary.x509 scheme with `key`, whose certificate leads `chain`. */
function signJws(target, key, chain, options) {
    const alg = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_1__/* .jwsAlgorithmFor */ .xp)(key);
    const header = {
        alg,
        crit: [SIGNING_SCHEME],
        cty: NOTARY_PAYLOAD_TYPE,
        [SIGNING_SCHEME]: 'notary.x509',
        [SIGNING_TIME]: rfc3339(options.signingTime),
    };
    const payload = {
        targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size },
    };
    const protectedPart = b64url(JSON.stringify(header));
    const payloadPart = b64url(JSON.stringify(payload));
    const o = signatureOptions(alg, key);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(o.hash, Buffer.from(`${protectedPart}.${payloadPart}`), o.key);
    return {
        payload: payloadPart,
        protected: protectedPart,
        header: { x5c: chain.map((c) => c.raw.toString('base64')), [SIGNING_AGENT]: options.agent },
        signature: b64url(signature),
    };
}
/** Whether the envelope's signature is `publicKey`'s over its protected header and payload, under `alg`. */
function jwsSignatureValid(envelope, alg, publicKey) {
    if (!/^(PS|ES)(256|384|512)$/.test(alg))
        return false;
    const o = signatureOptions(alg, publicKey);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(o.hash, Buffer.from(`${envelope.protected}.${envelope.payload}`), o.key, Buffer.from(envelope.signature, 'base64url'));
}


/***/ }),

/***/ 71741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NOTARY_SIGNATURE_TYPE: () => (/* binding */ NOTARY_SIGNATURE_TYPE),
/* harmony export */   THUMBPRINT_ANNOTATION: () => (/* binding */ THUMBPRINT_ANNOTATION),
/* harmony export */   findNotationSignatures: () => (/* binding */ findNotationSignatures),
/* harmony export */   notationIdentity: () => (/* binding */ notationIdentity),
/* harmony export */   pushNotationSignature: () => (/* binding */ pushNotationSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98269);
/* harmony import */ var _formats_small_blob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98948);
/* harmony import */ var _certificates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50869);
/* harmony import */ var _jws_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51953);







// Notation's signature artifact: an OCI image manifest whose config type is
// the notary signature type (notation 1.3 writes no artifactType; the
// referrers API derives it from the config), one JWS layer, the image as
// subject and the chain thumbprints as an annotation.
const NOTARY_SIGNATURE_TYPE = 'application/vnd.cncf.notary.signature';
const THUMBPRINT_ANNOTATION = 'io.cncf.notary.x509chain.thumbprint#S256';
/** Reads the PEM key and certificate (chain) files; the key must belong to the first certificate. */
function notationIdentity(keyPem, certPem, where) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keyPem);
    }
    catch {
        // The parser's message can quote the key's text; say only what was wrong.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where.key}: not a PEM private key (PKCS#1, PKCS#8 or SEC1, unencrypted)`);
    }
    const chain = (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__.certificatesFromPemText)(certPem, where.cert);
    if (!chain[0].checkPrivateKey(key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where.key}: does not belong to the first certificate of ${where.cert}`);
    }
    return { key, chain };
}
/** Signs `subject` and pushes the signature as its referrer; returns the signature manifest's descriptor. */
async function pushNotationSignature(store, subject, identity, options) {
    const envelope = (0,_jws_js__WEBPACK_IMPORTED_MODULE_6__/* .signJws */ .GM)(subject, identity.key, identity.chain, options);
    const bytes = Buffer.from(JSON.stringify(envelope));
    const layer = { mediaType: _jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9, size: bytes.length, digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes) };
    const configBytes = Buffer.from('{}');
    const config = {
        mediaType: NOTARY_SIGNATURE_TYPE,
        size: configBytes.length,
        digest: (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(configBytes),
    };
    await store.pushBlob(config, configBytes);
    await store.pushBlob(layer, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        annotations: {
            [THUMBPRINT_ANNOTATION]: (0,_certificates_js__WEBPACK_IMPORTED_MODULE_5__/* .chainThumbprints */ .Op)(identity.chain),
            'org.opencontainers.image.created': options.signingTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), _oci_mediatype_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.ociManifest);
}
async function findNotationSignatures(store, subject) {
    const referrers = await store.referrers(subject.digest, { artifactType: NOTARY_SIGNATURE_TYPE });
    return Promise.all(referrers.map(async (descriptor) => {
        const where = `${store.name}@${descriptor.digest}`;
        try {
            const { manifest } = await store.fetchManifest(descriptor);
            const layers = 'layers' in manifest ? manifest.layers : [];
            const layer = layers.find((l) => l.mediaType === _jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9);
            if (!layer) {
                return {
                    descriptor,
                    error: `envelope ${layers[0]?.mediaType ?? '(none)'} is not read; lading verifies ${_jws_js__WEBPACK_IMPORTED_MODULE_6__/* .JWS_MEDIA_TYPE */ .f9} only`,
                };
            }
            const envelope = JSON.parse((await (0,_formats_small_blob_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchSmallBlob */ .p)(store, layer, where)).toString('utf8'));
            return { descriptor, envelope };
        }
        catch (e) {
            return { descriptor, error: `unreadable: ${e.message.split('\n')[0]}` };
        }
    }));
}


/***/ }),

/***/ 29868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyStep: () => (/* binding */ verifyStep)
});

// EXTERNAL MODULE: ./src/attest/verifier.ts
var verifier = __webpack_require__(43275);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 7 modules
var oci_opener = __webpack_require__(55134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sigstore/notation/certificates.ts
var certificates = __webpack_require__(50869);
// EXTERNAL MODULE: ./src/sigstore/notation/jws.ts
var jws = __webpack_require__(51953);
// EXTERNAL MODULE: ./src/sigstore/notation/signature-manifest.ts
var signature_manifest = __webpack_require__(71741);
;// CONCATENATED MODULE: ./src/sigstore/notation/verifier.ts




class Rejected extends Error {
}
const KNOWN_CRITICAL = new Set([jws/* SIGNING_SCHEME */.cq, jws/* EXPIRY */.Gp]);
async function verifyNotationSignatures(store, subject, trustStore, now = new Date()) {
    const found = await (0,signature_manifest.findNotationSignatures)(store, subject);
    return found.map(({ descriptor, envelope, error }) => {
        const location = `${store.name}@${descriptor.digest}`;
        if (!envelope)
            return { format: 'notation', location, ok: false, reason: error ?? 'unreadable' };
        let signer;
        try {
            const chain = certificatesOf(envelope);
            signer = chain[0]?.subject.replaceAll('\n', ', ');
            checkEnvelope(envelope, chain, subject, trustStore, now);
            return {
                format: 'notation',
                location,
                ok: true,
                reason: `JWS signature by ${signer} verified against the trust store`,
                ...(signer ? { signer } : {}),
            };
        }
        catch (e) {
            return {
                format: 'notation',
                location,
                ok: false,
                reason: e instanceof Rejected ? e.message : `malformed signature: ${e.message}`,
                ...(signer ? { signer } : {}),
            };
        }
    });
}
function certificatesOf(envelope) {
    const x5c = envelope.header?.x5c;
    if (!Array.isArray(x5c) || !x5c.length)
        throw new Rejected('the unprotected header has no x5c chain');
    return x5c.map((c, i) => {
        try {
            return new external_node_crypto_.X509Certificate(Buffer.from(String(c), 'base64'));
        }
        catch {
            throw new Rejected(`x5c[${i}] is not an X.509 certificate`);
        }
    });
}
function decodeJson(part, name) {
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw new Rejected(`the ${name} is not base64url-encoded JSON`);
    }
}
function checkEnvelope(envelope, chain, subject, trustStore, now) {
    const header = decodeJson(envelope.protected, 'protected header');
    if (header.cty !== jws/* NOTARY_PAYLOAD_TYPE */.A8)
        throw new Rejected(`cty is ${String(header.cty)}, not ${jws/* NOTARY_PAYLOAD_TYPE */.A8}`);
    const scheme = header[jws/* SIGNING_SCHEME */.cq];
    if (scheme !== 'notary.x509') {
        throw new Rejected(`signing scheme ${String(scheme)} is not supported (notary.x509 only)`);
    }
    const crit = Array.isArray(header.crit) ? header.crit : [];
    if (!crit.includes(jws/* SIGNING_SCHEME */.cq))
        throw new Rejected(`crit does not list ${jws/* SIGNING_SCHEME */.cq}`);
    const unknown = crit.filter((c) => !KNOWN_CRITICAL.has(c));
    if (unknown.length)
        throw new Rejected(`unknown critical header ${unknown.join(', ')}`);
    const leaf = chain[0];
    if (!(0,jws/* jwsSignatureValid */.xf)(envelope, String(header.alg), leaf.publicKey)) {
        throw new Rejected('the signature does not match the signed content (tampered payload or header, or another certificate)');
    }
    const problem = (0,certificates/* chainProblem */.$d)(chain, trustStore, now);
    if (problem)
        throw new Rejected(problem);
    const expiry = header[jws/* EXPIRY */.Gp];
    if (expiry !== undefined && !(new Date(expiry) > now))
        throw new Rejected(`the signature expired at ${expiry}`);
    const signingTime = header[jws/* SIGNING_TIME */.gt];
    if (signingTime !== undefined && Number.isNaN(Date.parse(signingTime))) {
        throw new Rejected(`${jws/* SIGNING_TIME */.gt} is not a time: ${signingTime}`);
    }
    const payload = decodeJson(envelope.payload, 'payload');
    const target = payload.targetArtifact;
    if (target?.digest !== subject.digest) {
        throw new Rejected(`the signature is for ${String(target?.digest)}, not ${subject.digest}`);
    }
    if (target.size !== subject.size || target.mediaType !== subject.mediaType) {
        throw new Rejected(`the signed target is ${String(target.mediaType)} of ${String(target.size)} bytes, the image is ${subject.mediaType} of ${subject.size}`);
    }
}

// EXTERNAL MODULE: ./src/sigstore/verifier.ts
var sigstore_verifier = __webpack_require__(99798);
;// CONCATENATED MODULE: ./src/steps/verify.ts






/**
 * `lading verify`: judges every signature of the image. It returns the verdicts
 * whatever they are; the caller turns "none valid" into exit 1 or a failed job.
 */
async function verifyStep(options, reporter) {
    if (!options.trust && !options.notationTrustStore?.length) {
        throw new errors/* InputError */.dz('nothing to verify against: give a key, an identity, or Notation trust-store certificates');
    }
    if (options.trust && !('publicKey' in options.trust)) {
        const p = options.policy;
        if (!p?.subject || !p.issuer) {
            throw new errors/* InputError */.dz('keyless verification needs an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
        }
    }
    const location = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const root = await location.store.resolve(location.reference);
        if (!(0,digest/* isDigest */.Bc)(location.reference))
            reporter.debug(`${options.image} is ${root.digest}`);
        const cosign = options.trust
            ? await (0,sigstore_verifier/* verifyImageSignatures */.a$)(location.store, root, {
                trust: options.trust,
                ...(options.policy ? { policy: options.policy } : {}),
                ...(options.requireTransparencyLog !== undefined
                    ? { requireTransparencyLog: options.requireTransparencyLog }
                    : {}),
            })
            : { digest: root.digest, verified: false, signatures: [] };
        const notation = options.notationTrustStore?.length
            ? await verifyNotationSignatures(location.store, root, options.notationTrustStore)
            : [];
        const signatures = [...cosign.signatures, ...notation];
        const result = { digest: root.digest, verified: signatures.some((s) => s.ok), signatures };
        for (const s of result.signatures) {
            reporter.debug(`${s.ok ? 'valid' : 'invalid'} ${s.format} signature ${s.location}: ${s.reason}`);
        }
        if (!options.requireAttestations?.length)
            return { image: `${location.display}@${root.digest}`, ...result };
        const attestations = [];
        const trust = options.trust;
        if (!trust)
            throw new errors/* InputError */.dz('attestations are verified with a key or an identity, not Notation certificates');
        for (const requirement of options.requireAttestations) {
            // As cosign verify-attestation: the `.att` tag is read when no referrer satisfies the kind.
            const checked = await (0,verifier/* verifyAttestations */.rm)(location.store, root, requirement, {
                trust,
                ...(options.policy ? { policy: options.policy } : {}),
                ...(options.requireTransparencyLog !== undefined
                    ? { requireTransparencyLog: options.requireTransparencyLog }
                    : {}),
            }, { legacyAtt: true });
            for (const a of checked.attestations) {
                reporter.debug(`${a.ok ? 'valid' : 'invalid'} ${requirement.kind} attestation ${a.location}: ${a.reason}`);
            }
            attestations.push(checked);
        }
        return {
            image: `${location.display}@${root.digest}`,
            ...result,
            verified: result.verified && attestations.every((a) => a.satisfied),
            attestations,
        };
    }
    finally {
        await location.close();
    }
}


/***/ })

};
