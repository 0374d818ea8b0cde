import type Database from 'better-sqlite3'

// Statements asked for on every keystroke or every page (the palette, the People list) are
// prepared once per connection: compiling the SQL again each time costs more than running it.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** The connection's prepared statement for this SQL text, compiled on first use. */
export function statement(sqlite: Database.Database, source: string): Database.Statement {
  let cache = prepared.get(sqlite)
  if (!cache) prepared.set(sqlite, (cache = new Map()))
  let found = cache.get(source)
  if (!found) cache.set(source, (found = sqlite.prepare(source)))
  return found
}
