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

export interface DbRead {
  blobs: Buffer[];
  /** What was wrong, one line each, without the file name (the caller adds it). */
  problems: string[];
}

export function readBdbHash(bytes: Buffer): DbRead {
  const blobs: Buffer[] = [];
  const problems: string[] = [];
  if (bytes.length < 512) {
    problems.push(`${bytes.length} bytes is too short for a Berkeley DB metadata page`);
    return { blobs, problems };
  }
  let be: boolean;
  if (bytes.readUInt32LE(12) === HASH_MAGIC) be = false;
  else if (bytes.readUInt32BE(12) === HASH_MAGIC) be = true;
  else {
    problems.push('not a Berkeley DB hash file (magic 0x061561 missing at offset 12)');
    return { blobs, problems };
  }
  const u32 = (at: number) => (be ? bytes.readUInt32BE(at) : bytes.readUInt32LE(at));
  const u16 = (at: number) => (be ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at));
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

  const overflow = (first: number, total: number): Buffer | string => {
    const chunks: Buffer[] = [];
    const seen = new Set<number>();
    let got = 0;
    for (let pgno = first; pgno !== 0; ) {
      if (pgno >= pages) return `overflow page ${pgno} is outside the ${pages} pages of the file`;
      if (seen.has(pgno)) return `overflow chain loops at page ${pgno}`;
      seen.add(pgno);
      const off = pgno * pageSize;
      if (bytes[off + 25] !== P_OVERFLOW) return `page ${pgno} is not an overflow page`;
      // On overflow pages the "high free offset" field holds the length of the data on the page.
      const len = Math.min(u16(off + 22), pageSize - PAGE_HEADER, total - got);
      chunks.push(bytes.subarray(off + PAGE_HEADER, off + PAGE_HEADER + len));
      got += len;
      pgno = u32(off + 16);
    }
    if (got !== total) return `overflow chain from page ${first} holds ${got} of ${total} bytes`;
    return Buffer.concat(chunks, total);
  };

  for (let p = 1; p < pages; p++) {
    const off = p * pageSize;
    const type = bytes[off + 25];
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue;
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
        if (typeof value === 'string') problems.push(value);
        else blobs.push(value);
      } else if (itemType === H_KEYDATA) {
        const end = prevOff > itemOff && prevOff <= pageSize ? prevOff : pageSize;
        // Small inline values are rpm's bookkeeping records, not headers.
        if (end - itemOff - 1 > 16) blobs.push(bytes.subarray(item + 1, off + end));
      }
    }
  }
  return { blobs, problems };
}
