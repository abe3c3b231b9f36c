export const id = 160;
export const ids = [160];
export const modules = {

/***/ 84160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refreshDatabase: () => (/* binding */ refreshDatabase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37318);


async function openForRefresh(dir, warn) {
    try {
        return await _database_js__WEBPACK_IMPORTED_MODULE_1__/* .AdvisoryDatabase */ .nc.openIfPresent(dir);
    }
    catch (err) {
        if (!(err instanceof _database_js__WEBPACK_IMPORTED_MODULE_1__/* .DatabaseError */ .a$))
            throw err;
        warn(`${err.message}; rebuilding it`);
        return undefined;
    }
}
async function refreshDatabase(options) {
    const { source, warn } = options;
    const now = options.now ?? (() => new Date());
    const db = await openForRefresh(options.dir, warn);
    const bytesBefore = source.bytes;
    const requestsBefore = source.requests;
    const updates = new Map();
    const results = [];
    for (const ecosystem of [...new Set(options.ecosystems)]) {
        try {
            const { result, update } = await refreshOne(ecosystem, db, options, now);
            results.push(result);
            updates.set(ecosystem, update);
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LadingError */ .c3))
                throw err;
            const error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err);
            warn(`advisories for ${ecosystem} could not be refreshed from ${source.location}: ${error}`);
            results.push({
                ecosystem,
                mode: 'failed',
                records: db?.state(ecosystem)?.records ?? 0,
                added: 0,
                changed: 0,
                removed: 0,
                skipped: 0,
                error,
            });
        }
    }
    const manifest = updates.size > 0 ? await (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .writeDatabase */ .tW)(options.dir, db?.manifest, updates) : db?.manifest;
    db?.close();
    return {
        manifest,
        ecosystems: results,
        bytes: source.bytes - bytesBefore,
        requests: source.requests - requestsBefore,
    };
}
async function refreshOne(ecosystem, db, options, now) {
    const { source, warn } = options;
    const previous = db?.state(ecosystem);
    let index;
    if (previous && db && !options.full) {
        try {
            index = db.index(ecosystem);
        }
        catch (err) {
            if (!(err instanceof _database_js__WEBPACK_IMPORTED_MODULE_1__/* .DatabaseError */ .a$))
                throw err;
            warn(`${err.message}; refilling ${ecosystem}`);
        }
    }
    const base = { ecosystem, added: 0, changed: 0, removed: 0, skipped: 0 };
    if (index && previous?.lastModified) {
        const listed = await source.changesSince(ecosystem, previous.lastModified);
        const limit = Math.max(100, Math.ceil(index.size * (options.refillRatio ?? 0.25)));
        if (listed && listed.changes.length === 0) {
            return {
                result: { ...base, mode: 'current', records: index.size },
                update: { state: { ...stateOf(previous), fetchedAt: now().toISOString(), source: source.location } },
            };
        }
        if (listed && listed.changes.length <= limit) {
            const builder = _database_js__WEBPACK_IMPORTED_MODULE_1__/* .EcosystemIndexBuilder */ .I$.from(index);
            const counts = { ...base };
            await eachLimited(listed.changes, options.concurrency ?? 8, async (change) => {
                const record = await source.record(ecosystem, change.id);
                if (record === 'invalid') {
                    counts.skipped++; // the old version, if any, stays: better than nothing
                    return;
                }
                const existed = builder.has(change.id);
                if (!record) {
                    if (builder.remove(change.id))
                        counts.removed++;
                    return;
                }
                const indexed = builder.add(record);
                if (existed && !indexed)
                    counts.removed++;
                else if (existed)
                    counts.changed++;
                else if (indexed)
                    counts.added++;
            });
            const newest = listed.newest ?? previous.lastModified;
            return {
                result: { ...counts, mode: 'incremental', records: builder.size },
                update: {
                    content: builder.build(),
                    state: {
                        records: builder.size,
                        entries: builder.entries,
                        lastModified: laterOf(previous.lastModified, newest),
                        fetchedAt: now().toISOString(),
                        source: source.location,
                    },
                },
            };
        }
    }
    const builder = new _database_js__WEBPACK_IMPORTED_MODULE_1__/* .EcosystemIndexBuilder */ .I$(ecosystem);
    const fill = await source.all(ecosystem, (record) => {
        builder.add(record);
    });
    const state = {
        records: builder.size,
        entries: builder.entries,
        fetchedAt: now().toISOString(),
        source: source.location,
    };
    if (fill.lastModified)
        state.lastModified = fill.lastModified;
    return {
        result: { ...base, mode: 'full', records: builder.size, added: builder.size, skipped: fill.skipped },
        update: { content: builder.build(), state },
    };
}
function stateOf(s) {
    const { file: _file, bytes: _bytes, ...rest } = s;
    return rest;
}
function laterOf(a, b) {
    return Date.parse(b) > Date.parse(a) ? b : a;
}
async function eachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await fn(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ })

};
