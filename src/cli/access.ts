import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { InputError } from '../errors.js';
import type { AccessOptions } from '../oci/opener.js';
import type { CliIO } from './program.js';
import { collect } from './program.js';
import { VERSION } from './version.js';

/** Flags every registry-touching command shares. */
export function addAccessOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--username <name>', 'registry user name (or LADING_REGISTRY_USERNAME)'))
    .addOption(new Option('--password-stdin', 'read the registry password from standard input'))
    .addOption(
      new Option(
        '--insecure-registry <host>',
        'talk plain HTTP (or skip TLS verification) to this registry; repeatable. Loopback is plain HTTP already.',
      ).argParser(collect),
    );
}

interface AccessFlags {
  username?: string;
  passwordStdin?: boolean;
  insecureRegistry?: string[];
}

/**
 * Credentials as the user gave them: flags, then environment, then the Docker
 * configuration (DOCKER_CONFIG or ~/.docker), which the OCI layer reads with its
 * credential helpers. The password never comes from a flag, so it is never in
 * `ps` or in shell history.
 */
export async function accessFrom(flags: AccessFlags, io: CliIO): Promise<AccessOptions> {
  // The environment comes from io.env, not commander's .env(): the CLI runs in-process in tests and actions.
  const username = flags.username ?? io.env.LADING_REGISTRY_USERNAME;
  let password = io.env.LADING_REGISTRY_PASSWORD;
  if (flags.passwordStdin) {
    if (!io.stdin) throw new InputError('--password-stdin: no standard input');
    const chunks: Buffer[] = [];
    for await (const c of io.stdin) chunks.push(Buffer.from(c as Buffer));
    password = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  if (username && !password) {
    throw new InputError('--username needs a password: --password-stdin or LADING_REGISTRY_PASSWORD');
  }
  if (password && !username) {
    throw new InputError('a registry password was given without --username (or LADING_REGISTRY_USERNAME)');
  }
  return {
    ...(username && password ? { credentials: { username, password } } : {}),
    dockerConfigDir: io.env.DOCKER_CONFIG || join(io.env.HOME || homedir(), '.docker'),
    insecureRegistries: flags.insecureRegistry ?? [],
    userAgent: `lading/${VERSION}`,
    cwd: io.cwd,
  };
}
