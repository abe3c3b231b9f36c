export const id = 3863;
export const ids = [3863];
export const modules = {

/***/ 83863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerArchiveStore: () => (/* binding */ DockerArchiveStore),
/* harmony export */   OciArchiveStore: () => (/* binding */ OciArchiveStore)
/* harmony export */ });
/* unused harmony exports DOCKER_LAYER_TAR, writeOciArchive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(68825);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62201);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(32060);
/* harmony import */ var _mediatype_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(98269);














/** The layer type of an uncompressed `docker save` layer. */
const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';
const GZIP_MAGIC = [0x1f, 0x8b];
/** An entry name made safe: relative, no `..`, no absolute path. Throws InputError otherwise. */
function safeName(raw, where) {
    const name = raw.replace(/\\/g, '/');
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: archive entry "${raw}" has an absolute path; refusing to unpack it`);
    }
    if (name.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: archive entry "${raw}" climbs out of the archive with ".."; refusing to unpack it`);
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(name).replace(/\/+$/, '');
    return normal === '.' ? '' : normal.replace(/^\.\//, '');
}
/** Hashes and sniffs what flows through, for archives whose names do not carry digests. */
class Sniffer extends node_stream__WEBPACK_IMPORTED_MODULE_5__.Transform {
    hash;
    size = 0;
    head = [];
    constructor(hashing) {
        super();
        this.hash = hashing ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256') : undefined;
    }
    _transform(chunk, _enc, cb) {
        if (this.head.length < 2)
            this.head.push(...chunk.subarray(0, 2 - this.head.length));
        this.size += chunk.length;
        this.hash?.update(chunk);
        cb(null, chunk);
    }
}
async function openArchive(file, where) {
    let head;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
        try {
            head = Buffer.alloc(2);
            await fh.read(head, 0, 2, 0);
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: ${file} does not exist`);
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: ${file} is a directory, not an archive`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .OperationError */ .OK(`${where}: cannot read ${file}: ${err.message}`, { cause: err });
    }
    const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R });
    if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1])
        return raw;
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGunzip)({ chunkSize: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_5__.pipeline)(raw, gunzip, () => undefined);
    return gunzip;
}
async function extractArchive(file, dest, where, options) {
    const files = new Map();
    const links = new Map();
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_8__.extract();
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(await openArchive(file, where), extract);
    feeding.catch(() => undefined);
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const name = safeName(header.name, where);
            const type = header.type ?? 'file';
            if (type === 'directory' || name === '') {
                if (name)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dest, name), { recursive: true });
                entry.resume();
                continue;
            }
            if (type === 'symlink' || type === 'link') {
                if (!options.links) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: archive entry "${header.name}" is a link; an OCI image layout holds only files`);
                }
                const target = header.linkname ?? '';
                if (target.startsWith('/')) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: archive entry "${header.name}" links to absolute path "${target}"`);
                }
                const resolved = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(type === 'symlink' ? node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(name), target) : target);
                if (resolved === '..' || resolved.startsWith('../')) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: archive entry "${header.name}" links to "${target}", outside the archive`);
                }
                links.set(name, resolved);
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file') {
                entry.resume(); // devices and fifos have no place in an image archive; ignore them
                continue;
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dest, name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), { recursive: true });
            const sniffer = new Sniffer(options.hash);
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(entry, sniffer, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path, { highWaterMark: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R }));
            files.set(name, {
                path,
                size: sniffer.size,
                gzip: sniffer.head[0] === GZIP_MAGIC[0] && sniffer.head[1] === GZIP_MAGIC[1],
                ...(sniffer.hash ? { digest: `sha256:${sniffer.hash.digest('hex')}` } : {}),
            });
        }
        await feeding;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz)
            throw err;
        const message = err.message;
        const code = err.code;
        // zlib and tar-stream failures mean the file is not what it claims; fs failures are the disk's.
        if (code && !code.startsWith('Z_')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .OperationError */ .OK(`${where}: unpacking ${file} failed: ${message}`, { cause: err });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: ${file} is not a readable tar archive (${message})`, { cause: err });
    }
    return { files, links };
}
async function makeTempDir(options) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(options.tmpDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'lading-archive-'));
}
// ---- oci-archive ------------------------------------------------------------
/** Tars an OCI layout directory into `file`, atomically: a temp file beside it, then rename. */
async function writeOciArchive(layoutDir, file) {
    const names = [];
    const walk = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(layoutDir, rel), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (e.name.startsWith('.'))
                continue; // in-flight temp files of the layout writer
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                names.push(`${child}/`);
                await walk(child);
            }
            else if (e.isFile()) {
                names.push(child);
            }
        }
    };
    await walk('');
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_8__.pack();
    const writing = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(pack, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp, { highWaterMark: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R }));
    writing.catch(() => undefined);
    // A fixed mtime and owner make the archive a function of its content alone.
    const common = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
    try {
        for (const name of names) {
            if (name.endsWith('/')) {
                pack.entry({ ...common, name, type: 'directory', mode: 0o755 });
                continue;
            }
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(layoutDir, name);
            const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
            await new Promise((resolve, reject) => {
                const sink = pack.entry({ ...common, name, size, mode: 0o644 }, (err) => err ? reject(err) : resolve());
                (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R }), sink).catch(reject);
            });
        }
        pack.finalize();
        await writing;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
    }
    catch (err) {
        pack.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .OperationError */ .OK(`oci-archive:${file}: writing the archive failed: ${err.message}`, {
            cause: err,
        });
    }
}
/**
 * An `oci-archive:` file. Read mode unpacks it and serves the layout inside;
 * write mode builds a layout in a temporary directory and writes the archive
 * at each tagged manifest push (the commit point of a copy) and at `close`.
 * Writing replaces the file, as skopeo does.
 */
