import {
  type CapturedFile,
  type Cataloger,
  type CatalogResult,
  normalisePath,
  type Package,
} from '../model.js';
import { buildPurl } from '../purl.js';
import { MAX_EXECUTABLE_BYTES, readElf, wantsExecutable } from './elf.js';
import { basename, Findings, makePackage } from './findings.js';

// Go modules: the build info the Go linker embeds in every binary (what was
// really compiled in, read from the `.go.buildinfo` section) and go.mod files
// in source trees (what a module requires, after its replace directives).

/** `pkg:golang/github.com/coreos/go-systemd/v22@v22.1.0`: every path element but the last is namespace. */
export function golangPurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/');
  return slash === -1
    ? buildPurl('golang', undefined, modulePath, version)
    : buildPurl('golang', modulePath.slice(0, slash), modulePath.slice(slash + 1), version);
}

function goPackage(
  path: string,
  version: string,
  file: CapturedFile,
  metadata?: Record<string, string | undefined>,
): Package {
  return makePackage({
    name: path,
    version,
    type: 'golang',
    purl: golangPurl(path, version),
    file,
    metadata,
  });
}

export const golangCataloger: Cataloger = {
  name: 'golang',
  maxFileBytes: MAX_EXECUTABLE_BYTES,
  wants(path: string): boolean {
    const p = normalisePath(path);
    return basename(p) === 'go.mod' || wantsExecutable(p);
  },
  catalog(files: readonly CapturedFile[]): CatalogResult {
    const out = new Findings();
    for (const file of files) {
      out.guard(file, () => {
        if (basename(file.path) === 'go.mod') parseGoMod(file, out);
        else readGoBinary(file, out);
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

export interface GoModule {
  path: string;
  version: string;
  sum?: string;
  /** `path@version` of the requirement a `=>` line replaced. */
  replaces?: string;
}

export interface GoBuildInfo {
  goVersion: string;
  path?: string;
  main?: GoModule;
  deps: GoModule[];
  settings: Map<string, string>;
}

/**
 * The build info of a Go binary, or undefined when the file is not a Go ELF
 * binary. Throws when it is one but the info cannot be read.
 */
export function readBuildInfo(bytes: Buffer): GoBuildInfo | undefined {
  const elf = readElf(bytes);
  if (!elf) return undefined;
  const data = elf.section('.go.buildinfo') ?? elf.firstWritableSegment()?.subarray(0, SEARCH_BYTES);
  if (!data) return undefined;
  let at = -1;
  for (let from = 0; ; ) {
    const i = data.indexOf(MAGIC, from);
    if (i === -1 || data.length - i < HEADER_BYTES) return undefined;
    if (i % ALIGN === 0) {
      at = i;
      break;
    }
    from = i + 1;
  }
  const flags = data[at + 15] as number;
  if ((flags & FLAG_INLINE) === 0) {
    throw new Error('Go build info in the pre-1.18 pointer format (binary built with Go < 1.18) is not read');
  }
  let pos = at + HEADER_BYTES;
  const readBytes = (): Buffer => {
    let len = 0;
    let shift = 0;
    for (;;) {
      if (pos >= data.length || shift > 28) throw new Error('Go build info is truncated (string length)');
      const b = data[pos++] as number;
      len |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
    }
    if (pos + len > data.length) throw new Error('Go build info is truncated (string bytes)');
    const s = data.subarray(pos, pos + len);
    pos += len;
    return s;
  };
  const goVersion = readBytes().toString('utf8');
  let mod = readBytes();
  // The module text is framed by two 16-byte sentinels (runtime/debug), which are not UTF-8.
  if (mod.length >= 33 && mod[mod.length - 17] === 0x0a) mod = mod.subarray(16, mod.length - 16);
  return parseModInfo(goVersion, mod.toString('utf8'));
}

function parseModInfo(goVersion: string, text: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, deps: [], settings: new Map() };
  let last: GoModule | undefined;
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    switch (f[0]) {
      case 'path':
        info.path = f[1];
        break;
      case 'mod':
        if (f[1]) info.main = withSum({ path: f[1], version: f[2] ?? '' }, f[3]);
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
          if (f[3]) last.sum = f[3];
          else delete last.sum;
        }
        break;
      case 'build': {
        const kv = f[1] ?? '';
        const eq = kv.indexOf('=');
        if (eq > 0) info.settings.set(kv.slice(0, eq), kv.slice(eq + 1));
        break;
      }
      default:
        break;
    }
  }
  return info;
}

function withSum(m: GoModule, sum: string | undefined): GoModule {
  if (sum) m.sum = sum;
  return m;
}

function readGoBinary(file: CapturedFile, out: Findings): void {
  const info = readBuildInfo(file.bytes);
  if (!info) return;
  const toolchain = /^go(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)\b/.exec(info.goVersion)?.[1];
  if (toolchain) {
    // OSV keys Go toolchain advisories by the module `stdlib`, versions without `go`.
    out.add(goPackage('stdlib', toolchain, file, { goVersion: info.goVersion }));
  }
  const main = info.main;
  if (main && main.version !== '' && main.version !== '(devel)') {
    out.add(
      goPackage(main.path, main.version, file, {
        goVersion: info.goVersion,
        h1Digest: main.sum,
        main: 'true',
      }),
    );
  }
  for (const dep of info.deps) {
    if (dep.version === '' || dep.version === '(devel)') {
      // A replacement by a local directory has no version to identify it by.
      out.warn(file, `Go module ${dep.path} has no version (replaced by a local directory?); skipped`);
      continue;
    }
    out.add(
      goPackage(dep.path, dep.version, file, {
        goVersion: info.goVersion,
        h1Digest: dep.sum,
        replaces: dep.replaces,
      }),
    );
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

interface Requirement {
  path: string;
  version: string;
  indirect: boolean;
}

export function parseGoMod(file: CapturedFile, out: Findings): void {
  const requires = new Map<string, Requirement>();
  const replaces: { from: string; fromVersion?: string; to: string; toVersion?: string }[] = [];
  let block: string | undefined;
  const excludes = new Set<string>();
  let sawModule = false;
  const lines = file.bytes.toString('utf8').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') return;
    let verb: string | undefined;
    let args: string;
    if (block) {
      if (line === ')') {
        block = undefined;
        return;
      }
      verb = block;
      args = line;
    } else {
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
      if (!block || line.endsWith('(')) out.warn(file, `line ${i + 1}: unknown directive "${verb}"; skipped`);
      return;
    }
    if (verb === 'module') sawModule = true;
    if (verb === 'exclude' && words.length >= 2) excludes.add(`${words[0]}@${words[1]}`);
    if (verb === 'require') {
      if (words.length < 2) {
        out.warn(file, `line ${i + 1}: require needs a module path and a version; skipped`);
        return;
      }
      requires.set(words[0] as string, { path: words[0] as string, version: words[1] as string, indirect });
    } else if (verb === 'replace') {
      const arrow = words.indexOf('=>');
      if (arrow < 1 || arrow > 2 || words.length < arrow + 2) {
        out.warn(file, `line ${i + 1}: replace is not "old [version] => new [version]"; skipped`);
        return;
      }
      replaces.push({
        from: words[0] as string,
        fromVersion: arrow === 2 ? words[1] : undefined,
        to: words[arrow + 1] as string,
        toVersion: words[arrow + 2],
      });
    }
  });
  if (!sawModule && requires.size === 0) throw new Error('has no module directive: not a go.mod');
  for (const req of requires.values()) {
    if (excludes.has(`${req.path}@${req.version}`)) continue;
    const r = replaces.find((x) => x.from === req.path && (!x.fromVersion || x.fromVersion === req.version));
    if (r && !r.toVersion) continue; // replaced by a local directory: no version to report
    const path = r ? r.to : req.path;
    const version = r?.toVersion ?? req.version;
    out.add(
      goPackage(path, version, file, {
        indirect: req.indirect ? 'true' : undefined,
        replaces: r ? `${req.path}@${req.version}` : undefined,
      }),
    );
  }
}

/** Whitespace-separated words; Go allows quoted module paths. */
function tokens(args: string): string[] {
  return [...args.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
