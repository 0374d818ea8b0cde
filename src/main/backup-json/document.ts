import { readFile } from 'node:fs/promises'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { z } from 'zod'
import { AppFailure } from '../../shared/api/result'

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

// The document without its rows, checked at once; rows are checked a page per turn of the event loop.
const outline = jsonBackupDocument.extend({ tables: z.record(z.string().min(1), z.array(z.unknown())) })
const rowsPerCheck = 2000

// Read first, on its own, so a foreign or newer file gets its own plain sentence.
const header = z.object({ format: z.unknown(), version: z.unknown(), schemaVersion: z.unknown() })

const invalid = (message: string) => new AppFailure('INVALID_INPUT', message)

/**
 * Reads and checks a JSON backup. A truncated, foreign or newer file is refused with a sentence
 * that says which (AppFailure INVALID_INPUT); nothing is written.
 */
export async function readJsonBackup(file: string, supportedSchemaVersion: number): Promise<JsonBackupDocument> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw invalid(code === 'ENOENT' ? `No file at ${file}` : `Could not read ${file} (${code ?? 'unknown error'})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw invalid(`${file} is not a complete JSON document: it is truncated or not an Engawa backup`)
  }
  const head = header.safeParse(parsed)
  if (!head.success || head.data.format !== backupFormat) throw invalid(`${file} is not an Engawa JSON backup`)
  const { version, schemaVersion } = head.data
  if (typeof version === 'number' && version > backupFormatVersion) {
    throw invalid(`This backup was written by a newer Engawa (backup format ${version}); update Engawa to restore it`)
  }
  if (typeof schemaVersion === 'number' && schemaVersion > supportedSchemaVersion) {
    throw invalid(`This backup comes from a newer Engawa (data version ${schemaVersion}, this one knows ${supportedSchemaVersion}); update Engawa to restore it`)
  }
  const damaged = (issue: z.core.$ZodIssue | undefined, at: PropertyKey[]) =>
    invalid(`${file} is damaged: ${issue ? `${[...at, ...issue.path].map(String).join('.')}: ${issue.message}` : 'unexpected content'}`)
  const checked = outline.safeParse(parsed)
  if (!checked.success) throw damaged(checked.error.issues[0], [])
  for (const [table, rows] of Object.entries(checked.data.tables)) {
    for (let start = 0; start < rows.length; start += rowsPerCheck) {
      const page = z.array(row).safeParse(rows.slice(start, start + rowsPerCheck))
      if (!page.success) {
        // The issue's path starts at the page's own index; the message names the row in the whole table.
        const issue = page.error.issues[0]
        const [index, ...rest] = issue?.path ?? []
        throw damaged(issue && { ...issue, path: rest }, ['tables', table, start + Number(index ?? 0)])
      }
      await nextTurn()
    }
  }
  return checked.data as JsonBackupDocument
}
