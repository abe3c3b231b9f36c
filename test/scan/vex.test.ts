import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOpenVex, purlMatches, vexVerdict, vexWarnings } from '../../src/scan/vex.js';
import { finding, gjson, IMAGE_DIGEST, libcrypto, libssl, pkg, xtext } from './findings.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/vex/${name}`, import.meta.url)), 'utf8');
const vexctl = parseOpenVex(fixture('vexctl-image.openvex.json'), 'vexctl-image.openvex.json');
const govulncheck = parseOpenVex(fixture('govulncheck.openvex.json'), 'govulncheck.openvex.json');
const subject = { digests: [IMAGE_DIGEST] };

describe('OpenVEX as vexctl writes it', () => {
  it('applies a subcomponent statement to that package in the named image', () => {
    const v = vexVerdict([vexctl], finding('CVE-2024-9143', libssl, 'low'), subject);
    expect(v).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      source: 'vexctl-image.openvex.json#statements[0]',
    });
  });

  it('does not apply a subcomponent statement to another package of the image', () => {
    expect(vexVerdict([vexctl], finding('CVE-2024-9143', libcrypto, 'low'), subject)).toBeUndefined();
  });

  it('does not apply the statement to the same package in another image', () => {
    const other = { digests: [`sha256:${'1'.repeat(64)}`] };
    expect(vexVerdict([vexctl], finding('CVE-2024-9143', libssl, 'low'), other)).toBeUndefined();
  });

  it('a statement for another product does not apply', () => {
    expect(vexVerdict([vexctl], finding('CVE-2024-6119', libssl, 'high'), subject)).toBeUndefined();
  });

  it('the later statement wins, whatever the order of statements', () => {
    // statements[2] (bare digest, under_investigation, 10-20) vs statements[3] (oci purl, fixed, 10-22).
    const v = vexVerdict([vexctl], finding('CVE-2024-5535', libssl, 'critical'), subject);
    expect(v?.status).toBe('fixed');
    expect(v?.source).toBe('vexctl-image.openvex.json#statements[3]');
    expect(v?.timestamp).toBe('2024-10-22T08:00:00.000Z');
  });

  it('matches a product purl without version against any version, qualifiers it names must agree', () => {
    expect(vexVerdict([vexctl], finding('CVE-2024-4741', libcrypto, 'low'), subject)?.status).toBe(
      'affected',
    );
    const arm = pkg('pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=aarch64', 'libcrypto3', '3.3.2-r0');
    expect(vexVerdict([vexctl], finding('CVE-2024-4741', arm, 'low'), subject)).toBeUndefined();
  });
});

describe('OpenVEX as govulncheck writes it', () => {
  it('matches a finding by an alias of the statement', () => {
    const f = finding('CVE-2020-14040', xtext, 'high', { ids: ['CVE-2020-14040', 'GHSA-5rcv-m4m3-hfh7'] });
    const named = { digests: [IMAGE_DIGEST], subjectNames: ['Unknown Product'] };
    expect(vexVerdict([govulncheck], f, named)).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_present',
    });
  });

  it('"Unknown Product" names nothing unless the caller says it is the image', () => {
    const f = finding('GO-2020-0015', xtext, 'high', { ids: ['GO-2020-0015', 'CVE-2020-14040'] });
    expect(vexVerdict([govulncheck], f, subject)).toBeUndefined();
    expect(vexWarnings([govulncheck], subject)).toEqual([
      "govulncheck.openvex.json#statements[0]: product 'Unknown Product' is neither a purl nor a digest, so the statement applies to nothing; name it as the scanned image to apply it",
      "govulncheck.openvex.json#statements[1]: product 'Unknown Product' is neither a purl nor a digest, so the statement applies to nothing; name it as the scanned image to apply it",
    ]);
    expect(vexWarnings([govulncheck], { ...subject, subjectNames: ['Unknown Product'] })).toEqual([]);
    expect(vexWarnings([vexctl], subject)).toEqual([]);
  });

  it('on equal times, the statement read later wins', () => {
    const doc = (status: string, extra = '') =>
      parseOpenVex(
        `{"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"a","timestamp":"2024-01-01T00:00:00Z","version":1,
          "statements":[{"vulnerability":{"name":"GO-2020-0015"},"products":[{"@id":"pkg:golang/golang.org/x/text"}],"status":"${status}"${extra}}]}`,
        `${status}.json`,
      );
    const f = finding('GO-2020-0015', xtext, 'high');
    const a = doc('affected');
    const b = doc('not_affected', ',"justification":"vulnerable_code_not_present"');
    expect(vexVerdict([a, b], f, subject)?.status).toBe('not_affected');
    expect(vexVerdict([b, a], f, subject)?.status).toBe('affected');
  });

  it('reads a zone-less timestamp as UTC and keeps affected without an action statement', () => {
    const f = finding('GO-2021-0054', gjson, 'high');
    const v = vexVerdict([govulncheck], f, { digests: [], subjectNames: ['Unknown Product'] });
    expect(v).toMatchObject({ status: 'affected', timestamp: '2024-01-01T00:00:00.000Z' });
  });
});

