import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations'
import * as schema from './schema'
import { ensureSearchIndex } from './search-index'

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
  /** Apply only the first N migrations (migration tests); defaults to all. */
  migrations?: Migration[]
  /** Path to the native module for runtimes other than Node (Electron's own build). */
  nativeBinding?: string
}

/** Raised when the file was written by a newer Engawa: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super(
      `This data was saved by a newer version of Engawa (schema ${found}; this version knows ${supported}). ` +
        'Update Engawa to open it. Nothing was changed.'
    )
    this.name = 'DatabaseTooNewError'
  }
}

export const databaseFileName = 'engawa.db'

export function openDatabase(file: string, options: OpenOptions = {}): OpenDatabase {
  const migrations = options.migrations ?? allMigrations
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    sqlite.pragma('journal_mode = WAL')
    // better-sqlite3 leaves WAL at NORMAL; writes here are human-paced and must survive power loss.
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // 32 MB of page cache keeps a 10,000-person circle in memory; the default 2 MB does not.
    sqlite.pragma('cache_size = -32768')

    const found = sqlite.pragma('user_version', { simple: true }) as number
    const supported = options.migrations ? migrations.length : latestSchemaVersion
    if (found > supported) throw new DatabaseTooNewError(found, supported)

    let backupFile: string | null = null
    if (found > 0 && found < migrations.length) {
      backupFile = backupBeforeMigrating(sqlite, file, found, options)
    }
    for (let version = found; version < migrations.length; version++) {
      const migration = migrations[version] as Migration
      sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement)
        sqlite.pragma(`user_version = ${version + 1}`)
      })()
    }
    // The migration tests open at earlier versions, before the index exists.
    if (migrations.length === latestSchemaVersion) ensureSearchIndex(sqlite)
    return { sqlite, db: drizzle(sqlite, { schema }), file, schemaVersion: migrations.length, backupFile }
  } catch (error) {
    sqlite.close()
    throw error
  }
}

function backupBeforeMigrating(
  sqlite: Database.Database,
  file: string,
  fromVersion: number,
  options: OpenOptions
): string {
  const dir = options.backupDir ?? join(file, '..', 'backups')
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const target = join(dir, `engawa-${stamp}-schema-${fromVersion}.db`)
  // VACUUM INTO writes a consistent copy even with WAL, and refuses to overwrite a file.
  sqlite.prepare('VACUUM INTO ?').run(target)
  return target
}

/** Opens (or creates) `engawa.db` inside a data directory. */
export function openDataDir(dataDir: string, options: OpenOptions = {}): OpenDatabase {
  mkdirSync(dataDir, { recursive: true })
  return openDatabase(join(dataDir, databaseFileName), options)
}
