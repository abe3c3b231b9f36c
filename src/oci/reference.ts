import { InputError } from '../errors.js';
import { type Digest, isDigest } from './digest.js';

// Image references as the Docker CLI and distribution's `reference` package
// read them (ParseNormalizedNamed): a first path component is a registry host
// only if it looks like one (has a `.` or `:`, is `localhost`, or has an upper
// case letter); otherwise the image lives on Docker Hub, under `library/` when
// it has a single component.

export interface ImageReference {
  /** Host as written, normalised for Docker Hub: `docker.io`, `ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`. */
  registry: string;
  /** Path inside the registry: `library/alpine`, `demo/app`. */
  repository: string;
  tag?: string;
  digest?: Digest;
}

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
export const DEFAULT_TAG = 'latest';
/** distribution's NameTotalLengthMax, applied to registry + "/" + repository. */
export const NAME_MAX = 255;

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${HOST}(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const HEX64_RE = /^[a-f0-9]{64}$/;

function fail(ref: string, what: string): never {
  throw new InputError(`image reference "${ref}": ${what}`);
}

export function parseReference(input: string, options: { defaultTag?: boolean } = {}): ImageReference {
  const ref = input;
  if (ref === '') fail(ref, 'is empty');
  if (/\s/.test(ref)) fail(ref, 'contains whitespace');

  let rest = ref;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (d.includes('@')) fail(ref, 'has more than one "@"');
    if (!isDigest(d)) fail(ref, `digest "${d}" is not sha256:<64 hex> or sha512:<128 hex> in lower case`);
    digest = d;
  }

  // A tag is what follows the last ":" after the last "/"; a ":" before that is a port.
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) {
      fail(ref, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (at most 128 characters)`);
    }
  }
  if (rest === '') fail(ref, 'has no repository name');

  let registry: string;
  let repository: string;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)) {
    registry = first;
    repository = rest.slice(slash + 1);
    if (!DOMAIN_RE.test(registry)) fail(ref, `registry "${registry}" is not a valid host[:port]`);
  } else {
    registry = DOCKER_HUB;
    repository = rest;
  }
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB;
    if (!repository.includes('/')) repository = `library/${repository}`;
  }
  if (repository === '') fail(ref, 'has no repository name after the registry');

  for (const component of repository.split('/')) {
    if (component === '') fail(ref, 'repository has an empty path component ("//" or a trailing "/")');
    if (!PATH_COMPONENT_RE.test(component)) {
      if (component.toLowerCase() !== component && PATH_COMPONENT_RE.test(component.toLowerCase())) {
        fail(ref, `repository name must be lowercase ("${component}")`);
      }
      fail(
        ref,
        `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or "-"`,
      );
    }
  }
  if (registry === DOCKER_HUB && HEX64_RE.test(rest)) {
    fail(ref, 'a 64-character hex string is an image ID, not a repository name');
  }
  const name = `${registry}/${repository}`;
  if (name.length > NAME_MAX) fail(ref, `name "${name}" is longer than ${NAME_MAX} characters`);

  if (tag === undefined && digest === undefined && options.defaultTag !== false) tag = DEFAULT_TAG;
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The fully qualified form: `docker.io/library/alpine:3.20@sha256:…`. */
export function formatReference(r: ImageReference): string {
  return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** The host that serves the distribution API for `registry` (Docker Hub's differs from its name). */
export function registryApiHost(registry: string): string {
  return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API : registry;
}

/** The host without its port: `[::1]` stays bracketed. */
export function hostOf(registry: string): string {
  if (registry.startsWith('[')) {
    const end = registry.indexOf(']');
    return end >= 0 ? registry.slice(0, end + 1) : registry;
  }
  const colon = registry.lastIndexOf(':');
  return colon >= 0 ? registry.slice(0, colon) : registry;
}

/**
 * Plain HTTP for loopback registries (as crane and oras default), or for hosts
 * the caller lists as insecure (`host` or `host:port`); HTTPS otherwise.
 */
export function defaultScheme(registry: string, insecure: readonly string[] = []): 'http' | 'https' {
  const host = hostOf(registry).toLowerCase();
  if (insecure.includes(registry) || insecure.includes(host)) return 'http';
  if (host === 'localhost' || host === '[::1]') return 'http';
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return 'http';
  return 'https';
}
