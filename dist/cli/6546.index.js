export const id = 6546;
export const ids = [6546];
export const modules = {

/***/ 34852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xJ: () => (/* binding */ severityOf),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony exports levelOfScore, cvssBaseScore, levelOfLabel */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44353);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(701);



const RANK = { unknown: -1, none: 0, low: 1, medium: 2, high: 3, critical: 4 };
function compareSeverity(a, b) {
    return RANK[a] - RANK[b];
}
/** Qualitative rating of a base score: CVSS v3/v4 scale; v2 per NVD (no critical). */
function levelOfScore(score, version) {
    if (version === '2.0')
        return score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
    if (score === 0)
        return 'none';
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
}
// Metric names allowed in each version's vector, so that a typo is an error
// instead of a metric the calculator silently ignores.
const V2_METRICS = new Set(['AV', 'AC', 'Au', 'C', 'I', 'A', 'E', 'RL', 'RC', 'CDP', 'TD', 'CR', 'IR', 'AR']);
const V3_METRICS = new Set([
    ...['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A', 'E', 'RL', 'RC', 'CR', 'IR', 'AR'],
    ...['MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA'],
]);
const V4_METRICS = new Set([
    ...['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA', 'E', 'CR', 'IR', 'AR'],
    ...['MAV', 'MAC', 'MAT', 'MPR', 'MUI', 'MVC', 'MVI', 'MVA', 'MSC', 'MSI', 'MSA'],
    ...['S', 'AU', 'R', 'V', 'RE', 'U'],
]);
/** CVSS base score of a vector (v2 bare or in parentheses, `CVSS:3.0/`, `CVSS:3.1/`, `CVSS:4.0/`). */
/**
 * Scores by vector. The same vectors recur across thousands of findings and a
 * score costs ~50 µs to compute; bounded so a hostile feed cannot grow it forever.
 */
const scoreCache = new Map();
const SCORE_CACHE_MAX = 50_000;
function cvssBaseScore(vector) {
    const hit = scoreCache.get(vector);
    if (hit instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
        throw hit;
    if (hit)
        return hit;
    let result;
    try {
        result = computeBaseScore(vector);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz))
            throw err;
        result = err;
    }
    if (scoreCache.size >= SCORE_CACHE_MAX)
        scoreCache.clear();
    scoreCache.set(vector, result instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? result : Object.freeze(result));
    if (result instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
        throw result;
    return result;
}
function computeBaseScore(vector) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`CVSS vector '${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(vector)}' ${why}`);
    };
    const text = vector.trim().replace(/^\((.*)\)$/, '$1');
    const prefix = /^CVSS:(\d\.\d)\//.exec(text);
    const version = (prefix ? prefix[1] : '2.0');
    const body = prefix ? text.slice(prefix[0].length) : text;
    const allowed = { '2.0': V2_METRICS, '3.0': V3_METRICS, '3.1': V3_METRICS, '4.0': V4_METRICS }[version];
    if (!allowed)
        fail(`has unsupported version '${version}'`);
    const seen = new Set();
    for (const part of body.split('/')) {
        const m = /^([A-Za-z]{1,3}):([A-Za-z]{1,2})$/.exec(part);
        if (!m)
            fail(`has a malformed metric '${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(part)}'`);
        const metric = m[1];
        if (!allowed.has(metric))
            fail(`has unknown CVSS ${version} metric '${metric}'`);
        if (seen.has(metric))
            fail(`repeats metric '${metric}'`);
        seen.add(metric);
    }
    let v;
    try {
        if (version === '2.0')
            v = new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss2)(body);
        else if (version === '3.0')
            v = new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss3P0)(text);
        else if (version === '3.1')
            v = new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss3P1)(text);
        else
            v = new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss4P0)(text);
    }
    catch (err) {
        return fail(`cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!v.isBaseFullyDefined())
        fail('lacks base metrics');
    const base = v.calculateScores().base;
    if (typeof base !== 'number' || Number.isNaN(base))
        return fail('has no computable base score');
    return { vector: text, version, baseScore: base, level: levelOfScore(base, version) };
}
const LABELS = {
    critical: 'critical',
    important: 'high',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    negligible: 'low',
    unimportant: 'low',
    none: 'none',
};
/** A vendor's word for severity (GHSA, Ubuntu, Debian, Red Hat, SUSE), or `unknown`. */
function levelOfLabel(label) {
    // Debian marks an urgency it took from NVD with trailing asterisks (`low**`).
    return LABELS[label.trim().toLowerCase().replace(/\*+$/, '')] ?? 'unknown';
}
function labelsOf(record, affected) {
    const out = [];
    const add = (source, value) => {
        if (typeof value === 'string' && value.trim())
            out.push({ source, label: value, level: levelOfLabel(value) });
    };
    add('database_specific.severity', record.database_specific?.severity);
    for (const a of affected) {
        add('affected.ecosystem_specific.severity', a.ecosystem_specific?.severity);
        add('affected.database_specific.severity', a.database_specific?.severity);
        add('affected.ecosystem_specific.urgency', a.ecosystem_specific?.urgency);
        for (const s of a.severity ?? [])
            if (s.type === 'Ubuntu')
                add('affected.severity Ubuntu', s.score);
    }
    for (const s of record.severity ?? [])
        if (s.type === 'Ubuntu')
            add('severity Ubuntu', s.score);
    const prefix = /^(Critical|Important|Moderate|Low):/.exec(record.summary ?? '');
    if (prefix)
        add('summary', prefix[1]);
    return out;
}
/**
 * The severity of `record`, for one package when `affected` is given (its
 * entry's own severities join the record's), else over all entries.
 */
function severityOf(record, affected) {
    const entries = affected ? [affected] : (record.affected ?? []);
    const vectors = [];
    for (const s of record.severity ?? [])
        if (s.type !== 'Ubuntu')
            vectors.push(s);
    for (const a of entries) {
        for (const s of a.severity ?? [])
            if (s.type !== 'Ubuntu')
                vectors.push(s);
        // RustSec writes the advisory's vector here too, and some feeds only here.
        const cvss = a.database_specific?.cvss;
        if (typeof cvss === 'string' && cvss.trim())
            vectors.push({ score: cvss });
    }
    const scores = [];
    const problems = [];
    for (const s of vectors) {
        try {
            const score = cvssBaseScore(s.score);
            if (!scores.some((x) => x.vector === score.vector))
                scores.push(score);
        }
        catch (err) {
            problems.push(`${record.id}: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    const labels = labelsOf(record, entries);
    const highest = (list) => list.reduce((best, s) => (!best || s.baseScore > best.baseScore ? s : best), undefined);
    const modern = highest(scores.filter((s) => s.version !== '2.0'));
    if (modern)
        return {
            level: modern.level,
            score: modern,
            basis: `CVSS ${modern.version} base score`,
            scores,
            labels,
            problems,
        };
    const v2 = highest(scores.filter((s) => s.version === '2.0'));
    if (v2)
        return { level: v2.level, score: v2, basis: 'CVSS 2.0 base score', scores, labels, problems };
    const label = labels
        .filter((l) => l.level !== 'unknown')
        .reduce((best, l) => (!best || compareSeverity(l.level, best.level) > 0 ? l : best), undefined);
    if (label)
        return {
            level: label.level,
            basis: `label '${label.label}' (${label.source})`,
            scores,
            labels,
            problems,
        };
    return { level: 'unknown', basis: 'no CVSS vector or severity label', scores, labels, problems };
}


/***/ }),

/***/ 16534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   lM: () => (/* binding */ packageIdentity)
/* harmony export */ });
/* unused harmony exports FAIL_ON, UNKNOWN_AS */
/* harmony import */ var _advisories_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34852);
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74468);


// The gate: one decision from the findings left open after the filters.
//
// `fail-on` uses the names of Harbor's "prevent vulnerable images" threshold:
// `low`, `medium`, `high` and `critical` fail when an open finding is at or
// above that severity, as Harbor blocks a pull. `none` turns the gate off (the
// report is still written); note that Harbor's own `severity: none` blocks
// every vulnerable image, which is lading's `fail-on: low` with the default
// `unknown-as`. A finding rated `none` (CVSS 0.0) never fails the gate.
//
// UNKNOWN severity never passes silently. Harbor ranks Unknown with None (code 0),
// so a `low` threshold lets it through; lading does not: `unknown-as` says which
// severity an unknown finding counts as, `critical` by default, so any enabled
// gate fails on it. `unknown-as: ignore` lets such findings pass, and the
// decision then names them, so even that is never silent.
//
// Findings the matcher could not decide (`undetermined`) count like affected ones.
//
// `fail-on-new-only`: only findings the change introduced count. A finding is
// the same across base and head when it is for the same vulnerability (any id
// in common, aliases included) in the same package identity (purl type,
// namespace, name and subpath; version and qualifiers left out), so a version
// bump that keeps a CVE does not make it new. Every base finding counts,
// suppressed or not: what the base already had is not the change's doing.
const FAIL_ON = (/* unused pure expression or super */ null && (['none', 'low', 'medium', 'high', 'critical']));
const UNKNOWN_AS = (/* unused pure expression or super */ null && (['critical', 'high', 'medium', 'low', 'ignore']));
function decide(findings, options) {
    const unknownAs = options.unknownAs ?? 'critical';
    const open = findings.filter((f) => f.state === 'open');
    const counts = {
        critical: 0,
        high: 0,
        medium: 0,
        low: 0,
        none: 0,
        unknown: 0,
    };
    for (const f of open)
        counts[f.finding.severity.level]++;
    let considered = open;
    const decision = {};
    if (options.base) {
        const baseKeys = options.base.map(identityOf);
        considered = open.filter((f) => !baseKeys.some((b) => sameVulnerability(b, identityOf(f.finding))));
        const headKeys = findings.map((f) => identityOf(f.finding));
        decision.introduced = considered;
        decision.resolved = options.base.filter((b) => !headKeys.some((h) => sameVulnerability(identityOf(b), h)));
    }
    const ignoredUnknown = [];
    const failing = [];
    if (options.failOn !== 'none') {
        for (const f of considered) {
            let level = f.finding.severity.level;
            if (level === 'unknown') {
                if (unknownAs === 'ignore') {
                    ignoredUnknown.push(f);
                    continue;
                }
                level = unknownAs;
            }
            if (level !== 'none' && (0,_advisories_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSeverity */ .zK)(level, options.failOn) >= 0)
                failing.push(f);
        }
    }
    const scope = options.base ? 'new ' : '';
    let reason;
    if (options.failOn === 'none')
        reason = 'gate off (fail-on: none): report only';
    else if (failing.length > 0) {
        const unknown = failing.filter((f) => f.finding.severity.level === 'unknown').length;
        reason =
            `failed: ${failing.length} ${scope}open finding(s) at or above ${options.failOn}` +
                (unknown > 0 ? ` (${unknown} of unknown severity, counted as ${unknownAs})` : '') +
                `, e.g. ${describe(failing[0])}`;
    }
    else
        reason = `passed: no ${scope}open finding at or above ${options.failOn}`;
    if (ignoredUnknown.length > 0) {
        reason += `; ${ignoredUnknown.length} ${scope}finding(s) of unknown severity let through by unknown-as: ignore`;
    }
    return {
        passed: failing.length === 0,
        failOn: options.failOn,
        unknownAs,
        failing,
        ignoredUnknown,
        counts,
        ...decision,
        reason,
    };
}
function describe(f) {
    return `${f.finding.id} in ${f.finding.package.name} ${f.finding.package.version} (${f.finding.severity.level})`;
}
/** The package without version or qualifiers: what stays the same across an upgrade. */
function packageIdentity(finding) {
    try {
        const p = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePurl */ .$l)(finding.package.purl);
        return `pkg:${p.type}/${p.namespace ? `${p.namespace}/` : ''}${p.name}${p.subpath ? `#${p.subpath}` : ''}`;
    }
    catch {
        return `${finding.package.type}/${finding.package.name}`;
    }
}
function identityOf(finding) {
    return { ids: finding.ids.length > 0 ? finding.ids : [finding.id], pkg: packageIdentity(finding) };
}
function sameVulnerability(a, b) {
    return a.pkg === b.pkg && a.ids.some((id) => b.ids.includes(id));
}


/***/ }),

