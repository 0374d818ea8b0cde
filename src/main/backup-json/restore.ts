import { existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type Database from 'better-sqlite3'
import { AppFailure } from '../../shared/api/result'
import { BackupAbortedError } from '../db/errors'
import { databaseFileName, fileStamp } from '../db/files'
import { migrations } from '../db/migrations'
import { openDatabase } from '../db/open'
import { searchIndexDrop, searchIndexRebuild } from '../db/search-index'
import { beginInWorker } from '../db/write-worker'
import { checkBuiltFile, type BuiltFileFacts } from './check'
import type { BackupRow, BackupFacts, JsonBackupSource } from './document'
import { syncFile } from './sync-file'
import { backupTables, columnsOf, quoted } from './tables'

export interface BuildOptions {
  nativeBinding?: string | undefined
  signal?: AbortSignal | undefined
  onProgress?: ((phase: 'restoring' | 'checking' | 'indexing', done: number, total: number) => void) | undefined
}

const sidecars = ['-wal', '-shm', '-journal']
/** Removes a database file this restore built, with its journal files. */
export const removeDatabaseFile = (file: string) => {
  for (const suffix of ['', ...sidecars]) rmSync(file + suffix, { force: true })
}

// Inserting stops for a turn of the event loop after this long, so the window stays responsive.
const sliceMs = 10

const totalOf = (summary: BackupFacts) => Object.values(summary.counts).reduce((sum, n) => sum + n, 0)

/**
 * Writes the document into a new database file at `file`: created at the backup's schema version
 * without the search index, filled with foreign keys off, checked (integrity, foreign keys, row
 * counts), migrated if the backup is older, and then given its search index in one pass in a
 * worker thread (through the triggers, row by row, it took four times as long). On any failure or
 * cancel the new file is removed and nothing else was touched.
 */
export async function buildDatabaseFromBackup(source: JsonBackupSource, file: string, options: BuildOptions = {}): Promise<void> {
  const doc = source.summary
  removeDatabaseFile(file)
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  // The copy taken before migrating goes here and is dropped: nothing lands in the backups folder.
  const scratchBackups = `${file}-backups`
  try {
    // No fsync per commit on the main thread: the file is new, thrown away on any failure, and
    // synced once below (off the main thread) before anything trusts it.
    const created = openDatabase(file, { migrations: migrations.slice(0, doc.schemaVersion), scratch: true, searchIndex: false, ...binding })
    try {
      for (const statement of searchIndexDrop) created.sqlite.exec(statement)
      await fill(created.sqlite, source, options)
    } finally {
      created.sqlite.close()
    }
    await syncFile(file)
    const rows = totalOf(doc)
    options.onProgress?.('checking', rows, rows)
    check(await checkBuiltFile(file, Object.keys(doc.counts), options.nativeBinding), doc)
    if (doc.schemaVersion < migrations.length) openDatabase(file, { backupDir: scratchBackups, searchIndex: false, ...binding }).sqlite.close()
    await buildSearchIndex(file, options)
    if (options.signal?.aborted) throw new BackupAbortedError()
  } catch (error) {
    removeDatabaseFile(file)
    throw error
  } finally {
    rmSync(scratchBackups, { recursive: true, force: true })
  }
}

/** The index over the restored rows, built in one transaction in a worker: the main thread only waits. */
async function buildSearchIndex(file: string, options: BuildOptions): Promise<void> {
  const transaction = await beginInWorker(file, searchIndexRebuild, { nativeBinding: options.nativeBinding })
  try {
    for (const [index] of searchIndexRebuild.entries()) {
      if (options.signal?.aborted) throw new BackupAbortedError()
      options.onProgress?.('indexing', index, searchIndexRebuild.length)
      await transaction.run([[index]])
    }
    await transaction.commit()
  } finally {
    await transaction.rollback()
  }
}

async function fill(sqlite: Database.Database, source: JsonBackupSource, options: BuildOptions): Promise<void> {
  const doc = source.summary
  const expected = backupTables(sqlite)
  const given = Object.keys(doc.counts)
  const missing = expected.filter((table) => !given.includes(table))
  const unknown = given.filter((table) => !expected.includes(table))
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [...missing.map((t) => `missing table ${t}`), ...unknown.map((t) => `unknown table ${t}`)]
    throw new AppFailure('INVALID_INPUT', `The backup does not match data version ${doc.schemaVersion}: ${parts.join(', ')}`)
  }
  const total = totalOf(doc)
  let done = 0
  // Off outside the transaction (SQLite ignores it inside one); children may come before parents.
  sqlite.pragma('foreign_keys = OFF')
  // A transaction per slice of time, not one for the whole file: committing 100 MB at once blocked
  // the event loop for ~0.4 s. A half-built file is no risk: any failure removes it.
  sqlite.exec('BEGIN')
  try {
    const inserters = new Map(given.map((table) => [table, inserter(sqlite, table)]))
    let sliceStart = performance.now()
    // Each page arrives on a turn of its own; a page that takes long to insert is split further.
    for await (const { table, rows } of source.pages()) {
      const insert = inserters.get(table)
      if (!insert) throw new AppFailure('INVALID_INPUT', `The backup has rows for an unknown table ${table}`)
      if (options.signal?.aborted) throw new BackupAbortedError()
      for (const row of rows) {
        insert(row)
        done++
        if (performance.now() - sliceStart < sliceMs) continue
        options.onProgress?.('restoring', done, total)
        if (options.signal?.aborted) throw new BackupAbortedError()
        sqlite.exec('COMMIT')
        await nextTurn()
        sqlite.exec('BEGIN')
        sliceStart = performance.now()
      }
    }
    if (options.signal?.aborted) throw new BackupAbortedError()
    sqlite.exec('COMMIT')
    options.onProgress?.('restoring', total, total)
  } finally {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
    sqlite.pragma('foreign_keys = ON')
  }
}

