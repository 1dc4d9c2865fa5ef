import { defineConfig } from '@playwright/test'

// Browser tests drive the system Chromium (never a downloaded browser).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: two workers, each with its own server.
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  // One retry in CI only, so a rare timing hiccup on a loaded machine does not hide a
  // green run; Playwright still reports any test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
})
