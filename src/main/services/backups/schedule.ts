import type { Core } from '../../core'
import { runAutomaticBackup, type AutoBackupDeps } from './auto'

export interface AutoBackupTimers {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
  setInterval: (run: () => void, ms: number) => unknown
  clearInterval: (handle: unknown) => void
}

export interface AutoBackupOptions extends AutoBackupDeps {
  timers?: AutoBackupTimers
  /** Wait this long after start, so the copy never competes with the first screen. */
  firstCheckDelayMs?: number
  /** Then check this often: a day's first check after midnight is at most this late. */
  checkEveryMs?: number
  onUnexpectedError?: (where: string, error: unknown) => void
}

const defaultTimers: AutoBackupTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (run, ms) => setInterval(run, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout)
}

/** Takes at most one automatic backup a day while the app runs; answers a function that stops it. */
export function startAutomaticBackups(core: Pick<Core, 'ctx'>, options: AutoBackupOptions = {}): () => void {
  const timers = options.timers ?? defaultTimers
  const check = () => {
    try {
      runAutomaticBackup(core.ctx, options)
    } catch (error) {
      // A check that cannot even look (the file being swapped) is retried at the next tick.
      options.onUnexpectedError?.('automatic backup', error)
    }
  }
  let interval: unknown = null
  const first = timers.setTimeout(() => {
    check()
    interval = timers.setInterval(check, options.checkEveryMs ?? 60 * 60_000)
  }, options.firstCheckDelayMs ?? 30_000)
  return () => {
    timers.clearTimeout(first)
    if (interval !== null) timers.clearInterval(interval)
  }
}
