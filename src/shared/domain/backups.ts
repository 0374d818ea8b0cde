/** Where a backup came from, read from its file name: only automatic ones are ever rotated away. */
export const backupKinds = ['automatic', 'manual', 'before_update'] as const
export type BackupKind = (typeof backupKinds)[number]

/** Automatic backups are named `engawa-auto-<stamp>.db`, so rotation can never pick the user's own. */
export const automaticBackupPrefix = 'engawa-auto-'

// Copies taken before migrating end in `-schema-<from version>` (db/migrate.ts), maybe `-<n>`.
const beforeUpdatePattern = /-schema-\d+(-\d+)?\.db$/

export function backupKindOf(name: string): BackupKind {
  if (name.startsWith(automaticBackupPrefix)) return 'automatic'
  if (beforeUpdatePattern.test(name)) return 'before_update'
  return 'manual'
}

/**
 * A JSON backup restored from the window is uploaded in pieces of this size (base64, ~1.4 MB a
 * request): every request stays under browser mode's 4 MB body limit and no transport needs a
 * special case; a 50 MB backup is about 50 requests.
 */
export const uploadChunkBytes = 1024 * 1024
/** The largest backup the window uploads (10,000 people and 100,000 notes are ~50 MB). */
export const maxUploadBytes = 512 * 1024 * 1024
