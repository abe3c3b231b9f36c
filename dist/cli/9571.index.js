export const id = 9571;
export const ids = [9571];
export const modules = {

/***/ 29571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildStep: () => (/* binding */ buildStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/oci/registry.ts
var registry = __webpack_require__(30494);
;// CONCATENATED MODULE: ./src/build/base-blobs.ts

/** Blobs transferred at once, as the copier does: each registry upload holds one chunk in memory. */
const CONCURRENCY = 3;
/**
 * Puts the base image's blobs into the target: nothing for those it already
 * has, a cross-repository mount within one registry, a streamed copy
 * otherwise. Every stream is digest-verified by the stores on the way.
 */
async function carryBaseBlobs(source, target, blobs) {
    const counts = { copied: 0, mounted: 0, exists: 0, foreign: 0 };
    const from = mountSource(source, target);
    const queue = blobs.filter((d, i) => blobs.findIndex((e) => e.digest === d.digest) === i);
    const carry = async (d) => {
        if (await target.hasBlob(d)) {
            counts.exists++;
            return;
        }
        if (d.urls?.length && !(await source.hasBlob(d))) {
            counts.foreign++;
            return;
        }
        if (from && target.mountBlob && (await target.mountBlob(d, from))) {
            counts.mounted++;
            return;
        }
        await target.pushBlob(d, await source.fetchBlob(d));
        counts.copied++;
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift())
            await carry(next);
    }));
    return counts;
}
/** The source repository when both are repositories of one registry: a mount moves no bytes. */
function mountSource(source, target) {
    if (!(source instanceof registry/* RegistryStore */.XY) || !(target instanceof registry/* RegistryStore */.XY))
        return undefined;
    if (source.registry !== target.registry || source.repository === target.repository)
        return undefined;
    return source.repository;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/build/base-config.ts

const PORT_RE = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
const SIGNAL_RE = /^(?:SIG[A-Z0-9+-]+|\d{1,2})$/;
/**
 * The new image's config: the base's runtime config (Env, Entrypoint, Cmd,
 * WorkingDir, User, ExposedPorts, Labels, StopSignal, and whatever else it
 * carries such as Healthcheck or Volumes) with the user's changes, and the
 * base's diff_ids and history followed by one entry per new layer. Keys are
 * written in a fixed order so the same input always gives the same bytes.
 */
function deriveConfig(input) {
    const warnings = [];
    const base = input.base ?? {};
    const runtime = { ...(objectField(base, 'config') ?? {}) };
    const c = input.changes;
    if (Array.isArray(runtime.OnBuild) && runtime.OnBuild.length) {
        // Docker runs a base's ONBUILD triggers in the child and clears them; lading runs no instructions.
        warnings.push(`the base's ONBUILD triggers are not run and are not inherited: ${runtime.OnBuild.join('; ')}`);
    }
    delete runtime.OnBuild;
    if (c.env?.length)
        runtime.Env = mergeEnv(stringList(runtime.Env), c.env);
    if (c.entrypoint) {
        runtime.Entrypoint = c.entrypoint;
        // As Docker does: a new ENTRYPOINT drops the base's CMD, which was written for the old one.
        if (!c.cmd)
            delete runtime.Cmd;
    }
    if (c.cmd)
        runtime.Cmd = c.cmd;
    if (c.workingDir !== undefined) {
        if (!c.workingDir.startsWith('/'))
            throw new errors/* InputError */.dz(`build: --workdir "${c.workingDir}" must be absolute (start with /)`);
        runtime.WorkingDir = c.workingDir;
    }
    if (c.user !== undefined) {
        if (c.user === '' || /\s/.test(c.user))
            throw new errors/* InputError */.dz(`build: --user "${c.user}" is not a user (NAME, UID, NAME:GROUP or UID:GID)`);
        runtime.User = c.user;
    }
    if (c.exposedPorts?.length) {
        const ports = { ...(objectField(runtime, 'ExposedPorts') ?? {}) };
        for (const p of c.exposedPorts)
            ports[portKey(p)] = {};
        runtime.ExposedPorts = sortKeys(ports);
    }
    if (c.labels && Object.keys(c.labels).length) {
        runtime.Labels = sortKeys({ ...(objectField(runtime, 'Labels') ?? {}), ...c.labels });
    }
    if (c.stopSignal !== undefined) {
        if (!SIGNAL_RE.test(c.stopSignal))
            throw new errors/* InputError */.dz(`build: --stop-signal "${c.stopSignal}" is not a signal name (SIGTERM) or number`);
        runtime.StopSignal = c.stopSignal;
    }
    const createdIso = new Date(input.created * 1000).toISOString();
    const baseRootfs = objectField(base, 'rootfs');
    const baseDiffIds = stringList(baseRootfs?.diff_ids);
    const baseHistory = Array.isArray(base.history) ? base.history : [];
    const p = input.platform;
    const config = {
        created: createdIso,
        architecture: p.architecture,
        os: p.os,
        ...(p['os.version'] ? { 'os.version': p['os.version'] } : {}),
        ...(p['os.features'] ? { 'os.features': p['os.features'] } : {}),
        ...(p.variant ? { variant: p.variant } : {}),
        config: runtime,
        rootfs: { type: 'layers', diff_ids: [...baseDiffIds, ...input.diffIds] },
        history: [
            ...baseHistory,
            ...input.createdBy.map((createdBy) => ({ created: createdIso, created_by: createdBy })),
        ],
    };
    return { config, warnings };
}
/** Replaces variables the base sets by name, keeping their position; appends the others in order. */
function mergeEnv(base, changes) {
    const out = [...base];
    for (const entry of changes) {
        const name = entry.slice(0, entry.indexOf('='));
        if (!name)
            throw new errors/* InputError */.dz(`build: --env "${entry}" is not NAME=VALUE`);
        const at = out.findIndex((e) => e.slice(0, e.indexOf('=')) === name || e === name);
        if (at >= 0)
            out[at] = entry;
        else
            out.push(entry);
    }
    return out;
}
function portKey(text) {
    const m = PORT_RE.exec(text);
    const port = Number(m?.[1]);
    if (!m || port < 1 || port > 65535)
        throw new errors/* InputError */.dz(`build: --expose "${text}" is not PORT[/tcp|udp|sctp] with a port from 1 to 65535`);
    return `${port}/${m[2] ?? 'tcp'}`;
}
function objectField(o, key) {
    const v = o[key];
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/build/packer.ts










/**
 * Packs a directory into a reproducible layer: entries sorted by path, owner
 * root, fixed mtime, permissions kept, no user or host names, gzip without a
 * file name or time. The same tree gives the same digest on any machine.
 */
async function packDirectory(dir, options) {
    const root = await (0,promises_.stat)(dir).catch((err) => {
        throw new errors/* InputError */.dz(`build: --dir ${dir}: ${reason(err)}`, { cause: err });
    });
    if (!root.isDirectory())
        throw new errors/* InputError */.dz(`build: --dir ${dir}: not a directory`);
    const prefix = options.destination.replace(/^\/+|\/+$/g, '');
    const entries = await walk(dir);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lading-layer-'));
    const file = (0,external_node_path_.join)(work, 'layer.tar.gz');
    const tar = (0,tar_stream.pack)();
    const mtime = new Date(options.mtime * 1000);
    const diff = new HashTap();
    const compressed = new HashTap();
    const written = (0,external_node_stream_promises_.pipeline)(tar, diff, (0,external_node_zlib_.createGzip)({ level: 6, chunkSize: 1 << 20, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY }), compressed, (0,external_node_fs_.createWriteStream)(file));
    const base = { uid: 0, gid: 0, uname: '', gname: '', mtime };
    try {
        for (const dirName of parentsOf(prefix)) {
            await add(tar, { ...base, name: `${dirName}/`, type: 'directory', mode: 0o755 });
        }
        for (const e of entries) {
            const name = [prefix, e.rel].filter(Boolean).join('/');
            const mode = e.mode & 0o7777;
            if (e.kind === 'dir')
                await add(tar, { ...base, name: `${name}/`, type: 'directory', mode });
            else if (e.kind === 'symlink')
                await add(tar, { ...base, name, type: 'symlink', linkname: e.target, mode });
            else {
                await new Promise((resolve, reject) => {
                    const sink = tar.entry({ ...base, name, type: 'file', mode, size: e.size }, (err) => err ? reject(err) : resolve());
                    (0,external_node_fs_.createReadStream)(e.abs)
                        .on('error', (err) => reject(new errors/* InputError */.dz(`build: ${e.abs}: ${reason(err)}`, { cause: err })))
                        .pipe(sink);
                });
            }
        }
        tar.finalize();
        await written;
    }
    catch (err) {
        // Nothing half-written survives a failed pack: the stream is torn down and its temp dir removed.
        tar.destroy();
        await written.catch(() => { });
        await (0,promises_.rm)(work, { recursive: true, force: true });
        throw err;
    }
    return packedLayer(work, file, compressed, diff);
}
/**
 * Gzips an uncompressed layer into a temporary file, as `docker push` does with
 * the plain tars of `docker save`: the diff_id (the tar's digest) is unchanged,
 * the registry stores and serves the smaller blob, and tools that assume gzip
 * (crane's validation among them) read it.
 */
async function gzipLayer(content) {
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lading-layer-'));
    const file = (0,external_node_path_.join)(work, 'layer.tar.gz');
    const diff = new HashTap();
    const compressed = new HashTap();
    try {
        await (0,external_node_stream_promises_.pipeline)(content, diff, (0,external_node_zlib_.createGzip)({ level: 6, chunkSize: 1 << 20, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY }), compressed, (0,external_node_fs_.createWriteStream)(file));
    }
    catch (err) {
        await (0,promises_.rm)(work, { recursive: true, force: true });
        throw err;
    }
    return packedLayer(work, file, compressed, diff);
}
/** The packed layer in `file` inside the temp dir `work`, which `dispose` removes. */
function packedLayer(work, file, compressed, diff) {
    return {
        file,
        digest: compressed.digest(),
        diffId: diff.digest(),
        size: compressed.bytes,
        dispose: () => (0,promises_.rm)(work, { recursive: true, force: true }),
    };
}
async function walk(root) {
    const out = [];
    const visit = async (dir) => {
        for (const name of (await (0,promises_.readdir)(dir).catch(unreadable(dir))).sort()) {
            const abs = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_.lstat)(abs).catch(unreadable(abs));
            const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
            if (st.isDirectory()) {
                out.push({ rel, abs, kind: 'dir', mode: st.mode, size: 0 });
                await visit(abs);
            }
            else if (st.isSymbolicLink()) {
                out.push({ rel, abs, kind: 'symlink', mode: st.mode, size: 0, target: await (0,promises_.readlink)(abs) });
            }
            else if (st.isFile()) {
                out.push({ rel, abs, kind: 'file', mode: st.mode, size: st.size });
            }
            else {
                throw new errors/* InputError */.dz(`build: ${abs} is neither a file, a directory nor a symlink`);
            }
        }
    };
    await visit(root);
    return out;
}
/** File system errors while reading a --dir are the user's to fix (exit 2), named by path. */
function unreadable(path) {
    return (err) => {
        throw new errors/* InputError */.dz(`build: ${path}: ${reason(err)}`, { cause: err });
    };
}
function reason(err) {
    if (err.code === 'ENOENT')
        return 'no such file or directory';
    if (err.code === 'EACCES' || err.code === 'EPERM')
        return 'permission denied';
    if (err.code === 'ENOTDIR')
        return 'not a directory';
    return err.message;
}
function parentsOf(prefix) {
    const parts = prefix ? prefix.split('/') : [];
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
function add(tar, header) {
    return new Promise((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())));
}
/** Counts and hashes what passes through. */
class HashTap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}

