import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { dirname } from 'node:path'
import { finished } from 'node:stream/promises'
import { setImmediate as nextTurn } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { BackupAbortedError } from '../db/errors'
import type { JobContext } from '../jobs/runner'
import type { ServiceContext } from '../services/context'
import { backupFormat, backupFormatVersion } from './document'
import { syncFile } from './sync-file'
import { backupTables, columnsOf, quoted } from './tables'

// A few milliseconds of reading and stringifying per turn of the event loop, even with long notes.
const rowsPerPage = 500

export interface JsonBackupResult {
  file: string
  rows: number
}

type Source = Pick<ServiceContext, 'databaseFile' | 'nativeBinding' | 'clock'>

/**
 * Writes every table of the open file as one JSON document, a page of rows per turn of the event
 * loop. Reads go through a second, read-only connection inside one read transaction: a consistent
 * snapshot while the app goes on writing. Written to `.partial` and renamed at the end, so a
 * cancelled or failed backup never leaves a half file.
 */
export async function writeJsonBackup(ctx: Source, file: string, job: JobContext): Promise<JsonBackupResult> {
  await mkdir(dirname(file), { recursive: true })
  const partial = `${file}.partial`
  const reader = new Database(ctx.databaseFile, { readonly: true, fileMustExist: true, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) })
  // 'w': a .partial left by a crash is only ever ours, and only one JSON backup runs at a time.
  const stream = createWriteStream(partial, { flags: 'w', encoding: 'utf8' })
  // Always listened to: an 'error' with no listener would bring the whole main process down.
  let failed: Error | null = null
  stream.on('error', (error) => (failed = error))
  const write = async (chunk: string) => {
    if (failed) throw failed
    if (!stream.write(chunk)) await once(stream, 'drain')
  }
  try {
    await once(stream, 'open')
    reader.prepare('BEGIN').run()
    const schemaVersion = reader.pragma('user_version', { simple: true }) as number
    const tables = backupTables(reader)
    const counts = tables.map((table) => reader.prepare(`SELECT count(*) FROM ${quoted(table)}`).pluck().get() as number)
    const total = counts.reduce((sum, n) => sum + n, 0)
    let done = 0
    job.progress('writing', 0, total)
    const head = { format: backupFormat, version: backupFormatVersion, schemaVersion, createdAt: ctx.clock.now().toISOString() }
    await write(`${JSON.stringify(head).slice(0, -1)},"tables":{`)
    for (const [t, table] of tables.entries()) {
      await write(`${t === 0 ? '' : ','}\n${JSON.stringify(table)}:[`)
      const columns = columnsOf(reader, table)
      const page = reader
        .prepare(`SELECT rowid, ${columns.map(quoted).join(', ')} FROM ${quoted(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?`)
        .raw()
      let after = -Infinity
      for (let first = true; ; ) {
        if (job.signal.aborted) throw new BackupAbortedError()
        const rows = page.all(after, rowsPerPage) as unknown[][]
        if (rows.length === 0) break
        const lines = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((column, i) => [column, cellOf(table, column, row[i + 1])]))))
        await write(`${first ? '' : ','}\n${lines.join(',\n')}`)
        first = false
        after = rows[rows.length - 1]?.[0] as number
        done += rows.length
        job.progress('writing', done, total)
        await nextTurn()
      }
      await write(']')
    }
    await write('\n}}\n')
    stream.end()
    await finished(stream)
    await syncFile(partial)
    if (job.signal.aborted) throw new BackupAbortedError()
    await rename(partial, file)
    return { file, rows: done }
  } catch (error) {
    stream.destroy()
    // A failed clean-up must not hide why the backup failed.
    await rm(partial, { force: true }).catch(() => undefined)
    throw error
  } finally {
    reader.close()
  }
}

/** Only text, numbers and NULL cross JSON unchanged; Engawa's schema stores nothing else. */
function cellOf(table: string, column: string, value: unknown): string | number | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value
  throw new Error(`${table}.${column} holds a value JSON cannot carry exactly (${typeof value})`)
}
