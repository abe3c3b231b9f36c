import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSignatureFormat } from '../../src/steps/sign.js';

// The format default asks the registry host Harbor's systeminfo; a tiny
// node:http fake answers it (or does not) in front of nothing else.

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function fake(
  answer: (req: { url?: string; authorization?: string }) => { status: number; body?: string } | 'hang',
): Promise<string> {
  server = createServer((req, res) => {
    const a = answer({ url: req.url, authorization: req.headers.authorization });
    if (a === 'hang') return;
    res.writeHead(a.status, { 'Content-Type': 'application/json' }).end(a.body ?? '');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const systeminfo = (version: string) => () => ({
  status: 200,
  body: JSON.stringify({ harbor_version: version }),
});

describe('the signature format default', () => {
  it('is both for Harbor before 2.15, saying why', async () => {
    const host = await fake(systeminfo('v2.14.1-7c5a6e3b'));
    expect(await defaultSignatureFormat(host)).toEqual({
      format: 'both',
      reason: `default: ${host} is Harbor v2.14.1-7c5a6e3b, before 2.15, which reads only legacy .sig signatures`,
    });
  });

  it.each(['v2.15.0-abc', 'v3.0.0', '2.16.1'])('is bundle for Harbor %s', async (version) => {
    const host = await fake(systeminfo(version));
    const choice = await defaultSignatureFormat(host);
    expect(choice.format).toBe('bundle');
    expect(choice.reason).toContain(`is Harbor ${version}, which reads bundle referrers`);
  });

  it.each([
    ['a 404 (not Harbor)', () => ({ status: 404 })],
    ['a 401', () => ({ status: 401 })],
    ['JSON without harbor_version', () => ({ status: 200, body: '{"auth_mode":"db_auth"}' })],
    ['a version that is not one', systeminfo('dev')],
    ['not JSON', () => ({ status: 200, body: '<html>' })],
  ])('is bundle when the registry answers %s', async (_, answer) => {
    const host = await fake(answer);
    expect(await defaultSignatureFormat(host)).toEqual({
      format: 'bundle',
      reason: `default: ${host} does not report a Harbor version`,
    });
  });

  it('is bundle when the registry does not answer within the timeout', async () => {
    const host = await fake(() => 'hang');
    const choice = await defaultSignatureFormat(host, { timeoutMs: 200 });
    expect(choice.format).toBe('bundle');
    server?.closeAllConnections();
  });

  it('asks /api/v2.0/systeminfo with the registry login, since Harbor tells its version only to users', async () => {
    const seen: { url?: string; authorization?: string }[] = [];
    const host = await fake((req) => {
      seen.push(req);
      return req.authorization ? systeminfo('v2.10.0')() : { status: 200, body: '{}' };
    });
    const choice = await defaultSignatureFormat(host, {
      credentials: { username: 'robot$ci', password: 's3cret' },
    });
    expect(choice.format).toBe('both');
    expect(seen).toEqual([
      {
        url: '/api/v2.0/systeminfo',
        authorization: `Basic ${Buffer.from('robot$ci:s3cret').toString('base64')}`,
      },
    ]);
  });
});
