// WWW-Authenticate as RFC 9110 §11.6.1 writes it: one header may carry several
// challenges, each a scheme followed by either a token68 or comma-separated
// `name=value` parameters whose values may be quoted strings with escapes.
// Registries put commas inside quoted scopes (`scope="repository:a:pull,push"`),
// so splitting on commas is not enough.

export interface Challenge {
  /** Lower-cased auth scheme, e.g. `bearer`, `basic`. */
  scheme: string;
  /** Parameters with lower-cased names. */
  params: Record<string, string>;
  token68?: string;
}

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;

export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let pos = 0;
  const skipWs = () => {
    while (pos < header.length && (header[pos] === ' ' || header[pos] === '\t')) pos++;
  };
  const readToken = () => {
    const start = pos;
    while (pos < header.length && TOKEN_CHAR.test(header[pos]!)) pos++;
    return header.slice(start, pos);
  };
  const readQuoted = () => {
    pos++; // opening quote
    let value = '';
    while (pos < header.length && header[pos] !== '"') {
      if (header[pos] === '\\' && pos + 1 < header.length) pos++;
      value += header[pos];
      pos++;
    }
    pos++; // closing quote (or past the end of an unterminated string)
    return value;
  };

  while (pos < header.length) {
    while (pos < header.length && (header[pos] === ',' || header[pos] === ' ' || header[pos] === '\t')) pos++;
    const scheme = readToken();
    if (!scheme) {
      // Not a token where a scheme must start: skip the garbage up to the next comma.
      while (pos < header.length && header[pos] !== ',') pos++;
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    skipWs();

    const t68 = TOKEN68.exec(header.slice(pos));
    if (t68) {
      const after = pos + t68[0].length;
      let next = after;
      while (next < header.length && (header[next] === ' ' || header[next] === '\t')) next++;
      if (next >= header.length || header[next] === ',') {
        challenge.token68 = t68[0];
        pos = next;
        continue;
      }
    }

    for (;;) {
      skipWs();
      const save = pos;
      const name = readToken();
      if (!name) break;
      skipWs();
      if (header[pos] !== '=') {
        // A bare token after a comma starts the next challenge.
        pos = save;
        break;
      }
      pos++;
      skipWs();
      const value = header[pos] === '"' ? readQuoted() : readToken();
      challenge.params[name.toLowerCase()] = value;
      skipWs();
      if (header[pos] !== ',') break;
      pos++;
    }
  }
  return out;
}

export type AuthScheme =
  | { kind: 'bearer'; realm: string; service?: string; scopes: string[] }
  | { kind: 'basic'; realm?: string };

/**
 * The challenge a registry client should answer: Bearer when offered (it is
 * what the distribution token spec expects), else Basic. Undefined when the
 * header offers neither, or a Bearer challenge lacks its realm.
 */
export function selectAuthScheme(challenges: readonly Challenge[]): AuthScheme | undefined {
  const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
  if (bearer) {
    const { realm, service, scope } = bearer.params;
    return {
      kind: 'bearer',
      realm: realm!,
      ...(service ? { service } : {}),
      scopes: scope ? scope.split(' ').filter(Boolean) : [],
    };
  }
  const basic = challenges.find((c) => c.scheme === 'basic');
  if (basic) return { kind: 'basic', ...(basic.params.realm ? { realm: basic.params.realm } : {}) };
  return undefined;
}
