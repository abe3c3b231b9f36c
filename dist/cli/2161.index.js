export const id = 2161;
export const ids = [2161,838];
export const modules = {

/***/ 70838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OSV_PUBLIC_URL: () => (/* binding */ OSV_PUBLIC_URL),
  openSource: () => (/* binding */ openSource)
});

// UNUSED EXPORTS: DirectorySource, HttpExportSource, exportEcosystemsOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/advisories/fetcher.ts




/** A URL as it may appear in messages: never with user:password. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (!u.username && !u.password)
            return url;
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}
class RetryableError extends Error {
    retryAfterMs;
    constructor(message, retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
function retryAfter(header, now) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
class Fetcher {
    /** Body bytes received, across every request (retries included). */
    bytes = 0;
    requests = 0;
    #fetch;
    #retries;
    #base;
    #max;
    #sleep;
    #headers;
    #onRetry;
    constructor(options = {}) {
        this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
        this.#retries = options.retries ?? 4;
        this.#base = options.baseDelayMs ?? 500;
        this.#max = options.maxDelayMs ?? 30_000;
        this.#sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.#headers = options.userAgent ? { 'user-agent': options.userAgent } : {};
        if (options.onRetry)
            this.#onRetry = options.onRetry;
    }
    /**
     * GETs `url` and hands the body to `consume`; a 429, a 5xx or a broken
     * connection (also mid-body) starts the whole exchange again. Resolves
     * undefined on 404 when `notFound` is 'undefined'.
     */
    async #exchange(url, consume, notFound) {
        const shown = displayUrl(url);
        for (let attempt = 0;; attempt++) {
            try {
                return await this.#once(url, shown, consume, notFound);
            }
            catch (err) {
                if (!(err instanceof RetryableError))
                    throw err;
                if (attempt >= this.#retries) {
                    throw new errors/* OperationError */.OK(`GET ${shown}: ${err.message} (gave up after ${attempt + 1} attempts)`);
                }
                const backoff = this.#base * 2 ** attempt;
                const wait = Math.min(this.#max, err.retryAfterMs ?? backoff);
                this.#onRetry?.(`GET ${shown}: ${err.message}; retrying in ${Math.round(wait / 100) / 10} s`);
                await this.#sleep(wait);
            }
        }
    }
    async #once(url, shown, consume, notFound) {
        this.requests++;
        let res;
        try {
            res = await this.#fetch(url, { headers: this.#headers });
        }
        catch (err) {
            throw new RetryableError(networkReason(err));
        }
        if (res.status === 429 || res.status >= 500) {
            await res.body?.cancel().catch(() => { });
            throw new RetryableError(`HTTP ${res.status}`, retryAfter(res.headers.get('retry-after'), Date.now()));
        }
        if (res.status === 404) {
            await res.body?.cancel().catch(() => { });
            if (notFound === 'undefined')
                return undefined;
            throw new errors/* NotFoundError */.m_(`GET ${shown}: HTTP 404 not found`);
        }
        if (!res.ok) {
            await res.body?.cancel().catch(() => { });
            throw new errors/* OperationError */.OK(`GET ${shown}: HTTP ${res.status}`);
        }
        const body = res.body
            ? external_node_stream_.Readable.fromWeb(res.body)
            : external_node_stream_.Readable.from([]);
        const counted = body.pipe(new external_node_stream_.Transform({
            transform: (chunk, _enc, done) => {
                this.bytes += chunk.length;
                done(null, chunk);
            },
        }));
        body.on('error', (e) => counted.destroy(e));
        try {
            return await consume(counted);
        }
        catch (err) {
            if (err instanceof errors/* OperationError */.OK)
                throw err;
            throw new RetryableError(`body: ${networkReason(err)}`);
        }
        finally {
            body.destroy();
        }
    }
    /** The whole body. */
    async bytesOf(url) {
        return (await this.#exchange(url, collect, 'throw'));
    }
    /** The whole body, or undefined on 404. */
    async bytesOrMissing(url) {
        return this.#exchange(url, collect, 'undefined');
    }
    /** Streams the body to `file` (overwritten on a retry). */
    async toFile(url, file) {
        await this.#exchange(url, (body) => (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file)), 'throw');
    }
    /**
     * Reads the body line by line; `onLine` returns false to stop early, which
     * closes the connection: an incremental refresh reads only the newest lines.
     * `onStart` runs at the start of every attempt, so a retry starts clean.
     */
    async lines(url, onStart, onLine) {
        await this.#exchange(url, async (body) => {
            onStart();
            let rest = '';
            let lineNo = 0;
            body.setEncoding('utf8');
            for await (const chunk of body) {
                const parts = (rest + chunk).split('\n');
                rest = parts.pop() ?? '';
                for (const p of parts)
                    if (!onLine(p.replace(/\r$/, ''), ++lineNo))
                        return;
            }
            if (rest !== '')
                onLine(rest.replace(/\r$/, ''), ++lineNo);
        }, 'throw');
    }
}
async function collect(body) {
    const chunks = [];
    for await (const c of body)
        chunks.push(c);
    return Buffer.concat(chunks);
}
function networkReason(err) {
    if (!(err instanceof Error))
        return String(err);
    const cause = err.cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return `${err.message}${detail}`.split('\n')[0];
}

