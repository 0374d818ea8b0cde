import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { JobState } from '../../shared/api/jobs'
import type { Core } from '../core'

/**
 * The vault export of the seeded data into a temporary folder, through the job as the app runs
 * it: seconds, files, and the longest the event loop stood still meanwhile (budget: 50 ms).
 */
export async function benchExportJob(core: Core) {
  const folder = mkdtempSync(join(tmpdir(), 'engawa-bench-vault-'))
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  histogram.enable()
  const start = performance.now()
  try {
    const started = await core.dispatch('exports.vault', { folder, language: 'en' })
    if (!started.ok) throw new Error(`exports.vault failed: ${started.error.message}`)
    const settled: JobState = await core.ctx.jobs.settled((started.value as JobState).id)
    const seconds = (performance.now() - start) / 1000
    histogram.disable()
    return {
      status: settled.status,
      seconds: Number(seconds.toFixed(2)),
      files: Number(settled.result?.written ?? 0),
      longestMainThreadBlockMs: Number((histogram.max / 1e6).toFixed(1))
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
