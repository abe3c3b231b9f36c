export const id = 137;
export const ids = [137];
export const modules = {

/***/ 64137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collect: () => (/* binding */ collect),
  requireArg: () => (/* binding */ requireArg),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/cli/version.ts
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/access.ts






/** Flags every registry-touching command shares. */
function addAccessOptions(cmd) {
    return cmd
        .addOption(new commander/* Option */.c$('--username <name>', 'registry user name (or LADING_REGISTRY_USERNAME)'))
        .addOption(new commander/* Option */.c$('--password-stdin', 'read the registry password from standard input'))
        .addOption(new commander/* Option */.c$('--insecure-registry <host>', 'talk plain HTTP (or skip TLS verification) to this registry; repeatable. Loopback is plain HTTP already.').argParser(collect));
}
/**
 * Credentials as the user gave them: flags, then environment, then the Docker
 * configuration (DOCKER_CONFIG or ~/.docker), which the OCI layer reads with its
 * credential helpers. The password never comes from a flag, so it is never in
 * `ps` or in shell history.
 */
async function accessFrom(flags, io) {
    // The environment comes from io.env, not commander's .env(): the CLI runs in-process in tests and actions.
    const username = flags.username ?? io.env.LADING_REGISTRY_USERNAME;
    let password = io.env.LADING_REGISTRY_PASSWORD;
    if (flags.passwordStdin) {
        if (!io.stdin)
            throw new errors/* InputError */.dz('--password-stdin: no standard input');
        const chunks = [];
        for await (const c of io.stdin)
            chunks.push(Buffer.from(c));
        password = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/\r?\n$/, '');
    }
    if (username && !password) {
        throw new errors/* InputError */.dz('--username needs a password: --password-stdin or LADING_REGISTRY_PASSWORD');
    }
    if (password && !username) {
        throw new errors/* InputError */.dz('a registry password was given without --username (or LADING_REGISTRY_USERNAME)');
    }
    return {
        ...(username && password ? { credentials: { username, password } } : {}),
        dockerConfigDir: io.env.DOCKER_CONFIG || (0,external_node_path_.join)(io.env.HOME || (0,external_node_os_.homedir)(), '.docker'),
        insecureRegistries: flags.insecureRegistry ?? [],
        userAgent: `lading/${VERSION}`,
        cwd: io.cwd,
    };
}

