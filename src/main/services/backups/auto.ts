import { rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { JobState } from '../../../shared/api/jobs'
import { planRotation, type RotatedBackup } from '../../../shared/domain/backup-rotation'
import { automaticBackupPrefix, backupKindOf } from '../../../shared/domain/backups'
import { localDateOf } from '../../../shared/domain/dates'
import { backupDatabase, listBackups } from '../../db/backups'
import { fileStamp } from '../../db/files'
import type { ServiceContext } from '../context'
import { lastAutoBackupOn, recordAutoBackup } from '../app/state'

export interface AutoBackupDeps {
  /** The copy itself; tests replace it to simulate a full disk. */
  backup?: typeof backupDatabase
}

const today = (ctx: ServiceContext): string => localDateOf(ctx.clock.now(), ctx.clock.timeZone())

/** The automatic backups in the folder with the local day each was taken on. */
export function automaticBackups(ctx: ServiceContext): RotatedBackup[] {
  const zone = ctx.clock.timeZone()
  return listBackups(ctx.backupDir)
    .map((entry) => ({ name: basename(entry.file), createdAt: entry.createdAt }))
    .filter((entry) => backupKindOf(entry.name) === 'automatic')
    .map((entry) => ({ ...entry, day: localDateOf(new Date(entry.createdAt), zone) }))
}

/** Deletes the automatic backups the rotation no longer keeps; the user's own copies are never listed here. */
export function rotateAutomaticBackups(ctx: ServiceContext): string[] {
  const plan = planRotation(automaticBackups(ctx), today(ctx))
  for (const name of plan.remove) rmSync(join(ctx.backupDir, name), { force: true })
  return plan.remove
}

/**
 * Starts today's automatic backup as a job when there is none yet, else answers null. A failure
 * (a full disk) ends the job as failed, records nothing, and the next check tries again.
 */
export function runAutomaticBackup(ctx: ServiceContext, deps: AutoBackupDeps = {}): JobState | null {
  const day = today(ctx)
  if (lastAutoBackupOn(ctx) === day) return null
  // Never beside a running job (a backup, an export, an import writing in its worker): the next
  // check comes soon enough.
  if (ctx.writes.closed || ctx.jobs.list().some((job) => job.status === 'running')) return null
  if (automaticBackups(ctx).some((backup) => backup.day === day)) {
    recordAutoBackup(ctx, day)
    return null
  }
  const copy = deps.backup ?? backupDatabase
  return ctx.jobs.start({
    kind: 'auto_backup',
    changesWhenDone: ['backups', 'app'],
    async run(job) {
      const target = join(ctx.backupDir, `${automaticBackupPrefix}${fileStamp(ctx.clock.now())}.db`)
      job.progress('copying', 0, 0)
      await copy(ctx.sqlite, target, { signal: job.signal, onProgress: (done, total) => job.progress('copying', done, total) })
      // An import may have started meanwhile: the record waits for its worker to let go.
      await ctx.writes.shared(() => recordAutoBackup(ctx, day))
      job.progress('rotating', 0, 0)
      const removed = rotateAutomaticBackups(ctx)
      return { name: basename(target), size: statSync(target).size, removed: removed.length }
    }
  })
}
