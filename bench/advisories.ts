import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AdvisoryDatabase, EcosystemIndexBuilder, writeDatabase } from '../src/advisories/database.js';
import { matchInventory } from '../src/advisories/matcher.js';
import { type OsvRecord, validateOsvRecord } from '../src/advisories/osv.js';
import { refreshDatabase } from '../src/advisories/refresh.js';
import { exportEcosystemsOf, openSource } from '../src/advisories/source.js';
import type { Inventory, Package } from '../src/sbom/model.js';
import { OsvExportServer } from '../test/advisories/osv-fixtures.js';
import { needShared } from '../test/harness/peers.js';

// Advisory database benchmark (issue 4). Prints; asserts nothing.
//  1. index build throughput, MB of OSV JSON per second (parse, validate,
//     compact, write atomically), on the real testdata and on a synthetic npm
//     corpus of >= 200,000 affected entries shaped like GHSA records;
//  2. lookup of 5,000 packages against that index, opening the database included;
//  3. bytes of a daily incremental refresh next to a full fill, over HTTP.

const TARGET_BUILD_MBS = 100;
const TARGET_LOOKUP_MS = 200;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'a an the parser buffer overflow prototype pollution denial of service via crafted input in function allows attackers to cause resource consumption when handling untrusted data'.split(
    ' ',
  );

/** GHSA-shaped npm records: aliases, CVSS v3.1 vector, database_specific, 1-3 affected entries of 1-3 ranges. */
export function syntheticCorpus(targetEntries: number, seed = 1): OsvRecord[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const packages = Math.max(1000, Math.floor(targetEntries / 4));
  const out: OsvRecord[] = [];
  let entries = 0;
  for (let i = 0; entries < targetEntries; i++) {
    const id = `GHSA-${(i + 0x10000).toString(36).padStart(4, '0')}-syn${(i % 1000).toString(36)}-x${(i % 97).toString(36)}`;
    const affected: NonNullable<OsvRecord['affected']> = [];
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) {
      const pkg = `pkg-${Math.floor(r() * packages)}`;
      const ranges = [];
      const m = 1 + Math.floor(r() * 3);
      for (let j = 0; j < m; j++) {
        const major = j * 2 + Math.floor(r() * 2);
        ranges.push({
          type: 'ECOSYSTEM' as const,
          events: [
            { introduced: j === 0 ? '0' : `${major}.0.0` },
            { fixed: `${major}.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}` },
          ],
        });
      }
      affected.push({
        package: { ecosystem: 'npm', name: pkg, purl: `pkg:npm/${pkg}` },
        ranges,
        database_specific: { source: `https://github.com/advisories/${id}/GHSA-${id}.json` },
      });
    }
    entries += n;
    out.push({
      schema_version: '1.4.0',
      id,
      modified: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      published: new Date(Date.UTC(2023, 0, 1) + i * 60_000).toISOString(),
      aliases: [`CVE-2024-${10000 + i}`],
      summary: text(8),
      details: text(120),
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected,
      references: [
        { type: 'ADVISORY', url: `https://nvd.nist.gov/vuln/detail/CVE-2024-${10000 + i}` },
        { type: 'PACKAGE', url: `https://github.com/example/${id}` },
      ],
      database_specific: { cwe_ids: ['CWE-400'], severity: 'HIGH', github_reviewed: true },
    });
  }
  return out;
}

/**
 * Builds one index per export ecosystem from JSON texts, written atomically;
 * seconds taken in all, and of them the atomic write (fsyncs and renames).
 */
async function buildFromJson(
  texts: readonly { ecosystem?: string; json: string }[],
  dir: string,
): Promise<{ seconds: number; write: number; files: number }> {
  const start = performance.now();
  const builders = new Map<string, EcosystemIndexBuilder>();
  for (const t of texts) {
    const record = validateOsvRecord(JSON.parse(t.json), 'bench');
    for (const eco of t.ecosystem ? [t.ecosystem] : exportEcosystemsOf(record)) {
      let b = builders.get(eco);
      if (!b) {
        b = new EcosystemIndexBuilder(eco);
        builders.set(eco, b);
      }
      b.add(record);
    }
  }
  const updates = new Map(
    [...builders].map(([eco, b]) => [
      eco,
      {
        content: b.build(),
        state: { records: b.size, entries: b.entries, fetchedAt: new Date().toISOString(), source: 'bench' },
      },
    ]),
  );
  const written = performance.now();
  await writeDatabase(dir, undefined, updates);
  const end = performance.now();
  return { seconds: (end - start) / 1000, write: (end - written) / 1000, files: updates.size };
}

