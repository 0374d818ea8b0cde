import { defineConfig } from '@playwright/test'
import { desktopRuntime } from './tests/desktop/runtime'

// The desktop smoke test: real Electron, one window at a time. Without Electron it is skipped, and says why here.
const runtime = desktopRuntime()
// Once, from the runner: workers load this file too.
if (!runtime.ok && process.env.TEST_WORKER_INDEX === undefined) console.log(`Desktop smoke test skipped: ${runtime.reason}.`)

export default defineConfig({
  testDir: './tests/desktop',
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 }
})
