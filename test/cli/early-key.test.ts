import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastKeyFlag, openKeyEarly } from '../../src/cli/early-key.js';
import type { CliIO } from '../../src/cli/program.js';
import { signingMaterial } from '../../src/cli/signing-flags.js';

// `lading sign|attest --key FILE` starts opening the key before the CLI loads;
// the command takes that opening only for the same file and text, so a wrong
// guess from the raw command line can cost time but never change the result.

const NO_TOKEN = { actionsToken: false };
const exec = promisify(execFile);

describe('opening the signing key before the CLI parses its flags', () => {
  let dir = '';
  const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lading-early-key-'));
    await writeFile(join(dir, 'a.pem'), pem);
    await writeFile(join(dir, 'b.pem'), pem);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds the --key commander keeps: the last one, in either spelling, not after --', () => {
    expect(lastKeyFlag(['sign', 'img', '--key', 'a.pem'])).toBe('a.pem');
    expect(lastKeyFlag(['sign', '--key=a.pem', 'img', '--key', 'b.pem'])).toBe('b.pem');
    expect(lastKeyFlag(['sign', '--key', 'a.pem', '--key=b.pem'])).toBe('b.pem');
    expect(lastKeyFlag(['sign', 'img', '--notation-key', 'n.pem'])).toBeUndefined();
    expect(lastKeyFlag(['sign', 'img', '--', '--key', 'a.pem'])).toBeUndefined();
    expect(lastKeyFlag(['sign', 'img', '--key'])).toBeUndefined();
  });

  it('opens it only for sign and attest, and only when the file reads', async () => {
    const early = await openKeyEarly(['-v', 'sign', 'img', '--key', 'a.pem'], {}, dir);
    expect(early?.command).toBe('sign');
    expect(early?.where).toBe('--key a.pem');
    expect((await early?.key.privateKey)?.asymmetricKeyType).toBe('ec');
    expect((await openKeyEarly(['attest', 'img', '--key=a.pem'], {}, dir))?.command).toBe('attest');
    expect(await openKeyEarly(['release', 'img', '--key', 'a.pem'], {}, dir)).toBeUndefined();
    expect(await openKeyEarly(['verify', 'img', '--key', 'a.pem'], {}, dir)).toBeUndefined();
    expect(await openKeyEarly(['sign', 'img', '--key', 'missing.pem'], {}, dir)).toBeUndefined();
    // A pipe (`--key <(…)`) is left unread for the command: reading it here would empty it.
    await exec('mkfifo', [join(dir, 'key.fifo')]);
    expect(await openKeyEarly(['sign', 'img', '--key', 'key.fifo'], {}, dir)).toBeUndefined();
  });

  it('the command takes the early opening for the same file and text, and opens anew otherwise', async () => {
    const early = await openKeyEarly(['sign', 'img', '--key', 'a.pem'], {}, dir);
    const io = (extra: Partial<CliIO>) =>
      ({ env: {}, stdout: process.stdout, stderr: process.stderr, cwd: dir, ...extra }) as CliIO;
    const same = await signingMaterial(
      { key: 'a.pem' },
      io({ ...(early ? { earlyKey: early } : {}) }),
      NO_TOKEN,
    );
    expect(same.key).toBe(early?.key);
    const other = await signingMaterial(
      { key: 'b.pem' },
      io({ ...(early ? { earlyKey: early } : {}) }),
      NO_TOKEN,
    );
    expect(other.key).not.toBe(early?.key);
    expect(other.key?.where).toBe('--key b.pem');
    // The file changed after the early read: the text the command reads wins.
    await writeFile(join(dir, 'a.pem'), `${pem}\n`);
    const changed = await signingMaterial(
      { key: 'a.pem' },
      io({ ...(early ? { earlyKey: early } : {}) }),
      NO_TOKEN,
    );
    expect(changed.key).not.toBe(early?.key);
  });
});
