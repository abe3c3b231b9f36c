import { spawn } from 'node:child_process';
import { createHash, type Hash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { needPeer, REPO_ROOT } from '../test/harness/peers.js';
import { startRegistry } from '../test/harness/registry.js';

// Copy benchmark (issue 2): a >= 200 MiB multi-layer image goes from an OCI layout to
// the local distribution registry and back, with crane, skopeo and lading, each child
// measured the same way (wall time and peak RSS from getrusage of its own waiter).
// The tools take turns within each run, each with a fresh registry, and the ratios are
// printed per run as well as of the medians: the machine is shared, and its load moves.
// It prints; it asserts nothing.

const LAYERS = 5;
const LAYER_BYTES = 48 * 1024 * 1024;
const TAG = 'bench';
const RSS_TARGET_MIB = 150;
const DEFAULT_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const CACHE_DIR = join(REPO_ROOT, '.lading', 'bench', `image-${LAYERS}x${LAYER_BYTES / 1024 / 1024}MiB`);

interface BenchImage {
  dir: string;
  bytes: number;
}

class HashTap extends Transform {
  bytes = 0;
  readonly hash: Hash = createHash('sha256');
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

async function writeBlob(layout: string, data: Buffer): Promise<{ digest: string; size: number }> {
  const hex = createHash('sha256').update(data).digest('hex');
  await writeFile(join(layout, 'blobs', 'sha256', hex), data);
  return { digest: `sha256:${hex}`, size: data.length };
}

/** One gzip'd tar layer holding a single file of random (incompressible) bytes. */
async function writeLayer(layout: string): Promise<{ digest: string; size: number; diffId: string }> {
  const tmp = join(layout, 'blobs', `.layer-${randomBytes(6).toString('hex')}`);
  const pack = tar.pack();
  const tarTap = new HashTap();
  const gzTap = new HashTap();
  const written = pipeline(pack, tarTap, createGzip({ level: 1 }), gzTap, createWriteStream(tmp));
  let entryDone: (err?: Error | null) => void = () => {};
  const entryWritten = new Promise<void>((resolve, reject) => {
    entryDone = (err) => (err ? reject(err) : resolve());
  });
  const entry = pack.entry(
    { name: 'bench/data.bin', size: LAYER_BYTES, mode: 0o644, mtime: new Date(0) },
    (err) => entryDone(err),
  );
  for (let left = LAYER_BYTES; left > 0; left -= 1 << 20) {
    if (!entry.write(randomBytes(Math.min(1 << 20, left)))) await once(entry, 'drain');
  }
  entry.end(() => {});
  await entryWritten;
  pack.finalize();
  await written;
  const hex = gzTap.hash.digest('hex');
  await rename(tmp, join(layout, 'blobs', 'sha256', hex));
  return { digest: `sha256:${hex}`, size: gzTap.bytes, diffId: `sha256:${tarTap.hash.digest('hex')}` };
}

/** Builds the layout once and reuses it from .lading/bench afterwards. */
async function benchImage(): Promise<BenchImage> {
  const marker = join(CACHE_DIR, 'bench-ready.json');
  if (existsSync(marker))
    return { dir: CACHE_DIR, ...(JSON.parse(await readFile(marker, 'utf8')) as { bytes: number }) };
  process.stdout.write(`generating ${LAYERS} x ${LAYER_BYTES >> 20} MiB layers into ${CACHE_DIR} ... `);
  const started = Date.now();
  await rm(CACHE_DIR, { recursive: true, force: true });
  await mkdir(join(CACHE_DIR, 'blobs', 'sha256'), { recursive: true });
  const layers = [];
  for (let i = 0; i < LAYERS; i++) layers.push(await writeLayer(CACHE_DIR));
  const config = await writeBlob(
    CACHE_DIR,
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: {},
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      }),
    ),
  );
  const manifest = await writeBlob(
    CACHE_DIR,
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: layers.map((l) => ({
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: l.digest,
          size: l.size,
        })),
      }),
    ),
  );
  await writeFile(join(CACHE_DIR, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(CACHE_DIR, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': TAG },
        },
      ],
    }),
  );
  const bytes = layers.reduce((n, l) => n + l.size, config.size + manifest.size);
  await writeFile(marker, JSON.stringify({ bytes }));
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir: CACHE_DIR, bytes };
}

