export const id = 8817;
export const ids = [8817];
export const modules = {

/***/ 37318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ EcosystemIndexBuilder),
/* harmony export */   a$: () => (/* binding */ DatabaseError),
/* harmony export */   g3: () => (/* binding */ INDEX_VERSION),
/* harmony export */   nc: () => (/* binding */ AdvisoryDatabase),
/* harmony export */   tW: () => (/* binding */ writeDatabase)
/* harmony export */ });
/* unused harmony exports INDEX_FORMAT, indexKey, EcosystemIndex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75015);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6407);
/* harmony import */ var _versions_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96214);








// The local advisory database: one index file per OSV export ecosystem, and a
// manifest that names them. Built for a scan's hot path: opening reads only the
// manifest; the first lookup in an ecosystem reads that file's header and
// columns (no JSON beyond a small header); a record is read with a positioned
// read and parsed the first time a package asks for it. So a scan pays for the
// records of its packages, not for the whole ecosystem.
//
// Index file: `LADOSV03`, a u32 LE header length, a small JSON header (counts),
// padding to 4 bytes, then columns: u32 record offsets (n+1), u32 affected
// entries per record (n), u32 match data offsets (n+1), u32 posting starts per
// key (k+1), u32 postings (record numbers), the record ids and the sorted keys
// as newline-joined UTF-8, each record's pre-compiled match data (osv.ts:
// keys, range events and listed versions as written; what a lookup decides
// with, read whole with the columns, no JSON); then the records, each a compact
// OSV record (details, references and credits dropped; only this ecosystem's
// affected entries and their non-GIT ranges kept) as JSON, back to back,
// ordered by their least key, then id, so that one package's records are
// adjacent. Keys are `<affected ecosystem>\0<normalised name>`. The bytes
// depend only on the set of records, never on the order they were added in.
//
// Build cost matters as much as lookup cost: a fill indexes a whole export. So
// no version is parsed at build time (a lookup parses the few bounds it reads),
// each record is encoded to UTF-8 once when added, and keys are numbered so the
// build sorts each distinct key once.
//
// Writes are atomic: new files are written and fsynced in a temp dir, moved
// into `data/`, and only then does the manifest (renamed into place, then the
// directory fsynced) point at them. A crash at any moment leaves either the old
// manifest with its old files or the new one with its new files; temp dirs and
// unreferenced files left behind are ignored and removed by the next write.
const INDEX_FORMAT = 'lading-osv-index';
const INDEX_VERSION = 3;
const MAGIC = Buffer.from('LADOSV03', 'ascii');
const MANIFEST = 'manifest.json';
const STALE_TEMP_MS = 60 * 60 * 1000;
/** The database cannot be used as it is; the caller may rebuild it. */
class DatabaseError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK {
    problem;
    constructor(message, problem) {
        super(message);
        this.problem = problem;
    }
}
function indexKey(ecosystem, name) {
    return `${ecosystem}\u0000${(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalisePackageName */ .i)(ecosystem, name)}`;
}
// What severity.ts reads of `ecosystem_specific`/`database_specific`: a label,
// Debian's urgency, RustSec's vector. The rest (affected functions, imports) is dropped.
const SEVERITY_FIELDS = ['severity', 'urgency', 'cvss'];
function pickSeverity(o) {
    if (!o)
        return undefined;
    let out;
    for (const k of SEVERITY_FIELDS)
        if (o[k] !== undefined && o[k] !== null) {
            out ??= {};
            out[k] = o[k];
        }
    return out;
}
/** The part of a record that matching and severity read, for one export ecosystem. */
function compact(record, ecosystem, keys) {
    const affected = [];
    const numbers = [];
    for (const a of record.affected ?? []) {
        const pkg = a.package;
        if (!pkg || (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .ecosystemBase */ .gY)(pkg.ecosystem) !== ecosystem)
            continue;
        const ranges = [];
        for (const r of a.ranges ?? [])
            if (r.type !== 'GIT')
                ranges.push({ type: r.type, events: r.events });
        if (ranges.length === 0 && !(a.versions && a.versions.length > 0))
            continue;
        const out = { package: { ecosystem: pkg.ecosystem, name: pkg.name } };
        if (ranges.length > 0)
            out.ranges = ranges;
        if (a.versions && a.versions.length > 0)
            out.versions = a.versions;
        if (a.severity)
            out.severity = a.severity;
        const es = pickSeverity(a.ecosystem_specific);
        if (es)
            out.ecosystem_specific = es;
        const ds = pickSeverity(a.database_specific);
        if (ds)
            out.database_specific = ds;
        affected.push(out);
        const k = keys.numberOf(pkg.ecosystem, pkg.name);
        if (!numbers.includes(k))
            numbers.push(k);
    }
    if (affected.length === 0)
        return undefined;
    const c = { id: record.id, modified: record.modified };
    if (record.published)
        c.published = record.published;
    if (record.aliases?.length)
        c.aliases = record.aliases;
    if (record.upstream?.length)
        c.upstream = record.upstream;
    if (record.summary)
        c.summary = record.summary;
    if (record.severity?.length)
        c.severity = record.severity;
    const ds = pickSeverity(record.database_specific);
    if (ds)
        c.database_specific = ds;
    c.affected = affected;
    return {
        id: record.id,
        // Encoded now, while the string is young: the build then copies bytes, and
        // a hundred thousand retained strings never burden the old generation.
        body: Buffer.from(JSON.stringify(c), 'utf8'),
        match: (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .compileMatchData */ .hb)(c, (pkg) => keys.text(keys.numberOf(pkg.ecosystem, pkg.name))),
        keys: numbers,
        entries: affected.length,
    };
}
/**
 * Index keys numbered as first seen: items hold numbers, and the build sorts
 * each distinct key once. Looked up by ecosystem and name as the record spells
 * them, so the common case hashes strings the record already holds instead of
 * building and normalising a key per affected entry.
 */
