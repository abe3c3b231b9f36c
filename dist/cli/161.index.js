export const id = 161;
export const ids = [161];
export const modules = {

/***/ 72161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dbStatusStep: () => (/* binding */ dbStatusStep),
/* harmony export */   dbUpdateStep: () => (/* binding */ dbUpdateStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _advisories_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37318);
/* harmony import */ var _advisories_freshness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77398);
/* harmony import */ var _advisories_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24871);
/* harmony import */ var _advisories_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96214);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






function exportNames(ecosystems) {
    const out = new Set();
    for (const e of ecosystems) {
        const trimmed = e.trim();
        if (!trimmed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('--ecosystem: an ecosystem name is empty');
        out.add((0,_advisories_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .ecosystemBase */ .gY)(trimmed));
    }
    return [...out].sort();
}
function report(status, state) {
    const r = {
        ecosystem: status.ecosystem,
        action: status.action,
        records: status.records,
        stale: status.stale,
    };
    if (state) {
        r.entries = state.entries;
        r.source = state.source;
    }
    if (status.fetchedAt)
        r.fetchedAt = status.fetchedAt;
    if (status.ageHours !== undefined)
        r.ageHours = Math.round(status.ageHours * 100) / 100;
    if (status.lastModified)
        r.lastModified = status.lastModified;
    return r;
}
/** Fills or refreshes the database (incrementally where it can); obeys --offline and --max-age. */
async function dbUpdateStep(options, reporter) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.dir);
    let ecosystems = exportNames(options.ecosystems);
    if (ecosystems.length === 0) {
        const existing = await _advisories_database_js__WEBPACK_IMPORTED_MODULE_1__/* .AdvisoryDatabase */ .nc.openIfPresent(dir).catch(() => undefined);
        ecosystems = existing?.ecosystems() ?? [];
        if (ecosystems.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`db update: name the ecosystems to fetch with --ecosystem (the database in ${dir} has none yet)`);
    }
    const prepared = await (0,_advisories_freshness_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareDatabase */ .xk)({
        dir,
        ecosystems,
        source: () => (0,_advisories_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openSource */ .oD)(options.osvUrl ?? _advisories_source_js__WEBPACK_IMPORTED_MODULE_3__/* .OSV_PUBLIC_URL */ .vm, {
            warn: (m) => reporter.warn(m),
            ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        }),
        policy: {
            offline: options.offline,
            onStale: options.onStale,
            ...(options.maxAgeHours !== undefined ? { maxAgeHours: options.maxAgeHours } : {}),
        },
        log: reporter,
        force: !options.offline,
        ...(options.full ? { full: true } : {}),
        ...(options.cache ? { cache: options.cache } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    for (const e of prepared.ecosystems) {
        reporter.info(`${e.ecosystem}: ${e.action}, ${e.records} advisories`);
    }
    return {
        dir,
        ecosystems: prepared.ecosystems.map((s) => report(s, prepared.db.state(s.ecosystem))),
        bytes: prepared.bytes,
        requests: prepared.requests,
    };
}
/** What the database holds and how old it is; with --max-age, stale data warns or fails per --on-stale. */
async function dbStatusStep(options, reporter) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.dir);
    const db = await _advisories_database_js__WEBPACK_IMPORTED_MODULE_1__/* .AdvisoryDatabase */ .nc.open(dir);
    const now = (options.now ?? (() => new Date()))();
    const wanted = options.ecosystems.length > 0 ? exportNames(options.ecosystems) : db.ecosystems();
    const missing = wanted.filter((e) => !db.has(e));
    if (missing.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OperationError */ .OK(`no advisory data in ${dir} for ${missing.join(', ')}`);
    const stale = [];
    const ecosystems = wanted.map((eco) => {
        const state = db.state(eco);
        const age = (0,_advisories_freshness_js__WEBPACK_IMPORTED_MODULE_2__/* .ageHours */ .RL)(state.fetchedAt, now);
        const isStale = options.maxAgeHours !== undefined && age > options.maxAgeHours;
        if (isStale)
            stale.push(`${eco} is ${Math.round(age * 10) / 10} hours old (fetched ${state.fetchedAt})`);
        const r = {
            ecosystem: eco,
            records: state.records,
            entries: state.entries,
            fetchedAt: state.fetchedAt,
            ageHours: Math.round(age * 100) / 100,
            source: state.source,
            stale: isStale,
        };
        if (state.lastModified)
            r.lastModified = state.lastModified;
        return r;
    });
    if (stale.length > 0) {
        const line = `advisory data older than max-age ${options.maxAgeHours} hours: ${stale.join('; ')}`;
        if (options.onStale === 'fail')
            throw new _advisories_freshness_js__WEBPACK_IMPORTED_MODULE_2__/* .StaleDataError */ .Yr(`${line} (on-stale: fail)`);
        reporter.warn(line);
    }
    return { dir, ecosystems, bytes: 0, requests: 0 };
}


/***/ })

};
