export const id = 4426;
export const ids = [4426];
export const modules = {

/***/ 26077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vd: () => (/* binding */ expiryToUnix),
  n$: () => (/* binding */ loadPolicyFile)
});

// UNUSED EXPORTS: IMMUTABILITY_UI_LIMIT, PolicyFileError, formatIssue, parsePolicy

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/registry-policy.schema.json
const registry_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"registry-policy.schema.json","title":"lading registry policy (Harbor)","description":"Harbor project and system policy kept in the repository and applied by `lading policy`.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"Policy file format version."},"system":{"type":"object","additionalProperties":false,"properties":{"scan_all_schedule":{"description":"Cron for Harbor\'s scan-all job, or \'none\' to unschedule it.","anyOf":[{"const":"none"},{"type":"string","description":"Harbor cron: 6 fields (second minute hour day-of-month month day-of-week); the seconds field must be 0, e.g. \'0 0 3 * * *\'."}]},"cve_allowlist":{"type":"object","additionalProperties":false,"required":["items"],"description":"System CVE allowlist (needs a Harbor system administrator, not a robot).","properties":{"items":{"type":"array","items":{"anyOf":[{"type":"string","pattern":"^\\\\S+$"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^\\\\S+$"},"reason":{"type":"string"}}}]}},"expires_at":{"type":"string","description":"Expiry: a date (2027-01-31: valid through that day, UTC) or an RFC 3339 date-time.","anyOf":[{"format":"date"},{"format":"date-time"}]}}}}},"projects":{"type":"array","items":{"$ref":"#/definitions/project"}}},"definitions":{"project":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(?:[._-][a-z0-9]+)*$","maxLength":255},"public":{"type":"boolean"},"scan_on_push":{"type":"boolean"},"sbom_on_push":{"type":"boolean"},"require_signatures":{"type":"object","additionalProperties":false,"properties":{"cosign":{"type":"boolean","description":"Harbor blocks pulls of artifacts without a cosign signature accessory (presence only, not verified)."},"notation":{"type":"boolean","description":"Harbor blocks pulls of artifacts without a Notation signature accessory (presence only, not verified)."}}},"prevent_vulnerable":{"description":"Block pulls of images with vulnerabilities at or above this severity; false turns the gate off.","enum":[false,"none","low","medium","high","critical"]},"cve_allowlist":{"type":"object","additionalProperties":false,"properties":{"reuse_system":{"type":"boolean","description":"Use the system allowlist instead of this one. Defaults to false when items are given."},"items":{"type":"array","items":{"anyOf":[{"type":"string","pattern":"^\\\\S+$"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^\\\\S+$"},"reason":{"type":"string"}}}]}},"expires_at":{"type":"string","description":"Expiry: a date (2027-01-31: valid through that day, UTC) or an RFC 3339 date-time.","anyOf":[{"format":"date"},{"format":"date-time"}]}}},"immutability_rules":{"type":"array","description":"Tag immutability rules. Harbor\'s UI shows at most 15; more are refused unless overridden.","items":{"type":"object","additionalProperties":false,"required":["tags"],"properties":{"repositories":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"matches":{"type":"string","minLength":1},"excludes":{"type":"string","minLength":1}},"description":"Repository pattern (doublestar), matched against the repository name without the project prefix. Exactly one of matches / excludes."},"tags":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"matches":{"type":"string","minLength":1},"excludes":{"type":"string","minLength":1}},"description":"Tag pattern (doublestar). Exactly one of matches / excludes."},"disabled":{"type":"boolean"}}}},"retention":{"type":"object","additionalProperties":false,"required":["rules"],"properties":{"schedule":{"description":"Cron (6 fields, seconds 0) or \'none\' for manual runs only.","anyOf":[{"const":"none"},{"type":"string","description":"Harbor cron: 6 fields (second minute hour day-of-month month day-of-week); the seconds field must be 0, e.g. \'0 0 3 * * *\'."}]},"rules":{"type":"array","maxItems":15,"items":{"type":"object","additionalProperties":false,"required":["keep"],"properties":{"keep":{"description":"What the rule retains.","anyOf":[{"const":"always"},{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"latest_pushed":{"type":"integer","minimum":1},"latest_pulled":{"type":"integer","minimum":1},"pushed_within_days":{"type":"integer","minimum":1},"pulled_within_days":{"type":"integer","minimum":1}}}]},"repositories":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"matches":{"type":"string","minLength":1},"excludes":{"type":"string","minLength":1}},"description":"Repository pattern (doublestar), matched against the repository name without the project prefix. Exactly one of matches / excludes."},"tags":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"matches":{"type":"string","minLength":1},"excludes":{"type":"string","minLength":1}},"description":"Tag pattern (doublestar). Exactly one of matches / excludes."},"untagged":{"type":"boolean","description":"Whether untagged artifacts count as matching (Harbor\'s default: true for matches, false for excludes)."},"disabled":{"type":"boolean"}}}}}},"robots":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","permissions"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]+(?:[._-][a-z0-9]+)*$"},"description":{"type":"string"},"duration_days":{"type":"integer","description":"Days until the robot expires; -1 never.","anyOf":[{"const":-1},{"minimum":1,"maximum":2147483647}]},"disabled":{"type":"boolean"},"permissions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["project:read","project:update","project:delete","metadata:read","metadata:create","metadata:delete","metadata:list","metadata:update","repository:read","repository:update","repository:delete","repository:list","repository:pull","repository:push","artifact:read","artifact:create","artifact:list","artifact:delete","scan:create","scan:read","scan:stop","sbom:create","sbom:stop","sbom:read","tag:create","tag:list","tag:delete","accessory:list","artifact-addition:read","artifact-label:create","artifact-label:delete","scanner:create","scanner:read","preheat-policy:create","preheat-policy:read","preheat-policy:update","preheat-policy:delete","preheat-policy:list","immutable-tag:create","immutable-tag:delete","immutable-tag:list","immutable-tag:update","notification-policy:read","notification-policy:create","notification-policy:delete","notification-policy:list","notification-policy:update","tag-retention:read","tag-retention:create","tag-retention:delete","tag-retention:list","tag-retention:update","label:create","label:read","label:update","label:delete","label:list","quota:read","log:list","robot:create","robot:read","robot:list","robot:delete","export-cve:create","export-cve:read","member:create","member:read","member:update","member:list","member:delete"]}}}}},"webhooks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","events","address"],"properties":{"name":{"type":"string","minLength":1},"enabled":{"type":"boolean"},"events":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["PUSH_ARTIFACT","PULL_ARTIFACT","DELETE_ARTIFACT","QUOTA_EXCEED","QUOTA_WARNING","SCANNING_FAILED","SCANNING_STOPPED","SCANNING_COMPLETED","REPLICATION","TAG_RETENTION"]}},"type":{"enum":["http","slack"]},"address":{"type":"string","format":"uri"},"payload_format":{"enum":["Default","CloudEvents"]},"skip_cert_verify":{"type":"boolean"}}}}}}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/harbor/cron.ts
// Harbor parses schedules with robfig/cron in seconds mode and insists that the
// seconds field is 0 (src/common/utils/utils.go:295-313); a 5-field crontab line,
// the form users know, is the usual mistake. Checking here means a bad schedule
// fails on the pull request, not halfway through an apply.
const FIELDS = [
    { name: 'second', min: 0, max: 59 },
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day-of-month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    },
    { name: 'day-of-week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
];
/** Returns what is wrong with `expr` as a Harbor cron, or undefined when it is fine. */
function harborCronProblem(expr) {
    const parts = expr.trim().split(/\s+/);
    if (parts.length !== 6) {
        return `cron "${expr}" has ${parts.length} fields; Harbor needs 6 (second minute hour day-of-month month day-of-week), e.g. "0 0 3 * * *"`;
    }
    if (parts[0] !== '0')
        return `cron "${expr}": the seconds field must be 0, not "${parts[0]}"`;
    for (let i = 1; i < 6; i++) {
        const field = FIELDS[i];
        const problem = fieldProblem(parts[i], field);
        if (problem)
            return `cron "${expr}": ${field.name} field "${parts[i]}" ${problem}`;
    }
    return undefined;
}
function fieldProblem(text, field) {
    if (field.name === 'day-of-month' || field.name === 'day-of-week') {
        if (text === '?')
            return undefined;
    }
    for (const item of text.split(',')) {
        const [range, step, extra] = item.split('/');
        if (extra !== undefined || range === undefined || range === '')
            return 'is malformed';
        if (step !== undefined && !/^[1-9]\d*$/.test(step))
            return `has a bad step "${step}"`;
        if (range === '*')
            continue;
        const bounds = range.split('-');
        if (bounds.length > 2)
            return 'is malformed';
        const values = [];
        for (const b of bounds) {
            const v = fieldValue(b, field);
            if (v === undefined)
                return `has "${b}", outside ${field.min}-${field.max}`;
            values.push(v);
        }
        if (values.length === 2 && values[0] > values[1])
            return `has a reversed range "${range}"`;
    }
    return undefined;
}
function fieldValue(text, field) {
    if ('names' in field) {
        const idx = field.names.indexOf(text.toUpperCase());
        if (idx >= 0)
            return idx + field.min;
    }
    if (!/^\d+$/.test(text))
        return undefined;
    const v = Number(text);
    return v >= field.min && v <= field.max ? v : undefined;
}

// EXTERNAL MODULE: ./src/harbor/policy-types.ts
var policy_types = __webpack_require__(69058);
;// CONCATENATED MODULE: ./src/harbor/policy-file.ts








