import { InputError } from '../errors.js';
import type { Platform } from '../oci/types.js';

// What the machine running the CLI supplies when the user does not say: its
// platform, and the time.

/** Node's names for CPU architectures, as OCI platforms spell them. */
const OCI_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };

export function hostPlatform(): Platform {
  return { os: 'linux', architecture: OCI_ARCH[process.arch] ?? process.arch };
}

/** LADING_NOW (RFC 3339) fixes the clock: allowlist expiry in reproducible runs and tests. */
export function clock(env: NodeJS.ProcessEnv): Date {
  const raw = env.LADING_NOW;
  if (!raw) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new InputError(`LADING_NOW: "${raw}" is not an RFC 3339 date-time`);
  return d;
}
