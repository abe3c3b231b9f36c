export const id = 493;
export const ids = [493];
export const modules = {

/***/ 32060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   V4: () => (/* binding */ MANIFEST_MAX_BYTES)
/* harmony export */ });
/* unused harmony export encodeManifest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _mediatype_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98269);



// Manifests arrive from registries, layout directories and archives written by
// other tools. Everything that the rest of lading trusts about a manifest's shape
// is checked here once, so later code can index into it without guarding.
/** The largest manifest lading accepts, as distribution enforces on push. */
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const SCHEMA1_TYPES = [
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
];
/**
 * Content types that say nothing about which manifest this is. Some registries
 * and static file servers answer with them; the fields decide then, as
 * containerd and distribution do.
 */
const UNSPECIFIC_TYPES = ['', 'application/json', 'application/octet-stream', 'text/plain'];
function parseManifest(bytes, options) {
    const { where } = options;
    const fail = (message) => {
        const text = `${where}: ${message}`;
        throw options.from === 'input' ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(text) : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(text);
    };
    if (bytes.length > MANIFEST_MAX_BYTES) {
        fail(`manifest of ${bytes.length} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
    }
    let value;
    try {
        value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch (err) {
        fail(`manifest is not JSON (${err.message})`);
    }
    if (!isObject(value))
        fail(`manifest is not a JSON object`);
    const doc = value;
    const announced = normaliseType(options.mediaType);
    const field = doc.mediaType;
    if (field !== undefined && typeof field !== 'string')
        fail(`manifest field "mediaType" is not a string`);
    if (doc.schemaVersion === 1 ||
        SCHEMA1_TYPES.includes(announced) ||
        SCHEMA1_TYPES.includes(field)) {
        fail(`Docker schema 1 manifests are not supported; re-push the image with a current client`);
    }
    if (doc.schemaVersion !== 2)
        fail(`manifest "schemaVersion" is ${JSON.stringify(doc.schemaVersion)}, expected 2`);
    const hasManifests = 'manifests' in doc;
    const hasImageFields = 'config' in doc || 'layers' in doc;
    if (hasManifests && hasImageFields) {
        fail(`manifest has both "manifests" and "config"/"layers": it is neither an index nor an image manifest`);
    }
    const detected = hasManifests ? _mediatype_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociIndex : hasImageFields ? _mediatype_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.ociManifest : undefined;
    if (field && announced && field !== announced) {
        fail(`manifest "mediaType" is ${field} but it was served as ${announced}`);
    }
    const mediaType = field || announced || detected;
    if (!mediaType)
        fail(`manifest has no "mediaType" and neither "manifests" nor "config" and "layers"`);
    if (!(0,_mediatype_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestType */ .Q3)(mediaType))
        fail(`unsupported manifest media type "${mediaType}"`);
    const isIndex = _mediatype_js__WEBPACK_IMPORTED_MODULE_2__/* .INDEX_TYPES */ .V.includes(mediaType);
    if (isIndex && hasImageFields)
        fail(`manifest is typed ${mediaType} but has "config"/"layers"`);
    if (!isIndex && hasManifests)
        fail(`manifest is typed ${mediaType} but has "manifests"`);
    const check = (d, path) => {
        checkDescriptor(d, path, fail);
    };
    if (isIndex) {
        if (!Array.isArray(doc.manifests))
            fail(`"manifests" is not an array`);
        for (const [i, d] of doc.manifests.entries())
            check(d, `manifests[${i}]`);
    }
    else {
        check(doc.config, 'config');
        if (!Array.isArray(doc.layers))
            fail(`"layers" is not an array`);
        for (const [i, d] of doc.layers.entries())
            check(d, `layers[${i}]`);
    }
    if (doc.subject !== undefined)
        check(doc.subject, 'subject');
    if (doc.artifactType !== undefined && typeof doc.artifactType !== 'string')
        fail(`"artifactType" is not a string`);
    checkAnnotations(doc.annotations, 'annotations', fail);
    doc.mediaType = mediaType;
    return doc;
}
/** Compact JSON, the form registries and other clients hash when they write a manifest. */
function encodeManifest(manifest) {
    return Buffer.from(JSON.stringify(manifest), 'utf8');
}
function normaliseType(type) {
    const bare = (type ?? '').split(';')[0].trim().toLowerCase();
    return UNSPECIFIC_TYPES.includes(bare) ? '' : bare;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkDescriptor(value, path, fail) {
    if (!isObject(value))
        fail(`${path} is not a descriptor object`);
    const d = value;
    if (typeof d.mediaType !== 'string' || d.mediaType === '')
        fail(`${path}.mediaType is missing or not a string`);
    if (typeof d.digest !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d.digest)) {
        fail(`${path}.digest ${JSON.stringify(d.digest)} is not a sha256 or sha512 digest`);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        fail(`${path}.size ${JSON.stringify(d.size)} is not a non-negative integer`);
    }
    if (d.urls !== undefined && !(Array.isArray(d.urls) && d.urls.every((u) => typeof u === 'string'))) {
        fail(`${path}.urls is not a list of strings`);
    }
    if (d.artifactType !== undefined && typeof d.artifactType !== 'string')
        fail(`${path}.artifactType is not a string`);
    if (d.data !== undefined && typeof d.data !== 'string')
        fail(`${path}.data is not a base64 string`);
    if (d.platform !== undefined) {
        const p = d.platform;
        if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
            fail(`${path}.platform needs "os" and "architecture" strings`);
        }
    }
    checkAnnotations(d.annotations, `${path}.annotations`, fail);
}
function checkAnnotations(value, path, fail) {
    if (value === undefined)
        return;
    if (!isObject(value) || !Object.values(value).every((v) => typeof v === 'string')) {
        fail(`${path} is not a map of strings`);
    }
}


/***/ }),

/***/ 98269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports IMAGE_MANIFEST_TYPES, MANIFEST_TYPES, isIndexType, EMPTY_JSON */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const IMAGE_MANIFEST_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
const MANIFEST_TYPES = [...IMAGE_MANIFEST_TYPES, ...INDEX_TYPES];
/** The `Accept` header for manifest reads: every type lading understands. */
const MANIFEST_ACCEPT = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return MANIFEST_TYPES.includes(mediaType);
}
/** The empty JSON object `{}` that OCI 1.1 artifacts use as config. */
const EMPTY_JSON = {
    mediaType: MediaType.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
};


/***/ }),

/***/ 96493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openLocation: () => (/* binding */ openLocation)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/oci/auth/credentials.ts


const anonymous = {
    forRegistry: async () => ({ kind: 'anonymous' }),
};
/** The same credential for every registry (tests, or a CLI given one registry's login). */
function staticCredentials(credential) {
    return { forRegistry: async () => credential };
}
/** Runs helpers as child processes; `env` defaults to the inherited environment. */
function spawnHelperRunner(options = {}) {
    return (program, args, stdin) => new Promise((resolve, reject) => {
        // Loaded here: node:child_process costs start-up time and memory, and most runs name no helper.
        const { spawn } = process.getBuiltinModule('node:child_process');
        const child = spawn(program, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', reject);
        // A helper that exits without reading stdin makes the write fail with EPIPE; its exit code says more.
        child.stdin.on('error', () => { });
        child.on('close', (code, signal) => resolve({
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
        }));
        child.stdin.end(stdin);
    });
}
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The host a config.json key or a registry name stands for, as the Docker CLI's ConvertToHostname does. */
function credentialHost(key) {
    let host = key;
    if (host.startsWith('http://'))
        host = host.slice('http://'.length);
    else if (host.startsWith('https://'))
        host = host.slice('https://'.length);
    host = host.split('/')[0] ?? host;
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
/** What a credential helper is asked for: Docker Hub's legacy server URL, otherwise the host. */
function helperServerUrl(registry) {
    return credentialHost(registry) === 'docker.io' ? DOCKER_HUB_SERVER : registry;
}
/** Docker CLI resolution order, with results cached per host for the life of the source. */
function dockerCredentials(options = {}) {
    const runHelper = options.runHelper ?? spawnHelperRunner();
    const cache = new Map();
    let config;
    const explicit = new Map();
    for (const [key, value] of Object.entries(options.explicit ?? {}))
        explicit.set(credentialHost(key), value);
    const resolve = async (registry) => {
        const host = credentialHost(registry);
        const given = explicit.get(host);
        if (given)
            return 'kind' in given ? given : { kind: 'basic', ...given };
        if (!options.configPath)
            return { kind: 'anonymous' };
        config ??= readDockerConfig(options.configPath);
        const cfg = await config;
        if (!cfg)
            return { kind: 'anonymous' };
        const helper = findByHost(cfg.credHelpers, host);
        if (helper)
            return runCredentialHelper(helper.value, registry, runHelper, `${options.configPath}: credHelpers["${helper.key}"]`);
        if (cfg.credsStore)
            return runCredentialHelper(cfg.credsStore, registry, runHelper, `${options.configPath}: credsStore`);
        const entry = findByHost(cfg.auths, host);
        if (entry)
            return fromAuthEntry(entry.value, `${options.configPath}: auths["${entry.key}"]`);
        return { kind: 'anonymous' };
    };
    return {
        forRegistry(registry) {
            const host = credentialHost(registry);
            let hit = cache.get(host);
            if (!hit) {
                hit = resolve(registry);
                cache.set(host, hit);
                // A failed helper run may succeed later (the user logs in); do not cache failures.
                hit.catch(() => cache.delete(host));
            }
            return hit;
        },
    };
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* OperationError */.OK(`${path}: cannot read Docker config: ${err.message}`, { cause: err });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${path}: Docker config is not valid JSON: ${err.message}`, {
            cause: err,
        });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(`${path}: Docker config must be a JSON object`);
    }
    const cfg = parsed;
    const objectField = (name) => {
        const v = cfg[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'object' || Array.isArray(v))
            throw new errors/* InputError */.dz(`${path}: field "${name}" must be an object`);
        return v;
    };
    const auths = objectField('auths');
    const credHelpers = objectField('credHelpers');
    for (const [k, v] of Object.entries(credHelpers ?? {})) {
        if (typeof v !== 'string' || !v)
            throw new errors/* InputError */.dz(`${path}: credHelpers["${k}"] must be a helper name`);
    }
    const credsStore = cfg.credsStore;
    if (credsStore !== undefined && typeof credsStore !== 'string') {
        throw new errors/* InputError */.dz(`${path}: field "credsStore" must be a helper name`);
    }
    return {
        ...(auths ? { auths } : {}),
        ...(credHelpers ? { credHelpers: credHelpers } : {}),
        ...(credsStore ? { credsStore } : {}),
    };
}
/** Exact key first (as the Docker CLI does), then any key that names the same host. */
function findByHost(map, host) {
    if (!map)
        return undefined;
    const exact = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
    if (Object.hasOwn(map, exact))
        return { key: exact, value: map[exact] };
    for (const [key, value] of Object.entries(map)) {
        if (credentialHost(key) === host)
            return { key, value };
    }
    return undefined;
}
function fromAuthEntry(entry, where) {
    if (typeof entry !== 'object' || entry === null)
        throw new errors/* InputError */.dz(`${where} must be an object`);
    let username = typeof entry.username === 'string' ? entry.username : '';
    let password = typeof entry.password === 'string' ? entry.password : '';
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        // Never echo the decoded value: it holds the password.
        if (colon <= 0)
            throw new errors/* InputError */.dz(`${where}.auth is not base64 of "username:password"`);
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        return { kind: 'identity-token', token: entry.identitytoken, ...(username ? { username } : {}) };
    }
    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '') {
        return { kind: 'registry-token', token: entry.registrytoken };
    }
    if (username && password)
        return { kind: 'basic', username, password };
    return { kind: 'anonymous' };
}
/**
 * The docker-credential-helpers protocol: `docker-credential-NAME get`, server
 * URL on stdin, `{"ServerURL","Username","Secret"}` on stdout. A helper that
 * has nothing for the server says "credentials not found" and exits non-zero.
 */
