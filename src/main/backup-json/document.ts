import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { AppFailure } from '../../shared/api/result'

export const backupFormat = 'engawa-backup'
export const backupFormatVersion = 1

/** A cell as SQLite returns it: JSON columns stay their stored text, so the round trip is exact. */
const cell = z.union([z.string(), z.number(), z.null()])

export const jsonBackupDocument = z.object({
  format: z.literal(backupFormat),
  version: z.literal(backupFormatVersion),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().datetime({ offset: true }),
  tables: z.record(z.string().min(1), z.array(z.record(z.string().min(1), cell)))
})
export type JsonBackupDocument = z.infer<typeof jsonBackupDocument>

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
  const checked = jsonBackupDocument.safeParse(parsed)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw invalid(`${file} is damaged: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unexpected content'}`)
  }
  return checked.data
}
