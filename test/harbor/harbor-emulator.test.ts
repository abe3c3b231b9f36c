import { request } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HarborClient } from '../../src/harbor/client.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';

// The emulator is only worth its tests if it really holds lading to the
// swagger: these prove that a request or answer off the contract is caught.

const AUTH = `Basic ${Buffer.from('admin:Harbor12345').toString('base64')}`;
let harbor: HarborEmulator;
beforeEach(async () => {
  harbor = await HarborEmulator.start();
  harbor.seedProject('apps');
});
afterEach(async () => {
  await harbor.close();
});

const send = (
  method: 'GET' | 'PUT' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  request(`${harbor.url}/api/v2.0${path}`, {
    method,
    headers: { authorization: AUTH, 'content-type': 'application/json', ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

describe('the Harbor emulator', () => {
  it('answers 500 and records a violation for a request body that breaks the swagger', async () => {
    const res = await send(
      'POST',
      '/projects/apps/immutabletagrules',
      { disabled: 'no', priority: 'high' },
      {
        'x-is-resource-name': 'true',
      },
    );
    expect(res.statusCode).toBe(500);
    expect(await res.body.json()).toEqual({
      errors: [{ code: 'UNKNOWN', message: 'internal server error' }],
    });
    expect(harbor.violations).toEqual([
      expect.stringMatching(
        /^request POST \/projects\/apps\/immutabletagrules breaks the swagger: .*disabled/,
      ),
    ]);
  });

  it('records a violation for a path the swagger does not have', async () => {
    const res = await send('GET', '/projects/apps/not-an-endpoint');
    expect(res.statusCode).toBe(500);
    await res.body.dump();
    expect(harbor.violations).toHaveLength(1);
  });

  it('answers 403 CSRF when a session cookie comes back, as Harbor does', async () => {
    const res = await send(
      'PUT',
      '/projects/apps/metadatas/auto_scan',
      { auto_scan: 'true' },
      {
        cookie: 'sid=abc',
        'x-is-resource-name': 'true',
      },
    );
    expect(res.statusCode).toBe(403);
    expect(await res.body.json()).toEqual({ errors: [{ code: 'FORBIDDEN', message: 'CSRF token invalid' }] });
    expect(harbor.violations).toEqual([]);
  });

  it('takes one metadata key per call, normalises booleans, and refuses unknown keys', async () => {
    const two = await send(
      'POST',
      '/projects/apps/metadatas/',
      { auto_scan: 'true', public: 'true' },
      {
        'x-is-resource-name': 'true',
      },
    );
    expect(two.statusCode).toBe(400);
    expect(await two.body.json()).toEqual({
      errors: [{ code: 'BAD_REQUEST', message: 'only allow one key/value pair' }],
    });
    const one = await send(
      'POST',
      '/projects/apps/metadatas/',
      { auto_scan: 'TRUE' },
      { 'x-is-resource-name': 'true' },
    );
    expect(one.statusCode).toBe(200);
    await one.body.dump();
    expect(harbor.project('apps')!.metadata.auto_scan).toBe('true');
    const unknown = await send(
      'POST',
      '/projects/apps/metadatas/',
      { cosign_public_key: 'x' },
      {
        'x-is-resource-name': 'true',
      },
    );
    expect(unknown.statusCode).toBe(400);
    await unknown.body.dump();
    expect(harbor.violations).toEqual([]);
  });

  it('refuses disabled robots, and robots that are not robot$-prefixed', async () => {
    const admin = new HarborClient({ url: harbor.url, username: 'admin', password: 'Harbor12345' });
    const created = await admin.createRobot({
      name: 'ci',
      level: 'project',
      duration: -1,
      permissions: [
        { kind: 'project', namespace: 'apps', access: [{ resource: 'project', action: 'read' }] },
      ],
    });
    expect(created.name).toBe('robot$apps+ci');
    const robot = new HarborClient({ url: harbor.url, username: created.name, password: created.secret });
    expect((await robot.getProject('apps'))?.name).toBe('apps');
    const unprefixed = new HarborClient({ url: harbor.url, username: 'apps+ci', password: created.secret });
    await expect(unprefixed.getProject('apps')).rejects.toThrow(/401 UNAUTHORIZED/);
    [...harbor.robots.values()][0]!.disable = true;
    await expect(robot.getProject('apps')).rejects.toThrow(/401 UNAUTHORIZED/);
    expect(harbor.violations).toEqual([]);
  });
});
