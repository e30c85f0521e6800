import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))
const alias = { '@payload-config': path.resolve(root, 'payload.config.ts') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          // Open (issue 22): after kill -9 mid-approval a restarted server does not yet complete the action on
          // PostgreSQL within the test's time; the test runs on SQLite (and MongoDB) until that is fixed.
          exclude: process.env.ZHIKU_TEST_DATABASE === 'postgres' ? ['tests/int/workflow-crash.test.ts'] : [],
          environment: 'node',
          globalSetup: ['tests/int/global-setup.ts'],
          setupFiles: ['tests/int/setup-env.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
