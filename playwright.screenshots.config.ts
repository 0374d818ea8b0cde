import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// npm run screenshots: only the tour, which rewrites the pictures in docs/screenshots/.
export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: 'screenshots.spec.ts',
  workers: 1
})
