import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startFaultProxy } from '../test/harness/fault-proxy.js';
import { needPeer, REPO_ROOT } from '../test/harness/peers.js';
import { startReferrersRegistry, startRegistry } from '../test/harness/registry.js';

// Sign benchmark (issue 6): sign and verify one image with a cosign key pair,
// lading (its bundled CLI, Node start included) against cosign 3 and against a
// Node floor (the same work in a minimal script, bench/node-floor) in the same
// run, in cosign's default (bundle) format, on a local distribution registry
// and, when the peer is there, on one with the referrers API; then both again
// behind a proxy that holds each request 20 ms, as a registry across a network
// would. It prints the wall times and the ratios lading / cosign (target <= 1.0
// each, on loopback); it asserts nothing.

const DEFAULT_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'bench-password';
/** One round trip to a registry in the same cloud region, give or take. */
const REMOTE_LATENCY_MS = 20;

interface BenchRegistry {
  /** Where images are pushed (directly). */
  pushHost: string;
  /** Where the tools sign and verify (through the latency proxy, when there is one). */
  host: string;
  stop(): Promise<void>;
}

/** `start`'s registry, and with `latencyMs` a proxy in front that holds each request that long. */
async function benchRegistry(
  start: () => Promise<{ host: string; url: string; stop(): Promise<void> }>,
  latencyMs = 0,
): Promise<BenchRegistry> {
  const registry = await start();
  if (!latencyMs) return { pushHost: registry.host, host: registry.host, stop: () => registry.stop() };
  const proxy = await startFaultProxy(registry, [], { latencyMs });
  return {
    pushHost: registry.host,
    host: proxy.host,
    stop: async () => {
      await proxy.stop();
      await registry.stop();
    },
  };
}

// Timed from a small python3 process (its wall clock around the child), as the
// other benches time their children: forked from this process, which may hold
// what earlier benches built, every child would carry a fork cost of its own.
const MEASURE_PY = `
import subprocess, sys, time
t0 = time.monotonic()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
sys.stdout.write(f"{rc} {time.monotonic() - t0}")
`;

