import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { JobState } from '../../shared/api/jobs'
import { startCore } from '../core'

const families = ['佐藤', '鈴木', '高橋', 'Tanaka', 'Smith', '伊藤', 'Kim', '渡辺', 'Garcia', '中村']
const givens = ['健', '彩', 'Alex', '翔太', 'Maria', '美咲', 'Ken', '大輔', 'Priya', 'さくら']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A LinkedIn Connections.csv of `rows` rows: the Notes preamble, mostly empty emails, some repeats. */
export function linkedInCsv(rows: number): string {
  const lines = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On']
  for (let i = 0; i < rows; i++) {
    // Every 50th row repeats the one before it, as LinkedIn exports sometimes do.
    const n = i % 50 === 49 ? i - 1 : i
    const email = n % 10 === 0 ? `person${n}@example.com` : ''
    lines.push(`${givens[n % 10]}${n},${families[(n >> 3) % 10]},https://www.linkedin.com/in/bench-${n},${email},Company ${n % 300},Engineer,${(n % 28) + 1} ${months[n % 12]} 20${10 + (n % 15)}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * Importing 10,000 LinkedIn rows into the seeded file through the job as the app runs it (matching
 * against every person, one transaction): from the call to the job's end, against the 5 s budget.
 * The preview (read and match, writing nothing) is timed apart; each reports its longest block.
 */
export async function benchImportJob(dataDir: string, rows = 10_000) {
  const folder = mkdtempSync(join(tmpdir(), 'engawa-bench-import-'))
  const file = join(folder, 'Connections.csv')
  writeFileSync(file, linkedInCsv(rows))
  const core = startCore({ dataDir, version: 'bench' })
  try {
    // The longest the event loop stood still (budget 50 ms), armed a tick before each call: a block
    // straight after enable() is not counted.
    const watch = async () => {
      const histogram = monitorEventLoopDelay({ resolution: 1 })
      histogram.enable()
      await new Promise((resolve) => setTimeout(resolve, 10))
      return () => {
        histogram.disable()
        return Number((histogram.max / 1e6).toFixed(1))
      }
    }
    let stop = await watch()
    const preview = performance.now()
    const previewed = await core.dispatch('imports.preview', { source: { file } })
    if (!previewed.ok) throw new Error(`imports.preview failed: ${previewed.error.message}`)
    const previewSeconds = (performance.now() - preview) / 1000
    const previewBlockMs = stop()
    stop = await watch()
    const start = performance.now()
    const started = await core.dispatch('imports.commit', { source: { file }, fileName: 'Connections.csv' })
    if (!started.ok) throw new Error(`imports.commit failed: ${started.error.message}`)
    const settled: JobState = await core.ctx.jobs.settled((started.value as JobState).id)
    const seconds = (performance.now() - start) / 1000
    return {
      rows,
      status: settled.status,
      previewSeconds: Number(previewSeconds.toFixed(2)),
      previewLongestBlockMs: previewBlockMs,
      seconds: Number(seconds.toFixed(2)),
      previewAndImportSeconds: Number((previewSeconds + seconds).toFixed(2)),
      budgetSeconds: 5,
      longestMainThreadBlockMs: stop(),
      created: Number(settled.result?.created ?? 0),
      skipped: Number(settled.result?.skipped ?? 0)
    }
  } finally {
    core.close()
    rmSync(folder, { recursive: true, force: true })
  }
}
