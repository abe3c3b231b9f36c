import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import yazl from 'yazl';
import type { OsvEvent, OsvRecord } from '../../src/advisories/osv.js';
import { parseOsvText } from '../../src/advisories/osv-text.js';
import { exportEcosystemsOf } from '../../src/advisories/source.js';
import { needShared } from '../harness/peers.js';

// Real advisories from ../shared/testdata/osv, and a local HTTP server that
// publishes them in OSV's export layout (`<eco>/all.zip`, `<eco>/modified_id.csv`,
// `<eco>/<id>.json`), with faults on demand. Sources that are not OSV (Alpine
// secdb, Debian's DSA/DLA lists) are converted here the way osv.dev converts them.

export const OSV_DIR = needShared('testdata/osv');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** Every OSV record of a testdata folder (JSON, and PyPA's YAML), grouped by export ecosystem. */
export function realRecords(...folders: string[]): Map<string, OsvRecord[]> {
  const out = new Map<string, OsvRecord[]>();
  for (const folder of folders) {
    for (const file of walk(join(OSV_DIR as string, folder))) {
      if (!/\.(json|ya?ml)$/.test(file) || /provenance\.json$/.test(file)) continue;
      const record = parseOsvText(readFileSync(file, 'utf8'), file);
      for (const eco of exportEcosystemsOf(record)) {
        const list = out.get(eco) ?? [];
        list.push(record);
        out.set(eco, list);
      }
    }
  }
  return out;
}

/**
 * Alpine secdb → OSV, as osv.dev's Alpine converter does: one record per
 * (CVE, branch) with id `ALPINE-<CVE>`, the CVE as its upstream id, ecosystem
 * `Alpine:<branch>`, the aport (origin) as package name, and one ECOSYSTEM range
 * `introduced: 0, fixed: <secfixes key>`. Key "0" means "never affected in this
 * branch" and yields no range. secdb has no modification times: `modified` is given.
 */
export function alpineSecdbToOsv(files: string[], modified: string): OsvRecord[] {
  const byCve = new Map<string, OsvRecord>();
  for (const file of files) addSecdb(byCve, file, modified);
  return [...byCve.values()];
}

/** One record per CVE across branches: each branch is an affected[] entry of it. */
function addSecdb(byCve: Map<string, OsvRecord>, file: string, modified: string): void {
  const db = JSON.parse(readFileSync(file, 'utf8')) as {
    distroversion: string;
    packages: { pkg: { name: string; secfixes: Record<string, string[]> } }[];
  };
  for (const { pkg } of db.packages) {
    for (const [fixed, ids] of Object.entries(pkg.secfixes)) {
      if (fixed === '0') continue;
      for (const raw of ids) {
        const cve = raw.split(/\s+/)[0] as string;
        if (!/^CVE-\d+-\d+$/.test(cve)) continue;
        const id = `ALPINE-${cve}`;
        const record = byCve.get(id) ?? { id, modified, upstream: [cve], affected: [] };
        record.affected?.push({
          package: { ecosystem: `Alpine:${db.distroversion}`, name: pkg.name },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
        });
        byCve.set(id, record);
      }
    }
  }
}

const DEBIAN_RELEASES: Record<string, string> = {
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
};
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Debian's DSA/DLA list → OSV, as osv.dev builds its DSA-/DLA- records: one
 * record per advisory, the CVEs in braces as upstream ids, and each
 * `[release] - <source> <version>` line a `fixed` event in `Debian:<major>`.
 * The advisory date is used as `modified` and `published`.
 */
export function debianListToOsv(text: string): OsvRecord[] {
  const out: OsvRecord[] = [];
  let current: OsvRecord | undefined;
  for (const line of text.split('\n')) {
    const head = /^\[(\d{2}) (\w{3}) (\d{4})\] (D[SL]A-\d+-\d+) (\S+)/.exec(line);
    if (head) {
      const [, d, mon, y, id] = head as unknown as string[];
      const month = String(MONTHS.indexOf(mon as string) + 1).padStart(2, '0');
      const time = `${y}-${month}-${d}T00:00:00Z`;
      current = { id: id as string, modified: time, published: time, affected: [] };
      out.push(current);
      continue;
    }
    if (!current) continue;
    const cves = /^\t\{(.*)\}/.exec(line);
    if (cves) current.upstream = (cves[1] as string).split(/\s+/).filter(Boolean);
    const fix = /^\t\[(\w+)\] - (\S+) (\S+)/.exec(line);
    if (fix && DEBIAN_RELEASES[fix[1] as string] && fix[3] !== '<not-affected>') {
      current.affected?.push({
        package: { ecosystem: `Debian:${DEBIAN_RELEASES[fix[1] as string]}`, name: fix[2] as string },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: fix[3] as string }] }],
      });
    }
  }
  return out.filter((r) => (r.affected?.length ?? 0) > 0);
}

