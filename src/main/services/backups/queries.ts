import { basename } from 'node:path'
import type { BackupFile } from '../../../shared/api/backups'
import { AppFailure } from '../../../shared/api/result'
import { backupKindOf } from '../../../shared/domain/backups'
import { listBackups } from '../../db/backups'
import type { ServiceContext } from '../context'

/** The backups folder's copies, newest first, named by file name only. */
export function listBackupFiles(ctx: ServiceContext): { dir: string; items: BackupFile[] } {
  const items = listBackups(ctx.backupDir).map((entry) => {
    const name = basename(entry.file)
    return { name, path: entry.file, createdAt: entry.createdAt, size: entry.size, kind: backupKindOf(name) }
  })
  return { dir: ctx.backupDir, items }
}

export const newestBackup = (ctx: ServiceContext): BackupFile | null => listBackupFiles(ctx).items[0] ?? null

/** A backup the user named by its file name; only files listed in the folder are found. */
export function mustFindBackup(ctx: ServiceContext, name: string): BackupFile {
  const found = listBackupFiles(ctx).items.find((item) => item.name === name)
  if (!found) throw new AppFailure('NOT_FOUND', 'No backup with that name')
  return found
}
