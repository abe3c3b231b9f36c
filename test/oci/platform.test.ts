import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/errors.js';
import { MediaType } from '../../src/oci/mediatype.js';
import {
  formatPlatform,
  matchPlatform,
  normalizePlatform,
  parsePlatform,
  platformEntries,
  selectPlatform,
} from '../../src/oci/platform.js';
import type { Descriptor, ImageIndex, Platform } from '../../src/oci/types.js';

const entry = (n: number, platform?: Platform, annotations?: Record<string, string>): Descriptor => ({
  mediaType: MediaType.ociManifest,
  digest: `sha256:${String(n).repeat(64).slice(0, 64)}`,
  size: 100 + n,
  ...(platform ? { platform } : {}),
  ...(annotations ? { annotations } : {}),
});

// Shaped like a buildx multi-platform push with attestations: arm64 without an
// explicit variant, and unknown/unknown attestation manifests beside each image.
const buildx: ImageIndex = {
  schemaVersion: 2,
  mediaType: MediaType.ociIndex,
  manifests: [
    entry(1, { os: 'linux', architecture: 'amd64' }),
    entry(2, { os: 'linux', architecture: 'arm64' }),
    entry(3, { os: 'linux', architecture: 'arm', variant: 'v6' }),
    entry(
      4,
      { os: 'unknown', architecture: 'unknown' },
      { 'vnd.docker.reference.type': 'attestation-manifest' },
    ),
    entry(
      5,
      { os: 'unknown', architecture: 'unknown' },
      { 'vnd.docker.reference.type': 'attestation-manifest' },
    ),
  ],
};

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/x86_64', { os: 'linux', architecture: 'amd64' }],
    ['Linux/AMD64', { os: 'linux', architecture: 'amd64' }],
    ['linux/aarch64', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm64/8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['linux/armhf', { os: 'linux', architecture: 'arm', variant: 'v7' }],
    ['linux/armel', { os: 'linux', architecture: 'arm', variant: 'v6' }],
    ['linux/arm/6', { os: 'linux', architecture: 'arm', variant: 'v6' }],
    ['linux/i386', { os: 'linux', architecture: '386' }],
    ['linux/amd64/v1', { os: 'linux', architecture: 'amd64' }],
    ['linux/amd64/v3', { os: 'linux', architecture: 'amd64', variant: 'v3' }],
    ['macos/arm64', { os: 'darwin', architecture: 'arm64', variant: 'v8' }],
    [
      'windows(10.0.17763.1234)/amd64',
      { os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.1234' },
    ],
  ])('%s', (text, expected) => {
    expect(parsePlatform(text)).toEqual(expected);
  });

  it.each([
    '',
    'linux',
    'linux/',
    '/amd64',
    'linux/amd64/v8/extra',
    'linux amd64',
    'linux/am$d64',
    'linux//v7',
  ])('rejects %j naming the flag and the expected shape', (text) => {
    expect(() => parsePlatform(text)).toThrow(InputError);
    expect(() => parsePlatform(text)).toThrow(
      /^--platform: ".*" is not a platform; expected os\/arch\[\/variant\]/,
    );
  });

  it('names the caller-given source in the message', () => {
    expect(() => parsePlatform('junk', 'input platform')).toThrow(/^input platform: "junk"/);
  });
});

describe('matching', () => {
  it('treats arm64 with and without v8 as the same platform, but not v9', () => {
    expect(
      matchPlatform(
        { os: 'linux', architecture: 'aarch64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
      ),
    ).toBe(true);
    expect(
      matchPlatform(
        { os: 'linux', architecture: 'arm64' },
        { os: 'linux', architecture: 'arm64', variant: 'v9' },
      ),
    ).toBe(false);
    expect(
      matchPlatform({ os: 'linux', architecture: 'amd64' }, { os: 'windows', architecture: 'amd64' }),
    ).toBe(false);
  });

  it('compares os.version only when one is asked for', () => {
    const win = { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.1' };
    expect(matchPlatform({ os: 'windows', architecture: 'amd64' }, win)).toBe(true);
    expect(matchPlatform({ ...win, 'os.version': '10.0.17763.1' }, win)).toBe(false);
  });

  it('formats normalised names', () => {
    expect(formatPlatform({ os: 'linux', architecture: 'aarch64' })).toBe('linux/arm64/v8');
    expect(formatPlatform(normalizePlatform({ os: 'linux', architecture: 'x86_64' }))).toBe('linux/amd64');
  });
});

describe('selectPlatform', () => {
  it('picks the entry for the asked platform, whatever spelling either side uses', () => {
    expect(selectPlatform(buildx, parsePlatform('linux/amd64'), 'app:1').digest).toBe(
      buildx.manifests[0]!.digest,
    );
    expect(selectPlatform(buildx, parsePlatform('linux/aarch64'), 'app:1').digest).toBe(
      buildx.manifests[1]!.digest,
    );
  });

  it('falls back to an older variant of the same architecture (arm/v7 runs arm/v6)', () => {
    expect(selectPlatform(buildx, parsePlatform('linux/arm/v7'), 'app:1').digest).toBe(
      buildx.manifests[2]!.digest,
    );
  });

  it('prefers the exact variant over an older one', () => {
    const index: ImageIndex = {
      ...buildx,
      manifests: [
        entry(6, { os: 'linux', architecture: 'amd64' }),
        entry(7, { os: 'linux', architecture: 'amd64', variant: 'v3' }),
      ],
    };
    expect(selectPlatform(index, parsePlatform('linux/amd64/v3'), 'x').digest).toBe(
      index.manifests[1]!.digest,
    );
    expect(selectPlatform(index, parsePlatform('linux/amd64/v2'), 'x').digest).toBe(
      index.manifests[0]!.digest,
    );
  });

  it('never hands out an attestation manifest, even for unknown/unknown', () => {
    expect(() => selectPlatform(buildx, { os: 'unknown', architecture: 'unknown' }, 'app:1')).toThrow(
      NotFoundError,
    );
    expect(platformEntries(buildx)).toHaveLength(3);
  });

  it('lists what the index offers when nothing matches, without the attestation entries', () => {
    const err = (() => {
      try {
        selectPlatform(buildx, parsePlatform('linux/s390x'), 'ghcr.io/acme/app:1.0');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err?.message).toBe(
      'no linux/s390x image in ghcr.io/acme/app:1.0; it has linux/amd64, linux/arm64/v8, linux/arm/v6',
    );
  });

  it('says so when the index has no platform entries at all', () => {
    const index: ImageIndex = { schemaVersion: 2, manifests: [entry(8)] };
    expect(() => selectPlatform(index, parsePlatform('linux/amd64'), 'oci-dir:out')).toThrow(
      'no linux/amd64 image in oci-dir:out; it lists no platform images',
    );
  });
});
