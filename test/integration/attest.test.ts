import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushLegacyAttestation } from '../../src/attest/legacy-att.js';
import { framedCopy, pushAttestation, signStatement } from '../../src/attest/pusher.js';
import { buildStatement, imageSubjects } from '../../src/attest/statement.js';
import type { Digest } from '../../src/oci/digest.js';
import { openLocation } from '../../src/oci/opener.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';
import { type KeyedCosign, keyedCosign } from '../fixtures/cosign.js';
import { lading, peer, peerOk, pushedTestImage, tempDir, testAccess } from '../fixtures/images.js';
import { needPeers } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  githubClaims,
  type OfflineSigstore,
  startActionsTokenEndpoint,
  startOfflineSigstore,
} from '../harness/sigstore-server.js';

// lading's attestations on a real distribution registry, checked by cosign 3
// (verify-attestation) and oras (discover); cosign's attestations checked by
// lading verify --require-attestation.

const peers = needPeers('docker-registry', 'cosign', 'oras');
const CANARY = `canary-${Math.random().toString(36).slice(2)}-password`;

const PREDICATES: Record<string, unknown> = {
  spdxjson: {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'demo',
    documentNamespace: 'https://example.com/demo',
    creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: lading'] },
    packages: [],
  },
  cyclonedx: { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [] },
  vuln: {
    invocation: {
      parameters: null,
      uri: 'https://github.com/example/app/actions/runs/1',
      event_id: '1',
      'builder.id': 'lading',
    },
    scanner: {
      uri: 'pkg:npm/lading@0.1.0',
      version: '0.1.0',
      db: { uri: 'https://osv.dev', version: '2026-01-01' },
      result: { matches: [{ vulnerability: { id: 'CVE-2026-0001', severity: 'Medium' } }] },
    },
    metadata: { scanStartedOn: '2026-01-01T00:00:00Z', scanFinishedOn: '2026-01-01T00:01:00Z' },
  },
  openvex: {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.com/vex/1',
    author: 'lading test',
    timestamp: '2026-01-01T00:00:00Z',
    version: 1,
    statements: [],
  },
  slsaprovenance1: {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: {
        workflow: {
          ref: 'refs/tags/v1.0.0',
          repository: 'https://github.com/example/app',
          path: '.github/workflows/release.yml',
        },
      },
      internalParameters: {},
      resolvedDependencies: [],
    },
    runDetails: {
      builder: { id: 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0' },
      metadata: {},
    },
  },
};

