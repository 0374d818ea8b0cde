import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { firstFrameElementId, parseFirstFrame } from '../../../src/shared/api/first-frame'
import { contentSecurityPolicy, rendererHeaders } from '../../../src/main/rpc/csp'
import { readPageStart } from '../../../src/main/web/first-frame'
import { call, tempDir } from '../support/core'
import { send, serve } from '../support/http'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})
const { resolveAppPath, serveAppProtocol } = await import('../../../src/main/desktop/protocol')

const builtPage = '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Engawa</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>'
const handler = () => vi.mocked(fake.module.protocol.handle).mock.lastCall?.[1] as (request: { url: string; headers?: Headers }) => Promise<Response>

function rendererDir(): string {
  const root = join(tempDir(), 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '')
  writeFileSync(join(root, 'assets', 'app.js'), '')
  return root
}

describe('renderer files, in the desktop window and in browser mode', () => {
  it('carry the one CSP and the same security headers over app:// and HTTP', async () => {
    serveAppProtocol(rendererDir())
    const handle = vi.mocked(fake.module.protocol.handle).mock.lastCall?.[1] as (request: { url: string }) => Promise<Response>
    vi.mocked(fake.module.net.fetch).mockResolvedValue(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }) as never)
    const desktop = await handle({ url: 'app://engawa/index.html' })
    const { port } = await serve()
    const browser = await send(port, { path: '/' })
    expect(desktop.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    for (const name of Object.keys(rendererHeaders)) {
      expect(desktop.headers.get(name)).toBe(rendererHeaders[name])
      expect(browser.headers[name.toLowerCase()]).toBe(rendererHeaders[name])
    }
  })

  it('carry the first frame’s settings and its shell in the app’s page, the same over app:// and HTTP', async () => {
    const { core, port, staticDir } = await serve({ page: builtPage })
    await call(core, 'settings.update', { language: 'system', theme: 'dark', onboarded: true })
    serveAppProtocol(staticDir, (accept) => readPageStart(core.dispatch, accept))
    const accept = 'ja-JP,ja;q=0.9,en;q=0.8'
    const desktop = await handler()({ url: 'app://engawa/people/p1', headers: new Headers({ 'Accept-Language': accept }) })
    const browser = await send(port, { path: '/people/p1', headers: { 'Accept-Language': accept } })
    const page = await desktop.text()
    expect(page).toBe(browser.body)
    const block = new RegExp(`id="${firstFrameElementId}">(.*?)</script>`).exec(page)?.[1]
    expect(parseFirstFrame(block)).toEqual({ language: 'system', theme: 'dark', motion: false, onboarded: true })
    // The shell, in the language the browser asks for first, in the page's theme.
    expect(page).toContain('<html data-theme="dark" lang="ja">')
    expect(page).toContain('>今日</a>')
    expect(desktop.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(browser.headers['content-length']).toBe(String(Buffer.byteLength(page)))
    // The page is checked every time (the settings may have changed since).
    expect(browser.headers['cache-control']).toBe('no-cache')
    // HEAD: the same headers, no body.
    const head = await send(port, { method: 'HEAD', path: '/', headers: { 'Accept-Language': accept } })
    expect(head).toMatchObject({ status: 200, body: '' })
    expect(head.headers['content-length']).toBe(browser.headers['content-length'])
  })

  it('let the browser keep what the build named by its content, and nothing else', async () => {
    const { port, staticDir } = await serve({ page: builtPage })
    mkdirSync(join(staticDir, 'assets'))
    writeFileSync(join(staticDir, 'assets', 'index-BNwx1PTE.js'), 'export {}')
    writeFileSync(join(staticDir, 'icon.svg'), '<svg/>')
    expect((await send(port, { path: '/assets/index-BNwx1PTE.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await send(port, { path: '/icon.svg' })).headers['cache-control']).toBe('no-cache')
    expect((await send(port, { path: '/' })).headers['cache-control']).toBe('no-cache')
  })

  it('map app:// paths exactly, falling back to the app and never leaving its folder', () => {
    const root = rendererDir()
    const index = join(root, 'index.html')
    expect(resolveAppPath(root, 'app://engawa/../../etc/passwd')).toBe(index)
    expect(resolveAppPath(root, 'app://engawa/assets/')).toBe(index)
    expect(resolveAppPath(root, 'app://engawa/assets/app.js?v=1')).toBe(join(root, 'assets', 'app.js'))
    for (const url of ['app://engawa/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'app://engawa/a%00b', 'app://engawa/%', 'not a url', 'app://engawa.evil/index.html']) {
      expect(resolveAppPath(root, url)).toBeNull()
    }
  })
})
