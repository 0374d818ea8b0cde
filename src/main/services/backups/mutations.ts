import { statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { backupDatabase, restoreBackup } from '../../db/backups'
import { DatabaseTooNewError, ForeignDatabaseError } from '../../db/errors'
import { fileStamp } from '../../db/files'
import type { ServiceContext } from '../context'
import { mustFindBackup } from './queries'

/**
 * Starts a backup of the open file into the backups folder as a job: SQLite's online backup, a few
 * pages per turn of the event loop, with progress and cancel. One at a time.
 */
export function startBackup(ctx: ServiceContext): JobState {
  return ctx.jobs.start({
    kind: 'backup',
    changesWhenDone: ['backups', 'app'],
    async run(job) {
      const target = join(ctx.backupDir, `engawa-${fileStamp(ctx.clock.now())}.db`)
      job.progress('copying', 0, 0)
      await backupDatabase(ctx.sqlite, target, {
        signal: job.signal,
        onProgress: (done, total) => job.progress('copying', done, total)
      })
      return { name: basename(target), size: statSync(target).size }
    }
  })
}

/** Puts a listed backup in place of the current file, which is kept aside under a dated name. */
export function restoreFromBackup(ctx: ServiceContext, name: string): { restored: string; keptAside: string } {
  const backup = mustFindBackup(ctx, name)
  if (ctx.jobs.list().some((job) => job.status === 'running')) {
    throw new AppFailure('CONFLICT', 'Wait for the running backup to finish, then restore')
  }
  try {
    const result = ctx.replaceDatabase(() => restoreBackup(ctx.dataDir, backup.path, ctx.clock.now(), ctx.nativeBinding))
    return { restored: backup.name, keptAside: result.damagedFile ?? '' }
  } catch (error) {
    // A backup that is not Engawa's or is from a newer version is the user's choice to fix, not a crash.
    if (error instanceof ForeignDatabaseError || error instanceof DatabaseTooNewError) {
      throw new AppFailure('INVALID_INPUT', error.message)
    }
    throw error
  }
}