class KeyTable {
    #byName = new Map();
    #byKey = new Map();
    #texts = [];
    get size() {
        return this.#texts.length;
    }
    text(k) {
        return this.#texts[k];
    }
    numberOf(ecosystem, name) {
        let names = this.#byName.get(ecosystem);
        if (!names) {
            names = new Map();
            this.#byName.set(ecosystem, names);
        }
        let k = names.get(name);
        if (k === undefined) {
            // Spellings that normalise alike (PyPI `Foo_Bar`, `foo-bar`) share one number.
            k = this.numberOfKey(indexKey(ecosystem, name));
            names.set(name, k);
        }
        return k;
    }
    numberOfKey(key) {
        let k = this.#byKey.get(key);
        if (k === undefined) {
            k = this.#texts.length;
            this.#texts.push(key);
            this.#byKey.set(key, k);
        }
        return k;
    }
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Collects one ecosystem's records (new, or those of an existing index) and writes its file. */
class EcosystemIndexBuilder {
    #items = new Map();
    #keys = new KeyTable();
    ecosystem;
    constructor(ecosystem) {
        this.ecosystem = ecosystem;
    }
    /** Starts from an existing index; unchanged records are carried over as they are, unparsed. */
    static from(index) {
        const b = new EcosystemIndexBuilder(index.ecosystem);
        index.loadAll();
        const keysOf = index.keysByRecord();
        for (let i = 0; i < index.size; i++) {
            const id = index.idAt(i);
            b.#items.set(id, {
                id,
                body: index.bytesAt(i),
                match: index.matchAt(i),
                keys: (keysOf[i] ?? []).map((key) => b.#keys.numberOfKey(key)),
                entries: index.entriesAt(i),
            });
        }
        return b;
    }
    /**
     * Adds or replaces a record. A withdrawn record, or one with nothing for
     * this ecosystem, removes any earlier version of it. Returns whether it is indexed.
     */
    add(record) {
        const item = record.withdrawn ? undefined : compact(record, this.ecosystem, this.#keys);
        if (!item) {
            this.#items.delete(record.id);
            return false;
        }
        this.#items.set(record.id, item);
        return true;
    }
    remove(id) {
        return this.#items.delete(id);
    }
    has(id) {
        return this.#items.has(id);
    }
    get size() {
        return this.#items.size;
    }
    get entries() {
        let n = 0;
        for (const item of this.#items.values())
            n += item.entries;
        return n;
    }
    build() {
        const items = [...this.#items.values()];
        // Rank the keys still in use (a refresh may have removed every record of some).
        const table = this.#keys;
        const postingsPerKey = new Uint32Array(table.size);
        let total = 0;
        for (const item of items)
            for (const k of item.keys) {
                postingsPerKey[k] = postingsPerKey[k] + 1;
                total++;
            }
        const keys = [];
        for (let k = 0; k < table.size; k++)
            if (postingsPerKey[k] > 0)
                keys.push(table.text(k));
        keys.sort();
        const rank = new Uint32Array(table.size);
        for (let j = 0; j < keys.length; j++)
            rank[table.numberOfKey(keys[j])] = j;
        // Records ordered by their least key, then id, so one package's records sit
        // together and a lookup reads them in one span: a counting sort by key rank,
        // then the few records that share a least key by id. Only sorted orders
        // decide, never the order records or their keys came in: a fill and a
        // refresh of the same records write the same bytes.
        const filedAt = new Uint32Array(items.length);
        for (let i = 0; i < items.length; i++) {
            const item = items[i];
            let least = rank[item.keys[0]];
            for (let j = 1; j < item.keys.length; j++)
                least = Math.min(least, rank[item.keys[j]]);
            filedAt[i] = least;
        }
        const bucketStart = new Uint32Array(keys.length + 1);
        for (let i = 0; i < items.length; i++) {
            const r = filedAt[i];
            bucketStart[r + 1] = bucketStart[r + 1] + 1;
        }
        for (let j = 0; j < keys.length; j++)
            bucketStart[j + 1] = bucketStart[j + 1] + bucketStart[j];
        const fill = bucketStart.slice(0, keys.length);
        const n = items.length;
        const order = new Array(n);
        for (let i = 0; i < items.length; i++) {
            const r = filedAt[i];
            order[fill[r]] = items[i];
            fill[r] = fill[r] + 1;
        }
        for (let j = 0; j < keys.length; j++) {
            const from = bucketStart[j];
            const to = bucketStart[j + 1];
            if (to - from > 1) {
                const run = order.slice(from, to).sort(byId);
                for (let i = from; i < to; i++)
                    order[i] = run[i - from];
            }
        }
        const postingStart = new Uint32Array(keys.length + 1);
        for (let j = 0; j < keys.length; j++)
            postingStart[j + 1] =
                postingStart[j] + postingsPerKey[table.numberOfKey(keys[j])];
        const next = postingStart.slice(0, keys.length);
        const postings = new Uint32Array(total);
        const ids = new Array(n);
        const offsets = new Uint32Array(n + 1);
        const entries = new Uint32Array(n);
        const matchOffsets = new Uint32Array(n + 1);
        let matchAt = 0;
        let at = 0;
        for (let i = 0; i < n; i++) {
            const item = order[i];
            ids[i] = item.id;
            at += item.body.length;
            offsets[i + 1] = at;
            entries[i] = item.entries;
            matchAt += item.match.length;
            matchOffsets[i + 1] = matchAt;
            // Records are visited in order, so each key's postings come out ascending.
            for (const k of item.keys) {
                const r = rank[k];
                postings[next[r]] = i;
                next[r] = next[r] + 1;
            }
        }
        const idsBytes = Buffer.from(ids.join('\n'), 'utf8');
        const keysBytes = Buffer.from(keys.join('\n'), 'utf8');
        const header = Buffer.from(JSON.stringify({
            format: INDEX_FORMAT,
            version: INDEX_VERSION,
            ecosystem: this.ecosystem,
            records: n,
            keys: keys.length,
            postings: total,
            idsBytes: idsBytes.length,
            keysBytes: keysBytes.length,
            matchBytes: matchAt,
        }), 'utf8');
        const length = Buffer.alloc(4);
        length.writeUInt32LE(header.length);
        const pad = Buffer.alloc((4 - ((12 + header.length) % 4)) % 4, 0x20);
        const u32 = (a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
        const parts = [
            MAGIC,
            length,
            header,
            pad,
            u32(offsets),
            u32(entries),
            u32(matchOffsets),
            u32(postingStart),
            u32(postings),
            idsBytes,
            keysBytes,
        ];
        let size = at + matchAt;
        for (const p of parts)
            size += p.length;
        // One allocation for the whole file: match data and records are copied once, straight from their own bytes.
        const out = Buffer.allocUnsafe(size);
        let pos = 0;
        for (const p of parts) {
            out.set(p, pos);
            pos += p.length;
        }
        for (const item of order) {
            out.set(item.match, pos);
            pos += item.match.length;
        }
        for (const item of order) {
            out.set(item.body, pos);
            pos += item.body.length;
        }
        return out;
    }
}
/**
 * One ecosystem's index file. Opening reads the header and the columns
 * (offsets, postings, keys); record bodies are read with positioned reads when
 * a lookup needs them, and parsed once.
 */
class EcosystemIndex {
    #fd;
    #file;
    #header;
    #offsets;
    #entries;
    #matchOffsets;
    #match;
    #postingStart;
    #postings;
    #keyText;
    /** Record ids as stored, decoded on first use: a scan names only the records it reports. */
    #idBytes;
    #bodyStart;
    #parsed;
    #keyList;
    #ids;
    #body;
    constructor(fd, file, header, columns, bodyStart) {
        this.#fd = fd;
        this.#file = file;
        this.#header = header;
        const n = header.records;
        let at = 0;
        const take = (count) => {
            const a = new Uint32Array(columns.buffer, columns.byteOffset + at, count);
            at += count * 4;
            return a;
        };
        this.#offsets = take(n + 1);
        this.#entries = take(n);
        this.#matchOffsets = take(n + 1);
        this.#postingStart = take(header.keys + 1);
        this.#postings = take(header.postings);
        const text = Buffer.from(columns.buffer, columns.byteOffset + at, header.idsBytes + header.keysBytes);
        this.#idBytes = text.subarray(0, header.idsBytes);
        this.#keyText = text.toString('utf8', header.idsBytes);
        this.#match = Buffer.from(columns.buffer, columns.byteOffset + at + header.idsBytes + header.keysBytes, header.matchBytes);
        this.#bodyStart = bodyStart;
        this.#parsed = new Array(n);
    }
    /** Opens an index file; throws DatabaseError when it is not one, has another version, or is cut short. */
    static open(file) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
        }
        catch (err) {
            throw new DatabaseError(`advisory index ${file} cannot be read: ${err.message}`, 'corrupt');
        }
        try {
            return EcosystemIndex.#read(fd, file);
        }
        catch (err) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            throw err;
        }
    }
    static #read(fd, file) {
        const corrupt = (why) => {
            throw new DatabaseError(`advisory index ${file} is corrupt: ${why}; run 'lading db update' to rebuild it`, 'corrupt');
        };
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd).size;
        const head = Buffer.alloc(12);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, head, 0, 12, 0);
        if (size < 12 || !head.subarray(0, 8).equals(MAGIC)) {
            if (head.subarray(0, 6).equals(MAGIC.subarray(0, 6)))
                throw new DatabaseError(`advisory index ${file} has another format version; run 'lading db update' to rebuild it`, 'version');
            corrupt('not a lading advisory index');
        }
        const headerLength = head.readUInt32LE(8);
        if (12 + headerLength > size)
            corrupt('header runs past the end of the file');
        const headerBytes = Buffer.alloc(headerLength);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, headerBytes, 0, headerLength, 12);
        let header;
        try {
            header = JSON.parse(headerBytes.toString('utf8'));
        }
        catch {
            return corrupt('header is not JSON');
        }
        if (header.version !== INDEX_VERSION || header.format !== INDEX_FORMAT) {
            throw new DatabaseError(`advisory index ${file} has format version ${String(header.version)}, lading reads ${INDEX_VERSION}; run 'lading db update' to rebuild it`, 'version');
        }
        const counts = [
            header.records,
            header.keys,
            header.postings,
            header.idsBytes,
            header.keysBytes,
            header.matchBytes,
        ];
        if (!counts.every((c) => Number.isInteger(c) && c >= 0))
            corrupt('header is incomplete');
        const columnsStart = 12 + headerLength + ((4 - ((12 + headerLength) % 4)) % 4);
        const columnsLength = 4 * (3 * header.records + 2 + header.keys + 1 + header.postings) +
            header.idsBytes +
            header.keysBytes +
            header.matchBytes;
        if (columnsStart + columnsLength > size)
            corrupt('columns are truncated');
        // A fresh ArrayBuffer keeps the Uint32 columns aligned.
        const columns = new Uint8Array(new ArrayBuffer(columnsLength + ((4 - (columnsLength % 4)) % 4)));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, columns, 0, columnsLength, columnsStart);
        const index = new EcosystemIndex(fd, file, header, columns, columnsStart + columnsLength);
        if (index.#bodyStart + index.#offsets[header.records] !== size)
            corrupt('records are truncated');
        if (index.#matchOffsets[header.records] !== header.matchBytes)
            corrupt('match data does not add up');
        return index;
    }
    close() {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.#fd);
        }
        catch { }
    }
    get ecosystem() {
        return this.#header.ecosystem;
    }
    get size() {
        return this.#header.records;
    }
    idAt(i) {
        this.#ids ??= this.#header.records === 0 ? [] : this.#idBytes.toString('utf8').split('\n');
        return this.#ids[i];
    }
    entriesAt(i) {
        return this.#entries[i] ?? 0;
    }
    /** Reads record bodies from `from` to `to` (exclusive) in one positioned read. */
    #span(from, to) {
        const start = this.#offsets[from];
        const end = this.#offsets[to];
        if (this.#body)
            return this.#body.subarray(start, end);
        const buf = Buffer.allocUnsafe(end - start);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(this.#fd, buf, 0, end - start, this.#bodyStart + start);
        return buf;
    }
    rawAt(i) {
        return this.#span(i, i + 1).toString('utf8');
    }
    /** A record's bytes as stored (a view into the loaded body after loadAll). */
    bytesAt(i) {
        return this.#span(i, i + 1);
    }
    /** A record's pre-compiled match data, as stored. */
    matchAt(i) {
        return this.#match.subarray(this.#matchOffsets[i], this.#matchOffsets[i + 1]);
    }
    /** Reads every record body at once (a refresh rewrites them all). */
    loadAll() {
        this.#body ??= this.#span(0, this.size);
    }
    #parse(i, text) {
        try {
            const r = JSON.parse(text);
            this.#parsed[i] = r;
            return r;
        }
        catch {
            throw new DatabaseError(`advisory index ${this.#file} is corrupt: record ${this.idAt(i)} is not JSON; run 'lading db update' to rebuild it`, 'corrupt');
        }
    }
    recordAt(i) {
        return this.#parsed[i] ?? this.#parse(i, this.rawAt(i));
    }
    #keyNumber(key) {
        // Keys are stored sorted (code unit order, as `<` compares): a binary search
        // needs no table of every key, which a scan of a few packages would not repay.
        this.#keyList ??= this.#header.keys === 0 ? [] : this.#keyText.split('\n');
        const keys = this.#keyList;
        let lo = 0;
        let hi = keys.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const k = keys[mid];
            if (k < key)
                lo = mid + 1;
            else if (k > key)
                hi = mid - 1;
            else
                return mid;
        }
        return undefined;
    }
    /** Records filed under this exact key (`Alpine:v3.20\0openssl`). */
    lookupKey(key) {
        const j = this.#keyNumber(key);
        if (j === undefined)
            return [];
        const list = this.#postings.subarray(this.#postingStart[j], this.#postingStart[j + 1]);
        const out = [];
        // Records of one package are adjacent (sorted by first key): read the run at once.
        let lo = Number.POSITIVE_INFINITY;
        let hi = -1;
        for (const i of list) {
            if (this.#parsed[i])
                continue;
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
        }
        if (hi >= 0 && !this.#body && hi - lo < 4 * list.length) {
            const span = this.#span(lo, hi + 1);
            const base = this.#offsets[lo];
            for (const i of list) {
                if (this.#parsed[i])
                    continue;
                const text = span.toString('utf8', this.#offsets[i] - base, this.#offsets[i + 1] - base);
                this.#parse(i, text);
            }
        }
        for (const i of list)
            out.push(this.recordAt(i));
        return out;
    }
    /**
     * The records filed under `names` that affect (or cannot be decided for)
     * `version`, decided from the pre-compiled match data: a record's JSON is
     * parsed only when it matches. Each record once, for the first name that finds it.
     */
    matchKeys(names, ecosystem, version) {
        const out = [];
        const seen = new Set();
        for (const { name, keys } of names) {
            const query = new _osv_js__WEBPACK_IMPORTED_MODULE_6__/* .CompiledQuery */ .Em(ecosystem, version, keys);
            for (const key of keys) {
                const j = this.#keyNumber(key);
                if (j === undefined)
                    continue;
                for (let p = this.#postingStart[j]; p < this.#postingStart[j + 1]; p++) {
                    const i = this.#postings[p];
                    if (seen.has(i))
                        continue;
                    seen.add(i);
                    const fast = (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .affectsCompiled */ .Sx)(this.#match, this.#matchOffsets[i], this.#matchOffsets[i + 1], query);
                    if (fast.verdict === 'not-affected')
                        continue;
                    const record = this.recordAt(i);
                    let result;
                    if (fast.verdict === 'full') {
                        const full = (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .affects */ .bB)(record, ecosystem, name, version);
                        if (full.verdict === 'not-affected')
                            continue;
                        result = full;
                    }
                    else {
                        const affected = record.affected?.[fast.affectedIndex];
                        const range = affected?.ranges?.[fast.rangeIndex];
                        if (!affected || !range)
                            throw new DatabaseError(`advisory index ${this.#file} is corrupt: match data of record ${this.idAt(i)} names a missing range; run 'lading db update' to rebuild it`, 'corrupt');
                        result = { verdict: 'affected', affected, range, via: 'range', fixed: fast.fixed };
                    }
                    out.push({ record, name, result });
                }
            }
        }
        return out;
    }
    /** Every key, for status and tests. */
    keys() {
        return this.#header.keys === 0 ? [] : this.#keyText.split('\n');
    }
    keysByRecord() {
        const out = Array.from({ length: this.size }, () => []);
        const keys = this.keys();
        for (let j = 0; j < keys.length; j++) {
            for (let p = this.#postingStart[j]; p < this.#postingStart[j + 1]; p++)
                out[this.#postings[p]]?.push(keys[j]);
        }
        return out;
    }
    *records() {
        for (let i = 0; i < this.size; i++)
            yield this.recordAt(i);
    }
}
/** An opened database: the manifest now, each ecosystem's index on first use. */
class AdvisoryDatabase {
    #indexes = new Map();
    dir;
    manifest;
    constructor(dir, manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }
    /** Throws DatabaseError: 'missing' when there is no database, 'corrupt' or 'version' when it cannot be read. */
    static async open(dir) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, MANIFEST);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                throw new DatabaseError(`no advisory database in ${dir} (no ${MANIFEST}); run 'lading db update'`, 'missing');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${path}: ${err.message}`);
        }
        let manifest;
        try {
            manifest = JSON.parse(text);
        }
        catch {
            throw new DatabaseError(`${path} is corrupt: not JSON; run 'lading db update' to rebuild it`, 'corrupt');
        }
        if (manifest?.format !== INDEX_FORMAT)
            throw new DatabaseError(`${path} is not a lading advisory database manifest`, 'corrupt');
        if (manifest.version !== INDEX_VERSION)
            throw new DatabaseError(`${path} has format version ${String(manifest.version)}, lading reads ${INDEX_VERSION}; run 'lading db update' to rebuild it`, 'version');
        if (typeof manifest.ecosystems !== 'object' || manifest.ecosystems === null)
            throw new DatabaseError(`${path} is corrupt: field ecosystems is missing`, 'corrupt');
        for (const [eco, state] of Object.entries(manifest.ecosystems)) {
            let size = -1;
            try {
                size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, state.file)).size;
            }
            catch { }
            if (size !== state.bytes)
                throw new DatabaseError(`${path}: index file ${state.file} of ecosystem ${eco} is ${size < 0 ? 'missing' : `${size} bytes, not ${state.bytes}`}; run 'lading db update' to rebuild it`, 'corrupt');
        }
        return new AdvisoryDatabase(dir, manifest);
    }
    /** undefined when there is no database yet; other problems still throw. */
    static async openIfPresent(dir) {
        try {
            return await AdvisoryDatabase.open(dir);
        }
        catch (err) {
            if (err instanceof DatabaseError && err.problem === 'missing')
                return undefined;
            throw err;
        }
    }
    /** Closes the index files opened so far. */
    close() {
        for (const index of this.#indexes.values())
            index.close();
        this.#indexes.clear();
    }
    ecosystems() {
        return Object.keys(this.manifest.ecosystems).sort();
    }
    has(exportEcosystem) {
        return Object.hasOwn(this.manifest.ecosystems, exportEcosystem);
    }
    state(exportEcosystem) {
        return Object.hasOwn(this.manifest.ecosystems, exportEcosystem)
            ? this.manifest.ecosystems[exportEcosystem]
            : undefined;
    }
    /** The index of an export ecosystem (`Alpine`), read on first use; undefined when not in the database. */
    index(exportEcosystem) {
        const hit = this.#indexes.get(exportEcosystem);
        if (hit)
            return hit;
        const state = this.state(exportEcosystem);
        if (!state)
            return undefined;
        const index = EcosystemIndex.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, state.file));
        this.#indexes.set(exportEcosystem, index);
        return index;
    }
    /**
     * Records naming `name` in `ecosystem` (`npm`, `Alpine:v3.20`), including
     * entries filed under the bare distribution (`Alpine`), which cover every release.
     */
    lookup(ecosystem, name) {
        const base = (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .ecosystemBase */ .gY)(ecosystem);
        const index = this.index(base);
        if (!index)
            return [];
        const hits = index.lookupKey(indexKey(ecosystem, name));
        if (base === ecosystem)
            return hits;
        const more = index.lookupKey(indexKey(base, name));
        return more.length === 0 ? hits : [...new Set([...hits, ...more])];
    }
    /**
     * The records that affect a package at `version` (or cannot be decided for
     * it), looked up under each of `names` in order, as `lookup` then `affects`
     * would find them, without parsing the records that do not match.
     */
    hits(ecosystem, names, version) {
        const base = (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .ecosystemBase */ .gY)(ecosystem);
        const index = this.index(base);
        if (!index)
            return [];
        const queries = names.map((name) => ({
            name,
            keys: base === ecosystem ? [indexKey(ecosystem, name)] : [indexKey(ecosystem, name), indexKey(base, name)],
        }));
        return index.matchKeys(queries, ecosystem, version);
    }
}
async function writeSynced(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}
async function syncDir(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}
/**
 * Commits new states (and index files) for some ecosystems, keeping the others
 * of `previous` as they are. Atomic, see the top of this file. Returns the new manifest.
 */
async function writeDatabase(dir, previous, updates) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data'), { recursive: true });
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(tmp);
    try {
        const manifest = {
            format: INDEX_FORMAT,
            version: INDEX_VERSION,
            ecosystems: { ...(previous?.ecosystems ?? {}) },
        };
        const moves = [];
        for (const [eco, update] of updates) {
            const before = manifest.ecosystems[eco];
            let file;
            let bytes;
            if (update.content) {
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(update.content).digest('hex').slice(0, 16);
                const name = `${eco.replace(/[^A-Za-z0-9.-]+/g, '_')}-${hash}.idx`;
                await writeSynced((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, name), update.content);
                moves.push([(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, name), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data', name)]);
                file = `data/${name}`;
                bytes = update.content.length;
            }
            else if (before) {
                file = before.file;
                bytes = before.bytes;
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`advisory database ${dir}: no index content for new ecosystem ${eco}`);
            }
            manifest.ecosystems[eco] = { file, bytes, ...update.state };
        }
        await writeSynced((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        for (const [from, to] of moves)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(from, to);
        await syncDir((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, MANIFEST), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, MANIFEST));
        await syncDir(dir);
        await collectGarbage(dir, manifest);
        return manifest;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
    }
}
/** Removes index files no manifest names and temp dirs abandoned by a crash. */
async function collectGarbage(dir, manifest) {
    const live = new Set(Object.values(manifest.ecosystems).map((s) => s.file));
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data'))) {
        if (!live.has(`data/${name}`))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data', name), { force: true });
    }
    const now = Date.now();
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir)) {
        if (!name.startsWith('.tmp-'))
            continue;
        try {
            // Young temp dirs may belong to a writer still running in another process.
            if (now - (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name))).mtimeMs > STALE_TEMP_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), { recursive: true, force: true });
        }
        catch { }
    }
}


/***/ }),

/***/ 98817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yr: () => (/* binding */ StaleDataError),
  RL: () => (/* binding */ ageHours),
  xk: () => (/* binding */ prepareDatabase)
});

// UNUSED EXPORTS: DEFAULT_POLICY

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/advisories/database.ts
var database = __webpack_require__(37318);
;// CONCATENATED MODULE: ./src/advisories/cache.ts


/** A short, order-independent name for a set of export ecosystems. */
function ecosystemsHash(ecosystems) {
    const canonical = [...new Set(ecosystems)].sort().join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 12);
}
/**
 * `lading-osv-v<format>-<ecosystems-hash>-<YYYY-MM-DD>` (UTC day); restore-keys:
 * the same ecosystems on an earlier day, then any ecosystems (a superset or an
 * overlap still saves most of a fill).
 */
function cacheKeys(ecosystems, now) {
    const prefix = `lading-osv-v${database/* INDEX_VERSION */.g3}-`;
    const withEcosystems = `${prefix}${ecosystemsHash(ecosystems)}-`;
    return {
        key: `${withEcosystems}${now.toISOString().slice(0, 10)}`,
        restoreKeys: [withEcosystems, prefix],
    };
}

;// CONCATENATED MODULE: ./src/advisories/freshness.ts



const DEFAULT_POLICY = { onStale: 'warn', offline: false, refreshAfterHours: 6 };
/** Data was too old, could not be refreshed, and the policy says fail. */
class StaleDataError extends errors/* OperationError */.OK {
}
function ageHours(fetchedAt, now) {
    return (now.getTime() - Date.parse(fetchedAt)) / 3_600_000;
}
function hours(h) {
    return h < 1 ? `${Math.round(h * 60)} minutes` : `${Math.round(h * 10) / 10} hours`;
}
async function openTolerant(dir, log) {
    try {
        return await database/* AdvisoryDatabase */.nc.openIfPresent(dir);
    }
    catch (err) {
        if (!(err instanceof database/* DatabaseError */.a$))
            throw err;
        log.warn(err.message);
        return undefined;
    }
}
/** Restores, refreshes and checks the database a run will read, per the policy. */
async function prepareDatabase(options) {
    const policy = { ...DEFAULT_POLICY, ...options.policy };
    const now = options.now ?? (() => new Date());
    const { log, dir } = options;
    const ecosystems = [...new Set(options.ecosystems)].sort();
    const cache = { saved: false };
    const keys = cacheKeys(ecosystems, now());
    if (options.cache) {
        cache.key = keys.key;
        try {
            const hit = await options.cache.restore([dir], keys.key, keys.restoreKeys);
            if (hit)
                cache.restoredKey = hit;
            log.info(hit ? `advisory database restored from cache ${hit}` : 'no cached advisory database');
        }
        catch (err) {
            cache.error = (0,errors/* describeError */.Uc)(err);
            log.warn(`advisory cache restore failed (${cache.error}); going on with what is in ${dir}`);
        }
    }
    let db = await openTolerant(dir, log);
    const ageOf = (eco) => {
        const s = db?.state(eco);
        return s ? ageHours(s.fetchedAt, now()) : undefined;
    };
    const due = ecosystems.filter((eco) => {
        const age = ageOf(eco);
        return options.force || options.full || age === undefined || age >= policy.refreshAfterHours;
    });
    const done = new Map();
    let bytes = 0;
    let requests = 0;
    if (due.length > 0 && !policy.offline) {
        // The network side loads only when a refresh is due: a warm scan never needs it.
        const [source, { refreshDatabase }] = await Promise.all([options.source(), __webpack_require__.e(/* import() */ 4160).then(__webpack_require__.bind(__webpack_require__, 84160))]);
        const result = await refreshDatabase({
            dir,
            source,
            ecosystems: due,
            warn: (m) => log.warn(m),
            now,
            ...(options.full ? { full: true } : {}),
        });
        bytes = result.bytes;
        requests = result.requests;
        for (const r of result.ecosystems)
            done.set(r.ecosystem, r.error ? { mode: r.mode, error: r.error } : { mode: r.mode });
        db?.close();
        db = await openTolerant(dir, log);
    }
    const statuses = [];
    const missing = [];
    const stale = [];
    for (const eco of ecosystems) {
        const state = db?.state(eco);
        const outcome = done.get(eco);
        const action = outcome?.mode ?? (policy.offline && due.includes(eco) ? 'offline' : 'fresh');
        if (!state) {
            missing.push(`${eco} (${policy.offline ? 'offline: not fetched' : `could not be fetched: ${outcome?.error ?? 'unknown error'}`})`);
            continue;
        }
        const age = ageHours(state.fetchedAt, now());
        const status = {
            ecosystem: eco,
            action,
            records: state.records,
            fetchedAt: state.fetchedAt,
            ageHours: age,
            stale: false,
        };
        if (state.lastModified)
            status.lastModified = state.lastModified;
        if (outcome?.error)
            status.error = outcome.error;
        const notRefreshed = action === 'failed' || action === 'offline';
        if (notRefreshed) {
            const why = action === 'offline' ? 'offline' : 'refresh failed';
            const line = `advisories for ${eco} are ${hours(age)} old (fetched ${state.fetchedAt}; ${why})`;
            if (policy.maxAgeHours !== undefined && age > policy.maxAgeHours) {
                status.stale = true;
                stale.push(`${line}, older than max-age ${policy.maxAgeHours} hours`);
            }
            else {
                log.warn(`using the last good data: ${line}`);
            }
        }
        statuses.push(status);
    }
    if (missing.length > 0) {
        throw new errors/* OperationError */.OK(`no advisory data in ${dir} for ${missing.join('; ')}`);
    }
    for (const line of stale) {
        if (policy.onStale === 'warn')
            log.warn(`${line}; going on with it as max-age allows (on-stale: warn)`);
    }
    if (stale.length > 0 && policy.onStale === 'fail') {
        throw new StaleDataError(`${stale.join('; ')} (on-stale: fail)`);
    }
    const changed = [...done.values()].some((o) => o.mode !== 'failed');
    if (options.cache && changed && cache.restoredKey !== keys.key) {
        try {
            await options.cache.save([dir], keys.key);
            cache.saved = true;
            log.info(`advisory database saved to cache ${keys.key}`);
        }
        catch (err) {
            log.warn(`advisory cache save failed (${(0,errors/* describeError */.Uc)(err)}); the next run will refresh again`);
        }
    }
    return { db: db, ecosystems: statuses, cache, bytes, requests };
}


/***/ }),

/***/ 75015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ normalisePackageName)
/* harmony export */ });
/* harmony import */ var _versions_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96214);

// Package names as each ecosystem itself compares them, so that an SBOM's
// spelling and an advisory's spelling meet: PEP 503 for PyPI, case-insensitive
// NuGet and Packagist ids, `group:artifact` for Maven, Go module paths and npm
// names exactly as written. Applied to both sides of every match.
function normalisePackageName(ecosystem, name) {
    const trimmed = name.trim();
    switch ((0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystemBase */ .gY)(ecosystem)) {
        case 'PyPI':
            return trimmed.toLowerCase().replace(/[-_.]+/g, '-');
        case 'NuGet':
        case 'Packagist':
            return trimmed.toLowerCase();
        case 'Maven':
            // `group:artifact`; a slash-separated spelling (purl style) is the same coordinate.
            return trimmed.replace(/\s*[:/]\s*/, ':');
        default:
            return trimmed;
    }
}


/***/ }),

/***/ 6407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ CompiledQuery),
/* harmony export */   Sx: () => (/* binding */ affectsCompiled),
/* harmony export */   bB: () => (/* binding */ affects),
/* harmony export */   hb: () => (/* binding */ compileMatchData),
/* harmony export */   iC: () => (/* binding */ validateOsvRecord)
/* harmony export */ });
/* unused harmony export osvProblems */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75015);
/* harmony import */ var _versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(701);
/* harmony import */ var _versions_go_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45103);
/* harmony import */ var _versions_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96214);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52149);






const SEVERITY_TYPES = new Set(['CVSS_V2', 'CVSS_V3', 'CVSS_V4', 'Ubuntu']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'];
// RFC 3339 date-time as OSV writes it; checked without backtracking-prone patterns.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isNonEmptyString = (v) => typeof v === 'string' && v.length > 0;
/**
 * Collects problems, each naming the field it is about. Every record of an
 * export passes through here on each fill, so field names are built only when
 * a problem is found: the common, valid case checks types and moves on.
 */
class Checker {
    problems = [];
    bad(field, what) {
        this.problems.push(`field ${field}: ${what}`);
    }
    str(v, field, required) {
        if (isNonEmptyString(v))
            return true;
        if (v === undefined) {
            if (required)
                this.bad(field, 'is missing');
            return false;
        }
        this.bad(field, 'must be a non-empty string');
        return false;
    }
    time(v, field, required) {
        if (this.str(v, field, required) && !TIMESTAMP.test(v)) {
            this.bad(field, `'${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(v)}' is not an RFC 3339 timestamp`);
        }
    }
    strings(v, field) {
        if (v === undefined)
            return;
        if (!Array.isArray(v)) {
            this.bad(field, 'must be an array of strings');
            return;
        }
        for (let i = 0; i < v.length; i++)
            if (typeof v[i] !== 'string')
                this.bad(`${field}[${i}]`, 'must be a string');
    }
    object(v, field) {
        if (v !== undefined && !isObject(v))
            this.bad(field, 'must be an object');
    }
    severities(v, field) {
        if (v === undefined)
            return;
        if (!Array.isArray(v)) {
            this.bad(field, 'must be an array');
            return;
        }
        for (let i = 0; i < v.length; i++) {
            const s = v[i];
            if (!isObject(s)) {
                this.bad(`${field}[${i}]`, 'must be an object');
                continue;
            }
            if (typeof s.type !== 'string' || !SEVERITY_TYPES.has(s.type)) {
                this.bad(`${field}[${i}].type`, `'${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(String(s.type))}' is not one of CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu`);
            }
            if (!isNonEmptyString(s.score))
                this.str(s.score, `${field}[${i}].score`, true);
        }
    }
    references(v) {
        if (v === undefined)
            return;
        if (!Array.isArray(v)) {
            this.bad('references', 'must be an array');
            return;
        }
        for (let i = 0; i < v.length; i++) {
            const r = v[i];
            if (!isObject(r)) {
                this.bad(`references[${i}]`, 'must be an object');
                continue;
            }
            if (!isNonEmptyString(r.type))
                this.str(r.type, `references[${i}].type`, true);
            if (!isNonEmptyString(r.url))
                this.str(r.url, `references[${i}].url`, true);
        }
    }
    affected(a, i) {
        const at = `affected[${i}]`;
        if (!isObject(a)) {
            this.bad(at, 'must be an object');
            return;
        }
        const ranges = a.ranges;
        const pkg = a.package;
        if (pkg === undefined) {
            const onlyGit = Array.isArray(ranges) && ranges.length > 0 && ranges.every((r) => isObject(r) && r.type === 'GIT');
            if (!onlyGit)
                this.bad(`${at}.package`, 'is missing (required unless every range is GIT)');
        }
        else if (!isObject(pkg)) {
            this.bad(`${at}.package`, 'must be an object');
        }
        else {
            if (!isNonEmptyString(pkg.ecosystem))
                this.str(pkg.ecosystem, `${at}.package.ecosystem`, true);
            if (!isNonEmptyString(pkg.name))
                this.str(pkg.name, `${at}.package.name`, true);
            if (pkg.purl !== undefined && !isNonEmptyString(pkg.purl))
                this.str(pkg.purl, `${at}.package.purl`, false);
        }
        if (a.versions !== undefined)
            this.strings(a.versions, `${at}.versions`);
        if (a.severity !== undefined)
            this.severities(a.severity, `${at}.severity`);
        if (a.ecosystem_specific !== undefined)
            this.object(a.ecosystem_specific, `${at}.ecosystem_specific`);
        if (a.database_specific !== undefined)
            this.object(a.database_specific, `${at}.database_specific`);
        if (ranges === undefined)
            return;
        if (!Array.isArray(ranges)) {
            this.bad(`${at}.ranges`, 'must be an array');
            return;
        }
        for (let j = 0; j < ranges.length; j++)
            this.range(ranges[j], at, j);
    }
    range(r, parent, j) {
        const at = () => `${parent}.ranges[${j}]`;
        if (!isObject(r)) {
            this.bad(at(), 'must be an object');
            return;
        }
        const type = r.type;
        if (type !== 'SEMVER' && type !== 'ECOSYSTEM' && type !== 'GIT') {
            this.bad(`${at()}.type`, `'${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(String(type))}' is not one of SEMVER, ECOSYSTEM, GIT`);
        }
        if (type === 'GIT' && !isNonEmptyString(r.repo))
            this.str(r.repo, `${at()}.repo`, true);
        const events = r.events;
        if (!Array.isArray(events) || events.length === 0) {
            this.bad(`${at()}.events`, 'must be a non-empty array');
            return;
        }
        let introduced = 0;
        for (let k = 0; k < events.length; k++) {
            const e = events[k];
            if (!isObject(e)) {
                this.bad(`${at()}.events[${k}]`, 'must be an object');
                continue;
            }
            let key;
            let keys = 0;
            for (const name of EVENT_KEYS)
                if (e[name] !== undefined) {
                    key = name;
                    keys++;
                }
            if (keys !== 1 || key === undefined) {
                this.bad(`${at()}.events[${k}]`, 'must have exactly one of introduced, fixed, last_affected, limit');
                continue;
            }
            if (!isNonEmptyString(e[key]))
                this.str(e[key], `${at()}.events[${k}].${key}`, true);
            else if (key === 'introduced')
                introduced++;
        }
        if (introduced === 0)
            this.bad(`${at()}.events`, "has no 'introduced' event");
    }
}
/**
 * Every way `data` fails to be an OSV record, each naming the field
 * (`affected[0].ranges[1].events[2]`). Empty when the record is valid.
 * Unknown fields are allowed, as the schema allows them.
 */
function osvProblems(data) {
    if (!isObject(data))
        return ['not a JSON object'];
    const c = new Checker();
    c.str(data.id, 'id', true);
    if (typeof data.id === 'string' && /\s/.test(data.id))
        c.bad('id', 'must not contain whitespace');
    c.time(data.modified, 'modified', true);
    if (data.published !== undefined)
        c.time(data.published, 'published', false);
    if (data.withdrawn !== undefined)
        c.time(data.withdrawn, 'withdrawn', false);
    if (data.schema_version !== undefined)
        c.str(data.schema_version, 'schema_version', false);
    c.strings(data.aliases, 'aliases');
    c.strings(data.related, 'related');
    c.strings(data.upstream, 'upstream');
    if (data.summary !== undefined && typeof data.summary !== 'string')
        c.bad('summary', 'must be a string');
    if (data.details !== undefined && typeof data.details !== 'string')
        c.bad('details', 'must be a string');
    c.severities(data.severity, 'severity');
    c.object(data.database_specific, 'database_specific');
    c.references(data.references);
    const affected = data.affected;
    if (affected !== undefined) {
        if (!Array.isArray(affected))
            c.bad('affected', 'must be an array');
        else
            for (let i = 0; i < affected.length; i++)
                c.affected(affected[i], i);
    }
    return c.problems;
}
/** The record, typed, or an InputError naming the source, the record id and every bad field. */
function validateOsvRecord(data, source) {
    const problems = osvProblems(data);
    if (problems.length > 0) {
        const id = isObject(data) && typeof data.id === 'string' ? ` record ${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(data.id)}` : '';
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source}:${id} is not valid OSV: ${problems[0]}${more}`);
    }
    return data;
}
const compiledRanges = new WeakMap();
function compile(range, c) {
    const slot = compiledRanges.get(range);
    if (slot) {
        if (slot.c === c)
            return slot.out;
        const hit = slot.more?.get(c);
        if (hit)
            return hit;
    }
    const out = compileWith(range, c);
    if (!slot)
        compiledRanges.set(range, { c, out });
    else {
        slot.more ??= new Map();
        slot.more.set(c, out);
    }
    return out;
}
function compileWith(range, c) {
    const events = [];
    const limits = [];
    let problem;
    for (const e of range.events) {
        // Each event has exactly one key (validated): the first own key is it.
        let kind = 'introduced';
        for (const k in e) {
            kind = k;
            break;
        }
        const raw = e[kind];
        let at;
        if (kind === 'introduced' && raw === '0')
            at = 'zero';
        else if (kind === 'limit' && raw === '*')
            at = 'infinity';
        else {
            const p = c.parse(raw);
            if (!p.valid) {
                problem = `${kind} '${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(raw)}' is not a valid ${c.ecosystem} version (${p.reason})`;
                break;
            }
            at = p;
        }
        if (kind === 'limit')
            limits.push(at);
        else
            events.push({ kind: kind, at, raw });
    }
    // Ties keep introduced before last_affected before fixed: `introduced: 1.0,
    // fixed: 1.0` is an empty range, as its author meant.
    const tieRank = { introduced: 0, last_affected: 1, fixed: 2 };
    return (problem ??
        {
            events: events.sort((x, y) => compareBound(c, x.at, y.at) || tieRank[x.kind] - tieRank[y.kind]),
            limits,
        });
}
function compareBound(c, a, b) {
    if (a === b)
        return 0;
    if (a === 'zero' || b === 'infinity')
        return -1;
    if (b === 'zero' || a === 'infinity')
        return 1;
    return c.compareParsed(a, b);
}
function rangeHolds(compiled, c, v) {
    let affected = false;
    for (const e of compiled.events) {
        const cmp = compareBound(c, v, e.at);
        if (e.kind === 'introduced') {
            if (cmp >= 0)
                affected = true;
        }
        else if (e.kind === 'fixed') {
            if (cmp >= 0)
                affected = false;
        }
        else if (cmp > 0)
            affected = false;
    }
    if (!affected)
        return false;
    return compiled.limits.length === 0 || compiled.limits.some((l) => compareBound(c, v, l) < 0);
}
function comparatorForRange(type, ecosystem) {
    if (type === 'SEMVER')
        return (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .ecosystemBase */ .gY)(ecosystem) === 'Go' ? _versions_go_js__WEBPACK_IMPORTED_MODULE_3__/* .goComparator */ .P : _versions_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .semverComparator */ .di;
    return (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .comparatorFor */ .IB)(ecosystem);
}
/** Whether an affected[] entry names this package; an entry with a bare distro name covers all its releases. */
function namesPackage(a, ecosystem, name) {
    const pkg = a.package;
    if (!pkg)
        return false;
    if (pkg.ecosystem !== ecosystem && pkg.ecosystem !== (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .ecosystemBase */ .gY)(ecosystem))
        return false;
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalisePackageName */ .i)(ecosystem, pkg.name) === name;
}
/** `fixed` versions of the entry's ranges above the version, lowest first (for a `versions`-list match). */
function fixedAbove(ranges, ecosystem, version) {
    const found = [];
    for (const r of ranges) {
        const c = r.type === 'GIT' ? undefined : comparatorForRange(r.type, ecosystem);
        const v = c?.parse(version);
        if (!c || !v?.valid)
            continue;
        for (const e of r.events) {
            if (!('fixed' in e) || found.some((f) => f.raw === e.fixed))
                continue;
            const p = c.parse(e.fixed);
            if (p.valid && c.compareParsed(p, v) > 0)
                found.push({ raw: e.fixed, at: p, c });
        }
    }
    return found.sort((x, y) => (x.c === y.c ? x.c.compareParsed(x.at, y.at) : 0)).map((f) => f.raw);
}
/**
 * Does `record` affect `packageName` at `version` in `ecosystem` (an OSV
 * ecosystem name such as `npm`, `PyPI`, `Debian:12`, `Alpine:v3.20`)?
 */
function affects(record, ecosystem, packageName, version) {
    if (record.withdrawn)
        return { verdict: 'not-affected', withdrawn: true };
    const name = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .normalisePackageName */ .i)(ecosystem, packageName);
    const reasons = [];
    const ecoComparator = (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .comparatorFor */ .IB)(ecosystem);
    const parsedVersion = ecoComparator?.parse(version);
    const validVersion = parsedVersion?.valid ? parsedVersion : undefined;
    for (const a of record.affected ?? []) {
        if (!namesPackage(a, ecosystem, name))
            continue;
        const ranges = a.ranges ?? [];
        // The explicit list is exact strings; a comparator also accepts equal spellings (`1.0` == `1.0.0` in PyPI).
        if (a.versions && a.versions.length > 0) {
            const listed = a.versions.includes(version) ||
                (validVersion !== undefined &&
                    a.versions.some((lv) => {
                        const p = ecoComparator?.parse(lv);
                        return p?.valid === true && p.normalised === validVersion.normalised;
                    }));
            if (listed)
                return {
                    verdict: 'affected',
                    affected: a,
                    via: 'versions',
                    fixed: fixedAbove(ranges, ecosystem, version),
                };
        }
        for (const r of ranges) {
            if (r.type === 'GIT')
                continue;
            const c = comparatorForRange(r.type, ecosystem);
            if (!c) {
                reasons.push(`${record.id}: no version rules for ecosystem '${ecosystem}'`);
                continue;
            }
            const v = c.parse(version);
            if (!v.valid) {
                reasons.push(`${record.id}: '${(0,_versions_comparator_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(version)}' is not a valid ${c.ecosystem} version (${v.reason})`);
                continue;
            }
            const compiled = compile(r, c);
            if (typeof compiled === 'string') {
                reasons.push(`${record.id}: ${a.package?.name} ${r.type} range: ${compiled}`);
                continue;
            }
            if (rangeHolds(compiled, c, v)) {
                const fixed = compiled.events
                    .filter((e) => e.kind === 'fixed' && compareBound(c, e.at, v) > 0)
                    .map((e) => e.raw);
                return { verdict: 'affected', affected: a, range: r, via: 'range', fixed };
            }
        }
    }
    return reasons.length > 0 ? { verdict: 'unknown', reasons } : { verdict: 'not-affected' };
}
// ---- pre-compiled ranges ------------------------------------------------------
//
// The advisory index stores, per record, what `affects` reads of it in a
// compact binary form: each affected entry's index key, its `versions` list and
// its non-GIT ranges' events, as written. The build only copies strings: no
// version is parsed there, because a build handles every record of an
// ecosystem while a scan evaluates the few records of its packages. A lookup
// parses the bounds it reads (comparators cache parses), sorts a range's events
// when the record did not write them in order, and decides without parsing the
// record's JSON. Only a match, or a case the form does not settle (a listed
// version, a version or bound that does not parse), goes back to the full record
// and `affects`, so the verdict is the same by construction.
//
// Layout: u8 flags (1: always use the full record), u16 entries; per entry:
// str key, u16 affected index, u16 versions, str per version, u8 ranges; per
// range: u8 range index, u8 type (0 SEMVER, 1 ECOSYSTEM), u16 events, (u8 kind,
// str version) per event in record order. Kinds: 0 introduced, 1 last_affected,
// 2 fixed, 3 limit (the first three are also their tie ranks when sorting). A str
// is a u16 byte length then UTF-8.
const FULL_RECORD = 1;
const U16 = 0xffff;
const KIND_NUMBER = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };
/** Appends match data of many records to one growing buffer; a record's bytes are copied out whole. */
class MatchWriter {
    #buf = Buffer.allocUnsafe(64 * 1024);
    #at = 0;
    reset() {
        this.#at = 0;
    }
    #room(n) {
        if (this.#at + n <= this.#buf.length)
            return;
        const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#at + n));
        this.#buf.copy(next, 0, 0, this.#at);
        this.#buf = next;
    }
    u8(v) {
        this.#room(1);
        this.#buf[this.#at++] = v;
    }
    u16(v) {
        this.#room(2);
        const buf = this.#buf;
        buf[this.#at] = v & 0xff;
        buf[this.#at + 1] = v >>> 8;
        this.#at += 2;
    }
    /** False when the string is too long for the form. */
    str(s) {
        // Versions and keys are short and nearly always ASCII: copied here, cheaper than a native call per string.
        const len = s.length;
        if (len <= 255) {
            this.#room(2 + len);
            const buf = this.#buf;
            let at = this.#at + 2;
            let ascii = true;
            for (let i = 0; i < len; i++) {
                const ch = s.charCodeAt(i);
                if (ch > 0x7f) {
                    ascii = false;
                    break;
                }
                buf[at++] = ch;
            }
            if (ascii) {
                buf[this.#at] = len;
                buf[this.#at + 1] = 0;
                this.#at = at;
                return true;
            }
        }
        const n = Buffer.byteLength(s, 'utf8');
        if (n > U16)
            return false;
        this.u16(n);
        this.#room(n);
        this.#buf.write(s, this.#at, n, 'utf8');
        this.#at += n;
        return true;
    }
    /** A copy of what was written since reset (small copies come from Node's buffer pool, not one allocation each). */
    done() {
        return Buffer.from(this.#buf.subarray(0, this.#at));
    }
}
const FULL_ONLY = Uint8Array.of(FULL_RECORD, 0, 0);
const writer = new MatchWriter();
/**
 * The pre-compiled matching data of a (compact) record; `keyOf` gives an
 * affected entry's index key. A record the form cannot hold is marked to be
 * evaluated from its JSON.
 */
function compileMatchData(record, keyOf) {
    const affected = record.affected ?? [];
    if (record.withdrawn || affected.length > U16)
        return FULL_ONLY;
    const w = writer;
    w.reset();
    w.u8(0);
    w.u16(affected.length);
    for (let ai = 0; ai < affected.length; ai++) {
        const a = affected[ai];
        if (!a.package || !w.str(keyOf(a.package)))
            return FULL_ONLY;
        w.u16(ai);
        const versions = a.versions ?? [];
        if (versions.length > U16)
            return FULL_ONLY;
        w.u16(versions.length);
        for (const lv of versions)
            if (!w.str(lv))
                return FULL_ONLY;
        const ranges = a.ranges ?? [];
        if (ranges.length > 255)
            return FULL_ONLY;
        let count = 0;
        for (const r of ranges)
            if (r.type !== 'GIT')
                count++;
        w.u8(count);
        for (let ri = 0; ri < ranges.length; ri++) {
            const r = ranges[ri];
            if (r.type === 'GIT')
                continue;
            if (r.events.length > U16)
                return FULL_ONLY;
            w.u8(ri);
            w.u8(r.type === 'SEMVER' ? 0 : 1);
            w.u16(r.events.length);
            for (const e of r.events) {
                // Each event has exactly one key (validated): the first own key is it.
                for (const k in e) {
                    w.u8(KIND_NUMBER[k]);
                    if (!w.str(e[k]))
                        return FULL_ONLY;
                    break;
                }
            }
        }
    }
    return w.done();
}
const NOT_AFFECTED = { verdict: 'not-affected' };
const FULL = { verdict: 'full' };
/** The package side of a pre-compiled evaluation, reused across the records of one package. */
class CompiledQuery {
    ecosystem;
    version;
    /** Index keys the package is filed under (release and bare distribution), as UTF-8. */
    keys;
    #parsed = new Map();
    constructor(ecosystem, version, keys) {
        this.ecosystem = ecosystem;
        this.version = version;
        this.keys = keys.map((k) => Buffer.from(k, 'utf8'));
    }
    parsed(c) {
        if (this.#parsed.has(c))
            return this.#parsed.get(c);
        const p = c?.parse(this.version);
        const out = p?.valid ? p : undefined;
        this.#parsed.set(c, out);
        return out;
    }
}
/** Evaluates pre-compiled data (bytes `start` to `end` of `data`) as `affects` would. */
function affectsCompiled(data, start, end, q) {
    if (end - start < 3 || data[start] & FULL_RECORD)
        return FULL;
    let at = start + 1;
    const u16 = () => {
        const v = data[at] | (data[at + 1] << 8);
        at += 2;
        return v;
    };
    const entries = u16();
    const ecoComparator = (0,_versions_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .comparatorFor */ .IB)(q.ecosystem);
    for (let n = 0; n < entries; n++) {
        const keyLength = u16();
        const keyStart = at;
        at += keyLength;
        let names = false;
        for (const k of q.keys)
            if (k.length === keyLength && k.compare(data, keyStart, keyStart + keyLength) === 0)
                names = true;
        const affectedIndex = u16();
        const versions = u16();
        if (!names) {
            // Not `at += u16()`: that reads `at` before u16 moves it.
            for (let i = 0; i < versions; i++) {
                const length = u16();
                at += length;
            }
            const ranges = data[at++];
            for (let r = 0; r < ranges; r++) {
                at += 2;
                const events = u16();
                for (let e = 0; e < events; e++) {
                    at += 1;
                    const length = u16();
                    at += length;
                }
            }
            continue;
        }
        if (versions > 0) {
            // As `affects`: the exact string, or an equal spelling under the ecosystem's rules.
            const v = q.parsed(ecoComparator);
            for (let i = 0; i < versions; i++) {
                const length = u16();
                const raw = data.toString('utf8', at, at + length);
                at += length;
                if (raw === q.version)
                    return FULL;
                if (v !== undefined) {
                    const p = ecoComparator?.parse(raw);
                    if (p?.valid && p.normalised === v.normalised)
                        return FULL;
                }
            }
        }
        const ranges = data[at++];
        for (let r = 0; r < ranges; r++) {
            const rangeIndex = data[at++];
            const type = data[at++] === 0 ? 'SEMVER' : 'ECOSYSTEM';
            const count = u16();
            const c = comparatorForRange(type, q.ecosystem);
            const v = q.parsed(c);
            if (!c || !v)
                return FULL;
            // The sorted sweep of `rangeHolds` ends in the state set by the greatest
            // event (by version, ties introduced < last_affected < fixed) that the
            // version has reached; that event is found in one pass over the events as
            // written, so a range is never sorted and mostly compared only with `v`.
            let last;
            let fixed;
            let limited = false;
            let belowLimit = false;
            for (let e = 0; e < count; e++) {
                const kind = data[at++];
                const length = u16();
                const raw = data.toString('utf8', at, at + length);
                at += length;
                let bound;
                if (kind === 0 && raw === '0')
                    bound = 'zero';
                else if (kind === 3 && raw === '*')
                    bound = 'infinity';
                else {
                    const p = c.parse(raw);
                    if (!p.valid)
                        return FULL;
                    bound = p;
                }
                const cmp = compareBound(c, v, bound);
                if (kind === 3) {
                    limited = true;
                    if (cmp < 0)
                        belowLimit = true;
                    continue;
                }
                if (kind === 2 && cmp < 0) {
                    fixed ??= [];
                    fixed.push({ kind, at: bound, raw });
                }
                // introduced and fixed apply from their version on, last_affected above it.
                if (kind === 1 ? cmp <= 0 : cmp < 0)
                    continue;
                if (last) {
                    const order = compareBound(c, bound, last.at);
                    if (order < 0 || (order === 0 && kind <= last.kind))
                        continue;
                }
                last = { kind, at: bound, raw };
            }
            if (last?.kind !== 0 || (limited && !belowLimit))
                continue;
            if (fixed && fixed.length > 1)
                fixed.sort((x, y) => compareBound(c, x.at, y.at));
            return {
                verdict: 'affected',
                affectedIndex,
                rangeIndex,
                fixed: fixed ? fixed.map((f) => f.raw) : [],
            };
        }
    }
    return NOT_AFFECTED;
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

/***/ 45103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ goComparator)
/* harmony export */ });
/* harmony import */ var _comparator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(701);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52149);


// Go modules use SemVer with a mandatory `v` (which OSV drops), accept `v1` and
// `v1.2` as shorthands for `v1.0.0` and `v1.2.0`, and mark pre-module majors with
// `+incompatible`, which, being build metadata, does not change precedence.
// Pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
// `v1.2.4-0.20191109021931-daa7c04131f5`) are ordinary prereleases whose
// timestamp makes them sort in commit order; no special case is needed.
// Toolchain versions (`go1.21rc2`, `go1.20`) map to SemVer the way osv.dev does.
const SHORTHAND = /^v?(0|[1-9]\d{0,15})(?:\.(0|[1-9]\d{0,15}))?$/;
const TOOLCHAIN = /^go(\d{1,6})\.(\d{1,6})(?:\.(\d{1,6}))?(?:(beta|rc)(\d{1,6}))?$/;
function parseGo(version) {
    let v = version;
    const tool = TOOLCHAIN.exec(v);
    if (tool) {
        const [, major, minor, patch, pre, preNumber] = tool;
        v = `${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${preNumber}` : ''}`;
    }
    else {
        const short = SHORTHAND.exec(v);
        if (short)
            v = `${short[1]}.${short[2] ?? '0'}.0`;
        else if (v.startsWith('v'))
            v = v.slice(1);
    }
    const r = v.startsWith('v') ? 'double v' : (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSemver */ .kf)(v);
    return typeof r === 'string' ? 'not a Go module version (vMAJOR.MINOR.PATCH[-pre][+build])' : r;
}
const goComparator = (0,_comparator_js__WEBPACK_IMPORTED_MODULE_0__/* .defineComparator */ .U0)({
    ecosystem: 'Go',
    parse: parseGo,
    compareKeys: (a, b) => a.compare(b),
});


/***/ }),

/***/ 96214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IB: () => (/* binding */ comparatorFor),
  gY: () => (/* binding */ ecosystemBase)
});

// UNUSED EXPORTS: semverComparator, supportedEcosystems

// EXTERNAL MODULE: ./src/advisories/versions/comparator.ts
var comparator = __webpack_require__(701);
;// CONCATENATED MODULE: ./src/advisories/versions/apk.ts

// apk-tools' version rules (src/version.c, Gentoo-style):
// digits{.digits}[letter]{_suffix[digits]}[-r digits]. The comparison walks a
// token stream: values compare first; when values tie but the kinds of the next
// tokens differ, a pre-release suffix (_alpha, _beta, _pre, _rc) sorts lowest,
// otherwise the kind further along the grammar sorts lower (so `1.2` < `1.2.1`,
// `1.2a` < `1.2.1`, `1.2_rc1` < `1.2` < `1.2_p1` < `1.2-r1`). A digit run after a
// dot that starts with zeros counts as minus the number of zeros (apk's
// "fractional" rule: `1.05` < `1.1`). Written out here: no npm package
// implements it. Used for Alpine, Wolfi and Chainguard.
var T;
(function (T) {
    T[T["DigitOrZero"] = 0] = "DigitOrZero";
    T[T["Digit"] = 1] = "Digit";
    T[T["Letter"] = 2] = "Letter";
    T[T["Suffix"] = 3] = "Suffix";
    T[T["SuffixNo"] = 4] = "SuffixNo";
    T[T["RevisionNo"] = 5] = "RevisionNo";
    T[T["End"] = 6] = "End";
    T[T["Invalid"] = -1] = "Invalid";
})(T || (T = {}));
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
function isLower(c) {
    return c >= 97 && c <= 122;
}
function nextToken(cur) {
    let n = T.Invalid;
    const { s } = cur;
    if (cur.i >= s.length) {
        n = T.End;
    }
    else if ((cur.type === T.Digit || cur.type === T.DigitOrZero) && isLower(s.charCodeAt(cur.i))) {
        n = T.Letter;
    }
    else if (cur.type === T.Letter && (0,comparator/* isDigit */.yp)(s.charCodeAt(cur.i))) {
        n = T.Digit;
    }
    else if (cur.type === T.Suffix && (0,comparator/* isDigit */.yp)(s.charCodeAt(cur.i))) {
        n = T.SuffixNo;
    }
    else {
        const c = s[cur.i];
        if (c === '.')
            n = T.DigitOrZero;
        else if (c === '_')
            n = T.Suffix;
        else if (c === '-' && s[cur.i + 1] === 'r') {
            n = T.RevisionNo;
            cur.i++;
        }
        cur.i++;
    }
    if (n < cur.type) {
        const allowed = (n === T.DigitOrZero && cur.type === T.Digit) ||
            (n === T.Suffix && cur.type === T.SuffixNo) ||
            (n === T.Digit && cur.type === T.Letter);
        if (!allowed)
            n = T.Invalid;
    }
    cur.type = n;
}
/** Reads the token of kind cur.type and returns its value; advances cur.type to the next kind. */
function getToken(cur) {
    const { s } = cur;
    let v = 0;
    let i = cur.i;
    let nt = T.Invalid;
    if (i >= s.length) {
        cur.type = T.End;
        return 0;
    }
    switch (cur.type) {
        case T.DigitOrZero:
        case T.Digit:
        case T.SuffixNo:
        case T.RevisionNo:
            if (cur.type === T.DigitOrZero && s.charCodeAt(i) === 48) {
                // leading zeros after a dot: the value is minus their count
                while (i < s.length && s.charCodeAt(i) === 48)
                    i++;
                nt = T.Digit;
                v = -(i - cur.i);
                break;
            }
            while (i < s.length && (0,comparator/* isDigit */.yp)(s.charCodeAt(i))) {
                v = v * 10 + (s.charCodeAt(i) - 48);
                i++;
            }
            break;
        case T.Letter:
            v = s.charCodeAt(i);
            i++;
            break;
        case T.Suffix: {
            const rest = s.slice(i);
            const pre = PRE_SUFFIXES.findIndex((x) => rest.startsWith(x));
            if (pre !== -1) {
                v = pre - PRE_SUFFIXES.length;
                i += PRE_SUFFIXES[pre].length;
                break;
            }
            const post = POST_SUFFIXES.findIndex((x) => rest.startsWith(x));
            if (post !== -1) {
                v = post;
                i += POST_SUFFIXES[post].length;
                break;
            }
            cur.type = T.Invalid;
            return -1;
        }
        default:
            cur.type = T.Invalid;
            return -1;
    }
    cur.i = i;
    if (i >= s.length)
        cur.type = T.End;
    else if (nt !== T.Invalid)
        cur.type = nt;
    else
        nextToken(cur);
    return v;
}
/**
 * The token stream flattened into numbers so that comparing two versions is a
 * lexicographic walk: value, next-kind rank, value, next-kind rank, …, ending
 * with the rank of End. Ranks encode apk's tie-break between differing kinds.
 */
function kindRank(type, cur) {
    if (type === T.Suffix) {
        const probe = { s: cur.s, i: cur.i, type: T.Suffix };
        if (getToken(probe) < 0)
            return -100;
    }
    return -type;
}
const MAX_DIGITS = 15;
function parse(version) {
    if (!(0,comparator/* isDigit */.yp)(version.charCodeAt(0)))
        return 'must start with a digit';
    if (/\d{16}/.test(version))
        return `a number longer than ${MAX_DIGITS} digits`;
    const cur = { s: version, i: 0, type: T.Digit };
    const key = [];
    for (;;) {
        const v = getToken(cur);
        if (cur.type === T.Invalid)
            return `unexpected text at offset ${cur.i} (apk: digits{.digits}[a-z]{_suffix[N]}[-rN])`;
        key.push(v, kindRank(cur.type, cur));
        if (cur.type === T.End)
            break;
    }
    return { key, normalised: key.join(',') };
}
function compareKeys(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
const apkComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'apk',
    parse,
    compareKeys,
});

;// CONCATENATED MODULE: ./src/advisories/versions/cran.ts

// R's package_version: at least two non-negative integers separated by '.' or
// '-' (`1.2-3` is the same as `1.2.3`), ordered as integer lists, so `1.0` <
// `1.0.0`. Used for CRAN and Bioconductor.
const SHAPE = /^\d{1,20}(?:[.-]\d{1,20})+$/;
function cran_parse(version) {
    if (!SHAPE.test(version))
        return "not an R package version (two or more numbers separated by '.' or '-')";
    const key = version.split(/[.-]/).map(comparator/* stripZeros */.gr);
    return { key, normalised: key.join('.') };
}
const cranComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'CRAN',
    parse: cran_parse,
    compareKeys: (a, b) => (0,comparator/* compareLists */.tM)(a, b, comparator/* compareDigits */.oY),
});

;// CONCATENATED MODULE: ./src/advisories/versions/dpkg.ts

function pairs(part) {
    const out = [];
    let i = 0;
    while (i < part.length) {
        const s = i;
        while (i < part.length && !(0,comparator/* isDigit */.yp)(part.charCodeAt(i)))
            i++;
        const text = part.slice(s, i);
        const d = i;
        while (i < part.length && (0,comparator/* isDigit */.yp)(part.charCodeAt(i)))
            i++;
        out.push([text, (0,comparator/* stripZeros */.gr)(part.slice(d, i))]);
    }
    while (out.length > 0 && out[out.length - 1]?.[0] === '' && out[out.length - 1]?.[1] === '0')
        out.pop();
    return out;
}
function order(code) {
    if (code === undefined)
        return 0;
    if (code === 126 /* ~ */)
        return -1;
    if ((0,comparator/* isAsciiLetter */.Ab)(code))
        return code;
    return code + 256;
}
function compareText(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = order(i < a.length ? a.charCodeAt(i) : undefined);
        const y = order(i < b.length ? b.charCodeAt(i) : undefined);
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
const EMPTY = ['', '0'];
function comparePairs(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i] ?? EMPTY;
        const y = b[i] ?? EMPTY;
        const t = compareText(x[0], y[0]);
        if (t !== 0)
            return t;
        const d = (0,comparator/* compareDigits */.oY)(x[1], y[1]);
        if (d !== 0)
            return d;
    }
    return 0;
}
const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;
function dpkg_parse(version) {
    let rest = version;
    let epoch = '0';
    const colon = rest.indexOf(':');
    if (colon !== -1) {
        const e = rest.slice(0, colon);
        if (!/^\d{1,10}$/.test(e))
            return `epoch '${e}' is not a number`;
        epoch = (0,comparator/* stripZeros */.gr)(e);
        rest = rest.slice(colon + 1);
    }
    let revision = '';
    const hyphen = rest.lastIndexOf('-');
    if (hyphen !== -1) {
        revision = rest.slice(hyphen + 1);
        rest = rest.slice(0, hyphen);
        if (!REVISION.test(revision))
            return `revision '${revision}' is empty or has characters outside [A-Za-z0-9.+~]`;
    }
    if (!UPSTREAM.test(rest))
        return `upstream version '${rest}' must start with a digit and use [A-Za-z0-9.+~:-]`;
    // A colon in the upstream part is allowed only after an explicit epoch.
    if (colon === -1 && rest.includes(':'))
        return 'colon in the upstream version without an epoch';
    const key = { epoch, upstream: pairs(rest), revision: pairs(revision) };
    const show = (p) => p.map(([t, d]) => `${t}${d}`).join('');
    return { key, normalised: `${key.epoch}:${show(key.upstream)}-${show(key.revision)}` };
}
function dpkg_compareKeys(a, b) {
    return ((0,comparator/* compareDigits */.oY)(a.epoch, b.epoch) ||
        comparePairs(a.upstream, b.upstream) ||
        comparePairs(a.revision, b.revision));
}
const dpkgComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'dpkg',
    parse: dpkg_parse,
    compareKeys: dpkg_compareKeys,
});

// EXTERNAL MODULE: ./src/advisories/versions/go.ts
var go = __webpack_require__(45103);
;// CONCATENATED MODULE: ./src/advisories/versions/hackage.ts

// Hackage (Cabal's Version, PVP): one or more dot-separated non-negative
// integers without leading zeros, ordered as lists, so `1.0` < `1.0.0`.
const hackage_SHAPE = /^(?:0|[1-9]\d{0,19})(?:\.(?:0|[1-9]\d{0,19}))*$/;
function hackage_parse(version) {
    if (!hackage_SHAPE.test(version))
        return 'not a Hackage version (dot-separated numbers without leading zeros)';
    return { key: version.split('.'), normalised: version };
}
const hackageComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'Hackage',
    parse: hackage_parse,
    compareKeys: (a, b) => (0,comparator/* compareLists */.tM)(a, b, comparator/* compareDigits */.oY),
});

;// CONCATENATED MODULE: ./src/advisories/versions/maven.ts

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
function comparableQualifier(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function stringItem(value, followedByDigit) {
    let v = value;
    if (followedByDigit && v.length === 1) {
        if (v === 'a')
            v = 'alpha';
        else if (v === 'b')
            v = 'beta';
        else if (v === 'm')
            v = 'milestone';
    }
    return { t: 'str', v: ALIASES[v] ?? v };
}
function parseItem(isNumber, text) {
    return isNumber ? { t: 'int', v: (0,comparator/* stripZeros */.gr)(text) } : stringItem(text, false);
}
function isNull(item) {
    if (item.t === 'int')
        return item.v === '0';
    if (item.t === 'str')
        return comparableQualifier(item.v) === RELEASE_INDEX;
    return item.v.length === 0;
}
function normalizeList(list) {
    for (let i = list.length - 1; i >= 0; i--) {
        const last = list[i];
        if (isNull(last))
            list.splice(i, 1);
        else if (last.t !== 'list')
            break;
    }
}
function parseTree(version) {
    const s = version.toLowerCase();
    const root = [];
    let list = root;
    const stack = [root];
    const open = () => {
        const sub = [];
        list.push({ t: 'list', v: sub });
        list = sub;
        stack.push(sub);
    };
    let digit = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 46 /* . */ || c === 45 /* - */) {
            list.push(i === start ? { t: 'int', v: '0' } : parseItem(digit, s.slice(start, i)));
            start = i + 1;
            if (c === 45)
                open();
        }
        else if ((0,comparator/* isDigit */.yp)(c)) {
            if (!digit && i > start) {
                // 1.0.0.X1 < 1.0.0-X2: a qualifier after a dot behaves as after a hyphen
                if (list.length > 0)
                    open();
                list.push(stringItem(s.slice(start, i), true));
                start = i;
                open();
            }
            digit = true;
        }
        else {
            if (digit && i > start) {
                list.push(parseItem(true, s.slice(start, i)));
                start = i;
                open();
            }
            digit = false;
        }
    }
    if (s.length > start) {
        if (!digit && list.length > 0)
            open();
        list.push(parseItem(digit, s.slice(start)));
    }
    for (let i = stack.length - 1; i >= 0; i--)
        normalizeList(stack[i]);
    return root;
}
function compareItem(a, b) {
    if (a === undefined)
        return b === undefined ? 0 : -compareItem(b, undefined);
    if (a.t === 'int') {
        if (b === undefined)
            return a.v === '0' ? 0 : 1;
        return b.t === 'int' ? (0,comparator/* compareDigits */.oY)(a.v, b.v) : 1;
    }
    if (a.t === 'str') {
        if (b === undefined)
            return (0,comparator/* compareStrings */.Kt)(comparableQualifier(a.v), RELEASE_INDEX);
        if (b.t === 'str')
            return (0,comparator/* compareStrings */.Kt)(comparableQualifier(a.v), comparableQualifier(b.v));
        return -1;
    }
    if (b === undefined) {
        for (const item of a.v) {
            const r = compareItem(item, undefined);
            if (r !== 0)
                return r;
        }
        return 0;
    }
    if (b.t === 'int')
        return -1;
    if (b.t === 'str')
        return 1;
    return compareTrees(a.v, b.v);
}
function compareTrees(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const r = compareItem(a[i], b[i]);
        if (r !== 0)
            return r;
    }
    return 0;
}
function canonical(list) {
    let out = '';
    for (const item of list) {
        if (out.length > 0)
            out += item.t === 'list' ? '-' : '.';
        out += item.t === 'list' ? `(${canonical(item.v)})` : item.t === 'str' ? `'${item.v}'` : item.v;
    }
    return out;
}
// Whitespace and control characters are not part of any published Maven version;
// rejecting them keeps garbage from being ranked as an unknown qualifier.
const ALLOWED = /^[0-9A-Za-z._+\-~]+$/;
function maven_parse(version) {
    if (!ALLOWED.test(version))
        return 'contains characters outside [0-9A-Za-z._+-~]';
    const tree = parseTree(version);
    return { key: tree, normalised: canonical(tree) };
}
const mavenComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'Maven',
    parse: maven_parse,
    compareKeys: compareTrees,
});

;// CONCATENATED MODULE: ./src/advisories/versions/nuget.ts

const nuget_SHAPE = /^(\d{1,20})(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function nuget_parse(version) {
    const m = nuget_SHAPE.exec(version);
    if (!m)
        return 'not a NuGet version (1 to 4 numeric parts, optional -prerelease and +metadata)';
    const release = [
        (0,comparator/* stripZeros */.gr)(m[1] ?? '0'),
        (0,comparator/* stripZeros */.gr)(m[2] ?? '0'),
        (0,comparator/* stripZeros */.gr)(m[3] ?? '0'),
        (0,comparator/* stripZeros */.gr)(m[4] ?? '0'),
    ];
    const pre = m[5] ? m[5].toLowerCase().split('.') : [];
    let text = release.slice(0, 3).join('.');
    if (release[3] !== '0')
        text += `.${release[3]}`;
    if (pre.length > 0)
        text += `-${pre.map((p) => (/^\d+$/.test(p) ? (0,comparator/* stripZeros */.gr)(p) : p)).join('.')}`;
    return { key: { release, pre }, normalised: text };
}
function comparePreLabel(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return (0,comparator/* compareDigits */.oY)((0,comparator/* stripZeros */.gr)(a), (0,comparator/* stripZeros */.gr)(b));
    if (an)
        return -1;
    if (bn)
        return 1;
    return (0,comparator/* compareStrings */.Kt)(a, b);
}
function nuget_compareKeys(a, b) {
    const r = (0,comparator/* compareLists */.tM)(a.release, b.release, comparator/* compareDigits */.oY);
    if (r !== 0)
        return r;
    if (a.pre.length === 0 || b.pre.length === 0) {
        return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
    }
    return (0,comparator/* compareLists */.tM)(a.pre, b.pre, comparePreLabel);
}
const nugetComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'NuGet',
    parse: nuget_parse,
    compareKeys: nuget_compareKeys,
});

;// CONCATENATED MODULE: ./src/advisories/versions/packagist.ts

// Composer's rules: VersionParser::normalize turns `v1.2`, `1.2.0-beta.1`,
// `1.2-RC1` into four numeric parts plus a stability (`1.2.0.0-beta1`), and
// Comparator then applies PHP's version_compare to those strings, in which
// dev < alpha = a < beta = b < RC = rc < (release) < patch = pl = p. Both are
// PHP, so they are written out here. Branch names (`dev-main`, `1.x-dev`) are
// not orderable versions and are reported as invalid.
const STABILITY_RANK = {
    dev: 0,
    alpha: 1,
    a: 1,
    beta: 2,
    b: 2,
    rc: 3,
    stable: 4,
    patch: 5,
    pl: 5,
    p: 5,
};
const STABILITY_NAME = ['dev', 'alpha', 'beta', 'RC', '', 'patch'];
// Classical `1.2.3.4` and date-like `2010.01.02` versions, then Composer's
// modifier: [._-]? stability numbers* ([.-]?dev)?
const CLASSICAL = /^v?(\d{1,20})(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?(?:\.(\d{1,20}))?/;
const DATED = /^v?(\d{4}(?:[.:-]?\d{2}){1,6}(?:[.:-]?\d{1,3}){0,2})/;
const MODIFIER = /^[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d{1,20}(?!\d))*))?([.-]?dev)?$/;
function packagist_parse(version) {
    const lower = version.toLowerCase();
    let release;
    let rest;
    const dated = DATED.exec(lower);
    const classical = CLASSICAL.exec(lower);
    if (classical &&
        (!dated || classical[0].length >= dated[0].length || MODIFIER.test(lower.slice(classical[0].length)))) {
        release = [classical[1], classical[2], classical[3], classical[4]].map((p) => (0,comparator/* stripZeros */.gr)(p ?? '0'));
        rest = lower.slice(classical[0].length);
    }
    else if (dated) {
        release = dated[1].split(/[.:-]/).map(comparator/* stripZeros */.gr);
        while (release.length < 4)
            release.push('0');
        rest = lower.slice(dated[0].length);
    }
    else {
        return 'not a Composer version';
    }
    const m = MODIFIER.exec(rest);
    if (!m)
        return `not a Composer version (cannot read '${rest}' after the numbers)`;
    const label = m[1];
    let stability = label ? STABILITY_RANK[label] : 4;
    let numbers = label && m[2] ? (m[2].replace(/^[.-]/, '').match(/\d+/g) ?? []).map(comparator/* stripZeros */.gr) : [];
    let dev = Boolean(m[3]);
    if (stability === 4) {
        // "stable" carries no numbers and Composer drops whatever follows it
        numbers = [];
        if (label)
            dev = false;
        else if (dev) {
            stability = 0;
            dev = false;
        }
    }
    let text = release.join('.');
    if (stability !== 4)
        text += `-${STABILITY_NAME[stability]}${numbers.join('.')}`;
    if (dev)
        text += '-dev';
    return { key: { release, stability, numbers, dev }, normalised: text };
}
function packagist_compareKeys(a, b) {
    return ((0,comparator/* compareLists */.tM)(a.release, b.release, comparator/* compareDigits */.oY) ||
        (a.stability < b.stability ? -1 : a.stability > b.stability ? 1 : 0) ||
        (0,comparator/* compareLists */.tM)(a.numbers, b.numbers, comparator/* compareDigits */.oY) ||
        (a.dev === b.dev ? 0 : a.dev ? -1 : 1));
}
const packagistComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'Packagist',
    parse: packagist_parse,
    compareKeys: packagist_compareKeys,
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
var pep440_default = /*#__PURE__*/__webpack_require__.n(pep440);
;// CONCATENATED MODULE: ./src/advisories/versions/pep440.ts


const PRE_RANK = { a: 0, b: 1, rc: 2 };
function trimZeros(release) {
    let n = release.length;
    while (n > 0 && release[n - 1] === 0)
        n--;
    return release.slice(0, n);
}
function pep440_parse(version) {
    const p = pep440_default().explain(version);
    if (!p)
        return 'not a PEP 440 version';
    const release = trimZeros(p.release);
    const preRaw = p.pre;
    const post = p.post;
    const dev = p.dev;
    const pre = preRaw === null
        ? post === null && dev !== null
            ? [Number.NEGATIVE_INFINITY, 0]
            : [Number.POSITIVE_INFINITY, 0]
        : [PRE_RANK[preRaw[0]] ?? Number.NaN, preRaw[1]];
    if (Number.isNaN(pre[0]))
        return `unknown pre-release label '${preRaw?.[0]}'`;
    const local = p.local === null ? null : p.local.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const key = {
        epoch: p.epoch,
        release,
        pre,
        post: post ?? Number.NEGATIVE_INFINITY,
        dev: dev ?? Number.POSITIVE_INFINITY,
        local,
    };
    const text = (p.epoch ? `${p.epoch}!` : '') +
        (release.length ? release.join('.') : '0') +
        (preRaw ? `${preRaw[0]}${preRaw[1]}` : '') +
        (post !== null ? `.post${post}` : '') +
        (dev !== null ? `.dev${dev}` : '') +
        (local ? `+${local.join('.')}` : '');
    return { key, normalised: text };
}
function compareLocalPart(a, b) {
    if (typeof a === 'number')
        return typeof b === 'number' ? (0,comparator/* sign */._S)(a - b) : 1;
    if (typeof b === 'number')
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function pep440_compareKeys(a, b) {
    return ((0,comparator/* sign */._S)(a.epoch - b.epoch) ||
        (0,comparator/* compareLists */.tM)(a.release, b.release, (x, y) => (0,comparator/* sign */._S)(x - y)) ||
        compareNumber(a.pre[0], b.pre[0]) ||
        compareNumber(a.pre[1], b.pre[1]) ||
        compareNumber(a.post, b.post) ||
        compareNumber(a.dev, b.dev) ||
        compareLocal(a.local, b.local));
}
function compareNumber(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocal(a, b) {
    if (a === null)
        return b === null ? 0 : -1;
    if (b === null)
        return 1;
    return (0,comparator/* compareLists */.tM)(a, b, compareLocalPart);
}
const pep440Comparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'PyPI',
    parse: pep440_parse,
    compareKeys: pep440_compareKeys,
});

;// CONCATENATED MODULE: ./src/advisories/versions/pub.ts

const pub_SHAPE = /^(\d{1,20})\.(\d{1,20})\.(\d{1,20})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
function parts(text) {
    if (!text)
        return [];
    return text.split('.').map((p) => (/^\d+$/.test(p) ? { n: (0,comparator/* stripZeros */.gr)(p) } : { s: p }));
}
function show(ps) {
    return ps.map((p) => ('n' in p ? p.n : `'${p.s}`)).join('.');
}
function pub_parse(version) {
    const m = pub_SHAPE.exec(version);
    if (!m)
        return 'not a pub version (MAJOR.MINOR.PATCH[-pre][+build])';
    const key = {
        core: [(0,comparator/* stripZeros */.gr)(m[1]), (0,comparator/* stripZeros */.gr)(m[2]), (0,comparator/* stripZeros */.gr)(m[3])],
        pre: parts(m[4]),
        build: parts(m[5]),
    };
    const normalised = `${key.core.join('.')}${m[4] ? `-${show(key.pre)}` : ''}${m[5] ? `+${show(key.build)}` : ''}`;
    return { key, normalised };
}
function comparePart(a, b) {
    if ('n' in a)
        return 'n' in b ? (0,comparator/* compareDigits */.oY)(a.n, b.n) : -1;
    return 'n' in b ? 1 : (0,comparator/* compareStrings */.Kt)(a.s, b.s);
}
function pub_compareKeys(a, b) {
    const core = (0,comparator/* compareLists */.tM)(a.core, b.core, comparator/* compareDigits */.oY);
    if (core !== 0)
        return core;
    const aPre = a.pre.length > 0;
    const bPre = b.pre.length > 0;
    if (aPre !== bPre)
        return aPre ? -1 : 1;
    const pre = (0,comparator/* compareLists */.tM)(a.pre, b.pre, comparePart);
    if (pre !== 0)
        return pre;
    return (0,comparator/* compareLists */.tM)(a.build, b.build, comparePart);
}
const pubComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'Pub',
    parse: pub_parse,
    compareKeys: pub_compareKeys,
});

;// CONCATENATED MODULE: ./src/advisories/versions/rpm.ts

// RPM's rpmvercmp (rpm >= 4.15) with epochs: [epoch:]version[-release]. Each
// part is read as runs of ASCII digits or letters; every other character only
// separates runs. '~' sorts before everything, even the end of the string; '^'
// sorts after the end but before any further run; numbers beat letters, numbers
// compare as numbers and letters as bytes. That makes rpmvercmp a plain
// lexicographic order over tokens, which is how it is written here (no
// maintained npm package implements it). Used for AlmaLinux, Rocky, Red Hat,
// SUSE, openSUSE and other RPM distributions.
// Token ranks: '~' < end < '^' < letters < digits.
const TILDE = 0;
const END = 1;
const CARET = 2;
const ALPHA = 3;
const NUM = 4;
const END_TOKEN = [END, ''];
function tokens(part) {
    const out = [];
    let i = 0;
    while (i < part.length) {
        const c = part.charCodeAt(i);
        if (c === 126) {
            out.push([TILDE, '~']);
            i++;
        }
        else if (c === 94) {
            out.push([CARET, '^']);
            i++;
        }
        else if ((0,comparator/* isDigit */.yp)(c)) {
            const s = i;
            while (i < part.length && (0,comparator/* isDigit */.yp)(part.charCodeAt(i)))
                i++;
            out.push([NUM, (0,comparator/* stripZeros */.gr)(part.slice(s, i))]);
        }
        else if ((0,comparator/* isAsciiLetter */.Ab)(c)) {
            const s = i;
            while (i < part.length && (0,comparator/* isAsciiLetter */.Ab)(part.charCodeAt(i)))
                i++;
            out.push([ALPHA, part.slice(s, i)]);
        }
        else {
            i++;
        }
    }
    return out;
}
function compareToken(a, b) {
    if (a[0] !== b[0])
        return a[0] < b[0] ? -1 : 1;
    if (a[0] === NUM)
        return (0,comparator/* compareDigits */.oY)(a[1], b[1]);
    return (0,comparator/* compareStrings */.Kt)(a[1], b[1]);
}
function compareTokens(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const r = compareToken(a[i] ?? END_TOKEN, b[i] ?? END_TOKEN);
        if (r !== 0)
            return r;
    }
    return 0;
}
const PRINTABLE = /^[\x21-\x7e]+$/;
function rpm_parse(input) {
    if (!PRINTABLE.test(input))
        return 'contains spaces or non-ASCII characters';
    let rest = input;
    let epoch = '0';
    const colon = rest.indexOf(':');
    if (colon !== -1) {
        const e = rest.slice(0, colon);
        if (!/^\d{1,10}$/.test(e))
            return `epoch '${e}' is not a number`;
        epoch = (0,comparator/* stripZeros */.gr)(e);
        rest = rest.slice(colon + 1);
    }
    let release = '';
    const hyphen = rest.lastIndexOf('-');
    if (hyphen !== -1) {
        release = rest.slice(hyphen + 1);
        rest = rest.slice(0, hyphen);
        if (release.length === 0)
            return 'empty release after the last hyphen';
    }
    const version = tokens(rest);
    if (!version.some((t) => t[0] === NUM || t[0] === ALPHA))
        return `version '${rest}' has no digits or letters`;
    const key = { epoch, version, release: tokens(release) };
    const show = (ts) => ts.map((t) => (t[0] === NUM ? `#${t[1]}` : t[1])).join('.');
    return { key, normalised: `${epoch}:${show(key.version)}-${show(key.release)}` };
}
function rpm_compareKeys(a, b) {
    return ((0,comparator/* compareDigits */.oY)(a.epoch, b.epoch) ||
        compareTokens(a.version, b.version) ||
        compareTokens(a.release, b.release));
}
/** Compares two bare version strings (no epoch or release) as rpmvercmp does. */
function rpmvercmp(a, b) {
    return compareTokens(tokens(a), tokens(b));
}
const rpmComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'rpm',
    parse: rpm_parse,
    compareKeys: rpm_compareKeys,
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/ruby-semver/dist/ruby/version.js
var ruby_version = __webpack_require__(88203);
;// CONCATENATED MODULE: ./src/advisories/versions/rubygems.ts