;// CONCATENATED MODULE: ./src/cli/reporter.ts
/** Progress on stderr, so stdout stays for results that scripts read. */
function cliReporter(io, verbose = false) {
    return {
        info: (m) => io.stderr.write(`${m}\n`),
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
        debug: (m) => {
            if (verbose)
                io.stderr.write(`debug: ${m}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/oidc.ts

/** True when the job may ask the runner for an OIDC token. */
function hasActionsIdToken(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/**
 * A token provider that asks the Actions runtime for an OIDC token, as
 * `@actions/core`'s getIDToken does: GET the request URL with `audience`
 * added, `Authorization: bearer <request token>`, answer `{"value": JWT}`.
 * Neither the request token nor the JWT ever appears in an error.
 */
function actionsIdTokenProvider(env, audience = 'sigstore', fetchImpl = fetch) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new errors/* InputError */.dz('no OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are unset (give the job `permissions: id-token: write`, or sign with a key)');
    }
    let url;
    try {
        url = new URL(requestUrl);
    }
    catch {
        throw new errors/* InputError */.dz('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL');
    }
    url.searchParams.set('audience', audience);
    const where = `${url.origin}${url.pathname}`;
    return async () => {
        let res;
        try {
            res = await fetchImpl(url, {
                headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json' },
            });
        }
        catch (e) {
            throw new errors/* OperationError */.OK(`OIDC token request to ${where} failed: ${e.message}`);
        }
        if (res.status === 401 || res.status === 403) {
            throw new errors/* AuthError */.lR(`OIDC token request to ${where} was refused (HTTP ${res.status})`, res.status);
        }
        if (!res.ok)
            throw new errors/* OperationError */.OK(`OIDC token request to ${where} answered HTTP ${res.status}`);
        const body = (await res.json().catch(() => undefined));
        if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) {
            throw new errors/* OperationError */.OK(`OIDC token request to ${where}: the answer has no JWT in "value"`);
        }
        return body.value;
    };
}

// EXTERNAL MODULE: ./src/steps/user-file.ts
var user_file = __webpack_require__(12487);
;// CONCATENATED MODULE: ./src/cli/user-file.ts


/** A file the user named, read whole from the CLI's working directory; a missing file is bad input naming the flag. */
function readUserFile(io, path, flag) {
    return (0,user_file/* readUserFile */.E)((0,external_node_path_.resolve)(io.cwd, path), path, flag);
}

;// CONCATENATED MODULE: ./src/cli/signing-flags.ts



/** The flag behind each service URL, so an error names what the user typed. */
const SERVICE_FLAGS = {
    fulcioUrl: '--fulcio-url',
    rekorUrl: '--rekor-url',
    tsaUrl: '--tsa-url',
};
const KEY_HELP = 'private key: cosign.key (password in LADING_KEY_PASSWORD or COSIGN_PASSWORD) or PKCS#8 PEM';
/** --key, --signing-config, --fulcio-url, --rekor-url, --tsa-url, --identity-token; `keyHelp` adds to --key's text. */
function addSigningOptions(cmd, keyHelp = '') {
    return cmd
        .option('--key <file>', `${KEY_HELP}${keyHelp}`)
        .option('--signing-config <file>', 'Sigstore signing config naming Fulcio, Rekor and TSA')
        .option('--fulcio-url <url>', 'Fulcio (keyless; default the public instance)')
        .option('--rekor-url <url>', 'Rekor transparency log (keyless default: the public instance)')
        .option('--tsa-url <url>', 'RFC 3161 timestamp authority')
        .option('--identity-token <file>', "file holding the OIDC token (default: the GitHub Actions runtime's)");
}
/**
 * Services, key or OIDC token, from the flags: a key file first, then a token
 * file, then (when `actionsToken`) the Actions runtime's OIDC token.
 */
async function signingMaterial(flags, io, options) {
    if (flags.signingConfig && (flags.fulcioUrl || flags.rekorUrl || flags.tsaUrl)) {
        throw new errors/* InputError */.dz('--signing-config and --fulcio-url/--rekor-url/--tsa-url exclude each other');
    }
    let services;
    if (flags.signingConfig) {
        const { parseSigningConfig } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 25828));
        services = parseSigningConfig(await readUserFile(io, flags.signingConfig, '--signing-config'), `--signing-config ${flags.signingConfig}`);
    }
    else {
        services = {
            ...(flags.fulcioUrl ? { fulcioUrl: flags.fulcioUrl } : {}),
            ...(flags.rekorUrl ? { rekorUrl: flags.rekorUrl } : {}),
            ...(flags.tsaUrl ? { tsaUrl: flags.tsaUrl } : {}),
        };
    }
    for (const [name, url] of Object.entries(services)) {
        if (typeof url === 'string' && !URL.canParse(url)) {
            throw new errors/* InputError */.dz(`${SERVICE_FLAGS[name] ?? name}: not a URL: ${url}`);
        }
    }
    if (flags.key) {
        const password = keyPassword(io);
        return {
            services,
            key: {
                text: await readUserFile(io, flags.key, '--key'),
                ...(password !== undefined ? { password } : {}),
                where: `--key ${flags.key}`,
            },
        };
    }
    if (flags.identityToken) {
        const token = (await readUserFile(io, flags.identityToken, '--identity-token')).trim();
        if (token.split('.').length !== 3)
            throw new errors/* InputError */.dz(`--identity-token ${flags.identityToken}: not a JWT`);
        return { services, identityToken: async () => token };
    }
    if (options.actionsToken && hasActionsIdToken(io.env)) {
        return { services, identityToken: actionsIdTokenProvider(io.env) };
    }
    return { services };
}
/** The key password comes from the environment only, never a flag (ps, shell history). */
function keyPassword(io) {
    return io.env.LADING_KEY_PASSWORD ?? io.env.COSIGN_PASSWORD;
}

;// CONCATENATED MODULE: ./src/cli/commands/attest.ts





/** The kinds, spelled out here so `--help` lists them without loading the attest modules. */
const KINDS = ['slsaprovenance1', 'spdxjson', 'cyclonedx', 'vuln', 'openvex'];
function registerAttest(program, ctx) {
    addAccessOptions(addSigningOptions(program
        .command('attest')
        .description('sign an in-toto attestation (SLSA provenance, SBOM, vulnerability scan, OpenVEX) and attach it as an OCI referrer, as cosign 3 does')
        .argument('<IMAGE@DIGEST>', 'image the attestation is about')
        .addOption(new commander/* Option */.c$('--type <type>', 'predicate type').choices(KINDS).makeOptionMandatory())
        .option('--predicate <file>', 'predicate JSON (at most 64 MiB); for slsaprovenance1 in GitHub Actions, made from the run when omitted'))
        .option('--recursive', 'also name every platform manifest of an index and attach the attestation to each')
        .option('--legacy-att', 'also write the legacy cosign sha256-<hex>.att tag (cosign < 2), appending to one already there')
        .option('--json', 'print the result as JSON on stdout')).action(async (image, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
        const [{ attestStep }, { workflowContext }, { parsePredicateKind }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(915), __webpack_require__.e(927), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 39609)),
            __webpack_require__.e(/* import() */ 45).then(__webpack_require__.bind(__webpack_require__, 62426)),
            __webpack_require__.e(/* import() */ 154).then(__webpack_require__.bind(__webpack_require__, 4154)),
        ]);
        const kind = parsePredicateKind(flags.type);
        const { services, key, identityToken } = await signingMaterial(flags, ctx.io, { actionsToken: true });
        const result = await attestStep({
            image,
            access,
            kind,
            ...(flags.predicate
                ? {
                    predicate: {
                        path: (0,external_node_path_.resolve)(ctx.io.cwd, flags.predicate),
                        where: `--predicate ${flags.predicate}`,
                    },
                }
                : kind === 'slsaprovenance1'
                    ? { workflow: workflowContext(ctx.io.env) }
                    : {}),
            ...(key ? { key } : {}),
            ...(identityToken ? { identityToken } : {}),
            services,
            recursive: Boolean(flags.recursive),
            legacyAtt: Boolean(flags.legacyAtt),
        }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        for (const a of result.attestations) {
            const log = a.transparencyLog.map((t) => ` tlog ${t}`).join('');
            ctx.io.stdout.write(`${a.predicateType} ${a.subject} -> ${a.location}${log}\n`);
            if (a.legacyAtt)
                ctx.io.stdout.write(`${a.predicateType} ${a.subject} -> ${a.legacyAtt} (legacy .att)\n`);
        }
    });
}

// EXTERNAL MODULE: ./src/steps/build.ts + 6 modules
var build = __webpack_require__(29571);
;// CONCATENATED MODULE: ./src/cli/commands/build.ts





function registerBuild(program, ctx) {
    addAccessOptions(program
        .command('build')
        .description('build a reproducible image from a base image (or scratch) and directories, daemonless (no Docker, no Dockerfile)')
        .requiredOption('--dir <SRC[:DEST]>', 'a directory to add as one layer at DEST (default /); repeatable', collect)
        .requiredOption('--output <DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
        .option('--from <SOURCE>', 'base image: a registry reference, oci-dir:, oci-archive:, docker-archive:, or scratch', 'scratch')
        .option('--platform <os/arch[/variant]>', 'FROM scratch: the platform written (default linux/amd64); a multi-platform base: the image to build on')
        .option('--entrypoint <json>', 'entrypoint as a JSON array, e.g. \'["node","server.js"]\' (drops the base\'s cmd)')
        .option('--cmd <json>', 'command as a JSON array')
        .option('--env <NAME=VALUE>', "environment variable, replacing the base's of that name; repeatable", collect)
        .option('--workdir <DIR>', 'working directory (absolute)')
        .option('--user <USER[:GROUP]>', 'user the container runs as')
        .option('--expose <PORT[/PROTO]>', "port to declare, added to the base's; repeatable", collect)
        .option('--stop-signal <SIGNAL>', 'signal that stops the container, e.g. SIGTERM')
        .option('--label <KEY=VALUE>', "label (also a manifest annotation), over the base's; repeatable", collect)
        .option('--base-name <REF>', 'org.opencontainers.image.base.name for a base that is not a registry reference')
        .option('--no-tag', 'push the manifest by digest only, ignoring a tag in --output (then: lading tag)')
        .option('--source-date-epoch <seconds>', 'timestamp for the image and its files (or SOURCE_DATE_EPOCH)')
        .option('--json', 'print the result as JSON on stdout')).action(async (flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const created = sourceDateEpoch(flags.sourceDateEpoch, ctx.io.env.SOURCE_DATE_EPOCH);
        const result = await (0,build/* buildStep */.R)({
            dirs: flags.dir,
            output: flags.output,
            from: flags.from,
            ...(flags.platform ? { platform: flags.platform } : {}),
            created,
            ...(flags.entrypoint ? { entrypoint: jsonArray(flags.entrypoint, '--entrypoint') } : {}),
            ...(flags.cmd ? { cmd: jsonArray(flags.cmd, '--cmd') } : {}),
            ...(flags.env ? { env: flags.env.map((e) => pair(e, '--env') && e) } : {}),
            ...(flags.workdir !== undefined ? { workingDir: flags.workdir } : {}),
            ...(flags.user !== undefined ? { user: flags.user } : {}),
            ...(flags.expose ? { expose: flags.expose } : {}),
            ...(flags.stopSignal !== undefined ? { stopSignal: flags.stopSignal } : {}),
            ...(flags.label
                ? { labels: Object.fromEntries(flags.label.map((l) => pair(l, '--label'))) }
                : {}),
            ...(flags.baseName ? { baseName: flags.baseName } : {}),
            ...(flags.tag === false ? { noTag: true } : {}),
            access,
        }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.output}\n`);
    });
}
/** The flag wins over SOURCE_DATE_EPOCH (reproducible-builds.org); neither means 0, the epoch. */
function sourceDateEpoch(flag, env) {
    const text = flag ?? env;
    if (text === undefined || text === '')
        return 0;
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
        const where = flag !== undefined ? '--source-date-epoch' : 'SOURCE_DATE_EPOCH';
        throw new errors/* InputError */.dz(`${where}: "${text}" is not a whole number of seconds`);
    }
    return value;
}
function jsonArray(text, flag) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${flag}: not JSON: ${text}`);
    }
    if (!Array.isArray(parsed) || parsed.some((s) => typeof s !== 'string')) {
        throw new errors/* InputError */.dz(`${flag}: expected a JSON array of strings`);
    }
    return parsed;
}
function pair(text, flag) {
    const i = text.indexOf('=');
    if (i <= 0)
        throw new errors/* InputError */.dz(`${flag}: "${text}" is not KEY=VALUE`);
    return [text.slice(0, i), text.slice(i + 1)];
}

// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __webpack_require__(98269);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/copier.ts



/**
 * Copies the graph under `root` from `source` to `target`, children before
 * parents: layers and configs, then platform manifests, then the index, and
 * the tag last. A failure at any point leaves no tag pointing at a manifest
 * whose content is missing, because nothing names the root until everything
 * under it is in place.
 */
async function copyImage(source, target, root, options = {}) {
    const copier = new Copier(source, target, options);
    const fetched = await source.fetchManifest(root);
    await copier.copyManifest(fetched, options.tag);
    if (options.referrers)
        await copier.copyReferrers(fetched.descriptor.digest);
    return {
        root: fetched.descriptor,
        manifests: copier.manifests,
        blobs: copier.blobs,
        referrers: copier.referrerList,
    };
}
class Copier {
    source;
    target;
    options;
    manifests = 0;
    blobs = { copied: 0, exists: 0, mounted: 0, skippedForeign: 0, bytes: 0 };
    referrerList = [];
    done = new Set();
    concurrency;
    constructor(source, target, options) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    }
    async copyManifest(fetched, tag) {
        const { manifest, descriptor } = fetched;
        if (!this.done.has(descriptor.digest)) {
            if ((0,types/* isIndex */.n)(manifest)) {
                // Children are copied one after another; their blobs are parallel inside each.
                for (const child of manifest.manifests) {
                    if (this.done.has(child.digest))
                        continue;
                    if (!(0,mediatype/* isIndexType */.$U)(child.mediaType) && (await this.target.hasManifest(child))) {
                        this.done.add(child.digest);
                        continue;
                    }
                    await this.copyManifest(await this.source.fetchManifest(child));
                }
            }
            else {
                await this.copyBlobs([manifest.config, ...manifest.layers]);
            }
        }
        // Pushed even when present, when a tag must be (re)pointed at it.
        if (!this.done.has(descriptor.digest) || tag) {
            await this.target.pushManifest(fetched.bytes, descriptor.mediaType, tag);
            this.manifests++;
            this.done.add(descriptor.digest);
        }
    }
    async copyReferrers(subject) {
        const found = await this.source.referrers(subject);
        for (const d of found) {
            if (this.referrerList.some((r) => r.digest === d.digest))
                continue;
            await this.copyManifest(await this.source.fetchManifest(d));
            this.referrerList.push(d);
            // Referrers can themselves have referrers (a signature on an SBOM attestation).
            await this.copyReferrers(d.digest);
        }
    }
    async copyBlobs(descriptors) {
        // Largest first: the last blob to start then is a small one, so the streams end
        // together instead of one big layer running alone at the end.
        const queue = descriptors
            .filter((d, i) => descriptors.findIndex((e) => e.digest === d.digest) === i)
            .sort((a, b) => b.size - a.size);
        const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
            for (let next = queue.shift(); next; next = queue.shift())
                await this.copyBlob(next);
        });
        await Promise.all(workers);
    }
    async transfer(d) {
        for (let attempt = 1;; attempt++) {
            try {
                await this.target.pushBlob(d, await this.source.fetchBlob(d));
                return;
            }
            catch (err) {
                if (attempt >= TRANSFER_ATTEMPTS || !copier_transient(err))
                    throw err;
                this.options.onRetry?.(d, attempt, err);
            }
        }
    }
    async copyBlob(d) {
        if (this.done.has(d.digest))
            return;
        this.done.add(d.digest);
        if (d.urls?.length && !(await this.source.hasBlob(d))) {
            // Non-distributable layers live at their URLs, not in the source; registries fetch them there.
            this.blobs.skippedForeign++;
            this.options.onBlob?.({ descriptor: d, outcome: 'skipped-foreign' });
            return;
        }
        if (await this.target.hasBlob(d)) {
            this.blobs.exists++;
            this.options.onBlob?.({ descriptor: d, outcome: 'exists' });
            return;
        }
        const from = sameRegistryRepository(this.source, this.target);
        if (from && this.target.mountBlob && (await this.target.mountBlob(d, from))) {
            this.blobs.mounted++;
            this.options.onBlob?.({ descriptor: d, outcome: 'mounted' });
            return;
        }
        await this.transfer(d);
        this.blobs.copied++;
        this.blobs.bytes += d.size;
        this.options.onBlob?.({ descriptor: d, outcome: 'copied' });
    }
}
/**
 * Blobs moved at once. On two busy cores 2, 3 and 4 streams measured alike
 * (the copy is bound by this process's CPU, not by round trips); each stream
 * holds a few read or write buffers, so more would only cost memory.
 */
const DEFAULT_CONCURRENCY = 3;
/** Attempts per blob transfer. Streams cannot be rewound, so a retry re-reads the source. */
const TRANSFER_ATTEMPTS = 3;
/**
 * Worth another attempt: a connection that dropped mid-stream, a truncated
 * read, a registry error that may pass. Not: refused credentials, missing
 * content, or a request the registry rejected as wrong.
 */
function copier_transient(err) {
    if (!(err instanceof errors/* OperationError */.OK) || err instanceof errors/* AuthError */.lR || err instanceof errors/* NotFoundError */.m_)
        return false;
    if (err instanceof errors/* RegistryError */.gl)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    return true;
}
/** The source repository name when both stores are repositories of one registry, for a cross-repository mount. */
function sameRegistryRepository(source, target) {
    const s = source;
    const t = target;
    if (s.registry &&
        t.registry &&
        s.registry === t.registry &&
        s.repository &&
        s.repository !== t.repository) {
        return s.repository;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/opener.ts + 7 modules
var oci_opener = __webpack_require__(55134);
;// CONCATENATED MODULE: ./src/steps/copy.ts




/**
 * `lading copy`: the whole graph of one image (every platform of an index) and,
 * by default, its referrers, from any source to any destination. The
 * destination's tag is written last, so an interrupted copy never leaves a tag
 * on an incomplete image.
 */
async function copyStep(options, reporter) {
    const source = await (0,oci_opener/* openLocation */.s)(options.source, 'read', options.access);
    try {
        const root = await source.store.resolve(source.reference);
        const destination = await (0,oci_opener/* openLocation */.s)(options.destination, 'write', options.access);
        try {
            let tag = destination.reference;
            if ((0,digest/* isDigest */.Bc)(tag)) {
                if (tag !== root.digest) {
                    throw new errors/* InputError */.dz(`copy: destination digest ${tag} is not the source's digest ${root.digest}`);
                }
                tag = '';
            }
            if (!tag && destination.needsTag)
                tag = (0,digest/* isDigest */.Bc)(source.reference) ? 'latest' : source.reference;
            reporter.info(`copying ${source.display} (${root.digest}) to ${destination.display}${tag ? `:${tag}` : ''}`);
            const onBlob = (e) => reporter.debug(`${e.outcome} ${e.descriptor.digest} (${e.descriptor.size} bytes)`);
            const result = await copyImage(source.store, destination.store, root, {
                ...(tag ? { tag } : {}),
                referrers: options.referrers,
                onBlob,
                onRetry: (d, attempt, err) => reporter.warn(`retrying ${d.digest} after attempt ${attempt}: ${err instanceof Error ? err.message : err}`),
            });
            await destination.commit();
            return {
                source: source.display,
                destination: `${destination.display}${tag ? `:${tag}` : ''}@${result.root.digest}`,
                root: result.root,
                manifests: result.manifests,
                blobs: result.blobs,
                referrers: result.referrers,
            };
        }
        finally {
            await destination.close();
        }
    }
    finally {
        await source.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/copy.ts



function registerCopy(program, ctx) {
    addAccessOptions(program
        .command('copy')
        .description('copy an image (every platform, and its referrers) between registries, layouts and archives')
        .argument('<SOURCE>', 'image to copy')
        .argument('<DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
        .option('--no-referrers', 'leave signatures, attestations and other referrers behind')
        .option('--json', 'print the result as JSON on stdout')).action(async (source, dest, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const result = await copyStep({ source, destination: dest, referrers: flags.referrers, access }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        const b = result.blobs;
        ctx.io.stdout.write(`${result.destination}\n` +
            `  ${result.manifests} manifest(s); blobs: ${b.copied} copied (${b.bytes} bytes), ${b.exists} already there` +
            `${b.mounted ? `, ${b.mounted} mounted` : ''}${b.skippedForeign ? `, ${b.skippedForeign} foreign skipped` : ''}` +
            `; ${result.referrers.length} referrer(s)\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/advisory-flags.ts




// The advisory database and the gate, for every command that scans (`scan`,
// `release`): the same flags, parsed the same way.
const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];
const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'];
/** --max-age's parser: hours, a number at least 0. */
function hours(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0)
        throw new errors/* InputError */.dz(`--max-age: '${value}' is not a number of hours`);
    return n;
}
/** --db, --osv-url, --offline (whose reach each command words), --max-age, --on-stale. */
function addAdvisoryOptions(cmd, offlineHelp) {
    return cmd
        .option('--db <DIR>', 'advisory database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
        .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV files')
        .option('--offline', offlineHelp)
        .option('--max-age <HOURS>', 'advisory data older than this that cannot be refreshed is stale', hours)
        .addOption(new commander/* Option */.c$('--on-stale <ACTION>', 'what stale advisory data does')
        .choices(['warn', 'fail'])
        .default('warn'));
}
/** --unknown-as: the same in every gate. */
function unknownAsOption() {
    return new commander/* Option */.c$('--unknown-as <LEVEL>', 'the severity an unknown-severity finding counts as in the gate')
        .choices(UNKNOWN_AS)
        .default('critical');
}
function advisoryDbFrom(flags, io) {
    return {
        dir: flags.db ?? defaultDbDir(io.env),
        ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
        offline: Boolean(flags.offline),
        ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
        onStale: flags.onStale,
        userAgent: `lading/${VERSION}`,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/db.ts








/** The default database directory: $LADING_DB_DIR, else $XDG_CACHE_HOME/lading/osv, else ~/.cache/lading/osv. */
function defaultDbDir(env) {
    if (env.LADING_DB_DIR)
        return env.LADING_DB_DIR;
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'lading', 'osv');
}
function registerDb(program, ctx) {
    program
        .command('db')
        .description('the OSV advisory database: fill or refresh it (update), or show what it holds (status)')
        .argument('<ACTION>', 'update | status')
        .option('--db <DIR>', 'database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
        .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV JSON/YAML files')
        .option('--ecosystem <NAME>', 'OSV ecosystem to fetch or show, e.g. npm, PyPI, Alpine; repeatable', collect)
        .option('--offline', 'never touch the network')
        .option('--max-age <HOURS>', 'data older than this that cannot be refreshed is stale', hours)
        .addOption(new commander/* Option */.c$('--on-stale <ACTION>', 'what stale data does').choices(['warn', 'fail']).default('warn'))
        .option('--full', 'refill from all.zip instead of refreshing incrementally')
        .option('--json', 'print the result as JSON on stdout')
        .action(async (action, flags, cmd) => {
        if (action !== 'update' && action !== 'status')
            throw new errors/* InputError */.dz(`db: action must be update or status, not "${action}"`);
        const { dbStatusStep, dbUpdateStep } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(88), __webpack_require__.e(726), __webpack_require__.e(814), __webpack_require__.e(161)]).then(__webpack_require__.bind(__webpack_require__, 72161));
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const options = {
            dir: flags.db ?? defaultDbDir(ctx.io.env),
            ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
            ecosystems: flags.ecosystem ?? [],
            offline: Boolean(flags.offline),
            ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
            onStale: flags.onStale,
            full: Boolean(flags.full),
            userAgent: `lading/${VERSION}`,
        };
        const result = action === 'update' ? await dbUpdateStep(options, reporter) : await dbStatusStep(options, reporter);
        ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    });
}
function table(result) {
    const rows = result.ecosystems.map((e) => [
        e.ecosystem,
        String(e.records),
        e.fetchedAt ?? '-',
        e.ageHours === undefined ? '-' : `${e.ageHours}h${e.stale ? ' (stale)' : ''}`,
        e.lastModified ?? '-',
        e.action ?? '',
    ]);
    const head = ['ECOSYSTEM', 'ADVISORIES', 'FETCHED', 'AGE', 'LAST MODIFIED', 'THIS RUN'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => `${r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd()}\n`;
    const bytes = result.bytes > 0 ? `${result.bytes} bytes fetched in ${result.requests} request(s)\n` : '';
    return `${result.dir}\n${line(head)}${rows.map(line).join('')}${bytes}`;
}

;// CONCATENATED MODULE: ./src/report/inspect.ts
const PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
/** Human-readable `lading inspect`: the facts a reviewer checks, in the order they check them. */
function renderInspect(r) {
    const lines = [];
    lines.push(`${r.source}`);
    lines.push(`  digest      ${r.descriptor.digest}`);
    lines.push(`  media type  ${r.descriptor.mediaType}`);
    lines.push(`  size        ${r.descriptor.size} bytes (manifest)`);
    if (r.platforms.length) {
        lines.push(`  platforms   ${r.platforms.length}`);
        for (const p of r.platforms)
            lines.push(`    ${p.platform.padEnd(20)} ${p.digest}`);
    }
    const img = r.image;
    if (img) {
        if (r.platforms.length)
            lines.push(`  image       ${img.descriptor.digest}`);
        if (img.platform)
            lines.push(`  platform    ${[img.platform.os, img.platform.architecture, img.platform.variant].filter(Boolean).join('/')}`);
        if (img.created)
            lines.push(`  created     ${img.created}`);
        lines.push(`  config      ${img.config.digest} (${img.config.mediaType})`);
        lines.push(`  layers      ${img.layers.length}, ${img.size} bytes with config`);
        for (const l of img.layers)
            lines.push(`    ${l.digest}  ${String(l.size).padStart(12)}  ${l.mediaType}`);
        const labels = Object.entries(img.labels);
        if (labels.length) {
            lines.push('  labels');
            for (const [k, v] of labels)
                lines.push(`    ${k}=${v}`);
        }
    }
    lines.push(...referrerLines('referrers', r.referrers));
    if (img && img.descriptor.digest !== r.descriptor.digest) {
        lines.push(...referrerLines('image referrers', img.referrers));
    }
    return `${lines.join('\n')}\n`;
}
function referrerLines(title, referrers) {
    if (!referrers.length)
        return [`  ${title}   none`];
    const out = [`  ${title}   ${referrers.length}`];
    for (const d of referrers) {
        const predicate = d.annotations?.[PREDICATE_TYPE];
        out.push(`    ${d.artifactType ?? '(no artifact type)'}  ${d.digest}${predicate ? `  ${predicate}` : ''}`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/oci/image-config.ts
var image_config = __webpack_require__(84231);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/steps/inspect.ts




/** `lading inspect`: manifest, config, platforms and referrers, read with every digest verified. */
async function inspectStep(options) {
    const source = await (0,oci_opener/* openLocation */.s)(options.source, 'read', options.access);
    try {
        const store = source.store;
        const descriptor = await store.resolve(source.reference);
        const fetched = await store.fetchManifest(descriptor);
        const referrers = await store.referrers(fetched.descriptor.digest);
        const result = {
            source: source.display,
            descriptor: fetched.descriptor,
            manifest: fetched.manifest,
            platforms: [],
            referrers,
        };
        if ((0,types/* isIndex */.n)(fetched.manifest)) {
            result.platforms = (0,platform/* platformEntries */.eV)(fetched.manifest).map((d) => ({
                platform: (0,platform/* formatPlatform */.Bq)(d.platform),
                digest: d.digest,
                mediaType: d.mediaType,
            }));
            if (options.platform) {
                const chosen = (0,platform/* selectPlatform */.md)(fetched.manifest, (0,platform/* parsePlatform */.Y8)(options.platform), source.display);
                const child = await store.fetchManifest(chosen);
                if (!(0,types/* isIndex */.n)(child.manifest)) {
                    result.image = await detail(store, child.descriptor, child.manifest, chosen.platform);
                }
            }
        }
        else {
            result.image = await detail(store, fetched.descriptor, fetched.manifest, undefined, referrers);
        }
        return result;
    }
    finally {
        await source.close();
    }
}
async function detail(store, descriptor, manifest, platform, referrers) {
    const config = await (0,image_config/* readImageConfig */.M)(store, manifest.config);
    const size = manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0);
    const fromConfig = typeof config.os === 'string' && typeof config.architecture === 'string' && config.os
        ? {
            os: config.os,
            architecture: config.architecture,
            ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        }
        : undefined;
    const labels = config.config?.Labels ?? {};
    return {
        descriptor,
        ...((platform ?? fromConfig) ? { platform: platform ?? fromConfig } : {}),
        ...(typeof config.created === 'string' ? { created: config.created } : {}),
        config: manifest.config,
        layers: manifest.layers,
        size,
        labels,
        referrers: referrers ?? (await store.referrers(descriptor.digest)),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts



function registerInspect(program, ctx) {
    addAccessOptions(program
        .command('inspect')
        .description('show an image: digest, manifest, config, platforms and referrers, every digest verified')
        .argument('<SOURCE>', 'image to inspect')
        .option('--platform <os/arch[/variant]>', 'for an index, also detail the image of this platform')
        .option('--json', 'print the result as JSON on stdout')
        .option('--raw', 'print the manifest exactly as stored')).action(async (source, flags) => {
        const access = await accessFrom(flags, ctx.io);
        const result = await inspectStep({ source, platform: flags.platform, access });
        if (flags.raw)
            ctx.io.stdout.write(`${JSON.stringify(result.manifest, null, 2)}\n`);
        else if (flags.json)
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else
            ctx.io.stdout.write(renderInspect(result));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/commands/policy.ts



function registerPolicy(program, ctx) {
    program
        .command('policy')
        .description('Harbor project policy as code: plan (read-only), apply, or detect drift')
        .argument('<MODE>', 'plan | apply | drift')
        .requiredOption('--file <FILE>', 'the policy file (YAML), e.g. .github/registry-policy.yml')
        .option('--harbor <URL>', 'Harbor base URL, e.g. https://harbor.example.com (or LADING_HARBOR_URL)')
        .option('--username <NAME>', 'Harbor user or robot account (robot$…) (or LADING_HARBOR_USERNAME)')
        .option('--password-stdin', 'read the Harbor password or robot secret from standard input (else LADING_HARBOR_PASSWORD)')
        .option('--prune', 'delete rules, robots and webhooks the file does not list (only in kinds a project lists)')
        .option('--allow-many-immutability-rules', "allow more than the 15 rules Harbor's UI can show")
        .option('--scan <IMAGE@DIGEST>', 'before applying, have Harbor scan this image (registry/project/repository@sha256:…) and wait for it')
        .option('--sbom', 'with --scan, also have Harbor generate its SBOM')
        .option('--scan-timeout <SECONDS>', 'with --scan, how long to wait for Harbor', '600')
        .option('--markdown <FILE>', 'also write the plan as Markdown (job summary, pull-request comment)')
        .option('--secrets-file <FILE>', 'write the secrets of robot accounts created by apply to FILE (mode 0600); they are printed nowhere else')
        .action(async (mode, flags, cmd) => {
        if (mode !== 'plan' && mode !== 'apply' && mode !== 'drift') {
            throw new errors/* InputError */.dz(`policy: mode must be plan, apply or drift, not "${mode}"`);
        }
        flags.harbor ??= ctx.io.env.LADING_HARBOR_URL;
        flags.username ??= ctx.io.env.LADING_HARBOR_USERNAME;
        if (!flags.harbor)
            throw new errors/* InputError */.dz('policy: --harbor URL (or LADING_HARBOR_URL) is required');
        if (!flags.username)
            throw new errors/* InputError */.dz('policy: --username (or LADING_HARBOR_USERNAME) is required');
        const password = flags.passwordStdin ? await readStdin(ctx) : ctx.io.env.LADING_HARBOR_PASSWORD;
        if (!password)
            throw new errors/* InputError */.dz('policy: give the password with --password-stdin or LADING_HARBOR_PASSWORD');
        const timeoutSeconds = Number(flags.scanTimeout);
        if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
            throw new errors/* InputError */.dz(`--scan-timeout: "${flags.scanTimeout}" is not a positive number of seconds`);
        }
        // Loaded on demand: the Harbor engine is not needed by any other command.
        const [{ runPolicy }, { harborArtifactFromImage }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(815), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 94426)),
            __webpack_require__.e(/* import() */ 156).then(__webpack_require__.bind(__webpack_require__, 62156)),
        ]);
        const scan = flags.scan
            ? { ...harborArtifactFromImage(flags.scan, '--scan'), sbom: Boolean(flags.sbom), timeoutSeconds }
            : undefined;
        const result = await runPolicy({
            mode,
            file: flags.file,
            harborUrl: flags.harbor,
            username: flags.username,
            password,
            prune: Boolean(flags.prune),
            allowManyImmutabilityRules: Boolean(flags.allowManyImmutabilityRules),
            ...(scan ? { scan } : {}),
        }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        ctx.io.stdout.write(result.text);
        if (flags.markdown)
            await (0,promises_.writeFile)(flags.markdown, result.markdown);
        if (result.secrets.length) {
            if (flags.secretsFile) {
                await (0,promises_.writeFile)(flags.secretsFile, `${JSON.stringify(result.secrets, null, 2)}\n`, { mode: 0o600 });
                ctx.io.stderr.write(`${result.secrets.length} robot secret(s) written to ${flags.secretsFile}\n`);
            }
            else {
                ctx.io.stderr.write(`warning: ${result.secrets.length} robot account(s) created; their secrets were not kept (use --secrets-file)\n`);
            }
        }
        if (mode === 'apply' && result.apply && !result.apply.ok)
            ctx.setExit(errors/* ExitCode */.yU.failure);
        if (mode === 'drift' && result.drift.drifted)
            ctx.setExit(errors/* ExitCode */.yU.denied);
    });
}
async function readStdin(ctx) {
    if (!ctx.io.stdin)
        throw new errors/* InputError */.dz('--password-stdin: no standard input');
    const chunks = [];
    for await (const c of ctx.io.stdin)
        chunks.push(Buffer.from(c));
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/cli/commands/quickstart.ts








function registerQuickstart(program, ctx) {
    program
        .command('quickstart')
        .description("lading's whole release on the embedded default, offline: build the example into an OCI layout, SBOM, scan against the advisories shipped with it, sign and attest with a key pair made for the run, verify")
        .option('--example <DIR>', 'directory to pack as the example image (default: the repository example/app)')
        .option('--advisories <DIR>', 'OSV records to scan against (default: the repository example/advisories)')
        .option('--work-dir <DIR>', 'where the layout, key pair, database and reports are written (emptied first)', '.lading/quickstart')
        .addOption(new commander/* Option */.c$('--fail-on <LEVEL>', 'the gate: stop before signing on an open finding at or above LEVEL')
        .choices(['none', 'low', 'medium', 'high', 'critical'])
        .default('high'))
        .action(async (flags, cmd) => {
        const exampleDir = (0,external_node_path_.resolve)(ctx.io.cwd, flags.example ?? beside('example/app'));
        const advisoriesDir = (0,external_node_path_.resolve)(ctx.io.cwd, flags.advisories ?? beside('example/advisories'));
        if (!(0,external_node_fs_.existsSync)(exampleDir))
            throw new errors/* InputError */.dz(`quickstart: example directory ${exampleDir} does not exist`);
        if (!(0,external_node_fs_.existsSync)(advisoriesDir))
            throw new errors/* InputError */.dz(`quickstart: advisory directory ${advisoriesDir} does not exist`);
        const [{ quickstartStep }, { partialRelease }, { renderReleaseSummary }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(196), __webpack_require__.e(91), __webpack_require__.e(88), __webpack_require__.e(353), __webpack_require__.e(915), __webpack_require__.e(172), __webpack_require__.e(726), __webpack_require__.e(815), __webpack_require__.e(927), __webpack_require__.e(225), __webpack_require__.e(110), __webpack_require__.e(814), __webpack_require__.e(275), __webpack_require__.e(943), __webpack_require__.e(426), __webpack_require__.e(310), __webpack_require__.e(294)]).then(__webpack_require__.bind(__webpack_require__, 14294)),
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(196), __webpack_require__.e(91), __webpack_require__.e(88), __webpack_require__.e(353), __webpack_require__.e(915), __webpack_require__.e(172), __webpack_require__.e(726), __webpack_require__.e(815), __webpack_require__.e(927), __webpack_require__.e(225), __webpack_require__.e(110), __webpack_require__.e(814), __webpack_require__.e(275), __webpack_require__.e(943), __webpack_require__.e(426), __webpack_require__.e(310), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 15617)),
            Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(353), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 98766)),
        ]);
        try {
            const result = await quickstartStep({
                exampleDir,
                advisoriesDir,
                workDir: (0,external_node_path_.resolve)(ctx.io.cwd, flags.workDir),
                created: Number(ctx.io.env.SOURCE_DATE_EPOCH ?? 0) || 0,
                failOn: flags.failOn,
                now: new Date(),
                access: await accessFrom({}, ctx.io),
                toolVersion: VERSION,
            }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
            ctx.io.stdout.write(`built     ${result.build.output}\nkey pair  ${result.keys.privateKey}, ${result.keys.publicKey}\n\n` +
                renderReleaseSummary(result.release, 'text'));
        }
        catch (err) {
            const partial = partialRelease(err);
            if (partial)
                ctx.io.stdout.write(renderReleaseSummary(partial, 'text'));
            throw err;
        }
    });
}
/** The example ships in the repository: two levels above the bundle (dist/cli/), three above this source file. */
function beside(path) {
    const candidates = [`../../${path}`, `../../../${path}`].map((p) => (0,external_node_url_.fileURLToPath)(new URL(p, import.meta.url)));
    return candidates.find((c) => (0,external_node_fs_.existsSync)(c)) ?? candidates[0];
}

;// CONCATENATED MODULE: ./src/cli/host.ts

// What the machine running the CLI supplies when the user does not say: its
// platform, and the time.
/** Node's names for CPU architectures, as OCI platforms spell them. */
const OCI_ARCH = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
function hostPlatform() {
    return { os: 'linux', architecture: OCI_ARCH[process.arch] ?? process.arch };
}
/** LADING_NOW (RFC 3339) fixes the clock: allowlist expiry in reproducible runs and tests. */
function clock(env) {
    const raw = env.LADING_NOW;
    if (!raw)
        return new Date();
    const d = new Date(raw);
    if (Number.isNaN(d.getTime()))
        throw new errors/* InputError */.dz(`LADING_NOW: "${raw}" is not an RFC 3339 date-time`);
    return d;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/cli/trust-flags.ts





/** How the identity flags are spelled, for errors that name them. */
const IDENTITY_FLAG_NAMES = {
    subject: '--certificate-identity',
    issuer: '--certificate-oidc-issuer',
    subjectRegexp: '--certificate-identity-regexp',
    issuerRegexp: '--certificate-oidc-issuer-regexp',
};
/** validatePolicy's names for the two regular expressions. */
const IDENTITY_REGEXP_FLAGS = {
    subject: IDENTITY_FLAG_NAMES.subjectRegexp,
    issuer: IDENTITY_FLAG_NAMES.issuerRegexp,
};
/** --certificate-identity[-regexp], --certificate-oidc-issuer[-regexp], --trusted-root, --tuf-cache. */
function addIdentityOptions(cmd, help, metavars) {
    const v = (name) => `<${metavars === 'upper' ? name.toUpperCase() : name}>`;
    return cmd
        .option(`--certificate-identity ${v('san')}`, help.identity)
        .option(`--certificate-identity-regexp ${v('re')}`, help.identityRegexp)
        .option(`--certificate-oidc-issuer ${v('url')}`, help.issuer)
        .option(`--certificate-oidc-issuer-regexp ${v('re')}`, help.issuerRegexp)
        .option(`--trusted-root ${v('file')}`, help.trustedRoot)
        .option(`--tuf-cache ${v('dir')}`, 'where the TUF-updated trusted root is cached');
}
/** The subject and issuer matchers the flags give; `--x` and `--x-regexp` together are refused. */
function identityFrom(flags) {
    const subject = matcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity');
    const issuer = matcher(flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp, 'certificate-oidc-issuer');
    return { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
}
function matcher(exact, pattern, name) {
    if (exact !== undefined && pattern !== undefined) {
        throw new errors/* InputError */.dz(`--${name} and --${name}-regexp exclude each other`);
    }
    if (exact !== undefined)
        return { exact };
    if (pattern !== undefined)
        return { pattern };
    return undefined;
}
/** A key and an identity would each decide alone: giving both is a mistake, not a choice. */
function refuseKeyWithIdentity(key, identity) {
    if (key && identity)
        throw new errors/* InputError */.dz('--key and the --certificate-* identity flags exclude each other');
}
/** A PEM public key from the file a flag names. */
async function publicKeyFrom(io, file, flag) {
    const text = await readUserFile(io, file, flag);
    try {
        return (0,external_node_crypto_.createPublicKey)(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${flag} ${file}: not a PEM public key`);
    }
}
/** Keyless trust: the --trusted-root file, or the public instance's root through TUF. */
async function keylessTrust(flags, io) {
    // Loaded on demand: TUF and its HTTP stack are needed only here.
    const { parseTrustedRoot, publicTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(335), __webpack_require__.e(694), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 3786));
    if (flags.trustedRoot) {
        return {
            trustedRoot: parseTrustedRoot(await readUserFile(io, flags.trustedRoot, '--trusted-root'), `--trusted-root ${flags.trustedRoot}`),
        };
    }
    return { trustedRoot: await publicTrustedRoot(tufCacheDir(flags, io), Boolean(flags.offline)) };
}
/** --tuf-cache, else the user's cache directory (XDG_CACHE_HOME or ~/.cache). */
function tufCacheDir(flags, io) {
    return (flags.tufCache ?? (0,external_node_path_.join)(io.env.XDG_CACHE_HOME || (0,external_node_path_.join)(io.env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'lading', 'tuf'));
}

;// CONCATENATED MODULE: ./src/cli/commands/release.ts












const RELEASE_HELP = {
    identity: 'keyless: the signing certificate subject to verify, exactly',
    identityRegexp: 'keyless: the certificate subject, a regular expression',
    issuer: 'keyless: the OIDC issuer, exactly',
    issuerRegexp: 'keyless: the OIDC issuer, a regular expression',
    trustedRoot: 'Sigstore trusted root JSON (keyless default: the public instance, through TUF)',
};
function registerRelease(program, ctx) {
    const release = program
        .command('release')
        .description('the whole chain on an image by digest: SBOM (SPDX + CycloneDX) → scan and gate → sign → attest (provenance, SBOM, vulnerabilities) → Harbor policy (optional) → verify; one summary')
        .argument('<IMAGE@DIGEST>', 'the image, by digest: REGISTRY/REPO@sha256:…, oci-dir:DIR@sha256:…')
        .option('--output-dir <DIR>', 'where the SBOMs, scan reports and predicates go', '.lading/release')
        .option('--summary-file <FILE>', 'also write the summary as Markdown (a job summary)')
        .option('--platform <os/arch[/variant]>', 'for an index, the platform image the SBOM and scan describe');
    addAdvisoryOptions(release, 'never touch the network for advisories or the trusted root: use them as cached')
        .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
        .option('--allowlist <FILE>', "allowlist YAML or Harbor's CVE allowlist JSON")
        .option('--ignore-unfixed', 'suppress findings no fixed version exists for')
        .addOption(new commander/* Option */.c$('--fail-on <LEVEL>', 'stop the release (exit 1, nothing signed) on an open finding at or above LEVEL')
        .choices(FAIL_ON)
        .default('high'))
        .addOption(unknownAsOption());
    addSigningOptions(release, '; verification uses its public half')
        .option('--public-key <file>', 'verify against this public key instead of the private key’s own half')
        .addOption(new commander/* Option */.c$('--signature-format <format>', 'bundle, legacy or both (default: decided from the registry)').choices(['bundle', 'legacy', 'both']))
        .option('--recursive', 'also sign every platform manifest of an index, and attach the provenance to each');
    addIdentityOptions(release, RELEASE_HELP, 'lower')
        .option('--provenance <file>', 'SLSA provenance predicate to attest (default: made from the GitHub Actions run, or a local-run provenance)')
        .option('--policy <file>', 'Harbor policy as code to apply after the attestations (needs --harbor)')
        .option('--harbor <URL>', 'Harbor base URL (or LADING_HARBOR_URL)')
        .option('--harbor-username <NAME>', 'Harbor user or robot account (or LADING_HARBOR_USERNAME); password in LADING_HARBOR_PASSWORD')
        .option('--secrets-file <FILE>', 'write the secrets of robot accounts the policy created to FILE (mode 0600); they are printed nowhere else');
    addAccessOptions(release).action(async (image, flags, cmd) => {
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const options = await releaseOptions(image, flags, ctx.io);
        // Loaded on demand: the release pulls in every engine.
        const [{ releaseStep, partialRelease }, { renderReleaseSummary }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(196), __webpack_require__.e(91), __webpack_require__.e(88), __webpack_require__.e(353), __webpack_require__.e(915), __webpack_require__.e(172), __webpack_require__.e(726), __webpack_require__.e(815), __webpack_require__.e(927), __webpack_require__.e(225), __webpack_require__.e(110), __webpack_require__.e(814), __webpack_require__.e(275), __webpack_require__.e(943), __webpack_require__.e(426), __webpack_require__.e(310), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 15617)),
            Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(353), __webpack_require__.e(766)]).then(__webpack_require__.bind(__webpack_require__, 98766)),
        ]);
        const report = async (result) => {
            await keepSecrets(result, flags.secretsFile, ctx.io);
            ctx.io.stdout.write(renderReleaseSummary(result, 'text'));
            if (flags.summaryFile) {
                const file = (0,external_node_path_.resolve)(ctx.io.cwd, flags.summaryFile);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
                await (0,promises_.writeFile)(file, renderReleaseSummary(result, 'markdown'));
            }
        };
        let result;
        try {
            result = await releaseStep(options, reporter);
        }
        catch (err) {
            const partial = partialRelease(err);
            if (partial)
                await report(partial);
            throw err;
        }
        await report(result);
    });
}
/** Robot secrets go to the file asked for, or are announced as lost: never to stdout or the summary. */
async function keepSecrets(result, file, io) {
    const secrets = result.policy?.secrets ?? [];
    if (secrets.length === 0)
        return;
    if (!file) {
        io.stderr.write(`warning: ${secrets.length} robot account(s) created; their secrets were not kept (use --secrets-file)\n`);
        return;
    }
    const path = (0,external_node_path_.resolve)(io.cwd, file);
    await (0,promises_.writeFile)(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    io.stderr.write(`${secrets.length} robot secret(s) written to ${file}\n`);
}
/** Flags and environment → the step's options; every bad flag is refused here, before any work. */
async function releaseOptions(image, flags, io) {
    const access = await accessFrom(flags, io);
    const { services, key, identityToken } = await signingMaterial(flags, io, { actionsToken: true });
    const { subject, issuer } = identityFrom(flags);
    const policy = { ...(subject ? { subject } : {}), ...(issuer ? { issuer } : {}) };
    refuseKeyWithIdentity(key, Boolean(subject || issuer));
    let trust;
    if (flags.publicKey) {
        trust = { publicKey: await publicKeyFrom(io, flags.publicKey, '--public-key') };
    }
    else if (!key && identityToken) {
        if (!subject || !issuer) {
            throw new errors/* InputError */.dz('keyless release: give the identity to verify: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
        }
        const { validatePolicy } = await Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(529)]).then(__webpack_require__.bind(__webpack_require__, 97529));
        validatePolicy(policy, IDENTITY_REGEXP_FLAGS);
        trust = await keylessTrust(flags, io);
    }
    else if (!key) {
        throw new errors/* InputError */.dz('release: no signing identity: give --key FILE, --identity-token FILE, or run where an OIDC token is available');
    }
    let harbor;
    if (flags.policy) {
        const harborUrl = flags.harbor ?? io.env.LADING_HARBOR_URL;
        const username = flags.harborUsername ?? io.env.LADING_HARBOR_USERNAME;
        const password = io.env.LADING_HARBOR_PASSWORD;
        if (!harborUrl)
            throw new errors/* InputError */.dz('--policy: give --harbor URL (or LADING_HARBOR_URL)');
        if (!username)
            throw new errors/* InputError */.dz('--policy: give --harbor-username (or LADING_HARBOR_USERNAME)');
        if (!password)
            throw new errors/* InputError */.dz('--policy: give the Harbor password in LADING_HARBOR_PASSWORD');
        harbor = { file: (0,external_node_path_.resolve)(io.cwd, flags.policy), harborUrl, username, password };
    }
    else if (flags.harbor) {
        throw new errors/* InputError */.dz('--harbor: give the policy to apply with --policy FILE');
    }
    let provenance;
    if (flags.provenance)
        provenance = { predicate: flags.provenance };
    else if (io.env.GITHUB_ACTIONS === 'true') {
        const { workflowContext } = await __webpack_require__.e(/* import() */ 45).then(__webpack_require__.bind(__webpack_require__, 62426));
        provenance = { workflow: workflowContext(io.env) };
    }
    return {
        image,
        access,
        ...(flags.platform ? { platform: flags.platform } : {}),
        defaultPlatform: hostPlatform(),
        outputDir: flags.outputDir,
        scan: {
            db: advisoryDbFrom(flags, io),
            failOn: flags.failOn,
            unknownAs: flags.unknownAs,
            ...(flags.vex ? { vex: flags.vex } : {}),
            ...(flags.allowlist ? { allowlist: flags.allowlist } : {}),
            ignoreUnfixed: Boolean(flags.ignoreUnfixed),
        },
        signing: {
            ...(key ? { key } : {}),
            ...(identityToken ? { identityToken } : {}),
            services,
            ...(flags.signatureFormat ? { format: flags.signatureFormat } : {}),
            recursive: Boolean(flags.recursive),
        },
        ...(provenance ? { provenance } : {}),
        ...(harbor ? { policy: harbor } : {}),
        verify: {
            ...(trust ? { trust } : {}),
            ...(subject || issuer ? { policy } : {}),
        },
        now: clock(io.env),
        toolVersion: VERSION,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/sbom.ts






/** SOURCE_DATE_EPOCH makes the documents reproducible; without it they carry the time of the run. */
function creationTime(env) {
    const raw = env.SOURCE_DATE_EPOCH;
    if (raw === undefined || raw === '')
        return new Date();
    const seconds = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(seconds)) {
        throw new errors/* InputError */.dz(`SOURCE_DATE_EPOCH: "${raw}" is not a whole number of seconds`);
    }
    return new Date(seconds * 1000);
}
function registerSbom(program, ctx) {
    addAccessOptions(program
        .command('sbom')
        .description('catalog the packages of an image or a source tree and write SPDX 2.3 / CycloneDX 1.6')
        .argument('<SOURCE>', 'image (any SOURCE scheme) or dir:PATH')
        .option('-o, --output <FORMAT[=FILE]>', 'spdx-json or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Without -o: a package table', collect)
        .option('--platform <os/arch[/variant]>', 'for an index, the platform image to catalog (default: this machine’s)')
        .option('--all-platforms', 'for an index, catalog every platform image: one SBOM each, FILE named per platform')).action(async (source, flags, cmd) => {
        if (flags.platform && flags.allPlatforms) {
            throw new errors/* InputError */.dz('--platform and --all-platforms: choose one');
        }
        // Loaded here, not at the top: the writers pull in packageurl-js, whose load
        // (an Intl.Collator and its tables) every other command would pay for.
        const { parseSbomOutput } = await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(225), __webpack_require__.e(204)]).then(__webpack_require__.bind(__webpack_require__, 18225));
        const outputs = (flags.output ?? []).map((o) => parseSbomOutput(o, '-o'));
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        // Loaded on demand: the catalogers and their parsers are only needed here.
        const { sbomStep } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(91), __webpack_require__.e(172), __webpack_require__.e(225), __webpack_require__.e(110)]).then(__webpack_require__.bind(__webpack_require__, 74110));
        const result = await sbomStep({
            source,
            ...(flags.platform ? { platform: flags.platform } : {}),
            ...(flags.allPlatforms ? { allPlatforms: true } : {}),
            defaultPlatform: hostPlatform(),
            outputs,
            access,
            created: creationTime(ctx.io.env),
            toolVersion: VERSION,
        }, reporter);
        for (const r of result.results) {
            for (const d of r.documents)
                if (d.content !== undefined)
                    ctx.io.stdout.write(d.content);
        }
        if (outputs.length === 0)
            ctx.io.stdout.write(renderTable(result));
        reporter.info(summary(result));
    });
}
function summary(result) {
    const lines = [];
    for (const r of result.results) {
        const what = r.subject.kind === 'image' ? `${r.subject.name}@${r.subject.digest}` : `dir:${r.subject.name}`;
        const types = Object.entries(r.byType)
            .map(([t, n]) => `${n} ${t}`)
            .join(', ');
        lines.push(`${what}${r.platform ? ` (${r.platform})` : ''}: ${r.packages} package(s)${types ? ` (${types})` : ''}` +
            `${r.distro ? `; distro ${r.distro.prettyName}` : ''}` +
            `${r.subject.kind === 'image' ? `; ${r.layers.length} layer(s)` : ''}` +
            `${r.warnings.length ? `; ${r.warnings.length} warning(s)` : ''}`);
        for (const d of r.documents)
            if (d.file)
                lines.push(`  ${d.format}: ${d.file}`);
    }
    lines.push(`done in ${(result.durationMs / 1000).toFixed(2)} s`);
    return lines.join('\n');
}
/** syft's default table: NAME VERSION TYPE, columns padded. */
function renderTable(result) {
    const rows = [['NAME', 'VERSION', 'TYPE']];
    for (const r of result.results)
        for (const p of r.inventory.packages)
            rows.push([p.name, p.version, p.type]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
    return `${rows
        .map((row) => `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padEnd(widths[1] ?? 0)}  ${row[2] ?? ''}`)
        .join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/scan.ts










// `lading scan`: argv → scanStep options → exit code. The gate's "no" is exit 1,
// after every report was written.
const VEX_TRUST_HELP = {
    identity: 'VEX attestations, keyless: certificate subject, exactly',
    identityRegexp: 'VEX attestations, keyless: certificate subject, a regexp',
    issuer: 'VEX attestations, keyless: OIDC issuer, exactly',
    issuerRegexp: 'VEX attestations, keyless: OIDC issuer, a regexp',
    trustedRoot: 'VEX attestations, keyless: Sigstore trusted root (default: public, via TUF)',
};
function registerScan(program, ctx) {
    const scan = program
        .command('scan')
        .description('match an image, a source tree, an SBOM file or an SBOM attestation against OSV advisories; VEX, allowlist, gate, reports')
        .argument('[SOURCE]', 'any SOURCE `lading sbom` reads, sbom:FILE (SPDX/CycloneDX JSON) or attestation:IMAGE')
        .option('--rescan <IMAGE@DIGEST...>', 'instead of SOURCE: pushed images, each scanned from its SBOM attestation (no layer pull); one report each, one gate over all');
    addAdvisoryOptions(scan, 'never touch the network: use the database as it is')
        .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
        .option('--vex-from-attestations', 'also apply the OpenVEX attestations attached to a scanned image whose signature verifies against ' +
        '--key or the --certificate-* identity; any other is reported as ignored and suppresses nothing')
        .option('--key <FILE>', 'VEX attestations: the public key (cosign.pub) they must be signed with');
    addIdentityOptions(scan, VEX_TRUST_HELP, 'upper')
        .option('--insecure-ignore-tlog', 'VEX attestations, keyless: accept an RFC 3161 timestamp in place of a transparency-log entry')
        .option('--allowlist <FILE>', "allowlist YAML (id, reason, expires, package) or Harbor's CVE allowlist JSON")
        .option('--ignore-unfixed', 'suppress findings no fixed version exists for')
        .addOption(new commander/* Option */.c$('--fail-on <LEVEL>', 'exit 1 when an open finding is at or above LEVEL')
        .choices(FAIL_ON)
        .default('none'))
        .addOption(unknownAsOption())
        .option('--base <SOURCE>', 'compare with this SOURCE: only findings the change introduced fail the gate')
        .option('--platform <os/arch[/variant]>', 'for an index, the platform image to scan')
        .option('--dockerfile <FILE>', 'the Dockerfile that built the image, for SARIF locations')
        .option('-o, --output <FORMAT[=FILE]>', 'json, sarif, table or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Default: table', collect);
    addAccessOptions(scan).action(async (source, flags, cmd) => {
        const rescan = flags.rescan;
        if (rescan && source)
            throw new errors/* InputError */.dz(`scan: give SOURCE (${source}) or --rescan, not both`);
        if (!rescan && !source)
            throw new errors/* InputError */.dz('scan: give a SOURCE, or --rescan IMAGE@DIGEST…');
        if (rescan && flags.base)
            throw new errors/* InputError */.dz('--base: a rescan has no base; it scans each pushed image as it is');
        // Loaded on demand: the advisory database and catalogers are not needed by other commands.
        const { parseScanOutput, rescanStep, scanStep } = await Promise.all(/* import() */[__webpack_require__.e(196), __webpack_require__.e(91), __webpack_require__.e(88), __webpack_require__.e(353), __webpack_require__.e(172), __webpack_require__.e(726), __webpack_require__.e(225), __webpack_require__.e(110), __webpack_require__.e(814), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 51943));
        const outputs = (flags.output ?? ['table']).map((o) => parseScanOutput(o, '-o'));
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const vexTrust = await vexTrustFromFlags(flags, ctx.io);
        const common = {
            access,
            ...(flags.platform ? { platform: flags.platform } : {}),
            defaultPlatform: hostPlatform(),
            db: advisoryDbFrom(flags, ctx.io),
            vex: flags.vex ?? [],
            vexFromAttestations: flags.vexFromAttestations === true,
            ...(vexTrust ? { vexTrust } : {}),
            ...(flags.allowlist ? { allowlist: flags.allowlist } : {}),
            ignoreUnfixed: Boolean(flags.ignoreUnfixed),
            failOn: flags.failOn,
            unknownAs: flags.unknownAs,
            ...(flags.dockerfile ? { dockerfile: flags.dockerfile } : {}),
            outputs,
            now: clock(ctx.io.env),
            toolVersion: VERSION,
        };
        const results = rescan
            ? (await rescanStep({ ...common, images: rescan }, reporter)).results
            : [
                await scanStep({ ...common, source: source, ...(flags.base ? { base: flags.base } : {}) }, reporter),
            ];
        for (const result of results) {
            for (const d of result.documents)
                if (d.content !== undefined)
                    ctx.io.stdout.write(d.content);
            for (const d of result.documents)
                if (d.file)
                    reporter.info(`${d.format}: ${d.file}`);
        }
        if (results.some((r) => !r.decision.passed))
            ctx.setExit(errors/* ExitCode */.yU.denied);
    });
}
/** `lading verify`'s trust flags, here for the VEX attestations a scan may apply. */
async function vexTrustFromFlags(flags, io) {
    const { subject, issuer } = identityFrom(flags);
    if (!flags.key && !flags.trustedRoot && !subject && !issuer)
        return undefined;
    // Loaded on demand: the Sigstore libraries are heavy and most scans never need them.
    const { vexTrust } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(335), __webpack_require__.e(694), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 19797));
    const { key, trustedRoot: root } = flags;
    const trust = await vexTrust({
        ...(key ? { key: { text: await readUserFile(io, key, '--key'), where: key } } : {}),
        ...(root
            ? {
                trustedRoot: {
                    text: await readUserFile(io, root, '--trusted-root'),
                    where: `--trusted-root ${root}`,
                },
            }
            : {}),
        ...(subject ? { subject } : {}),
        ...(issuer ? { issuer } : {}),
        insecureIgnoreTlog: flags.insecureIgnoreTlog === true,
        tufCache: tufCacheDir(flags, io),
        offline: flags.offline === true,
        names: { key: '--key', ...IDENTITY_FLAG_NAMES },
    });
    if (trust && flags.vexFromAttestations !== true) {
        throw new errors/* InputError */.dz('--key/--certificate-*: they say who must have signed OpenVEX attestations; add --vex-from-attestations to apply them');
    }
    return trust;
}

// EXTERNAL MODULE: ./src/sigstore/signature-format.ts
var signature_format = __webpack_require__(84646);
;// CONCATENATED MODULE: ./src/cli/commands/sign.ts








function registerSign(program, ctx) {
    addAccessOptions(addSigningOptions(program
        .command('sign')
        .description("sign an image keylessly (OIDC → Fulcio → Rekor/TSA) or with a key, in cosign's formats")
        .argument('<IMAGE@DIGEST>', 'image to sign'))
        .addOption(new commander/* Option */.c$('--signature-format <format>', 'bundle (cosign 3, OCI referrer), legacy (.sig tag, Harbor < 2.15) or both (default: both when the registry is Harbor before 2.15, else bundle)').choices([...signature_format/* SIGNATURE_FORMATS */.g]))
        .option('--notation-key <file>', 'also sign in Notation JWS format with this PEM private key (unencrypted)')
        .option('--notation-cert <file>', 'the PEM certificate (chain, leaf first) of --notation-key')
        .option('--recursive', 'also sign every platform manifest of an index')
        .option('--json', 'print the result as JSON on stdout')).action(async (image, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
        if (Boolean(flags.notationKey) !== Boolean(flags.notationCert)) {
            throw new errors/* InputError */.dz('--notation-key and --notation-cert go together');
        }
        const { signStep } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(915), __webpack_require__.e(310), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 66310));
        const notation = flags.notationKey && flags.notationCert
            ? (await __webpack_require__.e(/* import() */ 741).then(__webpack_require__.bind(__webpack_require__, 71741))).notationIdentity(await readUserFile(ctx.io, flags.notationKey, '--notation-key'), await readUserFile(ctx.io, flags.notationCert, '--notation-cert'), { key: `--notation-key ${flags.notationKey}`, cert: `--notation-cert ${flags.notationCert}` })
            : undefined;
        const { services, key, identityToken } = await signingMaterial(flags, ctx.io, {
            actionsToken: !notation,
        });
        const result = await signStep({
            image,
            access,
            ...(flags.signatureFormat ? { format: flags.signatureFormat } : {}),
            ...(notation ? { notation, agent: `lading/${VERSION}` } : {}),
            ...(key ? { key } : {}),
            ...(identityToken ? { identityToken } : {}),
            services,
            recursive: Boolean(flags.recursive),
        }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        for (const s of result.signatures) {
            const log = s.transparencyLog.map((t) => ` tlog ${t.index}${t.url ? ` ${t.url}` : ''}`).join('');
            ctx.io.stdout.write(`${s.format} ${s.subject} -> ${s.location}${log}\n`);
        }
    });
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/build/tag-guard.ts


/**
 * Compiles immutable-tag globs (`v*`, `release-*`, `*`) with picomatch. Dots
 * count as ordinary characters, so `*` also covers tags like `.hidden` (legal
 * only after a leading character, but the guard should not have holes).
 */
function immutableGuard(patterns) {
    const compiled = patterns.map((pattern) => {
        if (pattern.trim() === '' || pattern.includes('/'))
            throw new errors/* InputError */.dz(`--immutable "${pattern}": expected a glob over tag names, such as v* or *`);
        return { pattern, test: picomatch_default()(pattern, { dot: true }) };
    });
    return { matches: (tag) => compiled.find((c) => c.test(tag))?.pattern };
}
/**
 * Decides every tag before any is moved: created when absent, unchanged when it
 * already points at `digest`, moved otherwise. A tag an immutable pattern
 * protects that points elsewhere is a refusal; every such tag is named in one
 * DeniedError, and no tag is decided "moved" past it, so the caller moves none.
 */
function decideTags(digest, states, guard) {
    const refusals = [];
    const decisions = states.map((s) => {
        if (s.current === undefined)
            return { ...s, outcome: 'created' };
        if (s.current === digest)
            return { ...s, outcome: 'unchanged' };
        const pattern = guard.matches(s.tag);
        if (pattern !== undefined)
            refusals.push(`${s.reference} points to ${s.current} and matches immutable pattern "${pattern}"`);
        return { ...s, outcome: 'moved' };
    });
    if (refusals.length) {
        throw new errors/* DeniedError */.iC(`tag: refusing to move immutable tags to ${digest}: ${refusals.join('; ')}. No tag was changed.`);
    }
    return decisions;
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
;// CONCATENATED MODULE: ./src/steps/tag.ts






const TAG_RE = /^[\w][\w.-]{0,127}$/;
/**
 * `lading tag`: points tags at an image given by digest, on any registry (and
 * in layouts). Every tag is resolved first; if an immutable pattern protects a
 * tag that already points elsewhere, the step refuses (DeniedError, exit 1)
 * before moving any tag. Between that check and the writes another client
 * could still move a tag: registries offer no compare-and-swap on tags, so the
 * guard is as strong as the registry's own immutability rules, not stronger.
 */
async function tagStep(options, reporter) {
    if (!options.tags.length)
        throw new errors/* InputError */.dz('tag: give at least one --tag');
    const guard = immutableGuard(options.immutable);
    const parsed = await (0,oci_source/* detectSource */.PM)(options.image);
    const digest = parsed.kind === 'registry' ? parsed.reference.digest : 'digest' in parsed ? parsed.digest : undefined;
    if (!digest) {
        throw new errors/* InputError */.dz(`tag: ${options.image}: name the image by digest (IMAGE@sha256:…), so the tags point at exactly it`);
    }
    if (parsed.kind === 'oci-archive' || parsed.kind === 'docker-archive') {
        throw new errors/* InputError */.dz(`tag: ${options.image}: archives are read-only here; tag in a registry or an oci-dir layout`);
    }
    const targets = planTargets(options, parsed.kind === 'registry' ? parsed.reference : undefined);
    const source = await (0,oci_opener/* openLocation */.s)(options.image, 'read', options.access);
    try {
        const root = await source.store.resolve(digest);
        const states = [];
        for (const t of targets) {
            t.location = t.open ? await t.open() : source;
            for (const { reference, tag } of t.tags) {
                const current = await t.location.store.resolve(tag).then((d) => d.digest, (err) => {
                    if (err instanceof errors/* NotFoundError */.m_)
                        return undefined;
                    throw err;
                });
                states.push({ reference, tag, ...(current ? { current } : {}) });
            }
        }
        const decisions = decideTags(root.digest, states, guard);
        const fetched = await source.store.fetchManifest(root);
        let i = 0;
        for (const t of targets) {
            const store = t.location.store;
            let present = t.same;
            for (const _ of t.tags) {
                const d = decisions[i++];
                if (d.outcome === 'unchanged') {
                    reporter.info(`${d.reference} already points to ${root.digest}`);
                    continue;
                }
                if (!present) {
                    // Another repository: the image's blobs and manifests go there first (mounted within one registry).
                    await copyImage(source.store, store, root, { tag: d.tag });
                    present = true;
                }
                else {
                    await store.pushManifest(fetched.bytes, fetched.descriptor.mediaType, d.tag);
                }
                reporter.info(d.outcome === 'moved'
                    ? `${d.reference} moved from ${d.current} to ${root.digest}`
                    : `${d.reference} created`);
            }
            await t.location.commit();
        }
        return { image: options.image, digest: root.digest, tags: decisions };
    }
    finally {
        for (const t of targets)
            if (t.location && !t.same)
                await t.location.close();
        await source.close();
    }
}
/** Groups the tags by where they live: the image's own repository or layout, or another repository. */
function planTargets(options, image) {
    const targets = new Map();
    const same = { key: '', same: true, tags: [] };
    targets.set('', same);
    // A tag named twice (a bare tag and its full reference) is decided and written once.
    const add = (t, entry) => {
        if (!t.tags.some((e) => e.tag === entry.tag))
            t.tags.push(entry);
    };
    for (const text of options.tags) {
        if (TAG_RE.test(text)) {
            add(same, {
                reference: image ? (0,reference/* formatReference */.FH)({ ...withoutDigest(image), tag: text }) : text,
                tag: text,
            });
            continue;
        }
        const ref = (0,reference/* parseReference */.F2)(text, { defaultTag: false });
        if (!ref.tag || ref.digest)
            throw new errors/* InputError */.dz(`tag: --tag ${text}: expected a tag or REGISTRY/REPOSITORY:TAG`);
        const repo = `${ref.registry}/${ref.repository}`;
        // From a layout every registry is elsewhere: the image is copied there first.
        const key = image && repo === `${image.registry}/${image.repository}` ? '' : repo;
        let target = targets.get(key);
        if (!target) {
            target = {
                key,
                same: false,
                tags: [],
                open: () => (0,oci_opener/* openLocation */.s)(`registry:${repo}`, 'write', options.access),
            };
            targets.set(key, target);
        }
        add(target, { reference: (0,reference/* formatReference */.FH)({ ...withoutDigest(ref), tag: ref.tag }), tag: ref.tag });
    }
    return [...targets.values()].filter((t) => t.tags.length);
}
function withoutDigest(r) {
    const { digest: _, ...rest } = r;
    return rest;
}

;// CONCATENATED MODULE: ./src/cli/commands/tag.ts




function registerTag(program, ctx) {
    addAccessOptions(program
        .command('tag')
        .description('point tags at an image by digest, on any registry; tags matching --immutable are never moved to another digest')
        .argument('<IMAGE@DIGEST>', 'the image: REPO@sha256:… or oci-dir:DIR@sha256:…')
        .requiredOption('--tag <TAG|REF>', "a tag in the image's repository, or REGISTRY/REPO:TAG elsewhere (the image is copied there); repeatable", collect)
        .option('--immutable <GLOB>', 'tags matching this glob (v*, release-*, *) that exist must already point at the digest; repeatable', collect, [])
        .option('--json', 'print the result as JSON on stdout')).action(async (image, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const result = await tagStep({ image, tags: flags.tag, immutable: flags.immutable, access }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        for (const t of result.tags) {
            const was = t.outcome === 'moved' ? ` (was ${t.current})` : '';
            ctx.io.stdout.write(`${t.outcome.padEnd(9)} ${t.reference}@${result.digest}${was}\n`);
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts





const VERIFY_HELP = {
    identity: 'certificate subject (SAN), exactly',
    identityRegexp: 'certificate subject (SAN), a regular expression matching all of it',
    issuer: 'OIDC issuer, exactly',
    issuerRegexp: 'OIDC issuer, a regular expression matching all of it',
    trustedRoot: 'Sigstore trusted root JSON (default: the public instance, through TUF)',
};
function registerVerify(program, ctx) {
    addAccessOptions(addIdentityOptions(program
        .command('verify')
        .description("verify an image's signatures (cosign bundle and legacy formats) against a key or an identity policy")
        .argument('<IMAGE>', 'image to verify')
        .option('--key <file>', 'public key PEM (cosign.pub)')
        .option('--notation-cert <file>', 'also verify Notation JWS signatures against this trust-store certificate (PEM); repeatable. Alone, only Notation signatures are checked', (value, previous = []) => [...previous, value]), VERIFY_HELP, 'lower')
        .option('--certificate-github-workflow-repository <owner/repo>', 'GitHub repository that ran the workflow')
        .option('--certificate-github-workflow-ref <ref>', 'git ref the workflow ran on (refs/tags/v1.0.0)')
        .option('--certificate-github-workflow-name <name>', 'workflow name')
        .option('--certificate-github-workflow-trigger <event>', 'event that triggered the workflow (push, release…)')
        .option('--certificate-github-workflow-sha <sha>', 'commit the workflow ran on')
        .option('--offline', 'use the cached trusted root without updating it')
        .option('--insecure-ignore-tlog', 'accept certificate signatures with an RFC 3161 timestamp but no log entry')
        .option('--require-attestation <type>', 'also require a valid attestation of this type: slsaprovenance1, spdxjson, cyclonedx, vuln, openvex (repeatable)', (value, previous = []) => [...previous, value])
        .option('--attestation-builder-id <id>', 'slsaprovenance1: runDetails.builder.id, exactly')
        .option('--attestation-source-repository <repo>', 'slsaprovenance1: source repository (owner/repo or its URL)')
        .option('--attestation-source-ref <ref>', 'slsaprovenance1: git ref the build ran on (refs/tags/v1.0.0)')
        .option('--max-severity <severity>', 'vuln: no finding above negligible|low|medium|high|critical')
        .option('--max-scan-age <duration>', 'vuln: the scan finished at most this long ago (90m, 24h, 7d)')
        .option('--json', 'print every verdict as JSON on stdout')).action(async (image, flags, cmd) => {
        // Loaded on demand: the Sigstore libraries are heavy and no other command
        // needs them. The trusted root (TUF and its HTTP stack) only when no key is given.
        const [{ validatePolicy }, { verifyStep }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(529)]).then(__webpack_require__.bind(__webpack_require__, 97529)),
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(927), __webpack_require__.e(275), __webpack_require__.e(53)]).then(__webpack_require__.bind(__webpack_require__, 29868)),
        ]);
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const { subject, issuer } = identityFrom(flags);
        const github = Object.fromEntries(Object.entries({
            repository: flags.certificateGithubWorkflowRepository,
            ref: flags.certificateGithubWorkflowRef,
            workflow: flags.certificateGithubWorkflowName,
            trigger: flags.certificateGithubWorkflowTrigger,
            sha: flags.certificateGithubWorkflowSha,
        }).filter(([, v]) => v !== undefined));
        const policy = {
            ...(subject ? { subject } : {}),
            ...(issuer ? { issuer } : {}),
            ...(github && Object.keys(github).length ? { github } : {}),
        };
        validatePolicy(policy, IDENTITY_REGEXP_FLAGS);
        let trust;
        const notationTrustStore = [];
        if (flags.notationCert?.length) {
            const { certificatesFromPemText } = await __webpack_require__.e(/* import() */ 869).then(__webpack_require__.bind(__webpack_require__, 50869));
            for (const file of flags.notationCert) {
                const text = await readUserFile(ctx.io, file, '--notation-cert');
                notationTrustStore.push(...certificatesFromPemText(text, `--notation-cert ${file}`));
            }
        }
        if (notationTrustStore.length && !flags.key && !flags.trustedRoot && !subject && !issuer) {
            trust = undefined;
        }
        else if (flags.key) {
            refuseKeyWithIdentity(flags.key, Boolean(subject || issuer || policy.github));
            trust = { publicKey: await publicKeyFrom(ctx.io, flags.key, '--key') };
        }
        else {
            if (!flags.trustedRoot && (!subject || !issuer)) {
                throw new errors/* InputError */.dz('give --key FILE, or an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
            }
            trust = await keylessTrust(flags, ctx.io);
        }
        const { attestationRequirements, CLI_REQUIREMENT_NAMES } = await __webpack_require__.e(/* import() */ 13).then(__webpack_require__.bind(__webpack_require__, 59013));
        const requireAttestations = attestationRequirements({
            kinds: flags.requireAttestation ?? [],
            builderId: flags.attestationBuilderId,
            sourceRepository: flags.attestationSourceRepository,
            sourceRef: flags.attestationSourceRef,
            maxSeverity: flags.maxSeverity,
            maxScanAge: flags.maxScanAge,
        }, CLI_REQUIREMENT_NAMES);
        const result = await verifyStep({
            image,
            access,
            ...(trust ? { trust } : {}),
            ...(notationTrustStore.length ? { notationTrustStore } : {}),
            policy,
            requireTransparencyLog: !flags.insecureIgnoreTlog,
            ...(requireAttestations.length ? { requireAttestations } : {}),
        }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        }
        else {
            for (const s of result.signatures) {
                ctx.io.stdout.write(`${s.ok ? 'valid  ' : 'invalid'} ${s.format.padEnd(6)} ${s.location}: ${s.reason}\n`);
            }
            for (const r of result.attestations ?? []) {
                for (const a of r.attestations) {
                    ctx.io.stdout.write(`${a.ok ? 'valid  ' : 'invalid'} ${r.requirement.kind} attestation ${a.location}: ${a.reason}\n`);
                }
            }
        }
        const unmet = (result.attestations ?? []).filter((r) => !r.satisfied);
        if (unmet.length) {
            ctx.io.stderr.write(`lading: ${result.image}: no valid ${unmet.map((r) => r.requirement.kind).join(', ')} attestation${unmet.some((r) => r.attestations.length) ? ' (each one found is listed above with its reason)' : ''}\n`);
            ctx.setExit(errors/* ExitCode */.yU.denied);
        }
        if (!result.signatures.some((s) => s.ok)) {
            ctx.io.stderr.write(`lading: no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed above with its reason' : ''})\n`);
            ctx.setExit(errors/* ExitCode */.yU.denied);
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/program.ts
















const EXIT_CODES_HELP = `
Exit codes (every subcommand):
  0  done
  1  a gate or a verification said no
  2  bad usage or bad input
  3  anything else went wrong (network, registry, disk)

SOURCE is registry:REF, oci-dir:DIR[:TAG|@DIGEST], oci-archive:FILE[:TAG|@DIGEST],
docker-archive:FILE[:REF], dir:PATH, or a bare reference (a path if it exists,
else a registry reference).`;
/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
async function run(argv, io) {
    let exit = errors/* ExitCode */.yU.ok;
    const ctx = { io, setExit: (code) => (exit = code) };
    const program = new commander/* Command */.uB('lading')
        .description('Carry a container image from build to a registry that only lets trusted images through.')
        .version(VERSION, '--version', 'print the version')
        .addOption(new commander/* Option */.c$('-v, --verbose', 'print debug detail on stderr'))
        .addHelpText('after', EXIT_CODES_HELP)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
    });
    registerCopy(program, ctx);
    registerInspect(program, ctx);
    registerBuild(program, ctx);
    registerTag(program, ctx);
    registerQuickstart(program, ctx);
    registerSbom(program, ctx);
    registerDb(program, ctx);
    registerScan(program, ctx);
    registerSign(program, ctx);
    registerVerify(program, ctx);
    registerAttest(program, ctx);
    registerPolicy(program, ctx);
    registerRelease(program, ctx);
    for (const cmd of program.commands) {
        cmd.exitOverride().configureOutput({
            writeOut: (s) => io.stdout.write(s),
            writeErr: (s) => io.stderr.write(s),
        });
        cmd.addHelpText('after', EXIT_CODES_HELP);
    }
    if (argv.length === 0) {
        program.outputHelp();
        return errors/* ExitCode */.yU.badInput;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exit;
    }
    catch (err) {
        if (err instanceof commander/* CommanderError */.b7) {
            // Help and version are not errors; everything else commander raises is bad usage.
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
                return errors/* ExitCode */.yU.ok;
            if (err.code === 'commander.help')
                return errors/* ExitCode */.yU.ok;
            return errors/* ExitCode */.yU.badInput;
        }
        io.stderr.write(`lading: ${(0,errors/* describeError */.Uc)(err)}\n`);
        if (program.opts().verbose && err instanceof Error && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return (0,errors/* exitCodeOf */.FO)(err);
    }
}
/** Commander collects repeated options through this. */
function collect(value, previous = []) {
    return [...previous, value];
}
function requireArg(value, name) {
    if (!value)
        throw new errors/* InputError */.dz(`missing ${name}`);
    return value;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c3: () => (/* binding */ LadingError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   iC: () => (/* binding */ DeniedError),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
// Every failure a user can see is one of these. The class decides the exit code
// (DESIGN.md: 0 done, 1 a gate or verification said no, 2 bad usage or bad input,
// 3 anything else: network, registry, disk), so callers never map codes by hand.
const ExitCode = {
    ok: 0,
    denied: 1,
    badInput: 2,
    failure: 3,
};
class LadingError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The user asked for something malformed: a bad flag, reference, file or value. */
class InputError extends LadingError {
    exitCode = ExitCode.badInput;
}
/** A gate or a verification said no. Not a malfunction. */
class DeniedError extends LadingError {
    exitCode = ExitCode.denied;
}
/** Something outside lading went wrong: network, registry, disk. */
class OperationError extends LadingError {
    exitCode = ExitCode.failure;
}
/**
 * Content did not match its digest, or a server sent something that breaks the
 * distribution spec. It is the server's fault, not the user's, so it exits 3.
 */
class IntegrityError extends OperationError {
}
/** A registry answered with an error status. */
class RegistryError extends OperationError {
    status;
    codes;
    constructor(message, status, codes = [], options) {
        super(message, options);
        this.status = status;
        this.codes = codes;
    }
}
/** Credentials were refused (401 after authenticating, or 403). */
class AuthError extends RegistryError {
}
/** The thing asked for does not exist (tag, digest, repository, platform). */
class NotFoundError extends OperationError {
}
function exitCodeOf(err) {
    return err instanceof LadingError ? err.exitCode : ExitCode.failure;
}
/** One line, no stack: what the CLI and the actions print. */
function describeError(err) {
    if (err instanceof Error)
        return err.message.split('\n')[0] ?? err.name;
    return String(err);
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   FL: () => (/* binding */ DigestCheck),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   fN: () => (/* binding */ isVerifiedStream),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   pL: () => (/* binding */ VerifyingReader)
/* harmony export */ });
/* unused harmony export parseDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_RE.test(value);
}
function parseDigest(value, where = 'digest') {
    if (!isDigest(value)) {
        throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function hexOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
function verifyBytes(bytes, expected, where) {
    const actual = digestOf(bytes, algorithmOf(expected));
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: content does not match digest ${expected} (got ${actual})`);
    }
}
/**
 * Hashes bytes as they pass and checks digest and size: the one place both
 * the verifying stream and writers that hash in their own loop get it from.
 */
class DigestCheck {
    expected;
    expectedSize;
    where;
    hash;
    seen = 0;
    constructor(expected, expectedSize, where) {
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    /** Throws as soon as more bytes arrive than the descriptor declares. */
    update(chunk) {
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`);
        }
        this.hash.update(chunk);
    }
    /** Throws when the bytes seen are short or hash to another digest. */
    finish() {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`);
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: content does not match digest ${this.expected} (got ${actual})`);
        }
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    check;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
    }
    _transform(chunk, _enc, cb) {
        try {
            this.check.update(chunk);
        }
        catch (err) {
            cb(err);
            return;
        }
        cb(null, chunk);
    }
    _flush(cb) {
        try {
            this.check.finish();
        }
        catch (err) {
            cb(err);
            return;
        }
        cb();
    }
}
/**
 * Reads `source` through a digest and size check, like `source.pipe(new
 * DigestVerifier(...))` but with one stream hop per chunk instead of a
 * Transform's two sides: a registry blob is ~4,000 chunks per 250 MiB and the
 * hops were a visible share of a download's CPU time. It errors before its end
 * when the bytes are wrong; `sourceFailed` turns a source error, or a source
 * that closed before its end, into the error readers see.
 */
class VerifyingReader extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable {
    source;
    expected;
    check;
    constructor(source, expected, expectedSize, where, sourceFailed = (err) => err ?? new Error(`${where}: the stream closed early`)) {
        super();
        this.source = source;
        this.expected = expected;
        this.check = new DigestCheck(expected, expectedSize, where);
        source.on('data', (chunk) => {
            try {
                this.check.update(chunk);
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            if (!this.push(chunk))
                source.pause();
        });
        source.once('end', () => {
            try {
                this.check.finish();
            }
            catch (err) {
                this.destroy(err);
                return;
            }
            this.push(null);
        });
        source.once('error', (err) => this.destroy(sourceFailed(err)));
        // A socket cut mid-body may end a response with 'close' and no 'error'.
        source.once('close', () => {
            if (!source.readableEnded)
                this.destroy(sourceFailed());
        });
    }
    _read() {
        if (this.source.isPaused())
            this.source.resume();
    }
    _destroy(err, cb) {
        // A reader that gives up early releases the source (and a response's connection).
        if (!this.source.readableEnded)
            this.source.destroy();
        cb(err);
    }
}
/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
function isVerifiedStream(content, digest) {
    return ((content instanceof DigestVerifier || content instanceof VerifyingReader) && content.expected === digest);
}


/***/ }),

/***/ 84231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readImageConfig)
/* harmony export */ });
/** Larger than any real image config; a bigger "config" is not one lading reads. */
const CONFIG_MAX_BYTES = 8 * 1024 * 1024;
/**
 * An image's config as an object, digest-verified by the store. Artifacts use
 * other config types (the empty `{}`, or none lading can read): those give `{}`.
 */
async function readImageConfig(store, d) {
    if (!d.mediaType.endsWith('json') || d.size > CONFIG_MAX_BYTES)
        return {};
    const chunks = [];
    for await (const c of await store.fetchBlob(d))
        chunks.push(c);
    try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}


/***/ }),

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
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports IMAGE_MANIFEST_TYPES, MANIFEST_TYPES */
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

/***/ 55134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ openLocation)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

;// CONCATENATED MODULE: ./src/oci/archive.ts














/** The layer type of an uncompressed `docker save` layer. */
const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';
const GZIP_MAGIC = [0x1f, 0x8b];
/** An entry name made safe: relative, no `..`, no absolute path. Throws InputError otherwise. */
function safeName(raw, where) {
    const name = raw.replace(/\\/g, '/');
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new errors/* InputError */.dz(`${where}: archive entry "${raw}" has an absolute path; refusing to unpack it`);
    }
    if (name.split('/').includes('..')) {
        throw new errors/* InputError */.dz(`${where}: archive entry "${raw}" climbs out of the archive with ".."; refusing to unpack it`);
    }
    const normal = external_node_path_.posix.normalize(name).replace(/\/+$/, '');
    return normal === '.' ? '' : normal.replace(/^\.\//, '');
}
/** Hashes and sniffs what flows through, for archives whose names do not carry digests. */
class Sniffer extends external_node_stream_.Transform {
    hash;
    size = 0;
    head = [];
    constructor(hashing) {
        super();
        this.hash = hashing ? (0,external_node_crypto_.createHash)('sha256') : undefined;
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
        const fh = await (0,promises_.open)(file, 'r');
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
            throw new errors/* InputError */.dz(`${where}: ${file} does not exist`);
        if (code === 'EISDIR')
            throw new errors/* InputError */.dz(`${where}: ${file} is a directory, not an archive`);
        throw new errors/* OperationError */.OK(`${where}: cannot read ${file}: ${err.message}`, { cause: err });
    }
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: FILE_CHUNK });
    if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1])
        return raw;
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: FILE_CHUNK });
    (0,external_node_stream_.pipeline)(raw, gunzip, () => undefined);
    return gunzip;
}
async function extractArchive(file, dest, where, options) {
    const files = new Map();
    const links = new Map();
    const extract = tar_stream.extract();
    const feeding = (0,external_node_stream_promises_.pipeline)(await openArchive(file, where), extract);
    feeding.catch(() => undefined);
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const name = safeName(header.name, where);
            const type = header.type ?? 'file';
            if (type === 'directory' || name === '') {
                if (name)
                    await (0,promises_.mkdir)((0,external_node_path_.join)(dest, name), { recursive: true });
                entry.resume();
                continue;
            }
            if (type === 'symlink' || type === 'link') {
                if (!options.links) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" is a link; an OCI image layout holds only files`);
                }
                const target = header.linkname ?? '';
                if (target.startsWith('/')) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" links to absolute path "${target}"`);
                }
                const resolved = external_node_path_.posix.normalize(type === 'symlink' ? external_node_path_.posix.join(external_node_path_.posix.dirname(name), target) : target);
                if (resolved === '..' || resolved.startsWith('../')) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" links to "${target}", outside the archive`);
                }
                links.set(name, resolved);
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file') {
                entry.resume(); // devices and fifos have no place in an image archive; ignore them
                continue;
            }
            const path = (0,external_node_path_.join)(dest, name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            const sniffer = new Sniffer(options.hash);
            await (0,external_node_stream_promises_.pipeline)(entry, sniffer, (0,external_node_fs_.createWriteStream)(path, { highWaterMark: FILE_CHUNK }));
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
        if (err instanceof errors/* InputError */.dz)
            throw err;
        const message = err.message;
        const code = err.code;
        // zlib and tar-stream failures mean the file is not what it claims; fs failures are the disk's.
        if (code && !code.startsWith('Z_')) {
            throw new errors/* OperationError */.OK(`${where}: unpacking ${file} failed: ${message}`, { cause: err });
        }
        throw new errors/* InputError */.dz(`${where}: ${file} is not a readable tar archive (${message})`, { cause: err });
    }
    return { files, links };
}
async function makeTempDir(options) {
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), 'lading-archive-'));
}
// ---- oci-archive ------------------------------------------------------------
/** Tars an OCI layout directory into `file`, atomically: a temp file beside it, then rename. */
async function writeOciArchive(layoutDir, file) {
    const names = [];
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(layoutDir, rel), { withFileTypes: true });
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
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
    const pack = tar_stream.pack();
    const writing = (0,external_node_stream_promises_.pipeline)(pack, (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: FILE_CHUNK }));
    writing.catch(() => undefined);
    // A fixed mtime and owner make the archive a function of its content alone.
    const common = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
    try {
        for (const name of names) {
            if (name.endsWith('/')) {
                pack.entry({ ...common, name, type: 'directory', mode: 0o755 });
                continue;
            }
            const path = (0,external_node_path_.join)(layoutDir, name);
            const { size } = await (0,promises_.stat)(path);
            await new Promise((resolve, reject) => {
                const sink = pack.entry({ ...common, name, size, mode: 0o644 }, (err) => err ? reject(err) : resolve());
                (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: FILE_CHUNK }), sink).catch(reject);
            });
        }
        pack.finalize();
        await writing;
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        pack.destroy();
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw new errors/* OperationError */.OK(`oci-archive:${file}: writing the archive failed: ${err.message}`, {
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
                    throw new errors/* InputError */.dz(`${name}: the archive has no ${required}; it is not an OCI archive`);
            }
            const layout = await LayoutStore.open(tmp, { name });
            return new OciArchiveStore(file, layout, tmp, false);
        }
        catch (err) {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    static async create(file, options = {}) {
        const name = `oci-archive:${file}`;
        const parent = await (0,promises_.stat)((0,external_node_path_.dirname)(file)).catch(() => undefined);
        if (!parent?.isDirectory())
            throw new errors/* InputError */.dz(`${name}: directory ${(0,external_node_path_.dirname)(file)} does not exist`);
        const tmp = await makeTempDir(options);
        const layout = await LayoutStore.create((0,external_node_path_.join)(tmp, 'layout'), { name });
        const store = new OciArchiveStore(file, layout, tmp, true);
        store.written = await store.indexBytes();
        return store;
    }
    writer() {
        if (!this.writable)
            throw new errors/* InputError */.dz(`oci-archive: sources are read-only (${this.file})`);
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
        return (0,promises_.readFile)((0,external_node_path_.join)(this.layout.dir, 'index.json'));
    }
    async flush() {
        const index = await this.indexBytes();
        await writeOciArchive(this.layout.dir, this.file);
        this.written = index;
    }
    /** Removes the temporary directory without writing anything: for a copy that failed. */
    async discard() {
        await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
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
            await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
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
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    readOnly() {
        throw new errors/* InputError */.dz(`docker-archive: sources are read-only (${this.file})`);
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
            throw new errors/* InputError */.dz(`${this.name}: holds ${all.length} images; name one (${listing()})`);
        }
        const numbered = /^@(\d+)$/.exec(reference);
        if (numbered) {
            const image = all[Number(numbered[1])];
            if (!image)
                throw new errors/* NotFoundError */.m_(`${this.name}: no image ${reference}; it holds ${all.length}`);
            return image.descriptor;
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            const image = all.find((i) => i.descriptor.digest === reference);
            if (!image)
                throw new errors/* NotFoundError */.m_(`${this.name}: no image with manifest ${reference}`);
            return image.descriptor;
        }
        const want = familiar(reference);
        const hit = all.find((i) => i.tags.some((t) => familiar(t) === want)) ??
            onlyOne(all.filter((i) => i.tags.some((t) => tagOf(t) === reference)));
        if (!hit)
            throw new errors/* NotFoundError */.m_(`${this.name}: no image tagged "${reference}" (${listing()})`);
        return hit.descriptor;
    }
    async fetchManifest(descriptor) {
        const image = this.images.find((i) => i.descriptor.digest === descriptor.digest);
        if (!image)
            throw new errors/* NotFoundError */.m_(`${this.name}@${descriptor.digest}: manifest not found`);
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(image.bytes, { mediaType: image.descriptor.mediaType, where: this.name });
        return { descriptor: { ...image.descriptor }, bytes: image.bytes, manifest };
    }
    async fetchBlob(descriptor) {
        const where = `${this.name}@${descriptor.digest}`;
        const blob = this.blobs.get(descriptor.digest);
        if (!blob)
            throw new errors/* NotFoundError */.m_(`${where}: blob not found in the archive`);
        const source = (0,external_node_fs_.createReadStream)(blob.path, { highWaterMark: FILE_CHUNK });
        const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, descriptor.size, `blob ${where}`);
        (0,external_node_stream_.pipeline)(source, verifier, () => undefined);
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
        await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
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
        throw new errors/* InputError */.dz(`${where}: the archive has no manifest.json; is it a docker save tarball?`);
    let entries;
    try {
        entries = JSON.parse(await (0,promises_.readFile)(manifestFile.path, 'utf8'));
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${where}: manifest.json is not JSON (${err.message})`);
    }
    if (!Array.isArray(entries) || entries.length === 0) {
        throw new errors/* InputError */.dz(`${where}: manifest.json is not a non-empty list of images`);
    }
    const blobs = new Map();
    const images = entries.map((entry, i) => {
        const at = `${where}: manifest.json[${i}]`;
        const file = (value, field) => {
            if (typeof value !== 'string' || value === '')
                throw new errors/* InputError */.dz(`${at}.${field} is not a file name`);
            const found = lookup(value);
            if (!found?.digest)
                throw new errors/* InputError */.dz(`${at}.${field} names "${value}", which is not in the archive`);
            blobs.set(found.digest, found);
            return found;
        };
        const config = file(entry?.Config, 'Config');
        if (!Array.isArray(entry.Layers))
            throw new errors/* InputError */.dz(`${at}.Layers is not a list`);
        const layers = entry.Layers.map((l, j) => file(l, `Layers[${j}]`));
        const tags = entry.RepoTags ?? [];
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
            throw new errors/* InputError */.dz(`${at}.RepoTags is not a list of strings`);
        }
        // Key order as Go marshals distribution's schema2 structs: mediaType, size, digest.
        const manifest = {
            schemaVersion: 2,
            mediaType: mediatype/* MediaType */.zu.dockerManifest,
            config: { mediaType: mediatype/* MediaType */.zu.dockerConfig, size: config.size, digest: config.digest },
            layers: layers.map((l) => ({
                mediaType: l.gzip ? mediatype/* MediaType */.zu.dockerLayerGzip : DOCKER_LAYER_TAR,
                size: l.size,
                digest: l.digest,
            })),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        return {
            tags: tags,
            descriptor: { mediaType: mediatype/* MediaType */.zu.dockerManifest, digest: (0,oci_digest/* digestOf */.ol)(bytes), size: bytes.length },
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
        const child = (0,external_node_child_process_.spawn)(program, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
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
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
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
function ownAgents(ca) {
    const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
    const common = {
        keepAlive: true,
        maxSockets: MAX_SOCKETS,
        timeout: IDLE_SOCKET_MS,
        scheduling: 'lifo',
    };
    return {
        http: new external_node_http_.Agent(common),
        https: new external_node_https_.Agent({
            ...common,
            ...(extra.length ? { ca: [...external_node_tls_.rootCertificates, ...extra.map(String)] } : {}),
        }),
    };
}
class NodeHttpTransport {
    registry;
    baseUrl;
    authenticator;
    agents;
    owned;
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
        const own = o.agent?.http && o.agent.https ? undefined : ownAgents(o.ca);
        this.agents = { http: o.agent?.http ?? own.http, https: o.agent?.https ?? own.https };
        this.owned = [
            ...(o.agent?.http ? [] : [this.agents.http]),
            ...(o.agent?.https ? [] : [this.agents.https]),
        ];
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
    once(url, method, headers, body, headersTimeout) {
        const target = new URL(url);
        const https = target.protocol === 'https:';
        const send = https ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            let settled = false;
            let headersTimer;
            const cr = send(target, {
                method,
                headers,
                agent: https ? this.agents.https : this.agents.http,
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
                socket.once(https ? 'secureConnect' : 'connect', ready);
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

// EXTERNAL MODULE: ./src/oci/registry.ts
var registry = __webpack_require__(30494);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
;// CONCATENATED MODULE: ./src/oci/opener.ts









/** Opens any SOURCE scheme of DESIGN.md for reading, or as a destination for writing. */
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
                store: new registry/* RegistryStore */.XY(transport, ref.repository),
                reference: ref.digest ?? ref.tag ?? (mode === 'read' ? 'latest' : ''),
                display: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository }),
                needsTag: false,
                commit: noop,
                close: () => transport.close(),
            };
        }
        case 'oci-dir': {
            const dir = local(source.path);
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
            const store = mode === 'write' ? await OciArchiveStore.create(file) : await OciArchiveStore.open(file);
            return archiveLocation(store, `oci-archive:${source.path}`, source.digest ?? source.tag ?? '');
        }
        case 'docker-archive': {
            if (mode === 'write') {
                throw new errors/* InputError */.dz(`${text}: writing docker-archive is not supported; use oci-archive: or oci-dir:`);
            }
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

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   eV: () => (/* binding */ platformEntries),
/* harmony export */   h0: () => (/* binding */ matchPlatform),
/* harmony export */   md: () => (/* binding */ selectPlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

// Platform names as users type them (`linux/arm64`, `linux/x86_64`) and as
// indexes spell them (`arm64` with or without `v8`) differ; both sides are
// normalised the way containerd's platforms package does before comparing, so
// `--platform linux/aarch64` finds the `linux/arm64/v8` entry.
const PART = /^[a-z0-9][a-z0-9._-]*$/;
/**
 * `os/arch[/variant]`, optionally `os(os.version)/arch…` as containerd writes
 * Windows platforms. Returns the normalised platform; throws InputError on junk.
 */
function parsePlatform(text, where = '--platform') {
    const m = /^([^/()]+)(?:\(([^()]+)\))?\/([^/]+)(?:\/([^/]+))?$/.exec(text.trim());
    const os = m?.[1]?.toLowerCase();
    const arch = m?.[3]?.toLowerCase();
    const variant = m?.[4]?.toLowerCase();
    if (!m ||
        !os ||
        !arch ||
        !PART.test(os) ||
        !PART.test(arch) ||
        (variant !== undefined && !PART.test(variant))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${text}" is not a platform; expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`);
    }
    return normalizePlatform({
        os,
        architecture: arch,
        ...(variant ? { variant } : {}),
        ...(m[2] ? { 'os.version': m[2] } : {}),
    });
}
/** containerd's normalisation, except that arm64 keeps `v8` explicit, as Docker's indexes write it. */
function normalizePlatform(p) {
    let os = p.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let arch = p.architecture.toLowerCase();
    let variant = p.variant?.toLowerCase() ?? '';
    switch (arch) {
        case 'i386':
            arch = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            arch = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            arch = 'arm64';
            if (variant === '' || variant === '8' || variant === 'v8.0')
                variant = 'v8';
            else if (variant === '9' || variant === '9.0' || variant === 'v9.0')
                variant = 'v9';
            break;
        case 'armhf':
            arch = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            arch = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const out = { os, architecture: arch };
    if (variant)
        out.variant = variant;
    if (p['os.version'])
        out['os.version'] = p['os.version'];
    if (p['os.features'])
        out['os.features'] = p['os.features'];
    return out;
}
/** `linux/arm64/v8`, with `(os.version)` when there is one. */
function formatPlatform(p) {
    const n = normalizePlatform(p);
    const os = n['os.version'] ? `${n.os}(${n['os.version']})` : n.os;
    return [os, n.architecture, n.variant].filter(Boolean).join('/');
}
/** Exact match after normalisation; `os.version` only counts when `want` names one. */
function matchPlatform(want, have) {
    const w = normalizePlatform(want);
    const h = normalizePlatform(have);
    if (w.os !== h.os || w.architecture !== h.architecture || (w.variant ?? '') !== (h.variant ?? ''))
        return false;
    return !w['os.version'] || w['os.version'] === h['os.version'];
}
/**
 * Platforms that can run an image built for `want`, best first: the platform
 * itself, then older variants of the same architecture (arm/v7 runs arm/v6 and
 * arm/v5; amd64/v3 runs v2 and v1), as containerd orders them. Never another
 * architecture: an SBOM of a 386 image is not the SBOM of an amd64 one.
 */
function compatible(want) {
    const w = normalizePlatform(want);
    const out = [w];
    const version = Number(/^v(\d+)$/.exec(w.variant ?? '')?.[1]);
    const floor = w.architecture === 'arm' ? 5 : w.architecture === 'amd64' ? 1 : undefined;
    if (floor !== undefined && Number.isInteger(version)) {
        for (let v = version - 1; v >= floor; v--) {
            const { variant: _, ...rest } = w;
            out.push(w.architecture === 'amd64' && v === 1 ? rest : { ...rest, variant: `v${v}` });
        }
    }
    return out;
}
/** Entries that are images for a platform: no attestation (`unknown/unknown`) or platform-less entries. */
function platformEntries(index) {
    return index.manifests.filter((d) => d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'));
}
/**
 * The index entry for `want` (the caller's default platform when the user gave
 * none). NotFoundError lists what the index offers, so the user can pick one.
 */
function selectPlatform(index, want, ref) {
    const entries = platformEntries(index);
    for (const candidate of compatible(want)) {
        const hit = entries.find((d) => matchPlatform(candidate, d.platform));
        if (hit)
            return hit;
    }
    const offered = [...new Set(entries.map((d) => formatPlatform(d.platform)))];
    const has = offered.length ? `it has ${offered.join(', ')}` : 'it lists no platform images';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`no ${formatPlatform(want)} image in ${ref}; ${has}`);
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

/***/ 30494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XY: () => (/* binding */ RegistryStore)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68825);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32060);
/* harmony import */ var _mediatype_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98269);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50961);







