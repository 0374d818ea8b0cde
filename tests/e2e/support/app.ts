import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { test as base, expect, type Page } from '@playwright/test'

export interface AppServer {
  /** The address printed on the first line, token in the fragment. */
  url: string
  origin: string
  token: string
  dataDir: string
  /** Calls the API directly, to arrange data without clicking through the UI. */
  call<T = unknown>(procedure: string, input?: unknown): Promise<T>
}

/**
 * Starts browser mode on its own data directory (or on one a stopped server left, to test what a
 * restart sees) and waits for its first line: the address. `stop` waits for the process to exit.
 */
export async function startServer(
  existingDataDir?: string,
  options: { now?: string } = {}
): Promise<{ app: AppServer; stop: (options?: { keepData?: boolean }) => Promise<void> }> {
  const dataDir = existingDataDir ?? mkdtempSync(join(tmpdir(), 'engawa-e2e-'))
  const clock = options.now ? ['--now', options.now] : []
  const child: ChildProcess = spawn(process.execPath, ['out/main/server.js', '--data-dir', dataDir, '--port', '0', '--no-open', ...clock], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}; did you run npm run build?`)))
    createInterface({ input: child.stdout! }).once('line', resolve)
  })
  const parsed = new URL(url)
  const token = parsed.hash.replace('#token=', '')
  const app: AppServer = {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    async call<T>(procedure: string, input: unknown = {}) {
      const response = await fetch(`${parsed.origin}/api/${procedure}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input)
      })
      const body = (await response.json()) as { ok: boolean; value: T; error?: unknown }
      if (!body.ok) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`)
      return body.value
    }
  }
  return {
    app,
    stop: async ({ keepData = false } = {}) => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** What the in-page functions below touch; this file is type-checked without the DOM library. */
interface InPage {
  location: { origin: string; hash: string }
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void }
  localStorage: { getItem(key: string): string | null }
}

export const test = base.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const { app, stop } = await startServer()
    await use(app)
    await stop()
  }
})

/** Opens the app past the welcome screen, in the given language, at a screen (Today by default). */
export async function openApp(page: Page, app: AppServer, language: 'ja' | 'en', theme: 'light' | 'dark' = 'light', path = '/today') {
  await app.call('settings.update', { onboarded: true, language, theme })
  await page.goto(app.url)
  await expect(page.getByTestId('app-ready')).toBeAttached()
  // The token leaves the address bar and is kept for this tab only: sessionStorage, never
  // localStorage, once the page is idle (or as it goes).
  await expect(page).not.toHaveURL(/token=/)
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { sessionStorage, localStorage } = globalThis as unknown as InPage
        return [sessionStorage.getItem('engawa.token'), localStorage.getItem('engawa.token')]
      })
    )
    .toEqual([app.token, null])
  if (path !== '/today') await page.getByTestId(`nav-${path.slice(1)}`).click()
}

export { expect }
