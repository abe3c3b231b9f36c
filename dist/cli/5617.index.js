export const id = 5617;
export const ids = [5617,838];
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

/***/ 73134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ slsaProvenance)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_V1, GITHUB_WORKFLOW_BUILD_TYPE */
// SLSA provenance v1 for a GitHub Actions run, field for field as
// @actions/attest writes it, so `gh attestation verify` and cosign policies
// written for GitHub's own attestations accept lading's.
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
function slsaProvenance(run) {
    const server = run.serverUrl.replace(/\/+$/, '');
    const at = run.workflowRef.lastIndexOf('@');
    const path = run.workflowRef.slice(run.repository.length + 1, at);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: run.ref, repository: `${server}/${run.repository}`, path },
            },
            internalParameters: {
                github: {
                    event_name: run.eventName,
                    repository_id: run.repositoryId,
                    repository_owner_id: run.repositoryOwnerId,
                    runner_environment: run.runnerEnvironment,
                },
            },
            resolvedDependencies: [
                { uri: `git+${server}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
            ],
        },
        runDetails: {
            builder: { id: `${server}/${run.jobWorkflowRef ?? run.workflowRef}` },
            metadata: {
                invocationId: `${server}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
            },
        },
    };
}


/***/ }),

/***/ 39609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestStep: () => (/* binding */ attestStep)
});

// EXTERNAL MODULE: ./src/attest/legacy-att.ts
var legacy_att = __webpack_require__(18144);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/attest/provenance.ts
var provenance = __webpack_require__(73134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/sigstore/bundle.ts
var bundle = __webpack_require__(12432);
// EXTERNAL MODULE: ./src/sigstore/formats/cosign-bundle.ts
var cosign_bundle = __webpack_require__(85799);
;// CONCATENATED MODULE: ./src/attest/pusher.ts







function frameStatement(frame, predicateSize) {
    const length = frame.prefix.length + predicateSize + frame.suffix.length;
    const header = Buffer.from(`DSSEv1 ${Buffer.byteLength(bundle/* IN_TOTO_PAYLOAD_TYPE */.T4)} ${bundle/* IN_TOTO_PAYLOAD_TYPE */.T4} ${length} `, 'utf8');
    const pae = Buffer.allocUnsafe(header.length + length);
    header.copy(pae, 0);
    frame.prefix.copy(pae, header.length);
    frame.suffix.copy(pae, pae.length - frame.suffix.length);
    const statement = pae.subarray(header.length);
    return {
        pae,
        statement,
        predicate: statement.subarray(frame.prefix.length, frame.prefix.length + predicateSize),
    };
}
/** Signs a framed statement as DSSE with `signer`, witnessed by `witnesses`. The statement is not copied into the bundle. */
function signStatement(framed, signer, witnesses) {
    return (0,bundle/* signPreEncoded */.N6)(framed.pae, framed.statement, bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, {
        signer,
        witnesses,
        what: 'signing the attestation',
    });
}
/** A whole statement already in memory (small ones), framed for signing. */
function framedCopy(statement) {
    const framed = frameStatement({ prefix: Buffer.alloc(0), suffix: Buffer.alloc(0) }, statement.length);
    statement.copy(framed.predicate);
    return framed;
}
/**
 * 3 × 16 KiB: a multiple of 3, so each chunk encodes to base64 without
 * padding, and small enough that each encoded chunk is a young object the
 * next scavenge frees. Megabyte chunks lived until a full collection, which
 * V8 runs only after 64 MiB of them: more than the predicate itself.
 */
const CHUNK = 3 * 16 * 1024;
/**
 * The bundle's JSON in pieces: everything but the payload serialised once, the
 * payload encoded piece by piece where it belongs. `size` is the JSON's length;
 * `text()` yields its pieces as strings (to hash), `chunks()` as bytes (to send).
 */
function bundleChunks(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new errors/* OperationError */.OK('not a DSSE bundle');
    const payload = bundle.content.dsseEnvelope.payload;
    // A stand-in payload marks the place (an empty one would be left out as a protobuf default).
    const standIn = Buffer.from('lading-payload-stand-in');
    const hollow = {
        ...bundle,
        content: { ...bundle.content, dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: standIn } },
    };
    const json = JSON.stringify((0,dist.bundleToJSON)(hollow));
    const marker = `"payload":"${standIn.toString('base64')}"`;
    const at = json.indexOf(marker);
    if (at < 0)
        throw new errors/* OperationError */.OK('cannot place the payload in the bundle JSON');
    const head = json.slice(0, at + '"payload":"'.length);
    const tail = json.slice(at + marker.length - 1);
    function* text() {
        yield head;
        for (let i = 0; i < payload.length; i += CHUNK)
            yield payload.toString('base64', i, i + CHUNK);
        yield tail;
    }
    return {
        size: Buffer.byteLength(head) + 4 * Math.ceil(payload.length / 3) + Buffer.byteLength(tail),
        text,
        *chunks() {
            for (const piece of text())
                yield Buffer.from(piece);
        },
    };
}
/**
 * Pushes a signed attestation as a referrer of `subject`: the bundle blob,
 * the empty config, then the manifest (the commit point: a failure before it
 * leaves only unreferenced blobs, never a referrer pointing at nothing).
 */
