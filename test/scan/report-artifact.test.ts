import { describe, expect, it } from 'vitest';
import { missingArtifactService, reportArtifactName, uploadArtifact } from '../../src/github/artifact.js';

// The scan report's artifact: a name two matrix jobs never share, and a clear
// "not here" where the Actions results service is missing.

const A = `sha256:3f2a9c1b7d4e${'0'.repeat(52)}`;
const B = `sha256:8e7d6c5b4a39${'1'.repeat(52)}`;

describe('reportArtifactName', () => {
  it("names one image by its last path segment and its digest's first 12 hex digits", () => {
    expect(reportArtifactName('lading-scan', [{ name: 'ghcr.io/acme/app', digest: A }])).toBe(
      'lading-scan-app-3f2a9c1b7d4e',
    );
    // A registry port is not mistaken for a tag.
    expect(reportArtifactName('lading-scan', [{ name: '127.0.0.1:5000/shop/api', digest: B }])).toBe(
      'lading-scan-api-8e7d6c5b4a39',
    );
  });

  it('two platforms of one image (two matrix jobs) get two names', () => {
    const amd64 = reportArtifactName('lading-scan', [{ name: 'ghcr.io/acme/app', digest: A }]);
    const arm64 = reportArtifactName('lading-scan', [{ name: 'ghcr.io/acme/app', digest: B }]);
    expect(amd64).not.toBe(arm64);
  });

  it('several images share one name derived from all their digests; characters artifacts refuse are replaced', () => {
    const both = reportArtifactName('nightly', [
      { name: 'ghcr.io/acme/app', digest: A },
      { name: 'ghcr.io/acme/api', digest: B },
    ]);
    expect(both).toMatch(/^nightly-2-images-[0-9a-f]{12}$/);
    expect(
      reportArtifactName('nightly', [
        { name: 'ghcr.io/acme/app', digest: B },
        { name: 'x', digest: A },
      ]),
    ).not.toBe(both);
    expect(reportArtifactName('scan', [{ name: 'oci-dir:C:\\build\\out' }])).toBe(
      'scan-oci-dir-C--build-out',
    );
  });
});

describe('without the Actions results service', () => {
  it('names the missing runner variables and does not try to upload', async () => {
    expect(missingArtifactService({})).toBe(
      'no Actions results service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)',
    );
    expect(missingArtifactService({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(
      'no Actions results service here (ACTIONS_RESULTS_URL is not set)',
    );
    expect(
      missingArtifactService({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://x/' }),
    ).toBeUndefined();
    expect(await uploadArtifact('lading-scan-app', ['/nonexistent/report.json'], {})).toEqual({
      uploaded: false,
      name: 'lading-scan-app',
      reason: 'no Actions results service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)',
    });
  });
});
