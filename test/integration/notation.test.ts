import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestImage, lading, peer, peerOk, tempDir } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';

// lading's Notation JWS signatures and notation 1.3's, each checked by the
// other, on distribution 2.8 (no referrers API: the fallback tag). notation
// makes the keys (`cert generate-test`) and trusts only ca:peers.test.

const peers = needPeers('docker-registry', 'notation');

describe.skipIf(!peers)('Notation signatures with notation 1.3 on distribution 2.8', () => {
  const { notation } = peers!;
  let reg: TestRegistry;
  let work: string;
  let env: NodeJS.ProcessEnv;
  let keys: string;

  async function image(name: string): Promise<string> {
    const built = await buildTestImage(`registry:${reg.host}/demo/${name}:v1`, { seed: name });
    return `${reg.host}/demo/${name}@${built.digest}`;
  }
  const notationVerify = (ref: string) =>
    peer(notation, ['verify', '--insecure-registry', ref], { env, cwd: work });

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('notation');
    env = { XDG_CONFIG_HOME: join(work, 'xdg') };
    keys = join(work, 'xdg', 'notation', 'localkeys');
    await peerOk(notation, ['cert', 'generate-test', '--default', 'peers.test'], { env, cwd: work });
    // a second identity, in its own trust store that no policy names
    await peerOk(notation, ['cert', 'generate-test', 'stranger'], { env, cwd: work });
    await writeFile(
      join(work, 'trustpolicy.json'),
      JSON.stringify({
        version: '1.0',
        trustPolicies: [
          {
            name: 'peers-test',
            registryScopes: ['*'],
            signatureVerification: { level: 'strict' },
            trustStores: ['ca:peers.test'],
            trustedIdentities: ['*'],
          },
        ],
      }),
    );
    await peerOk(notation, ['policy', 'import', '--force', join(work, 'trustpolicy.json')], {
      env,
      cwd: work,
    });
  }, 60_000);
  afterAll(() => reg?.stop());

  const signWith = (ref: string, name: string, extra: string[] = []) =>
    lading(
      [
        'sign',
        ref,
        '--notation-key',
        join(keys, `${name}.key`),
        '--notation-cert',
        join(keys, `${name}.crt`),
        '--json',
        ...extra,
      ],
      { cwd: work },
    );

  it('notation verify accepts the JWS signature lading makes, and lading verifies it too', async () => {
    const ref = await image('lading-signed');
    const signed = await signWith(ref, 'peers.test');
    expect(signed.stderr).not.toContain('lading:');
    expect(signed.code).toBe(0);
    const result = JSON.parse(signed.stdout) as { signatures: { format: string; digest: string }[] };
    expect(result.signatures.map((s) => s.format)).toEqual(['notation']);
    const v = await notationVerify(ref);
    expect(v.stderr).toBe('');
    expect(v.stdout).toContain(`Successfully verified signature for ${ref}`);
    expect(v.code).toBe(0);
    const mine = await lading(['verify', ref, '--notation-cert', join(keys, 'peers.test.crt')], {
      cwd: work,
    });
    expect(mine.stdout).toMatch(/^valid {3}notation .*: JWS signature by .*CN=peers\.test/);
    expect(mine.code).toBe(0);
  });

  it('notation refuses lading signatures from a certificate outside its trust store (the check can fail)', async () => {
    const ref = await image('lading-stranger');
    expect((await signWith(ref, 'stranger')).code).toBe(0);
    const v = await notationVerify(ref);
    expect(v.code).not.toBe(0);
    expect(v.stderr).toContain('signature verification failed');
  });

  it('lading verifies what notation sign made, and rejects it against another trust-store certificate', async () => {
    const ref = await image('notation-signed');
    await peerOk(notation, ['sign', '--insecure-registry', ref], { env, cwd: work });
    const ok = await lading(['verify', ref, '--notation-cert', join(keys, 'peers.test.crt'), '--json'], {
      cwd: work,
    });
    expect(ok.code).toBe(0);
    const verdicts = JSON.parse(ok.stdout) as {
      signatures: { format: string; ok: boolean; reason: string }[];
    };
    expect(verdicts.signatures).toEqual([
      expect.objectContaining({
        format: 'notation',
        ok: true,
        reason: expect.stringContaining('peers.test'),
      }),
    ]);
    const wrong = await lading(['verify', ref, '--notation-cert', join(keys, 'stranger.crt')], { cwd: work });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(
      /^invalid notation .*: the chain ends at .*CN=peers\.test.*, which is not in the trust store/,
    );
    expect(wrong.stderr).toContain('no valid signature');
  });

  it('signs with a cosign key and Notation at once; each verifier finds its own', async () => {
    const ref = await image('both-worlds');
    const password = 'pw-for-notation-test';
    await peerOk(needPeers('cosign')?.cosign ?? 'cosign', ['generate-key-pair'], {
      cwd: work,
      env: { COSIGN_PASSWORD: password },
    });
    const signed = await lading(
      [
        'sign',
        ref,
        '--key',
        'cosign.key',
        '--signature-format',
        'bundle',
        '--notation-key',
        join(keys, 'peers.test.key'),
        '--notation-cert',
        join(keys, 'peers.test.crt'),
      ],
      { cwd: work, env: { COSIGN_PASSWORD: password } },
    );
    expect(signed.code).toBe(0);
    expect((await notationVerify(ref)).code).toBe(0);
    const both = await lading(
      ['verify', ref, '--key', 'cosign.pub', '--notation-cert', join(keys, 'peers.test.crt'), '--json'],
      { cwd: work },
    );
    const r = JSON.parse(both.stdout) as { signatures: { format: string; ok: boolean }[] };
    expect(r.signatures.map((s) => [s.format, s.ok]).sort()).toEqual([
      ['bundle', true],
      ['notation', true],
    ]);
  });

  it('bad Notation inputs are refused naming the flag', async () => {
    const ref = await image('bad-notation');
    const half = await lading(['sign', ref, '--notation-key', join(keys, 'peers.test.key')], { cwd: work });
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--notation-key and --notation-cert go together');
    const mismatch = await lading(
      [
        'sign',
        ref,
        '--notation-key',
        join(keys, 'stranger.key'),
        '--notation-cert',
        join(keys, 'peers.test.crt'),
      ],
      { cwd: work },
    );
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain(
      `--notation-key ${join(keys, 'stranger.key')}: does not belong to the first certificate`,
    );
    const notCert = await lading(['verify', ref, '--notation-cert', join(keys, 'peers.test.key')], {
      cwd: work,
    });
    expect(notCert.code).toBe(2);
    expect(notCert.stderr).toContain('no PEM certificate');
    // the key's text never reaches a message
    expect(notCert.stderr).not.toContain('PRIVATE KEY');
  });
});