interface Measurement {
  exitCode: number;
  wallSeconds: number;
  peakRssMiB: number;
}

// python3's getrusage(RUSAGE_CHILDREN) gives the exact peak RSS of the child (and of
// anything it waited for), which no Node API offers; every tool goes through it alike.
const MEASURE_PY = `
import json, resource, subprocess, sys, time
t0 = time.monotonic()
rc = subprocess.call(sys.argv[2:])
wall = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as f:
    json.dump({"exitCode": rc, "wallSeconds": wall, "peakRssMiB": rss / 1024}, f)
`;

async function measure(
  command: string[],
  work: string,
  logPath: string,
  env: NodeJS.ProcessEnv,
): Promise<Measurement> {
  const out = join(work, `measure-${randomBytes(4).toString('hex')}.json`);
  const fd = openSync(logPath, 'a');
  const child = spawn('python3', ['-c', MEASURE_PY, out, ...command], { stdio: ['ignore', fd, fd], env });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || !existsSync(out)) throw new Error(`measuring ${command[0]} failed; see ${logPath}`);
  return JSON.parse(await readFile(out, 'utf8')) as Measurement;
}

interface Tool {
  name: 'crane' | 'skopeo' | 'lading';
  push(layout: string, ref: string): string[];
  pull(ref: string, out: string): string[];
}

