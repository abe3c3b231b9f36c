// A JSON syntax check that allocates nothing per value: an SBOM of tens of MB
// parsed with JSON.parse costs several times its size in objects, and
// attesting it must stay within a few copies of the file. Only the top-level
// object's members are kept: string values decoded, others as null.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

/**
 * Checks that `buf` is one JSON value (RFC 8259) and returns the top-level
 * members when it is an object, or undefined when it is another kind of value.
 */
export function scanJson(buf: Uint8Array): Map<string, string | null> | undefined {
  const n = buf.length;
  let i = 0;
  const stack: number[] = [];
  const top = new Map<string, string | null>();
  let topKey = '';
  let isObject = false;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(i >= n ? `unexpected end of input (${what})` : what, i);
  };
  const ws = () => {
    while (i < n && WS.has(buf[i] as number)) i++;
  };
  // Returns where the string began; it ends at `i`. (A [start, end] pair per
  // string was an allocation per value, megabytes of young garbage per SBOM.)
  const string = (): number => {
    if (buf[i] !== 0x22) fail('expected a string');
    const start = i++;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = buf[i] as number;
      if (c === 0x22) {
        i++;
        return start;
      }
      if (c < 0x20) fail('control character in a string');
      if (c === 0x5c) {
        const e = buf[i + 1] as number;
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            const h = buf[i + k] as number;
            if (!((h >= 0x30 && h <= 0x39) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66)))
              fail('bad \\u escape');
          }
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else fail('bad escape');
      } else i++;
    }
  };
  const digits = () => {
    const s = i;
    while (i < n && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39) i++;
    if (i === s) fail('expected a digit');
  };
  const number = () => {
    if (buf[i] === 0x2d) i++;
    if (buf[i] === 0x30) i++;
    else digits();
    if (buf[i] === 0x2e) {
      i++;
      digits();
    }
    if (buf[i] === 0x65 || buf[i] === 0x45) {
      i++;
      if (buf[i] === 0x2b || buf[i] === 0x2d) i++;
      digits();
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (buf[i + k] !== word.charCodeAt(k)) fail('unexpected character');
    i += word.length;
  };
  const decode = (s: number, e: number) =>
    JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8')) as string;
  const key = () => {
    ws();
    const s = string();
    if (stack.length === 1) topKey = decode(s, i);
    ws();
    if (buf[i] !== 0x3a) fail("expected ':'");
    i++;
  };

  for (;;) {
    // A value is expected here.
    ws();
    const c = buf[i];
    const atTop = stack.length === 1 && isObject;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length === 0 && c === OPEN_OBJECT) isObject = true;
      if (atTop) top.set(topKey, null);
      i++;
      ws();
      if (buf[i] === (c === OPEN_OBJECT ? 0x7d : 0x5d)) i++;
      else {
        stack.push(c);
        if (c === OPEN_OBJECT) key();
        continue;
      }
    } else if (c === 0x22) {
      const s = string();
      if (atTop) top.set(topKey, decode(s, i));
    } else {
      if (c === 0x74) literal('true');
      else if (c === 0x66) literal('false');
      else if (c === 0x6e) literal('null');
      else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) number();
      else fail('expected a value');
      if (atTop) top.set(topKey, null);
    }
    // After a value: close containers, or move to the next member.
    for (;;) {
      ws();
      const open = stack.at(-1);
      if (open === undefined) {
        if (i !== n) fail('unexpected data after the JSON value');
        return isObject ? top : undefined;
      }
      const d = buf[i];
      if (d === 0x2c) {
        i++;
        if (open === OPEN_OBJECT) key();
        break;
      }
      if (d === (open === OPEN_OBJECT ? 0x7d : 0x5d)) {
        i++;
        stack.pop();
        continue;
      }
      fail(open === OPEN_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }
}