// Gem::Version rules, from @renovatebot/ruby-semver (a port of RubyGems' own
// class): numeric and letter segments, a letter making a prerelease, trailing zero
// segments ignored, so `1.0` == `1` and `1.0.a` == `1.a`. The canonical segments
// are exactly what Gem::Version#<=> compares, hence the normalised form.
function rubygems_parse(version) {
    if (version.trim() !== version)
        return 'surrounding whitespace';
    const v = ruby_version/* Version */.Rx.create(version);
    if (!v)
        return 'not a RubyGems version';
    return { key: v, normalised: v.canonicalSegments().join('.') };
}
const rubygemsComparator = (0,comparator/* defineComparator */.U0)({
    ecosystem: 'RubyGems',
    parse: rubygems_parse,
    compareKeys: (a, b) => (0,comparator/* sign */._S)(a.compare(b)),
});

// EXTERNAL MODULE: ./src/advisories/versions/semver.ts
var semver = __webpack_require__(52149);
;// CONCATENATED MODULE: ./src/advisories/versions/registry.ts













// OSV ecosystem names → version rules. Distribution ecosystems carry a release
// after the first colon (`Debian:12`, `Ubuntu:22.04:LTS`, `Ubuntu:Pro:18.04:LTS`,
// `Alpine:v3.20`, `Red Hat:rhel_aus:8.4::appstream`, `SUSE:Linux Enterprise
// Server 15 SP5`); the rules depend only on the name before it.
const BY_BASE = {
    npm: semver/* semverComparator */.di,
    'crates.io': semver/* semverComparator */.di,
    Hex: semver/* semverComparator */.di,
    SwiftURL: semver/* semverComparator */.di,
    Bitnami: semver/* semverComparator */.di,
    Go: go/* goComparator */.P,
    PyPI: pep440Comparator,
    Maven: mavenComparator,
    NuGet: nugetComparator,
    RubyGems: rubygemsComparator,
    Packagist: packagistComparator,
    Pub: pubComparator,
    Hackage: hackageComparator,
    GHC: hackageComparator,
    CRAN: cranComparator,
    Bioconductor: cranComparator,
    Debian: dpkgComparator,
    Ubuntu: dpkgComparator,
    Alpine: apkComparator,
    Wolfi: apkComparator,
    Chainguard: apkComparator,
    AlmaLinux: rpmComparator,
    'Rocky Linux': rpmComparator,
    'Red Hat': rpmComparator,
    SUSE: rpmComparator,
    openSUSE: rpmComparator,
    openEuler: rpmComparator,
    Mageia: rpmComparator,
    'Photon OS': rpmComparator,
    'Azure Linux': rpmComparator,
};
/** The base name of an OSV ecosystem: `Debian:12` → `Debian`. */
function ecosystemBase(ecosystem) {
    const colon = ecosystem.indexOf(':');
    return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}