// Loads the YAML policy and refuses it, before any call to Harbor, when it is
// wrong: every problem names the file, the line and the field. Harbor itself
// would accept some of these (more than 15 immutability rules, an already
// expired allowlist) and fail silently later, which is why they are checked here.
/** Harbor's UI lists 15 immutability rules per project; the API takes more and the UI hides the rest. */
const IMMUTABILITY_UI_LIMIT = 15;
/** All problems of a policy file; the message is the first, one line, as the CLI prints it. */
class PolicyFileError extends errors/* InputError */.dz {
    issues;
    constructor(issues) {
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
        super(`${formatIssue(first)}${more}`);
        this.issues = issues;
    }
}
function formatIssue(issue) {
    return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
}
async function loadPolicyFile(file, options) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* InputError */.dz(`policy file ${file}: cannot read it (${err.code ?? err})`, {
            cause: err,
        });
    }
    return parsePolicy(text, file, options);
}
function parsePolicy(text, file, options) {
    const lineCounter = new yaml_dist.LineCounter();
    const doc = (0,yaml_dist.parseDocument)(text, { lineCounter, prettyErrors: false });
    const lineAt = (offset) => offset === undefined ? 1 : lineCounter.linePos(offset).line;
    if (doc.errors.length > 0) {
        throw new PolicyFileError(doc.errors.map((e) => ({
            file,
            line: lineAt(e.pos[0]),
            field: '(yaml)',
            message: e.message.split('\n')[0] ?? e.code,
        })));
    }
    const source = {
        file,
        lineOf(path, key = false) {
            // Walk down as far as the path exists, so a missing field points at its parent.
            let node = doc.contents;
            let offset = node?.range?.[0];
            for (const [i, seg] of path.entries()) {
                if ((0,yaml_dist.isMap)(node)) {
                    const pair = node.items.find((p) => p.key?.value === seg);
                    if (!pair)
                        break;
                    const keyOffset = pair.key?.range?.[0];
                    if (key && i === path.length - 1) {
                        offset = keyOffset ?? offset;
                        break;
                    }
                    node = pair.value;
                    offset = node?.range?.[0] ?? keyOffset ?? offset;
                }
                else if ((0,yaml_dist.isSeq)(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
                    node = node.items[seg];
                    offset = node?.range?.[0] ?? offset;
                }
                else {
                    break;
                }
            }
            return lineAt(offset);
        },
    };
    const value = doc.toJS();
    const issues = [];
    const add = (path, message, key = false) => issues.push({ file, line: source.lineOf(path, key), field: (0,policy_types/* fieldName */.w)(path), message });
    if (!validateSchema(value)) {
        for (const e of explain(validateSchema.errors ?? []))
            add(e.path, e.message, e.key);
        throw new PolicyFileError(sortIssues(issues));
    }
    const policy = value;
    const warnings = [];
    semanticChecks(policy, options, add, (msg) => warnings.push(msg), source);
    if (issues.length > 0)
        throw new PolicyFileError(sortIssues(issues));
    return { policy, source, warnings };
}
function sortIssues(issues) {
    return issues.sort((a, b) => a.line - b.line);
}
// ---- schema -------------------------------------------------------------------
const addFormats = (dist_default());
const policy_file_ajv = new ajv.Ajv({ allErrors: true, verbose: true, strict: false });
addFormats(policy_file_ajv);
const validateSchema = policy_file_ajv.compile(registry_policy_schema_namespaceObject);
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * ajv reports every failed branch of an `anyOf`; a person wants one sentence per
 * field. Branch errors are folded into the field's own description unless one
 * of them is more precise (an unknown key below the field).
 */
function explain(errors) {
    const out = [];
    const seen = new Set();
    const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
    const push = (x) => {
        const id = `${x.path.join('/')}|${x.message}`;
        if (!seen.has(id)) {
            seen.add(id);
            out.push(x);
        }
    };
    for (const e of errors) {
        const path = pointerToPath(e.instancePath);
        const inAnyOf = anyOfPaths.find((p) => e.instancePath.startsWith(p) && e.schemaPath.includes('/anyOf/'));
        if (e.keyword === 'anyOf') {
            const precise = errors.some((o) => o !== e &&
                o.keyword === 'additionalProperties' &&
                o.instancePath.startsWith(e.instancePath) &&
                o.schemaPath.includes('/anyOf/'));
            if (!precise)
                push({ path, message: describeExpected(e), key: false });
            continue;
        }
        if (inAnyOf !== undefined && e.keyword !== 'additionalProperties')
            continue;
        push(errorMessage(e, path));
    }
    return out;
}
function describeExpected(e) {
    const desc = e.parentSchema?.description;
    return `${JSON.stringify(e.data)} is not valid here${desc ? `: ${desc}` : ''}`;
}
function errorMessage(e, path) {
    const schemaOf = e.parentSchema;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = e.params.additionalProperty;
            const allowed = Object.keys(schemaOf?.properties ?? {}).filter((k) => k !== '$schema');
            return {
                path: [...path, key],
                key: true,
                message: `unknown key "${key}" (allowed here: ${allowed.join(', ')})`,
            };
        }
        case 'enum':
            return {
                path,
                key: false,
                message: `${JSON.stringify(e.data)} is not one of ${(schemaOf?.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}`,
            };
        case 'required': {
            const missing = e.params.missingProperty;
            return { path, key: false, message: `missing required key "${missing}"` };
        }
        case 'const':
            return {
                path,
                key: false,
                message: `${JSON.stringify(e.data)} must be ${JSON.stringify(e.params.allowedValue)}`,
            };
        case 'minProperties':
        case 'maxProperties':
            return {
                path,
                key: false,
                message: `needs exactly one of ${Object.keys(schemaOf?.properties ?? {}).join(', ')}`,
            };
        default:
            return { path, key: false, message: `${JSON.stringify(e.data)} ${e.message ?? 'is not valid'}` };
    }
}
/** Unix seconds at which Harbor starts ignoring the allowlist (`now >= expires_at`). */
function expiryToUnix(text) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        // A date means "valid through that day (UTC)", so it expires at the next midnight.
        return Date.parse(`${text}T00:00:00Z`) / 1000 + 86_400;
    }
    return Math.floor(Date.parse(text) / 1000);
}
function semanticChecks(policy, options, add, warn, source) {
    const nowSec = Math.floor(options.now.getTime() / 1000);
    const checkCron = (path, expr) => {
        if (expr === undefined || expr === 'none')
            return;
        const problem = harborCronProblem(expr);
        if (problem)
            add(path, problem);
    };
    const checkExpiry = (path, text) => {
        if (text === undefined)
            return;
        const at = expiryToUnix(text);
        if (at <= nowSec) {
            add(path, `expiry ${text} is already past (now ${options.now.toISOString()}); Harbor would ignore the whole allowlist`);
        }
    };
    checkCron(['system', 'scan_all_schedule'], policy.system?.scan_all_schedule);
    checkExpiry(['system', 'cve_allowlist', 'expires_at'], policy.system?.cve_allowlist?.expires_at);
    checkDuplicateCves(['system', 'cve_allowlist', 'items'], policy.system?.cve_allowlist?.items, add);
    const projectNames = new Map();
    (policy.projects ?? []).forEach((project, i) => {
        const base = ['projects', i];
        const prior = projectNames.get(project.name);
        if (prior !== undefined) {
            add([...base, 'name'], `project "${project.name}" is already declared at projects[${prior}]`);
        }
        projectNames.set(project.name, i);
        const allowlist = project.cve_allowlist;
        if (allowlist) {
            checkExpiry([...base, 'cve_allowlist', 'expires_at'], allowlist.expires_at);
            checkDuplicateCves([...base, 'cve_allowlist', 'items'], allowlist.items, add);
            if (allowlist.reuse_system === true && (allowlist.items?.length ?? 0) > 0) {
                add([...base, 'cve_allowlist', 'reuse_system'], 'reuse_system: true makes Harbor ignore this project allowlist; drop the items or set it to false');
            }
        }
        const rules = project.immutability_rules ?? [];
        if (rules.length > IMMUTABILITY_UI_LIMIT) {
            const msg = `${rules.length} immutability rules in project "${project.name}": Harbor's UI shows only ${IMMUTABILITY_UI_LIMIT} (the API accepts more and the UI hides the rest)`;
            if (options.allowManyImmutabilityRules) {
                warn(`${source.file}:${source.lineOf([...base, 'immutability_rules'])}: ${msg}`);
            }
            else {
                add([...base, 'immutability_rules'], `${msg}; refused unless allowManyImmutabilityRules is set`);
            }
        }
        checkDuplicates(rules.map((r) => JSON.stringify([r.repositories ?? { matches: '**' }, r.tags])), (j, first) => add([...base, 'immutability_rules', j], `same selectors as immutability_rules[${first}]`));
        if (project.retention) {
            checkCron([...base, 'retention', 'schedule'], project.retention.schedule);
        }
        checkDuplicates((project.robots ?? []).map((r) => r.name), (j, first) => add([...base, 'robots', j, 'name'], `robot name already used at robots[${first}]`));
        checkDuplicates((project.webhooks ?? []).map((w) => w.name), (j, first) => add([...base, 'webhooks', j, 'name'], `webhook name already used at webhooks[${first}]`));
        (project.webhooks ?? []).forEach((w, j) => {
            if (w.type === 'slack' && w.payload_format !== undefined) {
                add([...base, 'webhooks', j, 'payload_format'], 'a payload format is only allowed on http webhooks');
            }
        });
    });
}
function checkDuplicates(keys, report) {
    const first = new Map();
    keys.forEach((k, i) => {
        const f = first.get(k);
        if (f === undefined)
            first.set(k, i);
        else
            report(i, f);
    });
}
function checkDuplicateCves(path, items, add) {
    checkDuplicates((items ?? []).map((it) => (typeof it === 'string' ? it : it.id)), (j, f) => add([...path, j], `CVE listed twice (first at index ${f}); Harbor rejects duplicates`));
}


/***/ }),

/***/ 69058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ fieldName)
/* harmony export */ });
// The policy file as the user writes it, after schema validation. Shapes mirror
// schemas/registry-policy.schema.json; desired.ts turns them into Harbor's terms.
/** `projects[0].immutability_rules[2].tags`: how every message names a field. */
function fieldName(path) {
    let out = '';
    for (const seg of path) {
        out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
    }
    return out === '' ? '(document)' : out;
}


/***/ }),

/***/ 62156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HARBOR_SEVERITIES: () => (/* binding */ HARBOR_SEVERITIES),
/* harmony export */   VULN_REPORT_V10: () => (/* binding */ VULN_REPORT_V10),
/* harmony export */   VULN_REPORT_V11: () => (/* binding */ VULN_REPORT_V11),
/* harmony export */   awaitHarborScan: () => (/* binding */ awaitHarborScan),
/* harmony export */   harborArtifactFromImage: () => (/* binding */ harborArtifactFromImage),
/* harmony export */   summarise: () => (/* binding */ summarise)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68825);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62148);



// Harbor's own scan of one new digest, awaited before policy tightens the
// "prevent vulnerable images" and "only signed" gates: with those on, a
// digest that has no finished scan can no longer be pulled, and Harbor exempts
// only cosign's and notation's user agents from the check.
/** Report MIME types in order of preference; the v1.0 type is what older scanners write. */
const VULN_REPORT_V11 = 'application/vnd.security.vulnerability.report; version=1.1';
const VULN_REPORT_V10 = 'application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0';
const REPORT_TYPES = [VULN_REPORT_V11, VULN_REPORT_V10];
/** Most severe first; Harbor's `None` counts as Unknown (both are severity code 0). */
const HARBOR_SEVERITIES = ['Critical', 'High', 'Medium', 'Low', 'Negligible', 'Unknown'];
/** Job statuses after which nothing changes (jobservice/job/status.go). */
const FAILED = new Set(['Error', 'Stopped']);
/**
 * `registry/project/repository@sha256:…` → Harbor's names: the first path
 * component is the project, the rest (slashes included) the repository.
 */