describe.skipIf(!peers)('attest with cosign 3 and oras on distribution 2.8', () => {
  const { cosign, oras } = peers!;
  let reg: TestRegistry;
  let work: string;
  let keyed: KeyedCosign;
  const env = { COSIGN_PASSWORD: CANARY };

  const image = (name: string) => pushedTestImage(reg.host, `demo/${name}`);

  beforeAll(async () => {
    reg = await startRegistry();
    work = await tempDir('attest');
    keyed = keyedCosign(cosign, work, CANARY);
    await keyed.keyPairs();
    for (const [kind, doc] of Object.entries(PREDICATES)) {
      await writeFile(join(work, `${kind}.json`), JSON.stringify(doc, null, 2));
    }
  }, 60_000);
  afterAll(() => reg?.stop());

  const cosignVerify = (ref: string, type: string) =>
    peer(
      cosign,
      [
        'verify-attestation',
        '--key',
        'cosign.pub',
        '--insecure-ignore-tlog',
        '--allow-http-registry',
        '--type',
        type,
        ref,
      ],
      { cwd: work },
    );

  it('cosign verify-attestation accepts each kind lading attests with a key; oras lists each referrer', async () => {
    const ref = await image('five-kinds');
    for (const kind of Object.keys(PREDICATES)) {
      const r = await lading(
        ['attest', ref, '--type', kind, '--predicate', `${kind}.json`, '--key', 'cosign.key'],
        { env, cwd: work },
      );
      expect(r.stderr).not.toContain('lading:');
      expect(r.code).toBe(0);
      for (const text of [r.stdout, r.stderr]) expect(text).not.toContain(CANARY);
    }
    for (const kind of Object.keys(PREDICATES)) {
      const v = await cosignVerify(ref, kind);
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);
      const envelope = JSON.parse(v.stdout.trim().split('\n')[0] as string) as { payload: string };
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
        _type: string;
        subject: { name: string; digest: { sha256: string } }[];
        predicate: unknown;
      };
      expect(statement._type).toBe('https://in-toto.io/Statement/v1');
      expect(statement.subject).toEqual([
        { name: ref.split('@')[0], digest: { sha256: ref.split(':').at(-1) } },
      ]);
      expect(statement.predicate).toEqual(PREDICATES[kind]);
    }
    const discovered = await peerOk(oras, ['discover', '--plain-http', '--format', 'json', ref], {
      cwd: work,
    });
    const doc = JSON.parse(discovered) as {
      referrers?: { artifactType: string; annotations?: Record<string, string> }[];
      manifests?: { artifactType: string; annotations?: Record<string, string> }[];
    };
    const referrers = doc.referrers ?? doc.manifests ?? [];
    expect(referrers.map((r) => r.artifactType)).toEqual(
      Array(5).fill('application/vnd.dev.sigstore.bundle.v0.3+json'),
    );
    expect(referrers.map((r) => r.annotations?.['dev.sigstore.bundle.predicateType']).sort()).toEqual([
      'https://cosign.sigstore.dev/attestation/vuln/v1',
      'https://cyclonedx.org/bom',
      'https://openvex.dev/ns',
      'https://slsa.dev/provenance/v1',
      'https://spdx.dev/Document',
    ]);
  });

  it('a key that did not sign is refused by cosign', async () => {
    const ref = await image('other-key');
    await keyed.keyPairs('other');
    expect(
      (
        await lading(
          ['attest', ref, '--type', 'spdxjson', '--predicate', 'spdxjson.json', '--key', 'other.key'],
          { env, cwd: work },
        )
      ).code,
    ).toBe(0);
    expect((await cosignVerify(ref, 'spdxjson')).code).not.toBe(0);
  });

  it('a digest the registry does not hold is refused before anything is pushed', async () => {
    const ref = await image('missing');
    const missing = `${ref.split('@')[0]}@sha256:${'0'.repeat(64)}`;
    const r = await lading(
      ['attest', missing, '--type', 'spdxjson', '--predicate', 'spdxjson.json', '--key', 'cosign.key'],
      { env, cwd: work },
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`sha256:${'0'.repeat(64)}`);
    const tags = await peerOk(peers!.oras, ['repo', 'tags', '--plain-http', ref.split('@')[0] as string], {
      cwd: work,
    });
    expect(tags.trim().split('\n')).toEqual(['v1']);
  });

  it.each([
    [
      'not JSON',
      'notjson.txt',
      '{"spdxVersion": "SPDX-2.3",',
      'spdxjson',
      /--predicate notjson\.txt: not JSON: unexpected end of input/,
    ],
    [
      'of another type',
      'cdx.json',
      JSON.stringify(PREDICATES.cyclonedx),
      'spdxjson',
      /--predicate cdx\.json: not an SPDX JSON document: "spdxVersion" is missing/,
    ],
  ])('a predicate file %s is refused with the file named', async (_, file, content, kind, message) => {
    const ref = await image(`bad-${kind}-${file.length}`);
    await writeFile(join(work, file), content);
    const r = await lading(['attest', ref, '--type', kind, '--predicate', file, '--key', 'cosign.key'], {
      env,
      cwd: work,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  describe('verify --require-attestation', () => {
    const verify = (ref: string, extra: string[]) =>
      lading(['verify', ref, '--key', 'cosign.pub', ...extra], { cwd: work });

    it('checks the provenance builder and source, the scan severity and age', async () => {
      const ref = await image('require');
      await keyed.sign(ref);
      for (const kind of ['slsaprovenance1', 'vuln']) {
        expect(
          (
            await lading(
              ['attest', ref, '--type', kind, '--predicate', `${kind}.json`, '--key', 'cosign.key'],
              { env, cwd: work },
            )
          ).code,
        ).toBe(0);
      }
      const builder = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
      const good = await verify(ref, [
        '--require-attestation',
        'slsaprovenance1',
        '--attestation-builder-id',
        builder,
        '--attestation-source-repository',
        'example/app',
        '--attestation-source-ref',
        'refs/tags/v1.0.0',
        '--require-attestation',
        'vuln',
        '--max-severity',
        'high',
      ]);
      expect(good.stderr).toBe('');
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/^valid {3}slsaprovenance1 attestation .*: signature verified/m);

      const cases: [string[], string][] = [
        [
          [
            '--require-attestation',
            'slsaprovenance1',
            '--attestation-builder-id',
            'https://github.com/evil/app/x.yml@main',
          ],
          `builder id is "${builder}", not "https://github.com/evil/app/x.yml@main"`,
        ],
        [
          ['--require-attestation', 'slsaprovenance1', '--attestation-source-repository', 'evil/app'],
          'source repository is "https://github.com/example/app", not "evil/app"',
        ],
        [
          ['--require-attestation', 'slsaprovenance1', '--attestation-source-ref', 'refs/heads/main'],
          'source ref is "refs/tags/v1.0.0", not "refs/heads/main"',
        ],
        [
          ['--require-attestation', 'vuln', '--max-severity', 'low'],
          'a finding is medium (CVE-2026-0001), above the maximum low',
        ],
        [
          ['--require-attestation', 'vuln', '--max-scan-age', '7d'],
          'the scan finished at 2026-01-01T00:01:00.000Z',
        ],
      ];
      for (const [extra, reason] of cases) {
        const r = await verify(ref, extra);
        expect(r.code, extra.join(' ')).toBe(1);
        expect(r.stdout).toContain(reason);
        expect(r.stderr).toContain(
          `no valid ${extra[1]} attestation (each one found is listed above with its reason)`,
        );
      }
      const absent = await verify(ref, ['--require-attestation', 'cyclonedx']);
      expect(absent.code).toBe(1);
      expect(absent.stderr).toBe(`lading: ${ref}: no valid cyclonedx attestation\n`);
      // the signature check still stands: another key fails both
      await keyed.keyPairs('third');
      const wrongKey = await lading(['verify', ref, '--key', 'third.pub', '--require-attestation', 'vuln'], {
        cwd: work,
      });
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.stdout).toContain('vuln attestation');
      expect(wrongKey.stdout).toContain('the signature does not match the signed content');
    });

    it('verifies what cosign attest --key wrote (in-toto Statement v0.1)', async () => {
      const ref = await image('cosign-attest');
      await keyed.sign(ref);
      await keyed.attest(ref, 'spdxjson', 'spdxjson.json');
      const r = await verify(ref, ['--require-attestation', 'spdxjson', '--json']);
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as {
        attestations: { attestations: { ok: boolean; statement: string }[] }[];
      };
      expect(result.attestations[0]?.attestations).toEqual([
        expect.objectContaining({ ok: true, statement: 'https://in-toto.io/Statement/v0.1' }),
      ]);
    });

    it('refuses a statement whose subject is another image', async () => {
      const ref = await image('subject-mismatch');
      const other = await image('subject-other');
      await keyed.sign(ref);
      const signer = await KeySigner.fromFile(
        await readFile(join(work, 'cosign.key'), 'utf8'),
        CANARY,
        'cosign.key',
      );
      const location = await openLocation(ref, 'read', testAccess(work));
      try {
        const root = await location.store.resolve(location.reference);
        const statement = buildStatement(
          imageSubjects(location.display, [other.split('@')[1] as Digest]),
          'https://spdx.dev/Document',
          PREDICATES.spdxjson,
        );
        await pushAttestation(location.store, root, await signStatement(framedCopy(statement), signer, []), {
          predicateType: 'https://spdx.dev/Document',
          created: new Date(),
        });
      } finally {
        await location.close();
      }
      const r = await verify(ref, ['--require-attestation', 'spdxjson']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`the statement is about ${other.split('@')[1]}, not ${ref.split('@')[1]}`);
    });

    it('a check without its attestation kind is bad input', async () => {
      const r = await verify('127.0.0.1:1/x@sha256:' + '1'.repeat(64), ['--max-severity', 'high']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--max-severity and --max-scan-age need --require-attestation');
      // Given, even empty, is given: the check does not depend on the value.
      const empty = await verify('127.0.0.1:1/x@sha256:' + '1'.repeat(64), ['--attestation-builder-id', '']);
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('need --require-attestation');
      const k = await verify('127.0.0.1:1/x@sha256:' + '1'.repeat(64), ['--require-attestation', 'sbom']);
      expect(k.code).toBe(2);
      expect(k.stderr).toContain(
        '--require-attestation: must be one of slsaprovenance1, spdxjson, cyclonedx, vuln, openvex, got "sbom"',
      );
    });
  });

  describe('legacy .att tag', () => {
    const attTag = (ref: string) => `${ref.split('@')[0]}:sha256-${ref.split('sha256:')[1]}.att`;
    async function attManifest(ref: string) {
      const text = await peerOk(oras, ['manifest', 'fetch', '--plain-http', attTag(ref)], { cwd: work });
      return JSON.parse(text) as {
        layers: { mediaType: string; digest: string; annotations: Record<string, string> }[];
      };
    }

    it('cosign 3 verify-attestation reads a .att lading wrote, with no referrer beside it', async () => {
      const ref = await image('legacy-alone');
      const signer = await KeySigner.fromFile(
        await readFile(join(work, 'cosign.key'), 'utf8'),
        CANARY,
        'cosign.key',
      );
      const location = await openLocation(ref, 'read', testAccess(work));
      try {
        const root = await location.store.resolve(location.reference);
        const predicateType = 'https://cosign.sigstore.dev/attestation/vuln/v1';
        const statement = buildStatement(
          imageSubjects(location.display, [root.digest]),
          predicateType,
          PREDICATES.vuln,
        );
        const bundle = await signStatement(framedCopy(statement), signer, []);
        await pushLegacyAttestation(location.store, root.digest, bundle, predicateType);
      } finally {
        await location.close();
      }
      const tags = await peerOk(oras, ['repo', 'tags', '--plain-http', ref.split('@')[0] as string], {
        cwd: work,
      });
      expect(tags.trim().split('\n').sort()).toEqual([attTag(ref).split(':').at(-1), 'v1']);
      const manifest = await attManifest(ref);
      expect(manifest.layers).toHaveLength(1);
      expect(manifest.layers[0]?.mediaType).toBe('application/vnd.dsse.envelope.v1+json');
      expect(manifest.layers[0]?.annotations).toEqual({
        'dev.cosignproject.cosign/signature': '',
        predicateType: 'https://cosign.sigstore.dev/attestation/vuln/v1',
      });
      const v = await cosignVerify(ref, 'vuln');
      expect(v.stderr).not.toContain('Error');
      expect(v.code).toBe(0);
      // the .att is the only attestation: another key's verification must fail on it
      await keyed.keyPairs('legacy-other');
      const wrong = await peer(
        cosign,
        [
          'verify-attestation',
          '--key',
          'legacy-other.pub',
          '--insecure-ignore-tlog',
          '--allow-http-registry',
          '--type',
          'vuln',
          ref,
        ],
        { cwd: work },
      );
      expect(wrong.code).not.toBe(0);
    });

    it('--legacy-att appends to the .att cosign wrote; cosign verifies both kinds', async () => {
      const ref = await image('legacy-append');
      await keyed.attest(ref, 'spdxjson', 'spdxjson.json', { legacy: true });
      const before = await attManifest(ref);
      expect(before.layers).toHaveLength(1);
      const args = ['attest', ref, '--type', 'vuln', '--predicate', 'vuln.json', '--key', 'cosign.key'];
      const r = await lading([...args, '--legacy-att', '--json'], { env, cwd: work });
      expect(r.stderr).not.toContain('lading:');
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as { attestations: { digest: string; legacyAtt: string }[] };
      const written = result.attestations[0];
      expect(written?.legacyAtt).toMatch(
        new RegExp(`^${attTag(ref).replace(/[.]/g, '\\.')}@sha256:[0-9a-f]{64}$`),
      );
      const after = await attManifest(ref);
      expect(after.layers.map((l) => l.digest)).toEqual([
        before.layers[0]?.digest,
        expect.stringMatching(/^sha256:/),
      ]);
      expect(after.layers[1]?.annotations.predicateType).toBe(
        'https://cosign.sigstore.dev/attestation/vuln/v1',
      );
      // cosign 3 reads the .att only when the image has no bundle referrer:
      // with lading's referrer (and distribution's fallback tag) deleted, it
      // verifies both attestations from the appended .att.
      const repo = ref.split('@')[0] as string;
      await peerOk(oras, ['manifest', 'delete', '--plain-http', '-f', `${repo}@${written?.digest}`], {
        cwd: work,
      });
      await peerOk(
        oras,
        ['manifest', 'delete', '--plain-http', '-f', `${repo}:sha256-${ref.split('sha256:')[1]}`],
        {
          cwd: work,
        },
      );
      for (const type of ['spdxjson', 'vuln']) {
        const v = await cosignVerify(ref, type);
        expect(v.stderr).not.toContain('Error');
        expect(v.code).toBe(0);
      }
    });

    describe('verify --require-attestation reads the legacy .att tag', () => {
      const verify = (ref: string, key: string, extra: string[]) =>
        lading(['verify', ref, '--key', key, ...extra], { cwd: work });
      type Listed = { attestations: { attestations: { location: string; ok: boolean; reason: string }[] }[] };
      const attLayer = (ref: string) =>
        new RegExp(
          `^${ref.split('@')[0]}:sha256-${ref.split('sha256:')[1]}\\.att layer sha256:[0-9a-f]{64}$`,
        );

      it('judges what cosign attest --new-bundle-format=false wrote, by key and by predicate', async () => {
        const ref = await image('legacy-require');
        await keyed.sign(ref);
        await keyed.attest(ref, 'slsaprovenance1', 'slsaprovenance1.json', { legacy: true });
        await keyed.attest(ref, 'vuln', 'vuln.json', { legacy: true });
        const builder = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
        const required = [
          '--require-attestation',
          'slsaprovenance1',
          '--attestation-builder-id',
          builder,
          '--require-attestation',
          'vuln',
          '--max-severity',
          'high',
        ];
        const good = await verify(ref, 'cosign.pub', [...required, '--json']);
        expect(good.stderr).toBe('');
        expect(good.code).toBe(0);
        const listed = (JSON.parse(good.stdout) as Listed).attestations.map((r) => r.attestations);
        expect(listed).toEqual([
          [expect.objectContaining({ ok: true, location: expect.stringMatching(attLayer(ref)) })],
          [expect.objectContaining({ ok: true, location: expect.stringMatching(attLayer(ref)) })],
        ]);

        const severe = await verify(ref, 'cosign.pub', [
          '--require-attestation',
          'vuln',
          '--max-severity',
          'low',
        ]);
        expect(severe.code).toBe(1);
        expect(severe.stdout).toMatch(
          /^invalid vuln attestation \S+\.att layer sha256:[0-9a-f]{64}: .*a finding is medium \(CVE-2026-0001\), above the maximum low/m,
        );

        await keyed.keyPairs('legacy-verify-other');
        const other = await verify(ref, 'legacy-verify-other.pub', [
          '--require-attestation',
          'slsaprovenance1',
        ]);
        expect(other.code).toBe(1);
        expect(other.stdout).toMatch(
          /^invalid slsaprovenance1 attestation \S+\.att layer sha256:[0-9a-f]{64}: .*the signature does not match the signed content/m,
        );
        expect(other.stderr).toContain(
          'no valid slsaprovenance1 attestation (each one found is listed above with its reason)',
        );
      });

      it('an attestation written both as a referrer and into the .att is listed once', async () => {
        const ref = await image('legacy-both');
        await keyed.sign(ref);
        await keyed.keyPairs('legacy-both-other');
        const r = await lading(
          [
            'attest',
            ref,
            '--type',
            'vuln',
            '--predicate',
            'vuln.json',
            '--key',
            'cosign.key',
            '--legacy-att',
          ],
          { env, cwd: work },
        );
        expect(r.code).toBe(0);
        expect((await attManifest(ref)).layers).toHaveLength(1);
        for (const [key, ok] of [
          ['cosign.pub', true],
          ['legacy-both-other.pub', false],
        ] as const) {
          const v = await verify(ref, key, ['--require-attestation', 'vuln', '--json']);
          expect(v.code, key).toBe(ok ? 0 : 1);
          const [only, ...more] = (JSON.parse(v.stdout) as Listed).attestations[0]?.attestations ?? [];
          expect(more, key).toEqual([]);
          expect(only?.ok, key).toBe(ok);
          expect(only?.location, key).toMatch(/@sha256:[0-9a-f]{64}$/);
        }
      });
    });
  });

  describe('keyless, offline Sigstore', () => {
    let sigstore: OfflineSigstore;
    let tokenEndpoint: Awaited<ReturnType<typeof startActionsTokenEndpoint>>;
    const claims = githubClaims('example/app', 'refs/tags/v1.0.0');
    const identity = 'https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0';
    const runEnv = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'example/app',
      GITHUB_REPOSITORY_ID: '123',
      GITHUB_REPOSITORY_OWNER_ID: '456',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_WORKFLOW_REF: 'example/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_ENVIRONMENT: 'github-hosted',
    };
    beforeAll(async () => {
      sigstore = await startOfflineSigstore();
      tokenEndpoint = await startActionsTokenEndpoint({ ...claims, sub: identity });
      await writeFile(join(work, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
      await writeFile(join(work, 'signing_config.json'), JSON.stringify(sigstore.signingConfig));
    });
    afterAll(async () => {
      await tokenEndpoint?.stop();
      await sigstore?.stop();
    });

    it('cosign and lading verify keyless provenance made from the run, and an SBOM', async () => {
      const ref = await image('keyless');
      const made = await lading(
        ['attest', ref, '--type', 'slsaprovenance1', '--signing-config', 'signing_config.json', '--json'],
        { env: { ...tokenEndpoint.env, ...runEnv }, cwd: work },
      );
      expect(made.stderr).not.toContain('lading:');
      expect(made.code).toBe(0);
      const result = JSON.parse(made.stdout) as { attestations: { transparencyLog: string[] }[] };
      expect(result.attestations[0]?.transparencyLog).toHaveLength(1);
      const sbom = await lading(
        [
          'attest',
          ref,
          '--type',
          'spdxjson',
          '--predicate',
          'spdxjson.json',
          '--signing-config',
          'signing_config.json',
        ],
        { env: tokenEndpoint.env, cwd: work },
      );
      expect(sbom.code).toBe(0);
      for (const type of ['slsaprovenance1', 'spdxjson']) {
        const v = await peer(
          cosign,
          [
            'verify-attestation',
            '--trusted-root',
            'trusted_root.json',
            '--certificate-identity',
            identity,
            '--certificate-oidc-issuer',
            claims.iss,
            '--allow-http-registry',
            '--type',
            type,
            ref,
          ],
          { cwd: work },
        );
        expect(v.stderr).not.toContain('Error');
        expect(v.code).toBe(0);
      }
      // verify also demands a valid signature: sign keylessly too
      const signed = await lading(['sign', ref, '--signing-config', 'signing_config.json'], {
        env: tokenEndpoint.env,
        cwd: work,
      });
      expect(signed.code).toBe(0);
      const base = [
        'verify',
        ref,
        '--trusted-root',
        'trusted_root.json',
        '--certificate-oidc-issuer',
        claims.iss,
      ];
      const attested = [
        '--require-attestation',
        'slsaprovenance1',
        '--attestation-source-repository',
        'example/app',
        '--attestation-builder-id',
        identity,
      ];
      const good = await lading([...base, '--certificate-identity', identity, ...attested], { cwd: work });
      expect(good.stderr).toBe('');
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/^valid {3}slsaprovenance1 attestation/m);
      const wrong = await lading(
        [
          ...base,
          '--certificate-identity',
          'https://github.com/evil/app/.github/workflows/x.yml@refs/heads/main',
          ...attested,
        ],
        { cwd: work },
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toMatch(/^invalid slsaprovenance1 attestation .*: identity policy: subject/m);
    });
  });
});
