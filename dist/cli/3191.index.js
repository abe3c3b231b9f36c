export const id = 3191;
export const ids = [3191,8825];
export const modules = {

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   FL: () => (/* binding */ DigestCheck),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   fN: () => (/* binding */ isVerifiedStream),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pL: () => (/* binding */ VerifyingReader)
/* harmony export */ });
/* unused harmony export parseDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_RE.test(value);
}
function parseDigest(value, where = 'digest') {
    if (!isDigest(value)) {
        throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function hexOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
function verifyBytes(bytes, expected, where) {
    const actual = digestOf(bytes, algorithmOf(expected));
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: content does not match digest ${expected} (got ${actual})`);
    }
}
/**
 * Hashes bytes as they pass and checks digest and size: the one place both
 * the verifying stream and writers that hash in their own loop get it from.
 */
class DigestCheck {
    expected;
    expectedSize;
    where;
    hash;
    seen = 0;
    constructor(expected, expectedSize, where) {
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    /** Throws as soon as more bytes arrive than the descriptor declares. */
    update(chunk) {
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`);
        }
        this.hash.update(chunk);
    }
    /** Throws when the bytes seen are short or hash to another digest. */
    finish() {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`);
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: content does not match digest ${this.expected} (got ${actual})`);
        }
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    check;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
    }
    _transform(chunk, _enc, cb) {
        try {
            this.check.update(chunk);
        }
        catch (err) {
            cb(err);
            return;
        }
        cb(null, chunk);
    }
    _flush(cb) {
        try {
            this.check.finish();
        }
        catch (err) {
            cb(err);
            return;
        }
        cb();
    }
}
/**
 * Reads `source` through a digest and size check, like `source.pipe(new
 * DigestVerifier(...))` but with one stream hop per chunk instead of a
 * Transform's two sides: a registry blob is ~4,000 chunks per 250 MiB and the
 * hops were a visible share of a download's CPU time. It errors before its end
 * when the bytes are wrong; `sourceFailed` turns a source error, or a source
 * that closed before its end, into the error readers see.
 */
class VerifyingReader extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    source;
    expected;
    check;
    constructor(source, expected, expectedSize, where, sourceFailed = (err) => err ?? new Error(`${where}: the stream closed early`)) {
        super();
        this.source = source;
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
        source.on('data', (chunk) => {
            try {
                this.check.update(chunk);
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            if (!this.push(chunk))
                source.pause();
        });
        source.once('end', () => {
            try {
                this.check.finish();
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            this.push(null);
        });
        source.once('error', (err) => this.destroy(sourceFailed(err)));
        // A socket cut mid-body may end a response with 'close' and no 'error'.
        source.once('close', () => {
            if (!source.readableEnded)
                this.destroy(sourceFailed());
        });
    }
    _read() {
        if (this.source.isPaused())
            this.source.resume();
    }
    _destroy(err, cb) {
        // A reader that gives up early releases the source (and a response's connection).
        if (!this.source.readableEnded)
            this.source.destroy();
        cb(err);
    }
}
/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
function isVerifiedStream(content, digest) {
    return ((content instanceof DigestVerifier || content instanceof VerifyingReader) && content.expected === digest);
}


/***/ }),

/***/ 32242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   X6: () => (/* binding */ imagePurl),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* unused harmony export subjectDisplayName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74468);



/** Throws on a subject no format could describe, naming the field. */
function checkSubject(subject) {
    if (subject.name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject: ${subject.kind} name is empty`);
    if (subject.kind === 'image' && !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(subject.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject ${subject.name}: digest "${subject.digest}" is not a sha256 or sha512 digest`);
    }
}
/** `ghcr.io/acme/app:1.2@sha256:…`, `dir:services/api`. */
function subjectDisplayName(subject) {
    if (subject.kind === 'directory')
        return `dir:${subject.name}`;
    return `${subject.name}${subject.tag ? `:${subject.tag}` : ''}@${subject.digest}`;
}
/** `linux/arm64/v8`. */
function platformText(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * The image's purl per the purl spec's `oci` type: the name is the last path
 * segment, lower case; the version is the digest; the repository goes in
 * `repository_url` (`pkg:oci/app@sha256%3A…?arch=amd64&repository_url=ghcr.io/acme/app&tag=1.2`).
 */
function imagePurl(subject) {
    const segments = subject.name.split('/');
    const last = (segments[segments.length - 1] ?? subject.name).toLowerCase();
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .buildPurl */ .Eq)('oci', undefined, last, subject.digest, {
        arch: subject.platform?.architecture,
        repository_url: segments.length > 1 ? subject.name.toLowerCase() : undefined,
        tag: subject.tag,
    });
}
function digestAlgorithm(digest) {
    return digest.startsWith('sha512:')
        ? { spdx: 'SHA512', cyclonedx: 'SHA-512' }
        : { spdx: 'SHA256', cyclonedx: 'SHA-256' };
}
function checkOptions(options) {
    if (options.toolVersion.trim() === '' || /\s/.test(options.toolVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM options: tool version "${options.toolVersion}" is empty or contains whitespace`);
    }
}


