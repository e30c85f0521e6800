import { defineConfig, devices } from '@playwright/test'

import { chromiumExecutable } from './tests/e2e/chromium-executable'
import { E2E_SMTP_PORT } from './tests/e2e/mailbox'

const port = Number(process.env.E2E_PORT || 3311)
// Browser tests honour a MongoDB DATABASE_URI; otherwise they get their own fresh SQLite file.
const mongoUri = process.env.DATABASE_URI?.startsWith('mongodb') ? process.env.DATABASE_URI : undefined
const baseURL = `http://localhost:${port}`

export default defineConfig({
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  // A real SMTP listener for the server's mail (tests/e2e/mailbox.ts reads what it received).
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      // Instance events need an SQL database: the spec runs a second server on the e2e SQLite file.
      testIgnore: mongoUri ? ['**/instances.spec.ts'] : [],
      use: {
        ...devices['Desktop Chrome'],
        locale: 'zh-CN',
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    // The attacks of issue 11 against the same production server, over HTTP only (no browser).
    // Listed after the browser walks: its failed sign-ins should not slow theirs down.
    { name: 'security', testDir: 'tests/security', use: { baseURL } },
  ],
  // A production build on its own fresh SQLite database, with the demo content loaded.
  webServer: {
    command: mongoUri ? 'npx tsx scripts/demo.ts --allow-mongodb' : 'npx tsx scripts/demo.ts --fresh',
    url: `${baseURL}/`,
    timeout: 420_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    env: {
      DATABASE_URI: mongoUri ?? 'file:./data/e2e.db',
      MEDIA_DIR: 'data/e2e-media',
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      // Lets the import command in tests/e2e/reader-cache.spec.ts tell this server what it wrote.
      ZHIKU_REVALIDATE_SECRET: process.env.ZHIKU_REVALIDATE_SECRET ?? 'e2e-revalidate-secret-0123456789abcdef',
      // Mail goes to the listener tests/e2e/global-setup.ts starts (a reused server must have been started with these too).
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(E2E_SMTP_PORT),
      SMTP_SECURE: 'false',
      // The watch desk's browser test serves its fixture feed on loopback (tests/e2e/watch-desk.spec.ts);
      // every other private address stays refused.
      ZHIKU_WATCH_ALLOW_HOSTS: '127.0.0.1',
    },
  },
})
