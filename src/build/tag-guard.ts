import picomatch from 'picomatch';
import { DeniedError, InputError } from '../errors.js';
import type { Digest } from '../oci/digest.js';

/** A tag to point at the image, and what it points at now (undefined: the tag does not exist). */
export interface TagState {
  /** As the user wrote it, for messages: `v1.2.3` or `ghcr.io/o/app:v1.2.3`. */
  reference: string;
  /** The bare tag, which the patterns are matched against. */
  tag: string;
  current?: Digest;
}

export type TagOutcome = 'created' | 'unchanged' | 'moved';

export interface TagDecision extends TagState {
  outcome: TagOutcome;
}

export interface ImmutableGuard {
  /** The first pattern a tag matches, or undefined. */
  matches(tag: string): string | undefined;
}

/**
 * Compiles immutable-tag globs (`v*`, `release-*`, `*`) with picomatch. Dots
 * count as ordinary characters, so `*` also covers tags like `.hidden` (legal
 * only after a leading character, but the guard should not have holes).
 */
export function immutableGuard(patterns: string[]): ImmutableGuard {
  const compiled = patterns.map((pattern) => {
    if (pattern.trim() === '' || pattern.includes('/'))
      throw new InputError(`--immutable "${pattern}": expected a glob over tag names, such as v* or *`);
    return { pattern, test: picomatch(pattern, { dot: true }) };
  });
  return { matches: (tag) => compiled.find((c) => c.test(tag))?.pattern };
}

/**
 * Decides every tag before any is moved: created when absent, unchanged when it
 * already points at `digest`, moved otherwise. A tag an immutable pattern
 * protects that points elsewhere is a refusal; every such tag is named in one
 * DeniedError, and no tag is decided "moved" past it, so the caller moves none.
 */
export function decideTags(digest: Digest, states: TagState[], guard: ImmutableGuard): TagDecision[] {
  const refusals: string[] = [];
  const decisions = states.map((s): TagDecision => {
    if (s.current === undefined) return { ...s, outcome: 'created' };
    if (s.current === digest) return { ...s, outcome: 'unchanged' };
    const pattern = guard.matches(s.tag);
    if (pattern !== undefined)
      refusals.push(`${s.reference} points to ${s.current} and matches immutable pattern "${pattern}"`);
    return { ...s, outcome: 'moved' };
  });
  if (refusals.length) {
    throw new DeniedError(
      `tag: refusing to move immutable tags to ${digest}: ${refusals.join('; ')}. No tag was changed.`,
    );
  }
  return decisions;
}