function realJsonTexts(): { json: string }[] {
  const osv = needShared('testdata/osv');
  if (!osv) return [];
  const out: { json: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (
        name.endsWith('.json') &&
        !name.includes('provenance') &&
        /^(GHSA|GO|RUSTSEC|ALSA|ALBA|ALEA)-/.test(name)
      )
        out.push({ json: readFileSync(p, 'utf8') });
    }
  };
  for (const f of ['ghsa', 'golang-vulndb', 'rustsec', 'almalinux']) walk(join(osv, f));
  return out;
}

export function inventoryOf(n: number, packages: number, seed = 2): Inventory {
  const r = rng(seed);
  const list: Package[] = [];
  for (let i = 0; i < n; i++) {
    // a third of them are not in the corpus at all, as in a real image
    const name = i % 3 === 0 ? `absent-${i}` : `pkg-${Math.floor(r() * packages)}`;
    const version = `${Math.floor(r() * 6)}.${Math.floor(r() * 20)}.${Math.floor(r() * 10)}`;
    list.push({
      name,
      version,
      type: 'npm',
      purl: `pkg:npm/${name}@${version}`,
      licenses: [],
      locations: [],
    });
  }
  return { packages: list, warnings: [] };
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const f1 = (x: number) => x.toFixed(1);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Seconds to JSON.parse every text and drop it: the floor any index build stands on, measured beside it. */
function parseFloor(texts: readonly { json: string }[]): number {
  const start = performance.now();
  let n = 0;
  for (const t of texts) n += (JSON.parse(t.json) as { id: string }).id.length;
  if (n === 0) throw new Error('unreachable: records have ids');
  return (performance.now() - start) / 1000;
}

/**
 * A full collection before a timed step, so that it runs on a heap like a
 * fresh process's and not on the garbage of the step before.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export interface AdvisoriesBenchOptions {
  /** Affected entries in the synthetic corpus; default 200,000. */
  entries?: number;
  /** Packages looked up; default 5,000. */
  packages?: number;
  /** Records changed upstream in the simulated day; default 150. */
  dailyChanges?: number;
  /** Timed repetitions of the build and the lookup, medians reported; default 3. */
  runs?: number;
}

