import { existsSync, statSync } from 'node:fs'
import { join, normalize, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { contentSecurityPolicy } from '../rpc/csp'

/** Must run before the app is ready: app:// behaves like a secure web origin, not like file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Maps app://engawa/<path> to a file inside the renderer folder, or null if it would leave it. */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  const url = new URL(requestUrl)
  if (url.host !== 'engawa') return null
  const root = resolve(rendererDir)
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  const file = normalize(join(root, path))
  if (file !== root && !file.startsWith(root + sep)) return null
  if (!existsSync(file) || statSync(file).isDirectory()) return join(root, 'index.html')
  return file
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const file = resolveAppPath(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', contentSecurityPolicy)
    return new Response(response.body, { status: response.status, headers })
  })
}
