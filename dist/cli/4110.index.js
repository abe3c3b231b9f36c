export const id = 4110;
export const ids = [4110];
export const modules = {

/***/ 74110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomStep: () => (/* binding */ sbomStep)
});

// UNUSED EXPORTS: StreamingCatalog, catalog, deduplicate, platformFileName, wantsOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/image/directory-view.ts



const DEFAULT_DIRECTORY_LIMITS = {
    maxFileBytes: 64 * 1024 ** 2,
    maxEntries: 1_000_000,
};
/** Directories nobody catalogs: version control, and caches of build tools inside node_modules. */
const SKIPPED = new Set(['.git', 'node_modules/.cache']);
async function readDirectoryFiles(root, options) {
    const limits = { ...DEFAULT_DIRECTORY_LIMITS, ...options.limits };
    const info = await (0,promises_.stat)(root).catch((err) => {
        if (err.code === 'ENOENT')
            throw new errors/* InputError */.dz(`dir:${root}: no such directory`);
        throw new errors/* OperationError */.OK(`dir:${root}: cannot read (${err.message})`, { cause: err });
    });
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`dir:${root}: is not a directory`);
    const realRoot = await (0,promises_.realpath)(root);
    const files = [];
    const warnings = [];
    let entries = 0;
    const capture = async (abs, path, limit) => {
        const s = await (0,promises_.stat)(abs);
        if (!s.isFile())
            return;
        if (s.size > limit) {
            warnings.push({
                path,
                message: `${path} is ${s.size} bytes, over the ${limit}-byte limit for one captured file (limit maxFileBytes); skipped`,
            });
            return;
        }
        files.push({ path, bytes: await (0,promises_.readFile)(abs) });
    };
    const visit = async (dir, rel) => {
        let handle;
        try {
            handle = await (0,promises_.opendir)(dir);
        }
        catch (err) {
            warnings.push({
                path: rel || '.',
                message: `cannot read directory: ${err.message}; skipped`,
            });
            return;
        }
        const names = [];
        for await (const d of handle)
            names.push(d);
        // Sorted, so the files (and any warnings) come out in the same order on every machine.
        names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const d of names) {
            const path = rel ? `${rel}/${d.name}` : d.name;
            if (SKIPPED.has(path) || d.name === '.git' || path.endsWith('/node_modules/.cache'))
                continue;
            if (++entries > limits.maxEntries) {
                throw new errors/* InputError */.dz(`dir:${root}: more than ${limits.maxEntries} entries (limit maxEntries)`);
            }
            const abs = (0,external_node_path_.join)(dir, d.name);
            if (d.isDirectory()) {
                await visit(abs, path);
                continue;
            }
            const w = options.wants(path);
            if (w === false || w === 0)
                continue;
            const limit = w === true ? limits.maxFileBytes : w;
            if (d.isFile()) {
                await capture(abs, path, limit);
            }
            else if (d.isSymbolicLink()) {
                // A link is read only when its target is a file inside the tree: a
                // checked-out repository must not make lading read /etc/shadow.
                const target = await (0,promises_.realpath)(abs).catch(() => undefined);
                const r = target === undefined ? '..' : (0,external_node_path_.relative)(realRoot, target);
                const inside = r !== '' && r !== '..' && !r.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(r);
                if (!target || !inside) {
                    warnings.push({ path, message: `symlink points outside ${root} or nowhere; skipped` });
                    continue;
                }
                if ((await (0,promises_.lstat)(target)).isFile())
                    await capture(target, path, limit);
            }
        }
    };
    await visit(root, '');
    return { root, files, entries, warnings };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/sbom/license.ts
var sbom_license = __webpack_require__(51966);
// EXTERNAL MODULE: ./src/sbom/model.ts
var model = __webpack_require__(25440);
;// CONCATENATED MODULE: ./src/sbom/catalogers/findings.ts


// What one language cataloger has found so far. The same package is often
// declared twice in one tree (a lockfile and the installed copy): it is kept
// once, by purl, with every location that declared it. A parser that fails on
// one file leaves a warning naming that file and the others still count.
class Findings {
    byPurl = new Map();
    warnings = [];
    add(pkg) {
        const seen = this.byPurl.get(pkg.purl);
        if (!seen) {
            this.byPurl.set(pkg.purl, pkg);
            return;
        }
        for (const loc of pkg.locations) {
            if (!seen.locations.some((l) => l.path === loc.path && l.layer === loc.layer))
                seen.locations.push(loc);
        }
        if (seen.licenses.length === 0 && pkg.licenses.length > 0)
            seen.licenses = pkg.licenses;
    }
    warn(file, message) {
        this.warnings.push((0,model/* warningAt */.MK)(file, `${file.path}: ${message}`));
    }
    /** Runs one file's parser; anything it throws becomes a warning naming the file, which is skipped. */
    guard(file, parse) {
        try {
            parse();
        }
        catch (err) {
            this.warn(file, `${err instanceof Error ? err.message : String(err)}; file skipped`);
        }
    }
    result() {
        return { packages: [...this.byPurl.values()], warnings: this.warnings };
    }
}
function makePackage(p) {
    const pkg = {
        name: p.name,
        version: p.version,
        type: p.type,
        purl: p.purl,
        licenses: p.licenses ? (0,sbom_license/* normaliseLicenses */.Z0)(p.licenses) : [],
        locations: [(0,model/* locationOf */.hD)(p.file)],
    };
    if (p.metadata) {
        const metadata = {};
        for (const [k, v] of Object.entries(p.metadata))
            if (v !== undefined && v !== '')
                metadata[k] = v;
        if (Object.keys(metadata).length > 0)
            pkg.metadata = metadata;
    }
    return pkg;
}
function oneLicense(text) {
    const l = text ? normaliseLicense(text) : undefined;
    return l ? [l] : [];
}
/** The file's last path segment. */
function basename(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? path : path.slice(i + 1);
}
/** The file's directory, without a trailing slash ('' at the root). */
function dirname(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
/** JSON.parse with the failure named as the file's, one line. */
function parseJson(file) {
    try {
        return JSON.parse(file.bytes.toString('utf8'));
    }
    catch (err) {
        throw new Error(`not valid JSON (${firstLine(err)})`);
    }
}
function firstLine(err) {
    const text = err instanceof Error ? err.message : String(err);
    return (text.split('\n')[0] ?? '').trim();
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/elf.ts

const PT_LOAD = 1;
const PF_W = 2;
const MAX_SECTIONS = 65_535;
function isElf(bytes) {
    return bytes.length >= 52 && bytes.readUInt32BE(0) === 0x7f454c46;
}
function readElfHeader(bytes) {
    if (!isElf(bytes))
        return undefined;
    const is64 = bytes[4] === 2;
    const le = bytes[5] === 1;
    if ((bytes[4] !== 1 && !is64) || (bytes[5] !== 1 && bytes[5] !== 2))
        return undefined;
    if (is64 && bytes.length < 64)
        return undefined;
    const u16 = (o) => o + 2 <= bytes.length ? (le ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o)) : -1;
    const u32 = (o) => o + 4 <= bytes.length ? (le ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o)) : -1;
    const word = (o) => {
        if (!is64)
            return u32(o);
        if (o + 8 > bytes.length)
            return -1;
        const v = le ? bytes.readBigUInt64LE(o) : bytes.readBigUInt64BE(o);
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(v);
    };
    return {
        is64,
        littleEndian: le,
        u16,
        u32,
        word,
        phoff: word(is64 ? 0x20 : 0x1c),
        shoff: word(is64 ? 0x28 : 0x20),
        phentsize: u16(is64 ? 0x36 : 0x2a),
        phnum: u16(is64 ? 0x38 : 0x2c),
        shentsize: u16(is64 ? 0x3a : 0x2e),
        shnum: u16(is64 ? 0x3c : 0x30),
        shstrndx: u16(is64 ? 0x3e : 0x32),
    };
}
function readElf(bytes) {
    const header = readElfHeader(bytes);
    if (!header)
        return undefined;
    const { is64, littleEndian: le, u32, word, phoff, shoff, phentsize, phnum, shentsize, shnum, shstrndx, } = header;
    const slice = (off, size) => off >= 0 && size >= 0 && off + size <= bytes.length ? bytes.subarray(off, off + size) : undefined;
    let sections;
    const readSections = () => {
        const map = new Map();
        if (shoff <= 0 || shnum <= 0 || shnum > MAX_SECTIONS || shentsize < (is64 ? 64 : 40))
            return map;
        const header = (i) => shoff + i * shentsize;
        const offsetOf = (h) => word(h + (is64 ? 0x18 : 0x10));
        const sizeOf = (h) => word(h + (is64 ? 0x20 : 0x14));
        const strtab = slice(offsetOf(header(shstrndx)), sizeOf(header(shstrndx)));
        if (!strtab)
            return map;
        for (let i = 0; i < shnum; i++) {
            const h = header(i);
            const nameOff = u32(h);
            const type = u32(h + 4);
            if (nameOff < 0 || nameOff >= strtab.length || type === 8 /* SHT_NOBITS */)
                continue;
            const end = strtab.indexOf(0, nameOff);
            const name = strtab.toString('latin1', nameOff, end === -1 ? strtab.length : end);
            const data = slice(offsetOf(h), sizeOf(h));
            if (data && !map.has(name))
                map.set(name, data);
        }
        return map;
    };
    return {
        littleEndian: le,
        is64,
        section(name) {
            sections ??= readSections();
            return sections.get(name);
        },
        firstWritableSegment() {
            if (phoff <= 0 || phnum <= 0 || phentsize < (is64 ? 56 : 32))
                return undefined;
            for (let i = 0; i < phnum; i++) {
                const h = phoff + i * phentsize;
                const type = u32(h);
                const flags = u32(is64 ? h + 4 : h + 0x18);
                if (type !== PT_LOAD || flags < 0 || (flags & PF_W) === 0)
                    continue;
                const off = word(h + (is64 ? 0x08 : 0x04));
                const filesz = word(h + (is64 ? 0x20 : 0x10));
                if (off < 0 || filesz < 0)
                    return undefined;
                return slice(off, Math.min(filesz, bytes.length - off));
            }
            return undefined;
        },
    };
}
// Which files may be compiled executables. A cataloger sees only paths, and
// capturing every file of an image to look for ELF magic would defeat the one
// pass, so lading looks where images put programs: any `bin/` or `sbin/`
// directory (usr/local/bin, opt/x/bin, go/bin), `usr/libexec/`, ko's
// `ko-app/`, `app/`, and extension-less files at the image root (distroless
// images often ship `/manager` or `/server`). Scripts and libraries by their
// extension are left out. A Go or Rust binary elsewhere is not seen.
const SCRIPT_EXT = /\.(sh|bash|py|pl|rb|js|mjs|cjs|txt|md|json|ya?ml|conf|cfg|ini|xml|html|so(\.\d+)*|a|o|h|la|pc|gz|jar)$/i;
/** Executables larger than this are skipped by the image view: it bounds memory per file. */
const MAX_EXECUTABLE_BYTES = 128 * 1024 * 1024;
function wantsExecutable(path) {
    const name = basename(path);
    if (name === '' || name.startsWith('.') || SCRIPT_EXT.test(name))
        return false;
    const dir = dirname(path);
    if (dir === '')
        return !name.includes('.');
    const parent = basename(dir);
    if (parent === 'bin' || parent === 'sbin')
        return true;
    return /^(usr\/libexec|ko-app|app)(\/|$)/.test(dir);
}

;// CONCATENATED MODULE: ./src/image/elf-excerpt.ts





// A large executable streamed through the image view, kept as an excerpt: a
// buffer of the file's full size in which only the bytes ELF readers look at
// are filled (headers, section header table, section names, the named
// sections, the start of the first writable segment). The rest stays zero and,
// allocated zero-filled, is never touched, so the kernel never backs it with
// memory. Where those bytes lie is only known once the section header table
// (normally at the very end) has gone by, so the stream is spilled to a
// temporary file and read back by range: the page cache holds it, not the
// process.
/** Bytes read at the start of the file: the ELF header and, in practice, the program headers. */
const HEAD_BYTES = 64 * 1024;
/** What `firstWritableSegment` callers read of the segment (Go's build info search window). */
const SEGMENT_PREFIX_BYTES = 64 * 1024;
/**
 * A sink for `ReadImageOptions.stream`: spills the file to a temporary
 * directory, builds the excerpt at the end, and removes the spill.
 */
function elfExcerptSink(options) {
    let dir;
    let fd;
    let written = 0;
    let head;
    const cleanup = () => {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        if (dir)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        dir = undefined;
    };
    const failed = (what, err) => {
        cleanup();
        throw new errors/* OperationError */.OK(`${options.where}: cannot ${what} a temporary copy of the file (${err.message})`, { cause: err });
    };
    return {
        write(chunk) {
            if (written === 0 && chunk.length > 0) {
                // Not an ELF file: nothing in it is of use, nothing is spilled.
                head = Buffer.from(chunk.subarray(0, Math.min(chunk.length, 64)));
            }
            if (head && !isElf(head) && head.length >= 52) {
                written += chunk.length;
                return;
            }
            try {
                if (fd === undefined) {
                    dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lading-elf-'));
                    fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'file'), 'w+', 0o600);
                }
                for (let off = 0; off < chunk.length;)
                    off += (0,external_node_fs_.writeSync)(fd, chunk, off, chunk.length - off, written + off);
            }
            catch (err) {
                failed('write', err);
            }
            written += chunk.length;
        },
        end() {
            if (fd === undefined || head === undefined || !isElf(head)) {
                cleanup();
                options.done(head ?? Buffer.alloc(0));
                return;
            }
            let excerpt;
            try {
                excerpt = buildExcerpt(fd, Math.min(written, options.size), options.sections);
            }
            catch (err) {
                failed('read back', err);
                return;
            }
            cleanup();
            options.done(excerpt);
        },
    };
}
function buildExcerpt(fd, size, sections) {
    // Zero-filled large buffers come from fresh pages: untouched ones cost no memory.
    const buf = Buffer.alloc(size);
    const fill = (offset, length) => {
        if (!(offset >= 0 && length > 0) || offset >= size)
            return;
        const end = Math.min(size, offset + length);
        for (let at = offset; at < end;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, at, end - at, at);
            if (n === 0)
                break;
            at += n;
        }
    };
    fill(0, HEAD_BYTES);
    // An excerpt of a file that is not ELF is never read by an ELF reader: leave it.
    const header = readElfHeader(buf);
    if (!header)
        return buf;
    const { is64, word, phoff, shoff, phentsize, phnum, shentsize, shnum, shstrndx } = header;
    fill(phoff, phentsize * phnum);
    fill(shoff, shentsize * shnum);
    // The section-name table, wherever its header says it is.
    const names = shoff + shstrndx * shentsize;
    if (shoff > 0 && shstrndx < shnum && names + shentsize <= size) {
        fill(word(names + (is64 ? 0x18 : 0x10)), word(names + (is64 ? 0x20 : 0x14)));
    }
    const elf = readElf(buf);
    if (!elf)
        return buf;
    // The map of sections is read once, now that its tables are in place; the
    // buffers it hands out are views of `buf`, filled below.
    for (const name of sections) {
        const data = elf.section(name);
        if (data)
            fill(data.byteOffset - buf.byteOffset, data.length);
    }
    const segment = elf.firstWritableSegment();
    if (segment)
        fill(segment.byteOffset - buf.byteOffset, Math.min(segment.length, SEGMENT_PREFIX_BYTES));
    return buf;
}
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
/**
 * A sink for a smaller executable candidate that only ELF readers want: the
 * file is kept whole only when it starts with the ELF magic. Programs are
 * looked for by place (`bin/`, `app/`…), and most files found there are not
 * programs: in an application image, thousands of `.d.ts`, `.map` and licence
 * files under `app/node_modules` (issue 3's benchmark image: 4,902
 * candidates, 336 of them ELF). Each was copied out of the tar only for the
 * ELF readers to turn it down. `done` receives the whole file, which is then the caller's.
 */
function elfOnlySink(size, done) {
    const head = Buffer.alloc(ELF_MAGIC.length);
    let seen = 0;
    let body;
    let rejected = false;
    return {
        write(chunk) {
            if (rejected)
                return;
            if (body) {
                seen += chunk.copy(body, seen);
                return;
            }
            // The magic may straddle chunks; rarely, but a chunk can be a single byte.
            const n = chunk.copy(head, seen, 0, Math.min(chunk.length, head.length - seen));
            seen += n;
            if (seen < head.length)
                return;
            if (!head.equals(ELF_MAGIC)) {
                rejected = true;
                return;
            }
            body = Buffer.allocUnsafe(size);
            head.copy(body, 0);
            seen += chunk.copy(body, seen, n);
        },
        end() {
            if (body)
                done(body.subarray(0, seen));
        },
    };
}

