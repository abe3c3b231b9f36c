export const id = 169;
export const ids = [169];
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

/***/ 99636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachedVex: () => (/* binding */ attachedVex)
/* harmony export */ });
/* unused harmony export OPENVEX_TYPES */
/* harmony import */ var _attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18144);
/* harmony import */ var _attest_predicates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4154);
/* harmony import */ var _attest_statement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60872);
/* harmony import */ var _attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43275);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12432);
/* harmony import */ var _sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85799);
/* harmony import */ var _vex_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48358);








// OpenVEX attestations attached to an image decide which findings stop
// counting, so whoever can push a referrer could otherwise silence a scan.
// Each one is applied only when its signature verifies against the same trust
// inputs as `lading verify` (a public key, or a trusted root and an identity
// policy) and its statement names the scanned digest, whether it is a bundle
// referrer or a layer of cosign's legacy `.att` tag. Any other is reported as
// ignored, with why, and suppresses nothing.
const OPENVEX_TYPES = (0,_attest_predicates_js__WEBPACK_IMPORTED_MODULE_1__.predicateTypesOf)('openvex');
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
            const doc = (0,_vex_js__WEBPACK_IMPORTED_MODULE_7__/* .parseOpenVex */ .HG)(text, where);
            documents.push(doc);
            reporter.info(`${where}: OpenVEX attestation of ${display}@${subject}, ${doc.statements.length} statement(s); signature verified`);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz))
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
            const annotated = b.descriptor.annotations?.[_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .ANNOTATION_PREDICATE_TYPE */ .nM] !== undefined;
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
            judged.add(envelopeKey(b.bundle.dsseEnvelope));
            weigh(where, b.bundle, statement, subject, verdicts.get(b.descriptor.digest));
        }
        for (const legacy of await legacyOpenVex(store, display, subject, reporter)) {
            const where = `attestation:${display}:${legacy.tag} layer ${legacy.layer.digest}`;
            if (legacy.error !== undefined || legacy.envelope === undefined) {
                reporter.warn(`OpenVEX ${where}: ${legacy.error ?? 'unreadable'}; skipped`);
                continue;
            }
            const key = envelopeKey(legacy.envelope);
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
            const verdict = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyLegacyAttestation */ .BV)(store, legacy, subject, { kind: 'openvex' }, trust);
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
        return await (0,_attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__/* .findLegacyAttestations */ .oe)(store, subject, OPENVEX_TYPES);
    }
    catch (err) {
        // Stores without tags (docker archives) have no .att to offer.
        reporter.debug(`${display}:${(0,_attest_legacy_att_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyAttestationTag */ .ag)(subject)}: not read (${err.message})`);
        return [];
    }
}
async function openVexBundles(store, display, subject, reporter) {
    const seen = new Set();
    const found = [];
    for (const type of OPENVEX_TYPES) {
        let bundles;
        try {
            bundles = await (0,_sigstore_formats_cosign_bundle_js__WEBPACK_IMPORTED_MODULE_6__/* .findBundles */ .nc)(store, subject, type);
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
    const result = await (0,_attest_verifier_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyAttestations */ .rm)(store, { digest: subject, mediaType: '', size: 0 }, { kind: 'openvex' }, trust);
    const verdicts = new Map();
    for (const v of result.attestations)
        verdicts.set(v.location.slice(v.location.lastIndexOf('@') + 1), v);
    return verdicts;
}
function refusalOf(bundle, statement, subject, verdict) {
    if (!hasSignature(bundle))
        return { because: 'unsigned', reason: 'the DSSE envelope carries no signature' };
    if (!(0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .namesDigest */ .zU)(statement.subjects, subject)) {
        return {
            because: 'not about this image',
            reason: `the statement is about ${(0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectDigests */ .IF)(statement.subjects).join(', ') || 'no digest'}, not ${subject}`,
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
function envelopeKey(envelope) {
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
    if (envelope.payloadType !== _sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4)
        return `payloadType is ${JSON.stringify(envelope.payloadType)}, not ${_sigstore_bundle_js__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_PAYLOAD_TYPE */ .T4}`;
    if (typeof envelope.payload !== 'string')
        return 'the DSSE payload is not base64 text';
    try {
        return (0,_attest_statement_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatement */ .By)(Buffer.from(envelope.payload, 'base64'));
    }
    catch (err) {
        return err.message;
    }
}


/***/ })

};
