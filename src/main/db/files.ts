import { join } from 'node:path'

/** The one data file inside the data directory. */
export const databaseFileName = 'engawa.db'

/** Where copies go unless told otherwise: `backups/` beside the data file. */
export const defaultBackupDir = (databaseFile: string): string => join(databaseFile, '..', 'backups')

/** An instant as it appears in file names: ISO-8601 without the characters Windows forbids. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}