;// CONCATENATED MODULE: ./src/build/assembler.ts






const BASE_NAME_ANNOTATION = 'org.opencontainers.image.base.name';
const BASE_DIGEST_ANNOTATION = 'org.opencontainers.image.base.digest';
async function prepareImage(options) {
    const packed = [];
    const gzipped = [];
    const dispose = () => Promise.all([...packed, ...gzipped].map((p) => p.dispose())).then(() => { });
    try {
        const base = options.base;
        const baseLayers = [];
        const baseBlobs = [];
        for (const l of base?.layers ?? []) {
            if (base && l.mediaType === mediatype/* MediaType */.zu.ociLayerTar) {
                const g = await gzipLayer(await base.store.fetchBlob(l));
                gzipped.push(g);
                baseLayers.push({ mediaType: mediatype/* MediaType */.zu.ociLayerGzip, digest: g.digest, size: g.size });
            }
            else {
                baseLayers.push(l);
                baseBlobs.push(l);
            }
        }
        for (const layer of options.layers) {
            packed.push(await packDirectory(layer.source, { destination: layer.destination, mtime: options.created }));
        }
        const platform = base?.platform ?? options.platform;
        const { config, warnings } = deriveConfig({
            ...(base ? { base: base.config } : {}),
            changes: options.changes,
            platform,
            created: options.created,
            diffIds: packed.map((p) => p.diffId),
            createdBy: options.layers.map((l) => `lading build --dir ${l.label}:${l.destination}`),
        });
        const configBytes = Buffer.from(JSON.stringify(config));
        const configDescriptor = {
            mediaType: mediatype/* MediaType */.zu.ociConfig,
            digest: (0,digest/* digestOf */.ol)(configBytes),
            size: configBytes.length,
        };
        const fileLayer = (p) => ({
            descriptor: { mediaType: mediatype/* MediaType */.zu.ociLayerGzip, digest: p.digest, size: p.size },
            file: p.file,
        });
        const layers = [...baseLayers, ...packed.map((p) => fileLayer(p).descriptor)];
        const baseName = options.baseName ?? base?.name;
        const annotations = {
            ...(options.changes.labels ?? {}),
            ...(base && baseName ? { [BASE_NAME_ANNOTATION]: baseName } : {}),
            ...(base ? { [BASE_DIGEST_ANNOTATION]: base.digest } : {}),
        };
        const manifest = {
            schemaVersion: 2,
            mediaType: mediatype/* MediaType */.zu.ociManifest,
            config: configDescriptor,
            layers,
            ...(Object.keys(annotations).length ? { annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        return {
            manifest: bytes,
            manifestDigest: (0,digest/* digestOf */.ol)(bytes),
            config: configDescriptor,
            configBytes,
            layers,
            platform,
            warnings,
            ...(base ? { base } : {}),
            baseBlobs,
            files: [...gzipped, ...packed].map(fileLayer),
            dispose,
        };
    }
    catch (err) {
        await dispose();
        throw err;
    }
}
/**
 * Writes a prepared image: the base's blobs (mounted or copied, missing ones
 * only), the new layers, the config, and the manifest last, under `tag` when
 * given. A failure part-way leaves no tag and no manifest naming missing blobs.
 */
async function writeImage(prepared, target, tag) {
    const carried = prepared.base
        ? await carryBaseBlobs(prepared.base.store, target, prepared.baseBlobs)
        : undefined;
    for (const { descriptor, file } of prepared.files) {
        if (!(await target.hasBlob(descriptor)))
            await target.pushBlob(descriptor, (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }));
    }
    if (!(await target.hasBlob(prepared.config)))
        await target.pushBlob(prepared.config, prepared.configBytes);
    const descriptor = await target.pushManifest(prepared.manifest, mediatype/* MediaType */.zu.ociManifest, tag);
    return {
        manifest: { ...descriptor, platform: prepared.platform },
        config: prepared.config,
        layers: prepared.layers,
        ...(carried ? { base: carried } : {}),
    };
}

// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/build/base-image.ts







const CONFIG_MAX_BYTES = 8 * 1024 * 1024;
const IMAGE_CONFIG_TYPES = [mediatype/* MediaType */.zu.ociConfig, mediatype/* MediaType */.zu.dockerConfig];
// The new manifest is OCI; a Docker base's layers are the same bytes under
// other names, so only the media type changes and the digests stay.
const LAYER_TYPES = {
    [mediatype/* MediaType */.zu.dockerLayerGzip]: mediatype/* MediaType */.zu.ociLayerGzip,
    'application/vnd.docker.image.rootfs.diff.tar': mediatype/* MediaType */.zu.ociLayerTar,
    [mediatype/* MediaType */.zu.dockerForeignLayerGzip]: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    [mediatype/* MediaType */.zu.ociLayerGzip]: mediatype/* MediaType */.zu.ociLayerGzip,
    [mediatype/* MediaType */.zu.ociLayerTar]: mediatype/* MediaType */.zu.ociLayerTar,
    [mediatype/* MediaType */.zu.ociLayerZstd]: mediatype/* MediaType */.zu.ociLayerZstd,
    'application/vnd.oci.image.layer.nondistributable.v1.tar': 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip': 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd': 'application/vnd.oci.image.layer.nondistributable.v1.tar+zstd',
};
/** The OCI media type for a base layer; InputError for anything that is not an image layer. */
function ociLayerType(mediaType, where) {
    const mapped = LAYER_TYPES[mediaType];
    if (!mapped)
        throw new errors/* InputError */.dz(`${where} has media type ${mediaType}, not an image layer`);
    return mapped;
}
/**
 * Opens and reads the base: resolves SOURCE, picks the platform's image from
 * an index (`platform`, default linux/amd64), reads its config and checks that
 * it is a container image whose config and layers agree. Throws before
 * anything is written elsewhere.
 */
async function openBaseImage(source, platform, access) {
    const parsed = await (0,oci_source/* detectSource */.PM)(source);
    const location = await (0,oci_opener.openLocation)(source, 'read', access);
    try {
        return await readBase(location, source, parsed.kind === 'registry' ? parsed.reference : undefined, platform);
    }
    catch (err) {
        await location.close();
        throw err;
    }
}
async function readBase(location, source, reference, platformText) {
    const where = `build: base ${source}`;
    const store = location.store;
    const root = await store.resolve(location.reference).catch((err) => {
        if (err instanceof errors/* NotFoundError */.m_)
            throw new errors/* NotFoundError */.m_(`${where}: ${err.message}`, { cause: err });
        throw err;
    });
    const fetched = await store.fetchManifest(root);
    const wanted = platformText === undefined ? undefined : (0,oci_platform/* parsePlatform */.Y8)(platformText);
    let image = fetched;
    if ((0,types/* isIndex */.n)(fetched.manifest)) {
        let entry;
        try {
            entry = (0,oci_platform/* selectPlatform */.md)(fetched.manifest, wanted ?? { os: 'linux', architecture: 'amd64' }, source);
        }
        catch (err) {
            // The user chose the base and the platform: a platform the base lacks is their input to fix.
            if (err instanceof errors/* NotFoundError */.m_)
                throw new errors/* InputError */.dz(`${where}: ${err.message}; choose one with --platform`, { cause: err });
            throw err;
        }
        image = await store.fetchManifest(entry);
        if ((0,types/* isIndex */.n)(image.manifest))
            throw new errors/* InputError */.dz(`${where}: the ${(0,oci_platform/* formatPlatform */.Bq)(entry.platform)} entry is an index, not an image`);
    }
    const manifest = image.manifest;
    if ((0,types/* isIndex */.n)(manifest))
        throw new errors/* InputError */.dz(`${where}: not an image`);
    if (!IMAGE_CONFIG_TYPES.includes(manifest.config.mediaType)) {
        throw new errors/* InputError */.dz(`${where}: not a container image (its config is ${manifest.config.mediaType}${manifest.artifactType ? `, artifact type ${manifest.artifactType}` : ''})`);
    }
    if (manifest.config.size > CONFIG_MAX_BYTES)
        throw new errors/* InputError */.dz(`${where}: config of ${manifest.config.size} bytes is too large to be an image config`);
    const config = await readJson(store, manifest.config, where);
    const layers = manifest.layers.map((l, i) => ({
        mediaType: ociLayerType(l.mediaType, `${where}: layer ${i} (${l.digest})`),
        digest: l.digest,
        size: l.size,
        ...(l.urls ? { urls: l.urls } : {}),
    }));
    const rootfs = config.rootfs;
    const diffIds = Array.isArray(rootfs?.diff_ids) ? rootfs.diff_ids : undefined;
    if (!diffIds || diffIds.length !== layers.length || diffIds.some((d) => typeof d !== 'string')) {
        throw new errors/* InputError */.dz(`${where}: its config lists ${diffIds?.length ?? 'no'} diff_ids for ${layers.length} layers; not a usable image`);
    }
    if (typeof config.os !== 'string' || typeof config.architecture !== 'string')
        throw new errors/* InputError */.dz(`${where}: its config names no os and architecture`);
    const platform = (0,oci_platform/* normalizePlatform */.FL)({
        os: config.os,
        architecture: config.architecture,
        ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        ...(typeof config['os.version'] === 'string' ? { 'os.version': config['os.version'] } : {}),
    });
    if (wanted && !(0,types/* isIndex */.n)(fetched.manifest) && !(0,oci_platform/* matchPlatform */.h0)(wanted, platform)) {
        throw new errors/* InputError */.dz(`${where}: the base is ${(0,oci_platform/* formatPlatform */.Bq)(platform)}, not ${(0,oci_platform/* formatPlatform */.Bq)(wanted)}; drop --platform or choose another base`);
    }
    return {
        store,
        source,
        // Scanners and update bots read base.name as a pullable reference; a local
        // path would be meaningless elsewhere and would change the digest per machine.
        ...(reference ? { name: nameOf(reference) } : {}),
        // The digest the name resolved to (the index for a multi-platform base), so
        // name@digest pulls exactly the base on every platform.
        digest: fetched.descriptor.digest,
        manifest: image.descriptor,
        platform,
        config,
        layers,
        close: () => location.close(),
    };
}
async function readJson(store, d, where) {
    const chunks = [];
    for await (const c of await store.fetchBlob(d))
        chunks.push(c);
    try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // fall through
    }
    throw new errors/* InputError */.dz(`${where}: its config ${d.digest} is not a JSON object`);
}
/** The reference without its digest: `docker.io/library/alpine:3.20`, as BuildKit writes base.name. */
function nameOf(reference) {
    const { digest: _, ...named } = reference;
    return (0,oci_reference/* formatReference */.FH)(named);
}

;// CONCATENATED MODULE: ./src/build/dir-spec.ts


/**
 * Parses `--dir SRC[:DEST]` (DEST defaults to `/`). The split is at the last
 * colon, so a source path may hold colons when a destination is given.
 */
function parseDirSpec(spec) {
    const where = `build: --dir "${spec}"`;
    if (spec.trim() === '')
        throw new errors/* InputError */.dz(`${where}: empty; expected SRC[:DEST], e.g. ./dist:/app`);
    const i = spec.lastIndexOf(':');
    const source = i >= 0 ? spec.slice(0, i) : spec;
    const destination = i >= 0 ? spec.slice(i + 1) : '/';
    if (source === '')
        throw new errors/* InputError */.dz(`${where}: the source directory is empty; expected SRC[:DEST]`);
    if (destination === '')
        throw new errors/* InputError */.dz(`${where}: the destination after ":" is empty`);
    if (!destination.startsWith('/'))
        throw new errors/* InputError */.dz(`${where}: the destination "${destination}" must be absolute (start with /)`);
    if (destination.split('/').some((part) => part === '..' || part === '.'))
        throw new errors/* InputError */.dz(`${where}: the destination "${destination}" must not contain "." or ".." parts`);
    return {
        source,
        destination: external_node_path_.posix.normalize(destination).replace(/(.)\/+$/, '$1'),
        // An absolute host path (a CI workspace, a temp dir) differs between machines;
        // writing it into the history would make the same content give another digest.
        label: (0,external_node_path_.isAbsolute)(source) ? (0,external_node_path_.basename)(source) || '/' : (0,external_node_path_.normalize)(source),
    };
}

;// CONCATENATED MODULE: ./src/steps/build.ts








/**
 * `lading build`: a base image (or none) plus directories → a reproducible
 * image in a registry, an OCI layout or an OCI archive. Everything that can be
 * wrong with the input (the base, the platform, the directories, the options)
 * is found before the destination is opened, so a failed build writes nothing.
 */
async function buildStep(options, reporter) {
    if (!options.dirs.length)
        throw new errors/* InputError */.dz('build: give at least one --dir SRC[:DEST]');
    const layers = options.dirs.map((spec) => {
        const parsed = parseDirSpec(spec);
        return {
            ...parsed,
            source: (0,external_node_path_.resolve)(options.access.cwd, parsed.source),
        };
    });
    await checkOutput(options.output);
    const fromScratch = options.from === undefined || options.from === 'scratch';
    const platform = (0,oci_platform/* parsePlatform */.Y8)(options.platform ?? 'linux/amd64');
    let base;
    try {
        if (!fromScratch) {
            base = await openBaseImage(options.from, options.platform, options.access);
            reporter.info(`base ${options.from}: ${(0,oci_platform/* formatPlatform */.Bq)(base.platform)} image ${base.manifest.digest}`);
        }
        const prepared = await prepareImage({
            layers,
            ...(base ? { base } : {}),
            platform,
            created: options.created,
            changes: {
                ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
                ...(options.cmd ? { cmd: options.cmd } : {}),
                ...(options.env ? { env: options.env } : {}),
                ...(options.workingDir !== undefined ? { workingDir: options.workingDir } : {}),
                ...(options.user !== undefined ? { user: options.user } : {}),
                ...(options.expose ? { exposedPorts: options.expose } : {}),
                ...(options.stopSignal !== undefined ? { stopSignal: options.stopSignal } : {}),
                ...(options.labels ? { labels: options.labels } : {}),
            },
            ...(options.baseName ? { baseName: options.baseName } : {}),
        });
        try {
            for (const w of prepared.warnings)
                reporter.warn(`build: ${w}`);
            const target = await (0,oci_opener.openLocation)(options.output, 'write', options.access);
            try {
                const tag = options.noTag ? '' : target.reference || (target.needsTag ? 'latest' : '');
                reporter.info(`building ${layers.map((l) => `${l.label} -> ${l.destination}`).join(', ')} into ${target.display}`);
                const built = await writeImage(prepared, target.store, tag || undefined);
                await target.commit();
                return {
                    output: `${target.display}${tag ? `:${tag}` : ''}@${built.manifest.digest}`,
                    manifest: built.manifest,
                    platform: (0,oci_platform/* formatPlatform */.Bq)(prepared.platform),
                    config: built.config,
                    layers: built.layers,
                    ...(base && built.base
                        ? {
                            base: {
                                source: base.source,
                                ...(options.baseName || base.name ? { name: options.baseName ?? base.name } : {}),
                                digest: base.digest,
                                manifest: base.manifest.digest,
                                layers: base.layers.length,
                                blobs: built.base,
                            },
                        }
                        : {}),
                };
            }
            finally {
                await target.close();
            }
        }
        finally {
            await prepared.dispose();
        }
    }
    finally {
        await base?.close();
    }
}
/** The output's syntax, checked without creating anything. */
async function checkOutput(output) {
    const dest = await (0,oci_source/* detectSource */.PM)(output);
    if (dest.kind === 'dir' || dest.kind === 'docker-archive') {
        throw new errors/* InputError */.dz(`build: --output ${output}: write to registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]`);
    }
    const digest = dest.kind === 'registry' ? dest.reference.digest : dest.digest;
    if (digest) {
        throw new errors/* InputError */.dz(`build: --output ${output}: name a tag for the output, not a digest`);
    }
}


/***/ })

};