async function pushAttestation(store, subject, bundle, options) {
    const { size, text, chunks } = bundleChunks(bundle);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const piece of text())
        hash.update(piece);
    const layer = { mediaType: cosign_bundle/* BUNDLE_MEDIA_TYPE */.NV, size, digest: `sha256:${hash.digest('hex')}` };
    const config = {
        mediaType: mediatype/* EMPTY_JSON */.JO.mediaType,
        size: mediatype/* EMPTY_JSON */.JO.size,
        digest: mediatype/* EMPTY_JSON */.JO.digest,
    };
    // Independent uploads, side by side; both are over before a failure is
    // reported, and the manifest still comes last.
    const uploads = await Promise.allSettled([
        store.pushBlob(config, Buffer.from('{}')),
        store.pushBlob(layer, external_node_stream_.Readable.from(chunks(), { objectMode: false })),
    ]);
    for (const u of uploads)
        if (u.status === 'rejected')
            throw u.reason;
    const manifest = (0,cosign_bundle/* bundleReferrerManifest */.j_)(subject, layer, { content: 'dsse-envelope', ...options });
    const referrer = await store.pushManifest(Buffer.from(JSON.stringify(manifest)), mediatype/* MediaType */.zu.ociManifest);
    return {
        subject: subject.digest,
        predicateType: options.predicateType,
        referrer,
        bundle: layer,
        transparencyLog: bundle.verificationMaterial.tlogEntries.map((e) => e.logIndex),
    };
}

// EXTERNAL MODULE: ./src/attest/statement.ts
var statement = __webpack_require__(60872);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/sigstore/key-signer.ts + 1 modules
var key_signer = __webpack_require__(60738);
// EXTERNAL MODULE: ./src/sigstore/keyless-signer.ts
var keyless_signer = __webpack_require__(26063);
// EXTERNAL MODULE: ./src/sigstore/witnesses.ts
var sigstore_witnesses = __webpack_require__(6917);
;// CONCATENATED MODULE: ./src/steps/attest.ts












