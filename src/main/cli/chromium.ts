import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** CHROMIUM_PATH, else a system Chromium, else Playwright's own; a clear message when none is found. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`)
    return fromEnv
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate
  }
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim()
    if (found) return found
  } catch {
    // fall through to Playwright's own browser, if one was installed
  }
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH.'
  )
}
