export const id = 977;
export const ids = [977,180];
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

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.vw = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
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
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } });
var bundle_1 = __webpack_require__(37742);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } });
var error_1 = __webpack_require__(47714);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return error_1.ValidationError; } });
var serialized_1 = __webpack_require__(23404);
Object.defineProperty(exports, "vw", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } });
var validate_1 = __webpack_require__(9352);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundle; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return validate_1.isBundleV01; } });


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

/***/ 98269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports IMAGE_MANIFEST_TYPES, MANIFEST_TYPES, isIndexType, EMPTY_JSON */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const IMAGE_MANIFEST_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
const MANIFEST_TYPES = [...IMAGE_MANIFEST_TYPES, ...INDEX_TYPES];
/** The `Accept` header for manifest reads: every type lading understands. */
const MANIFEST_ACCEPT = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return MANIFEST_TYPES.includes(mediaType);
}
/** The empty JSON object `{}` that OCI 1.1 artifacts use as config. */
const EMPTY_JSON = {
    mediaType: MediaType.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
};


/***/ }),

/***/ 89977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachedVex: () => (/* binding */ attachedVex)
});

// UNUSED EXPORTS: OPENVEX_TYPES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/sigstore/bundle.ts




// The bundler runs the signer, then every witness, and packs what they return
// into one Sigstore bundle (v0.3: a single leaf certificate or a key hint).
// It is @sigstore/sign's BaseBundleBuilder, twenty lines, kept here so that a
// key signature loads neither that package nor the HTTP stack it brings
// (make-fetch-happen, proxy agents: over a megabyte, a third of `lading sign`'s
// start-up); witnesses and Fulcio load it themselves when they are used.
const bundle_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** A DSSE envelope over `payload`, witnessed. */
async function signDsse(payload, payloadType, signer, witnesses) {
    const bundle = await signPreEncoded(dsse.preAuthEncoding(payloadType, payload), payload, payloadType, {
        signer,
        witnesses,
    });
    return { bundle, json: bundleToJSON(bundle) };
}
/**
 * A DSSE envelope over `payload` whose pre-authentication encoding `pae` the
 * caller laid out already (attestations put a tens-of-MB statement in place
 * behind its header, so it is never copied). The bundle refers to `payload`.
 */
async function signPreEncoded(pae, payload, payloadType, by) {
    const bundle = await wrap(by.what ?? 'signing', async () => {
        const signature = await by.signer.sign(pae);
        return witness(toDSSEBundle({
            artifact: payload,
            artifactType: payloadType,
            signature: signature.signature,
            ...keyMaterial(signature),
            certificateChain: false,
        }), signature, by.witnesses);
    });
    // sigstore-go (cosign) skips a signature whose envelope keyid its verifier
    // does not know, so the key hint stays in verificationMaterial only, as
    // cosign writes it.
    for (const s of bundle.content.dsseEnvelope.signatures)
        s.keyid = '';
    return bundle;
}
/** A plain signature over `payload` (cosign's legacy format signs the simple-signing JSON this way), witnessed. */
async function signMessage(payload, signer, witnesses) {
    const bundle = await wrap('signing', async () => {
        const signature = await signer.sign(payload);
        return witness(toMessageSignatureBundle({
            digest: createHash('sha256').update(payload).digest(),
            signature: signature.signature,
            ...keyMaterial(signature),
            certificateChain: true,
        }), signature, witnesses);
    });
    return { bundle, json: bundleToJSON(bundle) };
}
function keyMaterial(signature) {
    return signature.key.$case === 'x509Certificate'
        ? { certificate: pem.toDER(signature.key.certificate) }
        : signature.key.hint !== undefined
            ? { keyHint: signature.key.hint }
            : {};
}
/** Every witness in parallel, each over the signed content; their entries and timestamps join the bundle. */
async function witness(bundle, signature, witnesses) {
    const key = signature.key.$case === 'publicKey' ? signature.key.publicKey : signature.key.certificate;
    const materials = await Promise.all(witnesses.map((w) => w.testify(bundle.content, key)));
    bundle.verificationMaterial.tlogEntries = materials.flatMap((m) => m.tlogEntries ?? []);
    bundle.verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: materials.flatMap((m) => m.rfc3161Timestamps ?? []),
    };
    return bundle;
}
/** sigstore-js throws its own InternalError; give it lading's exit code and keep the service's words. */
async function wrap(what, make) {
    try {
        return await make();
    }
    catch (e) {
        if (e instanceof OperationError)
            throw e;
        const err = e;
        const cause = err.cause instanceof Error ? `: ${err.cause.message.split('\n')[0]}` : '';
        throw new OperationError(`${what} failed${err.code ? ` (${err.code})` : ''}: ${err.message}${cause}`, {
            cause: e,
        });
    }
}

// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/sigstore/formats/small-blob.ts
var small_blob = __webpack_require__(98948);
;// CONCATENATED MODULE: ./src/sigstore/formats/cosign-legacy.ts





// cosign's original signature format, the one Harbor before 2.15 recognises:
// the tag `sha256-<hex>.sig` holds an image manifest whose layers are
// simple-signing payloads, one per signature, each signed in an annotation.
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const cosign_legacy_ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
const cosign_legacy_SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** `sha256:abc…` → `sha256-abc….sig`. */
function legacySignatureTag(digest) {
    return `${digest.slice(0, digest.indexOf(':'))}-${hexOf(digest)}.sig`;
}
/** The payload cosign signs: byte for byte what `cosign sign --new-bundle-format=false` writes. */
function simpleSigningPayload(repository, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: cosign_legacy_SIMPLE_SIGNING_TYPE,
        },
        optional: null,
    }));
}
/**
 * The annotations of a legacy signature made from a message-signature bundle:
 * the Rekor entry and the RFC 3161 timestamp are carried over in cosign's
 * own encodings.
 */
function legacySignatureFromBundle(payload, bundle) {
    if (bundle.content.$case !== 'messageSignature')
        throw new Error('a legacy signature needs a message signature');
    return {
        payload,
        signature: bundle.content.messageSignature.signature.toString('base64'),
        ...cosign_legacy_legacyMaterialFromBundle(bundle),
    };
}
/** A bundle's certificate, chain, first Rekor entry and first timestamp, as cosign's annotations carry them. */
function cosign_legacy_legacyMaterialFromBundle(bundle) {
    const material = bundle.verificationMaterial;
    const out = {};
    const content = material.content;
    if (content.$case === 'certificate')
        out.certificate = toPem(content.certificate.rawBytes);
    if (content.$case === 'x509CertificateChain') {
        const [leaf, ...rest] = content.x509CertificateChain.certificates;
        if (leaf)
            out.certificate = toPem(leaf.rawBytes);
        if (rest.length)
            out.chain = rest.map((c) => toPem(c.rawBytes)).join('');
    }
    const entry = material.tlogEntries[0];
    if (entry?.inclusionPromise) {
        out.rekorBundle = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString('base64'),
            Payload: {
                body: entry.canonicalizedBody.toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: entry.logId.keyId.toString('hex'),
            },
        });
    }
    const ts = material.timestampVerificationData?.rfc3161Timestamps[0];
    if (ts)
        out.timestamp = JSON.stringify({ SignedRFC3161Timestamp: ts.signedTimestamp.toString('base64') });
    return out;
}
function toPem(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
function annotationsOf(sig) {
    return { [cosign_legacy_ANNOTATION_SIGNATURE]: sig.signature, ...cosign_legacy_materialAnnotations(sig) };
}
/** The certificate, chain, Rekor entry and timestamp annotations, in cosign's encodings. */
function cosign_legacy_materialAnnotations(material) {
    return {
        ...(material.certificate ? { [ANNOTATION_CERTIFICATE]: material.certificate } : {}),
        ...(material.chain ? { [ANNOTATION_CHAIN]: material.chain } : {}),
        ...(material.rekorBundle ? { [ANNOTATION_BUNDLE]: material.rekorBundle } : {}),
        ...(material.timestamp ? { [ANNOTATION_TIMESTAMP]: material.timestamp } : {}),
    };
}
/** What a layer's annotations carry besides the signature; the inverse of materialAnnotations. */
function materialOfAnnotations(a) {
    const m = a ?? {};
    return {
        ...(m[ANNOTATION_CERTIFICATE] ? { certificate: m[ANNOTATION_CERTIFICATE] } : {}),
        ...(m[ANNOTATION_CHAIN] ? { chain: m[ANNOTATION_CHAIN] } : {}),
        ...(m[ANNOTATION_BUNDLE] ? { rekorBundle: m[ANNOTATION_BUNDLE] } : {}),
        ...(m[ANNOTATION_TIMESTAMP] ? { timestamp: m[ANNOTATION_TIMESTAMP] } : {}),
    };
}
/** The image manifest at `tag` and its descriptor; undefined when the tag does not exist. */
async function legacyManifest(store, tag) {
    let descriptor;
    try {
        descriptor = await store.resolve(tag);
    }
    catch (e) {
        if (e instanceof errors/* NotFoundError */.m_)
            return undefined;
        throw e;
    }
    const { manifest } = await store.fetchManifest(descriptor);
    return 'layers' in manifest ? { descriptor, manifest } : undefined;
}
/**
 * Adds `layer` to the image manifest at `tag` (cosign's `.sig` and `.att`
 * tags alike), keeping every layer already there: another signer's, cosign's,
 * an earlier run's. When a layer already there is `same` as this one nothing
 * is written. The blob goes first and the manifest, pushed last, is the commit
 * point; `content` is called only when the blob is pushed, so a large layer
 * can be streamed.
 */
async function cosign_legacy_appendLegacyLayer(store, tag, layer, content, same = (l) => l.digest === layer.digest) {
    const previous = await legacyManifest(store, tag);
    const layers = previous?.manifest.layers ?? [];
    if (previous && layers.some(same))
        return previous.descriptor;
    await store.pushBlob(layer, content());
    const all = [...layers, layer];
    // An image config like the one go-containerregistry's mutate.Append gives an empty base.
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: all.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: all.map((l) => l.digest) },
        config: {},
    }));
    const configDescriptor = {
        mediaType: MediaType.ociConfig,
        size: config.length,
        digest: digestOf(config),
    };
    await store.pushBlob(configDescriptor, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: configDescriptor,
        layers: all,
    };
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest, tag);
}
/**
 * Adds `signature` to the `.sig` manifest of `subject`, keeping every
 * signature already there (another signer's, or an earlier run's). Signing the
 * same payload with the same signature twice changes nothing.
 */
