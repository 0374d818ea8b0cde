import { asc, eq, inArray } from 'drizzle-orm'
import type { Person, PersonSummary } from '../../../shared/api/people'
import { milestones, people } from '../../db/schema'
import type { ServiceContext } from '../context'
import { tagsByPerson } from '../tags'

export type PersonRow = typeof people.$inferSelect

export function toSummary(row: PersonRow, tags: string[]): PersonSummary {
  return {
    id: row.id,
    familyName: row.familyName,
    givenName: row.givenName,
    familyNameKana: row.familyNameKana,
    givenNameKana: row.givenNameKana,
    nameOrder: row.nameOrder,
    headline: row.headline,
    company: row.company,
    stage: row.stage,
    tags,
    lastContactAt: row.lastContactAt,
    deletedAt: row.deletedAt
  }
}

/** Summaries with their tags, loaded in one extra query for the whole page. */
export function toSummaries(ctx: ServiceContext, rows: PersonRow[]): PersonSummary[] {
  const tags = tagsByPerson(
    ctx,
    rows.map((row) => row.id)
  )
  return rows.map((row) => toSummary(row, tags.get(row.id) ?? []))
}

export function loadPerson(ctx: ServiceContext, id: string): Person | null {
  const row = ctx.db.select().from(people).where(eq(people.id, id)).get()
  if (!row) return null
  const tags = tagsByPerson(ctx, [id]).get(id) ?? []
  const personMilestones = ctx.db
    .select({ kind: milestones.kind, date: milestones.date, note: milestones.note })
    .from(milestones)
    .where(eq(milestones.personId, id))
    .orderBy(asc(milestones.position))
    .all()
  const { sortKey: _sortKey, ...fields } = row
  return { ...fields, tags, milestones: personMilestones }
}

export function existingIds(ctx: ServiceContext, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set()
  return new Set(
    ctx.db
      .select({ id: people.id })
      .from(people)
      .where(inArray(people.id, ids))
      .all()
      .map((row) => row.id)
  )
}
