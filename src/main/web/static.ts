import { createReadStream, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { rendererHeaders } from '../rpc/csp'
import { withFirstFrame, type PageStart } from './first-frame'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

const contentTypeFor = (file: string): string => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'

/** The path with its %-escapes decoded, or null when they are malformed or hide a NUL. */
export function decodePath(urlPath: string): string | null {
  try {
    const path = decodeURIComponent(urlPath)
    return path.includes('\0') ? null : path
  } catch {
    return null
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
  } catch {
    return false
  }
}

/** The app's page; it carries the first frame's settings (first-frame.ts), every other file is sent as it is. */
export const appPageOf = (rendererDir: string): string => join(resolve(rendererDir), 'index.html')

/**
 * Maps a decoded path to a file inside the renderer folder; anything that is not a file there gets
 * index.html (the app routes on the client); null when the path would leave the folder.
 */
export function resolveRendererFile(rendererDir: string, decodedPath: string): string | null {
  const root = resolve(rendererDir)
  const file = normalize(join(root, decodedPath))
  if (file !== root && !file.startsWith(root + sep)) return null
  return isFile(file) ? file : appPageOf(root)
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...headers
  })
  res.end(text)
}


// The build names what it emits in assets/ by a hash of the content (assets/index-BNwx1PTE.js), so
// such a name never changes meaning: the browser keeps it, and reloads reuse the file and V8's
// compiled copy of it. The page and the unhashed files are checked every time.
const hashedAsset = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/
export const cacheControlFor = (file: string): string => (hashedAsset.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache')

/**
 * Browser mode's built renderer: GET and HEAD only, never a file outside the folder. The app's page
 * is sent with the settings its first frame needs and its shell drawn, when `pageStart` can read them.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  staticDir: string | undefined,
  pageStart?: (acceptLanguage: string | undefined) => Promise<PageStart>
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
  if (!staticDir) return sendText(res, 404, 'Not found')
  const decoded = decodePath(urlPath)
  if (decoded === null) return sendText(res, 400, 'Malformed address')
  const file = resolveRendererFile(staticDir, decoded)
  if (!file) return sendText(res, 404, 'Not found')
  if (!isFile(file)) return sendText(res, 404, 'The app is not built yet: run npm run build')
  const headers = { ...rendererHeaders, 'Content-Type': contentTypeFor(file), 'Cache-Control': cacheControlFor(file) }
  if (pageStart && file === appPageOf(staticDir)) {
    const page = withFirstFrame(await readFile(file, 'utf8'), await pageStart(req.headers['accept-language']))
    // Its shell is drawn in the language the browser asks for.
    res.writeHead(200, { ...headers, Vary: 'Accept-Language', 'Content-Length': Buffer.byteLength(page) })
    return void res.end(page)
  }
  res.writeHead(200, headers)
  // pipeline closes the file when the browser goes away; a read error can only cut the answer short.
  pipeline(createReadStream(file), res, (error) => {
    if (error) res.destroy()
  })
}
