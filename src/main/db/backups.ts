import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { databaseFileName, fileStamp } from './files'
import { BackupAbortedError, ForeignDatabaseError } from './errors'
import { assertEngawaDatabase, readDatabaseFacts, type DatabaseFacts } from './identify'
import { migrations } from './migrations'

export interface BackupEntry {
  file: string
  /** UTC ISO-8601: the stamp in the name when it has one, else the file's modification time. */
  createdAt: string
  size: number
}

export interface BackupProgressOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface RestoreResult {
  restoredFile: string
  /** Where the replaced file went; null when there was none. */
  damagedFile: string | null
}

// ~2 MB of 4 KB pages a step: a few milliseconds, so the main thread never stalls for long.
const pagesPerStep = 512
const stampPattern = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/

/** The backups in a folder, newest first; an absent folder has none. */
export function listBackups(backupDir: string): BackupEntry[] {
  if (!existsSync(backupDir)) return []
  return readdirSync(backupDir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => {
      const file = join(backupDir, name)
      const stat = statSync(file)
      const stamp = stampPattern.exec(name)
      const createdAt = stamp ? `${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z` : stat.mtime.toISOString()
      return { file, createdAt, size: stat.size }
    })
    .filter((entry) => statSync(entry.file).isFile())
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file))
}

/**
 * Copies the open database to `targetFile` with SQLite's online backup, a few pages per event-loop
 * turn. The copy is written beside the target as `.partial` and renamed at the end, so a cancelled
 * or failed backup never leaves a half file that looks like a backup.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  targetFile: string,
  options: BackupProgressOptions = {}
): Promise<void> {
  const { onProgress, signal } = options
  if (signal?.aborted) throw new BackupAbortedError()
  if (existsSync(targetFile)) throw new Error(`A backup already exists at ${targetFile}; nothing was overwritten.`)
  mkdirSync(dirname(targetFile), { recursive: true })
  const partial = `${targetFile}.partial`
  rmSync(partial, { force: true })
  let total = 0
  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        total = totalPages
        if (signal?.aborted) throw new BackupAbortedError()
        onProgress?.(totalPages - remainingPages, totalPages)
        // Checked again so an abort from inside onProgress stops before the next step.
        if (signal?.aborted) throw new BackupAbortedError()
        return pagesPerStep
      }
    })
    if (signal?.aborted) throw new BackupAbortedError()
    markRollbackJournal(partial)
    renameSync(partial, targetFile)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  onProgress?.(total, total)
}

/**
 * The online backup copies page 1 as is, so a copy of a WAL file says "WAL" (bytes 18-19 = 2) and
 * opening it, even read-only, leaves -wal/-shm files beside it. Every page is already in the copy,
 * so it is marked a rollback-journal file (1), as `journal_mode = DELETE` would: one self-contained file.
 */
function markRollbackJournal(file: string): void {
  const handle = openSync(file, 'r+')
  try {
    writeSync(handle, Buffer.from([1, 1]), 0, 2, 18)
  } finally {
    closeSync(handle)
  }
}

/**
 * Puts a backup in place of `engawa.db` (the caller has closed its connection). The current file
 * and its -wal/-shm are moved aside as `engawa-damaged-<stamp>.db`, never deleted. Refuses a
 * backup that is not Engawa's (ForeignDatabaseError) or is newer (DatabaseTooNewError).
 */
export function restoreBackup(dataDir: string, backupFile: string, now: Date, nativeBinding?: string): RestoreResult {
  assertRestorable(backupFile, nativeBinding)
  const current = join(dataDir, databaseFileName)
  const incoming = `${current}.restoring`
  // Copied first, so a failed copy (a full disk) leaves the current file where it was.
  rmSync(incoming, { force: true })
  try {
    copyFileSync(backupFile, incoming)
  } catch (error) {
    rmSync(incoming, { force: true })
    throw error
  }
  let damagedFile: string | null = null
  if (existsSync(current)) {
    damagedFile = join(dataDir, `engawa-damaged-${fileStamp(now)}.db`)
    for (let n = 2; existsSync(damagedFile); n++) damagedFile = join(dataDir, `engawa-damaged-${fileStamp(now)}-${n}.db`)
    // The -wal holds committed writes not yet in the main file; it moves with it, under the matching name.
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(current + suffix)) renameSync(current + suffix, damagedFile + suffix)
    }
    renameSync(current, damagedFile)
  }
  renameSync(incoming, current)
  return { restoredFile: current, damagedFile }
}

function assertRestorable(backupFile: string, nativeBinding?: string): void {
  const facts = readFactsOrNull(backupFile, nativeBinding)
  // Not a database at all, or an empty one: either way not a copy of anyone's Engawa data.
  if (facts === null || facts.tables.length === 0) throw new ForeignDatabaseError(backupFile)
  assertEngawaDatabase(backupFile, facts, migrations)
}

function readFactsOrNull(file: string, nativeBinding?: string): DatabaseFacts | null {
  try {
    return readDatabaseFacts(file, nativeBinding)
  } catch {
    return null
  }
}
