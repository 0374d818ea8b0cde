import type { Invoke } from '../../../shared/api/client'
import type { Result } from '../../../shared/api/result'

/**
 * While closed, holds back the calls made and the answers that come back, and lets them go, in
 * order, when it opens. The app closes it while React draws the first frame and opens it once
 * that frame is painted (main.tsx). The calls the first screen needs are already on their way
 * (boot.ts, before React starts); what the first render's effects ask for (the data file's
 * health, the settings the page already brought) need not take the page's core, nor the
 * server's, before the user sees anything. An answer that comes back before the paint (Today's,
 * from a quick server) is handed over just after it, so that handling it does not put the paint
 * back.
 */
export function createCallGate(invoke: Invoke) {
  let held: (() => void)[] | null = null
  const afterOpening = <T>(release: () => T | Promise<T>): Promise<T> => new Promise((resolve) => held?.push(() => resolve(release())))
  return {
    invoke: ((procedure, input) => {
      const answer = held ? afterOpening(() => invoke(procedure, input)) : invoke(procedure, input)
      return answer.then((result: Result<unknown>) => (held ? afterOpening(() => result) : result))
    }) satisfies Invoke,
    close(): void {
      held ??= []
    },
    open(): void {
      const waiting = held ?? []
      held = null
      waiting.forEach((release) => release())
    }
  }
}
