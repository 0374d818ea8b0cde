import type { Procedure } from '../shared/api/contract'
import type { PushName } from '../shared/api/push'
import type { Result } from '../shared/api/result'

/** What the preload exposes to the renderer as `window.engawa`: nothing but invoke and on. */
export interface EngawaBridge {
  invoke(procedure: Procedure, input: unknown): Promise<Result<unknown>>
  on(event: PushName, listener: (payload: unknown) => void): () => void
}

declare global {
  interface Window {
    engawa?: EngawaBridge
  }
}
