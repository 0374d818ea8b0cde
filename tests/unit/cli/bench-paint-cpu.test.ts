import { describe, expect, it } from 'vitest'
import { cpuBeforePaint } from '../../../src/main/cli/bench-paint-cpu'

const page = { pid: 7, tid: 1 }
const task = (ts: number, dur: number, tdur?: number) => ({ name: 'RunTask', ph: 'X', ts, dur, tdur, ...page })

describe('CPU before the first paint, from a trace', () => {
  it('adds the main thread’s tasks and the compiles off it, in thread time, from navigation to the paint', () => {
    const events = [
      { name: 'navigationStart', ph: 'R', ts: 500, ...page, args: { data: { documentLoaderURL: 'about:blank' } } },
      task(600, 9_000, 9_000),
      { name: 'navigationStart', ph: 'R', ts: 1_000, ...page, args: { data: { documentLoaderURL: 'http://127.0.0.1:4000/#token=t' } } },
      task(2_000, 30_000, 20_000), // waited 10 ms for a core: 20 ms of its own
      task(40_000, 5_000), // no thread clock: wall time
      { name: 'navigationStart', ph: 'R', ts: 45_000, ...page, args: { data: { documentLoaderURL: 'http://127.0.0.1:4000/#/today' } } }, // the address tidied
      { name: 'v8.parseOnBackground', ph: 'X', ts: 3_000, dur: 40_000, tdur: 15_000, pid: 7, tid: 3 },
      { name: 'v8.parseOnBackground', ph: 'X', ts: 3_000, dur: 40_000, tdur: 15_000, pid: 8, tid: 3 }, // another process
      { name: 'RunTask', ph: 'X', ts: 4_000, dur: 8_000, tdur: 8_000, pid: 7, tid: 2 }, // another thread's task
      { name: 'firstContentfulPaint', ph: 'R', ts: 50_000, ...page },
      task(60_000, 20_000, 20_000) // after the paint
    ]
    expect(cpuBeforePaint(events)).toBe(20 + 5 + 15)
  })

  it('ends at the commit of the frame the paint shows: work queued after that commit did not hold it back', () => {
    const events = [
      { name: 'navigationStart', ph: 'R', ts: 1_000, ...page, args: { data: { documentLoaderURL: 'http://127.0.0.1:4000/#token=t' } } },
      task(2_000, 10_000, 10_000),
      { name: 'Commit', ph: 'X', ts: 5_000, dur: 500, ...page }, // an empty frame, before the content
      task(20_000, 6_000, 6_000), // draws the content; its frame committed at its end
      { name: 'Commit', ph: 'X', ts: 25_000, dur: 1_000, ...page },
      task(27_000, 19_000, 19_000), // the app's work for after the paint, while the compositor shows the frame
      { name: 'v8.parseOnBackground', ph: 'X', ts: 30_000, dur: 5_000, tdur: 5_000, pid: 7, tid: 3 }, // a screen's code, compiled after
      { name: 'firstContentfulPaint', ph: 'R', ts: 40_000, ...page }
    ]
    expect(cpuBeforePaint(events)).toBe(10 + 6)
  })

  it('is null for a trace without a paint or without its navigation', () => {
    expect(cpuBeforePaint([task(0, 1_000)])).toBeNull()
    expect(cpuBeforePaint([{ name: 'firstContentfulPaint', ph: 'R', ts: 50, ...page }])).toBeNull()
  })
})
