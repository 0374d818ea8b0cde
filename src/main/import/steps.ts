/**
 * Long pure work written as generators that yield where they may pause: `runToEnd` runs one at
 * once (the parsers' plain functions, tests), `runInSlices` runs it on the main thread a slice of
 * about 5 ms (or 1,000 steps) at a time, letting the event loop turn between slices, reporting progress and
 * hearing a cancel. One code path for both: the sliced run cannot drift from the plain one.
 */

/** How far a phase has come; `done`/`total` in the phase's own unit. */
export interface Step {
  phase: 'reading' | 'matching'
  done: number
  total: number
}

export type Steps<T> = Generator<Step, T, void>

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
  }
}

export interface SliceOptions {
  signal?: AbortSignal
  onStep?: (step: Step) => void
  /** Work between two turns of the event loop. */
  sliceMs?: number
  /** Steps between two turns at most, however fast they go: progress is reported at least this often. */
  sliceSteps?: number
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Runs the steps in slices; progress is reported once a slice, and a cancel is heard between slices. */
export async function runInSlices<T>(steps: Steps<T>, { signal, onStep, sliceMs = 5, sliceSteps = 1000 }: SliceOptions = {}): Promise<T> {
  let sliceStart = performance.now()
  let inSlice = 0
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    if (++inSlice < sliceSteps && performance.now() - sliceStart < sliceMs) continue
    inSlice = 0
    onStep?.(next.value)
    await turn()
    signal?.throwIfAborted()
    sliceStart = performance.now()
  }
}

/** Yields after each item, as a share of the phase: `from`..`to` of `total`. */
export function* eachOf<T, R>(items: readonly T[], map: (item: T, index: number) => R, phase: Step['phase'], from = 0, to = items.length, total = items.length): Steps<R[]> {
  const out: R[] = []
  const scale = items.length === 0 ? 0 : (to - from) / items.length
  for (let index = 0; index < items.length; index++) {
    out.push(map(items[index] as T, index))
    yield { phase, done: Math.floor(from + index * scale), total }
  }
  return out
}

/** The steps of a part of a phase as thousandths of the whole phase: `from`..`to` of 1000. */
export function* scaled<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const next = steps.next()
    if (next.done) return next.value
    const share = next.value.total > 0 ? next.value.done / next.value.total : 0
    yield { phase: next.value.phase, done: Math.floor(from + share * (to - from)), total: 1000 }
  }
}
