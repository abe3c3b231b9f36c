// Synthetic executables for the ELF readers' tests: no binary fixture lives in the repository.

/** A minimal little-endian ELF64 file with the given sections (enough for section lookup). */
export function elfWith(sections: Record<string, Buffer>): Buffer {
  const names = ['', ...Object.keys(sections), '.shstrtab'];
  const shstrtab = Buffer.from(`${names.join('\0')}\0`);
  const datas = [Buffer.alloc(0), ...Object.values(sections), shstrtab];
  const header = Buffer.alloc(64);
  header.writeUInt32BE(0x7f454c46, 0);
  header[4] = 2; // 64-bit
  header[5] = 1; // little endian
  header[6] = 1;
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(62, 18); // x86-64
  let offset = 64;
  const offsets = datas.map((d) => {
    const o = offset;
    offset += d.length;
    return o;
  });
  header.writeBigUInt64LE(BigInt(offset), 0x28); // e_shoff
  header.writeUInt16LE(64, 0x34);
  header.writeUInt16LE(64, 0x3a); // e_shentsize
  header.writeUInt16LE(datas.length, 0x3c); // e_shnum
  header.writeUInt16LE(datas.length - 1, 0x3e); // e_shstrndx
  const shdrs = datas.map((d, i) => {
    const h = Buffer.alloc(64);
    const nameOff = names.slice(0, i).reduce((n, s) => n + s.length + 1, 0);
    h.writeUInt32LE(nameOff, 0);
    h.writeUInt32LE(i === 0 ? 0 : 1, 4); // SHT_PROGBITS
    h.writeBigUInt64LE(BigInt(offsets[i] ?? 0), 0x18);
    h.writeBigUInt64LE(BigInt(d.length), 0x20);
    return h;
  });
  return Buffer.concat([header, ...datas, ...shdrs]);
}