;// CONCATENATED MODULE: ./src/image/entry-path.ts
// Layer tars name their entries `./etc/x`, `/etc/x`, `etc/x/` or even
// `usr/../etc/x`, depending on the tool that wrote them. The view keys every
// file by one canonical form (relative to the image root, no leading or
// trailing slash), and refuses names that climb out of the root, since a
// reader that followed them would be looking at files outside the image.
/** Canonical path inside the image root, `''` for the root itself; undefined when `name` escapes the root. */
function entryPath(name) {
    // The fast path: most names need no rewriting beyond a `./` or `/` prefix and a trailing slash.
    let start = 0;
    while (start < name.length && (name[start] === '/' || (name[start] === '.' && name[start + 1] === '/'))) {
        start += name[start] === '/' ? 1 : 2;
    }
    let end = name.length;
    while (end > start && name[end - 1] === '/')
        end--;
    const rest = start === 0 && end === name.length ? name : name.slice(start, end);
    if (rest === '.')
        return '';
    if (!rest.includes('//') && !/(^|\/)\.\.?(\/|$)/.test(rest))
        return rest;
    const out = [];
    for (const seg of rest.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else {
            out.push(seg);
        }
    }
    return out.join('/');
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function baseOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** Most symlink hops a path may take before the view calls it a loop (Linux's MAXSYMLINKS). */
const MAX_SYMLINK_HOPS = 40;
/**
 * Follows `path` through the image's symlinks the way the kernel would inside
 * a chroot: absolute targets start again at the image root, and `..` at the
 * root stays at the root, so no answer ever lies outside the image.
 * `symlinks` maps canonical paths to their raw link targets.
 */
function resolveInRoot(path, symlinks) {
    // A stack of segments still to walk, last element next.
    const pending = path.split('/').reverse();
    const out = [];
    let hops = 0;
    while (pending.length > 0) {
        const seg = pending.pop();
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            out.pop();
            continue;
        }
        out.push(seg);
        const target = symlinks.get(out.join('/'));
        if (target === undefined)
            continue;
        if (++hops > MAX_SYMLINK_HOPS)
            return { loop: true };
        out.pop();
        if (target.startsWith('/'))
            out.length = 0;
        const parts = target.split('/');
        for (let i = parts.length - 1; i >= 0; i--)
            pending.push(parts[i]);
    }
    return { path: out.join('/') };
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(68825);
// EXTERNAL MODULE: ./src/oci/image-config.ts
var image_config = __webpack_require__(84231);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/image/tar-walker.ts
// A tar reader that walks headers and hands bodies over as views of the
// chunks it is given, synchronously, with no stream per entry. Layers hold
// tens of thousands of entries and catalogers want a few hundred of them:
// tar-stream's per-entry streams and callbacks cost more than the tar format
// itself (issue 3's benchmark: lading at 1.9x a bare gunzip), so skipped
// bodies here cost one subtraction per chunk. It reads what tar-stream reads
// (ustar, GNU and PAX headers, GNU long names, base-256 sizes) with the same
// rules, and fails with the same words, which `tar-walker.test.ts` checks by
// parsing the same archives with both.
/** The archive is malformed or ends early; `truncated` when it stopped in the middle of an entry. */
class TarFormatError extends Error {
    truncated;
    constructor(message, truncated = false) {
        super(message);
        this.truncated = truncated;
        this.name = 'TarFormatError';
    }
}
const BLOCK = 512;
/** Largest PAX or GNU long-name record kept (tar-stream's bound). */
const MAX_LONG_HEADER_BYTES = 4 * 1024 * 1024;
const ZERO = 0x30;
const SPACE = 0x20;
/** Checksum of a block of zeros: the eight checksum bytes count as spaces. */
const EMPTY_CHECKSUM = 8 * SPACE;
function typeOf(flag) {
    switch (flag) {
        case 0:
        case ZERO:
            return 'file';
        case ZERO + 1:
            return 'link';
        case ZERO + 2:
            return 'symlink';
        case ZERO + 3:
            return 'character-device';
        case ZERO + 4:
            return 'block-device';
        case ZERO + 5:
            return 'directory';
        case ZERO + 6:
            return 'fifo';
        case ZERO + 7:
            return 'contiguous-file';
        case 0x78: // 'x'
            return 'pax-header';
        case 0x67: // 'g'
            return 'pax-global-header';
        case 0x4b: // 'K'
            return 'gnu-long-link-path';
        case 0x4c: // 'L'
        case 0x4e: // 'N'
            return 'gnu-long-path';
        default:
            return null;
    }
}
function isLong(t) {
    return (t === 'pax-header' || t === 'pax-global-header' || t === 'gnu-long-path' || t === 'gnu-long-link-path');
}
function nulEnd(b, start, end) {
    const i = b.indexOf(0, start);
    return i === -1 || i > end ? end : i;
}
function tar_walker_str(b, start, length) {
    return b.toString('utf8', start, nulEnd(b, start, start + length));
}
/** Numeric field: octal (leading spaces and NULs allowed, ends at a space or NUL) or GNU base-256. */
function num(b, start, length) {
    const end = start + length;
    if (b[start] & 0x80) {
        // Base-256: 0x80 positive, 0xff two's complement; anything else is not a number.
        const positive = b[start] === 0x80;
        if (!positive && b[start] !== 0xff)
            return Number.NaN;
        let sum = 0;
        for (let i = start + 1; i < end; i++)
            sum = sum * 256 + (positive ? b[i] : 0xff - b[i]);
        return positive ? sum : -sum;
    }
    let i = start;
    while (i < end && b[i] === SPACE)
        i++;
    let stop = i;
    while (stop < end && b[stop] !== SPACE)
        stop++;
    while (i < stop && b[i] === 0)
        i++;
    if (i === stop)
        return 0;
    return Number.parseInt(b.toString('utf8', i, stop), 8);
}
function checksum(b) {
    let sum = EMPTY_CHECKSUM;
    for (let i = 0; i < 148; i++)
        sum += b[i];
    for (let i = 156; i < BLOCK; i++)
        sum += b[i];
    return sum;
}
function isUstar(b) {
    // "ustar\0" (POSIX)
    return (b[257] === 0x75 &&
        b[258] === 0x73 &&
        b[259] === 0x74 &&
        b[260] === 0x61 &&
        b[261] === 0x72 &&
        b[262] === 0);
}
function isGnu(b) {
    // "ustar " then " \0" (GNU and old GNU)
    return (b[257] === 0x75 &&
        b[258] === 0x73 &&
        b[259] === 0x74 &&
        b[260] === 0x61 &&
        b[261] === 0x72 &&
        b[262] === SPACE &&
        b[263] === SPACE &&
        b[264] === 0);
}
/** `LEN key=value\n` records; stops quietly at the first malformed one, as tar-stream does. */
function decodePax(buf) {
    const out = {};
    let rest = buf;
    while (rest.length > 0) {
        let i = 0;
        while (i < rest.length && rest[i] !== SPACE)
            i++;
        const len = Number.parseInt(rest.toString('utf8', 0, i), 10);
        if (!len)
            return out;
        const record = rest.toString('utf8', i + 1, len - 1);
        const eq = record.indexOf('=');
        if (eq === -1)
            return out;
        out[record.slice(0, eq)] = record.slice(eq + 1);
        rest = rest.subarray(len);
    }
    return out;
}
/** One header block; undefined for a block of zeros (end-of-archive marker or padding). */
function parseHeader(b) {
    const sum = checksum(b);
    if (sum === EMPTY_CHECKSUM)
        return undefined;
    if (sum !== num(b, 148, 8)) {
        throw new TarFormatError('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?');
    }
    let name = tar_walker_str(b, 0, 100);
    if (isUstar(b)) {
        if (b[345] !== 0)
            name = `${tar_walker_str(b, 345, 155)}/${name}`;
    }
    else if (!isGnu(b)) {
        throw new TarFormatError('Invalid tar header: unknown format.');
    }
    let type = typeOf(b[156]);
    // Old tars mark directories with a trailing slash only.
    if (type === 'file' && name.endsWith('/'))
        type = 'directory';
    return { name, type, linkname: b[157] === 0 ? null : tar_walker_str(b, 157, 100), size: num(b, 124, 12) };
}
function padded(size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
}
/**
 * Feed it the archive's bytes in any chunking (`write`), then `end()`. Entry
 * handlers and bodies are called synchronously from `write`.
 */
class TarWalker {
    onEntry;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    /** Body bytes of the current entry still to come. */
    bodyLeft = 0;
    /** Padding after the current body still to skip. */
    padLeft = 0;
    body;
    /** A long header's record being gathered. */
    long;
    pax = null;
    paxGlobal = null;
    longPath = null;
    longLinkPath = null;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    write(chunk) {
        let at = 0;
        const length = chunk.length;
        while (at < length) {
            if (this.bodyLeft > 0) {
                const n = Math.min(this.bodyLeft, length - at);
                this.bodyLeft -= n;
                if (this.long) {
                    chunk.copy(this.long.bytes, this.long.fill, at, at + n);
                    this.long.fill += n;
                    if (this.bodyLeft === 0)
                        this.finishLong();
                }
                else if (this.body) {
                    this.body.write(chunk.subarray(at, at + n));
                    if (this.bodyLeft === 0)
                        this.finishBody();
                }
                at += n;
                continue;
            }
            if (this.padLeft > 0) {
                const n = Math.min(this.padLeft, length - at);
                this.padLeft -= n;
                at += n;
                continue;
            }
            // A header: parsed in place when the chunk holds all of it, else gathered.
            if (this.headerFill === 0 && length - at >= BLOCK) {
                this.onHeader(chunk.subarray(at, at + BLOCK));
                at += BLOCK;
                continue;
            }
            const n = Math.min(BLOCK - this.headerFill, length - at);
            chunk.copy(this.header, this.headerFill, at, at + n);
            this.headerFill += n;
            at += n;
            if (this.headerFill === BLOCK) {
                this.headerFill = 0;
                this.onHeader(this.header);
            }
        }
    }
    /** The archive ended: fails unless it ended between entries. */
    end() {
        if (this.bodyLeft > 0 || this.padLeft > 0 || this.headerFill > 0) {
            throw new TarFormatError('Unexpected end of data', true);
        }
    }
    onHeader(block) {
        const h = parseHeader(block);
        if (!h)
            return;
        if (isLong(h.type)) {
            if (!(h.size >= 0))
                throw new TarFormatError('Invalid header');
            if (h.size > MAX_LONG_HEADER_BYTES)
                throw new TarFormatError('Header exceeds max size');
            this.long = { kind: h.type, bytes: Buffer.alloc(h.size), fill: 0 };
            this.bodyLeft = h.size;
            this.padLeft = padded(h.size);
            if (h.size === 0)
                this.finishLong();
            return;
        }
        const header = { name: h.name, type: h.type, linkname: h.linkname, size: h.size, pax: null };
        // An empty long name sets nothing, as in tar-stream (and as for PAX below).
        if (this.longPath)
            header.name = this.longPath;
        if (this.longLinkPath)
            header.linkname = this.longLinkPath;
        this.longPath = null;
        this.longLinkPath = null;
        const pax = this.pax;
        if (pax) {
            if (pax.path)
                header.name = pax.path;
            if (pax.linkpath)
                header.linkname = pax.linkpath;
            if (pax.size)
                header.size = Number.parseInt(pax.size, 10);
            header.pax = pax;
            this.pax = null;
        }
        if (!(header.size >= 0))
            throw new TarFormatError('Invalid header');
        // Directories carry no data, whatever their size field says.
        const size = header.type === 'directory' ? 0 : header.size;
        this.body = this.onEntry(header);
        this.bodyLeft = size;
        this.padLeft = padded(size);
        if (size === 0)
            this.finishBody();
    }
    finishBody() {
        const body = this.body;
        this.body = undefined;
        body?.end();
    }
    finishLong() {
        const long = this.long;
        this.long = undefined;
        if (!long)
            return;
        switch (long.kind) {
            case 'gnu-long-path':
                this.longPath = tar_walker_str(long.bytes, 0, long.bytes.length);
                break;
            case 'gnu-long-link-path':
                this.longLinkPath = tar_walker_str(long.bytes, 0, long.bytes.length);
                break;
            case 'pax-global-header':
                this.paxGlobal = decodePax(long.bytes);
                break;
            case 'pax-header':
                this.pax =
                    this.paxGlobal === null ? decodePax(long.bytes) : { ...this.paxGlobal, ...decodePax(long.bytes) };
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/image/layer-reader.ts





const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
// DESIGN.md: zlib's default 16 KiB chunks spend half the CPU handing chunks to
// the thread pool; 1 MiB chunks made gunzip + tar walk 3.6x faster.
const CHUNK = 1 << 20;
/** Files up to this size share one buffer for the whole layer; larger ones get their own, freed after use. */
const SCRATCH_KEPT = 8 << 20;
/** Decompressed bytes that may wait for the walk, so inflating can run ahead of it. */
const DECODED_BUFFERED = 4 << 20;
function startsWith(head, magic) {
    return head.length >= magic.length && magic.every((b, i) => head[i] === b);
}
/**
 * The content decides: registries and `docker save` label uncompressed layers
 * as gzip and the reverse, so the media type only serves to word a failure.
 */
function compressionOf(head) {
    if (startsWith(head, GZIP_MAGIC))
        return 'gzip';
    if (startsWith(head, ZSTD_MAGIC))
        return 'zstd';
    return 'none';
}
function declaredCompression(mediaType) {
    if (/gzip$/.test(mediaType))
        return 'gzip';
    if (/zstd$/.test(mediaType))
        return 'zstd';
    return 'none';
}
/** Resolves with the first chunk of `stream`, put back so the stream still starts with it. */
function peek(stream) {
    return new Promise((resolve, reject) => {
        const finish = (err, head) => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
            if (err)
                reject(err);
            else
                resolve(head);
        };
        const onReadable = () => {
            const chunk = stream.read();
            if (chunk === null)
                return;
            stream.unshift(chunk);
            finish(undefined, chunk);
        };
        const onEnd = () => finish(undefined, Buffer.alloc(0));
        const onError = (err) => finish(err, Buffer.alloc(0));
        stream.on('readable', onReadable);
        stream.once('end', onEnd);
        stream.once('error', onError);
    });
}
function ignore() { }
/**
 * Frees a walked chunk of decompressed bytes at once instead of at the next
 * full garbage collection. The decompressor hands out views of fresh 1 MiB
 * buffers; V8 frees them only in a mark-compact, which it starts every 64 MiB
 * or so of such memory: about ten per 500 MiB of layers, each marking the
 * whole heap (garbage collection was a third of the main thread's time in
 * issue 3's benchmark). Only a chunk that ends at the end of its buffer is
 * freed: the decompressor has filled that buffer and moved on to a new one,
 * and the walk keeps no view of it (visitors copy what they keep). Detaching
 * is memory-safe whatever happens: a view someone still held would read as
 * empty, not as freed memory.
 */
function release(chunk) {
    const memory = chunk.buffer;
    if (memory instanceof ArrayBuffer &&
        !memory.detached &&
        memory.byteLength >= CHUNK &&
        chunk.byteOffset + chunk.length === memory.byteLength) {
        memory.transfer(0);
    }
}
function kindOf(type) {
    switch (type) {
        case 'file':
        case 'contiguous-file':
            return 'file';
        case 'directory':
            return 'directory';
        case 'symlink':
            return 'symlink';
        case 'link':
            return 'hardlink';
        default:
            return 'other';
    }
}
/** GNU sparse files store holes apart from data; their stored bytes are not the file's content. */
function isSparse(header) {
    const pax = header.pax;
    return !!pax && Object.keys(pax).some((k) => k.startsWith('GNU.sparse.'));
}
/**
 * Reads one layer blob and reports every entry to `visitor`. Errors name the
 * layer digest: a corrupt or truncated stream, a name that climbs out of the
 * root, a limit crossed. Resolves only after the blob's digest was verified.
 */
async function readLayer(blob, layer, visitor, limits) {
    const where = `layer ${layer.digest}`;
    const head = await peek(blob);
    const compression = compressionOf(head);
    const declared = declaredCompression(layer.mediaType);
    const options = { chunkSize: CHUNK, highWaterMark: DECODED_BUFFERED };
    const decoder = compression === 'gzip'
        ? (0,external_node_zlib_.createGunzip)(options)
        : compression === 'zstd'
            ? (0,external_node_zlib_.createZstdDecompress)(options)
            : undefined;
    // Which stage failed decides the message: the store (network, disk, digest),
    // the decompressor (a corrupt stream) or the tar (a malformed archive).
    let origin;
    blob.once('error', () => {
        origin ??= 'store';
    });
    decoder?.once('error', () => {
        origin ??= 'decoder';
    });
    const decoding = decoder ? (0,external_node_stream_promises_.pipeline)(blob, decoder) : undefined;
    // Settled below; until then a failure must not surface as an unhandled rejection.
    decoding?.catch(ignore);
    const decoded = decoder ?? blob;
    const entries = { count: 0 };
    const walker = new TarWalker(entryHandler(where, visitor, limits, entries));
    let bytes = 0;
    // A limit crossed or a visitor's own error: reported as it is.
    let visitorFailed = false;
    try {
        // Pulled, not pushed: the decompressor inflates the next chunk on the
        // thread pool while this one is walked, instead of waiting for the walk.
        for await (const chunk of decoded) {
            bytes += chunk.length;
            if (bytes > limits.maxLayerBytes) {
                throw new errors/* InputError */.dz(`${where}: more than ${limits.maxLayerBytes} bytes once decompressed (limit maxLayerBytes); refusing a possible decompression bomb`);
            }
            try {
                walker.write(chunk);
            }
            catch (err) {
                if (err instanceof TarFormatError)
                    origin ??= 'tar';
                else
                    visitorFailed = true;
                throw err;
            }
            if (decoder)
                release(chunk);
        }
        try {
            walker.end();
        }
        catch (err) {
            origin ??= 'tar';
            throw err;
        }
        await decoding;
    }
    catch (err) {
        // Leaving the loop early destroyed the decoded stream; the pipeline's
        // rejection (premature close) is the consequence, not the cause.
        decoded.destroy();
        blob.destroy();
        await decoding?.catch(ignore);
        if (visitorFailed)
            throw err;
        throw describeFailure(err, origin, where, compression, declared);
    }
    return { compression, entries: entries.count, bytes };
}
/**
 * What to do with each entry: check the limits and the name, ask the visitor,
 * and return where the body goes (nowhere, a sink, or a buffer handed to
 * `visitor.content` at the end).
 */
function entryHandler(where, visitor, limits, entries) {
    let scratch = Buffer.allocUnsafeSlow(64 * 1024);
    const scratchFor = (size) => {
        if (scratch.length < size)
            scratch = Buffer.allocUnsafeSlow(Math.max(size, Math.min(2 * scratch.length, SCRATCH_KEPT)));
        return scratch;
    };
    // Sizes in headers announce a bomb before it is inflated: stop at the header.
    let announced = 0;
    return (header) => {
        entries.count++;
        if (entries.count > limits.maxEntries) {
            throw new errors/* InputError */.dz(`${where}: more than ${limits.maxEntries} entries (limit maxEntries)`);
        }
        const size = header.size;
        announced += 512 + size;
        if (announced > limits.maxLayerBytes) {
            throw new errors/* InputError */.dz(`${where}: entry ${JSON.stringify(header.name)} takes the layer past ${limits.maxLayerBytes} bytes (limit maxLayerBytes); refusing a possible decompression bomb`);
        }
        // PAX sparse files (format 1.0) hide their real name in the extended header.
        const sparseName = header.pax?.['GNU.sparse.name'];
        const path = entryPath(sparseName ?? header.name);
        if (path === undefined) {
            throw new errors/* InputError */.dz(`${where}: entry ${JSON.stringify(header.name)} climbs out of the image root`);
        }
        const kind = kindOf(header.type);
        const e = { path, kind, size };
        if (kind === 'symlink') {
            e.linkname = header.linkname ?? '';
        }
        else if (kind === 'hardlink') {
            const target = entryPath(header.linkname ?? '');
            if (target === undefined || target === '') {
                throw new errors/* InputError */.dz(`${where}: hard link ${JSON.stringify(header.name)} points out of the image root (${JSON.stringify(header.linkname)})`);
            }
            e.linkname = target;
        }
        let limit = path === '' ? false : visitor.entry(e);
        if (limit !== false && kind === 'file' && isSparse(header)) {
            visitor.warn(path, `${where}: ${path} is a sparse file; its content is not read`);
            limit = false;
        }
        else if (limit !== false && kind === 'other') {
            visitor.warn(path, `${where}: ${path} is a ${header.type ?? 'special'} entry, not a regular file; skipped`);
            limit = false;
        }
        if (limit === false || kind !== 'file')
            return undefined;
        if (size > limit) {
            // The header says so before any byte is inflated: skipping costs nothing,
            // and one oversized binary must not cost the whole SBOM.
            visitor.warn(path, `${where}: ${path} is ${size} bytes, over the ${limit}-byte limit for one captured file (limit maxFileBytes); skipped`);
            return undefined;
        }
        const sink = visitor.stream?.(e);
        if (sink)
            return sink;
        // Copied into one reused buffer as the chunks arrive: the chunks are views
        // of 1 MiB decompression buffers, which a kept slice would pin in memory;
        // holding them until the end doubled the peak for a large executable; and
        // a fresh buffer per file kept the garbage collector busy.
        const target = size > SCRATCH_KEPT ? Buffer.allocUnsafeSlow(size) : scratchFor(size);
        let offset = 0;
        return {
            write(chunk) {
                offset += chunk.copy(target, offset);
            },
            end() {
                visitor.content(path, target.subarray(0, offset));
            },
        };
    };
}
function describeFailure(err, origin, where, compression, declared) {
    if (err instanceof errors/* LadingError */.c3)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    if (origin === 'decoder') {
        return new errors/* InputError */.dz(`${where}: corrupt ${compression} stream (${message})`, { cause: err });
    }
    if (origin === 'tar') {
        if (err instanceof TarFormatError && err.truncated) {
            return new errors/* InputError */.dz(`${where}: the tar ends in the middle of an entry (truncated layer)`, {
                cause: err,
            });
        }
        const what = compression === 'none' && declared !== 'none'
            ? `its media type says ${declared}, but the content is neither gzip, zstd nor a valid tar (${message})`
            : `not a valid tar (${message})`;
        return new errors/* InputError */.dz(`${where}: ${what}`, { cause: err });
    }
    return new errors/* OperationError */.OK(`${where}: cannot read the blob (${message})`, { cause: err });
}

;// CONCATENATED MODULE: ./src/image/overlay.ts

function emptyTables() {
    return { files: new Map(), symlinks: new Map(), links: new Map() };
}
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/**
 * One layer's side of the overlay, as its tar is walked. Layers may be walked
 * side by side; each writer keeps its own tables, and its deletions wait until
 * every layer below it has been applied (then apply at once, and live from
 * there on), so the result is the same as walking the layers one by one.
 */
class LayerWriter {
    overlay;
    digest;
    tables = emptyTables();
    /** Deletions recorded while a lower layer is still being walked. */
    pending = [];
    ended = false;
    constructor(overlay, digest) {
        this.overlay = overlay;
        this.digest = digest;
    }
    /**
     * Records an entry of this layer; true when it was a whiteout (which is not
     * itself a file). Call for every entry, wanted or not: a new entry hides
     * what the layers below had at that path.
     */
    entry(path, isDirectory) {
        const slash = path.lastIndexOf('/');
        if (path.startsWith(WHITEOUT, slash + 1)) {
            const dir = slash < 0 ? '' : path.slice(0, slash);
            const name = path.slice(slash + 1);
            if (name === OPAQUE)
                this.delete({ path: dir, at: false, below: true });
            else if (!name.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
                this.delete({ path: joinPath(dir, name.slice(WHITEOUT.length)), at: true, below: true });
            }
            return true;
        }
        // A file, link or device replaces a whole directory of the layers below.
        this.delete({ path, at: true, below: !isDirectory });
        return false;
    }
    addFile(path, bytes, consumed = false) {
        this.tables.files.set(path, consumed ? { bytes, layer: this.digest, consumed } : { bytes, layer: this.digest });
    }
    addSymlink(path, target) {
        this.tables.symlinks.set(path, { target, layer: this.digest });
    }
    addWantedLink(path, link) {
        this.tables.links.set(path, { ...link, layer: this.digest });
    }
    /**
     * A hard link's target in this layer. Tar links name an earlier entry of the
     * same archive; a target from a lower layer is left to link resolution.
     */
    fileForHardLink(target) {
        return this.tables.files.get(target);
    }
    /** The layer's tar has been walked to its end. */
    end() {
        this.ended = true;
        this.overlay.settle();
    }
    /** @internal Whether the overlay may apply this layer now. */
    get finished() {
        return this.ended;
    }
    /** @internal Every layer below is applied: catch up, and delete live from now on. */
    goLive() {
        const pending = this.pending ?? [];
        this.pending = undefined;
        for (const d of pending)
            this.overlay.remove(d);
    }
    delete(d) {
        if (this.pending)
            this.pending.push(d);
        else
            this.overlay.remove(d);
    }
}
class Overlay {
    lower = emptyTables();
    /**
     * Every directory that may hold something in `lower` (a superset: entries
     * are never removed), so deleting a subtree scans the tables only when the
     * directory can have content below it.
     */
    occupied = new Set();
    writers = new Map();
    /** Index of the lowest layer not yet applied. */
    next = 0;
    /** The writer of layer `index` (0 = the bottom layer); layers may be opened in any order. */
    layer(index, digest) {
        if (index < this.next || this.writers.has(index))
            throw new Error(`Overlay: layer ${index} opened twice`);
        const writer = new LayerWriter(this, digest);
        this.writers.set(index, writer);
        if (index === this.next)
            writer.goLive();
        return writer;
    }
    /** Applies, bottom up, every finished layer whose lower layers are all applied. */
    settle() {
        for (let w = this.writers.get(this.next); w?.finished; w = this.writers.get(this.next)) {
            this.merge(w.tables);
            this.writers.delete(this.next);
            this.next++;
            this.writers.get(this.next)?.goLive();
        }
    }
    /** Layers opened but not yet applied (a walk that failed leaves some). */
    get unsettled() {
        return this.writers.size;
    }
    get files() {
        return this.lower.files;
    }
    get symlinks() {
        return this.lower.symlinks;
    }
    get links() {
        return this.lower.links;
    }
    /** Raw symlink targets by path, as `resolveInRoot` takes them. */
    symlinkTargets() {
        const out = new Map();
        for (const [p, v] of this.lower.symlinks)
            out.set(p, v.target);
        return out;
    }
    /** @internal A deletion of a live layer, on the layers below it. */
    remove(d) {
        if (d.at)
            this.removeAt(d.path);
        if (d.below)
            this.removeBelow(d.path);
    }
    merge({ files, symlinks, links }) {
        for (const [p, v] of files) {
            this.lower.files.set(p, v);
            this.occupy(p);
        }
        for (const [p, v] of symlinks) {
            this.lower.symlinks.set(p, v);
            this.occupy(p);
        }
        for (const [p, v] of links) {
            this.lower.links.set(p, v);
            this.occupy(p);
        }
    }
    occupy(path) {
        for (let dir = parentOf(path);; dir = parentOf(dir)) {
            if (this.occupied.has(dir))
                return;
            this.occupied.add(dir);
            if (dir === '')
                return;
        }
    }
    removeAt(path) {
        const t = this.lower;
        if (t.files.size > 0)
            t.files.delete(path);
        if (t.symlinks.size > 0)
            t.symlinks.delete(path);
        if (t.links.size > 0)
            t.links.delete(path);
    }
    /** Everything strictly below `dir` in the layers below (`''`: the whole root). */
    removeBelow(dir) {
        if (!this.occupied.has(dir))
            return;
        const prefix = dir === '' ? '' : `${dir}/`;
        for (const table of [this.lower.files, this.lower.symlinks, this.lower.links]) {
            for (const key of table.keys())
                if (key.startsWith(prefix))
                    table.delete(key);
        }
    }
}

;// CONCATENATED MODULE: ./src/image/file-view.ts







const DEFAULT_VIEW_LIMITS = {
    maxLayerBytes: 8 * 1024 ** 3,
    maxEntries: 1_000_000,
    maxFileBytes: 64 * 1024 ** 2,
};
/** Layer media types lading reads as filesystems: OCI and Docker tar layers, any compression. */
function isFilesystemLayer(mediaType) {
    return (mediaType.startsWith('application/vnd.oci.image.layer.') ||
        mediaType.startsWith('application/vnd.docker.image.rootfs.'));
}
/** The final file view of the image whose manifest `descriptor` names (not an index: select a platform first). */
async function readImageFiles(store, descriptor, options) {
    const limits = { ...DEFAULT_VIEW_LIMITS, ...options.limits };
    const fetched = await store.fetchManifest(descriptor);
    const where = `${store.name}@${fetched.descriptor.digest}`;
    if ((0,types/* isIndex */.n)(fetched.manifest)) {
        throw new errors/* InputError */.dz(`${where}: is an image index, not an image; choose a platform first`);
    }
    const manifest = fetched.manifest;
    for (const layer of manifest.layers) {
        if (!isFilesystemLayer(layer.mediaType)) {
            throw new errors/* InputError */.dz(`${where}: layer ${layer.digest} has media type ${layer.mediaType}, which is not a filesystem layer (is this an artifact rather than an image?)`);
        }
    }
    const config = await (0,image_config/* readImageConfig */.M)(store, manifest.config);
    const diffIds = config.rootfs?.diff_ids;
    const diffIdOf = (i) => {
        if (!Array.isArray(diffIds) || diffIds.length !== manifest.layers.length)
            return undefined;
        const d = diffIds[i];
        return typeof d === 'string' && (0,digest/* isDigest */.Bc)(d) ? d : undefined;
    };
    const warnings = [];
    const layers = [];
    const first = await walk(store, manifest.layers, {
        wants: options.wants,
        ...(options.consume ? { consume: options.consume } : {}),
        ...(options.stream ? { stream: options.stream } : {}),
        limits,
        warnings,
        done: (i, layer, read) => {
            const summary = {
                digest: layer.digest,
                mediaType: layer.mediaType,
                compression: read.compression,
                size: layer.size,
                entries: read.entries,
                bytes: read.bytes,
            };
            const diffId = diffIdOf(i);
            if (diffId)
                summary.diffId = diffId;
            layers[i] = summary;
            options.onLayer?.(summary);
        },
    });
    const files = new Map();
    const consumed = new Map();
    const take = (path, real, f) => {
        if (f.consumed)
            consumed.set(path, { path, layer: f.layer, from: { path: real, layer: f.layer } });
        else
            files.set(path, { path, layer: f.layer, bytes: f.bytes });
    };
    for (const [path, f] of first.overlay.files)
        take(path, path, f);
    const symlinks = first.overlay.symlinkTargets();
    // Wanted link path -> the path whose content it has.
    const pending = new Map();
    for (const [path, link] of first.overlay.links) {
        let real;
        if (link.kind === 'hardlink') {
            real = link.target;
        }
        else {
            const r = resolveInRoot(path, symlinks);
            if ('loop' in r) {
                warnings.push({
                    path,
                    layer: link.layer,
                    message: `layer ${link.layer}: symlink ${path} -> ${link.target} loops (more than 40 hops); skipped`,
                });
                continue;
            }
            real = r.path;
        }
        const f = first.overlay.files.get(real);
        if (f)
            take(path, real, f);
        else if (options.followLinks?.(path) ?? true)
            pending.set(path, { real, layer: link.layer, kind: link.kind, limit: link.limit });
    }
    // Targets nobody wanted: read again, but only the layers that hold an entry
    // at one of those paths (or a whiteout, which might delete one). A symlink to
    // nowhere costs nothing.
    let passes = 1;
    const needed = new Map();
    for (const p of pending.values())
        needed.set(p.real, Math.max(needed.get(p.real) ?? 0, p.limit));
    const relevant = manifest.layers.filter((_, i) => {
        const seen = first.names[i];
        return seen !== undefined && [...needed.keys()].some((p) => mayHide(seen, p));
    });
    let second;
    if (needed.size > 0 && relevant.length > 0) {
        passes = 2;
        second = (await walk(store, relevant, { wants: (p) => needed.get(p) ?? false, limits, warnings: [] }))
            .overlay;
    }
    for (const [path, p] of pending) {
        const f = second?.files.get(p.real);
        if (f) {
            files.set(path, { path, layer: f.layer, bytes: f.bytes });
        }
        else if (p.kind === 'hardlink') {
            warnings.push({
                path,
                layer: p.layer,
                message: `layer ${p.layer}: hard link ${path} -> ${p.real}: the target is not a regular file in the image; skipped`,
            });
        }
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return {
        manifest: fetched.descriptor,
        config,
        files: [...files.values()].sort(byPath),
        consumed: [...consumed.values()].sort(byPath),
        layers,
        warnings,
        passes,
    };
}
/** FNV-1a: a cheap fingerprint of every entry name, to find the layers worth a second read. */
function pathHash(path) {
    let h = 0x811c9dc5;
    for (let i = 0; i < path.length; i++) {
        h ^= path.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/**
 * Whether a layer could add, replace or hide `path`: an entry at the path, a
 * non-directory at one of its ancestors (which replaces the whole directory),
 * or any whiteout. False positives only cost a read.
 */
function mayHide(seen, path) {
    if (seen.whiteouts || seen.hashes.has(pathHash(path)) || seen.dirs.has(pathHash(path)))
        return true;
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        if (seen.hashes.has(pathHash(path.slice(0, slash))))
            return true;
    }
    return false;
}
/**
 * Layers read at once. Decompression runs on the thread pool, one thread per
 * layer; the tar walks share the main thread. Two layers side by side took the
 * benchmark image's layers from 1.0-1.2 s to 0.65 s on two cores; each more
 * costs a decoder's buffers in memory.
 */
const LAYERS_AT_ONCE = 2;
async function walk(store, layers, options) {
    const overlay = new Overlay();
    const names = [];
    // Per layer, joined in layer order: the same warnings in the same order however the walks interleave.
    const warnings = layers.map(() => []);
    const blobs = new Map();
    let failed = false;
    let started = 0;
    const readOne = async (i) => {
        const layer = layers[i];
        const blob = await store.fetchBlob(layer);
        if (failed) {
            blob.destroy();
            return;
        }
        blobs.set(i, blob);
        const writer = overlay.layer(i, layer.digest);
        const seen = { hashes: new Set(), dirs: new Set(), whiteouts: false };
        names[i] = seen;
        const read = await readLayer(blob, layer, layerVisitor(writer, seen, warnings[i], options), options.limits);
        blobs.delete(i);
        writer.end();
        options.done?.(i, layer, read);
    };
    // The first failure stops the other walks; their own errors are its consequence.
    let failure;
    const lane = async () => {
        while (!failed && started < layers.length) {
            const i = started++;
            try {
                await readOne(i);
            }
            catch (error) {
                if (failed)
                    continue;
                failed = true;
                failure = { error };
                for (const [j, b] of blobs)
                    if (j !== i)
                        b.destroy();
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(LAYERS_AT_ONCE, layers.length) }, lane));
    if (failure)
        throw failure.error;
    options.warnings.push(...warnings.flat());
    return { overlay, names };
}
function layerVisitor(writer, seen, warnings, options) {
    const { wants, consume, stream, limits } = options;
    const empty = Buffer.alloc(0);
    const digest = writer.digest;
    const visitor = {
        entry(e) {
            if (writer.entry(e.path, e.kind === 'directory')) {
                seen.whiteouts = true;
                return false;
            }
            if (e.kind === 'directory') {
                seen.dirs.add(pathHash(e.path));
                return false;
            }
            seen.hashes.add(pathHash(e.path));
            if (e.kind === 'symlink')
                writer.addSymlink(e.path, e.linkname ?? '');
            const w = wants(e.path);
            if (w === false || w === 0)
                return false;
            const limit = w === true ? limits.maxFileBytes : w;
            if (e.kind === 'hardlink') {
                const target = writer.fileForHardLink(e.linkname ?? '');
                if (target && !target.consumed)
                    writer.addFile(e.path, target.bytes);
                else
                    writer.addWantedLink(e.path, { kind: 'hardlink', target: e.linkname ?? '', limit });
                return false;
            }
            if (e.kind === 'symlink') {
                writer.addWantedLink(e.path, { kind: 'symlink', target: e.linkname ?? '', limit });
                return false;
            }
            return limit;
        },
        content(path, bytes) {
            const taken = consume?.({ path, layer: digest, bytes }) ?? false;
            writer.addFile(path, taken ? empty : Buffer.from(bytes), taken);
        },
        warn(path, message) {
            warnings.push({ path, layer: digest, message });
        },
    };
    if (stream) {
        visitor.stream = (e) => {
            const sink = stream({ path: e.path, layer: digest, size: e.size });
            if (!sink)
                return undefined;
            return {
                write: (chunk) => sink.write(chunk),
                end: () => {
                    sink.end();
                    writer.addFile(e.path, empty, true);
                },
            };
        };
    }
    return visitor;
}

// EXTERNAL MODULE: ./src/oci/opener.ts + 4 modules
var oci_opener = __webpack_require__(7706);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(68540);
// EXTERNAL MODULE: ./src/sbom/purl.ts
var purl = __webpack_require__(74468);
;// CONCATENATED MODULE: ./src/sbom/catalogers/apk.ts



// apk's installed database (`lib/apk/db/installed`): stanzas of `X:value` lines
// separated by blank lines, one stanza per package, file lists (F/R/Z/a/M lines)
// inside. Only the identity fields are decoded; file-list lines are stepped over
// as bytes, since they are most of the file.
const APK_DB_PATH = 'lib/apk/db/installed';
/** Longest value kept for one field; a longer one marks the stanza as damaged. */
const MAX_FIELD_BYTES = 64 * 1024;
const KEPT = new Set(['P', 'V', 'A', 'L', 'o', 'T', 'U', 'm', 'c', 'S', 'I', 't']);
const NL = 0x0a;
const COLON = 0x3a;
const apkCataloger = {
    name: 'apk',
    wants: (path) => (0,model/* normalisePath */.qb)(path) === APK_DB_PATH,
    catalog(files, ctx) {
        const packages = [];
        const warnings = [];
        for (const file of files) {
            for (const stanza of stanzas(file.bytes)) {
                const where = `${file.path}: stanza at line ${stanza.line}`;
                if (stanza.problem) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: ${stanza.problem}; package skipped`));
                    continue;
                }
                const name = stanza.fields.get('P');
                const version = stanza.fields.get('V');
                if (!name || !version) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: stanza has no ${name ? 'V:' : 'P:'} field; skipped`));
                    continue;
                }
                try {
                    packages.push(toPackage(name, version, stanza.fields, file, ctx));
                }
                catch (err) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: ${err instanceof Error ? err.message : String(err)}`));
                }
            }
        }
        return { packages, warnings };
    },
};
function toPackage(name, version, f, file, ctx) {
    const arch = f.get('A');
    const origin = f.get('o');
    const pkg = {
        name,
        version,
        type: 'apk',
        purl: (0,purl/* apkPurl */.c1)({ name, version, arch, origin, distro: ctx.distro }),
        licenses: [],
        locations: [(0,model/* locationOf */.hD)(file)],
        // Subpackages share their aport's pkgver-pkgrel, so the origin's version is the package's.
        source: { name: origin || name, version },
    };
    const license = f.get('L');
    const l = license ? (0,sbom_license/* normaliseLicense */.oB)(license) : undefined;
    if (l)
        pkg.licenses.push(l);
    if (arch)
        pkg.arch = arch;
    if (ctx.distro)
        pkg.distro = ctx.distro;
    const metadata = {};
    for (const [key, field] of [
        ['m', 'maintainer'],
        ['U', 'url'],
        ['c', 'commit'],
        ['T', 'description'],
    ]) {
        const v = f.get(key);
        if (v)
            metadata[field] = v;
    }
    const installed = Number(f.get('I'));
    if (Number.isSafeInteger(installed) && installed > 0)
        metadata.installedSize = installed;
    if (Object.keys(metadata).length > 0)
        pkg.metadata = metadata;
    return pkg;
}
/** Stanzas with the line number they start on; a line that is not `X:value` marks its stanza as damaged. */
function* stanzas(bytes) {
    let pos = 0;
    let line = 0;
    let current;
    while (pos < bytes.length) {
        let end = bytes.indexOf(NL, pos);
        if (end === -1)
            end = bytes.length;
        line++;
        let lineEnd = end;
        if (lineEnd > pos && bytes[lineEnd - 1] === 0x0d)
            lineEnd--;
        if (lineEnd === pos) {
            if (current)
                yield current;
            current = undefined;
        }
        else {
            current ??= { line, fields: new Map() };
            if (!current.problem)
                readLine(bytes, pos, lineEnd, line, current);
        }
        pos = end + 1;
    }
    if (current)
        yield current;
}
function readLine(bytes, start, end, line, stanza) {
    if (end - start < 2 || bytes[start + 1] !== COLON) {
        const shown = bytes.toString('utf8', start, Math.min(end, start + 40));
        stanza.problem = `line ${line} is not a "X:value" field (${JSON.stringify(shown)})`;
        return;
    }
    const key = String.fromCharCode(bytes[start]);
    if (!KEPT.has(key) || stanza.fields.has(key))
        return;
    if (end - start - 2 > MAX_FIELD_BYTES) {
        stanza.problem = `field ${key}: on line ${line} is ${end - start - 2} bytes, over the ${MAX_FIELD_BYTES}-byte limit`;
        return;
    }
    stanza.fields.set(key, bytes.toString('utf8', start + 2, end));
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dotnet.ts



// .NET: `*.deps.json`, written by the SDK beside every published app, lists the
// NuGet packages and projects the app was built from (`libraries`, keyed
// `Name/Version`); `packages.lock.json` pins a project's restore. Reference
// assemblies are the shared framework's, not packages of the app.
function nugetPurl(name, version) {
    return (0,purl/* buildPurl */.Eq)('nuget', undefined, name, version);
}
const dotnetCataloger = {
    name: 'dotnet',
    maxFileBytes: 16 * 1024 * 1024,
    wants(path) {
        const name = basename((0,model/* normalisePath */.qb)(path));
        return name.endsWith('.deps.json') || name === 'packages.lock.json';
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            out.guard(file, () => basename(file.path) === 'packages.lock.json' ? parsePackagesLock(file, out) : parseDeps(file, out));
        }
        return out.result();
    },
};
function add(out, file, name, version, kind) {
    out.add(makePackage({ name, version, type: 'nuget', purl: nugetPurl(name, version), file, metadata: { kind } }));
}
function parseDeps(file, out) {
    const doc = parseJson(file);
    if (!isRecord(doc))
        throw new Error('is not a JSON object');
    if (!isRecord(doc.libraries))
        throw new Error('has no "libraries" object: not a .deps.json');
    for (const [key, lib] of Object.entries(doc.libraries)) {
        const type = isRecord(lib) ? str(lib.type) : undefined;
        if (type === 'referenceassembly')
            continue;
        const slash = key.lastIndexOf('/');
        if (slash <= 0 || slash === key.length - 1) {
            out.warn(file, `libraries["${key}"] is not "Name/Version"; skipped`);
            continue;
        }
        add(out, file, key.slice(0, slash), key.slice(slash + 1), type);
    }
}
function parsePackagesLock(file, out) {
    const doc = parseJson(file);
    if (!isRecord(doc) || !isRecord(doc.dependencies))
        throw new Error('has no "dependencies" object');
    for (const [framework, deps] of Object.entries(doc.dependencies)) {
        if (!isRecord(deps))
            continue;
        for (const [name, dep] of Object.entries(deps)) {
            if (!isRecord(dep))
                continue;
            const resolved = str(dep.resolved);
            // Project references carry no resolved version.
            if (!resolved)
                continue;
            if (!/^[0-9]/.test(resolved)) {
                out.warn(file, `dependencies["${framework}"]["${name}"].resolved "${resolved}" is not a version; skipped`);
                continue;
            }
            add(out, file, name, resolved, str(dep.type)?.toLowerCase());
        }
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/dpkg.ts



// dpkg's database: `var/lib/dpkg/status` on Debian and Ubuntu, one file per
// package under `var/lib/dpkg/status.d/` on distroless images (which have no
// Status field: everything listed there is installed). RFC 822-like stanzas;
// continuation lines (leading space or tab) belong to the field above and are
// stepped over as bytes, since descriptions and conffiles are most of the file.
// Licences come from machine-readable (DEP-5) `usr/share/doc/<pkg>/copyright`.
const DPKG_STATUS_PATH = 'var/lib/dpkg/status';
const STATUS_D = 'var/lib/dpkg/status.d/';
const DOC = 'usr/share/doc/';
const dpkg_MAX_FIELD_BYTES = 64 * 1024;
const dpkg_KEPT = new Set([
    'package',
    'status',
    'version',
    'architecture',
    'source',
    'maintainer',
    'installed-size',
]);
// First letters of KEPT, both cases: most lines of a status file are other fields, left undecoded.
const KEPT_INITIALS = new Set([...dpkg_KEPT].flatMap((k) => [k.charCodeAt(0), k.toUpperCase().charCodeAt(0)]));
const dpkg_NL = 0x0a;
const dpkg_COLON = 0x3a;
const dpkg_SPACE = 0x20;
const TAB = 0x09;
function isStatusFile(path) {
    if (path === DPKG_STATUS_PATH)
        return true;
    if (!path.startsWith(STATUS_D))
        return false;
    const name = path.slice(STATUS_D.length);
    return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
}
function copyrightPackage(path) {
    if (!path.startsWith(DOC) || !path.endsWith('/copyright'))
        return undefined;
    const pkg = path.slice(DOC.length, -'/copyright'.length);
    return pkg !== '' && !pkg.includes('/') ? pkg : undefined;
}
const dpkgCataloger = {
    name: 'dpkg',
    wants: (path) => {
        const p = (0,model/* normalisePath */.qb)(path);
        return isStatusFile(p) || copyrightPackage(p) !== undefined;
    },
    catalog(files, ctx) {
        const packages = [];
        const warnings = [];
        const licensesOf = new Map();
        const copyrightFiles = new Map();
        for (const file of files) {
            const pkg = copyrightPackage((0,model/* normalisePath */.qb)(file.path));
            if (pkg === undefined)
                continue;
            copyrightFiles.set(pkg, file);
            const names = dep5Licenses(file.bytes);
            if (names.length > 0)
                licensesOf.set(pkg, names);
        }
        for (const file of files) {
            const path = (0,model/* normalisePath */.qb)(file.path);
            if (!isStatusFile(path))
                continue;
            const distroless = path !== DPKG_STATUS_PATH;
            for (const stanza of dpkg_stanzas(file.bytes)) {
                const where = `${file.path}: stanza at line ${stanza.line}`;
                if (stanza.problem) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: ${stanza.problem}; package skipped`));
                    continue;
                }
                const f = stanza.fields;
                if (!isInstalled(f.get('status'), distroless))
                    continue;
                const name = f.get('package');
                const version = f.get('version');
                if (!name || !version) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: stanza has no ${name ? 'Version' : 'Package'} field; skipped`));
                    continue;
                }
                try {
                    const pkg = dpkg_toPackage(name, version, f, file, ctx);
                    pkg.licenses = (0,sbom_license/* normaliseLicenses */.Z0)(licensesOf.get(name) ?? []);
                    const copyright = copyrightFiles.get(name);
                    if (copyright && pkg.licenses.length > 0)
                        pkg.locations.push((0,model/* locationOf */.hD)(copyright));
                    packages.push(pkg);
                }
                catch (err) {
                    warnings.push((0,model/* warningAt */.MK)(file, `${where}: ${err instanceof Error ? err.message : String(err)}`));
                }
            }
        }
        return { packages, warnings };
    },
};
// `Status: want flag state`; only the state `installed` means the files are there.
function isInstalled(status, distroless) {
    if (status === undefined)
        return distroless;
    const words = status.split(' ').filter(Boolean);
    return words[2] === 'installed';
}
function dpkg_toPackage(name, version, f, file, ctx) {
    const arch = f.get('architecture');
    const declared = parseSource(f.get('source'));
    const pkg = {
        name,
        version,
        type: 'deb',
        purl: (0,purl/* debPurl */.B8)({
            name,
            version,
            arch,
            source: declared?.name,
            sourceVersion: declared?.version,
            distro: ctx.distro,
        }),
        licenses: [],
        locations: [(0,model/* locationOf */.hD)(file)],
        // dpkg writes Source only when it differs from the binary; its version only when that differs too.
        source: { name: declared?.name || name, version: declared?.version || version },
    };
    if (arch)
        pkg.arch = arch;
    if (ctx.distro)
        pkg.distro = ctx.distro;
    const metadata = {};
    const maintainer = f.get('maintainer');
    if (maintainer)
        metadata.maintainer = maintainer;
    const size = Number(f.get('installed-size'));
    if (Number.isSafeInteger(size) && size > 0)
        metadata.installedSizeKiB = size;
    if (Object.keys(metadata).length > 0)
        pkg.metadata = metadata;
    return pkg;
}
/** `Source: glibc (2.36-9+deb12u14)` or `Source: glibc`. */
function parseSource(value) {
    if (!value)
        return undefined;
    const open = value.indexOf('(');
    if (open === -1)
        return { name: value.trim() };
    const close = value.indexOf(')', open);
    const name = value.slice(0, open).trim();
    const version = value.slice(open + 1, close === -1 ? undefined : close).trim();
    return version ? { name, version } : { name };
}
function* dpkg_stanzas(bytes) {
    let pos = 0;
    let line = 0;
    let current;
    while (pos < bytes.length) {
        let end = bytes.indexOf(dpkg_NL, pos);
        if (end === -1)
            end = bytes.length;
        line++;
        let lineEnd = end;
        if (lineEnd > pos && bytes[lineEnd - 1] === 0x0d)
            lineEnd--;
        if (lineEnd === pos) {
            if (current)
                yield current;
            current = undefined;
        }
        else {
            const first = bytes[pos];
            if (first === dpkg_SPACE || first === TAB) {
                // Continuation of a multi-line field; a stanza cannot start with one.
                if (!current) {
                    current = {
                        line,
                        fields: new Map(),
                        problem: `line ${line} continues a field but no field precedes it`,
                    };
                }
            }
            else {
                current ??= { line, fields: new Map() };
                if (!current.problem)
                    readField(bytes, pos, lineEnd, line, current);
            }
        }
        pos = end + 1;
    }
    if (current)
        yield current;
}
function readField(bytes, start, end, line, stanza) {
    const colon = bytes.indexOf(dpkg_COLON, start);
    if (colon === -1 || colon >= end || colon === start) {
        const shown = bytes.toString('utf8', start, Math.min(end, start + 40));
        stanza.problem = `line ${line} is not a "Field: value" line (${JSON.stringify(shown)})`;
        return;
    }
    if (colon - start > 64 || !KEPT_INITIALS.has(bytes[start]))
        return;
    const key = bytes.toString('latin1', start, colon).toLowerCase();
    if (!dpkg_KEPT.has(key) || stanza.fields.has(key))
        return;
    if (end - colon - 1 > dpkg_MAX_FIELD_BYTES) {
        stanza.problem = `field ${key} on line ${line} is ${end - colon - 1} bytes, over the ${dpkg_MAX_FIELD_BYTES}-byte limit`;
        return;
    }
    stanza.fields.set(key, bytes.toString('utf8', colon + 1, end).trim());
}
/**
 * Licence names of a machine-readable copyright file (DEP-5): the first line of
 * every `License:` field. Free-form copyright files carry no names to trust.
 */
function dep5Licenses(bytes) {
    const head = bytes.toString('utf8', 0, Math.min(bytes.length, 512));
    const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
    if (!/^format:\s*\S*copyright-format/i.test(firstLine))
        return [];
    const names = [];
    let pos = 0;
    while (pos < bytes.length) {
        let end = bytes.indexOf(dpkg_NL, pos);
        if (end === -1)
            end = bytes.length;
        // `License:` is 8 bytes; compare case-insensitively without decoding other lines.
        if (end - pos > 8 &&
            bytes[pos + 7] === dpkg_COLON &&
            bytes.toString('latin1', pos, pos + 7).toLowerCase() === 'license') {
            const value = bytes.toString('utf8', pos + 8, Math.min(end, pos + 8 + 1024)).trim();
            if (value)
                names.push(value);
        }
        pos = end + 1;
    }
    return names;
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/golang.ts




// Go modules: the build info the Go linker embeds in every binary (what was
// really compiled in, read from the `.go.buildinfo` section) and go.mod files
// in source trees (what a module requires, after its replace directives).
/** `pkg:golang/github.com/coreos/go-systemd/v22@v22.1.0`: every path element but the last is namespace. */
function golangPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    return slash === -1
        ? (0,purl/* buildPurl */.Eq)('golang', undefined, modulePath, version)
        : (0,purl/* buildPurl */.Eq)('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version);
}
function goPackage(path, version, file, metadata) {
    return makePackage({
        name: path,
        version,
        type: 'golang',
        purl: golangPurl(path, version),
        file,
        metadata,
    });
}
const golangCataloger = {
    name: 'golang',
    maxFileBytes: MAX_EXECUTABLE_BYTES,
    wants(path) {
        const p = (0,model/* normalisePath */.qb)(path);
        return basename(p) === 'go.mod' || wantsExecutable(p);
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            out.guard(file, () => {
                if (basename(file.path) === 'go.mod')
                    parseGoMod(file, out);
                else
                    readGoBinary(file, out);
            });
        }
        return out.result();
    },
};
// ---- build info --------------------------------------------------------------
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER_BYTES = 32;
const ALIGN = 16;
/** How far into the data segment Go itself looks for the header (debug/buildinfo). */
const SEARCH_BYTES = 64 * 1024;
const FLAG_INLINE = 0x2;
/**
 * The build info of a Go binary, or undefined when the file is not a Go ELF
 * binary. Throws when it is one but the info cannot be read.
 */
function readBuildInfo(bytes) {
    const elf = readElf(bytes);
    if (!elf)
        return undefined;
    const data = elf.section('.go.buildinfo') ?? elf.firstWritableSegment()?.subarray(0, SEARCH_BYTES);
    if (!data)
        return undefined;
    let at = -1;
    for (let from = 0;;) {
        const i = data.indexOf(MAGIC, from);
        if (i === -1 || data.length - i < HEADER_BYTES)
            return undefined;
        if (i % ALIGN === 0) {
            at = i;
            break;
        }
        from = i + 1;
    }
    const flags = data[at + 15];
    if ((flags & FLAG_INLINE) === 0) {
        throw new Error('Go build info in the pre-1.18 pointer format (binary built with Go < 1.18) is not read');
    }
    let pos = at + HEADER_BYTES;
    const readBytes = () => {
        let len = 0;
        let shift = 0;
        for (;;) {
            if (pos >= data.length || shift > 28)
                throw new Error('Go build info is truncated (string length)');
            const b = data[pos++];
            len |= (b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                break;
            shift += 7;
        }
        if (pos + len > data.length)
            throw new Error('Go build info is truncated (string bytes)');
        const s = data.subarray(pos, pos + len);
        pos += len;
        return s;
    };
    const goVersion = readBytes().toString('utf8');
    let mod = readBytes();
    // The module text is framed by two 16-byte sentinels (runtime/debug), which are not UTF-8.
    if (mod.length >= 33 && mod[mod.length - 17] === 0x0a)
        mod = mod.subarray(16, mod.length - 16);
    return parseModInfo(goVersion, mod.toString('utf8'));
}
function parseModInfo(goVersion, text) {
    const info = { goVersion, deps: [], settings: new Map() };
    let last;
    for (const line of text.split('\n')) {
        const f = line.split('\t');
        switch (f[0]) {
            case 'path':
                info.path = f[1];
                break;
            case 'mod':
                if (f[1])
                    info.main = withSum({ path: f[1], version: f[2] ?? '' }, f[3]);
                last = info.main;
                break;
            case 'dep':
                if (f[1]) {
                    const dep = withSum({ path: f[1], version: f[2] ?? '' }, f[3]);
                    info.deps.push(dep);
                    last = dep;
                }
                break;
            case '=>':
                // The module actually compiled in: its path and version replace the required ones.
                if (last && f[1]) {
                    last.replaces = `${last.path}@${last.version}`;
                    last.path = f[1];
                    last.version = f[2] ?? '';
                    if (f[3])
                        last.sum = f[3];
                    else
                        delete last.sum;
                }
                break;
            case 'build': {
                const kv = f[1] ?? '';
                const eq = kv.indexOf('=');
                if (eq > 0)
                    info.settings.set(kv.slice(0, eq), kv.slice(eq + 1));
                break;
            }
            default:
                break;
        }
    }
    return info;
}
function withSum(m, sum) {
    if (sum)
        m.sum = sum;
    return m;
}
function readGoBinary(file, out) {
    const info = readBuildInfo(file.bytes);
    if (!info)
        return;
    const toolchain = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)\b/.exec(info.goVersion)?.[1];
    if (toolchain) {
        // OSV keys Go toolchain advisories by the module `stdlib`, versions without `go`.
        out.add(goPackage('stdlib', toolchain, file, { goVersion: info.goVersion }));
    }
    const main = info.main;
    if (main && main.version !== '' && main.version !== '(devel)') {
        out.add(goPackage(main.path, main.version, file, {
            goVersion: info.goVersion,
            h1Digest: main.sum,
            main: 'true',
        }));
    }
    for (const dep of info.deps) {
        if (dep.version === '' || dep.version === '(devel)') {
            // A replacement by a local directory has no version to identify it by.
            out.warn(file, `Go module ${dep.path} has no version (replaced by a local directory?); skipped`);
            continue;
        }
        out.add(goPackage(dep.path, dep.version, file, {
            goVersion: info.goVersion,
            h1Digest: dep.sum,
            replaces: dep.replaces,
        }));
    }
}
// ---- go.mod -------------------------------------------------------------------
// A directive is `verb args` or a block `verb ( args… )`. Comments are `//`.
// Only require and replace matter; a replace to a local path (no version) removes the requirement.
const DIRECTIVES = new Set([
    'module',
    'go',
    'toolchain',
    'godebug',
    'require',
    'replace',
    'exclude',
    'retract',
    'tool',
    'ignore',
]);
function parseGoMod(file, out) {
    const requires = new Map();
    const replaces = [];
    let block;
    const excludes = new Set();
    let sawModule = false;
    const lines = file.bytes.toString('utf8').split(/\r?\n/);
    lines.forEach((raw, i) => {
        const indirect = /\/\/\s*indirect\b/.test(raw);
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            return;
        let verb;
        let args;
        if (block) {
            if (line === ')') {
                block = undefined;
                return;
            }
            verb = block;
            args = line;
        }
        else {
            const m = /^(\S+)\s*(.*)$/.exec(line);
            verb = m?.[1];
            args = (m?.[2] ?? '').trim();
            if (args === '(') {
                block = verb;
                if (verb && !DIRECTIVES.has(verb))
                    out.warn(file, `line ${i + 1}: unknown directive "${verb}"; block skipped`);
                return;
            }
        }
        const words = tokens(args);
        if (!verb || !DIRECTIVES.has(verb)) {
            if (!block || line.endsWith('('))
                out.warn(file, `line ${i + 1}: unknown directive "${verb}"; skipped`);
            return;
        }
        if (verb === 'module')
            sawModule = true;
        if (verb === 'exclude' && words.length >= 2)
            excludes.add(`${words[0]}@${words[1]}`);
        if (verb === 'require') {
            if (words.length < 2) {
                out.warn(file, `line ${i + 1}: require needs a module path and a version; skipped`);
                return;
            }
            requires.set(words[0], { path: words[0], version: words[1], indirect });
        }
        else if (verb === 'replace') {
            const arrow = words.indexOf('=>');
            if (arrow < 1 || arrow > 2 || words.length < arrow + 2) {
                out.warn(file, `line ${i + 1}: replace is not "old [version] => new [version]"; skipped`);
                return;
            }
            replaces.push({
                from: words[0],
                fromVersion: arrow === 2 ? words[1] : undefined,
                to: words[arrow + 1],
                toVersion: words[arrow + 2],
            });
        }
    });
    if (!sawModule && requires.size === 0)
        throw new Error('has no module directive: not a go.mod');
    for (const req of requires.values()) {
        if (excludes.has(`${req.path}@${req.version}`))
            continue;
        const r = replaces.find((x) => x.from === req.path && (!x.fromVersion || x.fromVersion === req.version));
        if (r && !r.toVersion)
            continue; // replaced by a local directory: no version to report
        const path = r ? r.to : req.path;
        const version = r?.toVersion ?? req.version;
        out.add(goPackage(path, version, file, {
            indirect: req.indirect ? 'true' : undefined,
            replaces: r ? `${req.path}@${req.version}` : undefined,
        }));
    }
}
/** Whitespace-separated words; Go allows quoted module paths. */
function tokens(args) {
    return [...args.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java/zip.ts

class ZipError extends Error {
}
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
function isZip(bytes) {
    return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL;
}
function listEntries(bytes, maxEntries) {
    const eocd = findEocd(bytes);
    let count = bytes.readUInt16LE(eocd + 10);
    let cdSize = bytes.readUInt32LE(eocd + 12);
    let cdOffset = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        const loc = eocd - 20;
        if (loc < 0 || bytes.readUInt32LE(loc) !== EOCD64_LOCATOR)
            throw new ZipError('zip64 end record locator missing');
        const at = safe(bytes.readBigUInt64LE(loc + 8));
        if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== EOCD64)
            throw new ZipError('zip64 end record missing');
        count = safe(bytes.readBigUInt64LE(at + 32));
        cdSize = safe(bytes.readBigUInt64LE(at + 40));
        cdOffset = safe(bytes.readBigUInt64LE(at + 48));
    }
    if (count > maxEntries)
        throw new ZipError(`${count} entries, over the limit of ${maxEntries}`);
    if (cdOffset + cdSize > bytes.length)
        throw new ZipError('central directory lies past the end (truncated archive)');
    const entries = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) {
            throw new ZipError(`central directory record ${i} is damaged`);
        }
        const method = bytes.readUInt16LE(p + 10);
        let compressedSize = bytes.readUInt32LE(p + 20);
        let size = bytes.readUInt32LE(p + 24);
        const nameLen = bytes.readUInt16LE(p + 28);
        const extraLen = bytes.readUInt16LE(p + 30);
        const commentLen = bytes.readUInt16LE(p + 32);
        let localHeaderOffset = bytes.readUInt32LE(p + 42);
        const end = p + 46 + nameLen + extraLen + commentLen;
        if (end > bytes.length)
            throw new ZipError(`central directory record ${i} runs past the end`);
        const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
        // zip64 extra field: the 64-bit values appear only for the fields saturated above, in this order.
        let x = p + 46 + nameLen;
        const xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const id = bytes.readUInt16LE(x);
            const len = bytes.readUInt16LE(x + 2);
            if (id === 0x0001) {
                let q = x + 4;
                const next = () => {
                    if (q + 8 > x + 4 + len)
                        throw new ZipError(`zip64 field of "${name}" is short`);
                    const v = safe(bytes.readBigUInt64LE(q));
                    q += 8;
                    return v;
                };
                if (size === 0xffffffff)
                    size = next();
                if (compressedSize === 0xffffffff)
                    compressedSize = next();
                if (localHeaderOffset === 0xffffffff)
                    localHeaderOffset = next();
            }
            x += 4 + len;
        }
        entries.push({ name, method, compressedSize, size, localHeaderOffset });
        p = end;
    }
    return entries;
}
/** The entry's bytes, inflated to at most `maxBytes`; throws ZipError beyond it or on damage. */
function readEntry(bytes, entry, maxBytes) {
    const h = entry.localHeaderOffset;
    if (h + 30 > bytes.length || bytes.readUInt32LE(h) !== LOCAL) {
        throw new ZipError(`local header of "${entry.name}" is missing (truncated archive?)`);
    }
    const start = h + 30 + bytes.readUInt16LE(h + 26) + bytes.readUInt16LE(h + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length)
        throw new ZipError(`"${entry.name}" runs past the end of the archive (truncated)`);
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
        if (data.length > maxBytes)
            throw new ZipError(`"${entry.name}" is ${data.length} bytes, over the ${maxBytes}-byte limit`);
        return data;
    }
    if (entry.method !== 8)
        throw new ZipError(`"${entry.name}" uses compression method ${entry.method}, not stored or deflate`);
    if (entry.size > maxBytes) {
        throw new ZipError(`"${entry.name}" inflates to ${entry.size} bytes, over the ${maxBytes}-byte limit`);
    }
    try {
        // The declared size can lie; maxOutputLength is what actually bounds the work.
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: maxBytes });
    }
    catch (err) {
        const code = err.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/i.test(String(err))) {
            throw new ZipError(`"${entry.name}" inflates past the ${maxBytes}-byte limit (zip bomb?)`);
        }
        throw new ZipError(`"${entry.name}" does not inflate (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    }
}
function findEocd(bytes) {
    const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
    for (let p = bytes.length - 22; p >= lowest; p--) {
        if (bytes.readUInt32LE(p) === EOCD)
            return p;
    }
    throw new ZipError('no end of central directory record (not a zip, or truncated)');
}
function safe(v) {
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipError('zip64 value out of range');
    return Number(v);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/java/index.ts




// Java archives (jar, war, ear and the plugin flavours). Maven writes
// `META-INF/maven/<group>/<artifact>/pom.properties` into every artifact it
// builds, and shading copies those of every bundled dependency, so each one is
// a package. An archive without any falls back to its MANIFEST.MF and file
// name. Archives inside archives (WEB-INF/lib, BOOT-INF/lib, an ear's modules)
// are read too, within limits that turn a zip bomb into a warning.
const ARCHIVE = /\.(jar|war|ear|jpi|hpi|par|sar|nar|kar)$/i;
const JAVA_LIMITS = {
    /** Archives nested this deep are not opened (the image file is depth 0). */
    maxDepth: 4,
    /** Entries per archive. */
    maxEntries: 100_000,
    /** One metadata file (pom.properties, MANIFEST.MF). */
    maxMetadataBytes: 1024 * 1024,
    /** One nested archive, inflated. */
    maxNestedBytes: 64 * 1024 * 1024,
    /** Everything inflated for one archive of the image, nested archives included. */
    maxInflatedBytes: 256 * 1024 * 1024,
};
function mavenPurl(group, artifact, version) {
    return (0,purl/* buildPurl */.Eq)('maven', group, artifact, version);
}
const javaCataloger = {
    name: 'java',
    maxFileBytes: 256 * 1024 * 1024,
    wants: (path) => ARCHIVE.test(basename((0,model/* normalisePath */.qb)(path))),
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            out.guard(file, () => {
                const budget = { left: JAVA_LIMITS.maxInflatedBytes };
                readArchive(file, file.bytes, file.path, 0, budget, out);
            });
        }
        return out.result();
    },
};
function readArchive(file, bytes, where, depth, budget, out) {
    let entries;
    try {
        entries = listEntries(bytes, JAVA_LIMITS.maxEntries);
    }
    catch (err) {
        if (err instanceof ZipError) {
            out.warn(file, `${where === file.path ? '' : `nested archive ${where}: `}${err.message}; archive skipped`);
            return;
        }
        throw err;
    }
    const read = (entry, max) => {
        const limit = Math.min(max, budget.left);
        try {
            const data = readEntry(bytes, entry, limit);
            budget.left -= data.length;
            return data;
        }
        catch (err) {
            if (!(err instanceof ZipError))
                throw err;
            const cap = limit < max ? ` (the ${JAVA_LIMITS.maxInflatedBytes}-byte budget for this archive is spent)` : '';
            out.warn(file, `${where === file.path ? '' : `${where}: `}${err.message}${cap}; entry skipped`);
            return undefined;
        }
    };
    let found = 0;
    let manifest;
    const nested = [];
    for (const entry of entries) {
        if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(entry.name)) {
            const data = read(entry, JAVA_LIMITS.maxMetadataBytes);
            if (data && addPom(file, where, entry.name, data.toString('utf8'), out))
                found++;
        }
        else if (entry.name === 'META-INF/MANIFEST.MF') {
            manifest = entry;
        }
        else if (ARCHIVE.test(entry.name) && !entry.name.endsWith('/')) {
            nested.push(entry);
        }
    }
    if (found === 0) {
        const text = manifest ? read(manifest, JAVA_LIMITS.maxMetadataBytes)?.toString('utf8') : undefined;
        addFromManifest(file, where, text, out);
    }
    for (const entry of nested) {
        const inner = `${where}:${entry.name}`;
        if (depth + 1 > JAVA_LIMITS.maxDepth) {
            out.warn(file, `${inner}: nested deeper than ${JAVA_LIMITS.maxDepth} archives; skipped`);
            continue;
        }
        const data = read(entry, JAVA_LIMITS.maxNestedBytes);
        if (data)
            readArchive(file, data, inner, depth + 1, budget, out);
    }
}
function properties(text) {
    const map = new Map();
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t === '' || t.startsWith('#') || t.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(t);
        if (m)
            map.set(m[1], m[2].trim());
    }
    return map;
}
function addPom(file, where, entryName, text, out) {
    const p = properties(text);
    const group = p.get('groupId');
    const artifact = p.get('artifactId');
    const version = p.get('version');
    if (!group || !artifact || !version) {
        out.warn(file, `${where}:${entryName} lacks ${!group ? 'groupId' : !artifact ? 'artifactId' : 'version'}; skipped`);
        return false;
    }
    out.add(javaPackage(file, where, group, artifact, version));
    return true;
}
function javaPackage(file, where, group, artifact, version) {
    const pkg = makePackage({
        name: group ? `${group}:${artifact}` : artifact,
        version,
        type: 'maven',
        purl: mavenPurl(group, artifact, version),
        file,
        metadata: { groupId: group, artifactId: artifact },
    });
    // A package inside a nested archive is located as `outer.war:WEB-INF/lib/x.jar`, as syft writes it.
    if (where !== file.path)
        pkg.locations = [{ ...pkg.locations[0], path: where }];
    return pkg;
}
/** MANIFEST.MF main section: `Key: value` lines, continuation lines start with one space. */
function manifestFields(text) {
    const map = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last) {
            map.set(last, `${map.get(last)}${line.slice(1)}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        last = line.slice(0, colon).trim();
        map.set(last, line.slice(colon + 1).trim());
    }
    return map;
}
/** `commons-lang3-3.12.0.jar` -> commons-lang3, 3.12.0. */
function fromFileName(path) {
    const name = basename(path.slice(path.lastIndexOf(':') + 1)).replace(ARCHIVE, '');
    const m = /^(.+?)-(\d[\w.+-]*)$/.exec(name);
    return m ? { artifact: m[1], version: m[2] } : { artifact: name };
}
function addFromManifest(file, where, text, out) {
    const f = text ? manifestFields(text) : new Map();
    const byName = fromFileName(where);
    const version = f.get('Implementation-Version') ??
        f.get('Bundle-Version') ??
        f.get('Specification-Version') ??
        byName.version;
    if (!version) {
        out.warn(file, `${where}: no pom.properties, no version in MANIFEST.MF or the file name; archive not identified`);
        return;
    }
    const symbolic = f.get('Bundle-SymbolicName')?.split(';')[0]?.trim();
    const group = f.get('Implementation-Vendor-Id') ??
        (symbolic?.includes('.') ? symbolic.slice(0, symbolic.lastIndexOf('.')) : undefined);
    out.add(javaPackage(file, where, group, byName.artifact, version));
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/package.ts


/** `pkg:npm/%40scope/name@1.0.0`: the scope is the purl namespace (purl spec, npm type). */
function npmPurl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    return slash > 0
        ? (0,purl/* buildPurl */.Eq)('npm', name.slice(0, slash), name.slice(slash + 1), version)
        : (0,purl/* buildPurl */.Eq)('npm', undefined, name, version);
}
function npmPackage(name, version, file, licenses = [], scope) {
    return makePackage({
        name,
        version,
        type: 'npm',
        purl: npmPurl(name, version),
        file,
        licenses,
        metadata: { scope },
    });
}
/**
 * The licence fields npm has accepted over the years: `license: "MIT"`,
 * `license: {type: "MIT"}`, `licenses: [{type: "MIT"}, "BSD"]`, and arrays in lockfiles.
 */
