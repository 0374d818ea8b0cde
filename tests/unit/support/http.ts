import { mkdirSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createHttpTransport } from '../../../src/main/rpc/http'
import type { Dispatch } from '../../../src/main/rpc/dispatch'
import { tempDir, testCore } from './core'

export const token = 'test-token-123'
export const auth = { Authorization: `Bearer ${token}` }
export const indexHtml = '<!doctype html><title>Engawa</title>'

const servers: Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.close()
    server.closeAllConnections()
  }
})

/** Browser mode on a random port over a fresh core and a one-file renderer folder; dispatch may be swapped. */
export async function serve(options: { dispatch?: Dispatch; onError?: (error: unknown) => void; page?: string } = {}) {
  const core = testCore()
  const staticDir = join(tempDir(), 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), options.page ?? indexHtml)
  const server = createHttpTransport({ core: { push: core.push, dispatch: options.dispatch ?? core.dispatch }, token, staticDir, onError: options.onError })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return { core, server, staticDir, port: (server.address() as AddressInfo).port }
}

export interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** node:http, so the Host header and body can be anything a hostile page might send. */
export function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * Raw bytes over a socket, for what fetch and node:http refuse to send; resolves with whatever came
 * back (maybe nothing) once the server closes, or when `hangUpAfterMs` passes and we close instead.
 */
export function sendRaw(port: number, bytes: string | Buffer, hangUpAfterMs?: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('close', () => resolve(answer))
    socket.on('error', () => undefined)
    socket.write(bytes)
    if (hangUpAfterMs !== undefined) setTimeout(() => socket.destroy(), hangUpAfterMs)
  })
}

/** The status code of a raw answer, or 0 when there was none. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1] ?? 0)