function harborArtifactFromImage(image, where = 'image') {
    let ref;
    try {
        ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(image.trim(), { defaultTag: false });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${err.message}`);
    }
    if (!ref.digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${image}" has no digest; give registry/project/repository@sha256:… so the scan is of the image just pushed`);
    }
    const slash = ref.repository.indexOf('/');
    if (slash < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${image}" names no Harbor project; Harbor images are registry/project/repository`);
    }
    return {
        project: ref.repository.slice(0, slash),
        repository: ref.repository.slice(slash + 1),
        digest: ref.digest,
    };
}
/**
 * Triggers Harbor's vulnerability scan (and SBOM generation when asked) of the
 * digest, polls the artifact until the scan is Success, then reads and
 * summarises the vulnerability report. Throws OperationError naming
 * project/repository@digest when the scan fails, stops, or outlasts the timeout.
 */
async function awaitHarborScan(client, request) {
    const { project, repository, digest } = request;
    const where = `${project}/${repository}@${digest}`;
    if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: the reference is not a digest`);
    if (!(request.pollMs > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: poll interval must be above 0 ms`);
    if (!(request.timeoutMs >= 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Harbor scan of ${where}: timeout must be 0 or more`);
    const now = request.now ?? Date.now;
    const sleep = request.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const progress = request.onProgress ?? (() => { });
    const deadline = now() + request.timeoutMs;
    await client.scanArtifact(project, repository, digest, 'vulnerability');
    if (request.sbom)
        await client.scanArtifact(project, repository, digest, 'sbom');
    progress(`Harbor scan of ${where} triggered${request.sbom ? ' with SBOM generation' : ''}`);
    let last = '';
    let artifact;
    for (;;) {
        artifact = await client.getArtifact(project, repository, digest);
        const state = scanState(artifact, request.sbom);
        if (state.failed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor ${state.failed} of ${where} ended in ${state.status}`);
        if (state.done)
            break;
        if (state.describe !== last)
            progress(`Harbor scan of ${where}: ${state.describe}`);
        last = state.describe;
        const left = deadline - now();
        if (left <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor scan of ${where} did not finish within ${Number((request.timeoutMs / 1000).toFixed(1))}s; last status: ${state.describe}`);
        }
        await sleep(Math.min(request.pollMs, left));
    }
    const report = await client.getVulnerabilityReport(project, repository, digest);
    const overview = pickOverview(artifact.scan_overview);
    const summary = summarise(report, where, request.topN ?? 10, overview?.entry);
    const sbomOverview = artifact.sbom_overview;
    return {
        project,
        repository,
        digest,
        ...summary,
        ...(request.sbom
            ? {
                sbom: {
                    status: sbomOverview?.scan_status ?? 'Success',
                    ...(sbomOverview?.sbom_digest ? { digest: sbomOverview.sbom_digest } : {}),
                },
            }
            : {}),
    };
}
function scanState(artifact, sbom) {
    const scan = pickOverview(artifact.scan_overview)?.entry.scan_status ?? 'not started';
    const sbomStatus = sbom ? (artifact.sbom_overview?.scan_status ?? 'not started') : 'Success';
    if (FAILED.has(scan))
        return { done: false, failed: 'scan', status: scan, describe: scan };
    if (FAILED.has(sbomStatus))
        return { done: false, failed: 'SBOM generation', status: sbomStatus, describe: sbomStatus };
    const describe = sbom ? `scan ${scan}, SBOM ${sbomStatus}` : scan;
    return { done: scan === 'Success' && sbomStatus === 'Success', status: scan, describe };
}
/** The overview entry of the preferred report type, else whatever the scanner wrote. */
function pickOverview(overview) {
    if (!overview)
        return undefined;
    for (const type of REPORT_TYPES) {
        const entry = overview[type];
        if (entry)
            return { type, entry };
    }
    const [type, entry] = Object.entries(overview)[0] ?? [];
    return type && entry ? { type, entry } : undefined;
}
function summarise(report, where, topN = 10, overview) {
    const reportType = REPORT_TYPES.find((t) => report[t] !== undefined) ?? Object.keys(report)[0];
    const raw = reportType === undefined ? undefined : report[reportType];
    if (reportType === undefined || raw === null || typeof raw !== 'object') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor has no vulnerability report for ${where} (asked for ${REPORT_TYPES.join(', ')})`);
    }
    const body = raw;
    if (body.vulnerabilities != null && !Array.isArray(body.vulnerabilities)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OperationError */ .OK(`Harbor vulnerability report for ${where}: "vulnerabilities" is not a list`);
    }
    const counts = Object.fromEntries(HARBOR_SEVERITIES.map((s) => [s, 0]));
    const findings = [];
    for (const v of body.vulnerabilities ?? []) {
        const severity = severityOf(v.severity);
        counts[severity]++;
        const score = v.preferred_cvss?.score_v3 ?? v.preferred_cvss?.score_v2 ?? undefined;
        findings.push({
            id: String(v.id ?? ''),
            package: String(v.package ?? ''),
            version: String(v.version ?? ''),
            fixVersion: String(v.fix_version ?? ''),
            severity,
            ...(typeof score === 'number' ? { score } : {}),
        });
    }
    const rank = (f) => HARBOR_SEVERITIES.indexOf(f.severity);
    findings.sort((a, b) => rank(a) - rank(b) ||
        Number(b.fixVersion !== '') - Number(a.fixVersion !== '') ||
        (b.score ?? -1) - (a.score ?? -1) ||
        a.id.localeCompare(b.id) ||
        a.package.localeCompare(b.package));
    const scanner = body.scanner ?? overview?.scanner;
    return {
        reportType,
        ...(scanner ? { scanner } : {}),
        ...(body.generated_at ? { generatedAt: body.generated_at } : {}),
        counts,
        total: findings.length,
        fixable: findings.filter((f) => f.fixVersion !== '').length,
        top: findings.slice(0, Math.max(0, topN)),
    };
}
function severityOf(value) {
    const found = HARBOR_SEVERITIES.find((s) => s.toLowerCase() === (value ?? '').toLowerCase());
    return found ?? 'Unknown';
}


/***/ }),

/***/ 94426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPolicy: () => (/* binding */ runPolicy)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/harbor/policy-file.ts + 2 modules
var policy_file = __webpack_require__(26077);
// EXTERNAL MODULE: ./src/harbor/policy-types.ts
var policy_types = __webpack_require__(69058);
;// CONCATENATED MODULE: ./src/harbor/desired.ts




/** Harbor's metadata keys, from src/pkg/project/models/pro_meta.go. */
const MetaKey = {
    public: 'public',
    autoScan: 'auto_scan',
    autoSbom: 'auto_sbom_generation',
    notation: 'enable_content_trust',
    cosign: 'enable_content_trust_cosign',
    preventVul: 'prevent_vul',
    severity: 'severity',
    reuseSysAllowlist: 'reuse_sys_cve_allowlist',
};
/** Severity thresholds, strictest first: `none` blocks any finding at all. */
const SEVERITY_ORDER = ['none', 'low', 'medium', 'high', 'critical'];
const SHA256_EXCLUSION = 'sha256-*';
// Tags cosign and the referrers tag fallback write: sha256-<hex>, .sig, .att, .sbom.
const SHA256_SAMPLES = ['', '.sig', '.att', '.sbom'].map((s) => `sha256-${'0'.repeat(64)}${s}`);
function toDesiredState(policy, source) {
    const fail = (path, message) => {
        throw new src_errors/* InputError */.dz(`${source.file}:${source.lineOf(path)}: ${(0,policy_types/* fieldName */.w)(path)}: ${message}`);
    };
    const system = {};
    const sched = policy.system?.scan_all_schedule;
    if (sched !== undefined)
        system.scanAllCron = sched === 'none' ? null : sched.trim();
    const sysList = policy.system?.cve_allowlist;
    if (sysList)
        system.allowlist = allowlistOf(sysList.items, sysList.expires_at);
    const projects = (policy.projects ?? []).map((p, i) => projectOf(p, ['projects', i], fail));
    return { system, projects };
}
function projectOf(p, base, fail) {
    const metadata = {};
    const flag = (key, value) => {
        if (value !== undefined)
            metadata[key] = value ? 'true' : 'false';
    };
    flag(MetaKey.public, p.public);
    flag(MetaKey.autoScan, p.scan_on_push);
    flag(MetaKey.autoSbom, p.sbom_on_push);
    flag(MetaKey.cosign, p.require_signatures?.cosign);
    flag(MetaKey.notation, p.require_signatures?.notation);
    if (p.prevent_vulnerable !== undefined) {
        metadata[MetaKey.preventVul] = p.prevent_vulnerable === false ? 'false' : 'true';
        if (p.prevent_vulnerable !== false)
            metadata[MetaKey.severity] = p.prevent_vulnerable;
    }
    const project = { name: p.name, metadata };
    const list = p.cve_allowlist;
    if (list) {
        // Harbor reads a missing reuse_sys_cve_allowlist as true and would ignore
        // the project list, so a project list always writes "false" explicitly.
        const reuse = list.reuse_system ?? (list.items === undefined && list.expires_at === undefined);
        metadata[MetaKey.reuseSysAllowlist] = reuse ? 'true' : 'false';
        if (!reuse)
            project.allowlist = allowlistOf(list.items ?? [], list.expires_at);
    }
    if (p.immutability_rules) {
        project.immutableRules = p.immutability_rules.map((r, j) => {
            const path = [...base, 'immutability_rules', j, 'tags'];
            return {
                ...immutableTagOf(r.tags, path, fail),
                repository: repoOf(r.repositories),
                disabled: r.disabled ?? false,
            };
        });
    }
    if (p.retention) {
        const cron = p.retention.schedule;
        project.retention = {
            cron: cron === undefined || cron === 'none' ? '' : cron.trim(),
            rules: p.retention.rules.map((r) => {
                const tags = r.tags ?? { matches: '**' };
                const decoration = tags.excludes !== undefined ? 'excludes' : 'matches';
                return {
                    ...keepOf(r.keep),
                    tag: { decoration, pattern: patternOf(tags), untagged: r.untagged ?? decoration === 'matches' },
                    repository: repoOf(r.repositories),
                    disabled: r.disabled ?? false,
                };
            }),
        };
    }
    if (p.robots) {
        project.robots = p.robots.map((r) => ({
            name: r.name,
            description: r.description ?? '',
            duration: r.duration_days ?? -1,
            disabled: r.disabled ?? false,
            access: [...r.permissions].sort(),
        }));
    }
    if (p.webhooks) {
        project.webhooks = p.webhooks.map((w) => {
            const type = w.type ?? 'http';
            return {
                name: w.name,
                enabled: w.enabled ?? true,
                eventTypes: [...w.events].sort(),
                target: {
                    type,
                    address: w.address,
                    // Harbor fills in Default for http targets and allows no format on slack.
                    payloadFormat: type === 'http' ? (w.payload_format ?? 'Default') : undefined,
                    skipCertVerify: w.skip_cert_verify ?? false,
                },
            };
        });
    }
    return project;
}
function allowlistOf(items, expires) {
    return {
        items: items.map((it) => (typeof it === 'string' ? it : it.id)).sort(),
        expiresAt: expires === undefined ? null : (0,policy_file/* expiryToUnix */.vd)(expires),
    };
}
function patternOf(sel) {
    return (sel.matches ?? sel.excludes);
}
function repoOf(sel) {
    if (sel?.excludes !== undefined)
        return { decoration: 'repoExcludes', pattern: sel.excludes };
    return { decoration: 'repoMatches', pattern: sel?.matches ?? '**' };
}
/**
 * Harbor issue 17332: a rule that freezes every tag also freezes the
 * `sha256-<digest>.sig` tags cosign rewrites when it adds a signature, and the
 * referrers-API fallback tags, so signing an image a second time fails. Harbor
 * evaluates only the first tag selector, so the exclusion has to live in that
 * selector's pattern.
 */