/***/ 48358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ parseOpenVex),
/* harmony export */   Zc: () => (/* binding */ vexVerdict),
/* harmony export */   lu: () => (/* binding */ vexWarnings)
/* harmony export */ });
/* unused harmony exports JUSTIFICATIONS, purlMatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _sbom_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74468);



// OpenVEX v0.2.0 (https://github.com/openvex/spec), read as `vexctl` and
// `govulncheck -format openvex` write it.
//
// Which statement applies to a finding:
//  - the vulnerability: the statement's `name`, `@id` or any `aliases` entry
//    equals any id of the finding (the matcher keeps CVE, GHSA, GO- and distro ids);
//  - the product: a product names the scanned image (a `pkg:oci/…@sha256:` purl,
//    a bare digest or a `hashes` entry equal to the image digest) or the
//    finding's package (a purl). A purl pattern without a version matches every
//    version; qualifiers it gives must be present and equal; the ones it omits
//    are ignored (the purl spec's matching rule);
//  - subcomponents: when a product lists subcomponents, the statement applies
//    only to findings whose package one of them names (by purl), and the product
//    itself must name the image.
// A product that names neither a purl nor a digest (govulncheck writes
// `Unknown Product`) applies to nothing unless the caller says, through
// `subjectNames`, that the name stands for the scanned image.
// Among statements that apply, the latest wins (statement `last_updated`, else
// `timestamp`, else the document's); on equal times, the later one read wins.
// Timestamps without a zone are read as UTC.
const JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
];
const STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
/** Parses and validates one OpenVEX document; errors name the file and field. */
function parseOpenVex(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}); an OpenVEX document is JSON`);
    }
    const fail = (field, why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${file}: OpenVEX field ${field} ${why}`);
    };
    const doc = objectAt(raw, '(document)', fail);
    const context = doc['@context'];
    if (typeof context !== 'string' || !/^https:\/\/openvex\.dev\/ns(\/v0\.2\.0)?\/?$/.test(context)) {
        fail('@context', `must be "https://openvex.dev/ns/v0.2.0" (got ${show(context)})`);
    }
    const id = stringAt(doc['@id'], '@id', fail);
    const author = stringAt(doc.author, 'author', fail);
    const docTime = timeAt(doc.last_updated ?? doc.timestamp, doc.last_updated ? 'last_updated' : 'timestamp', fail);
    if (doc.version !== undefined && !(Number.isInteger(doc.version) && doc.version >= 1)) {
        fail('version', `must be an integer >= 1 (got ${show(doc.version)})`);
    }
    if (!Array.isArray(doc.statements))
        fail('statements', 'must be an array');
    const statements = doc.statements.map((s, i) => statementOf(s, `statements[${i}]`, `${file}#statements[${i}]`, docTime, fail));
    return { file, id, author, statements };
}
function statementOf(value, at, source, docTime, fail) {
    const s = objectAt(value, at, fail);
    const vulnerabilityIds = vulnerabilityIdsOf(s.vulnerability, `${at}.vulnerability`, fail);
    const status = s.status;
    if (typeof status !== 'string' || !STATUSES.includes(status)) {
        fail(`${at}.status`, `must be one of ${STATUSES.join(', ')} (got ${show(status)})`);
    }
    if (!Array.isArray(s.products) || s.products.length === 0) {
        fail(`${at}.products`, 'must be a non-empty array: a statement without products applies to nothing');
    }
    const products = s.products.map((p, i) => productOf(p, `${at}.products[${i}]`, fail));
    const statement = {
        source,
        vulnerabilityIds,
        products,
        status: status,
        time: s.last_updated !== undefined
            ? timeAt(s.last_updated, `${at}.last_updated`, fail)
            : s.timestamp !== undefined
                ? timeAt(s.timestamp, `${at}.timestamp`, fail)
                : docTime,
    };
    const justification = optionalString(s.justification, `${at}.justification`, fail);
    if (justification !== undefined) {
        if (!JUSTIFICATIONS.includes(justification)) {
            fail(`${at}.justification`, `must be one of ${JUSTIFICATIONS.join(', ')} (got ${show(justification)})`);
        }
        statement.justification = justification;
    }
    const impact = optionalString(s.impact_statement, `${at}.impact_statement`, fail);
    if (impact !== undefined)
        statement.impactStatement = impact;
    const action = optionalString(s.action_statement, `${at}.action_statement`, fail);
    if (action !== undefined)
        statement.actionStatement = action;
    const notes = optionalString(s.status_notes, `${at}.status_notes`, fail);
    if (notes !== undefined)
        statement.statusNotes = notes;
    if (statement.status === 'not_affected' && !statement.justification && !statement.impactStatement) {
        fail(`${at}.justification`, 'is required (or impact_statement) when status is not_affected');
    }
    return statement;
}
function vulnerabilityIdsOf(value, at, fail) {
    // v0.0.x wrote the vulnerability as a bare string; v0.2.0 as an object with a name.
    if (typeof value === 'string' && value.trim() !== '')
        return [value.trim()];
    const v = objectAt(value, at, fail);
    const ids = [stringAt(v.name, `${at}.name`, fail)];
    if (typeof v['@id'] === 'string' && v['@id'].trim() !== '')
        ids.push(v['@id'].trim());
    if (v.aliases !== undefined) {
        if (!Array.isArray(v.aliases))
            fail(`${at}.aliases`, 'must be an array of strings');
        v.aliases.forEach((a, i) => {
            ids.push(stringAt(a, `${at}.aliases[${i}]`, fail));
        });
    }
    return ids;
}
function productOf(value, at, fail) {
    const p = typeof value === 'string' ? { '@id': value } : objectAt(value, at, fail);
    const identifiers = p.identifiers === undefined ? {} : objectAt(p.identifiers, `${at}.identifiers`, fail);
    const idValue = p['@id'] ?? identifiers.purl;
    const id = stringAt(idValue, `${at}.@id`, fail);
    const product = { id, digests: [], subcomponents: [] };
    const purl = typeof identifiers.purl === 'string' ? identifiers.purl : id.startsWith('pkg:') ? id : undefined;
    if (purl !== undefined) {
        checkPurl(purl, typeof identifiers.purl === 'string' ? `${at}.identifiers.purl` : `${at}.@id`, fail);
        product.purl = purl;
    }
    if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(id.toLowerCase()))
        product.digests.push(id.toLowerCase());
    if (p.hashes !== undefined) {
        const hashes = objectAt(p.hashes, `${at}.hashes`, fail);
        for (const [alg, hex] of Object.entries(hashes)) {
            const hexText = stringAt(hex, `${at}.hashes.${alg}`, fail).toLowerCase();
            const name = alg.toLowerCase().replace('-', '');
            if (name === 'sha256' || name === 'sha512')
                product.digests.push(`${name}:${hexText}`);
        }
    }
    if (p.subcomponents !== undefined) {
        if (!Array.isArray(p.subcomponents))
            fail(`${at}.subcomponents`, 'must be an array');
        product.subcomponents = p.subcomponents.map((c, i) => {
            const sub = productOf(c, `${at}.subcomponents[${i}]`, fail);
            return sub.purl ? { id: sub.id, purl: sub.purl } : { id: sub.id };
        });
    }
    return product;
}
/** What VEX says about one finding: the latest applicable statement, or undefined. */
function vexVerdict(documents, finding, subject) {
    const ids = new Set(finding.ids.length > 0 ? finding.ids : [finding.id]);
    let best;
    // Documents in the order given, statements in file order: on equal times the later one read wins.
    for (const doc of documents) {
        for (const s of doc.statements) {
            if (!s.vulnerabilityIds.some((v) => ids.has(v) || ids.has(lastSegment(v))))
                continue;
            if (!s.products.some((p) => productApplies(p, finding.package, subject)))
                continue;
            if (!best || s.time >= best.time)
                best = s;
        }
    }
    if (!best)
        return undefined;
    const verdict = {
        status: best.status,
        source: best.source,
        timestamp: new Date(best.time).toISOString(),
    };
    if (best.justification)
        verdict.justification = best.justification;
    if (best.impactStatement)
        verdict.impactStatement = best.impactStatement;
    if (best.actionStatement)
        verdict.actionStatement = best.actionStatement;
    if (best.statusNotes)
        verdict.statusNotes = best.statusNotes;
    return verdict;
}
/**
 * Products that can never apply: a free name (govulncheck's `Unknown Product`)
 * the caller did not declare as the image. Named so a user sees why a VEX
 * document changed nothing.
 */
function vexWarnings(documents, subject) {
    const out = [];
    for (const doc of documents) {
        for (const s of doc.statements) {
            for (const p of s.products) {
                if (p.purl || p.digests.length > 0 || (subject.subjectNames ?? []).includes(p.id))
                    continue;
                out.push(`${s.source}: product '${p.id}' is neither a purl nor a digest, so the statement applies to nothing; name it as the scanned image to apply it`);
            }
        }
    }
    return out;
}
/** `https://pkg.go.dev/vuln/GO-2020-0015` names GO-2020-0015. */
function lastSegment(id) {
    const slash = id.lastIndexOf('/');
    return slash === -1 ? id : id.slice(slash + 1);
}
function productApplies(product, pkg, subject) {
    if (product.subcomponents.length > 0) {
        return (namesSubject(product, subject) &&
            product.subcomponents.some((c) => c.purl !== undefined && purlMatches(c.purl, pkg.purl)));
    }
    if (namesSubject(product, subject))
        return true;
    return product.purl !== undefined && !isOciPurl(product.purl) && purlMatches(product.purl, pkg.purl);
}
function namesSubject(product, subject) {
    const digests = new Set(subject.digests.map((d) => d.toLowerCase()));
    if (product.digests.some((d) => digests.has(d)))
        return true;
    if (product.purl && isOciPurl(product.purl)) {
        const p = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(product.purl);
        if (p.version)
            return digests.has(decodeURIComponent(p.version).toLowerCase());
        return subject.purl !== undefined && purlMatches(product.purl, subject.purl);
    }
    return !product.purl && !product.digests.length && (subject.subjectNames ?? []).includes(product.id);
}
function isOciPurl(purl) {
    return purl.toLowerCase().startsWith('pkg:oci/');
}
/**
 * Whether `pattern` (a purl, perhaps without version or qualifiers) names
 * `candidate`: type, namespace, name and subpath equal after the purl spec's
 * normalisation; version equal when the pattern has one; every qualifier of the
 * pattern present in the candidate with the same value.
 */
function purlMatches(pattern, candidate) {
    let p;
    let c;
    try {
        p = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(pattern);
        c = (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(candidate);
    }
    catch {
        return false;
    }
    if (p.type !== c.type || (p.namespace ?? '') !== (c.namespace ?? '') || p.name !== c.name)
        return false;
    if (p.version && p.version !== c.version)
        return false;
    if (p.subpath && p.subpath !== c.subpath)
        return false;
    for (const [key, value] of Object.entries(p.qualifiers ?? {})) {
        if (c.qualifiers?.[key] !== value)
            return false;
    }
    return true;
}
function checkPurl(purl, at, fail) {
    try {
        (0,_sbom_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePurl */ .$l)(purl);
    }
    catch (err) {
        fail(at, `is not a valid purl: ${err instanceof Error ? err.message : String(err)}`);
    }
}
function objectAt(value, at, fail) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        fail(at, `must be an object (got ${show(value)})`);
    return value;
}
function stringAt(value, at, fail) {
    if (typeof value !== 'string' || value.trim() === '')
        fail(at, `must be a non-empty string (got ${show(value)})`);
    return value.trim();
}
function optionalString(value, at, fail) {
    if (value === undefined || value === null)
        return undefined;
    return stringAt(value, at, fail);
}
/** RFC 3339 date-time; without a zone it is read as UTC (govulncheck's test output has none). */
function timeAt(value, at, fail) {
    const text = stringAt(value, at, fail);
    const m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i.exec(text);
    const ms = m ? Date.parse(m[2] ? text : `${text}Z`) : Number.NaN;
    if (Number.isNaN(ms))
        fail(at, `must be an RFC 3339 date-time (got ${show(value)})`);
    return ms;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}


/***/ }),

/***/ 16546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseScanOutput: () => (/* binding */ parseScanOutput),
  rescanStep: () => (/* binding */ rescanStep),
  scanStep: () => (/* binding */ scanStep)
});

// UNUSED EXPORTS: SCAN_OUTPUT_FORMATS, dockerfileLocation, lastFromLine, lockfileLocator, rescanSource, scanSubject, withSuffix

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/advisories/freshness.ts + 1 modules
var freshness = __webpack_require__(98817);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sbom/purl.ts
var sbom_purl = __webpack_require__(74468);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/sbom/license.ts
var license = __webpack_require__(51966);
// EXTERNAL MODULE: ./src/sbom/model.ts
var model = __webpack_require__(25440);
// EXTERNAL MODULE: ./src/sbom/rpmdb/header.ts
var header = __webpack_require__(20636);
;// CONCATENATED MODULE: ./src/sbom/readers/record.ts






// What both SBOM readers share: one package record of a foreign SBOM (syft,
// trivy, cdxgen, lading) turned into the Inventory model. The purl decides the
// type, version, arch and distro; the source package comes from whichever of
// the tools' conventions is present, lading's own first:
//   lading:package:sourceName / sourceVersion   (lading's CycloneDX)
//   aquasecurity:trivy:SrcName / SrcVersion / SrcRelease / SrcEpoch   (trivy)
//   syft:metadata:originPackage (apk), syft:metadata:source / sourceVersion (deb),
//   syft:metadata:sourceRpm (rpm)   (syft's CycloneDX)
//   purl `upstream=` (syft and lading, both formats)
// apk and deb packages without any of these are their own source, as the
// catalogers record them.
const PURL_TYPES = {
    apk: 'apk',
    deb: 'deb',
    rpm: 'rpm',
    npm: 'npm',
    pypi: 'pypi',
    golang: 'golang',
    maven: 'maven',
    gem: 'gem',
    cargo: 'cargo',
    composer: 'composer',
    nuget: 'nuget',
};
/** os-release IDs for the distro names tools put in purls (`redhat` namespace, trivy's `alma`). */
const DISTRO_IDS = {
    redhat: 'rhel',
    alma: 'almalinux',
    'opensuse.leap': 'opensuse-leap',
    'suse linux enterprise server': 'sles',
};
function newContext(file, options = {}) {
    return { file, warnings: [], unknownTypes: new Map(), withoutPurl: 0, licenses: options.licenses ?? true };
}
/** The warnings that sum up skipped records, added once the document is read. */
function closeContext(ctx) {
    const out = [...ctx.warnings];
    for (const [type, n] of [...ctx.unknownTypes].sort()) {
        out.push({
            path: ctx.file,
            message: `${ctx.file}: ${n} package(s) of purl type "${type}" skipped: lading has no advisory ecosystem for them`,
        });
    }
    if (ctx.withoutPurl > 0) {
        out.push({
            path: ctx.file,
            message: `${ctx.file}: ${ctx.withoutPurl} package(s) without a purl skipped: they cannot be matched`,
        });
    }
    return out;
}
function fail(ctx, field, why) {
    throw new errors/* InputError */.dz(`${ctx.file}: ${field} ${why}`);
}
/** A package of the model, or undefined when the record cannot be matched (counted in `ctx`). */
function packageFrom(raw, ctx) {
    if (!raw.purl) {
        ctx.withoutPurl++;
        return undefined;
    }
    let purl;
    try {
        purl = (0,sbom_purl/* parsePurl */.$l)(raw.purl);
    }
    catch (err) {
        fail(ctx, raw.purlAt, `is not a valid purl: ${err instanceof Error ? err.message : String(err)}`);
    }
    const type = PURL_TYPES[purl.type];
    if (!type) {
        // The image itself (pkg:oci, pkg:docker) is the subject, not a package.
        if (purl.type !== 'oci' && purl.type !== 'docker') {
            ctx.unknownTypes.set(purl.type, (ctx.unknownTypes.get(purl.type) ?? 0) + 1);
        }
        return undefined;
    }
    const q = (purl.qualifiers ?? {});
    let version = purl.version ?? raw.version;
    if (!version)
        fail(ctx, `${raw.at}`, `(${raw.purl}) has no version, in its purl or its version field`);
    if (type === 'rpm' && q.epoch && q.epoch !== '0' && !/^\d+:/.test(version)) {
        version = `${q.epoch}:${version}`;
    }
    const name = type === 'apk' || type === 'deb' || type === 'rpm' ? purl.name : (raw.name ?? purl.name);
    const pkg = {
        name: name.trim() || purl.name,
        version,
        type,
        purl: raw.purl,
        licenses: ctx.licenses ? (0,license/* normaliseLicenses */.Z0)(raw.licenses) : [],
        locations: raw.locations,
    };
    if (q.arch)
        pkg.arch = q.arch;
    if (type === 'apk' || type === 'deb' || type === 'rpm') {
        const distro = distroOfPurl(purl) ?? ctx.distro;
        if (distro)
            pkg.distro = distro;
        const source = sourceOf(type, pkg, q.upstream, raw.properties);
        if (source)
            pkg.source = source;
    }
    return pkg;
}
/** A distro from the purl's `distro=` qualifier: syft's `alpine-3.20.3`, trivy's `3.20.3` (id from the namespace). */
function distroOfPurl(purl) {
    const value = (purl.qualifiers ?? {}).distro;
    if (!value)
        return undefined;
    const m = /^(.+?)-(\d[\w.~+-]*)$/.exec(value);
    if (m)
        return distroOf(m[1], m[2]);
    if (/^\d/.test(value) && purl.namespace)
        return distroOf(purl.namespace, value);
    // A codename (`debian-bookworm`) or a bare id: no version, which the matcher reports.
    const named = /^(.+?)-([a-z]+)$/.exec(value);
    if (named)
        return { ...distroOf(named[1], undefined), versionCodename: named[2] };
    return distroOf(value, undefined);
}
function distroOf(idText, versionId, prettyName) {
    const lower = idText.trim().toLowerCase();
    const id = DISTRO_IDS[lower] ?? lower.replace(/\s+/g, '-');
    const distro = { id, prettyName: prettyName?.trim() || `${id}${versionId ? ` ${versionId}` : ''}` };
    if (versionId)
        distro.versionId = versionId;
    return distro;
}
function sourceOf(type, pkg, upstream, props) {
    const ladingName = props.get('lading:package:sourceName');
    if (ladingName)
        return { name: ladingName, version: props.get('lading:package:sourceVersion') ?? pkg.version };
    const trivyName = props.get('aquasecurity:trivy:SrcName');
    if (trivyName) {
        let version = props.get('aquasecurity:trivy:SrcVersion') ?? pkg.version;
        const release = props.get('aquasecurity:trivy:SrcRelease');
        const epoch = props.get('aquasecurity:trivy:SrcEpoch');
        if (release)
            version = `${version}-${release}`;
        if (epoch && epoch !== '0' && !/^\d+:/.test(version))
            version = `${epoch}:${version}`;
        return { name: trivyName, version };
    }
    if (type === 'apk') {
        const origin = props.get('syft:metadata:originPackage') ?? upstream;
        return { name: origin || pkg.name, version: pkg.version };
    }
    if (type === 'deb') {
        const syftName = props.get('syft:metadata:source');
        if (syftName)
            return { name: syftName, version: props.get('syft:metadata:sourceVersion') || pkg.version };
        if (upstream) {
            const at = upstream.indexOf('@');
            return at === -1
                ? { name: upstream, version: pkg.version }
                : { name: upstream.slice(0, at), version: upstream.slice(at + 1) };
        }
        return { name: pkg.name, version: pkg.version };
    }
    const sourceRpm = props.get('syft:metadata:sourceRpm') ?? upstream;
    const parsed = sourceRpm ? (0,header/* parseSourceRpm */.W)(sourceRpm) : undefined;
    if (!parsed)
        return undefined;
    const epoch = /^(\d+):/.exec(pkg.version)?.[1];
    return { name: parsed.name, version: epoch ? `${epoch}:${parsed.version}` : parsed.version };
}
/**
 * Locations from tool properties: `syft:location:N:path`, `lading:location:N:path`
 * (+ `:layerDigest`), trivy's `aquasecurity:trivy:FilePath`, cdxgen's `SrcFile`.
 */
