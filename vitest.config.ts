import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and integration tests that start real peers
// (distribution registry, crane, oras, skopeo, cosign). Integration files run in
// parallel workers; each starts its own registry on a free loopback port.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
        },
      },
    ],
  },
});
