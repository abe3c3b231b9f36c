import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle, SerializedBundle } from '@sigstore/bundle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushLegacyAttestation } from '../../src/attest/legacy-att.js';
import type { PredicateKind } from '../../src/attest/predicates.js';
import { framedCopy, signStatement } from '../../src/attest/pusher.js';
import { buildStatement, imageSubjects } from '../../src/attest/statement.js';
import { type Digest, digestOf } from '../../src/oci/digest.js';
import { openLocation } from '../../src/oci/opener.js';
import { writeSbom } from '../../src/sbom/formats/index.js';
import type { ScanReport } from '../../src/scan/formats/json.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../src/sigstore/bundle.js';
import { pushBundleReferrer } from '../../src/sigstore/formats/cosign-bundle.js';
import { appendLegacyLayer } from '../../src/sigstore/formats/cosign-legacy.js';
import { openSigningKey } from '../../src/sigstore/key-file.js';
import { KeySigner } from '../../src/sigstore/key-signer.js';
import { attestStep } from '../../src/steps/attest.js';
import { silentReporter } from '../../src/steps/reporter.js';
import { type ScanStepOptions, scanStep } from '../../src/steps/scan.js';
import { OSV_DIR, type OsvExportServer } from '../advisories/osv-fixtures.js';
import { testAccess } from '../fixtures/images.js';
import { needPeer } from '../harness/peers.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import {
  buildRootfsImage,
  ladingScan,
  ROOTFS,
  removeAll,
  startAlpineAdvisories,
  unpackRootfs,
} from './scan-fixtures.js';

// OpenVEX attestations attached to an image by `lading attest --type openvex`
// (a signed DSSE bundle pushed as a referrer to a distribution registry) are
// applied by `lading scan` of that image as `--vex` files are, and named as the
// source of every verdict they give, once their signature verifies against the
// key the scan was given. Unsigned, wrongly signed ones suppress nothing.

const NOW = new Date('2025-06-01T00:00:00Z');
const CVE = 'CVE-2024-9143';

/** A vexctl-shaped document: CVE-2024-9143 not affecting libssl3 inside `product`. */
function vexDocument(product: string, status = 'not_affected'): Record<string, unknown> {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': `https://openvex.dev/docs/public/vex-${status}`,
    author: 'Shop security <security@example.com>',
    timestamp: '2025-01-01T00:00:00Z',
    version: 1,
    tooling: 'vexctl/0.3.0',
    statements: [
      {
        vulnerability: { name: CVE },
        products: [{ '@id': product, subcomponents: [{ '@id': 'pkg:apk/alpine/libssl3' }] }],
        status,
        justification: 'vulnerable_code_not_in_execute_path',
      },
    ],
  };
}

const finding = (report: ScanReport, name: string) =>
  report.findings.find((f) => f.package.name === name && f.id === CVE);