/***/ }),

/***/ 74468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   B8: () => (/* binding */ debPurl),
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   P8: () => (/* binding */ rpmPurl),
/* harmony export */   c1: () => (/* binding */ apkPurl)
/* harmony export */ });
/* unused harmony export distroQualifier */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// Package URLs as the purl spec defines them (packageurl-js does the encoding and
// the canonical, sorted qualifier order) with the qualifiers syft writes for OS
// packages, so scanners that read syft SBOMs read ours: `distro=<id>-<version>`,
// `upstream=<source package>`, rpm `epoch=`.
/** `alpine-3.20.3`, `debian-12`; codename or bare id when the release has no VERSION_ID. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    const version = distro.versionId ?? distro.versionCodename;
    return version ? `${distro.id}-${version}` : distro.id;
}
function buildPurl(type, namespace, name, version, qualifiers = {}) {
    const q = {};
    for (const [k, v] of Object.entries(qualifiers))
        if (v !== undefined && v !== '')
            q[k] = v;
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, Object.keys(q).length > 0 ? q : undefined, undefined).toString();
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl for ${type} package "${name}"@"${version ?? ''}": ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** `pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3` (namespace = distro id: alpine, wolfi…). */
function apkPurl(p) {
    return buildPurl('apk', p.distro?.id ?? 'alpine', p.name, p.version, {
        arch: p.arch,
        upstream: p.origin && p.origin !== p.name ? p.origin : undefined,
        distro: distroQualifier(p.distro),
    });
}
/** `pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12` (namespace = distro id: debian, ubuntu…). */
function debPurl(p) {
    const upstream = p.source ? (p.sourceVersion ? `${p.source}@${p.sourceVersion}` : p.source) : undefined;
    return buildPurl('deb', p.distro?.id ?? 'debian', p.name, p.version, {
        arch: p.arch,
        upstream,
        distro: distroQualifier(p.distro),
    });
}
// syft names Red Hat's namespace after the vendor, not the os-release ID.
const RPM_NAMESPACE = { rhel: 'redhat' };
/**
 * `pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64&distro=almalinux-9.4&epoch=1`.
 * The purl version is version-release; the epoch is a qualifier (purl spec, rpm type).
 */
function rpmPurl(p) {
    const namespace = p.distro ? (RPM_NAMESPACE[p.distro.id] ?? p.distro.id) : undefined;
    return buildPurl('rpm', namespace, p.name, p.release ? `${p.version}-${p.release}` : p.version, {
        arch: p.arch,
        epoch: p.epoch === undefined ? undefined : String(p.epoch),
        upstream: p.sourceRpm,
        distro: distroQualifier(p.distro),
    });
}
// packageurl-js parses a purl in ~10 µs, and a scan asks for the same purls
// three times (reading the SBOM, choosing ecosystems, matching): parsed purls
// are kept, frozen so that no caller can change what another one reads.
const PARSED = new Map();
const PARSED_KEPT = 8192;
/** Parsed purl, for comparing purls whatever their qualifier order. The result is frozen and shared. */
function parsePurl(purl) {
    const known = PARSED.get(purl);
    if (known)
        return known;
    let parsed;
    try {
        parsed = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl "${purl}": ${err instanceof Error ? err.message : String(err)}`);
    }
    if (parsed.qualifiers)
        Object.freeze(parsed.qualifiers);
    Object.freeze(parsed);
    if (PARSED.size >= PARSED_KEPT)
        PARSED.clear();
    PARSED.set(purl, parsed);
    return parsed;
}


/***/ }),

/***/ 75204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
