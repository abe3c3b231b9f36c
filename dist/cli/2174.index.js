export const id = 2174;
export const ids = [2174];
export const modules = {

/***/ 42174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInspect: () => (/* binding */ renderInspect)
/* harmony export */ });
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


/***/ })

};
