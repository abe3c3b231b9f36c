export const id = 8766;
export const ids = [8766];
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

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ isAsciiLetter),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   U0: () => (/* binding */ defineComparator),
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gr: () => (/* binding */ stripZeros),
/* harmony export */   oY: () => (/* binding */ compareDigits),
/* harmony export */   tM: () => (/* binding */ compareLists),
/* harmony export */   yp: () => (/* binding */ isDigit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// Bounded so a long-running process cannot grow without limit; a full cache is
// dropped whole, which is cheaper than tracking recency on the hot path.
const CACHE_LIMIT = 250_000;
function defineComparator(rules) {
    let cache = new Map();
    const parse = (version) => {
        const hit = cache.get(version);
        if (hit)
            return hit;
        let out;
        if (typeof version !== 'string') {
            out = { valid: false, raw: String(version), reason: 'not a string' };
        }
        else if (version.length === 0) {
            out = { valid: false, raw: version, reason: 'empty version' };
        }
        else if (version.length > 256) {
            out = { valid: false, raw: version, reason: 'longer than 256 characters' };
        }
        else {
            const r = rules.parse(version);
            out =
                typeof r === 'string'
                    ? { valid: false, raw: version, reason: r }
                    : { valid: true, raw: version, normalised: r.normalised, key: r.key };
        }
        if (cache.size >= CACHE_LIMIT)
            cache = new Map();
        cache.set(version, out);
        return out;
    };
    const mustParse = (version) => {
        const p = parse(version);
        if (!p.valid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid ${rules.ecosystem} version '${printable(version)}': ${p.reason}`);
        }
        return p;
    };
    const compareParsed = (a, b) => a.normalised === b.normalised ? 0 : rules.compareKeys(a.key, b.key);
    return {
        ecosystem: rules.ecosystem,
        parse,
        isValid: (v) => parse(v).valid,
        compare: (a, b) => compareParsed(mustParse(a), mustParse(b)),
        compareParsed,
        normalise: (v) => mustParse(v).normalised,
    };
}
/** Error messages quote user data on one line and at a bounded length. */
function printable(s) {
    const flat = String(s).replace(/[\r\n\t]/g, ' ');
    return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
function sign(n) {
    return n < 0 ? -1 : n > 0 ? 1 : 0;
}
/** Strips leading zeros from a run of ASCII digits ("" and "000" become "0"). */
function stripZeros(digits) {
    let i = 0;
    while (i < digits.length - 1 && digits.charCodeAt(i) === 48)
        i++;
    return digits.length === 0 ? '0' : digits.slice(i);
}
/**
 * Compares two runs of digits without leading zeros as numbers of any size:
 * versions carry dates and build stamps longer than a double holds exactly.
 */
function compareDigits(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function isAsciiLetter(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** Lexicographic comparison of two lists with a per-element comparison; a proper prefix sorts first. */
function compareLists(a, b, each) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = each(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}


/***/ }),

/***/ 98766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderReleaseSummary: () => (/* binding */ renderReleaseSummary)
});

;// CONCATENATED MODULE: ./src/github/summary.ts
/**
 * GitHub refuses step summaries over 1 MiB. A summary that would be larger is
 * cut at a line boundary with a note, rather than lost.
 */
const SUMMARY_LIMIT = 1024 * 1024;
function summary_fitSummary(markdown, note = 'The summary was cut at 1 MiB; the full report is in the log.') {
    if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT)
        return markdown;
    const tail = `\n\n> ${note}\n`;
    const budget = SUMMARY_LIMIT - Buffer.byteLength(tail);
    let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
    // A partial multi-byte character decodes as U+FFFD; drop it, then back up to a whole line.
    cut = cut.replace(/\uFFFD+$/, '');
    const lastNewline = cut.lastIndexOf('\n');
    return `${lastNewline > 0 ? cut.slice(0, lastNewline) : cut}${tail}`;
}

// EXTERNAL MODULE: ./src/scan/gate.ts
var gate = __webpack_require__(16534);
;// CONCATENATED MODULE: ./src/report/scan-summary.ts



const LEVELS = (/* unused pure expression or super */ null && (['critical', 'high', 'medium', 'low', 'none', 'unknown']));
const ORDER = { critical: 0, high: 1, unknown: 2, medium: 3, low: 4, none: 5 };
const ICON = {
    critical: '🟥',
    high: '🟧',
    medium: '🟨',
    low: '🟦',
    none: '⬜',
    unknown: '❔',
};
/** Worst first: severity, then fixable before not, then id and package. */
function bySeverity(a, b) {
    return (ORDER[a.finding.severity.level] - ORDER[b.finding.severity.level] ||
        Number(b.finding.fixed.length > 0) - Number(a.finding.fixed.length > 0) ||
        a.finding.id.localeCompare(b.finding.id) ||
        a.finding.package.name.localeCompare(b.finding.package.name));
}
/** The job summary, cut at GitHub's 1 MiB limit with a note naming the full report. */
function scanSummaryMarkdown(input, options = {}) {
    const top = options.top ?? 25;
    const maxSuppressed = options.suppressed ?? 50;
    const open = input.findings.filter((f) => f.state === 'open').sort(bySeverity);
    const suppressed = input.findings.filter((f) => f.state === 'suppressed').sort(bySeverity);
    const d = input.decision;
    const out = [];
    out.push(`## lading scan: ${code(input.subject)}`, '');
    out.push(`${d.passed ? '✅ **Gate passed**' : '❌ **Gate failed**'} (fail-on: \`${d.failOn}\`, unknown-as: \`${d.unknownAs}\`): ${cell(d.reason)}`, '');
    if (d.introduced) {
        out.push(`Compared with the base: ${d.introduced.length} new open finding(s), ${d.resolved?.length ?? 0} fixed.`, '');
    }
    out.push('| Severity | Open |', '| --- | ---: |');
    for (const level of LEVELS)
        out.push(`| ${ICON[level]} ${level} | ${d.counts[level]} |`);
    const byFilter = new Map();
    for (const f of suppressed)
        byFilter.set(f.suppressedBy ?? '?', (byFilter.get(f.suppressedBy ?? '?') ?? 0) + 1);
    const filterText = [...byFilter].map(([k, n]) => `${n} by ${k}`).join(', ');
    out.push(`| suppressed | ${suppressed.length}${filterText ? ` (${filterText})` : ''} |`, '');
    if (open.length > 0) {
        out.push(`### Open findings${open.length > top ? ` (the ${top} worst of ${open.length})` : ''}`, '');
        out.push('| Severity | Vulnerability | Package | Installed | Fixed in | Gate |', '| --- | --- | --- | --- | --- | --- |');
        const failing = new Set(d.failing);
        for (const f of open.slice(0, top)) {
            out.push(`| ${ICON[f.finding.severity.level]} ${f.finding.severity.level} | ${scan_summary_link(f.finding)} | ${cell(f.finding.package.name)} | ${cell(f.finding.package.version)} | ${cell(f.finding.fixed.join(', ') || 'no fix yet')} | ${failing.has(f) ? 'fails' : ''} |`);
        }
        out.push('');
    }
    else {
        out.push('No open findings.', '');
    }
    if (suppressed.length > 0) {
        out.push(`### Suppressed${suppressed.length > maxSuppressed ? ` (${maxSuppressed} of ${suppressed.length})` : ''}`, '');
        out.push('| Vulnerability | Package | By | Why | Where |', '| --- | --- | --- | --- | --- |');
        for (const f of suppressed.slice(0, maxSuppressed)) {
            const m = suppression(f);
            out.push(`| ${scan_summary_link(f.finding)} | ${cell(f.finding.package.name)} ${cell(f.finding.package.version)} | ${f.suppressedBy ?? ''} | ${cell(m?.reason ?? '')} | ${m?.source ? code(m.source) : ''} |`);
        }
        out.push('');
    }
    if (input.vexIgnored && input.vexIgnored.length > 0) {
        out.push('### OpenVEX attestations ignored', '', 'They suppress nothing: only attestations signed by the key or identity given are applied.', '', '| Attestation | Ignored: | Why |', '| --- | --- | --- |');
        for (const v of input.vexIgnored)
            out.push(`| ${code(v.source)} | ${cell(v.because)} | ${cell(v.reason)} |`);
        out.push('');
    }
    if (input.dbAge.length > 0) {
        out.push('### Advisory data', '', '| Ecosystem | Fetched | Age |', '| --- | --- | --- |');
        for (const a of input.dbAge) {
            const age = a.ageHours === undefined ? '-' : `${Math.round(a.ageHours * 10) / 10} h${a.stale ? ' ⚠️ stale' : ''}`;
            out.push(`| ${cell(a.ecosystem)} | ${a.fetchedAt ?? '-'} | ${age} |`);
        }
        out.push('');
    }
    if (input.warnings.length > 0) {
        out.push('### Warnings', '');
        for (const w of input.warnings.slice(0, 30))
            out.push(`- ${cell(w)}`);
        if (input.warnings.length > 30)
            out.push(`- … and ${input.warnings.length - 30} more`);
        out.push('');
    }
    return fitSummary(out.join('\n'), input.artifact
        ? `The summary was cut at 1 MiB; the full report is in the workflow artifact ${input.artifact}.`
        : `The summary was cut at 1 MiB; the full report is ${input.reportPath ? `in ${input.reportPath}` : 'in the JSON report'} (upload it as an artifact).`);
}
/** The pull-request comment: new and fixed vulnerabilities against the base. */
function scanPullRequestComment(input, options = {}) {
    const max = options.max ?? 50;
    const d = input.decision;
    const out = [`### lading scan: ${code(input.subject)}`, ''];
    out.push(`${d.passed ? '✅ Gate passed' : '❌ Gate failed'}: ${cell(d.reason)}`, '');
    if (!d.introduced) {
        const open = input.findings.filter((f) => f.state === 'open').length;
        out.push(`${open} open finding(s); no base was given, so new and fixed cannot be told apart.`);
        return out.join('\n');
    }
    const introduced = [...d.introduced].sort(bySeverity);
    out.push(`#### New vulnerabilities (${introduced.length})`, '');
    if (introduced.length === 0)
        out.push('None.', '');
    else {
        out.push('| Severity | Vulnerability | Package | Fixed in |', '| --- | --- | --- | --- |');
        for (const f of introduced.slice(0, max)) {
            out.push(`| ${ICON[f.finding.severity.level]} ${f.finding.severity.level} | ${scan_summary_link(f.finding)} | ${cell(f.finding.package.name)} ${cell(f.finding.package.version)} | ${cell(f.finding.fixed.join(', ') || 'no fix yet')} |`);
        }
        if (introduced.length > max)
            out.push(`| | … ${introduced.length - max} more | | |`);
        out.push('');
    }
    const resolved = d.resolved ?? [];
    out.push(`#### Fixed vulnerabilities (${resolved.length})`, '');
    if (resolved.length === 0)
        out.push('None.');
    else {
        out.push('| Vulnerability | Package |', '| --- | --- |');
        for (const f of resolved.slice(0, max))
            out.push(`| ${scan_summary_link(f)} | ${code(packageIdentity(f))} |`);
        if (resolved.length > max)
            out.push(`| … ${resolved.length - max} more | |`);
    }
    return out.join('\n');
}
function scan_summary_link(f) {
    const id = f.id;
    if (/^CVE-\d+-\d+$/.test(id))
        return `[${id}](https://nvd.nist.gov/vuln/detail/${id})`;
    if (/^(GHSA|GO|PYSEC|RUSTSEC)-/.test(id))
        return `[${id}](https://osv.dev/vulnerability/${id})`;
    return cell(id);
}
/** Table cells: no pipes or newlines, no Markdown surprises from package text. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}

;// CONCATENATED MODULE: ./src/report/release-summary.ts


const release_summary_LEVELS = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];
const STATUS_ICON = {
    done: '✅',
    denied: '❌',
    failed: '💥',
    skipped: '⏭️',
};
function renderReleaseSummary(result, format, options = {}) {
    const doc = format === 'markdown' ? markdown(result, options) : release_summary_text(result, options);
    return format === 'markdown'
        ? summary_fitSummary(doc, `The summary was cut at 1 MiB; the full scan report is ${result.files.scanJson}.`)
        : doc;
}
function verdict(result) {
    if (result.released)
        return 'released: signed, attested and verified';
    const stopped = result.stages.find((s) => s.status === 'denied' || s.status === 'failed');
    return stopped ? `not released: ${stopped.stage} ${stopped.status}: ${stopped.note ?? ''}` : 'not released';
}
/** Log index → link to the public log's entry, or just the index. */
function logEntry(result, index, md) {
    if (!result.logSearchUrl)
        return `tlog ${index}`;
    const url = `${result.logSearchUrl}${index}`;
    return md ? `[tlog ${index}](${url})` : `tlog ${index} ${url}`;
}
function logEntries(result, indexes, md) {
    if (indexes.length > 0)
        return indexes.map((i) => logEntry(result, i, md)).join(', ');
    return result.signedWith === 'key' ? 'key-signed, no tlog' : 'no tlog entry';
}
/** The gate's reason without the verdict word the summary already shows. */
function gateReason(reason) {
    return reason.replace(/^(passed|failed):\s*/, '');
}
function severityCounts(result) {
    const counts = result.scan?.decision.counts;
    if (!counts)
        return '';
    return release_summary_LEVELS.filter((l) => counts[l] > 0)
        .map((l) => `${counts[l]} ${l}`)
        .join(', ');
}
function openFindings(result) {
    return (result.scan?.findings ?? []).filter((f) => f.state === 'open').sort(bySeverity);
}
function markdown(r, options) {
    const top = options.top ?? 10;
    const out = [];
    out.push(`## lading release: ${release_summary_code(`${r.image}@${r.digest}`)}`, '');
    out.push(`${r.released ? '✅' : '❌'} **${release_summary_cell(verdict(r))}**`, '');
    if (r.platforms.length > 0)
        out.push(`Platforms: ${r.platforms.map(release_summary_code).join(', ')}`, '');
    out.push('| Stage | Result |', '| --- | --- |');
    for (const s of r.stages) {
        out.push(`| ${s.stage} | ${STATUS_ICON[s.status]} ${s.status}${s.note ? `: ${release_summary_cell(s.note)}` : ''} |`);
    }
    out.push('');
    const sbom = r.sbom?.results[0];
    if (sbom) {
        out.push('### SBOM', '');
        out.push(`**${sbom.packages}** package(s)${sbom.distro ? ` on ${release_summary_cell(sbom.distro.prettyName)}` : ''}` +
            `${sbom.platform ? ` (${sbom.platform})` : ''}, from ${sbom.files} file(s) of interest in ${sbom.layers.length} layer(s).`, '');
        const types = Object.entries(sbom.byType);
        if (types.length > 0) {
            out.push('| Type | Packages |', '| --- | ---: |');
            for (const [type, n] of types)
                out.push(`| ${release_summary_cell(type)} | ${n} |`);
            out.push('');
        }
        for (const d of sbom.documents)
            if (d.file)
                out.push(`- ${d.format}: ${release_summary_code(d.file)}`);
        out.push('');
    }
    if (r.scan) {
        const d = r.scan.decision;
        const open = openFindings(r);
        const suppressed = r.scan.findings.length - open.length;
        out.push('### Vulnerabilities', '');
        out.push(`${d.passed ? '✅ **Gate passed**' : '❌ **Gate failed**'} (fail-on: ${release_summary_code(d.failOn)}): ${release_summary_cell(gateReason(d.reason))}`, '');
        out.push('| Severity | Open |', '| --- | ---: |');
        for (const level of release_summary_LEVELS)
            out.push(`| ${level} | ${d.counts[level]} |`);
        out.push(`| suppressed | ${suppressed} |`, '');
        if (open.length > 0) {
            const failing = new Set(d.failing);
            out.push(`Top findings${open.length > top ? ` (${top} of ${open.length})` : ''}:`, '', '| Severity | Vulnerability | Package | Installed | Fixed in | Gate |', '| --- | --- | --- | --- | --- | --- |');
            for (const f of open.slice(0, top)) {
                out.push(`| ${f.finding.severity.level} | ${release_summary_link(f.finding.id)} | ${release_summary_cell(f.finding.package.name)} | ${release_summary_cell(f.finding.package.version)} | ${release_summary_cell(f.finding.fixed.join(', ') || 'no fix yet')} | ${failing.has(f) ? 'fails' : ''} |`);
            }
            out.push('');
        }
        out.push(`Reports: ${release_summary_code(r.files.scanJson)}, ${release_summary_code(r.files.sarif)}`, '');
    }
    if (r.sign || r.attestations.length > 0) {
        out.push('### Signatures and attestations', '');
        out.push('| What | Subject | Referrer | Transparency log |', '| --- | --- | --- | --- |');
        for (const s of r.sign?.signatures ?? []) {
            out.push(`| signature (${s.format}) | ${release_summary_code(release_summary_short(s.subject))} | ${release_summary_code(s.digest)} | ${logEntries(r, s.transparencyLog.map((t) => t.index), true)} |`);
        }
        for (const a of r.attestations) {
            for (const w of a.attestations) {
                out.push(`| ${predicateName(w.predicateType)} | ${release_summary_code(release_summary_short(w.subject))} | ${release_summary_code(w.digest)} | ${logEntries(r, w.transparencyLog, true)} |`);
            }
        }
        out.push('');
    }
    // The policy renderer titles its own section (plan, apply or drift).
    if (r.policy)
        out.push(r.policy.markdown.trim(), '');
    if (r.verify) {
        const v = r.verify;
        out.push('### Verification', '');
        out.push(`${v.verified ? '✅ **Verified**' : '❌ **Not verified**'}: ${release_summary_code(v.image)}`, '');
        for (const s of v.signatures) {
            out.push(`- ${s.ok ? '✅' : '❌'} signature (${s.format}) ${release_summary_code(s.location)}: ${release_summary_cell(s.reason)}`);
        }
        for (const a of v.attestations ?? []) {
            if (a.attestations.length === 0)
                out.push(`- ❌ ${a.requirement.kind}: none found`);
            for (const x of a.attestations) {
                out.push(`- ${x.ok ? '✅' : '❌'} ${a.requirement.kind} ${release_summary_code(x.location)}: ${release_summary_cell(x.reason)}`);
            }
        }
        out.push('');
    }
    return out.join('\n');
}
function release_summary_text(r, options) {
    const top = options.top ?? 10;
    const out = [];
    out.push(`release   ${r.image}@${r.digest}`);
    out.push(`verdict   ${verdict(r)}`);
    if (r.platforms.length > 0)
        out.push(`platforms ${r.platforms.join(', ')}`);
    out.push(`stages    ${r.stages.map((s) => `${s.stage} ${s.status}`).join(', ')}`, ...r.stages.filter((s) => s.note && s.status !== 'done').map((s) => `          ${s.stage}: ${s.note}`));
    const sbom = r.sbom?.results[0];
    if (sbom) {
        const types = Object.entries(sbom.byType)
            .map(([t, n]) => `${n} ${t}`)
            .join(', ');
        out.push('', `sbom      ${sbom.packages} package(s)${types ? ` (${types})` : ''}${sbom.distro ? ` on ${sbom.distro.prettyName}` : ''}, ${sbom.files} file(s) of interest in ${sbom.layers.length} layer(s)`);
        for (const d of sbom.documents)
            if (d.file)
                out.push(`          ${d.format} ${d.file}`);
    }
    if (r.scan) {
        const d = r.scan.decision;
        const open = openFindings(r);
        const suppressed = r.scan.findings.length - open.length;
        out.push('', `vulns     ${open.length} open${open.length ? ` (${severityCounts(r)})` : ''}, ${suppressed} suppressed`, `gate      ${d.passed ? 'passed' : 'FAILED'} (fail-on ${d.failOn}): ${gateReason(d.reason)}`);
        const failing = new Set(d.failing);
        for (const f of open.slice(0, top)) {
            const fixed = f.finding.fixed.length ? `fixed in ${f.finding.fixed.join(', ')}` : 'no fix yet';
            out.push(`          ${f.finding.severity.level.padEnd(8)} ${f.finding.id} ${f.finding.package.name}@${f.finding.package.version} (${fixed})${failing.has(f) ? ' fails the gate' : ''}`);
        }
        if (open.length > top)
            out.push(`          … ${open.length - top} more in ${r.files.scanJson}`);
        out.push(`          reports ${r.files.scanJson}, ${r.files.sarif}`);
    }
    if (r.sign || r.attestations.length > 0)
        out.push('');
    for (const s of r.sign?.signatures ?? []) {
        out.push(`signed    ${s.format} ${s.location} (${logEntries(r, s.transparencyLog.map((t) => t.index), false)})`);
    }
    for (const a of r.attestations) {
        for (const w of a.attestations) {
            out.push(`attested  ${predicateName(w.predicateType)} ${w.location} (${logEntries(r, w.transparencyLog, false)})`);
        }
    }
    if (r.policy)
        out.push('', r.policy.text.trimEnd());
    if (r.verify) {
        const v = r.verify;
        out.push('', `verify    ${v.verified ? 'VERIFIED' : 'NOT VERIFIED'} ${v.image}`);
        for (const s of v.signatures) {
            out.push(`          ${s.ok ? 'valid  ' : 'invalid'} signature ${s.format} ${s.location}: ${s.reason}`);
        }
        for (const a of v.attestations ?? []) {
            if (a.attestations.length === 0)
                out.push(`          missing ${a.requirement.kind} attestation`);
            for (const x of a.attestations) {
                out.push(`          ${x.ok ? 'valid  ' : 'invalid'} ${a.requirement.kind} attestation ${x.location}: ${x.reason}`);
            }
        }
    }
    return `${out.join('\n')}\n`;
}
const PREDICATE_NAMES = {
    'https://slsa.dev/provenance/v1': 'SLSA provenance',
    'https://spdx.dev/Document': 'SBOM (SPDX)',
    'https://cyclonedx.org/bom': 'SBOM (CycloneDX)',
    'https://cosign.sigstore.dev/attestation/vuln/v1': 'vulnerability scan',
    'https://openvex.dev/ns': 'OpenVEX',
};
function predicateName(type) {
    return PREDICATE_NAMES[type] ?? type;
}
/** `sha256:0123456789ab…`: subjects are long and repeated; the full digest is in the header. */
function release_summary_short(digest) {
    const colon = digest.indexOf(':');
    return colon > 0 && digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest;
}
function release_summary_link(id) {
    if (/^CVE-\d+-\d+$/.test(id))
        return `[${id}](https://nvd.nist.gov/vuln/detail/${id})`;
    if (/^(GHSA|GO|PYSEC|RUSTSEC)-/.test(id))
        return `[${id}](https://osv.dev/vulnerability/${id})`;
    return release_summary_cell(id);
}
function release_summary_cell(value) {
    return value.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
function release_summary_code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
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


/***/ })

};