function tools(ladingCli: string): { available: Tool[]; missing: string[] } {
  const available: Tool[] = [];
  const missing: string[] = [];
  const crane = needPeer('crane');
  if (crane) {
    available.push({
      name: 'crane',
      push: (layout, ref) => [crane, 'push', '--insecure', layout, ref],
      pull: (ref, out) => [crane, 'pull', '--insecure', '--format', 'oci', ref, out],
    });
  } else missing.push('crane: not installed (npm run peers)');
  const skopeo = needPeer('skopeo');
  if (skopeo) {
    available.push({
      name: 'skopeo',
      push: (layout, ref) => [
        skopeo,
        'copy',
        '--quiet',
        '--dest-tls-verify=false',
        `oci:${layout}:${TAG}`,
        `docker://${ref}`,
      ],
      pull: (ref, out) => [
        skopeo,
        'copy',
        '--quiet',
        '--src-tls-verify=false',
        `docker://${ref}`,
        `oci:${out}:${TAG}`,
      ],
    });
  } else missing.push('skopeo: not installed (npm run peers)');
  if (existsSync(ladingCli)) {
    available.push({
      name: 'lading',
      push: (layout, ref) => [process.execPath, ladingCli, 'copy', `oci-dir:${layout}`, `registry:${ref}`],
      pull: (ref, out) => [process.execPath, ladingCli, 'copy', `registry:${ref}`, `oci-dir:${out}`],
    });
  } else missing.push(`lading: not built yet (${ladingCli} is missing; run \`npm run build\`)`);
  return { available, missing };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Row {
  tool: Tool['name'];
  direction: 'push' | 'pull';
  wall: number[];
  rss: number[];
  failed?: string;
}

/** `cli`: the lading bundle to time (default dist/cli/index.js). */
export async function runCopyBench(options: { runs?: number; cli?: string } = {}): Promise<void> {
  const runs = options.runs ?? 1;
  if (!needPeer('docker-registry')) return;
  const image = await benchImage();
  const { available, missing } = tools(options.cli ?? DEFAULT_CLI);
  const work = await mkdtemp(join(tmpdir(), 'lading-bench-'));
  const logPath = join(work, 'children.log');
  // crane and skopeo must not pick up a user's credentials or mirrors.
  const env = {
    ...process.env,
    DOCKER_CONFIG: join(work, 'docker'),
    REGISTRY_AUTH_FILE: join(work, 'auth.json'),
  };
  const mib = image.bytes / 1024 / 1024;
  console.log(
    `image: ${image.dir} (${LAYERS} layers, ${mib.toFixed(0)} MiB); runs: ${runs}; load average ${loadAverage()}`,
  );
  const rows: Row[] = available.flatMap((tool) => [
    { tool: tool.name, direction: 'push' as const, wall: [], rss: [] },
    { tool: tool.name, direction: 'pull' as const, wall: [], rss: [] },
  ]);
  const row = (tool: Tool, direction: Row['direction']) =>
    rows.find((r) => r.tool === tool.name && r.direction === direction)!;
  try {
    for (let run = 1; run <= runs; run++) {
      // Tools take turns within a run, in a rotating order, so a change in the
      // machine's load weighs on each of them alike.
      const order = available.map((_, i) => available[(i + run - 1) % available.length]!);
      for (const tool of order) {
        const push = row(tool, 'push');
        const pull = row(tool, 'pull');
        if (push.failed) continue;
        // A registry of its own per tool and run: skopeo remembers where it put
        // blobs and mounts them from an earlier run's repository instead of
        // uploading (0.14 s for 240 MiB), and nothing else should skip work either.
        const registry = await startRegistry();
        const ref = `${registry.host}/bench/${tool.name}:v1`;
        const out = join(work, `${tool.name}-${run}`);
        try {
          for (const [r, cmd] of [
            [push, tool.push(image.dir, ref)],
            [pull, tool.pull(ref, out)],
          ] as const) {
            if (r.failed || (r === pull && push.failed)) continue;
            const m = await measure(cmd, work, logPath, env);
            if (m.exitCode !== 0) r.failed = `exit ${m.exitCode}`;
            else {
              r.wall.push(m.wallSeconds);
              r.rss.push(m.peakRssMiB);
            }
          }
        } finally {
          await registry.stop();
          await rm(out, { recursive: true, force: true });
        }
        if (push.failed) pull.failed ??= 'push failed';
      }
    }
    printTable(rows, mib, missing, logPath);
    console.log(`load average at the end: ${loadAverage()}`);
  } finally {
    if (!rows.some((r) => r.failed)) await rm(work, { recursive: true, force: true });
  }
}

function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

function printTable(rows: Row[], mib: number, missing: string[], logPath: string): void {
  const line = (cells: string[]) =>
    console.log(cells.map((c, i) => (i < 2 ? c.padEnd(20) : c.padStart(14))).join(''));
  console.log('');
  line(['direction', 'tool', 'wall s', 'MiB/s', 'peak RSS MiB']);
  for (const r of rows) {
    const dir = r.direction === 'push' ? 'layout -> registry' : 'registry -> layout';
    if (r.failed) {
      line([dir, r.tool, `failed (${r.failed})`, '', '']);
      continue;
    }
    const wall = median(r.wall);
    line([dir, r.tool, wall.toFixed(2), (mib / wall).toFixed(1), Math.max(...r.rss).toFixed(1)]);
  }
  for (const m of missing) console.log(m);
  if (rows.some((r) => r.failed)) console.log(`child output: ${logPath}`);

  const ok = (tool: string, direction: string) =>
    rows.find((r) => r.tool === tool && r.direction === direction && !r.failed);
  console.log('');
  for (const direction of ['push', 'pull'] as const) {
    const lading = ok('lading', direction);
    for (const peer of ['crane', 'skopeo']) {
      const other = ok(peer, direction);
      const ratio = lading && other ? (median(lading.wall) / median(other.wall)).toFixed(2) : 'n/a';
      // The same run's times side by side, which a load change between runs does not skew.
      const paired =
        lading && other && lading.wall.length === other.wall.length
          ? lading.wall.map((w, i) => (w / other.wall[i]!).toFixed(2)).join(' ')
          : 'n/a';
      console.log(`ratio lading / ${peer} (${direction}): ${ratio}   per run: ${paired}   (target <= 1.0)`);
    }
  }
  const ladingRows = rows.filter((r) => r.tool === 'lading' && !r.failed && r.rss.length > 0);
  const peak = ladingRows.length > 0 ? Math.max(...ladingRows.flatMap((r) => r.rss)) : undefined;
  console.log(
    peak === undefined
      ? `lading peak RSS: n/a   (target < ${RSS_TARGET_MIB} MiB)`
      : `lading peak RSS: ${peak.toFixed(1)} MiB   (target < ${RSS_TARGET_MIB} MiB: ${peak < RSS_TARGET_MIB ? 'met' : 'MISSED'})`,
  );
}
