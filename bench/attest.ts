import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { needPeer, REPO_ROOT } from '../test/harness/peers.js';
import { startRegistry } from '../test/harness/registry.js';

// Attest benchmark (issue 7): attest a tens-of-MB SPDX SBOM predicate about
// one image with a cosign key pair, lading (its bundled CLI, Node start
// included) against `cosign attest` on the same predicate, in the same run, on
// a local distribution registry. It prints the wall times, the ratio lading /
// cosign (target <= 1.0) and lading's peak RSS against 3 x the predicate size
// (target), measured through the same python getrusage wrapper as bench/copy.ts.
// It asserts nothing.

const DEFAULT_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'bench-password';

interface Measurement {
  exitCode: number;
  wallSeconds: number;
  peakRssMiB: number;
}

// python3's getrusage(RUSAGE_CHILDREN) gives the exact peak RSS of the child, which no Node API offers.
const MEASURE_PY = `
import json, resource, subprocess, sys, time
t0 = time.monotonic()
rc = subprocess.call(sys.argv[2:])
wall = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as f:
    json.dump({"exitCode": rc, "wallSeconds": wall, "peakRssMiB": rss / 1024}, f)
`;

async function measure(command: string[], work: string, env: NodeJS.ProcessEnv): Promise<Measurement> {
  const out = join(work, `measure-${randomBytes(4).toString('hex')}.json`);
  const log = join(work, 'bench.log');
  const fd = openSync(log, 'a');
  const child = spawn('python3', ['-c', MEASURE_PY, out, ...command], {
    stdio: ['ignore', fd, fd],
    env,
    cwd: work,
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0 || !existsSync(out)) throw new Error(`measuring ${command[0]} failed; see ${log}`);
  const m = JSON.parse(await readFile(out, 'utf8')) as Measurement;
  if (m.exitCode !== 0)
    throw new Error(`${command.slice(0, 3).join(' ')} … exited ${m.exitCode}; see ${log}`);
  return m;
}

/**
 * A synthetic SPDX 2.3 document of about `targetBytes`: packages with purls,
 * licences and checksums, the shape an image SBOM has, written as a stream.
 */
async function writeSbom(path: string, targetBytes: number): Promise<number> {
  const out = createWriteStream(path);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : once(out, 'drain').then(() => undefined));
  await write(
    `{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT","name":"bench-image","documentNamespace":"https://lading.dev/spdx/bench-${randomBytes(8).toString('hex')}","creationInfo":{"created":"2026-01-01T00:00:00Z","creators":["Tool: lading-bench"]},"packages":[`,
  );
  let written = 0;
  for (let i = 0; written < targetBytes; i++) {
    const pkg = JSON.stringify({
      SPDXID: `SPDXRef-Package-${i}`,
      name: `package-${i}`,
      versionInfo: `1.${i % 97}.${i % 13}`,
      downloadLocation: 'NOASSERTION',
      licenseConcluded: 'MIT',
      licenseDeclared: 'MIT',
      copyrightText: 'NOASSERTION',
      checksums: [{ algorithm: 'SHA256', checksumValue: randomBytes(32).toString('hex') }],
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: `pkg:npm/package-${i}@1.0.0`,
        },
      ],
    });
    await write(`${i ? ',' : ''}${pkg}`);
    written += pkg.length + 1;
  }
  await write('],"relationships":[]}');
  out.end();
  await once(out, 'finish');
  return (await stat(path)).size;
}

/** A small one-layer image pushed with the bundled CLI. */
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

export async function runAttestBench(
  options: { runs?: number; cli?: string; predicateMiB?: number } = {},
): Promise<void> {
  const runs = options.runs ?? 3;
  const cosign = needPeer('cosign');
  if (!cosign || !needPeer('docker-registry')) return;
  const cli = options.cli ?? DEFAULT_CLI;
  const work = await mkdtemp(join(tmpdir(), 'lading-bench-attest-'));
  const env = { ...process.env, HOME: work, DOCKER_CONFIG: join(work, 'docker'), COSIGN_PASSWORD: PASSWORD };
  const registry = await startRegistry();
  try {
    await measure([cosign, 'generate-key-pair'], work, env);
    const predicate = join(work, 'sbom.spdx.json');
    const size = await writeSbom(predicate, (options.predicateMiB ?? 40) * 1024 * 1024);
    const results = { lading: [] as Measurement[], cosign: [] as Measurement[] };
    for (let run = 1; run <= runs; run++) {
      for (const tool of ['cosign', 'lading'] as const) {
        const repository = `${registry.host}/bench/attest-${tool}-${run}`;
        const ref = `${repository}@${await pushImage(cli, work, `${repository}:v1`)}`;
        const command =
          tool === 'cosign'
            ? [
                cosign,
                'attest',
                '--yes',
                '--key',
                'cosign.key',
                '--use-signing-config=false',
                '--tlog-upload=false',
                '--type',
                'spdxjson',
                '--predicate',
                predicate,
                '--allow-http-registry',
                ref,
              ]
            : [
                process.execPath,
                cli,
                'attest',
                ref,
                '--type',
                'spdxjson',
                '--predicate',
                predicate,
                '--key',
                'cosign.key',
              ];
        results[tool].push(await measure(command, work, env));
      }
    }
    // The same command on a tiny SBOM: Node with the Sigstore and registry
    // modules loaded costs a fixed amount whatever the predicate; what is
    // above it is what the predicate costs.
    const tiny = join(work, 'tiny.spdx.json');
    await writeSbom(tiny, 1);
    const tinyRepository = `${registry.host}/bench/attest-tiny`;
    const tinyRef = `${tinyRepository}@${await pushImage(cli, work, `${tinyRepository}:v1`)}`;
    const floor = await measure(
      [
        process.execPath,
        cli,
        'attest',
        tinyRef,
        '--type',
        'spdxjson',
        '--predicate',
        tiny,
        '--key',
        'cosign.key',
      ],
      work,
      env,
    );
    const mib = size / 1024 / 1024;
    const wall = (tool: 'lading' | 'cosign') => median(results[tool].map((m) => m.wallSeconds));
    const rss = (tool: 'lading' | 'cosign') => Math.max(...results[tool].map((m) => m.peakRssMiB));
    const ratio = wall('lading') / wall('cosign');
    console.log(
      `attest bench: SPDX predicate ${mib.toFixed(1)} MiB, cosign key pair, registry ${registry.host}, runs: ${runs} (median wall time, max peak RSS)`,
    );
    console.log(
      `  attest lading ${wall('lading').toFixed(3)} s   cosign ${wall('cosign').toFixed(3)} s   ratio ${ratio.toFixed(2)} (target <= 1.0)${ratio <= 1 ? '' : '  ABOVE TARGET'}`,
    );
    console.log(
      `  peak RSS lading ${rss('lading').toFixed(0)} MiB (target <= ${(3 * mib).toFixed(0)} MiB = 3 x predicate)${rss('lading') <= 3 * mib ? '' : '  ABOVE TARGET'}   cosign ${rss('cosign').toFixed(0)} MiB`,
    );
    console.log(
      `  per run: lading ${results.lading.map((m) => `${m.wallSeconds.toFixed(3)} s ${m.peakRssMiB.toFixed(1)} MiB`).join(' | ')}`,
    );
    const above = rss('lading') - floor.peakRssMiB;
    console.log(
      `  lading with a tiny predicate: ${floor.peakRssMiB.toFixed(0)} MiB; above that, the predicate costs ${above.toFixed(0)} MiB (${(above / mib).toFixed(2)} x its size)`,
    );
  } finally {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  }
}
