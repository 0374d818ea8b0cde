import { count, isNull } from 'drizzle-orm'
import { people } from '../../db/schema'
import type { HandlersOf } from '../../rpc/handler'
import { newestBackup } from '../backups/queries'

export const appHandlers = {
  'app.info': (ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.schemaVersion,
    peopleCount: ctx.db.select({ n: count() }).from(people).where(isNull(people.deletedAt)).get()?.n ?? 0
  }),
  'app.health': (ctx) => ({
    integrity: ctx.integrity.status,
    problems: ctx.integrity.problems,
    // Only looked up when it is needed: listing the folder on every call would be wasted work.
    newestBackup: ctx.integrity.status === 'damaged' ? newestBackup(ctx) : null
  })
} satisfies HandlersOf<'app'>