function npmLicenses(doc) {
    const out = [];
    const take = (v) => {
        if (typeof v === 'string' && v.trim() !== '')
            out.push(v);
        else if (Array.isArray(v))
            for (const x of v)
                take(x);
        else if (isRecord(v)) {
            const t = str(v.type) ?? str(v.name);
            if (t)
                out.push(t);
        }
    };
    take(doc.license);
    take(doc.licenses);
    return out;
}
/**
 * `npm:@scope/real@1.2.3` (an alias in a v1 lockfile or a yarn spec) as the real
 * name and version; undefined when the text is not an alias.
 */
function npmAlias(spec) {
    if (!spec.startsWith('npm:'))
        return undefined;
    const rest = spec.slice(4);
    const at = rest.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    return { name: rest.slice(0, at), version: rest.slice(at + 1) };
}
/** Versions that name a place rather than a release: nothing to match advisories against. */
function isLocalVersion(version) {
    return /^(file|link|workspace|portal|patch):/.test(version);
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/installed.ts


// An installed package is the package.json at the top of its directory under
// node_modules (`node_modules/x/package.json`, `node_modules/@s/x/package.json`).
// Other package.json files inside a package (sub-path exports, test fixtures)
// describe nothing npm installed, so they are not wanted at all.
const INSTALLED = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.@][^/]*\/package\.json$/;
function wantsInstalled(path) {
    return INSTALLED.test(path);
}
function parseInstalled(file, out) {
    const doc = parseJson(file);
    if (!isRecord(doc))
        throw new Error('is not a JSON object');
    const name = str(doc.name);
    const version = str(doc.version);
    if (!name || !version) {
        out.warn(file, `package.json has no ${name ? '"version"' : '"name"'}; package skipped`);
        return;
    }
    out.add(npmPackage(name, version, file, npmLicenses(doc)));
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/package-lock.ts


// package-lock.json: v2 and v3 list every installed path under `packages`
// (v2 also keeps the v1 tree for old npm, which is then ignored); v1 only has
// the nested `dependencies` tree. Entries flagged dev or optional stay in the
// inventory with that scope, so a gate can decide about them.
const MAX_DEPTH = 256;
function parsePackageLock(file, out) {
    const doc = parseJson(file);
    if (!isRecord(doc))
        throw new Error('is not a JSON object');
    if (isRecord(doc.packages)) {
        readPackages(doc.packages, file, out);
    }
    else if (isRecord(doc.dependencies)) {
        readV1(doc.dependencies, file, out, 0);
    }
    else if (doc.lockfileVersion === undefined) {
        throw new Error('has no "lockfileVersion", "packages" or "dependencies": not a package-lock');
    }
}
function scopeOf(entry) {
    if (entry.dev === true || entry.devOptional === true)
        return 'dev';
    return entry.optional === true ? 'optional' : undefined;
}
function readPackages(packages, file, out) {
    for (const [key, entry] of Object.entries(packages)) {
        if (!isRecord(entry) || entry.link === true)
            continue;
        const at = key.lastIndexOf('node_modules/');
        const name = str(entry.name) ?? (at === -1 ? undefined : key.slice(at + 'node_modules/'.length));
        const version = str(entry.version);
        if (!name || !version) {
            // The root and workspace folders may omit either; anything under node_modules may not.
            if (at !== -1)
                out.warn(file, `packages["${key}"] has no ${version ? 'name' : 'version'}; entry skipped`);
            continue;
        }
        if (isLocalVersion(version))
            continue;
        out.add(npmPackage(name, version, file, npmLicenses(entry), scopeOf(entry)));
    }
}
function readV1(deps, file, out, depth) {
    if (depth > MAX_DEPTH)
        throw new Error(`dependencies nest deeper than ${MAX_DEPTH} levels`);
    for (const [key, entry] of Object.entries(deps)) {
        if (!isRecord(entry))
            continue;
        const declared = str(entry.version);
        if (!declared) {
            out.warn(file, `dependencies["${key}"] has no version; entry skipped`);
        }
        else if (!isLocalVersion(declared)) {
            const alias = npmAlias(declared);
            out.add(npmPackage(alias?.name ?? key, alias?.version ?? declared, file, [], scopeOf(entry)));
        }
        if (isRecord(entry.dependencies))
            readV1(entry.dependencies, file, out, depth + 1);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/pnpm.ts



// pnpm-lock.yaml keys its `packages` differently in each lockfile version:
//   v5  `/name/1.0.0` or `/@s/name/1.0.0_peer@2.0.0`
//   v6  `/name@1.0.0(peer@2.0.0)`
//   v9  `name@1.0.0` (peer suffixes only under `snapshots`)
// Entries resolved from a tarball or git carry explicit `name` and `version`.
// A file may hold several YAML documents (pnpm 10 writes its own env lockfile first).
function parsePnpmLock(file, out) {
    const docs = (0,dist.parseAllDocuments)(file.bytes.toString('utf8'));
    const list = Array.isArray(docs) ? docs : [docs];
    for (const d of list) {
        if (d.errors.length > 0)
            throw new Error(`not valid YAML (${firstLine(d.errors[0])})`);
        const doc = d.toJS({ maxAliasCount: 100 });
        if (doc === null || doc === undefined)
            continue;
        if (!isRecord(doc))
            throw new Error('is not a YAML mapping');
        readDocument(doc, file, out);
    }
}
function readDocument(doc, file, out) {
    const major = Number.parseFloat(String(doc.lockfileVersion ?? ''));
    if (!Number.isFinite(major))
        throw new Error('has no numeric "lockfileVersion"');
    readImporters(doc, major, file, out);
    if (!isRecord(doc.packages))
        return;
    for (const [key, entry] of Object.entries(doc.packages)) {
        const e = isRecord(entry) ? entry : {};
        const fromKey = major < 6 ? keyV5(key) : keyV6(key);
        const name = str(e.name) ?? fromKey?.name;
        const version = str(e.version) ?? fromKey?.version;
        if (!name || !version) {
            out.warn(file, `packages["${key}"]: cannot read a name and version; skipped`);
            continue;
        }
        if (version.includes(':'))
            continue; // file:, link:, a git URL with no declared version
        out.add(npmPackage(name, version, file, [], e.dev === true ? 'dev' : e.optional === true ? 'optional' : undefined));
    }
}
const DEP_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/**
 * The importers' direct dependencies (inline at the top level before v6, under
 * `importers` since): `packages` normally repeats them, but a lockfile that
 * lost its `packages` section still names them here.
 */
function readImporters(doc, major, file, out) {
    const importers = isRecord(doc.importers) ? Object.values(doc.importers).filter(isRecord) : [doc];
    for (const importer of importers) {
        for (const section of DEP_SECTIONS) {
            const deps = importer[section];
            if (!isRecord(deps))
                continue;
            for (const [name, value] of Object.entries(deps)) {
                const raw = isRecord(value) ? str(value.version) : typeof value === 'string' ? value : undefined;
                if (!raw || raw.includes(':') || raw.startsWith('/'))
                    continue; // link:, file:, or a path key
                const version = (major < 6 ? raw.split('_')[0] : raw.split('(')[0])?.trim();
                if (!version || !/^\d/.test(version))
                    continue;
                out.add(npmPackage(name, version, file, [], section === 'devDependencies' ? 'dev' : undefined));
            }
        }
    }
}
function keyV5(key) {
    const k = key.replace(/^\//, '');
    const slash = k.lastIndexOf('/');
    if (slash <= 0)
        return undefined;
    const version = (k.slice(slash + 1).split('_')[0] ?? '').trim();
    return version ? { name: k.slice(0, slash), version } : undefined;
}
function keyV6(key) {
    let k = key.replace(/^\//, '');
    const paren = k.indexOf('(');
    if (paren !== -1)
        k = k.slice(0, paren);
    const at = k.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    return { name: k.slice(0, at), version: k.slice(at + 1) };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/yarn.ts



// yarn.lock in both dialects. Classic (v1) is yarn's own indented format, read
// line by line; berry (v2+, `__metadata:` first) is YAML. Both key an entry by
// the descriptors that resolved to it (`"a@^1.0.0, a@^1.2.0":`); the package
// name is that of the first descriptor, and an `npm:` alias names the real package.
function parseYarnLock(file, out) {
    const text = file.bytes.toString('utf8');
    if (/^__metadata:/m.test(text))
        parseBerry(text, file, out);
    else
        parseClassic(text, file, out);
}
/** `name@range` -> name, following `npm:real@range` aliases. */
function nameOfDescriptor(descriptor) {
    const d = descriptor.trim().replace(/^"|"$/g, '');
    const at = d.indexOf('@', 1);
    if (at <= 0)
        return undefined;
    const range = d.slice(at + 1);
    if (range.startsWith('npm:')) {
        const target = range.slice(4);
        const aliasAt = target.indexOf('@', 1);
        if (aliasAt > 0)
            return target.slice(0, aliasAt);
    }
    return d.slice(0, at);
}
/**
 * The package a registry tarball URL names (`…/@scope/name/-/name-1.0.0.tgz`):
 * what yarn really fetched, whatever the descriptor in the header said.
 */
function nameOfTarball(url) {
    const m = /^https?:\/\/[^/]+\/(?:.*?\/)??((?:@[^/]+\/)?[^/@]+)\/-\/[^/]+\.tgz(?:#.*)?$/.exec(url);
    return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}
function parseClassic(text, file, out) {
    const lines = text.split(/\r?\n/);
    let entry;
    const finish = () => {
        if (!entry)
            return;
        const fetched = entry.resolved ? nameOfTarball(entry.resolved) : undefined;
        if (fetched)
            entry.name = fetched;
        if (!entry.name)
            out.warn(file, `entry at line ${entry.line}: cannot read a package name from its header; skipped`);
        else if (!entry.version)
            out.warn(file, `entry at line ${entry.line} (${entry.name}) has no version; skipped`);
        else if (!isLocalVersion(entry.version))
            out.add(npmPackage(entry.name, entry.version, file));
        entry = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '' || line.startsWith('#'))
            continue;
        if (!/^\s/.test(line)) {
            finish();
            if (!line.endsWith(':')) {
                out.warn(file, `line ${i + 1} is neither an entry header nor an indented field; skipped`);
                continue;
            }
            entry = { line: i + 1, name: nameOfDescriptor(line.slice(0, -1).split(',')[0] ?? '') };
            continue;
        }
        const m = /^ {2}(version|resolved):? +"?([^"\s]+)"?\s*$/.exec(line);
        if (m && entry)
            entry[m[1]] = m[2];
    }
    finish();
}
function parseBerry(text, file, out) {
    let doc;
    try {
        // Hand-edited lockfiles repeat keys; yarn itself keeps the last.
        doc = (0,dist.parse)(text, { maxAliasCount: 100, uniqueKeys: false });
    }
    catch (err) {
        throw new Error(`not valid YAML (${firstLine(err)})`);
    }
    if (!isRecord(doc))
        throw new Error('is not a YAML mapping');
    for (const [key, entry] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        if (!isRecord(entry)) {
            out.warn(file, `entry "${key}" is not a mapping; skipped`);
            continue;
        }
        const name = nameOfDescriptor(key.split(',')[0] ?? '');
        const version = str(entry.version) ?? (typeof entry.version === 'number' ? String(entry.version) : undefined);
        if (!name || !version) {
            out.warn(file, `entry "${key}" has no ${name ? 'version' : 'package name'}; skipped`);
            continue;
        }
        if (isLocalVersion(version))
            continue;
        out.add(npmPackage(name, version, file));
    }
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/npm/index.ts






// JavaScript packages: what npm installed (node_modules) and what a project's
// lockfile pins. Lockfiles shipped inside node_modules describe how a
// dependency was developed, not what was installed here, so they are not wanted.
const LOCKFILES = {
    'package-lock.json': parsePackageLock,
    'yarn.lock': parseYarnLock,
    'pnpm-lock.yaml': parsePnpmLock,
};
/** Lockfiles of big monorepos reach tens of MiB; installed package.json files are small. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const npmCataloger = {
    name: 'npm',
    maxFileBytes: MAX_FILE_BYTES,
    wants(path) {
        const p = (0,model/* normalisePath */.qb)(path);
        if (wantsInstalled(p))
            return true;
        return LOCKFILES[basename(p)] !== undefined && !p.includes('node_modules/');
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            const parse = LOCKFILES[basename(file.path)] ??
                (wantsInstalled((0,model/* normalisePath */.qb)(file.path)) ? parseInstalled : undefined);
            if (parse)
                out.guard(file, () => parse(file, out));
        }
        return out.result();
    },
};

;// CONCATENATED MODULE: ./src/sbom/catalogers/php.ts



// PHP: composer.lock (`packages` and `packages-dev`) and what composer
// installed, `vendor/composer/installed.json` (composer 1: a bare array;
// composer 2: `{packages: [...]}`).
/** `pkg:composer/vendor/name@1.0.0`. */
function composerPurl(name, version) {
    const slash = name.indexOf('/');
    return slash > 0
        ? (0,purl/* buildPurl */.Eq)('composer', name.slice(0, slash), name.slice(slash + 1), version)
        : (0,purl/* buildPurl */.Eq)('composer', undefined, name, version);
}
const phpCataloger = {
    name: 'php',
    maxFileBytes: 32 * 1024 * 1024,
    wants(path) {
        const p = (0,model/* normalisePath */.qb)(path);
        return (basename(p) === 'composer.lock' ||
            p === 'vendor/composer/installed.json' ||
            p.endsWith('/vendor/composer/installed.json'));
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files)
            out.guard(file, () => parseComposer(file, out));
        return out.result();
    },
};
function parseComposer(file, out) {
    const doc = parseJson(file);
    const lists = Array.isArray(doc)
        ? [['', doc]]
        : isRecord(doc)
            ? [
                ['packages', doc.packages],
                ['packages-dev', doc['packages-dev']],
            ]
            : [];
    if (!lists.some(([, l]) => Array.isArray(l))) {
        throw new Error('has no "packages" array: not a composer lock or installed.json');
    }
    for (const [section, list] of lists) {
        if (!Array.isArray(list))
            continue;
        list.forEach((entry, i) => {
            const name = isRecord(entry) ? str(entry.name) : undefined;
            const version = isRecord(entry) ? str(entry.version) : undefined;
            if (!isRecord(entry) || !name || !version) {
                out.warn(file, `${section || 'entry'}[${i}] has no ${name ? 'version' : 'name'}; skipped`);
                return;
            }
            const licenses = Array.isArray(entry.license)
                ? entry.license.filter((l) => typeof l === 'string')
                : [];
            const dev = section === 'packages-dev' ||
                (isRecord(doc) && Array.isArray(doc['dev-package-names']) && doc['dev-package-names'].includes(name));
            out.add(makePackage({
                name,
                version,
                type: 'composer',
                purl: composerPurl(name, version),
                file,
                licenses,
                metadata: { scope: dev ? 'dev' : undefined },
            }));
        });
    }
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/sbom/catalogers/python.ts




// Python packages: installed distributions (`*.dist-info/METADATA`,
// `*.egg-info/PKG-INFO` or a lone `*.egg-info` file, with `direct_url.json`
// beside METADATA for VCS installs) and pinned lockfiles (requirements.txt
// `==` pins, poetry.lock, Pipfile.lock, uv.lock, pdm.lock). Names are kept in
// their PEP 503 normal form: that is the identity PyPI and OSV use.
function normalisePythonName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
function pypiPurl(name, version, vcsUrl) {
    return (0,purl/* buildPurl */.Eq)('pypi', undefined, normalisePythonName(name), version, { vcs_url: vcsUrl });
}
function pypiPackage(name, version, file, licenses = [], vcsUrl) {
    return makePackage({
        name: normalisePythonName(name),
        version,
        type: 'pypi',
        purl: pypiPurl(name, version, vcsUrl),
        file,
        licenses,
    });
}
function python_kindOf(path) {
    const name = basename(path);
    const dir = basename(dirname(path)).toLowerCase();
    const distInfo = dir === 'dist-info' || dir.endsWith('.dist-info');
    const eggInfo = dir === 'egg-info' || dir.endsWith('.egg-info');
    if (distInfo && name === 'METADATA')
        return 'metadata';
    if (distInfo && name === 'direct_url.json')
        return 'direct-url';
    if (eggInfo && name === 'PKG-INFO')
        return 'metadata';
    if (name.toLowerCase().endsWith('.egg-info'))
        return 'metadata';
    if (/requirements.*\.txt$/i.test(name))
        return 'requirements';
    switch (name) {
        case 'poetry.lock':
            return 'poetry';
        case 'Pipfile.lock':
            return 'pipfile';
        case 'uv.lock':
            return 'uv';
        case 'pdm.lock':
            return 'pdm';
        default:
            return undefined;
    }
}
const pythonCataloger = {
    name: 'python',
    maxFileBytes: 32 * 1024 * 1024,
    wants: (path) => python_kindOf((0,model/* normalisePath */.qb)(path)) !== undefined,
    catalog(files) {
        const out = new Findings();
        const directUrls = new Map();
        for (const f of files)
            if (python_kindOf(f.path) === 'direct-url')
                directUrls.set(`${f.layer ?? ''}|${dirname(f.path)}`, f);
        for (const file of files) {
            const kind = python_kindOf(file.path);
            out.guard(file, () => {
                switch (kind) {
                    case 'metadata':
                        return parseMetadata(file, out, directUrls.get(`${file.layer ?? ''}|${dirname(file.path)}`));
                    case 'requirements':
                        return parseRequirements(file, out);
                    case 'poetry':
                    case 'uv':
                    case 'pdm':
                        return parseTomlLock(file, out);
                    case 'pipfile':
                        return parsePipfileLock(file, out);
                    default:
                        return undefined;
                }
            });
        }
        return out.result();
    },
};
/** The RFC 822 header block of METADATA / PKG-INFO: fields until the first blank line. */
function headers(text) {
    const fields = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line)) {
            // A folded continuation (multi-line License:).
            if (last && last.length > 0)
                last[last.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const list = fields.get(key) ?? [];
        list.push(line.slice(colon + 1).trim());
        fields.set(key, list);
        last = list;
    }
    return fields;
}
function parseMetadata(file, out, directUrl) {
    const fields = headers(file.bytes.toString('utf8'));
    const name = fields.get('name')?.[0];
    const version = fields.get('version')?.[0];
    if (!name)
        throw new Error('has no "Name:" field');
    if (!version) {
        out.warn(file, `distribution "${name}" has no "Version:" field; package skipped`);
        return;
    }
    out.add(pypiPackage(name, version, file, declaredLicenses(fields), directUrl ? vcsUrl(directUrl, out) : undefined));
}
/** License-Expression (PEP 639) wins; then a short License:; then the trove classifiers. */
function declaredLicenses(fields) {
    const expression = fields.get('license-expression')?.[0];
    if (expression)
        return [expression];
    const license = fields.get('license')?.[0];
    // Some projects paste the whole licence text into License:.
    if (license && license !== 'UNKNOWN' && !license.includes('\n') && license.length <= 200)
        return [license];
    const classifiers = (fields.get('classifier') ?? [])
        .filter((c) => c.startsWith('License ::'))
        .map((c) => c.split('::').pop()?.trim() ?? '')
        .filter((c) => c !== '' && c !== 'OSI Approved');
    return classifiers;
}
/** `git+https://host/repo.git@commit` from PEP 610 direct_url.json, as syft writes the purl qualifier. */
function vcsUrl(file, out) {
    let doc;
    try {
        doc = parseJson(file);
    }
    catch (err) {
        out.warn(file, `${firstLine(err)}; VCS origin ignored`);
        return undefined;
    }
    if (!isRecord(doc) || !isRecord(doc.vcs_info))
        return undefined;
    const url = str(doc.url);
    const vcs = str(doc.vcs_info.vcs);
    const commit = str(doc.vcs_info.commit_id);
    if (!url || !vcs)
        return undefined;
    return `${vcs}+${url}${commit ? `@${commit}` : ''}`;
}
// `name[extra] == 1.0 ; marker  # comment`: a pin is `==` or `===` with a
// literal version (no wildcard). Anything else names a range, not a package
// version, and is skipped silently: lading does not guess a version.
const PIN = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,;@*]+)\s*(?:[;@#]|$)/;
function parseRequirements(file, out) {
    const text = file.bytes.toString('utf8');
    const joined = text.replace(/\\\r?\n/g, ' ');
    for (const raw of joined.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        // Options (-r, -e, --hash, --index-url) and blank lines name no package here;
        // an included requirements file is cataloged on its own when it is captured.
        if (line === '' || line.startsWith('-'))
            continue;
        const withoutHashes = line.replace(/\s--hash[= ]\S+/g, '').trim();
        const m = PIN.exec(withoutHashes);
        if (!m)
            continue;
        out.add(pypiPackage(m[1], m[2], file));
    }
}
function parseTomlLock(file, out) {
    let doc;
    try {
        doc = (0,smol_toml_dist/* parse */.qg)(file.bytes.toString('utf8'));
    }
    catch (err) {
        throw new Error(`not valid TOML (${firstLine(err)})`);
    }
    if (!isRecord(doc))
        throw new Error('is not a TOML table');
    const packages = doc.package;
    if (packages === undefined)
        return;
    if (!Array.isArray(packages))
        throw new Error('"package" is not an array of tables');
    packages.forEach((p, i) => {
        const name = isRecord(p) ? str(p.name) : undefined;
        const version = isRecord(p) ? str(p.version) : undefined;
        if (!name || !version) {
            // uv lists the project itself and virtual workspace members without a version.
            if (!name)
                out.warn(file, `[[package]] #${i + 1} has no name; skipped`);
            return;
        }
        out.add(pypiPackage(name, version, file));
    });
}
function parsePipfileLock(file, out) {
    const doc = parseJson(file);
    if (!isRecord(doc))
        throw new Error('is not a JSON object');
    for (const section of ['default', 'develop']) {
        const deps = doc[section];
        if (!isRecord(deps))
            continue;
        for (const [name, entry] of Object.entries(deps)) {
            const pinned = isRecord(entry) ? str(entry.version) : undefined;
            // Git and path dependencies carry no version: nothing pinned to report.
            if (!pinned)
                continue;
            const m = /^===?\s*(\S+)$/.exec(pinned.trim());
            if (!m) {
                out.warn(file, `${section}["${name}"].version "${pinned}" is not an == pin; skipped`);
                continue;
            }
            out.add(pypiPackage(name, m[1], file));
        }
    }
}

;// CONCATENATED MODULE: ./src/sbom/rpmdb/bdb.ts
// Read-only reader of the Berkeley DB hash file rpm < 4.16 keeps as
// `var/lib/rpm/Packages` (RHEL/CentOS 5-8, Amazon Linux 2). Hand-written: no
// maintained npm package reads Berkeley DB, and rpm only needs the values of
// the hash (the header blobs), which sit on bucket pages (inline) or on chains
// of overflow pages. Layouts from libdb's db_page.h; both byte orders.
// Every page number read from the file is bounds-checked and every overflow
// chain is walked at most once per page, so a corrupt file ends in problems,
// not in a crash or a loop.
const HASH_MAGIC = 0x061561;
const META_HASH = 8;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASH = 13;
const H_KEYDATA = 1;
const H_OFFPAGE = 3;
const PAGE_HEADER = 26;
const PAGE_SIZES = new Set([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);
function readBdbHash(bytes) {
    const blobs = [];
    const problems = [];
    if (bytes.length < 512) {
        problems.push(`${bytes.length} bytes is too short for a Berkeley DB metadata page`);
        return { blobs, problems };
    }
    let be;
    if (bytes.readUInt32LE(12) === HASH_MAGIC)
        be = false;
    else if (bytes.readUInt32BE(12) === HASH_MAGIC)
        be = true;
    else {
        problems.push('not a Berkeley DB hash file (magic 0x061561 missing at offset 12)');
        return { blobs, problems };
    }
    const u32 = (at) => (be ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at));
    const u16 = (at) => (be ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at));
    const pageSize = u32(20);
    if (!PAGE_SIZES.has(pageSize)) {
        problems.push(`unexpected Berkeley DB page size ${pageSize}`);
        return { blobs, problems };
    }
    if (bytes[24] !== 0) {
        problems.push('Berkeley DB file is encrypted');
        return { blobs, problems };
    }
    if (bytes[25] !== META_HASH) {
        problems.push(`first page has type ${bytes[25]}, not a hash metadata page`);
        return { blobs, problems };
    }
    const lastPage = u32(32);
    const pagesInFile = Math.floor(bytes.length / pageSize);
    if (lastPage >= pagesInFile) {
        problems.push(`truncated: the database declares ${lastPage + 1} pages but the file holds ${pagesInFile}`);
    }
    const pages = Math.min(lastPage + 1, pagesInFile);
    const overflow = (first, total) => {
        const chunks = [];
        const seen = new Set();
        let got = 0;
        for (let pgno = first; pgno !== 0;) {
            if (pgno >= pages)
                return `overflow page ${pgno} is outside the ${pages} pages of the file`;
            if (seen.has(pgno))
                return `overflow chain loops at page ${pgno}`;
            seen.add(pgno);
            const off = pgno * pageSize;
            if (bytes[off + 25] !== P_OVERFLOW)
                return `page ${pgno} is not an overflow page`;
            // On overflow pages the "high free offset" field holds the length of the data on the page.
            const len = Math.min(u16(off + 22), pageSize - PAGE_HEADER, total - got);
            chunks.push(bytes.subarray(off + PAGE_HEADER, off + PAGE_HEADER + len));
            got += len;
            pgno = u32(off + 16);
        }
        if (got !== total)
            return `overflow chain from page ${first} holds ${got} of ${total} bytes`;
        return Buffer.concat(chunks, total);
    };
    for (let p = 1; p < pages; p++) {
        const off = p * pageSize;
        const type = bytes[off + 25];
        if (type !== P_HASH && type !== P_HASH_UNSORTED)
            continue;
        const entries = u16(off + 20);
        if (PAGE_HEADER + entries * 2 > pageSize) {
            problems.push(`hash page ${p} declares ${entries} entries, more than fit in a page`);
            continue;
        }
        // Entries are key/value pairs; items are packed from the page end downwards,
        // so an inline item ends where the previous one starts.
        for (let i = 1; i < entries; i += 2) {
            const itemOff = u16(off + PAGE_HEADER + i * 2);
            const prevOff = u16(off + PAGE_HEADER + (i - 1) * 2);
            if (itemOff >= pageSize || itemOff < PAGE_HEADER) {
                problems.push(`hash page ${p} entry ${i} points outside the page`);
                continue;
            }
            const item = off + itemOff;
            const itemType = bytes[item];
            if (itemType === H_OFFPAGE) {
                if (itemOff + 12 > pageSize) {
                    problems.push(`hash page ${p} entry ${i} runs past the page`);
                    continue;
                }
                const value = overflow(u32(item + 4), u32(item + 8));
                if (typeof value === 'string')
                    problems.push(value);
                else
                    blobs.push(value);
            }
            else if (itemType === H_KEYDATA) {
                const end = prevOff > itemOff && prevOff <= pageSize ? prevOff : pageSize;
                // Small inline values are rpm's bookkeeping records, not headers.
                if (end - itemOff - 1 > 16)
                    blobs.push(bytes.subarray(item + 1, off + end));
            }
        }
    }
    return { blobs, problems };
}

// EXTERNAL MODULE: ./src/sbom/rpmdb/header.ts
var header = __webpack_require__(20636);
;// CONCATENATED MODULE: ./src/sbom/rpmdb/ndb.ts
// Read-only reader of rpm's own "ndb" package store, `var/lib/rpm/Packages.db`
// (SUSE since SLE 15 SP3 / openSUSE). Hand-written: no npm package reads it.
// Layout from rpm's lib/backend/ndb/rpmpkg.c, all little-endian:
//   32-byte header: magic "RpmP", version 0, generation, slot page count, next index
//   slot pages (4 KiB each, the header taking the first two 16-byte slots):
//     magic "Slot", package index, block offset, block count (blocks of 16 bytes)
//   blobs: head (magic "BlbS", package index, timestamp, length), the header blob,
//     zero padding, tail (adler32 of everything before it, length, magic "BlbE").
const ndb_MAGIC = le('RpmP');
const SLOT_MAGIC = le('Slot');
const BLOB_HEAD = le('BlbS');
const BLOB_TAIL = le('BlbE');
const PAGE = 4096;
const SLOT = 16;
const BLK = 16;
const HEAD = 16;
const TAIL = 12;
// rpm itself never grows past this; more means a corrupt count.
const MAX_SLOT_PAGES = 2048;
function le(s) {
    return Buffer.from(s, 'latin1').readUInt32LE(0);
}
function readNdb(bytes) {
    const blobs = [];
    const problems = [];
    if (bytes.length < 32 || bytes.readUInt32LE(0) !== ndb_MAGIC) {
        problems.push('not an rpm ndb file (magic "RpmP" missing)');
        return { blobs, problems };
    }
    const version = bytes.readUInt32LE(4);
    if (version !== 0) {
        problems.push(`unsupported ndb version ${version}`);
        return { blobs, problems };
    }
    const slotPages = bytes.readUInt32LE(12);
    if (slotPages === 0 || slotPages > MAX_SLOT_PAGES) {
        problems.push(`ndb header declares ${slotPages} slot pages (allowed 1..${MAX_SLOT_PAGES})`);
        return { blobs, problems };
    }
    const slotsEnd = slotPages * PAGE;
    if (slotsEnd > bytes.length) {
        problems.push(`truncated: ${slotPages} slot pages need ${slotsEnd} bytes, the file has ${bytes.length}`);
    }
    const firstDataBlk = slotsEnd / BLK;
    for (let at = 32; at + SLOT <= Math.min(slotsEnd, bytes.length); at += SLOT) {
        if (bytes.readUInt32LE(at) !== SLOT_MAGIC) {
            problems.push(`slot at offset ${at} has a bad magic; the slot table is damaged`);
            break;
        }
        const pkgIdx = bytes.readUInt32LE(at + 4);
        const blkOff = bytes.readUInt32LE(at + 8);
        const blkCnt = bytes.readUInt32LE(at + 12);
        if (blkOff === 0)
            continue;
        const start = blkOff * BLK;
        const end = start + blkCnt * BLK;
        if (pkgIdx === 0 || blkOff < firstDataBlk || blkCnt * BLK < HEAD + TAIL) {
            problems.push(`slot of package ${pkgIdx} at offset ${at} is invalid`);
            continue;
        }
        if (end > bytes.length) {
            problems.push(`package ${pkgIdx}: blob at ${start}..${end} is past the end of the file (truncated)`);
            continue;
        }
        if (bytes.readUInt32LE(start) !== BLOB_HEAD || bytes.readUInt32LE(start + 4) !== pkgIdx) {
            problems.push(`package ${pkgIdx}: no blob header at offset ${start}`);
            continue;
        }
        const len = bytes.readUInt32LE(start + 12);
        if (Math.ceil((HEAD + len + TAIL) / BLK) !== blkCnt) {
            problems.push(`package ${pkgIdx}: blob length ${len} does not match its ${blkCnt} blocks`);
            continue;
        }
        const tail = end - TAIL;
        if (bytes.readUInt32LE(tail + 8) !== BLOB_TAIL ||
            bytes.readUInt32LE(tail + 4) !== len ||
            bytes.readUInt32LE(tail) !== adler32(bytes, start, tail)) {
            problems.push(`package ${pkgIdx}: blob at offset ${start} fails its tail or adler32 check`);
            continue;
        }
        blobs.push(bytes.subarray(start + HEAD, start + HEAD + len));
    }
    return { blobs, problems };
}
/** RFC 1950 adler32 over bytes[start, end). */
function adler32(bytes, start, end) {
    let a = 1;
    let b = 0;
    let i = start;
    while (i < end) {
        // 5552 is the longest run before the sums can overflow 2^32 (zlib's NMAX).
        const stop = Math.min(end, i + 5552);
        for (; i < stop; i++) {
            a += bytes[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return ((b << 16) | a) >>> 0;
}

// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./src/sbom/rpmdb/sqlite.ts

// rpm >= 4.16 (Fedora 33+, RHEL 9, Alma/Rocky 9, CBL-Mariner, Amazon Linux 2023)
// keeps headers in SQLite: `Packages(hnum INTEGER PRIMARY KEY, blob BLOB)`.
// The file is opened from memory with Node's built-in SQLite, so nothing is
// written next to it and no temporary file is needed.
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
function readRpmSqlite(bytes) {
    const blobs = [];
    const problems = [];
    if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_MAGIC)) {
        problems.push('not an SQLite database (header "SQLite format 3" missing)');
        return { blobs, problems };
    }
    const copy = Buffer.from(bytes);
    // rpm opens its database in WAL mode (header bytes 18/19 = 2). A WAL database
    // cannot be opened from memory (there is no -shm beside it); marking the copy
    // as rollback-journal reads the same pages. A -wal file left in the image is
    // not merged: rpm checkpoints it when it closes the database.
    if (copy[18] === 2)
        copy[18] = 1;
    if (copy[19] === 2)
        copy[19] = 1;
    let db;
    try {
        db = new external_node_sqlite_.DatabaseSync(':memory:');
        db.enableDefensive(true);
        db.deserialize(copy);
        for (const row of db.prepare('SELECT blob FROM Packages ORDER BY hnum').iterate()) {
            const blob = row.blob;
            if (blob instanceof Uint8Array)
                blobs.push(Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength));
        }
    }
    catch (err) {
        problems.push(`SQLite could not read the Packages table: ${err instanceof Error ? err.message : String(err)}`);
    }
    finally {
        db?.close();
    }
    return { blobs, problems };
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rpm.ts







// The rpm database in any of its three backends (SQLite since rpm 4.16, ndb on
// SUSE, Berkeley DB before), in any of the directories distributions put it,
// plus the plain-text manifest CBL-Mariner's distroless images ship instead.
const DB_DIRS = ['var/lib/rpm/', 'usr/lib/sysimage/rpm/', 'usr/share/rpm/'];
const READERS = {
    'rpmdb.sqlite': readRpmSqlite,
    'Packages.db': readNdb,
    Packages: readBdbHash,
};
const RPM_MANIFEST_PATH = 'var/lib/rpmmanifest/container-manifest-2';
function readerFor(path) {
    for (const dir of DB_DIRS) {
        if (path.startsWith(dir))
            return READERS[path.slice(dir.length)];
    }
    return undefined;
}
const rpmCataloger = {
    name: 'rpm',
    // A large RHEL image's Berkeley DB reaches a few hundred MiB.
    maxFileBytes: 1024 * 1024 * 1024,
    wants: (path) => {
        const p = (0,model/* normalisePath */.qb)(path);
        return p === RPM_MANIFEST_PATH || readerFor(p) !== undefined;
    },
    catalog(files, ctx) {
        const warnings = [];
        // The same database is often reachable by two paths (var/lib/rpm is a symlink
        // on Fedora): one package, several locations.
        const byIdentity = new Map();
        const add = (pkg) => {
            const key = `${pkg.name}\0${pkg.version}\0${pkg.arch ?? ''}`;
            const seen = byIdentity.get(key);
            if (seen)
                seen.locations.push(...pkg.locations);
            else
                byIdentity.set(key, pkg);
        };
        for (const file of files) {
            const path = (0,model/* normalisePath */.qb)(file.path);
            if (path === RPM_MANIFEST_PATH) {
                readManifest(file, ctx, add, warnings);
                continue;
            }
            const read = readerFor(path);
            if (!read)
                continue;
            const { blobs, problems } = read(file.bytes);
            for (const p of problems)
                warnings.push((0,model/* warningAt */.MK)(file, `${file.path}: ${p}`));
            blobs.forEach((blob, i) => {
                try {
                    add(rpm_toPackage((0,header/* parseRpmHeader */.E)(blob), file, ctx));
                }
                catch (err) {
                    const why = err instanceof Error ? err.message : String(err);
                    warnings.push((0,model/* warningAt */.MK)(file, `${file.path}: record ${i + 1}: ${why}; skipped`));
                }
            });
        }
        return { packages: [...byIdentity.values()], warnings };
    },
};
/** rpm's EVR as rpm prints it: the epoch only when the package has one. */
function rpmEvr(h) {
    const vr = h.release ? `${h.version}-${h.release}` : h.version;
    return h.epoch === undefined ? vr : `${h.epoch}:${vr}`;
}
function rpm_toPackage(h, file, ctx) {
    const version = rpmEvr(h);
    const src = h.sourceRpm ? (0,header/* parseSourceRpm */.W)(h.sourceRpm) : undefined;
    const pkg = {
        name: h.name,
        version,
        type: 'rpm',
        purl: (0,purl/* rpmPurl */.P8)({
            name: h.name,
            version: h.version,
            release: h.release,
            epoch: h.epoch,
            arch: h.arch,
            sourceRpm: h.sourceRpm,
            distro: ctx.distro,
        }),
        licenses: [],
        locations: [(0,model/* locationOf */.hD)(file)],
        // A source package and its binaries share one spec file, hence one epoch.
        source: src
            ? { name: src.name, version: h.epoch === undefined ? src.version : `${h.epoch}:${src.version}` }
            : { name: h.name, version },
    };
    const license = h.license ? (0,sbom_license/* normaliseLicense */.oB)(h.license) : undefined;
    if (license)
        pkg.licenses.push(license);
    if (h.arch)
        pkg.arch = h.arch;
    if (ctx.distro)
        pkg.distro = ctx.distro;
    const metadata = { release: h.release };
    if (h.epoch !== undefined)
        metadata.epoch = h.epoch;
    if (h.sourceRpm)
        metadata.sourceRpm = h.sourceRpm;
    if (h.vendor)
        metadata.vendor = h.vendor;
    if (h.size !== undefined)
        metadata.size = h.size;
    pkg.metadata = metadata;
    return pkg;
}
// Tab-separated: name, version-release, install time, build time, vendor,
// epoch or "(none)", size, arch, checksum flag, source rpm.
function readManifest(file, ctx, add, warnings) {
    const lines = file.bytes.toString('utf8').split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trimEnd();
        if (line === '')
            return;
        const f = line.split('\t');
        const [name, vr, , , vendor, epochText, sizeText, arch, , sourceRpm] = f;
        const dash = vr?.lastIndexOf('-') ?? -1;
        if (!name || !vr || f.length < 10 || dash <= 0) {
            warnings.push((0,model/* warningAt */.MK)(file, `${file.path} line ${i + 1}: expected 10 tab-separated fields; skipped`));
            return;
        }
        const epoch = epochText && /^\d+$/.test(epochText) ? Number(epochText) : undefined;
        const h = { name, version: vr.slice(0, dash), release: vr.slice(dash + 1) };
        if (epoch !== undefined)
            h.epoch = epoch;
        if (arch)
            h.arch = arch;
        if (vendor)
            h.vendor = vendor;
        if (sourceRpm && sourceRpm !== '(none)')
            h.sourceRpm = sourceRpm;
        const size = Number(sizeText);
        if (Number.isSafeInteger(size))
            h.size = size;
        try {
            add(rpm_toPackage(h, file, ctx));
        }
        catch (err) {
            warnings.push((0,model/* warningAt */.MK)(file, `${file.path} line ${i + 1}: ${err instanceof Error ? err.message : String(err)}`));
        }
    });
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/ruby.ts



// Ruby gems: installed gem specifications (`specifications/*.gemspec`, the
// Ruby files RubyGems writes on install; read as text, never evaluated) and
// Gemfile.lock.
function gemPurl(name, version, platform) {
    return (0,purl/* buildPurl */.Eq)('gem', undefined, name, version, { platform });
}
const rubyCataloger = {
    name: 'ruby',
    maxFileBytes: 8 * 1024 * 1024,
    wants(path) {
        const p = (0,model/* normalisePath */.qb)(path);
        const name = basename(p);
        if (name === 'Gemfile.lock')
            return true;
        const dir = dirname(p);
        return (name.endsWith('.gemspec') &&
            (basename(dir) === 'specifications' || dir.endsWith('specifications/default')));
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            out.guard(file, () => basename(file.path) === 'Gemfile.lock' ? parseGemfileLock(file, out) : parseGemspec(file, out));
        }
        return out.result();
    },
};
/** A string literal assigned to `<var>.<field>`: `s.name = "rake".freeze`. */
function assigned(text, field) {
    const re = new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*(?:Gem::Version\\.new\\(\\s*)?["']([^"'\\n]+)["']`, 'm');
    return re.exec(text)?.[1];
}
/** `s.licenses = ["MIT".freeze, "Ruby".freeze]` or `s.license = "MIT"`. */
function licenses(text) {
    const list = /^\s*\w+\.licenses\s*=\s*\[([^\]\n]*)\]/m.exec(text)?.[1];
    if (list !== undefined)
        return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    const one = assigned(text, 'license');
    return one ? [one] : [];
}
function parseGemspec(file, out) {
    const text = file.bytes.toString('utf8');
    const name = assigned(text, 'name');
    const version = assigned(text, 'version');
    if (!name || !version)
        throw new Error(`has no literal ${name ? 'version' : 'name'} assignment (s.${name ? 'version' : 'name'} = "…")`);
    out.add(makePackage({ name, version, type: 'gem', purl: gemPurl(name, version), file, licenses: licenses(text) }));
}
// Gemfile.lock: sections (GEM, GIT, PATH) whose `specs:` list the resolved gems
// at four spaces (`    rack (3.0.8)`, platform gems `    nokogiri (1.15.4-x86_64-linux)`);
// their own dependencies follow at six spaces.
function parseGemfileLock(file, out) {
    let inSpecs = false;
    let sawSection = false;
    const lines = file.bytes.toString('utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
        if (/^[A-Z]/.test(line)) {
            sawSection = true;
            inSpecs = false;
            return;
        }
        if (line === '  specs:') {
            inSpecs = true;
            return;
        }
        if (!inSpecs || !line.startsWith('    ') || line.startsWith('     '))
            return;
        const m = /^ {4}(\S+) \(([^)\s]+)\)$/.exec(line);
        if (!m) {
            out.warn(file, `line ${i + 1} is not "name (version)"; skipped`);
            return;
        }
        const name = m[1];
        const [version, ...platform] = m[2].split('-');
        const plat = platform.length > 0 ? platform.join('-') : undefined;
        out.add(makePackage({
            name,
            version: version,
            type: 'gem',
            purl: gemPurl(name, version, plat),
            file,
            metadata: { platform: plat },
        }));
    });
    if (!sawSection)
        throw new Error('has no GEM, GIT or PATH section: not a Gemfile.lock');
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/rust.ts






// Rust crates: Cargo.lock in source trees, and in binaries the dependency list
// cargo-auditable embeds in the `.dep-v0` ELF section (zlib-compressed JSON).
function cargoPurl(name, version) {
    return (0,purl/* buildPurl */.Eq)('cargo', undefined, name, version);
}
/** Bound on the inflated `.dep-v0` JSON: real ones are tens of KiB. */
const MAX_AUDIT_JSON_BYTES = 8 * 1024 * 1024;
const rustCataloger = {
    name: 'rust',
    maxFileBytes: MAX_EXECUTABLE_BYTES,
    wants(path) {
        const p = (0,model/* normalisePath */.qb)(path);
        return basename(p) === 'Cargo.lock' || wantsExecutable(p);
    },
    catalog(files) {
        const out = new Findings();
        for (const file of files) {
            out.guard(file, () => basename(file.path) === 'Cargo.lock' ? parseCargoLock(file, out) : readAudit(file, out));
        }
        return out.result();
    },
};
function rust_add(out, file, name, version, source, kind) {
    out.add(makePackage({
        name,
        version,
        type: 'cargo',
        purl: cargoPurl(name, version),
        file,
        metadata: { source, kind },
    }));
}
function parseCargoLock(file, out) {
    let doc;
    try {
        doc = (0,smol_toml_dist/* parse */.qg)(file.bytes.toString('utf8'));
    }
    catch (err) {
        throw new Error(`not valid TOML (${firstLine(err)})`);
    }
    if (!isRecord(doc))
        throw new Error('is not a TOML table');
    if (doc.package === undefined)
        return;
    if (!Array.isArray(doc.package))
        throw new Error('"package" is not an array of tables');
    doc.package.forEach((p, i) => {
        const name = isRecord(p) ? str(p.name) : undefined;
        const version = isRecord(p) ? str(p.version) : undefined;
        if (!isRecord(p) || !name || !version) {
            out.warn(file, `[[package]] #${i + 1} has no ${name ? 'version' : 'name'}; skipped`);
            return;
        }
        rust_add(out, file, name, version, str(p.source));
    });
}
function readAudit(file, out) {
    const section = readElf(file.bytes)?.section('.dep-v0');
    if (!section)
        return;
    let json;
    try {
        json = (0,external_node_zlib_.inflateSync)(section, { maxOutputLength: MAX_AUDIT_JSON_BYTES });
    }
    catch (err) {
        throw new Error(`cargo-auditable section .dep-v0 does not inflate (${firstLine(err)})`);
    }
    let doc;
    try {
        doc = JSON.parse(json.toString('utf8'));
    }
    catch (err) {
        throw new Error(`cargo-auditable section .dep-v0 is not JSON (${firstLine(err)})`);
    }
    if (!isRecord(doc) || !Array.isArray(doc.packages))
        throw new Error('cargo-auditable section .dep-v0 has no "packages"');
    doc.packages.forEach((p, i) => {
        const name = isRecord(p) ? str(p.name) : undefined;
        const version = isRecord(p) ? str(p.version) : undefined;
        if (!isRecord(p) || !name || !version) {
            out.warn(file, `.dep-v0 packages[${i}] has no ${name ? 'version' : 'name'}; skipped`);
            return;
        }
        rust_add(out, file, name, version, str(p.source), str(p.kind) ?? 'runtime');
    });
}

