import type { HandlersOf } from '../../rpc/handler'
import { restoreFromBackup, startBackup } from './mutations'
import { listBackupFiles } from './queries'

export const backupsHandlers = {
  'backups.list': (ctx) => listBackupFiles(ctx),
  'backups.create': (ctx) => startBackup(ctx),
  'backups.restore': (ctx, input) => restoreFromBackup(ctx, input.name)
} satisfies HandlersOf<'backups'>
