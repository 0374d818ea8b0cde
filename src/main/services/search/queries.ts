import type Database from 'better-sqlite3'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import { buildSearchQuery, type SearchQuery } from '../../../shared/domain/search-text'
import { docRange, searchDocKinds, type SearchDocKind } from '../../db/search-sources'
import { statement } from '../../db/statements'
import type { ServiceContext } from '../context'
import { decorate } from './hits'

/** One item the index matched, before it is given a title and a snippet. */
export interface DocHit {
  kind: SearchDocKind
  ref: string
  personId: string | null
  eventId: string | null
  score: number
}

// 1–2 character words have no trigram: each must appear in the title or the body of the item.
const shortTest = '(instr(title, ?) > 0 OR instr(body, ?) > 0)'

/**
 * How far back a 1–2 character scan reads, per kind: every person of a large circle, and the
 * newest items of the other kinds (a longer word goes through the index and reaches them all).
 */
export const shortScanReach: Record<SearchDocKind, number> = {
  person: 20_000,
  interaction: 4_000,
  meeting: 2_000,
  topic: 2_000,
  event: 1_000,
  eventPerson: 1_000,
  resource: 1_000,
  community: 1_000,
  work: 1_000
}

/**
 * One kind's matches, newest first, at most `cap` of them (the index stops there), then those of a
 * trashed person, event, topic or resource left out. A 1–2 character query reads the newest items by a scan.
 */
function docHitsSql(query: SearchQuery): string {
  const indexed = query.match !== null
  // Without a trigram the index cannot help: the folded text itself is scanned, newest first.
  const key = indexed ? 'rowid' : 'doc'
  const tests = [indexed ? 'search_fts MATCH ?' : null, ...query.short.map(() => shortTest), `${key} > ?`, `${key} < ?`]
  const found = indexed ? 'SELECT rowid AS doc FROM search_fts' : 'SELECT doc FROM search_fts_docs'
  return `SELECT d.kind AS kind, d.ref AS ref, d.person_id AS personId, d.event_id AS eventId, d.title AS title, d.body AS body
    FROM (${found} WHERE ${tests.filter(Boolean).join(' AND ')} ORDER BY ${key} LIMIT ?) AS hits
    CROSS JOIN search_fts_docs AS d ON d.doc = hits.doc
    LEFT JOIN people AS p ON p.id = d.person_id
    LEFT JOIN events AS e ON e.id = d.event_id
    LEFT JOIN topics AS t ON d.kind = 'topic' AND t.id = d.ref
    LEFT JOIN resources AS r ON d.kind = 'resource' AND r.id = d.ref
    WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND t.deleted_at IS NULL AND r.deleted_at IS NULL
    ORDER BY hits.doc`
}

type FoundRow = Omit<DocHit, 'score'> & { title: string; body: string }

/**
 * Relevance without bm25 (whose statistics read every match of a word: milliseconds per kind):
 * a word in the title counts three, in the body one, and a word that starts there counts more; a
 * newer item wins a tie.
 */
export function scoreOf(row: { title: string; body: string }, words: readonly string[], newness: number): number {
  let score = 0
  for (const word of words) {
    for (const [text, weight] of [[row.title, 3], [row.body, 1]] as const) {
      const at = text.indexOf(word)
      if (at === -1) continue
      score += weight
      if (at === 0 || /[\s\p{P}]/u.test(text[at - 1] ?? '')) score += weight / 2
    }
  }
  return score - newness / 1000
}

export function findDocs(sqlite: Database.Database, query: SearchQuery, kind: SearchDocKind, cap: number): DocHit[] {
  const range = docRange(kind)
  // A kind with nothing in it yet (no resources, no works) costs a lookup, not a full-text match.
  if (statement(sqlite, 'SELECT 1 FROM search_fts_docs WHERE doc > ? AND doc < ? LIMIT 1').pluck().get(range.low, range.high) === undefined) return []
  let high = range.high
  if (query.match === null) {
    const newest = statement(sqlite, 'SELECT min(doc) FROM search_fts_docs WHERE doc > ? AND doc < ?').pluck().get(range.low, range.high) as number | null
    high = Math.min(range.high, (newest ?? range.high) + shortScanReach[kind])
  }
  // As BigInt, bound as integers: FTS5 seeks a rowid range bound as a REAL far more slowly.
  const bounds = [BigInt(range.low), BigInt(high)]
  const params = [...(query.match !== null ? [query.match] : []), ...query.short.flatMap((word) => [word, word]), ...bounds, cap]
  const rows = statement(sqlite, docHitsSql(query)).all(...params) as FoundRow[]
  return rows.map(({ title, body, ...row }, newness) => ({ ...row, score: scoreOf({ title, body }, query.words, newness) }))
}

/**
 * Everything the user wrote, from one box: every word must match, in any order, in any width,
 * case or kana. Each kind is read newest first up to a few more than asked (so the trashed ones
 * left out rarely shorten the answer), and the best are kept.
 */
export function searchEverything(ctx: ServiceContext, input: ParsedInput<'search.query'>): Output<'search.query'> {
  const query = buildSearchQuery(input.text)
  if (query.words.length === 0) return { hits: [] }
  const docs = searchDocKinds.flatMap((kind) => findDocs(ctx.sqlite, query, kind, input.limit + 5))
  docs.sort((a, b) => b.score - a.score)
  return { hits: decorate(ctx, docs.slice(0, input.limit), query.words) }
}