async function pushLegacySignature(store, subject, signature) {
    const layer = {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        size: signature.payload.length,
        digest: digestOf(signature.payload),
        annotations: annotationsOf(signature),
    };
    return cosign_legacy_appendLegacyLayer(store, legacySignatureTag(subject), layer, () => signature.payload, (l) => l.digest === layer.digest && l.annotations?.[cosign_legacy_ANNOTATION_SIGNATURE] === signature.signature);
}
/** Every signature in the `.sig` manifest of `subject`; none when the tag does not exist. */
async function cosign_legacy_findLegacySignatures(store, subject) {
    const tag = legacySignatureTag(subject);
    const found = await legacyManifest(store, tag);
    if (!found)
        return [];
    const { descriptor } = found;
    return Promise.all(found.manifest.layers
        .filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE)
        .map(async (layer) => {
        const where = `${store.name}:${tag} layer ${layer.digest}`;
        const sig = layer.annotations?.[cosign_legacy_ANNOTATION_SIGNATURE];
        if (!sig)
            return { manifest: descriptor, layer, error: `${where}: no ${cosign_legacy_ANNOTATION_SIGNATURE} annotation` };
        try {
            const payload = await fetchSmallBlob(store, layer, where);
            return {
                manifest: descriptor,
                layer,
                signature: { payload, signature: sig, ...materialOfAnnotations(layer.annotations) },
            };
        }
        catch (e) {
            return { manifest: descriptor, layer, error: `${where}: ${e.message.split('\n')[0]}` };
        }
    }));
}
/** Parses a PEM certificate (or chain) into DER blobs; throws on anything else. */
function certificatesFromPem(pem) {
    const out = [];
    for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
        const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
        core_dist.X509Certificate.parse(der);
        out.push(der);
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/attest/json-scan.ts
// A JSON syntax check that allocates nothing per value: an SBOM of tens of MB
// parsed with JSON.parse costs several times its size in objects, and
// attesting it must stay within a few copies of the file. Only the top-level
// object's members are kept: string values decoded, others as null.
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
class json_scan_JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
    }
}
/**
 * Checks that `buf` is one JSON value (RFC 8259) and returns the top-level
 * members when it is an object, or undefined when it is another kind of value.
 */