;// CONCATENATED MODULE: ./src/sbom/catalogers/index.ts











/** Every cataloger, OS package databases first: an image is read once and each sees the files it wants. */
const ALL_CATALOGERS = [
    apkCataloger,
    dpkgCataloger,
    rpmCataloger,
    npmCataloger,
    pythonCataloger,
    golangCataloger,
    javaCataloger,
    rubyCataloger,
    rustCataloger,
    phpCataloger,
    dotnetCataloger,
];

// EXTERNAL MODULE: ./src/sbom/formats/index.ts + 3 modules
var formats = __webpack_require__(18225);
;// CONCATENATED MODULE: ./src/sbom/os-release.ts

// The distro release decides which advisories apply to OS packages, so it is
// read from the most authoritative file present: os-release (systemd's format,
// /etc first, then the /usr/lib fallback the spec names), then the older
// distro-specific files for images that ship without os-release.
/** In order of authority. */
const DISTRO_FILES = [
    'etc/os-release',
    'usr/lib/os-release',
    'etc/alpine-release',
    'etc/debian_version',
];
const WANTED = new Set(DISTRO_FILES);
function wantsDistroFile(path) {
    return WANTED.has((0,model/* normalisePath */.qb)(path));
}
/**
 * `KEY=value` lines with shell-like quoting (os-release(5)): double quotes allow
 * the escapes \" \\ \$ \`, single quotes are literal, unquoted values end at the
 * line. Malformed lines are ignored, as systemd does.
 */