describe.skipIf(!OSV_DIR || !ROOTFS || !needPeer('docker-registry'))(
  'OpenVEX attestations applied by scan',
  () => {
    let server: OsvExportServer;
    let registry: TestRegistry;
    let work: string;
    let rootfs: string;
    let digest: string;
    let image: string;
    let keyText: string;

    const options = (extra: Partial<ScanStepOptions>): ScanStepOptions => ({
      source: `${registry.host}/shop/app:head`,
      access: testAccess(work),
      defaultPlatform: { os: 'linux', architecture: 'amd64' },
      db: { dir: join(work, 'db'), osvUrl: server.url, offline: false, onStale: 'warn' },
      failOn: 'none',
      outputs: [],
      now: NOW,
      toolVersion: '0.0.0-test',
      vexFromAttestations: true,
      vexTrust: { trust: { publicKey: createPublicKey(keyText) } },
      ...extra,
    });

    /** `lading attest --type KIND --predicate FILE --key KEY IMAGE`, as the attest step does it. */
    const attest = async (
      ref: string,
      kind: PredicateKind,
      predicate: unknown,
      name: string,
      legacyAtt = false,
    ) => {
      await writeFile(join(work, name), JSON.stringify(predicate));
      return attestStep(
        {
          image: ref,
          access: testAccess(work),
          kind,
          predicate: { path: join(work, name), where: name },
          key: openSigningKey(keyText, undefined, 'test.key'),
          now: NOW,
          legacyAtt,
        },
        silentReporter,
      );
    };

    beforeAll(async () => {
      server = await startAlpineAdvisories();
      registry = await startRegistry();
      work = await mkdtemp(join(tmpdir(), 'lading-scan-vexatt-'));
      rootfs = await unpackRootfs();
      digest = await buildRootfsImage(rootfs, `registry:${registry.host}/shop/app:head`);
      image = `${registry.host}/shop/app@${digest}`;
      keyText = generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString();
      await writeFile(
        join(work, 'vex.pub'),
        createPublicKey(keyText).export({ format: 'pem', type: 'spki' }).toString(),
      );
    });
    afterAll(async () => {
      await server?.stop();
      await registry?.stop();
      await removeAll(work, rootfs);
    });

    it('an image with no VEX attestation: the finding is open', async () => {
      const r = await scanStep(options({}), silentReporter);
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(r.report.filters.vex).toEqual([]);
    });

    it('an attested OpenVEX statement for this image suppresses libssl3 there only, named by its referrer', async () => {
      const pushed = await attest(
        image,
        'openvex',
        vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`),
        'vex.json',
      );
      const referrer = pushed.attestations[0]?.location;
      expect(referrer).toMatch(/shop\/app@sha256:[0-9a-f]{64}$/);
      const lines: string[] = [];
      const r = await scanStep(options({}), { ...silentReporter, info: (m) => lines.push(m) });
      expect(finding(r.report, 'libssl3')).toMatchObject({
        state: 'suppressed',
        suppressedBy: 'vex',
        vex: { status: 'not_affected', source: `attestation:${referrer}#statements[0]` },
      });
      // The statement names libssl3 as the subcomponent: libcrypto3's finding stays.
      expect(finding(r.report, 'libcrypto3')).toMatchObject({ state: 'open' });
      expect(r.report.filters.vex).toEqual([`attestation:${referrer}`]);
      expect(lines.join('\n')).toContain(`attestation:${referrer}: OpenVEX attestation of`);
      expect(r.vexIgnored).toEqual([]);

      // Turned off, the attestation is not read.
      const off = await scanStep(options({ vexFromAttestations: false }), silentReporter);
      expect(finding(off.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(off.report.filters.vex).toEqual([]);
    });

    it('with a --vex file too, both apply and the report names each source', async () => {
      await writeFile(
        join(work, 'crypto.vex.json'),
        JSON.stringify({
          ...vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`, 'fixed'),
          statements: [
            {
              vulnerability: { name: CVE },
              products: [{ '@id': 'pkg:apk/alpine/libcrypto3' }],
              status: 'fixed',
            },
          ],
        }),
      );
      const r = await scanStep(options({ vex: ['crypto.vex.json'] }), silentReporter);
      expect(finding(r.report, 'libcrypto3')).toMatchObject({
        state: 'suppressed',
        vex: { status: 'fixed', source: 'crypto.vex.json#statements[0]' },
      });
      expect(finding(r.report, 'libssl3')?.vex?.source).toMatch(/^attestation:.*shop\/app@sha256:/);
      expect(r.report.filters.vex[0]).toBe('crypto.vex.json');
      expect(r.report.filters.vex[1]).toMatch(/^attestation:/);
    });

    it('attestation:IMAGE (a rescan from the SBOM attestation) applies the VEX attestation too', async () => {
      const scanned = await scanStep(options({ vexFromAttestations: false }), silentReporter);
      await attest(
        image,
        'cyclonedx',
        JSON.parse(
          writeSbom('cyclonedx-json', scanned.subject.inventory, scanned.subject.sbomSubject, {
            created: NOW,
            toolVersion: '0.0.0',
          }),
        ),
        'bom.json',
      );
      const r = await scanStep(options({ source: `attestation:${image}` }), silentReporter);
      expect(r.subject.sbom?.format).toBe('cyclonedx');
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
      expect(finding(r.report, 'libcrypto3')).toMatchObject({ state: 'open' });
    });

    // Unverified attestations must not suppress findings unless the user asks: off by default.
    it('lading scan: off by default, --vex-from-attestations --key turns it on', async () => {
      const args = ['--db', join(work, 'db'), '--osv-url', server.url, '--fail-on', 'low'];
      const env = { LADING_NOW: NOW.toISOString() };
      const on = await ladingScan(
        [image, ...args, '--vex-from-attestations', '--key', 'vex.pub', '-o', 'json=on.json'],
        { cwd: work, env },
      );
      const off = await ladingScan([image, ...args, '-o', 'json=off.json'], {
        cwd: work,
        env,
      });
      const read = async (f: string) => JSON.parse(await readFile(join(work, f), 'utf8')) as ScanReport;
      expect(finding(await read('on.json'), 'libssl3')?.state).toBe('suppressed');
      expect(finding(await read('off.json'), 'libssl3')?.state).toBe('open');
      // Other findings remain open either way: the gate still says no.
      expect([on.code, off.code]).toEqual([1, 1]);
    });

    it('a VEX attestation about another product does not apply, and a malformed one is skipped with a warning naming its field', async () => {
      // Another image holding the same packages: one file more makes another digest.
      const otherRoot = await unpackRootfs();
      await writeFile(join(otherRoot, 'etc/motd'), 'another image\n');
      const other = await buildRootfsImage(otherRoot, `registry:${registry.host}/shop/other:head`);
      await removeAll(otherRoot);
      expect(other).not.toBe(digest);
      const otherImage = `${registry.host}/shop/other@${other}`;
      // This statement's product is the first image, not this one.
      await attest(otherImage, 'openvex', vexDocument(`pkg:oci/app@${encodeURIComponent(digest)}`), 'a.json');
      // Passes attest's shape check (context, statement list), not the OpenVEX reader.
      await attest(
        otherImage,
        'openvex',
        vexDocument(`pkg:oci/other@${encodeURIComponent(other)}`, 'maybe'),
        'b.json',
      );
      const warnings: string[] = [];
      const r = await scanStep(options({ source: otherImage }), {
        ...silentReporter,
        warn: (m) => warnings.push(m),
      });
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(warnings.join('\n')).toMatch(
        /attestation:.*shop\/other@sha256:[0-9a-f]{64}: OpenVEX field statements\[0\]\.status must be one of .*\(got "maybe"\); skipped/,
      );
    });

    /** Another image holding the same packages (one file more): a digest no earlier test attested. */
    const freshImage = async (name: string) => {
      const root = await unpackRootfs();
      await writeFile(join(root, 'etc/motd'), `${name}\n`);
      const d = await buildRootfsImage(root, `registry:${registry.host}/shop/${name}:head`);
      await removeAll(root);
      return { digest: d, ref: `${registry.host}/shop/${name}@${d}` };
    };

    it('a VEX attestation signed with another key is ignored as "signature invalid" and suppresses nothing', async () => {
      const fresh = await freshImage('wrongkey');
      await attest(
        fresh.ref,
        'openvex',
        vexDocument(`pkg:oci/wrongkey@${encodeURIComponent(fresh.digest)}`),
        'w.json',
      );
      const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
      const warnings: string[] = [];
      const r = await scanStep(options({ source: fresh.ref, vexTrust: { trust: { publicKey: otherKey } } }), {
        ...silentReporter,
        warn: (m) => warnings.push(m),
      });
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(r.report.filters.vex).toEqual([]);
      expect(r.vexIgnored).toEqual([
        expect.objectContaining({
          source: expect.stringMatching(/^attestation:.*shop\/wrongkey@sha256:[0-9a-f]{64}$/),
          because: 'signature invalid',
          reason: expect.stringContaining('the signature does not match'),
        }),
      ]);
      expect(warnings.join('\n')).toMatch(/OpenVEX attestation:.*: ignored: signature invalid/);
      expect(r.report.warnings.join('\n')).toMatch(/ignored: signature invalid/);

      // The key that signed it applies it.
      const right = await scanStep(options({ source: fresh.ref }), silentReporter);
      expect(finding(right.report, 'libssl3')).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
    });

    it('an unsigned VEX attestation (a DSSE envelope with no signature) is ignored as "unsigned"', async () => {
      const fresh = await freshImage('unsigned');
      const statement = buildStatement(
        imageSubjects(`${registry.host}/shop/unsigned`, [fresh.digest as Digest]),
        'https://openvex.dev/ns/v0.2.0',
        vexDocument(`pkg:oci/unsigned@${encodeURIComponent(fresh.digest)}`),
      );
      const location = await openLocation(fresh.ref, 'write', testAccess(work));
      try {
        const subject = await location.store.resolve(location.reference);
        await pushBundleReferrer(
          location.store,
          subject,
          {
            mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
            verificationMaterial: {
              publicKey: { hint: '' },
              tlogEntries: [],
              timestampVerificationData: { rfc3161Timestamps: [] },
            },
            dsseEnvelope: {
              payload: statement.toString('base64'),
              payloadType: IN_TOTO_PAYLOAD_TYPE,
              signatures: [],
            },
          } as unknown as SerializedBundle,
          { predicateType: 'https://openvex.dev/ns/v0.2.0', created: NOW },
        );
      } finally {
        await location.close();
      }
      const r = await scanStep(options({ source: fresh.ref }), silentReporter);
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(r.vexIgnored).toEqual([expect.objectContaining({ because: 'unsigned' })]);
    });

    it('--vex-from-attestations without a key or identity is refused before anything is read', async () => {
      await expect(scanStep(options({ vexTrust: undefined }), silentReporter)).rejects.toThrow(
        /vex-from-attestations: .*give the public key or the keyless identity/,
      );
      const args = ['--db', join(work, 'db'), '--osv-url', server.url];
      const bare = await ladingScan([image, ...args, '--vex-from-attestations'], { cwd: work });
      expect(bare.code).toBe(2);
      expect(bare.stderr).toMatch(/vex-from-attestations: .*signature verifies/);
      const keyOnly = await ladingScan([image, ...args, '--key', 'vex.pub'], { cwd: work });
      expect(keyOnly.code).toBe(2);
      expect(keyOnly.stderr).toMatch(/add --vex-from-attestations/);
      const half = await ladingScan(
        [image, ...args, '--vex-from-attestations', '--certificate-identity', 'someone@example.com'],
        { cwd: work },
      );
      expect(half.code).toBe(2);
      expect(half.stderr).toMatch(
        /need both --certificate-identity\[-regexp\] and --certificate-oidc-issuer/,
      );
      const notKey = await ladingScan([image, ...args, '--vex-from-attestations', '--key', 'w.json'], {
        cwd: work,
      });
      expect(notKey.code).toBe(2);
      expect(notKey.stderr).toMatch(/--key w\.json: not a PEM public key/);
    });

    it('a legacy .att copy of a verified bundle (lading attest --legacy-att) is not reported twice', async () => {
      const fresh = await freshImage('withatt');
      const written = await attest(
        fresh.ref,
        'openvex',
        vexDocument(`pkg:oci/withatt@${encodeURIComponent(fresh.digest)}`),
        'att.json',
        true,
      );
      expect(written.attestations[0]?.legacyAtt).toMatch(/:sha256-[0-9a-f]{64}\.att@sha256:/);
      const r = await scanStep(options({ source: fresh.ref }), silentReporter);
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
      // Applied once, from the referrer; its .att copy is the same signed envelope.
      expect(r.report.filters.vex).toEqual([`attestation:${written.attestations[0]?.location}`]);
      expect(r.vexIgnored).toEqual([]);
    });

    /** Writes `envelope` (or `bundle`, as lading attest --legacy-att does) into the .att tag of `fresh`. */
    const pushLegacy = async (
      fresh: { ref: string; digest: string },
      content: { bundle: Bundle } | { envelope: Record<string, unknown> },
    ) => {
      const location = await openLocation(fresh.ref, 'write', testAccess(work));
      try {
        const subject = fresh.digest as Digest;
        if ('bundle' in content)
          return await pushLegacyAttestation(
            location.store,
            subject,
            content.bundle,
            'https://openvex.dev/ns',
          );
        const bytes = Buffer.from(JSON.stringify(content.envelope));
        const layer = {
          mediaType: 'application/vnd.dsse.envelope.v1+json',
          size: bytes.length,
          digest: digestOf(bytes),
          annotations: { 'dev.cosignproject.cosign/signature': '', predicateType: 'https://openvex.dev/ns' },
        };
        return await appendLegacyLayer(
          location.store,
          `sha256-${fresh.digest.slice(7)}.att`,
          layer,
          () => bytes,
        );
      } finally {
        await location.close();
      }
    };
    const vexStatement = (name: string, about: string, product: string) =>
      buildStatement(
        imageSubjects(`${registry.host}/shop/${name}`, [about as Digest]),
        'https://openvex.dev/ns',
        vexDocument(`pkg:oci/${name}@${encodeURIComponent(product)}`),
      );
    const keySigned = (statement: Buffer) =>
      signStatement(framedCopy(statement), new KeySigner(createPrivateKey(keyText)), []);
    const LEGACY_SOURCE = (name: string) =>
      new RegExp(`^attestation:.*shop/${name}:sha256-[0-9a-f]{64}\\.att layer sha256:[0-9a-f]{64}$`);

    it('an OpenVEX attestation only in a legacy .att tag is applied once its signature verifies, named by its layer', async () => {
      const fresh = await freshImage('attonly');
      await pushLegacy(fresh, {
        bundle: await keySigned(vexStatement('attonly', fresh.digest, fresh.digest)),
      });
      const infos: string[] = [];
      const r = await scanStep(options({ source: fresh.ref }), {
        ...silentReporter,
        info: (m) => infos.push(m),
      });
      expect(finding(r.report, 'libssl3')).toMatchObject({ state: 'suppressed', suppressedBy: 'vex' });
      expect(r.report.filters.vex).toEqual([expect.stringMatching(LEGACY_SOURCE('attonly'))]);
      expect(r.vexIgnored).toEqual([]);
      expect(infos.join('\n')).toMatch(
        /\.att layer sha256:[0-9a-f]{64}: OpenVEX attestation .*signature verified/,
      );

      const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
      const wrong = await scanStep(
        options({ source: fresh.ref, vexTrust: { trust: { publicKey: otherKey } } }),
        silentReporter,
      );
      expect(finding(wrong.report, 'libssl3')).toMatchObject({ state: 'open' });
      expect(wrong.vexIgnored).toEqual([
        {
          source: expect.stringMatching(LEGACY_SOURCE('attonly')),
          because: 'signature invalid',
          reason: expect.stringContaining('the signature does not match'),
        },
      ]);
    });

    it('legacy .att OpenVEX with a forged signature, no signature, or another subject suppresses nothing, each with its reason', async () => {
      const forged = await freshImage('attforged');
      const forgedStatement = vexStatement('attforged', forged.digest, forged.digest);
      await pushLegacy(forged, {
        envelope: {
          payload: forgedStatement.toString('base64'),
          payloadType: IN_TOTO_PAYLOAD_TYPE,
          signatures: [{ keyid: '', sig: Buffer.from('cosign 1.13 signature').toString('base64') }],
        },
      });
      const unsigned = await freshImage('attunsigned');
      await pushLegacy(unsigned, {
        envelope: {
          payload: vexStatement('attunsigned', unsigned.digest, unsigned.digest).toString('base64'),
          payloadType: IN_TOTO_PAYLOAD_TYPE,
          signatures: [],
        },
      });
      // Signed by the trusted key, but a statement about another image copied into this one's .att.
      const copied = await freshImage('attcopied');
      await pushLegacy(copied, {
        bundle: await keySigned(vexStatement('attcopied', digest, copied.digest)),
      });

      const cases = [
        [forged, 'signature invalid', 'the signature does not match'],
        [unsigned, 'unsigned', 'the DSSE envelope carries no signature'],
        [copied, 'not about this image', `the statement is about ${digest}, not ${copied.digest}`],
      ] as const;
      for (const [image, because, reason] of cases) {
        const warnings: string[] = [];
        const r = await scanStep(options({ source: image.ref }), {
          ...silentReporter,
          warn: (m) => warnings.push(m),
        });
        expect(finding(r.report, 'libssl3')?.state, because).toBe('open');
        expect(r.report.filters.vex).toEqual([]);
        expect(r.vexIgnored).toEqual([
          {
            source: expect.stringMatching(/\.att layer sha256:/),
            because,
            reason: expect.stringContaining(reason),
          },
        ]);
        expect(warnings.join('\n')).toContain(`ignored: ${because}: `);
      }
    });
  },
);