async function runCredentialHelper(name, registry, runHelper, where = 'credential helper') {
    const program = `docker-credential-${name}`;
    const host = credentialHost(registry);
    let result;
    try {
        result = await runHelper(program, ['get'], helperServerUrl(registry));
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new errors/* OperationError */.OK(`${program} (from ${where}) is not installed: no such program on PATH, needed for ${host}`);
        }
        throw new errors/* OperationError */.OK(`${program} (from ${where}) could not run for ${host}: ${err.message}`, {
            cause: err,
        });
    }
    if (result.exitCode !== 0) {
        const said = `${result.stdout}\n${result.stderr}`;
        if (/credentials not found/i.test(said))
            return { kind: 'anonymous' };
        const line = (result.stderr.trim() || result.stdout.trim()).split('\n')[0]?.slice(0, 200) ?? '';
        throw new errors/* OperationError */.OK(`${program} (from ${where}) failed for ${host} with exit code ${result.exitCode}${line ? `: ${line}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        // The output may hold a secret, so it is not quoted.
        throw new errors/* OperationError */.OK(`${program} (from ${where}) printed output for ${host} that is not JSON`);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Secret !== 'string' || typeof Username !== 'string') {
        throw new errors/* OperationError */.OK(`${program} (from ${where}) printed JSON for ${host} without string "Username" and "Secret"`);
    }
    if (Secret === '')
        return { kind: 'anonymous' };
    if (Username === '<token>')
        return { kind: 'identity-token', token: Secret };
    return { kind: 'basic', username: Username, password: Secret };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/oci/auth/challenge.ts
// WWW-Authenticate as RFC 9110 §11.6.1 writes it: one header may carry several
// challenges, each a scheme followed by either a token68 or comma-separated
// `name=value` parameters whose values may be quoted strings with escapes.
// Registries put commas inside quoted scopes (`scope="repository:a:pull,push"`),
// so splitting on commas is not enough.
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;
function parseChallenges(header) {
    const out = [];
    let pos = 0;
    const skipWs = () => {
        while (pos < header.length && (header[pos] === ' ' || header[pos] === '\t'))
            pos++;
    };
    const readToken = () => {
        const start = pos;
        while (pos < header.length && TOKEN_CHAR.test(header[pos]))
            pos++;
        return header.slice(start, pos);
    };
    const readQuoted = () => {
        pos++; // opening quote
        let value = '';
        while (pos < header.length && header[pos] !== '"') {
            if (header[pos] === '\\' && pos + 1 < header.length)
                pos++;
            value += header[pos];
            pos++;
        }
        pos++; // closing quote (or past the end of an unterminated string)
        return value;
    };
    while (pos < header.length) {
        while (pos < header.length && (header[pos] === ',' || header[pos] === ' ' || header[pos] === '\t'))
            pos++;
        const scheme = readToken();
        if (!scheme) {
            // Not a token where a scheme must start: skip the garbage up to the next comma.
            while (pos < header.length && header[pos] !== ',')
                pos++;
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        out.push(challenge);
        skipWs();
        const t68 = TOKEN68.exec(header.slice(pos));
        if (t68) {
            const after = pos + t68[0].length;
            let next = after;
            while (next < header.length && (header[next] === ' ' || header[next] === '\t'))
                next++;
            if (next >= header.length || header[next] === ',') {
                challenge.token68 = t68[0];
                pos = next;
                continue;
            }
        }
        for (;;) {
            skipWs();
            const save = pos;
            const name = readToken();
            if (!name)
                break;
            skipWs();
            if (header[pos] !== '=') {
                // A bare token after a comma starts the next challenge.
                pos = save;
                break;
            }
            pos++;
            skipWs();
            const value = header[pos] === '"' ? readQuoted() : readToken();
            challenge.params[name.toLowerCase()] = value;
            skipWs();
            if (header[pos] !== ',')
                break;
            pos++;
        }
    }
    return out;
}
/**
 * The challenge a registry client should answer: Bearer when offered (it is
 * what the distribution token spec expects), else Basic. Undefined when the
 * header offers neither, or a Bearer challenge lacks its realm.
 */
function selectAuthScheme(challenges) {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
        const { realm, service, scope } = bearer.params;
        return {
            kind: 'bearer',
            realm: realm,
            ...(service ? { service } : {}),
            scopes: scope ? scope.split(' ').filter(Boolean) : [],
        };
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (basic)
        return { kind: 'basic', ...(basic.params.realm ? { realm: basic.params.realm } : {}) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/oci/auth/authenticator.ts


/** Lifetime the token spec assumes when a token service omits `expires_in` (also its floor). */
const DEFAULT_TOKEN_SECONDS = 60;
/** Renew this long before expiry so a token does not lapse in flight. */
const EXPIRY_MARGIN_MS = 5_000;
const MAX_TOKEN_RESPONSE = 1024 * 1024;
function scopeKey(scopes) {
    return [...new Set(scopes)].sort().join(' ');
}
function describeScopes(scopes) {
    return scopes.length ? scopeKey(scopes) : 'registry access';
}
class Authenticator {
    options;
    scheme;
    /** True once the registry answered without asking for credentials. */
    open = false;
    credential;
    tokens = new Map();
    pending = new Map();
    now;
    /** Token-service requests made, for diagnostics and tests. */
    tokenRequests = 0;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    get registry() {
        return this.options.registry;
    }
    /** Whether the registry's auth scheme (or its absence) has been learned yet. */
    get known() {
        return this.open || this.scheme !== undefined;
    }
    /** The registry served a request without a challenge. */
    noteOpen() {
        if (!this.scheme)
            this.open = true;
    }
    /** Records the challenge of a 401 without authenticating (used by a ping). */
    learn(wwwAuthenticate) {
        const scheme = wwwAuthenticate ? selectAuthScheme(parseChallenges(wwwAuthenticate)) : undefined;
        if (!scheme) {
            throw new errors/* RegistryError */.gl(`401 Unauthorized from ${this.registry} without a Basic or Bearer WWW-Authenticate challenge${wwwAuthenticate ? ` (got "${wwwAuthenticate.slice(0, 200)}")` : ''}`, 401);
        }
        this.scheme = scheme;
        this.open = false;
    }
    /**
     * The Authorization header to send for `scopes` before any 401: a cached
     * token, Basic credentials, or a token fetched now because the registry is
     * known to use Bearer. Undefined while the scheme is unknown or anonymous.
     */
    async authorization(scopes) {
        const scheme = this.scheme;
        if (!scheme)
            return undefined;
        if (scheme.kind === 'basic')
            return this.basicHeader(scopes, false);
        const cached = this.tokens.get(scopeKey(scopes));
        if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > this.now())
            return cached.header;
        return (await this.token(scheme, scopes)).header;
    }
    /**
     * After a 401: forget what was sent for `scopes`, read the challenge, and
     * return a freshly obtained Authorization header.
     */
    async reauthenticate(wwwAuthenticate, scopes, sent) {
        this.learn(wwwAuthenticate);
        const scheme = this.scheme;
        // Concurrent first requests all get a 401; the first to get here fetches a
        // token. The others must use it, not throw it away and fetch it again: only
        // the header that was actually refused is forgotten.
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.header !== sent && cached.expiresAt - EXPIRY_MARGIN_MS > this.now())
            return cached.header;
        const inFlight = this.pending.get(key);
        if (inFlight && sent === undefined)
            return (await inFlight).header;
        this.tokens.delete(key);
        if (scheme.kind === 'basic') {
            const header = await this.basicHeader(scopes, true);
            return header;
        }
        return (await this.token(scheme, scopes)).header;
    }
    /** The error for a 401 that fresh credentials did not cure. */
    async rejected(scopes) {
        const cred = await this.credentialFor();
        const what = describeScopes(scopes);
        if (cred.kind === 'anonymous') {
            return new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${what}: anonymous access was refused; no credentials for ${this.registry} were found`, 401);
        }
        return new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${what}: credentials for ${this.registry} were rejected`, 401);
    }
    credentialFor() {
        this.credential ??= this.options.credentials.forRegistry(this.registry);
        const p = this.credential;
        p.catch(() => {
            if (this.credential === p)
                this.credential = undefined;
        });
        return p;
    }
    async basicHeader(scopes, required) {
        const cred = await this.credentialFor();
        if (cred.kind === 'basic') {
            return `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
        }
        if (cred.kind === 'registry-token')
            return `Bearer ${cred.token}`;
        if (!required)
            return undefined;
        if (cred.kind === 'anonymous')
            throw await this.rejected(scopes);
        throw new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${describeScopes(scopes)}: the registry asks for Basic credentials but only an identity token is configured for ${this.registry}`, 401);
    }
    token(scheme, scopes) {
        const key = scopeKey(scopes);
        let p = this.pending.get(key);
        if (!p) {
            p = this.fetchToken(scheme, scopes).finally(() => this.pending.delete(key));
            this.pending.set(key, p);
        }
        return p;
    }
    async fetchToken(scheme, scopes) {
        const cred = await this.credentialFor();
        if (cred.kind === 'registry-token') {
            const cached = { header: `Bearer ${cred.token}`, expiresAt: Number.POSITIVE_INFINITY };
            this.tokens.set(scopeKey(scopes), cached);
            return cached;
        }
        const allScopes = [...new Set([...scopes, ...scheme.scopes])].sort();
        let realm;
        try {
            realm = new URL(scheme.realm);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${this.registry} sent a Bearer challenge whose realm "${scheme.realm}" is not a URL`, 401);
        }
        const where = `token service ${realm.origin}${realm.pathname}`;
        let req;
        if (cred.kind === 'identity-token') {
            // OAuth2 refresh-token grant, as the Docker CLI does for identity tokens.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: cred.token,
                client_id: this.options.clientId ?? 'lading',
                ...(scheme.service ? { service: scheme.service } : {}),
            });
            if (allScopes.length)
                form.set('scope', allScopes.join(' '));
            req = {
                method: 'POST',
                url: realm.href,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString(), 'utf8'),
            };
        }
        else {
            const url = new URL(realm.href);
            if (scheme.service)
                url.searchParams.set('service', scheme.service);
            for (const s of allScopes)
                url.searchParams.append('scope', s);
            const headers = {};
            if (cred.kind === 'basic') {
                headers.authorization = `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
            }
            req = { method: 'GET', url: url.href, headers };
        }
        this.tokenRequests++;
        const started = this.now();
        const res = await this.options.fetchToken(req);
        const what = describeScopes(scopes);
        if (res.status === 401 || res.status === 403) {
            if (cred.kind === 'anonymous') {
                throw new errors/* AuthError */.lR(`${res.status} from ${where} for ${what}: anonymous access to ${this.registry} was refused; no credentials for ${this.registry} were found`, res.status);
            }
            throw new errors/* AuthError */.lR(`${res.status} Unauthorized from ${where} for ${what}: credentials for ${this.registry} were rejected`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* RegistryError */.gl(`${where} answered ${res.status} for ${what} (registry ${this.registry})`, res.status);
        }
        if (res.body.length > MAX_TOKEN_RESPONSE) {
            throw new errors/* RegistryError */.gl(`${where} sent a token response larger than 1 MiB for ${what}`, res.status);
        }
        let body;
        try {
            body = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new errors/* RegistryError */.gl(`${where} sent a token response that is not JSON for ${what}`, res.status);
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string' && body.access_token
                ? body.access_token
                : undefined;
        if (!token) {
            throw new errors/* RegistryError */.gl(`${where} sent a token response without "token" or "access_token" for ${what}`, res.status);
        }
        const seconds = typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
            ? Math.max(body.expires_in, DEFAULT_TOKEN_SECONDS)
            : DEFAULT_TOKEN_SECONDS;
        const cached = { header: `Bearer ${token}`, expiresAt: started + seconds * 1000 };
        this.tokens.set(scopeKey(scopes), cached);
        return cached;
    }
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
;// CONCATENATED MODULE: ./src/oci/http.ts





const RETRYABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
/** A server may close an idle kept-alive connection just as it is reused; those fail with these. */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ERROR_BODY_LIMIT = 64 * 1024;
/** Past this, discarding a body costs more than a new connection: the socket is dropped instead. */
const DUMP_LIMIT = 128 * 1024;
/** Per host, like a browser's order of magnitude; the copier moves a few blobs at once. */
const MAX_SOCKETS = 8;
/** Idle kept-alive sockets close after this (or earlier when the server's Keep-Alive hint says so). */
const IDLE_SOCKET_MS = 30_000;
/** Time to open a connection, TLS handshake included (undici's default, which this layer replaced). */
const CONNECT_MS = 10_000;
/** A response body (or request body) that moves no byte for this long is abandoned. */
const STALL_MS = 300_000;
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
}
function errorCode(err) {
    let e = err;
    for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
function isRetryableStatus(status) {
    // 501 and 505 say the server will never do it; retrying cannot help.
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
function flattenHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Distribution error codes from an error body, e.g. ["DENIED"]. */
function registryErrorCodes(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
        const codes = errors.map((e) => e.code).filter((c) => typeof c === 'string');
        const first = errors.find((e) => typeof e.message === 'string');
        return { codes, ...(first ? { message: String(first.message).slice(0, 200) } : {}) };
    }
    catch {
        return { codes: [] };
    }
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            throw new errors/* IntegrityError */.cs(`${what}: response body is larger than the limit of ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * Reads a body to its end so its connection can be reused; a body larger than
 * DUMP_LIMIT (or one that fails) is destroyed, which closes the connection.
 */
function discard(body) {
    if (body.readableEnded || body.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        let seen = 0;
        const done = () => {
            body.off('data', onData);
            body.off('end', done);
            body.off('close', done);
            body.off('error', done);
            resolve();
        };
        const onData = (chunk) => {
            seen += chunk.length;
            if (seen > DUMP_LIMIT)
                body.destroy();
        };
        body.on('data', onData);
        body.once('end', done);
        body.once('close', done);
        body.once('error', done);
        body.resume();
    });
}
function origin(url) {
    return new URL(url).origin;
}
const AGENT_OPTIONS = {
    keepAlive: true,
    maxSockets: MAX_SOCKETS,
    timeout: IDLE_SOCKET_MS,
    scheduling: 'lifo',
};
// node:https costs ~8 MiB of RSS and a few ms when it loads (TLS set-up): a
// plain-HTTP registry (loopback, a build's own) never needs it, so it loads at
// the first https:// request.
function https() {
    return process.getBuiltinModule('node:https');
}
function ownHttpsAgent(ca) {
    const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
    const { rootCertificates } = process.getBuiltinModule('node:tls');
    return new (https().Agent)({
        ...AGENT_OPTIONS,
        ...(extra.length ? { ca: [...rootCertificates, ...extra.map(String)] } : {}),
    });
}
class NodeHttpTransport {
    registry;
    baseUrl;
    authenticator;
    httpAgent;
    httpsAgent;
    ca;
    owned = [];
    sleep;
    now;
    random;
    deadlineMs;
    maxAttempts;
    baseDelayMs;
    maxDelayMs;
    maxRetryAfterMs;
    maxRedirects;
    userAgent;
    constructor(o) {
        this.registry = o.registry;
        const scheme = o.scheme ?? (0,reference/* defaultScheme */.j5)(o.registry, o.insecure);
        this.baseUrl = `${scheme}://${(0,reference/* registryApiHost */.Mb)(o.registry)}`;
        this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = o.now ?? Date.now;
        this.random = o.random ?? Math.random;
        this.deadlineMs = o.deadlineMs ?? 120_000;
        this.maxAttempts = Math.max(1, o.maxAttempts ?? 5);
        this.baseDelayMs = o.baseDelayMs ?? 250;
        this.maxDelayMs = o.maxDelayMs ?? 10_000;
        this.maxRetryAfterMs = o.maxRetryAfterMs ?? 30_000;
        this.maxRedirects = o.maxRedirects ?? 5;
        this.userAgent = o.userAgent ?? 'lading';
        this.ca = o.ca;
        this.httpAgent = o.agent?.http ?? new external_node_http_.Agent(AGENT_OPTIONS);
        if (!o.agent?.http)
            this.owned.push(this.httpAgent);
        this.httpsAgent = o.agent?.https;
        this.authenticator = new Authenticator({
            registry: o.registry,
            credentials: o.credentials ?? anonymous,
            fetchToken: (req) => this.fetchToken(req),
            now: this.now,
        });
    }
    resolve(url) {
        if (url.startsWith('/'))
            return this.baseUrl + url;
        return new URL(url).href;
    }
    async request(req) {
        const url = this.resolve(req.url);
        const toRegistry = origin(url) === origin(this.baseUrl);
        const streamed = req.body !== undefined && !Buffer.isBuffer(req.body);
        if (toRegistry && streamed && !this.authenticator.known)
            await this.ping();
        let authorization = toRegistry ? await this.authenticator.authorization(req.scopes) : undefined;
        let fresh = false;
        for (;;) {
            const res = await this.send(req, url, authorization);
            if (res.status !== 401 || !toRegistry) {
                if (toRegistry && res.status < 400 && authorization === undefined)
                    this.authenticator.noteOpen();
                return this.wrap(res, req.method);
            }
            await discard(res.body);
            if (fresh)
                throw await this.authenticator.rejected(req.scopes);
            authorization = await this.authenticator.reauthenticate(res.headers['www-authenticate'], req.scopes, authorization);
            fresh = true;
            if (streamed) {
                throw new errors/* OperationError */.OK(`${req.method} ${url}: 401 Unauthorized after the request body was streamed; it cannot be re-sent`);
            }
        }
    }
    async close() {
        for (const agent of this.owned)
            agent.destroy();
    }
    /** Learns the registry's auth scheme before a request whose body cannot be re-sent. */
    async ping() {
        const res = await this.send({ method: 'GET', url: '/v2/', scopes: [], idempotent: true }, `${this.baseUrl}/v2/`, undefined, false);
        await discard(res.body);
        if (res.status === 401)
            this.authenticator.learn(res.headers['www-authenticate']);
        else if (res.status < 400)
            this.authenticator.noteOpen();
    }
    wrap(res, method) {
        const what = `${method} ${res.url}`;
        return {
            status: res.status,
            headers: res.headers,
            body: res.body,
            bytes: (limit = Number.MAX_SAFE_INTEGER) => readLimited(res.body, limit, what),
            dump: () => discard(res.body),
        };
    }
    async fetchToken(req) {
        const res = await this.send({
            method: req.method,
            url: req.url,
            headers: req.headers,
            ...(req.body ? { body: req.body } : {}),
            scopes: [],
            idempotent: true,
        }, req.url, undefined, false);
        return { status: res.status, body: await readLimited(res.body, 1024 * 1024, `${req.method} ${res.url}`) };
    }
    /**
     * One logical request: attempts with backoff while the request may be
     * repeated, each attempt following redirects. 429/5xx that survive the
     * retries end as a RegistryError; other statuses are returned.
     */
    async send(req, url, authorization, throwOnRetryable = true) {
        const retryable = req.idempotent && (req.body === undefined || Buffer.isBuffer(req.body));
        const limit = retryable ? this.maxAttempts : 1;
        const deadline = this.now() + this.deadlineMs;
        let attempt = 0;
        let last = '';
        for (;;) {
            attempt++;
            let delay;
            let failure;
            try {
                // A floor keeps a nearly spent deadline from timing out a healthy server mid-answer.
                const res = await this.follow(req, url, authorization, Math.max(5_000, deadline - this.now()));
                if (!isRetryableStatus(res.status))
                    return res;
                failure = { status: res.status, res };
                last = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
                delay = retryAfterMs(res.headers['retry-after'], this.now());
                if (delay !== undefined)
                    delay = Math.min(delay, this.maxRetryAfterMs);
            }
            catch (err) {
                const code = errorCode(err);
                const connectionError = code !== undefined && (RETRYABLE_CODES.has(code) || (code === 'ECONNREFUSED' && attempt > 1));
                if (!connectionError || !retryable) {
                    if (err instanceof errors/* OperationError */.OK)
                        throw err;
                    throw new errors/* OperationError */.OK(`${req.method} ${url}: ${code ? `${code} ` : ''}${err.message} (attempt ${attempt})`, { cause: err });
                }
                failure = { err };
                last = `${code}${err.message ? ` (${err.message})` : ''}`;
            }
            delay ??= this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
            const outOfTime = this.now() + delay >= deadline;
            if (attempt >= limit || outOfTime) {
                const why = !retryable
                    ? `not retried: ${req.body !== undefined && !Buffer.isBuffer(req.body) ? 'the body is a stream' : `${req.method} is not idempotent here`}`
                    : outOfTime && attempt < limit
                        ? `the ${Math.round(this.deadlineMs / 1000)} s deadline does not allow another`
                        : `attempt limit ${limit}`;
                const message = `${req.method} ${url}: gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${why}): last ${last}`;
                if (failure.res) {
                    if (!throwOnRetryable)
                        return failure.res;
                    const body = await readLimited(failure.res.body, ERROR_BODY_LIMIT, message).catch(() => Buffer.alloc(0));
                    const { codes, message: said } = registryErrorCodes(body);
                    throw new errors/* RegistryError */.gl(`${message}${codes.length ? ` [${codes.join(', ')}${said ? `: ${said}` : ''}]` : ''}`, failure.status, codes);
                }
                throw new errors/* OperationError */.OK(message, { cause: failure.err });
            }
            if (failure.res)
                await discard(failure.res.body);
            await this.sleep(delay);
        }
    }
    /** One attempt, following GET/HEAD redirects without carrying credentials to another origin. */
    async follow(req, url, authorization, headersTimeout) {
        let current = url;
        const firstOrigin = origin(url);
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.userAgent, ...req.headers };
            if (authorization && origin(current) === firstOrigin)
                headers.authorization = authorization;
            const method = hop === 0 ? req.method : req.method === 'HEAD' ? 'HEAD' : 'GET';
            const body = hop === 0 ? req.body : undefined;
            const out = await this.exchange(current, method, headers, body, headersTimeout);
            const canFollow = req.method === 'GET' || req.method === 'HEAD';
            if (!canFollow || !REDIRECTS.has(out.status) || !out.headers.location)
                return out;
            if (hop >= this.maxRedirects) {
                await discard(out.body);
                throw new errors/* OperationError */.OK(`${req.method} ${url}: more than ${this.maxRedirects} redirects`);
            }
            await discard(out.body);
            current = new URL(out.headers.location, current).href;
        }
    }
    /**
     * One request on the wire. A request that dies on a reused keep-alive
     * connection before any answer is sent once more on a new one when its body
     * can be re-sent: the server closed an idle connection, it never saw the
     * request, so this is not a retry in the backoff sense.
     */
    async exchange(url, method, headers, body, headersTimeout) {
        try {
            return await this.once(url, method, headers, body, headersTimeout);
        }
        catch (err) {
            const stale = err.reusedSocket === true;
            const code = errorCode(err);
            if (!stale || code === undefined || !STALE_SOCKET_CODES.has(code))
                throw err;
            if (body !== undefined && !Buffer.isBuffer(body))
                throw err;
            return this.once(url, method, headers, body, headersTimeout);
        }
    }
    tlsAgent() {
        if (!this.httpsAgent) {
            this.httpsAgent = ownHttpsAgent(this.ca);
            this.owned.push(this.httpsAgent);
        }
        return this.httpsAgent;
    }
    once(url, method, headers, body, headersTimeout) {
        const target = new URL(url);
        const tls = target.protocol === 'https:';
        const send = tls ? https().request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            let settled = false;
            let headersTimer;
            const cr = send(target, {
                method,
                headers,
                agent: tls ? this.tlsAgent() : this.httpAgent,
                // Idle time on the socket while this request owns it: a stalled body.
                timeout: STALL_MS,
            });
            const fail = (err) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(headersTimer);
                if (cr.reusedSocket)
                    Object.assign(err, { reusedSocket: true });
                cr.destroy();
                reject(err);
            };
            // After the response is handed over, errors reach the caller through the body stream.
            cr.on('error', fail);
            cr.on('socket', (socket) => {
                // A kept-alive socket is already open; a new one gets a bounded time to connect.
                if (!socket.connecting)
                    return;
                const connectTimer = setTimeout(() => cr.destroy(new TimeoutError(`no connection within ${CONNECT_MS / 1000} s`)), CONNECT_MS);
                const ready = () => clearTimeout(connectTimer);
                socket.once(tls ? 'secureConnect' : 'connect', ready);
                socket.once('close', ready);
            });
            cr.on('timeout', () => cr.destroy(new TimeoutError(`no data moved for ${Math.round(STALL_MS / 1000)} s`)));
            cr.on('response', (res) => {
                if (settled) {
                    res.destroy();
                    return;
                }
                settled = true;
                clearTimeout(headersTimer);
                resolve({
                    status: res.statusCode ?? 0,
                    statusText: res.statusMessage ?? '',
                    headers: flattenHeaders(res.headers),
                    body: res,
                    url,
                });
            });
            // The wait for an answer starts once the request is sent, so a long upload is not cut short.
            cr.on('finish', () => {
                if (settled)
                    return;
                headersTimer = setTimeout(() => cr.destroy(new TimeoutError(`no response headers within ${Math.round(headersTimeout / 1000)} s`)), headersTimeout);
            });
            if (body === undefined || Buffer.isBuffer(body)) {
                cr.end(body);
                return;
            }
            // pipe() honours backpressure; a failing body (a digest mismatch) aborts the
            // request so the server never sees a complete upload.
            // A body that failed before we got here has already emitted its error.
            if (body.errored) {
                cr.destroy(body.errored);
                return;
            }
            body.once('error', (err) => cr.destroy(err));
            body.pipe(cr);
        });
    }
}
function createTransport(options) {
    return new NodeHttpTransport(options);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/manifest.ts
var oci_manifest = __webpack_require__(32060);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/oci/referrers.ts
var referrers = __webpack_require__(50961);
;// CONCATENATED MODULE: ./src/oci/registry.ts







const registry_ERROR_BODY_LIMIT = 64 * 1024;
const MIN_SETTLE_MS = 25;
/**
 * Manifests read by digest are kept, as their verified bytes, up to this many
 * bytes: a run reads the same ones again (a referrer's manifest to learn its
 * artifactType, then to read it; a release's root in each stage), and content
 * addressed by digest cannot go stale.
 */
const KEPT_MANIFEST_BYTES = 1024 * 1024;
/**
 * A repository in an OCI distribution registry, as a Store.
 *
 * Everything read is checked against its digest before it is returned; every
 * manifest pushed is checked against the digest the registry reports. Referrers
 * use the OCI 1.1 API where the registry has it and the `sha256-<hex>` fallback
 * tag otherwise, for reads and writes alike.
 */
class RegistryStore {
    transport;
    repository;
    name;
    chunkSize;
    fallbackRetries;
    fallbackSettleMs;
    referrersApi;
    kept = new Map();
    keptBytes = 0;
    constructor(transport, repository, options = {}) {
        this.transport = transport;
        this.repository = repository;
        this.name = `${transport.registry}/${repository}`;
        this.chunkSize = options.chunkSize;
        this.fallbackRetries = options.fallbackRetries ?? 5;
        this.fallbackSettleMs = options.fallbackSettleMs ?? 400;
        this.referrersApi = options.referrersApi;
    }
    get registry() {
        return this.transport.registry;
    }
    get pull() {
        return [`repository:${this.repository}:pull`];
    }
    get push() {
        return [`repository:${this.repository}:pull,push`];
    }
    path(kind, rest) {
        return `/v2/${this.repository}/${kind}/${rest}`;
    }
    send(req) {
        return this.transport.request(req);
    }
    async resolve(reference) {
        const where = (0,oci_digest/* isDigest */.Bc)(reference) ? `${this.name}@${reference}` : `${this.name}:${reference}`;
        const res = await this.send({
            method: 'HEAD',
            url: this.path('manifests', reference),
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `resolving ${where}`);
        await res.dump();
        const digest = res.headers['docker-content-digest'];
        const mediaType = stripParams(res.headers['content-type']);
        const size = Number(res.headers['content-length']);
        if (digest && (0,oci_digest/* isDigest */.Bc)(digest) && mediaType && Number.isSafeInteger(size) && size > 0) {
            if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== digest) {
                throw new errors/* IntegrityError */.cs(`${where}: registry answered for digest ${digest}`);
            }
            return { mediaType, digest, size };
        }
        // Some registries omit the digest on HEAD: read the manifest and hash it ourselves.
        const fetched = await this.getManifest(reference, (0,oci_digest/* isDigest */.Bc)(reference) ? reference : undefined);
        return fetched.descriptor;
    }
    async fetchManifest(descriptor) {
        const kept = this.kept.get(descriptor.digest);
        if (kept) {
            // Parsed afresh, from a copy: a caller that changes what it got cannot change what the next one gets.
            const bytes = Buffer.from(kept.bytes);
            const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, {
                mediaType: kept.mediaType,
                where: `${this.name}@${descriptor.digest}`,
            });
            return {
                descriptor: { mediaType: manifest.mediaType, digest: descriptor.digest, size: bytes.length },
                bytes,
                manifest,
            };
        }
        const fetched = await this.getManifest(descriptor.digest, descriptor.digest, descriptor.size);
        this.keep(fetched);
        return fetched;
    }
    keep({ descriptor, bytes }) {
        if (bytes.length > KEPT_MANIFEST_BYTES / 16 || this.kept.has(descriptor.digest))
            return;
        // The media type the first parse settled stands in for the response's Content-Type.
        this.kept.set(descriptor.digest, { bytes: Buffer.from(bytes), mediaType: descriptor.mediaType });
        this.keptBytes += bytes.length;
        for (const [digest, old] of this.kept) {
            if (this.keptBytes <= KEPT_MANIFEST_BYTES)
                break;
            this.kept.delete(digest);
            this.keptBytes -= old.bytes.length;
        }
    }
    async getManifest(reference, expected, size) {
        const where = expected ? `${this.name}@${expected}` : `${this.name}:${reference}`;
        if (size !== undefined && size > oci_manifest/* MANIFEST_MAX_BYTES */.V4) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${size} bytes is over the ${oci_manifest/* MANIFEST_MAX_BYTES */.V4}-byte limit`);
        }
        const res = await this.send({
            method: 'GET',
            url: this.path('manifests', reference),
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading manifest ${where}`);
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > oci_manifest/* MANIFEST_MAX_BYTES */.V4) {
            await res.dump();
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${declared} bytes is over the ${oci_manifest/* MANIFEST_MAX_BYTES */.V4}-byte limit`);
        }
        const bytes = await res.bytes(oci_manifest/* MANIFEST_MAX_BYTES */.V4 + 1);
        if (bytes.length > oci_manifest/* MANIFEST_MAX_BYTES */.V4) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest is over the ${oci_manifest/* MANIFEST_MAX_BYTES */.V4}-byte limit`);
        }
        const headerDigest = res.headers['docker-content-digest'];
        const want = expected ?? (headerDigest && (0,oci_digest/* isDigest */.Bc)(headerDigest) ? headerDigest : undefined);
        const actual = (0,oci_digest/* digestOf */.ol)(bytes, want ? (0,oci_digest/* algorithmOf */.Hy)(want) : 'sha256');
        if (want && actual !== want) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest does not match digest ${want} (got ${actual})`);
        }
        const contentType = stripParams(res.headers['content-type']);
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, { mediaType: contentType, where: `${this.name}@${actual}` });
        return {
            descriptor: { mediaType: manifest.mediaType, digest: actual, size: bytes.length },
            bytes,
            manifest,
        };
    }
    async fetchBlob(descriptor) {
        const where = `${this.name}@${descriptor.digest}`;
        const res = await this.send({
            method: 'GET',
            url: this.path('blobs', descriptor.digest),
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: blob not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading blob ${where}`);
        const verifier = new oci_digest/* VerifyingReader */.pL(res.body, descriptor.digest, descriptor.size, `blob ${where}`, (err) => new errors/* OperationError */.OK(`${where}: blob download failed after a partial read: ${err?.message ?? 'the connection closed early'}`, { cause: err }));
        // The body flows before the caller attaches its reader (a layout first
        // checks and makes directories). An error in that gap must not become an
        // uncaught exception; pipeline() and for-await still get it from the
        // destroyed stream.
        verifier.on('error', () => { });
        return verifier;
    }
    async hasBlob(descriptor) {
        return this.exists(this.path('blobs', descriptor.digest), this.push, `blob ${this.name}@${descriptor.digest}`);
    }
    async hasManifest(descriptor) {
        return this.exists(this.path('manifests', descriptor.digest), this.pull, `manifest ${this.name}@${descriptor.digest}`);
    }
    async exists(url, scopes, what) {
        const res = await this.send({
            method: 'HEAD',
            url,
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes,
            idempotent: true,
        });
        await res.dump();
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw await this.failure(res, `checking ${what}`);
    }
    async mountBlob(descriptor, fromRepository) {
        const from = encodeURIComponent(fromRepository);
        const res = await this.send({
            method: 'POST',
            url: `${this.path('blobs', 'uploads/')}?mount=${descriptor.digest}&from=${from}`,
            scopes: [...this.push, `repository:${fromRepository}:pull`],
            idempotent: false,
        });
        await res.dump();
        if (res.status === 201)
            return true;
        if (res.status === 202) {
            // The registry opened an upload session instead; close it so it does not linger.
            await this.cancelUpload(res.headers.location);
            return false;
        }
        throw await this.failure(res, `mounting ${descriptor.digest} from ${fromRepository} into ${this.name}`);
    }
    async pushBlob(descriptor, content) {
        // Whether the blob is already there is the caller's question (the copier asks
        // before it even opens the source); asking again here would double the HEADs.
        const where = `${this.name}@${descriptor.digest}`;
        if (Buffer.isBuffer(content)) {
            if (content.length !== descriptor.size ||
                (0,oci_digest/* digestOf */.ol)(content, (0,oci_digest/* algorithmOf */.Hy)(descriptor.digest)) !== descriptor.digest) {
                throw new errors/* IntegrityError */.cs(`blob ${where}: content does not match its descriptor`);
            }
            const location = await this.startUpload();
            await this.finishUpload(location, descriptor, content);
            return;
        }
        if (this.chunkSize)
            await this.pushChunked(descriptor, content, where, this.chunkSize);
        else
            await this.pushStreamed(descriptor, content, where);
    }
    /**
     * One streamed PUT that completes the upload: no buffering, so memory stays
     * flat whatever the blob's size. The bytes are checked on the way (unless the
     * stream already is a verifier for this digest) and a mismatch aborts the
     * request before the registry can commit it.
     */
    async pushStreamed(descriptor, content, where) {
        const location = await this.startUpload();
        let body = content;
        if (!(0,oci_digest/* isVerifiedStream */.fN)(content, descriptor.digest)) {
            const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, descriptor.size, `blob ${where}`);
            content.on('error', (err) => verifier.destroy(err));
            body = content.pipe(verifier);
        }
        try {
            // The source may have failed while the upload was being opened; its
            // 'error' event is gone by now, so a body piped from it would never end.
            if (body.errored || content.errored)
                throw body.errored ?? content.errored;
            if (body.destroyed)
                throw new errors/* OperationError */.OK(`blob ${where}: the source stream was closed before the upload`);
            const res = await this.send({
                method: 'PUT',
                url: withQuery(location, 'digest', descriptor.digest),
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
                body,
                scopes: this.push,
                idempotent: false,
            });
            await res.dump();
            if (res.status !== 201)
                throw await this.failure(res, `uploading blob ${where}`);
        }
        catch (err) {
            content.destroy();
            await this.cancelUpload(location).catch(() => { });
            throw err;
        }
    }
    async startUpload() {
        const res = await this.send({
            method: 'POST',
            url: this.path('blobs', 'uploads/'),
            scopes: this.push,
            idempotent: false,
        });
        await res.dump();
        if (res.status !== 202 || !res.headers.location) {
            throw await this.failure(res, `starting an upload to ${this.name}`);
        }
        return res.headers.location;
    }
    async finishUpload(location, descriptor, body) {
        const res = await this.send({
            method: 'PUT',
            url: withQuery(location, 'digest', descriptor.digest),
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(body?.length ?? 0),
            },
            body: body ?? Buffer.alloc(0),
            scopes: this.push,
            // A PUT that completes an upload by digest is safe to repeat: the result is the same blob.
            idempotent: true,
        });
        await res.dump();
        if (res.status !== 201)
            throw await this.failure(res, `completing upload of ${this.name}@${descriptor.digest}`);
    }
    /**
     * Streams a blob in PATCH chunks. Each chunk is a Buffer, so the HTTP layer
     * may retry it; the stream is hashed on the way and the upload is cancelled,
     * never completed, when the content does not match the descriptor.
     */
    async pushChunked(descriptor, content, where, chunkSize) {
        const hash = (0,external_node_crypto_.createHash)((0,oci_digest/* algorithmOf */.Hy)(descriptor.digest));
        let location = await this.startUpload();
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        const flush = async () => {
            if (pendingBytes === 0)
                return;
            const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
            pending = [];
            pendingBytes = 0;
            location = await this.patchChunk(location, chunk, offset, where);
            offset += chunk.length;
        };
        try {
            for await (const piece of content) {
                const buf = piece;
                hash.update(buf);
                pending.push(buf);
                pendingBytes += buf.length;
                if (offset + pendingBytes > descriptor.size) {
                    throw new errors/* IntegrityError */.cs(`blob ${where}: content is larger than its declared ${descriptor.size} bytes`);
                }
                if (pendingBytes >= chunkSize)
                    await flush();
            }
            const actual = `${(0,oci_digest/* algorithmOf */.Hy)(descriptor.digest)}:${hash.digest('hex')}`;
            if (offset + pendingBytes !== descriptor.size || actual !== descriptor.digest) {
                throw new errors/* IntegrityError */.cs(`blob ${where}: content does not match its descriptor (got ${actual})`);
            }
            if (offset === 0) {
                // Small enough for one request: send it with the closing PUT.
                const body = pendingBytes ? Buffer.concat(pending, pendingBytes) : Buffer.alloc(0);
                await this.finishUpload(location, descriptor, body);
                return;
            }
            await flush();
            await this.finishUpload(location, descriptor);
        }
        catch (err) {
            content.destroy();
            await this.cancelUpload(location).catch(() => { });
            throw err;
        }
    }
    async patchChunk(location, chunk, offset, where) {
        const res = await this.send({
            method: 'PATCH',
            url: location,
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(chunk.length),
                'content-range': `${offset}-${offset + chunk.length - 1}`,
            },
            body: chunk,
            scopes: this.push,
            // Not safe to repeat blindly: a retried PATCH after a lost answer would
            // append twice. A failure ends the upload; the caller cancels it.
            idempotent: false,
        });
        await res.dump();
        if (res.status !== 202 || !res.headers.location) {
            throw await this.failure(res, `uploading blob ${where} at offset ${offset}`);
        }
        return res.headers.location;
    }
    async cancelUpload(location) {
        if (!location)
            return;
        const res = await this.send({ method: 'DELETE', url: location, scopes: this.push, idempotent: true });
        await res.dump();
    }
    async pushManifest(bytes, mediaType, tag) {
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, { mediaType, where: `manifest for ${this.name}` });
        const digest = (0,oci_digest/* digestOf */.ol)(bytes);
        const reference = tag ?? digest;
        // Whether the registry has the referrers API is asked while the manifest
        // goes up, not after: one round trip fewer when the answer lacks OCI-Subject.
        const probe = manifest.subject && this.referrersApi === undefined
            ? this.probeReferrersApi(manifest.subject.digest)
            : undefined;
        probe?.catch(() => { });
        const res = await this.send({
            method: 'PUT',
            url: this.path('manifests', reference),
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
            scopes: this.push,
            idempotent: true,
        });
        await res.dump();
        if (res.status !== 201 && res.status !== 200) {
            throw await this.failure(res, `pushing manifest ${this.name}${tag ? `:${tag}` : `@${digest}`}`);
        }
        const reported = res.headers['docker-content-digest'];
        if (reported && reported !== digest) {
            throw new errors/* IntegrityError */.cs(`${this.name}: registry stored the manifest as ${reported}, expected ${digest}`);
        }
        const descriptor = { mediaType, digest, size: bytes.length };
        if (manifest.subject) {
            if (res.headers['oci-subject']) {
                this.referrersApi = true;
            }
            else {
                this.referrersApi ??= await (probe ?? this.probeReferrersApi(manifest.subject.digest));
                if (!this.referrersApi) {
                    await this.addToFallbackIndex(manifest.subject.digest, (0,referrers/* referrerDescriptor */.xh)(descriptor, manifest));
                }
            }
        }
        return descriptor;
    }
    /** Asks for the referrers of `subject`: a registry with the API answers 200 with an index even for unknown subjects. */
    async probeReferrersApi(subject) {
        const res = await this.send({
            method: 'GET',
            url: this.path('referrers', subject),
            headers: { accept: mediatype/* MediaType */.zu.ociIndex },
            scopes: this.pull,
            idempotent: true,
        });
        await res.dump();
        return res.status === 200 && stripParams(res.headers['content-type']) === mediatype/* MediaType */.zu.ociIndex;
    }
    /**
     * Read-modify-write of the `sha256-<hex>` index. Distribution has no
     * compare-and-swap on tags, so after writing we read the tag back: if another
     * client's write replaced ours in the meantime, our entry is missing and we
     * merge again from what is there now, keeping everything both clients wrote.
     */
    async addToFallbackIndex(subject, entry) {
        const tag = (0,referrers/* fallbackTag */.fH)(subject);
        for (let attempt = 0; attempt <= this.fallbackRetries; attempt++) {
            const started = performance.now();
            const current = await this.readFallbackIndex(subject);
            const merged = (0,referrers/* mergeReferrer */.IB)(current, entry);
            if (merged) {
                const bytes = Buffer.from(JSON.stringify(merged));
                const res = await this.send({
                    method: 'PUT',
                    url: this.path('manifests', tag),
                    headers: { 'content-type': mediatype/* MediaType */.zu.ociIndex, 'content-length': String(bytes.length) },
                    body: bytes,
                    scopes: this.push,
                    idempotent: true,
                });
                await res.dump();
                if (res.status !== 201 && res.status !== 200) {
                    throw await this.failure(res, `updating referrers index ${this.name}:${tag}`);
                }
            }
            // A writer that read the index before our PUT may still be about to
            // replace it with a copy that lacks our entry. Its PUT follows its read
            // within about one read-merge-write cycle like the one just timed (the
            // read-back below is not part of it), so a second look after twice that
            // (at least MIN_SETTLE_MS, at most fallbackSettleMs) catches it without a
            // fixed pause on fast registries. The look only reads, so unlike the
            // backoff below it needs no jitter.
            const cycle = performance.now() - started;
            const after = await this.readFallbackIndex(subject);
            const window = Math.min(this.fallbackSettleMs, Math.max(MIN_SETTLE_MS, 2 * cycle));
            if (after?.manifests.some((d) => d.digest === entry.digest)) {
                await (0,external_node_timers_promises_.setTimeout)(window);
                const settled = await this.readFallbackIndex(subject);
                if (settled?.manifests.some((d) => d.digest === entry.digest))
                    return;
            }
            // Lost a race: back off a random, growing share of the window so that
            // writers which collided once do not collide again in lockstep.
            await (0,external_node_timers_promises_.setTimeout)(window * 2 ** attempt * Math.random());
        }
        throw new errors/* OperationError */.OK(`${this.name}:${tag}: referrers index kept changing under concurrent writers; gave up after ${this.fallbackRetries + 1} attempts`);
    }
    async readFallbackIndex(subject) {
        try {
            const fetched = await this.getManifest((0,referrers/* fallbackTag */.fH)(subject));
            if (!('manifests' in fetched.manifest)) {
                throw new errors/* IntegrityError */.cs(`${this.name}:${(0,referrers/* fallbackTag */.fH)(subject)}: referrers tag is not an index`);
            }
            return fetched.manifest;
        }
        catch (err) {
            if (err instanceof errors/* NotFoundError */.m_)
                return undefined;
            throw err;
        }
    }
    async referrers(subject, options = {}) {
        let found;
        if (this.referrersApi !== false)
            found = await this.referrersFromApi(subject);
        if (found === undefined) {
            this.referrersApi = false;
            found = (await this.readFallbackIndex(subject))?.manifests ?? [];
        }
        const typed = await (0,referrers/* resolveArtifactTypes */.On)(found, (d) => this.fetchManifest(d));
        return options.artifactType ? typed.filter((d) => d.artifactType === options.artifactType) : typed;
    }
    /** All pages of the referrers API, or undefined when the registry does not have it. */
    async referrersFromApi(subject) {
        const out = [];
        let url = this.path('referrers', subject);
        const seen = new Set();
        while (url) {
            if (seen.has(url))
                throw new errors/* IntegrityError */.cs(`${this.name}: referrers pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({
                method: 'GET',
                url,
                headers: { accept: mediatype/* MediaType */.zu.ociIndex },
                scopes: this.pull,
                idempotent: true,
            });
            if (res.status === 404 && out.length === 0) {
                await res.dump();
                return undefined;
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing referrers of ${this.name}@${subject}`);
            if (stripParams(res.headers['content-type']) !== mediatype/* MediaType */.zu.ociIndex && out.length === 0) {
                await res.dump();
                return undefined;
            }
            const bytes = await res.bytes(oci_manifest/* MANIFEST_MAX_BYTES */.V4 + 1);
            const page = (0,oci_manifest/* parseManifest */.Ng)(bytes, {
                mediaType: mediatype/* MediaType */.zu.ociIndex,
                where: `referrers of ${this.name}@${subject}`,
            });
            if (!('manifests' in page))
                throw new errors/* IntegrityError */.cs(`${this.name}: referrers answer is not an index`);
            out.push(...page.manifests);
            url = nextLink(res.headers.link);
        }
        this.referrersApi = true;
        return out;
    }
    /**
     * Every tag, page by page. Pages follow the `Link` header; a registry that
     * honours `n` but sends no Link (go-containerregistry) is asked again from
     * the last tag while full pages keep bringing new tags.
     */
    async listTags(options = {}) {
        const pageSize = options.pageSize ?? 1000;
        const base = this.path('tags', 'list');
        const tags = [];
        const known = new Set();
        let url = `${base}?n=${pageSize}`;
        const seen = new Set();
        while (url) {
            if (seen.has(url))
                throw new errors/* IntegrityError */.cs(`${this.name}: tag list pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({ method: 'GET', url, scopes: this.pull, idempotent: true });
            if (res.status === 404) {
                await res.dump();
                throw new errors/* NotFoundError */.m_(`${this.name}: repository not found`);
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing tags of ${this.name}`);
            const body = (await res.bytes(oci_manifest/* MANIFEST_MAX_BYTES */.V4)).toString('utf8');
            let page;
            try {
                page = JSON.parse(body);
            }
            catch {
                throw new errors/* IntegrityError */.cs(`${this.name}: tag list is not JSON`);
            }
            let added = 0;
            let last;
            if (page.tags !== null && page.tags !== undefined) {
                if (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')) {
                    throw new errors/* IntegrityError */.cs(`${this.name}: tag list has a "tags" field that is not a list of strings`);
                }
                for (const t of page.tags) {
                    last = t;
                    if (known.has(t))
                        continue;
                    known.add(t);
                    tags.push(t);
                    added++;
                }
            }
            url = nextLink(res.headers.link);
            if (!url && last !== undefined && added > 0 && page.tags.length === pageSize) {
                url = `${base}?n=${pageSize}&last=${encodeURIComponent(last)}`;
            }
        }
        return tags;
    }
    async deleteManifest(digest) {
        const res = await this.send({
            method: 'DELETE',
            url: this.path('manifests', digest),
            scopes: [`repository:${this.repository}:delete`, ...this.push],
            idempotent: true,
        });
        if (res.status === 202 || res.status === 200) {
            await res.dump();
            return;
        }
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${this.name}@${digest}: manifest not found`);
        }
        throw await this.failure(res, `deleting ${this.name}@${digest}`);
    }
    /** Turns an error answer into a typed error carrying the registry's own codes and messages. */
    async failure(res, doing) {
        let detail = '';
        const codes = [];
        try {
            const text = (await res.bytes(registry_ERROR_BODY_LIMIT)).toString('utf8');
            const parsed = JSON.parse(text);
            for (const e of parsed.errors ?? []) {
                if (e.code)
                    codes.push(e.code);
                if (e.message)
                    detail += `${detail ? '; ' : ''}${e.code ? `${e.code}: ` : ''}${e.message}`;
            }
        }
        catch {
            // Not a distribution error body (a proxy's HTML page, an empty HEAD answer): the status says enough.
        }
        const message = `${doing}: ${res.status} from ${this.transport.registry}${detail ? ` (${oneLine(detail)})` : ''}`;
        if (res.status === 401 || res.status === 403)
            return new errors/* AuthError */.lR(message, res.status, codes);
        if (res.status === 405 && codes.includes('UNSUPPORTED')) {
            return new errors/* RegistryError */.gl(`${message}: the registry does not allow this operation`, res.status, codes);
        }
        return new errors/* RegistryError */.gl(message, res.status, codes);
    }
}
function stripParams(contentType) {
    return contentType?.split(';')[0]?.trim() || undefined;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').slice(0, 300);
}
function withQuery(location, key, value) {
    return `${location}${location.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}
/** The `rel="next"` target of an RFC 8288 Link header, as distribution and the referrers API send it. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m && /\brel="?next"?/.test(m[2] ?? ''))
            return m[1];
    }
    return undefined;
}


// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
;// CONCATENATED MODULE: ./src/oci/opener.ts







/**
 * Opens any SOURCE scheme of DESIGN.md for reading, or as a destination for
 * writing. The layout and archive stores load only for their schemes: a
 * registry command (sign, verify, attest) never needs them or tar-stream.
 */
async function openLocation(text, mode, access) {
    const source = await (0,oci_source/* detectSource */.PM)(text);
    const local = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(access.cwd, p));
    const noop = async () => { };
    switch (source.kind) {
        case 'registry': {
            const ref = source.reference;
            const credentials = dockerCredentials({
                ...(access.credentials ? { explicit: { [ref.registry]: access.credentials } } : {}),
                ...(access.dockerConfigDir ? { configPath: (0,external_node_path_.resolve)(access.dockerConfigDir, 'config.json') } : {}),
            });
            const transport = createTransport({
                registry: ref.registry,
                insecure: access.insecureRegistries ?? [],
                credentials,
                userAgent: access.userAgent,
            });
            return {
                store: new RegistryStore(transport, ref.repository),
                reference: ref.digest ?? ref.tag ?? (mode === 'read' ? 'latest' : ''),
                display: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository }),
                needsTag: false,
                commit: noop,
                close: () => transport.close(),
            };
        }
        case 'oci-dir': {
            const dir = local(source.path);
            const { LayoutStore } = await __webpack_require__.e(/* import() */ 201).then(__webpack_require__.bind(__webpack_require__, 62201));
            const store = await LayoutStore.open(dir, { create: mode === 'write', name: `oci-dir:${source.path}` });
            return {
                store,
                reference: source.digest ?? source.tag ?? '',
                display: `oci-dir:${source.path}`,
                needsTag: true,
                commit: noop,
                close: noop,
            };
        }
        case 'oci-archive': {
            const file = local(source.path);
            const { OciArchiveStore } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(201), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 83863));
            const store = mode === 'write' ? await OciArchiveStore.create(file) : await OciArchiveStore.open(file);
            return archiveLocation(store, `oci-archive:${source.path}`, source.digest ?? source.tag ?? '');
        }
        case 'docker-archive': {
            if (mode === 'write') {
                throw new errors/* InputError */.dz(`${text}: writing docker-archive is not supported; use oci-archive: or oci-dir:`);
            }
            const { DockerArchiveStore } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(201), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 83863));
            const store = await DockerArchiveStore.open(local(source.path));
            return archiveLocation(store, `docker-archive:${source.path}`, source.reference ? (0,reference/* formatReference */.FH)(source.reference) : '');
        }
        case 'dir':
            throw new errors/* InputError */.dz(`${text}: a directory of files is not an image; use oci-dir: for an OCI layout, or \`lading build\` to make one`);
    }
}
function archiveLocation(store, display, reference) {
    return {
        store,
        reference,
        display,
        needsTag: true,
        commit: async () => { },
        close: () => store.close(),
    };
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   j5: () => (/* binding */ defaultScheme)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DEFAULT_TAG, NAME_MAX, hostOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DEFAULT_TAG = 'latest';
/** distribution's NameTotalLengthMax, applied to registry + "/" + repository. */
const NAME_MAX = 255;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${HOST}(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const HEX64_RE = /^[a-f0-9]{64}$/;
function fail(ref, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${ref}": ${what}`);
}
function parseReference(input, options = {}) {
    const ref = input;
    if (ref === '')
        fail(ref, 'is empty');
    if (/\s/.test(ref))
        fail(ref, 'contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (d.includes('@'))
            fail(ref, 'has more than one "@"');
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d))
            fail(ref, `digest "${d}" is not sha256:<64 hex> or sha512:<128 hex> in lower case`);
        digest = d;
    }
    // A tag is what follows the last ":" after the last "/"; a ":" before that is a port.
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag)) {
            fail(ref, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (at most 128 characters)`);
        }
    }
    if (rest === '')
        fail(ref, 'has no repository name');
    let registry;
    let repository;
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!DOMAIN_RE.test(registry))
            fail(ref, `registry "${registry}" is not a valid host[:port]`);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    if (repository === '')
        fail(ref, 'has no repository name after the registry');
    for (const component of repository.split('/')) {
        if (component === '')
            fail(ref, 'repository has an empty path component ("//" or a trailing "/")');
        if (!PATH_COMPONENT_RE.test(component)) {
            if (component.toLowerCase() !== component && PATH_COMPONENT_RE.test(component.toLowerCase())) {
                fail(ref, `repository name must be lowercase ("${component}")`);
            }
            fail(ref, `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or "-"`);
        }
    }
    if (registry === DOCKER_HUB && HEX64_RE.test(rest)) {
        fail(ref, 'a 64-character hex string is an image ID, not a repository name');
    }
    const name = `${registry}/${repository}`;
    if (name.length > NAME_MAX)
        fail(ref, `name "${name}" is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined && options.defaultTag !== false)
        tag = DEFAULT_TAG;
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The fully qualified form: `docker.io/library/alpine:3.20@sha256:…`. */
function formatReference(r) {
    return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** The host that serves the distribution API for `registry` (Docker Hub's differs from its name). */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API : registry;
}
/** The host without its port: `[::1]` stays bracketed. */
function hostOf(registry) {
    if (registry.startsWith('[')) {
        const end = registry.indexOf(']');
        return end >= 0 ? registry.slice(0, end + 1) : registry;
    }
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
/**
 * Plain HTTP for loopback registries (as crane and oras default), or for hosts
 * the caller lists as insecure (`host` or `host:port`); HTTPS otherwise.
 */
function defaultScheme(registry, insecure = []) {
    const host = hostOf(registry).toLowerCase();
    if (insecure.includes(registry) || insecure.includes(host))
        return 'http';
    if (host === 'localhost' || host === '[::1]')
        return 'http';
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
        return 'http';
    return 'https';
}


/***/ }),

/***/ 50961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ mergeReferrer),
/* harmony export */   On: () => (/* binding */ resolveArtifactTypes),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68825);
/* harmony import */ var _mediatype_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98269);


