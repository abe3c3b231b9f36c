export const id = 201;
export const ids = [201];
export const modules = {

/***/ 62201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ FILE_CHUNK),
  LayoutStore: () => (/* binding */ LayoutStore)
});

// UNUSED EXPORTS: CONTAINERD_NAME, REF_NAME

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
;// CONCATENATED MODULE: ./src/oci/file-sink.ts
/** Bytes gathered before one positioned write: a quarter of the syscalls of 64 KiB socket chunks. */
const WRITE_BATCH = 256 * 1024;
/** Buffers per sink: one filling while the others are being written. The source pauses when none is free. */
const BUFFERS = 3;
/**
 * Drains `source` into `file` from offset 0 and resolves once every byte is on
 * the file and the source has ended (a verifying source errors before its end
 * when the digest is wrong, and that error rejects here). `onChunk` sees each
 * chunk once, in order, before it is written.
 *
 * Why not pipeline() into a WriteStream: a blob from a registry arrives as
 * ~4,000 socket chunks of 64 KiB per 250 MiB, each then costing a write
 * syscall, a thread-pool hop and a Writable's bookkeeping; this loop took a
 * tenth off a registry-to-layout copy's CPU time. Chunks are copied into a few
 * reused buffers rather than written in place: holding them until their write
 * finished (writev of the chunks themselves) raised peak RSS by 15-25 MiB.
 * `sizeHint` (the blob's size) keeps the buffers of a small blob small.
 */
function drainToFile(source, file, options = {}) {
    const bufferSize = Math.max(1, Math.min(WRITE_BATCH, options.sizeHint ?? WRITE_BATCH));
    return new Promise((resolve, reject) => {
        // A source that failed before we were handed it has already emitted its error and close.
        if (source.destroyed) {
            reject(source.errored ?? new Error('the source was closed before it was read'));
            return;
        }
        const free = [];
        let made = 0;
        let current;
        let filled = 0;
        let position = 0;
        let inFlight = 0;
        // The unwritten rest of a chunk that found every buffer busy (already hashed).
        let pending;
        let ended = false;
        let failed = false;
        const fail = (err) => {
            if (failed)
                return;
            failed = true;
            source.off('data', onData);
            source.destroy();
            reject(err);
        };
        const take = () => {
            if (free.length > 0)
                return free.pop();
            if (made < BUFFERS) {
                made++;
                return Buffer.allocUnsafeSlow(bufferSize);
            }
            return undefined;
        };
        /** Copies into buffers, writing each one that fills; false when it had to stop for a free buffer. */
        const absorb = (chunk, from) => {
            let offset = from;
            while (offset < chunk.length) {
                current ??= take();
                if (!current) {
                    pending = { chunk, offset };
                    return false;
                }
                const n = chunk.copy(current, filled, offset);
                filled += n;
                offset += n;
                if (filled === current.length)
                    flush();
            }
            return true;
        };
        const finishIfDone = () => {
            if (failed || !ended || pending)
                return;
            if (filled > 0)
                flush();
            if (inFlight === 0)
                resolve();
        };
        const flush = () => {
            const buffer = current;
            const length = filled;
            const at = position;
            position += length;
            current = undefined;
            filled = 0;
            inFlight++;
            writeFully(file, buffer, length, at).then(() => {
                inFlight--;
                free.push(buffer);
                if (failed)
                    return;
                if (pending) {
                    const { chunk, offset } = pending;
                    pending = undefined;
                    if (!absorb(chunk, offset))
                        return;
                }
                if (!ended && source.isPaused())
                    source.resume();
                finishIfDone();
            }, fail);
        };
        function onData(chunk) {
            try {
                options.onChunk?.(chunk);
            }
            catch (err) {
                fail(err);
                return;
            }
            if (!absorb(chunk, 0))
                source.pause();
        }
        source.on('data', onData);
        source.once('error', fail);
        source.once('end', () => {
            ended = true;
            finishIfDone();
        });
        // A source destroyed without an error (a reader gave up) never ends: that is a failure too.
        source.once('close', () => {
            if (!ended)
                fail(source.errored ?? new Error('the source closed before its end'));
        });
    });
}
/** fs writes may be short; positioned writes resume where the last one stopped. */
async function writeFully(file, buffer, length, position) {
    let done = 0;
    while (done < length) {
        const { bytesWritten } = await file.write(buffer, done, length - done, position + done);
        done += bytesWritten;
    }
}

