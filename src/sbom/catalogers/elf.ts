import { basename, dirname } from './findings.js';

// A minimal ELF reader for the two catalogers that look inside executables (Go
// build info, cargo-auditable). It only locates bytes: a named section through
// the section header table, or the first writable loadable segment when a
// stripped binary has no section headers. Every offset is checked against the
// buffer, so a truncated or hostile file yields undefined, never an exception
// escaping or a read past the end.

export interface ElfImage {
  littleEndian: boolean;
  is64: boolean;
  section(name: string): Buffer | undefined;
  /** The file bytes of the first writable PT_LOAD segment, where Go puts its build info. */
  firstWritableSegment(): Buffer | undefined;
}

const PT_LOAD = 1;
const PF_W = 2;
const MAX_SECTIONS = 65_535;

export function isElf(bytes: Buffer): boolean {
  return bytes.length >= 52 && bytes.readUInt32BE(0) === 0x7f454c46;
}

/**
 * The ELF header of `bytes`, with readers in the file's class and byte order;
 * a read past the buffer gives -1, so callers check ranges, never catch.
 */
export interface ElfHeader {
  is64: boolean;
  littleEndian: boolean;
  u16(offset: number): number;
  u32(offset: number): number;
  /** An address-sized field (32 or 64 bits); -1 past the buffer or above Number.MAX_SAFE_INTEGER. */
  word(offset: number): number;
  phoff: number;
  shoff: number;
  phentsize: number;
  phnum: number;
  shentsize: number;
  shnum: number;
  shstrndx: number;
}

export function readElfHeader(bytes: Buffer): ElfHeader | undefined {
  if (!isElf(bytes)) return undefined;
  const is64 = bytes[4] === 2;
  const le = bytes[5] === 1;
  if ((bytes[4] !== 1 && !is64) || (bytes[5] !== 1 && bytes[5] !== 2)) return undefined;
  if (is64 && bytes.length < 64) return undefined;
  const u16 = (o: number) =>
    o + 2 <= bytes.length ? (le ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o)) : -1;
  const u32 = (o: number) =>
    o + 4 <= bytes.length ? (le ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o)) : -1;
  const word = (o: number): number => {
    if (!is64) return u32(o);
    if (o + 8 > bytes.length) return -1;
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

export function readElf(bytes: Buffer): ElfImage | undefined {
  const header = readElfHeader(bytes);
  if (!header) return undefined;
  const {
    is64,
    littleEndian: le,
    u32,
    word,
    phoff,
    shoff,
    phentsize,
    phnum,
    shentsize,
    shnum,
    shstrndx,
  } = header;
  const slice = (off: number, size: number): Buffer | undefined =>
    off >= 0 && size >= 0 && off + size <= bytes.length ? bytes.subarray(off, off + size) : undefined;

  let sections: Map<string, Buffer> | undefined;
  const readSections = (): Map<string, Buffer> => {
    const map = new Map<string, Buffer>();
    if (shoff <= 0 || shnum <= 0 || shnum > MAX_SECTIONS || shentsize < (is64 ? 64 : 40)) return map;
    const header = (i: number) => shoff + i * shentsize;
    const offsetOf = (h: number) => word(h + (is64 ? 0x18 : 0x10));
    const sizeOf = (h: number) => word(h + (is64 ? 0x20 : 0x14));
    const strtab = slice(offsetOf(header(shstrndx)), sizeOf(header(shstrndx)));
    if (!strtab) return map;
    for (let i = 0; i < shnum; i++) {
      const h = header(i);
      const nameOff = u32(h);
      const type = u32(h + 4);
      if (nameOff < 0 || nameOff >= strtab.length || type === 8 /* SHT_NOBITS */) continue;
      const end = strtab.indexOf(0, nameOff);
      const name = strtab.toString('latin1', nameOff, end === -1 ? strtab.length : end);
      const data = slice(offsetOf(h), sizeOf(h));
      if (data && !map.has(name)) map.set(name, data);
    }
    return map;
  };

  return {
    littleEndian: le,
    is64,
    section(name: string): Buffer | undefined {
      sections ??= readSections();
      return sections.get(name);
    },
    firstWritableSegment(): Buffer | undefined {
      if (phoff <= 0 || phnum <= 0 || phentsize < (is64 ? 56 : 32)) return undefined;
      for (let i = 0; i < phnum; i++) {
        const h = phoff + i * phentsize;
        const type = u32(h);
        const flags = u32(is64 ? h + 4 : h + 0x18);
        if (type !== PT_LOAD || flags < 0 || (flags & PF_W) === 0) continue;
        const off = word(h + (is64 ? 0x08 : 0x04));
        const filesz = word(h + (is64 ? 0x20 : 0x10));
        if (off < 0 || filesz < 0) return undefined;
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
const SCRIPT_EXT =
  /\.(sh|bash|py|pl|rb|js|mjs|cjs|txt|md|json|ya?ml|conf|cfg|ini|xml|html|so(\.\d+)*|a|o|h|la|pc|gz|jar)$/i;

/** Executables larger than this are skipped by the image view: it bounds memory per file. */
export const MAX_EXECUTABLE_BYTES = 128 * 1024 * 1024;

export function wantsExecutable(path: string): boolean {
  const name = basename(path);
  if (name === '' || name.startsWith('.') || SCRIPT_EXT.test(name)) return false;
  const dir = dirname(path);
  if (dir === '') return !name.includes('.');
  const parent = basename(dir);
  if (parent === 'bin' || parent === 'sbin') return true;
  return /^(usr\/libexec|ko-app|app)(\/|$)/.test(dir);
}
