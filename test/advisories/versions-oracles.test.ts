import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparatorFor } from '../../src/advisories/versions/registry.js';

// The hand-written comparators against the real implementations, where this
// machine has them: dpkg's own `dpkg --compare-versions`, rpm's `rpm.vercmp`
// (Lua inside rpm) and Python's `packaging` (the reference for PEP 440). Each
// compares a few hundred generated pairs in one process. Missing tools skip
// with a printed reason.

function have(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status === 0) return true;
  console.warn(`skipping: '${cmd}' is not available here`);
  return false;
}

const small = fc.integer({ min: 0, max: 12 });
const digits = fc.oneof(small.map(String), fc.constantFrom('0', '00', '01', '10', '2024'));
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

function pairs(gen: fc.Arbitrary<string>, n: number): [string, string][] {
  // Fixed seed: a failure names the same pair on every run.
  return fc.sample(fc.tuple(gen, gen), { numRuns: n, seed: 4242 });
}

const dpkgPart = (first: fc.Arbitrary<string>) =>
  fc
    .tuple(
      first,
      fc.array(fc.oneof(digits, pick('.', '~', '+', 'a', 'z', 'dfsg', '~rc', '+deb12u')), { maxLength: 5 }),
    )
    .map(([f, rest]) => f + rest.join(''));
const dpkgVersion = fc
  .tuple(
    pick('', '0:', '1:', '2:'),
    dpkgPart(digits),
    fc.option(dpkgPart(fc.oneof(digits, pick('a', '~'))), { nil: '' }),
  )
  .map(([e, u, r]) => `${e}${u}${r ? `-${r}` : ''}`);

describe.skipIf(!have('dpkg', ['--version']))('dpkg comparator agrees with dpkg --compare-versions', () => {
  it('on generated Debian versions', () => {
    const c = comparatorFor('Debian:12')!;
    const ps = pairs(dpkgVersion, 300);
    const script =
      'while read a b; do if dpkg --compare-versions "$a" lt "$b"; then echo -1; elif dpkg --compare-versions "$a" eq "$b"; then echo 0; else echo 1; fi; done';
    const out = spawnSync('sh', ['-c', script], {
      input: ps.map((p) => p.join(' ')).join('\n') + '\n',
      encoding: 'utf8',
    });
    const want = out.stdout.trim().split('\n').map(Number);
    expect(want).toHaveLength(ps.length);
    for (const [i, [a, b]] of ps.entries()) expect(c.compare(a, b), `${a} vs ${b}`).toBe(want[i]);
  });
});

const rpmPart = fc
  .array(fc.oneof(digits, pick('.', '_', '~', '^', 'a', 'b', 'el', 'rc', 'git', '+')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(''))
  .filter((s) => /^[0-9A-Za-z]/.test(s));
const rpmVersion = fc
  .tuple(pick('', '0:', '1:'), rpmPart, fc.option(rpmPart, { nil: '' }))
  .map(([e, v, r]) => `${e}${v}${r ? `-${r}` : ''}`);

describe.skipIf(!have('rpm', ['--version']))('rpm comparator agrees with rpm.vercmp', () => {
  it('on generated EVRs', () => {
    const c = comparatorFor('AlmaLinux:9')!;
    const ps = pairs(rpmVersion, 400);
    const lua = ps
      .map(([a, b]) => `print(rpm.vercmp(${JSON.stringify(a)}, ${JSON.stringify(b)}) .. ' ')`)
      .join(' ');
    // rpm's Lua print adds no newline, hence the trailing space per result
    const out = spawnSync('rpm', ['--eval', `%{lua: ${lua}}`], { encoding: 'utf8' });
    const want = out.stdout.trim().split(/\s+/).map(Number);
    expect(want).toHaveLength(ps.length);
    for (const [i, [a, b]] of ps.entries()) expect(c.compare(a, b), `${a} vs ${b}`).toBe(want[i]);
  });
});

const pep440Version = fc
  .tuple(
    pick('', '1!'),
    fc.array(digits, { minLength: 1, maxLength: 4 }).map((p) => p.join('.')),
    fc.option(
      fc.tuple(pick('a', 'b', 'rc', 'alpha', 'c'), small).map((t) => t.join('')),
      { nil: '' },
    ),
    fc.option(
      small.map((n) => `.post${n}`),
      { nil: '' },
    ),
    fc.option(
      small.map((n) => `.dev${n}`),
      { nil: '' },
    ),
    fc.option(pick('+abc', '+5', '+abc.5', '+05.x'), { nil: '' }),
  )
  .map((t) => t.join(''));

const hasPackaging = have('python3', ['-c', 'import packaging.version']);
describe.skipIf(!hasPackaging)('PEP 440 comparator agrees with Python packaging', () => {
  it('on generated versions', () => {
    const c = comparatorFor('PyPI')!;
    const ps = pairs(pep440Version, 400);
    const py =
      'import sys,json\nfrom packaging.version import Version as V\n' +
      'for a,b in json.load(sys.stdin):\n  x,y=V(a),V(b)\n  print(-1 if x<y else (0 if x==y else 1))\n';
    const out = spawnSync('python3', ['-c', py], { input: JSON.stringify(ps), encoding: 'utf8' });
    const want = out.stdout.trim().split('\n').map(Number);
    expect(want, out.stderr).toHaveLength(ps.length);
    for (const [i, [a, b]] of ps.entries()) expect(c.compare(a, b), `${a} vs ${b}`).toBe(want[i]);
  });
});
