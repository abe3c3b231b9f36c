import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, OperationError } from '../../src/errors.js';
import { HarborClient } from '../../src/harbor/client.js';
import { renderScanMarkdown } from '../../src/harbor/render.js';
import {
  awaitHarborScan,
  harborArtifactFromImage,
  VULN_REPORT_V10,
  VULN_REPORT_V11,
} from '../../src/harbor/scan-waiter.js';
import { HarborEmulator } from '../harness/harbor-emulator.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const WHERE = `apps/team/api@${DIGEST}`;

let harbor: HarborEmulator;
let client: HarborClient;
beforeEach(async () => {
  harbor = await HarborEmulator.start();
  harbor.seedProject('apps');
  client = new HarborClient({ url: harbor.url, username: 'admin', password: 'Harbor12345' });
});
afterEach(async () => {
  expect(harbor.violations).toEqual([]);
  await harbor.close();
});

/** A fake clock that moves only when the waiter sleeps: no real waiting, no timing assertions. */
function fakeClock() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const wait = (extra: { sbom?: boolean; timeoutMs?: number } = {}, clock = fakeClock()) =>
  awaitHarborScan(client, {
    project: 'apps',
    repository: 'team/api',
    digest: DIGEST,
    sbom: extra.sbom ?? false,
    timeoutMs: extra.timeoutMs ?? 60_000,
    pollMs: 1000,
    now: clock.now,
    sleep: clock.sleep,
  });

const artifactPolls = () => harbor.requests.filter((r) => r.operationId === 'getArtifact');

describe('awaitHarborScan', () => {
  it('triggers the scan, polls through Running until Success, and summarises the report', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, {
      runningPolls: 3,
      vulnerabilities: [
        vuln('CVE-2024-1', 'openssl', 'High', '3.0.1', 7.5),
        vuln('CVE-2024-2', 'zlib', 'Critical', '', 9.8),
        vuln('CVE-2024-3', 'busybox', 'Critical', '1.36.1-r2', 9.1),
        vuln('CVE-2024-4', 'musl', 'Low', ''),
        vuln('CVE-2024-5', 'curl', 'High', '8.9.0', 8.8),
        vuln('CVE-2024-6', 'curl', 'None', ''),
      ],
    });
    const clock = fakeClock();
    const report = await wait({}, clock);

    expect(artifactPolls().map((r) => r.scanStatus)).toEqual(['Running', 'Running', 'Running', 'Success']);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(harbor.requests.find((r) => r.operationId === 'scanArtifact')?.path).toBe(
      `/api/v2.0/projects/apps/repositories/team%252Fapi/artifacts/${DIGEST.replace(':', '%3A')}/scan`,
    );
    expect(report).toMatchObject({
      project: 'apps',
      repository: 'team/api',
      digest: DIGEST,
      reportType: VULN_REPORT_V11,
      scanner: { name: 'Trivy', vendor: 'Aqua Security', version: 'v0.56.2' },
      counts: { Critical: 2, High: 2, Medium: 0, Low: 1, Negligible: 0, Unknown: 1 },
      total: 6,
      fixable: 3,
    });
    // Most severe first; within a severity a finding with a fix comes before one without.
    expect(report.top.map((f) => f.id)).toEqual([
      'CVE-2024-3',
      'CVE-2024-2',
      'CVE-2024-5',
      'CVE-2024-1',
      'CVE-2024-4',
      'CVE-2024-6',
    ]);
    expect(report.top[0]).toEqual({
      id: 'CVE-2024-3',
      package: 'busybox',
      version: '1.0',
      fixVersion: '1.36.1-r2',
      severity: 'Critical',
      score: 9.1,
    });
    // The report was asked for with both report types in X-Accept-Vulnerabilities.
    expect(harbor.requests.at(-1)?.operationId).toBe('getVulnerabilitiesAddition');
  });

  it('reads a report in the older v1.0 type when that is what the scanner wrote', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { reportType: VULN_REPORT_V10, runningPolls: 0 });
    const report = await wait();
    expect(report.reportType).toBe(VULN_REPORT_V10);
    expect(report.counts.High).toBe(1);
    expect(report.top[0]).toMatchObject({ id: 'CVE-2024-0001', fixVersion: '3.0.1' });
  });

  it('also generates the SBOM when asked, and waits for it too', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { runningPolls: 1, sbomRunningPolls: 3 });
    const report = await wait({ sbom: true });
    const scans = harbor.requests.filter((r) => r.operationId === 'scanArtifact');
    expect(scans).toHaveLength(2);
    // The scan alone was done after two polls; the SBOM needed four.
    expect(artifactPolls()).toHaveLength(4);
    expect(report.sbom).toEqual({ status: 'Success', digest: `sha256:${'b'.repeat(64)}` });
  });

  it('times out with an error naming project/repository@digest and the last status', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { outcome: 'never' });
    const err = await wait({ timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as Error).message).toBe(
      `Harbor scan of ${WHERE} did not finish within 5s; last status: Running`,
    );
    // Polled at 0..5 s of fake time, then gave up: no report was read.
    expect(artifactPolls()).toHaveLength(6);
    expect(harbor.requests.some((r) => r.operationId === 'getVulnerabilitiesAddition')).toBe(false);
  });

  it('names the SBOM in the last status when it is the SBOM that does not finish', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { runningPolls: 0, sbomOutcome: 'never' });
    await expect(wait({ sbom: true, timeoutMs: 2000 })).rejects.toThrow(
      `Harbor scan of ${WHERE} did not finish within 2s; last status: scan Success, SBOM Running`,
    );
  });

  it('fails at once, naming the digest, when the scan ends in Error', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { runningPolls: 2, outcome: 'Error' });
    await expect(wait()).rejects.toThrow(`Harbor scan of ${WHERE} ended in Error`);
    expect(artifactPolls()).toHaveLength(3);
  });

  it('fails when SBOM generation ends in Error', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, { runningPolls: 0, sbomOutcome: 'Error' });
    await expect(wait({ sbom: true })).rejects.toThrow(`Harbor SBOM generation of ${WHERE} ended in Error`);
  });

  it("surfaces Harbor's 404 for a digest it does not hold, and 403 for a robot without scan:create", async () => {
    await expect(wait()).rejects.toThrow(
      `Harbor POST ${harbor.url}/api/v2.0/projects/apps/repositories/team%252Fapi/artifacts/${DIGEST.replace(':', '%3A')}/scan: 404 NOT_FOUND: artifact ${WHERE} not found`,
    );
    harbor.addArtifact('apps', 'team/api', DIGEST);
    const created = await client.createRobot({
      name: 'reader',
      level: 'project',
      duration: -1,
      permissions: [
        { kind: 'project', namespace: 'apps', access: [{ resource: 'artifact', action: 'read' }] },
      ],
    });
    client = new HarborClient({ url: harbor.url, username: created.name, password: created.secret });
    await expect(wait()).rejects.toThrow(/403 FORBIDDEN: robot\$apps\+reader is not allowed to scanArtifact/);
  });

  it('refuses a reference that is not a digest before calling Harbor', async () => {
    await expect(
      awaitHarborScan(client, {
        project: 'apps',
        repository: 'team/api',
        digest: 'v1.2.3',
        sbom: false,
        timeoutMs: 1000,
        pollMs: 100,
      }),
    ).rejects.toThrow(new InputError('Harbor scan of apps/team/api@v1.2.3: the reference is not a digest'));
    expect(harbor.requests).toEqual([]);
  });
});

