export const id = 3268;
export const ids = [3268];
export const modules = {

/***/ 43268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importHarborAllowlist: () => (/* binding */ importHarborAllowlist),
/* harmony export */   parseAllowlist: () => (/* binding */ parseAllowlist)
/* harmony export */ });
/* unused harmony export exportHarborAllowlist */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);




// lading's allowlist: accepted vulnerabilities, each with a reason and, usually,
// an expiry.
//
//   entries:
//     - id: CVE-2024-9143            # any id of the vulnerability (CVE, GHSA, GO-, distro id)
//       reason: only reachable through the CLI, which the image does not ship
//       expires: 2026-01-31          # a date (valid through that day, UTC) or an RFC 3339 date-time
//       package: pkg:apk/alpine/libssl3*   # optional purl pattern, `*` matches any run of characters
//
// An entry is active until `expires` (expired when now >= expiry, as Harbor's
// IsExpired); an expired entry suppresses nothing and is reported as a warning.
// An entry without `expires` never expires and is reported as permanent.
// A package pattern without `@` is compared with the purl's type/namespace/name
// (any version and qualifiers); with `@` but no `?`, with the purl less its
// qualifiers and subpath; with `?`, with the whole purl. Both sides are compared
// percent-decoded, so `pkg:npm/@scope/x` and `pkg:npm/%40scope/x` are the same.
/** Parses lading's allowlist YAML; errors name the file, field and line. */
function parseAllowlist(text, file) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e ? lines.linePos(e.pos[0]).line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}${line ? `:${line}` : ''}: not valid YAML: ${e?.message.split('\n')[0] ?? 'parse error'}`);
    }
    const lineOf = (node) => {
        const range = node?.range;
        return range ? ` (line ${lines.linePos(range[0]).line})` : '';
    };
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: allowlist must be a mapping with an 'entries' list`);
    for (const pair of root.items) {
        const key = String(pair.key?.value ?? pair.key);
        if (key !== 'entries')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: unknown top-level field '${key}'${lineOf(pair.key)}; only 'entries' is allowed`);
    }
    const list = root.get('entries', true);
    if (list === undefined || list === null)
        return { file, entries: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: field 'entries' must be a list${lineOf(list)}`);
    const entries = [];
    const seen = new Map();
    list.items.forEach((item, i) => {
        const at = `entries[${i}]`;
        const where = `${file}: ${at}${lineOf(item)}`;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(item))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: must be a mapping with id and reason`);
        const map = item;
        for (const pair of map.items) {
            const key = String(pair.key?.value ?? pair.key);
            if (!['id', 'reason', 'expires', 'package'].includes(key)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: unknown field '${key}' (allowed: id, reason, expires, package)`);
            }
        }
        const field = (name, required) => {
            const node = map.get(name, true);
            const value = node?.value;
            if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
                if (required)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: field '${name}' is required and must be non-empty`);
                return undefined;
            }
            if (value instanceof Date)
                return value.toISOString();
            if (typeof value !== 'string') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: ${at}.${name}${lineOf(node)}: must be a string (got ${JSON.stringify(value)})`);
            }
            return value.trim();
        };
        const id = field('id', true);
        const reason = field('reason', true);
        const entry = { id, reason, source: `${file}#${at}` };
        const expires = field('expires', false);
        if (expires !== undefined) {
            const ms = expiryOf(expires);
            if (ms === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: ${at}.expires${lineOf(map.get('expires', true))}: '${expires}' is not a date (YYYY-MM-DD) or an RFC 3339 date-time`);
            }
            entry.expires = ms;
            entry.expiresText = expires;
        }
        const pkg = field('package', false);
        if (pkg !== undefined) {
            if (!pkg.startsWith('pkg:')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: ${at}.package${lineOf(map.get('package', true))}: '${pkg}' is not a purl pattern (must start with pkg:)`);
            }
            entry.package = pkg;
        }
        const key = `${id}\u0000${pkg ?? ''}`;
        const earlier = seen.get(key);
        if (earlier)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: repeats id ${id}${pkg ? ` for ${pkg}` : ''} of ${earlier}`);
        seen.set(key, at);
        entries.push(entry);
    });
    return { file, entries };
}
/** A date means through the end of that day, UTC; a date-time is exact. */
function expiryOf(text) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        const start = Date.parse(`${text}T00:00:00Z`);
        return Number.isNaN(start) ? undefined : start + 24 * 3600 * 1000;
    }
    if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(text))
        return undefined;
    const ms = Date.parse(text.replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : ms;
}
/** Reads Harbor's CVE allowlist JSON (extra read-only fields like id and project_id are ignored). */
function importHarborAllowlist(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const obj = raw;
    const list = (obj && typeof obj === 'object' && 'cve_allowlist' in obj ? obj.cve_allowlist : obj);
    if (typeof list !== 'object' || list === null || Array.isArray(list)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: a Harbor CVE allowlist must be an object with 'items'`);
    }
    if (!Array.isArray(list.items))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: field 'items' must be an array`);
    const expiresAt = list.expires_at;
    if (expiresAt !== undefined &&
        expiresAt !== null &&
        !(Number.isInteger(expiresAt) && expiresAt >= 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: field 'expires_at' must be Unix seconds (got ${JSON.stringify(expiresAt)})`);
    }
    const seen = new Set();
    const entries = list.items.map((item, i) => {
        const id = item?.cve_id;
        if (typeof id !== 'string' || id.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: items[${i}].cve_id must be a non-empty string`);
        }
        if (seen.has(id.trim()))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}: items[${i}].cve_id ${id.trim()} is a duplicate`);
        seen.add(id.trim());
        const entry = {
            id: id.trim(),
            reason: 'imported from Harbor CVE allowlist',
            source: `${file}#items[${i}]`,
        };
        if (typeof expiresAt === 'number') {
            entry.expires = expiresAt * 1000;
            entry.expiresText = new Date(expiresAt * 1000).toISOString();
        }
        return entry;
    });
    return { file, entries };
}
/**
 * Harbor's format from lading's. Harbor has no package scope and one expiry
 * for the list, so: entries with a package pattern are left out (exporting
 * them would widen them to every package), expired entries are left out, and
 * the list expires with its earliest-expiring entry, so Harbor never accepts a
 * vulnerability longer than lading does.
 */
function exportHarborAllowlist(allowlist, now) {
    const warnings = [];
    const items = [];
    let earliest;
    const seen = new Set();
    for (const e of allowlist.entries) {
        if (e.package) {
            warnings.push(`${e.source}: ${e.id} left out: Harbor cannot scope an entry to package ${e.package}`);
            continue;
        }
        if (entryState(e, now) === 'expired') {
            warnings.push(`${e.source}: ${e.id} left out: expired ${e.expiresText}`);
            continue;
        }
        if (seen.has(e.id))
            continue;
        seen.add(e.id);
        items.push({ cve_id: e.id });
        if (e.expires !== undefined && (earliest === undefined || e.expires < earliest))
            earliest = e.expires;
    }
    const out = { items };
    // Harbor counts whole seconds; rounding down keeps the list from outliving an entry.
    if (earliest !== undefined)
        out.expires_at = Math.floor(earliest / 1000);
    return { allowlist: out, warnings };
}


/***/ })

};