function parseOsRelease(text) {
    const out = {};
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const key = line.slice(0, eq).trim();
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            continue;
        out[key] = unquote(line.slice(eq + 1).trim());
    }
    return out;
}
function unquote(value) {
    const q = value[0];
    if ((q !== '"' && q !== "'") || value.length < 2 || value[value.length - 1] !== q)
        return value;
    const inner = value.slice(1, -1);
    if (q === "'")
        return inner;
    let out = '';
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i];
        if (c === '\\' && i + 1 < inner.length && '"\\$`'.includes(inner[i + 1])) {
            out += inner[i + 1];
            i++;
        }
        else {
            out += c;
        }
    }
    return out;
}
function distroFromOsRelease(fields) {
    const id = fields.ID?.toLowerCase();
    if (!id)
        return undefined;
    const distro = { id, prettyName: fields.PRETTY_NAME || fields.NAME || id };
    if (fields.VERSION_ID)
        distro.versionId = fields.VERSION_ID;
    if (fields.VERSION_CODENAME)
        distro.versionCodename = fields.VERSION_CODENAME;
    const like = fields.ID_LIKE?.split(/\s+/).filter(Boolean);
    if (like && like.length > 0)
        distro.idLike = like.map((l) => l.toLowerCase());
    return distro;
}
/** The distro of an image from whichever of DISTRO_FILES it holds; undefined when none says. */
function detectDistro(files) {
    const byPath = new Map();
    for (const f of files)
        byPath.set((0,model/* normalisePath */.qb)(f.path), f);
    for (const path of ['etc/os-release', 'usr/lib/os-release']) {
        const f = byPath.get(path);
        if (!f)
            continue;
        const d = distroFromOsRelease(parseOsRelease(f.bytes.toString('utf8')));
        if (d)
            return d;
    }
    const alpine = byPath.get('etc/alpine-release')?.bytes.toString('utf8').trim();
    if (alpine) {
        const d = { id: 'alpine', versionId: alpine, prettyName: `Alpine Linux v${alpine}` };
        return d;
    }
    const debian = byPath.get('etc/debian_version')?.bytes.toString('utf8').trim();
    if (debian)
        return debianFromVersionFile(debian);
    return undefined;
}
// debian_version holds `12.7` on a release and `trixie/sid` on testing/unstable;
// os-release's VERSION_ID for a release is the major number only.
function debianFromVersionFile(text) {
    const major = /^(\d+)(\.\d+)*$/.exec(text)?.[1];
    if (major)
        return { id: 'debian', versionId: major, prettyName: `Debian GNU/Linux ${major}` };
    const codename = text.split('/')[0];
    const d = { id: 'debian', prettyName: `Debian GNU/Linux ${text}` };
    if (codename)
        d.versionCodename = codename;
    return d;
}

