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

/**
 * A token that changes whenever the file may have: `total_changes()` moves with every row this
 * connection writes (even in a transaction later rolled back), `data_version` with every commit
 * made by another connection (the import's worker). Whatever was read outside a transaction
 * under the same token is still true (inside one, a read may see writes later rolled back).
 */
export function fileVersion(sqlite: Database.Database): string {
  const changes = statement(sqlite, 'SELECT total_changes()').pluck().get() as number
  const commits = statement(sqlite, 'PRAGMA data_version').pluck().get() as number
  return `${changes}:${commits}`
}

// Reads remembered per connection, each with the file version (and key) it was read at.
const remembered = new WeakMap<Database.Database, Map<string, { version: string; value: unknown }>>()

/**
 * The value `read` gave the last time it was asked for under `name`, as long as the file has not
 * changed since and `key` (what else the read depends on: a time zone, a day) is the same; else
 * read again. One value per name: for reads asked for again and again with nothing written between
 * (Today on every return to it, every page of a list), whose cost grows with the whole file.
 */
export function rememberedRead<T>(sqlite: Database.Database, name: string, key: string, read: () => T): T {
  // Inside a transaction a read may see writes that are then rolled back, and a rollback does not
  // move the file version back: such a read is never remembered.
  if (sqlite.inTransaction) return read()
  let known = remembered.get(sqlite)
  if (!known) remembered.set(sqlite, (known = new Map()))
  const version = `${fileVersion(sqlite)}|${key}`
  const found = known.get(name)
  if (found?.version === version) return found.value as T
  const value = read()
  known.set(name, { version, value })
  return value
}
