import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildTestImage, peerOk, testAccess } from '../fixtures/images.js';
import { type Credentials, startRegistry, type TestRegistry } from './registry.js';

// The bench the sign and attest action tests work on: distribution with basic
// auth, a Docker config holding its login (as docker/login-action leaves it,
// which is where cosign reads it) and cosign key pairs in `work`, encrypted
// with one password. Usage:
//   const bench = await startCosignRegistry(cosign, work, CANARY);  // work/cosign.key, cosign.pub
//   await peer(cosign, ['verify', '--key', 'cosign.pub', ref], { cwd: work, env: bench.cosignEnv });
//   await bench.registry.stop();

export interface CosignRegistry {
  registry: TestRegistry;
  login: Credentials;
  /** cosign's environment: DOCKER_CONFIG with the login, COSIGN_PASSWORD. */
  cosignEnv: Record<string, string>;
  /** Pushes a small image, seeded by `name`, as demo/NAME:v1; answers `HOST/demo/NAME@DIGEST`. */
  image(name: string): Promise<string>;
}

/** `keys`: the prefixes of the key pairs to generate (`cosign` makes cosign.key and cosign.pub). */
export async function startCosignRegistry(
  cosign: string,
  work: string,
  keyPassword: string,
  keys: readonly string[] = ['cosign'],
): Promise<CosignRegistry> {
  const registry = await startRegistry({ auth: 'basic' });
  try {
    const login = registry.credentials;
    if (!login) throw new Error('the basic-auth registry has no user');
    const dockerDir = join(work, 'docker');
    await mkdir(dockerDir, { recursive: true });
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    await writeFile(join(dockerDir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
    const cosignEnv = { DOCKER_CONFIG: dockerDir, COSIGN_PASSWORD: keyPassword };
    for (const prefix of keys) {
      await peerOk(cosign, ['generate-key-pair', '--output-key-prefix', prefix], {
        cwd: work,
        env: cosignEnv,
      });
    }
    const image = async (name: string) => {
      const built = await buildTestImage(`registry:${registry.host}/demo/${name}:v1`, {
        seed: name,
        access: testAccess(work, { credentials: login }),
      });
      return `${registry.host}/demo/${name}@${built.digest}`;
    };
    return { registry, login, cosignEnv, image };
  } catch (err) {
    await registry.stop();
    throw err;
  }
}