// EXTERNAL MODULE: ./src/steps/outputs.ts
var outputs = __webpack_require__(2529);
;// CONCATENATED MODULE: ./src/steps/sbom.ts

















const MAX_REPORTED_WARNINGS = 20;
const TAG = /^[\w][\w.-]{0,127}$/;
/**
 * `lading sbom`: reads an image (one platform, or each) or a source tree once,
 * runs every cataloger on the files they asked for, and writes each requested
 * format. Files are written whole or not at all (temporary file, then rename).
 */
async function sbomStep(options, reporter) {
    const now = options.now ?? (() => performance.now());
    const started = now();
    (0,outputs/* checkOutputs */.n)('sbom', options.outputs, options.access.cwd);
    const catalogers = options.catalogers ?? ALL_CATALOGERS;
    const limits = { ...DEFAULT_VIEW_LIMITS, ...options.limits };
    const wants = wantsOf(catalogers, limits.maxFileBytes, options.limits?.maxFileBytes);
    const source = await (0,oci_source/* detectSource */.PM)(options.source);
    const results = [];
    if (source.kind === 'dir') {
        if (options.platform || options.allPlatforms) {
            throw new errors/* InputError */.dz(`${options.source}: --platform and --all-platforms apply to images, not directories`);
        }
        const root = (0,external_node_path_.isAbsolute)(source.path) ? source.path : (0,external_node_path_.resolve)(options.access.cwd, source.path);
        reporter.info(`cataloging directory ${source.path}`);
        const view = await readDirectoryFiles(root, { wants, limits });
        const subject = { kind: 'directory', name: source.path };
        results.push(await finish(subject, undefined, catalog(view.files, catalogers, view.warnings), view.files.length, [], options, reporter, false));
        return { source: `dir:${source.path}`, results, durationMs: now() - started };
    }
    const location = await (0,oci_opener.openLocation)(options.source, 'read', options.access);
    try {
        const store = location.store;
        const root = await store.resolve(location.reference);
        const fetched = await store.fetchManifest(root);
        // A docker-archive names a whole reference (`alpine:3`), not a tag: only plain tags describe the subject.
        const tag = TAG.test(location.reference) && !(0,digest/* isDigest */.Bc)(location.reference) ? location.reference : undefined;
        let images;
        if ((0,types/* isIndex */.n)(fetched.manifest)) {
            if (options.allPlatforms) {
                images = (0,oci_platform/* platformEntries */.eV)(fetched.manifest).map((d) => ({ descriptor: d, platform: d.platform }));
                if (images.length === 0) {
                    throw new errors/* NotFoundError */.m_(`${location.display}@${fetched.descriptor.digest}: the index lists no platform images`);
                }
            }
            else {
                const want = options.platform ? (0,oci_platform/* parsePlatform */.Y8)(options.platform) : options.defaultPlatform;
                const chosen = (0,oci_platform/* selectPlatform */.md)(fetched.manifest, want, `${location.display}@${fetched.descriptor.digest}`);
                images = [{ descriptor: chosen, ...(chosen.platform ? { platform: chosen.platform } : {}) }];
            }
        }
        else {
            images = [{ descriptor: fetched.descriptor }];
        }
        const multiple = images.length > 1;
        if (multiple && options.outputs.some((o) => !o.file)) {
            throw new errors/* InputError */.dz(`${options.source}: --all-platforms writes one SBOM per platform (${images.length} here); give every -o a file (-o FORMAT=FILE)`);
        }
        for (const image of images) {
            const streaming = new StreamingCatalog(catalogers);
            const view = await readImageFiles(store, image.descriptor, {
                wants,
                limits,
                consume: (file) => streaming.consume(file),
                stream: (file) => streaming.stream(file),
                followLinks: (path) => streaming.needsWholeFile(path),
                onLayer: (l) => reporter.debug(`layer ${l.digest}: ${l.entries} entries, ${l.bytes} bytes (${l.compression})`),
            });
            const platform = image.platform ?? platformOfConfig(view.config);
            if (options.platform && !(0,types/* isIndex */.n)(fetched.manifest) && platform) {
                const want = (0,oci_platform/* parsePlatform */.Y8)(options.platform);
                if (!(0,oci_platform/* matchPlatform */.h0)(want, platform)) {
                    throw new errors/* NotFoundError */.m_(`${location.display}@${view.manifest.digest} is a single ${(0,oci_platform/* formatPlatform */.Bq)(platform)} image; --platform ${options.platform} is not in it`);
                }
            }
            const subject = {
                kind: 'image',
                name: location.display,
                digest: view.manifest.digest,
                ...(tag ? { tag } : {}),
                ...(platform ? { platform } : {}),
            };
            reporter.info(`cataloged ${location.display}@${view.manifest.digest}${platform ? ` (${(0,oci_platform/* formatPlatform */.Bq)(platform)})` : ''}: ${view.layers.length} layer(s), ${view.files.length + view.consumed.length} file(s) of interest`);
            results.push(await finish(subject, platform, streaming.finish(view.files, view.consumed, view.warnings), view.files.length + view.consumed.length, view.layers, options, reporter, multiple));
        }
    }
    finally {
        await location.close();
    }
    return { source: location.display, results, durationMs: now() - started };
}
/**
 * One question per path for all catalogers: the largest limit any of them
 * asks for (their own, or `defaultLimit`), never above `cap` when the caller
 * set one.
 */
