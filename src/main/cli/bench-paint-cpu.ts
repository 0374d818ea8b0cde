import { readFileSync } from 'node:fs'
import type { Browser } from '@playwright/test'

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Time on the thread's own clock: what it ran, not what it waited while other processes did. */
  tdur?: number
  pid: number
  tid: number
  args?: { data?: { documentLoaderURL?: string } }
}

const categories = ['devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline']

/**
 * Main-thread tasks and script compiles off it, in ms of thread time, from navigation to the first
 * paint: to the end of the main thread's last commit of a frame before that paint is shown. What
 * runs between that commit and the moment the compositor shows the frame (the app's work queued
 * for after its first paint, say) did not hold the paint back.
 */
export function cpuBeforePaint(events: TraceEvent[]): number | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint')
  if (!paint) return null
  // The page's own load (not about:blank before it, nor a same-document change of its address after).
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.pid === paint.pid && event.tid === paint.tid && event.ts <= paint.ts && /^https?:/.test(event.args?.data?.documentLoaderURL ?? '')
  )
  if (!start) return null
  const onMainThread = (event: TraceEvent) => event.pid === paint.pid && event.tid === paint.tid
  const commit = events.filter((event) => onMainThread(event) && event.name === 'Commit' && event.ts >= start.ts && event.ts < paint.ts).at(-1)
  const end = commit ? commit.ts + (commit.dur ?? 0) : paint.ts
  const inWindow = (event: TraceEvent) => event.pid === paint.pid && event.ph === 'X' && event.ts >= start.ts && event.ts < end
  const time = (list: TraceEvent[]) => list.reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0) / 1000
  const mainTasks = events.filter((event) => inWindow(event) && event.tid === paint.tid && event.name === 'RunTask')
  const compiles = events.filter((event) => inWindow(event) && event.tid !== paint.tid && event.name === 'v8.parseOnBackground')
  return time(mainTasks) + time(compiles)
}

/**
 * One traced load. Wall time before the first paint grows with whatever else holds the two cores
 * (the browser's other processes, the server, the previous load's leftovers); thread time mostly
 * does not, so this tells two builds apart in fewer loads than the paint's own figure.
 */
export async function tracedLoad(browser: Browser, url: string, traceFile: string): Promise<number | null> {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto('about:blank')
    await browser.startTracing(page, { path: traceFile, categories })
    await page.goto(url)
    await page.waitForFunction("performance.getEntriesByName('first-contentful-paint').length > 0")
    await browser.stopTracing()
    return cpuBeforePaint((JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents)
  } finally {
    await context.close()
  }
}