// The parts of OCI 1.1 referrers that every store shares: the fallback tag
// schema, how an entry is described, and how entries whose artifact type was
// mislabelled by their writer are given their real type back.
/** `sha256:abc…` → `sha256-abc…`, the tag the referrers tag schema uses. */
function fallbackTag(subject) {
    return `${subject.slice(0, subject.indexOf(':'))}-${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .hexOf */ .ZD)(subject)}`;
}
/** The descriptor of a referrer manifest as the spec wants it in a referrers index. */
function referrerDescriptor(descriptor, manifest) {
    const config = 'config' in manifest ? manifest.config : undefined;
    const artifactType = manifest.artifactType ?? config?.mediaType;
    return {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        ...(artifactType ? { artifactType } : {}),
        ...(manifest.annotations && Object.keys(manifest.annotations).length
            ? { annotations: manifest.annotations }
            : {}),
    };
}
/**
 * `index` with `entry` added, or undefined when it is already there. Every
 * other entry is kept as it was, whoever wrote it.
 */
function mergeReferrer(index, entry) {
    const manifests = index?.manifests ?? [];
    if (manifests.some((d) => d.digest === entry.digest))
        return undefined;
    return {
        schemaVersion: 2,
        mediaType: _mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociIndex,
        manifests: [...manifests, entry],
        ...(index?.annotations ? { annotations: index.annotations } : {}),
    };
}
/**
 * cosign writes its fallback-index entries with the empty config type as their
 * artifact type, and some registries derive the type from the config; a reader
 * filtering on that label would lose cosign's bundles. Entries labelled with the
 * empty type, or not labelled at all, are read to learn what they really are.
 */
