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
