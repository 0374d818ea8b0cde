import { z } from 'zod'
import { AppFailure } from '../../shared/api/result'
import { parseInWorker, type BackupParser } from './parse-worker'

export const backupFormat = 'engawa-backup'
export const backupFormatVersion = 1

/** A cell as SQLite returns it: JSON columns stay their stored text, so the round trip is exact. */
const cell = z.union([z.string(), z.number(), z.null()])
const row = z.record(z.string().min(1), cell)
export type BackupRow = z.infer<typeof row>

export const jsonBackupDocument = z.object({
  format: z.literal(backupFormat),
  version: z.literal(backupFormatVersion),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().datetime({ offset: true }),
  tables: z.record(z.string().min(1), z.array(row))
})
export type JsonBackupDocument = z.infer<typeof jsonBackupDocument>

// The document without its rows, checked at once; rows are checked a page at a time as they arrive.
const outline = jsonBackupDocument.extend({ tables: z.record(z.string().min(1), z.array(z.unknown())) })

// Read first, on its own, so a foreign or newer file gets its own plain sentence.
const header = z.object({ format: z.unknown(), version: z.unknown(), schemaVersion: z.unknown() })

/** Why a file was refused: the UI says it in its own words. */
export type RefusalReason = 'unreadable' | 'foreign' | 'newer' | 'damaged'
const refused = (reason: RefusalReason, message: string) => new AppFailure('INVALID_INPUT', message, { reason })

/** A backup's own description of itself, checked: what the restore confirmation shows. */
export interface BackupFacts {
  createdAt: string
  schemaVersion: number
  counts: Record<string, number>
}

/**
 * Reads the file in a worker and checks everything but the rows: readable, JSON, an Engawa backup,
 * not from a newer Engawa, the document's shape. Throws INVALID_INPUT with a reason otherwise.
 */
async function openChecked(file: string, supportedSchemaVersion: number): Promise<{ parser: BackupParser; summary: BackupFacts }> {
  const parser = parseInWorker(file)
  try {
    const first = await parser.next()
    if (first.kind === 'unreadable') {
      throw refused('unreadable', first.code === 'ENOENT' ? `No file at ${file}` : `Could not read ${file} (${first.code ?? 'unknown error'})`)
    }
    if (first.kind !== 'outline') throw refused('damaged', `${file} is not a complete JSON document: it is truncated or not an Engawa backup`)
    const head = header.safeParse(first.head)
    if (!head.success || head.data.format !== backupFormat) throw refused('foreign', `${file} is not an Engawa JSON backup`)
    const { version, schemaVersion } = head.data
    if (typeof version === 'number' && version > backupFormatVersion) {
      throw refused('newer', `This backup was written by a newer Engawa (backup format ${version}); update Engawa to restore it`)
    }
    if (typeof schemaVersion === 'number' && schemaVersion > supportedSchemaVersion) {
      throw refused('newer', `This backup comes from a newer Engawa (data version ${schemaVersion}, this one knows ${supportedSchemaVersion}); update Engawa to restore it`)
    }
    // The outline stands in for the rows (a list is a list, whatever it holds), so its check is instant.
    const tables = first.tables === null ? null : Object.fromEntries(first.tables.map(([name, count]) => [name, count < 0 ? null : []]))
    const checked = outline.safeParse({ ...first.head, tables })
    if (!checked.success) {
      const issue = checked.error.issues[0]
      throw refused('damaged', `${file} is damaged: ${issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'unexpected content'}`)
    }
    const counts = Object.fromEntries((first.tables ?? []).map(([name, count]) => [name, count]))
    return { parser, summary: { createdAt: checked.data.createdAt, schemaVersion: checked.data.schemaVersion, counts } }
  } catch (error) {
    await parser.stop()
    throw error
  }
}

/** What a backup holds, checked as far as its outline: for the confirmation before a restore. */
export async function inspectJsonBackup(file: string, supportedSchemaVersion: number): Promise<BackupFacts> {
  const { parser, summary } = await openChecked(file, supportedSchemaVersion)
  await parser.stop()
  return summary
}

/** A checked backup, its rows still to come: a page at a time, each checked as it arrives. */
export interface JsonBackupSource {
  summary: BackupFacts
  /** Every row, table by table in the document's order, in pages; throws INVALID_INPUT at a bad row. */
  pages(): AsyncGenerator<{ table: string; rows: BackupRow[] }>
  close(): Promise<void>
}

/**
 * Opens a JSON backup for restoring. A truncated, foreign or newer file is refused here with a
 * sentence that says which (AppFailure INVALID_INPUT, `details.reason`); a bad row is refused when
 * its page arrives. The parse runs in a worker, and rows cross to the main thread a page at a time
 * to be inserted and dropped: holding all 110,000 rows of a 49 MB document as objects made every
 * garbage collection slow, and parsing it here blocked the event loop for ~0.7 s.
 */
export async function openJsonBackup(file: string, supportedSchemaVersion: number): Promise<JsonBackupSource> {
  const { parser, summary } = await openChecked(file, supportedSchemaVersion)
  async function* pages(): AsyncGenerator<{ table: string; rows: BackupRow[] }> {
    const seen = new Map<string, number>()
    // One page asked for ahead: the worker slices the next while this one is inserted.
    parser.more()
    for (;;) {
      const message = await parser.next()
      if (message.kind === 'end') return
      if (message.kind !== 'rows') throw new Error(`Unexpected message from the backup reader: ${message.kind}`)
      parser.more()
      const before = seen.get(message.table) ?? 0
      const page = z.array(row).safeParse(message.rows)
      if (!page.success) {
        // The issue's path starts at the page's own index; the message names the row in the whole table.
        const issue = page.error.issues[0]
        const [index, ...rest] = issue?.path ?? []
        const at = ['tables', message.table, before + Number(index ?? 0), ...rest].map(String).join('.')
        throw refused('damaged', `${file} is damaged: ${at}: ${issue?.message ?? 'unexpected content'}`)
      }
      seen.set(message.table, before + page.data.length)
      yield { table: message.table, rows: page.data }
    }
  }
  return { summary, pages, close: () => parser.stop() }
}
