import { defineConfig } from '@playwright/test'
import { findChromium } from './src/main/cli/chromium'

export default defineConfig({
  testDir: './tests/e2e',
  // The tour that rewrites docs/screenshots runs only from npm run screenshots (playwright.screenshots.config.ts).
  testIgnore: '**/screenshots.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    viewport: { width: 1200, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      // Offline and as root: no sandbox, and none of Chromium's own calls home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    }
  }
})
