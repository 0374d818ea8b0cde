import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { applyNavigationGuards, createMainWindow, denyAllPermissions, isAllowedExternalUrl, secureWebPreferences } = await import(
  '../../../src/main/desktop/window'
)

beforeEach(() => {
  fake.windows.length = 0
  vi.clearAllMocks()
})

describe('main window security', () => {
  it('creates the window with the full security baseline', async () => {
    createMainWindow({ preloadPath: '/app/preload/index.cjs', bounds: { width: 900, height: 600 }, backgroundColor: '#fff' })
    const prefs = fake.windows[0]?.options.webPreferences
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(secureWebPreferences('/x')).toEqual(prefs && { ...prefs, preload: '/x' })
  })

  it('blocks navigation away from app:// and webviews', async () => {
    createMainWindow({ preloadPath: '/p', bounds: { width: 900, height: 600 }, backgroundColor: '#fff' })
    const contents = fake.windows[0]!.webContents
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() }
      contents.listeners.get('will-navigate')?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    }
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(navigate('app://engawa/index.html#/people')).toBe(false)
    const attach = { preventDefault: vi.fn() }
    contents.listeners.get('will-attach-webview')?.(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window and opens only https and mailto links outside', async () => {
    const openExternal = vi.fn(async () => undefined)
    const contents = new (fake.module.BrowserWindow as unknown as new (o: object) => { webContents: FakeElectron['windows'][number]['webContents'] })({}).webContents
    applyNavigationGuards(contents as never, openExternal)
    for (const url of ['https://github.com/x', 'mailto:ann@example.com', 'http://plain.example', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls).toEqual([['https://github.com/x'], ['mailto:ann@example.com']])
  })

  it('validates external links', async () => {
    expect(isAllowedExternalUrl('https://www.linkedin.com/in/someone')).toBe(true)
    expect(isAllowedExternalUrl('mailto:someone@example.jp')).toBe(true)
    expect(isAllowedExternalUrl('mailto:nobody')).toBe(false)
    expect(isAllowedExternalUrl('http://example.com')).toBe(false)
    expect(isAllowedExternalUrl('not a url')).toBe(false)
    expect(isAllowedExternalUrl('vbscript:x')).toBe(false)
  })

  it('denies permission requests and checks, except writing text to the clipboard', async () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() }
    denyAllPermissions(session as never)
    const request = (permission: string) => {
      const callback = vi.fn()
      session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, permission, callback)
      return callback.mock.calls[0]?.[0] as boolean
    }
    const check = (permission: string) => session.setPermissionCheckHandler.mock.calls[0]?.[0]({}, permission) as boolean
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(request(permission), permission).toBe(false)
      expect(check(permission), permission).toBe(false)
    }
    expect(request('clipboard-sanitized-write')).toBe(true)
    expect(check('clipboard-sanitized-write')).toBe(true)
  })
})