function wantsOf(catalogers, defaultLimit, cap = Infinity) {
    return (path) => {
        let limit = wantsDistroFile(path) ? defaultLimit : 0;
        for (const c of catalogers) {
            if (c.wants(path))
                limit = Math.max(limit, c.maxFileBytes ?? defaultLimit);
        }
        return limit > 0 ? Math.min(limit, cap) : false;
    };
}
function platformOfConfig(config) {
    const { os, architecture, variant } = config;
    if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture)
        return undefined;
    return { os, architecture, ...(typeof variant === 'string' && variant ? { variant } : {}) };
}
async function finish(subject, platform, inventory, files, layers, options, reporter, perPlatform) {
    const byType = {};
    for (const p of inventory.packages)
        byType[p.type] = (byType[p.type] ?? 0) + 1;
    const sortedByType = Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1)));
    for (const w of inventory.warnings.slice(0, MAX_REPORTED_WARNINGS)) {
        reporter.warn(w.message.includes(w.path) ? w.message : `${w.path}: ${w.message}`);
    }
    if (inventory.warnings.length > MAX_REPORTED_WARNINGS) {
        reporter.warn(`… and ${inventory.warnings.length - MAX_REPORTED_WARNINGS} more warning(s)`);
    }
    const documents = [];
    for (const output of options.outputs) {
        const text = (0,formats.writeSbom)(output.format, inventory, subject, {
            created: options.created,
            toolVersion: options.toolVersion,
        });
        if (!output.file) {
            documents.push({ format: output.format, content: text });
            continue;
        }
        const name = perPlatform && platform ? platformFileName(output.file, platform) : output.file;
        const file = (0,external_node_path_.resolve)(options.access.cwd, name);
        await writeAtomically(file, text);
        reporter.debug(`wrote ${output.format} to ${file}`);
        documents.push({ format: output.format, file });
    }
    return {
        subject,
        ...(platform ? { platform: (0,oci_platform/* formatPlatform */.Bq)(platform) } : {}),
        ...(inventory.distro ? { distro: inventory.distro } : {}),
        packages: inventory.packages.length,
        byType: sortedByType,
        layers,
        files,
        warnings: inventory.warnings,
        documents,
        inventory,
    };
}
/**
 * Catalogers whose findings for several files are the union of their findings
 * for each file alone, and whose files are the large ones (executables,
 * archives). They run while the layers stream, so those bytes are never all
 * held at once: peak memory follows the largest file, not their sum.
 */
