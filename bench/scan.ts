import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportEcosystems, queryFor } from '../src/advisories/matcher.js';
import type { OsvRecord } from '../src/advisories/osv.js';
import { exportEcosystemsOf } from '../src/advisories/source.js';
import { readSbomFile } from '../src/sbom/readers/index.js';
import { debianListToOsv, OSV_DIR, OsvExportServer, realRecords } from '../test/advisories/osv-fixtures.js';
import { REPO_ROOT } from '../test/harness/peers.js';
import { syntheticCorpus } from './advisories.js';

// Scan benchmark (issue 5): `lading scan` of the SBOM benchmark image from its
// SBOM, with a warm advisory database covering every ecosystem in it, next to
// `lading sbom` of the same image. Both run as children of the same bundle and
// are timed alike (wall clock, from a small python3 process). The database holds real advisories where the
// shared testdata has them (Debian's DSA/DLA lists, GHSA, PyPA, Go, RustSec),
// advisories naming about a quarter of the image's own packages (so matching
// finds and reports), and filler up to OSV's size for npm. Prints; asserts nothing.

const SBOM_CACHE = join(REPO_ROOT, '.lading', 'bench', 'sbom');
const LAYOUT = join(SBOM_CACHE, 'layout');
const MARKER = join(SBOM_CACHE, 'bench-ready.json');
const DEFAULT_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const TAG = 'bench';
const TARGET_RATIO = 0.1;
/** OSV's npm export holds some 20,000 records; the filler brings the synthetic npm index near that. */
const NPM_FILLER_ENTRIES = 40_000;
const OTHER_FILLER_RECORDS = 5_000;

function log(message: string): void {
  console.error(`bench scan: ${message}`);
}

// python3 times the child from a small process, as bench/sbom.ts and bench/copy.ts
// do. Timed from this one instead, each child cost ~15 ms more: forking a process
// that holds the advisory corpus copies its page tables, which counted against the
// short scan far more than against the SBOM run.
const MEASURE_PY = `
import subprocess, sys, time
t0 = time.monotonic()
rc = subprocess.call(sys.argv[2:], stdout=int(sys.argv[1]), stderr=int(sys.argv[1]))
print(rc, time.monotonic() - t0)
`;

/** Runs `node CLI ARGS…` and returns its wall time in seconds; output goes to `logPath`. */
async function timed(cli: string, args: string[], logPath: string, env: NodeJS.ProcessEnv): Promise<number> {
  const fd = openSync(logPath, 'a');
  const child = spawn('python3', ['-c', MEASURE_PY, '3', process.execPath, cli, ...args], {
    stdio: ['ignore', 'pipe', 'inherit', fd],
    env,
    cwd: REPO_ROOT,
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const [rc, seconds] = out.trim().split(' ');
  if (code !== 0 || rc !== '0') throw new Error(`lading ${args[0]} exited ${rc ?? code}; see ${logPath}`);
  return Number(seconds);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** One advisory affecting `name` at every version below 999 (so it matches what is installed). */
function hitRecord(i: number, ecosystem: string, name: string): OsvRecord {
  const id = `BENCH-${ecosystem.replace(/[^A-Za-z0-9]/g, '')}-${i}`;
  const time = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  return {
    schema_version: '1.4.0',
    id,
    modified: time,
    published: time,
    aliases: [`CVE-2025-${20000 + i}`],
    summary: `synthetic advisory ${i} for ${name}`,
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem, name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '999.0.0' }] }],
      },
    ],
  } as OsvRecord;
}

/** Every record the bench database publishes, by export ecosystem (only those the SBOM needs). */
function advisoriesFor(
  wanted: string[],
  queries: { ecosystem: string; name: string }[],
): Map<string, OsvRecord[]> {
  const out = new Map<string, OsvRecord[]>(wanted.map((e) => [e, []]));
  const add = (record: OsvRecord) => {
    for (const eco of exportEcosystemsOf(record)) out.get(eco)?.push(record);
  };
  if (OSV_DIR) {
    for (const list of realRecords('ghsa', 'pypa', 'golang-vulndb', 'rustsec', 'almalinux').values())
      for (const r of list) add(r);
    for (const file of ['DSA-list.txt', 'DLA-list.txt']) {
      const path = join(OSV_DIR, 'debian', 'security-tracker', file);
      if (existsSync(path)) for (const r of debianListToOsv(readFileSync(path, 'utf8'))) add(r);
    }
  } else log('shared OSV testdata not found: the database holds synthetic advisories only');
  const seen = new Set<string>();
  queries.forEach((q, i) => {
    const key = `${q.ecosystem}\0${q.name}`;
    if (seen.has(key) || i % 4 !== 0) return;
    seen.add(key);
    add(hitRecord(i, q.ecosystem, q.name));
  });
  if (out.has('npm')) for (const r of syntheticCorpus(NPM_FILLER_ENTRIES)) add(r);
  for (const eco of wanted) {
    if (eco === 'npm') continue;
    const sample = queries.find((q) => exportEcosystemsOf(hitRecord(0, q.ecosystem, 'x')).has(eco));
    if (!sample) continue;
    for (let i = 0; i < OTHER_FILLER_RECORDS; i++)
      add(hitRecord(1_000_000 + i, sample.ecosystem, `bench-filler-${i}`));
  }
  return out;
}

