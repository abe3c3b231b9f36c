import { describe, expect, it } from 'vitest';
import { lading } from '../fixtures/images.js';

// Signing service URLs are checked before anything is read or signed, and the
// error names the flag the user typed, not an internal option name.

const IMAGE = `localhost:1/app@sha256:${'a'.repeat(64)}`;

describe('signing service flags', () => {
  for (const flag of ['--fulcio-url', '--rekor-url', '--tsa-url']) {
    it(`${flag} that is not a URL exits 2 naming ${flag}`, async () => {
      const run = await lading(['sign', IMAGE, '--identity-token', 'x.y.z', flag, 'not a url']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${flag}: not a URL: not a url`);
    });
  }
});
