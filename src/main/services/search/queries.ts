import type Database from 'better-sqlite3'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import { buildSearchQuery, type SearchQuery } from '../../../shared/domain/search-text'
import type { SearchDocKind } from '../../db/search-sources'
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

// A connection's statements are prepared once: the palette asks on every keystroke.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()
function statement(sqlite: Database.Database, source: string): Database.Statement {
  let cache = prepared.get(sqlite)
  if (!cache) prepared.set(sqlite, (cache = new Map()))
  let found = cache.get(source)
  if (!found) cache.set(source, (found = sqlite.prepare(source)))
  return found
}

// 1–2 character words have no trigram: each must appear in the title or the body of the item.
const shortTest = 'instr(title, ?) > 0 OR instr(body, ?) > 0'

/**
 * The index's best matches first (or, for 1–2 characters only, the newest items, found by a scan
 * that stops at `cap`), then those of a trashed person, event or topic left out.
 */
function docHitsSql(query: SearchQuery): string {
  const tests = [query.match !== null ? 'search_fts MATCH ?' : null, ...query.short.map(() => `(${shortTest})`)].filter(Boolean)
  const order = query.match !== null ? 'bm25(search_fts, 4.0, 1.0)' : '-rowid'
  return `SELECT d.kind AS kind, d.ref AS ref, d.person_id AS personId, d.event_id AS eventId, -hits.rank AS score
    FROM (SELECT rowid AS doc, ${order} AS rank FROM search_fts WHERE ${tests.join(' AND ')} ORDER BY rank LIMIT ?) AS hits
    CROSS JOIN search_fts_docs AS d ON d.doc = hits.doc
    LEFT JOIN people AS p ON p.id = d.person_id
    LEFT JOIN events AS e ON e.id = d.event_id
    LEFT JOIN topics AS t ON d.kind = 'topic' AND t.id = d.ref
    WHERE p.deleted_at IS NULL AND e.deleted_at IS NULL AND t.deleted_at IS NULL
    ORDER BY hits.rank`
}

export function findDocs(sqlite: Database.Database, query: SearchQuery, cap: number): DocHit[] {
  if (query.words.length === 0) return []
  const params = [...(query.match !== null ? [query.match] : []), ...query.short.flatMap((word) => [word, word]), cap]
  return statement(sqlite, docHitsSql(query)).all(...params) as DocHit[]
}

/**
 * Everything the user wrote, from one box: every word must match, in any order, in any width,
 * case or kana. A few more items than asked are read, so the trashed ones left out rarely shorten
 * the answer; when they do and the index had more, it is asked once more without the cap (only
 * for 3+ characters: a 1–2 character scan that found fewer than its cap has already read all).
 */
export function searchEverything(ctx: ServiceContext, input: ParsedInput<'search.query'>): Output<'search.query'> {
  const query = buildSearchQuery(input.text)
  const cap = input.limit * 3
  let docs = findDocs(ctx.sqlite, query, cap)
  if (docs.length < input.limit && query.match !== null) {
    const matched = statement(ctx.sqlite, 'SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)').pluck()
    if ((matched.get(query.match, cap) as number) === cap) docs = findDocs(ctx.sqlite, query, 100_000)
  }
  return { hits: decorate(ctx, docs.slice(0, input.limit), query.words) }
}
