import type { Invoke } from '../../../shared/api/client'
import { changeAreas } from '../../../shared/api/areas'
import type { PushName } from '../../../shared/api/push'
import type { Result } from '../../../shared/api/result'
import { createSseParser, type SseMessage } from './sse'

export interface Transport {
  invoke: Invoke
  on(event: PushName, listener: (payload: unknown) => void): () => void
  /** Starts hearing pushed messages; called once the first screen has been painted (main.tsx). */
  listen(): void
  /** False in a browser tab opened without the token: every call will be refused. */
  readonly hasToken: boolean
}

const tokenKey = 'engawa.token'

/**
 * Browser mode passes its token in the URL fragment (never sent to a server); it is kept in
 * sessionStorage, so it survives reloads of this tab and is gone when the tab closes.
 */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (!match?.[1]) return sessionStorage.getItem(tokenKey) ?? ''
  const token = decodeURIComponent(match[1])
  keepForReloads(token)
  // What else the fragment names stays ('#/people/new&token=…' opens that screen). With no screen
  // named, straight to Today: '/' would be redirected there by a second render before the first paint.
  const rest = window.location.hash.slice(1).replace(/(?:^|&)token=[^&]+/, '').replace(/^&/, '')
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${rest || '/today'}`)
  return token
}

/**
 * Stores the token once the page is idle, or as it goes if that comes first. The storage's first
 * use waits on the browser process (2–20 ms here while the page loads), which the first paint need not.
 */
function keepForReloads(token: string): void {
  const keep = () => sessionStorage.setItem(tokenKey, token)
  requestIdleCallback(keep, { timeout: 2000 })
  addEventListener('pagehide', keep, { once: true })
}

// The page's start (performance.timeOrigin) and the server's clock are the same machine's; a second
// of margin covers their rounding.
const catchUpMarginMs = 1000

const unreachable: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'network' } }

/**
 * One call, as a POST. XMLHttpRequest rather than fetch: the page's first fetch() held the main
 * thread for ~30 ms on our 2-core VM (an XHR ~4 ms), and the first calls (settings, Today) are made
 * before the first paint. The push stream still uses fetch, for its streamed body, after that paint.
 */
function post(procedure: string, body: string, headers: Record<string, string>): Promise<Result<unknown>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', `/api/${procedure}`)
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value)
    request.onload = () => {
      try {
        resolve(JSON.parse(request.responseText) as Result<unknown>)
      } catch {
        resolve(unreachable)
      }
    }
    request.onerror = request.onabort = request.ontimeout = () => resolve(unreachable)
    request.send(body)
  })
}

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

  // Server-sent events read with fetch, since EventSource cannot send the token header. Opened
  // after the first paint: the server then sends, first, what changed since this page began, so
  // a change made between a first read and the stream is still heard.
  async function stream(): Promise<void> {
    let connectedBefore = false
    for (;;) {
      try {
        const since = connectedBefore ? '' : `?since=${Math.floor(performance.timeOrigin) - catchUpMarginMs}`
        const response = await fetch(`/api/push${since}`, { headers })
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

  let listening = false
  return {
    hasToken: token !== '',
    invoke: (procedure, input) => post(procedure, JSON.stringify(input), headers),
    listen: () => {
      if (listening) return
      listening = true
      void stream()
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
  // The preload hears pushed messages from the start.
  if (bridge) return { hasToken: true, invoke: (procedure, input) => bridge.invoke(procedure, input), on: bridge.on, listen: () => undefined }
  return httpTransport()
}
