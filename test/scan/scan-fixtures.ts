import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { Command, CommanderError } from 'commander';
import { registerScan } from '../../src/cli/commands/scan.js';
import { describeError, ExitCode, exitCodeOf } from '../../src/errors.js';
import { buildStep } from '../../src/steps/build.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { alpineSecdbToOsv, OSV_DIR, OsvExportServer } from '../advisories/osv-fixtures.js';
import { testAccess } from '../fixtures/images.js';
import { needShared } from '../harness/peers.js';

// Shared by the scan tests: the Alpine 3.20.3 minirootfs unpacked (and a copy
// without the openssl packages, as a "base" that predates them), images built
// from them by lading, Alpine's secdb served as an OSV export, and `lading scan`
// run in-process.

const exec = promisify(execFile);
export const ROOTFS = needShared('testdata/rootfs/alpine-minirootfs-3.20.3-x86_64.tar.gz');

export async function unpackRootfs(options: { withoutOpenssl?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lading-scan-rootfs-'));
  await exec('tar', ['-xzf', ROOTFS as string, '-C', dir, '--no-same-owner']);
  if (options.withoutOpenssl) {
    const db = join(dir, 'lib/apk/db/installed');
    const stanzas = (await readFile(db, 'utf8')).split('\n\n');
    await writeFile(db, stanzas.filter((s) => !/^P:(libssl3|libcrypto3)$/m.test(s)).join('\n\n'));
  }
  return dir;
}

/** An image of `rootfs` at `output` (`oci-dir:DIR:TAG`, `registry:HOST/REPO:TAG`). */
export async function buildRootfsImage(rootfs: string, output: string): Promise<string> {
  const result = await buildStep(
    { dirs: [`${rootfs}:/`], output, platform: 'linux/amd64', created: 0, access: testAccess(rootfs) },
    silentReporter,
  );
  return result.manifest.digest;
}

/** Alpine's secdb (3.20 and 3.19 subsets) as osv.dev converts it, published by a local export server. */
export async function startAlpineAdvisories(): Promise<OsvExportServer> {
  const server = await new OsvExportServer().start();
  const osv = OSV_DIR as string;
  await server.publish(
    'Alpine',
    alpineSecdbToOsv(
      [join(osv, 'alpine/secdb/v3.20-main.subset.json'), join(osv, 'alpine/secdb/v3.19-main.subset.json')],
      '2025-05-01T00:00:00Z',
    ),
  );
  return server;
}

export interface ScanRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `lading scan ARGV` in-process, as program.ts runs every command. */
export async function ladingScan(
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ScanRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  let exit: ExitCode = ExitCode.ok;
  const io = {
    env: { HOME: options.cwd, DOCKER_CONFIG: join(tmpdir(), 'lading-no-docker-config'), ...options.env },
    stdout,
    stderr,
    cwd: options.cwd,
  };
  const program = new Command('lading').exitOverride().configureOutput({
    writeOut: (s) => stdout.write(s),
    writeErr: (s) => stderr.write(s),
  });
  program.option('-v, --verbose');
  registerScan(program, { io, setExit: (c) => (exit = c) });
  for (const c of program.commands) c.exitOverride().configureOutput({ writeErr: (s) => stderr.write(s) });
  let code: number;
  try {
    await program.parseAsync(['scan', ...argv], { from: 'user' });
    code = exit;
  } catch (e) {
    if (e instanceof CommanderError) code = ExitCode.badInput;
    else {
      stderr.write(`lading: ${describeError(e)}\n`);
      code = exitCodeOf(e);
    }
  }
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export async function removeAll(...dirs: (string | undefined)[]): Promise<void> {
  for (const d of dirs) if (d) await rm(d, { recursive: true, force: true });
}
