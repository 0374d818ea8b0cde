import type { Procedure } from '../shared/api/contract'
import type { PushEventName } from '../shared/api/events'
import type { Result } from '../shared/api/result'

/** What the preload exposes to the renderer as `window.engawa`: nothing but invoke and on. */
export interface EngawaBridge {
  invoke(procedure: Procedure, input: unknown): Promise<Result<unknown>>
  on(event: PushEventName, listener: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    engawa?: EngawaBridge
  }
}