function immutableTagOf(sel, path, fail) {
    const pattern = patternOf(sel);
    const hitsSha = SHA256_SAMPLES.some((t) => picomatch_default().isMatch(t, pattern, { dot: true }));
    if (sel.excludes !== undefined) {
        if (hitsSha)
            return { tag: { decoration: 'excludes', pattern } };
        const widened = pattern.startsWith('{') && pattern.endsWith('}') && !pattern.slice(1, -1).includes('{');
        const rewritten = widened
            ? `${pattern.slice(0, -1)},${SHA256_EXCLUSION}}`
            : `{${pattern},${SHA256_EXCLUSION}}`;
        return {
            tag: { decoration: 'excludes', pattern: rewritten },
            note: `tag exclusion "${pattern}" widened to "${rewritten}" so sha256-* signature and referrer-fallback tags stay mutable (Harbor issue 17332)`,
        };
    }
    if (!hitsSha)
        return { tag: { decoration: 'matches', pattern } };
    if (pattern === '**' || pattern === '*') {
        return {
            tag: { decoration: 'excludes', pattern: SHA256_EXCLUSION },
            note: `tag pattern "${pattern}" written as "excludes ${SHA256_EXCLUSION}" (every tag but sha256-*) so signature and referrer-fallback tags stay mutable (Harbor issue 17332)`,
        };
    }
    return fail(path, `tag pattern "${pattern}" would make cosign's sha256-* signature and referrer-fallback tags immutable (Harbor issue 17332) and Harbor reads only one tag selector; use a pattern that cannot match "sha256-…", "**", or an "excludes" pattern`);
}
function keepOf(keep) {
    if (keep === 'always')
        return { template: 'always', value: null };
    if (keep.latest_pushed !== undefined)
        return { template: 'latestPushedK', value: keep.latest_pushed };
    if (keep.latest_pulled !== undefined)
        return { template: 'latestPulledN', value: keep.latest_pulled };
    if (keep.pushed_within_days !== undefined)
        return { template: 'nDaysSinceLastPush', value: keep.pushed_within_days };
    return { template: 'nDaysSinceLastPull', value: keep.pulled_within_days ?? 0 };
}
// ---- to and from Harbor's bodies ------------------------------------------------
function immutableRuleBody(rule) {
    return {
        disabled: rule.disabled,
        priority: 0,
        action: 'immutable',
        template: 'immutable_template',
        tag_selectors: [{ kind: 'doublestar', decoration: rule.tag.decoration, pattern: rule.tag.pattern }],
        scope_selectors: {
            repository: [
                { kind: 'doublestar', decoration: rule.repository.decoration, pattern: rule.repository.pattern },
            ],
        },
    };
}
/** What Harbor holds, reduced the same way; undefined when the rule is not one lading could have written. */
function immutableRuleOf(rule) {
    const tag = rule.tag_selectors?.[0];
    const repo = rule.scope_selectors?.repository?.[0];
    if (!tag || (tag.decoration !== 'matches' && tag.decoration !== 'excludes'))
        return undefined;
    const repository = repo?.decoration === 'repoMatches' || repo?.decoration === 'repoExcludes'
        ? { decoration: repo.decoration, pattern: repo.pattern }
        : { decoration: 'repoMatches', pattern: '**' };
    return {
        tag: { decoration: tag.decoration, pattern: tag.pattern },
        repository,
        disabled: rule.disabled ?? false,
    };
}
function immutableRuleKey(rule) {
    return `${rule.repository.decoration === 'repoMatches' ? 'repositories' : 'repositories except'} ${rule.repository.pattern}, tags ${rule.tag.decoration === 'matches' ? '' : 'except '}${rule.tag.pattern}`;
}
function retentionRuleBody(rule) {
    const tagSelector = {
        kind: 'doublestar',
        decoration: rule.tag.decoration,
        pattern: rule.tag.pattern,
        extras: JSON.stringify({ untagged: rule.tag.untagged }),
    };
    return {
        disabled: rule.disabled,
        action: 'retain',
        template: rule.template,
        params: rule.value === null ? {} : { [rule.template]: rule.value },
        tag_selectors: [tagSelector],
        scope_selectors: {
            repository: [
                { kind: 'doublestar', decoration: rule.repository.decoration, pattern: rule.repository.pattern },
            ],
        },
    };
}
function retentionRuleOf(rule) {
    const tag = rule.tag_selectors?.[0];
    const repo = rule.scope_selectors?.repository?.[0];
    const decoration = tag?.decoration === 'excludes' ? 'excludes' : 'matches';
    let untagged = decoration === 'matches';
    try {
        const extras = tag?.extras ? JSON.parse(tag.extras) : {};
        if (typeof extras.untagged === 'boolean')
            untagged = extras.untagged;
    }
    catch {
        // Harbor stores extras verbatim; an unreadable value means Harbor's default.
    }
    const raw = rule.params?.[rule.template ?? ''];
    return {
        template: rule.template ?? '',
        value: rule.template === 'always' || raw === undefined ? null : Number(raw),
        tag: { decoration, pattern: tag?.pattern ?? '**', untagged },
        repository: {
            decoration: repo?.decoration === 'repoExcludes' ? 'repoExcludes' : 'repoMatches',
            pattern: repo?.pattern ?? '**',
        },
        disabled: rule.disabled ?? false,
    };
}

;// CONCATENATED MODULE: ./src/harbor/planner.ts

/**
 * Order of application inside a project. Loosening a gate comes first and
 * tightening last, so a half-applied policy never blocks more than either
 * the old or the new one would.
 */
