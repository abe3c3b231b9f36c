import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReleaseSummary } from '../../src/report/release-summary.js';
import { quickstartStep } from '../../src/steps/quickstart.js';
import { partialRelease, type ReleaseResult } from '../../src/steps/release.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { tempDir, testAccess } from '../fixtures/images.js';
import { REPO_ROOT } from '../harness/peers.js';

// The combined summary of a real release: the quickstart's, on an OCI layout,
// with the example's shipped advisories (two medium follow-redirects findings).

const EXAMPLE = join(REPO_ROOT, 'example/app');
const ADVISORIES = join(REPO_ROOT, 'example/advisories');

async function quickstart(dir: string, failOn: 'high' | 'medium' = 'high'): Promise<ReleaseResult> {
  const run = quickstartStep(
    {
      exampleDir: EXAMPLE,
      advisoriesDir: ADVISORIES,
      workDir: join(dir, failOn),
      created: 0,
      failOn,
      now: new Date('2026-01-02T03:04:05Z'),
      access: testAccess(dir),
      toolVersion: '0.0.0-test',
    },
    silentReporter,
  );
  try {
    return (await run).release;
  } catch (err) {
    const partial = partialRelease(err);
    if (!partial) throw err;
    return partial;
  }
}

describe('renderReleaseSummary', () => {
  let dir = '';
  let released: ReleaseResult;
  let gated: ReleaseResult;
  beforeAll(async () => {
    dir = await tempDir('release-summary');
    released = await quickstart(dir);
    gated = await quickstart(dir, 'medium');
  }, 60_000);
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('markdown: image, platforms, SBOM figures, vulnerabilities and gate, referrers, verification', () => {
    const md = renderReleaseSummary(released, 'markdown');
    expect(md).toContain(`## lading release: \`${released.image}@${released.digest}\``);
    expect(md).toContain('✅ **released: signed, attested and verified**');
    expect(md).toContain('Platforms: `linux/amd64`');
    expect(md).toContain('| policy | ⏭️ skipped: no policy file and Harbor URL given |');
    // SBOM figures: packages by type and where the documents are.
    expect(md).toMatch(
      /\*\*3\*\* package\(s\) \(linux\/amd64\), from 1 file\(s\) of interest in 1 layer\(s\)/,
    );
    expect(md).toContain('| npm | 3 |');
    expect(md).toContain(`- spdx-json: \`${released.files.spdx}\``);
    // Vulnerabilities by severity, the gate, and the top findings with their fixes.
    expect(md).toContain('✅ **Gate passed** (fail-on: `high`)');
    expect(md).toContain('| medium | 2 |');
    expect(md).toContain('| critical | 0 |');
    expect(md).toContain(
      '| medium | [CVE-2023-26159](https://nvd.nist.gov/vuln/detail/CVE-2023-26159) | follow-redirects | 1.15.3 | 1.15.4 |  |',
    );
    expect(md).toContain('follow-redirects | 1.15.3 | 1.15.6 |');
    // Every referrer digest, and what backs it.
    const signature = released.sign?.signatures[0];
    expect(md).toContain(
      `| signature (bundle) | \`${released.digest.slice(0, 19)}…\` | \`${signature?.digest}\` | key-signed, no tlog |`,
    );
    for (const a of released.attestations) {
      expect(md).toContain(`\`${a.attestations[0]?.digest}\` | key-signed, no tlog |`);
    }
    expect(md).toMatch(/\| SLSA provenance \|.*\n\| SBOM \(SPDX\) \|.*\n\| vulnerability scan \|/);
    expect(md).toContain(`✅ **Verified**: \`${released.image}@${released.digest}\``);
    expect(md).toContain('- ✅ vuln `');
    expect(md).not.toContain('Harbor policy');
  });

  it('text: the same facts, one line each, for a terminal', () => {
    const text = renderReleaseSummary(released, 'text');
    expect(text).toContain(`release   ${released.image}@${released.digest}\n`);
    expect(text).toContain('verdict   released: signed, attested and verified\n');
    expect(text).toContain('sbom      3 package(s) (3 npm), 1 file(s) of interest in 1 layer(s)\n');
    expect(text).toContain('vulns     2 open (2 medium), 0 suppressed\n');
    expect(text).toContain('gate      passed (fail-on high)');
    expect(text).toContain('medium   CVE-2024-28849 follow-redirects@1.15.3 (fixed in 1.15.6)');
    expect(text).toMatch(/signed {4}bundle oci-dir:.*@sha256:[0-9a-f]{64} \(key-signed, no tlog\)/);
    expect(text.match(/^attested {2}/gm)).toHaveLength(3);
    expect(text).toContain(`verify    VERIFIED ${released.image}@${released.digest}`);
    expect(text).not.toMatch(/[|*`]/);
  });

  it('a stopped release says where it stopped, shows the failing findings, and lists no signature', () => {
    const md = renderReleaseSummary(gated, 'markdown');
    expect(md).toMatch(/❌ \*\*not released: scan denied: .*the vulnerability gate failed/);
    expect(md).toContain('❌ **Gate failed** (fail-on: `medium`)');
    expect(md).toMatch(/follow-redirects \| 1\.15\.3 \| 1\.15\.4 \| fails \|/);
    expect(md).toContain('| sign | ⏭️ skipped: not run: scan stopped the release |');
    expect(md).not.toContain('Signatures and attestations');
    expect(md).not.toContain('### Verification');
    const text = renderReleaseSummary(gated, 'text');
    expect(text).toContain('gate      FAILED (fail-on medium)');
    expect(text).toContain('fails the gate');
    expect(text).not.toMatch(/^signed/m);
  });

  it('links entries of the public transparency log, and shows Harbor policy changes', () => {
    const withLog: ReleaseResult = {
      ...released,
      signedWith: 'keyless',
      logSearchUrl: 'https://search.sigstore.dev/?logIndex=',
      sign: released.sign && {
        ...released.sign,
        signatures: released.sign.signatures.map((s) => ({ ...s, transparencyLog: [{ index: '4242' }] })),
      },
      attestations: released.attestations.map((a) => ({
        ...a,
        attestations: a.attestations.map((w) => ({ ...w, transparencyLog: ['77'] })),
      })),
      policy: {
        mode: 'apply',
        plan: { changes: [], unmanaged: [], notes: [], warnings: [], prune: false },
        drift: { drifted: false, items: [] } as never,
        text: 'Plan: 1 to change.\n  ~ project demo: metadata auto_scan false -> true\n',
        markdown:
          '### Harbor policy apply\n\n| Project | Change |\n| --- | --- |\n| demo | auto_scan → true |',
        secrets: [],
      },
    };
    const md = renderReleaseSummary(withLog, 'markdown');
    expect(md).toContain('[tlog 4242](https://search.sigstore.dev/?logIndex=4242)');
    expect(md).toContain('[tlog 77](https://search.sigstore.dev/?logIndex=77)');
    expect(md).not.toContain('no tlog');
    expect(md).toContain('### Harbor policy apply\n\n| Project | Change |');
    const text = renderReleaseSummary(withLog, 'text');
    expect(text).toContain('(tlog 4242 https://search.sigstore.dev/?logIndex=4242)');
    expect(text).toContain('~ project demo: metadata auto_scan false -> true');
  });

  it('keeps table cells whole whatever a package is called', () => {
    const scan = released.scan;
    if (!scan) throw new Error('no scan');
    const [first] = scan.findings;
    if (!first) throw new Error('no finding');
    const hostile = {
      ...first,
      finding: { ...first.finding, package: { ...first.finding.package, name: 'evil|name\n<script>' } },
    };
    const md = renderReleaseSummary({ ...released, scan: { ...scan, findings: [hostile] } }, 'markdown');
    expect(md).toContain('| evil\\|name &lt;script> |');
    expect(md).not.toContain('<script>');
  });
});
