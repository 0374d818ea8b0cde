import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { JobState } from '../../shared/api/jobs'
import { startCore, type Core } from '../core'

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

/**
 * The JSON backup of the seeded data, then its restore into a fresh data directory, each through
 * its job as the app runs it: seconds, the file's size, and the longest event-loop block during each.
 */
export async function benchJsonJobs(core: Core) {
  const folder = mkdtempSync(join(tmpdir(), 'engawa-bench-json-'))
  const file = join(folder, 'backup.json')
  const target = startCore({ dataDir: join(folder, 'target') })
  try {
    const backup = await timedJob(core, 'backups.exportJson', { file })
    const restore = await timedJob(target, 'backups.restoreJson', { file })
    return { backup, restore, megabytes: Number((statSync(file).size / 1_048_576).toFixed(1)) }
  } finally {
    target.close()
    // The restore starts an integrity check on its own connection, which may still be opening the
    // restored file's side files while this folder goes: retry instead of failing with ENOTEMPTY.
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }
}

async function timedJob(core: Core, procedure: 'backups.exportJson' | 'backups.restoreJson', input: { file: string }) {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  histogram.enable()
  const start = performance.now()
  const started = await core.dispatch(procedure, input)
  if (!started.ok) throw new Error(`${procedure} failed: ${started.error.message}`)
  const settled: JobState = await core.ctx.jobs.settled((started.value as JobState).id)
  const seconds = (performance.now() - start) / 1000
  histogram.disable()
  return { status: settled.status, seconds: Number(seconds.toFixed(2)), longestMainThreadBlockMs: Number((histogram.max / 1e6).toFixed(1)) }
}
