import type { HandlersOf } from '../../rpc/handler'
import { startJsonRestore, startJsonBackup } from './json'
import { restoreFromBackup, startBackup } from './mutations'
import { listBackupFiles } from './queries'
import { appendChunk, discardUpload, inspectUpload, restoreUpload, startUpload } from './uploads'

export const backupsHandlers = {
  'backups.list': (ctx) => listBackupFiles(ctx),
  'backups.create': (ctx) => startBackup(ctx),
  'backups.restore': (ctx, input) => restoreFromBackup(ctx, input.name),
  'backups.exportJson': (ctx, input) => startJsonBackup(ctx, input),
  'backups.restoreJson': (ctx, input) => startJsonRestore(ctx, input.file),
  'backups.uploadStart': (ctx) => startUpload(ctx),
  'backups.uploadChunk': (ctx, input) => appendChunk(ctx, input),
  'backups.inspectUpload': (ctx, input) => inspectUpload(ctx, input),
  'backups.restoreUpload': (ctx, input) => restoreUpload(ctx, input),
  'backups.discardUpload': (ctx, input) => discardUpload(ctx, input)
} satisfies HandlersOf<'backups'>