// EXTERNAL MODULE: ./src/advisories/osv.ts
var osv = __webpack_require__(6407);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./src/advisories/versions/comparator.ts
var comparator = __webpack_require__(701);
;// CONCATENATED MODULE: ./src/advisories/osv-export.ts



// OSV's export layout, as the public bucket publishes it per ecosystem:
//   <base>/<ecosystem>/all.zip          every record, one `<id>.json` per entry
//   <base>/<ecosystem>/modified_id.csv  `<RFC 3339 time>,<id>` lines, newest first
//   <base>/<ecosystem>/<id>.json        one record
// This module reads the first two forms; fetching is the source's job.
/** `<base>/<ecosystem>/<leaf>`, with the ecosystem and leaf escaped (`Red Hat`, `ALSA-2024:1234`). */
function exportUrl(base, ecosystem, leaf) {
    return `${base.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/${encodeURIComponent(leaf)}`;
}
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:+-]*$/;
/** One line of `modified_id.csv`, or why it is not one. */
function parseModifiedLine(line) {
    const comma = line.indexOf(',');
    if (comma === -1)
        return 'no comma between time and id';
    const modified = line.slice(0, comma).trim();
    const id = line.slice(comma + 1).trim();
    if (!TIME.test(modified))
        return `'${(0,comparator/* printable */.g$)(modified)}' is not an RFC 3339 time`;
    if (!ID.test(id))
        return `'${(0,comparator/* printable */.g$)(id)}' is not an advisory id`;
    return { modified, at: Date.parse(modified), id };
}
/**
 * Calls `onEntry` with the bytes of every `.json` entry of the zip at `file`,
 * one entry at a time (entries are inflated as streams, never the whole
 * archive at once). A truncated or corrupt archive throws an OperationError
 * naming `shown` (the URL it came from).
 */
async function readZipEntries(file, shown, onEntry) {
    const fail = (err) => {
        const why = err instanceof Error ? err.message : String(err);
        throw new errors/* OperationError */.OK(`${shown}: truncated or corrupt zip: ${why.split('\n')[0]}`);
    };
    let zip;
    try {
        zip = await yauzl.openPromise(file, {
            lazyEntries: true,
            validateEntrySizes: true,
            strictFileNames: false,
        });
    }
    catch (err) {
        return fail(err);
    }
    let count = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            if (!entry.fileName.endsWith('.json') || entry.fileName.endsWith('/'))
                continue;
            const stream = await zip.openReadStreamPromise(entry);
            const chunks = [];
            for await (const c of stream)
                chunks.push(c);
            onEntry(entry.fileName, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
            count++;
        }
    }
    catch (err) {
        if (err instanceof errors/* OperationError */.OK)
            throw err;
        return fail(err);
    }
    finally {
        zip.close();
    }
    return count;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/advisories/osv-text.ts



