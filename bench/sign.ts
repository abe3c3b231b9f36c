import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { needPeer, REPO_ROOT } from '../test/harness/peers.js';
import { startRegistry } from '../test/harness/registry.js';

// Sign benchmark (issue 6): sign and verify one image with a cosign key pair,
// lading (its bundled CLI, Node start included) against cosign 3 in the same
// run, on a local distribution registry, in cosign's default (bundle) format.
// It prints the wall times and the ratios lading / cosign (target <= 1.0 each);
// it asserts nothing.

const DEFAULT_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const PASSWORD = 'bench-password';

async function timed(command: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    env,
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new Error(`${command.slice(0, 3).join(' ')} … exited ${code}: ${stderr.trim().split('\n').at(-1)}`);
  return seconds;
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
  const registry = await startRegistry();
  try {
    await timed([cosign, 'generate-key-pair'], env, work);
    const times = {
      lading: { sign: [] as number[], verify: [] as number[] },
      cosign: { sign: [] as number[], verify: [] as number[] },
    };
    for (let run = 1; run <= runs; run++) {
      for (const tool of ['cosign', 'lading'] as const) {
        // A fresh image per tool and run: nobody verifies the other's signatures.
        const repository = `${registry.host}/bench/sign-${tool}-${run}`;
        const ref = `${repository}@${await pushImage(cli, work, `${repository}:v1`)}`;
        const [sign, verify] =
          tool === 'cosign'
            ? [
                [
                  cosign,
                  'sign',
                  '--yes',
                  '--key',
                  'cosign.key',
                  '--use-signing-config=false',
                  '--tlog-upload=false',
                  '--allow-http-registry',
                  ref,
                ],
                [
                  cosign,
                  'verify',
                  '--key',
                  'cosign.pub',
                  '--insecure-ignore-tlog',
                  '--allow-http-registry',
                  ref,
                ],
              ]
            : [
                [process.execPath, cli, 'sign', ref, '--key', 'cosign.key', '--signature-format', 'bundle'],
                [process.execPath, cli, 'verify', ref, '--key', 'cosign.pub'],
              ];
        times[tool].sign.push(await timed(sign, env, work));
        times[tool].verify.push(await timed(verify, env, work));
      }
    }
    console.log(
      `sign bench: one image, cosign key pair, registry ${registry.host}, runs: ${runs} (median wall time)`,
    );
    for (const op of ['sign', 'verify'] as const) {
      const l = median(times.lading[op]);
      const c = median(times.cosign[op]);
      console.log(
        `  ${op.padEnd(6)} lading ${l.toFixed(3)} s   cosign ${c.toFixed(3)} s   ratio ${(l / c).toFixed(2)} (target <= 1.0)${l / c <= 1 ? '' : '  ABOVE TARGET'}`,
      );
    }
  } finally {
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  }
}
