import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { defaultBackupDir, fileStamp } from './files'
import { MigrationFailedError } from './errors'
import type { Migration } from './migrations'

export interface MigrateOptions {
  file: string
  migrations: Migration[]
  /** Folder for the copy taken before migrating; defaults to `backups/` beside the file. */
  backupDir?: string
  now?: () => Date
}

interface ForeignKeyViolation {
  table: string
  rowid: number | null
  parent: string
  fkid: number
}

// drizzle-kit writes these around table rebuilds; inside our transaction they would be no-ops.
const foreignKeysPragma = /PRAGMA\s+foreign_keys\s*=\s*['"]?\w+['"]?\s*;?/gi

/** A statement with any `PRAGMA foreign_keys = …` removed; the runner owns that switch. */
export function withoutForeignKeyPragmas(statement: string): string {
  return statement.replace(foreignKeysPragma, '').trim()
}

/**
 * Brings the file from `found` to the last migration, all steps in one IMMEDIATE transaction, so it
 * is either fully updated or exactly as it was. Foreign keys are off around the transaction (a
 * table rebuild would otherwise cascade-delete every child row) and checked before the commit.
 * Returns the copy taken first, if the file held anything.
 */
export function runMigrations(sqlite: Database.Database, found: number, hasData: boolean, options: MigrateOptions): string | null {
  const { migrations } = options
  if (found >= migrations.length) return null
  const backupFile = hasData ? backupBeforeMigrating(sqlite, found, options) : null
  let version = found
  // SQLite ignores this pragma inside a transaction, so it is switched here, outside.
  sqlite.pragma('foreign_keys = OFF')
  try {
    sqlite
      .transaction(() => {
        for (; version < migrations.length; version++) applyMigration(sqlite, migrations[version] as Migration, version + 1)
      })
      .immediate()
  } catch (cause) {
    const failed = migrations[Math.min(version, migrations.length - 1)] as Migration
    throw new MigrationFailedError({
      file: options.file,
      migration: failed.tag,
      fromVersion: found,
      toVersion: migrations.length,
      backupFile,
      cause
    })
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
  return backupFile
}

function applyMigration(sqlite: Database.Database, migration: Migration, nextVersion: number): void {
  for (const statement of migration.statements) {
    const sql = withoutForeignKeyPragmas(statement)
    if (sql !== '') sqlite.exec(sql)
  }
  const violations = sqlite.pragma('foreign_key_check') as ForeignKeyViolation[]
  if (violations.length > 0) {
    const first = violations[0] as ForeignKeyViolation
    throw new Error(
      `${violations.length} row(s) would point at missing rows (first: ${first.table} row ${first.rowid ?? '?'} → ${first.parent})`
    )
  }
  sqlite.pragma(`user_version = ${nextVersion}`)
}

function backupBeforeMigrating(sqlite: Database.Database, fromVersion: number, options: MigrateOptions): string {
  const dir = options.backupDir ?? defaultBackupDir(options.file)
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
  const base = `engawa-${fileStamp(options.now?.() ?? new Date())}-schema-${fromVersion}`
  let target = join(dir, `${base}.db`)
  // VACUUM INTO refuses to overwrite, and two starts within a millisecond would share a stamp.
  for (let n = 2; existsSync(target); n++) target = join(dir, `${base}-${n}.db`)
  try {
    // VACUUM INTO writes a consistent copy even with WAL.
    sqlite.prepare('VACUUM INTO ?').run(target)
  } catch (error) {
    rmSync(target, { force: true })
    throw error
  }
  return target
}
