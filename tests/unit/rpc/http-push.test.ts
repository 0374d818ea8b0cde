import { request, type ClientRequest } from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { changesSince, catchUpWindowMs } from '../../../src/main/rpc/http'
import { changeAreas } from '../../../src/shared/api/areas'
import { createSseParser, type SseMessage } from '../../../src/renderer/src/api/sse'
import { auth, send, serve } from '../support/http'

interface StreamClient {
  request: ClientRequest
  messages: SseMessage[]
  /** Resolves once the stream is open and the ': ready' comment has arrived. */
  ready: Promise<void>
}

const open: ClientRequest[] = []
afterEach(() => open.splice(0).forEach((req) => req.destroy()))

/** One tab's GET /api/push, read with the renderer's own parser. */
function connectEvents(port: number, path = '/api/push'): StreamClient {
  const messages: SseMessage[] = []
  let req!: ClientRequest
  const ready = new Promise<void>((resolve, reject) => {
    req = request({ host: '127.0.0.1', port, path, headers: auth }, (res) => {
      const parser = createSseParser((message) => messages.push(message))
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        parser.push(chunk)
        if (chunk.includes(': ready')) resolve()
      })
    })
    req.on('error', reject)
    req.end()
  })
  open.push(req)
  return { request: req, messages, ready }
}

describe('push events over HTTP', () => {
  it('fans one subscription out to 15 tabs, with no MaxListeners warning', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    try {
      const { core, port } = await serve()
      const perName = core.push.listenerCount('changed')
      const clients = Array.from({ length: 15 }, () => connectEvents(port))
      await Promise.all(clients.map((client) => client.ready))
      expect(core.push.listenerCount('changed')).toBe(perName)
      expect(core.push.listenerCount('job')).toBe(core.push.listenerCount('changed'))

      await send(port, { method: 'POST', path: '/api/people.quickAdd', headers: auth, body: '{"name":"Ann Lee"}' })
      await vi.waitFor(() => {
        for (const client of clients) expect(client.messages).toEqual([{ event: 'changed', data: '{"areas":["people"]}' }])
      })
      // Warnings are emitted on the next tick: give them one before looking.
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning')
    } finally {
      process.off('warning', onWarning)
    }
  })

  it('keeps serving the other tabs when one closes, and lets go of core.push when the server closes', async () => {
    const { core, port, server } = await serve()
    const before = core.push.listenerCount('changed')
    const [gone, staying] = [connectEvents(port), connectEvents(port)]
    await Promise.all([gone.ready, staying.ready])
    gone.request.destroy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    core.push.emit('followups.open', { id: 'f1' })
    await vi.waitFor(() => expect(staying.messages).toEqual([{ event: 'followups.open', data: '{"id":"f1"}' }]))

    // The server held exactly one listener per name, whatever the number of tabs.
    server.close()
    server.closeAllConnections()
    await vi.waitFor(() => expect(core.push.listenerCount('changed')).toBe(before - 1))
  })

  it('tells a stream opened late what changed since its page began, and nothing when nothing did', async () => {
    const { port } = await serve()
    const pageBegan = Date.now() - 1000
    await send(port, { method: 'POST', path: '/api/people.quickAdd', headers: auth, body: '{"name":"Ann Lee"}' })
    const late = connectEvents(port, `/api/push?since=${pageBegan}`)
    const later = connectEvents(port, `/api/push?since=${Date.now() + 1000}`)
    const plain = connectEvents(port)
    await Promise.all([late.ready, later.ready, plain.ready])
    await vi.waitFor(() => expect(late.messages).toEqual([{ event: 'changed', data: '{"areas":["people"]}' }]))
    expect(later.messages).toEqual([])
    expect(plain.messages).toEqual([])
  })
})

describe('changesSince', () => {
  const now = 1_800_000_000_000
  const recent = [
    { at: now - 5000, areas: ['people' as const] },
    { at: now - 2000, areas: ['meetings' as const, 'people' as const] },
    { at: now - 1000, areas: ['followups' as const] }
  ]
  it.each([
    ['every change since the moment, each area once', now - 3000, ['meetings', 'people', 'followups']],
    ['a change at the very moment counts', now - 1000, ['followups']],
    ['nothing after the last change', now - 500, []],
    ['everything, when the moment is older than what is remembered', now - catchUpWindowMs - 1, [...changeAreas]]
  ])('%s', (_, since, areas) => {
    expect(changesSince(recent, since, now)).toEqual(areas)
  })
})