/** `lading attest`: signs a predicate about an image and attaches it as a referrer. */
async function attestStep(options, reporter) {
    if (!predicates.PREDICATE_KINDS.includes(options.kind)) {
        throw new errors/* InputError */.dz(`--type: must be one of ${predicates.PREDICATE_KINDS.join(', ')}, got ${JSON.stringify(options.kind)}`);
    }
    const predicateType = predicates.PREDICATE_TYPES[options.kind];
    // Bad input is refused before the registry is touched.
    let predicateSize;
    let generated;
    if (options.predicate) {
        predicateSize = await (0,predicates.predicateFileSize)(options.predicate.path, options.predicate.where);
    }
    else if (options.kind === 'slsaprovenance1' && options.workflow) {
        generated = Buffer.from(JSON.stringify((0,provenance/* slsaProvenance */.$f)(options.workflow)));
        (0,predicates.checkPredicate)(generated, options.kind, 'generated provenance');
        predicateSize = generated.length;
    }
    else {
        throw new errors/* InputError */.dz(options.kind === 'slsaprovenance1'
            ? '--predicate: give a provenance file, or run in GitHub Actions to have it made from the run'
            : `--predicate: a ${options.kind} predicate file is required`);
    }
    const signer = await makeSigner(options);
    const witnesses = (0,sigstore_witnesses/* createWitnesses */.C)(options.key ? { ...options.services } : { rekorUrl: sigstore_witnesses/* DEFAULT_REKOR_URL */.A, ...options.services });
    const location = await (0,oci_opener.openLocation)(options.image, 'read', options.access);
    try {
        const { store } = location;
        if (!location.reference)
            throw new errors/* InputError */.dz(`${options.image}: name the image by digest (IMAGE@sha256:…)`);
        if (!(0,digest/* isDigest */.Bc)(location.reference)) {
            reporter.warn(`${options.image}: attesting by tag; the tag may move, prefer IMAGE@DIGEST`);
        }
        // Throws NotFoundError for a digest the registry does not hold: nothing is pushed.
        const root = await store.resolve(location.reference);
        const subjects = [root];
        if (options.recursive) {
            const { manifest } = await store.fetchManifest(root);
            if ((0,types/* isIndex */.n)(manifest))
                subjects.push(...manifest.manifests);
        }
        const frame = (0,statement/* statementFrame */.XM)((0,statement/* imageSubjects */.vq)(location.display, subjects.map((s) => s.digest)), predicateType);
        // The predicate is read straight into its place in the statement, which
        // sits in the buffer that is signed: one copy of it, whatever its size.
        const framed = frameStatement(frame, predicateSize);
        if (generated)
            generated.copy(framed.predicate);
        else if (options.predicate) {
            await (0,predicates.readPredicateInto)(options.predicate.path, framed.predicate, options.kind, options.predicate.where);
        }
        const bundle = await signStatement(framed, signer, witnesses);
        const written = [];
        for (const subject of subjects) {
            const pushed = await pushAttestation(store, subject, bundle, {
                predicateType,
                created: options.now ?? new Date(),
            });
            let legacyAtt;
            if (options.legacyAtt) {
                const att = await (0,legacy_att/* pushLegacyAttestation */.w9)(store, subject.digest, bundle, predicateType);
                legacyAtt = `${location.display}:${(0,legacy_att/* legacyAttestationTag */.ag)(subject.digest)}@${att.digest}`;
            }
            written.push({
                subject: subject.digest,
                predicateType,
                digest: pushed.referrer.digest,
                location: `${location.display}@${pushed.referrer.digest}`,
                bundleSize: pushed.bundle.size,
                transparencyLog: pushed.transparencyLog,
                ...(legacyAtt ? { legacyAtt } : {}),
            });
            reporter.info(`attested ${location.display}@${subject.digest} (${predicateType})`);
        }
        if (options.onBundle)
            await options.onBundle(bundle);
        return { image: location.display, digest: root.digest, predicateType, attestations: written };
    }
    finally {
        await location.close();
    }
}
async function makeSigner(options) {
    if (options.key)
        return key_signer/* KeySigner */.i.open(options.key);
    if (!options.identityToken) {
        throw new errors/* InputError */.dz('no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available');
    }
    return (0,keyless_signer/* keylessSigner */.l)({
        fulcioUrl: options.services?.fulcioUrl ?? keyless_signer/* DEFAULT_FULCIO_URL */.j,
        identityToken: options.identityToken,
    });
}


/***/ }),

/***/ 15617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RELEASE_STAGES: () => (/* binding */ RELEASE_STAGES),
  partialRelease: () => (/* binding */ partialRelease),
  releaseFiles: () => (/* binding */ releaseFiles),
  releaseStep: () => (/* binding */ releaseStep)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/advisories/source.ts + 3 modules