const Phase = {
    system: 0,
    createProject: 10,
    loosenGate: 20,
    allowlist: 30,
    metadata: 40,
    immutability: 50,
    immutabilityDelete: 55,
    retention: 60,
    webhook: 70,
    robot: 80,
    tightenGate: 90,
};
const GATE_KEYS = new Set([MetaKey.preventVul, MetaKey.cosign, MetaKey.notation]);
function planChanges(desired, current, options) {
    const plan = {
        changes: [],
        unmanaged: [],
        notes: [],
        warnings: [...(options.warnings ?? [])],
        prune: options.prune,
    };
    planSystem(desired, current, plan);
    for (const want of desired.projects) {
        planProject(want, current.projects.get(want.name) ?? { name: want.name }, plan);
    }
    // The sha256-* rewrite is stated for every rule it touched, changed or not.
    const notes = new Set();
    for (const want of desired.projects) {
        for (const rule of want.immutableRules ?? [])
            if (rule.note)
                notes.add(`${want.name}: ${rule.note}`);
    }
    for (const c of plan.changes) {
        if (c.resource !== 'immutability rule')
            for (const n of c.notes)
                notes.add(`${c.scope}: ${n}`);
    }
    plan.notes = [...notes];
    plan.changes = inApplyOrder(plan.changes);
    return plan;
}
function planSystem(desired, current, plan) {
    const cron = desired.system.scanAllCron;
    const scanAll = current.system.scanAll;
    if (cron !== undefined && scanAll) {
        const same = cron === null ? !scanAll.exists : scanAll.exists && scanAll.cron === cron;
        if (!same) {
            plan.changes.push({
                scope: 'system',
                resource: 'scan-all schedule',
                name: 'scan-all',
                action: scanAll.exists ? (cron === null ? 'delete' : 'update') : 'create',
                details: [
                    `schedule: ${scanAll.exists ? `"${scanAll.cron}"` : 'none'} → ${cron === null ? 'none' : `"${cron}"`}`,
                ],
                notes: [],
                phase: Phase.system,
                op: { type: 'scan-all', exists: scanAll.exists, cron },
            });
        }
    }
    const list = desired.system.allowlist;
    if (list && current.system.allowlist && !sameAllowlist(list, current.system.allowlist)) {
        plan.changes.push({
            scope: 'system',
            resource: 'system CVE allowlist',
            name: 'CVE allowlist',
            action: 'update',
            details: allowlistDiff(current.system.allowlist, list),
            notes: [],
            phase: Phase.system,
            op: { type: 'system-allowlist', allowlist: list },
        });
    }
}
function planProject(want, have, plan) {
    const scope = want.name;
    const push = (c) => plan.changes.push({ scope, notes: [], ...c });
    const exists = have.project !== undefined;
    const currentMeta = normaliseMetadata(have.project?.metadata ?? {});
    const createMeta = {};
    for (const [key, value] of Object.entries(want.metadata)) {
        const before = currentMeta[key];
        if (effective(key, before) === value)
            continue;
        const direction = gateDirection(key, before, value, want.metadata);
        if (!exists && direction !== 'tighten') {
            createMeta[key] = value;
            continue;
        }
        push({
            resource: 'metadata',
            name: key,
            action: before === undefined ? 'create' : 'update',
            details: [`${key}: ${describeMeta(key, before)} → "${value}"`],
            phase: direction === 'tighten'
                ? Phase.tightenGate
                : direction === 'loosen'
                    ? Phase.loosenGate
                    : Phase.metadata,
            op: { type: 'set-metadata', project: scope, key, value, exists: before !== undefined },
        });
    }
    if (!exists) {
        plan.changes.push({
            scope,
            resource: 'project',
            name: scope,
            action: 'create',
            details: [
                ...Object.entries(createMeta).map(([k, v]) => `${k}: "${v}"`),
                ...(want.allowlist ? allowlistDiff(undefined, want.allowlist) : []),
            ],
            notes: [],
            phase: Phase.createProject,
            op: {
                type: 'create-project',
                project: scope,
                metadata: createMeta,
                ...(want.allowlist ? { allowlist: want.allowlist } : {}),
            },
        });
    }
    else if (want.allowlist) {
        const before = allowlistOfProject(have);
        if (!sameAllowlist(want.allowlist, before)) {
            push({
                resource: 'CVE allowlist',
                name: 'CVE allowlist',
                action: 'update',
                details: allowlistDiff(before, want.allowlist),
                phase: Phase.allowlist,
                op: { type: 'set-allowlist', project: scope, allowlist: want.allowlist },
            });
        }
    }
    if (want.immutableRules)
        planImmutable(want, have, plan);
    if (want.retention)
        planRetention(want.retention, have, scope, push);
    if (want.robots)
        planRobots(want.robots, have, plan);
    if (want.webhooks)
        planWebhooks(want.webhooks, have, plan);
}
// ---- metadata ---------------------------------------------------------------------
function normaliseMetadata(meta) {
    const out = {};
    for (const [k, v] of Object.entries(meta)) {
        const lower = String(v).toLowerCase();
        // Harbor's isTrue accepts "1" and any case (project.go:278-286).
        out[k] = lower === '1' ? 'true' : lower === '0' ? 'false' : k === MetaKey.severity ? lower : String(v);
    }
    return out;
}
/** The value Harbor acts on: a missing reuse_sys_cve_allowlist counts as true, other flags as false. */
function effective(key, value) {
    if (value !== undefined)
        return value;
    if (key === MetaKey.reuseSysAllowlist)
        return 'true';
    if (key === MetaKey.severity)
        return undefined;
    return 'false';
}
function describeMeta(key, value) {
    if (value !== undefined)
        return `"${value}"`;
    const implied = effective(key, undefined);
    return implied === undefined ? '(unset)' : `(unset, means "${implied}")`;
}
function gateDirection(key, before, after, desiredMeta) {
    if (GATE_KEYS.has(key))
        return after === 'true' ? 'tighten' : 'loosen';
    if (key === MetaKey.severity) {
        if (desiredMeta[MetaKey.preventVul] !== 'true')
            return 'neutral';
        const from = SEVERITY_ORDER.indexOf(before);
        const to = SEVERITY_ORDER.indexOf(after);
        return from === -1 || to < from ? 'tighten' : 'loosen';
    }
    return 'neutral';
}
// ---- allowlists --------------------------------------------------------------------
function allowlistOfProject(have) {
    const list = have.project?.cve_allowlist;
    return { items: (list?.items ?? []).map((i) => i.cve_id).sort(), expiresAt: list?.expires_at ?? null };
}
function sameAllowlist(a, b) {
    return a.expiresAt === b.expiresAt && a.items.join(',') === b.items.join(',');
}
function allowlistDiff(before, after) {
    const had = new Set(before?.items ?? []);
    const wants = new Set(after.items);
    const out = [];
    for (const id of after.items)
        if (!had.has(id))
            out.push(`+ ${id}`);
    for (const id of before?.items ?? [])
        if (!wants.has(id))
            out.push(`- ${id}`);
    if ((before?.expiresAt ?? null) !== after.expiresAt || before === undefined) {
        out.push(`expires_at: ${expiry(before?.expiresAt ?? null)} → ${expiry(after.expiresAt)}`);
    }
    return out;
}
function expiry(at) {
    return at === null ? 'never' : new Date(at * 1000).toISOString();
}
// ---- immutability rules -----------------------------------------------------------
function planImmutable(want, have, plan) {
    const scope = want.name;
    const current = (have.immutableRules ?? []).map((r) => ({ raw: r, rule: immutableRuleOf(r) }));
    const matched = new Set();
    for (const rule of want.immutableRules ?? []) {
        const key = immutableRuleKey(rule);
        const found = current.find((c) => c.rule && immutableRuleKey(c.rule) === key);
        const notes = rule.note ? [rule.note] : [];
        if (!found) {
            plan.changes.push({
                scope,
                resource: 'immutability rule',
                name: key,
                action: 'create',
                details: rule.disabled ? ['disabled: true'] : [],
                notes,
                phase: Phase.immutability,
                op: { type: 'create-immutable-rule', project: scope, rule },
            });
            continue;
        }
        matched.add(found.raw.id ?? -1);
        if ((found.rule?.disabled ?? false) !== rule.disabled) {
            plan.changes.push({
                scope,
                resource: 'immutability rule',
                name: key,
                action: 'update',
                details: [`disabled: ${!rule.disabled} → ${rule.disabled}`],
                notes,
                phase: Phase.immutability,
                op: {
                    type: 'update-immutable-rule',
                    project: scope,
                    id: found.raw.id ?? 0,
                    rule,
                    current: found.raw,
                },
            });
        }
    }
    for (const c of current) {
        if (matched.has(c.raw.id ?? -1))
            continue;
        const name = c.rule ? immutableRuleKey(c.rule) : `rule ${c.raw.id}`;
        extra(plan, scope, 'immutability rule', name, {
            type: 'delete-immutable-rule',
            project: scope,
            id: c.raw.id ?? 0,
        });
    }
}
function extra(plan, scope, resource, name, op) {
    if (!plan.prune) {
        plan.unmanaged.push({ scope, resource, name });
        return;
    }
    plan.changes.push({
        scope,
        resource,
        name,
        action: 'delete',
        details: ['not in the policy file (prune)'],
        notes: [],
        phase: resource === 'immutability rule'
            ? Phase.immutabilityDelete
            : resource === 'robot'
                ? Phase.robot
                : Phase.webhook,
        op,
    });
}
// ---- retention ----------------------------------------------------------------------
function planRetention(want, have, scope, push) {
    const describe = (r) => `${r.disabled ? '[disabled] ' : ''}keep ${r.template}${r.value === null ? '' : `=${r.value}`} of repositories ${r.repository.decoration === 'repoExcludes' ? 'except ' : ''}${r.repository.pattern}, tags ${r.tag.decoration === 'excludes' ? 'except ' : ''}${r.tag.pattern}${r.tag.untagged ? ' (+untagged)' : ''}`;
    const wantRules = want.rules.map(describe);
    if (!have.retention) {
        push({
            resource: 'retention policy',
            name: 'retention',
            action: 'create',
            details: [
                `schedule: ${want.cron === '' ? 'none' : `"${want.cron}"`}`,
                ...wantRules.map((r) => `+ ${r}`),
            ],
            phase: Phase.retention,
            op: { type: 'create-retention', project: scope, retention: want },
        });
        return;
    }
    const policy = have.retention.policy;
    const cron = String(policy.trigger?.settings?.cron ?? '');
    const haveRules = (policy.rules ?? []).map((r) => describe(retentionRuleOf(r)));
    const details = [];
    if (cron !== want.cron)
        details.push(`schedule: ${cron === '' ? 'none' : `"${cron}"`} → ${want.cron === '' ? 'none' : `"${want.cron}"`}`);
    for (const r of wantRules)
        if (!haveRules.includes(r))
            details.push(`+ ${r}`);
    for (const r of haveRules)
        if (!wantRules.includes(r))
            details.push(`- ${r}`);
    if (details.length === 0)
        return;
    push({
        resource: 'retention policy',
        name: 'retention',
        action: 'update',
        details,
        phase: Phase.retention,
        op: { type: 'update-retention', project: scope, id: have.retention.id, retention: want },
    });
}
// ---- robots ---------------------------------------------------------------------------
/** `robot$apps+ci-push` → `ci-push`; undefined for a robot of another project. */
function robotShortName(fullName, project) {
    const marker = `${project}+`;
    const at = fullName.indexOf(marker);
    return at === -1 ? undefined : fullName.slice(at + marker.length);
}
function accessOf(robot, project) {
    const perm = robot.permissions?.find((p) => p.kind === 'project' && p.namespace === project) ?? robot.permissions?.[0];
    return (perm?.access ?? []).map((a) => `${a.resource}:${a.action}`).sort();
}
function planRobots(want, have, plan) {
    const scope = have.name;
    const current = have.robots ?? [];
    const matched = new Set();
    for (const robot of want) {
        const found = current.find((r) => robotShortName(r.name, scope) === robot.name);
        if (!found) {
            plan.changes.push({
                scope,
                resource: 'robot',
                name: robot.name,
                action: 'create',
                details: [
                    `permissions: ${robot.access.join(', ')}`,
                    `duration: ${robot.duration === -1 ? 'never expires' : `${robot.duration} days`}`,
                    ...(robot.disabled ? ['disabled: true'] : []),
                    'secret: returned once by Harbor, masked in outputs',
                ],
                notes: [],
                phase: Phase.robot,
                op: { type: 'create-robot', project: scope, robot },
            });
            continue;
        }
        matched.add(found.id);
        const details = [];
        if ((found.description ?? '') !== robot.description) {
            details.push(`description: "${found.description ?? ''}" → "${robot.description}"`);
        }
        if ((found.duration ?? -1) !== robot.duration)
            details.push(`duration: ${found.duration ?? -1} → ${robot.duration}`);
        if ((found.disable ?? false) !== robot.disabled)
            details.push(`disabled: ${found.disable ?? false} → ${robot.disabled}`);
        const access = accessOf(found, scope);
        for (const a of robot.access)
            if (!access.includes(a))
                details.push(`+ ${a}`);
        for (const a of access)
            if (!robot.access.includes(a))
                details.push(`- ${a}`);
        if (details.length > 0) {
            plan.changes.push({
                scope,
                resource: 'robot',
                name: robot.name,
                action: 'update',
                details,
                notes: [],
                phase: Phase.robot,
                op: { type: 'update-robot', project: scope, robot, current: found },
            });
        }
    }
    for (const r of current) {
        if (matched.has(r.id))
            continue;
        extra(plan, scope, 'robot', robotShortName(r.name, scope) ?? r.name, {
            type: 'delete-robot',
            project: scope,
            id: r.id,
        });
    }
}
// ---- webhooks -------------------------------------------------------------------------
/** Harbor keeps scheme, host and path of a webhook address and drops the query (webhook.go:411-415). */
function normaliseAddress(address) {
    try {
        const u = new URL(address);
        return `${u.protocol}//${u.host}${u.pathname === '/' && !address.endsWith('/') ? '' : u.pathname}`;
    }
    catch {
        return address;
    }
}
function planWebhooks(want, have, plan) {
    const scope = have.name;
    const current = have.webhooks ?? [];
    const matched = new Set();
    for (const hook of want) {
        const found = current.find((w) => w.name === hook.name);
        const address = normaliseAddress(hook.target.address);
        if (!found) {
            plan.changes.push({
                scope,
                resource: 'webhook',
                name: hook.name,
                action: 'create',
                details: [`events: ${hook.eventTypes.join(', ')}`, `target: ${hook.target.type} ${address}`],
                notes: address !== hook.target.address
                    ? [`webhook ${hook.name}: Harbor drops the query string, address stored as ${address}`]
                    : [],
                phase: Phase.webhook,
                op: { type: 'create-webhook', project: scope, webhook: hook },
            });
            continue;
        }
        matched.add(found.id ?? -1);
        const details = webhookDiff(found, hook, address);
        if (details.length > 0) {
            plan.changes.push({
                scope,
                resource: 'webhook',
                name: hook.name,
                action: 'update',
                details,
                notes: [],
                phase: Phase.webhook,
                op: { type: 'update-webhook', project: scope, id: found.id ?? 0, webhook: hook },
            });
        }
    }
    for (const w of current) {
        if (matched.has(w.id ?? -1))
            continue;
        extra(plan, scope, 'webhook', w.name, { type: 'delete-webhook', project: scope, id: w.id ?? 0 });
    }
}
function webhookDiff(found, hook, address) {
    const details = [];
    if (found.enabled !== hook.enabled)
        details.push(`enabled: ${found.enabled} → ${hook.enabled}`);
    const events = [...(found.event_types ?? [])].sort();
    for (const e of hook.eventTypes)
        if (!events.includes(e))
            details.push(`+ event ${e}`);
    for (const e of events)
        if (!hook.eventTypes.includes(e))
            details.push(`- event ${e}`);
    const t = found.targets?.[0];
    if (!t || t.type !== hook.target.type)
        details.push(`type: ${t?.type ?? '(none)'} → ${hook.target.type}`);
    if (t?.address !== address)
        details.push(`address: ${t?.address ?? '(none)'} → ${address}`);
    if ((t?.payload_format || undefined) !== hook.target.payloadFormat) {
        details.push(`payload_format: ${t?.payload_format || '(none)'} → ${hook.target.payloadFormat ?? '(none)'}`);
    }
    if ((t?.skip_cert_verify ?? false) !== hook.target.skipCertVerify) {
        details.push(`skip_cert_verify: ${t?.skip_cert_verify ?? false} → ${hook.target.skipCertVerify}`);
    }
    return details;
}
/** System first, then projects in file order, each in the order apply will use. */
function inApplyOrder(changes) {
    const scopes = ['system'];
    for (const c of changes)
        if (!scopes.includes(c.scope))
            scopes.push(c.scope);
    return [...changes].sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope) || a.phase - b.phase);
}

