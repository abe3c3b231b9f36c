import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KeyedCosign, keyedCosign } from '../fixtures/cosign.js';
import { lading, peer, peerOk, pushedTestImage, tempDir } from '../fixtures/images.js';
import { needPeers, REPO_ROOT } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  githubClaims,
  mintToken,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';

// lading and cosign 3 sign and verify each other's signatures on a real
// distribution registry, with a key and keylessly against an offline Sigstore.

const peers = needPeers('docker-registry', 'cosign');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-password`;

describe.skipIf(!peers)('sign and verify with cosign 3 on distribution 2.8', () => {
  const { cosign } = peers!;
  let reg: TestRegistry;
  let work: string;
  let keyed: KeyedCosign;
  const env = { COSIGN_PASSWORD: CANARY };

  const image = (name: string) => pushedTestImage(reg.host, `demo/${name}`);

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('sign');
    keyed = keyedCosign(cosign, work, CANARY);
    await keyed.keyPairs('cosign', 'other');
  }, 60_000);
  afterAll(() => reg?.stop());

  const cosignVerify = (ref: string, key = 'cosign.pub') =>
    peer(cosign, ['verify', '--key', key, '--insecure-ignore-tlog', '--allow-http-registry', ref], {
      cwd: work,
    });

  it.each(['bundle', 'legacy'])(
    'cosign verifies the %s signature lading makes with cosign.key',
    async (format) => {
      const ref = await image(`key-${format}`);
      const signed = await lading(['sign', ref, '--key', 'cosign.key', '--signature-format', format], {
        env,
        cwd: work,
      });
      expect(signed.stderr).toBe(`signed ${ref.split('@')[0]}@${ref.split('@')[1]}\n`);
      expect(signed.code).toBe(0);
      const verified = await cosignVerify(ref);
      expect(verified.stderr + verified.stdout).not.toContain('Error');
      expect(verified.code).toBe(0);
      // and a key that did not sign is refused by cosign too: the test can fail
      expect((await cosignVerify(ref, 'other.pub')).code).not.toBe(0);
      // lading agrees, and the password never shows
      const mine = await lading(['verify', ref, '--key', 'cosign.pub'], { cwd: work });
      expect(mine.code).toBe(0);
      expect(mine.stdout).toMatch(new RegExp(`^valid\\s+${format}`));
      for (const text of [signed.stdout, signed.stderr, mine.stdout, mine.stderr])
        expect(text).not.toContain(CANARY);
    },
  );

  it('signs in both formats at once; signing again appends and keeps the earlier signatures', async () => {
    const ref = await image('key-both');
    for (let i = 0; i < 2; i++) {
      expect(
        (await lading(['sign', ref, '--key', 'cosign.key', '--signature-format', 'both'], { env, cwd: work }))
          .code,
      ).toBe(0);
    }
    expect((await cosignVerify(ref)).code).toBe(0);
    const mine = await lading(['verify', ref, '--key', 'cosign.pub', '--json'], { cwd: work });
    const result = JSON.parse(mine.stdout) as { signatures: { format: string; ok: boolean }[] };
    expect(result.signatures.filter((s) => s.format === 'legacy')).toHaveLength(2);
    expect(result.signatures.filter((s) => s.format === 'bundle')).toHaveLength(2);
    expect(result.signatures.every((s) => s.ok)).toBe(true);
  });

  it.each([
    ['v3 bundle', []],
    ['legacy', ['--new-bundle-format=false']],
  ])(
    'lading verifies cosign sign (%s) with the key, and rejects another key with a reason',
    async (_, extra) => {
      const ref = await image(`cosign-${extra.length}`);
      await keyed.sign(ref, extra);
      const good = await lading(['verify', ref, '--key', 'cosign.pub'], { cwd: work });
      expect(good.code).toBe(0);
      const bad = await lading(['verify', ref, '--key', 'other.pub'], { cwd: work });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain('the signature does not match the signed content');
      expect(bad.stderr).toContain('no valid signature');
    },
  );

  it('a wrong key password is refused without echoing the password', async () => {
    const ref = await image('wrong-password');
    const r = await lading(['sign', ref, '--key', 'cosign.key'], {
      env: { COSIGN_PASSWORD: `${CANARY}x` },
      cwd: work,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lading: --key cosign.key: cannot decrypt the key (wrong password?)\n');
    expect(r.stderr + r.stdout).not.toContain(CANARY);
  });

  it('the bundled CLI, which opens the key before it loads, signs, and refuses a wrong password in the same words', async () => {
    // src/cli/index.ts starts a sign's key before the CLI's code loads: only the bundle runs that path.
    const cli = join(process.env.LADING_DIST_DIR ?? join(REPO_ROOT, 'dist'), 'cli', 'index.js');
    const ref = await image('bundled-cli');
    const sign = (password: string) =>
      peer(process.execPath, [cli, 'sign', ref, '--key', 'cosign.key', '--signature-format', 'bundle'], {
        cwd: work,
        env: { COSIGN_PASSWORD: password, HOME: work },
      });
    const wrong = await sign(`${CANARY}x`);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('lading: --key cosign.key: cannot decrypt the key (wrong password?)\n');
    expect(wrong.stderr + wrong.stdout).not.toContain(CANARY);
    const right = await sign(CANARY);
    expect(right.stderr).toMatch(/^signed /);
    expect(right.code).toBe(0);
    expect((await cosignVerify(ref)).code).toBe(0);
    // A key given through a pipe is read once, by the command, not emptied by the early opening.
    const piped = await peer(
      'bash',
      [
        '-c',
        `"$0" "$1" sign "$2" --key <(cat cosign.key) --signature-format bundle`,
        process.execPath,
        cli,
        ref,
      ],
      { cwd: work, env: { COSIGN_PASSWORD: CANARY, HOME: work } },
    );
    expect(piped.stderr).toMatch(/^signed /);
    expect(piped.code).toBe(0);
  });

  it('an unsigned image fails verification with exit 1', async () => {
    const ref = await image('unsigned');
    const r = await lading(['verify', ref, '--key', 'cosign.pub'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no valid signature');
    expect(r.stderr).toContain('0 found');
  });

  describe('keyless, offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    let tokenEndpoint: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    const identity = `https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0`;
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
      tokenEndpoint = await startActionsTokenEndpoint({ ...claims, sub: identity });
      await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
      await writeFile(join(work, 'signing_config.json'), JSON.stringify(sigstore.signingConfig));
      await writeFile(
        join(work, 'signing_config_notsa.json'),
        JSON.stringify(sigstore.signingConfigWithoutTsa),
      );
    });
    afterAll(async () => {
      await tokenEndpoint?.stop();
      await sigstore?.stop();
    });

    const cosignKeyless = (ref: string, extra: string[] = []) =>
      peer(
        cosign,
        [
          'verify',
          '--trusted-root',
          'trusted_root.json',
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          claims.iss,
          '--allow-http-registry',
          ...extra,
          ref,
        ],
        { cwd: work },
      );

    it.each(['bundle', 'legacy'])(
      'cosign verifies lading keyless %s signatures made with the Actions runtime token',
      async (format) => {
        const ref = await image(`keyless-${format}`);
        const signed = await lading(
          ['sign', ref, '--signing-config', 'signing_config.json', '--signature-format', format, '--json'],
          { env: tokenEndpoint.env, cwd: work },
        );
        expect(signed.stderr).not.toContain('lading:');
        expect(signed.code).toBe(0);
        const result = JSON.parse(signed.stdout) as { signatures: { transparencyLog: unknown[] }[] };
        expect(result.signatures[0]?.transparencyLog).toHaveLength(1);
        expect(tokenEndpoint.requests.at(-1)).toEqual({ audience: 'sigstore', authorized: true });
        const v = await cosignKeyless(ref);
        expect(v.stderr).not.toContain('Error');
        expect(v.code).toBe(0);
        const wrong = await cosignKeyless(ref, ['--certificate-github-workflow-repository', 'evil/app']);
        expect(wrong.code).not.toBe(0);
        const mine = await lading(
          [
            'verify',
            ref,
            '--trusted-root',
            'trusted_root.json',
            '--certificate-identity',
            identity,
            '--certificate-oidc-issuer',
            claims.iss,
            '--certificate-github-workflow-repository',
            'example/app',
            '--certificate-github-workflow-ref',
            'refs/tags/v1.0.0',
          ],
          { cwd: work },
        );
        expect(mine.stdout).toMatch(/^valid/);
        expect(mine.code).toBe(0);
      },
    );

    it.each([
      ['v3 bundle', []],
      ['legacy', ['--new-bundle-format=false']],
    ])('lading verifies cosign keyless (%s) and applies the identity policy', async (_, extra) => {
      const ref = await image(`cosign-keyless-${extra.length}`);
      await writeFile(join(work, 'token.jwt'), mintToken({ ...claims, sub: identity }));
      // cosign's legacy format cannot take a signing config: name the services instead
      const services = extra.length
        ? ['--use-signing-config=false', '--fulcio-url', sigstore.fulcioUrl, '--rekor-url', sigstore.rekorUrl]
        : ['--signing-config', 'signing_config_notsa.json'];
      await peerOk(
        cosign,
        [
          'sign',
          '-y',
          '--allow-http-registry',
          '--identity-token',
          'token.jwt',
          ...services,
          '--trusted-root',
          'trusted_root.json',
          ...extra,
          ref,
        ],
        { cwd: work },
      );
      const base = ['verify', ref, '--trusted-root', 'trusted_root.json'];
      const ok = await lading(
        [...base, '--certificate-identity', identity, '--certificate-oidc-issuer', claims.iss],
        { cwd: work },
      );
      expect(ok.stdout).toMatch(/^valid/);
      expect(ok.code).toBe(0);
      const wrongIssuer = await lading(
        [
          ...base,
          '--certificate-identity',
          identity,
          '--certificate-oidc-issuer',
          'https://accounts.example.com',
        ],
        { cwd: work },
      );
      expect(wrongIssuer.code).toBe(1);
      expect(wrongIssuer.stdout).toContain(
        'identity policy: issuer "https://token.actions.githubusercontent.com" does not match "https://accounts.example.com"',
      );
      const prefix = await lading(
        [
          ...base,
          '--certificate-identity-regexp',
          'https://github.com/example/app/',
          '--certificate-oidc-issuer',
          claims.iss,
        ],
        { cwd: work },
      );
      expect(prefix.code).toBe(1);
      expect(prefix.stdout).toContain('identity policy: subject');
      const full = await lading(
        [
          ...base,
          '--certificate-identity-regexp',
          'https://github\\.com/example/app/.*@refs/tags/v.*',
          '--certificate-oidc-issuer',
          claims.iss,
        ],
        { cwd: work },
      );
      expect(full.code).toBe(0);
    });
  });
});
