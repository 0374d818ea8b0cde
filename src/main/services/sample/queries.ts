import { and, eq, exists, or, sql } from 'drizzle-orm'
import type { SampleStatus } from '../../../shared/api/sample'
import { type SampleTable } from '../../../shared/domain/sample'
import { events, followups, interactions, meetings, people, sampleRows, topics } from '../../db/schema'
import type { ServiceContext } from '../context'

/** The table each marker name points into. */
export const sampleTableOf = { people, topics, meetings, followups, interactions, events } as const satisfies Record<SampleTable, unknown>

/** Ids of the rows the sample added to one table, as a subquery. */
export const markedIds = (ctx: ServiceContext, table: SampleTable) =>
  ctx.db.select({ id: sampleRows.rowId }).from(sampleRows).where(eq(sampleRows.tableName, table))

/**
 * Whether the sample is still there and how many of its people. A marker whose row the user has
 * since deleted (a purged person takes their meetings with them) does not count.
 */
export function sampleStatus(ctx: ServiceContext): SampleStatus {
  const stillThere = (name: SampleTable) => {
    const table = sampleTableOf[name]
    return and(
      eq(sampleRows.tableName, name),
      exists(ctx.db.select({ one: sql`1` }).from(table).where(eq(table.id, sampleRows.rowId)))
    )
  }
  const count = (where: ReturnType<typeof stillThere>) =>
    ctx.db.select({ n: sql<number>`count(*)` }).from(sampleRows).where(where).get()?.n ?? 0
  const rows = count(or(...Object.keys(sampleTableOf).map((name) => stillThere(name as SampleTable))))
  return { present: rows > 0, people: count(stillThere('people')) }
}
