import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { Interaction, Person, PersonSummary } from '../../../shared/api/people'
import type { ParsedInput } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { interactions, people, personTags, tags } from '../../db/schema'
import type { ServiceContext } from '../context'
import { loadPerson, summaryColumns, toSummaries, type SummaryRow } from './row'

// FTS5's trigram tokenizer matches only 3+ characters; shorter queries fall back to LIKE.
const trigramMinLength = 3

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

const likeColumns = [
  people.familyName,
  people.givenName,
  people.familyNameKana,
  people.givenNameKana,
  people.company,
  people.headline
]

/** Short queries (1–2 characters, common for Japanese names) use LIKE over the name and work columns. */
function shortQueryCondition(text: string): SQL {
  const pattern = `%${escapeLike(text)}%`
  return sql`(${sql.join(
    likeColumns.map((column) => sql`${column} LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `
  )})`
}

const summarySelect = sql.join(
  Object.entries(summaryColumns).map(([key, column]) => sql`${column} AS ${sql.identifier(key)}`),
  sql`, `
)

type Listed = { items: PersonSummary[]; total: number }

/**
 * A 3+ character query starts from the trigram index's matches and joins people by search key
 * (CROSS JOIN fixes that order): a few hundred lookups instead of probing every person.
 */
function searchPeople(ctx: ServiceContext, text: string, filters: SQL | undefined, input: ParsedInput<'people.list'>): Listed {
  const phrase = `"${text.replace(/"/g, '""')}"`
  const rows = ctx.db.all<SummaryRow & { total: number }>(sql`
    SELECT ${summarySelect}, count(*) OVER () AS total
    FROM (SELECT rowid AS k FROM people_fts WHERE people_fts MATCH ${phrase}) AS hits
    CROSS JOIN ${people} ON ${people.searchKey} = hits.k
    WHERE ${filters ?? sql`1`}
    ORDER BY ${people.sortKey}, ${people.id}
    LIMIT ${input.limit} OFFSET ${input.offset}`)
  const total =
    rows[0]?.total ??
    (input.offset > 0 ? searchPeople(ctx, text, filters, { ...input, offset: 0, limit: 1 }).total : 0)
  return { items: toSummaries(ctx, rows.map(({ total: _total, ...row }) => row)), total }
}

export function listPeople(ctx: ServiceContext, input: ParsedInput<'people.list'>): Listed {
  const text = input.query.trim()
  const long = [...text].length >= trigramMinLength
  const conditions = [isNull(people.deletedAt)]
  if (text !== '' && !long) conditions.push(shortQueryCondition(text))
  if (input.stage) conditions.push(eq(people.stage, input.stage))
  if (input.tag) {
    conditions.push(
      sql`${people.id} IN (SELECT ${personTags.personId} FROM ${personTags} JOIN ${tags} ON ${tags.id} = ${personTags.tagId} WHERE ${tags.name} = ${input.tag} COLLATE NOCASE)`
    )
  }
  const where = and(...conditions)
  if (long) return searchPeople(ctx, text, where, input)

  const rows = ctx.db
    .select(summaryColumns)
    .from(people)
    .where(where)
    .orderBy(asc(people.sortKey), asc(people.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
  // The count comes from the covering index, cheaper than a window over every row.
  const total = ctx.db.select({ count: sql<number>`count(*)` }).from(people).where(where).get()?.count ?? 0
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
    .where(eq(interactions.personId, id))
    .orderBy(desc(interactions.occurredAt), desc(interactions.createdAt))
    .all() as Interaction[]
  return { ...person, timeline }
}

export function listTrash(ctx: ServiceContext): PersonSummary[] {
  const rows = ctx.db
    .select(summaryColumns)
    .from(people)
    .where(isNotNull(people.deletedAt))
    .orderBy(desc(people.deletedAt))
    .all()
  return toSummaries(ctx, rows)
}