const ERROR_BODY_LIMIT = 64 * 1024;
const MIN_SETTLE_MS = 25;
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
        const where = (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(reference) ? `${this.name}@${reference}` : `${this.name}:${reference}`;
        const res = await this.send({
            method: 'HEAD',
            url: this.path('manifests', reference),
            headers: { accept: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_ACCEPT */ .dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `resolving ${where}`);
        await res.dump();
        const digest = res.headers['docker-content-digest'];
        const mediaType = stripParams(res.headers['content-type']);
        const size = Number(res.headers['content-length']);
        if (digest && (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest) && mediaType && Number.isSafeInteger(size) && size > 0) {
            if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(reference) && reference !== digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: registry answered for digest ${digest}`);
            }
            return { mediaType, digest, size };
        }
        // Some registries omit the digest on HEAD: read the manifest and hash it ourselves.
        const fetched = await this.getManifest(reference, (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(reference) ? reference : undefined);
        return fetched.descriptor;
    }
    fetchManifest(descriptor) {
        return this.getManifest(descriptor.digest, descriptor.digest, descriptor.size);
    }
    async getManifest(reference, expected, size) {
        const where = expected ? `${this.name}@${expected}` : `${this.name}:${reference}`;
        if (size !== undefined && size > _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: manifest of ${size} bytes is over the ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4}-byte limit`);
        }
        const res = await this.send({
            method: 'GET',
            url: this.path('manifests', reference),
            headers: { accept: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_ACCEPT */ .dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading manifest ${where}`);
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4) {
            await res.dump();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: manifest of ${declared} bytes is over the ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4}-byte limit`);
        }
        const bytes = await res.bytes(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4 + 1);
        if (bytes.length > _manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: manifest is over the ${_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4}-byte limit`);
        }
        const headerDigest = res.headers['docker-content-digest'];
        const want = expected ?? (headerDigest && (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(headerDigest) ? headerDigest : undefined);
        const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(bytes, want ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .algorithmOf */ .Hy)(want) : 'sha256');
        if (want && actual !== want) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: manifest does not match digest ${want} (got ${actual})`);
        }
        const contentType = stripParams(res.headers['content-type']);
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(bytes, { mediaType: contentType, where: `${this.name}@${actual}` });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${where}: blob not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading blob ${where}`);
        const verifier = new _digest_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyingReader */ .pL(res.body, descriptor.digest, descriptor.size, `blob ${where}`, (err) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${where}: blob download failed after a partial read: ${err?.message ?? 'the connection closed early'}`, { cause: err }));
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
            headers: { accept: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_ACCEPT */ .dY },
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
                (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(content, (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .algorithmOf */ .Hy)(descriptor.digest)) !== descriptor.digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`blob ${where}: content does not match its descriptor`);
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
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isVerifiedStream */ .fN)(content, descriptor.digest)) {
            const verifier = new _digest_js__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(descriptor.digest, descriptor.size, `blob ${where}`);
            content.on('error', (err) => verifier.destroy(err));
            body = content.pipe(verifier);
        }
        try {
            // The source may have failed while the upload was being opened; its
            // 'error' event is gone by now, so a body piped from it would never end.
            if (body.errored || content.errored)
                throw body.errored ?? content.errored;
            if (body.destroyed)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`blob ${where}: the source stream was closed before the upload`);
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
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)((0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .algorithmOf */ .Hy)(descriptor.digest));
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`blob ${where}: content is larger than its declared ${descriptor.size} bytes`);
                }
                if (pendingBytes >= chunkSize)
                    await flush();
            }
            const actual = `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .algorithmOf */ .Hy)(descriptor.digest)}:${hash.digest('hex')}`;
            if (offset + pendingBytes !== descriptor.size || actual !== descriptor.digest) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`blob ${where}: content does not match its descriptor (got ${actual})`);
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
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(bytes, { mediaType, where: `manifest for ${this.name}` });
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(bytes);
        const reference = tag ?? digest;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: registry stored the manifest as ${reported}, expected ${digest}`);
        }
        const descriptor = { mediaType, digest, size: bytes.length };
        if (manifest.subject) {
            if (res.headers['oci-subject']) {
                this.referrersApi = true;
            }
            else if (!(await this.hasReferrersApi(manifest.subject.digest))) {
                await this.addToFallbackIndex(manifest.subject.digest, (0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .referrerDescriptor */ .xh)(descriptor, manifest));
            }
        }
        return descriptor;
    }
    /** Probe for the referrers API once per store: a supporting registry answers 200 even for unknown subjects. */
    async hasReferrersApi(subject) {
        if (this.referrersApi !== undefined)
            return this.referrersApi;
        const res = await this.send({
            method: 'GET',
            url: this.path('referrers', subject),
            headers: { accept: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex },
            scopes: this.pull,
            idempotent: true,
        });
        await res.dump();
        this.referrersApi = res.status === 200 && stripParams(res.headers['content-type']) === _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex;
        return this.referrersApi;
    }
    /**
     * Read-modify-write of the `sha256-<hex>` index. Distribution has no
     * compare-and-swap on tags, so after writing we read the tag back: if another
     * client's write replaced ours in the meantime, our entry is missing and we
     * merge again from what is there now, keeping everything both clients wrote.
     */
    async addToFallbackIndex(subject, entry) {
        const tag = (0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .fallbackTag */ .fH)(subject);
        for (let attempt = 0; attempt <= this.fallbackRetries; attempt++) {
            const started = performance.now();
            const current = await this.readFallbackIndex(subject);
            const merged = (0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .mergeReferrer */ .IB)(current, entry);
            if (merged) {
                const bytes = Buffer.from(JSON.stringify(merged));
                const res = await this.send({
                    method: 'PUT',
                    url: this.path('manifests', tag),
                    headers: { 'content-type': _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex, 'content-length': String(bytes.length) },
                    body: bytes,
                    scopes: this.push,
                    idempotent: true,
                });
                await res.dump();
                if (res.status !== 201 && res.status !== 200) {
                    throw await this.failure(res, `updating referrers index ${this.name}:${tag}`);
                }
            }
            const after = await this.readFallbackIndex(subject);
            // A writer that read the index before our PUT may still be about to
            // replace it with a copy that lacks our entry. Its PUT follows its read
            // within about one read-merge-write cycle like the one we just timed, so a
            // second look after twice that (jittered, at least MIN_SETTLE_MS, at most
            // fallbackSettleMs) catches it without a fixed pause on fast registries.
            const cycle = performance.now() - started;
            const window = Math.min(this.fallbackSettleMs, Math.max(MIN_SETTLE_MS, 2 * cycle));
            if (after?.manifests.some((d) => d.digest === entry.digest)) {
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(window * (1 + Math.random()));
                const settled = await this.readFallbackIndex(subject);
                if (settled?.manifests.some((d) => d.digest === entry.digest))
                    return;
            }
            // Lost a race: back off a random, growing share of the window so that
            // writers which collided once do not collide again in lockstep.
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(window * 2 ** attempt * Math.random());
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .OK(`${this.name}:${tag}: referrers index kept changing under concurrent writers; gave up after ${this.fallbackRetries + 1} attempts`);
    }
    async readFallbackIndex(subject) {
        try {
            const fetched = await this.getManifest((0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .fallbackTag */ .fH)(subject));
            if (!('manifests' in fetched.manifest)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}:${(0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .fallbackTag */ .fH)(subject)}: referrers tag is not an index`);
            }
            return fetched.manifest;
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_)
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
        const typed = await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveArtifactTypes */ .On)(found, (d) => this.fetchManifest(d));
        return options.artifactType ? typed.filter((d) => d.artifactType === options.artifactType) : typed;
    }
    /** All pages of the referrers API, or undefined when the registry does not have it. */
    async referrersFromApi(subject) {
        const out = [];
        let url = this.path('referrers', subject);
        const seen = new Set();
        while (url) {
            if (seen.has(url))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: referrers pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({
                method: 'GET',
                url,
                headers: { accept: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex },
                scopes: this.pull,
                idempotent: true,
            });
            if (res.status === 404 && out.length === 0) {
                await res.dump();
                return undefined;
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing referrers of ${this.name}@${subject}`);
            if (stripParams(res.headers['content-type']) !== _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex && out.length === 0) {
                await res.dump();
                return undefined;
            }
            const bytes = await res.bytes(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4 + 1);
            const page = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .Ng)(bytes, {
                mediaType: _mediatype_js__WEBPACK_IMPORTED_MODULE_5__/* .MediaType */ .zu.ociIndex,
                where: `referrers of ${this.name}@${subject}`,
            });
            if (!('manifests' in page))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: referrers answer is not an index`);
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: tag list pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({ method: 'GET', url, scopes: this.pull, idempotent: true });
            if (res.status === 404) {
                await res.dump();
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${this.name}: repository not found`);
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing tags of ${this.name}`);
            const body = (await res.bytes(_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_MAX_BYTES */ .V4)).toString('utf8');
            let page;
            try {
                page = JSON.parse(body);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: tag list is not JSON`);
            }
            let added = 0;
            let last;
            if (page.tags !== null && page.tags !== undefined) {
                if (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.name}: tag list has a "tags" field that is not a list of strings`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`${this.name}@${digest}: manifest not found`);
        }
        throw await this.failure(res, `deleting ${this.name}@${digest}`);
    }
    /** Turns an error answer into a typed error carrying the registry's own codes and messages. */
    async failure(res, doing) {
        let detail = '';
        const codes = [];
        try {
            const text = (await res.bytes(ERROR_BODY_LIMIT)).toString('utf8');
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
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthError */ .lR(message, res.status, codes);
        if (res.status === 405 && codes.includes('UNSUPPORTED')) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(`${message}: the registry does not allow this operation`, res.status, codes);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl(message, res.status, codes);
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
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68825);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62148);