class OciArchiveStore {
    file;
    layout;
    tmp;
    writable;
    name;
    /** index.json as last written to the archive: close writes only when the layout's index moved on. */
    written;
    constructor(file, layout, tmp, writable) {
        this.file = file;
        this.layout = layout;
        this.tmp = tmp;
        this.writable = writable;
        this.name = `oci-archive:${file}`;
    }
    static async open(file, options = {}) {
        const name = `oci-archive:${file}`;
        const tmp = await makeTempDir(options);
        try {
            const { files } = await extractArchive(file, tmp, name, { hash: false, links: false });
            for (const required of ['oci-layout', 'index.json']) {
                if (!files.has(required))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${name}: the archive has no ${required}; it is not an OCI archive`);
            }
            const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_11__.LayoutStore.open(tmp, { name });
            return new OciArchiveStore(file, layout, tmp, false);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    static async create(file, options = {}) {
        const name = `oci-archive:${file}`;
        const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file)).catch(() => undefined);
        if (!parent?.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${name}: directory ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file)} does not exist`);
        const tmp = await makeTempDir(options);
        const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_11__.LayoutStore.create((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tmp, 'layout'), { name });
        const store = new OciArchiveStore(file, layout, tmp, true);
        store.written = await store.indexBytes();
        return store;
    }
    writer() {
        if (!this.writable)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`oci-archive: sources are read-only (${this.file})`);
        return this.layout;
    }
    resolve(reference) {
        return this.layout.resolve(reference);
    }
    fetchManifest(descriptor) {
        return this.layout.fetchManifest(descriptor);
    }
    fetchBlob(descriptor) {
        return this.layout.fetchBlob(descriptor);
    }
    hasBlob(descriptor) {
        return this.layout.hasBlob(descriptor);
    }
    hasManifest(descriptor) {
        return this.layout.hasManifest(descriptor);
    }
    referrers(subject, options) {
        return this.layout.referrers(subject, options);
    }
    listTags() {
        return this.layout.listTags();
    }
    pushBlob(descriptor, content) {
        return this.writer().pushBlob(descriptor, content);
    }
    async pushManifest(bytes, mediaType, tag) {
        const descriptor = await this.writer().pushManifest(bytes, mediaType, tag);
        if (tag !== undefined)
            await this.flush();
        return descriptor;
    }
    indexBytes() {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(this.layout.dir, 'index.json'));
    }
    async flush() {
        const index = await this.indexBytes();
        await writeOciArchive(this.layout.dir, this.file);
        this.written = index;
    }
    /** Removes the temporary directory without writing anything: for a copy that failed. */
    async discard() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.tmp, { recursive: true, force: true });
    }
    /**
     * Writes the archive when index.json changed since the last write (an
     * untagged referrer, say), then removes the temporary directory. Blobs
     * alone, left by a copy that failed before its commit, never replace the file.
     */
    async close() {
        try {
            if (this.writable && !(await this.indexBytes()).equals(this.written ?? Buffer.alloc(0)))
                await this.flush();
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.tmp, { recursive: true, force: true });
        }
    }
}
/**
 * A `docker save` tarball, read-only. Each image in its manifest.json is
 * presented as a Docker schema 2 manifest synthesised from the archive: the
 * config by the sha256 of its JSON, the layers as the tars the archive holds
 * (uncompressed, so their digests are the config's diff_ids). The field order
 * follows skopeo's own synthesis, so only the layer media type sets them apart.
 */
