export const id = 2156;
export const ids = [2156,2148,8825];
export const modules = {

/***/ 62156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HARBOR_SEVERITIES: () => (/* binding */ HARBOR_SEVERITIES),
/* harmony export */   VULN_REPORT_V10: () => (/* binding */ VULN_REPORT_V10),
/* harmony export */   VULN_REPORT_V11: () => (/* binding */ VULN_REPORT_V11),
/* harmony export */   awaitHarborScan: () => (/* binding */ awaitHarborScan),
/* harmony export */   harborArtifactFromImage: () => (/* binding */ harborArtifactFromImage),
/* harmony export */   summarise: () => (/* binding */ summarise)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);



// Harbor's own scan of one new digest, awaited before policy tightens the
// "prevent vulnerable images" and "only signed" gates: with those on, a
// digest that has no finished scan can no longer be pulled, and Harbor exempts
// only cosign's and notation's user agents from the check.
/** Report MIME types in order of preference; the v1.0 type is what older scanners write. */
const VULN_REPORT_V11 = 'application/vnd.security.vulnerability.report; version=1.1';
const VULN_REPORT_V10 = 'application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0';
const REPORT_TYPES = [VULN_REPORT_V11, VULN_REPORT_V10];
/** Most severe first; Harbor's `None` counts as Unknown (both are severity code 0). */
const HARBOR_SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'];
/** Job statuses after which nothing changes (jobservice/job/status.go). */
const FAILED = new Set(['Error', 'Stopped']);
/**
 * `registry/project/repository@sha256:…` → Harbor's names: the first path
 * component is the project, the rest (slashes included) the repository.
 */
function harborArtifactFromImage(image, where = 'image') {
    let ref;
    try {
        ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(image.trim(), { defaultTag: false });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${err.message}`);
    }
    if (!ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${image}" has no digest; give registry/project/repository@sha256:… so the scan is of the image just pushed`);
    }
    const slash = ref.repository.indexOf('/');
    if (slash < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${image}" names no Harbor project; Harbor images are registry/project/repository`);
    }
    return {
        project: ref.repository.slice(0, slash),
        repository: ref.repository.slice(slash + 1),
        digest: ref.digest,
    };
}
/**
 * Triggers Harbor's vulnerability scan (and SBOM generation when asked) of the
 * digest, polls the artifact until the scan is Success, then reads and
 * summarises the vulnerability report. Throws OperationError naming
 * project/repository@digest when the scan fails, stops, or outlasts the timeout.
 */