var source = __webpack_require__(70838);
// EXTERNAL MODULE: ./src/attest/predicates.ts + 1 modules
var predicates = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/attest/provenance.ts
var provenance = __webpack_require__(73134);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/harbor/policy-file.ts + 2 modules
var policy_file = __webpack_require__(26077);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: ./src/sigstore/key-signer.ts + 1 modules
var key_signer = __webpack_require__(60738);
// EXTERNAL MODULE: ./src/sigstore/witnesses.ts
var witnesses = __webpack_require__(6917);
// EXTERNAL MODULE: ./src/steps/attest.ts + 1 modules
var steps_attest = __webpack_require__(39609);
// EXTERNAL MODULE: ./src/steps/policy.ts + 8 modules
var policy = __webpack_require__(94426);
;// CONCATENATED MODULE: ./src/steps/release-predicates.ts
// The two predicates the release makes itself: the vulnerability scan in
// cosign's `vuln/v1` shape, and, outside GitHub Actions, a provenance that
// says honestly that it was a local run.
const LOCAL_BUILD_TYPE = 'urn:lading:buildtypes:local:v1';
const LOCAL_BUILDER_ID = 'urn:lading:builder:local';
/**
 * cosign's vulnerability attestation predicate
 * (https://github.com/sigstore/cosign/blob/main/specs/COSIGN_VULN_ATTESTATION_SPEC.md)
 * with lading's findings as the scanner result.
 */
function vulnerabilityPredicate(input) {
    const pkg = (f) => ({
        name: f.finding.package.name,
        version: f.finding.package.version,
        purl: f.finding.package.purl,
    });
    return {
        invocation: {
            parameters: { failOn: input.report.gate?.failOn ?? 'none', filters: input.report.filters },
            uri: input.invocationUri ?? '',
            event_id: '',
            'builder.id': '',
        },
        scanner: {
            uri: `pkg:generic/lading@${input.toolVersion}`,
            version: input.toolVersion,
            db: { uri: input.dbUri, version: input.report.advisoriesUpdatedAt ?? '' },
            result: {
                ...(input.report.gate ? { gate: input.report.gate } : {}),
                summary: input.report.summary,
                findings: input.findings
                    .filter((f) => f.state === 'open')
                    .map((f) => ({
                    id: f.finding.id,
                    aliases: f.finding.ids.filter((id) => id !== f.finding.id),
                    package: pkg(f),
                    severity: f.finding.severity.level,
                    fixed: f.finding.fixed,
                })),
                suppressed: input.findings
                    .filter((f) => f.state === 'suppressed')
                    .map((f) => ({ id: f.finding.id, package: pkg(f), by: f.suppressedBy ?? '' })),
            },
        },
        metadata: {
            scanStartedOn: input.startedAt.toISOString(),
            scanFinishedOn: input.finishedAt.toISOString(),
        },
    };
}
/**
 * SLSA provenance v1 for a release run outside GitHub Actions: the builder is
 * "lading, locally", and nothing claims a source repository or workflow it
 * cannot vouch for. Policies that check a builder id reject it, as they should.
 */
function localProvenance(input) {
    return {
        buildDefinition: {
            buildType: LOCAL_BUILD_TYPE,
            externalParameters: { image: input.image, digest: input.digest },
        },
        runDetails: {
            builder: { id: LOCAL_BUILDER_ID, version: { lading: input.toolVersion } },
            metadata: { startedOn: input.startedAt.toISOString() },
        },
    };
}

// EXTERNAL MODULE: ./src/steps/sbom.ts + 31 modules
var steps_sbom = __webpack_require__(74110);
// EXTERNAL MODULE: ./src/steps/scan.ts + 13 modules
var steps_scan = __webpack_require__(16546);
// EXTERNAL MODULE: ./src/steps/sign.ts
var sign = __webpack_require__(66310);
// EXTERNAL MODULE: ./src/steps/verify.ts
var steps_verify = __webpack_require__(23202);
;// CONCATENATED MODULE: ./src/steps/release.ts






