function locationsOfProperties(props) {
    const out = [];
    for (const [key, value] of props) {
        const m = /^(syft|lading):location:(\d+):path$/.exec(key);
        if (!m)
            continue;
        const layer = props.get(`lading:location:${m[2]}:layerDigest`);
        out.push(layer && (0,oci_digest/* isDigest */.Bc)(layer) ? { path: (0,model/* normalisePath */.qb)(value), layer } : { path: (0,model/* normalisePath */.qb)(value) });
    }
    for (const key of ['aquasecurity:trivy:FilePath', 'SrcFile']) {
        const value = props.get(key);
        if (value && !out.some((l) => l.path === (0,model/* normalisePath */.qb)(value)))
            out.push({ path: (0,model/* normalisePath */.qb)(value) });
    }
    return out;
}
/** Locations written into SPDX `sourceInfo`: `acquired package info from APK DB: /lib/apk/db/installed`. */
function locationsOfSourceInfo(text) {
    if (!text)
        return [];
    const out = [];
    for (const m of text.matchAll(/(\/[^\s,()]+)(?: \(layer ((?:sha256|sha512):[0-9a-f]+)\))?/g)) {
        const path = (0,model/* normalisePath */.qb)(m[1]);
        const layer = m[2];
        out.push(layer && (0,oci_digest/* isDigest */.Bc)(layer) ? { path, layer } : { path });
    }
    return out;
}

// EXTERNAL MODULE: ./src/advisories/osv.ts
var osv = __webpack_require__(6407);
// EXTERNAL MODULE: ./src/advisories/severity.ts
var advisories_severity = __webpack_require__(34852);
// EXTERNAL MODULE: ./src/advisories/versions/registry.ts + 11 modules
var registry = __webpack_require__(96214);
;// CONCATENATED MODULE: ./src/advisories/matcher.ts






const LANGUAGE_ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    maven: 'Maven',
    gem: 'RubyGems',
    cargo: 'crates.io',
    composer: 'Packagist',
    nuget: 'NuGet',
};
/**
 * The OSV ecosystem of a distribution release: alpine 3.20.3 → `Alpine:v3.20`,
 * debian 12 → `Debian:12`, ubuntu 22.04 → `Ubuntu:22.04:LTS`, almalinux 9.4 →
 * `AlmaLinux:9`, rocky 9.3 → `Rocky Linux:9`. Undefined when OSV has none lading knows.
 */
function distroEcosystem(distro) {
    const v = distro.versionId;
    const major = v?.split('.')[0];
    switch (distro.id) {
        case 'alpine': {
            const m = v ? /^(\d+)\.(\d+)/.exec(v) : null;
            return m ? `Alpine:v${m[1]}.${m[2]}` : undefined;
        }
        case 'debian':
            return major && /^\d+$/.test(major) ? `Debian:${major}` : undefined;
        case 'ubuntu': {
            if (!v || !/^\d+\.\d+$/.test(v))
                return undefined;
            const lts = /\bLTS\b/.test(distro.prettyName) || /^\d*[02468]\.04$/.test(v);
            return `Ubuntu:${v}${lts ? ':LTS' : ''}`;
        }
        case 'almalinux':
            return major ? `AlmaLinux:${major}` : undefined;
        case 'rocky':
            return major ? `Rocky Linux:${major}` : undefined;
        case 'wolfi':
            return 'Wolfi';
        case 'chainguard':
            return 'Chainguard';
        case 'opensuse-leap':
            return v ? `openSUSE:Leap ${v}` : undefined;
        case 'mageia':
            return v ? `Mageia:${v}` : undefined;
        default:
            return undefined;
    }
}
/**
 * A package from its purl alone, read as the SBOM readers read purls: the type
 * and name, the version (rpm's `epoch=` joined to it), the distribution release
 * from `distro=` (`alpine-3.20.3`, `debian-12`) and the source package from
 * `upstream=`. Throws InputError naming the purl when it cannot be matched.
 */
function packageOfPurl(purl) {
    const parsed = (0,sbom_purl/* parsePurl */.$l)(purl);
    if (!parsed.version)
        throw new errors/* InputError */.dz(`purl "${purl}": has no version, so it cannot be matched`);
    const pkg = packageFrom({ at: 'purl', purlAt: 'purl', purl, properties: new Map(), licenses: [], locations: [] }, newContext(purl));
    if (!pkg)
        throw new errors/* InputError */.dz(`purl "${purl}": lading has no advisory ecosystem for purl type "${parsed.type}"`);
    return pkg;
}
/**
 * An OS package that lacks its release or source package, completed from its
 * purl's `distro=` and `upstream=` qualifiers when it has them: a package built
 * elsewhere than lading's catalogers (a purl given by hand, another tool's
 * model) still says where it comes from there.
 */
function withPurlFacts(pkg) {
    if (pkg.distro && pkg.source)
        return pkg;
    let fromPurl;
    try {
        fromPurl = packageOfPurl(pkg.purl);
    }
    catch {
        return pkg;
    }
    if (fromPurl.type !== pkg.type)
        return pkg;
    const out = { ...pkg };
    if (!out.distro && fromPurl.distro)
        out.distro = fromPurl.distro;
    // apk and deb readers name a package its own source when the purl is silent: only a named upstream counts.
    const upstream = (0,sbom_purl/* parsePurl */.$l)(pkg.purl).qualifiers?.upstream;
    if (!out.source && upstream && fromPurl.source)
        out.source = fromPurl.source;
    return out;
}
/** Where and under which names to look a package up, or why it cannot be. */
function queryFor(given, inventoryDistro) {
    if (given.type === 'apk' || given.type === 'deb' || given.type === 'rpm') {
        const pkg = withPurlFacts(given);
        const distro = pkg.distro ?? inventoryDistro;
        if (!distro)
            return `${pkg.type} package without a distribution release`;
        const ecosystem = distroEcosystem(distro);
        if (!ecosystem)
            return `no advisory ecosystem known for ${distro.id} ${distro.versionId ?? '(no VERSION_ID)'}`;
        if (pkg.type === 'rpm') {
            const names = [pkg.name];
            if (pkg.source && pkg.source.name !== pkg.name)
                names.push(pkg.source.name);
            return { ecosystem, names, version: pkg.version };
        }
        // Debian binNMUs (+b1) carry the source version in `source`; advisories speak of source versions.
        return { ecosystem, names: [pkg.source?.name ?? pkg.name], version: pkg.source?.version ?? pkg.version };
    }
    const ecosystem = LANGUAGE_ECOSYSTEMS[given.type];
    if (!ecosystem)
        return `no advisory ecosystem for package type ${given.type}`;
    return { ecosystem, names: [languageName(given)], version: given.version };
}
/** The name as OSV writes it: Maven `group:artifact`, npm `@scope/name`, Go and Packagist paths. */
function languageName(pkg) {
    try {
        const p = (0,sbom_purl/* parsePurl */.$l)(pkg.purl);
        if (!p.namespace)
            return p.name;
        return pkg.type === 'maven' ? `${p.namespace}:${p.name}` : `${p.namespace}/${p.name}`;
    }
    catch {
        return pkg.name;
    }
}
/** The export ecosystems (OSV bucket folders) an inventory needs: only those are fetched. */
function exportEcosystems(inventory) {
    const out = new Set();
    for (const pkg of inventory.packages) {
        const q = queryFor(pkg, inventory.distro);
        if (typeof q !== 'string')
            out.add((0,registry/* ecosystemBase */.gY)(q.ecosystem));
    }
    return [...out].sort();
}
/** The ids a record stands for: itself, its aliases, and its upstream id when it restates exactly one. */
function idsOf(record) {
    const ids = [record.id, ...(record.aliases ?? [])];
    if (record.upstream?.length === 1)
        ids.push(record.upstream[0]);
    return ids;
}
function preferredId(ids, records) {
    return (ids.find((i) => i.startsWith('CVE-')) ?? ids.find((i) => i.startsWith('GHSA-')) ?? records[0]);
}
/** Groups hits that share any id (union-find over ids). */
function groupByVulnerability(hits) {
    const parent = new Map();
    const find = (x) => {
        let r = x;
        while (parent.get(r) !== r)
            r = parent.get(r);
        parent.set(x, r);
        return r;
    };
    for (const h of hits) {
        const ids = idsOf(h.record);
        for (const id of ids)
            if (!parent.has(id))
                parent.set(id, id);
        const root = find(ids[0]);
        for (const id of ids.slice(1))
            parent.set(find(id), root);
    }
    const groups = new Map();
    for (const h of hits) {
        const root = find(h.record.id);
        const list = groups.get(root) ?? [];
        list.push(h);
        groups.set(root, list);
    }
    return [...groups.values()];
}
function findingOf(pkg, q, name, group) {
    const records = [...new Set(group.map((h) => h.record.id))].sort();
    const idSet = new Set();
    for (const h of group)
        for (const id of idsOf(h.record))
            idSet.add(id);
    const sortedIds = [...idSet].sort();
    const id = preferredId(sortedIds, records);
    const ids = [id, ...sortedIds.filter((i) => i !== id)];
    let severity;
    const fixed = new Set();
    const ranges = [];
    const reasons = [];
    let affected = false;
    for (const h of group) {
        if (h.result.verdict === 'unknown') {
            reasons.push(...h.result.reasons);
            continue;
        }
        affected = true;
        const s = (0,advisories_severity/* severityOf */.xJ)(h.record, h.result.affected);
        if (!severity || (0,advisories_severity/* compareSeverity */.zK)(s.level, severity.level) > 0)
            severity = s;
        for (const f of h.result.fixed)
            fixed.add(f);
        const r = h.result.range;
        ranges.push(r
            ? { advisory: h.record.id, via: 'range', type: r.type, events: r.events }
            : { advisory: h.record.id, via: 'versions' });
    }
    if (!severity) {
        for (const h of group) {
            const s = (0,advisories_severity/* severityOf */.xJ)(h.record);
            if (!severity || (0,advisories_severity/* compareSeverity */.zK)(s.level, severity.level) > 0)
                severity = s;
        }
    }
    const finding = {
        id,
        ids,
        advisories: records,
        package: pkg,
        ecosystem: q.ecosystem,
        name,
        version: q.version,
        status: affected ? 'affected' : 'undetermined',
        severity: severity,
        fixed: sortVersions(q.ecosystem, [...fixed]),
        ranges,
    };
    const summary = group.find((h) => h.record.summary)?.record.summary;
    if (summary)
        finding.summary = summary;
    if (reasons.length > 0)
        finding.reasons = reasons;
    return finding;
}
function sortVersions(ecosystem, versions) {
    const c = (0,registry/* comparatorFor */.IB)(ecosystem);
    if (!c || !versions.every((v) => c.isValid(v)))
        return versions.sort();
    return versions.sort((a, b) => c.compare(a, b));
}
/** Every package against the database: findings, and the packages that could not be checked. */
function matchInventory(inventory, db) {
    const findings = [];
    const skipped = [];
    for (const pkg of inventory.packages) {
        const q = queryFor(pkg, inventory.distro);
        if (typeof q === 'string') {
            skipped.push({ package: pkg, reason: q });
            continue;
        }
        if (!db.has((0,registry/* ecosystemBase */.gY)(q.ecosystem))) {
            skipped.push({ package: pkg, reason: `no advisory data for ecosystem ${(0,registry/* ecosystemBase */.gY)(q.ecosystem)}` });
            continue;
        }
        let hits = [];
        let matchedName = q.names[0];
        if (db.hits) {
            const found = db.hits(q.ecosystem, q.names, q.version);
            if (found[0])
                matchedName = found[0].name;
            hits = found;
        }
        const seen = new Set();
        for (const name of db.hits ? [] : q.names) {
            for (const record of db.lookup(q.ecosystem, name)) {
                if (seen.has(record.id))
                    continue;
                seen.add(record.id);
                const result = (0,osv/* affects */.bB)(record, q.ecosystem, name, q.version);
                if (result.verdict === 'not-affected')
                    continue;
                if (hits.length === 0)
                    matchedName = name;
                hits.push({ record, result });
            }
        }
        for (const group of groupByVulnerability(hits))
            findings.push(findingOf(pkg, q, matchedName, group));
    }
    findings.sort((a, b) => a.package.name.localeCompare(b.package.name) ||
        a.package.version.localeCompare(b.package.version) ||
        a.id.localeCompare(b.id));
    return { findings, skipped };
}
/** Packages given only as purls (see packageOfPurl) against the database. */
function matchPurls(purls, db) {
    return matchInventory({ packages: purls.map(packageOfPurl), warnings: [] }, db);
}
/** Findings only; see matchInventory for the packages that could not be checked. */
function match(inventory, db) {
    return matchInventory(inventory, db).findings;
}

