import type { Procedure } from '../shared/api/contract'
import type { PushName } from '../shared/api/push'
import type { Result } from '../shared/api/result'

/** What the preload exposes to the renderer as `window.engawa`: invoke, on, and the desktop's folder dialog. */
export interface EngawaBridge {
  invoke(procedure: Procedure, input: unknown): Promise<Result<unknown>>
  on(event: PushName, listener: (payload: unknown) => void): () => void
  /** Shows the system folder dialog; the folder picked becomes one `exports.vault` may write to. Null when cancelled. */
  chooseFolder(): Promise<{ folder: string } | null>
}

declare global {
  interface Window {
    engawa?: EngawaBridge
  }
}