;// CONCATENATED MODULE: ./src/harbor/applier.ts



async function applyPlan(client, plan, options = {}) {
    const outcomes = [];
    const secrets = [];
    const failedCreate = new Set();
    const failedScope = new Set();
    const projectIds = new Map();
    for (const change of inApplyOrder(plan.changes)) {
        const label = `${change.scope}: ${change.action} ${change.resource} ${change.name}`;
        if (failedCreate.has(change.scope)) {
            outcomes.push({ change, status: 'skipped', reason: `project ${change.scope} could not be created` });
            continue;
        }
        if (change.phase === Phase.tightenGate && failedScope.has(change.scope)) {
            outcomes.push({
                change,
                status: 'skipped',
                reason: 'not tightened because an earlier change in this project failed',
            });
            continue;
        }
        try {
            const secret = await applyOp(client, change.op, projectIds);
            if (secret)
                secrets.push(secret);
            outcomes.push({ change, status: 'applied' });
            options.onProgress?.(`applied ${label}`);
        }
        catch (err) {
            outcomes.push({ change, status: 'failed', reason: (0,src_errors/* describeError */.Uc)(err) });
            failedScope.add(change.scope);
            if (change.op.type === 'create-project')
                failedCreate.add(change.scope);
            options.onProgress?.(`failed ${label}: ${(0,src_errors/* describeError */.Uc)(err)}`);
        }
    }
    return { outcomes, secrets, ok: outcomes.every((o) => o.status === 'applied') };
}
async function applyOp(client, op, projectIds) {
    switch (op.type) {
        case 'scan-all':
            return applyScanAll(client, op.exists, op.cron);
        case 'system-allowlist':
            return client.putSystemAllowlist(allowlistBody(op.allowlist));
        case 'create-project':
            return client.createProject({
                project_name: op.project,
                metadata: op.metadata,
                ...(op.allowlist ? { cve_allowlist: allowlistBody(op.allowlist) } : {}),
            });
        case 'set-metadata':
            return setMetadata(client, op.project, op.key, op.value, op.exists);
        case 'set-allowlist':
            return client.updateProject(op.project, { cve_allowlist: allowlistBody(op.allowlist) });
        case 'create-immutable-rule':
            return client.createImmutableRule(op.project, immutableRuleBody(op.rule));
        case 'update-immutable-rule':
            return updateImmutableRule(client, op.project, op.id, op.current, immutableRuleBody(op.rule));
        case 'delete-immutable-rule':
            return client.deleteImmutableRule(op.project, op.id);
        case 'create-retention': {
            const id = await projectId(client, op.project, projectIds);
            await client.createRetention(retentionBody(op.retention, id));
            return;
        }
        case 'update-retention': {
            const id = await projectId(client, op.project, projectIds);
            return client.updateRetention(op.id, retentionBody(op.retention, id));
        }
        case 'create-robot': {
            const created = await client.createRobot({
                name: op.robot.name,
                description: op.robot.description,
                level: 'project',
                disable: op.robot.disabled,
                duration: op.robot.duration,
                permissions: [{ kind: 'project', namespace: op.project, access: accessBody(op.robot.access) }],
            });
            return { project: op.project, robot: op.robot.name, username: created.name, secret: created.secret };
        }
        case 'update-robot': {
            const { secret: _secret, ...current } = op.current;
            return client.updateRobot({
                ...current,
                description: op.robot.description,
                duration: op.robot.duration,
                disable: op.robot.disabled,
                permissions: [{ kind: 'project', namespace: op.project, access: accessBody(op.robot.access) }],
            });
        }
        case 'delete-robot':
            return client.deleteRobot(op.id);
        case 'create-webhook':
            return client.createWebhook(op.project, webhookBody(op.webhook));
        case 'update-webhook':
            return client.updateWebhook(op.project, op.id, webhookBody(op.webhook));
        case 'delete-webhook':
            return client.deleteWebhook(op.project, op.id);
    }
}
/**
 * The metadatas endpoints take one key per call, and POST answers 409 when the
 * key exists (metadata/dao/dao.go:66): a key seen in the plan is PUT, a new one
 * POSTed, and a 409 (someone added it since the plan) falls back to PUT.
 */
async function setMetadata(client, project, key, value, exists) {
    if (exists)
        return client.updateProjectMetadata(project, key, value);
    try {
        await client.addProjectMetadata(project, key, value);
    }
    catch (err) {
        if (err instanceof src_errors/* RegistryError */.gl && err.status === 409)
            return client.updateProjectMetadata(project, key, value);
        throw err;
    }
}
/**
 * A PUT that flips `disabled` makes Harbor ignore the rule's other changes
 * (controller/immutable/controller.go:89-101), so content and flag go in two
 * calls: first the content with the stored flag, then the flag.
 */
