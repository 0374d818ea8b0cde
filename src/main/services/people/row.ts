import { asc, eq } from 'drizzle-orm'
import type { Person, PersonSummary } from '../../../shared/api/people'
import { AppFailure } from '../../../shared/api/result'
import { milestones, people } from '../../db/schema'
import type { ServiceContext } from '../context'
import { tagsByPerson } from './tags'

export type PersonRow = typeof people.$inferSelect

/** What it takes to write a person's name in either order and sort or match it by reading. */
export const nameColumns = {
  id: people.id,
  familyName: people.familyName,
  givenName: people.givenName,
  familyNameKana: people.familyNameKana,
  givenNameKana: people.givenNameKana,
  nameOrder: people.nameOrder
}

/** The columns a list row needs: lists never read notes or JSON fields. */
export const summaryColumns = {
  ...nameColumns,
  headline: people.headline,
  company: people.company,
  stage: people.stage,
  lastContactAt: people.lastContactAt,
  deletedAt: people.deletedAt
}
export type SummaryRow = Omit<PersonSummary, 'tags'>

export function toSummary(row: SummaryRow, tags: string[]): PersonSummary {
  return { ...row, tags }
}

/** Summaries with their tags, loaded in one extra query for the whole page. */
export function toSummaries(ctx: ServiceContext, rows: SummaryRow[]): PersonSummary[] {
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

/** A person, or NOT_FOUND. */
export function mustLoadPerson(ctx: ServiceContext, id: string): Person {
  const person = loadPerson(ctx, id)
  if (!person) throw new AppFailure('NOT_FOUND', 'No person with that id')
  return person
}

/**
 * A person outside the trash. Acting on a trashed one is a CONFLICT (restore first); creating
 * something new for them reads as NOT_FOUND, since the trash hides them everywhere else.
 */
export function activePerson(ctx: ServiceContext, id: string, whenTrashed: 'CONFLICT' | 'NOT_FOUND' = 'CONFLICT'): Person {
  const person = mustLoadPerson(ctx, id)
  if (person.deletedAt) {
    throw whenTrashed === 'NOT_FOUND'
      ? new AppFailure('NOT_FOUND', 'No person with that id')
      : new AppFailure('CONFLICT', 'This person is in the trash; restore them first')
  }
  return person
}