export async function runAdvisoriesBench(options: AdvisoriesBenchOptions = {}): Promise<void> {
  const entries = options.entries ?? 200_000;
  const lookups = options.packages ?? 5_000;
  const daily = options.dailyChanges ?? 150;
  const runs = options.runs ?? 3;
  const work = mkdtempSync(join(tmpdir(), 'lading-bench-osv-'));
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`advisories bench: ${runs} run(s), medians; ${cpus().length} CPUs, load average ${load()}`);
  try {
    // 1. build throughput, each run beside a JSON.parse floor of the same bytes
    const real = realJsonTexts();
    if (real.length > 0) {
      const bytes = real.reduce((n, t) => n + Buffer.byteLength(t.json), 0);
      await buildFromJson(real, join(work, 'warmup'));
      const builds: number[] = [];
      const writes: number[] = [];
      const floors: number[] = [];
      let files = 0;
      for (let i = 0; i < runs; i++) {
        collectGarbage();
        floors.push(parseFloor(real));
        const b = await buildFromJson(real, join(work, `real-${i}`));
        files = b.files;
        builds.push(b.seconds);
        writes.push(b.write);
      }
      const s = median(builds);
      const floor = median(floors);
      console.log(
        `index build, real OSV JSON: ${real.length} records, ${f1(mb(bytes))} MB in ${(s * 1000).toFixed(0)} ms = ${f1(mb(bytes) / s)} MB/s (target >= ${TARGET_BUILD_MBS}), of which the atomic write of ${files} index files ${(median(writes) * 1000).toFixed(0)} ms | JSON.parse floor ${f1(mb(bytes) / floor)} MB/s | build/floor time ${(s / floor).toFixed(2)}x`,
      );
    }
    // Only the JSON texts stay alive while the index is built, as when a fill reads
    // an export: a parsed corpus of 100,000 records held beside it would only make
    // every garbage collection of the build slower.
    let corpus: OsvRecord[] | undefined = syntheticCorpus(entries);
    const records = corpus.length;
    let texts: { ecosystem: string; json: string }[] | undefined = corpus.map((r) => ({
      ecosystem: 'npm',
      json: JSON.stringify(r),
    }));
    corpus = undefined;
    const synBytes = texts.reduce((n, t) => n + Buffer.byteLength(t.json), 0);
    const dbDir = join(work, 'synthetic');
    const builds: string[] = [];
    const times: number[] = [];
    const writes: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Each run starts from the same heap: the texts, not the garbage of the run before.
      collectGarbage();
      floors.push(parseFloor(texts));
      const dir = `${dbDir}-${i}`;
      const b = await buildFromJson(texts, dir);
      times.push(b.seconds);
      writes.push(b.write);
      builds.push(dir);
    }
    // An npm-sized export for step 3 (OSV's npm has some 20,000 records), to keep the zip in memory small;
    // parsed only now, so that no parsed corpus sat beside the builds above.
    const exported = texts.slice(0, 20_000).map((t) => JSON.parse(t.json) as OsvRecord);
    // A scan process holds no corpus: the lookup below runs without the 200 MB of texts alive.
    texts = undefined;
    const last = builds.at(-1) as string;
    for (const dir of builds) if (dir !== last) rmSync(dir, { recursive: true, force: true });
    const db0 = await AdvisoryDatabase.open(last);
    const s = median(times);
    const floor = median(floors);
    console.log(
      `index build, synthetic npm: ${records} records, ${db0.state('npm')?.entries} affected entries, ${f1(mb(synBytes))} MB in ${(s * 1000).toFixed(0)} ms = ${f1(mb(synBytes) / s)} MB/s (target >= ${TARGET_BUILD_MBS}), of which the atomic write ${(median(writes) * 1000).toFixed(0)} ms | JSON.parse floor ${f1(mb(synBytes) / floor)} MB/s | build/floor time ${(s / floor).toFixed(2)}x; index file ${f1(mb(db0.state('npm')?.bytes ?? 0))} MB; runs ${times.map((t) => f1(mb(synBytes) / t)).join(', ')} MB/s`,
    );
    db0.close();

    // 2. lookup with the load included: a fresh open, as a scan does
    const inventory = inventoryOf(lookups, Math.max(1000, Math.floor(entries / 4)));
    const lookupMs: number[] = [];
    let findings = 0;
    let indexed = 0;
    for (let i = 0; i < runs; i++) {
      collectGarbage();
      const t0 = performance.now();
      const db = await AdvisoryDatabase.open(last);
      const report = matchInventory(inventory, db);
      lookupMs.push(performance.now() - t0);
      indexed = db.state('npm')?.entries ?? 0;
      db.close();
      findings = report.findings.length;
    }
    console.log(
      `lookup: ${lookups} packages against ${indexed} affected entries, load included: ${median(lookupMs).toFixed(0)} ms (target <= ${TARGET_LOOKUP_MS}); ${findings} findings; runs ${lookupMs.map((t) => t.toFixed(0)).join(', ')} ms (the first opens the index cold)`,
    );

    // 3. daily refresh bytes vs full fill, over HTTP in OSV's export layout
    const server = await new OsvExportServer().start();
    try {
      await server.publish('npm', exported);
      const httpDir = join(work, 'http');
      const full = await refreshDatabase({
        dir: httpDir,
        source: openSource(server.url),
        ecosystems: ['npm'],
        warn: () => {},
      });
      const next = exported.map((r, i) =>
        i % Math.floor(exported.length / daily) === 0
          ? { ...r, modified: new Date(Date.UTC(2030, 0, 1) + i).toISOString() }
          : r,
      );
      await server.publish('npm', next);
      const inc = await refreshDatabase({
        dir: httpDir,
        source: openSource(server.url),
        ecosystems: ['npm'],
        warn: () => {},
      });
      const changed = inc.ecosystems[0]?.changed ?? 0;
      console.log(
        `refresh bytes: full fill ${full.bytes} B (${full.requests} request) | daily incremental ${inc.bytes} B (${inc.requests} requests, ${changed} records changed) | ratio ${(full.bytes / Math.max(1, inc.bytes)).toFixed(0)}x`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