// Records as files hold them. Apart from osv.ts so that matching, which only
// reads the index, never loads the YAML parser.
/** Parses OSV JSON, or YAML for `.yaml`/`.yml` files (PyPA's form), and validates it. */
function parseOsvText(text, source) {
    let data;
    try {
        data = /\.ya?ml$/i.test(source) ? dist.parse(text) : JSON.parse(text);
    }
    catch (err) {
        const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new errors/* InputError */.dz(`${source}: is not valid ${/\.ya?ml$/i.test(source) ? 'YAML' : 'JSON'}: ${why}`);
    }
    return (0,osv/* validateOsvRecord */.iC)(data, source);
}

// EXTERNAL MODULE: ./src/advisories/versions/registry.ts + 11 modules
var registry = __webpack_require__(96214);
;// CONCATENATED MODULE: ./src/advisories/source.ts










// Where advisories come from: OSV's public bucket (the default), a mirror of it
// (any HTTP base in the same export layout), or a local directory of OSV JSON or
// YAML files for air-gapped runners. A source hands out parsed, valid records;
// a record that is not valid OSV is skipped with a warning naming its id and
// field, never fatal, because one bad upstream record must not stop every scan.
const OSV_PUBLIC_URL = 'https://osv-vulnerabilities.storage.googleapis.com';
/** `http(s)://…` is an export base, `file://…` or anything else a local directory. */
function openSource(location, options = {}) {
    const where = location ?? OSV_PUBLIC_URL;
    if (/^https?:\/\//i.test(where))
        return new HttpExportSource(where, options);
    const dir = where.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(where) : (0,external_node_path_.resolve)(options.cwd ?? '.', where);
    return new DirectorySource(dir, options.warn ?? (() => { }));
}
/** The export ecosystems (bucket folders) a record belongs to. */
function exportEcosystemsOf(record) {
    const out = new Set();
    for (const a of record.affected ?? [])
        if (a.package?.ecosystem)
            out.add((0,registry/* ecosystemBase */.gY)(a.package.ecosystem));
    return out;
}
function newer(a, b) {
    return a === undefined || Date.parse(b) > Date.parse(a) ? b : a;
}
/** Parses and validates one JSON record, or says why it was skipped. */
function recordFrom(bytes, shown, warn) {
    let data;
    try {
        data = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        warn(`${shown}: not valid JSON (${err instanceof Error ? err.message : String(err)}); skipped`);
        return undefined;
    }
    try {
        return (0,osv/* validateOsvRecord */.iC)(data, shown);
    }
    catch (err) {
        if (!(err instanceof errors/* InputError */.dz))
            throw err;
        warn(`${err.message}; skipped`);
        return undefined;
    }
}
class HttpExportSource {
    remote = true;
    location;
    #base;
    #fetcher;
    #warn;
    #tmp;
    constructor(base, options) {
        this.#base = base.replace(/\/+$/, '');
        this.location = displayUrl(this.#base);
        this.#warn = options.warn ?? (() => { });
        this.#tmp = options.tmpDir ?? (0,external_node_os_.tmpdir)();
        this.#fetcher = new Fetcher({ ...options, ...(options.warn ? { onRetry: options.warn } : {}) });
    }
    get bytes() {
        return this.#fetcher.bytes;
    }
    get requests() {
        return this.#fetcher.requests;
    }
    async all(ecosystem, onRecord) {
        const url = exportUrl(this.#base, ecosystem, 'all.zip');
        const shown = displayUrl(url);
        // A zip's directory is at its end, so the archive lands on disk first and
        // is read from there entry by entry; memory stays flat whatever its size.
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.#tmp, 'lading-osv-'));
        try {
            const file = (0,external_node_path_.join)(dir, 'all.zip');
            await this.#fetcher.toFile(url, file);
            const result = { records: 0, skipped: 0 };
            await readZipEntries(file, shown, (name, bytes) => {
                const record = recordFrom(bytes, `${shown}!${name}`, this.#warn);
                if (!record) {
                    result.skipped++;
                    return;
                }
                result.records++;
                result.lastModified = newer(result.lastModified, record.modified);
                onRecord(record);
            });
            return result;
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    async changesSince(ecosystem, since) {
        const url = exportUrl(this.#base, ecosystem, 'modified_id.csv');
        const shown = displayUrl(url);
        const sinceAt = Date.parse(since);
        let changes = [];
        let newest;
        let seen = new Set();
        await this.#fetcher.lines(url, () => {
            changes = [];
            newest = undefined;
            seen = new Set();
        }, (line, lineNo) => {
            if (line.trim() === '')
                return true;
            const entry = parseModifiedLine(line);
            if (typeof entry === 'string') {
                this.#warn(`${shown}: line ${lineNo}: ${entry}; skipped`);
                return true;
            }
            newest = newer(newest, entry.modified);
            // Newest first: the first line at or before `since` ends what is new.
            if (entry.at <= sinceAt)
                return false;
            if (!seen.has(entry.id)) {
                seen.add(entry.id);
                changes.push(entry);
            }
            return true;
        });
        return newest === undefined ? { changes } : { changes, newest };
    }
    async record(ecosystem, id) {
        const url = exportUrl(this.#base, ecosystem, `${id}.json`);
        const bytes = await this.#fetcher.bytesOrMissing(url);
        if (!bytes)
            return undefined;
        return recordFrom(bytes, displayUrl(url), this.#warn) ?? 'invalid';
    }
}
/**
 * A local directory: OSV JSON or YAML files at any depth (a checkout of an
 * advisory repository works as it is), or a copy of the export layout with
 * `<ecosystem>/all.zip`. It is read whole on every refresh: it is local.
 */
class DirectorySource {
    remote = false;
    bytes = 0;
    requests = 0;
    #grouped;
    location;
    warn;
    constructor(location, warn) {
        this.location = location;
        this.warn = warn;
    }
    async all(ecosystem, onRecord) {
        const zip = (0,external_node_path_.join)(this.location, ecosystem, 'all.zip');
        const result = { records: 0, skipped: 0 };
        if (await isFile(zip)) {
            await readZipEntries(zip, zip, (name, bytes) => {
                const record = recordFrom(bytes, `${zip}!${name}`, this.warn);
                if (!record)
                    return void result.skipped++;
                result.records++;
                result.lastModified = newer(result.lastModified, record.modified);
                onRecord(record);
            });
            return result;
        }
        this.#grouped ??= this.#readAll();
        for (const record of (await this.#grouped).get(ecosystem) ?? []) {
            result.records++;
            result.lastModified = newer(result.lastModified, record.modified);
            onRecord(record);
        }
        return result;
    }
    async changesSince() {
        return undefined;
    }
    async record() {
        return undefined;
    }
    async #readAll() {
        let top;
        try {
            top = await (0,promises_.readdir)(this.location);
        }
        catch (err) {
            throw new errors/* InputError */.dz(`advisory directory ${this.location}: ${err.code ?? err}`);
        }
        const grouped = new Map();
        const visit = async (dir, names) => {
            for (const name of names.sort()) {
                if (name.startsWith('.'))
                    continue;
                const path = (0,external_node_path_.join)(dir, name);
                const info = await (0,promises_.stat)(path);
                if (info.isDirectory()) {
                    await visit(path, await (0,promises_.readdir)(path));
                    continue;
                }
                if (!/\.(json|ya?ml)$/i.test(name))
                    continue;
                let record;
                try {
                    record = parseOsvText(await (0,promises_.readFile)(path, 'utf8'), path);
                }
                catch (err) {
                    if (!(err instanceof errors/* LadingError */.c3))
                        throw err;
                    this.warn(`${err.message}; skipped`);
                    continue;
                }
                for (const eco of exportEcosystemsOf(record)) {
                    const list = grouped.get(eco) ?? [];
                    list.push(record);
                    grouped.set(eco, list);
                }
            }
        };
        await visit(this.location, top);
        return grouped;
    }
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return false;
        throw new errors/* OperationError */.OK(`${path}: ${err.message}`);
    }
}


/***/ }),

/***/ 72161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dbStatusStep: () => (/* binding */ dbStatusStep),
/* harmony export */   dbUpdateStep: () => (/* binding */ dbUpdateStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _advisories_database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37318);
/* harmony import */ var _advisories_freshness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98817);
/* harmony import */ var _advisories_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70838);
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
        source: () => (0,_advisories_source_js__WEBPACK_IMPORTED_MODULE_3__.openSource)(options.osvUrl ?? _advisories_source_js__WEBPACK_IMPORTED_MODULE_3__.OSV_PUBLIC_URL, {
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
