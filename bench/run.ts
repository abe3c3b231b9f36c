import { registerHooks } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as AdvisoriesBench from './advisories.js';
import type * as AttestBench from './attest.js';
import type * as CopyBench from './copy.js';
import type * as SbomBench from './sbom.js';
import type * as ScanBench from './scan.js';
import type * as SignBench from './sign.js';

// Entry of `npm run bench`, run by Node 24 itself (`node bench/run.ts`: types are
// stripped natively, no tsx). The sources import each other as `./x.js`, the form tsc
// and vitest expect; this hook lets Node find the `.ts` file behind such a specifier.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (!/^\.{1,2}\//.test(specifier) || !specifier.endsWith('.js')) throw e;
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
  },
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    cli: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const ALL = ['copy', 'advisories', 'sbom', 'scan', 'sign', 'attest'];
const benches = positionals.length > 0 ? positionals : ALL;
if (values.help || benches.some((b) => !ALL.includes(b))) {
  console.log(`usage: node bench/run.ts [${ALL.join('|')}]… [--runs N] [--cli PATH/TO/lading/index.js]`);
  process.exit(values.help ? 0 : 2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs wants a positive integer, got '${values.runs}'`);
  process.exit(2);
}

if (benches.includes('copy')) {
  const copy = (await import(new URL('./copy.ts', import.meta.url).href)) as typeof CopyBench;
  await copy.runCopyBench({ runs, ...(values.cli ? { cli: resolve(values.cli) } : {}) });
}
if (benches.includes('advisories')) {
  const advisories = (await import(
    new URL('./advisories.ts', import.meta.url).href
  )) as typeof AdvisoriesBench;
  await advisories.runAdvisoriesBench({ runs: Math.max(3, runs) });
}
if (benches.includes('sbom')) {
  const sbom = (await import(new URL('./sbom.ts', import.meta.url).href)) as typeof SbomBench;
  await sbom.runSbomBench({ runs, ...(values.cli ? { cli: resolve(values.cli) } : {}) });
}
if (benches.includes('sign')) {
  const sign = (await import(new URL('./sign.ts', import.meta.url).href)) as typeof SignBench;
  await sign.runSignBench({ runs, ...(values.cli ? { cli: resolve(values.cli) } : {}) });
}
if (benches.includes('attest')) {
  const attest = (await import(new URL('./attest.ts', import.meta.url).href)) as typeof AttestBench;
  await attest.runAttestBench({ runs, ...(values.cli ? { cli: resolve(values.cli) } : {}) });
}
if (benches.includes('scan')) {
  const scan = (await import(new URL('./scan.ts', import.meta.url).href)) as typeof ScanBench;
  await scan.runScanBench({ runs, ...(values.cli ? { cli: resolve(values.cli) } : {}) });
}
