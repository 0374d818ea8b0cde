import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { rendererHeaders } from '../rpc/csp'
import { decodePath, resolveRendererFile } from '../web/static'

/** Must run before the app is ready: app:// behaves like a secure web origin, not like file://. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Maps app://engawa/<path> to a file inside the renderer folder, or null if it would leave it. */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  const url = URL.canParse(requestUrl) ? new URL(requestUrl) : null
  if (url?.host !== 'engawa') return null
  const path = decodePath(url.pathname)
  return path === null ? null : resolveRendererFile(rendererDir, path)
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const file = resolveAppPath(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    // The same policy and headers as browser mode's static files (web/static.ts).
    for (const [name, value] of Object.entries(rendererHeaders)) headers.set(name, value)
    return new Response(response.body, { status: response.status, headers })
  })
}
