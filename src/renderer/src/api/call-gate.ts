import type { Invoke } from '../../../shared/api/client'

/**
 * Holds calls back while it is closed and sends them, in order, when it opens. The app closes it
 * while React draws the first frame and opens it once that frame is painted (main.tsx): the calls
 * the first screen needs are already on their way (boot.ts, before React starts), and what the
 * first render's effects ask for (the data file's health, the settings the page already brought)
 * need not take the page's core, nor the server's, before the user sees anything.
 */
export function createCallGate(invoke: Invoke) {
  let held: (() => void)[] | null = null
  return {
    invoke: ((procedure, input) =>
      held ? new Promise((resolve) => held?.push(() => resolve(invoke(procedure, input)))) : invoke(procedure, input)) satisfies Invoke,
    close(): void {
      held ??= []
    },
    open(): void {
      const waiting = held ?? []
      held = null
      waiting.forEach((send) => send())
    }
  }
}
