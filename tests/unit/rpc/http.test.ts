import { describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../../src/main/rpc/csp'
import { parseRequestPath } from '../../../src/main/rpc/http'
import { auth, indexHtml, send, sendRaw, serve, statusOf, token } from '../support/http'

/** A normal authorised call: after anything odd, browser mode must still answer this. */
async function expectAlive(port: number) {
  const reply = await send(port, { method: 'POST', path: '/api/people.list', headers: auth, body: '{}' })
  expect(reply.status).toBe(200)
  expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { total: 0 } })
}

describe('browser-mode HTTP transport', () => {
  it('serves POST /api/<procedure> with the Result envelope', async () => {
    const { port } = await serve()
    const created = await send(port, { method: 'POST', path: '/api/people.quickAdd', headers: auth, body: '{"name":"田中 太郎"}' })
    expect(created.status).toBe(200)
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { familyName: '田中', givenName: '太郎' } })
    const listed = await send(port, { method: 'POST', path: '/api/people.list?x=1', headers: auth, body: '{}' })
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
    expect((await send(port, { path: '/api/push' })).status).toBe(401)
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
    const replies = [
      await send(port, { method: 'OPTIONS', path: '/api/people.list', headers }),
      await send(port, { method: 'POST', path: '/api/people.list', headers, body: '{}' }),
      await send(port, { path: '/', headers })
    ]
    expect(replies.map((reply) => reply.status)).toEqual([405, 200, 200])
    for (const reply of replies) expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control'))).toEqual([])
  })

  it('lists procedures with their JSON schemas at GET /api', async () => {
    const { port } = await serve()
    const reply = await send(port, { path: '/api', headers: auth })
    const { procedures } = JSON.parse(reply.body) as { procedures: { name: string; input: { type: string } }[] }
    expect(procedures.map((p) => p.name)).toContain('people.create')
    expect(procedures.find((p) => p.name === 'people.get')?.input).toMatchObject({ type: 'object', required: ['id'] })
  })

  it('serves the app with the one CSP, and never a file outside it', async () => {
    const { port } = await serve()
    const page = await send(port, { path: '/people/123' })
    expect(page).toMatchObject({ status: 200, body: indexHtml })
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd']) {
      const escape = await send(port, { path })
      expect(escape.status).toBe(404)
      expect(escape.body).toBe('Not found')
    }
    expect((await send(port, { path: '/%E0%A4%A' })).status).toBe(400)
    expect((await send(port, { method: 'PUT', path: '/' })).status).toBe(405)
    await expectAlive(port)
  })

  it('turns a failure outside dispatch into a 500 answer and carries on', async () => {
    const onError = vi.fn()
    let calls = 0
    const { core, port } = await serve({
      onError,
      // dispatch promises never to reject; the transport must survive one that does, or that throws.
      dispatch: (procedure, input) => {
        calls += 1
        if (calls === 1) return Promise.reject(new Error('disk on fire'))
        if (calls === 2) throw new Error('thrown at once')
        return core.dispatch(procedure, input)
      }
    })
    for (const _ of [1, 2]) {
      const reply = await send(port, { method: 'POST', path: '/api/people.list', headers: auth, body: '{}' })
      expect(reply.status).toBe(500)
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' } })
    }
    expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['disk on fire', 'thrown at once'])
    await expectAlive(port)
  })
})

describe('request targets', () => {
  const targets: [string | undefined, string | null][] = [
    ['/', '/'],
    ['/api/people.list?x=1#y', '/api/people.list'],
    ['/assets/app.js', '/assets/app.js'],
    ['/%E0%A4%A', '/%E0%A4%A'],
    ['//', null],
    ['///', null],
    ['/\\', null],
    ['//evil.com/x', null],
    ['http://x/', null],
    ['*', null],
    ['', null],
    [undefined, null],
    ['/a b', null],
    ['/a\0b', null],
    ['/田中', null],
    ['/'.padEnd(10_000, 'a'), null]
  ]
  const named = targets.map(([target, path]) => ({ label: (target?.length ?? 0) > 40 ? 'a 10 KB path' : JSON.stringify(target), target, path }))
  it.each(named)('parses $label as $path without throwing', ({ target, path }) => {
    expect(parseRequestPath(target)).toBe(path)
  })
})

describe('no request stops browser mode', () => {
  const head = (port: number, target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extra}Connection: close\r\n\r\n`
  const cases: [string, (port: number) => string | Buffer, number][] = [
    ['//', (port) => head(port, '//'), 400],
    ['///', (port) => head(port, '///'), 400],
    ['/\\', (port) => head(port, '/\\'), 400],
    ['//evil.com/x', (port) => head(port, '//evil.com/x'), 400],
    ['an absolute-form target', (port) => head(port, 'http://x/'), 400],
    ['an absolute-form API call', (port) => head(port, `http://127.0.0.1:${port}/api`, `Authorization: Bearer ${token}\r\n`), 400],
    ['a lone %', (port) => head(port, '/%'), 400],
    ['a % in a call', (port) => `POST /api/%zz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, 400],
    ['an escaped NUL', (port) => head(port, '/%00'), 400],
    ['a raw NUL', (port) => Buffer.from(head(port, '/a\0b'), 'latin1'), 400],
    ['a 10 KB path', (port) => head(port, `/${'a'.repeat(10_000)}`), 414],
    ['raw UTF-8 in the path', (port) => Buffer.from(head(port, '/田中')), 400],
    ['no Host', () => 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
    ['no Host in HTTP/1.0', () => 'GET /api HTTP/1.0\r\n\r\n', 403],
    ['two Host headers', (port) => head(port, '/api', `Host: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n`), 403],
    ['a non-ASCII header', (port) => Buffer.from(head(port, '/', 'X-Name: 田中\r\n')), 200],
    ['a 20 KB header', (port) => head(port, '/', `X-Big: ${'x'.repeat(20_000)}\r\n`), 431],
    ['HEAD', (port) => `HEAD / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 200],
    ['OPTIONS *', (port) => `OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 400],
    ['PUT to the API', (port) => `PUT /api/people.list HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`, 405],
    ['a body on GET', (port) => `GET /api HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`, 200],
    ['an unknown method', (port) => `BREW / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 400],
    ['not HTTP at all', () => 'hello\r\n\r\n', 400]
  ]

  it.each(cases.map(([label, bytes, status]) => ({ label, bytes, status })))('answers $label with $status, then still serves a normal call', async ({ bytes, status }) => {
    const { port } = await serve()
    expect(statusOf(await sendRaw(port, bytes(port)))).toBe(status)
    await expectAlive(port)
  })

  it('shrugs off a call that hangs up halfway through its body', async () => {
    const onError = vi.fn()
    const { core, port } = await serve({ onError })
    const partial = `POST /api/people.create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"givenName":`
    expect(await sendRaw(port, partial, 100)).toBe('')
    await expectAlive(port)
    expect(core.ctx.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
    expect(onError).not.toHaveBeenCalled()
  })
})
