import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code; server integration tests live in server/test.
export default defineConfig({
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'server/test/**/*.test.ts',
      'client/src/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration tests start real servers; two cores, so keep the pool small.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2 } },
  },
})