/** `cli`: the lading bundle to time (default dist/cli/index.js). */
export async function runScanBench(options: { runs?: number; cli?: string } = {}): Promise<void> {
  const runs = options.runs ?? 1;
  const cli = options.cli ?? DEFAULT_CLI;
  if (!existsSync(cli)) {
    console.log(`scan bench: lading is not built yet (${cli} is missing; run \`npm run build\`)`);
    return;
  }
  if (!existsSync(MARKER)) {
    log('the SBOM benchmark image is not cached yet: building it with the SBOM bench first');
    const sbom = await import('./sbom.js');
    await sbom.runSbomBench({ runs: 1, cli });
  }
  const work = await mkdtemp(join(tmpdir(), 'lading-bench-scan-'));
  const logPath = join(work, 'children.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: work,
    DOCKER_CONFIG: join(work, 'docker'),
    LADING_DB_DIR: join(work, 'unused-db'),
  };
  const sbomFile = join(work, 'image.cdx.json');
  const sbomArgs = (run: number) => [
    'sbom',
    `oci-dir:${LAYOUT}:${TAG}`,
    '-o',
    `cyclonedx-json=${run === 0 ? sbomFile : join(work, `sbom-${run}.cdx.json`)}`,
  ];
  // The first SBOM run also warms the page cache for the others.
  await timed(cli, sbomArgs(0), logPath, env);
  const read = await readSbomFile(sbomFile, sbomFile);
  const inventory = read.inventory;
  const queries = inventory.packages.flatMap((p) => {
    const q = queryFor(p, inventory.distro);
    return typeof q === 'string' ? [] : q.names.map((name) => ({ ecosystem: q.ecosystem, name }));
  });
  const ecosystems = exportEcosystems(inventory);
  const advisories = advisoriesFor(ecosystems, queries);

  const server = await new OsvExportServer().start();
  try {
    for (const [eco, records] of advisories) await server.publish(eco, records);
    const db = join(work, 'db');
    const scanArgs = (run: number, online: boolean) => [
      'scan',
      `sbom:${sbomFile}`,
      '--db',
      db,
      ...(online ? ['--osv-url', server.url] : ['--offline']),
      '-o',
      `json=${join(work, `scan-${run}.json`)}`,
    ];
    // Warm the database: fetched and indexed once, as a cached CI run finds it.
    await timed(cli, scanArgs(0, true), logPath, env);
    const sbomTimes: number[] = [];
    const scanTimes: number[] = [];
    for (let run = 1; run <= runs; run++) {
      sbomTimes.push(await timed(cli, sbomArgs(run), logPath, env));
      scanTimes.push(await timed(cli, scanArgs(run, false), logPath, env));
    }
    const report = JSON.parse(await readFile(join(work, `scan-${runs}.json`), 'utf8')) as {
      findings: unknown[];
    };
    const records = [...advisories.values()].reduce((n, l) => n + l.length, 0);
    console.log(
      `image: ${LAYOUT}; SBOM: ${inventory.packages.length} packages; database: ${ecosystems.join(', ')} (${records} records, warm); runs: ${runs}`,
    );
    console.log('');
    const line = (cells: string[]) =>
      console.log(cells.map((c, i) => (i === 0 ? c.padEnd(34) : c.padStart(12))).join(''));
    line(['step', 'wall s', 'findings']);
    line(['lading sbom (image → SBOM)', median(sbomTimes).toFixed(3), '']);
    line(['lading scan sbom: (warm database)', median(scanTimes).toFixed(3), String(report.findings.length)]);
    const each = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' ');
    console.log(`per run: sbom ${each(sbomTimes)} | scan ${each(scanTimes)}`);
    const ratio = median(scanTimes) / median(sbomTimes);
    console.log('');
    console.log(
      `ratio scan / sbom: ${ratio.toFixed(3)}   (target <= ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'})`,
    );
    await rm(work, { recursive: true, force: true });
  } catch (err) {
    console.log(`scan bench failed: ${(err as Error).message}`);
    console.log(`work directory kept: ${work}`);
  } finally {
    await server.stop();
  }
}