async function updateImmutableRule(client, project, id, current, wanted) {
    const storedDisabled = current.disabled ?? false;
    const content = (r) => JSON.stringify([r.tag_selectors, r.scope_selectors, r.action, r.template]);
    if (content(current) !== content(wanted)) {
        await client.updateImmutableRule(project, id, { ...wanted, disabled: storedDisabled });
    }
    if (storedDisabled !== (wanted.disabled ?? false)) {
        await client.updateImmutableRule(project, id, wanted);
    }
}
/** POST the first time; Harbor answers 412 to a second POST, so then PUT (scan_all.go). */
async function applyScanAll(client, exists, cron) {
    if (cron === null)
        return client.updateScanAllSchedule({ schedule: { type: 'None' } });
    // Harbor validates the cron for every type but Manual, so Custom with the cron is always sent.
    const body = { schedule: { type: 'Custom', cron } };
    if (exists)
        return client.updateScanAllSchedule(body);
    try {
        await client.createScanAllSchedule(body);
    }
    catch (err) {
        if (err instanceof src_errors/* RegistryError */.gl && err.status === 412 && err.codes.includes('PRECONDITION')) {
            const schedule = await client.getScanAllSchedule();
            if (schedule.schedule?.type && schedule.schedule.type !== 'None')
                return client.updateScanAllSchedule(body);
        }
        throw err;
    }
}
async function projectId(client, project, cache) {
    const known = cache.get(project);
    if (known !== undefined)
        return known;
    const found = await client.getProject(project);
    if (!found)
        throw new src_errors/* RegistryError */.gl(`Harbor project ${project} not found`, 404, ['NOT_FOUND']);
    cache.set(project, found.project_id);
    return found.project_id;
}
function allowlistBody(list) {
    // expires_at left out means "never"; the PUT replaces the whole list.
    return {
        items: list.items.map((cve_id) => ({ cve_id })),
        ...(list.expiresAt === null ? {} : { expires_at: list.expiresAt }),
    };
}
function retentionBody(retention, projectId) {
    return {
        algorithm: 'or',
        rules: retention.rules.map(retentionRuleBody),
        trigger: { kind: 'Schedule', settings: { cron: retention.cron }, references: {} },
        scope: { level: 'project', ref: projectId },
    };
}
function accessBody(access) {
    return access.map((a) => {
        const [resource, action] = a.split(':');
        return { resource, action };
    });
}
function webhookBody(hook) {
    return {
        name: hook.name,
        enabled: hook.enabled,
        event_types: hook.eventTypes,
        targets: [
            {
                type: hook.target.type,
                address: hook.target.address,
                skip_cert_verify: hook.target.skipCertVerify,
                ...(hook.target.payloadFormat ? { payload_format: hook.target.payloadFormat } : {}),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/harbor/client.ts

const VULNERABILITY_REPORT_TYPES = 'application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0';
const PAGE_SIZE = 100;
const MAX_PAGES = 1000;
class HarborClient {
    origin;
    apiBase;
    #authorization;
    #userAgent;
    constructor(options) {
        let base;
        try {
            base = new URL(options.url);
        }
        catch {
            throw new src_errors/* OperationError */.OK(`Harbor URL "${options.url}" is not a URL`);
        }
        this.origin = base.origin;
        const path = base.pathname.replace(/\/+$/, '');
        this.apiBase = `${base.origin}${path.endsWith('/api/v2.0') ? path : `${path}/api/v2.0`}`;
        this.#authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
        this.#userAgent = options.userAgent ?? 'lading';
    }
    // ---- projects and metadata ----------------------------------------------------
    /** undefined when the project does not exist. */
    async getProject(name) {
        const a = await this.#call({
            method: 'GET',
            path: `/projects/${seg(name)}`,
            headers: byName,
            accept: [404],
        });
        return a.status === 404 ? undefined : json(a);
    }
    async createProject(req) {
        await this.#call({ method: 'POST', path: '/projects', body: req });
    }
    /** Merges metadata (omitted keys are kept) and replaces the project allowlist. */
    async updateProject(name, req) {
        await this.#call({ method: 'PUT', path: `/projects/${seg(name)}`, body: req, headers: byName });
    }
    /** Adds one key; Harbor answers 409 when the key exists (use updateProjectMetadata). */
    async addProjectMetadata(name, key, value) {
        await this.#call({
            method: 'POST',
            path: `/projects/${seg(name)}/metadatas/`,
            body: { [key]: value },
            headers: byName,
        });
    }
    async updateProjectMetadata(name, key, value) {
        await this.#call({
            method: 'PUT',
            path: `/projects/${seg(name)}/metadatas/${seg(key)}`,
            body: { [key]: value },
            headers: byName,
        });
    }
    async deleteProjectMetadata(name, key) {
        await this.#call({
            method: 'DELETE',
            path: `/projects/${seg(name)}/metadatas/${seg(key)}`,
            headers: byName,
        });
    }
    // ---- immutable tag rules --------------------------------------------------------
    listImmutableRules(project) {
        return this.#list(`/projects/${seg(project)}/immutabletagrules`, {}, byName);
    }
    async createImmutableRule(project, rule) {
        await this.#call({
            method: 'POST',
            path: `/projects/${seg(project)}/immutabletagrules`,
            body: rule,
            headers: byName,
        });
    }
    /**
     * Harbor ignores every other change in a PUT that toggles `disabled`
     * (controller/immutable/controller.go:89-101): callers change one or the other.
     */
    async updateImmutableRule(project, id, rule) {
        await this.#call({
            method: 'PUT',
            path: `/projects/${seg(project)}/immutabletagrules/${id}`,
            body: { ...rule, id },
            headers: byName,
        });
    }
    async deleteImmutableRule(project, id) {
        await this.#call({
            method: 'DELETE',
            path: `/projects/${seg(project)}/immutabletagrules/${id}`,
            headers: byName,
        });
    }
    // ---- retention ----------------------------------------------------------------
    async getRetention(id) {
        return json(await this.#call({ method: 'GET', path: `/retentions/${id}` }));
    }
    /** Returns the new policy's id, read from `Location`. */
    async createRetention(policy) {
        const a = await this.#call({ method: 'POST', path: '/retentions', body: policy });
        const id = /\/retentions\/(\d+)/.exec(a.headers.location ?? '')?.[1];
        return id === undefined ? undefined : Number(id);
    }
    async updateRetention(id, policy) {
        await this.#call({ method: 'PUT', path: `/retentions/${id}`, body: { ...policy, id } });
    }
    async deleteRetention(id) {
        await this.#call({ method: 'DELETE', path: `/retentions/${id}` });
    }
    // ---- robots ---------------------------------------------------------------------
    listProjectRobots(projectId) {
        return this.#list('/robots', { q: `Level=project,ProjectID=${projectId}` });
    }
    /** The secret in the answer is shown once by Harbor: the caller must mask it. */
    async createRobot(robot) {
        return json(await this.#call({ method: 'POST', path: '/robots', body: robot }));
    }
    /** `robot.name` and `level` must be echoed exactly as Harbor returned them. */
    async updateRobot(robot) {
        await this.#call({ method: 'PUT', path: `/robots/${robot.id}`, body: robot });
    }
    async deleteRobot(id) {
        await this.#call({ method: 'DELETE', path: `/robots/${id}` });
    }
    // ---- webhooks -------------------------------------------------------------------
    listWebhooks(project) {
        return this.#list(`/projects/${seg(project)}/webhook/policies`, {}, byName);
    }
    async createWebhook(project, policy) {
        await this.#call({
            method: 'POST',
            path: `/projects/${seg(project)}/webhook/policies`,
            body: policy,
            headers: byName,
        });
    }
    async updateWebhook(project, id, policy) {
        await this.#call({
            method: 'PUT',
            path: `/projects/${seg(project)}/webhook/policies/${id}`,
            body: { ...policy, id },
            headers: byName,
        });
    }
    async deleteWebhook(project, id) {
        await this.#call({
            method: 'DELETE',
            path: `/projects/${seg(project)}/webhook/policies/${id}`,
            headers: byName,
        });
    }
    // ---- system ---------------------------------------------------------------------
    async getScanAllSchedule() {
        return json(await this.#call({ method: 'GET', path: '/system/scanAll/schedule' }));
    }
    /** Harbor answers 412 when a schedule already exists: then use updateScanAllSchedule. */
    async createScanAllSchedule(schedule) {
        await this.#call({ method: 'POST', path: '/system/scanAll/schedule', body: schedule });
    }
    async updateScanAllSchedule(schedule) {
        await this.#call({ method: 'PUT', path: '/system/scanAll/schedule', body: schedule });
    }
    async getSystemAllowlist() {
        return json(await this.#call({ method: 'GET', path: '/system/CVEAllowlist' }));
    }
    /** Needs a Harbor system administrator: robots are never granted `configuration`. */
    async putSystemAllowlist(list) {
        await this.#call({ method: 'PUT', path: '/system/CVEAllowlist', body: list });
    }
    // ---- scans and SBOMs --------------------------------------------------------------
    /** Starts Harbor's own scan (`vulnerability`) or SBOM generation (`sbom`) of one artifact. */
    async scanArtifact(project, repository, reference, type) {
        await this.#call({
            method: 'POST',
            path: `${artifactPath(project, repository, reference)}/scan`,
            body: { scan_type: type },
        });
    }
    async getArtifact(project, repository, reference) {
        return json(await this.#call({
            method: 'GET',
            path: artifactPath(project, repository, reference),
            query: { with_scan_overview: true, with_sbom_overview: true },
            headers: { 'x-accept-vulnerabilities': VULNERABILITY_REPORT_TYPES },
        }));
    }
    /** Harbor's vulnerability report, an object keyed by report MIME type. */
    async getVulnerabilityReport(project, repository, reference, accept = VULNERABILITY_REPORT_TYPES) {
        return json(await this.#call({
            method: 'GET',
            path: `${artifactPath(project, repository, reference)}/additions/vulnerabilities`,
            headers: { 'x-accept-vulnerabilities': accept },
        }));
    }
    // ---- transport --------------------------------------------------------------------
    /** Follows `Link: <…>; rel="next"` (path and query, no host) until the last page. */
    async #list(path, query, headers) {
        const items = [];
        let next = buildPath(path, { ...query, page: 1, page_size: PAGE_SIZE });
        for (let pages = 0; next !== undefined; pages++) {
            if (pages >= MAX_PAGES)
                throw new src_errors/* OperationError */.OK(`Harbor GET ${path}: more than ${MAX_PAGES} pages`);
            const a = await this.#call({ method: 'GET', path: next, ...(headers ? { headers } : {}) });
            const page = json(a);
            if (!Array.isArray(page))
                throw new src_errors/* OperationError */.OK(`Harbor GET ${path}: expected a list, got ${typeof page}`);
            items.push(...page);
            next = nextLink(a.headers.link, this.apiBase);
            const total = Number(a.headers['x-total-count']);
            if (next === undefined && Number.isFinite(total) && items.length < total && page.length === PAGE_SIZE) {
                // No Link header but more to come: ask for the following page explicitly.
                next = buildPath(path, { ...query, page: pages + 2, page_size: PAGE_SIZE });
            }
        }
        return items;
    }
    async #call(call) {
        const target = call.path.startsWith('/api/v2.0/') ? call.path.slice('/api/v2.0'.length) : call.path;
        const url = `${this.apiBase}${call.query ? buildPath(target, call.query) : target}`;
        const headers = {
            authorization: this.#authorization,
            accept: 'application/json',
            'user-agent': this.#userAgent,
            ...call.headers,
        };
        let body;
        if (call.body !== undefined) {
            body = JSON.stringify(call.body);
            headers['content-type'] = 'application/json';
        }
        const where = `Harbor ${call.method} ${this.origin}/api/v2.0${target.split('?')[0]}`;
        // Node's built-in fetch: no HTTP dependency to load for a few JSON calls, and
        // no cookie jar, so Harbor's CSRF check never switches on.
        let res;
        let text;
        try {
            res = await fetch(url, {
                method: call.method,
                headers,
                redirect: 'manual',
                ...(body !== undefined ? { body } : {}),
            });
            text = await res.text();
        }
        catch (err) {
            const cause = err.cause;
            throw new src_errors/* OperationError */.OK(`${where}: ${cause?.message ?? err.message}`, { cause: err });
        }
        const flat = {};
        res.headers.forEach((v, k) => {
            flat[k.toLowerCase()] = v;
        });
        const answer = { status: res.status, headers: flat, text };
        if (res.status < 300 || call.accept?.includes(res.status))
            return answer;
        throw harborError(where, answer);
    }
}
const byName = { 'x-is-resource-name': 'true' };
function seg(value) {
    return encodeURIComponent(value);
}
/** Repository names with '/' are encoded twice (swagger: repository_name). */
function artifactPath(project, repository, reference) {
    return `/projects/${seg(project)}/repositories/${encodeURIComponent(encodeURIComponent(repository))}/artifacts/${seg(reference)}`;
}
function buildPath(path, query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
        if (v !== undefined)
            params.set(k, String(v));
    const qs = params.toString();
    return qs === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}
/** The `rel="next"` target as a path below the API base. */
function nextLink(link, apiBase) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
        if (!m)
            continue;
        const url = new URL(m[1], apiBase);
        const basePath = new URL(apiBase).pathname;
        const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
        return `${path}${url.search}`;
    }
    return undefined;
}
function json(a) {
    if (a.text === '')
        return {};
    try {
        return JSON.parse(a.text);
    }
    catch {
        throw new src_errors/* OperationError */.OK(`Harbor answered ${a.status} with a body that is not JSON`);
    }
}
/** `{"errors":[{code,message}]}` surfaced verbatim, on one line. */
function harborError(where, a) {
    let errors = [];
    try {
        const parsed = JSON.parse(a.text);
        if (Array.isArray(parsed.errors))
            errors = parsed.errors;
    }
    catch {
        // Not Harbor's error shape (a proxy's HTML page, say): report the status alone.
    }
    const detail = errors.length > 0
        ? errors.map((e) => `${e.code}: ${e.message}`.replace(/\s*\n\s*/g, ' ')).join('; ')
        : a.text.slice(0, 200).replace(/\s+/g, ' ').trim() || '(empty body)';
    const message = `${where}: ${a.status} ${detail}`;
    const codes = errors.map((e) => e.code);
    if (a.status === 401 || a.status === 403)
        return new src_errors/* AuthError */.lR(message, a.status, codes);
    return new src_errors/* RegistryError */.gl(message, a.status, codes);
}

;// CONCATENATED MODULE: ./src/harbor/current-state.ts
async function readCurrentState(client, desired) {
    const state = { system: {}, projects: new Map() };
    if (desired.system.scanAllCron !== undefined)
        state.system.scanAll = scanAllOf(await client.getScanAllSchedule());
    if (desired.system.allowlist) {
        const list = await client.getSystemAllowlist();
        state.system.allowlist = {
            items: (list.items ?? []).map((i) => i.cve_id).sort(),
            expiresAt: list.expires_at ?? null,
        };
    }
    for (const want of desired.projects) {
        const current = { name: want.name };
        state.projects.set(want.name, current);
        const project = await client.getProject(want.name);
        if (!project)
            continue;
        current.project = project;
        if (want.immutableRules)
            current.immutableRules = await client.listImmutableRules(want.name);
        const retentionId = Number(project.metadata?.retention_id);
        if (want.retention && Number.isInteger(retentionId) && retentionId > 0) {
            current.retention = { id: retentionId, policy: await client.getRetention(retentionId) };
        }
        if (want.robots)
            current.robots = await client.listProjectRobots(project.project_id);
        if (want.webhooks)
            current.webhooks = await client.listWebhooks(want.name);
    }
    return state;
}
function scanAllOf(schedule) {
    const type = schedule.schedule?.type;
    // Harbor deletes the schedule on PUT None, so an empty answer and None both mean "unscheduled".
    if (!type || type === 'None')
        return { exists: false, cron: null };
    return { exists: true, cron: schedule.schedule?.cron ?? null, type };
}