class DockerArchiveStore {
    file;
    tmp;
    images;
    blobs;
    name;
    constructor(file, tmp, images, blobs) {
        this.file = file;
        this.tmp = tmp;
        this.images = images;
        this.blobs = blobs;
        this.name = `docker-archive:${file}`;
    }
    static async open(file, options = {}) {
        const name = `docker-archive:${file}`;
        const tmp = await makeTempDir(options);
        try {
            const extracted = await extractArchive(file, tmp, name, { hash: true, links: true });
            const { images, blobs } = await readSaveManifest(extracted, name);
            return new DockerArchiveStore(file, tmp, images, blobs);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    readOnly() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`docker-archive: sources are read-only (${this.file})`);
    }
    /**
     * `''` when the archive holds one image, a RepoTag (`app:v1`,
     * `docker.io/library/app:v1`), `@N` for the Nth image as skopeo numbers them,
     * or a manifest digest.
     */
    async resolve(reference) {
        const all = this.images;
        const listing = () => {
            const tags = all.flatMap((i) => i.tags);
            return tags.length
                ? `it has ${tags.join(', ')}`
                : `its ${all.length} images are untagged; use @0…@${all.length - 1}`;
        };
        if (reference === '') {
            if (all.length === 1)
                return all[0].descriptor;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${this.name}: holds ${all.length} images; name one (${listing()})`);
        }
        const numbered = /^@(\d+)$/.exec(reference);
        if (numbered) {
            const image = all[Number(numbered[1])];
            if (!image)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`${this.name}: no image ${reference}; it holds ${all.length}`);
            return image.descriptor;
        }
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .isDigest */ .Bc)(reference)) {
            const image = all.find((i) => i.descriptor.digest === reference);
            if (!image)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`${this.name}: no image with manifest ${reference}`);
            return image.descriptor;
        }
        const want = familiar(reference);
        const hit = all.find((i) => i.tags.some((t) => familiar(t) === want)) ??
            onlyOne(all.filter((i) => i.tags.some((t) => tagOf(t) === reference)));
        if (!hit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`${this.name}: no image tagged "${reference}" (${listing()})`);
        return hit.descriptor;
    }
    async fetchManifest(descriptor) {
        const image = this.images.find((i) => i.descriptor.digest === descriptor.digest);
        if (!image)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`${this.name}@${descriptor.digest}: manifest not found`);
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_12__/* .parseManifest */ .Ng)(image.bytes, { mediaType: image.descriptor.mediaType, where: this.name });
        return { descriptor: { ...image.descriptor }, bytes: image.bytes, manifest };
    }
    async fetchBlob(descriptor) {
        const where = `${this.name}@${descriptor.digest}`;
        const blob = this.blobs.get(descriptor.digest);
        if (!blob)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .NotFoundError */ .m_(`${where}: blob not found in the archive`);
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(blob.path, { highWaterMark: _layout_js__WEBPACK_IMPORTED_MODULE_11__/* .FILE_CHUNK */ .R });
        const verifier = new _digest_js__WEBPACK_IMPORTED_MODULE_10__/* .DigestVerifier */ .Do(descriptor.digest, descriptor.size, `blob ${where}`);
        (0,node_stream__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, verifier, () => undefined);
        return verifier;
    }
    async hasBlob(descriptor) {
        return this.blobs.get(descriptor.digest)?.size === descriptor.size;
    }
    async hasManifest(descriptor) {
        return this.images.some((i) => i.descriptor.digest === descriptor.digest);
    }
    async pushBlob() {
        this.readOnly();
    }
    async pushManifest() {
        return this.readOnly();
    }
    /** `docker save` has no place for referrers. */
    async referrers() {
        return [];
    }
    async listTags() {
        return this.images.flatMap((i) => i.tags);
    }
    async close() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.tmp, { recursive: true, force: true });
    }
}
async function readSaveManifest(extracted, where) {
    const lookup = (name) => {
        let current = safeName(name, where);
        for (let hops = 0; hops < 16; hops++) {
            const file = extracted.files.get(current);
            if (file)
                return file;
            const next = extracted.links.get(current);
            if (next === undefined)
                return undefined;
            current = next;
        }
        return undefined;
    };
    const manifestFile = extracted.files.get('manifest.json');
    if (!manifestFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: the archive has no manifest.json; is it a docker save tarball?`);
    let entries;
    try {
        entries = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(manifestFile.path, 'utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: manifest.json is not JSON (${err.message})`);
    }
    if (!Array.isArray(entries) || entries.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${where}: manifest.json is not a non-empty list of images`);
    }
    const blobs = new Map();
    const images = entries.map((entry, i) => {
        const at = `${where}: manifest.json[${i}]`;
        const file = (value, field) => {
            if (typeof value !== 'string' || value === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${at}.${field} is not a file name`);
            const found = lookup(value);
            if (!found?.digest)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${at}.${field} names "${value}", which is not in the archive`);
            blobs.set(found.digest, found);
            return found;
        };
        const config = file(entry?.Config, 'Config');
        if (!Array.isArray(entry.Layers))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${at}.Layers is not a list`);
        const layers = entry.Layers.map((l, j) => file(l, `Layers[${j}]`));
        const tags = entry.RepoTags ?? [];
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${at}.RepoTags is not a list of strings`);
        }
        // Key order as Go marshals distribution's schema2 structs: mediaType, size, digest.
        const manifest = {
            schemaVersion: 2,
            mediaType: _mediatype_js__WEBPACK_IMPORTED_MODULE_13__/* .MediaType */ .zu.dockerManifest,
            config: { mediaType: _mediatype_js__WEBPACK_IMPORTED_MODULE_13__/* .MediaType */ .zu.dockerConfig, size: config.size, digest: config.digest },
            layers: layers.map((l) => ({
                mediaType: l.gzip ? _mediatype_js__WEBPACK_IMPORTED_MODULE_13__/* .MediaType */ .zu.dockerLayerGzip : DOCKER_LAYER_TAR,
                size: l.size,
                digest: l.digest,
            })),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        return {
            tags: tags,
            descriptor: { mediaType: _mediatype_js__WEBPACK_IMPORTED_MODULE_13__/* .MediaType */ .zu.dockerManifest, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_10__/* .digestOf */ .ol)(bytes), size: bytes.length },
            bytes,
        };
    });
    return { images, blobs };
}
/** `docker.io/library/app:v1` and `app:v1` name the same image; `app` means `app:latest`. */
function familiar(ref) {
    let name = ref
        .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
        .replace(/^library\//, '');
    if (tagOf(name) === undefined && !name.includes('@'))
        name = `${name}:latest`;
    return name;
}
function tagOf(ref) {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}
function onlyOne(items) {
    return items.length === 1 ? items[0] : undefined;
}


/***/ })

};