async function awaitHarborScan(client, request) {
    const { project, repository, digest } = request;
    const where = `${project}/${repository}@${digest}`;
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: the reference is not a digest`);
    if (!(request.pollMs > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: poll interval must be above 0 ms`);
    if (!(request.timeoutMs >= 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: timeout must be 0 or more`);
    const now = request.now ?? Date.now;
    const sleep = request.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const progress = request.onProgress ?? (() => { });
    const deadline = now() + request.timeoutMs;
    await client.scanArtifact(project, repository, digest, 'vulnerability');
    if (request.sbom)
        await client.scanArtifact(project, repository, digest, 'sbom');
    progress(`Harbor scan of ${where} triggered${request.sbom ? ' with SBOM generation' : ''}`);
    let last = '';
    let artifact;
    for (;;) {
        artifact = await client.getArtifact(project, repository, digest);
        const state = scanState(artifact, request.sbom);
        if (state.failed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor ${state.failed} of ${where} ended in ${state.status}`);
        if (state.done)
            break;
        if (state.describe !== last)
            progress(`Harbor scan of ${where}: ${state.describe}`);
        last = state.describe;
        const left = deadline - now();
        if (left <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor scan of ${where} did not finish within ${Number((request.timeoutMs / 1000).toFixed(1))}s; last status: ${state.describe}`);
        }
        await sleep(Math.min(request.pollMs, left));
    }
    const report = await client.getVulnerabilityReport(project, repository, digest);
    const overview = pickOverview(artifact.scan_overview);
    const summary = summarise(report, where, request.topN ?? 10, overview?.entry);
    const sbomOverview = artifact.sbom_overview;
    return {
        project,
        repository,
        digest,
        ...summary,
        ...(request.sbom
            ? {
                sbom: {
                    status: sbomOverview?.scan_status ?? 'Success',
                    ...(sbomOverview?.sbom_digest ? { digest: sbomOverview.sbom_digest } : {}),
                },
            }
            : {}),
    };
}
function scanState(artifact, sbom) {
    const scan = pickOverview(artifact.scan_overview)?.entry.scan_status ?? 'not started';
    const sbomStatus = sbom ? (artifact.sbom_overview?.scan_status ?? 'not started') : 'Success';
    if (FAILED.has(scan))
        return { done: false, failed: 'scan', status: scan, describe: scan };
    if (FAILED.has(sbomStatus))
        return { done: false, failed: 'SBOM generation', status: sbomStatus, describe: sbomStatus };
    const describe = sbom ? `scan ${scan}, SBOM ${sbomStatus}` : scan;
    return { done: scan === 'Success' && sbomStatus === 'Success', status: scan, describe };
}
/** The overview entry of the preferred report type, else whatever the scanner wrote. */
function pickOverview(overview) {
    if (!overview)
        return undefined;
    for (const type of REPORT_TYPES) {
        const entry = overview[type];
        if (entry)
            return { type, entry };
    }
    const [type, entry] = Object.entries(overview)[0] ?? [];
    return type && entry ? { type, entry } : undefined;
}
function summarise(report, where, topN = 10, overview) {
    const reportType = REPORT_TYPES.find((t) => report[t] !== undefined) ?? Object.keys(report)[0];
    const raw = reportType === undefined ? undefined : report[reportType];
    if (reportType === undefined || raw === null || typeof raw !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor has no vulnerability report for ${where} (asked for ${REPORT_TYPES.join(', ')})`);
    }
    const body = raw;
    if (body.vulnerabilities != null && !Array.isArray(body.vulnerabilities)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor vulnerability report for ${where}: "vulnerabilities" is not a list`);
    }
    const counts = Object.fromEntries(HARBOR_SEVERITIES.map((s) => [s, 0]));
    const findings = [];
    for (const v of body.vulnerabilities ?? []) {
        const severity = severityOf(v.severity);
        counts[severity]++;
        const score = v.preferred_cvss?.score_v3 ?? v.preferred_cvss?.score_v2 ?? undefined;
        findings.push({
            id: String(v.id ?? ''),
            package: String(v.package ?? ''),
            version: String(v.version ?? ''),
            fixVersion: String(v.fix_version ?? ''),
            severity,
            ...(typeof score === 'number' ? { score } : {}),
        });
    }
    const rank = (f) => HARBOR_SEVERITIES.indexOf(f.severity);
    findings.sort((a, b) => rank(a) - rank(b) ||
        Number(b.fixVersion !== '') - Number(a.fixVersion !== '') ||
        (b.score ?? -1) - (a.score ?? -1) ||
        a.id.localeCompare(b.id) ||
        a.package.localeCompare(b.package));
    const scanner = body.scanner ?? overview?.scanner;
    return {
        reportType,
        ...(scanner ? { scanner } : {}),
        ...(body.generated_at ? { generatedAt: body.generated_at } : {}),
        counts,
        total: findings.length,
        fixable: findings.filter((f) => f.fixVersion !== '').length,
        top: findings.slice(0, Math.max(0, topN)),
    };
}
function severityOf(value) {
    const found = HARBOR_SEVERITIES.find((s) => s.toLowerCase() === (value ?? '').toLowerCase());
    return found ?? 'Unknown';
}


/***/ }),

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

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   j5: () => (/* binding */ defaultScheme)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DEFAULT_TAG, NAME_MAX, hostOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DEFAULT_TAG = 'latest';
/** distribution's NameTotalLengthMax, applied to registry + "/" + repository. */
const NAME_MAX = 255;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${HOST}(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const HEX64_RE = /^[a-f0-9]{64}$/;
function fail(ref, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${ref}": ${what}`);
}
function parseReference(input, options = {}) {
    const ref = input;
    if (ref === '')
        fail(ref, 'is empty');
    if (/\s/.test(ref))
        fail(ref, 'contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (d.includes('@'))
            fail(ref, 'has more than one "@"');
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d))
            fail(ref, `digest "${d}" is not sha256:<64 hex> or sha512:<128 hex> in lower case`);
        digest = d;
    }
    // A tag is what follows the last ":" after the last "/"; a ":" before that is a port.
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag)) {
            fail(ref, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (at most 128 characters)`);
        }
    }
    if (rest === '')
        fail(ref, 'has no repository name');
    let registry;
    let repository;
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!DOMAIN_RE.test(registry))
            fail(ref, `registry "${registry}" is not a valid host[:port]`);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    if (repository === '')
        fail(ref, 'has no repository name after the registry');
    for (const component of repository.split('/')) {
        if (component === '')
            fail(ref, 'repository has an empty path component ("//" or a trailing "/")');
        if (!PATH_COMPONENT_RE.test(component)) {
            if (component.toLowerCase() !== component && PATH_COMPONENT_RE.test(component.toLowerCase())) {
                fail(ref, `repository name must be lowercase ("${component}")`);
            }
            fail(ref, `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or "-"`);
        }
    }
    if (registry === DOCKER_HUB && HEX64_RE.test(rest)) {
        fail(ref, 'a 64-character hex string is an image ID, not a repository name');
    }
    const name = `${registry}/${repository}`;
    if (name.length > NAME_MAX)
        fail(ref, `name "${name}" is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined && options.defaultTag !== false)
        tag = DEFAULT_TAG;
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The fully qualified form: `docker.io/library/alpine:3.20@sha256:…`. */
function formatReference(r) {
    return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** The host that serves the distribution API for `registry` (Docker Hub's differs from its name). */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API : registry;
}
/** The host without its port: `[::1]` stays bracketed. */
function hostOf(registry) {
    if (registry.startsWith('[')) {
        const end = registry.indexOf(']');
        return end >= 0 ? registry.slice(0, end + 1) : registry;
    }
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
/**
 * Plain HTTP for loopback registries (as crane and oras default), or for hosts
 * the caller lists as insecure (`host` or `host:port`); HTTPS otherwise.
 */
function defaultScheme(registry, insecure = []) {
    const host = hostOf(registry).toLowerCase();
    if (insecure.includes(registry) || insecure.includes(host))
        return 'http';
    if (host === 'localhost' || host === '[::1]')
        return 'http';
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
        return 'http';
    return 'https';
}


/***/ })

};
