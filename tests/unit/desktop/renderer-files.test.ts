import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy, rendererHeaders } from '../../../src/main/rpc/csp'
import { tempDir } from '../support/core'
import { send, serve } from '../support/http'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})
const { resolveAppPath, serveAppProtocol } = await import('../../../src/main/desktop/protocol')

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