function json_scan_scanJson(buf) {
    const n = buf.length;
    let i = 0;
    const stack = [];
    const top = new Map();
    let topKey = '';
    let isObject = false;
    const fail = (what) => {
        throw new json_scan_JsonSyntaxError(i >= n ? `unexpected end of input (${what})` : what, i);
    };
    const ws = () => {
        while (i < n && WS.has(buf[i]))
            i++;
    };
    // Returns where the string began; it ends at `i`. (A [start, end] pair per
    // string was an allocation per value, megabytes of young garbage per SBOM.)
    const string = () => {
        if (buf[i] !== 0x22)
            fail('expected a string');
        const start = i++;
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = buf[i];
            if (c === 0x22) {
                i++;
                return start;
            }
            if (c < 0x20)
                fail('control character in a string');
            if (c === 0x5c) {
                const e = buf[i + 1];
                if (e === 0x75) {
                    for (let k = 2; k < 6; k++) {
                        const h = buf[i + k];
                        if (!((h >= 0x30 && h <= 0x39) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66)))
                            fail('bad \\u escape');
                    }
                    i += 6;
                }
                else if (ESCAPES.has(e))
                    i += 2;
                else
                    fail('bad escape');
            }
            else
                i++;
        }
    };
    const digits = () => {
        const s = i;
        while (i < n && buf[i] >= 0x30 && buf[i] <= 0x39)
            i++;
        if (i === s)
            fail('expected a digit');
    };
    const number = () => {
        if (buf[i] === 0x2d)
            i++;
        if (buf[i] === 0x30)
            i++;
        else
            digits();
        if (buf[i] === 0x2e) {
            i++;
            digits();
        }
        if (buf[i] === 0x65 || buf[i] === 0x45) {
            i++;
            if (buf[i] === 0x2b || buf[i] === 0x2d)
                i++;
            digits();
        }
    };
    const literal = (word) => {
        for (let k = 0; k < word.length; k++)
            if (buf[i + k] !== word.charCodeAt(k))
                fail('unexpected character');
        i += word.length;
    };
    const decode = (s, e) => JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8'));
    const key = () => {
        ws();
        const s = string();
        if (stack.length === 1)
            topKey = decode(s, i);
        ws();
        if (buf[i] !== 0x3a)
            fail("expected ':'");
        i++;
    };
    for (;;) {
        // A value is expected here.
        ws();
        const c = buf[i];
        const atTop = stack.length === 1 && isObject;
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (stack.length === 0 && c === OPEN_OBJECT)
                isObject = true;
            if (atTop)
                top.set(topKey, null);
            i++;
            ws();
            if (buf[i] === (c === OPEN_OBJECT ? 0x7d : 0x5d))
                i++;
            else {
                stack.push(c);
                if (c === OPEN_OBJECT)
                    key();
                continue;
            }
        }
        else if (c === 0x22) {
            const s = string();
            if (atTop)
                top.set(topKey, decode(s, i));
        }
        else {
            if (c === 0x74)
                literal('true');
            else if (c === 0x66)
                literal('false');
            else if (c === 0x6e)
                literal('null');
            else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
                number();
            else
                fail('expected a value');
            if (atTop)
                top.set(topKey, null);
        }
        // After a value: close containers, or move to the next member.
        for (;;) {
            ws();
            const open = stack.at(-1);
            if (open === undefined) {
                if (i !== n)
                    fail('unexpected data after the JSON value');
                return isObject ? top : undefined;
            }
            const d = buf[i];
            if (d === 0x2c) {
                i++;
                if (open === OPEN_OBJECT)
                    key();
                break;
            }
            if (d === (open === OPEN_OBJECT ? 0x7d : 0x5d)) {
                i++;
                stack.pop();
                continue;
            }
            fail(open === OPEN_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
}

;// CONCATENATED MODULE: ./src/attest/predicates.ts



// The predicate kinds `lading attest --type` takes, named as cosign names them
// (`cosign attest --type`), with the predicate type URI each is recorded under.
const PREDICATE_KINDS = (/* unused pure expression or super */ null && (['slsaprovenance1', 'spdxjson', 'cyclonedx', 'vuln', 'openvex']));
const PREDICATE_TYPES = {
    slsaprovenance1: 'https://slsa.dev/provenance/v1',
    spdxjson: 'https://spdx.dev/Document',
    cyclonedx: 'https://cyclonedx.org/bom',
    vuln: 'https://cosign.sigstore.dev/attestation/vuln/v1',
    // cosign records (and `verify-attestation --type openvex` looks for) the bare namespace.
    openvex: 'https://openvex.dev/ns',
};
/** Other URIs found in the wild for the same kind (OpenVEX's versioned namespace). */
const ALSO_ACCEPTED = {
    openvex: ['https://openvex.dev/ns/v0.2.0'],
};
/** Every predicate type URI that counts as `kind` when reading attestations. */
function predicates_predicateTypesOf(kind) {
    return [PREDICATE_TYPES[kind], ...(ALSO_ACCEPTED[kind] ?? [])];
}
/**
 * The largest predicate lading attests: 64 MiB. Its DSSE bundle (base64, so a
 * third larger) still fits the blob limits of every registry lading was tried
 * against, and the whole stays within a few copies in memory.
 */
const PREDICATE_SIZE_LIMIT = 64 * 1024 * 1024;
function parsePredicateKind(text, where = '--type') {
    if (PREDICATE_KINDS.includes(text))
        return text;
    throw new InputError(`${where}: must be one of ${PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(text)}`);
}
/** The predicate file's size, refused above the limit before anything is read. */
async function predicateFileSize(path, where) {
    let size;
    try {
        const info = await stat(path);
        if (!info.isFile())
            throw new InputError(`${where}: not a file`);
        size = info.size;
    }
    catch (e) {
        if (e instanceof InputError)
            throw e;
        const code = e.code;
        throw new InputError(`${where}: ${code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    if (size > PREDICATE_SIZE_LIMIT) {
        throw new InputError(`${where}: the predicate is ${size} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`);
    }
    return size;
}
/**
 * Reads a predicate file into `target` (exactly its size: the caller sized it
 * with predicateFileSize) and checks it is of `kind`. Reading in place lets the
 * caller put the predicate where the signed statement needs it, with no copy.
 */
async function readPredicateInto(path, target, kind, where) {
    const file = await open(path, 'r');
    try {
        let at = 0;
        while (at < target.length) {
            const { bytesRead } = await file.read(target, at, target.length - at, at);
            if (bytesRead === 0)
                break;
            at += bytesRead;
        }
        const { bytesRead: more } = await file.read(Buffer.alloc(1), 0, 1, at);
        if (at !== target.length || more !== 0)
            throw new InputError(`${where}: the file changed size while being read`);
    }
    finally {
        await file.close();
    }
    checkPredicate(target, kind, where);
}
/** Reads a predicate file whole (refusing it above the limit before reading) and checks it is of `kind`. */
async function readPredicate(path, kind, where) {
    const target = Buffer.allocUnsafe(await predicateFileSize(path, where));
    await readPredicateInto(path, target, kind, where);
    return target;
}
/**
 * Checks that `bytes` is one JSON object of the declared kind. The syntax check
 * does not build the document; the kinds that are small by nature (provenance,
 * vulnerability scan, VEX) are then parsed to check their shape.
 */
function checkPredicate(bytes, kind, where) {
    if (bytes.length > PREDICATE_SIZE_LIMIT) {
        throw new InputError(`${where}: the predicate is ${bytes.length} bytes, over the ${PREDICATE_SIZE_LIMIT}-byte (64 MiB) limit`);
    }
    let top;
    try {
        top = scanJson(bytes);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new InputError(`${where}: not JSON: ${e.message}`);
        throw e;
    }
    if (!top)
        throw new InputError(`${where}: the predicate must be a JSON object`);
    const not = (why) => new InputError(`${where}: not ${DESCRIPTIONS[kind]}: ${why}`);
    switch (kind) {
        case 'spdxjson': {
            const v = top.get('spdxVersion');
            if (typeof v !== 'string' || !v.startsWith('SPDX-'))
                throw not(`"spdxVersion" is ${show(v)}, expected "SPDX-2.x"`);
            return;
        }
        case 'cyclonedx': {
            const v = top.get('bomFormat');
            if (v !== 'CycloneDX')
                throw not(`"bomFormat" is ${show(v)}, expected "CycloneDX"`);
            return;
        }
        default:
            break;
    }
    const doc = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
    const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
    switch (kind) {
        case 'slsaprovenance1': {
            const def = obj(doc.buildDefinition);
            if (!def)
                throw not('no "buildDefinition" object');
            if (typeof def.buildType !== 'string')
                throw not('"buildDefinition.buildType" is missing');
            const builder = obj(obj(doc.runDetails)?.builder);
            if (typeof builder?.id !== 'string')
                throw not('"runDetails.builder.id" is missing');
            return;
        }
        case 'vuln': {
            const scanner = obj(doc.scanner);
            if (!scanner)
                throw not('no "scanner" object');
            if (typeof scanner.uri !== 'string')
                throw not('"scanner.uri" is missing');
            const metadata = obj(doc.metadata);
            if (!metadata)
                throw not('no "metadata" object (scanStartedOn, scanFinishedOn)');
            for (const f of ['scanStartedOn', 'scanFinishedOn']) {
                const t = metadata[f];
                if (typeof t !== 'string' || !RFC3339.test(t))
                    throw not(`"metadata.${f}" is ${show(t)}, expected an RFC 3339 time`);
            }
            return;
        }
        case 'openvex': {
            const context = doc['@context'];
            if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
                throw not(`"@context" is ${show(context)}, expected "https://openvex.dev/ns/v0.2.0"`);
            if (!Array.isArray(doc.statements))
                throw not('"statements" is not a list');
            return;
        }
    }
}
const DESCRIPTIONS = {
    slsaprovenance1: 'SLSA provenance v1',
    spdxjson: 'an SPDX JSON document',
    cyclonedx: 'a CycloneDX JSON BOM',
    vuln: 'a cosign vulnerability scan predicate',
    openvex: 'an OpenVEX document',
};
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
function show(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return 'not a string';
    return JSON.stringify(v);
}

;// CONCATENATED MODULE: ./src/attest/legacy-att.ts







// The attestation format cosign wrote before bundles (and still writes with
// --new-bundle-format=false): the tag `sha256-<hex>.att` holds an image
// manifest whose layers are DSSE envelopes, one per attestation, with the
// verification material in cosign's annotations. cosign 3's
// verify-attestation still reads it, and older verifiers read nothing else.
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
/** cosign names the predicate type in a bare `predicateType` annotation. */
const ANNOTATION_LEGACY_PREDICATE_TYPE = 'predicateType';
/** `sha256:abc…` → `sha256-abc….att`. */
function legacyAttestationTag(digest) {
    return `${digest.slice(0, digest.indexOf(':'))}-${(0,oci_digest/* hexOf */.ZD)(digest)}.att`;
}
/** 3 × 256 KiB: a multiple of 3, so each chunk encodes to base64 without padding. */
const CHUNK = (/* unused pure expression or super */ null && (3 * 256 * 1024));
/**
 * The DSSE envelope as cosign serialises it (Go's field order, the empty keyid
 * left out), its base64 payload encoded chunk by chunk so a tens-of-MB
 * statement is never held as one string.
 */
function envelopeChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new OperationError('not a DSSE bundle');
    const { payload, signatures } = bundle.content.dsseEnvelope;
    const head = Buffer.from('{"payload":"');
    const tail = Buffer.from(`","payloadType":${JSON.stringify(IN_TOTO_PAYLOAD_TYPE)},"signatures":${JSON.stringify(signatures.map((s) => s.keyid ? { keyid: s.keyid, sig: s.sig.toString('base64') } : { sig: s.sig.toString('base64') }))}}`);
    return {
        size: head.length + 4 * Math.ceil(payload.length / 3) + tail.length,
        *chunks() {
            yield head;
            for (let i = 0; i < payload.length; i += CHUNK) {
                yield Buffer.from(payload.subarray(i, i + CHUNK).toString('base64'));
            }
            yield tail;
        },
    };
}
/**
 * The layer annotations: the signature itself lives in the envelope, so its
 * annotation is empty, as cosign leaves it; the certificate, Rekor entry and
 * timestamp are carried in the same encodings as for a legacy signature.
 */
function legacyAttestationAnnotations(bundle, predicateType) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new OperationError('not a DSSE bundle');
    return {
        [ANNOTATION_SIGNATURE]: '',
        ...materialAnnotations(legacyMaterialFromBundle(bundle)),
        [ANNOTATION_LEGACY_PREDICATE_TYPE]: predicateType,
    };
}
/**
 * Appends the attestation to the `.att` manifest of `subject`, keeping every
 * attestation already there (cosign's, another run's). The same envelope
 * twice changes nothing. The manifest, pushed last, is the commit point.
 */
async function pushLegacyAttestation(store, subject, bundle, predicateType) {
    const { size, chunks } = envelopeChunks(bundle);
    const hash = createHash('sha256');
    for (const c of chunks())
        hash.update(c);
    const layer = {
        mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
        size,
        digest: `sha256:${hash.digest('hex')}`,
        annotations: legacyAttestationAnnotations(bundle, predicateType),
    };
    return appendLegacyLayer(store, legacyAttestationTag(subject), layer, () => Readable.from(chunks(), { objectMode: false }));
}
/** An envelope over the largest predicate: base64 adds a third, the envelope (or bundle) a little more. */
const ENVELOPE_LIMIT = Math.ceil((PREDICATE_SIZE_LIMIT * 4) / 3) + 1024 * 1024;
/**
 * The attestations in the `.att` manifest of `subject` whose predicateType
 * annotation is one of `predicateTypes`, each envelope read; none when the tag
 * does not exist. Other layers are not read at all: an SBOM of tens of MB is
 * not fetched to look for a VEX document.
 */
async function legacy_att_findLegacyAttestations(store, subject, predicateTypes) {
    const tag = legacyAttestationTag(subject);
    const found = await legacyManifest(store, tag);
    if (!found)
        return [];
    const out = [];
    for (const layer of found.manifest.layers) {
        const predicateType = layer.annotations?.[ANNOTATION_LEGACY_PREDICATE_TYPE];
        if (layer.mediaType !== DSSE_ENVELOPE_MEDIA_TYPE ||
            predicateType === undefined ||
            !predicateTypes.includes(predicateType))
            continue;
        const base = {
            tag,
            manifest: found.descriptor,
            layer,
            predicateType,
            material: materialOfAnnotations(layer.annotations),
        };
        try {
            out.push({ ...base, envelope: JSON.parse((await readEnvelope(store, layer)).toString('utf8')) });
        }
        catch (e) {
            const why = e instanceof SyntaxError ? 'the DSSE envelope is not JSON' : e.message;
            out.push({ ...base, error: `${store.name}:${tag} layer ${layer.digest}: ${why.split('\n')[0]}` });
        }
    }
    return out;
}
async function readEnvelope(store, layer) {
    if (layer.size > ENVELOPE_LIMIT)
        throw new errors/* IntegrityError */.cs(`the envelope is ${layer.size} bytes, over the ${ENVELOPE_LIMIT}-byte limit`);
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > ENVELOPE_LIMIT)
            throw new errors/* IntegrityError */.cs('the envelope is over the size limit');
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/attest/statement.ts

// in-toto Statements: lading writes v1; it reads v1 and v0.1 (what
// `cosign attest` still writes), which differ only in `_type`.
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
/** One subject per digest, all named after the repository (as actions/attest and cosign name them). */
function imageSubjects(name, digests) {
    const seen = new Set();
    const out = [];
    for (const d of digests) {
        if (seen.has(d))
            continue;
        seen.add(d);
        out.push({ name, digest: { [algorithmOf(d)]: hexOf(d) } });
    }
    return out;
}
/**
 * The bytes around the predicate: a Statement is written as `prefix`, the
 * predicate file's own bytes, `suffix`, so a tens-of-MB SBOM is never parsed
 * and re-serialised (which would cost several copies of it).
 */
function statementFrame(subjects, predicateType) {
    const head = JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType });
    return { prefix: Buffer.from(`${head.slice(0, -1)},"predicate":`), suffix: Buffer.from('}') };
}
/** A whole Statement over a predicate already in memory (provenance, tests). */
function buildStatement(subjects, predicateType, predicate) {
    return Buffer.from(JSON.stringify({ _type: STATEMENT_V1, subject: subjects, predicateType, predicate }));
}
/** Parses a DSSE payload as an in-toto Statement; the error says what is wrong with it. */
function parseStatement(payload) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Error('the signed payload is not JSON');
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new Error('the signed payload is not a JSON object');
    }
    const s = doc;
    if (s._type !== STATEMENT_V1 && s._type !== STATEMENT_V01) {
        throw new Error(`_type is ${JSON.stringify(s._type)}, not an in-toto Statement (v1 or v0.1)`);
    }
    if (typeof s.predicateType !== 'string')
        throw new Error('the statement has no predicateType');
    if (!Array.isArray(s.subject))
        throw new Error('the statement has no subject list');
    const subjects = [];
    for (const sub of s.subject) {
        const o = (sub ?? {});
        if (typeof o.digest !== 'object' || o.digest === null)
            continue;
        const digest = Object.fromEntries(Object.entries(o.digest).filter(([, v]) => typeof v === 'string'));
        subjects.push({ name: typeof o.name === 'string' ? o.name : '', digest });
    }
    return { type: s._type, subjects, predicateType: s.predicateType, predicate: s.predicate };
}
/** Whether `digest` is among the statement's subjects. */
function namesDigest(subjects, digest) {
    const algorithm = (0,oci_digest/* algorithmOf */.Hy)(digest);
    const hex = (0,oci_digest/* hexOf */.ZD)(digest);
    return subjects.some((s) => s.digest[algorithm] === hex);
}
/** The subjects' digests, for messages. */
function subjectDigests(subjects) {
    return subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h}`));
}

// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/sigstore/identity-policy.ts
var identity_policy = __webpack_require__(97529);
;// CONCATENATED MODULE: ./src/sigstore/verifier.ts









/** A signature or attestation refused, with the reason a user reads. */
class Rejected extends Error {
}
/** Bundles among the referrers of `digest` and the signatures under its `.sig` tag, looked up together. */
async function findImageSignatures(store, digest) {
    const [bundles, legacy] = await Promise.all([
        findBundles(store, digest),
        findLegacySignatures(store, digest),
    ]);
    return { bundles, legacy };
}
/**
 * Verifies every signature of `subject` found in `store`. `found` is the
 * lookup when the caller started it early (findImageSignatures).
 */
async function verifyImageSignatures(store, subject, options, found = findImageSignatures(store, subject.digest)) {
    const { bundles, legacy } = await found;
    let manifestBytes;
    const subjectBytes = async () => {
        manifestBytes ??= (await store.fetchManifest(subject)).bytes;
        return manifestBytes;
    };
    const verdicts = [];
    for (const one of bundles) {
        const location = `${store.name}@${one.descriptor.digest}`;
        if (one.error || one.bundle === undefined) {
            verdicts.push({ format: 'bundle', location, ok: false, reason: one.error ?? 'unreadable bundle' });
            continue;
        }
        verdicts.push(await judge('bundle', location, options, async () => {
            let bundle;
            try {
                bundle = bundleFromJSON(one.bundle);
            }
            catch (e) {
                throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
            }
            const artifact = bundle.content.$case === 'messageSignature' ? await subjectBytes() : undefined;
            return { bundle, artifact, bindsTo: (b) => checkBundleSubject(b, subject.digest) };
        }));
    }
    for (const one of legacy) {
        const location = `${store.name}:${one.manifest.digest} layer ${one.layer.digest}`;
        if (one.error || !one.signature) {
            verdicts.push({ format: 'legacy', location, ok: false, reason: one.error ?? 'unreadable signature' });
            continue;
        }
        const sig = one.signature;
        verdicts.push(await judge('legacy', location, options, async () => ({
            bundle: legacyBundle(sig),
            artifact: sig.payload,
            bindsTo: () => checkSimpleSigning(sig.payload, subject.digest),
        })));
    }
    return { digest: subject.digest, verified: verdicts.some((v) => v.ok), signatures: verdicts };
}
async function judge(format, location, options, prepare) {
    const seen = {};
    try {
        const { bundle, artifact, bindsTo } = await prepare();
        await verifyBundleSignature(bundle, artifact, options, seen);
        bindsTo(bundle);
        const { identity, transparencyLog } = seen;
        if (!identity)
            return { format, location, ok: true, reason: 'signature verified with the public key' };
        checkIdentityPolicy(options, identity);
        return {
            format,
            location,
            ok: true,
            reason: `certificate for ${identity.subject ?? '(no subject)'} from ${identity.issuer ?? '(no issuer)'} verified against the trusted root`,
            identity,
            ...(transparencyLog?.length ? { transparencyLog } : {}),
        };
    }
    catch (e) {
        return {
            format,
            location,
            ok: false,
            reason: rejectionReason(e),
            ...(seen.identity ? { identity: seen.identity } : {}),
            ...(seen.transparencyLog?.length ? { transparencyLog: seen.transparencyLog } : {}),
        };
    }
}
/**
 * Checks one bundle's signature, as cosign does: with a public key the
 * signature alone; with a trusted root the Fulcio certificate, a trusted time
 * and the transparency log (the identity policy is the caller's next step,
 * checkIdentityPolicy). `artifact` is what a message signature signs. Throws
 * on refusal; `seen` gets the certificate's identity and log entries as they
 * are read.
 */
async function verifyBundleSignature(bundle, artifact, options, seen = {}) {
    if ('publicKey' in options.trust) {
        verifyWithKey(bundle, artifact, options.trust.publicKey);
        return;
    }
    // Certificates, logs and timestamps need sigstore-js's verifier, loaded
    // only here: it is most of a key verification's start-up otherwise.
    const sigstore = await __webpack_require__.e(/* import() */ 187).then(__webpack_require__.bind(__webpack_require__, 54187));
    const entity = sigstore.toSignedEntity(bundle, artifact);
    if (entity.key.$case !== 'certificate') {
        throw new Rejected('signed with a key, not a certificate: verify it with --key');
    }
    seen.identity = (0,identity_policy/* certificateIdentity */.Wb)(certDer(bundle));
    verifyWithRoot(sigstore, entity, options);
    seen.transparencyLog = entity.tlogEntries.map((e) => e.logIndex);
}
/** The identity policy on a verified certificate's identity; throws Rejected naming what differs. */
function checkIdentityPolicy(options, identity) {
    const mismatch = options.policy ? (0,identity_policy/* identityMismatch */.tx)(options.policy, identity) : undefined;
    if (mismatch)
        throw new Rejected(`identity policy: ${mismatch}`);
}
function certDer(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'certificate')
        return content.certificate.rawBytes;
    if (content.$case === 'x509CertificateChain') {
        const leaf = content.x509CertificateChain.certificates[0];
        if (leaf)
            return leaf.rawBytes;
    }
    throw new Rejected('the bundle has no certificate');
}
const MESSAGE_HASHES = {
    [protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512',
};
/**
 * With a user's key, as `cosign verify --key --insecure-ignore-tlog`: only the
 * signature counts; log entries and timestamps are not checked, since no log
 * key was given to check them with. The check is sigstore-js's own for a key
 * (the DSSE pre-authentication encoding, or the artifact with the message
 * digest's hash), done here so that a key verification does not load it.
 */
function verifyWithKey(bundle, artifact, publicKey) {
    let ok;
    if (bundle.content.$case === 'dsseEnvelope') {
        const envelope = bundle.content.dsseEnvelope;
        const signature = envelope.signatures[0]?.sig ?? Buffer.alloc(0);
        ok = safeVerify(undefined, core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload), publicKey, signature);
    }
    else {
        const { messageDigest, signature } = bundle.content.messageSignature;
        const hash = MESSAGE_HASHES[messageDigest?.algorithm ?? protobuf_specs_dist.HashAlgorithm.SHA2_256];
        if (!hash)
            throw new Rejected(`message digest algorithm ${messageDigest?.algorithm} is not supported`);
        if (!artifact)
            throw new Rejected('no signed content to check the message signature against');
        // Ed25519 signs the message itself (cosign and KeySigner alike); the
        // digest's algorithm names only how the bundle records the message.
        const pure = publicKey.asymmetricKeyType === 'ed25519' || publicKey.asymmetricKeyType === 'ed448';
        ok = safeVerify(pure ? undefined : hash, artifact, publicKey, signature);
    }
    if (!ok)
        throw new Rejected(SIGNATURE_MISMATCH);
}
/** OpenSSL throws on some malformed signatures instead of saying no; either way it is not valid. */
function safeVerify(hash, data, key, signature) {
    try {
        return (0,external_node_crypto_.verify)(hash, data, key, signature);
    }
    catch {
        return false;
    }
}
const SIGNATURE_MISMATCH = 'the signature does not match the signed content (tampered payload, or another key or certificate)';
function verifyWithRoot(sigstore, entity, options) {
    if (!('trustedRoot' in options.trust))
        return;
    if (entity.key.$case !== 'certificate')
        return;
    // A Fulcio certificate lives minutes; only a trusted time (a log entry's
    // integrated time or an RFC 3161 timestamp) shows it was valid at signing.
    const timed = entity.timestamps.some((t) => t.$case === 'timestamp-authority' || Number(t.tlogEntry.integratedTime) > 0);
    if (!timed) {
        const notAfter = entity.key.certificate.notAfter;
        const now = options.now ?? new Date();
        throw new Rejected(notAfter < now
            ? `certificate expired at ${notAfter.toISOString()} and no trusted timestamp shows it signed while valid`
            : 'no trusted timestamp (transparency-log entry or RFC 3161) shows when the certificate signed');
    }
    const requireTlog = options.requireTransparencyLog ?? true;
    const material = sigstore.toTrustMaterial(options.trust.trustedRoot);
    new sigstore.Verifier(material, {
        tlogThreshold: requireTlog ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    }).verify(entity);
}
/** A DSSE bundle must be cosign's signing statement naming this digest; a message signature signs the manifest itself. */
function checkBundleSubject(bundle, digest) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return;
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${IN_TOTO_PAYLOAD_TYPE}`);
    }
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (statement.predicateType !== COSIGN_SIGN_PREDICATE) {
        throw new Rejected(`predicateType is ${String(statement.predicateType)}, not ${COSIGN_SIGN_PREDICATE}`);
    }
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const signed = (statement.subject ?? [])
        .map((s) => s.digest?.[algorithm])
        .filter((d) => typeof d === 'string');
    if (!signed.includes(hexOf(digest))) {
        throw new Rejected(`the signature is for ${signed.map((h) => `${algorithm}:${h}`).join(', ') || 'no digest'}, not ${digest}`);
    }
}
function checkSimpleSigning(payload, digest) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        throw new Rejected('the signed payload is not JSON');
    }
    if (doc.critical?.type !== SIMPLE_SIGNING_TYPE) {
        throw new Rejected(`critical.type is ${String(doc.critical?.type)}, not "${SIMPLE_SIGNING_TYPE}"`);
    }
    const signed = doc.critical.image?.['docker-manifest-digest'];
    if (signed !== digest)
        throw new Rejected(`the signature is for ${String(signed)}, not ${digest}`);
}
/** cosign's legacy annotations as a message-signature bundle, so one verifier checks both formats. */
function legacyBundle(sig) {
    return bundleOfLegacy(sig, {
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: createHash('sha256').update(sig.payload).digest('base64'),
            },
            signature: sig.signature,
        },
    });
}
/**
 * A `.att` layer as a DSSE bundle: the envelope the layer holds, with the
 * certificate, Rekor entry and timestamp cosign put in its annotations, so an
 * attestation in the legacy format is checked exactly as a bundle is.
 */