// `lading release` / the root action: the whole chain after the build, in one
// process, in the order that makes each stage's input trustworthy:
//
//   sbom (SPDX + CycloneDX, one pass over the layers)
//   → scan (the SPDX document just written, matched and gated: no second pass)
//   → sign → attest (provenance, the SPDX SBOM, the vulnerability scan)
//   → policy (Harbor, only with a policy file and a Harbor URL)
//   → verify (the signature and the three attestations, with the signing trust).
//
// A failing gate stops the chain after the reports are written and before
// anything is signed. Every error that ends the chain carries the partial
// result (see `partialRelease`), so a summary can still say what ran.
const RELEASE_STAGES = ['sbom', 'scan', 'sign', 'attest', 'policy', 'verify'];
const partials = new WeakMap();
/** The release result an error that ended `releaseStep` carries, if it came from there. */
function partialRelease(err) {
    return typeof err === 'object' && err !== null ? partials.get(err) : undefined;
}
/** The files a release writes under `outputDir`. */
function releaseFiles(outputDir) {
    return {
        spdx: (0,external_node_path_.join)(outputDir, 'sbom.spdx.json'),
        cyclonedx: (0,external_node_path_.join)(outputDir, 'sbom.cdx.json'),
        scanJson: (0,external_node_path_.join)(outputDir, 'scan.json'),
        sarif: (0,external_node_path_.join)(outputDir, 'scan.sarif'),
        provenance: (0,external_node_path_.join)(outputDir, 'provenance.json'),
        vulnerabilities: (0,external_node_path_.join)(outputDir, 'vulnerabilities.json'),
    };
}
/**
 * Runs the release chain on one image. Returns the result when every stage
 * passed; a failing gate or verification throws `DeniedError`, anything else
 * its own error; either way `partialRelease(err)` gives what ran.
 */