/**
 * Version rules for an OSV ecosystem, or undefined when lading has none (the
 * caller must then report the package as not comparable, never as safe).
 */
function comparatorFor(ecosystem) {
    return Object.hasOwn(BY_BASE, ecosystemBase(ecosystem)) ? BY_BASE[ecosystemBase(ecosystem)] : undefined;
}
/** Ecosystem base names with version rules, for messages and docs. */
const supportedEcosystems = Object.keys(BY_BASE);



/***/ }),

/***/ 52149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   di: () => (/* binding */ semverComparator),
/* harmony export */   kf: () => (/* binding */ parseSemver)
/* harmony export */ });
/* unused harmony export semverText */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _comparator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(701);


// SemVer 2.0 precedence (npm, crates.io, Hex, SwiftURL, Bitnami and OSV's SEMVER
// range type), parsed by the `semver` package. Build metadata does not take part
// in precedence, so it is dropped from the normalised form.
function semverText(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length > 0 ? `${core}-${v.prerelease.join('.')}` : core;
}
function parseSemver(version) {
    // The package tolerates surrounding spaces and a leading '='; a version string
    // from an advisory or a lockfile carries neither.
    if (version.trim() !== version || version.startsWith('='))
        return 'not a SemVer 2.0 version';
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version);
    if (!parsed)
        return 'not a SemVer 2.0 version';
    return { key: parsed, normalised: semverText(parsed) };
}
const semverComparator = (0,_comparator_js__WEBPACK_IMPORTED_MODULE_1__/* .defineComparator */ .U0)({
    ecosystem: 'semver',
    parse: parseSemver,
    compareKeys: (a, b) => a.compare(b),
});


/***/ })

};