async function resolveArtifactTypes(entries, fetch) {
    return Promise.all(entries.map(async (d) => {
        if (d.artifactType && d.artifactType !== _mediatype_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.ociEmpty)
            return d;
        const { manifest } = await fetch(d);
        const real = referrerDescriptor(d, manifest);
        const annotations = { ...real.annotations, ...d.annotations };
        return {
            ...d,
            ...(real.artifactType ? { artifactType: real.artifactType } : {}),
            ...(Object.keys(annotations).length ? { annotations } : {}),
        };
    }));
}


/***/ }),

/***/ 68540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ detectSource)
/* harmony export */ });
/* unused harmony exports parseSource, fileSystemProbe, archiveKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68825);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62148);





const TAG_RE = /^[\w][\w.-]{0,127}$/;
function fail(source, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`source "${source}": ${what}`);
}
/** Re-words a reference error so it names the whole source the user typed. */
function reference(source, text) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(text);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            fail(source, err.message);
        throw err;
    }
}
/** `PATH[:TAG|@DIGEST]` for OCI layouts; a path that exists as written wins over a tag split. */
async function layoutTarget(source, rest, probe) {
    if (rest === '')
        fail(source, 'the path is empty');
    const at = rest.indexOf('@');
    if (at >= 0) {
        if (rest.indexOf('@', at + 1) >= 0)
            fail(source, 'has more than one "@"');
        const path = rest.slice(0, at);
        const digest = rest.slice(at + 1);
        if (path === '')
            fail(source, 'the path is empty');
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest))
            fail(source, `"${digest}" is not a digest (sha256:<64 hex> or sha512:<128 hex>)`);
        return { path, digest };
    }
    const colon = rest.lastIndexOf(':');
    if (colon < 0 || (await probe.kindOf(rest)) !== undefined)
        return { path: rest };
    const path = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    if (tag.includes('/'))
        return { path: rest };
    if (path === '')
        fail(source, 'the path is empty');
    if (!TAG_RE.test(tag))
        fail(source, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
    return { path, tag };
}
function looksLikePath(s) {
    return /^(\.{1,2}(\/|$)|\/|~)/.test(s) || s.endsWith('.tar') || s.endsWith('.tar.gz') || s.endsWith('.tgz');
}
async function parseSource(source, probe) {
    if (source === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('source is empty: give an image reference or a scheme such as oci-dir:DIR');
    const colon = source.indexOf(':');
    const scheme = colon > 0 ? source.slice(0, colon) : '';
    const rest = source.slice(colon + 1);
    switch (scheme) {
        case 'registry':
            if (rest === '')
                fail(source, 'the image reference is empty');
            return { kind: 'registry', reference: reference(source, rest) };
        case 'oci-dir':
            return { kind: 'oci-dir', ...(await layoutTarget(source, rest, probe)) };
        case 'oci-archive':
            return { kind: 'oci-archive', ...(await layoutTarget(source, rest, probe)) };
        case 'docker-archive': {
            if (rest === '')
                fail(source, 'the path is empty');
            // The reference after the path has colons of its own (alpine:3), so split at the first one.
            const split = rest.indexOf(':');
            if (split < 0 || (await probe.kindOf(rest)) !== undefined)
                return { kind: 'docker-archive', path: rest };
            const path = rest.slice(0, split);
            if (path === '')
                fail(source, 'the path is empty');
            const ref = rest.slice(split + 1);
            if (ref === '')
                fail(source, 'the image reference after the path is empty');
            return { kind: 'docker-archive', path, reference: reference(source, ref) };
        }
        case 'dir':
            if (rest === '')
                fail(source, 'the path is empty');
            return { kind: 'dir', path: rest };
    }
    const kind = await probe.kindOf(source);
    if (kind === 'file') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`source "${source}": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)`);
    }
    if (kind !== undefined)
        return { kind, path: source };
    if (looksLikePath(source))
        fail(source, 'no such file or directory');
    return { kind: 'registry', reference: reference(source, source) };
}
/** `parseSource` against the real filesystem. */
function detectSource(source) {
    return parseSource(source, fileSystemProbe);
}
const fileSystemProbe = {
    async kindOf(path) {
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${path}: cannot inspect: ${err.message}`, { cause: err });
        }
        if (info.isDirectory()) {
            const layout = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(`${path}/oci-layout`).catch(() => undefined);
            return layout?.isFile() ? 'oci-dir' : 'dir';
        }
        if (!info.isFile())
            return 'file';
        return archiveKind(path);
    },
};
const TAR_BLOCK = 512;
/** Top-level entry names that say what an archive holds; `./` prefixes are ignored. */
function markerOf(name) {
    const bare = name.replace(/^\.\//, '');
    return bare === 'oci-layout' || bare === 'manifest.json' ? bare : undefined;
}
function decide(seen) {
    // Docker 25+ writes both; the OCI layout is the richer description.
    if (seen.has('oci-layout'))
        return 'oci-archive';
    if (seen.has('manifest.json'))
        return 'docker-archive';
    return 'file';
}
/**
 * Classifies a tar (plain or gzip) by its top-level marker files. A plain tar
 * is walked header to header with positioned reads, so a large archive is not
 * read through; a gzip stream has to be inflated as it is walked.
 */
async function archiveKind(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const magic = Buffer.alloc(TAR_BLOCK);
        const { bytesRead } = await fh.read(magic, 0, TAR_BLOCK, 0);
        if (bytesRead >= 2 && magic[0] === 0x1f && magic[1] === 0x8b)
            return await gzipArchiveKind(path);
        if (bytesRead < TAR_BLOCK || magic.toString('latin1', 257, 262) !== 'ustar')
            return 'file';
        return await plainArchiveKind(fh);
    }
    finally {
        await fh.close();
    }
}
async function plainArchiveKind(fh) {
    const seen = new Set();
    const header = Buffer.alloc(TAR_BLOCK);
    let offset = 0;
    let paxPath;
    for (;;) {
        const { bytesRead } = await fh.read(header, 0, TAR_BLOCK, offset);
        if (bytesRead < TAR_BLOCK || header.every((b) => b === 0))
            break;
        const field = (start, len) => header.toString('utf8', start, start + len).replace(/\0.*$/s, '');
        const size = Number.parseInt(field(124, 12).trim() || '0', 8);
        if (!Number.isFinite(size))
            break;
        const type = String.fromCharCode(header[156] ?? 0);
        const prefix = field(345, 155);
        const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        paxPath = undefined;
        if (type === 'x') {
            // A PAX extended header may rename the next entry.
            const body = Buffer.alloc(size);
            await fh.read(body, 0, size, offset + TAR_BLOCK);
            paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
        }
        else {
            const marker = markerOf(name);
            if (marker)
                seen.add(marker);
            if (seen.has('oci-layout'))
                break;
        }
        offset += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
    }
    return decide(seen);
}
async function gzipArchiveKind(path) {
    const seen = new Set();
    const { default: tar } = await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 56118, 19));
    // node:zlib loads here, not with this module: a registry reference never needs it.
    const { createGunzip } = process.getBuiltinModule('node:zlib');
    const extract = tar.extract();
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).pipe(createGunzip({ chunkSize: 1024 * 1024 }));
    input.on('error', (err) => extract.destroy(err));
    input.pipe(extract);
    try {
        for await (const entry of extract) {
            const marker = markerOf(entry.header.name);
            if (marker)
                seen.add(marker);
            entry.resume();
            if (seen.has('oci-layout'))
                break;
        }
    }
    catch {
        // Not a tar inside the gzip: it is some other file.
        return seen.size ? decide(seen) : 'file';
    }
    finally {
        input.destroy();
        extract.destroy();
    }
    return decide(seen);
}


/***/ })

};
