import { decideTags, immutableGuard, type TagDecision, type TagState } from '../build/tag-guard.js';
import { InputError, NotFoundError } from '../errors.js';
import { copyImage } from '../oci/copier.js';
import type { Digest } from '../oci/digest.js';
import { type AccessOptions, type Location, openLocation } from '../oci/opener.js';
import { formatReference, parseReference } from '../oci/reference.js';
import { detectSource } from '../oci/source.js';
import type { Reporter } from './reporter.js';

export interface TagStepOptions {
  /** The image by digest: `REPO@sha256:…`, `oci-dir:DIR@sha256:…`, `oci-archive:FILE@sha256:…`. */
  image: string;
  /** Bare tags (in the image's repository) or full references `REGISTRY/REPO:TAG` (copied there first). */
  tags: string[];
  /** Globs over tag names: a matching tag that exists is never moved to another digest. */
  immutable: string[];
  access: AccessOptions;
}

export interface TagStepResult {
  image: string;
  digest: Digest;
  tags: TagDecision[];
}

const TAG_RE = /^[\w][\w.-]{0,127}$/;

interface Target {
  key: string;
  /** What to open: the image's own location, or `registry:REGISTRY/REPO`. */
  open?: () => Promise<Location>;
  same: boolean;
  tags: { reference: string; tag: string }[];
  location?: Location;
}

/**
 * `lading tag`: points tags at an image given by digest, on any registry (and
 * in layouts). Every tag is resolved first; if an immutable pattern protects a
 * tag that already points elsewhere, the step refuses (DeniedError, exit 1)
 * before moving any tag. Between that check and the writes another client
 * could still move a tag: registries offer no compare-and-swap on tags, so the
 * guard is as strong as the registry's own immutability rules, not stronger.
 */
export async function tagStep(options: TagStepOptions, reporter: Reporter): Promise<TagStepResult> {
  if (!options.tags.length) throw new InputError('tag: give at least one --tag');
  const guard = immutableGuard(options.immutable);
  const parsed = await detectSource(options.image);
  const digest =
    parsed.kind === 'registry' ? parsed.reference.digest : 'digest' in parsed ? parsed.digest : undefined;
  if (!digest) {
    throw new InputError(
      `tag: ${options.image}: name the image by digest (IMAGE@sha256:…), so the tags point at exactly it`,
    );
  }
  if (parsed.kind === 'oci-archive' || parsed.kind === 'docker-archive') {
    throw new InputError(
      `tag: ${options.image}: archives are read-only here; tag in a registry or an oci-dir layout`,
    );
  }
  const targets = planTargets(options, parsed.kind === 'registry' ? parsed.reference : undefined);
  const source = await openLocation(options.image, 'read', options.access);
  try {
    const root = await source.store.resolve(digest);
    const states: TagState[] = [];
    for (const t of targets) {
      t.location = t.open ? await t.open() : source;
      for (const { reference, tag } of t.tags) {
        const current = await t.location.store.resolve(tag).then(
          (d) => d.digest,
          (err: unknown) => {
            if (err instanceof NotFoundError) return undefined;
            throw err;
          },
        );
        states.push({ reference, tag, ...(current ? { current } : {}) });
      }
    }
    const decisions = decideTags(root.digest, states, guard);
    const fetched = await source.store.fetchManifest(root);
    let i = 0;
    for (const t of targets) {
      const store = t.location!.store;
      let present = t.same;
      for (const _ of t.tags) {
        const d = decisions[i++]!;
        if (d.outcome === 'unchanged') {
          reporter.info(`${d.reference} already points to ${root.digest}`);
          continue;
        }
        if (!present) {
          // Another repository: the image's blobs and manifests go there first (mounted within one registry).
          await copyImage(source.store, store, root, { tag: d.tag });
          present = true;
        } else {
          await store.pushManifest(fetched.bytes, fetched.descriptor.mediaType, d.tag);
        }
        reporter.info(
          d.outcome === 'moved'
            ? `${d.reference} moved from ${d.current} to ${root.digest}`
            : `${d.reference} created`,
        );
      }
      await t.location!.commit();
    }
    return { image: options.image, digest: root.digest, tags: decisions };
  } finally {
    for (const t of targets) if (t.location && !t.same) await t.location.close();
    await source.close();
  }
}

/** Groups the tags by where they live: the image's own repository or layout, or another repository. */
function planTargets(
  options: TagStepOptions,
  image: ReturnType<typeof parseReference> | undefined,
): Target[] {
  const targets = new Map<string, Target>();
  const same: Target = { key: '', same: true, tags: [] };
  targets.set('', same);
  // A tag named twice (a bare tag and its full reference) is decided and written once.
  const add = (t: Target, entry: { reference: string; tag: string }) => {
    if (!t.tags.some((e) => e.tag === entry.tag)) t.tags.push(entry);
  };
  for (const text of options.tags) {
    if (TAG_RE.test(text)) {
      add(same, {
        reference: image ? formatReference({ ...withoutDigest(image), tag: text }) : text,
        tag: text,
      });
      continue;
    }
    const ref = parseReference(text, { defaultTag: false });
    if (!ref.tag || ref.digest)
      throw new InputError(`tag: --tag ${text}: expected a tag or REGISTRY/REPOSITORY:TAG`);
    const repo = `${ref.registry}/${ref.repository}`;
    // From a layout every registry is elsewhere: the image is copied there first.
    const key = image && repo === `${image.registry}/${image.repository}` ? '' : repo;
    let target = targets.get(key);
    if (!target) {
      target = {
        key,
        same: false,
        tags: [],
        open: () => openLocation(`registry:${repo}`, 'write', options.access),
      };
      targets.set(key, target);
    }
    add(target, { reference: formatReference({ ...withoutDigest(ref), tag: ref.tag }), tag: ref.tag });
  }
  return [...targets.values()].filter((t) => t.tags.length);
}

function withoutDigest(r: ReturnType<typeof parseReference>): ReturnType<typeof parseReference> {
  const { digest: _, ...rest } = r;
  return rest;
}
