/**
 * One question before leaving a form with unsaved changes, whichever way the user leaves: the form
 * that has changes registers a guard; the navigation asks it before going anywhere.
 */
type Guard = (go: () => void) => boolean

let current: Guard | null = null

/** Registers the guard of the form on screen; returns the function that removes it. */
export function setLeaveGuard(guard: Guard): () => void {
  current = guard
  return () => {
    if (current === guard) current = null
  }
}

/** True when leaving may go ahead now; otherwise the form asks and calls `go` if the user discards. */
export const mayLeave = (go: () => void): boolean => current?.(go) ?? true
