import { describe, expect, it } from 'vitest';
import { InputError, IntegrityError } from '../../src/errors.js';
import { encodeManifest, MANIFEST_MAX_BYTES, parseManifest } from '../../src/oci/manifest.js';
import { MediaType } from '../../src/oci/mediatype.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;
const where = 'registry.test/demo/app@sha256:feed';

const image = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: MediaType.ociManifest,
  config: { mediaType: MediaType.ociConfig, digest: D1, size: 10 },
  layers: [{ mediaType: MediaType.ociLayerGzip, digest: D2, size: 20 }],
  ...extra,
});
const index = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  mediaType: MediaType.ociIndex,
  manifests: [
    {
      mediaType: MediaType.ociManifest,
      digest: D1,
      size: 10,
      platform: { os: 'linux', architecture: 'amd64' },
    },
  ],
  ...extra,
});
const bytes = (v: unknown) => Buffer.from(JSON.stringify(v));
const parse = (v: unknown, mediaType?: string) => parseManifest(bytes(v), { mediaType, where });

function failure(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('parseManifest accepts', () => {
  it('an OCI image manifest and an OCI index, keeping every field', () => {
    const m = parse(image({ annotations: { a: 'b' } }), MediaType.ociManifest);
    expect(m.mediaType).toBe(MediaType.ociManifest);
    expect('layers' in m && m.layers[0]?.digest).toBe(D2);
    expect(m.annotations).toEqual({ a: 'b' });
    const i = parse(index(), MediaType.ociIndex);
    expect('manifests' in i && i.manifests[0]?.platform?.architecture).toBe('amd64');
  });

  it('Docker schema 2 manifests and manifest lists', () => {
    const dm = image({ mediaType: MediaType.dockerManifest });
    expect(parse(dm, MediaType.dockerManifest).mediaType).toBe(MediaType.dockerManifest);
    const dl = index({ mediaType: MediaType.dockerManifestList });
    expect(parse(dl, `${MediaType.dockerManifestList}; charset=utf-8`).mediaType).toBe(
      MediaType.dockerManifestList,
    );
  });

  it('detects the type from the fields when neither header nor field names it, as containerd does', () => {
    const { mediaType: _m, ...bareImage } = image();
    const { mediaType: _i, ...bareIndex } = index();
    expect(parse(bareImage).mediaType).toBe(MediaType.ociManifest);
    expect(parse(bareIndex).mediaType).toBe(MediaType.ociIndex);
    // A generic content type says nothing; the fields still decide.
    expect(parse(bareIndex, 'application/json').mediaType).toBe(MediaType.ociIndex);
  });

  it('a manifest without mediaType field takes the announced type', () => {
    const { mediaType: _m, ...bareImage } = image();
    expect(parse(bareImage, MediaType.dockerManifest).mediaType).toBe(MediaType.dockerManifest);
  });

  it('exactly the cap, and an OCI 1.1 artifact with a subject', () => {
    const artifact = image({
      artifactType: 'application/vnd.example+json',
      subject: { mediaType: MediaType.ociManifest, digest: D1, size: 5 },
    });
    const text = JSON.stringify(artifact);
    const padded = Buffer.from(text.slice(0, -1) + ' '.repeat(MANIFEST_MAX_BYTES - text.length) + '}');
    expect(padded.length).toBe(MANIFEST_MAX_BYTES);
    const m = parseManifest(padded, { where });
    expect(m.subject?.digest).toBe(D1);
    expect(m.artifactType).toBe('application/vnd.example+json');
  });
});

describe('parseManifest rejects, naming where and what', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['not JSON', () => parseManifest(Buffer.from('<html>nope</html>'), { where }), /manifest is not JSON/],
    ['a JSON array', () => parse([image()]), /not a JSON object/],
    [
      '4 MiB + 1',
      () => parseManifest(Buffer.alloc(MANIFEST_MAX_BYTES + 1, 0x20), { where }),
      /4194305 bytes is over the 4194304-byte limit/,
    ],
    ['schemaVersion 3', () => parse(image({ schemaVersion: 3 })), /"schemaVersion" is 3, expected 2/],
    [
      'Docker schema 1 by field',
      () => parse({ schemaVersion: 1, name: 'x', tag: 'y', fsLayers: [] }),
      /schema 1 manifests are not supported/,
    ],
    [
      'Docker schema 1 by type',
      () => parse(image(), 'application/vnd.docker.distribution.manifest.v1+prettyjws'),
      /schema 1 manifests are not supported/,
    ],
    [
      'an unknown media type',
      () => parse(image({ mediaType: 'application/vnd.example.thing' })),
      /unsupported manifest media type "application\/vnd.example.thing"/,
    ],
    [
      'an unknown served type',
      () => parse({ ...image(), mediaType: undefined }, 'application/vnd.oci.artifact.manifest.v1+json'),
      /unsupported manifest media type/,
    ],
    [
      'field vs Content-Type mismatch',
      () => parse(image(), MediaType.dockerManifest),
      /"mediaType" is application\/vnd.oci.image.manifest.v1\+json but it was served as application\/vnd.docker.distribution.manifest.v2\+json/,
    ],
    [
      'index type with layers',
      () => parse({ ...image(), mediaType: undefined }, MediaType.ociIndex),
      /typed application\/vnd.oci.image.index.v1\+json but has "config"\/"layers"/,
    ],
    [
      'image type with manifests',
      () => parse({ ...index(), mediaType: undefined }, MediaType.ociManifest),
      /typed application\/vnd.oci.image.manifest.v1\+json but has "manifests"/,
    ],
    [
      'both shapes at once',
      () => parse({ ...image(), manifests: [] }),
      /both "manifests" and "config"\/"layers"/,
    ],
    ['no shape at all', () => parse({ schemaVersion: 2 }), /no "mediaType" and neither/],
    [
      'a bad layer digest',
      () => parse(image({ layers: [{ mediaType: MediaType.ociLayerGzip, digest: 'sha256:XYZ', size: 1 }] })),
      /layers\[0\]\.digest "sha256:XYZ" is not a sha256 or sha512 digest/,
    ],
    [
      'a negative size',
      () => parse(image({ config: { mediaType: MediaType.ociConfig, digest: D1, size: -1 } })),
      /config\.size -1 is not a non-negative integer/,
    ],
    [
      'a fractional size',
      () => parse(index({ manifests: [{ mediaType: MediaType.ociManifest, digest: D1, size: 1.5 }] })),
      /manifests\[0\]\.size 1\.5 is not a non-negative integer/,
    ],
    [
      'a string size',
      () => parse(image({ subject: { mediaType: MediaType.ociManifest, digest: D1, size: '3' } })),
      /subject\.size "3"/,
    ],
    ['layers not a list', () => parse(image({ layers: {} })), /"layers" is not an array/],
    [
      'a descriptor without media type',
      () => parse(image({ config: { digest: D1, size: 1 } })),
      /config\.mediaType is missing/,
    ],
    [
      'a platform without os',
      () =>
        parse(
          index({
            manifests: [
              { mediaType: MediaType.ociManifest, digest: D1, size: 1, platform: { architecture: 'amd64' } },
            ],
          }),
        ),
      /manifests\[0\]\.platform needs "os" and "architecture"/,
    ],
    [
      'annotations with a number',
      () => parse(image({ annotations: { n: 1 } })),
      /annotations is not a map of strings/,
    ],
  ];
  it.each(cases)('%s', (_name, fn, message) => {
    const err = failure(fn);
    expect(err).toBeInstanceOf(IntegrityError);
    expect(err.message.startsWith(`${where}: `)).toBe(true);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });

  it('blames the user (InputError, exit 2) when the bytes came from them', () => {
    const err = failure(() => parseManifest(Buffer.from('{'), { where: 'manifest.json', from: 'input' }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/^manifest\.json: manifest is not JSON/);
  });
});

describe('encodeManifest', () => {
  it('writes compact JSON that parses back to the same manifest', () => {
    const m = image();
    const encoded = encodeManifest(m as never);
    expect(encoded.toString()).not.toMatch(/\s/);
    expect(parseManifest(encoded, { where })).toEqual(m);
  });
});
