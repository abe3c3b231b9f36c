import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OperationError } from '../../src/errors.js';
import { type PolicyScanOptions, runPolicy } from '../../src/steps/policy.js';
import { HarborEmulator, type RequestRecord } from '../harness/harbor-emulator.js';

// The release flow's order (issue 8 point 5): Harbor's scan of the new digest
// finishes before "prevent vulnerable images" or "only signed" is switched on.

const FIXTURE = 'test/fixtures/harbor/registry-policy.yml';
const NOW = new Date('2026-09-01T00:00:00Z');
const DIGEST = `sha256:${'e'.repeat(64)}`;
const GATES = ['prevent_vul', 'enable_content_trust_cosign', 'severity'];

let harbor: HarborEmulator;
beforeEach(async () => {
  harbor = await HarborEmulator.start();
  // The project exists with its gates off, as before a first apply; the image was just pushed.
  harbor.seedProject('apps', { public: 'false' });
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

function scanOf(extra: Partial<PolicyScanOptions> = {}): PolicyScanOptions {
  let t = 0;
  return {
    project: 'apps',
    repository: 'team/api',
    digest: DIGEST,
    sbom: false,
    timeoutSeconds: 60,
    pollMs: 2000,
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
    ...extra,
  };
}

const run = (mode: 'plan' | 'apply', scan: PolicyScanOptions) =>
  runPolicy({
    mode,
    file: FIXTURE,
    harborUrl: harbor.url,
    username: 'admin',
    password: 'Harbor12345',
    now: NOW,
    scan,
  });

const isGateWrite = (r: RequestRecord) => (r.metadataKeys ?? []).some((k) => GATES.includes(k));

describe('policy with a Harbor scan', () => {
  it('in apply mode, the scan has finished before any gate metadata is written', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { runningPolls: 2 });
    const result = await run('apply', scanOf({ sbom: true }));
    expect(result.apply?.ok).toBe(true);
    expect(harbor.project('apps')!.metadata).toMatchObject({
      prevent_vul: 'true',
      enable_content_trust_cosign: 'true',
    });

    const log = harbor.requests;
    const success = log.findIndex((r) => r.scanStatus === 'Success');
    const firstGate = log.findIndex(isGateWrite);
    expect(log.filter((r) => r.operationId === 'getArtifact').map((r) => r.scanStatus)).toEqual([
      'Running',
      'Running',
      'Success',
    ]);
    expect(success).toBeGreaterThanOrEqual(0);
    expect(firstGate).toBeGreaterThan(success);
    // Nothing of the policy was written before the scan was over: the only
    // earlier writes are the two scan triggers (vulnerability and SBOM).
    const earlyWrites = log.slice(0, success).filter((r) => r.method !== 'GET');
    expect(earlyWrites.map((r) => r.operationId)).toEqual(['scanArtifact', 'scanArtifact']);

    expect(result.harborScan).toMatchObject({ counts: { High: 1, Critical: 0 }, total: 1 });
    expect(result.markdown).toContain('### Harbor policy apply');
    expect(result.markdown).toContain(`#### Harbor scan of \`apps/team/api@${DIGEST}\``);
    expect(result.markdown).toContain('| High | CVE-2024-0001 | openssl | 3.0.0 | 3.0.1 |');
    expect(result.markdown).toContain("Data: Harbor's scanner Trivy v0.56.2 by Aqua Security");
    expect(result.markdown).toContain(`Harbor SBOM: Success (\`sha256:${'b'.repeat(64)}\`)`);
    // The plan table comes first, the scan next to it.
    expect(result.markdown.indexOf('| scope | action |')).toBeLessThan(
      result.markdown.indexOf('#### Harbor scan'),
    );
    expect(result.text).toContain(`Harbor scan of apps/team/api@${DIGEST}: 1 High (1 total, 1 fixable;`);
  });

  it('in apply mode, a scan that ends in Error stops before any policy change', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { outcome: 'Error' });
    const err = await run('apply', scanOf()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toBe(`Harbor scan of apps/team/api@${DIGEST} ended in Error`);
    expect(harbor.writes().map((r) => r.operationId)).toEqual(['scanArtifact']);
    expect(harbor.project('apps')!.metadata).toEqual({ public: 'false' });
  });

  it('in apply mode, a scan that outlasts the timeout stops before any policy change', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { outcome: 'never' });
    await expect(run('apply', scanOf({ timeoutSeconds: 10 }))).rejects.toThrow(
      `Harbor scan of apps/team/api@${DIGEST} did not finish within 10s; last status: Running`,
    );
    expect(harbor.writes().filter(isGateWrite)).toEqual([]);
    expect(harbor.writes().map((r) => r.operationId)).toEqual(['scanArtifact']);
  });

  it('in plan mode, the report sits beside the plan and no policy is written', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, {
      runningPolls: 0,
      reportType: 'application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0',
    });
    const result = await run('plan', scanOf());
    expect(harbor.writes().map((r) => r.operationId)).toEqual(['scanArtifact']);
    expect(result.markdown).toContain('### Harbor policy plan');
    expect(result.markdown).toContain('| 0 | 1 | 0 | 0 | 0 | 0 | 1 | 1 |');
  });
});
