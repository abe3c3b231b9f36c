export const id = 5362;
export const ids = [5362];
export const modules = {

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ collect),
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: requireArg

// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cli/argv.ts
var cli_argv = __webpack_require__(85310);
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

// EXTERNAL MODULE: ./src/cli/early-key.ts
var early_key = __webpack_require__(84431);
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
        const { parseSigningConfig } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(5828)]).then(__webpack_require__.bind(__webpack_require__, 25828));
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
        const text = await readUserFile(io, flags.key, '--key');
        const where = `--key ${flags.key}`;
        const early = io.earlyKey;
        if (early && early.where === where && early.text === text)
            return { services, key: early.key };
        return {
            services,
            // Opened now (the scrypt starts) and imported here: startup stays light for other commands.
            key: (await __webpack_require__.e(/* import() */ 3528).then(__webpack_require__.bind(__webpack_require__, 13528))).openSigningKey(text, (0,early_key/* keyPasswordIn */.gc)(io.env), where),
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
        const { services, key, identityToken } = await signingMaterial(flags, ctx.io, { actionsToken: true });
        // A cosign key's scrypt holds 64 MiB while it runs: finishing it before the
        // attest code loads keeps the two from adding up in the peak memory. It also
        // refuses a wrong password before any network.
        await key?.privateKey;
        // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
        const [{ attestStep }, { workflowContext }, { parsePredicateKind }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(7927), __webpack_require__.e(9609)]).then(__webpack_require__.bind(__webpack_require__, 39609)),
            __webpack_require__.e(/* import() */ 2426).then(__webpack_require__.bind(__webpack_require__, 62426)),
            __webpack_require__.e(/* import() */ 4154).then(__webpack_require__.bind(__webpack_require__, 4154)),
        ]);
        const kind = parsePredicateKind(flags.type);
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
        const { buildStep } = await Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(7706), __webpack_require__.e(9571), __webpack_require__.e(363)]).then(__webpack_require__.bind(__webpack_require__, 29571));
        const result = await buildStep({
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
        const { copyStep } = await Promise.all(/* import() */[__webpack_require__.e(7706), __webpack_require__.e(4086)]).then(__webpack_require__.bind(__webpack_require__, 54086));
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

// EXTERNAL MODULE: ./src/cli/cache-dir.ts
var cache_dir = __webpack_require__(51370);
;// CONCATENATED MODULE: ./src/cli/commands/db.ts







/** The default database directory: $LADING_DB_DIR, else $XDG_CACHE_HOME/lading/osv, else ~/.cache/lading/osv. */
function defaultDbDir(env) {
    if (env.LADING_DB_DIR)
        return env.LADING_DB_DIR;
    return (0,cache_dir/* userCacheDir */.b)(env, 'osv');
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
        const { dbStatusStep, dbUpdateStep } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(663), __webpack_require__.e(1020), __webpack_require__.e(8817), __webpack_require__.e(2161)]).then(__webpack_require__.bind(__webpack_require__, 72161));
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
        const [{ inspectStep }, { renderInspect }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(7706), __webpack_require__.e(2791)]).then(__webpack_require__.bind(__webpack_require__, 47519)),
            __webpack_require__.e(/* import() */ 2174).then(__webpack_require__.bind(__webpack_require__, 42174)),
        ]);
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
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4006), __webpack_require__.e(2815), __webpack_require__.e(4426), __webpack_require__.e(2148)]).then(__webpack_require__.bind(__webpack_require__, 94426)),
            __webpack_require__.e(/* import() */ 2156).then(__webpack_require__.bind(__webpack_require__, 62156)),
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
            Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(8815), __webpack_require__.e(3917), __webpack_require__.e(7091), __webpack_require__.e(2088), __webpack_require__.e(4353), __webpack_require__.e(6118), __webpack_require__.e(4006), __webpack_require__.e(3292), __webpack_require__.e(663), __webpack_require__.e(2513), __webpack_require__.e(1020), __webpack_require__.e(2815), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(8225), __webpack_require__.e(7927), __webpack_require__.e(4110), __webpack_require__.e(8817), __webpack_require__.e(7411), __webpack_require__.e(6546), __webpack_require__.e(4426), __webpack_require__.e(6310), __webpack_require__.e(3202), __webpack_require__.e(5617), __webpack_require__.e(9571), __webpack_require__.e(4294)]).then(__webpack_require__.bind(__webpack_require__, 14294)),
            Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(8815), __webpack_require__.e(3917), __webpack_require__.e(7091), __webpack_require__.e(2088), __webpack_require__.e(4353), __webpack_require__.e(4006), __webpack_require__.e(3292), __webpack_require__.e(663), __webpack_require__.e(2513), __webpack_require__.e(1020), __webpack_require__.e(2815), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(8225), __webpack_require__.e(7927), __webpack_require__.e(4110), __webpack_require__.e(8817), __webpack_require__.e(7411), __webpack_require__.e(6546), __webpack_require__.e(4426), __webpack_require__.e(6310), __webpack_require__.e(3202), __webpack_require__.e(5617)]).then(__webpack_require__.bind(__webpack_require__, 15617)),
            Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(4353), __webpack_require__.e(8766)]).then(__webpack_require__.bind(__webpack_require__, 98766)),
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
/** --certificate-identity[-regexp], --certificate-oidc-issuer[-regexp], --trusted-root, --tuf-*. */
function addIdentityOptions(cmd, help, metavars) {
    const v = (name) => `<${metavars === 'upper' ? name.toUpperCase() : name}>`;
    return cmd
        .option(`--certificate-identity ${v('san')}`, help.identity)
        .option(`--certificate-identity-regexp ${v('re')}`, help.identityRegexp)
        .option(`--certificate-oidc-issuer ${v('url')}`, help.issuer)
        .option(`--certificate-oidc-issuer-regexp ${v('re')}`, help.issuerRegexp)
        .option(`--trusted-root ${v('file')}`, help.trustedRoot)
        .option(`--tuf-cache ${v('dir')}`, 'where the TUF-updated trusted root is cached')
        .option(`--tuf-mirror ${v('url')}`, "a TUF repository other than Sigstore's public-good CDN")
        .option(`--tuf-root ${v('file')}`, "the TUF mirror's initial root.json (trusted on first use of a cache)");
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
    const { parseTrustedRoot, tufTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(7335), __webpack_require__.e(3694), __webpack_require__.e(3786)]).then(__webpack_require__.bind(__webpack_require__, 3786));
    const tuf = await tufSource(flags, io);
    if (flags.trustedRoot) {
        return {
            trustedRoot: parseTrustedRoot(await readUserFile(io, flags.trustedRoot, '--trusted-root'), `--trusted-root ${flags.trustedRoot}`),
        };
    }
    return { trustedRoot: await tufTrustedRoot(tuf) };
}
/** The --tuf-* flags and --offline; the cache defaults to the user's (XDG_CACHE_HOME or ~/.cache). */
async function tufSource(flags, io) {
    if (flags.trustedRoot && (flags.tufMirror || flags.tufRoot)) {
        throw new errors/* InputError */.dz('--trusted-root and --tuf-mirror/--tuf-root exclude each other');
    }
    if (flags.tufRoot) {
        const { checkTufRoot } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(7335), __webpack_require__.e(3694), __webpack_require__.e(3786)]).then(__webpack_require__.bind(__webpack_require__, 3786));
        checkTufRoot(await readUserFile(io, flags.tufRoot, '--tuf-root'), `--tuf-root ${flags.tufRoot}`);
    }
    return {
        cacheDir: flags.tufCache ?? (0,cache_dir/* userCacheDir */.b)(io.env, 'tuf'),
        ...(flags.offline ? { offline: true } : {}),
        ...(flags.tufMirror ? { mirror: flags.tufMirror } : {}),
        ...(flags.tufRoot ? { rootFile: (0,external_node_path_.resolve)(io.cwd, flags.tufRoot) } : {}),
    };
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
            Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(8815), __webpack_require__.e(3917), __webpack_require__.e(7091), __webpack_require__.e(2088), __webpack_require__.e(4353), __webpack_require__.e(4006), __webpack_require__.e(3292), __webpack_require__.e(663), __webpack_require__.e(2513), __webpack_require__.e(1020), __webpack_require__.e(2815), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(8225), __webpack_require__.e(7927), __webpack_require__.e(4110), __webpack_require__.e(8817), __webpack_require__.e(7411), __webpack_require__.e(6546), __webpack_require__.e(4426), __webpack_require__.e(6310), __webpack_require__.e(3202), __webpack_require__.e(5617)]).then(__webpack_require__.bind(__webpack_require__, 15617)),
            Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(4353), __webpack_require__.e(8766)]).then(__webpack_require__.bind(__webpack_require__, 98766)),
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
        const { validatePolicy } = await Promise.all(/* import() */[__webpack_require__.e(3917), __webpack_require__.e(7529)]).then(__webpack_require__.bind(__webpack_require__, 97529));
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
        const { workflowContext } = await __webpack_require__.e(/* import() */ 2426).then(__webpack_require__.bind(__webpack_require__, 62426));
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
        const { parseSbomOutput } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(8225), __webpack_require__.e(3191)]).then(__webpack_require__.bind(__webpack_require__, 18225));
        const outputs = (flags.output ?? []).map((o) => parseSbomOutput(o, '-o'));
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        // Loaded on demand: the catalogers and their parsers are only needed here.
        const { sbomStep } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7091), __webpack_require__.e(3292), __webpack_require__.e(2513), __webpack_require__.e(7706), __webpack_require__.e(8225), __webpack_require__.e(4110), __webpack_require__.e(7411)]).then(__webpack_require__.bind(__webpack_require__, 74110));
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
        const { parseScanOutput, rescanStep, scanStep } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(2088), __webpack_require__.e(4353), __webpack_require__.e(2513), __webpack_require__.e(1020), __webpack_require__.e(8817), __webpack_require__.e(7411), __webpack_require__.e(6546)]).then(__webpack_require__.bind(__webpack_require__, 16546));
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
    const { vexTrust } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(7335), __webpack_require__.e(3694), __webpack_require__.e(9797)]).then(__webpack_require__.bind(__webpack_require__, 19797));
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
        tuf: await tufSource(flags, io),
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
        if (Boolean(flags.notationKey) !== Boolean(flags.notationCert)) {
            throw new errors/* InputError */.dz('--notation-key and --notation-cert go together');
        }
        // The key first: its scrypt runs in the thread pool while the signing code,
        // heavy and needed by no other command, loads.
        const { services, key, identityToken } = await signingMaterial(flags, ctx.io, {
            actionsToken: !flags.notationKey,
        });
        const { signStep } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(6310), __webpack_require__.e(2112)]).then(__webpack_require__.bind(__webpack_require__, 66310));
        const notation = flags.notationKey && flags.notationCert
            ? (await __webpack_require__.e(/* import() */ 1741).then(__webpack_require__.bind(__webpack_require__, 71741))).notationIdentity(await readUserFile(ctx.io, flags.notationKey, '--notation-key'), await readUserFile(ctx.io, flags.notationCert, '--notation-cert'), { key: `--notation-key ${flags.notationKey}`, cert: `--notation-cert ${flags.notationCert}` })
            : undefined;
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
        const { tagStep } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(7706), __webpack_require__.e(3808)]).then(__webpack_require__.bind(__webpack_require__, 94152));
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
            Promise.all(/* import() */[__webpack_require__.e(3917), __webpack_require__.e(7529)]).then(__webpack_require__.bind(__webpack_require__, 97529)),
            Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(7706), __webpack_require__.e(4091), __webpack_require__.e(3202), __webpack_require__.e(8825)]).then(__webpack_require__.bind(__webpack_require__, 23202)),
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
        const requirementText = {
            kinds: flags.requireAttestation ?? [],
            builderId: flags.attestationBuilderId,
            sourceRepository: flags.attestationSourceRepository,
            sourceRef: flags.attestationSourceRef,
            maxSeverity: flags.maxSeverity,
            maxScanAge: flags.maxScanAge,
        };
        // The predicate code loads only when an attestation flag is given: a plain verify never needs it.
        const requireAttestations = Object.values(requirementText).some((v) => Array.isArray(v) ? v.length > 0 : v !== undefined)
            ? await __webpack_require__.e(/* import() */ 9013).then(__webpack_require__.bind(__webpack_require__, 59013)).then(({ attestationRequirements, CLI_REQUIREMENT_NAMES }) => attestationRequirements(requirementText, CLI_REQUIREMENT_NAMES))
            : [];
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
/** Every subcommand, in the order `--help` lists them. */
const COMMANDS = {
    copy: registerCopy,
    inspect: registerInspect,
    build: registerBuild,
    tag: registerTag,
    quickstart: registerQuickstart,
    sbom: registerSbom,
    db: registerDb,
    scan: registerScan,
    sign: registerSign,
    verify: registerVerify,
    attest: registerAttest,
    policy: registerPolicy,
    release: registerRelease,
};
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
    // Commander does real work for every option it is given; a run needs only the
    // command it names (all of them for help and for "did you mean").
    const named = (0,cli_argv/* commandNamed */.v)(argv);
    const register = named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named]] : Object.values(COMMANDS);
    for (const add of register)
        add?.(program, ctx);
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
        throw new InputError(`missing ${name}`);
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

/***/ 84646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ SIGNATURE_FORMATS)
/* harmony export */ });
const SIGNATURE_FORMATS = ['bundle', 'legacy', 'both'];


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