function legacyAttestationBundle(envelope, material) {
    const e = envelope;
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        throw new Rejected('not a DSSE envelope');
    // cosign < 2 wrote an empty keyid; the bundle schema wants a string either way.
    const signatures = Array.isArray(e.signatures)
        ? e.signatures.map((s) => ({ keyid: s?.keyid ?? '', sig: s?.sig }))
        : e.signatures;
    return bundleOfLegacy(material, {
        dsseEnvelope: { payload: e.payload, payloadType: e.payloadType, signatures },
    });
}
function bundleOfLegacy(material, content) {
    const certificates = material.certificate
        ? [
            ...certificatesFromPem(material.certificate),
            ...(material.chain ? certificatesFromPem(material.chain) : []),
        ]
        : [];
    const tlogEntries = [];
    if (material.rekorBundle) {
        let rb;
        try {
            rb = JSON.parse(material.rekorBundle);
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/bundle annotation is not JSON');
        }
        const body = Buffer.from(rb.Payload?.body ?? '', 'base64');
        let kind = {};
        try {
            kind = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new Rejected('the Rekor entry body in dev.sigstore.cosign/bundle is not JSON');
        }
        tlogEntries.push({
            logIndex: String(rb.Payload?.logIndex ?? 0),
            logId: { keyId: Buffer.from(rb.Payload?.logID ?? '', 'hex').toString('base64') },
            kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
            integratedTime: String(rb.Payload?.integratedTime ?? 0),
            inclusionPromise: { signedEntryTimestamp: rb.SignedEntryTimestamp ?? '' },
            canonicalizedBody: body.toString('base64'),
        });
    }
    const rfc3161Timestamps = [];
    if (material.timestamp) {
        try {
            const t = JSON.parse(material.timestamp);
            if (t.SignedRFC3161Timestamp)
                rfc3161Timestamps.push({ signedTimestamp: t.SignedRFC3161Timestamp });
        }
        catch {
            throw new Rejected('the dev.sigstore.cosign/rfc3161timestamp annotation is not JSON');
        }
    }
    const json = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificates.length
                ? {
                    x509CertificateChain: {
                        certificates: certificates.map((c) => ({ rawBytes: c.toString('base64') })),
                    },
                }
                : { publicKey: { hint: '' } }),
            tlogEntries,
            timestampVerificationData: { rfc3161Timestamps },
        },
        ...content,
    };
    try {
        return (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (e) {
        const what = 'dsseEnvelope' in content
            ? "legacy attestation's envelope or annotations"
            : "legacy signature's annotations";
        throw new Rejected(`the ${what} are malformed: ${e.message}`);
    }
}
/** A refusal in one line: Rejected's own words, or sigstore-js's error codes said plainly. */
function rejectionReason(e) {
    if (e instanceof Rejected)
        return e.message;
    const err = e;
    const text = (err.message ?? String(e)).split('\n')[0] ?? '';
    switch (err.code) {
        case 'SIGNATURE_ERROR':
            return SIGNATURE_MISMATCH;
        case 'CERTIFICATE_ERROR':
            return `the certificate is not trusted: ${text}`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry does not record this signature: ${text}`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_ERROR':
            return `the transparency-log entry is not trusted: ${text}`;
        case 'TIMESTAMP_ERROR':
            return `the timestamp is not trusted: ${text}`;
        default:
            return err.code ? `${err.code}: ${text}` : text;
    }
}

;// CONCATENATED MODULE: ./src/attest/checks.ts

// What `verify --require-attestation` demands of a predicate beyond a valid
// signature: who built the image from which source (provenance), how bad the
// worst finding is and how old the scan is (vulnerability attestation).
const SEVERITIES = ['negligible', 'low', 'medium', 'high', 'critical'];
function parseSeverity(text, where) {
    const s = text.toLowerCase();
    if (SEVERITIES.includes(s))
        return s;
    throw new InputError(`${where}: must be one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(text)}`);
}
const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseAge(text, where) {
    const m = /^(\d+)([smhd])$/.exec(text.trim());
    if (!m)
        throw new InputError(`${where}: "${text}" is not a duration such as 90m, 24h or 7d`);
    return Number(m[1]) * UNITS[m[2]];
}
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
/** Why `predicate` does not meet `req`, in one line, or undefined when it does. */
function predicateMismatch(predicate, req, now) {
    const doc = obj(predicate);
    if (!doc)
        return 'the predicate is not a JSON object';
    if (req.builderId !== undefined || req.sourceRepository !== undefined || req.sourceRef !== undefined) {
        const builder = obj(obj(doc.runDetails)?.builder)?.id;
        if (req.builderId !== undefined && builder !== req.builderId) {
            return `builder id is ${JSON.stringify(builder ?? null)}, not ${JSON.stringify(req.builderId)}`;
        }
        const workflow = obj(obj(obj(doc.buildDefinition)?.externalParameters)?.workflow);
        if (req.sourceRepository !== undefined) {
            const repo = workflow?.repository;
            const want = req.sourceRepository.replace(/\/+$/, '');
            const same = typeof repo === 'string' && (repo === want || (!want.includes('://') && repo.endsWith(`/${want}`)));
            if (!same)
                return `source repository is ${JSON.stringify(repo ?? null)}, not ${JSON.stringify(want)}`;
        }
        if (req.sourceRef !== undefined && workflow?.ref !== req.sourceRef) {
            return `source ref is ${JSON.stringify(workflow?.ref ?? null)}, not ${JSON.stringify(req.sourceRef)}`;
        }
    }
    if (req.maxAgeMs !== undefined) {
        const finished = obj(doc.metadata)?.scanFinishedOn;
        const at = typeof finished === 'string' ? Date.parse(finished) : Number.NaN;
        if (Number.isNaN(at))
            return 'the scan has no metadata.scanFinishedOn time';
        const age = now.getTime() - at;
        if (age > req.maxAgeMs) {
            return `the scan finished at ${new Date(at).toISOString()}, ${formatAge(age)} ago, older than ${formatAge(req.maxAgeMs)}`;
        }
    }
    if (req.maxSeverity !== undefined) {
        const worst = worstFinding(obj(doc.scanner)?.result);
        const limit = SEVERITIES.indexOf(req.maxSeverity);
        if (worst && SEVERITIES.indexOf(worst.severity) > limit) {
            return `a finding is ${worst.severity}${worst.id ? ` (${worst.id})` : ''}, above the maximum ${req.maxSeverity}`;
        }
    }
    return undefined;
}
/**
 * The most severe finding in a scan result. The vuln predicate leaves the
 * result's format to the scanner, so every `severity` field is read, whatever
 * its nesting (grype's matches, Trivy's Results, lading's own findings).
 */
function worstFinding(result) {
    let worst;
    const stack = [result];
    while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            stack.push(...v);
            continue;
        }
        const o = obj(v);
        if (!o)
            continue;
        for (const [k, child] of Object.entries(o)) {
            if (k.toLowerCase() === 'severity' && typeof child === 'string') {
                const s = child.toLowerCase();
                const rank = SEVERITIES.indexOf(s);
                if (rank >= 0 && (!worst || rank > SEVERITIES.indexOf(worst.severity))) {
                    const id = o.id ?? o.ID ?? o.VulnerabilityID;
                    worst = { severity: s, ...(typeof id === 'string' ? { id } : {}) };
                }
            }
            else if (typeof child === 'object' && child !== null)
                stack.push(child);
        }
    }
    return worst;
}
function formatAge(ms) {
    const h = ms / 3_600_000;
    return h >= 48
        ? `${Math.floor(h / 24)}d`
        : h >= 1
            ? `${Math.floor(h)}h`
            : `${Math.max(0, Math.floor(ms / 60_000))}m`;
}

;// CONCATENATED MODULE: ./src/attest/verifier.ts









// Judges the attestations of one predicate kind attached to an image: the
// bundle's signature (a public key, or a trusted root and identity policy, as
// for signatures), that the statement names this very digest, then the
// predicate checks. The requirement is met when one attestation passes all.
/** A bundle is the envelope plus a little verification material: the envelope's limit has room for it. */
const BUNDLE_LIMIT = ENVELOPE_LIMIT;
async function verifyAttestations(store, subject, requirement, options, sources = {}) {
    const types = predicates_predicateTypesOf(requirement.kind);
    const referrers = (await store.referrers(subject.digest, { artifactType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV })).filter((d) => {
        const p = d.annotations?.[cosign_bundle.ANNOTATION_PREDICATE_TYPE];
        return p === undefined || types.includes(p);
    });
    const attestations = [];
    // Envelopes judged: `lading attest --legacy-att` writes each one as a referrer and into the `.att`.
    const judged = new Set();
    for (const descriptor of referrers) {
        const location = `${store.name}@${descriptor.digest}`;
        const annotated = descriptor.annotations?.[cosign_bundle.ANNOTATION_PREDICATE_TYPE];
        try {
            const bundle = await readBundle(store, descriptor, location);
            if (bundle.content.$case === 'dsseEnvelope') {
                const { payload, signatures } = bundle.content.dsseEnvelope;
                judged.add(envelopeKey(payload, signatures.map((s) => s.sig)));
            }
            const statement = await checkAttestation(bundle, subject.digest, requirement, options, annotated);
            // An unannotated referrer may be any attestation, or a signature: skip other types quietly.
            if (statement === undefined)
                continue;
            attestations.push(passed(location, statement));
        }
        catch (e) {
            attestations.push({
                location,
                predicateType: annotated ?? '(unannotated)',
                ok: false,
                reason: rejectionReason(e),
            });
        }
    }
    if (sources.legacyAtt && !attestations.some((a) => a.ok)) {
        const found = (await legacy_att_findLegacyAttestations(store, subject.digest, types)).filter((f) => {
            const key = legacyEnvelopeKey(f.envelope);
            if (key === undefined)
                return true;
            if (judged.has(key))
                return false;
            judged.add(key);
            return true;
        });
        for (const f of found) {
            attestations.push(await verifyLegacyAttestation(store, f, subject.digest, requirement, options));
        }
    }
    return { requirement, satisfied: attestations.some((a) => a.ok), attestations };
}
/** The same statement under the same signatures, wherever and however it is stored. */
function envelopeKey(payload, signatures) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(payload);
    for (const sig of signatures)
        hash.update('\0').update(sig.toString('base64'));
    return hash.digest('hex');
}
/** The key of a `.att` layer's envelope (base64 fields, unchecked JSON); undefined when it has none. */
function legacyEnvelopeKey(envelope) {
    const e = envelope;
    if (typeof e?.payload !== 'string' || !Array.isArray(e.signatures))
        return undefined;
    const sigs = e.signatures.map((s) => s?.sig);
    if (!sigs.every((s) => typeof s === 'string'))
        return undefined;
    return envelopeKey(Buffer.from(e.payload, 'base64'), sigs.map((s) => Buffer.from(s, 'base64')));
}
/**
 * Judges the attestations of one kind in the legacy `.att` tag of `subject`
 * (`cosign attest --new-bundle-format=false`, `lading attest --legacy-att`) by
 * the same checks as a bundle referrer: the envelope's signature with the key,
 * or the certificate, trusted time and Rekor entry cosign put in the layer's
 * annotations, then the identity policy, the subject and the predicate.
 */
async function verifyLegacyAttestations(store, subject, requirement, options) {
    const found = await findLegacyAttestations(store, subject.digest, predicateTypesOf(requirement.kind));
    return Promise.all(found.map((f) => verifyLegacyAttestation(store, f, subject.digest, requirement, options)));
}
/** The verdict on one attestation found in a `.att` tag; its location is `STORE:TAG layer DIGEST`. */
async function verifyLegacyAttestation(store, found, subject, requirement, options) {
    const location = `${store.name}:${found.tag} layer ${found.layer.digest}`;
    try {
        if (found.error !== undefined || found.envelope === undefined)
            throw new Rejected(found.error ?? 'unreadable envelope');
        const bundle = legacyAttestationBundle(found.envelope, found.material);
        const statement = await checkAttestation(bundle, subject, requirement, options, found.predicateType);
        if (statement === undefined)
            throw new Rejected('not an attestation of this kind');
        return passed(location, statement);
    }
    catch (e) {
        return { location, predicateType: found.predicateType, ok: false, reason: rejectionReason(e) };
    }
}
/**
 * As `cosign verify-attestation`: the signature, then who made it, then what
 * it says. Undefined for a statement of another kind whose holder did not
 * claim this kind (`annotated`); throws Rejected on every refusal.
 */
async function checkAttestation(bundle, subject, requirement, options, annotated) {
    const types = predicates_predicateTypesOf(requirement.kind);
    const seen = {};
    await verifyBundleSignature(bundle, undefined, options, seen);
    if (seen.identity)
        checkIdentityPolicy(options, seen.identity);
    const statement = statementOf(bundle);
    if (!types.includes(statement.predicateType)) {
        if (annotated === undefined)
            return undefined;
        throw new Rejected(`the statement's predicateType is ${statement.predicateType}, not ${types.join(' or ')}`);
    }
    if (!namesDigest(statement.subjects, subject)) {
        throw new Rejected(`the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject}`);
    }
    const mismatch = predicateMismatch(statement.predicate, requirement, options.now ?? new Date());
    if (mismatch)
        throw new Rejected(mismatch);
    return statement;
}
function passed(location, statement) {
    return {
        location,
        predicateType: statement.predicateType,
        ok: true,
        reason: 'signature verified; the statement names this digest; the predicate meets every check',
        statement: statement.type,
    };
}
async function readBundle(store, descriptor, where) {
    const { manifest } = await store.fetchManifest(descriptor);
    const layer = 'layers' in manifest ? manifest.layers.find((l) => l.mediaType === cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV) : undefined;
    if (!layer)
        throw new Rejected(`no ${cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV} layer`);
    if (layer.size > BUNDLE_LIMIT) {
        throw new Rejected(`the bundle ${layer.digest} is ${layer.size} bytes, over the ${BUNDLE_LIMIT}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const c of await store.fetchBlob(layer)) {
        total += c.length;
        if (total > BUNDLE_LIMIT)
            throw new Rejected(`the bundle ${layer.digest} is over the size limit`);
        chunks.push(c);
    }
    let json;
    try {
        json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new Rejected(`${where}: the bundle is not JSON`);
    }
    try {
        return (0,dist/* bundleFromJSON */.vw)(json);
    }
    catch (e) {
        throw new Rejected(`not a valid Sigstore bundle: ${e.message}`);
    }
}
function statementOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new Rejected('not a DSSE attestation (a message signature)');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== bundle_IN_TOTO_PAYLOAD_TYPE) {
        throw new Rejected(`payloadType is ${envelope.payloadType}, not ${bundle_IN_TOTO_PAYLOAD_TYPE}`);
    }
    try {
        return parseStatement(envelope.payload);
    }
    catch (e) {
        throw new Rejected(e.message);
    }
}

// EXTERNAL MODULE: ./src/scan/vex.ts
var vex = __webpack_require__(48358);
;// CONCATENATED MODULE: ./src/scan/vex-attestations.ts








// OpenVEX attestations attached to an image decide which findings stop
// counting, so whoever can push a referrer could otherwise silence a scan.
// Each one is applied only when its signature verifies against the same trust
// inputs as `lading verify` (a public key, or a trusted root and an identity
// policy) and its statement names the scanned digest, whether it is a bundle
// referrer or a layer of cosign's legacy `.att` tag. Any other is reported as
// ignored, with why, and suppresses nothing.
const OPENVEX_TYPES = predicates_predicateTypesOf('openvex');
/**
 * The OpenVEX attestations attached to each of `subjects` (the platform
 * manifest and, for an index, the index) that verify under `trust`, parsed as
 * VEX documents named after the referrer that holds them. A malformed
 * document is skipped with a warning: its findings stay open.
 */
async function attachedVex(store, display, subjects, trust, reporter) {
    const documents = [];
    const ignored = [];
    /** Applies one attestation the verifier judged, or records why not. */
    const weigh = (where, bundle, statement, subject, verdict) => {
        const refusal = refusalOf(bundle, statement, subject, verdict);
        if (refusal) {
            ignored.push({ source: where, ...refusal });
            reporter.warn(`OpenVEX ${where}: ignored: ${refusal.because}: ${refusal.reason}`);
            return;
        }
        // cosign stores some predicates as a JSON string.
        const predicate = statement.predicate;
        const text = typeof predicate === 'string' ? predicate : JSON.stringify(predicate ?? null);
        try {
            const doc = (0,vex/* parseOpenVex */.HG)(text, where);
            documents.push(doc);
            reporter.info(`${where}: OpenVEX attestation of ${display}@${subject}, ${doc.statements.length} statement(s); signature verified`);
        }
        catch (err) {
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            reporter.warn(`${err.message}; skipped`);
        }
    };
    for (const subject of subjects) {
        const found = await openVexBundles(store, display, subject, reporter);
        const verdicts = found.length > 0 ? await verdictsByReferrer(store, subject, trust) : new Map();
        // Envelopes judged, by payload and signatures: `lading attest --legacy-att` writes each one twice.
        const judged = new Set();
        for (const b of found) {
            const where = `attestation:${display}@${b.descriptor.digest}`;
            const annotated = b.descriptor.annotations?.[cosign_bundle.ANNOTATION_PREDICATE_TYPE] !== undefined;
            if (b.error || b.bundle === undefined) {
                reporter.warn(`OpenVEX ${where}: ${b.error ?? 'unreadable'}; skipped`);
                continue;
            }
            const statement = statementOfBundle(b.bundle);
            if (typeof statement === 'string') {
                // An unannotated referrer may be a signature or another attestation.
                if (annotated)
                    reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
                continue;
            }
            if (!OPENVEX_TYPES.includes(statement.predicateType))
                continue;
            judged.add(vex_attestations_envelopeKey(b.bundle.dsseEnvelope));
            weigh(where, b.bundle, statement, subject, verdicts.get(b.descriptor.digest));
        }
        for (const legacy of await legacyOpenVex(store, display, subject, reporter)) {
            const where = `attestation:${display}:${legacy.tag} layer ${legacy.layer.digest}`;
            if (legacy.error !== undefined || legacy.envelope === undefined) {
                reporter.warn(`OpenVEX ${where}: ${legacy.error ?? 'unreadable'}; skipped`);
                continue;
            }
            const key = vex_attestations_envelopeKey(legacy.envelope);
            if (judged.has(key))
                continue;
            judged.add(key);
            // The annotation claimed OpenVEX: a statement that is not, or not one at all, is said so.
            const statement = statementOfBundle({ dsseEnvelope: legacy.envelope });
            if (typeof statement === 'string') {
                reporter.warn(`OpenVEX ${where}: ${statement}; skipped`);
                continue;
            }
            if (!OPENVEX_TYPES.includes(statement.predicateType)) {
                reporter.warn(`OpenVEX ${where}: the statement's predicateType is ${statement.predicateType}; skipped`);
                continue;
            }
            const verdict = await verifyLegacyAttestation(store, legacy, subject, { kind: 'openvex' }, trust);
            weigh(where, { dsseEnvelope: legacy.envelope }, statement, subject, verdict);
        }
    }
    return { documents, ignored };
}
/**
 * The OpenVEX attestations in the `sha256-<hex>.att` tag cosign writes with
 * --new-bundle-format=false (and cosign < 2 always), as `lading attest
 * --legacy-att` does too.
 */
