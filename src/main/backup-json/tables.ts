import type Database from 'better-sqlite3'

/**
 * The tables a JSON backup holds: every ordinary table of the file, by name. Not SQLite's own, and
 * not the search index (a virtual table and its shadow tables), which is rebuilt from `people`.
 * `sample_rows` is kept: without it "Remove sample data" would no longer find the sample rows.
 */
export function backupTables(sqlite: Database.Database): string[] {
  const all = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const virtual = all.filter((table) => /^CREATE\s+VIRTUAL/i.test(table.sql)).map((table) => table.name)
  return all.map((table) => table.name).filter((name) => !virtual.some((owner) => name === owner || name.startsWith(`${owner}_`)))
}

/** A table's column names in their declared order. */
export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return (sqlite.pragma(`table_info("${table}")`) as { name: string }[]).map((column) => column.name)
}

/** Names come from sqlite_master or are checked against it before use; quoting keeps odd ones safe. */
export const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`