describe('harborArtifactFromImage', () => {
  it("splits a reference per Harbor's naming: project, then the repository with its slashes", () => {
    expect(harborArtifactFromImage(`harbor.example.com/apps/team/api@${DIGEST}`)).toEqual({
      project: 'apps',
      repository: 'team/api',
      digest: DIGEST,
    });
    expect(harborArtifactFromImage(`127.0.0.1:8080/library/web:1.0@${DIGEST}`)).toEqual({
      project: 'library',
      repository: 'web',
      digest: DIGEST,
    });
  });

  it('refuses a tag without a digest, a name without a project, and a bad reference, naming the input', () => {
    expect(() => harborArtifactFromImage('harbor.example.com/apps/api:1.0')).toThrow(
      new InputError(
        'image: "harbor.example.com/apps/api:1.0" has no digest; give registry/project/repository@sha256:… so the scan is of the image just pushed',
      ),
    );
    expect(() => harborArtifactFromImage(`harbor.example.com/api@${DIGEST}`)).toThrow(
      `image: "harbor.example.com/api@${DIGEST}" names no Harbor project; Harbor images are registry/project/repository`,
    );
    expect(() => harborArtifactFromImage('harbor.example.com/Apps/api@sha256:abc', 'image')).toThrow(
      /^image: image reference "harbor\.example\.com\/Apps\/api@sha256:abc": digest "sha256:abc"/,
    );
  });
});

describe('renderScanMarkdown', () => {
  it('shows counts by severity, the top findings with fixed versions, and the scanner', async () => {
    harbor.addArtifact('apps', 'team/api', DIGEST, {
      runningPolls: 0,
      vulnerabilities: [
        vuln('CVE-2024-9', 'libc|bin', 'Critical', '2.40-r1', 9.8),
        vuln('CVE-2024-8', 'x', 'Low', ''),
      ],
    });
    const md = renderScanMarkdown(await wait());
    expect(md).toContain(`#### Harbor scan of \`${WHERE}\``);
    expect(md).toContain('| Critical | High | Medium | Low | Negligible | Unknown | total | fixable |');
    expect(md).toContain('| 1 | 0 | 0 | 1 | 0 | 0 | 2 | 1 |');
    expect(md).toContain('| Critical | CVE-2024-9 (9.8) | libc\\|bin | 1.0 | 2.40-r1 |');
    expect(md).toContain('| Low | CVE-2024-8 | x | 1.0 | — |');
    expect(md).toContain(
      "Data: Harbor's scanner Trivy v0.56.2 by Aqua Security, report generated 2026-09-01T00:00:00Z.",
    );
  });
});

function vuln(id: string, pkg: string, severity: string, fix: string, score?: number) {
  return {
    id,
    package: pkg,
    version: '1.0',
    fix_version: fix,
    severity,
    description: '',
    links: [],
    ...(score !== undefined ? { preferred_cvss: { score_v3: score } } : {}),
  };
}
