import { count, isNull } from 'drizzle-orm'
import { people } from '../../db/schema'
import type { HandlersOf } from '../../rpc/handler'

export const appHandlers = {
  'app.info': (ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.schemaVersion,
    peopleCount: ctx.db.select({ n: count() }).from(people).where(isNull(people.deletedAt)).get()?.n ?? 0
  })
} satisfies HandlersOf<'app'>
