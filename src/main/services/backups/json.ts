import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { changeAreas } from '../../../shared/api/areas'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { openJsonBackup } from '../../backup-json/document'
import { buildDatabaseFromBackup, removeDatabaseFile, swapIn } from '../../backup-json/restore'
import { writeJsonBackup } from '../../backup-json/write'
import { BackupAbortedError } from '../../db/errors'
import type { JobContext } from '../../jobs/runner'
import { databaseFileName, fileStamp } from '../../db/files'
import { migrations } from '../../db/migrations'
import type { ServiceContext } from '../context'

/** Starts a JSON backup job (or answers with the one running); the file is `file` or one in the backups folder. */
export function startJsonBackup(ctx: ServiceContext, input: { file?: string | undefined }): JobState {
  if (input.file !== undefined) ctx.paths.check(input.file)
  const file = input.file ?? join(ctx.backupDir, `engawa-${fileStamp(ctx.clock.now())}.json`)
  // Said at once, not as a failed job: the user picked a name that is taken.
  if (existsSync(file)) throw new AppFailure('CONFLICT', `A file already exists at ${file}; nothing was overwritten`)
  // The restore swaps the file this job would be reading.
  if (ctx.jobs.list().some((job) => job.status === 'running' && job.kind === 'json_restore')) {
    throw new AppFailure('CONFLICT', 'Wait for the restore to finish, then back up')
  }
  return ctx.jobs.start({
    kind: 'json_backup',
    // The backups folder gained a file; the finished job's state is read again with it.
    changesWhenDone: ['backups'],
    async run(job) {
      const result = await writeJsonBackup(ctx, file, job)
      return { file: result.file, rows: result.rows }
    }
  })
}

/**
 * Restores a JSON backup as a job (10,000 people and 100,000 notes take seconds): a new file is
 * built and checked beside the current one, and only then swapped in; the current file is kept
 * aside. A refused or cancelled restore changes nothing.
 */
export function startJsonRestore(ctx: ServiceContext, file: string, options: { removeFileWhenDone?: boolean } = {}): JobState {
  ctx.paths.check(file)
  if (ctx.jobs.list().some((job) => job.status === 'running' && job.kind !== 'json_restore')) {
    throw new AppFailure('CONFLICT', 'Wait for the running backup to finish, then restore')
  }
  return ctx.jobs.start({
    kind: 'json_restore',
    changesWhenDone: changeAreas,
    async run(job) {
      try {
        return await restoreFromFile(ctx, file, job)
      } finally {
        // An uploaded file is the restore's alone: gone once it has been used or refused.
        if (options.removeFileWhenDone) await rm(file, { force: true })
      }
    }
  })
}

async function restoreFromFile(ctx: ServiceContext, file: string, job: JobContext): Promise<{ rows: number; keptAside: string }> {
  job.progress('reading', 0, 0)
  const source = await openJsonBackup(file, migrations.length)
  const built = join(ctx.dataDir, `${databaseFileName}.restoring`)
  try {
    await buildDatabaseFromBackup(source, built, {
      nativeBinding: ctx.nativeBinding,
      signal: job.signal,
      onProgress: (phase, done, total) => job.progress(phase, done, total)
    })
  } finally {
    await source.close()
  }
  try {
    // A backup started meanwhile reads the current file: it finishes before the file moves.
    for (const other of ctx.jobs.list()) if (other.status === 'running' && other.kind !== 'json_restore') await ctx.jobs.settled(other.id)
    if (job.signal.aborted) throw new BackupAbortedError()
  } catch (error) {
    removeDatabaseFile(built)
    throw error
  }
  // Alone on the file: an import writing through its own connection finishes (or rolls back)
  // first, and no write starts until the restored file is in place.
  const { keptAside } = await ctx.writes.exclusive(async () => ctx.replaceDatabase(() => swapIn(ctx.dataDir, built, ctx.clock.now())))
  return { rows: Object.values(source.summary.counts).reduce((sum, rows) => sum + rows, 0), keptAside: keptAside ?? '' }
}