async function legacyOpenVex(store, display, subject, reporter) {
    try {
        return await legacy_att_findLegacyAttestations(store, subject, OPENVEX_TYPES);
    }
    catch (err) {
        // Stores without tags (docker archives) have no .att to offer.
        reporter.debug(`${display}:${legacyAttestationTag(subject)}: not read (${err.message})`);
        return [];
    }
}
async function openVexBundles(store, display, subject, reporter) {
    const seen = new Set();
    const found = [];
    for (const type of OPENVEX_TYPES) {
        let bundles;
        try {
            bundles = await (0,cosign_bundle.findBundles)(store, subject, type);
        }
        catch (err) {
            // Stores without referrers (docker archives) have no attestations to offer.
            reporter.debug(`${display}@${subject}: no referrers read (${err.message})`);
            return [];
        }
        for (const b of bundles) {
            if (seen.has(b.descriptor.digest))
                continue;
            seen.add(b.descriptor.digest);
            found.push(b);
        }
    }
    return found;
}
/** `lading verify --require-attestation openvex`'s verdict on each referrer, by referrer digest. */
async function verdictsByReferrer(store, subject, trust) {
    // verifyAttestations only reads the subject's digest; the rest of the descriptor is not consulted.
    const result = await verifyAttestations(store, { digest: subject, mediaType: '', size: 0 }, { kind: 'openvex' }, trust);
    const verdicts = new Map();
    for (const v of result.attestations)
        verdicts.set(v.location.slice(v.location.lastIndexOf('@') + 1), v);
    return verdicts;
}
function refusalOf(bundle, statement, subject, verdict) {
    if (!hasSignature(bundle))
        return { because: 'unsigned', reason: 'the DSSE envelope carries no signature' };
    if (!namesDigest(statement.subjects, subject)) {
        return {
            because: 'not about this image',
            reason: `the statement is about ${subjectDigests(statement.subjects).join(', ') || 'no digest'}, not ${subject}`,
        };
    }
    if (verdict === undefined)
        return { because: 'signature invalid', reason: 'the verifier did not judge it' };
    if (verdict.ok)
        return undefined;
    if (verdict.reason.startsWith('identity policy:'))
        return { because: 'identity mismatch', reason: verdict.reason };
    return { because: 'signature invalid', reason: verdict.reason };
}
/** The same envelope signed by the same signatures, wherever it is stored. */
function vex_attestations_envelopeKey(envelope) {
    const e = envelope;
    const sigs = Array.isArray(e.signatures) ? e.signatures.map((s) => s?.sig) : [];
    return JSON.stringify([e.payload, sigs]);
}
function hasSignature(bundle) {
    const signatures = bundle.dsseEnvelope?.signatures;
    return (Array.isArray(signatures) &&
        signatures.some((s) => typeof s?.sig === 'string' && s.sig !== ''));
}
/** The in-toto statement inside a Sigstore bundle's DSSE envelope, or why there is none. */
function statementOfBundle(bundle) {
    const envelope = bundle.dsseEnvelope;
    if (typeof envelope !== 'object' || envelope === null)
        return 'not a DSSE attestation';
    if (envelope.payloadType !== bundle_IN_TOTO_PAYLOAD_TYPE)
        return `payloadType is ${JSON.stringify(envelope.payloadType)}, not ${bundle_IN_TOTO_PAYLOAD_TYPE}`;
    if (typeof envelope.payload !== 'string')
        return 'the DSSE payload is not base64 text';
    try {
        return parseStatement(Buffer.from(envelope.payload, 'base64'));
    }
    catch (err) {
        return err.message;
    }
}