// EXTERNAL MODULE: ./src/oci/image-config.ts
var image_config = __webpack_require__(84231);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/sbom/formats/subject.ts
var formats_subject = __webpack_require__(32242);
;// CONCATENATED MODULE: ./src/sbom/readers/spdx.ts




// SPDX 2.2 and 2.3 JSON as syft, trivy and lading write them. Packages come
// from `packages[]` with their purl in `externalRefs` (category PACKAGE-MANAGER,
// or PACKAGE_MANAGER as 2.3 spells it); the described package with purpose
// CONTAINER (or a `pkg:oci` purl) is the image; a package with purpose
// OPERATING-SYSTEM is the distro. trivy puts the source package in annotations
// (`SrcName: openssl`), read like its CycloneDX properties.
const VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
const NOASSERTION = new Set(['NOASSERTION', 'NONE', '']);
function readSpdx(doc, file, options = {}) {
    const ctx = newContext(file, options);
    const fail = (field, why) => {
        throw new errors/* InputError */.dz(`${file}: SPDX field ${field} ${why}`);
    };
    const version = doc.spdxVersion;
    if (typeof version !== 'string' || !VERSIONS.includes(version)) {
        fail('spdxVersion', `must be one of ${VERSIONS.join(', ')} (got ${show(version)})`);
    }
    if (doc.packages !== undefined && !Array.isArray(doc.packages))
        fail('packages', 'must be an array');
    const raw = (doc.packages ?? []);
    const records = raw.map((p, i) => {
        if (typeof p !== 'object' || p === null || Array.isArray(p))
            fail(`packages[${i}]`, `must be an object (got ${show(p)})`);
        const pkg = p;
        if (typeof pkg.name !== 'string')
            fail(`packages[${i}].name`, `must be a string (got ${show(pkg.name)})`);
        if (typeof pkg.SPDXID !== 'string' || pkg.SPDXID === '')
            fail(`packages[${i}].SPDXID`, `must be a non-empty string (got ${show(pkg.SPDXID)})`);
        return pkg;
    });
    const described = describedIds(doc, fail);
    let subject;
    let distro;
    const skip = new Set();
    records.forEach((p, i) => {
        const purpose = typeof p.primaryPackagePurpose === 'string' ? p.primaryPackagePurpose : '';
        const purl = purlOf(p, `packages[${i}]`, fail);
        if (purpose === 'OPERATING-SYSTEM') {
            skip.add(i);
            distro ??= distroOf(p.name, stringOr(p.versionInfo), stringOr(p.description) ?? stringOr(p.summary));
            return;
        }
        const isOci = purl?.value.toLowerCase().startsWith('pkg:oci/') ?? false;
        if (purpose === 'CONTAINER' || (isOci && described.has(p.SPDXID))) {
            skip.add(i);
            subject ??= imageSubject(p, purl?.value);
        }
    });
    if (distro)
        ctx.distro = distro;
    const packages = [];
    records.forEach((p, i) => {
        if (skip.has(i))
            return;
        const purl = purlOf(p, `packages[${i}]`, fail);
        const declared = stringOr(p.licenseDeclared);
        const concluded = stringOr(p.licenseConcluded);
        const license = declared && !NOASSERTION.has(declared) ? declared : concluded;
        const pkg = packageFrom({
            at: `SPDX field packages[${i}]`,
            purlAt: purl?.at ?? `packages[${i}].externalRefs`,
            name: p.name,
            ...(stringOr(p.versionInfo) ? { version: stringOr(p.versionInfo) } : {}),
            ...(purl ? { purl: purl.value } : {}),
            properties: annotationProperties(p),
            licenses: license && !NOASSERTION.has(license) ? [license] : [],
            locations: locationsOfSourceInfo(stringOr(p.sourceInfo)),
        }, ctx);
        if (pkg)
            packages.push(pkg);
    });
    if (!distro)
        distro = firstDistro(packages);
    return {
        format: 'spdx',
        specVersion: version,
        inventory: { packages, ...(distro ? { distro } : {}), warnings: closeContext(ctx) },
        ...(subject ? { subject } : {}),
    };
}
function describedIds(doc, fail) {
    const out = new Set();
    if (Array.isArray(doc.documentDescribes)) {
        for (const id of doc.documentDescribes)
            if (typeof id === 'string')
                out.add(id);
    }
    if (doc.relationships !== undefined) {
        if (!Array.isArray(doc.relationships))
            fail('relationships', 'must be an array');
        for (const r of doc.relationships) {
            const rel = r;
            if (rel &&
                rel.relationshipType === 'DESCRIBES' &&
                rel.spdxElementId === 'SPDXRef-DOCUMENT' &&
                typeof rel.relatedSpdxElement === 'string')
                out.add(rel.relatedSpdxElement);
        }
    }
    return out;
}
function purlOf(p, at, fail) {
    if (p.externalRefs === undefined)
        return undefined;
    if (!Array.isArray(p.externalRefs))
        fail(`${at}.externalRefs`, 'must be an array');
    const refs = p.externalRefs;
    for (let j = 0; j < refs.length; j++) {
        const ref = refs[j];
        if (typeof ref !== 'object' || ref === null)
            fail(`${at}.externalRefs[${j}]`, 'must be an object');
        if (ref.referenceType !== 'purl')
            continue;
        if (typeof ref.referenceLocator !== 'string' || ref.referenceLocator.trim() === '') {
            fail(`${at}.externalRefs[${j}].referenceLocator`, `must be a purl (got ${show(ref.referenceLocator)})`);
        }
        return {
            value: ref.referenceLocator.trim(),
            at: `SPDX field ${at}.externalRefs[${j}].referenceLocator`,
        };
    }
    return undefined;
}
/** trivy writes `Key: value` annotations; they become properties named as in its CycloneDX. */
function annotationProperties(p) {
    const out = new Map();
    if (!Array.isArray(p.annotations))
        return out;
    for (const a of p.annotations) {
        const comment = a?.comment;
        if (typeof comment !== 'string')
            continue;
        const m = /^(\w+): (.+)$/.exec(comment.trim());
        if (m)
            out.set(`aquasecurity:trivy:${m[1]}`, m[2].trim());
    }
    return out;
}
function imageSubject(p, purl) {
    let digest;
    let tag;
    let name = typeof p.name === 'string' ? p.name : '';
    if (purl) {
        try {
            const parsed = (0,sbom_purl/* parsePurl */.$l)(purl);
            if (parsed.version && (0,oci_digest/* isDigest */.Bc)(parsed.version))
                digest = parsed.version;
            const q = (parsed.qualifiers ?? {});
            tag = q.tag;
            if (q.repository_url)
                name = q.repository_url;
        }
        catch {
            // The purl is checked where packages are read; a bad image purl only costs the digest.
        }
    }
    const version = stringOr(p.versionInfo);
    if (!digest && version && (0,oci_digest/* isDigest */.Bc)(version))
        digest = version;
    if (!digest && Array.isArray(p.checksums)) {
        for (const c of p.checksums) {
            if (c?.algorithm === 'SHA256' && typeof c.checksumValue === 'string')
                digest = `sha256:${c.checksumValue.toLowerCase()}`;
        }
    }
    if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest))
        return undefined;
    // syft names the image as the user typed it (`alpine:3.20`); the subject's name has no tag.
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag ??= name.slice(colon + 1);
        name = name.slice(0, colon);
    }
    return { kind: 'image', name: name || 'image', digest, ...(tag ? { tag } : {}) };
}
/** Without an OS package, the distro of the first OS package's purl stands for the document's. */
function firstDistro(packages) {
    return packages.find((p) => p.distro)?.distro;
}
function stringOr(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

;// CONCATENATED MODULE: ./src/sbom/readers/cyclonedx.ts





// CycloneDX 1.4–1.6 JSON as syft, trivy, cdxgen and lading write them.
// Components are read depth first (cdxgen nests them); the `operating-system`
// component is the distro, `metadata.component` of type container the image;
// tool properties (`syft:…`, `aquasecurity:trivy:…`, `lading:…`) give the
// source package and where a package was found.
const cyclonedx_VERSIONS = ['1.4', '1.5', '1.6'];
function readCyclonedx(doc, file, options = {}) {
    const ctx = newContext(file, options);
    const fail = (field, why) => {
        throw new errors/* InputError */.dz(`${file}: CycloneDX field ${field} ${why}`);
    };
    if (doc.bomFormat !== 'CycloneDX')
        fail('bomFormat', `must be "CycloneDX" (got ${show(doc.bomFormat)})`);
    const version = doc.specVersion;
    if (typeof version !== 'string' || !cyclonedx_VERSIONS.includes(version)) {
        fail('specVersion', `must be one of ${cyclonedx_VERSIONS.join(', ')} (got ${show(version)})`);
    }
    const flat = [];
    const walk = (list, at) => {
        if (list === undefined)
            return;
        if (!Array.isArray(list))
            fail(at, 'must be an array');
        list.forEach((c, i) => {
            const here = `${at}[${i}]`;
            if (typeof c !== 'object' || c === null || Array.isArray(c))
                fail(here, `must be an object (got ${show(c)})`);
            const comp = c;
            if (typeof comp.name !== 'string')
                fail(`${here}.name`, `must be a string (got ${show(comp.name)})`);
            if (typeof comp.type !== 'string')
                fail(`${here}.type`, `must be a string (got ${show(comp.type)})`);
            if (comp.purl !== undefined && typeof comp.purl !== 'string')
                fail(`${here}.purl`, `must be a string (got ${show(comp.purl)})`);
            if (comp.properties !== undefined && !Array.isArray(comp.properties))
                fail(`${here}.properties`, 'must be an array');
            flat.push({ c: comp, at: here });
            walk(comp.components, `${here}.components`);
        });
    };
    walk(doc.components, 'components');
    const metadata = (typeof doc.metadata === 'object' && doc.metadata !== null ? doc.metadata : {});
    const root = metadata.component;
    const subject = root && root.type === 'container' ? cyclonedx_imageSubject(root) : undefined;
    let distro;
    for (const { c } of flat) {
        if (c.type !== 'operating-system')
            continue;
        distro = distroOf(c.name, typeof c.version === 'string' && c.version ? c.version : undefined, typeof c.description === 'string' ? c.description : undefined);
        break;
    }
    if (distro)
        ctx.distro = distro;
    const packages = [];
    for (const { c, at } of flat) {
        if (c.type === 'operating-system' || c.type === 'container' || c.type === 'file')
            continue;
        const props = propertiesOf(c);
        const pkg = packageFrom({
            at: `CycloneDX field ${at}`,
            purlAt: `CycloneDX field ${at}.purl`,
            name: componentName(c),
            ...(typeof c.version === 'string' && c.version ? { version: c.version } : {}),
            ...(typeof c.purl === 'string' && c.purl.trim() ? { purl: c.purl.trim() } : {}),
            properties: props,
            licenses: licensesOf(c),
            locations: locationsOfProperties(props),
        }, ctx);
        if (pkg)
            packages.push(pkg);
    }
    if (!distro)
        distro = firstDistro(packages);
    return {
        format: 'cyclonedx',
        specVersion: version,
        inventory: { packages, ...(distro ? { distro } : {}), warnings: closeContext(ctx) },
        ...(subject ? { subject } : {}),
    };
}
/** CycloneDX splits Maven and npm scopes into `group`; the model's name carries them as the ecosystem writes them. */
function componentName(c) {
    const name = c.name;
    const group = typeof c.group === 'string' ? c.group : '';
    if (!group)
        return name;
    const purl = typeof c.purl === 'string' ? c.purl : '';
    if (purl.startsWith('pkg:npm/'))
        return `${group}/${name}`;
    if (purl.startsWith('pkg:maven/'))
        return `${group}:${name}`;
    return name;
}
function propertiesOf(c) {
    const out = new Map();
    for (const p of (c.properties ?? [])) {
        const prop = p;
        if (prop && typeof prop.name === 'string' && typeof prop.value === 'string' && !out.has(prop.name))
            out.set(prop.name, prop.value);
    }
    return out;
}
function licensesOf(c) {
    if (!Array.isArray(c.licenses))
        return [];
    const out = [];
    for (const l of c.licenses) {
        const choice = l;
        if (!choice)
            continue;
        if (typeof choice.expression === 'string')
            out.push(choice.expression);
        const lic = choice.license;
        if (lic && typeof lic.id === 'string')
            out.push(lic.id);
        else if (lic && typeof lic.name === 'string')
            out.push(lic.name);
    }
    return out;
}
function cyclonedx_imageSubject(root) {
    let name = typeof root.name === 'string' ? root.name : '';
    let digest;
    let tag;
    if (typeof root.purl === 'string') {
        try {
            const p = (0,sbom_purl/* parsePurl */.$l)(root.purl);
            if (p.version && (0,oci_digest/* isDigest */.Bc)(p.version))
                digest = p.version;
            const q = (p.qualifiers ?? {});
            tag = q.tag;
            if (q.repository_url)
                name = q.repository_url;
        }
        catch {
            // An unreadable image purl costs only the subject's digest.
        }
    }
    const props = propertiesOf(root);
    // trivy: `RepoDigest` = `repo@sha256:…`, the manifest digest a registry serves.
    const repoDigest = props.get('aquasecurity:trivy:RepoDigest')?.split('@')[1];
    if (!digest && repoDigest && (0,oci_digest/* isDigest */.Bc)(repoDigest))
        digest = repoDigest;
    if (!digest && typeof root.version === 'string' && (0,oci_digest/* isDigest */.Bc)(root.version))
        digest = root.version;
    if (!digest && Array.isArray(root.hashes)) {
        for (const h of root.hashes) {
            if (h?.alg === 'SHA-256' && typeof h.content === 'string')
                digest = `sha256:${h.content.toLowerCase()}`;
        }
    }
    if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest))
        return undefined;
    tag ??= props.get('lading:image:tag');
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag ??= name.slice(colon + 1);
        name = name.slice(0, colon);
    }
    return { kind: 'image', name: name || 'image', digest, ...(tag ? { tag } : {}) };
}