/** Inserts a row of one table; a statement per set of columns, checked against the table's own. */
function inserter(sqlite: Database.Database, table: string): (row: BackupRow) => void {
  const columns = columnsOf(sqlite, table)
  const statements = new Map<string, Database.Statement>()
  return (row) => {
    const keys = Object.keys(row)
    const strange = keys.find((key) => !columns.includes(key))
    if (strange !== undefined) throw new AppFailure('INVALID_INPUT', `The backup has an unknown column ${table}.${strange}`)
    const signature = keys.join('\u0000')
    let insert = statements.get(signature)
    if (!insert) {
      insert = sqlite.prepare(`INSERT INTO ${quoted(table)} (${keys.map(quoted).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`)
      statements.set(signature, insert)
    }
    insert.run(keys.map((key) => row[key]))
  }
}

function check(facts: BuiltFileFacts, doc: BackupFacts): void {
  if (facts.integrity.join() !== 'ok') throw new AppFailure('INVALID_INPUT', `The restored file failed its integrity check: ${facts.integrity.join('; ')}`)
  const first = facts.brokenKeys[0]
  if (first) {
    throw new AppFailure('INVALID_INPUT', `The backup has ${facts.brokenKeys.length} rows pointing at missing rows (first: ${first.table} → ${first.parent})`)
  }
  for (const [table, rows] of Object.entries(doc.counts)) {
    const count = facts.counts[table]
    if (count !== rows) throw new AppFailure('INVALID_INPUT', `The backup's ${table} has ${rows} rows but ${count} were restored`)
  }
}

/**
 * Puts the built file in place of `engawa.db` (the caller has closed its connection). The current
 * file and its -wal/-shm move aside as `engawa-before-restore-<stamp>.db`, never deleted.
 */
export function swapIn(dataDir: string, built: string, now: Date): { keptAside: string | null } {
  const current = join(dataDir, databaseFileName)
  let keptAside: string | null = null
  if (existsSync(current)) {
    keptAside = join(dataDir, `engawa-before-restore-${fileStamp(now)}.db`)
    for (let n = 2; existsSync(keptAside); n++) keptAside = join(dataDir, `engawa-before-restore-${fileStamp(now)}-${n}.db`)
    // The -wal holds committed writes not yet in the main file; it moves with it, under the matching name.
    for (const suffix of ['-wal', '-shm']) if (existsSync(current + suffix)) renameSync(current + suffix, keptAside + suffix)
    renameSync(current, keptAside)
  }
  // The built file's own -wal/-shm (left by the read-only check) travel with it, never stay behind.
  for (const suffix of ['-wal', '-shm']) if (existsSync(built + suffix)) renameSync(built + suffix, current + suffix)
  renameSync(built, current)
  return { keptAside }
}
