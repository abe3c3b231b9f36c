import type { Finding } from '../../src/advisories/matcher.js';
import type { SeverityLevel } from '../../src/advisories/severity.js';
import type { Package } from '../../src/sbom/model.js';

// Matcher findings for the scan tests, shaped as src/advisories/matcher.ts makes them.

export const IMAGE_DIGEST = 'sha256:9b2f5b8c1e7a4d3f6a0c2e4b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f';

export function pkg(purl: string, name: string, version: string, type: Package['type'] = 'apk'): Package {
  return { name, version, type, purl, licenses: [], locations: [{ path: 'lib/apk/db/installed' }] };
}

export function finding(
  id: string,
  p: Package,
  level: SeverityLevel,
  extra: {
    ids?: string[];
    fixed?: string[];
    status?: Finding['status'];
    score?: number;
    summary?: string;
  } = {},
): Finding {
  const f: Finding = {
    id,
    ids: extra.ids ?? [id],
    advisories: [extra.ids?.find((i) => !i.startsWith('CVE-')) ?? id],
    package: p,
    ecosystem: p.type === 'apk' ? 'Alpine:v3.20' : 'Go',
    name: p.name,
    version: p.version,
    status: extra.status ?? 'affected',
    severity: {
      level,
      basis: extra.score !== undefined ? 'CVSS 3.1 base score' : 'test',
      scores: [],
      labels: [],
      problems: [],
    },
    fixed: extra.fixed ?? [],
    ranges: [],
  };
  if (extra.score !== undefined) {
    f.severity.score = {
      vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      version: '3.1',
      baseScore: extra.score,
      level,
    };
  }
  if (extra.summary) f.summary = extra.summary;
  return f;
}

export const libssl = pkg(
  'pkg:apk/alpine/libssl3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
  'libssl3',
  '3.3.2-r0',
);
export const libcrypto = pkg(
  'pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
  'libcrypto3',
  '3.3.2-r0',
);
export const xtext = pkg('pkg:golang/golang.org/x/text@v0.3.2', 'golang.org/x/text', 'v0.3.2', 'golang');
export const gjson = pkg(
  'pkg:golang/github.com/tidwall/gjson@v1.6.4',
  'github.com/tidwall/gjson',
  'v1.6.4',
  'golang',
);
