import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHttpTransport } from '../../../src/main/rpc/http'
import { tempDir, testCore } from '../support/core'

const token = 'test-token-123'
const servers: { close(): void }[] = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))

async function serve() {
  const core = testCore()
  const staticDir = join(tempDir(), 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Engawa</title>')
  const server = createHttpTransport({ core, token, staticDir })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return { core, port: (server.address() as AddressInfo).port }
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw node:http, so the Host header and body can be anything a hostile page might send. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const auth = { Authorization: `Bearer ${token}` }

describe('browser-mode HTTP transport', () => {
  it('serves POST /api/<procedure> with the Result envelope', async () => {
    const { port } = await serve()
    const created = await send(port, { method: 'POST', path: '/api/people.quickAdd', headers: auth, body: '{"name":"田中 太郎"}' })
    expect(created.status).toBe(200)
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { familyName: '田中', givenName: '太郎' } })
    const listed = await send(port, { method: 'POST', path: '/api/people.list', headers: auth, body: '{}' })
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('answers bad input with an error envelope and writes nothing', async () => {
    const { port, core } = await serve()
    const bad = await send(port, { method: 'POST', path: '/api/people.create', headers: auth, body: '{"familyName":5}' })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const notJson = await send(port, { method: 'POST', path: '/api/people.create', headers: auth, body: '{oops' })
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON' } })
    const unknown = await send(port, { method: 'POST', path: '/api/people.drop', headers: auth, body: '{}' })
    expect(JSON.parse(unknown.body).error.code).toBe('INVALID_INPUT')
    const huge = await send(port, { method: 'POST', path: '/api/people.create', headers: auth, body: JSON.stringify({ notes: 'x'.repeat(5_000_000) }) })
    expect(huge.status).toBe(413)
    expect(core.ctx.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
  })

  it('requires the token on every API call', async () => {
    const { port } = await serve()
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong' }, { Authorization: token }]
    for (const headers of attempts) {
      const reply = await send(port, { method: 'POST', path: '/api/people.list', headers, body: '{}' })
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    }
    expect((await send(port, { path: '/api' })).status).toBe(401)
  })

  it('refuses any Host but 127.0.0.1 or localhost with our port', async () => {
    const { port } = await serve()
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `localhost.evil:${port}`]) {
      const reply = await send(port, { path: '/api', headers: { ...auth, Host: host } })
      expect(reply.status).toBe(403)
    }
    expect((await send(port, { path: '/api', headers: { ...auth, Host: `localhost:${port}` } })).status).toBe(200)
  })

  it('never sends CORS headers, even when asked', async () => {
    const { port } = await serve()
    const headers = { ...auth, Origin: 'https://evil.example' }
    for (const reply of [
      await send(port, { method: 'OPTIONS', path: '/api/people.list', headers }),
      await send(port, { method: 'POST', path: '/api/people.list', headers, body: '{}' }),
      await send(port, { path: '/', headers })
    ]) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control'))).toEqual([])
    }
  })

  it('lists procedures with their JSON schemas at GET /api', async () => {
    const { port } = await serve()
    const reply = await send(port, { path: '/api', headers: auth })
    const { procedures } = JSON.parse(reply.body) as { procedures: { name: string; input: { type: string } }[] }
    expect(procedures.map((p) => p.name)).toContain('people.create')
    expect(procedures.find((p) => p.name === 'people.get')?.input).toMatchObject({ type: 'object', required: ['id'] })
  })

  it('serves the app with a strict CSP and never a file outside it', async () => {
    const { port } = await serve()
    const page = await send(port, { path: '/' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    const escape = await send(port, { path: '/../../../../etc/passwd' })
    expect(escape.body).not.toContain('root:')
    const encoded = await send(port, { path: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd' })
    expect(encoded.body).not.toContain('root:')
    // A malformed escape is answered, and the server stays up.
    expect((await send(port, { path: '/%E0%A4%A' })).status).toBe(400)
    expect((await send(port, { path: '/' })).status).toBe(200)
  })
})
