import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { z } from 'zod'
import { contract } from '../../shared/api/contract'
import { changeAreas, type ChangeArea } from '../../shared/api/areas'
import { pushNames, type PushMessages } from '../../shared/api/push'
import type { ErrorCode, Result } from '../../shared/api/result'
import type { Core } from '../core'
import { prepareAppShell, readPageStart } from '../web/first-frame'
import { serveStatic } from '../web/static'

export interface HttpTransportOptions {
  core: Pick<Core, 'dispatch' | 'push'>
  token: string
  /** The built renderer; omitted in API-only tests. */
  staticDir?: string
  /** Told of failures outside dispatch (which reports its own); the caller only sees a 500. */
  onError?: (error: unknown) => void
}

// Larger than any call needs, so a body is never kept whole beyond it. A JSON backup (~50 MB) is not
// one call: the page uploads it in 1 MiB pieces (backups.uploadChunk, ~1.4 MB of base64 each), so
// this one limit stays and nothing parses a 50 MB request body (or holds it) on the main thread.
const maxBodyBytes = 4 * 1024 * 1024
const maxTargetLength = 2048
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

/**
 * The path of an origin-form request target ("/a/b?q"), still %-encoded; null for anything else
 * ("//x", "/\\x", "http://x/", control or non-ASCII characters). Never throws, unlike new URL().
 */
export function parseRequestPath(target: string | undefined): string | null {
  if (!target || target.length > maxTargetLength) return null
  if (target[0] !== '/' || target[1] === '/' || target.includes('\\')) return null
  if (!/^[\x21-\x7e]+$/.test(target)) return null
  const end = target.search(/[?#]/)
  return end === -1 ? target : target.slice(0, end)
}

/** Only our own origin may talk to us: this blocks DNS-rebinding pages that reach 127.0.0.1. */
function hostAllowed(req: IncomingMessage, port: number | null): boolean {
  // Exactly one Host: with two, proxies and we could disagree on which one counts.
  const hosts = req.headersDistinct.host
  if (port === null || hosts?.length !== 1) return false
  return hosts[0] === `127.0.0.1:${port}` || hosts[0] === `localhost:${port}`
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? ''
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

type Body = { kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'gone' }

/** Reads the body; one larger than any real call is drained, not kept; a client that hangs up is 'gone'. */
function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () => resolveBody(size > maxBodyBytes ? { kind: 'too-large' } : { kind: 'text', text: Buffer.concat(chunks).toString('utf8') }))
    req.on('error', () => resolveBody({ kind: 'gone' }))
    req.on('close', () => resolveBody({ kind: 'gone' }))
  })
}

async function handleCall(req: IncomingMessage, res: ServerResponse, procedure: string, options: HttpTransportOptions) {
  const body = await readBody(req)
  if (body.kind === 'gone') return
  if (body.kind === 'too-large') return sendError(res, 'INVALID_INPUT', 'The request is too large', 413)
  let input: unknown = {}
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text)
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

/** How long the hub remembers the changes it pushed, for a page that opens its stream late. */
export const catchUpWindowMs = 60_000

/**
 * The changes pushed since a moment, as one `changed` message's areas: a page opens its stream
 * after its first paint, so a change made after its first read would otherwise go unheard. Older
 * than the remembered window, every area (a refresh of everything, as after a reconnect).
 */
export function changesSince(recent: readonly { at: number; areas: readonly ChangeArea[] }[], since: number, now: number): ChangeArea[] {
  if (since < now - catchUpWindowMs) return [...changeAreas]
  return [...new Set(recent.filter((change) => change.at >= since).flatMap((change) => change.areas))]
}

/** `?since=<epoch ms>` on GET /api/push; anything else means no catching up. */
function sinceOf(target: string | undefined): number | null {
  const value = /[?&]since=(\d{1,15})(?:&|$)/.exec(target ?? '')?.[1]
  return value === undefined ? null : Number(value)
}

/**
 * Server-sent events, the renderer's `on` in browser mode: one listener per push name for the whole
 * server, fanned out to every open stream, so many tabs never pile listeners onto core.push.
 */