/***/ }),

/***/ 85799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION_PREDICATE_TYPE: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   findBundles: () => (/* binding */ findBundles)
/* harmony export */ });
/* unused harmony exports COSIGN_SIGN_PREDICATE, ANNOTATION_CONTENT, ANNOTATION_CREATED, cosignSignStatement, pushBundleReferrer, bundleReferrerManifest */
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
        subject: [{ digest: { [algorithm]: hexOf(digest) }, annotations: {} }],
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
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bytes.length, digest: digestOf(bytes) };
    const config = {
        mediaType: EMPTY_JSON.mediaType,
        size: EMPTY_JSON.size,
        digest: EMPTY_JSON.digest,
    };
    // Independent uploads: one round trip instead of two on a distant registry.
    await Promise.all([store.pushBlob(config, Buffer.from('{}')), store.pushBlob(layer, bytes)]);
    const manifest = bundleReferrerManifest(subject, layer, {
        content: 'dsseEnvelope' in bundle ? 'dsse-envelope' : 'message-signature',
        ...options,
    });
    return store.pushManifest(Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
}
/**
 * The referrer manifest cosign 3 writes around a bundle blob `layer` (signatures
 * and attestations alike): the empty config, the bundle as its one layer, and
 * the annotations cosign and `oras discover` read.
 */
function bundleReferrerManifest(subject, layer, options) {
    return {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: EMPTY_JSON.mediaType, size: EMPTY_JSON.size, digest: EMPTY_JSON.digest },
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


/***/ })

};
