export const id = 156;
export const ids = [156];
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


/***/ })

};