// EXTERNAL MODULE: ./src/oci/manifest.ts
var oci_manifest = __webpack_require__(32060);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/oci/referrers.ts
var referrers = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/oci/layout.ts










// An OCI image layout directory (image-spec, image-layout.md) as a Store: the
// embedded default of every step, and what skopeo `oci:`, `crane push` to a
// layout and `oras --oci-layout` write. Tags live in index.json as
// `org.opencontainers.image.ref.name` annotations, referrers as untagged
// index.json entries (as oras records them), blobs under blobs/<alg>/<hex>.
const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
const LAYOUT_VERSION = '1.0.0';
/** Large chunks: copying layers is bound by per-chunk overhead with the 64 KiB default. */
const FILE_CHUNK = 256 * 1024;
/**
 * Blob reads: layers are read once, front to back, into a decompressor that
 * works in 1 MiB chunks; reading in the same size makes a quarter of the
 * reads, digest updates and stream hops on the thread that also walks the tar.
 */
const BLOB_READ_CHUNK = 1024 * 1024;
// OCI image-layout ref.name grammar, and the distribution tag grammar (which may start with `_`).
const REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * index.json is rewritten read-modify-write; two stores on the same directory in
 * one process share this lock so neither loses the other's entry.
 */
const indexLocks = new Map();
function withLock(key, fn) {
    const before = indexLocks.get(key) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const settled = run.catch(() => undefined);
    indexLocks.set(key, settled);
    void settled.then(() => {
        if (indexLocks.get(key) === settled)
            indexLocks.delete(key);
    });
    return run;
}
function errCode(err) {
    return err?.code;
}
class LayoutStore {
    name;
    dir;
    /** Manifests are content-addressed, so what a digest refers to never changes. */
    referrerCache = new Map();
    constructor(dir, name) {
        this.dir = (0,external_node_path_.resolve)(dir);
        this.name = name;
    }
    /** Opens an existing layout (InputError when `dir` is not one), or creates it with `create`. */
    static async open(dir, options = {}) {
        const store = new LayoutStore(dir, options.name ?? `oci-dir:${dir}`);
        await store.init(options.create ?? false);
        return store;
    }
    /** Opens `dir` as a layout, creating it when absent or empty. */
    static create(dir, options = {}) {
        return LayoutStore.open(dir, { ...options, create: true });
    }
    async init(create) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(this.dir);
        }
        catch (err) {
            if (errCode(err) === 'ENOENT' && create)
                entries = [];
            else if (errCode(err) === 'ENOENT')
                throw new errors/* InputError */.dz(`${this.name}: directory ${this.dir} does not exist`);
            else if (errCode(err) === 'ENOTDIR')
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not a directory`);
            else
                throw new errors/* OperationError */.OK(`${this.name}: cannot read ${this.dir}: ${err.message}`, {
                    cause: err,
                });
        }
        if (!entries.includes('oci-layout')) {
            if (!create) {
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not an OCI image layout (no oci-layout file)`);
            }
            if (entries.length > 0) {
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not empty and not an OCI image layout; refusing to write into it`);
            }
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
            await this.writeAtomic('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION })));
            await this.writeIndex({ schemaVersion: 2, mediaType: mediatype/* MediaType */.zu.ociIndex, manifests: [] });
            return;
        }
        const file = (0,external_node_path_.join)(this.dir, 'oci-layout');
        let layout;
        try {
            layout = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (err) {
            throw new errors/* InputError */.dz(`${this.name}: ${file} is not JSON (${err.message})`);
        }
        const version = layout?.imageLayoutVersion;
        if (version !== LAYOUT_VERSION) {
            throw new errors/* InputError */.dz(`${this.name}: ${file} field imageLayoutVersion is ${JSON.stringify(version)}, expected "1.0.0"`);
        }
        if (!entries.includes('index.json')) {
            if (!create)
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not an OCI image layout (no index.json)`);
            await this.writeIndex({ schemaVersion: 2, mediaType: mediatype/* MediaType */.zu.ociIndex, manifests: [] });
        }
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.dir, 'blobs', (0,oci_digest/* algorithmOf */.Hy)(digest), (0,oci_digest/* hexOf */.ZD)(digest));
    }
    checkDigest(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new errors/* InputError */.dz(`${this.name}: "${digest}" is not a sha256 or sha512 digest`);
        return digest;
    }
    // ---- index.json ---------------------------------------------------------
    /** The layout's index.json, validated. */
    async readIndex() {
        const file = (0,external_node_path_.join)(this.dir, 'index.json');
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(file);
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                throw new errors/* InputError */.dz(`${this.name}: ${file} is missing`);
            throw new errors/* OperationError */.OK(`${this.name}: cannot read ${file}: ${err.message}`, {
                cause: err,
            });
        }
        const parsed = (0,oci_manifest/* parseManifest */.Ng)(bytes, { mediaType: mediatype/* MediaType */.zu.ociIndex, where: file });
        return parsed;
    }
    async writeIndex(index) {
        await this.writeAtomic('index.json', Buffer.from(JSON.stringify(index)));
    }
    /** temp file beside the target, flushed, then renamed: readers see the old or the new file, never half. */
    async writeAtomic(rel, bytes) {
        const target = (0,external_node_path_.join)(this.dir, rel);
        const tmp = (0,external_node_path_.join)(this.dir, `.${rel}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
        const fh = await (0,promises_.open)(tmp, 'w');
        try {
            await fh.writeFile(bytes);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        try {
            await (0,promises_.rename)(tmp, target);
        }
        catch (err) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            throw new errors/* OperationError */.OK(`${this.name}: cannot write ${target}: ${err.message}`, {
                cause: err,
            });
        }
    }
    updateIndex(change) {
        return withLock(this.dir, async () => {
            const next = change(await this.readIndex());
            if (next)
                await this.writeIndex(next);
        });
    }
    // ---- reads --------------------------------------------------------------
    async resolve(reference) {
        const index = await this.readIndex();
        if (reference.startsWith('sha256:') || reference.startsWith('sha512:')) {
            const digest = this.checkDigest(reference);
            const listed = index.manifests.find((d) => d.digest === digest);
            if (listed)
                return bare(listed);
            const fetched = await this.fetchManifest({ digest });
            return fetched.descriptor;
        }
        const names = (d) => [d.annotations?.[REF_NAME], d.annotations?.[CONTAINERD_NAME]];
        if (reference === '') {
            const tagged = index.manifests.filter((d) => names(d).some(Boolean));
            if (tagged.length === 1)
                return bare(tagged[0]);
            if (tagged.length === 0 && index.manifests.length === 1)
                return bare(index.manifests[0]);
            const tags = listNames(index);
            throw new errors/* InputError */.dz(tags.length
                ? `${this.name}: holds ${tags.length} tagged images (${tags.join(', ')}); name one as ${this.name}:TAG or @DIGEST`
                : `${this.name}: holds no tagged image; name one by @DIGEST`);
        }
        // Last entry wins: writers that append rather than replace leave the newest at the end.
        const exact = index.manifests.filter((d) => names(d).includes(reference));
        const byTag = exact.length
            ? exact
            : index.manifests.filter((d) => {
                const full = d.annotations?.[CONTAINERD_NAME];
                return full !== undefined && tagPart(full) === reference;
            });
        const hit = byTag.at(-1);
        if (hit)
            return bare(hit);
        const tags = listNames(index);
        throw new errors/* NotFoundError */.m_(`${this.name}: no tag "${reference}"${tags.length ? ` (it has ${tags.join(', ')})` : ' (it has no tags)'}`);
    }
    async fetchManifest(descriptor) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        if (descriptor.size !== undefined && descriptor.size > oci_manifest/* MANIFEST_MAX_BYTES */.V4) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${descriptor.size} bytes is over the ${oci_manifest/* MANIFEST_MAX_BYTES */.V4}-byte limit`);
        }
        const path = this.blobPath(digest);
        const size = await this.sizeOf(path);
        if (size === undefined)
            throw new errors/* NotFoundError */.m_(`${where}: manifest blob not found in ${this.dir}`);
        if (size > oci_manifest/* MANIFEST_MAX_BYTES */.V4) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${size} bytes is over the ${oci_manifest/* MANIFEST_MAX_BYTES */.V4}-byte limit`);
        }
        const bytes = await (0,promises_.readFile)(path);
        (0,oci_digest/* verifyBytes */.RV)(bytes, digest, where);
        if (descriptor.size !== undefined && descriptor.size !== bytes.length) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest is ${bytes.length} bytes, its descriptor says ${descriptor.size}`);
        }
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, { mediaType: descriptor.mediaType, where });
        return { descriptor: { mediaType: manifest.mediaType, digest, size: bytes.length }, bytes, manifest };
    }
    async fetchBlob(descriptor) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        let fh;
        try {
            fh = await (0,promises_.open)(this.blobPath(digest), 'r');
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                throw new errors/* NotFoundError */.m_(`${where}: blob not found in ${this.dir}`);
            throw new errors/* OperationError */.OK(`${where}: cannot read blob: ${err.message}`, { cause: err });
        }
        const source = fh.createReadStream({ highWaterMark: BLOB_READ_CHUNK });
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, descriptor.size, `blob ${where}`);
        // pipeline destroys the file stream when the consumer abandons the verifier, and vice versa.
        (0,external_node_stream_.pipeline)(source, verifier, () => undefined);
        return verifier;
    }
    async hasBlob(descriptor) {
        const size = await this.sizeOf(this.blobPath(this.checkDigest(descriptor.digest)));
        return size !== undefined && (descriptor.size === undefined || size === descriptor.size);
    }
    hasManifest(descriptor) {
        return this.hasBlob(descriptor);
    }
    async sizeOf(path) {
        try {
            const s = await (0,promises_.stat)(path);
            return s.isFile() ? s.size : undefined;
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                return undefined;
            throw new errors/* OperationError */.OK(`${this.name}: cannot stat ${path}: ${err.message}`, {
                cause: err,
            });
        }
    }
    // ---- writes -------------------------------------------------------------
    async pushBlob(descriptor, content) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        if (await this.hasBlob(descriptor)) {
            if (content instanceof external_node_stream_.Readable)
                content.destroy();
            return;
        }
        const dir = (0,external_node_path_.join)(this.dir, 'blobs', (0,oci_digest/* algorithmOf */.Hy)(digest));
        await (0,promises_.mkdir)(dir, { recursive: true });
        // The temp file sits in blobs/ so the rename stays on one file system and is atomic.
        const tmp = (0,external_node_path_.join)(this.dir, 'blobs', `.upload-${(0,external_node_crypto_.randomUUID)()}.tmp`);
        try {
            if (Buffer.isBuffer(content)) {
                if (content.length !== descriptor.size) {
                    throw new errors/* IntegrityError */.cs(`blob ${where}: content is ${content.length} bytes, its descriptor says ${descriptor.size}`);
                }
                (0,oci_digest/* verifyBytes */.RV)(content, digest, `blob ${where}`);
                await (0,promises_.writeFile)(tmp, content);
            }
            else {
                // A stream that already verifies this digest is not hashed a second time.
                const check = (0,oci_digest/* isVerifiedStream */.fN)(content, digest)
                    ? undefined
                    : new oci_digest/* DigestCheck */.FL(digest, descriptor.size, `blob ${where}`);
                const file = await (0,promises_.open)(tmp, 'wx');
                try {
                    await drainToFile(content, file, {
                        sizeHint: descriptor.size,
                        ...(check ? { onChunk: (chunk) => check.update(chunk) } : {}),
                    });
                }
                finally {
                    await file.close();
                }
                check?.finish();
            }
            await (0,promises_.rename)(tmp, this.blobPath(digest));
        }
        catch (err) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            if (err instanceof errors/* IntegrityError */.cs || err instanceof errors/* OperationError */.OK)
                throw err;
            throw new errors/* OperationError */.OK(`${where}: writing blob failed: ${err.message}`, { cause: err });
        }
    }
    async pushManifest(bytes, mediaType, tag) {
        if (tag !== undefined && !TAG_RE.test(tag) && !REF_NAME_RE.test(tag)) {
            throw new errors/* InputError */.dz(`${this.name}: "${tag}" is not a valid tag`);
        }
        const digest = (0,oci_digest/* digestOf */.ol)(bytes);
        const where = `${this.name}@${digest}`;
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, { mediaType, where });
        const descriptor = { mediaType: manifest.mediaType, digest, size: bytes.length };
        // A layout, like a registry, refuses a manifest whose content is not there:
        // checked before anything is written, so a failed push leaves no trace.
        const children = 'manifests' in manifest ? manifest.manifests : [manifest.config, ...manifest.layers];
        for (const child of children) {
            if (child.urls?.length)
                continue; // foreign layers live elsewhere by design
            if (!(await this.hasBlob(child))) {
                throw new errors/* IntegrityError */.cs(`${where}: referenced blob ${child.digest} (${child.mediaType}) is missing from ${this.dir}`);
            }
        }
        await this.pushBlob(descriptor, bytes);
        const subject = manifest.subject;
        if (tag === undefined && !subject)
            return descriptor;
        const entry = subject ? (0,referrers/* referrerDescriptor */.xh)(descriptor, manifest) : { ...descriptor };
        if (subject)
            this.referrerCache.set(digest, { subject: subject.digest, descriptor: entry });
        await this.updateIndex((index) => {
            const manifests = [...index.manifests];
            if (tag !== undefined) {
                const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: tag } };
                const at = manifests.findIndex((d) => d.annotations?.[REF_NAME] === tag);
                if (at >= 0)
                    manifests[at] = tagged;
                else
                    manifests.push(tagged);
            }
            else if (!manifests.some((d) => d.digest === digest)) {
                manifests.push(entry);
            }
            else {
                return undefined;
            }
            return { ...index, manifests };
        });
        return descriptor;
    }
    /** Removes every index.json entry for `digest`; the blobs stay (others may share them). */
    async deleteManifest(digest) {
        this.checkDigest(digest);
        await this.updateIndex((index) => {
            const manifests = index.manifests.filter((d) => d.digest !== digest);
            return manifests.length === index.manifests.length ? undefined : { ...index, manifests };
        });
    }
    // ---- referrers and tags -------------------------------------------------
    async referrers(subject, options = {}) {
        const index = await this.readIndex();
        const seen = new Set();
        const out = [];
        for (const d of index.manifests) {
            if (seen.has(d.digest) || !(0,mediatype/* isManifestType */.Q3)(d.mediaType))
                continue;
            seen.add(d.digest);
            let info = this.referrerCache.get(d.digest);
            if (!info) {
                const fetched = await this.fetchManifest(d);
                const s = fetched.manifest.subject?.digest;
                info = s
                    ? { subject: s, descriptor: (0,referrers/* referrerDescriptor */.xh)(fetched.descriptor, fetched.manifest) }
                    : { descriptor: fetched.descriptor };
                this.referrerCache.set(d.digest, info);
            }
            if (info.subject !== subject)
                continue;
            if (options.artifactType && info.descriptor.artifactType !== options.artifactType)
                continue;
            out.push(info.descriptor);
        }
        return out;
    }
    async listTags() {
        return listNames(await this.readIndex());
    }
}
function bare(d) {
    const { annotations: _a, ...rest } = d;
    return rest;
}
function listNames(index) {
    const names = new Set();
    for (const d of index.manifests) {
        const name = d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
        if (name)
            names.add(name);
    }
    return [...names];
}
/** `docker.io/library/app:v1` → `v1`; undefined when the name has no tag. */
function tagPart(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const at = name.indexOf('@');
    if (colon <= slash)
        return undefined;
    return name.slice(colon + 1, at > colon ? at : undefined);
}


/***/ })

};
