import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, expect, test, type ElectronApplication } from '@playwright/test'
import { desktopRuntime } from './runtime'

const root = resolve(import.meta.dirname, '../..')
const runtime = desktopRuntime()

test('the desktop app: a window without Node, a tray, a dock action through the single instance, a clean quit', async () => {
  test.skip(!runtime.ok, runtime.ok ? '' : runtime.reason)
  if (!runtime.ok) return
  const home = mkdtempSync(join(tmpdir(), 'engawa-desktop-'))
  // Its own data and its own userData (the single-instance lock lives there), so a running Engawa is never touched.
  const env = {
    ...process.env,
    ENGAWA_DATA_DIR: join(home, 'data'),
    ENGAWA_NATIVE_BINDING: runtime.nativeBinding,
    ENGAWA_READY_SIGNAL: '1',
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    APPDATA: join(home, 'appdata')
  }
  // Chromium refuses to run its sandbox as root (CI runs as root); a user's machine keeps it.
  const args = ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
  let app: ElectronApplication | null = null
  try {
    app = await _electron.launch({ executablePath: runtime.executablePath, args, env, cwd: root })
    const launched = app
    const ready = await launched.waitForEvent('console', { predicate: (message) => message.text().startsWith('engawa:ready '), timeout: 30_000 })
    expect(JSON.parse(ready.text().slice('engawa:ready '.length))).toEqual({ tray: true })

    // Asked from the main process: the page sees no Node, only the bridge's two functions.
    const page = await launched.evaluate(async ({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents
      const seen = await contents?.executeJavaScript('[typeof require, typeof process, typeof module, Object.keys(window.engawa ?? {}).sort().join()]')
      return { url: contents?.getURL(), seen, devTools: contents?.isDevToolsOpened() }
    })
    expect(page.url).toMatch(/^app:\/\/engawa\/index\.html#/)
    expect(page.seen).toEqual(['undefined', 'undefined', 'undefined', 'invoke,on'])
    expect(page.devTools).toBe(false)

    const window = await launched.firstWindow()
    await window.evaluate(() => (window as unknown as { engawa: { invoke(name: string, input: unknown): Promise<unknown> } }).engawa.invoke('settings.update', { onboarded: true, language: 'en' }))
    await expect(window.getByTestId('app-ready')).toBeAttached()

    // "Add a person" from the dock or jump list: a second launch hands it over and quits.
    const second = spawn(runtime.executablePath, [...args, '--action=add-person'], { cwd: root, env, stdio: 'ignore' })
    const secondExit = await new Promise<number | null>((done) => second.once('exit', done))
    expect(secondExit).toBe(0)
    await expect(window.getByTestId('person-form')).toBeVisible()
    expect(new URL(window.url()).hash).toBe('#/people/new')

    const exited = new Promise<number | null>((done) => launched.process().once('exit', (code) => done(code)))
    await launched.evaluate(({ app: electronApp }) => electronApp.quit())
    expect(await exited).toBe(0)
    app = null
  } finally {
    await app?.close()
    rmSync(home, { recursive: true, force: true })
  }
})
