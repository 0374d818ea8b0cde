import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { readJsonBackup } from '../../backup-json/document'
import { buildDatabaseFromBackup, swapIn } from '../../backup-json/restore'
import { writeJsonBackup } from '../../backup-json/write'
import { databaseFileName, fileStamp } from '../../db/files'
import { migrations } from '../../db/migrations'
import type { ServiceContext } from '../context'

/** Starts a JSON backup job (or answers with the one running); the file is `file` or one in the backups folder. */
export function startJsonBackup(ctx: ServiceContext, input: { file?: string | undefined }): JobState {
  const file = input.file ?? join(ctx.backupDir, `engawa-${fileStamp(ctx.clock.now())}.json`)
  // Said at once, not as a failed job: the user picked a name that is taken.
  if (existsSync(file)) throw new AppFailure('CONFLICT', `A file already exists at ${file}; nothing was overwritten`)
  return ctx.jobs.start({
    kind: 'json_backup',
    changesWhenDone: [],
    async run(job) {
      const result = await writeJsonBackup(ctx, file, job)
      return { file: result.file, rows: result.rows }
    }
  })
}

/**
 * Restores a JSON backup: a new file is built and checked beside the current one, and only then
 * swapped in; the current file is kept aside. A refused backup changes nothing.
 */
export async function restoreJsonBackup(ctx: ServiceContext, file: string): Promise<{ rows: number; keptAside: string }> {
  if (ctx.jobs.list().some((job) => job.status === 'running')) {
    throw new AppFailure('CONFLICT', 'Wait for the running job to finish, then restore')
  }
  const doc = await readJsonBackup(file, migrations.length)
  const built = join(ctx.dataDir, `${databaseFileName}.restoring`)
  buildDatabaseFromBackup(doc, built, { nativeBinding: ctx.nativeBinding })
  const { keptAside } = ctx.replaceDatabase(() => swapIn(ctx.dataDir, built, ctx.clock.now()))
  const rows = Object.values(doc.tables).reduce((sum, rows) => sum + rows.length, 0)
  return { rows, keptAside: keptAside ?? '' }
}
