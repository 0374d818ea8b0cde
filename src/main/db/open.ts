import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { DatabaseTooNewError } from './errors'
import { databaseFileName } from './files'
import { assertEngawaDatabase, readDatabaseFacts } from './identify'
import { runMigrations } from './migrate'
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations'
import * as schema from './schema'
import { ensureSearchIndex } from './search-index'
import { registerSqlFunctions } from './sql-functions'

// Existing imports of the errors from here keep working.
export { DatabaseTooNewError, ForeignDatabaseError, MigrationFailedError, isDiskFull } from './errors'
export { databaseFileName } from './files'

export type Db = BetterSQLite3Database<typeof schema>

export interface OpenDatabase {
  sqlite: Database.Database
  db: Db
  file: string
  schemaVersion: number
  /** Where the copy taken before migrating went, if one was needed. */
  backupFile: string | null
}

export interface OpenOptions {
  /** Folder for the copy taken before a migration; defaults to `backups/` beside the file. */
  backupDir?: string
  /** Used to name backup files; injected so tests are repeatable. */
  now?: () => Date
  /** The migrations to apply (tests: fewer to stop at an earlier version, or more); defaults to all. */
  migrations?: Migration[]
  /** Path to the native module for runtimes other than Node (Electron's own build). */
  nativeBinding?: string
  /**
   * A file being built that nothing trusts yet (a restore's): no fsync on commit, so creating and
   * filling it never waits on the disk on the main thread; its builder syncs it once at the end.
   */
  scratch?: boolean
  /**
   * false: leave the search index as it is (a restore builds it in a worker once the rows are in,
   * rather than through the triggers row by row or in one long block here).
   */
  searchIndex?: boolean
}

/**
 * Opens (or creates) the file and brings it to the schema of `migrations`. Refuses a newer or a
 * foreign file (DatabaseTooNewError, ForeignDatabaseError) before writing anything to it; a failed
 * migration is rolled back and raised as MigrationFailedError naming the copy taken first.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenDatabase {
  const migrations = options.migrations ?? allMigrations
  // Judged through a read-only connection: the pragmas below would switch even a refused file to WAL.
  const facts = existsSync(file) ? readDatabaseFacts(file, options.nativeBinding) : null
  if (facts) assertEngawaDatabase(file, facts, migrations)

  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    // Before anything writes: the search triggers call these, migrations included.
    registerSqlFunctions(sqlite)
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('journal_mode = WAL')
    // better-sqlite3 leaves WAL at NORMAL; writes here are human-paced and must survive power loss.
    sqlite.pragma(options.scratch ? 'synchronous = OFF' : 'synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // 32 MB of page cache keeps a 10,000-person circle in memory; the default 2 MB does not.
    sqlite.pragma('cache_size = -32768')

    // Read again under the writing connection, in case another process wrote since the probe.
    const found = sqlite.pragma('user_version', { simple: true }) as number
    if (found > migrations.length) throw new DatabaseTooNewError(found, migrations.length)
    const hasData = found > 0 || (facts?.tables.length ?? 0) > 0
    const backupFile = runMigrations(sqlite, found, hasData, {
      file,
      migrations,
      backupDir: options.backupDir,
      now: options.now
    })
    // The index is defined for the latest schema; tests that stop at earlier versions skip it.
    if (migrations.length >= latestSchemaVersion && options.searchIndex !== false) ensureSearchIndex(sqlite)
    return { sqlite, db: drizzle(sqlite, { schema }), file, schemaVersion: migrations.length, backupFile }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

/** Opens (or creates) `engawa.db` inside a data directory. */
export function openDataDir(dataDir: string, options: OpenOptions = {}): OpenDatabase {
  mkdirSync(dataDir, { recursive: true })
  return openDatabase(join(dataDir, databaseFileName), options)
}
