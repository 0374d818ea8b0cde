import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { Interaction, Person, PersonSummary } from '../../../shared/api/people'
import type { ParsedInput } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { interactions, people, personTags, tags } from '../../db/schema'
import type { ServiceContext } from '../context'
import { loadPerson, toSummaries } from './row'

// FTS5's trigram tokenizer matches only 3+ characters; shorter queries fall back to LIKE.
const trigramMinLength = 3

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

function searchCondition(query: string): SQL | undefined {
  const text = query.trim()
  if (text === '') return undefined
  if ([...text].length >= trigramMinLength) {
    const phrase = `"${text.replace(/"/g, '""')}"`
    return sql`${people.id} IN (SELECT person_id FROM people_fts WHERE people_fts MATCH ${phrase})`
  }
  const pattern = `%${escapeLike(text)}%`
  const columns = [
    people.familyName,
    people.givenName,
    people.familyNameKana,
    people.givenNameKana,
    people.company,
    people.headline
  ]
  return sql`(${sql.join(
    columns.map((column) => sql`${column} LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `
  )})`
}

export function listPeople(
  ctx: ServiceContext,
  input: ParsedInput<'people.list'>
): { items: PersonSummary[]; total: number } {
  const conditions = [isNull(people.deletedAt), searchCondition(input.query)]
  if (input.stage) conditions.push(eq(people.stage, input.stage))
  if (input.tag) {
    conditions.push(
      sql`${people.id} IN (SELECT ${personTags.personId} FROM ${personTags} JOIN ${tags} ON ${tags.id} = ${personTags.tagId} WHERE ${tags.name} = ${input.tag} COLLATE NOCASE)`
    )
  }
  const where = and(...conditions)
  const total = ctx.db.select({ count: sql<number>`count(*)` }).from(people).where(where).get()?.count ?? 0
  const rows = ctx.db
    .select()
    .from(people)
    .where(where)
    .orderBy(asc(people.sortKey), asc(people.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
  return { items: toSummaries(ctx, rows), total }
}

export function getPerson(ctx: ServiceContext, id: string): Person & { timeline: Interaction[] } {
  const person = loadPerson(ctx, id)
  if (!person) throw new AppFailure('NOT_FOUND', 'No person with that id')
  const timeline = ctx.db
    .select({
      id: interactions.id,
      personId: interactions.personId,
      kind: interactions.kind,
      occurredAt: interactions.occurredAt,
      summary: interactions.summary,
      body: interactions.body,
      url: interactions.url,
      createdAt: interactions.createdAt
    })
    .from(interactions)
    .where(and(eq(interactions.personId, id), isNull(interactions.deletedAt)))
    .orderBy(desc(interactions.occurredAt), desc(interactions.createdAt))
    .all() as Interaction[]
  return { ...person, timeline }
}

export function listTrash(ctx: ServiceContext): PersonSummary[] {
  const rows = ctx.db
    .select()
    .from(people)
    .where(isNotNull(people.deletedAt))
    .orderBy(desc(people.deletedAt))
    .all()
  return toSummaries(ctx, rows)
}
