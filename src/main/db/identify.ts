import Database from 'better-sqlite3'
import { DatabaseTooNewError, ForeignDatabaseError } from './errors'
import type { Migration } from './migrations'
import { searchIndexObjects } from './search-index'

/**
 * Telling Engawa's file from another application's, before anything is written to it.
 *
 * - No tables and user_version 0: a brand-new (or empty) file; Engawa creates its schema.
 * - user_version above what this version knows: a newer Engawa's file (DatabaseTooNewError) when it
 *   holds `people` or nothing at all, since every Engawa schema keeps `people`; otherwise foreign.
 * - user_version 1..known: Engawa's only when it has `people` and every table is one Engawa's
 *   migrations create. Migrations run in one transaction, so a half-migrated file cannot exist.
 * - user_version 0 with tables: Engawa's only when every table is Engawa's (a file an interrupted
 *   first start left behind); a single table Engawa never makes means another application's file.
 */

export interface DatabaseFacts {
  userVersion: number
  /** Ordinary and virtual tables, without SQLite's own `sqlite_*`. */
  tables: string[]
}

/** Reads the version and tables through a read-only connection, so nothing in the file can change. */
export function readDatabaseFacts(file: string, nativeBinding?: string): DatabaseFacts {
  const probe = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
  try {
    const userVersion = probe.pragma('user_version', { simple: true }) as number
    const tables = probe
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
      .pluck()
      .all() as string[]
    return { userVersion, tables }
  } finally {
    probe.close()
  }
}

const createdTable = /CREATE\s+(VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"[]?(\w+)|RENAME\s+TO\s+[`"[]?(\w+)/gi

/** Whether a table name is one Engawa's migrations or search index create (FTS shadow tables included). */
export function engawaTableTest(migrations: Migration[]): (table: string) => boolean {
  const tables = new Set<string>()
  const virtualTables = new Set<string>()
  const sources = [...migrations.flatMap((migration) => migration.statements), ...searchIndexObjects.map((object) => object.sql)]
  for (const sql of sources) {
    for (const match of sql.matchAll(createdTable)) {
      const name = match[2] ?? match[3]
      if (name === undefined) continue
      tables.add(name)
      if (match[1]) virtualTables.add(name)
    }
  }
  // FTS5 keeps its data in shadow tables named after the virtual table (people_fts_data, …).
  return (table) => tables.has(table) || [...virtualTables].some((name) => table.startsWith(`${name}_`))
}

/** Throws DatabaseTooNewError or ForeignDatabaseError unless the file is one this version may open. */
export function assertEngawaDatabase(file: string, facts: DatabaseFacts, migrations: Migration[]): void {
  const supported = migrations.length
  const hasPeople = facts.tables.includes('people')
  if (facts.userVersion > supported) {
    if (hasPeople || facts.tables.length === 0) throw new DatabaseTooNewError(facts.userVersion, supported)
    throw new ForeignDatabaseError(file)
  }
  if (facts.userVersion > 0 && !hasPeople) throw new ForeignDatabaseError(file)
  if (!facts.tables.every(engawaTableTest(migrations))) throw new ForeignDatabaseError(file)
}
