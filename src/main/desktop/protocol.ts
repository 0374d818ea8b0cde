import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { rendererHeaders } from '../rpc/csp'
import { withFirstFrame, type PageStart } from '../web/first-frame'
import { appPageOf, decodePath, resolveRendererFile } from '../web/static'

/**
 * Must run before the app is ready: app:// behaves like a secure web origin, not like file://. With
 * `codeCache` (which needs `standard`), V8 keeps the compiled start file between launches, as it
 * would for an https page; without it, every launch compiles the whole first screen again.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

/** Maps app://engawa/<path> to a file inside the renderer folder, or null if it would leave it. */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | null {
  const url = URL.canParse(requestUrl) ? new URL(requestUrl) : null
  if (url?.host !== 'engawa') return null
  const path = decodePath(url.pathname)
  return path === null ? null : resolveRendererFile(rendererDir, path)
}

/**
 * Serves the renderer folder over app://engawa. The app's page carries the settings its first frame
 * needs and the shell drawn from them (web/first-frame.ts), as in browser mode; the language for a
 * "system" setting is the one the window's requests ask for.
 */
export function serveAppProtocol(rendererDir: string, pageStart?: (acceptLanguage: string | undefined) => Promise<PageStart>): void {
  const appPage = appPageOf(rendererDir)
  protocol.handle('app', async (request) => {
    const file = resolveAppPath(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    if (pageStart && file === appPage) {
      const page = withFirstFrame(await readFile(file, 'utf8'), await pageStart(request.headers.get('accept-language') ?? undefined))
      return new Response(page, { headers: { ...rendererHeaders, 'Content-Type': 'text/html; charset=utf-8' } })
    }
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    // The same policy and headers as browser mode's static files (web/static.ts).
    for (const [name, value] of Object.entries(rendererHeaders)) headers.set(name, value)
    return new Response(response.body, { status: response.status, headers })
  })
}
