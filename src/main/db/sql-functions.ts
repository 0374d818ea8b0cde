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

interface FunctionHost {
  function(name: string, options: { deterministic: boolean; varargs: boolean }, fn: (value: unknown) => string): unknown
}

/**
 * Registers the functions on a connection. Self-contained, like `foldText` and `jsonWords`: a
 * worker thread's connection registers the same three from their source (`sqlFunctionsSource`).
 */
function install(sqlite: FunctionHost, fold: (text: string) => string, words: (value: unknown) => string): void {
  const options = { deterministic: true, varargs: false }
  sqlite.function('engawa_fold', options, (text) => (typeof text === 'string' ? fold(text) : ''))
  sqlite.function('engawa_json_words', options, (json) => words(json))
}

/**
 * SQL functions the search triggers call. Every connection that may write to the file must
 * register them (`openDatabase` does; read-only connections never run a trigger), or a write to an
 * indexed table fails with "no such function".
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  install(sqlite, foldText, jsonWords)
}

/** CommonJS for an eval'd worker: defines `registerSqlFunctions(db)` with the very same functions. */
export const sqlFunctionsSource = `
const registerSqlFunctions = (db) => (${install.toString()})(db, ${foldText.toString()}, ${jsonWords.toString()})
`
