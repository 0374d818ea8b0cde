import { timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { z } from 'zod'
import { contract } from '../../shared/api/contract'
import { pushNames } from '../../shared/api/push'
import type { ErrorCode, Result } from '../../shared/api/result'
import type { Core } from '../core'
import { contentSecurityPolicy } from './csp'

export interface HttpTransportOptions {
  core: Pick<Core, 'dispatch' | 'push'>
  token: string
  /** The built renderer; omitted in API-only tests. */
  staticDir?: string
}

const maxBodyBytes = 4 * 1024 * 1024
const statusFor: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DISK_FULL: 507,
  DATA_DAMAGED: 500,
  CANCELLED: 409,
  INTERNAL: 500
}
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  res.end(text)
}

const sendError = (res: ServerResponse, code: ErrorCode, message: string, status = statusFor[code]) =>
  sendJson(res, status, { ok: false, error: { code, message } } satisfies Result<never>)

/** Only our own origin may talk to us: this blocks DNS-rebinding pages that reach 127.0.0.1. */
function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? ''
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? ''
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Reads the body, or null when it is larger than any real call: the rest is drained, not kept. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () => resolveBody(size > maxBodyBytes ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

async function handleCall(req: IncomingMessage, res: ServerResponse, procedure: string, options: HttpTransportOptions) {
  const body = await readBody(req)
  if (body === null) return sendError(res, 'INVALID_INPUT', 'The request is too large', 413)
  let input: unknown = {}
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body)
    } catch {
      return sendError(res, 'INVALID_INPUT', 'The request body is not valid JSON')
    }
  }
  const result = await options.core.dispatch(procedure, input)
  sendJson(res, result.ok ? 200 : statusFor[result.error.code], result)
}

function describeApi() {
  return Object.entries(contract).map(([name, schemas]) => ({
    name,
    input: z.toJSONSchema(schemas.input, { io: 'input', unrepresentable: 'any' }),
    output: z.toJSONSchema(schemas.output, { io: 'output', unrepresentable: 'any' })
  }))
}

/** Server-sent events: the renderer's `on` in browser mode. */
function streamEvents(req: IncomingMessage, res: ServerResponse, options: HttpTransportOptions) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
  res.write(': ready\n\n')
  const unsubscribers = pushNames.map((name) => {
    const listener = (payload: unknown) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)
    options.core.push.on(name, listener)
    return () => options.core.push.off(name, listener)
  })
  req.on('close', () => unsubscribers.forEach((off) => off()))
}

function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string | undefined) {
  if (!staticDir) return sendError(res, 'NOT_FOUND', 'Not found')
  const root = resolve(staticDir)
  let urlPath: string
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  } catch {
    return sendError(res, 'INVALID_INPUT', 'Malformed address')
  }
  let file = normalize(join(root, urlPath))
  if (file !== root && !file.startsWith(root + sep)) return sendError(res, 'NOT_FOUND', 'Not found')
  // Unknown paths get the app itself, which routes on the client.
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
  if (!existsSync(file)) return sendError(res, 'NOT_FOUND', 'The app is not built yet: run npm run build')
  res.writeHead(200, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  })
  createReadStream(file).pipe(res)
}

/** Browser mode: the same dispatch as the desktop app, over HTTP on 127.0.0.1 only. */
export function createHttpTransport(options: HttpTransportOptions): Server {
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port
    if (!hostAllowed(req, port)) return sendError(res, 'UNAUTHORIZED', 'Forbidden host', 403)
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (path === '/api' || path.startsWith('/api/')) {
      if (!tokenMatches(req, options.token)) return sendError(res, 'UNAUTHORIZED', 'Missing or wrong token')
      if (path === '/api' && req.method === 'GET') return sendJson(res, 200, { procedures: describeApi() })
      if (path === '/api/events' && req.method === 'GET') return streamEvents(req, res, options)
      if (req.method !== 'POST') return sendError(res, 'INVALID_INPUT', 'Use POST /api/<procedure>', 405)
      handleCall(req, res, path.slice('/api/'.length), options).catch(() => {
        if (!res.headersSent) sendError(res, 'INTERNAL', 'Something went wrong; nothing was changed')
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'NOT_FOUND', 'Not found', 405)
    serveStatic(req, res, options.staticDir)
  })
  return server
}
