import type { Invoke } from '../../../shared/api/client'
import { changeAreas } from '../../../shared/api/areas'
import type { PushName } from '../../../shared/api/push'
import type { Result } from '../../../shared/api/result'
import { createSseParser, type SseMessage } from './sse'

export interface Transport {
  invoke: Invoke
  on(event: PushName, listener: (payload: unknown) => void): () => void
}

const tokenKey = 'engawa.token'

/**
 * Browser mode passes its token in the URL fragment (never sent to a server); it is kept in
 * sessionStorage, so it survives reloads of this tab and is gone when the tab closes.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]))
    const rest = window.location.hash.replace(/(?:^#|&)token=[^&]+/, '')
    // With no screen named, straight to Today: '/' would be redirected there by a second render
    // before the first paint.
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${rest.replace(/^&/, '') || '/today'}`)
  }
  return sessionStorage.getItem(tokenKey) ?? ''
}

const unreachable: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'network' } }

function httpTransport(): Transport {
  const token = takeToken()
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const listeners = new Map<PushName, Set<(payload: unknown) => void>>()

  function deliver({ event, data }: SseMessage): void {
    const set = listeners.get(event as PushName)
    if (!set?.size) return
    let payload: unknown
    try {
      payload = JSON.parse(data)
    } catch {
      return // Not ours to understand; the next message may be.
    }
    set.forEach((listener) => listener(payload))
  }

  // Server-sent events read with fetch, since EventSource cannot send the token header.
  async function stream(): Promise<void> {
    let connectedBefore = false
    for (;;) {
      try {
        const response = await fetch('/api/push', { headers })
        // A refused stream (a wrong token) is not a connection: wait and try again.
        if (!response.ok || !response.body) throw new Error(`events: ${response.status}`)
        // Changes made while the stream was down were never heard: refresh everything once.
        if (connectedBefore) listeners.get('changed')?.forEach((listener) => listener({ areas: [...changeAreas] }))
        connectedBefore = true
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        const parser = createSseParser(deliver)
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          parser.push(value)
        }
      } catch {
        // The server went away; try again shortly without flooding it.
      }
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }

  // Opened before the first request, so no write can fall between the first read and the stream.
  void stream()

  return {
    invoke: async (procedure, input) => {
      try {
        const response = await fetch(`/api/${procedure}`, { method: 'POST', headers, body: JSON.stringify(input) })
        return (await response.json()) as Result<unknown>
      } catch {
        return unreachable
      }
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      return () => set.delete(listener)
    }
  }
}

/** The desktop bridge when the preload provided one; HTTP in browser mode. */
export function createTransport(): Transport {
  const bridge = window.engawa
  if (bridge) return { invoke: (procedure, input) => bridge.invoke(procedure, input), on: bridge.on }
  return httpTransport()
}
