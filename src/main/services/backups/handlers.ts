import type { HandlersOf } from '../../rpc/handler'
import { startJsonRestore, startJsonBackup } from './json'
import { restoreFromBackup, startBackup } from './mutations'
import { listBackupFiles } from './queries'

export const backupsHandlers = {
  'backups.list': (ctx) => listBackupFiles(ctx),
  'backups.create': (ctx) => startBackup(ctx),
  'backups.restore': (ctx, input) => restoreFromBackup(ctx, input.name),
  'backups.exportJson': (ctx, input) => startJsonBackup(ctx, input),
  'backups.restoreJson': (ctx, input) => startJsonRestore(ctx, input.file)
} satisfies HandlersOf<'backups'>
