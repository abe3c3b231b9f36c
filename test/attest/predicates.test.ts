import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPredicate,
  PREDICATE_SIZE_LIMIT,
  parsePredicateKind,
  readPredicate,
} from '../../src/attest/predicates.js';
import { tempDir } from '../fixtures/images.js';

const check = (doc: unknown, kind: Parameters<typeof checkPredicate>[1]) =>
  checkPredicate(
    Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc)),
    kind,
    '--predicate p.json',
  );

describe('predicate checks', () => {
  it('accepts a document of each declared kind', () => {
    expect(() => check({ spdxVersion: 'SPDX-2.3' }, 'spdxjson')).not.toThrow();
    expect(() => check({ bomFormat: 'CycloneDX', specVersion: '1.6' }, 'cyclonedx')).not.toThrow();
    expect(() =>
      check({ '@context': 'https://openvex.dev/ns/v0.2.0', statements: [] }, 'openvex'),
    ).not.toThrow();
    expect(() =>
      check(
        {
          scanner: { uri: 'x' },
          metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:00:01.5+02:00' },
        },
        'vuln',
      ),
    ).not.toThrow();
    expect(() =>
      check({ buildDefinition: { buildType: 't' }, runDetails: { builder: { id: 'b' } } }, 'slsaprovenance1'),
    ).not.toThrow();
  });

  it.each([
    [
      '{"spdxVersion": ',
      'spdxjson',
      '--predicate p.json: not JSON: unexpected end of input (expected a value) at byte 16',
    ],
    ['[1]', 'spdxjson', '--predicate p.json: the predicate must be a JSON object'],
    [
      { bomFormat: 'CycloneDX' },
      'spdxjson',
      '--predicate p.json: not an SPDX JSON document: "spdxVersion" is missing, expected "SPDX-2.x"',
    ],
    [
      { spdxVersion: 'SPDX-2.3' },
      'cyclonedx',
      '--predicate p.json: not a CycloneDX JSON BOM: "bomFormat" is missing, expected "CycloneDX"',
    ],
    [
      { bomFormat: 1 },
      'cyclonedx',
      '--predicate p.json: not a CycloneDX JSON BOM: "bomFormat" is not a string, expected "CycloneDX"',
    ],
    [
      { '@context': 'https://example.com' },
      'openvex',
      'not an OpenVEX document: "@context" is "https://example.com"',
    ],
    [
      { scanner: { uri: 'x' }, metadata: { scanStartedOn: 'yesterday' } },
      'vuln',
      '"metadata.scanStartedOn" is "yesterday", expected an RFC 3339 time',
    ],
    [{ scanner: {} }, 'vuln', '"scanner.uri" is missing'],
    [
      { buildDefinition: { buildType: 't' } },
      'slsaprovenance1',
      'not SLSA provenance v1: "runDetails.builder.id" is missing',
    ],
  ] as const)('refuses %j as %s', (doc, kind, message) => {
    expect(() => check(doc, kind)).toThrow(message);
  });

  it('refuses a file over the size limit before reading it, naming the file and the limit', async () => {
    const dir = await tempDir('predicate');
    const path = join(dir, 'big.json');
    await writeFile(path, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(path, PREDICATE_SIZE_LIMIT + 1);
    await expect(readPredicate(path, 'spdxjson', '--predicate big.json')).rejects.toThrow(
      `--predicate big.json: the predicate is ${PREDICATE_SIZE_LIMIT + 1} bytes, over the 67108864-byte (64 MiB) limit`,
    );
    await expect(readPredicate(join(dir, 'none.json'), 'spdxjson', '--predicate none.json')).rejects.toThrow(
      '--predicate none.json: no such file',
    );
  });

  it('names the kinds when given an unknown one', () => {
    expect(() => parsePredicateKind('sbom')).toThrow(
      '--type: must be one of slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, got "sbom"',
    );
  });
});