async function releaseStep(options, reporter) {
    const outputDir = (0,external_node_path_.resolve)(options.access.cwd, options.outputDir);
    const files = releaseFiles(outputDir);
    // Everything that can be refused is refused before the first byte is read or written.
    const trust = await verificationTrust(options);
    const given = options.provenance;
    if (given && 'predicate' in given) {
        await (0,predicates.readPredicate)((0,external_node_path_.resolve)(options.access.cwd, given.predicate), 'slsaprovenance1', `provenance ${given.predicate}`);
    }
    if (options.policy) {
        // Checked again when applied; loading it now refuses a bad file before anything is signed.
        await (0,policy_file/* loadPolicyFile */.n$)((0,external_node_path_.resolve)(options.access.cwd, options.policy.file), {
            now: options.policy.now ?? options.now,
            allowManyImmutabilityRules: options.policy.allowManyImmutabilityRules ?? false,
        });
    }
    const subject = await resolveSubject(options);
    const result = {
        image: subject.display,
        digest: subject.digest,
        platforms: subject.platforms,
        stages: [],
        files,
        attestations: [],
        signedWith: options.signing.key ? 'key' : 'keyless',
        ...(publicLog(options.signing) ? { logSearchUrl: PUBLIC_LOG_SEARCH } : {}),
        released: false,
    };
    const run = stageRunner(result, reporter);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const sbom = await run('sbom', () => (0,steps_sbom.sbomStep)({
        source: options.image,
        ...(options.platform ? { platform: options.platform } : {}),
        defaultPlatform: options.defaultPlatform,
        outputs: [
            { format: 'spdx-json', file: files.spdx },
            { format: 'cyclonedx-json', file: files.cyclonedx },
        ],
        access: options.access,
        created: options.now,
        toolVersion: options.toolVersion,
    }, reporter));
    result.sbom = sbom;
    if (result.platforms.length === 0 && sbom.results[0]?.platform)
        result.platforms = [sbom.results[0].platform];
    // The SPDX document just written is what gets attested, so the findings
    // attested are those of exactly that inventory.
    const startedAt = options.now;
    const scan = await run('scan', async () => {
        const scanned = await (0,steps_scan.scanStep)({
            source: `sbom:${files.spdx}`,
            access: options.access,
            defaultPlatform: options.defaultPlatform,
            db: options.scan.db,
            ...(options.scan.vex ? { vex: options.scan.vex } : {}),
            ...(options.scan.allowlist ? { allowlist: options.scan.allowlist } : {}),
            ignoreUnfixed: Boolean(options.scan.ignoreUnfixed),
            failOn: options.scan.failOn,
            ...(options.scan.unknownAs ? { unknownAs: options.scan.unknownAs } : {}),
            outputs: [
                { format: 'json', file: files.scanJson },
                { format: 'sarif', file: files.sarif },
            ],
            now: options.now,
            toolVersion: options.toolVersion,
        }, reporter);
        result.scan = scanned;
        if (!scanned.decision.passed) {
            throw new errors/* DeniedError */.iC(`${subject.display}@${subject.digest}: the vulnerability gate failed (${scanned.decision.reason}); nothing was signed`);
        }
        return scanned;
    });
    const signing = options.signing;
    const identity = {
        ...(signing.key ? { key: signing.key } : {}),
        ...(signing.identityToken ? { identityToken: signing.identityToken } : {}),
        ...(signing.services ? { services: signing.services } : {}),
    };
    result.sign = await run('sign', () => (0,sign.signStep)({
        image: subject.image,
        access: options.access,
        ...(signing.format ? { format: signing.format } : {}),
        ...identity,
        recursive: Boolean(signing.recursive),
        now: options.now,
    }, reporter));
    await run('attest', async () => {
        const provenance = await provenancePredicate(options, subject, files.provenance);
        files.provenance = provenance;
        const vuln = vulnerabilityPredicate({
            report: scan.report,
            findings: scan.findings,
            toolVersion: options.toolVersion,
            dbUri: advisorySourceUri(options.scan.db.osvUrl, options.access.cwd),
            startedAt,
            finishedAt: options.now,
        });
        await writeJson(files.vulnerabilities, vuln);
        const attest = (kind, path, where, recursive) => (0,steps_attest.attestStep)({
            image: subject.image,
            access: options.access,
            kind,
            predicate: { path, where },
            ...identity,
            recursive,
            now: options.now,
        }, reporter);
        // Provenance is about every manifest the build made; the SBOM and the scan
        // describe one platform image, so they are not copied onto the others.
        result.attestations.push(await attest('slsaprovenance1', provenance, 'provenance', Boolean(signing.recursive)));
        result.attestations.push(await attest('spdxjson', files.spdx, 'SBOM', false));
        result.attestations.push(await attest('vuln', files.vulnerabilities, 'vulnerability scan', false));
    });
    if (options.policy) {
        const { mode, ...rest } = options.policy;
        result.policy = await run('policy', async () => {
            const applied = await (0,policy.runPolicy)({ ...rest, file: (0,external_node_path_.resolve)(options.access.cwd, rest.file), mode: mode ?? 'apply' }, reporter);
            if (applied.apply && !applied.apply.ok) {
                result.policy = applied;
                const failed = applied.apply.outcomes.filter((o) => o.status === 'failed').length;
                throw new errors/* OperationError */.OK(`Harbor policy ${rest.file}: ${failed} change(s) failed to apply`);
            }
            return applied;
        });
    }
    else {
        result.stages.push({ stage: 'policy', status: 'skipped', note: 'no policy file and Harbor URL given' });
    }
    const verify = options.verify ?? {};
    result.verify = await run('verify', async () => {
        const verified = await (0,steps_verify.verifyStep)({
            image: subject.image,
            access: options.access,
            trust,
            ...(verify.policy ? { policy: verify.policy } : {}),
            ...(verify.requireTransparencyLog !== undefined
                ? { requireTransparencyLog: verify.requireTransparencyLog }
                : {}),
            requireAttestations: [
                { ...verify.provenance, kind: 'slsaprovenance1' },
                { kind: 'spdxjson' },
                { ...verify.vulnerabilities, kind: 'vuln' },
            ],
        }, reporter);
        result.verify = verified;
        if (!verified.verified) {
            const unmet = (verified.attestations ?? []).filter((a) => !a.satisfied).map((a) => a.requirement.kind);
            const what = [
                ...(verified.signatures.some((s) => s.ok) ? [] : ['no valid signature']),
                ...(unmet.length ? [`no valid ${unmet.join(', ')} attestation`] : []),
            ];
            throw new errors/* DeniedError */.iC(`${subject.display}@${subject.digest}: verification failed: ${what.join('; ')}`);
        }
        return verified;
    });
    result.released = true;
    return result;
}
const PUBLIC_LOG_SEARCH = 'https://search.sigstore.dev/?logIndex=';
/** Whether the signatures go to the public Rekor (keyless defaults to it; a key only when it is named). */
function publicLog(signing) {
    const rekor = signing.key ? signing.services?.rekorUrl : (signing.services?.rekorUrl ?? witnesses/* DEFAULT_REKOR_URL */.A);
    return rekor === witnesses/* DEFAULT_REKOR_URL */.A;
}
/** The image must be named by digest: a release is about one immutable thing. */
async function resolveSubject(options) {
    const location = await (0,oci_opener.openLocation)(options.image, 'read', options.access);
    try {
        if (!(0,digest/* isDigest */.Bc)(location.reference)) {
            throw new errors/* InputError */.dz(`${options.image}: name the image by digest (IMAGE@sha256:…, oci-dir:DIR@sha256:…); a tag may move between the stages`);
        }
        const fetched = await location.store.fetchManifest(await location.store.resolve(location.reference));
        const platforms = (0,types/* isIndex */.n)(fetched.manifest)
            ? (0,platform/* platformEntries */.eV)(fetched.manifest).map((d) => (0,platform/* formatPlatform */.Bq)(d.platform))
            : [];
        return {
            image: options.image,
            display: location.display,
            digest: fetched.descriptor.digest,
            platforms,
        };
    }
    finally {
        await location.close();
    }
}
/** What verification checks against: given, or the signing key's public half. */
async function verificationTrust(options) {
    const given = options.verify?.trust;
    const key = options.signing.key;
    if (key) {
        // Reading the key now also refuses a wrong password before anything is written.
        const signer = await key_signer/* KeySigner */.i.open(key);
        return given ?? { publicKey: signer.publicKey };
    }
    if (!options.signing.identityToken) {
        throw new errors/* InputError */.dz('release: no signing identity: give a key, or an OIDC token (keyless) with a trusted root and identity to verify against');
    }
    if (!given) {
        throw new errors/* InputError */.dz('release: keyless signing needs a trusted root to verify the result against');
    }
    const policy = options.verify?.policy;
    if (!('publicKey' in given) && (!policy?.subject || !policy.issuer)) {
        throw new errors/* InputError */.dz('release: keyless verification needs an identity: a certificate subject and an OIDC issuer');
    }
    return given;
}
/** The provenance predicate file: the user's, the Actions run's, or a local one. */
async function provenancePredicate(options, subject, file) {
    const given = options.provenance;
    if (given && 'predicate' in given)
        return (0,external_node_path_.resolve)(options.access.cwd, given.predicate);
    const predicate = given
        ? (0,provenance/* slsaProvenance */.$f)(given.workflow)
        : localProvenance({
            image: subject.display,
            digest: subject.digest,
            toolVersion: options.toolVersion,
            startedAt: options.now,
        });
    await writeJson(file, predicate);
    return file;
}
/** Where the advisories came from, as a URI: an export base, or a local directory as a file URL. */
function advisorySourceUri(osvUrl, cwd) {
    if (!osvUrl)
        return source.OSV_PUBLIC_URL;
    if (/^(https?|file):/i.test(osvUrl))
        return osvUrl;
    return (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(cwd, osvUrl)).href;
}
/** Whole file or nothing, as the other steps write theirs. */
async function writeJson(file, value) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors/* OperationError */.OK(`release: cannot write ${file}: ${err.message}`, { cause: err });
    }
}
/**
 * Runs one stage: records it done, or, when it throws, records it denied or
 * failed, marks every later stage skipped, and ties the result to the error.
 */
function stageRunner(result, reporter) {
    return async (stage, body) => {
        reporter.info(`release: ${stage}`);
        try {
            const value = await body();
            result.stages.push({ stage, status: 'done' });
            return value;
        }
        catch (err) {
            const denied = err instanceof errors/* DeniedError */.iC;
            result.stages.push({ stage, status: denied ? 'denied' : 'failed', note: (0,errors/* describeError */.Uc)(err) });
            for (const later of RELEASE_STAGES.slice(RELEASE_STAGES.indexOf(stage) + 1)) {
                result.stages.push({
                    stage: later,
                    status: 'skipped',
                    note: `not run: ${stage} stopped the release`,
                });
            }
            if (typeof err === 'object' && err !== null)
                partials.set(err, result);
            throw err;
        }
    };
}


/***/ })

};
