import { generateKeyPairSync } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccessOptions } from '../oci/opener.js';
import { openSigningKey } from '../sigstore/key-file.js';
import { type BuildStepResult, buildStep } from './build.js';
import { type ReleaseResult, releaseStep } from './release.js';
import type { Reporter } from './reporter.js';

export interface QuickstartOptions {
  /** The directory packed into the example image (the repository's `example/app`). */
  exampleDir: string;
  /** OSV records the repository ships for the example (`example/advisories`). */
  advisoriesDir: string;
  /** Where the layout, key pair, advisory database and reports are written; emptied first. */
  workDir: string;
  /** The image's creation time (SOURCE_DATE_EPOCH): the same input gives the same digest. */
  created: number;
  /** The gate's threshold (default `high`). */
  failOn?: 'none' | 'low' | 'medium' | 'high' | 'critical';
  /** The release's clock: SBOM creation, scan, signature times. */
  now: Date;
  access: AccessOptions;
  toolVersion: string;
}

export interface QuickstartResult {
  build: BuildStepResult;
  release: ReleaseResult;
  /** The key pair made for this run: PKCS#8 private key (mode 0600) and SPKI public key, PEM. */
  keys: { privateKey: string; publicKey: string };
}

/**
 * Severity at which the example's gate stops the release. `high`, as in the
 * release template: the example's real advisories (two medium ones against
 * follow-redirects 1.15.3) show up in the summary, and the release goes on.
 * `--fail-on medium` shows the other path: reports written, nothing signed.
 */
export const QUICKSTART_FAIL_ON = 'high';

/**
 * lading's main job on the embedded default, offline: build the example into
 * an OCI layout, then release it there: SBOM, scan against the advisories the
 * repository ships, sign and attest with a key pair made for the run, verify.
 * Nothing touches the network: the image, its referrers, the key and the
 * advisory database all live under `workDir`.
 */
export async function quickstartStep(
  options: QuickstartOptions,
  reporter: Reporter,
): Promise<QuickstartResult> {
  await rm(options.workDir, { recursive: true, force: true });
  await mkdir(options.workDir, { recursive: true });
  const layout = join(options.workDir, 'layout');
  const build = await buildStep(
    {
      dirs: [`${options.exampleDir}:/app`],
      output: `oci-dir:${layout}:example`,
      platform: 'linux/amd64',
      created: options.created,
      cmd: ['node', '/app/server.js'],
      workingDir: '/app',
      labels: { 'org.opencontainers.image.title': 'lading example' },
      access: options.access,
    },
    reporter,
  );
  const keys = await makeKeyPair(options.workDir);
  const release = await releaseStep(
    {
      image: `oci-dir:${layout}@${build.manifest.digest}`,
      access: options.access,
      defaultPlatform: { os: 'linux', architecture: 'amd64' },
      outputDir: join(options.workDir, 'reports'),
      scan: {
        // A local directory as the OSV source: the database is filled from it, never from the network.
        db: {
          dir: join(options.workDir, 'osv-db'),
          osvUrl: options.advisoriesDir,
          offline: false,
          onStale: 'warn',
        },
        failOn: options.failOn ?? QUICKSTART_FAIL_ON,
      },
      signing: { key: openSigningKey(keys.privateText, undefined, keys.privateKey), format: 'bundle' },
      now: options.now,
      toolVersion: options.toolVersion,
    },
    reporter,
  );
  return { build, release, keys: { privateKey: keys.privateKey, publicKey: keys.publicKey } };
}

/** ECDSA P-256, the key type cosign generates; PKCS#8 so both lading and cosign read it without a password. */
async function makeKeyPair(dir: string) {
  const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const privateText = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const privateKey = join(dir, 'quickstart.key');
  const publicKey = join(dir, 'quickstart.pub');
  await writeFile(privateKey, privateText, { mode: 0o600 });
  await writeFile(publicKey, pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
  return { privateText, privateKey, publicKey };
}