async function timed(command: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const child = spawn('python3', ['-c', MEASURE_PY, ...command], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const [rc, seconds] = out.trim().split(' ');
  if (code !== 0 || rc !== '0')
    throw new Error(
      `${command.slice(0, 3).join(' ')} … exited ${rc ?? code}: ${stderr.trim().split('\n').at(-1)}`,
    );
  return Number(seconds);
}

/** A small one-layer image pushed with the bundled CLI (src/ cannot be loaded by Node's type stripping). */
async function pushImage(cli: string, work: string, ref: string): Promise<string> {
  const dir = join(work, `src-${randomBytes(4).toString('hex')}`);
  await mkdir(dir);
  await writeFile(join(dir, 'data.bin'), randomBytes(64 * 1024));
  const { stdout } = await promisify(execFile)(process.execPath, [
    cli,
    'build',
    '--dir',
    `${dir}:/app`,
    '--output',
    `registry:${ref}`,
    '--json',
  ]);
  const digest = /"(sha256:[0-9a-f]{64})"/.exec(stdout)?.[1];
  if (!digest) throw new Error(`lading build ${ref}: no digest in its output`);
  return digest;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

type Tool = 'cosign' | 'lading' | 'floor';
type Op = 'sign' | 'verify';

const FLOOR_DIR = join(REPO_ROOT, 'bench', 'node-floor');

function commands(
  tool: Tool,
  cli: string,
  host: string,
  repository: string,
  digest: string,
): Record<Op, string[]> {
  const ref = `${host}/${repository}@${digest}`;
  switch (tool) {
    case 'cosign':
      return {
        sign: [
          needPeer('cosign') as string,
          'sign',
          '--yes',
          '--key',
          'cosign.key',
          '--use-signing-config=false',
          '--tlog-upload=false',
          '--allow-http-registry',
          ref,
        ],
        verify: [
          needPeer('cosign') as string,
          'verify',
          '--key',
          'cosign.pub',
          '--insecure-ignore-tlog',
          '--allow-http-registry',
          ref,
        ],
      };
    case 'lading':
      return {
        sign: [process.execPath, cli, 'sign', ref, '--key', 'cosign.key', '--signature-format', 'bundle'],
        verify: [process.execPath, cli, 'verify', ref, '--key', 'cosign.pub'],
      };
    case 'floor':
      return {
        sign: [process.execPath, join(FLOOR_DIR, 'sign.mjs'), host, repository, digest, 'cosign.key'],
        verify: [process.execPath, join(FLOOR_DIR, 'verify.mjs'), host, repository, digest, 'cosign.pub'],
      };
  }
}

/**
 * `cli`: the lading bundle to time. Each registry kind is timed apart:
 * distribution has no referrers API (signatures go through the
 * `sha256-<hex>` fallback tag, which lading guards against concurrent
 * writers), go-containerregistry's has it.
 */
export async function runSignBench(options: { runs?: number; cli?: string } = {}): Promise<void> {
  const runs = options.runs ?? 3;
  const cosign = needPeer('cosign');
  if (!cosign || !needPeer('docker-registry')) return;
  const cli = options.cli ?? DEFAULT_CLI;
  const work = await mkdtemp(join(tmpdir(), 'lading-bench-sign-'));
  const env = {
    ...process.env,
    HOME: work,
    DOCKER_CONFIG: join(work, 'docker'),
    COSIGN_PASSWORD: PASSWORD,
  };
  try {
    await timed([cosign, 'generate-key-pair'], env, work);
    console.log(
      `sign bench: one image per tool and run, cosign key pair, bundle format, runs: ${runs} (median wall time, Node start included)`,
    );
    console.log(
      '  node floor: the same round trips and crypto in a minimal Node script (bench/node-floor), no checks: what no Node program beats',
    );
    // The target is on loopback, where Node's start weighs most; the rows with a
    // latency show what a registry across a network makes of the round trips.
    const remote = `${REMOTE_LATENCY_MS} ms per request, no target`;
    const ggcr = needPeer('referrers-registry') !== undefined;
    const kinds = [
      { name: 'distribution (fallback tag)', target: true, start: () => benchRegistry(startRegistry) },
      ...(ggcr
        ? [{ name: 'ggcr (referrers API)', target: true, start: () => benchRegistry(startReferrersRegistry) }]
        : []),
      {
        name: `distribution (fallback tag), ${remote}`,
        target: false,
        start: () => benchRegistry(startRegistry, REMOTE_LATENCY_MS),
      },
      ...(ggcr
        ? [
            {
              name: `ggcr (referrers API), ${remote}`,
              target: false,
              start: () => benchRegistry(startReferrersRegistry, REMOTE_LATENCY_MS),
            },
          ]
        : []),
    ];
    for (const kind of kinds) {
      const registry = await kind.start();
      try {
        const times: Record<Tool, Record<Op, number[]>> = {
          cosign: { sign: [], verify: [] },
          lading: { sign: [], verify: [] },
          floor: { sign: [], verify: [] },
        };
        for (let run = 1; run <= runs; run++) {
          for (const tool of ['cosign', 'lading', 'floor'] as const) {
            // A fresh image per tool and run: each verify finds exactly one signature.
            const repository = `bench/sign-${tool}-${run}`;
            const digest = await pushImage(cli, work, `${registry.pushHost}/${repository}:v1`);
            const c = commands(tool, cli, registry.host, repository, digest);
            times[tool].sign.push(await timed(c.sign, env, work));
            times[tool].verify.push(await timed(c.verify, env, work));
          }
        }
        console.log(`  registry: ${kind.name}`);
        for (const op of ['sign', 'verify'] as const) {
          const [l, c, f] = (['lading', 'cosign', 'floor'] as const).map((t) => median(times[t][op])) as [
            number,
            number,
            number,
          ];
          const verdict = kind.target ? ` (target <= 1.0)${l / c <= 1 ? '' : ' ABOVE TARGET'}` : '';
          console.log(
            `    ${op.padEnd(6)} lading ${l.toFixed(3)} s   cosign ${c.toFixed(3)} s   node floor ${f.toFixed(3)} s   lading/cosign ${(l / c).toFixed(2)}${verdict}   floor/cosign ${(f / c).toFixed(2)}   lading/floor ${(l / f).toFixed(2)}`,
          );
        }
      } finally {
        await registry.stop();
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