function createPushHub(push: HttpTransportOptions['core']['push'], report: (error: unknown) => void) {
  const clients = new Set<ServerResponse>()
  const recent: { at: number; areas: readonly ChangeArea[] }[] = []
  const remember = (areas: readonly ChangeArea[]) => {
    const now = Date.now()
    recent.push({ at: now, areas })
    while (recent[0] && recent[0].at < now - catchUpWindowMs) recent.shift()
  }
  const unsubscribers = pushNames.map((name) => {
    const listener = (payload: unknown) => {
      if (name === 'changed') remember((payload as PushMessages['changed']).areas)
      let frame: string
      try {
        frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`
      } catch (error) {
        return report(error)
      }
      for (const res of clients) if (!res.writableEnded) res.write(frame)
    }
    push.on(name, listener)
    return () => push.off(name, listener)
  })
  return {
    add(res: ServerResponse, since: number | null): void {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
      res.write(': ready\n\n')
      const missed = since === null ? [] : changesSince(recent, since, Date.now())
      if (missed.length > 0) res.write(`event: changed\ndata: ${JSON.stringify({ areas: missed })}\n\n`)
      clients.add(res)
      const drop = () => clients.delete(res)
      res.on('close', drop)
      res.on('error', drop)
    },
    close(): void {
      unsubscribers.forEach((off) => off())
      for (const res of clients) res.end()
      clients.clear()
    }
  }
}
type PushHub = ReturnType<typeof createPushHub>

async function route(req: IncomingMessage, res: ServerResponse, port: number | null, options: HttpTransportOptions, hub: PushHub) {
  if (!hostAllowed(req, port)) return sendError(res, 'UNAUTHORIZED', 'Forbidden host', 403)
  if ((req.url?.length ?? 0) > maxTargetLength) return sendError(res, 'INVALID_INPUT', 'The address is too long', 414)
  const path = parseRequestPath(req.url)
  if (path === null) return sendError(res, 'INVALID_INPUT', 'Malformed address')
  if (path !== '/api' && !path.startsWith('/api/')) return serveStatic(req, res, path, options.staticDir, (accept) => readPageStart(options.core.dispatch, accept))
  if (!tokenMatches(req, options.token)) return sendError(res, 'UNAUTHORIZED', 'Missing or wrong token')
  if (path === '/api' && req.method === 'GET') return sendJson(res, 200, { procedures: describeApi() })
  if (path === '/api/push' && req.method === 'GET') return hub.add(res, sinceOf(req.url))
  if (req.method !== 'POST') return sendError(res, 'INVALID_INPUT', 'Use POST /api/<procedure>', 405)
  await handleCall(req, res, path.slice('/api/'.length), options)
}

/** A request that parsed but then failed in our code: a 500, never a crash of browser mode. */
function answerFailure(res: ServerResponse, error: unknown, report: (error: unknown) => void): void {
  report(error)
  try {
    if (res.headersSent) res.destroy()
    else sendError(res, 'INTERNAL', 'Something went wrong; nothing was changed')
  } catch {
    res.destroy()
  }
}

/** A request Node could not even parse: answer plainly (as Node would by default) and close. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // _httpMessage is Node's own response on this socket: once it has begun, raw bytes would corrupt it.
  const current = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage
  if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent) return void socket.destroy()
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request'
  const body = JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Malformed request' } })
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`)
}

/** Browser mode: the same dispatch as the desktop app, over HTTP on 127.0.0.1 only. */
export function createHttpTransport(options: HttpTransportOptions): Server {
  const report = (error: unknown) => options.onError?.(error)
  const hub = createPushHub(options.core.push, report)
  // Ready before the first page is asked for, which it draws the shell of (web/app-shell.ts).
  if (options.staticDir) prepareAppShell().catch(report)
  const server = createServer((req, res) => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : null
    route(req, res, port, options, hub).catch((error: unknown) => answerFailure(res, error, report))
  })
  server.on('clientError', answerClientError)
  server.on('close', () => hub.close())
  return server
}
