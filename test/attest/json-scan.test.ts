import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, scanJson } from '../../src/attest/json-scan.js';

const scan = (text: string) => scanJson(Buffer.from(text));
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, Math.random() < 0.5 ? 2 : undefined);
        expect(() => scan(text)).not.toThrow();
      }),
    );
  });

  it('agrees with JSON.parse on mutated documents', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', 'x', '01', '-', '\u0001'),
        (v, at, junk) => {
          const text = JSON.stringify(v);
          const i = at % (text.length + 1);
          const mutated = text.slice(0, i) + junk + text.slice(i);
          let ok = true;
          try {
            scan(mutated);
          } catch (e) {
            expect(e).toBeInstanceOf(JsonSyntaxError);
            ok = false;
          }
          expect(ok).toBe(parses(mutated));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('returns the top-level members, strings decoded', () => {
    const top = scan('{"spdxVersion":"SPDX-\\u0032.3","n":1,"o":{"spdxVersion":"inner"},"a":[]}');
    expect(top).toEqual(
      new Map<string, string | null>([
        ['spdxVersion', 'SPDX-2.3'],
        ['n', null],
        ['o', null],
        ['a', null],
      ]),
    );
    expect(scan('[1,2]')).toBeUndefined();
  });

  it('names the byte where the syntax breaks', () => {
    expect(() => scan('{"a": tru}')).toThrow('unexpected character at byte 6');
    expect(() => scan('{"a": 1} x')).toThrow('unexpected data after the JSON value at byte 9');
    expect(() => scan('{"a": [1, 2')).toThrow(/unexpected end of input .* at byte 11/);
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(() => scan(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).not.toThrow();
  });
});
