import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { Interaction, ListCursor, Person, PersonSummary } from '../../../shared/api/people'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import { AppFailure } from '../../../shared/api/result'
import { searchWords, type SearchWord } from '../../../shared/domain/name-search'
import { stages } from '../../../shared/domain/people'
import { interactions, people, personTags, tags } from '../../db/schema'
import { rememberedRead } from '../../db/statements'
import type { ServiceContext } from '../context'
import { loadPerson, summaryColumns, toSummaries, type SummaryRow } from './row'

// FTS5's trigram tokenizer matches only 3+ characters; shorter words fall back to LIKE.
const trigramMinLength = 3

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

// Names joined both ways, so "中太" finds 田中 太郎; one LIKE per field beats one over a joined string.
const likeFields = [
  sql`(${people.familyName} || ${people.givenName})`,
  sql`(${people.familyNameKana} || ${people.givenNameKana})`,
  people.company,
  people.headline
]
const reversedNames = [sql`(${people.givenName} || ${people.familyName})`, sql`(${people.givenNameKana} || ${people.familyNameKana})`]

/** A short word (1–2 characters, common for Japanese names): LIKE over the names, readings and work. */
function shortWordCondition(word: SearchWord): SQL {
  // A single character cannot straddle two names, so only two need the reversed order.
  const fields = word.length > 1 ? [...likeFields, ...reversedNames] : likeFields
  const tests = word.variants.flatMap((variant) => {
    const pattern = `%${escapeLike(variant)}%`
    return fields.map((field) => sql`${field} LIKE ${pattern} ESCAPE '\\'`)
  })
  return sql`(${sql.join(tests, sql` OR `)})`
}

/** An FTS5 query: every word as a group of quoted alternatives, the groups joined by AND. */
function matchExpression(words: SearchWord[]): string {
  const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`
  return words.map((word) => `(${word.variants.map(phrase).join(' OR ')})`).join(' AND ')
}

const summarySelect = sql.join(
  Object.entries(summaryColumns).map(([key, column]) => sql`${column} AS ${sql.identifier(key)}`),
  sql`, `
)

type Listed = { items: PersonSummary[]; total: number; next: ListCursor | null }
/** A page, its total, and the sort key of its last row (where the next page starts). */
type Counted = Omit<Listed, 'next'> & { lastSortKey: string | null }

/**
 * A 3+ character word starts from the trigram index's matches and joins people by search key
 * (CROSS JOIN fixes that order): a few hundred lookups instead of probing every person.
 */
const indexHits = (match: string) =>
  sql`(SELECT rowid AS k FROM people_fts WHERE people_fts MATCH ${match}) AS hits CROSS JOIN ${people} ON ${people.searchKey} = hits.k`

/** One page of a search and its total in one pass: LIKE needs every row read, so counting apart would read them twice. */
function searchPeople(ctx: ServiceContext, source: SQL, filters: SQL | undefined, input: ParsedInput<'people.list'>): Counted {
  const rows = ctx.db.all<SummaryRow & { total: number; sortKey: string }>(sql`
    SELECT ${summarySelect}, ${people.sortKey} AS sortKey, count(*) OVER () AS total
    FROM ${source}
    WHERE ${filters ?? sql`1`}
    ORDER BY ${people.sortKey}, ${people.id}
    LIMIT ${input.limit} OFFSET ${input.offset}`)
  const total =
    rows[0]?.total ??
    (input.offset > 0 ? searchPeople(ctx, source, filters, { ...input, offset: 0, limit: 1 }).total : 0)
  return { items: toSummaries(ctx, rows.map(({ total: _total, sortKey: _sortKey, ...row }) => row)), total, lastSortKey: rows.at(-1)?.sortKey ?? null }
}

/**
 * Every word of the query must match, in any order; a word matches in any of its spellings.
 * Words of 3+ characters go through the trigram index, shorter ones through LIKE.
 */
export function listPeople(ctx: ServiceContext, input: ParsedInput<'people.list'>): Listed {
  const { items, total, lastSortKey } = listPage(ctx, input)
  const last = items.length === input.limit ? items.at(-1) : undefined
  // The cursor of the next page: the last row's place in the list's order.
  return { items, total, next: last && lastSortKey !== null ? { sortKey: lastSortKey, id: last.id } : null }
}

function listPage(ctx: ServiceContext, input: ParsedInput<'people.list'>): Counted {
  const words = searchWords(input.query)
  const long = words.filter((word) => word.length >= trigramMinLength)
  const conditions = [isNull(people.deletedAt)]
  for (const word of words) if (word.length < trigramMinLength) conditions.push(shortWordCondition(word))
  if (input.stage) conditions.push(eq(people.stage, input.stage))
  if (input.tag) {
    conditions.push(
      sql`${people.id} IN (SELECT ${personTags.personId} FROM ${personTags} JOIN ${tags} ON ${tags.id} = ${personTags.tagId} WHERE ${tags.name} = ${input.tag} COLLATE NOCASE)`
    )
  }
  const where = and(...conditions)
  // Keyset paging: rows after the cursor, found by the (deleted_at, sort_key, id) index.
  const after = input.after ? sql`(${people.sortKey}, ${people.id}) > (${input.after.sortKey}, ${input.after.id})` : undefined
  const paged = after ? and(where, after) : where
  if (words.length > 0) {
    const source = long.length > 0 ? indexHits(matchExpression(long)) : sql`${people}`
    const found = searchPeople(ctx, source, paged, input)
    // The total counts the whole answer, not what follows the cursor.
    return after ? { ...found, total: searchPeople(ctx, source, where, { ...input, after: null, offset: 0, limit: 1 }).total } : found
  }

  const rows = ctx.db
    .select({ ...summaryColumns, sortKey: people.sortKey })
    .from(people)
    .where(paged)
    .orderBy(asc(people.sortKey), asc(people.id))
    .limit(input.limit)
    .offset(input.offset)
    .all()
  // Every page asks for the total, and counting the covering index's 10,000 entries was a third of
  // a page's cost: counted again only once the file has changed.
  const total = rememberedRead(ctx.sqlite, `people.count ${JSON.stringify([input.stage, input.tag])}`, '', () => ctx.db.select({ count: sql<number>`count(*)` }).from(people).where(where).get()?.count ?? 0)
  return { items: toSummaries(ctx, rows.map(({ sortKey: _sortKey, ...row }) => row)), total, lastSortKey: rows.at(-1)?.sortKey ?? null }
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

/**
 * The path from "discovered" to "ongoing": per stage the count and the first people, those most
 * recently in touch first (never contacted last), one small query per stage on the stage index.
 */
export function pipeline(ctx: ServiceContext, perStage: number): Output<'people.pipeline'> {
  const counts = new Map(
    ctx.db
      .select({ stage: people.stage, n: sql<number>`count(*)` })
      .from(people)
      .where(isNull(people.deletedAt))
      .groupBy(people.stage)
      .all()
      .map((row) => [row.stage, row.n])
  )
  return {
    columns: stages.map((stage) => {
      const rows = ctx.db
        .select(summaryColumns)
        .from(people)
        .where(and(isNull(people.deletedAt), eq(people.stage, stage)))
        .orderBy(sql`${people.lastContactAt} IS NULL`, desc(people.lastContactAt), asc(people.sortKey))
        .limit(perStage)
        .all()
      return { stage, total: counts.get(stage) ?? 0, items: toSummaries(ctx, rows) }
    })
  }
}
