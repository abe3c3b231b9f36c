export const id = 2426;
export const ids = [2426];
export const modules = {

/***/ 62426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowContext: () => (/* binding */ workflowContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const VARIABLES = {
    serverUrl: 'GITHUB_SERVER_URL',
    repository: 'GITHUB_REPOSITORY',
    repositoryId: 'GITHUB_REPOSITORY_ID',
    repositoryOwnerId: 'GITHUB_REPOSITORY_OWNER_ID',
    eventName: 'GITHUB_EVENT_NAME',
    ref: 'GITHUB_REF',
    sha: 'GITHUB_SHA',
    workflowRef: 'GITHUB_WORKFLOW_REF',
    runId: 'GITHUB_RUN_ID',
    runAttempt: 'GITHUB_RUN_ATTEMPT',
    runnerEnvironment: 'RUNNER_ENVIRONMENT',
};
/**
 * Reads the run's context from the runner's variables in `env` (given by the
 * caller). Every missing variable is named, since provenance made without one
 * would not say where the image came from.
 */
function workflowContext(env) {
    const missing = Object.values(VARIABLES).filter((name) => !env[name]);
    if (missing.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SLSA provenance needs a GitHub Actions run: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} unset (give --predicate FILE outside Actions)`);
    }
    const out = Object.fromEntries(Object.entries(VARIABLES).map(([field, name]) => [field, env[name]]));
    if (!out.workflowRef.startsWith(`${out.repository}/`) || !out.workflowRef.includes('@')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`GITHUB_WORKFLOW_REF: "${out.workflowRef}" is not ${out.repository}/PATH@REF`);
    }
    return out;
}


/***/ })

};