;// CONCATENATED MODULE: ./src/sbom/readers/index.ts




/** Predicate types of SBOM attestations, as cosign and lading write them. */
const SBOM_PREDICATE_TYPES = (/* unused pure expression or super */ null && ([
    'https://spdx.dev/Document',
    'https://spdx.dev/Document/v2.3',
    'https://cyclonedx.org/bom',
    'https://cyclonedx.org/bom/v1.6',
]));
function isSbomPredicateType(type) {
    return /^https:\/\/(spdx\.dev\/Document|cyclonedx\.org\/bom)(\/v[\d.]+)?$/.test(type);
}
/** Reads `file` (a path, for messages too). A missing file is bad input naming it. */
async function readSbomFile(file, where = file, options = {}) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* InputError */.dz(`${where}: ${code === 'ENOENT' ? 'no such SBOM file' : err.message}`);
    }
    return readSbomText(text, where, options);
}
function readSbomText(text, file, options = {}) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)}); lading reads SPDX and CycloneDX JSON`);
    }
    return readSbomValue(value, file, options);
}
/** A parsed document, or an attestation wrapping one. */
function readSbomValue(value, file, options = {}) {
    const doc = unwrap(value, file, 0);
    if ('spdxVersion' in doc)
        return readSpdx(doc, file, options);
    if ('bomFormat' in doc)
        return readCyclonedx(doc, file, options);
    throw new errors/* InputError */.dz(`${file}: neither an SPDX 2.2/2.3 JSON document (no spdxVersion) nor a CycloneDX 1.4-1.6 JSON BOM (no bomFormat)`);
}
function unwrap(value, file, depth) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz(`${file}: the document must be a JSON object (got ${show(value)})`);
    }
    const doc = value;
    if (depth > 3)
        return doc;
    // Sigstore bundle.
    if (typeof doc.dsseEnvelope === 'object' && doc.dsseEnvelope !== null) {
        return unwrap(doc.dsseEnvelope, `${file} (dsseEnvelope)`, depth + 1);
    }
    // DSSE envelope.
    if (typeof doc.payloadType === 'string' && 'payload' in doc) {
        if (typeof doc.payload !== 'string')
            throw new errors/* InputError */.dz(`${file}: DSSE field payload must be base64 text`);
        let inner;
        try {
            inner = JSON.parse(Buffer.from(doc.payload, 'base64').toString('utf8'));
        }
        catch {
            throw new errors/* InputError */.dz(`${file}: DSSE field payload is not base64-encoded JSON`);
        }
        return unwrap(inner, file, depth + 1);
    }
    // in-toto statement.
    if (typeof doc._type === 'string' && doc._type.startsWith('https://in-toto.io/Statement')) {
        const type = doc.predicateType;
        if (typeof type !== 'string' || !isSbomPredicateType(type)) {
            throw new errors/* InputError */.dz(`${file}: in-toto field predicateType is ${show(type)}, not an SBOM (SPDX or CycloneDX) predicate`);
        }
        // cosign stores some predicates as a JSON string.
        const predicate = typeof doc.predicate === 'string' ? safeParse(doc.predicate) : doc.predicate;
        return unwrap(predicate, `${file} (predicate)`, depth + 1);
    }
    return doc;
}
function safeParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/scan/dockerfile-layers.ts
// Which Dockerfile line made each layer of an image, so a finding's annotation
// lands on the instruction a reviewer would change (the RUN that installed the
// package, the COPY that brought the lockfile) rather than on the FROM line.
//
// The image config's `history` has one entry per instruction the builder ran,
// oldest first, with `empty_layer: true` for those that made no layer; the
// manifest's layers pair, in order, with the entries that did. The final
// stage's own instructions are the newest entries: they are aligned with the
// Dockerfile from the end, each entry against the instruction it should be
// (same keyword; RUN, COPY and ADD also compare their text, because BuildKit
// records it). When the stage's base is an earlier stage of the same
// Dockerfile, alignment goes on into that stage. Whatever is older is the base
// image's, and points at the FROM line that names it. An entry that does not
// align (the Dockerfile changed since the build, or a builder that records
// history differently) stops the alignment: it and everything older point at
// the FROM line with a note saying the instruction is not known.
/** The Dockerfile's stages, each with its instructions and their first lines. */
function parseDockerfile(text) {
    const lines = text.split(/\r?\n/);
    const escapeChar = /^#\s*escape\s*=\s*`\s*$/im.test(lines.slice(0, 5).join('\n')) ? '`' : '\\';
    const stages = [];
    let i = 0;
    while (i < lines.length) {
        const first = lines[i];
        const start = i;
        i++;
        if (/^\s*(#.*)?$/.test(first))
            continue;
        let joined = first;
        // Continuation lines; comment lines inside an instruction are dropped, as the parser does.
        while (joined.trimEnd().endsWith(escapeChar) && i < lines.length) {
            joined = joined.trimEnd().slice(0, -1);
            const next = lines[i];
            i++;
            if (/^\s*#/.test(next)) {
                joined += escapeChar;
                continue;
            }
            joined += ` ${next}`;
        }
        const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(joined);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const body = collapse(m[2]);
        const heredocs = [...body.matchAll(/<<(-?)(["']?)([A-Za-z_][\w]*)\2/g)];
        for (const h of heredocs) {
            const word = h[3];
            const strip = h[1] === '-';
            while (i < lines.length) {
                const l = lines[i];
                i++;
                if ((strip ? l.replace(/^\t+/, '') : l) === word)
                    break;
            }
        }
        const instruction = { keyword, body, line: start + 1, heredoc: heredocs.length > 0 };
        if (keyword === 'FROM') {
            const words = body.split(/\s+/).filter((w) => !w.startsWith('--'));
            const as = words.findIndex((w) => w.toLowerCase() === 'as');
            stages.push({
                from: instruction,
                base: words[0] ?? '',
                ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}),
                instructions: [],
            });
        }
        else if (stages.length > 0) {
            stages[stages.length - 1]?.instructions.push(instruction);
        }
    }
    return stages;
}
/**
 * Where each layer of an image came from in `dockerfile` (its final stage, or
 * `target`), by layer digest. `layers` are the manifest's, in order.
 */
function layerOrigins(dockerfile, layers, history, target) {
    const stages = parseDockerfile(dockerfile);
    const origins = new Map();
    const last = target ? stages.find((s) => s.name?.toLowerCase() === target.toLowerCase()) : stages.at(-1);
    if (!last)
        return origins;
    const chain = stageChain(stages, last);
    const root = chain.at(-1);
    const fromOfRoot = (note, kind) => ({
        line: root.from.line,
        kind,
        instruction: dockerfile_layers_short(root.from),
        note,
    });
    const unknown = fromOfRoot('the build history does not say which instruction made this layer; pointing at FROM', 'unknown');
    const layered = history.filter((h) => !h.empty_layer);
    if (layered.length !== layers.length) {
        // Without a one-to-one pairing no layer can be placed honestly.
        for (const l of layers)
            origins.set(l, unknown);
        return origins;
    }
    // Each history entry's instruction, aligned from the newest entry back.
    const placed = history.map(() => undefined);
    let h = history.length - 1;
    let aligned = true;
    for (const stage of chain) {
        for (let k = stage.instructions.length - 1; k >= 0 && h >= 0; k--) {
            const instruction = stage.instructions[k];
            if (!matches(history[h], instruction)) {
                // Builders disagree on recording ARG: one missing from the history is no misalignment.
                if (instruction.keyword === 'ARG')
                    continue;
                aligned = false;
                break;
            }
            placed[h] = { line: instruction.line, kind: 'instruction', instruction: dockerfile_layers_short(instruction) };
            h--;
        }
        if (!aligned)
            break;
    }
    const base = fromOfRoot(`a layer of the base image ${root.base}`, 'base');
    let next = 0;
    for (const [index, entry] of history.entries()) {
        if (entry.empty_layer)
            continue;
        const layer = layers[next++];
        // Older than the aligned instructions: the base image's when alignment reached the root FROM.
        origins.set(layer, placed[index] ?? (aligned && index <= h ? base : unknown));
    }
    return origins;
}
/** The stage, then the earlier stages it is built FROM, newest first. */
function stageChain(stages, stage) {
    const chain = [stage];
    let current = stage;
    for (;;) {
        const index = stages.indexOf(current);
        const parent = stages
            .slice(0, index)
            .reverse()
            .find((s) => s.name !== undefined && s.name.toLowerCase() === current.base.toLowerCase());
        if (!parent || chain.includes(parent))
            return chain;
        chain.push(parent);
        current = parent;
    }
}
/** Whether a history entry records this instruction. */
function matches(entry, instruction) {
    const recorded = recordedInstruction(entry.created_by ?? '');
    if (!recorded || recorded.keyword !== instruction.keyword)
        return false;
    if (recorded.body === undefined || instruction.heredoc)
        return true;
    if (!['RUN', 'COPY', 'ADD'].includes(instruction.keyword))
        return true;
    const own = comparable(instruction.body);
    // BuildKit prefixes RUN with the shell and the build args it saw; the command is the tail.
    return instruction.keyword === 'RUN' ? recorded.body.endsWith(own) : recorded.body === own;
}
/**
 * `created_by` as a keyword and, when the builder kept it, the text:
 * BuildKit writes `RUN /bin/sh -c cmd # buildkit`, `COPY src dst # buildkit`,
 * `ENV K=V`; the classic builder `/bin/sh -c #(nop)  CMD ["x"]`,
 * `/bin/sh -c #(nop) COPY file:… in /dst ` and `|1 K=V /bin/sh -c cmd` for RUN.
 */
function recordedInstruction(createdBy) {
    let text = createdBy.trim().replace(/\s*# buildkit$/, '');
    const nop = /^\/bin\/sh -c #\(nop\)\s+([A-Za-z]+)\b/.exec(text);
    // The classic builder rewrites COPY/ADD sources as content hashes: only the keyword compares.
    if (nop)
        return { keyword: nop[1].toUpperCase() };
    if (/^(\|\d+ |\/bin\/sh -c )/.test(text))
        text = `RUN ${text}`;
    const m = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(text);
    if (!m)
        return undefined;
    return { keyword: m[1].toUpperCase(), body: collapse(m[2] ?? '') };
}
/** An instruction's text as BuildKit records it: flags (`--from`, `--mount`, `--chown`…) left out. */
function comparable(body) {
    let text = body.trim();
    if (text.startsWith('[')) {
        try {
            const args = JSON.parse(text);
            if (Array.isArray(args) && args.every((a) => typeof a === 'string'))
                text = args.join(' ');
        }
        catch {
            // Not JSON after all: the shell form, compared as written.
        }
    }
    while (/^--\S+/.test(text))
        text = text.replace(/^--\S+\s*/, '');
    return collapse(text);
}
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
function dockerfile_layers_short(instruction) {
    const text = `${instruction.keyword} ${collapse(instruction.body)}`;
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/scan/allowlist-entries.ts
function entryState(entry, now) {
    if (entry.expires === undefined)
        return 'permanent';
    return now.getTime() >= entry.expires ? 'expired' : 'active';
}
/** Whether an entry names this finding (by any of its ids, and its package pattern if any). */
function entryMatches(entry, finding) {
    const ids = finding.ids.length > 0 ? finding.ids : [finding.id];
    if (!ids.some((i) => i.toUpperCase() === entry.id.toUpperCase()))
        return false;
    return entry.package === undefined || purlPatternMatches(entry.package, finding.package.purl);
}
function purlPatternMatches(pattern, purl) {
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    let subject = purl;
    if (!pattern.includes('?') && !pattern.includes('#'))
        subject = subject.replace(/[?#].*$/, '');
    const path = pattern.replace(/[?#].*$/, '');
    if (!path.slice(path.lastIndexOf('/') + 1).includes('@')) {
        // No version in the pattern (an `@` in an earlier segment is an npm scope).
        subject = subject.replace(/@[^/]*$/, '');
    }
    const re = new RegExp(`^${decode(pattern)
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return re.test(decode(subject));
}

// EXTERNAL MODULE: ./src/scan/vex.ts
var vex = __webpack_require__(48358);
;// CONCATENATED MODULE: ./src/scan/filters.ts


function applyFilters(findings, options) {
    const warnings = options.vex ? (0,vex/* vexWarnings */.lu)(options.vex.documents, options.vex.subject) : [];
    const entries = options.allowlist?.entries ?? [];
    for (const e of entries) {
        if (entryState(e, options.now) === 'expired') {
            warnings.push(`allowlist entry ${e.id}${e.package ? ` (${e.package})` : ''} at ${e.source} expired ${e.expiresText}: it no longer suppresses anything`);
        }
    }
    const reviewed = findings.map((finding) => {
        const r = { finding, state: 'open', marks: [] };
        const mark = (m) => {
            r.marks.push(m);
            if (m.effect === 'suppressed') {
                r.state = 'suppressed';
                r.suppressedBy = m.filter;
                return true;
            }
            return false;
        };
        if (options.vex) {
            const verdict = (0,vex/* vexVerdict */.Zc)(options.vex.documents, finding, options.vex.subject);
            if (verdict) {
                r.vex = verdict;
                const detail = verdict.justification ?? verdict.impactStatement ?? verdict.actionStatement ?? verdict.statusNotes;
                const suppress = verdict.status === 'not_affected' || verdict.status === 'fixed';
                if (mark({
                    filter: 'vex',
                    effect: suppress ? 'suppressed' : 'kept',
                    reason: `${verdict.status}${detail ? ` (${detail})` : ''}`,
                    source: verdict.source,
                }))
                    return r;
            }
        }
        const matching = entries.filter((e) => entryMatches(e, finding));
        const live = matching.find((e) => entryState(e, options.now) !== 'expired');
        if (live) {
            const until = live.expires === undefined ? 'without expiry' : `until ${live.expiresText}`;
            mark({
                filter: 'allowlist',
                effect: 'suppressed',
                reason: `allowlisted ${until}: ${live.reason}`,
                source: live.source,
            });
            return r;
        }
        const expired = matching[0];
        if (expired) {
            mark({
                filter: 'allowlist',
                effect: 'kept',
                reason: `allowlist entry expired ${expired.expiresText}: ${expired.reason}`,
                source: expired.source,
            });
        }
        if (options.ignoreUnfixed && finding.fixed.length === 0) {
            if (finding.status === 'affected') {
                mark({ filter: 'ignore-unfixed', effect: 'suppressed', reason: 'no fixed version published' });
            }
            else {
                mark({
                    filter: 'ignore-unfixed',
                    effect: 'kept',
                    reason: 'version could not be compared, so whether a fix exists is not known',
                });
            }
        }
        return r;
    });
    return { findings: reviewed, warnings };
}

;// CONCATENATED MODULE: ./src/scan/finding.ts
/** The finding's suppressing mark, if any. */
function suppression(r) {
    return r.marks.find((m) => m.effect === 'suppressed');
}

;// CONCATENATED MODULE: ./src/scan/formats/cyclonedx-vex.ts


// Findings into the CycloneDX writer's `vulnerabilities` (CycloneDX 1.6), one
// entry per finding (vulnerability × package), so each can carry its own
// analysis: the same CVE can be not_affected in one package and exploitable in
// another. Ratings are the CVSS scores the severity rule saw, and the labels;
// an unknown severity is written as `unknown`, never left out.
//
// VEX-decided findings get `analysis`: not_affected → not_affected, fixed →
// resolved, affected → exploitable, under_investigation → in_triage; the
// OpenVEX justification is mapped to CycloneDX's nearest one and kept verbatim
// in `detail`. Findings suppressed by the allowlist or ignore-unfixed have no
// analysis (no one analysed them) but `lading:suppressed-by` and
// `lading:suppression-reason` properties.
const JUSTIFICATION = {
    component_not_present: 'code_not_present',
    vulnerable_code_not_present: 'code_not_present',
    vulnerable_code_not_in_execute_path: 'code_not_reachable',
    vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
    inline_mitigations_already_exist: 'protected_by_mitigating_control',
};
const STATE = {
    not_affected: 'not_affected',
    fixed: 'resolved',
    affected: 'exploitable',
    under_investigation: 'in_triage',
};
const METHOD = {
    '2.0': 'CVSSv2',
    '3.0': 'CVSSv3',
    '3.1': 'CVSSv31',
    '4.0': 'CVSSv4',
};
function cyclonedxVulnerabilities(findings) {
    return (refOf) => findings.map((r) => {
        const ref = refOf(r.finding.package);
        if (!ref) {
            throw new errors/* InputError */.dz(`CycloneDX vulnerabilities: finding ${r.finding.id} names package ${r.finding.package.purl || r.finding.package.name}, which is not in the SBOM's inventory`);
        }
        return vulnerabilityOf(r, ref);
    });
}
function vulnerabilityOf(r, ref) {
    const f = r.finding;
    const advisory = f.advisories[0] ?? f.id;
    const affects = [
        {
            ref,
            versions: [{ version: f.package.version, status: f.status === 'affected' ? 'affected' : 'unknown' }],
        },
    ];
    const v = {
        'bom-ref': `vulnerability:${f.id}:${ref}`,
        id: f.id,
        source: cyclonedx_vex_sourceOf(f.id),
        affects,
    };
    const aliases = f.ids.filter((i) => i !== f.id);
    if (aliases.length > 0)
        v.references = aliases.map((id) => ({ id, source: cyclonedx_vex_sourceOf(id) }));
    v.ratings = ratingsOf(r);
    if (f.summary)
        v.description = f.summary;
    if (f.fixed.length > 0)
        v.recommendation = `Upgrade ${f.package.name} to ${f.fixed[0]} or later.`;
    v.advisories = [{ url: `https://osv.dev/vulnerability/${encodeURIComponent(advisory)}` }];
    if (r.vex) {
        const analysis = { state: STATE[r.vex.status] };
        const justification = r.vex.justification ? JUSTIFICATION[r.vex.justification] : undefined;
        if (justification)
            analysis.justification = justification;
        if (r.vex.status === 'affected' && r.vex.actionStatement)
            analysis.response = ['update'];
        const detail = [
            r.vex.justification ? `OpenVEX justification: ${r.vex.justification}` : '',
            r.vex.impactStatement ?? '',
            r.vex.actionStatement ?? '',
            r.vex.statusNotes ?? '',
            `(${r.vex.source})`,
        ].filter(Boolean);
        analysis.detail = detail.join('. ');
        analysis.lastUpdated = r.vex.timestamp;
        v.analysis = analysis;
    }
    const properties = [{ name: 'lading:state', value: r.state }];
    const s = suppression(r);
    if (s) {
        properties.push({ name: 'lading:suppressed-by', value: s.filter });
        properties.push({
            name: 'lading:suppression-reason',
            value: s.source ? `${s.reason} (${s.source})` : s.reason,
        });
    }
    v.properties = properties;
    return v;
}
function ratingsOf(r) {
    const s = r.finding.severity;
    const ratings = s.scores.map((score) => ({
        score: score.baseScore,
        severity: cdxSeverity(score.level),
        method: METHOD[score.version],
        vector: score.vector,
    }));
    for (const label of s.labels) {
        ratings.push({ severity: cdxSeverity(label.level), method: 'other', source: { name: label.source } });
    }
    if (ratings.length === 0 && s.score) {
        ratings.push({
            score: s.score.baseScore,
            severity: cdxSeverity(s.level),
            method: METHOD[s.score.version],
            vector: s.score.vector,
        });
    }
    if (ratings.length === 0)
        ratings.push({ severity: cdxSeverity(s.level), method: 'other', justification: s.basis });
    return ratings;
}
function cdxSeverity(level) {
    return level;
}
function cyclonedx_vex_sourceOf(id) {
    if (id.startsWith('CVE-'))
        return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
    if (id.startsWith('GHSA-'))
        return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
    return { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` };
}

// EXTERNAL MODULE: ./src/scan/gate.ts
var gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/scan/formats/json.ts


const LEVELS = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];
function buildJsonReport(input) {
    const failing = new Set(input.decision?.failing ?? []);
    const introduced = input.decision?.introduced ? new Set(input.decision.introduced) : undefined;
    const open = Object.fromEntries(LEVELS.map((l) => [l, 0]));
    const suppressed = { vex: 0, allowlist: 0, 'ignore-unfixed': 0 };
    let fixable = 0;
    for (const r of input.findings) {
        if (r.state === 'open') {
            open[r.finding.severity.level]++;
            if (r.finding.fixed.length > 0)
                fixable++;
        }
        else if (r.suppressedBy)
            suppressed[r.suppressedBy]++;
    }
    const report = {
        schemaVersion: 1,
        tool: { name: 'lading', version: input.toolVersion },
        generatedAt: input.generatedAt.toISOString(),
        subject: subjectOf(input.subject),
        filters: {
            vex: input.filters?.vex ?? [],
            ignoreUnfixed: input.filters?.ignoreUnfixed ?? false,
        },
        summary: { total: input.findings.length, open, suppressed, fixable },
        findings: input.findings.map((r) => json_findingOf(r, failing.has(r), introduced ? introduced.has(r) : undefined)),
        skipped: (input.skipped ?? []).map((s) => ({
            purl: s.package.purl,
            name: s.package.name,
            reason: s.reason,
        })),
        warnings: [...(input.warnings ?? [])],
    };
    if (input.filters?.allowlist)
        report.filters.allowlist = input.filters.allowlist;
    if (input.advisoriesUpdatedAt)
        report.advisoriesUpdatedAt = input.advisoriesUpdatedAt;
    const d = input.decision;
    if (d) {
        report.gate = {
            passed: d.passed,
            failOn: d.failOn,
            unknownAs: d.unknownAs,
            newOnly: d.introduced !== undefined,
            reason: d.reason,
            failing: d.failing.length,
        };
        if (d.introduced)
            report.gate.introduced = d.introduced.length;
        if (d.resolved)
            report.gate.resolved = d.resolved.map((f) => ({ id: f.id, package: (0,gate/* packageIdentity */.lM)(f) }));
    }
    return report;
}
function writeJsonReport(input) {
    return `${JSON.stringify(buildJsonReport(input), null, 2)}\n`;
}
function subjectOf(s) {
    if (s.kind !== 'image')
        return { ...s };
    const out = { kind: 'image', repository: s.repository, digest: s.digest };
    if (s.tag)
        out.tag = s.tag;
    if (s.platform)
        out.platform = (0,formats_subject/* platformText */.VQ)(s.platform);
    return out;
}
function json_findingOf(r, failsGate, introduced) {
    const f = r.finding;
    const severity = { level: f.severity.level, basis: f.severity.basis };
    if (f.severity.score) {
        severity.score = f.severity.score.baseScore;
        severity.vector = f.severity.score.vector;
    }
    const out = {
        id: f.id,
        ids: f.ids,
        advisories: f.advisories,
        severity,
        package: {
            name: f.package.name,
            version: f.package.version,
            type: f.package.type,
            purl: f.package.purl,
            identity: (0,gate/* packageIdentity */.lM)(f),
            paths: f.package.locations.map((l) => l.path),
        },
        ecosystem: f.ecosystem,
        matchStatus: f.status,
        fixed: f.fixed,
        state: r.state,
        marks: r.marks,
        failsGate,
    };
    if (f.summary)
        out.summary = f.summary;
    if (r.suppressedBy)
        out.suppressedBy = r.suppressedBy;
    if (r.vex)
        out.vex = r.vex;
    if (introduced !== undefined)
        out.introduced = introduced;
    return out;
}

;// CONCATENATED MODULE: ./src/scan/formats/sarif.ts





const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub's bands: critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9. Used when no CVSS score decided. */
const BAND_SCORE = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    none: '0.0',
};
/** The code scanning category of a run: `lading/image/ghcr.io/acme/app/linux/amd64/`. */
function sarifCategory(run) {
    if (run.image) {
        const platform = run.image.platform ? (0,formats_subject/* platformText */.VQ)(run.image.platform) : 'any';
        return `lading/image/${run.image.repository.toLowerCase()}/${platform}/`;
    }
    return `lading/dir/${run.directory ?? '.'}/`;
}
function buildSarif(runs, options) {
    const categories = new Set();
    for (const r of runs) {
        const c = sarifCategory(r);
        if (categories.has(c))
            throw new errors/* InputError */.dz(`SARIF: two runs share the category ${c}; give each image its platform`);
        categories.add(c);
    }
    return { $schema: SCHEMA, version: '2.1.0', runs: runs.map((r) => runOf(r, options)) };
}
function writeSarif(runs, options) {
    return `${JSON.stringify(buildSarif(runs, options), null, 2)}\n`;
}
function runOf(input, options) {
    const category = sarifCategory(input);
    const byRule = new Map();
    for (const f of input.findings) {
        const list = byRule.get(f.finding.id) ?? [];
        list.push(f);
        byRule.set(f.finding.id, list);
    }
    const ruleIds = [...byRule.keys()].sort();
    const rules = ruleIds.map((id) => ruleOf(id, byRule.get(id)));
    const results = [];
    for (const [ruleIndex, id] of ruleIds.entries()) {
        for (const f of byRule.get(id))
            results.push(resultOf(f, ruleIndex, input, category));
    }
    const driver = { name: 'lading', version: options.toolVersion, rules };
    if (options.informationUri)
        driver.informationUri = options.informationUri;
    const run = {
        tool: { driver },
        // The id's last segment is the run's own (code scanning keys alerts on the category before it):
        // the digest names the very image each analysis is about without splitting its alerts.
        automationDetails: {
            id: input.image?.digest ? `${category}${input.image.digest}` : category,
            description: { text: `lading scan of ${subjectText(input)}` },
        },
        results,
    };
    const properties = {};
    if (input.image) {
        properties.repository = input.image.repository;
        if (input.image.digest)
            properties.digest = input.image.digest;
        if (input.image.tag)
            properties.tag = input.image.tag;
        if (input.image.platform)
            properties.platform = (0,formats_subject/* platformText */.VQ)(input.image.platform);
    }
    else
        properties.directory = input.directory ?? '.';
    run.properties = properties;
    return run;
}
/** `ghcr.io/acme/app:1.0@sha256:… (linux/amd64)`, or `directory services/api`. */
function subjectText(input) {
    const i = input.image;
    if (!i)
        return `directory ${input.directory ?? '.'}`;
    return `${i.repository}${i.tag ? `:${i.tag}` : ''}${i.digest ? `@${i.digest}` : ''}${i.platform ? ` (${(0,formats_subject/* platformText */.VQ)(i.platform)})` : ''}`;
}
function levelOf(severity) {
    if (severity === 'critical' || severity === 'high' || severity === 'unknown')
        return 'error';
    if (severity === 'medium')
        return 'warning';
    return 'note';
}
function ruleOf(id, findings) {
    const first = findings[0]?.finding;
    const worst = findings.reduce((a, b) => severityRank(b.finding.severity.level) > severityRank(a.finding.severity.level) ? b : a).finding;
    const scored = findings
        .map((f) => f.finding.severity.score?.baseScore)
        .filter((s) => typeof s === 'number');
    const level = worst.severity.level;
    const properties = {
        tags: ['security', 'vulnerability', level === 'unknown' ? 'unknown-severity' : level],
        precision: 'very-high',
    };
    if (scored.length > 0)
        properties['security-severity'] = Math.max(...scored).toFixed(1);
    else if (level !== 'unknown')
        properties['security-severity'] = BAND_SCORE[level];
    const summary = first?.summary ?? id;
    const advisory = first?.advisories[0] ?? id;
    const aliases = [...new Set(findings.flatMap((f) => f.finding.ids))].filter((i) => i !== id);
    const rows = findings.map((f) => `| ${md(f.finding.package.name)} | ${md(f.finding.package.version)} | ${md(f.finding.fixed.join(', ') || 'none yet')} |`);
    const markdown = [
        `**${md(id)}**: ${md(summary)}`,
        '',
        `Severity: **${level}** (${md(worst.severity.basis)})${aliases.length > 0 ? `. Also known as ${aliases.map(md).join(', ')}` : ''}.`,
        '',
        '| Package | Installed | Fixed in |',
        '| --- | --- | --- |',
        ...rows,
        '',
        `Upgrade each package to a fixed version, or record why it does not apply (OpenVEX or the allowlist). Details: https://osv.dev/vulnerability/${advisory}`,
    ].join('\n');
    const text = `${id}: ${summary}. Fixed in: ${findings.map((f) => `${f.finding.package.name} ${f.finding.fixed.join(', ') || 'none yet'}`).join('; ')}.`;
    return {
        id,
        name: id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: `${id} (${level})` },
        fullDescription: { text: summary },
        helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(advisory)}`,
        help: { text, markdown },
        defaultConfiguration: { level: levelOf(level) },
        properties,
    };
}
function resultOf(r, ruleIndex, input, category) {
    const f = r.finding;
    const where = subjectText(input);
    const fix = f.fixed.length > 0 ? `fixed in ${f.fixed.join(', ')}` : 'no fixed version yet';
    const result = {
        ruleId: f.id,
        ruleIndex,
        level: levelOf(f.severity.level),
        message: {
            text: `${f.package.name} ${f.package.version} is affected by ${f.id} (${f.severity.level}); ${fix}. In ${where}.`,
        },
        locations: [locationOf(r, input)],
        partialFingerprints: {
            'ladingFinding/v1': (0,external_node_crypto_.createHash)('sha256')
                .update(`${category}\u0000${f.id}\u0000${(0,gate/* packageIdentity */.lM)(f)}`)
                .digest('hex'),
        },
        properties: {
            ...(input.image ? { image: where } : {}),
            purl: f.package.purl,
            installedVersion: f.package.version,
            fixedVersions: f.fixed,
            ids: f.ids,
            severity: f.severity.level,
            status: f.status,
        },
    };
    const s = suppression(r);
    if (s) {
        result.suppressions = [
            {
                kind: 'external',
                status: 'accepted',
                justification: `${s.filter}: ${s.reason}${s.source ? ` (${s.source})` : ''}`,
            },
        ];
    }
    return result;
}
function locationOf(r, input) {
    const pkg = r.finding.package;
    const located = input.locate?.(pkg);
    if (located)
        return physical(located.path, located.line);
    if (!input.image) {
        const path = pkg.locations[0]?.path;
        if (path) {
            const dir = input.directory && input.directory !== '.' ? `${input.directory.replace(/\/+$/, '')}/` : '';
            return physical(`${dir}${path}`);
        }
    }
    if (input.dockerfile) {
        const layer = pkg.locations.find((l) => l.layer)?.layer;
        const line = (layer && input.dockerfile.lineOfLayer?.(layer)) || input.dockerfile.line;
        return physical(input.dockerfile.path, line);
    }
    const uri = input.image ? input.image.repository : (input.directory ?? '.');
    return physical(uri);
}
function physical(uri, line) {
    const location = { artifactLocation: { uri: uri.replace(/^\.?\//, '') || '.' } };
    // Code scanning needs a region to annotate a line; without a known line it shows the file.
    location.region = { startLine: line && line > 0 ? line : 1 };
    return { physicalLocation: location };
}
function severityRank(level) {
    return { unknown: 5, critical: 4, high: 3, medium: 2, low: 1, none: 0 }[level];
}
/** Markdown-safe cell text (SARIF help is rendered by GitHub). */
function md(text) {
    return text.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/scan/formats/table.ts

// A plain table for the log: severity, id, package, installed, fixed, status.
// Open findings first, worst first; suppressed ones after them, with what
// suppressed them. No colours: the Actions log and a pipe read the same text.
const ORDER = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4, none: 5 };
const HEADERS = ['SEVERITY', 'ID', 'PACKAGE', 'INSTALLED', 'FIXED', 'STATUS'];
function renderTable(findings, options = {}) {
    if (findings.length === 0)
        return 'No vulnerabilities found.\n';
    const max = options.maxCell ?? 60;
    const sorted = [...findings].sort((a, b) => (a.state === b.state ? 0 : a.state === 'open' ? -1 : 1) ||
        ORDER[a.finding.severity.level] - ORDER[b.finding.severity.level] ||
        a.finding.id.localeCompare(b.finding.id) ||
        a.finding.package.name.localeCompare(b.finding.package.name));
    const rows = sorted.map((r) => [
        r.finding.severity.level.toUpperCase(),
        r.finding.id,
        r.finding.package.name,
        r.finding.package.version,
        r.finding.fixed.join(', ') || '-',
        statusOf(r),
    ].map((cell, i) => {
        const text = cell.replace(/\s+/g, ' ');
        // The status is the last column and the explanation: never cut.
        return i === HEADERS.length - 1 ? text : cut(text, max);
    }));
    const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return `${[line(HEADERS), ...rows.map(line)].join('\n')}\n`;
}
function statusOf(r) {
    const s = suppression(r);
    if (s)
        return `suppressed by ${s.filter}: ${s.reason}`;
    const notes = r.marks.map((m) => `${m.filter}: ${m.reason}`);
    const base = r.finding.status === 'undetermined' ? 'open (undetermined)' : 'open';
    return notes.length > 0 ? `${base}; ${notes.join('; ')}` : base;
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// EXTERNAL MODULE: ./src/steps/outputs.ts
var outputs = __webpack_require__(2529);
// EXTERNAL MODULE: ./src/steps/user-file.ts
var user_file = __webpack_require__(12487);
;// CONCATENATED MODULE: ./src/steps/scan.ts






















// `lading scan`: an inventory (catalogued now, read from an SBOM file, or from
// the SBOM attestation already attached to an image) matched against the OSV
// advisory database, then the filters (VEX, allowlist, ignore-unfixed, in that
// order), the gate, and every report asked for. The reports are written whatever
// the gate decides: a failing gate is when people need them most.
const SCAN_OUTPUT_FORMATS = ['json', 'sarif', 'table', 'cyclonedx-json'];
/** Where a finding points in the Dockerfile, and what a reader should know about that line. */
function dockerfileLocation(map, pkg) {
    const layer = pkg.locations.find((l) => l.layer)?.layer;
    const origin = layer ? map.origins.get(layer) : undefined;
    if (origin)
        return { path: map.path, line: origin.line, ...(origin.note ? { note: origin.note } : {}) };
    return {
        path: map.path,
        ...(map.fromLine ? { line: map.fromLine } : {}),
        note: 'the layer that holds this package is not known; pointing at FROM',
    };
}
/** `json=out/scan.json`, `table`: one `-o` value. */
function parseScanOutput(spec, where = '-o') {
    const eq = spec.indexOf('=');
    const name = (eq === -1 ? spec : spec.slice(0, eq)).trim();
    if (!SCAN_OUTPUT_FORMATS.includes(name)) {
        throw new errors/* InputError */.dz(`${where}: unknown scan output format "${name}" (known: ${SCAN_OUTPUT_FORMATS.join(', ')})`);
    }
    if (eq === -1)
        return { format: name };
    const file = spec.slice(eq + 1);
    if (file.trim() === '')
        throw new errors/* InputError */.dz(`${where}: "${spec}" names no file after "="`);
    return { format: name, file };
}
const NO_ADVISORIES = { lookup: () => [], has: () => false };
// The registry client, the catalogers and the SBOM writers load only for the
// subjects and outputs that need them: a rescan of an SBOM file starts without.
async function openImage(image, access) {
    return (await __webpack_require__.e(/* import() */ 7706).then(__webpack_require__.bind(__webpack_require__, 7706))).openLocation(image, 'read', access);
}
async function scanStep(options, reporter) {
    (0,outputs/* checkOutputs */.n)('scan', options.outputs, options.access.cwd);
    const cwd = options.access.cwd;
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    // Bad filter files fail before any layer is pulled or advisory fetched.
    const vexDocuments = [];
    for (const file of options.vex ?? [])
        vexDocuments.push((0,vex/* parseOpenVex */.HG)(await (0,user_file/* readUserFile */.E)(at(file), file, '--vex'), file));
    const allowlist = options.allowlist
        ? await loadAllowlist(at(options.allowlist), options.allowlist)
        : undefined;
    if (options.vexFromAttestations === true && !options.vexTrust) {
        throw new errors/* InputError */.dz('vex-from-attestations: an OpenVEX attestation suppresses findings only when its signature verifies; give the public key or the keyless identity (issuer and subject) it must be signed by');
    }
    // Licences are the costliest part of reading an SBOM, and only an SBOM written back carries them.
    const read = { ...options, licenses: options.outputs.some((o) => o.format === 'cyclonedx-json') };
    const subject = await scanSubject(options.source, read, reporter);
    const vexSources = [...(options.vex ?? [])];
    const vexIgnored = [];
    const image = imageLocationOf(options.source);
    if (options.vexFromAttestations === true && options.vexTrust && subject.report.kind === 'image' && image) {
        const attached = await verifiedVex(image, subject.digests, options.vexTrust, options.access, reporter);
        for (const doc of attached.documents) {
            vexDocuments.push(doc);
            vexSources.push(doc.file);
        }
        vexIgnored.push(...attached.ignored);
    }
    const base = options.base
        ? await scanSubject(options.base, { ...read, licenses: false }, reporter)
        : undefined;
    const ecosystems = [
        ...new Set([...exportEcosystems(subject.inventory), ...(base ? exportEcosystems(base.inventory) : [])]),
    ];
    let prepared;
    const warnings = [];
    const log = {
        info: (m) => reporter.info(m),
        warn: (m) => {
            warnings.push(m);
            reporter.warn(m);
        },
    };
    if (ecosystems.length > 0) {
        prepared = await (0,freshness/* prepareDatabase */.xk)({
            dir: (0,external_node_path_.resolve)(cwd, options.db.dir),
            ecosystems,
            source: async () => {
                const { OSV_PUBLIC_URL, openSource } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(663), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 70838));
                return openSource(options.db.osvUrl ?? OSV_PUBLIC_URL, {
                    warn: log.warn,
                    ...(options.db.userAgent ? { userAgent: options.db.userAgent } : {}),
                });
            },
            policy: {
                offline: options.db.offline,
                onStale: options.db.onStale,
                ...(options.db.maxAgeHours !== undefined ? { maxAgeHours: options.db.maxAgeHours } : {}),
            },
            log,
            now: () => options.now,
            ...(options.db.cache ? { cache: options.db.cache } : {}),
        });
    }
    else {
        reporter.info(`${subject.source}: no package lading has advisories for; nothing to match`);
    }
    try {
        const lookup = prepared?.db ?? NO_ADVISORIES;
        const matched = matchInventory(subject.inventory, lookup);
        const baseFindings = base ? matchInventory(base.inventory, lookup).findings : undefined;
        for (const w of subject.inventory.warnings)
            warnings.push(w.message.includes(w.path) ? w.message : `${w.path}: ${w.message}`);
        const vexSubject = {
            digests: subject.digests,
            ...(subject.sbomSubject.kind === 'image' ? { purl: (0,formats_subject/* imagePurl */.X6)(subject.sbomSubject) } : {}),
            ...(options.vexSubjectNames ? { subjectNames: options.vexSubjectNames } : {}),
        };
        for (const i of vexIgnored)
            warnings.push(`OpenVEX ${i.source}: ignored: ${i.because}: ${i.reason}`);
        const filtered = applyFilters(matched.findings, {
            ...(vexDocuments.length > 0 ? { vex: { documents: vexDocuments, subject: vexSubject } } : {}),
            ...(allowlist ? { allowlist } : {}),
            ignoreUnfixed: Boolean(options.ignoreUnfixed),
            now: options.now,
        });
        for (const w of filtered.warnings) {
            warnings.push(w);
            reporter.warn(w);
        }
        const decision = (0,gate/* decide */.LD)(filtered.findings, {
            failOn: options.failOn,
            ...(options.unknownAs ? { unknownAs: options.unknownAs } : {}),
            ...(baseFindings ? { base: baseFindings } : {}),
        });
        const dbAge = (prepared?.ecosystems ?? []).map((e) => ({
            ecosystem: e.ecosystem,
            ...(e.fetchedAt ? { fetchedAt: e.fetchedAt } : {}),
            ...(e.ageHours !== undefined ? { ageHours: Math.round(e.ageHours * 100) / 100 } : {}),
            stale: e.stale,
        }));
        const oldest = dbAge
            .map((a) => a.fetchedAt)
            .filter((t) => t !== undefined)
            .sort()[0];
        const report = buildJsonReport({
            toolVersion: options.toolVersion,
            generatedAt: options.now,
            subject: subject.report,
            findings: filtered.findings,
            decision,
            filters: {
                vex: vexSources,
                ...(options.allowlist ? { allowlist: options.allowlist } : {}),
                ignoreUnfixed: Boolean(options.ignoreUnfixed),
            },
            ...(oldest ? { advisoriesUpdatedAt: oldest } : {}),
            skipped: matched.skipped,
            warnings,
        });
        const dockerfile = options.dockerfile
            ? await dockerfileMap(options.dockerfile, subject, image, options, reporter)
            : undefined;
        const documents = [];
        for (const output of options.outputs) {
            const text = await render(output.format, {
                report,
                findings: filtered.findings,
                subject,
                options,
                ...(dockerfile ? { dockerfile } : {}),
            });
            if (!output.file) {
                documents.push({ format: output.format, content: text });
                continue;
            }
            const file = at(output.file);
            await writeAtomically(file, text);
            reporter.debug(`wrote ${output.format} to ${file}`);
            documents.push({ format: output.format, file });
        }
        reporter.info(`${subject.source}: ${decision.reason}`);
        return {
            subject,
            report,
            decision,
            findings: filtered.findings,
            skipped: matched.skipped,
            ...(baseFindings ? { baseFindings } : {}),
            warnings,
            vexIgnored,
            ...(dockerfile ? { dockerfile } : {}),
            dbAge,
            documents,
        };
    }
    finally {
        prepared?.db.close();
    }
}
/** lading's YAML allowlist, or Harbor's CVE allowlist JSON (an object with `items` or `cve_allowlist`). */
async function loadAllowlist(path, shown) {
    const text = await (0,user_file/* readUserFile */.E)(path, shown, '--allowlist');
    // Loaded here: the YAML parser is a large module and most scans have no allowlist.
    const { importHarborAllowlist, parseAllowlist } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3268)]).then(__webpack_require__.bind(__webpack_require__, 43268));
    if (/^\s*\{/.test(text) && /"(items|cve_allowlist)"\s*:/.test(text))
        return importHarborAllowlist(text, shown);
    return parseAllowlist(text, shown);
}
/** Reads what SOURCE names into an inventory and says what it is. */
async function scanSubject(source, options, reporter) {
    if (source.startsWith('sbom:')) {
        const file = source.slice('sbom:'.length);
        if (!file)
            throw new errors/* InputError */.dz(`${source}: name the SBOM file after "sbom:"`);
        const read = await readSbomFile((0,external_node_path_.resolve)(options.access.cwd, file), file, options);
        reporter.info(`${file}: ${read.format === 'spdx' ? read.specVersion : `CycloneDX ${read.specVersion}`}, ${read.inventory.packages.length} package(s)`);
        return fromSbom(source, read, { kind: 'sbom', file });
    }
    if (source.startsWith('attestation:')) {
        const image = source.slice('attestation:'.length);
        if (!image)
            throw new errors/* InputError */.dz(`${source}: name the image after "attestation:"`);
        return fromAttestation(source, image, options, reporter);
    }
    const { sbomStep } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3292), __webpack_require__.e(7706), __webpack_require__.e(8225), __webpack_require__.e(4110)]).then(__webpack_require__.bind(__webpack_require__, 74110));
    const result = await sbomStep({
        source,
        ...(options.platform ? { platform: options.platform } : {}),
        defaultPlatform: options.defaultPlatform,
        outputs: [],
        access: options.access,
        created: options.now,
        toolVersion: options.toolVersion,
    }, reporter);
    const r = result.results[0];
    if (!r)
        throw new errors/* NotFoundError */.m_(`${source}: nothing was catalogued`);
    if (r.subject.kind === 'directory') {
        const path = source.startsWith('dir:') ? source.slice(4) : source;
        return {
            report: { kind: 'directory', name: r.subject.name },
            source,
            inventory: r.inventory,
            digests: [],
            sbomSubject: r.subject,
            directory: (0,external_node_path_.resolve)(options.access.cwd, path),
        };
    }
    return {
        report: {
            kind: 'image',
            repository: r.subject.name,
            digest: r.subject.digest,
            ...(r.subject.tag ? { tag: r.subject.tag } : {}),
            ...(r.subject.platform ? { platform: r.subject.platform } : {}),
        },
        source,
        inventory: r.inventory,
        digests: [r.subject.digest],
        sbomSubject: r.subject,
    };
}
function fromSbom(source, read, fallback, extraDigests = []) {
    const sbom = { format: read.format, specVersion: read.specVersion };
    if (read.subject?.kind === 'image') {
        const s = read.subject;
        return {
            report: {
                kind: 'image',
                repository: s.name,
                digest: s.digest,
                ...(s.tag ? { tag: s.tag } : {}),
                ...(s.platform ? { platform: s.platform } : {}),
            },
            source,
            inventory: read.inventory,
            sbom,
            digests: [...new Set([s.digest, ...extraDigests])],
            sbomSubject: s,
        };
    }
    const name = fallback.kind === 'sbom'
        ? fallback.file
        : fallback.kind === 'directory'
            ? fallback.name
            : fallback.repository;
    return {
        report: fallback,
        source,
        inventory: read.inventory,
        sbom,
        digests: extraDigests,
        sbomSubject: { kind: 'directory', name },
    };
}
/**
 * The SBOM attestation attached to an image as a Sigstore bundle referrer
 * (cosign 3 and lading attest write them so). The bundle is read, not verified:
 * `lading verify --require-attestation` is the step that checks who signed it.
 */
async function fromAttestation(source, image, options, reporter) {
    const { ANNOTATION_PREDICATE_TYPE, findBundles } = await __webpack_require__.e(/* import() */ 5799).then(__webpack_require__.bind(__webpack_require__, 85799));
    const location = await openImage(image, options.access);
    try {
        const store = location.store;
        const root = await store.resolve(location.reference);
        const fetched = await store.fetchManifest(root);
        let digest = fetched.descriptor.digest;
        const digests = [digest];
        let platform;
        if ((0,types/* isIndex */.n)(fetched.manifest)) {
            const want = options.platform ? (0,oci_platform/* parsePlatform */.Y8)(options.platform) : options.defaultPlatform;
            const chosen = (0,oci_platform/* selectPlatform */.md)(fetched.manifest, want, `${location.display}@${digest}`);
            platform = chosen.platform;
            digest = chosen.digest;
            digests.unshift(digest);
        }
        // The platform image's SBOM first, then one attached to the index.
        for (const subjectDigest of digests) {
            const found = [];
            for (const type of ['https://spdx.dev/Document', 'https://cyclonedx.org/bom']) {
                for (const b of await findBundles(store, subjectDigest, type)) {
                    const predicate = b.descriptor.annotations?.[ANNOTATION_PREDICATE_TYPE];
                    if (predicate !== undefined && !isSbomPredicateType(predicate))
                        continue;
                    if (!found.some((f) => f.descriptor.digest === b.descriptor.digest))
                        found.push(b);
                }
            }
            // The newest attestation wins when an image was attested more than once.
            found.sort((a, b) => (b.descriptor.annotations?.['org.opencontainers.image.created'] ?? '').localeCompare(a.descriptor.annotations?.['org.opencontainers.image.created'] ?? ''));
            for (const b of found) {
                const where = `${location.display}@${b.descriptor.digest}`;
                if (b.error || b.bundle === undefined) {
                    reporter.warn(`SBOM attestation ${where}: ${b.error ?? 'unreadable'}; skipped`);
                    continue;
                }
                let read;
                try {
                    read = readSbomValue(b.bundle, `SBOM attestation ${where}`, options);
                }
                catch (err) {
                    // An attestation of another predicate type without the annotation.
                    if (err instanceof errors/* InputError */.dz && /not an SBOM/.test(err.message))
                        continue;
                    throw err;
                }
                reporter.info(`${where}: SBOM attestation of ${location.display}@${subjectDigest} (${read.format} ${read.specVersion}), ${read.inventory.packages.length} package(s); not verified here`);
                const withSubject = {
                    ...read,
                    subject: {
                        kind: 'image',
                        name: location.display,
                        digest,
                        ...(location.reference && !location.reference.includes(':') ? { tag: location.reference } : {}),
                        ...(platform ? { platform } : {}),
                    },
                };
                return fromSbom(source, withSubject, { kind: 'sbom', file: image }, digests);
            }
        }
        throw new errors/* NotFoundError */.m_(`${location.display}@${digest}${platform ? ` (${(0,oci_platform/* formatPlatform */.Bq)(platform)})` : ''}: no SBOM attestation (SPDX or CycloneDX predicate) is attached as a referrer`);
    }
    finally {
        await location.close();
    }
}
/** Where the scanned image lives, for reading its referrers; undefined for SBOM files and trees. */
function imageLocationOf(source) {
    if (source.startsWith('attestation:'))
        return source.slice('attestation:'.length);
    if (source.startsWith('sbom:') || source.startsWith('dir:'))
        return undefined;
    return source;
}
/**
 * The OpenVEX attestations attached to the image (its platform manifest and,
 * for an index, the index), those whose signature verifies under `trust`.
 */
async function verifiedVex(image, digests, trust, access, reporter) {
    const location = await openImage(image, access);
    try {
        const store = location.store;
        const subjects = [...digests];
        // An image catalogued through its tag: the index the tag names also counts, if it holds this image.
        if (location.reference && subjects.length === 1) {
            const root = await store.resolve(location.reference).catch(() => undefined);
            if (root && !subjects.includes(root.digest)) {
                const { manifest } = await store.fetchManifest(root);
                if ((0,types/* isIndex */.n)(manifest) && manifest.manifests.some((m) => m.digest === subjects[0]))
                    subjects.push(root.digest);
            }
        }
        // Loaded on demand: the Sigstore verifier is heavy and most scans read no attestation.
        const { attachedVex } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(4091), __webpack_require__.e(7927), __webpack_require__.e(1928)]).then(__webpack_require__.bind(__webpack_require__, 99636));
        return await attachedVex(store, location.display, subjects, trust, reporter);
    }
    finally {
        await location.close();
    }
}
/**
 * The Dockerfile read once, and each layer of the scanned image placed on the
 * instruction that made it, from the image config's history (one manifest and
 * one config fetch; no layer is pulled). An unreadable Dockerfile or image
 * leaves every finding on the FROM line, with a warning.
 */
async function dockerfileMap(path, subject, image, options, reporter) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(options.access.cwd, path), 'utf8');
    }
    catch (err) {
        reporter.warn(`--dockerfile ${path}: ${err.message}; findings point at the file without a line`);
        return { path, origins: new Map() };
    }
    const fromLine = lastFromLine(text);
    const map = { path, ...(fromLine ? { fromLine } : {}), origins: new Map() };
    const digest = subject.report.kind === 'image' ? subject.digests[0] : undefined;
    if (!image || !digest)
        return map;
    try {
        const location = await openImage(image, options.access);
        try {
            const { manifest } = await location.store.fetchManifest({ digest });
            if (!('layers' in manifest) || !('config' in manifest))
                return map;
            const config = await (0,image_config/* readImageConfig */.M)(location.store, manifest.config);
            const history = Array.isArray(config.history) ? config.history : [];
            map.origins = layerOrigins(text, manifest.layers.map((l) => l.digest), history);
            const placed = [...map.origins.values()].filter((o) => o.kind === 'instruction').length;
            reporter.debug(`${path}: ${placed} of ${manifest.layers.length} layer(s) placed on an instruction`);
        }
        finally {
            await location.close();
        }
    }
    catch (err) {
        reporter.warn(`--dockerfile ${path}: the build history of ${subject.source} could not be read (${err.message.split('\n')[0]}); findings point at FROM`);
    }
    return map;
}
async function render(format, input) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(input.report, null, 2)}\n`;
        case 'table':
            return renderTable(input.findings);
        case 'sarif':
            return writeSarif([await sarifRun(input)], { toolVersion: input.options.toolVersion });
        case 'cyclonedx-json':
            return (await __webpack_require__.e(/* import() */ 8225).then(__webpack_require__.bind(__webpack_require__, 18225))).writeSbom('cyclonedx-json', input.subject.inventory, input.subject.sbomSubject, {
                created: input.options.now,
                toolVersion: input.options.toolVersion,
                vulnerabilities: cyclonedxVulnerabilities(input.findings),
            });
    }
}
async function sarifRun(input) {
    const { subject, options } = input;
    const run = { findings: input.findings };
    const s = subject.report;
    if (s.kind === 'image') {
        run.image = {
            repository: s.repository,
            digest: s.digest,
            ...(s.tag ? { tag: s.tag } : {}),
            ...(s.platform ? { platform: s.platform } : {}),
        };
    }
    else {
        run.directory = s.kind === 'directory' ? s.name : s.file;
    }
    const map = input.dockerfile;
    if (map) {
        run.dockerfile = {
            path: map.path,
            ...(map.fromLine ? { line: map.fromLine } : {}),
            lineOfLayer: (layer) => map.origins.get(layer)?.line,
        };
    }
    if (subject.directory)
        run.locate = await lockfileLocator(subject.directory, options.access.cwd);
    return run;
}
/**
 * The final stage's FROM line: without the build's history, the base image is
 * where OS packages came from, and the line a reviewer would change.
 */
function lastFromLine(dockerfile) {
    let found;
    dockerfile.split('\n').forEach((line, i) => {
        if (/^\s*FROM\s/i.test(line))
            found = i + 1;
    });
    return found;
}
/**
 * Where a package of a source scan is declared: its lockfile (relative to the
 * working directory, as code scanning wants paths from the repository root)
 * and the first line naming it. Files are read once each.
 */
async function lockfileLocator(root, cwd) {
    const texts = new Map();
    return (pkg) => {
        const location = pkg.locations[0];
        if (!location)
            return undefined;
        const abs = (0,external_node_path_.join)(root, location.path);
        const path = (0,external_node_path_.relative)(cwd, abs).split('\\').join('/');
        if (path.startsWith('..'))
            return undefined;
        let lines = texts.get(abs);
        if (!texts.has(abs)) {
            lines = readTextSync(abs);
            texts.set(abs, lines);
        }
        const needles = [
            `"node_modules/${pkg.name}"`,
            `"${pkg.name}"`,
            `${pkg.name}@`,
            `${pkg.name}==`,
            `name = "${pkg.name}"`,
        ];
        const index = lines?.findIndex((l) => needles.some((n) => l.includes(n)) && l.includes(pkg.name)) ?? -1;
        return index >= 0 ? { path, line: index + 1 } : { path };
    };
}
function readTextSync(path) {
    try {
        // Lockfiles are small next to an image; reading synchronously keeps the locator a plain function.
        return (0,external_node_fs_.readFileSync)(path, 'utf8').split('\n');
    }
    catch {
        return undefined;
    }
}
/** Whole file or nothing: a reader never sees half a report, and a failure leaves no file behind. */
async function writeAtomically(file, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors/* OperationError */.OK(`scan: cannot write ${file}: ${err.message}`, { cause: err });
    }
}
/**
 * Point 6, the nightly "old image, new CVE" run: each pushed image scanned
 * from its SBOM attestation (no layer pulled) against today's advisories, one
 * report per image. Report files get the image's position as a suffix
 * (`scan.json` → `scan-1.json`, `scan-2.json`) when there is more than one.
 */
async function rescanStep(options, reporter) {
    if (options.images.length === 0)
        throw new errors/* InputError */.dz('--rescan: name at least one IMAGE@DIGEST');
    const sources = options.images.map((image) => rescanSource(image));
    // Several JSON or SARIF documents on one stdout would run together; tables read well in sequence.
    const shared = sources.length > 1 ? options.outputs.find((o) => !o.file && o.format !== 'table') : undefined;
    if (shared) {
        throw new errors/* InputError */.dz(`--rescan: ${shared.format} reports of ${sources.length} images cannot share standard output; give a file (-o ${shared.format}=FILE)`);
    }
    const results = [];
    for (const [i, source] of sources.entries()) {
        const suffix = sources.length > 1 ? `-${i + 1}` : '';
        const { images: _images, ...rest } = options;
        results.push(await scanStep({
            ...rest,
            source,
            outputs: options.outputs.map((o) => (o.file ? { ...o, file: withSuffix(o.file, suffix) } : o)),
        }, reporter));
    }
    return { results, passed: results.every((r) => r.decision.passed) };
}
/** `IMAGE@DIGEST` (or `attestation:IMAGE@DIGEST`) → the `attestation:` source that scans it. */
function rescanSource(image, where = '--rescan') {
    const ref = image.startsWith('attestation:') ? image.slice('attestation:'.length) : image;
    // A rescan is about the image that was pushed, not whatever a tag names tonight.
    if (!/@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/.test(ref)) {
        throw new errors/* InputError */.dz(`${where} ${image}: name the pushed image by digest (IMAGE@sha256:…), not by tag`);
    }
    return `attestation:${ref}`;
}
/** `out/scan.json` + `-2` → `out/scan-2.json`. */
function withSuffix(file, suffix) {
    if (!suffix)
        return file;
    const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    const dot = file.lastIndexOf('.');
    return dot > slash + 1 ? `${file.slice(0, dot)}${suffix}${file.slice(dot)}` : `${file}${suffix}`;
}


/***/ })

};
