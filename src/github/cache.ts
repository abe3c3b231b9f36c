import * as actionsCache from '@actions/cache';
import type { CacheAdapter } from '../advisories/cache.js';

// The advisory database's cache adapter on a GitHub runner, over @actions/cache.
// Kept here because only src/github/ and src/actions/ may import @actions/*.

/** undefined when the runner has no cache service (e.g. GHES without it, or outside Actions). */
export function actionsCacheAdapter(): CacheAdapter | undefined {
  if (!actionsCache.isFeatureAvailable()) return undefined;
  return {
    restore: (paths, key, restoreKeys) => actionsCache.restoreCache(paths, key, restoreKeys),
    async save(paths, key) {
      // saveCache logs its own failures and answers -1 instead of throwing.
      const id = await actionsCache.saveCache(paths, key);
      if (id === -1) throw new Error(`the Actions cache did not save ${key}`);
    },
  };
}
