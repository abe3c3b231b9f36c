import { describe, expect, it } from 'vitest';
import { deriveConfig, mergeEnv } from '../../src/build/base-config.js';
import { parseDirSpec } from '../../src/build/dir-spec.js';
import { InputError } from '../../src/errors.js';
import type { Digest } from '../../src/oci/digest.js';

const D = `sha256:${'d'.repeat(64)}` as Digest;
const amd64 = { os: 'linux', architecture: 'amd64' };
const base = {
  architecture: 'amd64',
  os: 'linux',
  author: 'someone else',
  config: {
    Env: ['PATH=/usr/bin:/bin', 'HOME=/root'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Healthcheck: { Test: ['CMD', 'true'] },
    OnBuild: ['RUN make'],
  },
  rootfs: { type: 'layers', diff_ids: [`sha256:${'b'.repeat(64)}`] },
  history: [{ created_by: 'base layer' }, { created_by: 'ENV x', empty_layer: true }],
};

describe('deriveConfig', () => {
  it('inherits the base runtime config, appends diff_ids and history, and drops what is not ours', () => {
    const { config, warnings } = deriveConfig({
      base,
      changes: {},
      platform: amd64,
      created: 0,
      diffIds: [D],
      createdBy: ['lading build --dir app:/app'],
    });
    expect(config.config).toEqual({
      Env: ['PATH=/usr/bin:/bin', 'HOME=/root'],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      Healthcheck: { Test: ['CMD', 'true'] },
    });
    expect(config.author).toBeUndefined();
    expect(config.rootfs).toEqual({ type: 'layers', diff_ids: [`sha256:${'b'.repeat(64)}`, D] });
    expect(config.history).toEqual([
      ...base.history,
      { created: '1970-01-01T00:00:00.000Z', created_by: 'lading build --dir app:/app' },
    ]);
    expect(warnings).toEqual([expect.stringContaining('ONBUILD triggers are not run')]);
  });

  it('a new entrypoint drops the base cmd, as Docker does, unless a cmd is given too', () => {
    const input = { base, platform: amd64, created: 0, diffIds: [], createdBy: [] };
    const only = deriveConfig({ ...input, changes: { entrypoint: ['/app/run'] } }).config.config as Record<
      string,
      unknown
    >;
    expect(only.Entrypoint).toEqual(['/app/run']);
    expect(only.Cmd).toBeUndefined();
    const both = deriveConfig({ ...input, changes: { entrypoint: ['/app/run'], cmd: ['--fast'] } }).config
      .config as Record<string, unknown>;
    expect(both.Cmd).toEqual(['--fast']);
  });

  it('gives the same bytes for the same input', () => {
    const input = {
      base,
      changes: { labels: { b: '2', a: '1' }, exposedPorts: ['80', '53/udp'] },
      platform: amd64,
      created: 5,
      diffIds: [D],
      createdBy: ['x'],
    };
    expect(JSON.stringify(deriveConfig(input).config)).toBe(
      JSON.stringify(deriveConfig(structuredClone(input)).config),
    );
  });
});

describe('mergeEnv', () => {
  it('replaces by name in place and appends new names in order', () => {
    expect(mergeEnv(['PATH=/bin', 'A=1', 'BARE'], ['A=2', 'BARE=now', 'NEW=x', 'PATH=/app:/bin'])).toEqual([
      'PATH=/app:/bin',
      'A=2',
      'BARE=now',
      'NEW=x',
    ]);
  });
  it('refuses an entry without a name', () => {
    expect(() => mergeEnv([], ['=x'])).toThrow(InputError);
  });
});

describe('parseDirSpec', () => {
  it('defaults the destination to / and never records an absolute host path', () => {
    expect(parseDirSpec('./dist')).toEqual({ source: './dist', destination: '/', label: 'dist' });
    expect(parseDirSpec('/home/runner/work/app/dist:/srv/app/')).toEqual({
      source: '/home/runner/work/app/dist',
      destination: '/srv/app',
      label: 'dist',
    });
    expect(parseDirSpec('a:b:/x').source).toBe('a:b');
  });
});
