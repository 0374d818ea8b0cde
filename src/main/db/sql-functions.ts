import type Database from 'better-sqlite3'
import { foldText } from '../../shared/domain/search-text'

/**
 * The words inside a JSON column: strings of an array and the `text` of its objects (questions,
 * goals), not keys or vocabulary values such as "source". Text that is not JSON is taken as is.
 */
export function jsonWords(value: unknown): string {
  if (typeof value !== 'string') return ''
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return value
  }
  const words: string[] = []
  const visit = (item: unknown) => {
    if (typeof item === 'string') words.push(item)
    else if (Array.isArray(item)) item.forEach(visit)
    else if (item && typeof item === 'object' && 'text' in item) visit((item as { text: unknown }).text)
  }
  visit(parsed)
  return words.join(' ')
}

/**
 * SQL functions the search triggers call. Every connection that may write to the file must
 * register them (`openDatabase` does; read-only connections never run a trigger), or a write to an
 * indexed table fails with "no such function".
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  const options = { deterministic: true, varargs: false } as const
  sqlite.function('engawa_fold', options, (text: unknown) => (typeof text === 'string' ? foldText(text) : ''))
  sqlite.function('engawa_json_words', options, (json: unknown) => jsonWords(json))
}