const TAG_RE = /^[\w][\w.-]{0,127}$/;
function fail(source, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`source "${source}": ${what}`);
}
/** Re-words a reference error so it names the whole source the user typed. */
function reference(source, text) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(text);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
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
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('source is empty: give an image reference or a scheme such as oci-dir:DIR');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`source "${source}": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${path}: cannot inspect: ${err.message}`, { cause: err });
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
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_3__.extract();
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: 1024 * 1024 }));
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


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 84646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ SIGNATURE_FORMATS)
/* harmony export */ });
const SIGNATURE_FORMATS = ['bundle', 'legacy', 'both'];


/***/ }),

/***/ 29571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ buildStep)
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

// EXTERNAL MODULE: ./src/oci/opener.ts + 7 modules
var oci_opener = __webpack_require__(55134);
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
    const location = await (0,oci_opener/* openLocation */.s)(source, 'read', access);
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
            const target = await (0,oci_opener/* openLocation */.s)(options.output, 'write', options.access);
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


/***/ }),

/***/ 12487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** A file the user named, as text; a failure names the flag and the file as the user wrote it (`shown`). */
async function readUserFile(path, shown, flag) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flag} ${shown}: ${code === 'ENOENT' ? 'no such file' : err.message}`);
    }
}


/***/ })

};
