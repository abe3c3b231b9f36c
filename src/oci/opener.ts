import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { ArchiveStore } from './archive.js';
import { dockerCredentials } from './auth/credentials.js';
import { createTransport } from './http.js';
import { formatReference } from './reference.js';
import { RegistryStore } from './registry.js';
import { detectSource } from './source.js';
import type { Store } from './store.js';

/** How to reach registries: what the CLI or an action gathered from flags, inputs and the environment. */
export interface AccessOptions {
  /** Explicit login, used for every registry the command touches. */
  credentials?: { username: string; password: string };
  /** Directory of the Docker CLI's config.json (DOCKER_CONFIG or ~/.docker). */
  dockerConfigDir?: string;
  /** Registries reached over plain HTTP besides loopback. */
  insecureRegistries?: string[];
  userAgent: string;
  /** Relative paths in sources are taken from here. */
  cwd: string;
}

/** An opened SOURCE or DEST: the store, what to resolve in it, and how to finish. */
export interface Location {
  store: Store;
  /** Tag or digest to resolve; '' when the source names none (a layout with one image). */
  reference: string;
  /** The SOURCE as the user would recognise it, without tag or digest. */
  display: string;
  /** Layouts need a tag on the root, or the copied image is unreachable. */
  needsTag: boolean;
  /** Makes a write durable (archives are written here). Call once, after success. */
  commit(): Promise<void>;
  /** Releases resources; after a failure, leaves nothing half-written behind. */
  close(): Promise<void>;
}

/**
 * Opens any SOURCE scheme of DESIGN.md for reading, or as a destination for
 * writing. The layout and archive stores load only for their schemes: a
 * registry command (sign, verify, attest) never needs them or tar-stream.
 */
export async function openLocation(
  text: string,
  mode: 'read' | 'write',
  access: AccessOptions,
): Promise<Location> {
  const source = await detectSource(text);
  const local = (p: string) => (isAbsolute(p) ? p : resolve(access.cwd, p));
  const noop = async () => {};
  switch (source.kind) {
    case 'registry': {
      const ref = source.reference;
      const credentials = dockerCredentials({
        ...(access.credentials ? { explicit: { [ref.registry]: access.credentials } } : {}),
        ...(access.dockerConfigDir ? { configPath: resolve(access.dockerConfigDir, 'config.json') } : {}),
      });
      const transport = createTransport({
        registry: ref.registry,
        insecure: access.insecureRegistries ?? [],
        credentials,
        userAgent: access.userAgent,
      });
      return {
        store: new RegistryStore(transport, ref.repository),
        reference: ref.digest ?? ref.tag ?? (mode === 'read' ? 'latest' : ''),
        display: formatReference({ registry: ref.registry, repository: ref.repository }),
        needsTag: false,
        commit: noop,
        close: () => transport.close(),
      };
    }
    case 'oci-dir': {
      const dir = local(source.path);
      const { LayoutStore } = await import('./layout.js');
      const store = await LayoutStore.open(dir, { create: mode === 'write', name: `oci-dir:${source.path}` });
      return {
        store,
        reference: source.digest ?? source.tag ?? '',
        display: `oci-dir:${source.path}`,
        needsTag: true,
        commit: noop,
        close: noop,
      };
    }
    case 'oci-archive': {
      const file = local(source.path);
      const { OciArchiveStore } = await import('./archive.js');
      const store: ArchiveStore =
        mode === 'write' ? await OciArchiveStore.create(file) : await OciArchiveStore.open(file);
      return archiveLocation(store, `oci-archive:${source.path}`, source.digest ?? source.tag ?? '');
    }
    case 'docker-archive': {
      if (mode === 'write') {
        throw new InputError(
          `${text}: writing docker-archive is not supported; use oci-archive: or oci-dir:`,
        );
      }
      const { DockerArchiveStore } = await import('./archive.js');
      const store = await DockerArchiveStore.open(local(source.path));
      return archiveLocation(
        store,
        `docker-archive:${source.path}`,
        source.reference ? formatReference(source.reference) : '',
      );
    }
    case 'dir':
      throw new InputError(
        `${text}: a directory of files is not an image; use oci-dir: for an OCI layout, or \`lading build\` to make one`,
      );
  }
}

function archiveLocation(store: ArchiveStore, display: string, reference: string): Location {
  return {
    store,
    reference,
    display,
    needsTag: true,
    commit: async () => {},
    close: () => store.close(),
  };
}
