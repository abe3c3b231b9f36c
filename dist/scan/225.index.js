export const id = 225;
export const ids = [225];
export const modules = {

/***/ 18225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SBOM_FILE_SUFFIXES: () => (/* binding */ SBOM_FILE_SUFFIXES),
  SBOM_FORMATS: () => (/* binding */ SBOM_FORMATS),
  SBOM_MEDIA_TYPES: () => (/* binding */ SBOM_MEDIA_TYPES),
  isSbomFormat: () => (/* binding */ isSbomFormat),
  parseSbomFormat: () => (/* binding */ parseSbomFormat),
  parseSbomOutput: () => (/* binding */ parseSbomOutput),
  writeSbom: () => (/* binding */ writeSbom)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(75204);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sbom/formats/identity.ts


// Every identifier an SBOM carries (document namespace, serial number, SPDXIDs,
// bom-refs) is derived from content, never from a clock or a random source, so
// the same image gives byte-identical SBOMs on every run and every machine.
/** JSON with object keys sorted at every level: the same value always gives the same text. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Code-unit order: unlike localeCompare it is the same under every locale and ICU version. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** RFC 4122 URL namespace: lading's names are URIs (`urn:lading:…`). */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/**
 * A name-based (version 5, SHA-1) UUID as RFC 4122 §4.3 defines it: the same
 * name always gives the same UUID. CycloneDX's schema only accepts versions 1–5,
 * which rules out the newer v8.
 */
function nameBasedUuid(name, namespace = URL_NAMESPACE) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    if (ns.length !== 16)
        throw new errors/* InputError */.dz(`UUID namespace "${namespace}" is not a UUID`);
    const bytes = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * The inventory's packages in a stable order whatever order the catalogers
 * found them in: by type, name, version, purl, where found, then content. Locations are
 * sorted inside each package, and records that are identical in every field
 * (a package database read twice) are written once.
 */
function orderPackages(packages) {
    const byKey = new Map();
    for (const original of packages) {
        const pkg = {
            ...original,
            locations: [...original.locations].sort((a, b) => compareText(a.path, b.path) || compareText(a.layer ?? '', b.layer ?? '')),
        };
        const key = sha256Hex(canonicalJson(pkg));
        if (!byKey.has(key))
            byKey.set(key, { pkg, key });
    }
    return [...byKey.values()].sort((a, b) => compareText(a.pkg.type, b.pkg.type) ||
        compareText(a.pkg.name, b.pkg.name) ||
        compareText(a.pkg.version, b.pkg.version) ||
        compareText(a.pkg.purl, b.pkg.purl) ||
        compareText(a.pkg.locations.map((l) => l.path).join('\n'), b.pkg.locations.map((l) => l.path).join('\n')) ||
        compareText(a.key, b.key));
}
/** The identity key of a package as `orderPackages` computes it, for callers linking findings to packages. */
function packageKey(pkg) {
    return orderPackages([pkg])[0]?.key ?? '';
}
/** Text reduced to the SPDX idstring alphabet (`[A-Za-z0-9.-]`), for SPDXIDs and LicenseRefs. */
function idstring(text) {
    return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
}
/** `2024-01-01T00:00:00Z`: the form both SPDX and CycloneDX accept, without milliseconds. */
function timestamp(created, where) {
    if (Number.isNaN(created.getTime()))
        throw new errors/* InputError */.dz(`${where}: creation time is not a valid date`);
    const year = created.getUTCFullYear();
    if (year < 1 || year > 9999) {
        throw new errors/* InputError */.dz(`${where}: creation time ${created.toISOString()} is outside the years 0001-9999 both formats allow`);
    }
    return created.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/sbom/formats/subject.ts
var formats_subject = __webpack_require__(32242);
;// CONCATENATED MODULE: ./src/sbom/formats/cyclonedx.ts




// CycloneDX 1.6 JSON, shaped like syft's output where the spec leaves a choice:
// the image is `metadata.component` (type container, digest as version and
// hash), each inventory package a `library` component whose bom-ref is its purl,
// the distro an `operating-system` component, and where a package was found goes
// in `lading:` properties as syft puts it in `syft:` ones.
const SPDX_IDS = new Set(spdx_license_ids);
/** CycloneDX 1.6 JSON text (two-space indented, trailing newline) describing `subject`. */
function writeCyclonedx(inventory, subject, options) {
    return `${JSON.stringify(buildCyclonedx(inventory, subject, options), null, 2)}\n`;
}
/** The BOM as an object, for callers that embed it (an in-toto statement's predicate). */
function buildCyclonedx(inventory, subject, options) {
    (0,formats_subject/* checkSubject */.jj)(subject);
    (0,formats_subject/* checkOptions */.Jr)(options);
    const created = timestamp(options.created, `CycloneDX BOM for ${subject.name}`);
    const root = rootComponent(subject);
    const components = [];
    if (inventory.distro)
        components.push(distroComponent(inventory.distro));
    const ordered = orderPackages(inventory.packages);
    const refs = bomRefs(ordered, new Set([root['bom-ref'], ...components.map((c) => c['bom-ref'])]));
    for (const entry of ordered)
        components.push(packageComponent(entry, refs.get(entry.key)));
    const bom = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: '',
        version: 1,
        metadata: {
            timestamp: created,
            tools: { components: [{ type: 'application', name: 'lading', version: options.toolVersion }] },
            component: root,
        },
        components,
        dependencies: [
            { ref: root['bom-ref'], dependsOn: components.map((c) => c['bom-ref']).sort(compareText) },
        ],
    };
    if (options.vulnerabilities) {
        const refOf = (pkg) => refs.get(packageKey(pkg));
        const vulnerabilities = [...options.vulnerabilities(refOf)].sort((a, b) => compareText(a.id, b.id) || compareText(canonicalJson(a), canonicalJson(b)));
        if (vulnerabilities.length > 0)
            bom.vulnerabilities = vulnerabilities;
    }
    // Derived from everything but the timestamp: a rerun on the same image gives the same serial number.
    const content = canonicalJson({ ...bom, metadata: { ...bom.metadata, timestamp: undefined } });
    bom.serialNumber = `urn:uuid:${nameBasedUuid(`urn:lading:cyclonedx:${sha256Hex(content)}:${options.namespaceSeed ?? ''}`)}`;
    return bom;
}
function rootComponent(subject) {
    if (subject.kind === 'directory') {
        return { 'bom-ref': `lading:directory:${subject.name}`, type: 'file', name: subject.name };
    }
    const purl = (0,formats_subject/* imagePurl */.X6)(subject);
    const component = {
        'bom-ref': purl,
        type: 'container',
        name: subject.name,
        version: subject.digest,
        hashes: [{ alg: (0,formats_subject/* digestAlgorithm */.g4)(subject.digest).cyclonedx, content: (0,digest/* hexOf */.ZD)(subject.digest) }],
        purl,
    };
    const properties = [];
    if (subject.tag)
        properties.push({ name: 'lading:image:tag', value: subject.tag });
    if (subject.platform)
        properties.push({ name: 'lading:image:platform', value: (0,formats_subject/* platformText */.VQ)(subject.platform) });
    if (properties.length > 0)
        component.properties = properties;
    return component;
}
function distroComponent(distro) {
    const version = distro.versionId ?? distro.versionCodename;
    const component = {
        'bom-ref': `lading:os:${distro.id}${version ? `@${version}` : ''}`,
        type: 'operating-system',
        name: distro.id,
    };
    if (version)
        component.version = version;
    component.description = distro.prettyName;
    const properties = [];
    if (distro.versionCodename)
        properties.push({ name: 'lading:distro:versionCodename', value: distro.versionCodename });
    if (distro.idLike && distro.idLike.length > 0) {
        properties.push({ name: 'lading:distro:idLike', value: distro.idLike.join(' ') });
    }
    if (properties.length > 0)
        component.properties = properties;
    return component;
}
/**
 * bom-refs: the purl where it is unique in the document (what syft and most
 * consumers expect), else the purl with a `package-id` qualifier taken from the
 * package's content, so two copies of one npm package in different directories
 * stay two components with stable references.
 */
function bomRefs(ordered, taken) {
    const count = new Map();
    for (const { pkg } of ordered)
        count.set(pkg.purl, (count.get(pkg.purl) ?? 0) + 1);
    const refs = new Map();
    for (const { pkg, key } of ordered) {
        let ref = pkg.purl && count.get(pkg.purl) === 1 && !taken.has(pkg.purl)
            ? pkg.purl
            : withPackageId(pkg.purl, key, 16);
        if (taken.has(ref))
            ref = withPackageId(pkg.purl, key, 64);
        taken.add(ref);
        refs.set(key, ref);
    }
    return refs;
}
function withPackageId(purl, key, length) {
    const id = `package-id=${key.slice(0, length)}`;
    if (!purl)
        return `lading:package:${key.slice(0, length)}`;
    const hash = purl.indexOf('#');
    const [base, subpath] = hash === -1 ? [purl, ''] : [purl.slice(0, hash), purl.slice(hash)];
    return `${base}${base.includes('?') ? '&' : '?'}${id}${subpath}`;
}
function packageComponent({ pkg }, ref) {
    const vendor = stringMetadata(pkg, 'vendor');
    const maintainer = stringMetadata(pkg, 'maintainer');
    const description = stringMetadata(pkg, 'description');
    const url = stringMetadata(pkg, 'url');
    const licenses = licenseChoices(pkg.licenses);
    return {
        'bom-ref': ref,
        type: 'library',
        ...(vendor ? { supplier: { name: vendor } } : {}),
        ...(maintainer ? { publisher: maintainer } : {}),
        name: pkg.name,
        version: pkg.version,
        ...(description ? { description } : {}),
        ...(licenses.length > 0 ? { licenses } : {}),
        ...(pkg.purl ? { purl: pkg.purl } : {}),
        ...(url && /^https?:\/\/\S+$/.test(url)
            ? { externalReferences: [{ type: 'website', url }] }
            : {}),
        properties: properties(pkg),
    };
}
function properties(pkg) {
    const out = [{ name: 'lading:package:type', value: pkg.type }];
    if (pkg.arch)
        out.push({ name: 'lading:package:arch', value: pkg.arch });
    if (pkg.source) {
        out.push({ name: 'lading:package:sourceName', value: pkg.source.name });
        out.push({ name: 'lading:package:sourceVersion', value: pkg.source.version });
    }
    pkg.locations.forEach((location, i) => {
        out.push({ name: `lading:location:${i}:path`, value: `/${location.path}` });
        if (location.layer)
            out.push({ name: `lading:location:${i}:layerDigest`, value: location.layer });
    });
    for (const [key, value] of Object.entries(pkg.metadata ?? {}).sort(([a], [b]) => compareText(a, b))) {
        // Already fields of the component above.
        if (key === 'description' || key === 'maintainer' || key === 'vendor' || key === 'url')
            continue;
        out.push({ name: `lading:metadata:${key}`, value: String(value) });
    }
    return out;
}
function stringMetadata(pkg, field) {
    const value = pkg.metadata?.[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * CycloneDX allows either a list of single licences or exactly one expression,
 * never both. A single SPDX id becomes `license.id`; a licence lading could not
 * map becomes `license.name` with the text the package declared; a compound
 * expression of known ids becomes `expression` (all declared licences ANDed when
 * there are several). When known expressions and unknown names meet, each
 * compound expression is kept as a `license.name` so no declaration is lost.
 */
function licenseChoices(licenses) {
    const usable = uniqueBy(licenses.filter((l) => l.spdx.trim() !== '' || l.declared.trim() !== ''), (l) => (l.known ? l.spdx.trim() : `?${l.declared.trim()}`));
    if (usable.length === 0)
        return [];
    const isSingleId = (l) => l.known && SPDX_IDS.has(l.spdx.trim());
    const needsExpression = usable.some((l) => l.known && !isSingleId(l));
    if (needsExpression && usable.every((l) => l.known)) {
        const parts = usable.map((l) => l.spdx.trim());
        const expression = parts.length === 1
            ? parts[0]
            : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
        return [{ expression, acknowledgement: 'declared' }];
    }
    return usable.map((l) => isSingleId(l)
        ? { license: { id: l.spdx.trim(), acknowledgement: 'declared' } }
        : {
            license: {
                name: l.known ? l.spdx.trim() : l.declared.trim() || l.spdx.trim(),
                acknowledgement: 'declared',
            },
        });
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/sbom/formats/spdx.ts



// SPDX 2.3 JSON, shaped like syft's output where the spec leaves a choice so
// that tools which read syft SBOMs read ours: the image is the described
// package (purpose CONTAINER, manifest digest as checksum and purl version),
// each inventory package is CONTAINED by it, licences are declared (lading
// reads declarations, it concludes nothing), and every LicenseRef used is
// defined in hasExtractedLicensingInfos, as the spec requires.
const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
/** SPDX 2.3 JSON text (two-space indented, trailing newline) describing `subject`. */
function writeSpdx(inventory, subject, options) {
    return `${JSON.stringify(buildSpdx(inventory, subject, options), null, 2)}\n`;
}
/** The document as an object, for callers that embed it (an in-toto statement's predicate). */
function buildSpdx(inventory, subject, options) {
    (0,formats_subject/* checkSubject */.jj)(subject);
    (0,formats_subject/* checkOptions */.Jr)(options);
    const created = timestamp(options.created, `SPDX document for ${subject.name}`);
    const root = rootPackage(subject);
    const packages = [root];
    const relationships = [
        { spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: root.SPDXID },
    ];
    if (inventory.distro) {
        const os = distroPackage(inventory.distro);
        packages.push(os);
        relationships.push({
            spdxElementId: root.SPDXID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: os.SPDXID,
        });
    }
    const licenses = new LicenseRefs();
    const ids = new Set(packages.map((p) => p.SPDXID));
    for (const ordered of orderPackages(inventory.packages)) {
        const pkg = inventoryPackage(ordered, ids, licenses);
        packages.push(pkg);
        relationships.push({
            spdxElementId: root.SPDXID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: pkg.SPDXID,
        });
    }
    const extracted = licenses.definitions();
    const name = documentName(subject);
    // The namespace names this content about this subject: a different image or
    // a different package set gives a different namespace, a rerun the same one.
    const contentHash = sha256Hex(canonicalJson({ packages, relationships, extracted }));
    const uuid = nameBasedUuid(`urn:lading:spdx:${contentHash}:${options.namespaceSeed ?? ''}`);
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: DOCUMENT_ID,
        name,
        documentNamespace: `https://spdx.org/spdxdocs/lading/${idstring(name) || 'sbom'}-${uuid}`,
        creationInfo: { created, creators: [`Tool: lading-${options.toolVersion}`] },
        documentDescribes: [root.SPDXID],
        packages,
        ...(extracted.length > 0 ? { hasExtractedLicensingInfos: extracted } : {}),
        relationships,
    };
}
function documentName(subject) {
    if (subject.kind === 'directory')
        return subject.name;
    return subject.tag ? `${subject.name}:${subject.tag}` : subject.name;
}
function lastSegment(name) {
    const parts = name.split('/');
    return parts[parts.length - 1] ?? name;
}
function rootPackage(subject) {
    if (subject.kind === 'directory') {
        return {
            name: subject.name,
            SPDXID: `SPDXRef-DocumentRoot-Directory-${idstring(subject.name) || 'root'}`,
            supplier: NOASSERTION,
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
            primaryPackagePurpose: 'SOURCE',
        };
    }
    const pkg = {
        name: subject.name,
        SPDXID: `SPDXRef-DocumentRoot-Image-${idstring(lastSegment(subject.name)) || 'image'}`,
        versionInfo: subject.digest,
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        checksums: [{ algorithm: (0,formats_subject/* digestAlgorithm */.g4)(subject.digest).spdx, checksumValue: (0,digest/* hexOf */.ZD)(subject.digest) }],
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: (0,formats_subject/* imagePurl */.X6)(subject) },
        ],
        primaryPackagePurpose: 'CONTAINER',
    };
    if (subject.platform)
        pkg.comment = `platform ${(0,formats_subject/* platformText */.VQ)(subject.platform)}`;
    return pkg;
}
function distroPackage(distro) {
    const version = distro.versionId ?? distro.versionCodename;
    return {
        name: distro.id,
        SPDXID: `SPDXRef-OperatingSystem-${idstring([distro.id, version].filter(Boolean).join('-')) || 'os'}`,
        ...(version ? { versionInfo: version } : {}),
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        description: distro.prettyName,
        primaryPackagePurpose: 'OPERATING-SYSTEM',
    };
}
function inventoryPackage({ pkg, key }, ids, licenses) {
    // Name and type keep the id readable; the content key keeps it unique and
    // independent of where the package sits in the inventory.
    let id = `SPDXRef-Package-${idstring(pkg.type)}-${idstring(pkg.name).slice(0, 64) || 'package'}-${key.slice(0, 16)}`;
    if (ids.has(id))
        id = `${id}${key.slice(16)}`;
    ids.add(id);
    const originator = originatorOf(pkg);
    const homepage = spdx_stringMetadata(pkg, 'url');
    const description = spdx_stringMetadata(pkg, 'description');
    return {
        name: pkg.name,
        SPDXID: id,
        versionInfo: pkg.version,
        supplier: supplierOf(pkg),
        ...(originator ? { originator } : {}),
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        ...(homepage && /^https?:\/\/\S+$/.test(homepage) ? { homepage } : {}),
        ...(pkg.locations.length > 0
            ? { sourceInfo: `acquired package info from ${pkg.locations.map(where).join(', ')}` }
            : {}),
        licenseConcluded: NOASSERTION,
        licenseDeclared: licenses.declare(pkg.licenses),
        copyrightText: NOASSERTION,
        ...(description ? { description } : {}),
        ...(pkg.purl
            ? {
                externalRefs: [
                    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
                ],
            }
            : {}),
    };
}
function where(location) {
    return location.layer ? `/${location.path} (layer ${location.layer})` : `/${location.path}`;
}
function spdx_stringMetadata(pkg, field) {
    const value = pkg.metadata?.[field];
    return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}
/** The vendor that shipped the package (rpm `Vendor:`), as SPDX's `Organization:` agent. */
function supplierOf(pkg) {
    const vendor = spdx_stringMetadata(pkg, 'vendor');
    return vendor ? `Organization: ${vendor}` : NOASSERTION;
}
/** The maintainer (apk `m:`, dpkg `Maintainer:`) in SPDX's `Person: name (email)` form. */
function originatorOf(pkg) {
    const maintainer = spdx_stringMetadata(pkg, 'maintainer');
    if (!maintainer)
        return undefined;
    const m = /^(.*?)\s*<([^<>]+)>$/.exec(maintainer);
    return m ? `Person: ${m[1] || m[2]} (${m[2]})` : `Person: ${maintainer}`;
}
/**
 * Licences of one package as one declared expression (several declared
 * licences all apply: AND), and the LicenseRefs the document must define.
 */
class LicenseRefs {
    texts = new Map();
    declare(licenses) {
        const usable = licenses.filter((l) => l.spdx.trim() !== '');
        if (usable.length === 0)
            return NOASSERTION;
        const expressions = [...new Set(usable.map((l) => l.spdx.trim()))];
        for (const l of usable) {
            for (const ref of l.spdx.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) {
                const set = this.texts.get(ref) ?? new Set();
                set.add(l.declared.trim() || ref);
                this.texts.set(ref, set);
            }
        }
        if (expressions.length === 1)
            return expressions[0];
        return expressions.map((e) => (/\s/.test(e) ? `(${e})` : e)).join(' AND ');
    }
    definitions() {
        return [...this.texts.entries()]
            .sort(([a], [b]) => compareText(a, b))
            .map(([licenseId, texts]) => ({
            licenseId,
            extractedText: [...texts].sort(compareText).join('\n'),
            name: licenseId.slice('LicenseRef-'.length),
        }));
    }
}

;// CONCATENATED MODULE: ./src/sbom/formats/index.ts



// The SBOM formats lading writes, by the names syft's `-o` uses, so
// `-o spdx-json=a.json -o cyclonedx-json=b.json` reads the same in both tools.
const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/** Media types for artifacts and attestations that carry the SBOM. */
const SBOM_MEDIA_TYPES = {
    'spdx-json': 'application/spdx+json',
    'cyclonedx-json': 'application/vnd.cyclonedx+json',
};
/** The file name suffix each format is conventionally saved with. */
const SBOM_FILE_SUFFIXES = {
    'spdx-json': '.spdx.json',
    'cyclonedx-json': '.cdx.json',
};
function isSbomFormat(text) {
    return SBOM_FORMATS.includes(text);
}
/** `where` names the flag or input the text came from (`-o`, `formats` input). */
function parseSbomFormat(text, where = 'SBOM format') {
    const name = text.trim();
    if (!isSbomFormat(name)) {
        throw new errors/* InputError */.dz(`${where}: unknown SBOM format "${text}" (known: ${SBOM_FORMATS.join(', ')})`);
    }
    return name;
}
/** `spdx-json`, `cyclonedx-json=out/app.cdx.json`: one `-o` value. */
function parseSbomOutput(spec, where = '-o') {
    const eq = spec.indexOf('=');
    const format = parseSbomFormat(eq === -1 ? spec : spec.slice(0, eq), where);
    if (eq === -1)
        return { format };
    const file = spec.slice(eq + 1);
    if (file.trim() === '')
        throw new errors/* InputError */.dz(`${where}: "${spec}" names no file after "="`);
    return { format, file };
}
/** Writes `inventory` about `subject` in `format`; the text ends with a newline. */
function writeSbom(format, inventory, subject, options) {
    switch (format) {
        case 'spdx-json':
            return writeSpdx(inventory, subject, options);
        case 'cyclonedx-json':
            return writeCyclonedx(inventory, subject, options);
    }
}


/***/ })

};