describe('purl matching', () => {
  it('follows the purl spec normalisation', () => {
    expect(purlMatches('pkg:npm/%40Scope/Name', 'pkg:npm/%40scope/name@1.0.0?x=1')).toBe(true);
    expect(purlMatches('pkg:npm/%40scope/name@2.0.0', 'pkg:npm/%40scope/name@1.0.0')).toBe(false);
    expect(purlMatches('pkg:npm/name', 'pkg:pypi/name@1')).toBe(false);
  });
});

describe('invalid OpenVEX is rejected with file and field named', () => {
  const base = {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.com/vex/1',
    author: 'me',
    timestamp: '2024-01-01T00:00:00Z',
    version: 1,
    statements: [
      {
        vulnerability: { name: 'CVE-2024-1' },
        products: [{ '@id': 'pkg:apk/alpine/x' }],
        status: 'not_affected',
        justification: 'component_not_present',
      },
    ],
  };
  // biome-ignore lint/suspicious/noExplicitAny: each case breaks a different field of the document
  type Doc = any;
  const bad = (mutate: (d: Doc) => void) => {
    const d: Doc = structuredClone(base);
    mutate(d);
    return () => parseOpenVex(JSON.stringify(d), 'bad.vex.json');
  };

  it('accepts the valid base', () => {
    expect(bad(() => {})().statements).toHaveLength(1);
  });
  it('not JSON', () => {
    expect(() => parseOpenVex('{"@context":', 'bad.vex.json')).toThrow(/bad\.vex\.json: not valid JSON/);
  });
  it('wrong context', () => {
    expect(bad((d) => (d['@context'] = 'https://example.com/ns'))).toThrow(/bad\.vex\.json: .*@context/);
  });
  it('unknown status', () => {
    expect(bad((d) => (d.statements[0].status = 'maybe'))).toThrow(
      /bad\.vex\.json: OpenVEX field statements\[0\]\.status must be one of/,
    );
  });
  it('not_affected without justification or impact statement', () => {
    expect(bad((d) => delete d.statements[0].justification)).toThrow(
      /bad\.vex\.json: OpenVEX field statements\[0\]\.justification is required/,
    );
  });
  it('unknown justification', () => {
    expect(bad((d) => (d.statements[0].justification = 'trust_me'))).toThrow(
      /statements\[0\]\.justification must be one of/,
    );
  });
  it('bad purl in a product', () => {
    expect(bad((d) => (d.statements[0].products[0]['@id'] = 'pkg:'))).toThrow(
      /bad\.vex\.json: OpenVEX field statements\[0\]\.products\[0\]\.@id is not a valid purl/,
    );
  });
  it('missing vulnerability name', () => {
    expect(bad((d) => (d.statements[0].vulnerability = { '@id': 'x' }))).toThrow(
      /statements\[0\]\.vulnerability\.name/,
    );
  });
  it('bad timestamp', () => {
    expect(bad((d) => (d.statements[0].timestamp = 'yesterday'))).toThrow(
      /statements\[0\]\.timestamp must be an RFC 3339/,
    );
  });
  it('no products', () => {
    expect(bad((d) => (d.statements[0].products = []))).toThrow(
      /statements\[0\]\.products must be a non-empty array/,
    );
  });
});