/**
 * osv.dev's intermediate Debian parts (`vulnfeeds/test_data/parts/debian/CVE-*.debian.json`:
 * per release, the source package, its affected versions and the tracker's
 * urgency) → the DEBIAN-CVE record osv.dev writes from them: id `DEBIAN-<CVE>`,
 * the CVE as upstream id, one ECOSYSTEM range per release with the parts' events,
 * and the urgency kept in `ecosystem_specific`. `modified` is given.
 */
export function debianPartsToOsv(cve: string, text: string, modified: string): OsvRecord {
  const parts = JSON.parse(text) as {
    pkg_name: string;
    ecosystem: string;
    fixed_version: { affected_versions: OsvEvent[] };
    ecosystem_specific?: Record<string, unknown>;
  }[];
  return {
    id: `DEBIAN-${cve}`,
    modified,
    upstream: [cve],
    affected: parts.map((p) => ({
      package: { ecosystem: p.ecosystem, name: p.pkg_name },
      ranges: [{ type: 'ECOSYSTEM', events: p.fixed_version.affected_versions }],
      ...(p.ecosystem_specific ? { ecosystem_specific: p.ecosystem_specific } : {}),
    })),
  };
}

export async function zipOf(entries: { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.bytes, e.name, { mtime: new Date(0) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export type Fault = { status: number; retryAfter?: string } | 'reset';

/** OSV's export layout over node:http on 127.0.0.1, with a request log and queued faults. */
export class OsvExportServer {
  readonly files = new Map<string, Buffer>();
  readonly log: string[] = [];
  readonly faults = new Map<string, Fault[]>();
  bytesSent = 0;
  url = '';
  #server?: Server;

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] as string);
      this.log.push(path);
      const fault = this.faults.get(path)?.shift();
      if (fault === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault) {
        res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
        res.end('fault');
        return;
      }
      const body = this.files.get(path);
      if (!body) {
        res.writeHead(404);
        res.end('not found');
        return;
      }
      this.bytesSent += body.length;
      res.writeHead(200, { 'content-length': String(body.length) });
      res.end(body);
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  fail(path: string, ...faults: Fault[]): void {
    this.faults.set(path, [...(this.faults.get(path) ?? []), ...faults]);
  }

  /** Publishes an ecosystem: all.zip, one JSON per record, modified_id.csv newest first. */
  async publish(
    ecosystem: string,
    records: readonly OsvRecord[],
    extra: { name: string; bytes: Buffer }[] = [],
  ) {
    for (const key of [...this.files.keys()]) if (key.startsWith(`/${ecosystem}/`)) this.files.delete(key);
    const entries = records.map((r) => ({ name: `${r.id}.json`, bytes: Buffer.from(JSON.stringify(r)) }));
    for (const e of entries) this.files.set(`/${ecosystem}/${e.name}`, e.bytes);
    this.files.set(`/${ecosystem}/all.zip`, await zipOf([...entries, ...extra]));
    const csv = [...records]
      .sort((a, b) => Date.parse(b.modified) - Date.parse(a.modified))
      .map((r) => `${r.modified},${r.id}\n`)
      .join('');
    this.files.set(`/${ecosystem}/modified_id.csv`, Buffer.from(csv));
  }
}
