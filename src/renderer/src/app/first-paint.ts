import { useSyncExternalStore, type ReactNode } from 'react'

// Whether the first frame has been painted: set once by main.tsx, never unset.
let painted = false
const listeners = new Set<() => void>()

/** Called once the first frame is on screen (main.tsx); safe to call again. */
export function markFirstFramePainted(): void {
  if (painted) return
  painted = true
  listeners.forEach((listener) => listener())
}

const notYetPainted = () => false

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Renders its children from the frame after the first one. For what the first frame cannot show
 * anyway: the screen (Today has no data yet; the others load their code) and the data file's
 * health notice (asked for after the paint). Each subscribes to its data through several hooks,
 * and leaving them out took the first render from 73 hooks to 38.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }): ReactNode {
  // Nothing while React adopts the served shell, which has nothing here either (main.tsx).
  return useSyncExternalStore(subscribe, () => painted, notYetPainted) ? children : null
}