const PER_FILE_CATALOGERS = new Set(['golang', 'rust', 'java']);
/**
 * Catalogers that read only a few ELF sections of an executable (and the
 * start of its first writable segment), never the whole file.
 */
const ELF_SECTIONS = new Map([
    ['golang', ['.go.buildinfo']],
    ['rust', ['.dep-v0']],
]);
/**
 * The files those catalogers read by name rather than as executables: they
 * are wanted whole, whatever their first bytes.
 */
const ELF_READERS_TEXT_INPUTS = new Set(['go.mod', 'Cargo.lock']);
/**
 * Executables from this size on are streamed into an excerpt of the sections
 * their catalogers read: a 120 MB `node` binary held whole was most of the
 * peak memory of a run.
 */
const EXCERPT_FROM_BYTES = 16 * 1024 * 1024;
function runCataloger(c, files, ctx, packages, warnings) {
    // A cataloger that throws is a bug, but it must not cost the other
    // ecosystems their packages: it becomes a warning naming the cataloger.
    try {
        const r = c.catalog(files, ctx);
        packages.push(...r.packages);
        warnings.push(...r.warnings);
    }
    catch (err) {
        warnings.push({
            path: files[0]?.path ?? '',
            ...(files[0]?.layer ? { layer: files[0].layer } : {}),
            message: `cataloger ${c.name} failed on ${files.length} file(s): ${err instanceof Error ? err.message : String(err)}; its packages are missing`,
        });
    }
}
/** Runs every cataloger on the files it wants, all at once (source trees, and the tests). */
function catalog(files, catalogers, viewWarnings = []) {
    const distro = detectDistro(files);
    const packages = [];
    const warnings = [...viewWarnings];
    for (const c of catalogers) {
        const mine = files.filter((f) => c.wants(f.path));
        if (mine.length > 0)
            runCataloger(c, mine, distro ? { distro } : {}, packages, warnings);
    }
    return { packages: deduplicate(packages), ...(distro ? { distro } : {}), warnings };
}
/**
 * Cataloging of an image as its layers stream: per-file catalogers see each
 * file as it is read (`consume`), the others see the final view at the end
 * (`finish`), when whiteouts have decided which files survived. Findings of a
 * file that a later layer deleted or replaced are dropped then.
 */
class StreamingCatalog {
    perFile;
    whole;
    findings = new Map();
    constructor(catalogers) {
        this.perFile = catalogers.filter((c) => PER_FILE_CATALOGERS.has(c.name));
        this.whole = catalogers.filter((c) => !PER_FILE_CATALOGERS.has(c.name));
    }
    /** True when no one else needs the bytes any more. */
    consume(file) {
        if (!this.perFile.some((c) => c.wants(file.path)))
            return false;
        this.run(file);
        return !this.needsWholeFile(file.path);
    }
    /**
     * A sink for a file that only section-reading catalogers want (see
     * `ELF_SECTIONS`): nothing is kept unless it is an ELF file; large ones
     * become an excerpt with the same layout as the file, smaller ones are kept
     * whole.
     */
    stream(file) {
        if (this.needsWholeFile(file.path))
            return undefined;
        const mine = this.perFile.filter((c) => c.wants(file.path));
        if (mine.length === 0 || mine.some((c) => !ELF_SECTIONS.has(c.name)))
            return undefined;
        if (ELF_READERS_TEXT_INPUTS.has(baseOf(file.path)))
            return undefined;
        if (file.size < EXCERPT_FROM_BYTES) {
            return elfOnlySink(file.size, (bytes) => {
                this.run({ path: file.path, layer: file.layer, bytes });
            });
        }
        return elfExcerptSink({
            size: file.size,
            sections: mine.flatMap((c) => ELF_SECTIONS.get(c.name) ?? []),
            where: `layer ${file.layer}: ${file.path}`,
            done: (bytes) => {
                this.run({ path: file.path, layer: file.layer, bytes });
            },
        });
    }
    /**
     * Paths the distro detector or a whole-view cataloger (package databases)
     * wants: worth following through a symlink at any cost. Executables and
     * archives found through a symlink are read when their target is wanted
     * too, which it nearly always is (bin -> bin, jar -> jar).
     */
    needsWholeFile(path) {
        return wantsDistroFile(path) || this.whole.some((c) => c.wants(path));
    }
    run(file) {
        const key = `${file.layer ?? ''}\0${file.path}`;
        let found = this.findings.get(key);
        if (found)
            return found;
        found = { packages: [], warnings: [] };
        for (const c of this.perFile) {
            // Language packages carry no distro, so nothing is lost by running before it is known.
            if (c.wants(file.path))
                runCataloger(c, [file], {}, found.packages, found.warnings);
        }
        this.findings.set(key, found);
        return found;
    }
    finish(files, consumed, viewWarnings) {
        const inventory = catalog(files, this.whole, viewWarnings);
        const packages = [...inventory.packages];
        const warnings = [...inventory.warnings];
        for (const f of files) {
            if (!this.perFile.some((c) => c.wants(f.path)))
                continue;
            const found = this.run(f);
            packages.push(...found.packages);
            warnings.push(...found.warnings);
        }
        for (const f of consumed) {
            const found = this.findings.get(`${f.from.layer}\0${f.from.path}`);
            if (!found)
                continue;
            // A link shares its target's findings, found at the link's own path.
            const moved = (l) => l.path === f.from.path && l.layer === f.from.layer ? { path: f.path, layer: f.layer } : l;
            const same = f.path === f.from.path;
            for (const p of found.packages)
                packages.push(same ? p : { ...p, locations: p.locations.map(moved) });
            if (same)
                warnings.push(...found.warnings);
        }
        return { ...inventory, packages: deduplicate(packages), warnings };
    }
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * One record per package identity (type, name, version, purl, arch): the same
 * package found through two paths (a symlinked jar, an rpm database reachable
 * twice) is one package with two locations. Sorted so output never depends on
 * the order catalogers ran in.
 */
function deduplicate(packages) {
    const byKey = new Map();
    for (const p of packages) {
        const key = [p.type, p.name, p.version, p.purl, p.arch ?? ''].join('\0');
        const seen = byKey.get(key);
        if (!seen) {
            byKey.set(key, { ...p, locations: [...p.locations] });
            continue;
        }
        for (const l of p.locations) {
            if (!seen.locations.some((s) => s.path === l.path && s.layer === l.layer))
                seen.locations.push(l);
        }
    }
    const out = [...byKey.values()];
    for (const p of out)
        p.locations.sort((a, b) => cmp(a.path, b.path) || cmp(a.layer ?? '', b.layer ?? ''));
    return out.sort((a, b) => cmp(a.type, b.type) ||
        cmp(a.name, b.name) ||
        cmp(a.version, b.version) ||
        cmp(a.purl, b.purl) ||
        cmp(a.arch ?? '', b.arch ?? ''));
}
/** `out/app.spdx.json` -> `out/app.linux-arm64-v8.spdx.json`: one file per platform. */
function platformFileName(file, platform) {
    const tag = (0,oci_platform/* formatPlatform */.Bq)(platform).replace(/[^A-Za-z0-9._-]+/g, '-');
    const dir = (0,external_node_path_.dirname)(file);
    const base = (0,external_node_path_.basename)(file);
    const dot = base.indexOf('.', 1);
    const named = dot > 0 ? `${base.slice(0, dot)}.${tag}${base.slice(dot)}` : `${base}.${tag}`;
    return dir === '.' && !file.startsWith('.') ? named : (0,external_node_path_.join)(dir, named);
}
/** Whole file or nothing: a reader never sees half an SBOM, and a failure leaves no file behind. */
async function writeAtomically(file, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, text, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors/* OperationError */.OK(`sbom: cannot write ${file}: ${err.message}`, { cause: err });
    }
}


/***/ })

};