;// CONCATENATED MODULE: ./src/harbor/drift.ts
function detectDrift(plan) {
    const differences = plan.changes.map((c) => `${c.scope}: ${c.action} ${c.resource} ${c.name}`);
    return { drifted: differences.length > 0, differences };
}

// EXTERNAL MODULE: ./src/harbor/scan-waiter.ts
var scan_waiter = __webpack_require__(62156);
;// CONCATENATED MODULE: ./src/harbor/render.ts


// The plan for people: plain text for the log, Markdown for the job summary
// and the pull-request comment. Nothing here ever sees a robot secret: the
// plan carries none, and ApplyResult.secrets is deliberately not read.
const SYMBOL = { create: '+', update: '~', delete: '-' };
function renderPlanText(plan) {
    const lines = [];
    const { create, update, delete: del } = counts(plan);
    lines.push(`Plan: ${create} to create, ${update} to update, ${del} to delete, ${plan.unmanaged.length} unmanaged.`);
    for (const [scope, changes] of groupByScope(plan)) {
        lines.push('', scope === 'system' ? 'system:' : `project ${scope}:`);
        for (const c of changes) {
            lines.push(`  ${SYMBOL[c.action]} ${c.resource} ${c.name}`);
            for (const d of c.details)
                lines.push(`      ${d}`);
        }
    }
    if (plan.unmanaged.length > 0) {
        lines.push('', 'Unmanaged (in Harbor, not in the file; kept, --prune deletes them):');
        for (const u of plan.unmanaged)
            lines.push(`  ? ${u.scope}: ${u.resource} ${u.name}`);
    }
    if (plan.notes.length > 0) {
        lines.push('', 'Notes:');
        for (const n of plan.notes)
            lines.push(`  * ${n}`);
    }
    for (const w of plan.warnings)
        lines.push(`warning: ${w}`);
    return `${lines.join('\n')}\n`;
}
function renderPlanMarkdown(plan, extra = {}) {
    const out = [];
    const { create, update, delete: del } = counts(plan);
    const title = extra.apply
        ? 'Harbor policy apply'
        : extra.drift
            ? 'Harbor policy drift'
            : 'Harbor policy plan';
    out.push(`### ${title}`, '');
    if (extra.drift) {
        out.push(extra.drift.drifted ? '**Harbor differs from the policy file.**' : 'Harbor matches the policy file.', '');
    }
    out.push(`**${create}** to create, **${update}** to update, **${del}** to delete, **${plan.unmanaged.length}** unmanaged.`, '');
    const status = new Map();
    for (const o of extra.apply?.outcomes ?? [])
        status.set(o.change, o);
    if (plan.changes.length > 0) {
        out.push(`| scope | action | resource | name | details |${extra.apply ? ' result |' : ''}`, `| --- | --- | --- | --- | --- |${extra.apply ? ' --- |' : ''}`);
        for (const [, changes] of groupByScope(plan)) {
            for (const c of changes) {
                const o = status.get(c);
                const result = o ? ` ${o.status}${o.reason ? `: ${cell(o.reason)}` : ''} |` : extra.apply ? ' |' : '';
                out.push(`| ${cell(c.scope)} | ${c.action} | ${c.resource} | \`${cell(c.name)}\` | ${c.details.map(cell).join('<br>')} |${result}`);
            }
        }
        out.push('');
    }
    else {
        out.push('No changes.', '');
    }
    if (plan.unmanaged.length > 0) {
        out.push('<details><summary>Unmanaged resources (kept; <code>--prune</code> deletes them)</summary>', '');
        for (const u of plan.unmanaged)
            out.push(`- ${cell(u.scope)}: ${u.resource} \`${cell(u.name)}\``);
        out.push('', '</details>', '');
    }
    if (plan.notes.length > 0) {
        out.push('**Notes**', '');
        for (const n of plan.notes)
            out.push(`- ${cell(n)}`);
        out.push('');
    }
    for (const w of plan.warnings)
        out.push(`> [!WARNING]`, `> ${cell(w)}`, '');
    if (extra.harborScan)
        out.push(renderScanMarkdown(extra.harborScan));
    return out.join('\n');
}
/** Harbor's own vulnerability report of the scanned digest, for the log. */
function renderScanText(report) {
    const lines = [
        '',
        `Harbor scan of ${artifactName(report)}: ${severityLine(report)} (${report.total} total, ${report.fixable} fixable; ${scannerName(report.scanner)})`,
    ];
    for (const f of report.top) {
        lines.push(`  ${f.severity.padEnd(10)} ${f.id} ${f.package} ${f.version}${f.fixVersion ? ` → fixed in ${f.fixVersion}` : ' (no fix)'}`);
    }
    if (report.sbom)
        lines.push(`  SBOM: ${report.sbom.status}${report.sbom.digest ? ` ${report.sbom.digest}` : ''}`);
    return `${lines.join('\n')}\n`;
}
/** A table by severity, the top findings and whose data it is. */
function renderScanMarkdown(report) {
    const out = [`#### Harbor scan of \`${cell(artifactName(report))}\``, ''];
    out.push(`| ${scan_waiter.HARBOR_SEVERITIES.join(' | ')} | total | fixable |`, `|${' ---: |'.repeat(scan_waiter.HARBOR_SEVERITIES.length + 2)}`, `| ${scan_waiter.HARBOR_SEVERITIES.map((s) => report.counts[s]).join(' | ')} | ${report.total} | ${report.fixable} |`, '');
    if (report.top.length > 0) {
        const more = report.total - report.top.length;
        out.push(`**Top findings**${more > 0 ? ` (${report.top.length} of ${report.total})` : ''}`, '', '| severity | vulnerability | package | installed | fixed in |', '| --- | --- | --- | --- | --- |');
        for (const f of report.top) {
            out.push(`| ${f.severity} | ${cell(f.id)}${f.score !== undefined ? ` (${f.score})` : ''} | ${cell(f.package)} | ${cell(f.version)} | ${f.fixVersion ? cell(f.fixVersion) : '—'} |`);
        }
        out.push('');
    }
    else {
        out.push('No vulnerabilities found.', '');
    }
    const generated = report.generatedAt ? `, report generated ${cell(report.generatedAt)}` : '';
    out.push(`Data: Harbor's scanner ${cell(scannerName(report.scanner))}${generated}.`);
    if (report.sbom) {
        out.push('', `Harbor SBOM: ${cell(report.sbom.status)}${report.sbom.digest ? ` (\`${cell(report.sbom.digest)}\`)` : ''}.`);
    }
    out.push('');
    return out.join('\n');
}
function artifactName(r) {
    return `${r.project}/${r.repository}@${r.digest}`;
}
function severityLine(r) {
    return (scan_waiter.HARBOR_SEVERITIES.filter((s) => r.counts[s] > 0)
        .map((s) => `${r.counts[s]} ${s}`)
        .join(', ') || 'no vulnerabilities');
}
function scannerName(s) {
    if (!s?.name)
        return 'unknown scanner';
    return [s.name, s.version, s.vendor ? `by ${s.vendor}` : undefined].filter(Boolean).join(' ');
}
function counts(plan) {
    const n = { create: 0, update: 0, delete: 0 };
    for (const c of plan.changes)
        n[c.action]++;
    return n;
}
function groupByScope(plan) {
    const groups = new Map();
    for (const c of inApplyOrder(plan.changes)) {
        const list = groups.get(c.scope) ?? [];
        list.push(c);
        groups.set(c.scope, list);
    }
    return groups;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/steps/reporter.ts
const silentReporter = {
    info() { },
    warn() { },
    debug() { },
};

;// CONCATENATED MODULE: ./src/steps/policy.ts










async function runPolicy(options, reporter = silentReporter) {
    const loaded = await (0,policy_file/* loadPolicyFile */.n$)(options.file, {
        now: options.now ?? new Date(),
        allowManyImmutabilityRules: options.allowManyImmutabilityRules ?? false,
    });
    for (const w of loaded.warnings)
        reporter.warn(w);
    const desired = toDesiredState(loaded.policy, loaded.source);
    const client = new HarborClient({
        url: options.harborUrl,
        username: options.username,
        password: options.password,
    });
    let harborScan;
    if (options.scan) {
        const s = options.scan;
        reporter.info(`waiting for Harbor's scan of ${s.project}/${s.repository}@${s.digest}`);
        harborScan = await (0,scan_waiter.awaitHarborScan)(client, {
            project: s.project,
            repository: s.repository,
            digest: s.digest,
            sbom: s.sbom,
            timeoutMs: s.timeoutSeconds * 1000,
            pollMs: s.pollMs ?? 5000,
            ...(s.now ? { now: s.now } : {}),
            ...(s.sleep ? { sleep: s.sleep } : {}),
            onProgress: (m) => reporter.info(m),
        });
    }
    reporter.info(`reading Harbor at ${client.origin} for ${desired.projects.length} project(s)`);
    const current = await readCurrentState(client, desired);
    const plan = planChanges(desired, current, { prune: options.prune ?? false, warnings: loaded.warnings });
    const drift = detectDrift(plan);
    let apply;
    if (options.mode === 'apply' && plan.changes.length > 0) {
        apply = await applyPlan(client, plan, { onProgress: (m) => reporter.debug(m) });
        for (const o of apply.outcomes) {
            if (o.status !== 'applied')
                reporter.warn(`${o.status}: ${o.change.scope} ${o.change.resource} ${o.change.name}: ${o.reason}`);
        }
    }
    else if (options.mode === 'apply') {
        apply = { outcomes: [], secrets: [], ok: true };
    }
    let text = renderPlanText(plan);
    if (apply) {
        const n = (s) => apply.outcomes.filter((o) => o.status === s).length;
        text += `Apply: ${n('applied')} applied, ${n('failed')} failed, ${n('skipped')} skipped.\n`;
        for (const o of apply.outcomes) {
            if (o.status !== 'applied')
                text += `  ${o.status} ${o.change.scope}: ${o.change.resource} ${o.change.name}: ${o.reason}\n`;
        }
    }
    if (harborScan)
        text += renderScanText(harborScan);
    const markdown = renderPlanMarkdown(plan, {
        ...(apply ? { apply } : {}),
        ...(options.mode === 'drift' ? { drift } : {}),
        ...(harborScan ? { harborScan } : {}),
    });
    return {
        mode: options.mode,
        plan,
        ...(apply ? { apply } : {}),
        drift,
        text,
        markdown,
        secrets: apply?.secrets ?? [],
        ...(harborScan ? { harborScan } : {}),
    };
}


/***/ })

};
